/*
 * login: the log-in form, log-in and log-out.
 *
 *   GET  /login    the form (sets the pre-log-in CSRF cookie)
 *   POST /login    check the name and password against the directory
 *   GET  /logout   a page with a log-out button
 *   POST /logout   end the session
 */
#include <string.h>

#include "app.h"
#include "audit.h"
#include "model/staff.h"
#include "throttle.h"

#define LOGIN_FAILED "The user name or password is not right. Check them " \
	"and try again."

static const char *
login_next(struct ctx *c, const char *next)
{
	return next != NULL && valid_local_path(next, c->app->prefix) == 0 ?
	    next : NULL;
}

static int
login_form(struct ctx *c, int status)
{
	const char *next = login_next(c, req_get(&c->req.query, "next"));
	char fresh[TOKEN_HEX_LEN + 1];

	if (c->login_csrf == NULL) {
		if (token_new(fresh) == -1)
			return 500;
		c->login_csrf = arena_strdup(c->arena, fresh);
		http_add_cookie(&c->resp, SESSION_LOGIN_COOKIE, c->login_csrf,
		    c->app->prefix, -1);
		tmpl_set(c->hdf, "CSRF", c->login_csrf);
	}
	if (next == NULL)
		next = login_next(c, req_get(&c->req.form, "next"));
	tmpl_set(c->hdf, "Login.Next", next ? next : "");
	tmpl_set(c->hdf, "Page.Title", "Log in");
	return app_render(c, status, "login/form.cs");
}

static int
login_get(struct ctx *c)
{
	if (c->actor != NULL)
		return app_redirect(c, "");
	if (req_get(&c->req.query, "ended") != NULL)
		tmpl_set(c->hdf, "Login.Notice", "You have logged out.");
	else if (req_get(&c->req.query, "next") != NULL)
		tmpl_set(c->hdf, "Login.Notice", "Log in to continue.");
	return login_form(c, 200);
}

/* Record an event of the log-in process in the audit log. */
static void
login_audit(struct ctx *c, const char *login, long long id, long long school,
    const char *action, const char *result, const char *reason)
{
	struct audit_event e = {
		.actor_id = id, .actor_login = login, .school_id = school,
		.action = action, .result = result, .reason = reason,
		.address = c->req.remote_addr,
	};

	audit_write(c->db, &e);
}

/* The form's fields; errors go beside the fields. */
static int
login_fields(struct ctx *c, const char **user, const char **password)
{
	struct valid_errors errs = { .n = 0 };

	*user = req_get(&c->req.form, "user");
	*password = req_get(&c->req.form, "password");
	if (valid_text(&errs, "user", *user, 1, 256, 0,
	    "Enter your user name") == 0 && directory_check_user(*user) == -1)
		valid_add(&errs, "user", "Enter your user name as you type it "
		    "to log on to a school computer");
	if (*password == NULL || **password == '\0')
		valid_add(&errs, "password", "Enter your password");
	else if (strlen(*password) > DIRECTORY_PASSWORD_MAX)
		valid_add(&errs, "password", "The password is too long");
	if (errs.n == 0)
		return 0;
	app_form_errors(c, &errs);
	tmpl_set(c->hdf, "Login.User", *user && strlen(*user) <= 256 &&
	    valid_utf8(*user, strlen(*user)) ? *user : "");
	return -1;
}

/*
 * The log-in throttle (lib/throttle.h). Every attempt is counted before
 * its password is tried: per address first, then per person under the
 * key the directory gives (directory_login_gated()), so "jsmith",
 * "  JSmith" and SCHOOL\jsmith are one person to it.
 */
struct login_gate {
	struct ctx	*c;
	const char	*key;		/* the person's key, once asked */
	int		 locked;
	enum db_status	 st;
};

static long long
login_window(struct ctx *c)
{
	return conf_int(c->conf, "Login.LockMinutes") * 60;
}

static int
login_gate_fn(const char *key, void *arg)
{
	struct login_gate *g = arg;

	g->key = arena_strdup(g->c->arena, key);
	g->st = throttle_hit(g->c->db, THROTTLE_USER, key, g->c->now,
	    conf_int(g->c->conf, "Login.MaxFailuresPerUser"),
	    login_window(g->c), &g->locked);
	return g->st != DB_OK || g->locked;
}

static int
login_address_locked(struct ctx *c, int *locked)
{
	return app_db_status(throttle_hit(c->db, THROTTLE_ADDRESS,
	    c->req.remote_addr, c->now,
	    conf_int(c->conf, "Login.MaxFailuresPerAddress"), login_window(c),
	    locked));
}

static int
login_locked_out(struct ctx *c, const char *user)
{
	login_audit(c, user, 0, 0, "login", "refused", "throttled");
	c->resp.retry_after = "900";
	return app_error(c, 429, "There have been too many failed "
	    "log-ins for this name or from this computer. Wait 15 "
	    "minutes and try again, or ask IT to check your account.");
}

/* A refused log-in (already counted by the throttle): audited with the
 * reason, the form again with the name kept and message beside the
 * password. */
static int
login_refused(struct ctx *c, const char *user, int status,
    const char *message, const char *reason)
{
	login_audit(c, user, 0, 0, "login", "failed", reason);
	tmpl_set(c->hdf, "Login.User", user);
	tmpl_set(c->hdf, "Form.Errors.0.Field", "password");
	tmpl_set(c->hdf, "Form.Errors.0.Message", message);
	tmpl_set(c->hdf, "Form.Error.password", message);
	return login_form(c, status);
}

static int
login_failed(struct ctx *c, const char *user, const char *reason)
{
	return login_refused(c, user, 401, LOGIN_FAILED, reason);
}

/* Start the session: new token, cookie, audit; then go where asked. */
static int
login_start(struct ctx *c, const struct directory_person *p, long long id,
    long long school, const char *key)
{
	char token[TOKEN_HEX_LEN + 1], csrf[TOKEN_HEX_LEN + 1];
	struct db_param pid[1] = { DB_INT(id) };
	const char *next = login_next(c, req_get(&c->req.form, "next"));
	enum db_status st;

	session_destroy(c->db, app_cookie(c, SESSION_COOKIE));
	if ((st = session_create(c->db, id, c->req.remote_addr, c->now, token,
	    csrf)) != DB_OK ||
	    (st = db_exec(c->db, SQL_STAFF_LOGGED_IN, pid, 1, NULL)) != DB_OK ||
	    (st = throttle_clear(c->db, THROTTLE_USER, key)) != DB_OK ||
	    (st = throttle_forgive(c->db, THROTTLE_ADDRESS, c->req.remote_addr))
	    != DB_OK)
		return app_db_status(st);
	session_purge(c->db, c->now, conf_int(c->conf, "Session.IdleMinutes") * 60,
	    conf_int(c->conf, "Session.MaxHours") * 3600);
	login_audit(c, p->login, id, school, "login", "ok", "");
	http_add_cookie(&c->resp, SESSION_COOKIE, arena_strdup(c->arena, token),
	    c->app->prefix, -1);
	http_add_cookie(&c->resp, SESSION_LOGIN_COOKIE, "", c->app->prefix, 0);
	return app_redirect(c, next ? next : "");
}

static int
login_unavailable(struct ctx *c, const char *user)
{
	login_audit(c, user, 0, 0, "login", "failed", "directory unavailable");
	tmpl_set(c->hdf, "Page.Title", "Cannot reach the directory");
	tmpl_set_int(c->hdf, "Error.Status", 503);
	tmpl_set(c->hdf, "Error.Title", "Cannot reach the school directory");
	tmpl_set(c->hdf, "Error.Message", "Appraisal checks your user name and "
	    "password with the school's directory server, and cannot reach it "
	    "just now. Try again in a few minutes; if it keeps happening, tell "
	    "IT.");
	c->resp.retry_after = "60";
	return app_render(c, 503, "error.cs");
}

/* The directory knows this name under another entry than the one the
 * product bound it to: refused and audited, never rebound. */
static int
login_other_entry(struct ctx *c, const struct directory_person *p)
{
	login_audit(c, p->login, 0, 0, "login", "refused", arena_printf(
	    c->arena, "directory entry %s is not the one on record", p->id));
	return app_error(c, 403, "Your account does not match the one "
	    "Appraisal knows under this name. Ask IT to check it before you "
	    "log in.");
}

static int
login_post(struct ctx *c)
{
	struct login_gate g = { .c = c, .st = DB_OK };
	struct directory_gate gate = { login_gate_fn, &g };
	struct directory_conf dc;
	struct directory_person p;
	enum directory_result dr;
	const char *user, *password;
	long long id, school;
	enum staff_result sr;
	enum db_status st;
	int locked, rc;

	if (login_fields(c, &user, &password) == -1)
		return login_form(c, 400);
	if ((rc = login_address_locked(c, &locked)) != 0)
		return rc;
	if (locked)
		return login_locked_out(c, user);
	app_directory_conf(c->conf, &dc);
	switch ((dr = directory_login_gated(&dc, user, password, &gate, &p))) {
	case DIRECTORY_OK:
		break;
	case DIRECTORY_REFUSED_BY_GATE:
		return g.st != DB_OK ? app_db_status(g.st) :
		    login_locked_out(c, user);
	case DIRECTORY_UNAVAILABLE:
		return login_unavailable(c, user);
	case DIRECTORY_BAD_INPUT:
	case DIRECTORY_BAD_CREDENTIALS:
		return login_failed(c, user, "wrong user name or password");
	case DIRECTORY_ERROR:
		return 500;
	default:	/* the directory's reason: disabled, expired, ... */
		if (directory_result_shown(dr) == DIRECTORY_BAD_CREDENTIALS)
			return login_failed(c, user, directory_result_str(dr));
		return login_refused(c, user, 403,
		    directory_result_message(dr), directory_result_str(dr));
	}
	sr = staff_from_directory(c->db, c->arena, c->conf, &p, &id, &school, &st);
	if (sr == STAFF_OK)
		rc = login_start(c, &p, id, school, g.key);
	else if (sr == STAFF_OTHER_ENTRY)
		rc = login_other_entry(c, &p);
	else if (sr == STAFF_NO_SCHOOL) {
		login_audit(c, p.login, 0, 0, "login", "refused", "no school");
		rc = app_error(c, 403, "Your account is not linked to a school "
		    "in Appraisal yet. Ask IT to add your school.");
	} else
		rc = app_db_status(st);
	directory_person_free(&p);
	return rc;
}

static int
logout_get(struct ctx *c)
{
	tmpl_set(c->hdf, "Page.Title", "Log out");
	return app_render(c, 200, "login/logout.cs");
}

static int
logout_post(struct ctx *c)
{
	enum db_status st;

	st = session_destroy(c->db, app_cookie(c, SESSION_COOKIE));
	if (st != DB_OK)
		return app_db_status(st);
	app_audit(c, "logout", "ok", "");
	http_add_cookie(&c->resp, SESSION_COOKIE, "", c->app->prefix, 0);
	return app_redirect(c, "login?ended=1");
}

static const struct app_route routes[] = {
	{ REQ_GET, "/login", ACCESS_PUBLIC, login_get },
	{ REQ_POST, "/login", ACCESS_PUBLIC, login_post },
	{ REQ_GET, "/logout", ACCESS_STAFF, logout_get },
	{ REQ_POST, "/logout", ACCESS_STAFF, logout_post },
};

static const struct app_def def = {
	"login", routes, sizeof(routes) / sizeof(routes[0])
};

int
main(int argc, char **argv)
{
	return app_main(&def, argc, argv);
}
