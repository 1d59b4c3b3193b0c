/*
 * admin: setting up the school's appraisal year.
 *
 *   GET  /admin             what can be set up here, by role
 *   GET  /admin/settings    the school's policy settings (head, PM lead)
 *   POST /admin/settings    save them: all valid or nothing saved; a save
 *                           over someone else's is refused (409)
 *   GET  /admin/reviewers   who reviews whom this year; who has no reviewer
 *   POST /admin/reviewers   assign or change one reviewer (head, PM lead),
 *                           within the school's cap per reviewer
 *   GET  /admin/calendar    the school's closure days
 *   POST /admin/calendar    import closure days from CSV lines
 *                           "YYYY-MM-DD[,YYYY-MM-DD],kind,label": all
 *                           valid or nothing imported, a bad line named
 */
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "calendar.h"
#include "policy.h"
#include "role.h"

static int
admin_index(struct ctx *c)
{
	tmpl_set(c->hdf, "Page.Title", "Set up the appraisal year");
	if (access_route(c->actor, ACCESS_SCHOOL_POLICY).allow)
		tmpl_set(c->hdf, "Admin.CanPolicy", "1");
	if (access_route(c->actor, ACCESS_SCHOOL_ADMIN).allow)
		tmpl_set(c->hdf, "Admin.CanCalendar", "1");
	return app_render(c, 200, "admin/index.cs");
}

/* The settings form from the policy table; typed values win over p's. */
static void
admin_settings_hdf(struct ctx *c, const struct policy *p, int use_typed)
{
	const struct policy_setting *s;
	const char *typed;
	char value[32];
	size_t i, w;

	for (i = 0; i < policy_nsettings; i++) {
		s = &policy_settings[i];
		policy_get(p, s, value, sizeof(value));
		typed = use_typed ? req_get(&c->req.form, s->column) : NULL;
		tmpl_setf(c->hdf, s->column, "Settings.%zu.Column", i);
		tmpl_setf(c->hdf, s->label, "Settings.%zu.Label", i);
		tmpl_setf(c->hdf, s->hint, "Settings.%zu.Hint", i);
		tmpl_setf(c->hdf, s->kind == POLICY_WORD ? "word" :
		    s->kind == POLICY_BOOL ? "bool" : "number",
		    "Settings.%zu.Kind", i);
		tmpl_setf(c->hdf, typed && strlen(typed) < 64 ? typed : value,
		    "Settings.%zu.Value", i);
		for (w = 0; s->kind == POLICY_WORD && s->words[w] != NULL; w++) {
			tmpl_setf(c->hdf, s->words[w], "Settings.%zu.Options.%zu.Word",
			    i, w);
			tmpl_setf(c->hdf, s->word_labels[w],
			    "Settings.%zu.Options.%zu.Label", i, w);
		}
	}
	tmpl_set_int(c->hdf, "Form.Version", p->version);
}

static int
admin_settings_form(struct ctx *c, int status, const struct policy *p,
    int use_typed)
{
	tmpl_set(c->hdf, "Page.Title", "School policy settings");
	admin_settings_hdf(c, p, use_typed);
	return app_render(c, status, "admin/settings.cs");
}

static int
admin_settings_get(struct ctx *c)
{
	struct policy p;
	enum db_status st;

	if ((st = policy_load(c->db, c->arena, c->actor->school_id, &p)) != DB_OK)
		return app_db_status(st);
	if (req_get(&c->req.query, "saved") != NULL)
		tmpl_set(c->hdf, "Form.Notice", "Settings saved.");
	return admin_settings_form(c, 200, &p, 0);
}

/* Parse every field of the form into p; errors name the fields. */
static void
admin_settings_parse(struct ctx *c, struct policy *p, struct valid_errors *e)
{
	long long version = 0;
	size_t i;

	for (i = 0; i < policy_nsettings; i++)
		policy_set(p, &policy_settings[i],
		    req_get(&c->req.form, policy_settings[i].column), e);
	if (e->n == 0)
		policy_check(p, e);
	if (valid_int(NULL, "version", req_get(&c->req.form, "version"), 1,
	    4294967295LL, &version) == -1)
		valid_add(e, "version", "The form is incomplete: reload the page");
	p->version = (long)version;
}

static int
admin_settings_conflict(struct ctx *c)
{
	struct policy now;
	enum db_status st;

	if ((st = policy_load(c->db, c->arena, c->actor->school_id, &now)) != DB_OK)
		return app_db_status(st);
	tmpl_set(c->hdf, "Form.Conflict", "1");
	app_audit(c, "/admin/settings", "refused", "changed by someone else");
	return admin_settings_form(c, 409, &now, 0);
}

static int
admin_settings_post(struct ctx *c)
{
	struct valid_errors e = { .n = 0 };
	struct policy p;
	enum policy_save r;
	enum db_status st;

	policy_defaults(&p);
	admin_settings_parse(c, &p, &e);
	if (e.n > 0) {
		app_form_errors(c, &e);
		return admin_settings_form(c, 400, &p, 1);
	}
	if ((st = db_begin(c->db)) != DB_OK)
		return app_db_status(st);
	r = policy_save(c->db, c->actor->school_id, &p, &st);
	if (r == POLICY_SAVE_DB)
		return app_db_status(st);
	if (r == POLICY_SAVE_CONFLICT) {
		db_rollback(c->db);
		return admin_settings_conflict(c);
	}
	app_audit(c, "/admin/settings", "ok", "policy settings saved");
	if ((st = db_commit(c->db)) != DB_OK)
		return app_db_status(st);
	return app_redirect(c, "admin/settings?saved=1");
}


/* ---- reviewer assignment ------------------------------------------------ */

static int
admin_reviewers_page(struct ctx *c, int status)
{
	char today[11];
	struct db_param p[3];
	struct db_result r;
	enum db_status st;
	size_t i, unassigned = 0;
	static const char *const cols[] = { "Id", "Name", "Title", "Group",
	    "Appraisal", "ReviewerId", "Reviewer", "State", "Exempt" };
	size_t j;

	app_today(c, today);
	p[0] = DB_TEXT(today);
	p[1] = DB_TEXT(today);
	p[2] = DB_INT(c->actor->school_id);
	if ((st = db_query(c->db, c->arena, SQL_ASSIGN_LIST, p, 3, &r)) != DB_OK)
		return app_db_status(st);
	for (i = 0; i < r.nrows; i++) {
		for (j = 0; j < sizeof(cols) / sizeof(cols[0]); j++)
			tmpl_setf(c->hdf, db_val(&r, i, j), "Staff.%zu.%s", i, cols[j]);
		if (db_int(&r, i, 5) == 0 && db_int(&r, i, 8) == 0)
			unassigned++;
	}
	tmpl_set_int(c->hdf, "Assign.Unassigned", (long long)unassigned);
	tmpl_set(c->hdf, "Page.Title", "Reviewers");
	return app_render(c, status, "admin/reviewers.cs");
}

static int
admin_reviewers_get(struct ctx *c)
{
	if (req_get(&c->req.query, "done") != NULL)
		tmpl_set(c->hdf, "Form.Notice", "Reviewer assigned.");
	return admin_reviewers_page(c, 200);
}

struct person {
	long long	 id;
	unsigned int	 roles;
	const char	*name, *group;
	int		 exempt;
};

/* A member of staff of the actor's school, from a form field. */
static int
admin_person(struct ctx *c, const char *field, struct person *out,
    struct valid_errors *e)
{
	struct db_param p[2];
	struct db_result r;
	long long id;

	if (valid_int(NULL, field, req_get(&c->req.form, field), 1,
	    4294967295LL, &id) == -1) {
		valid_add(e, field, "Choose someone from the list");
		return -1;
	}
	p[0] = DB_INT(id);
	p[1] = DB_INT(c->actor->school_id);
	if (db_query(c->db, c->arena, SQL_STAFF_IN_SCHOOL, p, 2, &r) != DB_OK ||
	    r.nrows != 1) {
		valid_add(e, field, "Choose someone from the list");
		return -1;
	}
	out->id = id;
	out->roles = role_parse(db_val(&r, 0, 1));
	out->name = db_val(&r, 0, 2);
	out->group = db_val(&r, 0, 3);
	out->exempt = (int)db_int(&r, 0, 4);
	return 0;
}

/* The rules: not oneself, not an exempt person, a cycle, the cap. */
static long long
admin_assign_check(struct ctx *c, const struct person *re,
    const struct person *rv, struct valid_errors *e)
{
	char today[11];
	struct db_param p[4];
	struct db_result r;
	struct policy pol;
	long long cycle;

	app_today(c, today);
	if (re->id == rv->id) {
		valid_add(e, "reviewer", "Nobody reviews their own appraisal");
		return 0;
	}
	if (re->exempt) {
		valid_add(e, "reviewee", "This person is in their induction year "
		    "and is not appraised");
		return 0;
	}
	p[0] = DB_INT(c->actor->school_id);
	p[1] = DB_TEXT(re->group);
	p[2] = DB_TEXT(today);
	p[3] = DB_TEXT(today);
	if (db_query(c->db, c->arena, SQL_CYCLE_CURRENT, p, 4, &r) != DB_OK ||
	    r.nrows != 1) {
		valid_add(e, "reviewee", "There is no cycle this year for this "
		    "person's staff group: add one first");
		return 0;
	}
	cycle = db_int(&r, 0, 0);
	p[0] = DB_INT(rv->id);
	p[1] = DB_TEXT(today);
	if (policy_load(c->db, c->arena, c->actor->school_id, &pol) != DB_OK ||
	    db_query(c->db, c->arena, SQL_REVIEWER_COUNT, p, 2, &r) != DB_OK)
		return -1;
	if (!policy_reviewer_has_room(&pol, (long)db_int(&r, 0, 0),
	    (rv->roles & (ROLE_LEADERSHIP | ROLE_HEADTEACHER)) != 0)) {
		valid_add(e, "reviewer", arena_printf(c->arena, "%s already "
		    "reviews %lld people, the most the school's policy allows",
		    rv->name, db_int(&r, 0, 0)));
		return 0;
	}
	return cycle;
}

static int
admin_reviewers_post(struct ctx *c)
{
	struct valid_errors e = { .n = 0 };
	struct person re, rv;
	struct db_param p[4];
	struct db_result r;
	enum db_status st;
	long long cycle = 0;

	if (admin_person(c, "reviewee", &re, &e) == 0 &&
	    admin_person(c, "reviewer", &rv, &e) == 0)
		cycle = admin_assign_check(c, &re, &rv, &e);
	if (cycle == -1)
		return 503;
	if (e.n > 0) {
		app_form_errors(c, &e);
		tmpl_set(c->hdf, "Typed.reviewee", req_get(&c->req.form, "reviewee"));
		tmpl_set(c->hdf, "Typed.reviewer", req_get(&c->req.form, "reviewer"));
		return admin_reviewers_page(c, 400);
	}
	if ((st = db_begin(c->db)) != DB_OK)
		return app_db_status(st);
	p[0] = DB_INT(cycle);
	p[1] = DB_INT(re.id);
	if ((st = db_query(c->db, c->arena, SQL_APPRAISAL_OF, p, 2, &r)) != DB_OK)
		return app_db_status(st);
	if (r.nrows == 1) {
		p[0] = DB_INT(rv.id);
		p[1] = DB_INT(db_int(&r, 0, 0));
		p[2] = DB_INT(db_int(&r, 0, 1));
		st = db_exec(c->db, SQL_APPRAISAL_SET_REVIEWER, p, 3, &r);
		if (st == DB_OK && r.affected != 1)
			return app_error(c, 409, NULL);
	} else {
		p[0] = DB_INT(cycle);
		p[1] = DB_INT(c->actor->school_id);
		p[2] = DB_INT(re.id);
		p[3] = DB_INT(rv.id);
		st = db_exec(c->db, SQL_APPRAISAL_CREATE, p, 4, NULL);
	}
	if (st != DB_OK)
		return app_db_status(st);
	app_audit(c, "/admin/reviewers", "ok", arena_printf(c->arena,
	    "%s reviews %s", rv.name, re.name));
	if ((st = db_commit(c->db)) != DB_OK)
		return app_db_status(st);
	return app_redirect(c, "admin/reviewers?done=1");
}

/* ---- the school calendar ------------------------------------------------ */

#define CALENDAR_IMPORT_MAX 1000

static const char *const closure_kinds[] = { "bank_holiday", "holiday",
	"closure", NULL };

struct closure_line {
	long		 from, to;
	const char	*kind, *label;
};

/* One CSV line: date,kind,label or from,to,kind,label (the label may not
 * contain a comma). 0, or -1 with *why set. */
static int
admin_closure_parse(char *line, struct closure_line *out, const char **why)
{
	char *f[5], *p = line;
	int n = 0;

	while (n < 5 && p != NULL) {
		f[n++] = p;
		if ((p = strchr(p, ',')) != NULL)
			*p++ = '\0';
	}
	*why = "expected date,kind,label or from,to,kind,label";
	if (n != 3 && n != 4)
		return -1;
	*why = "the date is not a real date as YYYY-MM-DD";
	if (calendar_parse(f[0], &out->from) == -1 ||
	    (n == 4 && calendar_parse(f[1], &out->to) == -1))
		return -1;
	if (n == 3)
		out->to = out->from;
	out->kind = f[n - 2];
	out->label = f[n - 1];
	*why = "the range ends before it starts or is longer than a year";
	if (out->to < out->from || out->to - out->from > 366)
		return -1;
	*why = "the kind must be bank_holiday, holiday or closure";
	if (valid_enum(NULL, "kind", out->kind, closure_kinds, NULL) == -1)
		return -1;
	*why = "the label is too long or not text";
	return valid_text(NULL, "label", out->label, 0, 100, 0, NULL);
}

static int
admin_calendar_page(struct ctx *c, int status)
{
	struct db_param p[3] = { DB_INT(c->actor->school_id),
	    DB_TEXT("1900-01-01"), DB_TEXT("9999-12-31") };
	struct db_result r;
	enum db_status st;

	if ((st = db_query(c->db, c->arena, SQL_CLOSURES, p, 3, &r)) != DB_OK)
		return app_db_status(st);
	tmpl_set_int(c->hdf, "Calendar.Count", (long long)r.nrows);
	if (r.nrows > 0) {
		tmpl_set(c->hdf, "Calendar.First", db_val(&r, 0, 0));
		tmpl_set(c->hdf, "Calendar.Last", db_val(&r, r.nrows - 1, 0));
	}
	tmpl_set(c->hdf, "Page.Title", "School calendar");
	return app_render(c, status, "admin/calendar.cs");
}

static int
admin_calendar_get(struct ctx *c)
{
	const char *n = req_get(&c->req.query, "imported");

	if (n != NULL && strlen(n) < 8)
		tmpl_set(c->hdf, "Form.Notice", arena_printf(c->arena,
		    "%s closure days imported.", n));
	return admin_calendar_page(c, 200);
}

/* Insert one line's working days (weekends are never stored). */
static enum db_status
admin_closure_save(struct ctx *c, const struct closure_line *l, long *count)
{
	char iso[CALENDAR_ISO_SIZE];
	struct db_param p[4];
	enum db_status st;
	long d;

	for (d = l->from; d <= l->to; d++) {
		if (calendar_weekday(d) >= CALENDAR_SATURDAY)
			continue;
		calendar_format(d, iso, sizeof(iso));
		p[0] = DB_INT(c->actor->school_id);
		p[1] = DB_TEXT(iso);
		p[2] = DB_TEXT(l->kind);
		p[3] = DB_TEXT(l->label);
		if ((st = db_exec(c->db, SQL_CLOSURE_INSERT, p, 4, NULL)) != DB_OK)
			return st;
		(*count)++;
	}
	return DB_OK;
}

static int
admin_calendar_post(struct ctx *c)
{
	const char *csv = req_get(&c->req.form, "csv");
	struct closure_line lines[CALENDAR_IMPORT_MAX];
	struct valid_errors e = { .n = 0 };
	char *text, *line, *next;
	const char *why = NULL;
	const char *reason;
	size_t n = 0, lineno = 0, i;
	enum db_status st;
	long count = 0;

	if (valid_text(&e, "csv", csv, 1, 200000, 1, "Paste the dates to "
	    "import") == 0 && (text = arena_strdup(c->arena, csv)) != NULL) {
		for (line = text; line != NULL && e.n == 0; line = next) {
			lineno++;
			if ((next = strchr(line, '\n')) != NULL)
				*next++ = '\0';
			line[strcspn(line, "\r")] = '\0';
			if (*line == '\0' || *line == '#')
				continue;
			if (n == CALENDAR_IMPORT_MAX)
				why = "too many lines: import at most 1000 at once";
			else if (admin_closure_parse(line, &lines[n], &reason) == -1)
				why = reason;
			else
				n++;
			if (why != NULL)
				valid_add(&e, "csv", arena_printf(c->arena, "Line %zu: %s. "
				    "Nothing was imported.", lineno, why));
		}
	}
	if (e.n > 0) {
		app_form_errors(c, &e);
		tmpl_set(c->hdf, "Typed.csv", csv && strlen(csv) < 200000 ? csv : "");
		return admin_calendar_page(c, 400);
	}
	if ((st = db_begin(c->db)) != DB_OK)
		return app_db_status(st);
	for (i = 0; i < n; i++)
		if ((st = admin_closure_save(c, &lines[i], &count)) != DB_OK)
			return app_db_status(st);
	app_audit(c, "/admin/calendar", "ok", arena_printf(c->arena,
	    "%ld closure days imported", count));
	if ((st = db_commit(c->db)) != DB_OK)
		return app_db_status(st);
	return app_redirect(c, arena_printf(c->arena,
	    "admin/calendar?imported=%ld", count));
}

static const struct app_route routes[] = {
	{ REQ_GET, "/admin", ACCESS_SCHOOL_ADMIN, admin_index },
	{ REQ_GET, "/admin/", ACCESS_SCHOOL_ADMIN, admin_index },
	{ REQ_GET, "/admin/settings", ACCESS_SCHOOL_POLICY, admin_settings_get },
	{ REQ_POST, "/admin/settings", ACCESS_SCHOOL_POLICY, admin_settings_post },
	{ REQ_GET, "/admin/reviewers", ACCESS_SCHOOL_POLICY, admin_reviewers_get },
	{ REQ_POST, "/admin/reviewers", ACCESS_SCHOOL_POLICY, admin_reviewers_post },
	{ REQ_GET, "/admin/calendar", ACCESS_SCHOOL_ADMIN, admin_calendar_get },
	{ REQ_POST, "/admin/calendar", ACCESS_SCHOOL_ADMIN, admin_calendar_post },
};

static const struct app_def def = {
	"admin", routes, sizeof(routes) / sizeof(routes[0])
};

int
main(int argc, char **argv)
{
	return app_main(&def, argc, argv);
}
