/*
 * home: every overdue step of the school, a page at a time.
 *
 *   GET /overdue  (the head and PM lead: ACCESS_SCHOOL_PROGRESS) the
 *                 school's appraisals whose step was due before today,
 *                 but for those whose report is issued (the dashboard
 *                 lists the five longest overdue), longest overdue
 *                 first, OVERDUE_PAGE at a time: after the row a "next"
 *                 link names (?after=DAY.ID), or before the one a
 *                 "previous" link names (?before=DAY.ID); with how many
 *                 there are, from the counts kept per cycle, state and
 *                 due day. A key that is not one shows the first page;
 *                 a page that has emptied (its steps were done) sends
 *                 the reader to the first.
 */
#include <string.h>

#include "app.h"
#include "calendar.h"
#include "home.h"
#include "workflow.h"

#define OVERDUE_PAGE 25

enum { OVERDUE_ROWS, OVERDUE_COUNT, OVERDUE__PARTS };

static const char *
overdue_link(struct ctx *c, const char *name, const struct db_result *r,
    size_t i)
{
	return arena_printf(c->arena, "%s?%s=%s", app_url(c, "overdue"), name,
	    app_key_str(c, db_val(r, i, 2), db_val(r, i, 0)));
}

int
home_overdue_get(struct ctx *c)
{
	char today[CALENDAR_ISO_SIZE];
	struct app_key after, before = { 0, NULL };
	const struct app_key *k;
	struct db_param p[9];
	struct db_result parts[OVERDUE__PARTS], r;
	enum workflow_state st;
	enum db_status s;
	size_t i, n;
	int backwards, more_before, more_after;

	app_today(c, today);
	/* Every overdue step has a due day: a key without one is none. */
	after = app_key_parse(c, "after");
	if (after.day == NULL)
		after.id = 0;
	if (after.id == 0) {
		before = app_key_parse(c, "before");
		if (before.day == NULL)
			before.id = 0;
	}
	backwards = before.id != 0;
	k = backwards ? &before : &after;
	p[0] = p[7] = DB_INT(c->actor->school_id);
	p[1] = p[8] = DB_TEXT(today);
	p[2] = p[5] = DB_INT(k->id);
	p[3] = p[4] = DB_TEXT_OR_NULL(k->day);
	p[6] = DB_INT(OVERDUE_PAGE + 1);
	if ((s = db_query_parts(c->db, c->arena, backwards ? SQL_OVERDUE_B :
	    SQL_OVERDUE, p, 9, parts, OVERDUE__PARTS)) != DB_OK)
		return app_db_status(s);
	if (parts[OVERDUE_ROWS].nrows == 0 && k->id != 0)
		return app_redirect(c, app_url(c, "overdue"));
	r = parts[OVERDUE_ROWS];
	app_key_page(&r, OVERDUE_PAGE, &after, backwards, &more_before,
	    &more_after);
	n = r.nrows;
	for (i = 0; i < n; i++) {
		if (workflow_state_parse(db_val(&r, i, 1), &st) == -1)
			st = WORKFLOW_ST_NOT_STARTED;
		tmpl_setf(c->hdf, db_val(&r, i, 0), "Overdue.Rows.%zu.Id", i);
		tmpl_setf(c->hdf, db_val(&r, i, 3), "Overdue.Rows.%zu.Person",
		    i);
		tmpl_setf(c->hdf, db_val(&r, i, 4), "Overdue.Rows.%zu.Reviewer",
		    i);
		tmpl_setf(c->hdf, workflow_state_label(st),
		    "Overdue.Rows.%zu.State", i);
		tmpl_setf(c->hdf, home_owner(c, st, 0),
		    "Overdue.Rows.%zu.Owner", i);
		tmpl_setf(c->hdf, app_day_label(c, db_val(&r, i, 2)),
		    "Overdue.Rows.%zu.Due", i);
	}
	if (parts[OVERDUE_COUNT].nrows > 0)
		tmpl_set(c->hdf, "Overdue.Count",
		    db_val(&parts[OVERDUE_COUNT], 0, 0));
	if (more_before) {
		tmpl_set(c->hdf, "Overdue.Start", app_url(c, "overdue"));
		if (n > 0)
			tmpl_set(c->hdf, "Overdue.Prev",
			    overdue_link(c, "before", &r, 0));
	}
	if (more_after && n > 0)
		tmpl_set(c->hdf, "Overdue.Next",
		    overdue_link(c, "after", &r, n - 1));
	tmpl_set(c->hdf, "Overdue.Today", app_day_label(c, today));
	tmpl_set(c->hdf, "Page.Title", "Overdue steps");
	return app_render(c, 200, "home/overdue.cs");
}
