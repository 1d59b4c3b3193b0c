/*
 * plan-step: what every step (a POST to /plan/#/...) goes through. Begin:
 * load for ACCESS_ACT_PLAN, check the version of the appraisal the page
 * showed (stale: the page as it is now, what was typed kept, 409) and
 * start the transaction. Fire: the workflow decides whether this person
 * may take the step now, the new deadline is counted on the school's
 * calendar, and the appraisal moves (still at the version read) with the
 * event recorded. Done: commit and back to the page; invalid: roll back
 * and the page with the form's errors (400).
 */
#include <string.h>

#include "plan.h"

/* The working day a clock of kind k counts from. */
static long
plan_clock_from(struct ctx *c, struct plan *p, enum workflow_limit k,
    enum workflow_event now_ev, long now_day)
{
	enum workflow_event from = workflow_limit_from(k);
	struct db_param prm[2] = { DB_INT(p->id), DB_TEXT(workflow_event_word(from)) };
	struct db_result r;
	long day;

	if (from == now_ev)
		return now_day;
	if (db_query(c->db, c->arena, SQL_APPRAISAL_EVENT_DAY, prm, 2, &r) == DB_OK &&
	    r.nrows == 1 && calendar_parse(db_val(&r, 0, 0), &day) == 0)
		return day;
	/* Clocks from the planning meeting: the day it was held, as recorded
	 * with the meeting when no step recorded it. */
	prm[1] = DB_TEXT("planning");
	if (from == WORKFLOW_EV_HOLD_MEETING &&
	    db_query(c->db, c->arena, SQL_MEETING_LATEST, prm, 2, &r) == DB_OK &&
	    r.nrows == 1 && calendar_parse(db_val(&r, 0, 4), &day) == 0)
		return day;
	return now_day;
}

/*
 * Fire ev for this person: check the workflow, work out the new clock,
 * move the appraisal (refused if the page was stale) and record the event.
 * day is the day the step happened (today, or the meeting day); a
 * due_override (kind, day) replaces the workflow's clock.
 */
int
plan_fire(struct ctx *c, struct plan *p, enum workflow_event ev,
    unsigned int roles, long day, const char *note, const char *okind,
    const char *oday)
{
	enum workflow_state next;
	enum workflow_limit k;
	enum workflow_result wr;
	char due[CALENDAR_ISO_SIZE] = "", dayiso[CALENDAR_ISO_SIZE];
	const char *kind = NULL, *dueval = NULL;
	long d;
	struct db_param prm[7];
	struct db_result r;
	enum db_status st;

	wr = workflow_fire(p->ap.state, ev, roles, &next, &k);
	if (wr == WORKFLOW_NOT_YOUR_ROLE) {
		plan_refuse_audit(c, p->id, "step not for this person");
		return 403;
	}
	if (wr != WORKFLOW_OK)
		return app_error(c, 409, arena_printf(c->arena, "This step cannot "
		    "be taken now: the appraisal is at the stage \"%s\". Reload the "
		    "page to see where it is.",
		    workflow_state_label(p->ap.state)));
	if (k == WORKFLOW_LIMIT_KEEP) {
		kind = *p->ap.due_kind ? p->ap.due_kind : NULL;
		dueval = *p->ap.due_day ? p->ap.due_day : NULL;
	} else if (k != WORKFLOW_LIMIT_NONE &&
	    calendar_add_working_days(&p->cal, plan_clock_from(c, p, k, ev, day),
	    policy_days(&p->policy, k), &d) == 0 &&
	    calendar_format(d, due, sizeof(due)) == 0) {
		kind = workflow_limit_word(k);
		dueval = due;
	}
	if (okind != NULL) {
		kind = okind;
		dueval = oday;
	}
	prm[0] = DB_TEXT(workflow_state_word(next));
	prm[1] = DB_TEXT_OR_NULL(kind);
	prm[2] = DB_TEXT_OR_NULL(dueval);
	prm[3] = DB_INT(p->id);
	prm[4] = DB_INT(p->ap.version);
	if ((st = db_exec(c->db, SQL_APPRAISAL_MOVE, prm, 5, &r)) != DB_OK)
		return app_db_status(st);
	if (r.affected != 1)
		return plan_stale(c, p);
	calendar_format(day, dayiso, sizeof(dayiso));
	prm[0] = DB_INT(p->id);
	prm[1] = DB_TEXT(workflow_event_word(ev));
	prm[2] = roles == WORKFLOW_ROLE_SYSTEM ? DB_NULL : DB_INT(c->actor->id);
	prm[3] = DB_TEXT(dayiso);
	prm[4] = DB_TEXT(workflow_state_word(p->ap.state));
	prm[5] = DB_TEXT(workflow_state_word(next));
	prm[6] = DB_TEXT(note ? note : "");
	if ((st = db_exec(c->db, SQL_APPRAISAL_EVENT_INSERT, prm, 7, NULL)) != DB_OK)
		return app_db_status(st);
	p->ap.state = next;
	p->ap.version++;
	p->ap.due_kind = kind ? kind : "";
	p->ap.due_day = dueval ? arena_strdup(c->arena, dueval) : "";
	return 0;
}

/* Typed values other than the objective form's (which the slots show). */
static void
plan_keep_typed(struct ctx *c)
{
	app_keep_typed(c, "obj");
}

/*
 * The page was built from an older version: nothing is saved. The page
 * shows the record as it is now, with what this person typed still in the
 * form, so both can be compared before saving again.
 */
int
plan_conflict(struct ctx *c, struct plan *p)
{
	int rc;

	tmpl_set(c->hdf, "Form.Conflict", "Someone else changed this appraisal "
	    "while you were looking at it. Nothing was saved. The page now "
	    "shows the appraisal as it is; what you typed is still in the "
	    "form below. Compare the two, then save again if you still want "
	    "your change.");
	plan_keep_typed(c);
	rc = plan_page(c, p, 409);
	return rc == 0 ? APP_DONE : rc;	/* rendered: the step stops here */
}

/*
 * Another step won the race after this one's version check: roll back,
 * load the appraisal as it now is, and show it with what was typed.
 */
int
plan_stale(struct ctx *c, struct plan *p)
{
	int rc;

	db_rollback(c->db);
	if ((rc = plan_load(c, p, ACCESS_ACT_PLAN)) != 0)
		return rc;
	return plan_conflict(c, p);
}

/* Start a step: load, check the version the page was built from, begin. */
int
plan_begin(struct ctx *c, struct plan **pp)
{
	struct plan *p;
	long long v;
	enum db_status st;
	int rc;

	if ((p = *pp = arena_alloc(c->arena, sizeof(*p))) == NULL)
		return 500;
	if ((rc = plan_load(c, p, ACCESS_ACT_PLAN)) != 0)
		return rc;
	if (valid_int(NULL, "version", req_get(&c->req.form, "version"), 1,
	    4294967295LL, &v) == -1)
		return 400;
	if (v != p->ap.version)
		return plan_conflict(c, p);
	if ((st = db_begin(c->db)) != DB_OK)
		return app_db_status(st);
	return 0;
}

int
plan_done(struct ctx *c, struct plan *p)
{
	enum db_status st;

	if ((st = db_commit(c->db)) != DB_OK)
		return app_db_status(st);
	return app_redirect(c, arena_printf(c->arena, "plan/%lld?done=1", p->id));
}

/* Back to the page with the form's errors shown and the typed values kept. */
int
plan_invalid(struct ctx *c, struct plan *p, const struct valid_errors *e)
{
	db_rollback(c->db);
	app_form_errors(c, e);
	plan_keep_typed(c);
	return plan_page(c, p, 400);
}
