/*
 * plan-view: the page of one appraisal (GET /plan/#) and its HDF: stage
 * and deadline, meeting, statement (objectives, support, observation
 * plan), versions, moderation's outcome, history and comments (for those
 * who may read them), and the forms, filled from what was typed after an
 * error, else from what is saved. A read by anyone but the reviewee is
 * audited as "read plan".
 */
#include <string.h>

#include "plan.h"

/* The objective form's slots: what was typed (after an error), else what
 * is saved at that position. */
static void
plan_hdf_slots(struct ctx *c, struct plan *p, const struct db_result *r)
{
	static const struct { const char *field, *hdf; int col; } f[] = {
		{ "description", "Description", 1 }, { "criteria", "Criteria", 2 },
		{ "due", "Due", 4 }, { "expectation", "Expectation", 5 },
		{ "link", "Link", 6 }, { "area", "Area", 7 },
		{ "category", "Category", 8 },
	};
	const char *typed, *saved;
	size_t slot, i, row;
	int posted = c->req.method == REQ_POST;

	for (slot = 1; slot <= (size_t)p->policy.objectives_count && slot <= 6;
	    slot++) {
		for (row = 0; r != NULL && row < r->nrows; row++)
			if ((size_t)db_int(r, row, 0) == slot)
				break;
		tmpl_setf(c->hdf, arena_printf(c->arena, "%zu", slot),
		    "Slots.%zu.N", slot - 1);
		for (i = 0; i < sizeof(f) / sizeof(f[0]); i++) {
			typed = posted ? req_get(&c->req.form, arena_printf(c->arena,
			    "obj%zu_%s", slot, f[i].field)) : NULL;
			saved = r != NULL && row < r->nrows ? db_val(r, row, f[i].col) : "";
			tmpl_setf(c->hdf, typed ? typed : saved, "Slots.%zu.%s",
			    slot - 1, f[i].hdf);
		}
		if (posted ? req_get(&c->req.form, arena_printf(c->arena,
		    "obj%zu_multi", slot)) != NULL : (r != NULL && row < r->nrows &&
		    strcmp(db_val(r, row, 3), "multi_cycle") == 0))
			tmpl_setf(c->hdf, "1", "Slots.%zu.Multi", slot - 1);
		if (posted ? req_get(&c->req.form, arena_printf(c->arena,
		    "obj%zu_determined", slot)) != NULL : (r != NULL &&
		    row < r->nrows && strcmp(db_val(r, row, 9), "1") == 0))
			tmpl_setf(c->hdf, "1", "Slots.%zu.Determined", slot - 1);
		for (i = 1; i <= PLAN_SUPPORT_MAX; i++) {
			tmpl_setf(c->hdf, arena_printf(c->arena, "%zu", i),
			    "Slots.%zu.S.%zu.N", slot - 1, i - 1);
			if (!posted)
				continue;
			tmpl_setf(c->hdf, req_get(&c->req.form, arena_printf(c->arena,
			    "obj%zu_s%zu_kind", slot, i)), "Slots.%zu.S.%zu.Kind",
			    slot - 1, i - 1);
			tmpl_setf(c->hdf, req_get(&c->req.form, arena_printf(c->arena,
			    "obj%zu_s%zu_text", slot, i)), "Slots.%zu.S.%zu.Text",
			    slot - 1, i - 1);
		}
	}
}

/* Saved support items into the form's slots (when not re-showing a post). */
static void
plan_hdf_support_slots(struct ctx *c, const struct db_result *si)
{
	size_t i, n = 0;
	long long pos, last = -1;

	for (i = 0; i < si->nrows; i++) {
		pos = db_int(si, i, 0);
		n = pos == last ? n + 1 : 0;
		last = pos;
		if (pos < 1 || pos > 6 || n >= PLAN_SUPPORT_MAX)
			continue;
		tmpl_setf(c->hdf, db_val(si, i, 2), "Slots.%lld.S.%zu.Kind",
		    pos - 1, n);
		tmpl_setf(c->hdf, db_val(si, i, 3), "Slots.%lld.S.%zu.Text",
		    pos - 1, n);
	}
}

/* The observation plan's rows on the form: typed, else saved. */
static void
plan_hdf_obs_slots(struct ctx *c, const struct db_result *r)
{
	static const char *const f[] = { "minutes", "purpose", "focus", "when" };
	static const char *const h[] = { "Minutes", "Purpose", "Focus", "When" };
	int posted = c->req.method == REQ_POST;
	const char *typed, *saved;
	size_t i, j;

	for (i = 0; i < PLAN_OBS_MAX; i++) {
		tmpl_setf(c->hdf, arena_printf(c->arena, "%zu", i + 1),
		    "ObsSlots.%zu.N", i);
		for (j = 0; j < 4; j++) {
			typed = posted ? req_get(&c->req.form, arena_printf(c->arena,
			    "obs%zu_%s", i + 1, f[j])) : NULL;
			saved = r != NULL && i < r->nrows ? db_val(r, i, j) : "";
			tmpl_setf(c->hdf, typed ? typed : saved, "ObsSlots.%zu.%s",
			    i, h[j]);
		}
	}
}

/* The loaded statement's objectives, support and observation plan, for
 * display. */
void
plan_hdf_statement(struct ctx *c, const struct plan *p)
{
	static const char *const cols[] = { "Position", "Description",
	    "Criteria", "Timescale", "Due", "Expectation", "Link", "Area",
	    "Category", "Determined" };
	const struct db_result *obj = &p->parts[PLAN_OBJECTIVES];
	const struct db_result *si = &p->parts[PLAN_SUPPORT];
	const struct db_result *obs = &p->parts[PLAN_OBS];
	size_t i, j, k;
	const char *label;
	int cat;

	for (i = 0; i < obj->nrows; i++) {
		for (j = 0; j < 10; j++)
			tmpl_setf(c->hdf, j == 4 ? app_day_label(c, db_val(obj, i, j)) :
			    db_val(obj, i, j), "Objectives.%zu.%s", i, cols[j]);
		label = db_val(obj, i, 8);
		for (cat = 0; statement_categories[cat] != NULL; cat++)
			if (strcmp(statement_categories[cat], label) == 0)
				label = statement_category_labels[cat];
		tmpl_setf(c->hdf, label, "Objectives.%zu.CategoryLabel", i);
		for (j = 0, k = 0; j < si->nrows; j++) {
			if (db_int(si, j, 0) != db_int(obj, i, 0))
				continue;
			tmpl_setf(c->hdf, db_val(si, j, 1), "Objectives.%zu.Support.%zu.Id", i, k);
			tmpl_setf(c->hdf, db_val(si, j, 2), "Objectives.%zu.Support.%zu.Kind", i, k);
			tmpl_setf(c->hdf, statement_label(statement_support_kinds,
			    statement_support_kind_labels, db_val(si, j, 2)),
			    "Objectives.%zu.Support.%zu.KindLabel", i, k);
			tmpl_setf(c->hdf, db_val(si, j, 3), "Objectives.%zu.Support.%zu.Text", i, k);
			tmpl_setf(c->hdf, db_val(si, j, 4), "Objectives.%zu.Support.%zu.Provided", i, k);
			k++;
		}
	}
	for (i = 0; i < obs->nrows; i++) {
		tmpl_setf(c->hdf, db_val(obs, i, 0), "ObsPlan.%zu.Minutes", i);
		tmpl_setf(c->hdf, db_val(obs, i, 1), "ObsPlan.%zu.Purpose", i);
		tmpl_setf(c->hdf, db_val(obs, i, 2), "ObsPlan.%zu.Focus", i);
		tmpl_setf(c->hdf, db_val(obs, i, 3), "ObsPlan.%zu.When", i);
	}
}

/*
 * The history shows the note of the steps whose why is told nowhere else
 * on the page: whether the statement went to moderation (and the draw),
 * a moderation found fine, a revision asked for. The meeting's place and
 * moderation's reasons for a revision have their own sections.
 */
static int
plan_note_shown(const char *event)
{
	static const enum workflow_event shown[] = {
		WORKFLOW_EV_SEND_TO_MODERATION, WORKFLOW_EV_START_MONITORING,
		WORKFLOW_EV_MODERATION_FINE, WORKFLOW_EV_REQUEST_REVISION,
	};
	enum workflow_event ev;
	size_t i;

	if (workflow_event_parse(event, &ev) == -1)
		return 0;
	for (i = 0; i < sizeof(shown) / sizeof(shown[0]); i++)
		if (shown[i] == ev)
			return 1;
	return 0;
}

/* The moderation outcome, for the reviewer, the reviewee and the school:
 * "revise" with its reasons, or "fine". */
static void
plan_hdf_moderation(struct ctx *c, const struct db_result *m)
{
	const char *outcome;

	if (m->nrows != 1)
		return;
	outcome = db_val(m, 0, 0);
	if (strcmp(outcome, "fine") != 0 && strcmp(outcome, "revise") != 0)
		return;
	tmpl_set(c->hdf, "Moderation.Outcome", outcome);
	tmpl_set(c->hdf, "Moderation.Reasons", db_val(m, 0, 1));
	tmpl_set(c->hdf, "Moderation.By", db_val(m, 0, 2));
	tmpl_set(c->hdf, "Moderation.At", app_time_label(c, db_val(m, 0, 3)));
	tmpl_set(c->hdf, "Moderation.Version", db_val(m, 0, 4));
}

static void
plan_hdf_lists(struct ctx *c, struct plan *p)
{
	struct db_result r;
	enum workflow_event ev;
	size_t i;

	if (p->history)		/* with the history, for those who read it */
		plan_hdf_moderation(c, &p->parts[PLAN_MODERATION]);
	r = p->parts[PLAN_MEETING];
	if (r.nrows == 1) {
		tmpl_set(c->hdf, "Meeting.Day", app_day_label(c, db_val(&r, 0, 1)));
		tmpl_set(c->hdf, "Meeting.Time", db_val(&r, 0, 2));
		tmpl_set(c->hdf, "Meeting.Place", db_val(&r, 0, 3));
		tmpl_set(c->hdf, "Meeting.Held", app_day_label(c, db_val(&r, 0, 4)));
	}
	if (p->st_id)
		plan_hdf_statement(c, p);
	plan_hdf_slots(c, p, p->st_id ? &p->parts[PLAN_OBJECTIVES] : NULL);
	if (p->st_id && c->req.method != REQ_POST)
		plan_hdf_support_slots(c, &p->parts[PLAN_SUPPORT]);
	plan_hdf_obs_slots(c, p->st_id ? &p->parts[PLAN_OBS] : NULL);
	r = p->parts[PLAN_VERSIONS];
	for (i = 0; r.nrows > 1 && i < r.nrows; i++) {
		tmpl_setf(c->hdf, db_val(&r, i, 0), "Versions.%zu.Number", i);
		tmpl_setf(c->hdf, statement_label(statement_statuses,
		    statement_status_labels, db_val(&r, i, 1)),
		    "Versions.%zu.Status", i);
		tmpl_setf(c->hdf, app_time_label(c, db_val(&r, i, 2)),
		    "Versions.%zu.Created", i);
	}
	if (!p->history)
		return;
	r = p->parts[PLAN_HISTORY];
	for (i = 0; i < r.nrows; i++) {
		tmpl_setf(c->hdf, workflow_event_parse(db_val(&r, i, 0), &ev) == 0 ?
		    workflow_event_label(ev) : db_val(&r, i, 0), "History.%zu.Event", i);
		tmpl_setf(c->hdf, app_time_label(c, db_val(&r, i, 1)),
		    "History.%zu.At", i);
		tmpl_setf(c->hdf, db_val(&r, i, 3), "History.%zu.Who", i);
		if (plan_note_shown(db_val(&r, i, 0)))
			tmpl_setf(c->hdf, db_val(&r, i, 4), "History.%zu.Note", i);
	}
}

/* The first day a planning meeting may be arranged for: the notice counted
 * in the school's working days from today (always a working day). */
static void
plan_hdf_earliest(struct ctx *c, struct plan *p)
{
	char iso[11];
	long d;

	if (calendar_add_working_days(&p->cal, p->today_day, policy_days(
	    &p->policy, WORKFLOW_LIMIT_MEETING_NOTICE), &d) == 0 &&
	    calendar_format(d, iso, sizeof(iso)) == 0) {
		tmpl_set(c->hdf, "Plan.EarliestMeeting", iso);
		tmpl_set(c->hdf, "Plan.EarliestMeetingLabel",
		    app_day_label(c, iso));
	}
}

void
plan_hdf(struct ctx *c, struct plan *p)
{
	enum workflow_event ev[16];
	size_t n, i;

	tmpl_set_int(c->hdf, "Plan.Id", p->id);
	tmpl_set_int(c->hdf, "Plan.Version", p->ap.version);
	tmpl_set(c->hdf, "Plan.Reviewee", p->ap.reviewee);
	tmpl_set(c->hdf, "Plan.Reviewer", p->ap.reviewer);
	tmpl_set(c->hdf, "Plan.Cycle", p->ap.cycle);
	tmpl_set(c->hdf, "Plan.Starts", p->ap.starts);
	tmpl_set(c->hdf, "Plan.Ends", p->ap.ends);
	tmpl_set(c->hdf, "Plan.State", workflow_state_label(p->ap.state));
	tmpl_set(c->hdf, "Plan.Due", app_day_label(c, p->ap.due_day));
	tmpl_set(c->hdf, "Plan.Today", p->today);
	if (*p->ap.due_day && strcmp(p->ap.due_day, p->today) < 0)
		tmpl_set(c->hdf, "Plan.Overdue", "1");
	tmpl_set_int(c->hdf, "Plan.ObjectivesCount", p->policy.objectives_count);
	tmpl_set_int(c->hdf, "Plan.ObservationCap", policy_observation_cap(
	    &p->policy, p->ap.fte_milli, p->ap.ect1, p->ap.support_plan));
	for (i = 0; statement_support_kinds[i] != NULL; i++) {
		tmpl_setf(c->hdf, statement_support_kinds[i], "SupportKinds.%zu.Word",
		    i);
		tmpl_setf(c->hdf, statement_support_kind_labels[i],
		    "SupportKinds.%zu.Label", i);
	}
	tmpl_set_int(c->hdf, "Plan.NoticeDays",
	    policy_days(&p->policy, WORKFLOW_LIMIT_MEETING_NOTICE));
	plan_hdf_earliest(c, p);
	if (p->roles & WORKFLOW_ROLE_REVIEWER)
		tmpl_set(c->hdf, "Plan.IsReviewer", "1");
	if (p->roles & WORKFLOW_ROLE_REVIEWEE)
		tmpl_set(c->hdf, "Plan.IsReviewee", "1");
	if (p->can_moderate && p->ap.state == WORKFLOW_ST_MODERATION)
		tmpl_set(c->hdf, "Plan.CanModerate", "1");
	if (!p->history)
		tmpl_set(c->hdf, "Plan.PlanOnly", p->read_reason);
	/* Monitoring has begun: the year's observation records. */
	if (p->ap.state >= WORKFLOW_ST_REVISION_REQUESTED &&
	    access_check(c->actor, ACCESS_READ_OBSERVATIONS, &p->rec,
	    NULL).allow)
		tmpl_set(c->hdf, "Plan.Observe", "1");
	n = workflow_events_for(p->ap.state, p->roles, ev, 16);
	for (i = 0; i < n; i++)
		tmpl_setf(c->hdf, "1", "Plan.Can.%s", workflow_event_word(ev[i]));
	for (i = 0; statement_categories[i] != NULL; i++) {
		tmpl_setf(c->hdf, statement_categories[i],
		    "Categories.%zu.Word", i);
		tmpl_setf(c->hdf, statement_category_labels[i],
		    "Categories.%zu.Label", i);
	}
}

int
plan_page(struct ctx *c, struct plan *p, int status)
{
	plan_hdf_lists(c, p);
	plan_hdf(c, p);
	tmpl_set(c->hdf, "Page.Title", arena_printf(c->arena,
	    "Appraisal of %s", p->ap.reviewee));
	return app_render(c, status, "plan/view.cs");
}

int
plan_get(struct ctx *c)
{
	struct plan *p = arena_alloc(c->arena, sizeof(*p));
	int rc;

	if (p == NULL)
		return 500;
	if ((rc = plan_load(c, p, ACCESS_READ_PLAN)) != 0)
		return rc;
	if ((rc = app_audit_read(c, p->roles_rel, p->id, "read plan",
	    p->read_reason)) != 0)
		return rc;
	if (req_get(&c->req.query, "done") != NULL)
		tmpl_set(c->hdf, "Form.Notice", "Saved.");
	return plan_page(c, p, 200);
}
