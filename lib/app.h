/*
 * app: the life of one FastCGI program: read the configuration, then for
 * each request: parse it (req), find its route, find who is asking
 * (session), ask access whether they may, check the CSRF token on every
 * POST, run the handler, and send the page it rendered, or one error page.
 *
 * Contract:
 * - app_main() returns only when the FastCGI socket closes or the
 *   configuration is bad (exit status 1, the reason on stderr).
 * - Routes: a table of { method, pattern, capability, handler }. A pattern
 *   is a path below the site prefix; a segment "#" matches a positive
 *   decimal id (up to 18 digits), stored in ctx->ids. Every POST route is
 *   CSRF-checked before its handler runs: the form's "csrf" field must
 *   equal the session's token or, before log-in, the log-in cookie.
 * - A handler returns 0 after app_render()/app_redirect(), APP_DONE after
 *   app_error(), or an HTTP status (400-503) for the one error page with
 *   its standard message.
 * - Memory: everything per request comes from ctx->arena, reset after the
 *   response; the page is rendered into a buffer first, so an error half-
 *   way sends a clean error page, never half a page.
 * - A database failure anywhere gives the 503 page; a transaction still
 *   open after the handler is rolled back.
 */
#ifndef APPRAISAL_APP_H
#define APPRAISAL_APP_H

#include <stddef.h>

#include "access.h"
#include "arena.h"
#include "buf.h"
#include "conf.h"
#include "db.h"
#include "directory.h"
#include "http.h"
#include "log.h"
#include "req.h"
#include "session.h"
#include "tmpl.h"
#include "valid.h"

#define APP_IDS_MAX 4
/* Returned by a handler (or a helper) when the response is already made,
 * e.g. by app_error(): nothing more to do, and not "success so go on". */
#define APP_DONE (-1)

struct ctx;
typedef int (*app_handler)(struct ctx *);

struct app_route {
	enum req_method	 method;	/* REQ_GET also serves HEAD */
	const char	*pattern;	/* "/", "/login", "/plan/#" */
	enum access_cap	 cap;
	app_handler	 fn;
};

struct app_def {
	const char		*name;		/* program name for logs */
	const struct app_route	*routes;
	size_t			 nroutes;
};

struct app {
	const struct app_def	*def;
	struct conf		 conf;
	struct db		*db;
	struct req_limits	 limits;
	struct arena		 arena;
	struct buf		 body;
	const char		*prefix;
	const char		*templates;
	int			 debug_queries;
};

struct ctx {
	struct app		*app;
	struct req		 req;
	struct arena		*arena;
	HDF			*hdf;
	struct http_resp	 resp;
	struct session		 sess;
	const struct actor	*actor;		/* NULL: not logged in */
	const char		*login_csrf;	/* before log-in */
	long long		 ids[APP_IDS_MAX];
	size_t			 nids;
	struct db		*db;
	const struct conf	*conf;
	long long		 now;
	int			 rendered;
	int			 common_set;
	/* Shown on every error page and put on every log line of the
	 * request (lib/log): Apache's UNIQUE_ID, or one of our own. */
	char			 request_id[LOG_ID_MAX + 1];
};

int		 app_main(const struct app_def *, int argc, char **argv);

/* Load and check the configuration (and, for the admin tool, a second
 * file of admin credentials). 0, or -1 with the reason in err. */
int		 app_conf_load(struct conf *, const char *path,
		    const char *admin_path, char *err, size_t errsz);
void		 app_db_conf(const struct conf *, int admin, struct db_conf *);
void		 app_directory_conf(const struct conf *, struct directory_conf *);

/* Render templates/<page> inside layout.cs with the given status. */
int		 app_render(struct ctx *, int status, const char *page);
/* 303 to prefix + path (path without the leading '/'), or to an already
 * validated local URL when path starts with '/'. */
int		 app_redirect(struct ctx *, const char *path);
/* The error page with a specific message; returns APP_DONE. */
int		 app_error(struct ctx *, int status, const char *message);
/* prefix + path: "login" -> "/appraisal/login". */
const char	*app_url(struct ctx *, const char *path);
/* Put form errors (field + message) into the HDF as Form.Errors.N. */
void		 app_form_errors(struct ctx *, const struct valid_errors *);
/* A cookie of the request by its base name (SESSION_COOKIE ...): over
 * HTTPS only its __Host- form counts, over HTTP only the plain name. */
const char	*app_cookie(struct ctx *, const char *name);
/* What was typed in the form, as Typed.<field> for the page that comes
 * back with errors: every field but the CSRF token, names of fewer than
 * 32 bytes, and those starting with skip (NULL: none skipped). */
void		 app_keep_typed(struct ctx *, const char *skip);
/* Audit an event with the request's actor and address filled in. */
void		 app_audit(struct ctx *, const char *action, const char *result,
		    const char *reason);
/* Audit an event about one record (record_type, id) with the request's
 * actor and address; returns the database status. */
enum db_status	 app_audit_record(struct ctx *, const char *record_type,
		    long long id, const char *action, const char *result,
		    const char *reason);
/* The same about n records (1 to AUDIT_BATCH_MAX) in one statement:
 * ids[i] with reasons[i]. */
enum db_status	 app_audit_records(struct ctx *, const char *record_type,
		    const long long *ids, const char *const *reasons, size_t n,
		    const char *action, const char *result);
/* The page for a confidential read whose audit record could not be
 * written: 503, nothing of the record shown; returns APP_DONE. Every page
 * that audits a read serves it only once its audit row is written. */
int		 app_audit_failed(struct ctx *);
/* A read of appraisal id by anyone but its reviewee (rels, enum
 * access_rel, without ACCESS_REL_REVIEWEE) is audited as action,
 * "allowed", with reason, before the page is served: 0 when written or
 * not needed, else app_audit_failed()'s APP_DONE. */
int		 app_audit_read(struct ctx *, unsigned int rels, long long id,
		    const char *action, const char *reason);
/*
 * A step on appraisal ids[0] refused: roll back (a refusal writes nothing
 * but its audit record), audit it as "refused" with reason, and answer
 * 403 (app_refuse) or 409 with message, when the appraisal's stage or a
 * limit does not allow it (app_not_now).
 */
int		 app_refuse(struct ctx *, const char *reason);
int		 app_not_now(struct ctx *, const char *reason,
		    const char *message);
/* "Fri 27 Nov 2026" from "2026-11-27", in the arena; "" if not a date. */
/* The process's time zone from Site.TimeZone (at start). */
void		 app_time_zone(const struct conf *);
/* A UTC moment ("YYYY-MM-DD HH:MM:SS") in the school's time, as people
 * read it: "Tue 1 Dec 2026, 13:58" (calendar_time_label()); "" for "" and
 * the text itself when it is not a moment. */
const char	*app_time_label(struct ctx *, const char *utc);
const char	*app_day_label(struct ctx *, const char *iso);
/* A line manager's request for access as people read it: "Waiting for a
 * decision", "Refused", "Withdrawn", "Granted", "Granted until Fri 31 Jul
 * 2027", with "(ended)" once that day is before today; "" for another
 * state. */
const char	*app_grant_label(struct ctx *, const char *state,
		    const char *until, const char *today);
/*
 * A page's place in a list read in the order of a day and an id
 * (keyset pagination): the value of the query parameter `name`,
 * "2026-12-10.1234", or "1234" for a row with no day. id is 0 when the
 * parameter is absent or is not one: the list's first page.
 */
struct app_key {
	long long	 id;		/* 0: none */
	const char	*day;		/* NULL: no day */
};
struct app_key	 app_key_parse(struct ctx *, const char *name);
/* The value app_key_parse() reads, for a row's day ("" none) and id. */
const char	*app_key_str(struct ctx *, const char *day, const char *id);
/*
 * A page of `size` rows from r, the rows a keyset statement read with
 * LIMIT size + 1: after a key (or from the start: after.id 0) in the
 * list's order, or, when `backwards`, before one in the reverse order.
 * r becomes the page in the list's order; whether pages lie before and
 * after it is set.
 */
void		 app_key_page(struct db_result *r, size_t size,
		    const struct app_key *after, int backwards,
		    int *more_before, int *more_after);
/* Today's date (UTC) of this request as YYYY-MM-DD. */
void		 app_today(const struct ctx *, char out[11]);
/* Map a db status to an HTTP status (503 / 409 / 500). */
int		 app_db_status(enum db_status);

#endif
