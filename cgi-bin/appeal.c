/*
 * appeal: an appeal against the final report (SPEC 4.5).
 *
 *   GET  /appeal/#           the report appealed against, the window (its
 *                            last day and the working days left), the
 *                            appeal (grounds, disputed entries, who hears
 *                            it), the hearing and the outcome, each with
 *                            its due day; the forms for what this person
 *                            may do now
 *   POST /appeal/#/lodge     the reviewee lodges the appeal: grounds and
 *                            disputed entries, within the school's working
 *                            days of the report
 *   POST /appeal/#/hearing   the panel arranges (or moves) the hearing, by
 *                            its due day, with the companion named
 *   POST /appeal/#/held      the panel records the hearing held
 *   POST /appeal/#/outcome   the panel writes the outcome, by its due day:
 *                            upheld (the report stands, the appraisal
 *                            closes) or overturned (the disputed entries
 *                            go back to the reviewer)
 *
 * ACCESS_READ_APPEAL reads (the reviewee, the reviewer, the head, the PM
 * lead and the panel; audited for all but the reviewee),
 * ACCESS_LODGE_APPEAL lodges, ACCESS_HEAR_APPEAL hears. Who hears is
 * decided when the appeal is lodged (assessment_hearer()) and is never
 * edited. One appeal per appraisal: there is no further appeal. A step
 * tried after its limit on the school's calendar is refused (409) with
 * its due day named; a stale page is 409 with nothing saved; bad input
 * is 400 with what was typed kept.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "appeal.h"
#include "assessment.h"
#include "model/school_conf.h"

const char *
ap_day(struct ctx *c, const char *iso)
{
	return iso == NULL || *iso == '\0' ? "" : app_day_label(c, iso);
}

int
ap_changed(struct ctx *c)
{
	db_rollback(c->db);
	return app_error(c, 409, "This appeal was changed by someone else "
	    "while you were looking at it. Nothing was saved. Reload the page "
	    "to see where it stands.");
}

static void
ap_appeal_row(struct ap *a, const struct db_result *r)
{
	a->lodged = r->nrows == 1;
	if (!a->lodged)
		return;
	a->appeal_id = db_int(r, 0, 0);
	a->grounds = db_val(r, 0, 2);
	a->disputed = db_val(r, 0, 3);
	a->lodged_day = db_val(r, 0, 5);
	a->hearer = db_val(r, 0, 6);
	a->heard_by = db_int(r, 0, 7);
	a->hearer_name = db_val(r, 0, 8);
	a->hearing_day = db_val(r, 0, 9);
	a->hearing_time = db_val(r, 0, 10);
	a->hearing_place = db_val(r, 0, 11);
	a->companion = db_val(r, 0, 12);
	a->held_day = db_val(r, 0, 13);
	a->companion_attended = db_int(r, 0, 14) != 0;
	a->notes = db_val(r, 0, 15);
	a->outcome = db_val(r, 0, 16);
	a->reasons = db_val(r, 0, 17);
	a->outcome_day = db_val(r, 0, 18);
	a->appeal_version = db_int(r, 0, 19);
	a->lodger = db_val(r, 0, 20);
}

int
ap_load(struct ctx *c, struct ap *a, enum access_action action)
{
	struct db_param p[ACCESS_FACTS_NPARAMS + 3];
	struct access_decision d;
	struct appraisal_page row;
	struct db_result parts[4];
	enum db_status st;
	int found;

	memset(a, 0, sizeof(*a));
	app_today(c, a->today);
	access_facts_params(c->actor, c->ids[0], p);
	p[ACCESS_FACTS_NPARAMS] = p[ACCESS_FACTS_NPARAMS + 1] =
	    p[ACCESS_FACTS_NPARAMS + 2] = DB_INT(c->ids[0]);
	if ((st = db_query_parts(c->db, c->arena, SQL_APPEAL_PAGE, p,
	    DB_NPARAMS(p), parts, 4)) != DB_OK)
		return app_db_status(st);
	access_facts(c->arena, &parts[0], a->today, &a->rec, &found);
	if (!found)
		return app_refuse(c, "no such record");
	d = access_check(c->actor, action, &a->rec, &a->rels);
	if (!d.allow)
		return app_refuse(c, d.reason);
	a->read_reason = d.reason;
	a->id = a->rec.id;
	if (appraisal_page_row(&parts[1], &row) == -1)
		return app_refuse(c, "no such record");
	a->state = row.state;
	a->reviewee_id = row.reviewee_id;
	a->due_kind = row.due_kind;
	a->due_day = row.due_day;
	a->version = row.version;
	a->cycle = row.cycle;
	a->reviewee = row.reviewee;
	a->reviewer = row.reviewer;
	a->shown = workflow_effective(a->state, a->due_day, a->today);
	if ((st = school_conf(c->db, c->arena, a->rec.school_id,
	    a->rec.config_version, &a->policy, NULL)) != DB_OK)
		return app_db_status(st);
	ap_appeal_row(a, &parts[2]);
	if (parts[3].nrows == 1) {
		a->report_id = db_int(&parts[3], 0, 0);
		a->report_number = db_int(&parts[3], 0, 1);
		a->report_day = db_val(&parts[3], 0, 2);
		a->rating = db_val(&parts[3], 0, 3);
	}
	if ((st = appraisal_calendar(c->db, c->arena, a->rec.school_id,
	    a->rec.config_version, &a->cal)) != DB_OK)
		return app_db_status(st);
	return 0;
}

/* Working days from today to day, today counted when it is one. */
static long
ap_days_left(struct ap *a, const char *day)
{
	long t, d;

	if (calendar_parse(a->today, &t) == -1 || calendar_parse(day, &d) == -1)
		return 0;
	return calendar_count_working_days(&a->cal, t, d) +
	    (calendar_is_working_day(&a->cal, t) && t <= d ? 1 : 0);
}

static void
ap_typed(struct ctx *c, const char *field, const char *saved)
{
	const char *t = req_get(&c->req.form, field);

	tmpl_setf(c->hdf, t != NULL ? t : saved ? saved : "", "Form.%s", field);
}

static void
ap_disputed(struct ctx *c, struct ap *a, const struct valid_errors *e)
{
	size_t i, n = 0;
	const char *w;

	for (i = 0; assessment_disputable[i] != NULL; i++) {
		w = assessment_disputable[i];
		tmpl_setf(c->hdf, w, "Disputable.%zu.Word", i);
		tmpl_setf(c->hdf, assessment_disputable_labels[i],
		    "Disputable.%zu.Label", i);
		if (e != NULL && req_get(&c->req.form, arena_printf(c->arena,
		    "disputed_%s", w)) != NULL)
			tmpl_setf(c->hdf, "1", "Disputable.%zu.Checked", i);
		if (a->lodged && strstr(a->disputed, w) != NULL)
			tmpl_setf(c->hdf, assessment_disputable_labels[i],
			    "Disputed.%zu", n++);
	}
}

int
ap_page(struct ctx *c, struct ap *a, int status, const struct valid_errors *e)
{
	enum workflow_state s = a->shown;
	int panel = access_check(c->actor, ACCESS_HEAR_APPEAL, &a->rec,
	    NULL).allow;

	tmpl_set_int(c->hdf, "Ap.Id", a->id);
	tmpl_set_int(c->hdf, "Ap.Version", a->version);
	tmpl_set(c->hdf, "Ap.Reviewee", a->reviewee);
	tmpl_set(c->hdf, "Ap.Reviewer", a->reviewer);
	tmpl_set(c->hdf, "Ap.Cycle", a->cycle);
	tmpl_set(c->hdf, "Ap.State", workflow_state_label(s));
	tmpl_set(c->hdf, "Ap.Today", a->today);
	if (a->rels & ACCESS_REL_REVIEWEE)
		tmpl_set(c->hdf, "Ap.IsReviewee", "1");
	if (a->report_id) {
		tmpl_set_int(c->hdf, "Ap.ReportNumber", a->report_number);
		tmpl_set(c->hdf, "Ap.ReportDay", ap_day(c, a->report_day));
		if (access_check(c->actor, ACCESS_READ_RATING_PAY, &a->rec,
		    NULL).allow)
			tmpl_set(c->hdf, "Ap.Rating", a->rating);
	}
	if (s == WORKFLOW_ST_REPORT_ISSUED || s == WORKFLOW_ST_APPEAL_WINDOW) {
		tmpl_set(c->hdf, "Window.Open", "1");
		tmpl_set(c->hdf, "Window.Until", ap_day(c, a->due_day));
		tmpl_set_int(c->hdf, "Window.DaysLeft", ap_days_left(a,
		    a->due_day));
		if (a->rels & ACCESS_REL_REVIEWEE)
			tmpl_set(c->hdf, "Can.Lodge", "1");
	} else if (s == WORKFLOW_ST_CLOSED && !a->lodged && a->report_id)
		tmpl_set(c->hdf, "Window.Closed", ap_day(c, a->due_day));
	else if (!a->lodged)
		tmpl_set(c->hdf, "Window.NoReport", "1");
	ap_disputed(c, a, e);
	if (a->lodged) {
		tmpl_set(c->hdf, "Appeal.Lodged", "1");
		tmpl_set(c->hdf, "Appeal.Grounds", a->grounds);
		tmpl_set(c->hdf, "Appeal.LodgedDay", ap_day(c, a->lodged_day));
		tmpl_set(c->hdf, "Appeal.Lodger", a->lodger);
		tmpl_set(c->hdf, "Appeal.Hearer", assessment_label(
		    assessment_hearers, assessment_hearer_labels, a->hearer));
		tmpl_set(c->hdf, "Appeal.HearerName", a->hearer_name);
		tmpl_set_int(c->hdf, "Appeal.Version", a->appeal_version);
		tmpl_set(c->hdf, "Appeal.HearingDay", ap_day(c, a->hearing_day));
		tmpl_set(c->hdf, "Appeal.HearingTime", a->hearing_time);
		tmpl_set(c->hdf, "Appeal.HearingPlace", a->hearing_place);
		tmpl_set(c->hdf, "Appeal.Companion", a->companion);
		tmpl_set(c->hdf, "Appeal.HeldDay", ap_day(c, a->held_day));
		if (*a->held_day)
			tmpl_set(c->hdf, "Appeal.Attended",
			    a->companion_attended ? "Yes" : "No");
		tmpl_set(c->hdf, "Appeal.Notes", a->notes);
		tmpl_set(c->hdf, "Appeal.Outcome", assessment_label(
		    assessment_appeal_outcomes, assessment_appeal_outcome_labels,
		    a->outcome));
		tmpl_set(c->hdf, "Appeal.Reasons", a->reasons);
		tmpl_set(c->hdf, "Appeal.OutcomeDay", ap_day(c, a->outcome_day));
		if ((s == WORKFLOW_ST_APPEALED || s == WORKFLOW_ST_HEARING) &&
		    *a->due_day) {
			tmpl_set(c->hdf, "Appeal.HearingDue", ap_day(c, a->due_day));
			tmpl_set(c->hdf, "Appeal.HearingDueIso", a->due_day);
			if (strcmp(a->due_day, a->today) < 0)
				tmpl_set(c->hdf, "Appeal.Overdue", "1");
		}
		if (s == WORKFLOW_ST_OUTCOME && *a->due_day) {
			tmpl_set(c->hdf, "Appeal.OutcomeDue", ap_day(c, a->due_day));
			if (strcmp(a->due_day, a->today) < 0)
				tmpl_set(c->hdf, "Appeal.Overdue", "1");
		}
	}
	if (panel && (s == WORKFLOW_ST_APPEALED || s == WORKFLOW_ST_HEARING))
		tmpl_set(c->hdf, "Can.Hearing", "1");
	if (panel && s == WORKFLOW_ST_HEARING)
		tmpl_set(c->hdf, "Can.Held", "1");
	if (panel && s == WORKFLOW_ST_OUTCOME)
		tmpl_set(c->hdf, "Can.Outcome", "1");
	ap_typed(c, "grounds", "");
	ap_typed(c, "day", "");
	ap_typed(c, "time", a->lodged ? a->hearing_time : "");
	ap_typed(c, "place", a->lodged ? a->hearing_place : "");
	ap_typed(c, "companion", a->lodged ? a->companion : "");
	ap_typed(c, "held_day", "");
	ap_typed(c, "attended", "");
	ap_typed(c, "notes", "");
	ap_typed(c, "outcome", "");
	ap_typed(c, "reasons", "");
	for (size_t i = 0; assessment_appeal_outcomes[i] != NULL; i++) {
		tmpl_setf(c->hdf, assessment_appeal_outcomes[i],
		    "Outcomes.%zu.Word", i);
		tmpl_setf(c->hdf, assessment_appeal_outcome_labels[i],
		    "Outcomes.%zu.Label", i);
	}
	tmpl_set(c->hdf, "Page.Title", arena_printf(c->arena, "Appeal: %s",
	    a->reviewee));
	return app_render(c, status, "appeal/view.cs");
}

static int
ap_get(struct ctx *c)
{
	struct ap *a = arena_alloc(c->arena, sizeof(*a));
	int rc;

	if (a == NULL)
		return 500;
	if ((rc = ap_load(c, a, ACCESS_READ_APPEAL)) != 0)
		return rc;
	if ((rc = app_audit_read(c, a->rels, a->id, "read appeal",
	    a->read_reason)) != 0)
		return rc;
	if (req_get(&c->req.query, "done") != NULL)
		tmpl_set(c->hdf, "Form.Notice", "Saved.");
	return ap_page(c, a, 200, NULL);
}

int
ap_invalid(struct ctx *c, struct ap *a, const struct valid_errors *e)
{
	db_rollback(c->db);
	app_form_errors(c, e);
	return ap_page(c, a, 400, e);
}

int
ap_done(struct ctx *c, struct ap *a, const char *action, const char *detail)
{
	enum db_status st;

	if ((st = app_audit_record(c, "appraisal", a->id, action, "ok",
	    detail)) != DB_OK || (st = db_commit(c->db)) != DB_OK)
		return app_db_status(st);
	return app_redirect(c, arena_printf(c->arena, "appeal/%lld?done=1",
	    a->id));
}

static const struct app_route routes[] = {
	{ REQ_GET, "/appeal/#", ACCESS_STAFF, ap_get },
	{ REQ_POST, "/appeal/#/lodge", ACCESS_STAFF, ap_lodge },
	{ REQ_POST, "/appeal/#/hearing", ACCESS_STAFF, ap_hearing },
	{ REQ_POST, "/appeal/#/held", ACCESS_STAFF, ap_held },
	{ REQ_POST, "/appeal/#/outcome", ACCESS_STAFF, ap_outcome },
};

static const struct app_def def = {
	"appeal", routes, sizeof(routes) / sizeof(routes[0])
};

int
main(int argc, char **argv)
{
	return app_main(&def, argc, argv);
}
