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
 *   POST /admin/reviewers/import   many at once from CSV lines
 *   GET  /admin/calendar    the school's closure days
 *   POST /admin/calendar    import closure days from CSV lines
 *   POST /admin/calendar/ics  import them from an iCalendar file
 *   GET  /admin/cycles      cycles per staff group; POST adds one
 *   GET  /admin/cycles/ID   one cycle; POST saves it (version checked)
 *   GET  /admin/staff       staff details, a page at a time
 *   GET  /admin/staff/ID    one person's details; POST saves them
 *   GET  /admin/staff/import, POST: the whole staff list from CSV
 *   GET  /admin/change-reviewer/ID  a reviewee asks for a different
 *                           reviewer; POST sends the request
 *   GET  /admin/reviewer-requests   the head's list of requests
 *   GET  /admin/reviewer-requests/ID  one request; POST decides it
 *
 * Every import is all or nothing: every line is checked first, each
 * fault named by line (and column), and nothing is written unless all
 * are good; then everything is written in one transaction.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "admin.h"
#include "calendar.h"
#include "model/policy.h"
#include "model/school_conf.h"
#include "role.h"

/* The head decides reviewer changes: how many wait. */
static enum db_status
admin_index_requests(struct ctx *c)
{
	struct db_param p[1] = { DB_INT(c->actor->school_id) };
	struct db_result r;
	enum db_status st;

	if ((st = db_query(c->db, c->arena, SQL_RR_PENDING_COUNT, p, 1, &r)) != DB_OK)
		return st;
	tmpl_set(c->hdf, "Admin.CanDecide", "1");
	tmpl_set(c->hdf, "Admin.Waiting", db_val(&r, 0, 0));
	return DB_OK;
}

static int
admin_index(struct ctx *c)
{
	enum db_status st;

	tmpl_set(c->hdf, "Page.Title", "Set up the appraisal year");
	if (access_route(c->actor, ACCESS_SCHOOL_POLICY).allow)
		tmpl_set(c->hdf, "Admin.CanPolicy", "1");
	if (access_route(c->actor, ACCESS_SCHOOL_ADMIN).allow)
		tmpl_set(c->hdf, "Admin.CanCalendar", "1");
	if (access_route(c->actor, ACCESS_SCHOOL_HEAD).allow &&
	    (st = admin_index_requests(c)) != DB_OK)
		return app_db_status(st);
	return app_render(c, 200, "admin/index.cs");
}

/* How the settings form shows its values: as saved, as typed, or as
 * typed with the saved value beside each that differs (a conflict). */
enum { ADMIN_SAVED, ADMIN_TYPED, ADMIN_TYPED_AND_SAVED };

/* A setting's value as the form labels it (a word's label, yes or no). */
static const char *
admin_setting_label(const struct policy_setting *s, const char *value)
{
	size_t w;

	if (s->kind == POLICY_BOOL)
		return strcmp(value, "1") == 0 ? "Yes" : "No";
	for (w = 0; s->kind == POLICY_WORD && s->words[w] != NULL; w++)
		if (strcmp(s->words[w], value) == 0)
			return s->word_labels[w];
	return value;
}

/* One setting into <prefix>: typed values win over p's. */
static void
admin_setting_hdf(struct ctx *c, const struct policy *p,
    const struct policy_setting *s, int use_typed, const char *prefix)
{
	const char *typed, *pending = policy_pending(s);
	char value[32];
	size_t w;

	policy_show(p, s, value, sizeof(value));
	typed = use_typed ? req_get(&c->req.form, s->column) : NULL;
	tmpl_setf(c->hdf, s->column, "%s.Column", prefix);
	tmpl_setf(c->hdf, s->label, "%s.Label", prefix);
	tmpl_setf(c->hdf, s->hint, "%s.Hint", prefix);
	if (pending != NULL)
		tmpl_setf(c->hdf, arena_printf(c->arena, "Takes effect when %s "
		    "is in Appraisal; until then changing it does nothing.",
		    pending), "%s.Pending", prefix);
	tmpl_setf(c->hdf, s->kind == POLICY_WORD ? "word" :
	    s->kind == POLICY_BOOL ? "bool" :
	    s->kind == POLICY_MONTHDAY ? "monthday" : "number", "%s.Kind",
	    prefix);
	tmpl_setf(c->hdf, typed && strlen(typed) < 64 ? typed : value,
	    "%s.Value", prefix);
	for (w = 0; s->kind == POLICY_WORD && s->words[w] != NULL; w++) {
		tmpl_setf(c->hdf, s->words[w], "%s.Options.%zu.Word", prefix, w);
		tmpl_setf(c->hdf, s->word_labels[w], "%s.Options.%zu.Label",
		    prefix, w);
	}
	/* After a conflict: the saved value beside a different typed one. */
	if (use_typed == ADMIN_TYPED_AND_SAVED && typed != NULL &&
	    strcmp(typed, value) != 0)
		tmpl_setf(c->hdf, admin_setting_label(s, value), "%s.Saved",
		    prefix);
}

/* The settings form, a section a topic (policy_sections). */
static void
admin_settings_hdf(struct ctx *c, const struct policy *p, int use_typed)
{
	const struct policy_setting *s;
	size_t i, k;

	for (i = 0; i < policy_nsections; i++) {
		tmpl_setf(c->hdf, policy_sections[i].title, "Sections.%zu.Title",
		    i);
		tmpl_setf(c->hdf, arena_printf(c->arena, "%zu", i + 1),
		    "Sections.%zu.Index", i);
		for (k = 0; policy_sections[i].columns[k] != NULL; k++)
			if ((s = policy_setting_named(policy_sections[i].columns[k]))
			    != NULL)
				admin_setting_hdf(c, p, s, use_typed, arena_printf(
				    c->arena, "Sections.%zu.Settings.%zu", i, k));
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

	if ((st = school_conf(c->db, c->arena, c->actor->school_id,
	    c->actor->school_config_version, &p, NULL)) != DB_OK)
		return app_db_status(st);
	if (req_get(&c->req.query, "saved") != NULL)
		tmpl_set(c->hdf, "Form.Notice", "Settings saved.");
	return admin_settings_form(c, 200, &p, ADMIN_SAVED);
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
	return admin_settings_form(c, 409, &now, ADMIN_TYPED_AND_SAVED);
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
		return admin_settings_form(c, 400, &p, ADMIN_TYPED);
	}
	if ((st = db_begin(c->db)) != DB_OK)
		return app_db_status(st);
	r = policy_save(c->db, c->actor->school_id, &p, &st);
	if (r == POLICY_SAVE_DB && st != DB_RETRY)
		return app_db_status(st);
	/* Another save at the same moment (a deadlock the server broke) is
	 * a conflict like any other. */
	if (r == POLICY_SAVE_CONFLICT || r == POLICY_SAVE_DB) {
		db_rollback(c->db);
		return admin_settings_conflict(c);
	}
	app_audit(c, "/admin/settings", "ok", "policy settings saved");
	if ((st = db_commit(c->db)) != DB_OK)
		return app_db_status(st);
	return app_redirect(c, "admin/settings?saved=1");
}


/* ---- shared: pages, the school's staff, CSV lines ----------------------- */

const char *
admin_typed(struct ctx *c, const char *field)
{
	const char *v = req_get(&c->req.form, field);

	return v != NULL ? v : "";
}

const char *
admin_import_text(struct ctx *c, const char *field)
{
	const char *v = req_get(&c->req.form, arena_printf(c->arena, "%s_file",
	    field));

	if (v == NULL || *v == '\0')
		v = req_get(&c->req.form, field);
	if (v != NULL && strncmp(v, "\xEF\xBB\xBF", 3) == 0)
		v += 3;
	return v;
}

/* q% for LIKE, with the wildcards and the escape character escaped. */
static const char *
admin_prefix(struct ctx *c, const char *q)
{
	size_t n = strlen(q), i, o = 0;
	char *out = arena_alloc(c->arena, 2 * n + 2);

	if (out == NULL)
		return "%";
	for (i = 0; i < n; i++) {
		if (q[i] == '%' || q[i] == '_' || q[i] == '\\')
			out[o++] = '\\';
		out[o++] = q[i];
	}
	out[o++] = '%';
	out[o] = '\0';
	return out;
}

/* A person's id from a link, 0 when none or not one. */
static long long
admin_page_key(const struct req_list *l, const char *name)
{
	long long id;

	return valid_int(NULL, name, req_get(l, name), 1, 4294967295LL,
	    &id) == 0 ? id : 0;
}

void
admin_page_parse(struct ctx *c, struct admin_page *pg)
{
	const struct req_list *l = c->req.method == REQ_POST ? &c->req.form :
	    &c->req.query;
	const char *q = req_get(l, "q");

	memset(pg, 0, sizeof(*pg));
	pg->q = q != NULL && valid_text(NULL, "q", q, 0, 100, 0, NULL) == 0 ?
	    q : "";
	pg->prefix = admin_prefix(c, pg->q);
	pg->after = admin_page_key(l, "after");
	pg->before = pg->after ? 0 : admin_page_key(l, "before");
	pg->unassigned = req_get(l, "unassigned") != NULL &&
	    strcmp(req_get(l, "unassigned"), "1") == 0;
	pg->total = -1;
}

enum admin_list
admin_page_list(const struct admin_page *pg)
{
	if (*pg->q != '\0')
		return ADMIN_LIST_FILTERED;
	return pg->unassigned ? ADMIN_LIST_UNASSIGNED : ADMIN_LIST_EVERYONE;
}

void
admin_list_cur(struct ctx *c, const char *today, struct db_param *p,
    size_t *n)
{
	size_t g;

	for (g = 0; g < 4; g++) {	/* the four staff groups */
		p[(*n)++] = DB_INT(c->actor->school_id);
		p[(*n)++] = DB_TEXT(today);
		p[(*n)++] = DB_TEXT(today);
	}
}

/* The person three times (LIST_AFTER, LIST_BEFORE). */
static void
admin_page_keyset(const struct admin_page *pg, struct db_param *p, size_t *n)
{
	long long key = pg->before ? pg->before : pg->after;

	p[(*n)++] = DB_INT(key);
	p[(*n)++] = DB_INT(key);
	p[(*n)++] = DB_INT(key);
}

/* LIST_FILTERED. */
static void
admin_page_filtered(struct ctx *c, const struct admin_page *pg,
    struct db_param *p, size_t *n)
{
	long long limit = pg->unassigned ? 1000000 : ADMIN_PER_PAGE + 1;
	int i;

	for (i = 0; i < 2; i++) {	/* the name's start, the family name */
		p[(*n)++] = DB_INT(c->actor->school_id);
		p[(*n)++] = DB_TEXT(i == 0 ? pg->prefix : pg->q);
		admin_page_keyset(pg, p, n);
		p[(*n)++] = DB_INT(limit);
	}
	p[(*n)++] = DB_TEXT(pg->q);
	p[(*n)++] = DB_INT(c->actor->school_id);
	admin_page_keyset(pg, p, n);
	if (pg->assigning)
		p[(*n)++] = DB_INT(pg->unassigned);
}

void
admin_page_params(struct ctx *c, const struct admin_page *pg,
    const char *today, struct db_param *p, size_t *n)
{
	int g;

	switch (admin_page_list(pg)) {
	case ADMIN_LIST_EVERYONE:
		p[(*n)++] = DB_INT(c->actor->school_id);
		admin_page_keyset(pg, p, n);
		break;
	case ADMIN_LIST_UNASSIGNED:
		for (g = 0; g < 4; g++) {	/* LIST_WAITING, a group each */
			p[(*n)++] = DB_INT(c->actor->school_id);
			p[(*n)++] = DB_INT(c->actor->school_id);
			p[(*n)++] = DB_TEXT(today);
			p[(*n)++] = DB_TEXT(today);
			admin_page_keyset(pg, p, n);
		}
		break;
	case ADMIN_LIST_FILTERED:
		admin_page_filtered(c, pg, p, n);
		break;
	}
}

void
admin_page_rows(struct admin_page *pg, const struct db_result *r,
    size_t id_col, size_t name_col)
{
	size_t max = ADMIN_PER_PAGE;

	pg->first = 0;
	pg->n = r->nrows < max ? r->nrows : max;
	if (pg->before != 0) {
		pg->more_before = r->nrows > max;
		pg->first = r->nrows > max ? r->nrows - max : 0;
		pg->more_after = 1;
	} else {
		pg->more_before = pg->after != 0;
		pg->more_after = r->nrows > max;
	}
	if (pg->n > 0) {
		pg->first_id = db_int(r, pg->first, id_col);
		pg->last_id = db_int(r, pg->first + pg->n - 1, id_col);
		pg->first_name = db_val(r, pg->first, name_col);
		pg->last_name = db_val(r, pg->first + pg->n - 1, name_col);
	}
}

/* A link to the list under path with pg's filter and key ("after=ID",
 * "before=ID" or "" for the first page). */
static const char *
admin_page_link(struct ctx *c, const struct admin_page *pg, const char *path,
    const char *key)
{
	const char *q = *pg->q ? arena_printf(c->arena, "&q=%s",
	    req_urlencode(c->arena, pg->q)) : "";
	const char *s = arena_printf(c->arena, "%s%s%s%s", q,
	    pg->unassigned ? "&unassigned=1" : "", *key ? "&" : "", key);

	return *s ? arena_printf(c->arena, "%s?%s", path, s + 1) : path;
}

const char *
admin_page_gone(struct ctx *c, const struct admin_page *pg, const char *path)
{
	if (c->req.method != REQ_GET || pg->n > 0 ||
	    (pg->after == 0 && pg->before == 0))
		return NULL;
	return admin_page_link(c, pg, path, "");
}

void
admin_page_hdf(struct ctx *c, const struct admin_page *pg, const char *base)
{
	tmpl_set(c->hdf, "List.Q", pg->q);
	if (pg->unassigned)
		tmpl_set(c->hdf, "List.Unassigned", "1");
	if (pg->total >= 0)
		tmpl_set_int(c->hdf, "List.Total", pg->total);
	tmpl_set_int(c->hdf, "List.Shown", (long long)pg->n);
	if (pg->n > 0) {
		tmpl_set(c->hdf, "List.FirstName", pg->first_name);
		tmpl_set(c->hdf, "List.LastName", pg->last_name);
	}
	if (pg->more_before) {
		tmpl_set(c->hdf, "List.Start", admin_page_link(c, pg, base, ""));
		tmpl_set(c->hdf, "List.Prev", admin_page_link(c, pg, base,
		    arena_printf(c->arena, "before=%lld", pg->first_id)));
	}
	if (pg->more_after)
		tmpl_set(c->hdf, "List.Next", admin_page_link(c, pg, base,
		    arena_printf(c->arena, "after=%lld", pg->last_id)));
	tmpl_set_int(c->hdf, "List.After", pg->after);
	tmpl_set_int(c->hdf, "List.Before", pg->before);
}

void
admin_choices_hdf(struct ctx *c, const struct db_result *r, long long listed)
{
	size_t i;

	if (listed > ADMIN_CHOICES_MAX || r->nrows > ADMIN_CHOICES_MAX) {
		tmpl_set(c->hdf, "Reviewers.Typed", "1");
		return;
	}
	for (i = 0; i < r->nrows; i++) {
		tmpl_setf(c->hdf, db_val(r, i, 0), "Reviewers.List.%zu.Id", i);
		tmpl_setf(c->hdf, db_val(r, i, 1), "Reviewers.List.%zu.Name", i);
		tmpl_setf(c->hdf, db_val(r, i, 2), "Reviewers.List.%zu.Login", i);
	}
}

enum db_status
admin_staff_choices(struct ctx *c)
{
	struct db_param p[1] = { DB_INT(c->actor->school_id) };
	struct db_result r;
	enum db_status st;

	if ((st = db_query(c->db, c->arena, SQL_STAFF_NAMES, p, 1, &r)) != DB_OK)
		return st;
	admin_choices_hdf(c, &r, 0);
	return DB_OK;
}

enum db_status
admin_staff_named(struct ctx *c, const char *value, struct db_result *r)
{
	struct db_param p[2];
	long long id;

	r->nrows = 0;
	if (value == NULL || *value == '\0' ||
	    valid_text(NULL, "", value, 1, 256, 0, NULL) == -1)
		return DB_OK;
	p[1] = DB_INT(c->actor->school_id);
	if (valid_int(NULL, "", value, 1, 4294967295LL, &id) == 0) {
		p[0] = DB_INT(id);
		return db_query(c->db, c->arena, SQL_STAFF_IN_SCHOOL, p, 2, r);
	}
	p[0] = DB_TEXT(value);
	return db_query(c->db, c->arena, SQL_STAFF_BY_LOGIN, p, 2, r);
}

static int
admin_person_cmp(const void *a, const void *b)
{
	return strcasecmp(((const struct admin_person *)a)->login,
	    ((const struct admin_person *)b)->login);
}

enum db_status
admin_roster_load(struct ctx *c, struct admin_roster *ro)
{
	struct db_param p[1] = { DB_INT(c->actor->school_id) };
	struct db_result r;
	enum db_status st;
	size_t i;

	ro->n = 0;
	if ((st = db_query(c->db, c->arena, SQL_SCHOOL_STAFF, p, 1, &r)) != DB_OK)
		return st;
	if ((ro->v = arena_alloc(c->arena, (r.nrows + 1) *
	    sizeof(*ro->v))) == NULL)
		return DB_ERROR;
	for (i = 0; i < r.nrows; i++) {
		ro->v[i].id = db_int(&r, i, 0);
		ro->v[i].login = db_val(&r, i, 1);
		ro->v[i].name = db_val(&r, i, 2);
		ro->v[i].roles = role_parse(db_val(&r, i, 3));
	}
	ro->n = r.nrows;
	qsort(ro->v, ro->n, sizeof(*ro->v), admin_person_cmp);
	return DB_OK;
}

const struct admin_person *
admin_roster_find(const struct admin_roster *ro, const char *login)
{
	struct admin_person key = { .login = login };

	if (login == NULL || *login == '\0' || ro->n == 0)
		return NULL;
	return bsearch(&key, ro->v, ro->n, sizeof(*ro->v), admin_person_cmp);
}

int
admin_lines(struct ctx *c, const char *field, const char *missing,
    struct admin_lines *out, struct valid_errors *e)
{
	const char *v = admin_import_text(c, field);
	char *text, *line, *next;
	size_t lineno = 0;

	out->n = 0;
	if (valid_text(e, field, v, 1, 1000000, 1, missing) == -1 ||
	    (text = arena_strdup(c->arena, v)) == NULL)
		return -1;
	out->text = arena_alloc(c->arena, ADMIN_IMPORT_LINES * sizeof(char *));
	out->number = arena_alloc(c->arena, ADMIN_IMPORT_LINES * sizeof(size_t));
	if (out->text == NULL || out->number == NULL)
		return -1;
	for (line = text; line != NULL; line = next) {
		lineno++;
		if ((next = strchr(line, '\n')) != NULL)
			*next++ = '\0';
		line[strcspn(line, "\r")] = '\0';
		if (*line == '\0' || *line == '#')
			continue;
		if (out->n == ADMIN_IMPORT_LINES) {
			valid_add(e, field, "There are too many lines: import at "
			    "most 5000 at once. Nothing was imported.");
			return -1;
		}
		out->text[out->n] = line;
		out->number[out->n++] = lineno;
	}
	return 0;
}

void
admin_line_error(struct ctx *c, struct valid_errors *e, const char *field,
    size_t line, const char *message)
{
	valid_add(e, field, arena_printf(c->arena, "Line %zu: %s", line,
	    message));
}

void
admin_import_refused(struct ctx *c, const struct valid_errors *e,
    const char *field)
{
	const char *typed = admin_import_text(c, field);

	app_form_errors(c, e);
	tmpl_setf(c->hdf, typed ? typed : "", "Typed.%s", field);
	tmpl_setf(c->hdf, e->n > VALID_ERRORS_MAX ? arena_printf(c->arena,
	    "%zu problems (the first %d are listed). Nothing was imported.",
	    e->n, VALID_ERRORS_MAX) : e->n == 1 ? arena_printf(c->arena,
	    "%s. Nothing was imported.", e->items[0].message) :
	    arena_printf(c->arena, "%zu problems, listed at the top of the "
	    "page. Nothing was imported.", e->n), "Form.Error.%s", field);
}

static const struct app_route routes[] = {
	{ REQ_GET, "/admin", ACCESS_SCHOOL_ADMIN, admin_index },
	{ REQ_GET, "/admin/", ACCESS_SCHOOL_ADMIN, admin_index },
	{ REQ_GET, "/admin/settings", ACCESS_SCHOOL_POLICY, admin_settings_get },
	{ REQ_POST, "/admin/settings", ACCESS_SCHOOL_POLICY, admin_settings_post },
	{ REQ_GET, "/admin/reviewers", ACCESS_SCHOOL_POLICY, admin_reviewers_get },
	{ REQ_POST, "/admin/reviewers", ACCESS_SCHOOL_POLICY, admin_reviewers_post },
	{ REQ_POST, "/admin/reviewers/import", ACCESS_SCHOOL_POLICY,
	    admin_reviewers_import },
	{ REQ_GET, "/admin/calendar", ACCESS_SCHOOL_ADMIN, admin_calendar_get },
	{ REQ_POST, "/admin/calendar", ACCESS_SCHOOL_ADMIN, admin_calendar_post },
	{ REQ_POST, "/admin/calendar/ics", ACCESS_SCHOOL_ADMIN, admin_calendar_ics },
	{ REQ_GET, "/admin/cycles", ACCESS_SCHOOL_ADMIN, admin_cycles_get },
	{ REQ_POST, "/admin/cycles", ACCESS_SCHOOL_ADMIN, admin_cycles_post },
	{ REQ_GET, "/admin/cycles/#", ACCESS_SCHOOL_ADMIN, admin_cycle_get },
	{ REQ_POST, "/admin/cycles/#", ACCESS_SCHOOL_ADMIN, admin_cycle_post },
	{ REQ_GET, "/admin/staff", ACCESS_SCHOOL_POLICY, admin_staff_get },
	{ REQ_GET, "/admin/staff/import", ACCESS_SCHOOL_POLICY,
	    admin_staff_import_get },
	{ REQ_POST, "/admin/staff/import", ACCESS_SCHOOL_POLICY,
	    admin_staff_import },
	{ REQ_GET, "/admin/staff/#", ACCESS_SCHOOL_POLICY, admin_staff_one_get },
	{ REQ_POST, "/admin/staff/#", ACCESS_SCHOOL_POLICY, admin_staff_one_post },
	{ REQ_GET, "/admin/change-reviewer/#", ACCESS_STAFF, admin_change_get },
	{ REQ_POST, "/admin/change-reviewer/#", ACCESS_STAFF, admin_change_post },
	{ REQ_GET, "/admin/reviewer-requests", ACCESS_SCHOOL_HEAD,
	    admin_requests_get },
	{ REQ_GET, "/admin/reviewer-requests/#", ACCESS_SCHOOL_HEAD,
	    admin_request_get },
	{ REQ_POST, "/admin/reviewer-requests/#", ACCESS_SCHOOL_HEAD,
	    admin_request_post },
};

static const struct app_def def = {
	"admin", routes, sizeof(routes) / sizeof(routes[0])
};

int
main(int argc, char **argv)
{
	return app_main(&def, argc, argv);
}
