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

/* The name failures count under: jsmith, JSmith, SCHOOL\jsmith and
 * jsmith@school.example are one person (directory_user_key()). */
static const char *
login_key(struct ctx *c, const char *user)
{
	struct directory_conf dc;
	char key[DIRECTORY_USER_MAX + 1];
	const char *copy;

	app_directory_conf(c->conf, &dc);
	directory_user_key(&dc, user, key, sizeof(key));
	copy = arena_strdup(c->arena, key);
	return copy != NULL ? copy : user;
}

static int
login_throttled(struct ctx *c, const char *user, int *locked)
{
	long long window = conf_int(c->conf, "Login.LockMinutes") * 60;
	enum db_status st;
	int by_addr = 0;

	st = throttle_check(c->db, c->arena, THROTTLE_USER, login_key(c, user),
	    c->now, conf_int(c->conf, "Login.MaxFailuresPerUser"), window,
	    locked);
	if (st == DB_OK && !*locked)
		st = throttle_check(c->db, c->arena, THROTTLE_ADDRESS,
		    c->req.remote_addr, c->now,
		    conf_int(c->conf, "Login.MaxFailuresPerAddress"), window,
		    &by_addr);
	*locked = *locked || by_addr;
	return app_db_status(st);
}

/* A refused log-in: counted for the throttle, audited with the reason,
 * the form again with the name kept and message beside the password. */
static int
login_refused(struct ctx *c, const char *user, int status,
    const char *message, const char *reason)
{
	long long window = conf_int(c->conf, "Login.LockMinutes") * 60;
	enum db_status st;

	st = throttle_fail(c->db, THROTTLE_USER, login_key(c, user), c->now,
	    window);
	if (st == DB_OK)
		st = throttle_fail(c->db, THROTTLE_ADDRESS, c->req.remote_addr,
		    c->now, window);
	if (st != DB_OK)
		return app_db_status(st);
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
    long long school)
{
	char token[TOKEN_HEX_LEN + 1], csrf[TOKEN_HEX_LEN + 1];
	struct db_param pid[1] = { DB_INT(id) };
	const char *next = login_next(c, req_get(&c->req.form, "next"));
	enum db_status st;

	session_destroy(c->db, app_cookie(c, SESSION_COOKIE));
	if ((st = session_create(c->db, id, c->req.remote_addr, c->now, token,
	    csrf)) != DB_OK ||
	    (st = db_exec(c->db, SQL_STAFF_LOGGED_IN, pid, 1, NULL)) != DB_OK ||
	    (st = throttle_clear(c->db, THROTTLE_USER, login_key(c, p->login)))
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

static int
login_post(struct ctx *c)
{
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
	if ((rc = login_throttled(c, user, &locked)) != 0)
		return rc;
	if (locked) {
		login_audit(c, user, 0, 0, "login", "refused", "throttled");
		c->resp.retry_after = "900";
		return app_error(c, 429, "There have been too many failed "
		    "log-ins for this name or from this computer. Wait 15 "
		    "minutes and try again, or ask IT to check your account.");
	}
	app_directory_conf(c->conf, &dc);
	switch ((dr = directory_login(&dc, user, password, &p))) {
	case DIRECTORY_OK:
		break;
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
		rc = login_start(c, &p, id, school);
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
