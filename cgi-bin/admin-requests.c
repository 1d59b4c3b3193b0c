/*
 * admin: a reviewee's request for a different reviewer (SPEC 1), with
 * their reasons, and the headteacher's decision: grant, choosing the new
 * reviewer within the school's cap, or refuse with a reason. The reviewee
 * sees each request and its decision. A change of reviewer alone never
 * restarts the cycle (SPEC 3): the appraisal keeps its state.
 */
#include <string.h>

#include "admin.h"
#include "model/appraisal.h"
#include "model/policy.h"
#include "model/school_conf.h"
#include "role.h"

static const char *const status_labels[][2] = {
	{ "pending", "Waiting for the headteacher's decision" },
	{ "granted", "Granted" },
	{ "refused", "Refused" },
};

static const char *
status_label(const char *s)
{
	size_t i;

	for (i = 0; i < sizeof(status_labels) / sizeof(status_labels[0]); i++)
		if (strcmp(status_labels[i][0], s) == 0)
			return status_labels[i][1];
	return s;
}

/* ---- the reviewee's side ------------------------------------------------ */

struct change {
	long long		 id;
	struct access_record	 rec;
	const char		*cycle, *reviewer;
	int			 pending;
};

/*
 * May the actor take `action` on appraisal `id` (lib/access decides)? 0,
 * or 403 (audited; the same for a record that does not exist).
 */
static int
admin_appraisal_access(struct ctx *c, long long id, enum access_action action,
    struct access_record *rec)
{
	struct access_decision d;
	enum db_status st;
	char today[11];
	int found;

	app_today(c, today);
	if ((st = access_load(c->db, c->arena, c->actor, id, today, rec,
	    &found)) != DB_OK)
		return app_db_status(st);
	d = access_check(c->actor, action, rec, NULL);
	if (!found || !d.allow) {
		db_rollback(c->db);
		app_audit(c, c->req.path, "refused", found ? d.reason :
		    "no such record");
		return 403;
	}
	return 0;
}

/* The appraisal c->ids[0], for its reviewee only. */
static int
change_load(struct ctx *c, struct change *ch)
{
	struct db_param p[1] = { DB_INT(c->ids[0]) };
	struct appraisal_page ap;
	struct db_result r;
	enum db_status st;
	int rc;

	memset(ch, 0, sizeof(*ch));
	if ((rc = admin_appraisal_access(c, c->ids[0],
	    ACCESS_REQUEST_REVIEWER_CHANGE, &ch->rec)) != 0)
		return rc;
	if ((st = db_query(c->db, c->arena, SQL_APPRAISAL_LOAD, p, 1, &r)) != DB_OK)
		return app_db_status(st);
	if (appraisal_page_row(&r, &ap) == -1)
		return 403;
	ch->id = ap.id;
	ch->cycle = ap.cycle;
	ch->reviewer = ap.reviewer;
	return 0;
}

static int
change_page(struct ctx *c, int status, struct change *ch)
{
	struct db_param p[1] = { DB_INT(ch->id) };
	struct db_result r;
	enum db_status st;
	size_t i;

	if ((st = db_query(c->db, c->arena, SQL_RR_OF_APPRAISAL, p, 1, &r)) != DB_OK)
		return app_db_status(st);
	for (i = 0; i < r.nrows; i++) {
		if (strcmp(db_val(&r, i, 1), "pending") == 0)
			ch->pending = 1;
		tmpl_setf(c->hdf, db_val(&r, i, 1), "Requests.%zu.Status", i);
		tmpl_setf(c->hdf, status_label(db_val(&r, i, 1)),
		    "Requests.%zu.StatusLabel", i);
		tmpl_setf(c->hdf, db_val(&r, i, 2), "Requests.%zu.Reason", i);
		tmpl_setf(c->hdf, db_val(&r, i, 3), "Requests.%zu.Decision", i);
		tmpl_setf(c->hdf, app_time_label(c, db_val(&r, i, 4)),
		    "Requests.%zu.Sent", i);
		tmpl_setf(c->hdf, app_time_label(c, db_val(&r, i, 5)),
		    "Requests.%zu.Decided", i);
		tmpl_setf(c->hdf, db_val(&r, i, 6), "Requests.%zu.Old", i);
		tmpl_setf(c->hdf, db_val(&r, i, 7), "Requests.%zu.New", i);
	}
	if (ch->pending)
		tmpl_set(c->hdf, "Change.Pending", "1");
	tmpl_set_int(c->hdf, "Change.Id", ch->id);
	tmpl_set(c->hdf, "Change.Cycle", ch->cycle);
	tmpl_set(c->hdf, "Change.Reviewer", ch->reviewer);
	tmpl_set(c->hdf, "Page.Title", "Ask for a different reviewer");
	return app_render(c, status, "admin/change.cs");
}

int
admin_change_get(struct ctx *c)
{
	struct change ch;
	int rc;

	if ((rc = change_load(c, &ch)) != 0)
		return rc;
	if (req_get(&c->req.query, "sent") != NULL)
		tmpl_set(c->hdf, "Form.Notice", "Your request was sent to the "
		    "headteacher.");
	return change_page(c, 200, &ch);
}

int
admin_change_post(struct ctx *c)
{
	struct valid_errors e = { .n = 0 };
	const char *reason = req_get(&c->req.form, "reason");
	struct db_param p[3];
	struct db_result r;
	struct change ch;
	enum db_status st;
	int rc;

	if ((rc = change_load(c, &ch)) != 0)
		return rc;
	p[0] = DB_INT(ch.id);
	if ((st = db_query(c->db, c->arena, SQL_RR_OF_APPRAISAL, p, 1, &r)) != DB_OK)
		return app_db_status(st);
	if (r.nrows > 0 && strcmp(db_val(&r, 0, 1), "pending") == 0)
		valid_add(&e, "reason", "You have already asked: wait for the "
		    "headteacher's decision on that request");
	else if (ch.rec.reviewer_id == 0)
		valid_add(&e, "reason", "You have no reviewer yet, so there is "
		    "none to change");
	else if (valid_text(&e, "reason", reason, 1, 2000, 1, "Say why you "
	    "would like a different reviewer") == 0 &&
	    valid_utf8_chars(reason) < 10)
		valid_add(&e, "reason", "Say a little more about why (at least "
		    "10 characters)");
	if (e.n > 0) {
		app_form_errors(c, &e);
		tmpl_set(c->hdf, "Typed.reason", reason ? reason : "");
		return change_page(c, 400, &ch);
	}
	if ((st = db_begin(c->db)) != DB_OK)
		return app_db_status(st);
	p[1] = DB_TEXT(reason);
	p[2] = DB_INT(ch.rec.reviewer_id);
	if ((st = db_exec(c->db, SQL_RR_INSERT, p, 3, NULL)) != DB_OK)
		return app_db_status(st);
	app_audit(c, c->req.path, "ok", "asked for a different reviewer");
	if ((st = db_commit(c->db)) != DB_OK)
		return app_db_status(st);
	return app_redirect(c, arena_printf(c->arena,
	    "admin/change-reviewer/%lld?sent=1", ch.id));
}

/* ---- the headteacher's side --------------------------------------------- */

/* The pending and the recently decided requests, in one statement. */
static int
requests_page(struct ctx *c)
{
	struct db_param p[2] = { DB_INT(c->actor->school_id),
	    DB_INT(c->actor->school_id) };
	static const char *const pending[] = { "Id", "Version", "Reason",
	    "Sent", "Reviewee", "Reviewer", "Cycle", "RevieweeId" };
	static const char *const decided[] = { "Id", "Status", "Decision",
	    "Decided", "Reviewee", "Old", "New", "By" };
	struct db_result part[2], *r;
	enum db_status st;
	size_t i, k;

	if ((st = db_query_parts(c->db, c->arena, SQL_RR_LISTS, p, 2, part,
	    2)) != DB_OK)
		return app_db_status(st);
	for (r = &part[0], i = 0; i < r->nrows; i++)
		for (k = 0; k < sizeof(pending) / sizeof(pending[0]); k++)
			tmpl_setf(c->hdf, k == 3 ? app_time_label(c, db_val(r, i,
			    k)) : db_val(r, i, k), "Pending.%zu.%s", i, pending[k]);
	for (r = &part[1], i = 0; i < r->nrows; i++) {
		for (k = 0; k < sizeof(decided) / sizeof(decided[0]); k++)
			tmpl_setf(c->hdf, k == 3 ? app_time_label(c, db_val(r, i,
			    k)) : db_val(r, i, k), "Decided.%zu.%s", i, decided[k]);
		tmpl_setf(c->hdf, status_label(db_val(r, i, 1)),
		    "Decided.%zu.StatusLabel", i);
	}
	tmpl_set(c->hdf, "Page.Title", "Requests for a different reviewer");
	return app_render(c, 200, "admin/requests.cs");
}

int
admin_requests_get(struct ctx *c)
{
	if (req_get(&c->req.query, "decided") != NULL)
		tmpl_set(c->hdf, "Form.Notice", "Decision recorded.");
	return requests_page(c);
}

struct request {
	long long	 id, version, appraisal, appraisal_version;
	long long	 reviewee, reviewer, new_reviewer;
	const char	*reviewee_name, *new_name, *status;
	int		 grant;
};

/* The new reviewer: in the school, not the reviewee, within the cap. */
static enum db_status
request_reviewer(struct ctx *c, struct request *rq, const char *field,
    struct valid_errors *e)
{
	const char *v = req_get(&c->req.form, "reviewer");
	char today[11];
	struct db_param p[2];
	struct db_result r;
	struct policy pol;
	enum db_status st;
	unsigned int roles;
	int leadership;

	if (v == NULL || *v == '\0')
		return valid_add(e, field, "Choose the new reviewer"), DB_OK;
	if ((st = admin_staff_named(c, v, &r)) != DB_OK)
		return st;
	if (r.nrows != 1)
		return valid_add(e, field, "Choose the new reviewer from the list, "
		    "or type the user name of someone in the school"), DB_OK;
	rq->new_reviewer = db_int(&r, 0, 0);
	p[0] = DB_INT(rq->new_reviewer);
	rq->new_name = db_val(&r, 0, 2);
	roles = role_parse(db_val(&r, 0, 1));
	leadership = (int)db_int(&r, 0, 5);
	if (rq->new_reviewer == rq->reviewee)
		return valid_add(e, field, "Nobody reviews their own appraisal"), DB_OK;
	if (rq->new_reviewer == rq->reviewer)
		return valid_add(e, field, "This is already the reviewer: choose "
		    "someone else, or refuse the request"), DB_OK;
	app_today(c, today);
	p[1] = DB_TEXT(today);
	if ((st = school_conf(c->db, c->arena, c->actor->school_id,
	    c->actor->school_config_version, &pol, NULL)) != DB_OK ||
	    (st = db_query(c->db, c->arena, SQL_REVIEWER_COUNT, p, 2, &r)) != DB_OK)
		return st;
	if (!policy_reviewer_has_room(&pol, (long)db_int(&r, 0, 0),
	    leadership, (roles & ROLE_HEADTEACHER) != 0))
		valid_add(e, field, arena_printf(c->arena, "%s already reviews "
		    "%lld people, the most the school's policy allows",
		    rq->new_name, db_int(&r, 0, 0)));
	return DB_OK;
}

/* The request c->ids[0] of the actor's school, for one who may decide it
 * (lib/access: the head, never on their own): 0, 404, 403 or a status. */
static int
request_load(struct ctx *c, struct request *rq)
{
	struct db_param p[2] = { DB_INT(c->ids[0]), DB_INT(c->actor->school_id) };
	struct access_record rec;
	struct db_result r;
	enum db_status st;

	memset(rq, 0, sizeof(*rq));
	if ((st = db_query(c->db, c->arena, SQL_RR_LOAD, p, 2, &r)) != DB_OK)
		return app_db_status(st);
	if (r.nrows != 1)
		return 404;
	rq->id = db_int(&r, 0, 0);
	rq->appraisal = db_int(&r, 0, 3);
	rq->appraisal_version = db_int(&r, 0, 4);
	rq->reviewee = db_int(&r, 0, 5);
	rq->reviewer = db_int(&r, 0, 6);
	rq->reviewee_name = db_val(&r, 0, 7);
	rq->status = db_val(&r, 0, 2);
	rq->version = db_int(&r, 0, 1);
	tmpl_set(c->hdf, "Request.Id", db_val(&r, 0, 0));
	tmpl_set(c->hdf, "Request.Version", db_val(&r, 0, 1));
	tmpl_set(c->hdf, "Request.Status", rq->status);
	tmpl_set(c->hdf, "Request.StatusLabel", status_label(rq->status));
	tmpl_set(c->hdf, "Request.RevieweeId", db_val(&r, 0, 5));
	tmpl_set(c->hdf, "Request.Reviewee", rq->reviewee_name);
	tmpl_set(c->hdf, "Request.Reason", db_val(&r, 0, 8));
	tmpl_set(c->hdf, "Request.Sent", app_time_label(c, db_val(&r, 0, 9)));
	tmpl_set(c->hdf, "Request.Reviewer", db_val(&r, 0, 10));
	tmpl_set(c->hdf, "Request.Cycle", db_val(&r, 0, 11));
	tmpl_set(c->hdf, "Request.Decision", db_val(&r, 0, 12));
	tmpl_set(c->hdf, "Request.New", db_val(&r, 0, 13));
	return admin_appraisal_access(c, rq->appraisal,
	    ACCESS_DECIDE_REVIEWER_CHANGE, &rec);
}

/* The form: decision, the new reviewer when granting, a reason when
 * refusing, the version the page showed. */
static enum db_status
request_parse(struct ctx *c, struct request *rq, struct valid_errors *e)
{
	static const char *const decisions[] = { "refuse", "grant", NULL };
	const char *reason = req_get(&c->req.form, "reason");
	int d = -1;

	if (valid_enum(NULL, "decision", req_get(&c->req.form, "decision"),
	    decisions, &d) == -1)
		valid_add(e, "decision", "Choose whether to grant or refuse the "
		    "request");
	rq->grant = d == 1;
	if (valid_int(NULL, "version", req_get(&c->req.form, "version"), 1,
	    4294967295LL, &rq->version) == -1)
		valid_add(e, "decision", "The form is incomplete: reload the page");
	if (valid_text(e, "reason", reason, d == 0 ? 1 : 0, 2000, 1, "Give the "
	    "reason for refusing") == -1 || d != 1)
		return DB_OK;
	return request_reviewer(c, rq, "reviewer", e);
}

/* Record the decision and, when granted, the new reviewer: 0, or 409
 * when the request or the appraisal changed since the page was shown. */
static int
request_save(struct ctx *c, const struct request *rq)
{
	struct db_param p[6];
	struct db_result r;
	enum db_status st;

	if ((st = db_begin(c->db)) != DB_OK)
		return app_db_status(st);
	p[0] = DB_TEXT(rq->grant ? "granted" : "refused");
	p[1] = DB_INT(c->actor->id);
	p[2] = DB_TEXT(admin_typed(c, "reason"));
	p[3] = rq->grant ? DB_INT(rq->new_reviewer) : DB_NULL;
	p[4] = DB_INT(rq->id);
	p[5] = DB_INT(rq->version);
	if ((st = db_exec(c->db, SQL_RR_DECIDE, p, 6, &r)) != DB_OK)
		return app_db_status(st);
	if (r.affected == 1 && rq->grant) {
		p[0] = DB_INT(rq->new_reviewer);
		p[1] = DB_INT(rq->appraisal);
		p[2] = DB_INT(rq->appraisal_version);
		if ((st = db_exec(c->db, SQL_APPRAISAL_SET_REVIEWER, p, 3, &r)) != DB_OK)
			return app_db_status(st);
	}
	if (r.affected != 1) {
		db_rollback(c->db);
		app_audit(c, c->req.path, "refused", "request changed by someone "
		    "else");
		return app_error(c, 409, "This request was decided, or the "
		    "appraisal changed, after this page was shown. Nothing was "
		    "saved: reload the list to see it as it is now.");
	}
	return 0;
}

/* One request: what was asked and, while it waits, the decision form. */
static int
request_page(struct ctx *c, int status)
{
	enum db_status st;

	if ((st = admin_staff_choices(c)) != DB_OK)
		return app_db_status(st);
	tmpl_set(c->hdf, "Page.Title", "A request for a different reviewer");
	return app_render(c, status, "admin/request.cs");
}

int
admin_request_get(struct ctx *c)
{
	struct request rq;
	int rc;

	if ((rc = request_load(c, &rq)) != 0)
		return rc;
	return request_page(c, 200);
}

int
admin_request_post(struct ctx *c)
{
	struct valid_errors e = { .n = 0 };
	struct request rq;
	enum db_status st;
	int rc;

	if ((rc = request_load(c, &rq)) != 0)
		return rc;
	if ((st = request_parse(c, &rq, &e)) != DB_OK)
		return app_db_status(st);
	if (e.n > 0) {
		app_form_errors(c, &e);
		tmpl_set(c->hdf, "Typed.decision", admin_typed(c, "decision"));
		tmpl_set(c->hdf, "Typed.reviewer", admin_typed(c, "reviewer"));
		tmpl_set(c->hdf, "Typed.reason", admin_typed(c, "reason"));
		return request_page(c, 400);
	}
	if ((rc = request_save(c, &rq)) != 0)
		return rc;
	app_audit(c, c->req.path, "ok", rq.grant ? arena_printf(c->arena,
	    "reviewer change granted: %s reviews %s", rq.new_name,
	    rq.reviewee_name) : arena_printf(c->arena, "reviewer change for "
	    "%s refused", rq.reviewee_name));
	if ((st = db_commit(c->db)) != DB_OK)
		return app_db_status(st);
	return app_redirect(c, "admin/reviewer-requests?decided=1");
}
