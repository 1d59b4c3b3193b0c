/*
 * home: the dashboard.
 *
 *   GET /    who you are; your own appraisal this year; the appraisals you
 *            review; for the head and PM lead, the school's progress (counts
 *            by state) and what is overdue. Each appraisal shows its state,
 *            the next action, who owes it and by when; overdue stands out.
 *            The head and PM lead also see how many statements wait
 *            for moderation and how many of those are overdue (from the
 *            same counts by stage), with a link to /moderate.
 *            Line-manager access to plans: the reviewee sees every request
 *            for their plan and its decision; the line manager their
 *            requests and decisions; the head and PM lead how many wait.
 *            Observation feedback past its day: to the observer, and to
 *            the head and PM lead for the whole school.
 *            Interim reviews overdue (none recorded once the school's
 *            window has ended, policy_interim_overdue()): to the
 *            reviewer, and to the head and PM lead for the whole school.
 *            Performance concerns (to the head and PM lead): the open
 *            records with their review day (due today or overdue marked)
 *            and the appraisals suspended by a capability notice, each
 *            linked to /concern/ID; names and days only (the page itself
 *            audits its reads).
 *            The end of the cycle: each appraisal links to its report
 *            once the assessment is arranged, and to its appeal once one
 *            is lodged; the reviewee sees the last day of the appeal
 *            window and the working days left in it. An appeal window
 *            that has ended shows as closed (workflow_effective()). The
 *            head and PM lead see the reports not issued by their cycle's
 *            completion deadline, and the five longest overdue steps of
 *            the school, with a link to all of them.
 *
 *   GET /overdue  every overdue step of the school, a page at a time
 *            (home-overdue.c).
 */
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "calendar.h"
#include "home.h"
#include "model/appraisal.h"
#include "policy.h"
#include "role.h"
#include "workflow.h"

#define DAY_LEN 32

/* Who owes the next step (home.h). */
const char *
home_owner(struct ctx *c, enum workflow_state st, unsigned int mine)
{
	unsigned int owner = workflow_next_owner(st), bit;
	const char *out = NULL;

	if (owner == 0)
		return "Nobody";
	if (owner & mine)
		return "You";
	for (bit = 1; bit != 0 && bit <= owner; bit <<= 1) {
		if (!(owner & bit) || workflow_role_label(bit) == NULL)
			continue;
		out = out == NULL ? workflow_role_label(bit) :
		    arena_printf(c->arena, "%s or %s", out,
		    workflow_role_label(bit));
	}
	return out ? out : "Nobody";
}

/* The next step as words: the workflow's (workflow_next_step()), or the
 * planning meeting's day while it is still to come. NULL when none. */
static const char *
home_next_step(struct ctx *c, enum workflow_state st, unsigned int mine,
    const char *meeting, const char *today)
{
	enum workflow_event ev;
	int waiting;

	ev = workflow_next_step(st, mine, *meeting == '\0' ||
	    strcmp(meeting, today) <= 0, &waiting);
	if (waiting)
		return arena_printf(c->arena, "%s meeting on %s",
		    st == WORKFLOW_ST_ASSESSMENT_ARRANGED ? "Assessment" :
		    "Planning", app_day_label(c, meeting));
	return ev == WORKFLOW_EV__COUNT ? NULL : workflow_event_label(ev);
}

/* One appraisal row into Dash.<list>.<i>. */
static void
home_item(struct ctx *c, const char *list, size_t i, const struct db_result *r,
    size_t row, unsigned int mine, const char *today)
{
	enum workflow_state st;
	const char *due = db_val(r, row, 3), *next;

	if (workflow_state_parse(db_val(r, row, 1), &st) == -1)
		st = WORKFLOW_ST_NOT_STARTED;
	if (workflow_lapsed(st, due, today)) {
		st = WORKFLOW_ST_CLOSED;	/* the window ended by itself */
		due = "";
	}
	if (st >= WORKFLOW_ST_ASSESSMENT_ARRANGED &&
	    st <= WORKFLOW_ST_REFERRED_BACK)
		tmpl_setf(c->hdf, "1", "Dash.%s.%zu.Report", list, i);
	if (st >= WORKFLOW_ST_APPEALED && st <= WORKFLOW_ST_REFERRED_BACK)
		tmpl_setf(c->hdf, "1", "Dash.%s.%zu.Appeal", list, i);
	if ((st == WORKFLOW_ST_REPORT_ISSUED || st == WORKFLOW_ST_APPEAL_WINDOW) &&
	    *due != '\0') {
		tmpl_setf(c->hdf, "1", "Dash.%s.%zu.Window", list, i);
	}
	next = home_next_step(c, st, mine, db_val(r, row, 6), today);
	tmpl_setf(c->hdf, db_val(r, row, 0), "Dash.%s.%zu.Id", list, i);
	tmpl_setf(c->hdf, workflow_state_label(st), "Dash.%s.%zu.State", list, i);
	tmpl_setf(c->hdf, db_val(r, row, 4), "Dash.%s.%zu.Cycle", list, i);
	tmpl_setf(c->hdf, db_val(r, row, 5), "Dash.%s.%zu.Person", list, i);
	tmpl_setf(c->hdf, next ? next : "Nothing for you now",
	    "Dash.%s.%zu.Next", list, i);
	tmpl_setf(c->hdf, home_owner(c, st, mine), "Dash.%s.%zu.Owner", list, i);
	tmpl_setf(c->hdf, app_day_label(c, due), "Dash.%s.%zu.Due", list, i);
	if (*due != '\0' && strcmp(due, today) < 0)
		tmpl_setf(c->hdf, "1", "Dash.%s.%zu.Overdue", list, i);
}

/* The lists of SQL_DASH_PERSON, then SQL_DASH_LEAD's of the school, in
 * the order of their parts. */
enum home_part { HOME_MINE, HOME_REVIEWING, HOME_TO_ME, HOME_ASKED,
    HOME_MANAGES, HOME_FEEDBACK, HOME_CONCERNS, HOME_MY_CONCERNS,
    HOME_INTERIM, HOME_HEAR, HOME_STATES, HOME_OVERDUE, HOME_REPORTS,
    HOME_PENDING, HOME__PARTS };

static void
home_list(struct ctx *c, const struct db_result *r, const char *list,
    unsigned int mine, const char *today)
{
	size_t i;

	for (i = 0; i < r->nrows; i++) {
		home_item(c, list, i, r, i, mine, today);
		if (strcmp(db_val(r, i, 1), "in_progress") == 0 ||
		    strcmp(db_val(r, i, 1), "revision_requested") == 0)
			tmpl_setf(c->hdf, "1", "Dash.%s.%zu.Monitored", list, i);
	}
	tmpl_setf(c->hdf, arena_printf(c->arena, "%zu", r->nrows),
	    "Dash.%s.Count", list);
}

/* The working days left in the reviewee's appeal windows (today counted
 * when it is one): the calendar is read only when one is open. */
static int
home_windows(struct ctx *c, const struct db_result *r, const char *today)
{
	long t, d;
	enum workflow_state ws;
	struct calendar cal;
	enum db_status st;
	const char *w;
	size_t i;
	int loaded = 0;

	for (i = 0; i < r->nrows; i++) {
		w = db_val(r, i, 3);
		if (workflow_state_parse(db_val(r, i, 1), &ws) == -1 ||
		    (ws != WORKFLOW_ST_REPORT_ISSUED &&
		    ws != WORKFLOW_ST_APPEAL_WINDOW) ||
		    *w == '\0' || workflow_lapsed(ws, w, today))
			continue;
		if (!loaded) {
			if ((st = appraisal_calendar(c->db, c->arena,
			    c->actor->school_id, c->actor->school_config_version,
			    &cal)) != DB_OK)
				return app_db_status(st);
			loaded = 1;
		}
		if (calendar_parse(today, &t) == 0 && calendar_parse(w, &d) == 0)
			tmpl_setf(c->hdf, arena_printf(c->arena, "%ld",
			    calendar_count_working_days(&cal, t, d) +
			    (calendar_is_working_day(&cal, t) ? 1 : 0)),
			    "Dash.Mine.%zu.WindowDays", i);
	}
	return 0;
}

/* Head and PM lead: counts by state, the overdue list and the reports
 * not issued by their deadline (the lists 11-13 of SQL_DASH_LEAD). */
static void
home_school(struct ctx *c, const struct db_result *parts)
{
	const struct db_result *r = &parts[HOME_STATES];
	enum workflow_state st;
	long long overdue = 0;
	size_t i, n;

	tmpl_set(c->hdf, "Dash.School.Shown", "1");
	/* In the order of the workflow, not of the words. */
	for (st = 0, n = 0; st < WORKFLOW_ST__COUNT; st++)
		for (i = 0; i < r->nrows; i++) {
			if (strcmp(db_val(r, i, 0), workflow_state_word(st)) != 0)
				continue;
			tmpl_setf(c->hdf, workflow_state_label(st),
			    "Dash.School.States.%zu.Label", n);
			tmpl_setf(c->hdf, db_val(r, i, 2),
			    "Dash.School.States.%zu.Overdue", n);
			tmpl_setf(c->hdf, db_val(r, i, 1),
			    "Dash.School.States.%zu.Count", n++);
			overdue += db_int(r, i, 2);
			if (st == WORKFLOW_ST_MODERATION) {
				tmpl_set(c->hdf, "Dash.Moderation.Count",
				    db_val(r, i, 1));
				tmpl_set(c->hdf, "Dash.Moderation.Overdue",
				    db_val(r, i, 2));
			}
		}
	tmpl_set_int(c->hdf, "Dash.School.Overdue", overdue);
	r = &parts[HOME_OVERDUE];
	for (i = 0; i < r->nrows; i++) {
		if (workflow_state_parse(db_val(r, i, 1), &st) == -1)
			st = WORKFLOW_ST_NOT_STARTED;
		tmpl_setf(c->hdf, db_val(r, i, 4), "Dash.Overdue.%zu.Person", i);
		tmpl_setf(c->hdf, db_val(r, i, 5), "Dash.Overdue.%zu.Reviewer", i);
		tmpl_setf(c->hdf, workflow_state_label(st), "Dash.Overdue.%zu.State", i);
		tmpl_setf(c->hdf, home_owner(c, st, 0), "Dash.Overdue.%zu.Owner", i);
		tmpl_setf(c->hdf, app_day_label(c, db_val(r, i, 3)), "Dash.Overdue.%zu.Due", i);
	}
	r = &parts[HOME_REPORTS];
	for (i = 0; i < r->nrows; i++) {
		if (workflow_state_parse(db_val(r, i, 1), &st) == -1)
			st = WORKFLOW_ST_NOT_STARTED;
		tmpl_setf(c->hdf, db_val(r, i, 0), "Dash.Reports.%zu.Id", i);
		tmpl_setf(c->hdf, db_val(r, i, 4), "Dash.Reports.%zu.Person", i);
		tmpl_setf(c->hdf, db_val(r, i, 5), "Dash.Reports.%zu.Reviewer", i);
		tmpl_setf(c->hdf, workflow_state_label(st), "Dash.Reports.%zu.State", i);
		tmpl_setf(c->hdf, app_day_label(c, db_val(r, i, 3)), "Dash.Reports.%zu.Due", i);
	}
	tmpl_set(c->hdf, "Dash.Pending", db_val(&parts[HOME_PENDING], 0, 0));
}

/* Requests for access: to my plan, and mine as a line manager. */
static void
home_access(struct ctx *c, const struct db_result *parts, const char *today)
{
	const struct db_result *r;
	size_t i;

	r = &parts[HOME_TO_ME];
	for (i = 0; i < r->nrows; i++) {
		tmpl_setf(c->hdf, db_val(r, i, 2), "Dash.ToMe.%zu.Manager", i);
		tmpl_setf(c->hdf, app_grant_label(c, db_val(r, i, 3),
		    db_val(r, i, 4), today), "Dash.ToMe.%zu.State", i);
		tmpl_setf(c->hdf, db_val(r, i, 5), "Dash.ToMe.%zu.Reason", i);
		tmpl_setf(c->hdf, *db_val(r, i, 8) ? db_val(r, i, 8) :
		    db_val(r, i, 6), "Dash.ToMe.%zu.Decision", i);
		tmpl_setf(c->hdf, db_val(r, i, 7), "Dash.ToMe.%zu.DecidedBy", i);
	}
	r = &parts[HOME_ASKED];
	for (i = 0; i < r->nrows; i++) {
		tmpl_setf(c->hdf, db_val(r, i, 1), "Dash.Asked.%zu.Appraisal", i);
		tmpl_setf(c->hdf, db_val(r, i, 2), "Dash.Asked.%zu.Person", i);
		tmpl_setf(c->hdf, app_grant_label(c, db_val(r, i, 3),
		    db_val(r, i, 4), today), "Dash.Asked.%zu.State", i);
		tmpl_setf(c->hdf, *db_val(r, i, 6) ? db_val(r, i, 6) :
		    db_val(r, i, 5), "Dash.Asked.%zu.Decision", i);
	}
	if (db_int(&parts[HOME_MANAGES], 0, 0) > 0)
		tmpl_set(c->hdf, "Dash.Manages", "1");
}

/* Observation feedback past its day: the observer's, and the school's for
 * the head and PM lead. */
static void
home_feedback(struct ctx *c, const struct db_result *r)
{
	size_t i;

	for (i = 0; i < r->nrows; i++) {
		tmpl_setf(c->hdf, db_val(r, i, 1), "Dash.Feedback.%zu.Appraisal", i);
		tmpl_setf(c->hdf, db_val(r, i, 2), "Dash.Feedback.%zu.Person", i);
		tmpl_setf(c->hdf, db_int(r, i, 7) == c->actor->id ? "You" :
		    db_val(r, i, 3), "Dash.Feedback.%zu.Observer", i);
		tmpl_setf(c->hdf, app_day_label(c, db_val(r, i, 4)),
		    "Dash.Feedback.%zu.Day", i);
		if (*db_val(r, i, 5))
			tmpl_setf(c->hdf, app_day_label(c, db_val(r, i, 5)),
			    "Dash.Feedback.%zu.OralDue", i);
		if (*db_val(r, i, 6))
			tmpl_setf(c->hdf, app_day_label(c, db_val(r, i, 6)),
			    "Dash.Feedback.%zu.WrittenDue", i);
	}
}

/* Appraisals being monitored with no interim review: those whose school's
 * window has ended. */
static void
home_interim(struct ctx *c, const struct db_result *r, const char *today)
{
	char from[CALENDAR_ISO_SIZE], to[CALENDAR_ISO_SIZE];
	struct policy p;
	size_t i, n = 0;

	for (i = 0; i < r->nrows; i++) {
		policy_defaults(&p);
		if (*db_val(r, i, 4))
			policy_set(&p, policy_setting_named("interim_from"),
			    db_val(r, i, 4), NULL);
		if (*db_val(r, i, 5))
			policy_set(&p, policy_setting_named("interim_to"),
			    db_val(r, i, 5), NULL);
		if (!policy_interim_overdue(&p, db_val(r, i, 2), db_val(r, i, 3),
		    0, today) || policy_interim_window(&p, db_val(r, i, 2),
		    db_val(r, i, 3), from, to) == -1)
			continue;
		tmpl_setf(c->hdf, db_val(r, i, 0), "Dash.Interim.%zu.Appraisal", n);
		tmpl_setf(c->hdf, db_val(r, i, 1), "Dash.Interim.%zu.Person", n);
		tmpl_setf(c->hdf, db_int(r, i, 7) == c->actor->id ? "You" :
		    *db_val(r, i, 6) ? db_val(r, i, 6) : "Not assigned",
		    "Dash.Interim.%zu.Reviewer", n);
		tmpl_setf(c->hdf, app_day_label(c, to), "Dash.Interim.%zu.Due", n);
		n++;
	}
}

/* Performance concerns: open (review due, overdue) and suspended. */
static void
home_concerns(struct ctx *c, const struct db_result *r, const char *today)
{
	const char *day;
	size_t i;

	for (i = 0; i < r->nrows; i++) {
		day = db_val(r, i, 3);
		tmpl_setf(c->hdf, db_val(r, i, 1), "Dash.Concerns.%zu.Appraisal", i);
		tmpl_setf(c->hdf, db_val(r, i, 2), "Dash.Concerns.%zu.Person", i);
		tmpl_setf(c->hdf, db_val(r, i, 4), "Dash.Concerns.%zu.By", i);
		if (strcmp(db_val(r, i, 5), "capability") == 0) {
			tmpl_setf(c->hdf, "1", "Dash.Concerns.%zu.Suspended", i);
			continue;
		}
		tmpl_setf(c->hdf, app_day_label(c, day), "Dash.Concerns.%zu.Review", i);
		if (strcmp(day, today) < 0)
			tmpl_setf(c->hdf, "1", "Dash.Concerns.%zu.Overdue", i);
		else if (strcmp(day, today) == 0)
			tmpl_setf(c->hdf, "1", "Dash.Concerns.%zu.DueToday", i);
	}
	if (access_route(c->actor, ACCESS_SCHOOL_PROGRESS).allow)
		tmpl_set(c->hdf, "Dash.ConcernsShown", "1");
}

/* Concerns about the reader: open, or the capability procedure. */
static void
home_my_concerns(struct ctx *c, const struct db_result *r)
{
	size_t i;

	for (i = 0; i < r->nrows; i++) {
		tmpl_setf(c->hdf, db_val(r, i, 1), "Dash.MyConcerns.%zu.Appraisal", i);
		if (strcmp(db_val(r, i, 5), "capability") == 0)
			tmpl_setf(c->hdf, "1", "Dash.MyConcerns.%zu.Suspended", i);
		else
			tmpl_setf(c->hdf, app_day_label(c, db_val(r, i, 3)),
			    "Dash.MyConcerns.%zu.Review", i);
	}
}

/* Appeals waiting for this person to hear them: stage, due day. */
static void
home_hear(struct ctx *c, const struct db_result *r, const char *today)
{
	enum workflow_state st;
	size_t i;

	for (i = 0; i < r->nrows; i++) {
		if (workflow_state_parse(db_val(r, i, 2), &st) == -1)
			continue;
		tmpl_setf(c->hdf, db_val(r, i, 0), "Dash.Hear.%zu.Id", i);
		tmpl_setf(c->hdf, db_val(r, i, 1), "Dash.Hear.%zu.Person", i);
		tmpl_setf(c->hdf, workflow_state_label(st), "Dash.Hear.%zu.State",
		    i);
		tmpl_setf(c->hdf, app_day_label(c, db_val(r, i, 3)),
		    "Dash.Hear.%zu.Due", i);
		if (*db_val(r, i, 3) && strcmp(db_val(r, i, 3), today) < 0)
			tmpl_setf(c->hdf, "1", "Dash.Hear.%zu.Overdue", i);
	}
}

/* Which statement reads the dashboard: the head's and PM lead's adds the
 * school's lists; someone who may hear an appeal needs that list; most
 * staff need neither (SQL_DASH_STAFF), and those who review, manage and
 * observe nobody only their own lists (SQL_DASH_OWN). */
static enum sql_id
home_statement(const struct actor *a)
{
	if (access_route(a, ACCESS_SCHOOL_PROGRESS).allow)
		return SQL_DASH_LEAD;
	if (a->roles & (ROLE_HEADTEACHER | ROLE_GOVERNOR | ROLE_TRUST_CEO))
		return SQL_DASH_PERSON;
	return a->ties > 0 ? SQL_DASH_STAFF : SQL_DASH_OWN;
}

/* The parameters of statement q (home_statement()) into p; their count. */
static size_t
home_params(struct ctx *c, const char *today, enum sql_id q, struct db_param *p)
{
	const struct actor *a = c->actor;

	if (q == SQL_DASH_OWN) {
		p[0] = p[2] = p[3] = DB_INT(a->id);
		p[1] = DB_TEXT(today);
		return 4;
	}
	p[0] = p[2] = p[4] = p[5] = p[6] = p[9] = DB_INT(a->id);
	p[1] = p[3] = p[7] = p[8] = DB_TEXT(today);
	if (q == SQL_DASH_STAFF) {
		p[10] = p[11] = p[1];
		p[12] = p[13] = p[0];
		return 14;
	}
	p[10] = p[14] = p[19] = DB_INT(q == SQL_DASH_LEAD);
	p[11] = p[15] = p[20] = DB_INT(a->school_id);
	p[12] = p[13] = p[1];
	p[16] = p[17] = p[18] = p[0];
	/* appeals to hear */
	p[21] = DB_INT((a->roles & ROLE_HEADTEACHER) != 0);
	p[22] = p[11];
	p[23] = DB_INT((a->roles & ROLE_GOVERNOR) != 0);
	p[24] = p[11];
	p[25] = p[0];
	p[26] = DB_INT((a->roles & ROLE_TRUST_CEO) != 0);
	p[27] = p[11];
	p[28] = p[0];
	p[29] = p[0];
	if (q != SQL_DASH_LEAD)
		return 30;
	/* by state; overdue; reports; requests waiting */
	p[30] = p[31] = p[33] = p[34] = p[35] = p[37] = p[39] = p[1];
	p[32] = p[36] = p[38] = p[41] = p[11];
	p[40] = p[0];
	return 42;
}

static int
home_get(struct ctx *c)
{
	char today[CALENDAR_ISO_SIZE];
	struct db_param p[42];
	struct db_result parts[HOME__PARTS];
	enum db_status st;
	size_t np;
	enum sql_id q = home_statement(c->actor);
	int rc;

	app_today(c, today);
	np = home_params(c, today, q, p);
	tmpl_set(c->hdf, "Page.Title", "Your dashboard");
	tmpl_set(c->hdf, "Dash.Today", app_day_label(c, today));
	if ((st = db_query_parts(c->db, c->arena, q, p, np, parts,
	    HOME__PARTS)) != DB_OK)
		return app_db_status(st);
	home_list(c, &parts[HOME_MINE], "Mine", WORKFLOW_ROLE_REVIEWEE, today);
	if ((rc = home_windows(c, &parts[HOME_MINE], today)) != 0)
		return rc;
	home_list(c, &parts[HOME_REVIEWING], "Reviewing", WORKFLOW_ROLE_REVIEWER,
	    today);
	home_feedback(c, &parts[HOME_FEEDBACK]);
	home_interim(c, &parts[HOME_INTERIM], today);
	home_hear(c, &parts[HOME_HEAR], today);
	home_concerns(c, &parts[HOME_CONCERNS], today);
	home_my_concerns(c, &parts[HOME_MY_CONCERNS]);
	if (q == SQL_DASH_LEAD)
		home_school(c, parts);
	home_access(c, parts, today);
	return app_render(c, 200, "home/dashboard.cs");
}

static const struct app_route routes[] = {
	{ REQ_GET, "/", ACCESS_STAFF, home_get },
	{ REQ_GET, "/overdue", ACCESS_SCHOOL_PROGRESS, home_overdue_get },
};

static const struct app_def def = {
	"home", routes, sizeof(routes) / sizeof(routes[0])
};

int
main(int argc, char **argv)
{
	return app_main(&def, argc, argv);
}
