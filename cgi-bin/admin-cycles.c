/*
 * admin: the school's appraisal cycles, one per staff group at a time:
 * dates and the completion deadline. A cycle ends after it starts, lasts
 * at most two years, does not overlap another of its group, and its
 * deadline falls between its end and the school's deadline after it
 * (31 October for staff, 31 December for the head, by default). Edits
 * carry the cycle's version: a save over someone else's is refused (409).
 */
#include <stdio.h>
#include <string.h>

#include "admin.h"
#include "calendar.h"
#include "model/school_conf.h"

static const char *const groups[] = { "teacher", "support", "headteacher",
	"leadership", NULL };
static const char *const group_labels[] = { "Teachers", "Support staff",
	"Headteacher", "Leadership", NULL };

#define CYCLE_DAYS_MAX 731

struct cycle {
	long long	 id, version;
	const char	*group, *name, *starts, *ends, *deadline;
};

static void
cycle_hdf(struct ctx *c, const struct cycle *cy)
{
	size_t i;

	tmpl_set(c->hdf, "Cycle.Group", cy->group);
	tmpl_set(c->hdf, "Cycle.Name", cy->name);
	tmpl_set(c->hdf, "Cycle.Starts", cy->starts);
	tmpl_set(c->hdf, "Cycle.Ends", cy->ends);
	tmpl_set(c->hdf, "Cycle.Deadline", cy->deadline);
	tmpl_set_int(c->hdf, "Cycle.Id", cy->id);
	tmpl_set_int(c->hdf, "Cycle.Version", cy->version);
	for (i = 0; groups[i] != NULL; i++) {
		tmpl_setf(c->hdf, groups[i], "Groups.%zu.Word", i);
		tmpl_setf(c->hdf, group_labels[i], "Groups.%zu.Label", i);
	}
}

static const char *
group_label(const char *word)
{
	size_t i;

	for (i = 0; groups[i] != NULL; i++)
		if (strcmp(groups[i], word) == 0)
			return group_labels[i];
	return word;
}

/* "31 October" from the policy's "10-31"; "" if it is not a day. */
static const char *
mmdd_label(struct ctx *c, const char *mmdd)
{
	static const char *const months[] = { "January", "February", "March",
	    "April", "May", "June", "July", "August", "September", "October",
	    "November", "December" };
	int m = 0, d = 0;

	if (sscanf(mmdd, "%2d-%2d", &m, &d) != 2 ||
	    !calendar_valid_ymd(2000, m, d))
		return "";
	return arena_printf(c->arena, "%d %s", d, months[m - 1]);
}

/* The policy's deadlines, for the form's hint: from the settings the
 * process keeps (lib/model/school_conf: no statement while it holds the
 * school's version). */
static enum db_status
cycle_policy_hdf(struct ctx *c)
{
	struct policy pol;
	enum db_status st;

	if ((st = school_conf(c->db, c->arena, c->actor->school_id,
	    c->actor->school_config_version, &pol, NULL)) != DB_OK)
		return st;
	tmpl_set(c->hdf, "Policy.StaffDeadline", mmdd_label(c, arena_printf(
	    c->arena, "%02ld-%02ld", pol.teacher_deadline / 100,
	    pol.teacher_deadline % 100)));
	tmpl_set(c->hdf, "Policy.HeadDeadline", mmdd_label(c, arena_printf(
	    c->arena, "%02ld-%02ld", pol.head_deadline / 100,
	    pol.head_deadline % 100)));
	return DB_OK;
}

/* The page in one statement (SQL_CYCLES_PAGE); the deadlines from the
 * settings the process keeps. */
static int
cycles_page(struct ctx *c, int status, const struct cycle *typed)
{
	struct db_param p[1] = { DB_INT(c->actor->school_id) };
	struct cycle blank = { .group = "teacher", .name = "", .starts = "",
	    .ends = "", .deadline = "" };
	struct db_result rows, *r = &rows;
	enum db_status st;
	size_t i;

	if ((st = db_query(c->db, c->arena, SQL_CYCLES_PAGE, p, 1, r)) != DB_OK ||
	    (st = cycle_policy_hdf(c)) != DB_OK)
		return app_db_status(st);
	for (i = 0; i < r->nrows; i++) {
		tmpl_setf(c->hdf, db_val(r, i, 0), "Cycles.%zu.Id", i);
		tmpl_setf(c->hdf, group_label(db_val(r, i, 1)), "Cycles.%zu.Group", i);
		tmpl_setf(c->hdf, db_val(r, i, 2), "Cycles.%zu.Name", i);
		tmpl_setf(c->hdf, app_day_label(c, db_val(r, i, 3)), "Cycles.%zu.Starts", i);
		tmpl_setf(c->hdf, app_day_label(c, db_val(r, i, 4)), "Cycles.%zu.Ends", i);
		tmpl_setf(c->hdf, app_day_label(c, db_val(r, i, 5)), "Cycles.%zu.Deadline", i);
		tmpl_setf(c->hdf, db_val(r, i, 7), "Cycles.%zu.Appraisals", i);
	}
	cycle_hdf(c, typed ? typed : &blank);
	tmpl_set(c->hdf, "Page.Title", "Appraisal cycles");
	return app_render(c, status, "admin/cycles.cs");
}

int
admin_cycles_get(struct ctx *c)
{
	if (req_get(&c->req.query, "added") != NULL)
		tmpl_set(c->hdf, "Form.Notice", "Cycle added.");
	else if (req_get(&c->req.query, "saved") != NULL)
		tmpl_set(c->hdf, "Form.Notice", "Cycle saved.");
	return cycles_page(c, 200, NULL);
}

/* The last day the school's policy allows for completing a cycle that
 * ends on `ends`: the first MM-DD of the policy on or after it. */
static enum db_status
cycle_policy_limit(struct ctx *c, const char *group, long ends, long *limit)
{
	struct policy pol;
	enum db_status st;
	long md;
	int y, m, d;

	if ((st = school_conf(c->db, c->arena, c->actor->school_id,
	    c->actor->school_config_version, &pol, NULL)) != DB_OK)
		return st;
	md = strcmp(group, "headteacher") ? pol.teacher_deadline :
	    pol.head_deadline;
	m = (int)(md / 100);
	d = (int)(md % 100);
	if (calendar_valid_ymd(2000, m, d) == 0)
		m = 10, d = 31;
	calendar_to_ymd(ends, &y, NULL, NULL);
	if (m == 2 && d == 29 && !calendar_valid_ymd(y, 2, 29))
		d = 28;
	if (calendar_from_ymd(y, m, d, limit) == -1 || *limit < ends)
		calendar_from_ymd(y + 1, m, d == 29 && m == 2 ? 28 : d, limit);
	return DB_OK;
}

/* Another cycle of the group over these dates: an error on starts. */
static enum db_status
cycle_overlap(struct ctx *c, const struct cycle *cy, struct valid_errors *e)
{
	struct db_param p[5] = { DB_INT(c->actor->school_id), DB_TEXT(cy->group),
	    DB_INT(cy->id), DB_TEXT(cy->ends), DB_TEXT(cy->starts) };
	struct db_result r;
	enum db_status st;

	if ((st = db_query(c->db, c->arena, SQL_CYCLE_OVERLAP, p, 5, &r)) != DB_OK)
		return st;
	if (r.nrows > 0)
		valid_add(e, "starts", arena_printf(c->arena, "These dates overlap "
		    "%s (%s to %s): a staff group has one cycle at a time",
		    db_val(&r, 0, 0), db_val(&r, 0, 1), db_val(&r, 0, 2)));
	return DB_OK;
}

/* The dates' rules, once each date is a date. */
static enum db_status
cycle_check_dates(struct ctx *c, const struct cycle *cy, struct valid_errors *e)
{
	long s, en, dl, limit;
	char iso[CALENDAR_ISO_SIZE];
	enum db_status st;

	calendar_parse(cy->starts, &s);
	calendar_parse(cy->ends, &en);
	calendar_parse(cy->deadline, &dl);
	if (en <= s) {
		valid_add(e, "ends", "The cycle must end after it starts");
		return DB_OK;
	}
	if (en - s > CYCLE_DAYS_MAX)
		valid_add(e, "ends", "A cycle lasts at most two years");
	if ((st = cycle_policy_limit(c, cy->group, en, &limit)) != DB_OK)
		return st;
	calendar_format(limit, iso, sizeof(iso));
	if (dl < en)
		valid_add(e, "deadline", "The completion deadline must be on or "
		    "after the day the cycle ends");
	else if (dl > limit)
		valid_add(e, "deadline", arena_printf(c->arena, "The school's "
		    "policy has these reviews complete by %s: choose a deadline "
		    "on or before it", app_day_label(c, iso)));
	return e->n == 0 ? cycle_overlap(c, cy, e) : DB_OK;
}

/* Parse the form into cy (values as typed); 0, -1 on bad input, or a
 * database status + 1000 when the checks could not be made. */
static int
cycle_parse(struct ctx *c, struct cycle *cy, int editing, struct valid_errors *e)
{
	enum db_status st;

	cy->group = admin_typed(c, "group");
	cy->name = admin_typed(c, "name");
	cy->starts = admin_typed(c, "starts");
	cy->ends = admin_typed(c, "ends");
	cy->deadline = admin_typed(c, "deadline");
	valid_enum(e, "group", cy->group, groups, NULL);
	valid_text(e, "name", cy->name, 1, 100, 0, "Enter a name for the cycle, "
	    "for example Teachers 2026-27");
	valid_date(e, "starts", cy->starts, NULL, NULL, NULL);
	valid_date(e, "ends", cy->ends, NULL, NULL, NULL);
	valid_date(e, "deadline", cy->deadline, NULL, NULL, NULL);
	if (editing && valid_int(NULL, "version", req_get(&c->req.form,
	    "version"), 1, 4294967295LL, &cy->version) == -1)
		valid_add(e, "version", "The form is incomplete: reload the page");
	if (e->n > 0)
		return -1;
	if ((st = cycle_check_dates(c, cy, e)) != DB_OK)
		return 1000 + (int)st;
	return e->n > 0 ? -1 : 0;
}

/*
 * Begin the write under the school's lock and check the overlap again
 * there, so two saves at once cannot both pass it: 0, -1 with the error
 * on the form (rolled back), or a status.
 */
static int
cycle_begin(struct ctx *c, const struct cycle *cy, struct valid_errors *e)
{
	struct db_param p[1] = { DB_INT(c->actor->school_id) };
	struct db_result r;
	enum db_status st;

	if ((st = db_begin(c->db)) != DB_OK ||
	    (st = db_query(c->db, c->arena, SQL_SCHOOL_LOCK, p, 1, &r)) != DB_OK ||
	    (st = cycle_overlap(c, cy, e)) != DB_OK) {
		db_rollback(c->db);
		return app_db_status(st);
	}
	if (e->n == 0)
		return 0;
	db_rollback(c->db);
	app_form_errors(c, e);
	return -1;
}

/* A write refused as a duplicate (the same group and start) is the
 * overlap the form names: 1 with the error set, rolled back. */
static int
cycle_failed(struct ctx *c, enum db_status st, const struct cycle *cy,
    struct valid_errors *e)
{
	db_rollback(c->db);
	if (st != DB_DUPLICATE)
		return 0;
	valid_add(e, "starts", arena_printf(c->arena, "A cycle of this staff "
	    "group already starts on %s: a staff group has one cycle at a time "
	    "(these dates overlap it)", app_day_label(c, cy->starts)));
	app_form_errors(c, e);
	return 1;
}

int
admin_cycles_post(struct ctx *c)
{
	struct valid_errors e = { .n = 0 };
	struct cycle cy = { 0 };
	struct db_param p[6];
	enum db_status st;
	int rc;

	if ((rc = cycle_parse(c, &cy, 0, &e)) >= 1000)
		return app_db_status((enum db_status)(rc - 1000));
	if (rc == -1) {
		app_form_errors(c, &e);
		return cycles_page(c, 400, &cy);
	}
	if ((rc = cycle_begin(c, &cy, &e)) != 0)
		return rc == -1 ? cycles_page(c, 400, &cy) : rc;
	p[0] = DB_INT(c->actor->school_id);
	p[1] = DB_TEXT(cy.group);
	p[2] = DB_TEXT(cy.name);
	p[3] = DB_TEXT(cy.starts);
	p[4] = DB_TEXT(cy.ends);
	p[5] = DB_TEXT(cy.deadline);
	if ((st = db_exec(c->db, SQL_CYCLE_INSERT, p, 6, NULL)) != DB_OK)
		return cycle_failed(c, st, &cy, &e) ? cycles_page(c, 400, &cy) :
		    app_db_status(st);
	app_audit(c, "/admin/cycles", "ok", arena_printf(c->arena,
	    "cycle %s added", cy.name));
	if ((st = db_commit(c->db)) != DB_OK)
		return app_db_status(st);
	return app_redirect(c, "admin/cycles?added=1");
}

/* The saved cycle c->ids[0] of the actor's school; 0, 404 or a status. */
static int
cycle_load(struct ctx *c, struct cycle *cy)
{
	struct db_param p[2] = { DB_INT(c->ids[0]), DB_INT(c->actor->school_id) };
	struct db_result r;
	enum db_status st;

	if ((st = db_query(c->db, c->arena, SQL_CYCLE_LOAD, p, 2, &r)) != DB_OK)
		return app_db_status(st);
	if (r.nrows != 1)
		return 404;
	cy->id = db_int(&r, 0, 0);
	cy->group = db_val(&r, 0, 1);
	cy->name = db_val(&r, 0, 2);
	cy->starts = db_val(&r, 0, 3);
	cy->ends = db_val(&r, 0, 4);
	cy->deadline = db_val(&r, 0, 5);
	cy->version = db_int(&r, 0, 6);
	return 0;
}

static int
cycle_page(struct ctx *c, int status, const struct cycle *cy)
{
	enum db_status st;

	if ((st = cycle_policy_hdf(c)) != DB_OK)
		return app_db_status(st);
	cycle_hdf(c, cy);
	tmpl_set(c->hdf, "Page.Title", arena_printf(c->arena, "Cycle: %s",
	    cy->name));
	return app_render(c, status, "admin/cycle.cs");
}

int
admin_cycle_get(struct ctx *c)
{
	struct cycle cy;
	int rc;

	if ((rc = cycle_load(c, &cy)) != 0)
		return rc;
	return cycle_page(c, 200, &cy);
}

/* A save over someone else's: the form shows the saved cycle, what was
 * typed beside it, and nothing is written. */
static int
cycle_conflict(struct ctx *c, const struct cycle *typed)
{
	struct cycle now;
	int rc;

	if ((rc = cycle_load(c, &now)) != 0)
		return rc;
	tmpl_set(c->hdf, "Form.Conflict", "1");
	tmpl_set(c->hdf, "Typed.Group", group_label(typed->group));
	tmpl_set(c->hdf, "Typed.Name", typed->name);
	tmpl_set(c->hdf, "Typed.Starts", typed->starts);
	tmpl_set(c->hdf, "Typed.Ends", typed->ends);
	tmpl_set(c->hdf, "Typed.Deadline", typed->deadline);
	app_audit(c, c->req.path, "refused", "cycle changed by someone else");
	return cycle_page(c, 409, &now);
}

int
admin_cycle_post(struct ctx *c)
{
	struct valid_errors e = { .n = 0 };
	struct cycle cy = { .id = c->ids[0] }, saved;
	struct db_param p[8];
	struct db_result r;
	enum db_status st;
	int rc;

	if ((rc = cycle_load(c, &saved)) != 0)
		return rc;
	if ((rc = cycle_parse(c, &cy, 1, &e)) >= 1000)
		return app_db_status((enum db_status)(rc - 1000));
	if (rc == -1) {
		app_form_errors(c, &e);
		return cycle_page(c, 400, &cy);
	}
	if ((rc = cycle_begin(c, &cy, &e)) != 0)
		return rc == -1 ? cycle_page(c, 400, &cy) : rc;
	p[0] = DB_TEXT(cy.group);
	p[1] = DB_TEXT(cy.name);
	p[2] = DB_TEXT(cy.starts);
	p[3] = DB_TEXT(cy.ends);
	p[4] = DB_TEXT(cy.deadline);
	p[5] = DB_INT(cy.id);
	p[6] = DB_INT(c->actor->school_id);
	p[7] = DB_INT(cy.version);
	if ((st = db_exec(c->db, SQL_CYCLE_UPDATE, p, 8, &r)) != DB_OK)
		return cycle_failed(c, st, &cy, &e) ? cycle_page(c, 400, &cy) :
		    app_db_status(st);
	if (r.affected != 1) {
		db_rollback(c->db);
		return cycle_conflict(c, &cy);
	}
	app_audit(c, c->req.path, "ok", arena_printf(c->arena,
	    "cycle %s saved", cy.name));
	if ((st = db_commit(c->db)) != DB_OK)
		return app_db_status(st);
	return app_redirect(c, "admin/cycles?saved=1");
}
