/*
 * observe: the year's monitoring records of one appraisal (SPEC 4.2).
 *
 *   GET  /observe/#           the records: classroom observations,
 *                             inspections and improvement visits, drop-ins
 *                             and work scrutiny, with their feedback and
 *                             the teacher's comments; the forms for what
 *                             this person may do now
 *   POST /observe/#/record    record an observation, inspection or visit
 *                             (reviewer, head, PM lead; an observer named
 *                             in the observation plan, as themselves)
 *   POST /observe/#/dropin    record a drop-in or a work scrutiny (the same)
 *   POST /observe/#/oral      oral feedback given (the record's observer)
 *   POST /observe/#/written   written feedback (the record's observer)
 *   POST /observe/#/comment   the teacher's comments on a record (reviewee;
 *                             editable while the statement is monitored)
 *   POST /observe/#/link      a drop-in or work scrutiny led to the request
 *                             to revise the statement (reviewer)
 *
 * Who may do what is access_check()'s; the reviewee, reviewer, head and PM
 * lead read every record, an observer only their own. Every read by anyone
 * but the reviewee is audited as "read observations" (the reviewee's
 * access log lists it); a refusal is 403, the same for a record of another
 * school or none, and audited. Records are made while the appraisal is in
 * progress or a revision is requested; each change is one transaction,
 * version-checked where it changes a record (409 when someone was first).
 */
#include <stdio.h>
#include <string.h>

#include "model/appraisal.h"
#include "role.h"
#include "model/school_conf.h"
#include "observe.h"

const char *
obs_day(struct ctx *c, const char *iso)
{
	return iso == NULL || *iso == '\0' ? "" : app_day_label(c, iso);
}

int
obs_monitoring(const struct obs *o)
{
	return o->ap.state == WORKFLOW_ST_IN_PROGRESS ||
	    o->ap.state == WORKFLOW_ST_REVISION_REQUESTED;
}

/* What this person may do, from the relationships they hold. */
static void
obs_rights(struct ctx *c, struct obs *o)
{
	o->read_all = access_check(c->actor, ACCESS_READ_OBSERVATIONS, &o->rec,
	    NULL).allow;
	o->can_record = access_check(c->actor, ACCESS_WRITE_OBSERVATION,
	    &o->rec, NULL).allow;
	/* The reviewer, head and PM lead name the observer; an observer
	 * named in the plan records as themselves. */
	o->choose_observer = o->can_record && (o->rels & (ACCESS_REL_REVIEWER |
	    ACCESS_REL_HEADTEACHER | ACCESS_REL_PM_LEAD));
	o->can_feedback = access_check(c->actor, ACCESS_GIVE_FEEDBACK, &o->rec,
	    NULL).allow;
	o->can_comment = access_check(c->actor, ACCESS_COMMENT_OBSERVATION,
	    &o->rec, NULL).allow;
	o->can_link = access_check(c->actor, ACCESS_LINK_REVISION, &o->rec,
	    NULL).allow;
}

/*
 * The page's one statement (SQL_OBS_PAGE). The usual observers to offer
 * in the observer list are read only while the statement is monitored and
 * only for this appraisal's reviewer or a head or PM lead: a superset of
 * those access_check() lets name one (obs_rights()), so a page that does
 * not show the list reads none of them; and it reads the people it offers
 * through their indexes, never the school's staff (SQL_OBS_USUAL).
 */
static enum db_status
obs_read(struct ctx *c, struct obs *o)
{
	struct db_param p[ACCESS_FACTS_NPARAMS + 13];
	size_t n = ACCESS_FACTS_NPARAMS, i;

	access_facts_params(c->actor, c->ids[0], p);
	p[n++] = DB_INT(c->ids[0]);
	p[n++] = DB_INT(c->ids[0]);
	p[n++] = DB_INT(c->ids[0]);		/* the usual observers */
	p[n++] = DB_INT(c->actor->id);
	for (i = 0; i < 5; i++)
		p[n++] = DB_INT(c->ids[0]);
	p[n++] = DB_INT(c->ids[0]);
	p[n++] = DB_INT(c->actor->id);
	p[n++] = DB_INT((c->actor->roles & (ROLE_HEADTEACHER | ROLE_PM_LEAD))
	    != 0);
	p[n++] = DB_INT(c->ids[0]);
	return db_query_parts(c->db, c->arena, SQL_OBS_PAGE, p, n, o->parts,
	    OBS__PARTS);
}

int
obs_load(struct ctx *c, struct obs *o, enum access_action action, int alt)
{
	struct access_decision d;
	enum db_status st;
	int found;

	memset(o, 0, sizeof(*o));
	app_today(c, o->today);
	calendar_parse(o->today, &o->today_day);
	if ((st = obs_read(c, o)) != DB_OK)
		return app_db_status(st);
	access_facts(c->arena, &o->parts[OBS_FACTS], o->today, &o->rec, &found);
	if (!found)
		return app_refuse(c, "no such record");
	d = access_check(c->actor, action, &o->rec, &o->rels);
	if (!d.allow && alt >= 0)
		d = access_check(c->actor, (enum access_action)alt, &o->rec, NULL);
	if (!d.allow)
		return app_refuse(c, d.reason);
	o->read_reason = d.reason;
	o->id = o->rec.id;
	obs_rights(c, o);
	if (appraisal_page_row(&o->parts[OBS_APPRAISAL], &o->ap) == -1)
		return app_refuse(c, "no such record");
	if ((st = school_conf(c->db, c->arena, o->rec.school_id,
	    o->rec.config_version, &o->policy, NULL)) != DB_OK)
		return app_db_status(st);
	o->cap = policy_observation_cap(&o->policy, o->ap.fte_milli,
	    o->ap.ect1, o->ap.support_plan);
	return 0;
}

/* The school's calendar from the cycle's start to a year after its end. */
enum db_status
obs_calendar(struct ctx *c, struct obs *o)
{
	return appraisal_calendar(c->db, c->arena, o->rec.school_id,
	    o->rec.config_version, &o->cal);
}

/* ---- the page ------------------------------------------------------------ */

static const char *
obs_minutes(struct ctx *c, long minutes)
{
	char b[32];

	if (observation_minutes_label(minutes, b, sizeof(b)) == -1)
		return "";
	return arena_strdup(c->arena, b);
}

/* What a record counts for, in words. */
static const char *
obs_standing(const struct observation_kind_def *k, int linked)
{
	if (k->counts)
		return "Counts towards the observation limit; appraisal evidence.";
	if (k->linkable)
		return linked ? "Appraisal evidence: it led to a revision of the "
		    "statement." : "Not appraisal evidence unless it leads to a "
		    "revision of the statement.";
	return "Does not count towards the observation limit; not appraisal "
	    "evidence.";
}

/* The rights on one record of this person, into base.*. */
static void
obs_hdf_rights(struct ctx *c, struct obs *o, const char *base,
    const struct db_result *r, size_t i, const struct observation_kind_def *k)
{
	int mine = db_int(r, i, 6) == c->actor->id;

	if (mine && o->can_feedback && k->feedback) {
		if (*db_val(r, i, 11) == '\0')
			tmpl_setf(c->hdf, "1", "%s.CanOral", base);
		if (*db_val(r, i, 12) == '\0')
			tmpl_setf(c->hdf, "1", "%s.CanWritten", base);
	}
	if (o->can_comment && obs_monitoring(o))
		tmpl_setf(c->hdf, "1", "%s.CanComment", base);
	if (o->can_link && k->linkable && db_int(r, i, 16) == 0)
		tmpl_setf(c->hdf, "1", "%s.CanLink", base);
}

/* Feedback due and overdue, for kinds with feedback clocks. */
static void
obs_hdf_due(struct ctx *c, struct obs *o, const char *base,
    const struct db_result *r, size_t i)
{
	static const struct { int due, given; const char *name; } f[] = {
		{ 9, 11, "Oral" }, { 10, 12, "Written" } };
	size_t j;

	for (j = 0; j < 2; j++) {
		tmpl_setf(c->hdf, obs_day(c, db_val(r, i, f[j].due)), "%s.%sDue",
		    base, f[j].name);
		if (*db_val(r, i, f[j].given) == '\0' && *db_val(r, i, f[j].due) &&
		    strcmp(db_val(r, i, f[j].due), o->today) < 0)
			tmpl_setf(c->hdf, "1", "%s.%sOverdue", base, f[j].name);
	}
}

static void
obs_hdf_record(struct ctx *c, struct obs *o, const char *base,
    const struct db_result *r, size_t i, const struct observation_kind_def *k)
{
	tmpl_setf(c->hdf, db_val(r, i, 0), "%s.Id", base);
	tmpl_setf(c->hdf, k->label, "%s.Kind", base);
	tmpl_setf(c->hdf, obs_day(c, db_val(r, i, 2)), "%s.Day", base);
	tmpl_setf(c->hdf, db_val(r, i, 3), "%s.Class", base);
	if (k->timed)
		tmpl_setf(c->hdf, obs_minutes(c, db_int(r, i, 4)), "%s.Minutes",
		    base);
	tmpl_setf(c->hdf, db_val(r, i, 5), "%s.Focus", base);
	tmpl_setf(c->hdf, db_int(r, i, 6) == c->actor->id ? "You" :
	    db_val(r, i, 7), "%s.Observer", base);
	tmpl_setf(c->hdf, obs_day(c, db_val(r, i, 8)), "%s.Notice", base);
	if (k->feedback_due)
		obs_hdf_due(c, o, base, r, i);
	tmpl_setf(c->hdf, obs_day(c, db_val(r, i, 11)), "%s.OralDay", base);
	tmpl_setf(c->hdf, obs_day(c, db_val(r, i, 12)), "%s.WrittenDay", base);
	tmpl_setf(c->hdf, db_val(r, i, 13), "%s.Feedback", base);
	tmpl_setf(c->hdf, db_val(r, i, 14), "%s.Comment", base);
	tmpl_setf(c->hdf, app_time_label(c, db_val(r, i, 15)), "%s.CommentAt",
	    base);
	tmpl_setf(c->hdf, obs_day(c, db_val(r, i, 17)), "%s.Revision", base);
	tmpl_setf(c->hdf, obs_standing(k, db_int(r, i, 16) != 0),
	    "%s.Standing", base);
	tmpl_setf(c->hdf, db_val(r, i, 18), "%s.Version", base);
	obs_hdf_rights(c, o, base, r, i, k);
}

/* The records into Lessons.N (observations, visits) and Looks.N (drop-ins,
 * work scrutiny); the minutes counted so far. */
static long
obs_hdf_records(struct ctx *c, struct obs *o, const struct db_result *r)
{
	enum observation_kind k;
	size_t i, nl = 0, nk = 0;
	long used = 0;

	for (i = 0; i < r->nrows; i++) {
		if (observation_kind_parse(db_val(r, i, 1), &k) == -1 ||
		    (!o->read_all && db_int(r, i, 6) != c->actor->id))
			continue;
		if (observation_kinds[k].counts)
			used += (long)db_int(r, i, 4);
		obs_hdf_record(c, o, observation_kinds[k].linkable ?
		    arena_printf(c->arena, "Looks.%zu", nk++) :
		    arena_printf(c->arena, "Lessons.%zu", nl++), r, i,
		    &observation_kinds[k]);
	}
	return used;
}

static void
obs_hdf_kinds(struct ctx *c)
{
	size_t i, nl = 0, nk = 0;

	for (i = 0; i < OBSERVATION__KINDS; i++)
		if (observation_kinds[i].linkable) {
			tmpl_setf(c->hdf, observation_kinds[i].word,
			    "LookKinds.%zu.Word", nk);
			tmpl_setf(c->hdf, observation_kinds[i].label,
			    "LookKinds.%zu.Label", nk++);
		} else {
			tmpl_setf(c->hdf, observation_kinds[i].word,
			    "LessonKinds.%zu.Word", nl);
			tmpl_setf(c->hdf, observation_kinds[i].label,
			    "LessonKinds.%zu.Label", nl++);
		}
}

static void
obs_hdf(struct ctx *c, struct obs *o, long used)
{
	tmpl_set_int(c->hdf, "Obs.Id", o->id);
	tmpl_set(c->hdf, "Obs.Reviewee", o->ap.reviewee);
	tmpl_set(c->hdf, "Obs.Reviewer", o->ap.reviewer);
	tmpl_set(c->hdf, "Obs.Cycle", o->ap.cycle);
	tmpl_set(c->hdf, "Obs.State", workflow_state_label(o->ap.state));
	tmpl_set(c->hdf, "Obs.Today", o->today);
	tmpl_set(c->hdf, "Obs.Me", c->actor->name);
	tmpl_set_int(c->hdf, "Obs.NoticeDays", o->policy.observation_notice_days);
	tmpl_set_int(c->hdf, "Obs.OralDays", o->policy.oral_feedback_days);
	tmpl_set_int(c->hdf, "Obs.WrittenDays", o->policy.written_feedback_days);
	if (o->read_all) {
		tmpl_set(c->hdf, "Obs.ReadAll", "1");
		tmpl_set(c->hdf, "Obs.Cap", obs_minutes(c, o->cap));
		tmpl_set(c->hdf, "Obs.Used", obs_minutes(c, used));
		if (o->cap == POLICY_NO_CAP)
			tmpl_set(c->hdf, "Obs.NoCap", "1");
	}
	if (o->can_record && obs_monitoring(o)) {
		tmpl_set(c->hdf, "Obs.CanRecord", "1");
		if (o->choose_observer)
			tmpl_set(c->hdf, "Obs.ChooseObserver", "1");
		obs_hdf_kinds(c);
	}
	if (o->rels & ACCESS_REL_REVIEWEE)
		tmpl_set(c->hdf, "Obs.IsReviewee", "1");
	/* The head and the PM lead record performance concerns (concern.c). */
	if (o->rels & (ACCESS_REL_HEADTEACHER | ACCESS_REL_PM_LEAD))
		tmpl_set(c->hdf, "Obs.Concerns", "1");
	tmpl_set(c->hdf, "Page.Title", arena_printf(c->arena,
	    "Observations of %s", o->ap.reviewee));
}

int
obs_page(struct ctx *c, struct obs *o, int status)
{
	const struct db_result *rev = &o->parts[OBS_REVISION];
	long used;

	used = obs_hdf_records(c, o, &o->parts[OBS_RECORDS]);
	if (o->can_record && o->choose_observer && obs_monitoring(o))
		obs_hdf_observers(c, &o->parts[OBS_OBSERVERS]);
	if (rev->nrows == 1)
		tmpl_set(c->hdf, "Obs.RevisionDay", obs_day(c, db_val(rev, 0, 1)));
	obs_hdf(c, o, used);
	return app_render(c, status, "observe/view.cs");
}

static int
obs_get(struct ctx *c)
{
	struct obs *o = arena_alloc(c->arena, sizeof(*o));
	int rc;

	if (o == NULL)
		return 500;
	if ((rc = obs_load(c, o, ACCESS_READ_OBSERVATIONS,
	    ACCESS_READ_OWN_OBSERVATIONS)) != 0)
		return rc;
	if ((rc = app_audit_read(c, o->rels, o->id, "read observations",
	    o->read_reason)) != 0)
		return rc;
	if (req_get(&c->req.query, "done") != NULL)
		tmpl_set(c->hdf, "Form.Notice", "Saved.");
	return obs_page(c, o, 200);
}

/* ---- answers shared by the actions ------------------------------------- */

int
obs_invalid(struct ctx *c, struct obs *o, const struct valid_errors *e,
    long long target)
{
	db_rollback(c->db);
	app_form_errors(c, e);
	app_keep_typed(c, NULL);
	if (target > 0)
		tmpl_set_int(c->hdf, "Target", target);
	return obs_page(c, o, 400);
}

int
obs_changed(struct ctx *c)
{
	db_rollback(c->db);
	return app_error(c, 409, "This record was changed by someone else while "
	    "you were looking at it, or this step is already done. Nothing was "
	    "saved. Reload the page to see where it stands.");
}

int
obs_commit(struct ctx *c, struct obs *o, const char *action,
    const char *detail, long long record)
{
	enum db_status st;

	if ((st = app_audit_record(c, "appraisal", o->id, action, "ok",
	    detail)) != DB_OK || (st = db_commit(c->db)) != DB_OK)
		return app_db_status(st);
	return app_redirect(c, arena_printf(c->arena, "observe/%lld?done=1#"
	    "record-%lld", o->id, record));
}

static const struct app_route routes[] = {
	{ REQ_GET, "/observe/#", ACCESS_STAFF, obs_get },
	{ REQ_POST, "/observe/#/record", ACCESS_STAFF, obs_record },
	{ REQ_POST, "/observe/#/dropin", ACCESS_STAFF, obs_dropin },
	{ REQ_POST, "/observe/#/oral", ACCESS_STAFF, obs_oral },
	{ REQ_POST, "/observe/#/written", ACCESS_STAFF, obs_written },
	{ REQ_POST, "/observe/#/comment", ACCESS_STAFF, obs_comment },
	{ REQ_POST, "/observe/#/link", ACCESS_STAFF, obs_link },
};

static const struct app_def def = {
	"observe", routes, sizeof(routes) / sizeof(routes[0])
};

int
main(int argc, char **argv)
{
	return app_main(&def, argc, argv);
}
