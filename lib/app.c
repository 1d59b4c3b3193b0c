#include <fcgiapp.h>

#include <ctype.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "app.h"
#include "audit.h"
#include "calendar.h"
#include "role.h"
#include "valid.h"

#define APP_ARENA_CAP (16u * 1024 * 1024)
#define APP_PAGE_MAX (8u * 1024 * 1024)

static const struct {
	int		 status;
	const char	*title;
	const char	*message;
} app_errors[] = {
	{ 400, "Bad request", "The request could not be understood. Go back "
	    "and try again." },
	{ 403, "Not allowed", "You do not have access to this page. If you "
	    "think you should, ask your headteacher." },
	{ 404, "Page not found", "There is no page at this address. Check the "
	    "address, or start again from your dashboard." },
	{ 405, "Not allowed", "This page cannot be used that way." },
	{ 409, "Changed by someone else", "Someone else saved a change while "
	    "you were editing. Nothing of yours was saved; reload the page to "
	    "see their change." },
	{ 413, "Too large", "What you sent is larger than Appraisal accepts. "
	    "Nothing was saved." },
	{ 415, "Not accepted", "This kind of form submission is not "
	    "accepted." },
	{ 429, "Too many attempts", "There have been too many attempts. Wait "
	    "a few minutes and try again." },
	{ 500, "Something went wrong", "Something went wrong on our side and "
	    "nothing was saved. Try again; if it keeps happening, tell IT." },
	{ 503, "Service unavailable", "Appraisal cannot reach its database "
	    "just now. Nothing was saved. Try again in a minute; if it keeps "
	    "happening, tell IT." },
};

static size_t
app_error_index(int status)
{
	size_t i;

	for (i = 0; i < sizeof(app_errors) / sizeof(app_errors[0]); i++)
		if (app_errors[i].status == status)
			return i;
	return 8;	/* 500 */
}

/* ---- configuration ---------------------------------------------------- */

int
app_conf_load(struct conf *c, const char *path, const char *admin_path,
    char *err, size_t errsz)
{
	conf_init(c);
	if (conf_load(c, path, err, errsz) == -1)
		return -1;
	if (admin_path != NULL && conf_load(c, admin_path, err, errsz) == -1)
		return -1;
	return conf_check(c, err, errsz);
}

void
app_db_conf(const struct conf *c, int admin, struct db_conf *d)
{
	d->host = conf_str(c, "Database.Host");
	d->port = (unsigned int)conf_int(c, "Database.Port");
	d->socket = conf_str(c, "Database.Socket");
	d->name = conf_str(c, "Database.Name");
	d->user = conf_str(c, "Database.User");
	d->password = conf_str(c, "Database.Password");
	d->connect_timeout = (unsigned int)conf_int(c, "Database.ConnectTimeout");
	d->timeout = (unsigned int)conf_int(c, "Database.Timeout");
	if (admin && conf_isset(c, "Admin.Database.User")) {
		d->user = conf_str(c, "Admin.Database.User");
		d->password = conf_str(c, "Admin.Database.Password");
	}
}

/* Settings whose default differs with Directory.ActiveDirectory = true
 * (NestedGroups too: it defaults to ActiveDirectory). */
static const struct {
	const char	*name;
	const char	*ad;
} app_ad_defaults[] = {
	{ "Directory.ObjectClass", "user" },
	{ "Directory.Attr.Login", "sAMAccountName" },
	{ "Directory.Attr.UPN", "userPrincipalName" },
	{ "Directory.Attr.School", "company" },
	{ "Directory.GroupObjectClass", "group" },
	{ "Directory.UserFilter", "(objectCategory=person)" },
};

/* A directory setting: as set, else the AD default when AD, else the
 * table's default. */
static const char *
app_dir_str(const struct conf *c, const char *name, int ad)
{
	size_t i;

	if (ad && !conf_isset(c, name))
		for (i = 0; i < sizeof(app_ad_defaults) /
		    sizeof(app_ad_defaults[0]); i++)
			if (strcmp(app_ad_defaults[i].name, name) == 0)
				return app_ad_defaults[i].ad;
	return conf_str(c, name);
}

void
app_directory_conf(const struct conf *c, struct directory_conf *d)
{
	int ad = (int)conf_int(c, "Directory.ActiveDirectory");

	d->uri = conf_str(c, "Directory.Uri");
	d->bind_dn = conf_str(c, "Directory.BindDN");
	d->bind_password = conf_str(c, "Directory.BindPassword");
	d->base = conf_str(c, "Directory.Base");
	d->group_base = conf_str(c, "Directory.GroupBase");
	d->upn_suffix = conf_str(c, "Directory.UPNSuffix");
	d->object_class = app_dir_str(c, "Directory.ObjectClass", ad);
	d->attr_login = app_dir_str(c, "Directory.Attr.Login", ad);
	d->attr_name = conf_str(c, "Directory.Attr.Name");
	d->attr_mail = conf_str(c, "Directory.Attr.Mail");
	d->attr_title = conf_str(c, "Directory.Attr.Title");
	d->attr_school = app_dir_str(c, "Directory.Attr.School", ad);
	d->attr_id = conf_str(c, "Directory.Attr.Id");
	d->starttls = conf_starttls(c);
	d->ca_file = conf_str(c, "Directory.CAFile");
	if (*d->ca_file == '\0')
		d->ca_file = NULL;
	d->network_timeout = (int)conf_int(c, "Directory.NetworkTimeout");
	d->timeout = (int)conf_int(c, "Directory.Timeout");
	d->ad = ad;
	d->group_class = app_dir_str(c, "Directory.GroupObjectClass", ad);
	d->nested_groups = conf_isset(c, "Directory.NestedGroups") ?
	    (int)conf_int(c, "Directory.NestedGroups") : ad;
	d->attr_upn = app_dir_str(c, "Directory.Attr.UPN", ad);
	d->domain = conf_str(c, "Directory.Domain");
	d->user_filter = app_dir_str(c, "Directory.UserFilter", ad);
	d->page_size = (int)conf_int(c, "Directory.PageSize");
}

/* ---- helpers for handlers --------------------------------------------- */

const char *
app_url(struct ctx *c, const char *path)
{
	const char *u = arena_printf(c->arena, "%s%s", c->app->prefix, path);

	return u ? u : c->app->prefix;
}

int
app_render(struct ctx *c, int status, const char *page)
{
	buf_reset(&c->app->body);
	/* Every 4xx/5xx page shows the request's id (error.cs in its text,
	 * any other page, such as a form sent back with its errors, in
	 * the layout's footer), as in the log lines of the request. */
	tmpl_set(c->hdf, "Error.RequestId", c->request_id);
	if (status >= 400 && strcmp(page, "error.cs") != 0)
		tmpl_set(c->hdf, "Page.RequestId", c->request_id);
	if (tmpl_render(c->hdf, page, &c->app->body) == -1) {
		buf_reset(&c->app->body);
		return 500;
	}
	c->resp.status = status;
	c->rendered = 1;
	return 0;
}

int
app_redirect(struct ctx *c, const char *path)
{
	c->resp.status = 303;
	c->resp.location = path[0] == '/' ? path : app_url(c, path);
	buf_reset(&c->app->body);
	c->rendered = 1;
	return 0;
}

int
app_error(struct ctx *c, int status, const char *message)
{
	size_t i = app_error_index(status);

	tmpl_set(c->hdf, "Page.Title", app_errors[i].title);
	tmpl_set_int(c->hdf, "Error.Status", status);
	tmpl_set(c->hdf, "Error.Title", app_errors[i].title);
	tmpl_set(c->hdf, "Error.Message", message ? message :
	    app_errors[i].message);
	if (app_render(c, status, "error.cs") != 0) {
		/* Last resort: a plain page that needs no template. */
		buf_reset(&c->app->body);
		buf_puts(&c->app->body, "<!doctype html><title>Error</title>"
		    "<p>Something went wrong. Nothing was saved.</p>\n"
		    "<p>Request id ");
		buf_puts(&c->app->body, c->request_id);	/* [A-Za-z0-9@_-] */
		buf_puts(&c->app->body, "</p>\n");
		c->resp.status = status;
		c->rendered = 1;
	}
	return APP_DONE;
}

int
app_refuse(struct ctx *c, const char *reason)
{
	db_rollback(c->db);
	app_audit_record(c, "appraisal", c->ids[0], c->req.path, "refused",
	    reason);
	return 403;
}

int
app_not_now(struct ctx *c, const char *reason, const char *message)
{
	app_refuse(c, reason);
	return app_error(c, 409, message);
}

void
app_keep_typed(struct ctx *c, const char *skip)
{
	size_t i;

	for (i = 0; i < c->req.form.n; i++)
		if (strcmp(c->req.form.v[i].key, "csrf") != 0 &&
		    strlen(c->req.form.v[i].key) < 32 && (skip == NULL ||
		    strncmp(c->req.form.v[i].key, skip, strlen(skip)) != 0))
			tmpl_setf(c->hdf, c->req.form.v[i].val, "Typed.%s",
			    c->req.form.v[i].key);
}

void
app_form_errors(struct ctx *c, const struct valid_errors *e)
{
	size_t i, n = e->n < VALID_ERRORS_MAX ? e->n : VALID_ERRORS_MAX;

	for (i = 0; i < n; i++) {
		tmpl_setf(c->hdf, e->items[i].field, "Form.Errors.%zu.Field", i);
		tmpl_setf(c->hdf, e->items[i].message, "Form.Errors.%zu.Message", i);
		tmpl_setf(c->hdf, e->items[i].message, "Form.Error.%s",
		    e->items[i].field);
	}
}

void
app_audit(struct ctx *c, const char *action, const char *result,
    const char *reason)
{
	struct audit_event e = {
		.actor_id = c->actor ? c->actor->id : 0,
		.actor_login = c->actor ? c->actor->login : "",
		.school_id = c->actor ? c->actor->school_id : 0,
		.action = action,
		.record_type = "route",
		.result = result,
		.reason = reason,
		.address = c->req.remote_addr,
	};

	audit_write(c->db, &e);
}

/* An event about one record with the request's actor and address. */
static struct audit_event
app_audit_event(struct ctx *c, const char *record_type, long long id,
    const char *action, const char *result, const char *reason)
{
	struct audit_event e = {
		.actor_id = c->actor ? c->actor->id : 0,
		.actor_login = c->actor ? c->actor->login : "",
		.school_id = c->actor ? c->actor->school_id : 0,
		.action = action,
		.record_type = record_type,
		.record_id = id,
		.result = result,
		.reason = reason,
		.address = c->req.remote_addr,
	};

	return e;
}

enum db_status
app_audit_record(struct ctx *c, const char *record_type, long long id,
    const char *action, const char *result, const char *reason)
{
	struct audit_event e = app_audit_event(c, record_type, id, action,
	    result, reason);

	return audit_write(c->db, &e);
}

enum db_status
app_audit_records(struct ctx *c, const char *record_type,
    const long long *ids, const char *const *reasons, size_t n,
    const char *action, const char *result)
{
	struct audit_event e[AUDIT_BATCH_MAX];
	size_t i;

	for (i = 0; i < n && i < AUDIT_BATCH_MAX; i++)
		e[i] = app_audit_event(c, record_type, ids[i], action, result,
		    reasons[i]);
	return audit_write_batch(c->db, e, n);
}

int
app_audit_failed(struct ctx *c)
{
	c->resp.retry_after = "60";
	return app_error(c, 503, "Appraisal could not record in its audit log "
	    "that this page was opened, so it is not shown. Try again in a "
	    "minute; if it keeps happening, tell IT.");
}

int
app_audit_read(struct ctx *c, unsigned int rels, long long id,
    const char *action, const char *reason)
{
	if ((rels & ACCESS_REL_REVIEWEE) || app_audit_record(c, "appraisal",
	    id, action, "allowed", reason) == DB_OK)
		return 0;
	return app_audit_failed(c);
}

const char *
app_day_label(struct ctx *c, const char *iso)
{
	static const char *const wd[] = { "", "Mon", "Tue", "Wed", "Thu", "Fri",
	    "Sat", "Sun" };
	static const char *const mon[] = { "Jan", "Feb", "Mar", "Apr", "May",
	    "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
	long day;
	int y, m, d;

	if (iso == NULL || calendar_parse(iso, &day) == -1 ||
	    calendar_to_ymd(day, &y, &m, &d) == -1)
		return "";
	return arena_printf(c->arena, "%s %d %s %d", wd[calendar_weekday(day)],
	    d, mon[m - 1], y);
}

const char *
app_time_label(struct ctx *c, const char *utc)
{
	char out[CALENDAR_TIME_LABEL_SIZE];

	if (utc == NULL || *utc == '\0')
		return "";
	if (calendar_time_label(utc, out, sizeof(out)) == -1)
		return utc;
	return arena_strdup(c->arena, out);
}

const char *
app_grant_label(struct ctx *c, const char *state, const char *until,
    const char *today)
{
	if (strcmp(state, "requested") == 0)
		return "Waiting for a decision";
	if (strcmp(state, "refused") == 0)
		return "Refused";
	if (strcmp(state, "withdrawn") == 0)
		return "Withdrawn";
	if (strcmp(state, "granted") != 0)
		return "";
	if (until == NULL || *until == '\0')
		return "Granted";
	return arena_printf(c->arena, strcmp(until, today) < 0 ?
	    "Granted until %s (ended)" : "Granted until %s",
	    app_day_label(c, until));
}

void
app_today(const struct ctx *c, char out[11])
{
	time_t t = (time_t)c->now;
	struct tm tm;

	gmtime_r(&t, &tm);
	strftime(out, 11, "%Y-%m-%d", &tm);
}

int
app_db_status(enum db_status s)
{
	switch (s) {
	case DB_OK:
		return 0;
	case DB_UNAVAILABLE:
		return 503;
	case DB_RETRY:
	case DB_DUPLICATE:
		return 409;
	default:
		return 500;
	}
}

/* ---- routing ---------------------------------------------------------- */

/* Match path against pattern; ids get the values of "#" segments. */
static int
app_match(const char *pattern, const char *path, long long *ids, size_t *nids)
{
	const char *p = pattern, *s = path;
	long long v;
	size_t digits;

	*nids = 0;
	while (*p != '\0') {
		if (*p != '#') {
			if (*p++ != *s++)
				return 0;
			continue;
		}
		for (v = 0, digits = 0; s[digits] >= '0' && s[digits] <= '9';
		    digits++)
			v = v * 10 + (s[digits] - '0');
		if (digits == 0 || digits > 18 || s[0] == '0' ||
		    *nids == APP_IDS_MAX)
			return 0;
		ids[(*nids)++] = v;
		s += digits;
		p++;
	}
	return *s == '\0';
}

/* The route for this request, or NULL with *status 404 or 405. */
static const struct app_route *
app_find_route(struct ctx *c, int *status)
{
	const struct app_def *d = c->app->def;
	enum req_method m = c->req.method == REQ_HEAD ? REQ_GET : c->req.method;
	const char *allow = NULL;
	size_t i;

	*status = 404;
	for (i = 0; i < d->nroutes; i++) {
		if (!app_match(d->routes[i].pattern, c->req.path, c->ids, &c->nids))
			continue;
		if (d->routes[i].method == m)
			return &d->routes[i];
		*status = 405;
		allow = d->routes[i].method == REQ_GET ? "GET, HEAD" : "POST";
	}
	c->resp.allow = allow;
	return NULL;
}

/* ---- one request ------------------------------------------------------ */

static long
app_read(void *ctx, char *buf, size_t n)
{
	return FCGX_GetStr(buf, n > 1 << 20 ? 1 << 20 : (int)n, ctx);
}

static int
app_status_of_req(enum req_status s)
{
	static const int map[] = { 200, 400, 413, 415, 405, 500 };

	return (size_t)s < sizeof(map) / sizeof(map[0]) ? map[s] : 400;
}

static void
app_set_common(struct ctx *c)
{
	size_t i, n = 0;

	c->common_set = 1;
	tmpl_set(c->hdf, "Site.Name", conf_str(c->conf, "Site.Name"));
	tmpl_set(c->hdf, "Site.Prefix", c->app->prefix);
	tmpl_set(c->hdf, "Site.Static", app_url(c, "static/"));
	if (c->actor == NULL) {
		tmpl_set(c->hdf, "CSRF", c->login_csrf);
		return;
	}
	tmpl_set(c->hdf, "CSRF", c->sess.csrf);
	tmpl_set(c->hdf, "Actor.Name", c->actor->name);
	tmpl_set(c->hdf, "Actor.Login", c->actor->login);
	tmpl_set(c->hdf, "Actor.Title", c->actor->title);
	tmpl_set(c->hdf, "Actor.Mail", c->actor->mail);
	tmpl_set(c->hdf, "Actor.School", c->actor->school_name);
	for (i = 0; i < role_count; i++)
		if (c->actor->roles & role_table[i].role)
			tmpl_setf(c->hdf, role_table[i].label, "Actor.Roles.%zu",
			    n++);
}

const char *
app_cookie(struct ctx *c, const char *name)
{
	const char *full = name;

	if (c->req.https &&
	    (full = arena_printf(c->arena, HTTP_HOST_PREFIX "%s", name)) == NULL)
		return NULL;
	return req_get(&c->req.cookies, full);
}

/* Behind a TLS-terminating proxy: the request counts as HTTPS when it
 * comes from one of Site.TrustedProxies and their header says https. */
static void
app_proxy_https(struct ctx *c, char **envp)
{
	const char *h = conf_str(c->conf, "Site.TrustedProxyHeader");
	char name[80] = "HTTP_";
	size_t i, n = 5;

	if (c->req.https || *h == '\0')
		return;
	for (i = 0; h[i] != '\0' && n < sizeof(name) - 1; i++, n++)
		name[n] = h[i] == '-' ? '_' : (char)toupper((unsigned char)h[i]);
	name[n] = '\0';
	c->req.https = http_forwarded_https(c->req.remote_addr,
	    conf_str(c->conf, "Site.TrustedProxies"), FCGX_GetParam(name, envp));
}

static int
app_identify(struct ctx *c)
{
	const char *cookie = app_cookie(c, SESSION_COOKIE);
	enum session_result r;
	enum db_status st;

	c->login_csrf = app_cookie(c, SESSION_LOGIN_COOKIE);
	if (c->login_csrf != NULL && !token_valid(c->login_csrf))
		c->login_csrf = NULL;
	if (cookie == NULL)
		return 0;
	r = session_load(c->db, c->arena, cookie, c->now,
	    conf_int(c->conf, "Session.IdleMinutes") * 60,
	    conf_int(c->conf, "Session.MaxHours") * 3600, &c->sess, &st);
	if (r == SESSION_DB)
		return app_db_status(st);
	if (r == SESSION_OK)
		c->actor = &c->sess.actor;
	else	/* gone: forget the cookie */
		http_add_cookie(&c->resp, SESSION_COOKIE, "", c->app->prefix, 0);
	return 0;
}

static int
app_csrf_ok(struct ctx *c)
{
	const char *sent = req_get(&c->req.form, "csrf");
	const char *want = c->actor ? c->sess.csrf : c->login_csrf;

	return sent != NULL && want != NULL && token_valid(sent) &&
	    token_equal(sent, want);
}

/* Not logged in: GET goes to the log-in page and comes back after. */
static int
app_need_login(struct ctx *c)
{
	const char *next;

	if (c->req.method == REQ_POST)
		return app_error(c, 403, "Your session has ended, so this was "
		    "not saved. Log in again, then repeat the change.");
	next = valid_local_path(c->req.uri, c->app->prefix) == 0 ?
	    c->req.uri : c->app->prefix;
	return app_redirect(c, arena_printf(c->arena, "%slogin?next=%s",
	    c->app->prefix, req_urlencode(c->arena, next)));
}

static int
app_dispatch(struct ctx *c)
{
	const struct app_route *rt;
	struct access_decision d;
	int status;

	if ((rt = app_find_route(c, &status)) == NULL)
		return status;
	if ((status = app_identify(c)) != 0)
		return status;
	app_set_common(c);
	d = access_route(c->actor, rt->cap);
	if (!d.allow) {
		if (c->actor == NULL)
			return app_need_login(c);
		app_audit(c, c->req.path, "refused", d.reason);
		return 403;
	}
	if (rt->method == REQ_POST && !app_csrf_ok(c)) {
		app_audit(c, c->req.path, "refused", "CSRF token missing or wrong");
		return app_error(c, 403, "This form has expired or did not come "
		    "from Appraisal. Go back, reload the page and try again.");
	}
	return rt->fn(c);
}

static void
app_send(struct ctx *c, FCGX_Stream *out)
{
	char *head;

	c->resp.debug_queries = c->app->debug_queries ?
	    (int)db_queries(c->db) : -1;
	c->resp.https = c->req.https;
	if ((head = http_head(c->arena, &c->resp)) == NULL) {
		FCGX_PutS("Status: 500 Internal Server Error\r\n"
		    "Content-Type: text/plain\r\n\r\nInternal error\n", out);
		return;
	}
	FCGX_PutS(head, out);
	if (c->req.method != REQ_HEAD && c->app->body.len > 0)
		FCGX_PutStr(c->app->body.p, (int)c->app->body.len, out);
}

static void
app_log_sink(const char *line, size_t len, void *arg)
{
	FCGX_PutStr(line, (int)len, arg);
	FCGX_FFlush(arg);
}

/* One line for every error page, so the id a person reads on it finds
 * the request in Apache's error log; the path without its query. */
static void
app_log_error_page(const struct ctx *c)
{
	if (c->resp.status < 400)
		return;
	fprintf(stderr, "appraisal: error page %d for %s %s%s%s%s\n",
	    c->resp.status, c->req.method_name ? c->req.method_name : "-",
	    c->app->prefix, c->req.path && *c->req.path == '/' ?
	    c->req.path + 1 : "", c->actor ? " by " : "",
	    c->actor ? c->actor->login : "");
}

static void
app_request(struct app *a, FCGX_Request *fr)
{
	struct ctx c;
	enum req_status rs;
	int status;

	memset(&c, 0, sizeof(c));
	log_request_id(FCGX_GetParam("UNIQUE_ID", fr->envp), c.request_id);
	log_request_begin(c.request_id, app_log_sink, fr->err);
	c.app = a;
	c.arena = &a->arena;
	c.db = a->db;
	c.conf = &a->conf;
	c.now = (long long)time(NULL);
	c.resp.status = 200;
	db_count_reset(a->db);
	buf_reset(&a->body);
	if (tmpl_new_hdf(&c.hdf, a->templates) == -1) {
		FCGX_PutS("Status: 500 Internal Server Error\r\n\r\n", fr->out);
		log_request_end();
		return;
	}
	rs = req_read(&c.req, c.arena, fr->envp, a->prefix, &a->limits,
	    app_read, fr->in);
	app_proxy_https(&c, fr->envp);
	status = rs == REQ_OK ? app_dispatch(&c) : app_status_of_req(rs);
	if (status == APP_DONE)
		status = 0;
	if (status == 0 && !c.rendered)
		status = 500;
	if (status != 0) {
		if (!c.common_set)
			app_set_common(&c);
		app_error(&c, status, NULL);
	}
	db_rollback(a->db);		/* a no-op unless a handler left one */
	app_send(&c, fr->out);
	app_log_error_page(&c);
	log_request_end();
	hdf_destroy(&c.hdf);
	arena_reset(&a->arena);
}

/*
 * Times are stored in UTC and shown in the school's time zone (Site.
 * TimeZone, default Europe/London): the process's TZ. A zone the system
 * does not have (no tzdata) would silently show UTC, so it is said once.
 */
void
app_time_zone(const struct conf *c)
{
	const char *zone = conf_str(c, "Site.TimeZone");
	char path[256];
	size_t i;

	for (i = 0; zone[i] != '\0'; i++)
		if (!isalnum((unsigned char)zone[i]) &&
		    strchr("/_+-", zone[i]) == NULL)
			break;
	snprintf(path, sizeof(path), "/usr/share/zoneinfo/%s", zone);
	if (zone[i] != '\0' || strstr(zone, "..") != NULL ||
	    access(path, R_OK) != 0) {
		fprintf(stderr, "appraisal: Site.TimeZone '%s' is not a time zone "
		    "this server knows (is tzdata installed?): times are shown "
		    "in UTC\n", zone);
		zone = "UTC";
	}
	setenv("TZ", zone, 1);
	tzset();
}

static int
app_init(struct app *a, const struct app_def *def)
{
	char err[CONF_ERR_LEN];
	struct db_conf dc;

	memset(a, 0, sizeof(*a));
	a->def = def;
	if (app_conf_load(&a->conf, conf_default_path(), NULL, err,
	    sizeof(err)) == -1) {
		fprintf(stderr, "appraisal: %s: configuration: %s\n", def->name,
		    err);
		return -1;
	}
	app_time_zone(&a->conf);
	if (conf_ldap_transport(&a->conf) == CONF_LDAP_PLAIN_ALLOWED)
		fprintf(stderr, "appraisal: %s: warning: the directory is "
		    "reached over plain ldap:// (Directory.AllowPlainLDAP): "
		    "passwords cross the network unencrypted\n", def->name);
	a->prefix = conf_str(&a->conf, "Site.Prefix");
	a->templates = conf_str(&a->conf, "Site.Templates");
	a->debug_queries = (int)conf_int(&a->conf, "Site.DebugQueries");
	a->limits.max_body = (size_t)conf_int(&a->conf, "Site.MaxBodyBytes");
	a->limits.max_fields = (size_t)conf_int(&a->conf, "Site.MaxFields");
	a->limits.max_field_bytes = (size_t)conf_int(&a->conf,
	    "Site.MaxFieldBytes");
	arena_init(&a->arena, APP_ARENA_CAP);
	buf_init(&a->body, APP_PAGE_MAX);
	app_db_conf(&a->conf, 0, &dc);
	return (a->db = db_new(&dc)) == NULL ? -1 : 0;
}

static void
app_fini(struct app *a)
{
	db_free(a->db);
	buf_free(&a->body);
	arena_free(&a->arena);
	conf_free(&a->conf);
}

int
app_main(const struct app_def *def, int argc, char **argv)
{
	struct app a;
	FCGX_Request fr;

	(void)argc;
	(void)argv;
	signal(SIGPIPE, SIG_IGN);
	log_init(def->name);
	if (app_init(&a, def) == -1)
		return 1;
	if (FCGX_Init() != 0 || FCGX_InitRequest(&fr, 0, 0) != 0) {
		fprintf(stderr, "appraisal: %s: cannot start FastCGI\n", def->name);
		app_fini(&a);
		return 1;
	}
	while (FCGX_Accept_r(&fr) >= 0) {
		app_request(&a, &fr);
		FCGX_Finish_r(&fr);
	}
	FCGX_Free(&fr, 1);
	app_fini(&a);
	return 0;
}

struct app_key
app_key_parse(struct ctx *c, const char *name)
{
	struct app_key k = { 0, NULL };
	const char *v = req_get(&c->req.query, name), *dot;
	char *day;
	long long id;
	int y, m, d;

	if (v == NULL || strlen(v) > 40)
		return k;
	if ((dot = strchr(v, '.')) != NULL) {
		day = arena_strndup(c->arena, v, (size_t)(dot - v));
		if (day == NULL || valid_date(NULL, name, day, &y, &m, &d) != 0)
			return k;
		k.day = day;
		v = dot + 1;
	}
	if (valid_int(NULL, name, v, 1, 4294967295LL, &id) != 0) {
		k.day = NULL;
		return k;
	}
	k.id = id;
	return k;
}

const char *
app_key_str(struct ctx *c, const char *day, const char *id)
{
	return day != NULL && *day ? arena_printf(c->arena, "%s.%s", day, id) :
	    id;
}

void
app_key_page(struct db_result *r, size_t size, const struct app_key *after,
    int backwards, int *more_before, int *more_after)
{
	size_t i, n = r->nrows > size ? size : r->nrows;

	if (backwards) {
		/* Read backwards: the page is the first rows, reversed. */
		for (i = 0; i < n / 2; i++) {
			struct db_row t = r->rows[i];

			r->rows[i] = r->rows[n - 1 - i];
			r->rows[n - 1 - i] = t;
		}
		*more_before = r->nrows > size;
		*more_after = 1;
	} else {
		*more_before = after->id != 0;
		*more_after = r->nrows > size;
	}
	r->nrows = n;
}
