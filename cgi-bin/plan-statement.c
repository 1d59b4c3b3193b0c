/*
 * plan-statement: the planning statement's text. The reviewer saves the
 * draft objectives, their support and the observation plan (POST
 * /plan/#/statement: a draft, or after signing a new version, final at
 * once) and finalises it against the school's rules (POST
 * /plan/#/finalise); the reviewee comments or asks for changes (POST
 * /plan/#/comment); either asks for the signed statement to be revised
 * (POST /plan/#/revision).
 */
#include <stdio.h>
#include <string.h>

#include "plan.h"


struct objective {
	const char	*description, *criteria, *due, *expectation, *link;
	const char	*area, *category;
	const char	*skind[PLAN_SUPPORT_MAX], *stext[PLAN_SUPPORT_MAX];
	int		 multi, determined;
};

static const char *
plan_field(struct ctx *c, int slot, const char *name)
{
	char key[32];

	snprintf(key, sizeof(key), "obj%d_%s", slot, name);
	return req_get(&c->req.form, key);
}

static const char *
plan_key(struct ctx *c, int slot, const char *name)
{
	return arena_printf(c->arena, "obj%d_%s", slot, name);
}

static int
plan_objective_blank(struct ctx *c, int slot)
{
	const char *d = plan_field(c, slot, "description");
	const char *k = plan_field(c, slot, "criteria");

	return (d == NULL || *d == '\0') && (k == NULL || *k == '\0');
}

/* Read and check objective `slot`; errors name its fields. */
static void
plan_objective(struct ctx *c, struct plan *p, int slot, struct objective *o,
    struct valid_errors *e)
{
	const char *k;
	int cat, i;

	o->description = plan_field(c, slot, "description");
	o->criteria = plan_field(c, slot, "criteria");
	o->due = plan_field(c, slot, "due");
	o->expectation = plan_field(c, slot, "expectation");
	o->link = plan_field(c, slot, "link");
	o->area = plan_field(c, slot, "area");
	o->category = plan_field(c, slot, "category");
	o->multi = plan_field(c, slot, "multi") != NULL;
	o->determined = plan_field(c, slot, "determined") != NULL;
	for (i = 0; i < PLAN_SUPPORT_MAX; i++) {
		k = arena_printf(c->arena, "s%d_text", i + 1);
		o->stext[i] = plan_field(c, slot, k);
		o->skind[i] = plan_field(c, slot, arena_printf(c->arena,
		    "s%d_kind", i + 1));
		if (o->stext[i] == NULL || *o->stext[i] == '\0') {
			o->stext[i] = NULL;
			continue;
		}
		valid_text(e, plan_key(c, slot, k), o->stext[i], 1, 1000, 1, NULL);
		if (o->skind[i] == NULL || *o->skind[i] == '\0')
			o->skind[i] = "other";
		valid_enum(e, plan_key(c, slot, arena_printf(c->arena,
		    "s%d_kind", i + 1)), o->skind[i], statement_support_kinds, NULL);
	}
	valid_text(e, plan_key(c, slot, "description"), o->description, 1,
	    PLAN_TEXT_MAX, 1, "Describe the objective");
	valid_text(e, plan_key(c, slot, "criteria"), o->criteria, 1,
	    PLAN_TEXT_MAX, 1, "Say how success will be measured");
	valid_enum(e, plan_key(c, slot, "category"), o->category,
	    statement_categories, &cat);
	if (o->link == NULL || *o->link == '\0')
		o->link = "none";
	valid_enum(e, plan_key(c, slot, "link"), o->link, statement_links, NULL);
	valid_text(e, plan_key(c, slot, "area"), o->area, 0, 200, 0, NULL);
	if (o->multi)
		valid_text(e, plan_key(c, slot, "expectation"), o->expectation, 1,
		    1000, 1, "Say what is expected by the end of this cycle");
	else if (valid_date(e, plan_key(c, slot, "due"), o->due, NULL, NULL,
	    NULL) == 0 && (strcmp(o->due, p->ap.starts) < 0 ||
	    strcmp(o->due, p->ap.ends) > 0))
		valid_add(e, plan_key(c, slot, "due"), arena_printf(c->arena,
		    "The date must be inside the cycle (%s to %s)",
		    p->ap.starts, p->ap.ends));
}

static enum db_status
plan_objective_save(struct ctx *c, long long st_id, int pos,
    const struct objective *o)
{
	struct db_param prm[11];
	struct db_result r;
	enum db_status st;
	long long id;
	int i;

	prm[0] = DB_INT(st_id);
	prm[1] = DB_INT(pos);
	prm[2] = DB_TEXT(o->description);
	prm[3] = DB_TEXT(o->criteria);
	prm[4] = DB_TEXT(o->multi ? "multi_cycle" : "date");
	prm[5] = o->multi ? DB_NULL : DB_TEXT(o->due);
	prm[6] = DB_TEXT(o->multi && o->expectation ? o->expectation : "");
	prm[7] = DB_TEXT(o->link);
	prm[8] = DB_TEXT(o->area ? o->area : "");
	prm[9] = DB_TEXT(o->category);
	prm[10] = DB_INT(o->determined);
	if ((st = db_exec(c->db, SQL_OBJECTIVE_INSERT, prm, 11, &r)) != DB_OK)
		return st;
	id = (long long)r.insert_id;
	for (i = 0; i < PLAN_SUPPORT_MAX; i++) {
		if (o->stext[i] == NULL)
			continue;
		prm[0] = DB_INT(id);
		prm[1] = DB_TEXT(o->skind[i]);
		prm[2] = DB_TEXT(o->stext[i]);
		if ((st = db_exec(c->db, SQL_SUPPORT_INSERT, prm, 3, NULL)) != DB_OK)
			return st;
	}
	return DB_OK;
}

/* The planned observations: each row complete, the total within the
 * person's pro-rata cap. */
struct observation {
	long long	 minutes;
	const char	*purpose, *focus, *when;
};

static size_t
plan_observations(struct ctx *c, struct plan *p, struct observation *ob,
    struct valid_errors *e)
{
	char key[32];
	const char *m;
	long cap, total = 0;
	size_t i, n = 0;

	for (i = 1; i <= PLAN_OBS_MAX; i++) {
		snprintf(key, sizeof(key), "obs%zu_minutes", i);
		m = req_get(&c->req.form, key);
		snprintf(key, sizeof(key), "obs%zu_purpose", i);
		ob[n].purpose = req_get(&c->req.form, key);
		if ((m == NULL || *m == '\0') && (ob[n].purpose == NULL ||
		    *ob[n].purpose == '\0'))
			continue;
		if (valid_int(e, arena_printf(c->arena, "obs%zu_minutes", i), m,
		    5, 600, &ob[n].minutes) == 0)
			total += (long)ob[n].minutes;
		valid_text(e, arena_printf(c->arena, "obs%zu_purpose", i),
		    ob[n].purpose, 1, 500, 1, "Say what the observation is for");
		snprintf(key, sizeof(key), "obs%zu_focus", i);
		ob[n].focus = req_get(&c->req.form, key);
		valid_text(e, arena_printf(c->arena, "obs%zu_focus", i),
		    ob[n].focus, 0, 500, 0, NULL);
		snprintf(key, sizeof(key), "obs%zu_when", i);
		ob[n].when = req_get(&c->req.form, key);
		valid_text(e, arena_printf(c->arena, "obs%zu_when", i),
		    ob[n].when, 0, 100, 0, NULL);
		n++;
	}
	cap = policy_observation_cap(&p->policy, p->ap.fte_milli, p->ap.ect1,
	    p->ap.support_plan);
	if (cap != POLICY_NO_CAP && total > cap)
		valid_add(e, "obs1_minutes", arena_printf(c->arena, "The plan adds "
		    "up to %ld minutes; the school's limit for this person is %ld "
		    "minutes a cycle (pro rata to their hours)", total, cap));
	return n;
}

static enum db_status
plan_observations_save(struct ctx *c, long long st_id,
    const struct observation *ob, size_t n)
{
	struct db_param prm[5];
	enum db_status st;
	size_t i;

	for (i = 0; i < n; i++) {
		prm[0] = DB_INT(st_id);
		prm[1] = DB_INT(ob[i].minutes);
		prm[2] = DB_TEXT(ob[i].purpose);
		prm[3] = DB_TEXT(ob[i].focus ? ob[i].focus : "");
		prm[4] = DB_TEXT(ob[i].when ? ob[i].when : "");
		if ((st = db_exec(c->db, SQL_OBSERVATION_INSERT, prm, 5, NULL)) != DB_OK)
			return st;
	}
	return DB_OK;
}

/* The draft's row: the current one, or a new version. */
static enum db_status
plan_statement_row(struct ctx *c, struct plan *p)
{
	struct db_param prm[3];
	struct db_result r;
	enum db_status st;

	if (p->st_id != 0 && strcmp(p->st_status, "signed") != 0 &&
	    strcmp(p->st_status, "superseded") != 0) {
		prm[0] = DB_INT(p->st_id);
		prm[1] = DB_INT(p->st_version);
		if ((st = db_exec(c->db, SQL_STATEMENT_TOUCH, prm, 2, &r)) != DB_OK)
			return st;
		return r.affected == 1 ? DB_OK : DB_RETRY;
	}
	prm[0] = DB_INT(p->id);
	prm[1] = DB_INT(p->st_number + 1);
	prm[2] = DB_INT(c->actor->id);
	if ((st = db_exec(c->db, SQL_STATEMENT_INSERT, prm, 3, &r)) != DB_OK)
		return st;
	p->st_id = (long long)r.insert_id;
	return DB_OK;
}

/* Move the appraisal's version on from the one the page showed. */
static int
plan_touch(struct ctx *c, struct plan *p)
{
	struct db_param prm[2] = { DB_INT(p->id), DB_INT(p->ap.version) };
	struct db_result r;
	enum db_status st;

	if ((st = db_exec(c->db, SQL_APPRAISAL_TOUCH, prm, 2, &r)) != DB_OK)
		return app_db_status(st);
	if (r.affected != 1)
		return plan_stale(c, p);
	p->ap.version++;
	return 0;
}

/* The statement is final, waiting for both signatures; the step ends. */
static int
plan_final_done(struct ctx *c, struct plan *p)
{
	struct db_param prm[2] = { DB_TEXT("final"), DB_INT(p->st_id) };
	enum db_status st;

	if ((st = db_exec(c->db, SQL_STATEMENT_STATUS, prm, 2, NULL)) != DB_OK)
		return app_db_status(st);
	return plan_done(c, p);
}

int
plan_statement_post(struct ctx *c)
{
	struct plan *p;
	struct valid_errors e = { .n = 0 };
	struct objective o[6];
	struct observation ob[PLAN_OBS_MAX];
	struct db_param prm[2];
	enum workflow_event ev;
	enum db_status st;
	size_t nob;
	int slot, n = 0, rc;

	if ((rc = plan_begin(c, &p)) != 0)
		return rc;
	switch (p->ap.state) {
	case WORKFLOW_ST_MEETING_HELD:
		ev = WORKFLOW_EV_DRAFT;
		break;
	case WORKFLOW_ST_IN_PROGRESS:
	case WORKFLOW_ST_REVISION_REQUESTED:
	case WORKFLOW_ST_REVISION_INSTRUCTED:
		ev = WORKFLOW_EV_REVISE;	/* a new version, to be signed */
		break;
	default:
		ev = WORKFLOW_EV_REDRAFT;
		break;
	}
	for (slot = 1; slot <= p->policy.objectives_count && slot <= 6; slot++)
		if (!plan_objective_blank(c, slot))
			plan_objective(c, p, slot, &o[n++], &e);
	if (n == 0)
		valid_add(&e, "obj1_description", "Write at least one objective");
	nob = plan_observations(c, p, ob, &e);
	if (e.n > 0)
		return plan_invalid(c, p, &e);
	/* Saving a draft in the draft stage is not a workflow step. */
	if (p->ap.state != WORKFLOW_ST_DRAFT &&
	    (rc = plan_fire(c, p, ev, p->roles, p->today_day, NULL, NULL, NULL)) != 0)
		return rc;
	if (p->ap.state == WORKFLOW_ST_DRAFT &&
	    !(p->roles & WORKFLOW_ROLE_REVIEWER)) {
		plan_refuse_audit(c, p->id, "only the reviewer edits");
		return 403;
	}
	/* Nor is it one: the appraisal's version moves all the same, so a
	 * draft saved from a page older than another's save is refused. */
	if (p->ap.state == WORKFLOW_ST_DRAFT && (rc = plan_touch(c, p)) != 0)
		return rc;
	if ((st = plan_statement_row(c, p)) == DB_RETRY)
		return plan_stale(c, p);
	if (st != DB_OK)
		return app_db_status(st);
	prm[0] = DB_INT(p->st_id);
	if ((st = db_exec(c->db, SQL_SUPPORT_DELETE, prm, 1, NULL)) != DB_OK ||
	    (st = db_exec(c->db, SQL_OBJECTIVES_DELETE, prm, 1, NULL)) != DB_OK ||
	    (st = db_exec(c->db, SQL_OBSERVATIONS_DELETE, prm, 1, NULL)) != DB_OK ||
	    (st = db_exec(c->db, SQL_STATEMENT_UNSIGN, prm, 1, NULL)) != DB_OK)
		return app_db_status(st);
	for (slot = 0; slot < n; slot++)
		if ((st = plan_objective_save(c, p->st_id, slot + 1, &o[slot])) != DB_OK)
			return app_db_status(st);
	if ((st = plan_observations_save(c, p->st_id, ob, nob)) != DB_OK)
		return app_db_status(st);
	if (ev == WORKFLOW_EV_REVISE)
		return plan_final_done(c, p);
	return plan_done(c, p);
}

int
plan_comment(struct ctx *c)
{
	struct plan *p;
	struct valid_errors e = { .n = 0 };
	const char *comment = req_get(&c->req.form, "comment");
	struct db_param prm[2];
	enum db_status st;
	int rc;

	if ((rc = plan_begin(c, &p)) != 0)
		return rc;
	if (valid_text(&e, "comment", comment, 1, 4000, 1,
	    "Write your comment or the changes you ask for") == -1)
		return plan_invalid(c, p, &e);
	if ((rc = plan_fire(c, p, WORKFLOW_EV_REQUEST_CHANGES, p->roles,
	    p->today_day, NULL, NULL, NULL)) != 0)
		return rc;
	prm[0] = DB_TEXT(comment);
	prm[1] = DB_INT(p->st_id);
	if ((st = db_exec(c->db, SQL_STATEMENT_COMMENT, prm, 2, NULL)) != DB_OK ||
	    (st = db_exec(c->db, SQL_STATEMENT_UNSIGN, prm + 1, 1, NULL)) != DB_OK)
		return app_db_status(st);
	return plan_done(c, p);
}

/* The school's rules for a final statement: count and categories. */
static void
plan_check_final(struct ctx *c, struct plan *p, struct valid_errors *e)
{
	struct db_param prm[1] = { DB_INT(p->st_id) };
	struct db_result r;
	unsigned int need, have = 0;
	size_t i;

	if (p->st_id == 0 || db_query(c->db, c->arena, SQL_OBJECTIVES_LOAD, prm,
	    1, &r) != DB_OK) {
		valid_add(e, "finalise", "Write the objectives first");
		return;
	}
	if ((long)r.nrows != p->policy.objectives_count)
		valid_add(e, "finalise", arena_printf(c->arena, "The school's "
		    "policy asks for %ld objectives; the statement has %zu",
		    p->policy.objectives_count, r.nrows));
	for (i = 0; i < r.nrows; i++) {
		if (strcmp(db_val(&r, i, 8), "pupil_progress") == 0)
			have |= POLICY_CAT_PUPIL_PROGRESS;
		else if (strcmp(db_val(&r, i, 8), "team") == 0)
			have |= POLICY_CAT_TEAM;
		else if (strcmp(db_val(&r, i, 8), "leadership") == 0)
			have |= POLICY_CAT_LEADERSHIP;
	}
	need = policy_required_categories(&p->policy, p->ap.tlr,
	    p->ap.leadership);
	if ((need & POLICY_CAT_PUPIL_PROGRESS) && !(have & POLICY_CAT_PUPIL_PROGRESS))
		valid_add(e, "finalise", "One objective must be about pupil progress");
	if ((need & POLICY_CAT_TEAM) && !(have & POLICY_CAT_TEAM))
		valid_add(e, "finalise", "One objective must be a team objective");
	if ((need & POLICY_CAT_LEADERSHIP) && !(have & POLICY_CAT_LEADERSHIP))
		valid_add(e, "finalise", "This person holds a TLR or leadership "
		    "post: one objective must be about leadership");
}

int
plan_finalise(struct ctx *c)
{
	struct plan *p;
	struct valid_errors e = { .n = 0 };
	int rc;

	if ((rc = plan_begin(c, &p)) != 0)
		return rc;
	if (p->roles & WORKFLOW_ROLE_REVIEWER)
		plan_check_final(c, p, &e);
	if (e.n > 0)
		return plan_invalid(c, p, &e);
	if ((rc = plan_fire(c, p, WORKFLOW_EV_FINALISE, p->roles, p->today_day,
	    NULL, NULL, NULL)) != 0)
		return rc;
	return plan_final_done(c, p);
}

/* Reviewee or reviewer asks for the signed statement to be revised. */
int
plan_revision(struct ctx *c)
{
	struct plan *p;
	struct valid_errors e = { .n = 0 };
	const char *reason = req_get(&c->req.form, "reason");
	int rc;

	if ((rc = plan_begin(c, &p)) != 0)
		return rc;
	if (valid_text(&e, "reason", reason, 1, 2000, 1,
	    "Say what should change and why") == -1)
		return plan_invalid(c, p, &e);
	if ((rc = plan_fire(c, p, WORKFLOW_EV_REQUEST_REVISION, p->roles,
	    p->today_day, reason, NULL, NULL)) != 0)
		return rc;
	return plan_done(c, p);
}
