/*
 * plan-meeting: the planning meeting. The reviewer arranges it (POST
 * /plan/#/meeting: a working day at least the school's notice away, not
 * after the cycle ends) and records the day it was held (POST
 * /plan/#/held: not in the future, inside the cycle), the day the clocks
 * of the draft and the final statement count from.
 */
#include <string.h>

#include "plan.h"

int
plan_meeting(struct ctx *c)
{
	struct plan *p;
	struct valid_errors e = { .n = 0 };
	const char *day = req_get(&c->req.form, "day");
	const char *tod = req_get(&c->req.form, "time");
	const char *place = req_get(&c->req.form, "place");
	struct db_param prm[5];
	enum db_status st;
	long d;
	int rc;

	if ((rc = plan_begin(c, &p)) != 0)
		return rc;
	if (valid_date(&e, "day", day, NULL, NULL, NULL) == 0 &&
	    calendar_parse(day, &d) == 0) {
		if (!calendar_is_working_day(&p->cal, d))
			valid_add(&e, "day", "The school is closed that day: choose "
			    "a working day");
		else if (!calendar_notice_ok(&p->cal, p->today_day, d,
		    policy_days(&p->policy, WORKFLOW_LIMIT_MEETING_NOTICE)))
			valid_add(&e, "day", arena_printf(c->arena, "Give at least %ld "
			    "working days' notice: choose a later date",
			    policy_days(&p->policy, WORKFLOW_LIMIT_MEETING_NOTICE)));
		else if (strcmp(day, p->ap.ends) > 0)
			valid_add(&e, "day", "The meeting must be inside the cycle");
	}
	valid_text(&e, "time", tod, 0, 20, 0, NULL);
	valid_text(&e, "place", place, 0, 200, 0, NULL);
	if (e.n > 0)
		return plan_invalid(c, p, &e);
	if ((rc = plan_fire(c, p, WORKFLOW_EV_ARRANGE_MEETING, p->roles,
	    p->today_day, place, "meeting", day)) != 0)
		return rc;
	prm[0] = DB_INT(p->id);
	prm[1] = DB_TEXT("planning");
	prm[2] = DB_TEXT(day);
	prm[3] = DB_TEXT(tod ? tod : "");
	prm[4] = DB_TEXT(place ? place : "");
	if ((st = db_exec(c->db, SQL_MEETING_INSERT, prm, 5, NULL)) != DB_OK)
		return app_db_status(st);
	return plan_done(c, p);
}

int
plan_held(struct ctx *c)
{
	struct plan *p;
	struct valid_errors e = { .n = 0 };
	const char *held = req_get(&c->req.form, "held_on");
	struct db_param prm[2];
	struct db_result r;
	enum db_status st;
	long d = 0;
	int rc;

	if ((rc = plan_begin(c, &p)) != 0)
		return rc;
	if (valid_date(&e, "held_on", held, NULL, NULL, NULL) == 0 &&
	    calendar_parse(held, &d) == 0 &&
	    (d > p->today_day || strcmp(held, p->ap.starts) < 0))
		valid_add(&e, "held_on", "Enter the day the meeting was held: "
		    "not in the future, and inside the cycle");
	if (e.n > 0)
		return plan_invalid(c, p, &e);
	if ((rc = plan_fire(c, p, WORKFLOW_EV_HOLD_MEETING, p->roles, d, NULL,
	    NULL, NULL)) != 0)
		return rc;
	prm[0] = DB_INT(p->id);
	prm[1] = DB_TEXT("planning");
	if ((st = db_query(c->db, c->arena, SQL_MEETING_LATEST, prm, 2, &r)) != DB_OK)
		return app_db_status(st);
	prm[0] = DB_TEXT(held);
	prm[1] = DB_INT(db_int(&r, 0, 0));
	if (r.nrows == 1 && (st = db_exec(c->db, SQL_MEETING_HELD, prm, 2, NULL)) != DB_OK)
		return app_db_status(st);
	return plan_done(c, p);
}
