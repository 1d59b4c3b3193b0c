/*
 * admin: what the product keeps about each member of staff beyond the
 * directory (SPEC 2): staff group, career stage and pay point, TLR,
 * leadership scale, QTS, FTE, contract, start date, exemptions and line
 * managers. One table drives the form, the CSV columns and the checks.
 * The list a page at a time; one person's form with a version check; the
 * whole staff list from CSV, one row per person keyed by user name, every
 * row checked before anything is written, then all in one transaction.
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "admin.h"
#include "model/staff_detail.h"
#include "role.h"

#define NFIELDS STAFF_DETAIL_N
#define MANAGERS_MAX 10
#define CSV_HEADER "login,staff_group,career_stage,pay_point,tlr," \
	"leadership_scale,qts,fte,contract_type,contract_end,start_date," \
	"exempt_induction,exempt_short_contract,under_capability," \
	"support_plan,line_managers"
#define CSV_COLUMNS (NFIELDS + 2)

/* One person's details: the values as typed, then as stored. */
struct detail {
	long long	 staff_id, version;
	int		 is_head;		/* in the directory's group */
	size_t		 line;			/* of an import, from 1 */
	const char	*v[NFIELDS];
	const char	*managers;		/* user names, as typed */
	long long	 manager_ids[MANAGERS_MAX];
	size_t		 nmanagers;
	struct staff_detail_value val[NFIELDS];
};

/* An error on a form field (line 0) or on a line and column of a file. */
static void
detail_error(struct ctx *c, struct valid_errors *e, size_t line,
    const char *column, const char *message)
{
	if (line == 0)		/* on the form: a sentence */
		valid_add(e, column, arena_printf(c->arena, "%c%s",
		    toupper((unsigned char)message[0]), message + 1));
	else
		admin_line_error(c, e, "staff", line, arena_printf(c->arena,
		    "column %s: %s", column, message));
}

/* Each value parsed, then the rules between them; errors name the
 * column. */
static void
detail_values(struct ctx *c, struct detail *d, size_t line,
    struct valid_errors *e)
{
	struct staff_detail_fault f[NFIELDS];
	const char *why;
	size_t i, n, before = e->n;

	for (i = 0; i < NFIELDS; i++)
		if (staff_detail_parse(i, d->v[i], &d->val[i], &why) == -1)
			detail_error(c, e, line, staff_detail_fields[i].column, why);
	if (e->n > before)
		return;
	n = staff_detail_rules(d->val, f, NFIELDS);
	for (i = 0; i < n; i++)
		detail_error(c, e, line, staff_detail_fields[f[i].field].column,
		    f[i].why);
	if ((why = staff_detail_group_rule(d->val, d->is_head)) != NULL)
		detail_error(c, e, line, "staff_group", why);
}

/* Line managers: user names separated by spaces, commas or semicolons. */
static void
detail_managers(struct ctx *c, struct detail *d, const struct admin_roster *ro,
    size_t line, struct valid_errors *e)
{
	char *list = arena_strdup(c->arena, d->managers ? d->managers : "");
	const struct admin_person *m;
	char *tok, *save = NULL;

	d->nmanagers = 0;
	for (tok = list ? strtok_r(list, " ,;\t", &save) : NULL; tok != NULL;
	    tok = strtok_r(NULL, " ,;\t", &save)) {
		if ((m = admin_roster_find(ro, tok)) == NULL) {
			detail_error(c, e, line, "line_managers", arena_printf(c->arena,
			    "nobody in the school has the user name \"%s\"", tok));
			return;
		}
		if (m->id == d->staff_id) {
			detail_error(c, e, line, "line_managers", "nobody is their "
			    "own line manager");
			return;
		}
		if (d->nmanagers == MANAGERS_MAX) {
			detail_error(c, e, line, "line_managers", "at most 10 line "
			    "managers");
			return;
		}
		d->manager_ids[d->nmanagers++] = m->id;
	}
}

/* Check everything of d; errors name line (0: the form) and column. */
static void
detail_check(struct ctx *c, struct detail *d, const struct admin_roster *ro,
    size_t line, struct valid_errors *e)
{
	detail_values(c, d, line, e);
	detail_managers(c, d, ro, line, e);
}

/* Write d's details (insert or update as sql says) and its managers. */
static enum db_status
detail_save(struct ctx *c, const struct detail *d, enum sql_id sql, int *stale)
{
	struct db_param p[NFIELDS + 2];
	struct db_result r;
	enum db_status st;
	size_t i, n = 0;

	*stale = 0;
	if (sql != SQL_STAFF_DETAIL_UPDATE)
		p[n++] = DB_INT(d->staff_id);
	for (i = 0; i < NFIELDS; i++)
		p[n++] = d->val[i].null ? DB_NULL : d->val[i].is_int ?
		    DB_INT(d->val[i].i) : DB_TEXT(d->val[i].text);
	if (sql == SQL_STAFF_DETAIL_UPDATE) {
		p[n++] = DB_INT(d->staff_id);
		p[n++] = DB_INT(d->version);
	}
	if ((st = db_exec(c->db, sql, p, n, &r)) == DB_DUPLICATE ||
	    (st == DB_OK && sql == SQL_STAFF_DETAIL_UPDATE && r.affected != 1)) {
		*stale = 1;
		return DB_OK;
	}
	if (st != DB_OK)
		return st;
	p[0] = DB_INT(d->staff_id);
	if ((st = db_exec(c->db, SQL_LINE_MANAGERS_CLEAR, p, 1, NULL)) != DB_OK)
		return st;
	for (i = 0; i < d->nmanagers; i++) {
		p[1] = DB_INT(d->manager_ids[i]);
		if ((st = db_exec(c->db, SQL_LINE_MANAGER_INSERT, p, 2, NULL)) != DB_OK)
			return st;
	}
	return DB_OK;
}

/* ---- the list ------------------------------------------------------------ */

/* The page's people (the rows pg says). */
static void
staff_rows(struct ctx *c, const struct admin_page *pg,
    const struct db_result *r)
{
	static const char *const cols[] = { "Id", "Login", "Name", "Title" };
	size_t i, j, n;

	for (n = 0; n < pg->n; n++) {
		i = pg->first + n;
		for (j = 0; j < sizeof(cols) / sizeof(cols[0]); j++)
			tmpl_setf(c->hdf, db_val(r, i, j), "Staff.%zu.%s", n, cols[j]);
		tmpl_setf(c->hdf, staff_detail_word_label(0, db_val(r, i, 4)),
		    "Staff.%zu.Group", n);
		tmpl_setf(c->hdf, staff_detail_word_label(1, db_val(r, i, 5)),
		    "Staff.%zu.Stage", n);
		tmpl_setf(c->hdf, db_val(r, i, 6), "Staff.%zu.Fte", n);
		tmpl_setf(c->hdf, db_val(r, i, 7), "Staff.%zu.Qts", n);
		tmpl_setf(c->hdf, db_val(r, i, 8), "Staff.%zu.Managers", n);
	}
}

/* The list in one statement (SQL_STAFF_EVERYONE or _FILTERED, or their
 * _BACK for the page before a person). */
static int
staff_list(struct ctx *c, int status)
{
	static const enum sql_id ids[][2] = {
		{ SQL_STAFF_EVERYONE, SQL_STAFF_EVERYONE_BACK },
		{ SQL_STAFF_EVERYONE, SQL_STAFF_EVERYONE_BACK },
		{ SQL_STAFF_FILTERED, SQL_STAFF_FILTERED_BACK } };
	struct db_param p[ADMIN_LIST_PARAMS];
	struct db_result part[2];
	struct admin_page pg;
	enum db_status st;
	const char *first;
	size_t n = 0;
	char today[11];

	app_today(c, today);
	admin_page_parse(c, &pg);
	pg.unassigned = 0;
	p[n++] = DB_INT(c->actor->school_id);
	admin_page_params(c, &pg, today, p, &n);
	if ((st = db_query_parts(c->db, c->arena,
	    ids[admin_page_list(&pg)][pg.before != 0], p, n, part, 2)) != DB_OK)
		return app_db_status(st);
	if (admin_page_list(&pg) == ADMIN_LIST_EVERYONE)
		pg.total = db_int(&part[0], 0, 0);
	admin_page_rows(&pg, &part[1], 0, 2);
	if ((first = admin_page_gone(c, &pg, "admin/staff")) != NULL)
		return app_redirect(c, first);
	staff_rows(c, &pg, &part[1]);
	admin_page_hdf(c, &pg, app_url(c, "admin/staff"));
	tmpl_set(c->hdf, "Page.Title", "Staff details");
	return app_render(c, status, "admin/staff.cs");
}

int
admin_staff_get(struct ctx *c)
{
	const char *n = req_get(&c->req.query, "imported");

	if (n != NULL && strlen(n) < 8)
		tmpl_set(c->hdf, "Form.Notice", arena_printf(c->arena,
		    "Details of %s people imported.", n));
	else if (req_get(&c->req.query, "saved") != NULL)
		tmpl_set(c->hdf, "Form.Notice", "Details saved.");
	return staff_list(c, 200);
}

/* ---- one person ---------------------------------------------------------- */

struct person_row {
	const char	*login, *name, *title;
};

/* The person c->ids[0] with their saved details: 0, 404 or a status. */
static int
detail_load(struct ctx *c, struct detail *d, struct person_row *who)
{
	struct db_param p[2] = { DB_INT(c->ids[0]), DB_INT(c->actor->school_id) };
	struct db_result r;
	enum db_status st;
	size_t i;

	if ((st = db_query(c->db, c->arena, SQL_STAFF_DETAIL_LOAD, p, 2, &r)) != DB_OK)
		return app_db_status(st);
	if (r.nrows != 1) {	/* none, or another school's: audited, 404 */
		app_audit_record(c, "staff", c->ids[0], c->req.path, "refused",
		    "no such person in this school");
		return 404;
	}
	memset(d, 0, sizeof(*d));
	d->staff_id = db_int(&r, 0, 0);
	who->login = db_val(&r, 0, 1);
	who->name = db_val(&r, 0, 2);
	who->title = db_val(&r, 0, 3);
	for (i = 0; i < NFIELDS; i++)
		d->v[i] = db_val(&r, 0, 4 + i);
	d->version = db_int(&r, 0, 4 + NFIELDS);
	d->managers = db_val(&r, 0, 5 + NFIELDS);
	d->is_head = (role_parse(db_val(&r, 0, 6 + NFIELDS)) &
	    ROLE_HEADTEACHER) != 0;
	return 0;
}

static void
detail_hdf(struct ctx *c, const struct detail *d, const char *prefix)
{
	const struct staff_detail_field *f;
	size_t i, w;

	for (i = 0; i < NFIELDS; i++) {
		f = &staff_detail_fields[i];
		tmpl_setf(c->hdf, f->column, "%s.%zu.Column", prefix, i);
		tmpl_setf(c->hdf, f->label, "%s.%zu.Label", prefix, i);
		tmpl_setf(c->hdf, f->hint, "%s.%zu.Hint", prefix, i);
		tmpl_setf(c->hdf, f->kind == STAFF_DETAIL_WORD ? "word" :
		    f->kind == STAFF_DETAIL_BOOL ? "bool" : "text", "%s.%zu.Kind",
		    prefix, i);
		tmpl_setf(c->hdf, d->v[i] ? d->v[i] : "", "%s.%zu.Value", prefix, i);
		if (f->kind == STAFF_DETAIL_WORD)
			tmpl_setf(c->hdf, staff_detail_word_label(i, d->v[i] ?
			    d->v[i] : ""), "%s.%zu.Shown", prefix, i);
		else
			tmpl_setf(c->hdf, d->v[i] ? d->v[i] : "", "%s.%zu.Shown",
			    prefix, i);
		for (w = 0; f->kind == STAFF_DETAIL_WORD && f->words[w] != NULL;
		    w++) {
			tmpl_setf(c->hdf, f->words[w], "%s.%zu.Options.%zu.Word",
			    prefix, i, w);
			tmpl_setf(c->hdf, f->labels[w], "%s.%zu.Options.%zu.Label",
			    prefix, i, w);
		}
	}
	tmpl_setf(c->hdf, d->managers ? d->managers : "", "%s.Managers", prefix);
}

static int
detail_page(struct ctx *c, int status, const struct detail *d,
    const struct person_row *who)
{
	detail_hdf(c, d, "Fields");
	tmpl_set(c->hdf, "Person.Name", who->name);
	tmpl_set(c->hdf, "Person.Login", who->login);
	tmpl_set(c->hdf, "Person.Title", who->title);
	tmpl_set_int(c->hdf, "Person.Id", d->staff_id);
	tmpl_set_int(c->hdf, "Form.Version", d->version);
	tmpl_set(c->hdf, "Page.Title", arena_printf(c->arena, "Staff details: %s",
	    who->name));
	return app_render(c, status, "admin/person.cs");
}

int
admin_staff_one_get(struct ctx *c)
{
	struct person_row who;
	struct detail d;
	int rc;

	if ((rc = detail_load(c, &d, &who)) != 0)
		return rc;
	/* Pay point, capability, support plan: a confidential read. */
	if (app_audit_record(c, "staff", d.staff_id, "read staff details",
	    "allowed", "school policy") != DB_OK)
		return app_audit_failed(c);
	return detail_page(c, 200, &d, &who);
}

/* The form's values over the saved ones (check boxes: absent is no). */
static void
detail_from_form(struct ctx *c, struct detail *d, struct valid_errors *e)
{
	const char *v;
	size_t i;

	for (i = 0; i < NFIELDS; i++) {
		v = req_get(&c->req.form, staff_detail_fields[i].column);
		d->v[i] = v != NULL ? v : staff_detail_fields[i].kind ==
		    STAFF_DETAIL_BOOL ? "0" : "";
	}
	d->managers = admin_typed(c, "line_managers");
	if (valid_int(NULL, "version", req_get(&c->req.form, "version"), 0,
	    4294967295LL, &d->version) == -1)
		valid_add(e, "version", "The form is incomplete: reload the page");
}

static int
detail_conflict(struct ctx *c, const struct detail *typed)
{
	struct person_row who;
	struct detail now;
	int rc;

	if ((rc = detail_load(c, &now, &who)) != 0)
		return rc;
	detail_hdf(c, typed, "Typed");
	tmpl_set(c->hdf, "Form.Conflict", "1");
	app_audit(c, c->req.path, "refused", "staff details changed by "
	    "someone else");
	return detail_page(c, 409, &now, &who);
}

int
admin_staff_one_post(struct ctx *c)
{
	struct valid_errors e = { .n = 0 };
	struct admin_roster ro;
	struct person_row who;
	struct detail d;
	enum db_status st;
	int rc, stale;

	if ((rc = detail_load(c, &d, &who)) != 0)
		return rc;
	detail_from_form(c, &d, &e);
	if ((st = admin_roster_load(c, &ro)) != DB_OK)
		return app_db_status(st);
	detail_check(c, &d, &ro, 0, &e);
	if (e.n > 0) {
		app_form_errors(c, &e);
		return detail_page(c, 400, &d, &who);
	}
	if ((st = db_begin(c->db)) != DB_OK ||
	    (st = detail_save(c, &d, d.version == 0 ? SQL_STAFF_DETAIL_INSERT :
	    SQL_STAFF_DETAIL_UPDATE, &stale)) != DB_OK)
		return app_db_status(st);
	if (stale) {
		db_rollback(c->db);
		return detail_conflict(c, &d);
	}
	app_audit(c, c->req.path, "ok", arena_printf(c->arena,
	    "staff details of %s saved", who.login));
	if ((st = db_commit(c->db)) != DB_OK)
		return app_db_status(st);
	return app_redirect(c, "admin/staff?saved=1");
}

/* ---- the whole staff list from CSV ------------------------------------------ */

static int
import_page(struct ctx *c, int status)
{
	tmpl_set(c->hdf, "Import.Header", CSV_HEADER);
	tmpl_set_int(c->hdf, "Import.MaxKB",
	    (long long)(c->app->limits.max_field_bytes / 1024));
	tmpl_set(c->hdf, "Page.Title", "Import staff details");
	return app_render(c, status, "admin/staff_import.cs");
}

int
admin_staff_import_get(struct ctx *c)
{
	return import_page(c, 200);
}

/* One row: the person by user name, then every column. */
static int
import_row(struct ctx *c, char *text, size_t line, const struct admin_roster *ro,
    struct detail *d, struct valid_errors *e)
{
	char *f[ADMIN_CSV_FIELDS];
	const struct admin_person *who;
	int n = csv_split(text, f, ADMIN_CSV_FIELDS);
	size_t i;

	memset(d, 0, sizeof(*d));
	if (n != (int)CSV_COLUMNS) {
		admin_line_error(c, e, "staff", line, arena_printf(c->arena,
		    "expected %zu columns, found %d", (size_t)CSV_COLUMNS, n));
		return -1;
	}
	if ((who = admin_roster_find(ro, f[0])) == NULL) {
		detail_error(c, e, line, "login", arena_printf(c->arena, "nobody "
		    "in the school has the user name \"%s\"", f[0]));
		return -1;
	}
	d->staff_id = who->id;
	d->is_head = (who->roles & ROLE_HEADTEACHER) != 0;
	for (i = 0; i < NFIELDS; i++)
		d->v[i] = f[1 + i];
	d->managers = f[1 + NFIELDS];
	detail_check(c, d, ro, line, e);
	return 0;
}

/* The first line names the columns of CSV_HEADER, in order (quotes,
 * spaces and case aside). */
static int
import_header_ok(struct ctx *c, const char *line)
{
	char *want = arena_strdup(c->arena, CSV_HEADER);
	char *got = arena_strdup(c->arena, line);
	char *w[ADMIN_CSV_FIELDS], *g[ADMIN_CSV_FIELDS];
	int n, i;

	if (want == NULL || got == NULL ||
	    (n = csv_split(want, w, ADMIN_CSV_FIELDS)) !=
	    csv_split(got, g, ADMIN_CSV_FIELDS))
		return 0;
	for (i = 0; i < n; i++)
		if (strcasecmp(w[i], g[i]) != 0)
			return 0;
	return 1;
}

/* Every row, checked; a person named twice is an error on the second. */
static size_t
import_rows(struct ctx *c, const struct admin_lines *lines,
    const struct admin_roster *ro, struct detail *rows, struct valid_errors *e)
{
	size_t i, j, n = 0;

	if (lines->n == 0 || !import_header_ok(c, lines->text[0])) {
		admin_line_error(c, e, "staff", lines->n ? lines->number[0] : 1,
		    "the first line must name the columns: " CSV_HEADER);
		return 0;
	}
	for (i = 1; i < lines->n; i++) {
		if (import_row(c, lines->text[i], lines->number[i], ro, &rows[n],
		    e) == -1)
			continue;
		for (j = 0; j < n; j++)
			if (rows[j].staff_id == rows[n].staff_id)
				break;
		if (j < n)
			admin_line_error(c, e, "staff", lines->number[i],
			    arena_printf(c->arena, "column login: this person is "
			    "also on line %zu", rows[j].line));
		rows[n++].line = lines->number[i];
	}
	if (n == 0 && e->n == 0)
		admin_line_error(c, e, "staff", lines->number[0], "the file has "
		    "no rows after the column names");
	return n;
}

int
admin_staff_import(struct ctx *c)
{
	struct valid_errors e = { .n = 0 };
	struct admin_lines lines;
	struct admin_roster ro;
	struct detail *rows;
	enum db_status st;
	size_t n = 0, i;
	int stale;

	if (admin_lines(c, "staff", "Paste the staff list or choose a file", &lines,
	    &e) == 0) {
		if ((st = admin_roster_load(c, &ro)) != DB_OK)
			return app_db_status(st);
		if ((rows = arena_alloc(c->arena, (lines.n + 1) *
		    sizeof(*rows))) == NULL)
			return 500;
		n = import_rows(c, &lines, &ro, rows, &e);
	}
	if (e.n > 0) {
		admin_import_refused(c, &e, "staff");
		return import_page(c, 400);
	}
	if ((st = db_begin(c->db)) != DB_OK)
		return app_db_status(st);
	for (i = 0; i < n; i++)
		if ((st = detail_save(c, &rows[i], SQL_STAFF_DETAIL_UPSERT,
		    &stale)) != DB_OK)
			return app_db_status(st);
	app_audit(c, "/admin/staff/import", "ok", arena_printf(c->arena,
	    "details of %zu people imported", n));
	if ((st = db_commit(c->db)) != DB_OK)
		return app_db_status(st);
	return app_redirect(c, arena_printf(c->arena, "admin/staff?imported=%zu", n));
}
