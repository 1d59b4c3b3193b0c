/*
 * access: line-manager access to a reviewee's plan, and the reviewee's
 * access log.
 *
 *   GET  /access               requests waiting and access running in the
 *                              school (head, PM lead); the staff you line
 *                              manage and where your requests stand
 *   GET  /access/#             one appraisal: its line managers' requests,
 *                              the form to ask (line manager) or to grant,
 *                              refuse and withdraw (head, PM lead)
 *   POST /access/#/request     a line manager asks, with a reason
 *   POST /access/#/decide      grant (optionally until a date) or refuse,
 *                              with a reason
 *   POST /access/#/withdraw    withdraw a grant, with a reason
 *   GET  /access/#/log         the reviewee's access log: who other than
 *                              them opened which part, when, and as what;
 *                              and every line manager's request, why, and
 *                              what was decided, by whom and why
 *
 * Who may do what is access_check()'s (ACCESS_REQUEST_ACCESS,
 * ACCESS_DECIDE_ACCESS, ACCESS_READ_ACCESS_LOG). A refusal is 403, the
 * same for a record of another school or none, and is audited; so is
 * every request, grant, refusal and withdrawal, inside its transaction.
 * Decisions carry the request's version: a request decided meanwhile by
 * someone else is not decided twice (409).
 */
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "audit.h"
#include "model/appraisal.h"

#define ACC_REASON_MAX 2000

struct acc {
	struct access_record	 rec;
	unsigned int		 rels;
	int			 can_decide, can_request, can_read;
	char			 today[11];
	const char		*reviewee, *cycle;
};

static const char *const decisions[] = { "grant", "refuse", NULL };

/* A required reason: text of 1 to ACC_REASON_MAX characters, not only
 * spaces. */
static void
acc_reason(struct valid_errors *e, const char *field, const char *v,
    const char *missing)
{
	const char *s = v;

	while (s != NULL && (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n'))
		s++;
	if (s == NULL || *s == '\0')
		valid_add(e, field, missing);
	else
		valid_text(e, field, v, 1, ACC_REASON_MAX, 1, missing);
}

static void
acc_audit(struct ctx *c, long long id, const char *action, const char *result,
    const char *reason)
{
	struct audit_event e = {
		.actor_id = c->actor->id, .actor_login = c->actor->login,
		.school_id = c->actor->school_id, .action = action,
		.record_type = "appraisal", .record_id = id, .result = result,
		.reason = reason, .address = c->req.remote_addr,
	};

	audit_write(c->db, &e);
}

/* Refused: nothing written but the audit record; 403. */
static int
acc_refuse(struct ctx *c, const char *reason)
{
	db_rollback(c->db);
	acc_audit(c, c->ids[0], c->req.path, "refused", reason);
	return 403;
}

/* May the reader do `want` (or, when want2 is not -1, either) to the
 * appraisal whose facts a->rec holds (found: it exists)? 0, or the
 * refusal's status. */
static int
acc_decide_access(struct ctx *c, struct acc *a, int found,
    enum access_action want, int want2)
{
	struct access_decision d;

	if (!found)
		return acc_refuse(c, "no such record");
	d = access_check(c->actor, want, &a->rec, &a->rels);
	if (!d.allow && want2 >= 0)
		d = access_check(c->actor, (enum access_action)want2, &a->rec, NULL);
	if (!d.allow)
		return acc_refuse(c, d.reason);
	a->can_decide = access_check(c->actor, ACCESS_DECIDE_ACCESS, &a->rec,
	    NULL).allow;
	a->can_read = access_check(c->actor, ACCESS_READ_PLAN, &a->rec,
	    NULL).allow;
	a->can_request = access_check(c->actor, ACCESS_REQUEST_ACCESS, &a->rec,
	    NULL).allow;
	return 0;
}

/* The appraisal's cycle and reviewee (row 0 of r: the name of the cycle,
 * then of the reviewee), into the page. */
static int
acc_appraisal(struct ctx *c, struct acc *a, const struct db_result *r,
    size_t cycle, size_t reviewee)
{
	if (r->nrows != 1)
		return acc_refuse(c, "no such record");
	a->cycle = db_val(r, 0, cycle);
	a->reviewee = db_val(r, 0, reviewee);
	tmpl_set_int(c->hdf, "Acc.Id", a->rec.id);
	tmpl_set(c->hdf, "Acc.Reviewee", a->reviewee);
	tmpl_set(c->hdf, "Acc.Cycle", a->cycle);
	tmpl_set(c->hdf, "Acc.Today", a->today);
	return 0;
}

/* Load appraisal ids[0] for `want` (or, when want2 is not -1, either):
 * the forms' way, a statement at a time. */
static int
acc_load(struct ctx *c, struct acc *a, enum access_action want, int want2)
{
	struct db_param p[1] = { DB_INT(c->ids[0]) };
	struct db_result r;
	enum db_status st;
	int found, rc;

	memset(a, 0, sizeof(*a));
	app_today(c, a->today);
	if ((st = access_load(c->db, c->arena, c->actor, c->ids[0], a->today,
	    &a->rec, &found)) != DB_OK)
		return app_db_status(st);
	if ((rc = acc_decide_access(c, a, found, want, want2)) != 0)
		return rc;
	if ((st = db_query(c->db, c->arena, SQL_APPRAISAL_LOAD, p, 1, &r)) != DB_OK)
		return app_db_status(st);
	return acc_appraisal(c, a, &r, APPRAISAL_COL_CYCLE,
	    APPRAISAL_COL_REVIEWEE);
}

/* The parts of a read page (SQL_ACCESS_PAGE, SQL_ACCESS_LOG_PAGE): the
 * facts, the appraisal, its requests, and the page's own list (extra:
 * its three parameters after the appraisal's twice). One statement; the
 * access is decided on its facts, as acc_load() does. */
enum acc_part { ACC_FACTS, ACC_APPRAISAL, ACC_REQUESTS, ACC_OWN, ACC__PARTS };

static int
acc_load_page(struct ctx *c, struct acc *a, enum sql_id q,
    const struct db_param *extra, enum access_action want, int want2,
    struct db_result *parts)
{
	struct db_param p[ACCESS_FACTS_NPARAMS + 5];
	enum db_status st;
	int found, rc;

	access_facts_params(c->actor, c->ids[0], p);
	p[ACCESS_FACTS_NPARAMS] = p[ACCESS_FACTS_NPARAMS + 1] =
	    DB_INT(c->ids[0]);
	memcpy(p + ACCESS_FACTS_NPARAMS + 2, extra, 3 * sizeof(*p));
	if ((st = db_query_parts(c->db, c->arena, q, p,
	    sizeof(p) / sizeof(p[0]), parts, ACC__PARTS)) != DB_OK)
		return app_db_status(st);
	access_facts(c->arena, &parts[ACC_FACTS], a->today, &a->rec, &found);
	if ((rc = acc_decide_access(c, a, found, want, want2)) != 0)
		return rc;
	return acc_appraisal(c, a, &parts[ACC_APPRAISAL], 0, 1);
}

/* ---- one appraisal's requests ---------------------------------------- */

static void
acc_hdf_requests(struct ctx *c, struct acc *a, const struct db_result *res)
{
	static const char *const f[] = { "Id", "State", "Manager", "Reason",
	    "RequestedAt", "DecidedBy", "DecidedAt", "DecisionReason", "Until",
	    "WithdrawnBy", "WithdrawnAt", "WithdrawalReason", "Version" };
	const struct db_result r = *res;
	size_t i, j, n = 0;

	for (i = 0; i < r.nrows; i++) {
		/* A line manager sees only their own requests; the head, the
		 * PM lead and the reviewee all of them. */
		if (!a->can_decide && !(a->rels & ACCESS_REL_REVIEWEE) &&
		    db_int(&r, i, 13) != c->actor->id)
			continue;
		for (j = 0; j < 13; j++)
			tmpl_setf(c->hdf, j == 8 ? app_day_label(c, db_val(&r, i, j)) :
			    j == 4 || j == 6 || j == 10 ? app_time_label(c,
			    db_val(&r, i, j)) : db_val(&r, i, j), "Requests.%zu.%s",
			    n, f[j]);
		tmpl_setf(c->hdf, app_grant_label(c, db_val(&r, i, 1),
		    db_val(&r, i, 8), a->today), "Requests.%zu.StateLabel", n);
		if (strcmp(db_val(&r, i, 1), "granted") == 0 &&
		    (*db_val(&r, i, 8) == '\0' || strcmp(db_val(&r, i, 8), a->today) >= 0))
			tmpl_setf(c->hdf, "1", "Requests.%zu.Running", n);
		n++;
	}
}

/* A request waiting, or access still running, for this line manager. */
static enum db_status
acc_open(struct ctx *c, struct acc *a, int *open)
{
	struct db_param p[3] = { DB_INT(a->rec.id), DB_INT(c->actor->id),
	    DB_TEXT(a->today) };
	struct db_result r;
	enum db_status st;

	*open = 0;
	if ((st = db_query(c->db, c->arena, SQL_GRANT_OPEN_COUNT, p, 3, &r)) != DB_OK)
		return st;
	*open = db_int(&r, 0, 0) > 0;
	return DB_OK;
}

/* The page of one appraisal's requests; parts: those SQL_ACCESS_PAGE
 * read, or NULL for a form sent back (read here, in its transaction). */
static int
acc_page(struct ctx *c, struct acc *a, int status,
    const struct db_result *parts)
{
	struct db_param p[1] = { DB_INT(a->rec.id) };
	struct db_result r;
	enum db_status st;
	int open = 0;

	if (parts != NULL) {
		acc_hdf_requests(c, a, &parts[ACC_REQUESTS]);
		open = a->can_request && db_int(&parts[ACC_OWN], 0, 0) > 0;
	} else {
		if ((st = db_query(c->db, c->arena, SQL_GRANTS_OF_APPRAISAL, p,
		    1, &r)) != DB_OK || (a->can_request &&
		    (st = acc_open(c, a, &open)) != DB_OK))
			return app_db_status(st);
		acc_hdf_requests(c, a, &r);
	}
	if (open && status == 200)
		tmpl_set(c->hdf, "Acc.Open", "1");
	if (a->can_decide)
		tmpl_set(c->hdf, "Acc.CanDecide", "1");
	if (a->can_request && !a->can_read)
		tmpl_set(c->hdf, "Acc.CanRequest", "1");
	if (a->can_read)
		tmpl_set(c->hdf, "Acc.CanRead", "1");
	tmpl_set(c->hdf, "Page.Title", arena_printf(c->arena,
	    "Access to the plan of %s", a->reviewee));
	return app_render(c, status, "access/appraisal.cs");
}

static int
acc_get(struct ctx *c)
{
	struct acc *a = arena_alloc(c->arena, sizeof(*a));
	const char *done = req_get(&c->req.query, "done");
	struct db_result parts[ACC__PARTS];
	struct db_param own[3];
	int rc;

	if (a == NULL)
		return 500;
	memset(a, 0, sizeof(*a));
	app_today(c, a->today);
	own[0] = DB_INT(c->ids[0]);
	own[1] = DB_INT(c->actor->id);
	own[2] = DB_TEXT(a->today);
	if ((rc = acc_load_page(c, a, SQL_ACCESS_PAGE, own,
	    ACCESS_DECIDE_ACCESS, ACCESS_REQUEST_ACCESS, parts)) != 0)
		return rc;
	if (done != NULL)
		tmpl_set(c->hdf, "Form.Notice", "Saved.");
	return acc_page(c, a, 200, parts);
}

/* Back to the page with the errors and what was typed. */
static int
acc_invalid(struct ctx *c, struct acc *a, const struct valid_errors *e)
{
	db_rollback(c->db);
	app_form_errors(c, e);
	app_keep_typed(c, NULL);
	return acc_page(c, a, 400, NULL);
}

static int
acc_commit(struct ctx *c, struct acc *a)
{
	enum db_status st;

	if ((st = db_commit(c->db)) != DB_OK)
		return app_db_status(st);
	return app_redirect(c, arena_printf(c->arena, "access/%lld?done=1",
	    a->rec.id));
}

static int
acc_request(struct ctx *c)
{
	struct acc *a = arena_alloc(c->arena, sizeof(*a));
	struct valid_errors e = { .n = 0 };
	const char *why = req_get(&c->req.form, "why");
	struct db_param p[5];
	struct db_result r;
	enum db_status st;
	int rc, open;

	if (a == NULL)
		return 500;
	if ((rc = acc_load(c, a, ACCESS_REQUEST_ACCESS, -1)) != 0)
		return rc;
	if (a->can_read)
		return acc_refuse(c, "already reads the plan");
	acc_reason(&e, "why", why, "Say why you need to see the plan");
	if ((st = db_begin(c->db)) != DB_OK || (st = acc_open(c, a, &open)) != DB_OK)
		return app_db_status(st);
	if (open)
		valid_add(&e, "why", "You already have a request waiting for a "
		    "decision, or access that is still running");
	if (e.n > 0)
		return acc_invalid(c, a, &e);
	p[0] = DB_INT(a->rec.id);
	p[1] = DB_INT(a->rec.school_id);
	p[2] = DB_INT(c->actor->id);
	p[3] = DB_INT(c->actor->id);
	p[4] = DB_TEXT(why);
	if ((st = db_exec(c->db, SQL_GRANT_INSERT, p, 5, &r)) != DB_OK)
		return app_db_status(st);
	acc_audit(c, a->rec.id, "access request", "ok", arena_printf(c->arena,
	    "request %llu by a line manager", r.insert_id));
	return acc_commit(c, a);
}

/* The request id and version a decision is about. */
static int
acc_target(struct ctx *c, long long *id, long long *version)
{
	if (valid_int(NULL, "request", req_get(&c->req.form, "request"), 1,
	    4294967295LL, id) == -1 || valid_int(NULL, "version",
	    req_get(&c->req.form, "version"), 1, 4294967295LL, version) == -1)
		return 400;
	tmpl_set_int(c->hdf, "Target", *id);
	return 0;
}

static int
acc_changed(struct ctx *c)
{
	db_rollback(c->db);
	return app_error(c, 409, "This request was decided or changed by "
	    "someone else while you were looking at it, or is no longer open. "
	    "Nothing was saved. Reload the page to see where it stands.");
}

/* One version-checked change to request id in one transaction: the
 * statement, then (if it changed exactly one row) the audit and commit;
 * otherwise someone changed or decided it first (409). */
static int
acc_apply(struct ctx *c, struct acc *a, enum sql_id q, struct db_param *p,
    size_t np, const char *action, const char *detail)
{
	struct db_result r;
	enum db_status st;

	if ((st = db_begin(c->db)) != DB_OK ||
	    (st = db_exec(c->db, q, p, np, &r)) != DB_OK)
		return app_db_status(st);
	if (r.affected != 1)
		return acc_changed(c);
	acc_audit(c, a->rec.id, action, "ok", detail);
	return acc_commit(c, a);
}

static int
acc_decide(struct ctx *c)
{
	struct acc *a = arena_alloc(c->arena, sizeof(*a));
	struct valid_errors e = { .n = 0 };
	const char *until = req_get(&c->req.form, "until");
	const char *why = req_get(&c->req.form, "reason");
	long long id, version;
	struct db_param p[7];
	int rc, dec = 0;

	if (a == NULL)
		return 500;
	if ((rc = acc_load(c, a, ACCESS_DECIDE_ACCESS, -1)) != 0)
		return rc;
	if ((rc = acc_target(c, &id, &version)) != 0)
		return rc;
	if (valid_enum(&e, "decision", req_get(&c->req.form, "decision"),
	    decisions, &dec) == 0 && dec == 1)
		acc_reason(&e, "reason", why, "Give the reason for refusing");
	else
		valid_text(&e, "reason", why, 0, ACC_REASON_MAX, 1, NULL);
	if (dec == 0 && until != NULL && *until != '\0' &&
	    valid_date(&e, "until", until, NULL, NULL, NULL) == 0 &&
	    strcmp(until, a->today) < 0)
		valid_add(&e, "until", "The end date cannot be in the past");
	if (e.n > 0)
		return acc_invalid(c, a, &e);
	if (dec == 1 || (until != NULL && *until == '\0'))
		until = NULL;
	p[0] = DB_TEXT(dec == 0 ? "granted" : "refused");
	p[1] = DB_INT(c->actor->id);
	p[2] = DB_TEXT(why ? why : "");
	p[3] = DB_TEXT_OR_NULL(until);
	p[4] = DB_INT(id);
	p[5] = DB_INT(a->rec.id);
	p[6] = DB_INT(version);
	return acc_apply(c, a, SQL_GRANT_DECIDE, p, 7,
	    dec == 0 ? "access grant" : "access refuse",
	    arena_printf(c->arena, "request %lld%s%s", id,
	    until ? ", until " : "", until ? until : ""));
}

static int
acc_withdraw(struct ctx *c)
{
	struct acc *a = arena_alloc(c->arena, sizeof(*a));
	struct valid_errors e = { .n = 0 };
	const char *why = req_get(&c->req.form, "wreason");
	long long id, version;
	struct db_param p[5];
	int rc;

	if (a == NULL)
		return 500;
	if ((rc = acc_load(c, a, ACCESS_DECIDE_ACCESS, -1)) != 0)
		return rc;
	if ((rc = acc_target(c, &id, &version)) != 0)
		return rc;
	acc_reason(&e, "wreason", why, "Give the reason for withdrawing access");
	if (e.n > 0)
		return acc_invalid(c, a, &e);
	p[0] = DB_INT(c->actor->id);
	p[1] = DB_TEXT(why);
	p[2] = DB_INT(id);
	p[3] = DB_INT(a->rec.id);
	p[4] = DB_INT(version);
	return acc_apply(c, a, SQL_GRANT_WITHDRAW, p, 5, "access withdraw",
	    arena_printf(c->arena, "request %lld", id));
}

/* A line manager takes back their own request while it waits. */
static int
acc_cancel(struct ctx *c)
{
	struct acc *a = arena_alloc(c->arena, sizeof(*a));
	long long id, version;
	struct db_param p[5];
	int rc;

	if (a == NULL)
		return 500;
	if ((rc = acc_load(c, a, ACCESS_REQUEST_ACCESS, -1)) != 0)
		return rc;
	if (a->can_read)
		return acc_refuse(c, "already reads the plan");
	if ((rc = acc_target(c, &id, &version)) != 0)
		return rc;
	p[0] = DB_INT(c->actor->id);
	p[1] = DB_INT(id);
	p[2] = DB_INT(a->rec.id);
	p[3] = DB_INT(c->actor->id);
	p[4] = DB_INT(version);
	return acc_apply(c, a, SQL_GRANT_CANCEL, p, 5,
	    "access request taken back",
	    arena_printf(c->arena, "request %lld", id));
}

/* ---- the reviewee's access log ----------------------------------------- */

/* "read plan" -> "Planning statement"; "read plan version 2" -> "...,
 * version 2"; "read observations" -> "Observation records"; anything else
 * as recorded. */
static const char *
acc_part(struct ctx *c, const char *action)
{
	static const char v[] = "read plan version ";

	if (strcmp(action, "read plan") == 0)
		return "Planning statement";
	if (strcmp(action, "read observations") == 0)
		return "Observation records";
	if (strncmp(action, v, sizeof(v) - 1) == 0)
		return arena_printf(c->arena, "Planning statement, version %s",
		    action + sizeof(v) - 1);
	return action;
}

#define ACC_LOG_PAGE 100

static int
acc_log(struct ctx *c)
{
	struct acc *a = arena_alloc(c->arena, sizeof(*a));
	const char *before = req_get(&c->req.query, "before");
	long long from = 9223372036854775807LL;
	struct db_result parts[ACC__PARTS], r;
	struct db_param own[3];
	size_t i;
	int rc;

	if (a == NULL)
		return 500;
	memset(a, 0, sizeof(*a));
	app_today(c, a->today);
	/* A bad "before" is 400 once access is decided (a refusal stays 403). */
	if (before != NULL && valid_int(NULL, "before", before, 1,
	    9223372036854775807LL, &from) == -1)
		from = -1;
	own[0] = own[1] = DB_INT(c->ids[0]);
	own[2] = DB_INT(from);
	if ((rc = acc_load_page(c, a, SQL_ACCESS_LOG_PAGE, own,
	    ACCESS_READ_ACCESS_LOG, -1, parts)) != 0)
		return rc;
	if (from == -1)
		return 400;
	r = parts[ACC_OWN];
	for (i = 0; i < r.nrows; i++) {
		tmpl_setf(c->hdf, app_time_label(c, db_val(&r, i, 0)), "Log.%zu.At",
		    i);
		tmpl_setf(c->hdf, db_val(&r, i, 1), "Log.%zu.Who", i);
		tmpl_setf(c->hdf, acc_part(c, db_val(&r, i, 2)), "Log.%zu.Part", i);
		tmpl_setf(c->hdf, db_val(&r, i, 3), "Log.%zu.As", i);
	}
	if (r.nrows == ACC_LOG_PAGE)
		tmpl_set(c->hdf, "Log.Earlier", db_val(&r, r.nrows - 1, 4));
	acc_hdf_requests(c, a, &parts[ACC_REQUESTS]);
	if (before != NULL)
		tmpl_set(c->hdf, "Log.Paged", "1");
	tmpl_set_int(c->hdf, "Log.Count", (long long)r.nrows);
	tmpl_set(c->hdf, "Page.Title", "Who has opened your appraisal");
	return app_render(c, 200, "access/log.cs");
}

/* ---- the overview -------------------------------------------------------- */

/* The overview's lists (SQL_ACCESS_INDEX): for the head and PM lead the
 * requests waiting and the access running in the school; the staff the
 * reader line-manages and where their requests stand. */
enum acc_index_part { ACC_PENDING, ACC_CURRENT, ACC_MANAGED, ACC__LISTS };

static void
acc_hdf_school(struct ctx *c, const struct db_result *parts)
{
	const struct db_result *r = &parts[ACC_PENDING];
	size_t i;

	tmpl_set(c->hdf, "Overview.School", "1");
	for (i = 0; i < r->nrows; i++) {
		tmpl_setf(c->hdf, db_val(r, i, 1), "Pending.%zu.Appraisal", i);
		tmpl_setf(c->hdf, db_val(r, i, 2), "Pending.%zu.Manager", i);
		tmpl_setf(c->hdf, db_val(r, i, 3), "Pending.%zu.Reviewee", i);
		tmpl_setf(c->hdf, db_val(r, i, 4), "Pending.%zu.Reason", i);
		tmpl_setf(c->hdf, app_time_label(c, db_val(r, i, 5)),
		    "Pending.%zu.At", i);
	}
	r = &parts[ACC_CURRENT];
	for (i = 0; i < r->nrows; i++) {
		tmpl_setf(c->hdf, db_val(r, i, 1), "Current.%zu.Appraisal", i);
		tmpl_setf(c->hdf, db_val(r, i, 2), "Current.%zu.Manager", i);
		tmpl_setf(c->hdf, db_val(r, i, 3), "Current.%zu.Reviewee", i);
		tmpl_setf(c->hdf, *db_val(r, i, 4) ? app_day_label(c,
		    db_val(r, i, 4)) : "No end date", "Current.%zu.Until", i);
		tmpl_setf(c->hdf, db_val(r, i, 5), "Current.%zu.By", i);
	}
}

static int
acc_index(struct ctx *c)
{
	char today[11];
	struct db_param p[10];
	struct db_result parts[ACC__LISTS], r;
	enum db_status st;
	size_t i;
	int lead;

	app_today(c, today);
	lead = access_route(c->actor, ACCESS_SCHOOL_PROGRESS).allow;
	p[0] = p[3] = DB_INT(lead);
	p[1] = p[4] = p[7] = DB_INT(c->actor->id);
	p[2] = p[5] = p[8] = DB_INT(c->actor->school_id);
	p[6] = p[9] = DB_TEXT(today);
	if ((st = db_query_parts(c->db, c->arena, SQL_ACCESS_INDEX, p, 10,
	    parts, ACC__LISTS)) != DB_OK)
		return app_db_status(st);
	if (lead)
		acc_hdf_school(c, parts);
	r = parts[ACC_MANAGED];
	for (i = 0; i < r.nrows; i++) {
		tmpl_setf(c->hdf, db_val(&r, i, 0), "Managed.%zu.Name", i);
		tmpl_setf(c->hdf, db_val(&r, i, 1), "Managed.%zu.Title", i);
		tmpl_setf(c->hdf, db_val(&r, i, 2), "Managed.%zu.Appraisal", i);
		tmpl_setf(c->hdf, db_val(&r, i, 3), "Managed.%zu.Cycle", i);
		tmpl_setf(c->hdf, *db_val(&r, i, 4) ? app_grant_label(c,
		    db_val(&r, i, 4), db_val(&r, i, 5), today) : "Not asked",
		    "Managed.%zu.State", i);
	}
	tmpl_set(c->hdf, "Page.Title", "Access to appraisal plans");
	return app_render(c, 200, "access/index.cs");
}

static const struct app_route routes[] = {
	{ REQ_GET, "/access", ACCESS_STAFF, acc_index },
	{ REQ_GET, "/access/#", ACCESS_STAFF, acc_get },
	{ REQ_POST, "/access/#/request", ACCESS_STAFF, acc_request },
	{ REQ_POST, "/access/#/decide", ACCESS_STAFF, acc_decide },
	{ REQ_POST, "/access/#/withdraw", ACCESS_STAFF, acc_withdraw },
	{ REQ_POST, "/access/#/cancel", ACCESS_STAFF, acc_cancel },
	{ REQ_GET, "/access/#/log", ACCESS_STAFF, acc_log },
};

static const struct app_def def = {
	"access", routes, sizeof(routes) / sizeof(routes[0])
};

int
main(int argc, char **argv)
{
	return app_main(&def, argc, argv);
}
