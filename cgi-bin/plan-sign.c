/*
 * plan-sign: the reviewer or the reviewee signs the final statement
 * (POST /plan/#/sign); after the second signature the statement is signed,
 * earlier versions are superseded, and the appraisal goes on to moderation
 * or monitoring, in the same transaction.
 */
#include <string.h>

#include "plan.h"

/*
 * After both signatures: moderation or monitoring. The first statement
 * signed goes to moderation as the school chose (policy_moderation_decide:
 * all, none or the sample's draw), and the decision is kept (table
 * moderation) and written on the event, so the head sees why. A statement
 * signed again later (the revision moderation instructed, or a mid-cycle
 * revision) goes on to monitoring: moderation is of the planning
 * statement, once, and a revision it instructed is not moderated again.
 */
static int
plan_after_signed(struct ctx *c, struct plan *p)
{
	struct policy_moderation m;
	struct db_param prm[8];
	struct db_result r;
	enum db_status st;
	char note[300];

	prm[0] = DB_INT(p->id);
	if ((st = db_query(c->db, c->arena, SQL_MODERATION_OF, prm, 1, &r)) != DB_OK)
		return app_db_status(st);
	if (r.nrows > 0)
		return plan_fire(c, p, WORKFLOW_EV_START_MONITORING,
		    WORKFLOW_ROLE_SYSTEM, p->today_day, strcmp(db_val(&r, 0, 1),
		    "revise") == 0 ? "The revised statement moderation asked for "
		    "is signed: it is not moderated again" : "Moderation is "
		    "decided once, for the first signed statement", NULL, NULL);
	policy_moderation_decide(&p->policy, p->ap.reviewer_is_head, p->id,
	    p->ap.cycle_id, &m);
	policy_moderation_note(&m, note, sizeof(note));
	prm[0] = DB_INT(p->id);
	prm[1] = DB_INT(p->rec.school_id);
	prm[2] = DB_INT(p->st_number);
	prm[3] = DB_TEXT(policy_moderation_word(m.why));
	prm[4] = m.draw >= 0 ? DB_INT(m.draw) : DB_NULL;
	prm[5] = m.pct > 0 ? DB_INT(m.pct) : DB_NULL;
	prm[6] = DB_INT(m.moderate);
	prm[7] = DB_TEXT(m.moderate ? "waiting" : "not_moderated");
	if ((st = db_exec(c->db, SQL_MODERATION_INSERT, prm, 8, NULL)) != DB_OK)
		return app_db_status(st);
	return plan_fire(c, p, m.moderate ? WORKFLOW_EV_SEND_TO_MODERATION :
	    WORKFLOW_EV_START_MONITORING, WORKFLOW_ROLE_SYSTEM, p->today_day,
	    note, NULL, NULL);
}

int
plan_sign(struct ctx *c)
{
	struct plan *p;
	struct db_param prm[2];
	enum db_status st;
	int reviewer, rc;

	if ((rc = plan_begin(c, &p)) != 0)
		return rc;
	reviewer = (p->roles & WORKFLOW_ROLE_REVIEWER) != 0;
	if ((rc = plan_fire(c, p, reviewer ? WORKFLOW_EV_SIGN_REVIEWER :
	    WORKFLOW_EV_SIGN_REVIEWEE, p->roles, p->today_day, NULL, NULL,
	    NULL)) != 0)
		return rc;
	prm[0] = DB_INT(c->actor->id);
	prm[1] = DB_INT(p->st_id);
	if ((st = db_exec(c->db, reviewer ? SQL_STATEMENT_SIGN_REVIEWER :
	    SQL_STATEMENT_SIGN_REVIEWEE, prm, 2, NULL)) != DB_OK)
		return app_db_status(st);
	if (p->ap.state == WORKFLOW_ST_SIGNED) {
		prm[0] = DB_TEXT("signed");
		if ((st = db_exec(c->db, SQL_STATEMENT_STATUS, prm, 2, NULL)) != DB_OK)
			return app_db_status(st);
		prm[0] = DB_INT(p->id);
		prm[1] = DB_INT(p->st_number);
		if ((st = db_exec(c->db, SQL_STATEMENT_SUPERSEDE, prm, 2, NULL)) != DB_OK)
			return app_db_status(st);
		if ((rc = plan_after_signed(c, p)) != 0)
			return rc;
	}
	return plan_done(c, p);
}
