/*
 * plan-support: the reviewer records whether the support agreed in the
 * signed statement was provided (POST /plan/#/support); the appraisal's
 * version moves, so another open page is stale, and the step is audited.
 */
#include <string.h>

#include "plan.h"


/* The reviewer records whether the agreed support was provided. */
int
plan_support(struct ctx *c)
{
	struct plan *p;
	struct db_param prm[3];
	struct db_result r;
	enum db_status st;
	long long id;
	size_t i;
	int rc, state, n = 0;

	if ((rc = plan_begin(c, &p)) != 0)
		return rc;
	if (!(p->roles & WORKFLOW_ROLE_REVIEWER) || p->st_id == 0 ||
	    strcmp(p->st_status, "signed") != 0) {
		db_rollback(c->db);
		plan_refuse_audit(c, p->id, "only the reviewer records support, "
		    "on a signed statement");
		return 403;
	}
	for (i = 0; i < c->req.form.n; i++) {
		if (strncmp(c->req.form.v[i].key, "si_", 3) != 0)
			continue;
		if (valid_int(NULL, "si", c->req.form.v[i].key + 3, 1,
		    4294967295LL, &id) == -1 || valid_enum(NULL, "si",
		    c->req.form.v[i].val, statement_support_states, &state) == -1) {
			db_rollback(c->db);
			return 400;
		}
		prm[0] = DB_TEXT(statement_support_states[state]);
		prm[1] = DB_INT(id);
		prm[2] = DB_INT(p->st_id);
		if ((st = db_exec(c->db, SQL_SUPPORT_MARK, prm, 3, &r)) != DB_OK)
			return app_db_status(st);
		n++;
	}
	if (n == 0) {
		db_rollback(c->db);
		return 400;
	}
	/* The appraisal's version moves, so another open page is stale. */
	prm[0] = DB_INT(p->id);
	prm[1] = DB_INT(p->ap.version);
	if ((st = db_exec(c->db, SQL_APPRAISAL_TOUCH, prm, 2, &r)) != DB_OK)
		return app_db_status(st);
	if (r.affected != 1)
		return plan_stale(c, p);
	plan_audit(c, p->id, "record support", "allowed", "reviewer");
	return plan_done(c, p);
}
