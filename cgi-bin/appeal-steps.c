/*
 * appeal-steps: lodging an appeal, arranging and holding the hearing,
 * and its outcome, each one transaction that locks the appraisal, checks
 * the version the page showed and the limit on the school's calendar,
 * moves the workflow and records the appeal.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "appeal.h"
#include "assessment.h"

/* Begin, lock, catch up with a lapsed window, check the page's version. */
static int
ap_begin(struct ctx *c, struct ap *a, struct appraisal_now *now)
{
	long long version;
	enum db_status st;
	int found;

	if (valid_int(NULL, "version", req_get(&c->req.form, "version"), 1,
	    4294967295LL, &version) == -1)
		return app_error(c, 400, "The form was incomplete. Reload the "
		    "page and try again.");
	if ((st = db_begin(c->db)) != DB_OK ||
	    (st = appraisal_lock(c->db, c->arena, a->id, now, &found)) != DB_OK)
		return app_db_status(st);
	if (!found || now->version != version || now->version != a->version)
		return ap_changed(c);
	return 0;
}

/* Fire ev and map the outcome to a status: 0 when moved. */
static int
ap_move(struct ctx *c, struct ap *a, struct appraisal_now *now,
    enum workflow_event ev, const char *kind, const char *due,
    const char *day, const char *note)
{
	enum db_status st;

	switch (appraisal_move(c->db, now, ev, access_workflow_roles(a->rels),
	    c->actor->id, day, kind, due, note, &st)) {
	case APPRAISAL_MOVED:
		return 0;
	case APPRAISAL_DB_FAILED:
		return app_db_status(st);
	case APPRAISAL_NOT_YOURS:
		return app_refuse(c, "step not for this person");
	case APPRAISAL_NOT_NOW:
		return app_not_now(c, "not at this stage", arena_printf(c->arena,
		    "This step cannot be taken now: the appraisal is at the "
		    "stage \"%s\". Nothing was saved.",
		    workflow_state_label(now->state)));
	default:
		return ap_changed(c);
	}
}

static int
ap_appeal_version(struct ctx *c, long long *v)
{
	return valid_int(NULL, "appeal_version", req_get(&c->req.form,
	    "appeal_version"), 1, 4294967295LL, v);
}

/* ---- lodging ---------------------------------------------------------------- */

int
ap_lodge(struct ctx *c)
{
	struct ap *a = arena_alloc(c->arena, sizeof(*a));
	struct valid_errors e = { .n = 0 };
	const char *grounds = req_get(&c->req.form, "grounds");
	const char *disputed = "";
	char due[CALENDAR_ISO_SIZE];
	struct appraisal_now now;
	struct db_param p[8];
	struct db_result r;
	const char *hearer;
	enum db_status st;
	size_t i, n;
	int rc;

	if (a == NULL)
		return 500;
	if ((rc = ap_load(c, a, ACCESS_LODGE_APPEAL)) != 0)
		return rc;
	if (a->lodged)
		return app_not_now(c, "already appealed", "An appeal has already "
		    "been lodged against this report, and there is no further "
		    "appeal. Nothing was saved.");
	if (a->shown == WORKFLOW_ST_CLOSED && a->report_id)
		return app_not_now(c, "appeal window closed", arena_printf(
		    c->arena, "Too late: an appeal had to be lodged by %s, within "
		    "%ld working days of the final report. The appraisal is "
		    "closed. Nothing was saved.", ap_day(c, a->due_day),
		    policy_days(&a->policy, WORKFLOW_LIMIT_APPEAL_WINDOW)));
	if (a->shown != WORKFLOW_ST_REPORT_ISSUED &&
	    a->shown != WORKFLOW_ST_APPEAL_WINDOW)
		return app_not_now(c, "no final report", arena_printf(c->arena,
		    "There is no final report to appeal against: the appraisal "
		    "is at the stage \"%s\". Simple disagreements before then "
		    "are for a conversation with the reviewer. Nothing was "
		    "saved.", workflow_state_label(a->shown)));
	valid_text(&e, "grounds", grounds, 1, AP_TEXT_MAX, 1, "Set out the "
	    "grounds of your appeal");
	for (i = 0, n = 0; assessment_disputable[i] != NULL; i++) {
		if (req_get(&c->req.form, arena_printf(c->arena, "disputed_%s",
		    assessment_disputable[i])) == NULL)
			continue;
		disputed = arena_printf(c->arena, "%s%s%s", disputed,
		    n++ > 0 ? "," : "", assessment_disputable[i]);
	}
	if (n == 0)
		valid_add(&e, "disputed_objectives", "Choose at least one entry "
		    "of the report that you dispute");
	if (e.n > 0)
		return ap_invalid(c, a, &e);
	if ((rc = ap_begin(c, a, &now)) != 0)
		return rc;
	p[0] = DB_INT(a->id);
	if ((st = db_query(c->db, c->arena, SQL_APPEAL_FACTS, p, 1, &r)) != DB_OK)
		return app_db_status(st);
	if (r.nrows != 1)
		return ap_changed(c);
	hearer = assessment_hearer(db_int(&r, 0, 2) != 0, db_int(&r, 0, 0) != 0,
	    db_int(&r, 0, 1) != 0);
	if (appraisal_due(&a->cal, &a->policy, WORKFLOW_LIMIT_HEARING_DUE,
	    a->today, due) == -1)
		return 500;
	if ((rc = ap_move(c, a, &now, WORKFLOW_EV_APPEAL, "hearing_due", due,
	    a->today, NULL)) != 0)
		return rc;
	p[0] = DB_INT(a->id);
	p[1] = DB_INT(a->rec.school_id);
	p[2] = DB_INT(a->report_id);
	p[3] = DB_TEXT(grounds);
	p[4] = DB_TEXT(disputed);
	p[5] = DB_INT(c->actor->id);
	p[6] = DB_TEXT(a->today);
	p[7] = DB_TEXT(hearer);
	if ((st = db_exec(c->db, SQL_APPEAL_INSERT, p, 8, NULL)) != DB_OK)
		return app_db_status(st);
	return ap_done(c, a, "lodge appeal", arena_printf(c->arena,
	    "against report version %lld; heard by %s", a->report_number,
	    hearer));
}

/* ---- the hearing ------------------------------------------------------------ */

/* The step is past its due day: refused, the day named. */
static int
ap_late(struct ctx *c, struct ap *a, const char *what, long days,
    const char *from)
{
	return app_not_now(c, "too late", arena_printf(c->arena, "Too late: %s "
	    "was due by %s, within %ld working days of %s. Nothing was saved.",
	    what, ap_day(c, a->due_day), days, from));
}

int
ap_hearing(struct ctx *c)
{
	struct ap *a = arena_alloc(c->arena, sizeof(*a));
	struct valid_errors e = { .n = 0 };
	const char *day = req_get(&c->req.form, "day");
	const char *tod = req_get(&c->req.form, "time");
	const char *place = req_get(&c->req.form, "place");
	const char *companion = req_get(&c->req.form, "companion");
	struct appraisal_now now;
	long long av = 0;
	struct db_param p[7];
	struct db_result r;
	enum db_status st;
	long d;
	int rc;

	if (a == NULL)
		return 500;
	if ((rc = ap_load(c, a, ACCESS_HEAR_APPEAL)) != 0)
		return rc;
	if (a->shown != WORKFLOW_ST_APPEALED && a->shown != WORKFLOW_ST_HEARING)
		return app_not_now(c, "no hearing to arrange", "There is no "
		    "hearing to arrange at this stage. Nothing was saved.");
	if (*a->due_day && strcmp(a->today, a->due_day) > 0)
		return ap_late(c, a, "the hearing", policy_days(&a->policy,
		    WORKFLOW_LIMIT_HEARING_DUE), arena_printf(c->arena,
		    "the appeal lodged on %s", ap_day(c, a->lodged_day)));
	if (ap_appeal_version(c, &av) == -1)
		valid_add(&e, "day", "Reload the page and arrange the hearing "
		    "again");
	if (valid_date(&e, "day", day, NULL, NULL, NULL) == 0 &&
	    calendar_parse(day, &d) == 0) {
		if (strcmp(day, a->today) < 0)
			valid_add(&e, "day", "The hearing cannot be in the past");
		else if (!calendar_is_working_day(&a->cal, d))
			valid_add(&e, "day", "The school is closed that day: "
			    "choose a working day");
		else if (*a->due_day && strcmp(day, a->due_day) > 0)
			valid_add(&e, "day", arena_printf(c->arena, "The hearing "
			    "must be held by %s, within %ld working days of the "
			    "appeal", ap_day(c, a->due_day), policy_days(
			    &a->policy, WORKFLOW_LIMIT_HEARING_DUE)));
	}
	valid_text(&e, "time", tod, 0, 20, 0, NULL);
	valid_text(&e, "place", place, 0, AP_SHORT_MAX, 0, NULL);
	valid_text(&e, "companion", companion, 0, AP_SHORT_MAX, 0, NULL);
	if (e.n > 0)
		return ap_invalid(c, a, &e);
	if ((rc = ap_begin(c, a, &now)) != 0)
		return rc;
	p[0] = DB_INT(c->actor->id);
	p[1] = DB_TEXT(day);
	p[2] = DB_TEXT(tod ? tod : "");
	p[3] = DB_TEXT(place ? place : "");
	p[4] = DB_TEXT(companion ? companion : "");
	p[5] = DB_INT(a->appeal_id);
	p[6] = DB_INT(av);
	if ((st = db_exec(c->db, SQL_APPEAL_HEARING, p, 7, &r)) != DB_OK)
		return app_db_status(st);
	if (r.affected != 1)
		return ap_changed(c);
	if ((rc = ap_move(c, a, &now, WORKFLOW_EV_SCHEDULE_HEARING, NULL, NULL,
	    a->today, day)) != 0)
		return rc;
	return ap_done(c, a, "arrange appeal hearing", day);
}

int
ap_held(struct ctx *c)
{
	struct ap *a = arena_alloc(c->arena, sizeof(*a));
	struct valid_errors e = { .n = 0 };
	const char *held = req_get(&c->req.form, "held_day");
	const char *att = req_get(&c->req.form, "attended");
	const char *notes = req_get(&c->req.form, "notes");
	char due[CALENDAR_ISO_SIZE];
	struct appraisal_now now;
	long long av = 0;
	struct db_param p[5];
	struct db_result r;
	enum db_status st;
	int rc;

	if (a == NULL)
		return 500;
	if ((rc = ap_load(c, a, ACCESS_HEAR_APPEAL)) != 0)
		return rc;
	if (a->shown != WORKFLOW_ST_HEARING)
		return app_not_now(c, "no hearing arranged", "Arrange the hearing "
		    "before recording it. Nothing was saved.");
	if (ap_appeal_version(c, &av) == -1)
		valid_add(&e, "held_day", "Reload the page and record the "
		    "hearing again");
	if (valid_date(&e, "held_day", held, NULL, NULL, NULL) == 0) {
		if (strcmp(held, a->today) > 0)
			valid_add(&e, "held_day", "The hearing cannot be recorded "
			    "before it is held");
		else if (strcmp(held, a->lodged_day) < 0)
			valid_add(&e, "held_day", "The hearing cannot be before "
			    "the appeal was lodged");
		else if (*a->due_day && strcmp(held, a->due_day) > 0)
			valid_add(&e, "held_day", arena_printf(c->arena, "Too "
			    "late: the hearing was due by %s, within %ld working "
			    "days of the appeal", ap_day(c, a->due_day),
			    policy_days(&a->policy, WORKFLOW_LIMIT_HEARING_DUE)));
	}
	if (att == NULL || (strcmp(att, "1") != 0 && strcmp(att, "0") != 0))
		valid_add(&e, "attended", "Say whether a companion came to the "
		    "hearing");
	valid_text(&e, "notes", notes, 0, AP_TEXT_MAX, 1, NULL);
	if (e.n > 0)
		return ap_invalid(c, a, &e);
	if ((rc = ap_begin(c, a, &now)) != 0)
		return rc;
	if (appraisal_due(&a->cal, &a->policy, WORKFLOW_LIMIT_OUTCOME_DUE, held,
	    due) == -1)
		return 500;
	p[0] = DB_TEXT(held);
	p[1] = DB_INT(strcmp(att, "1") == 0);
	p[2] = DB_TEXT(notes ? notes : "");
	p[3] = DB_INT(a->appeal_id);
	p[4] = DB_INT(av);
	if ((st = db_exec(c->db, SQL_APPEAL_HELD, p, 5, &r)) != DB_OK)
		return app_db_status(st);
	if (r.affected != 1)
		return ap_changed(c);
	if ((rc = ap_move(c, a, &now, WORKFLOW_EV_HOLD_HEARING, "outcome_due",
	    due, held, NULL)) != 0)
		return rc;
	return ap_done(c, a, "record appeal hearing", held);
}

int
ap_outcome(struct ctx *c)
{
	struct ap *a = arena_alloc(c->arena, sizeof(*a));
	struct valid_errors e = { .n = 0 };
	const char *outcome = req_get(&c->req.form, "outcome");
	const char *reasons = req_get(&c->req.form, "reasons");
	struct appraisal_now now;
	long long av = 0;
	struct db_param p[5];
	struct db_result r;
	enum db_status st;
	int rc;

	if (a == NULL)
		return 500;
	if ((rc = ap_load(c, a, ACCESS_HEAR_APPEAL)) != 0)
		return rc;
	if (a->shown != WORKFLOW_ST_OUTCOME)
		return app_not_now(c, "no outcome due", "The outcome is written "
		    "after the hearing is recorded. Nothing was saved.");
	if (*a->due_day && strcmp(a->today, a->due_day) > 0)
		return ap_late(c, a, "the outcome", policy_days(&a->policy,
		    WORKFLOW_LIMIT_OUTCOME_DUE), arena_printf(c->arena,
		    "the hearing on %s", ap_day(c, a->held_day)));
	if (ap_appeal_version(c, &av) == -1)
		valid_add(&e, "outcome", "Reload the page and write the outcome "
		    "again");
	if (!assessment_is(assessment_appeal_outcomes, outcome))
		valid_add(&e, "outcome", "Choose the outcome of the appeal");
	valid_text(&e, "reasons", reasons, 1, AP_TEXT_MAX, 1, "Write the "
	    "outcome and its reasons");
	if (e.n > 0)
		return ap_invalid(c, a, &e);
	if ((rc = ap_begin(c, a, &now)) != 0)
		return rc;
	p[0] = DB_TEXT(outcome);
	p[1] = DB_TEXT(reasons);
	p[2] = DB_TEXT(a->today);
	p[3] = DB_INT(a->appeal_id);
	p[4] = DB_INT(av);
	if ((st = db_exec(c->db, SQL_APPEAL_OUTCOME, p, 5, &r)) != DB_OK)
		return app_db_status(st);
	if (r.affected != 1)
		return ap_changed(c);
	if ((rc = ap_move(c, a, &now, strcmp(outcome, "upheld") == 0 ?
	    WORKFLOW_EV_UPHOLD : WORKFLOW_EV_OVERTURN, NULL, NULL, a->today,
	    outcome)) != 0)
		return rc;
	return ap_done(c, a, "appeal outcome", outcome);
}
