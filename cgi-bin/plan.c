/*
 * plan: the planning statement of one appraisal. This file loads a plan
 * and decides access, and holds the routes; each page or action group has
 * its own file (plan-*.c), and what they share is in plan.h.
 *
 *   GET  /plan/#            the appraisal: stage, meeting, statement,
 *                           signatures, history, and the forms for the
 *                           steps this person may take now (plan-view.c)
 *   POST /plan/#/meeting    arrange the planning meeting (reviewer)
 *   POST /plan/#/held       record that it was held (reviewer)
 *                           (both plan-meeting.c)
 *   POST /plan/#/statement  save the draft objectives (reviewer)
 *   POST /plan/#/comment    comment or ask for changes (reviewee)
 *   POST /plan/#/finalise   finalise the statement (reviewer)
 *   POST /plan/#/revision   ask for the signed statement to be revised
 *                           (all four plan-statement.c)
 *   POST /plan/#/sign       sign it (reviewer or reviewee; plan-sign.c)
 *   POST /plan/#/support    record the support provided (reviewer;
 *                           plan-support.c)
 *   GET  /plan/#/version/#  an earlier version (plan-version.c)
 *
 * Access is decided by access_check() (reading: ACCESS_READ_PLAN; a step:
 * ACCESS_ACT_PLAN; a line manager with access granted reads the plan
 * sections only, without the history and comments); which step who may take, and
 * what it leads to, by the workflow table; deadlines by the school's
 * policy counted on its calendar. Every POST carries the version of the
 * appraisal the page showed: a step taken on a stale page is refused (409)
 * and nothing is written. Each step is one transaction.
 */
#include <limits.h>
#include <stdio.h>
#include <string.h>

#include "audit.h"
#include "model/appraisal.h"
#include "model/school_conf.h"
#include "plan.h"

enum db_status
plan_audit(struct ctx *c, long long id, const char *action,
    const char *result, const char *reason)
{
	return app_audit_record(c, "appraisal", id, action, result, reason);
}

void
plan_refuse_audit(struct ctx *c, long long id, const char *reason)
{
	db_rollback(c->db);	/* a refusal writes nothing but this record */
	plan_audit(c, id, c->req.path, "refused", reason);
}

/* The school's calendar from the cycle's start on. */
static enum db_status
plan_calendar(struct ctx *c, struct plan *p)
{
	return appraisal_calendar(c->db, c->arena, p->rec.school_id,
	    p->rec.config_version, &p->cal);
}

/* The statement loaded (the latest, or a version) into p and the HDF;
 * p->st_id stays 0 when there is none. */
static void
plan_statement(struct ctx *c, struct plan *p, const struct db_result *r)
{
	if (r->nrows != 1)
		return;
	p->st_id = db_int(r, 0, 0);
	p->st_number = db_int(r, 0, 1);
	p->st_status = db_val(r, 0, 2);
	p->st_version = db_int(r, 0, 8);
	tmpl_set(c->hdf, "Statement.Number", db_val(r, 0, 1));
	tmpl_set(c->hdf, "Statement.Status", p->st_status);
	tmpl_set(c->hdf, "Statement.StatusLabel", statement_label(
	    statement_statuses, statement_status_labels, p->st_status));
	if (p->history)
		tmpl_set(c->hdf, "Statement.Comment", db_val(r, 0, 3));
	tmpl_set(c->hdf, "Statement.ReviewerSignedAt",
	    app_time_label(c, db_val(r, 0, 4)));
	tmpl_set(c->hdf, "Statement.ReviewerSignedBy", db_val(r, 0, 5));
	tmpl_set(c->hdf, "Statement.RevieweeSignedAt",
	    app_time_label(c, db_val(r, 0, 6)));
	tmpl_set(c->hdf, "Statement.RevieweeSignedBy", db_val(r, 0, 7));
	tmpl_set_int(c->hdf, "Statement.Version", p->st_version);
}

/*
 * The page's one statement (SQL_PLAN_PAGE): the access facts, the
 * appraisal, statement `number` (the latest: LLONG_MAX) with its parts,
 * and when `full`, the meeting, versions, history and moderation. The
 * history and moderation are read whoever asks (a line manager's page
 * does not show them): the decision needs the facts this statement
 * brings.
 */
static enum db_status
plan_read(struct ctx *c, struct plan *p, long long number, int full)
{
	struct db_param prm[ACCESS_FACTS_NPARAMS + 17];
	size_t n = ACCESS_FACTS_NPARAMS, i;

	access_facts_params(c->actor, c->ids[0], prm);
	prm[n++] = DB_INT(c->ids[0]);
	for (i = 0; i < 4; i++) {
		prm[n++] = DB_INT(c->ids[0]);
		prm[n++] = DB_INT(number);
	}
	for (i = 0; i < 4; i++) {
		prm[n++] = DB_INT(c->ids[0]);
		prm[n++] = DB_INT(full);
	}
	return db_query_parts(c->db, c->arena, SQL_PLAN_PAGE, prm, n, p->parts,
	    PLAN__PARTS);
}

/* Why this person may read: the relationship, and a line manager's grant. */
static const char *
plan_read_reason(struct ctx *c, struct plan *p, const char *label)
{
	if (!(p->roles_rel & ACCESS_REL_LINE_MANAGER_GRANTED) ||
	    strcmp(label, access_rel_label(ACCESS_REL_LINE_MANAGER_GRANTED)) != 0)
		return label;
	return arena_printf(c->arena, "%s (request %lld%s%s)", label,
	    p->rec.grant_id, *p->rec.grant_until ? ", until " : "",
	    p->rec.grant_until);
}

/* Load the appraisal (statement `number`, the page's lists when `full`)
 * and decide access for `action`, then the policy and the calendar. On
 * refusal: 403 (audited), the same for a record that does not exist or
 * belongs to another school. */
static int
plan_load_at(struct ctx *c, struct plan *p, enum access_action action,
    long long number, int full)
{
	struct access_decision d;
	enum db_status st;
	int found;

	memset(p, 0, sizeof(*p));
	app_today(c, p->today);
	calendar_parse(p->today, &p->today_day);
	if ((st = plan_read(c, p, number, full)) != DB_OK)
		return app_db_status(st);
	access_facts(c->arena, &p->parts[PLAN_FACTS], p->today, &p->rec, &found);
	d = access_check(c->actor, action, found ? &p->rec : NULL, &p->roles_rel);
	if (!found || !d.allow) {
		plan_refuse_audit(c, c->ids[0], found ? d.reason : "no such record");
		return 403;
	}
	p->roles = access_workflow_roles(p->roles_rel);
	p->history = access_check(c->actor, ACCESS_READ_HISTORY, &p->rec,
	    NULL).allow;
	p->can_moderate = access_check(c->actor, ACCESS_MODERATE, &p->rec,
	    NULL).allow;
	p->read_reason = plan_read_reason(c, p, d.reason);
	if (appraisal_page_row(&p->parts[PLAN_APPRAISAL], &p->ap) == -1)
		return 403;
	p->id = p->ap.id;
	if ((st = school_conf(c->db, c->arena, p->rec.school_id,
	    p->rec.config_version, &p->policy, NULL)) != DB_OK ||
	    (st = plan_calendar(c, p)) != DB_OK)
		return app_db_status(st);
	plan_statement(c, p, &p->parts[PLAN_STATEMENT]);
	return 0;
}

int
plan_load(struct ctx *c, struct plan *p, enum access_action action)
{
	return plan_load_at(c, p, action, LLONG_MAX, 1);
}

int
plan_load_version(struct ctx *c, struct plan *p, long long number)
{
	return plan_load_at(c, p, ACCESS_READ_PLAN, number, 0);
}

static const struct app_route routes[] = {
	{ REQ_GET, "/plan/#", ACCESS_STAFF, plan_get },
	{ REQ_POST, "/plan/#/meeting", ACCESS_STAFF, plan_meeting },
	{ REQ_POST, "/plan/#/held", ACCESS_STAFF, plan_held },
	{ REQ_POST, "/plan/#/statement", ACCESS_STAFF, plan_statement_post },
	{ REQ_POST, "/plan/#/comment", ACCESS_STAFF, plan_comment },
	{ REQ_POST, "/plan/#/finalise", ACCESS_STAFF, plan_finalise },
	{ REQ_POST, "/plan/#/sign", ACCESS_STAFF, plan_sign },
	{ REQ_POST, "/plan/#/revision", ACCESS_STAFF, plan_revision },
	{ REQ_POST, "/plan/#/support", ACCESS_STAFF, plan_support },
	{ REQ_GET, "/plan/#/version/#", ACCESS_STAFF, plan_version },
};

static const struct app_def def = {
	"plan", routes, sizeof(routes) / sizeof(routes[0])
};

int
main(int argc, char **argv)
{
	return app_main(&def, argc, argv);
}
