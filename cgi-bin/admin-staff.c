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
#include "calendar.h"

enum kind { K_WORD, K_BOOL, K_FTE, K_DATE, K_PAY };

static const char *const groups[] = { "teacher", "support", "headteacher",
	"leadership", NULL };
static const char *const group_labels[] = { "Teacher", "Support staff",
	"Headteacher", "Leadership", NULL };
/* Teachers' stages first, then support staff's (from "core1"). */
static const char *const stages[] = { "ect1", "ect2", "mpr", "upr1", "upr2",
	"upr3", "leading_practitioner", "assistant_head", "deputy_head",
	"headteacher", "core1", "core2", "core3", "proficient1", "proficient2",
	"proficient3", "experienced1", "experienced2", "experienced3", NULL };
static const char *const stage_labels[] = { "ECT year 1", "ECT year 2",
	"Main pay range", "Upper pay range 1", "Upper pay range 2",
	"Upper pay range 3", "Leading practitioner", "Assistant head",
	"Deputy head", "Headteacher", "Core 1", "Core 2", "Core 3",
	"Proficient 1", "Proficient 2", "Proficient 3", "Experienced 1",
	"Experienced 2", "Experienced 3", NULL };
#define STAGE_SUPPORT_FIRST 10
static const char *const contracts[] = { "permanent", "fixed_term",
	"temporary", NULL };
static const char *const contract_labels[] = { "Permanent", "Fixed term",
	"Temporary", NULL };

/* In the order of the staff_detail columns in SQL_STAFF_DETAIL_*. */
static const struct field {
	const char		*column, *label, *hint;
	enum kind		 kind;
	int			 optional;
	const char *const	*words, *const *labels;
} fields[] = {
	{ "staff_group", "Staff group", "", K_WORD, 0, groups, group_labels },
	{ "career_stage", "Career stage", "", K_WORD, 1, stages, stage_labels },
	{ "pay_point", "Pay point on the main range", "1 to 6 (M1 to M6); "
	    "leave empty off the main range", K_PAY, 1, NULL, NULL },
	{ "tlr", "Holds a teaching and learning responsibility (TLR)", "",
	    K_BOOL, 0, NULL, NULL },
	{ "leadership_scale", "Paid on the leadership scale", "", K_BOOL, 0,
	    NULL, NULL },
	{ "qts", "Has qualified teacher status (QTS)", "", K_BOOL, 0, NULL, NULL },
	{ "fte", "Full-time equivalent (FTE)", "A fraction of full time, "
	    "from 0.1 to 1, like 0.6", K_FTE, 0, NULL, NULL },
	{ "contract_type", "Contract", "", K_WORD, 0, contracts, contract_labels },
	{ "contract_end", "Contract end date", "YYYY-MM-DD; for fixed-term "
	    "and temporary contracts", K_DATE, 1, NULL, NULL },
	{ "start_date", "Start date", "YYYY-MM-DD", K_DATE, 1, NULL, NULL },
	{ "exempt_induction", "In their induction year (not appraised)", "",
	    K_BOOL, 0, NULL, NULL },
	{ "exempt_short_contract", "Contract shorter than one term", "",
	    K_BOOL, 0, NULL, NULL },
	{ "under_capability", "Under the capability procedure", "", K_BOOL, 0,
	    NULL, NULL },
	{ "support_plan", "On a support plan", "", K_BOOL, 0, NULL, NULL },
};
#define NFIELDS (sizeof(fields) / sizeof(fields[0]))
#define MANAGERS_MAX 10
#define CSV_HEADER "login,staff_group,career_stage,pay_point,tlr," \
	"leadership_scale,qts,fte,contract_type,contract_end,start_date," \
	"exempt_induction,exempt_short_contract,under_capability," \
	"support_plan,line_managers"
#define CSV_COLUMNS (NFIELDS + 2)

/* One person's details: the values as typed, then as stored. */
struct detail {
	long long	 staff_id, version;
	size_t		 line;			/* of an import, from 1 */
	const char	*v[NFIELDS];
	const char	*managers;		/* user names, as typed */
	long long	 manager_ids[MANAGERS_MAX];
	size_t		 nmanagers;
	struct db_param	 p[NFIELDS];
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

static int
parse_bool(const char *v, int *out)
{
	static const char *const yes[] = { "1", "yes", "y", "true", NULL };
	static const char *const no[] = { "", "0", "no", "n", "false", NULL };
	size_t i;

	for (i = 0; yes[i] != NULL; i++)
		if (strcasecmp(v, yes[i]) == 0)
			return *out = 1, 0;
	for (i = 0; no[i] != NULL; i++)
		if (strcasecmp(v, no[i]) == 0)
			return *out = 0, 0;
	return -1;
}

/* "1", "1.0", "0.6", ".75": thousandths from 100 to 1000. */
static int
parse_fte(const char *v, long *milli)
{
	long whole = 0, frac = 0, scale = 100;
	const char *p = v;

	if (*p >= '0' && *p <= '1')
		whole = *p++ - '0';
	else if (*p != '.')
		return -1;
	if (*p == '.')
		for (p++; *p >= '0' && *p <= '9' && scale > 0; p++, scale /= 10)
			frac += (*p - '0') * scale;
	*milli = whole * 1000 + frac;
	return *p == '\0' && p != v && *milli >= 100 && *milli <= 1000 ? 0 : -1;
}

/* One value into d->p[i]; an error names the column. */
static void
detail_value(struct ctx *c, struct detail *d, size_t i, size_t line,
    struct valid_errors *e)
{
	const struct field *f = &fields[i];
	const char *v = d->v[i] ? d->v[i] : "";
	long long n;
	long milli;
	int b;

	if (f->optional && *v == '\0') {
		d->p[i] = DB_NULL;
		return;
	}
	if (f->kind == K_WORD && valid_enum(NULL, f->column, v, f->words, NULL) == 0)
		d->p[i] = DB_TEXT(v);
	else if (f->kind == K_BOOL && parse_bool(v, &b) == 0)
		d->p[i] = DB_INT(b);
	else if (f->kind == K_FTE && parse_fte(v, &milli) == 0)
		d->p[i] = DB_TEXT(arena_printf(c->arena, "%ld.%03ld", milli / 1000,
		    milli % 1000));
	else if (f->kind == K_DATE && valid_date(NULL, f->column, v, NULL, NULL,
	    NULL) == 0)
		d->p[i] = DB_TEXT(v);
	else if (f->kind == K_PAY && valid_int(NULL, f->column, (*v == 'M' ||
	    *v == 'm') ? v + 1 : v, 1, 6, &n) == 0)
		d->p[i] = DB_INT(n);
	else
		detail_error(c, e, line, f->column, f->kind == K_WORD ?
		    (*v ? "choose one of the listed values" : "choose one") :
		    f->kind == K_BOOL ? "enter yes or no (1 or 0)" :
		    f->kind == K_FTE ? "enter a fraction from 0.1 to 1, like 0.6" :
		    f->kind == K_DATE ? "enter a real date as YYYY-MM-DD" :
		    "enter a pay point from 1 to 6 (M1 to M6)");
}

static int
field_index(const char *column)
{
	size_t i;

	for (i = 0; i < NFIELDS; i++)
		if (strcmp(fields[i].column, column) == 0)
			return (int)i;
	return -1;
}

/* The rules between fields, once each value is good. */
static void
detail_rules(struct ctx *c, struct detail *d, size_t line, struct valid_errors *e)
{
	const char *group = d->v[field_index("staff_group")];
	const char *stage = d->v[field_index("career_stage")];
	const char *contract = d->v[field_index("contract_type")];
	const char *end = d->v[field_index("contract_end")];
	const char *start = d->v[field_index("start_date")];
	int si = -1;

	if (stage != NULL && *stage != '\0')
		valid_enum(NULL, "career_stage", stage, stages, &si);
	if (si >= 0 && (strcmp(group, "support") == 0) != (si >= STAGE_SUPPORT_FIRST))
		detail_error(c, e, line, "career_stage", strcmp(group, "support") == 0 ?
		    "support staff have a support-staff stage (core, proficient or "
		    "experienced)" : "only support staff have a core, proficient "
		    "or experienced stage");
	if (d->p[field_index("pay_point")].type != DB_P_NULL && si > 2)
		detail_error(c, e, line, "pay_point", "a pay point is for the main "
		    "pay range and early-career teachers only");
	if (strcmp(contract, "permanent") != 0 && (end == NULL || *end == '\0'))
		detail_error(c, e, line, "contract_end", "a fixed-term or temporary "
		    "contract needs its end date");
	if (end != NULL && start != NULL && *end && *start && strcmp(end, start) <= 0)
		detail_error(c, e, line, "contract_end", "the contract must end "
		    "after the start date");
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
	size_t i, before = e->n;

	for (i = 0; i < NFIELDS; i++)
		detail_value(c, d, i, line, e);
	if (e->n == before)
		detail_rules(c, d, line, e);
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
		p[n++] = d->p[i];
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

static const char *
word_label(const char *const *words, const char *const *labels, const char *w)
{
	size_t i;

	for (i = 0; words[i] != NULL; i++)
		if (strcmp(words[i], w) == 0)
			return labels[i];
	return w;
}

static int
staff_list(struct ctx *c, int status)
{
	struct admin_page pg;
	struct db_param p[5];
	struct db_result r;
	enum db_status st;
	size_t i;

	admin_page_parse(c, &pg);
	p[0] = DB_INT(c->actor->school_id);
	p[1] = DB_TEXT(pg.like);
	p[2] = DB_TEXT(pg.like);
	if ((st = db_query(c->db, c->arena, SQL_STAFF_COUNT, p, 3, &r)) != DB_OK)
		return app_db_status(st);
	admin_page_total(&pg, db_int(&r, 0, 0));
	p[3] = DB_INT(ADMIN_PER_PAGE);
	p[4] = DB_INT(admin_page_offset(&pg));
	if ((st = db_query(c->db, c->arena, SQL_STAFF_PAGE, p, 5, &r)) != DB_OK)
		return app_db_status(st);
	for (i = 0; i < r.nrows; i++) {
		tmpl_setf(c->hdf, db_val(&r, i, 0), "Staff.%zu.Id", i);
		tmpl_setf(c->hdf, db_val(&r, i, 1), "Staff.%zu.Login", i);
		tmpl_setf(c->hdf, db_val(&r, i, 2), "Staff.%zu.Name", i);
		tmpl_setf(c->hdf, db_val(&r, i, 3), "Staff.%zu.Title", i);
		tmpl_setf(c->hdf, word_label(groups, group_labels, db_val(&r, i, 4)),
		    "Staff.%zu.Group", i);
		tmpl_setf(c->hdf, word_label(stages, stage_labels, db_val(&r, i, 5)),
		    "Staff.%zu.Stage", i);
		tmpl_setf(c->hdf, db_val(&r, i, 6), "Staff.%zu.Fte", i);
		tmpl_setf(c->hdf, db_val(&r, i, 7), "Staff.%zu.Qts", i);
		tmpl_setf(c->hdf, db_val(&r, i, 8), "Staff.%zu.Managers", i);
	}
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
	if (r.nrows != 1)
		return 404;
	memset(d, 0, sizeof(*d));
	d->staff_id = db_int(&r, 0, 0);
	who->login = db_val(&r, 0, 1);
	who->name = db_val(&r, 0, 2);
	who->title = db_val(&r, 0, 3);
	for (i = 0; i < NFIELDS; i++)
		d->v[i] = db_val(&r, 0, 4 + i);
	d->version = db_int(&r, 0, 4 + NFIELDS);
	d->managers = db_val(&r, 0, 5 + NFIELDS);
	return 0;
}

static void
detail_hdf(struct ctx *c, const struct detail *d, const char *prefix)
{
	const struct field *f;
	size_t i, w;

	for (i = 0; i < NFIELDS; i++) {
		f = &fields[i];
		tmpl_setf(c->hdf, f->column, "%s.%zu.Column", prefix, i);
		tmpl_setf(c->hdf, f->label, "%s.%zu.Label", prefix, i);
		tmpl_setf(c->hdf, f->hint, "%s.%zu.Hint", prefix, i);
		tmpl_setf(c->hdf, f->kind == K_WORD ? "word" : f->kind == K_BOOL ?
		    "bool" : "text", "%s.%zu.Kind", prefix, i);
		tmpl_setf(c->hdf, d->v[i] ? d->v[i] : "", "%s.%zu.Value", prefix, i);
		if (f->kind == K_WORD)
			tmpl_setf(c->hdf, word_label(f->words, f->labels,
			    d->v[i] ? d->v[i] : ""), "%s.%zu.Shown", prefix, i);
		else
			tmpl_setf(c->hdf, d->v[i] ? d->v[i] : "", "%s.%zu.Shown",
			    prefix, i);
		for (w = 0; f->kind == K_WORD && f->words[w] != NULL; w++) {
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
	return detail_page(c, 200, &d, &who);
}

/* The form's values over the saved ones (check boxes: absent is no). */
static void
detail_from_form(struct ctx *c, struct detail *d, struct valid_errors *e)
{
	const char *v;
	size_t i;

	for (i = 0; i < NFIELDS; i++) {
		v = req_get(&c->req.form, fields[i].column);
		d->v[i] = v != NULL ? v : fields[i].kind == K_BOOL ? "0" : "";
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
