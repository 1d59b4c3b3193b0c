#include <stddef.h>
#include <string.h>

#include "access.h"
#include "role.h"
#include "session.h"
#include "workflow.h"

/* Which roles hold each capability: one row per capability. */
static const struct {
	enum access_cap	 cap;
	const char	*name;
	unsigned int	 roles;		/* any of these roles; 0: anonymous ok */
} table[ACCESS__COUNT] = {
	{ ACCESS_PUBLIC, "public", 0 },
	{ ACCESS_STAFF, "staff", ROLE_STAFF },
	{ ACCESS_SCHOOL_ADMIN, "school administration",
	    ROLE_HEADTEACHER | ROLE_PM_LEAD | ROLE_IT_ADMIN },
	{ ACCESS_SCHOOL_PROGRESS, "school progress",
	    ROLE_HEADTEACHER | ROLE_PM_LEAD },
	{ ACCESS_SCHOOL_POLICY, "school policy settings",
	    ROLE_HEADTEACHER | ROLE_PM_LEAD },
	{ ACCESS_SCHOOL_HEAD, "headteacher's decisions", ROLE_HEADTEACHER },
};

struct access_decision
access_route(const struct actor *a, enum access_cap cap)
{
	struct access_decision d = { 0, "no such capability" };

	if ((unsigned)cap >= ACCESS__COUNT)
		return d;
	if (table[cap].roles == 0) {
		d.allow = 1;
		d.reason = "public page";
	} else if (a == NULL) {
		d.reason = "not logged in";
	} else if ((a->roles & table[cap].roles) != 0) {
		d.allow = 1;
		d.reason = "role grants it";
	} else {
		d.reason = "no role grants it";
	}
	return d;
}

const char *
access_cap_name(enum access_cap cap)
{
	return (unsigned)cap < ACCESS__COUNT ? table[cap].name : "?";
}

/* ---- records: (relationship, action) -> allow ---------------------------- */

#define A(x) (1u << (x))

/*
 * The table, from SPEC section 1. One row per relationship, in the order
 * a reason is given when several allow; what a row does not list is
 * refused.
 */
static const struct {
	enum access_rel	 rel;
	const char	*label;
	unsigned int	 actions;
} access_table[ACCESS_REL_COUNT] = {
	{ ACCESS_REL_REVIEWEE, "reviewee (own record)",
	    A(ACCESS_READ_PLAN) | A(ACCESS_ACT_PLAN) | A(ACCESS_READ_HISTORY) |
	    A(ACCESS_READ_OBSERVATIONS) | A(ACCESS_READ_OWN_OBSERVATIONS) |
	    A(ACCESS_READ_REVIEW) | A(ACCESS_READ_RATING_PAY) |
	    A(ACCESS_READ_TRAINING_NEEDS) | A(ACCESS_READ_ACCESS_LOG) |
	    A(ACCESS_REQUEST_REVIEWER_CHANGE) | A(ACCESS_COMMENT_OBSERVATION) |
	    A(ACCESS_COMMENT_REVIEW) | A(ACCESS_READ_CONCERN) |
	    A(ACCESS_COMMENT_CONCERN) | A(ACCESS_READ_APPEAL) |
	    A(ACCESS_LODGE_APPEAL) },
	{ ACCESS_REL_REVIEWER, "reviewer",
	    A(ACCESS_READ_PLAN) | A(ACCESS_ACT_PLAN) | A(ACCESS_READ_HISTORY) |
	    A(ACCESS_READ_OBSERVATIONS) | A(ACCESS_READ_OWN_OBSERVATIONS) |
	    A(ACCESS_READ_REVIEW) | A(ACCESS_READ_RATING_PAY) |
	    A(ACCESS_READ_TRAINING_NEEDS) | A(ACCESS_WRITE_OBSERVATION) |
	    A(ACCESS_GIVE_FEEDBACK) | A(ACCESS_LINK_REVISION) |
	    A(ACCESS_WRITE_REVIEW) | A(ACCESS_READ_APPEAL) },
	{ ACCESS_REL_APPEAL_PANEL, "hearing the appeal",
	    A(ACCESS_READ_PLAN) | A(ACCESS_READ_HISTORY) |
	    A(ACCESS_READ_REVIEW) | A(ACCESS_READ_RATING_PAY) |
	    A(ACCESS_READ_TRAINING_NEEDS) | A(ACCESS_READ_APPEAL) |
	    A(ACCESS_HEAR_APPEAL) },
	{ ACCESS_REL_HEAD_PANEL, "governor on the headteacher's panel",
	    A(ACCESS_READ_PLAN) | A(ACCESS_ACT_PLAN) | A(ACCESS_READ_HISTORY) |
	    A(ACCESS_READ_OBSERVATIONS) | A(ACCESS_READ_OWN_OBSERVATIONS) |
	    A(ACCESS_READ_REVIEW) | A(ACCESS_READ_RATING_PAY) |
	    A(ACCESS_READ_TRAINING_NEEDS) | A(ACCESS_LINK_REVISION) |
	    A(ACCESS_WRITE_REVIEW) },
	{ ACCESS_REL_HEADTEACHER, "headteacher",
	    A(ACCESS_READ_PLAN) | A(ACCESS_ACT_PLAN) | A(ACCESS_READ_HISTORY) |
	    A(ACCESS_READ_OBSERVATIONS) | A(ACCESS_READ_OWN_OBSERVATIONS) |
	    A(ACCESS_READ_REVIEW) | A(ACCESS_READ_RATING_PAY) |
	    A(ACCESS_READ_TRAINING_NEEDS) | A(ACCESS_DECIDE_ACCESS) |
	    A(ACCESS_DECIDE_REVIEWER_CHANGE) | A(ACCESS_WRITE_OBSERVATION) |
	    A(ACCESS_GIVE_FEEDBACK) |
	    A(ACCESS_MODERATE) | A(ACCESS_READ_CONCERN) |
	    A(ACCESS_WRITE_CONCERN) | A(ACCESS_READ_APPEAL) },
	{ ACCESS_REL_PM_LEAD, "performance-management lead",
	    A(ACCESS_READ_PLAN) | A(ACCESS_ACT_PLAN) | A(ACCESS_READ_HISTORY) |
	    A(ACCESS_READ_OBSERVATIONS) | A(ACCESS_READ_OWN_OBSERVATIONS) |
	    A(ACCESS_READ_REVIEW) | A(ACCESS_READ_RATING_PAY) |
	    A(ACCESS_READ_TRAINING_NEEDS) | A(ACCESS_DECIDE_ACCESS) |
	    A(ACCESS_WRITE_OBSERVATION) | A(ACCESS_GIVE_FEEDBACK) |
	    A(ACCESS_MODERATE) | A(ACCESS_READ_CONCERN) |
	    A(ACCESS_WRITE_CONCERN) | A(ACCESS_READ_APPEAL) },
	{ ACCESS_REL_TRUST_CEO, "trust chief executive",
	    A(ACCESS_READ_PLAN) | A(ACCESS_READ_HISTORY) |
	    A(ACCESS_READ_REVIEW) | A(ACCESS_READ_RATING_PAY) |
	    A(ACCESS_READ_APPEAL) },
	{ ACCESS_REL_ADVISER, "external adviser",
	    A(ACCESS_READ_PLAN) | A(ACCESS_READ_REVIEW) },
	{ ACCESS_REL_LINE_MANAGER_GRANTED, "line manager with access granted",
	    A(ACCESS_READ_PLAN) },
	{ ACCESS_REL_LINE_MANAGER, "line manager",
	    A(ACCESS_REQUEST_ACCESS) },
	{ ACCESS_REL_OBSERVER, "observer",
	    A(ACCESS_READ_OWN_OBSERVATIONS) | A(ACCESS_WRITE_OBSERVATION) |
	    A(ACCESS_GIVE_FEEDBACK) },
	{ ACCESS_REL_RECORD_OBSERVER, "observer of a recorded observation",
	    A(ACCESS_READ_OWN_OBSERVATIONS) | A(ACCESS_GIVE_FEEDBACK) },
	{ ACCESS_REL_PAY_COMMITTEE, "governor on the pay committee",
	    A(ACCESS_READ_RATING_PAY) },
	{ ACCESS_REL_CPD_COORDINATOR, "CPD coordinator",
	    A(ACCESS_READ_TRAINING_NEEDS) },
	{ ACCESS_REL_IT_ADMIN, "IT administrator", 0 },
};

static const char *const action_names[ACCESS_ACTION__COUNT] = {
	[ACCESS_READ_PLAN] = "read plan",
	[ACCESS_ACT_PLAN] = "act on plan",
	[ACCESS_READ_HISTORY] = "read history",
	[ACCESS_READ_OBSERVATIONS] = "read observations",
	[ACCESS_READ_OWN_OBSERVATIONS] = "read own observations",
	[ACCESS_WRITE_OBSERVATION] = "write observation",
	[ACCESS_READ_REVIEW] = "read review",
	[ACCESS_READ_RATING_PAY] = "read rating and pay",
	[ACCESS_READ_TRAINING_NEEDS] = "read training needs",
	[ACCESS_READ_ACCESS_LOG] = "read access log",
	[ACCESS_REQUEST_ACCESS] = "request access",
	[ACCESS_DECIDE_ACCESS] = "decide access",
	[ACCESS_REQUEST_REVIEWER_CHANGE] = "ask for a different reviewer",
	[ACCESS_DECIDE_REVIEWER_CHANGE] = "decide a reviewer change",
	[ACCESS_GIVE_FEEDBACK] = "give observation feedback",
	[ACCESS_COMMENT_OBSERVATION] = "comment on an observation",
	[ACCESS_LINK_REVISION] = "link a drop-in to a revision",
	[ACCESS_MODERATE] = "moderate",
	[ACCESS_WRITE_REVIEW] = "record interim review and evidence",
	[ACCESS_COMMENT_REVIEW] = "comment on an interim review",
	[ACCESS_READ_CONCERN] = "read performance concerns",
	[ACCESS_WRITE_CONCERN] = "record performance concerns",
	[ACCESS_COMMENT_CONCERN] = "comment on performance concerns",
	[ACCESS_READ_APPEAL] = "read appeal",
	[ACCESS_LODGE_APPEAL] = "lodge an appeal",
	[ACCESS_HEAR_APPEAL] = "hear an appeal",
};

int
access_rel_allows(unsigned int rel, enum access_action action)
{
	size_t i;

	if ((unsigned)action >= ACCESS_ACTION__COUNT)
		return 0;
	for (i = 0; i < ACCESS_REL_COUNT; i++)
		if ((unsigned int)access_table[i].rel == rel)
			return (access_table[i].actions & A(action)) != 0;
	return 0;
}

const char *
access_rel_label(unsigned int rel)
{
	size_t i;

	for (i = 0; i < ACCESS_REL_COUNT; i++)
		if ((unsigned int)access_table[i].rel == rel)
			return access_table[i].label;
	return NULL;
}

const char *
access_action_name(enum access_action action)
{
	return (unsigned)action < ACCESS_ACTION__COUNT ?
	    action_names[action] : NULL;
}

/* A grant counts from the day it is given to its end date, inclusive. */
static int
access_grant_active(const struct access_record *r)
{
	if (r->grant_id <= 0 || r->today == NULL || *r->today == '\0')
		return 0;
	return r->grant_until == NULL || *r->grant_until == '\0' ||
	    strcmp(r->grant_until, r->today) >= 0;
}

/*
 * The appeal panel: whoever the product named when the appeal was lodged
 * (never the reviewer), and once someone took the hearing, them only.
 * same_trust: the actor's school is in the record's trust.
 */
static int
access_appeal_panel(const struct actor *a, const struct access_record *r,
    int same_trust)
{
	const char *k = r->appeal_hearer;

	if (k == NULL || *k == '\0' || a->id == r->reviewer_id ||
	    a->id == r->reviewee_id)
		return 0;
	if (r->appeal_heard_by != 0 && r->appeal_heard_by != a->id)
		return 0;
	if (strcmp(k, "head") == 0)
		return (a->roles & ROLE_HEADTEACHER) && !r->reviewee_is_head &&
		    a->school_id == r->school_id;
	if (strcmp(k, "trust_ceo") == 0)
		return (a->roles & ROLE_TRUST_CEO) && same_trust;
	if (strcmp(k, "governor") == 0)
		return (a->roles & ROLE_GOVERNOR) && a->school_id == r->school_id;
	return 0;
}

/* Relationships inside the record's own school (not the reviewee's). */
static unsigned int
access_school_relations(const struct actor *a, const struct access_record *r)
{
	unsigned int rels = 0;

	if (r->reviewer_id != 0 && a->id == r->reviewer_id)
		rels |= ACCESS_REL_REVIEWER;
	if (r->ties & ACCESS_TIE_LINE_MANAGER) {
		rels |= ACCESS_REL_LINE_MANAGER;
		if (access_grant_active(r))
			rels |= ACCESS_REL_LINE_MANAGER_GRANTED;
	}
	if ((a->roles & ROLE_HEADTEACHER) && !r->reviewee_is_head)
		rels |= ACCESS_REL_HEADTEACHER;
	if ((a->roles & ROLE_PM_LEAD) && !r->reviewee_is_head)
		rels |= ACCESS_REL_PM_LEAD;
	if (r->ties & ACCESS_TIE_OBSERVER)
		rels |= ACCESS_REL_OBSERVER;
	if (r->ties & ACCESS_TIE_RECORD_OBSERVER)
		rels |= ACCESS_REL_RECORD_OBSERVER;
	if ((r->ties & ACCESS_TIE_HEAD_PANEL) && (a->roles & ROLE_GOVERNOR) &&
	    r->reviewee_is_head)
		rels |= ACCESS_REL_HEAD_PANEL;
	if ((r->ties & ACCESS_TIE_ADVISER) && r->reviewee_is_head)
		rels |= ACCESS_REL_ADVISER;
	if ((r->ties & ACCESS_TIE_PAY_COMMITTEE) && (a->roles & ROLE_GOVERNOR) &&
	    r->pay_eligible)
		rels |= ACCESS_REL_PAY_COMMITTEE;
	if (a->roles & ROLE_CPD_COORDINATOR)
		rels |= ACCESS_REL_CPD_COORDINATOR;
	if ((a->roles & ROLE_TRUST_CEO) && r->reviewee_is_head)
		rels |= ACCESS_REL_TRUST_CEO;
	if (a->roles & ROLE_IT_ADMIN)
		rels |= ACCESS_REL_IT_ADMIN;
	if (access_appeal_panel(a, r, r->trust_id > 0 &&
	    r->trust_id == r->actor_trust_id))
		rels |= ACCESS_REL_APPEAL_PANEL;
	return rels;
}

unsigned int
access_relations(const struct actor *a, const struct access_record *r,
    const char **why_none)
{
	const char *dummy;

	if (why_none == NULL)
		why_none = &dummy;
	*why_none = "no relationship to this appraisal";
	if (a == NULL || r == NULL || a->id <= 0) {
		*why_none = "not logged in";
		return 0;
	}
	if (r->reviewee_id <= 0 || r->school_id <= 0) {
		*why_none = "no such record";
		return 0;
	}
	if (a->school_id != r->school_id) {
		*why_none = "another school's record";
		if (!(a->roles & ROLE_TRUST_CEO) || r->trust_id <= 0 ||
		    r->trust_id != r->actor_trust_id)
			return 0;
		if (!r->reviewee_is_head)	/* hearing a teacher's appeal */
			return access_appeal_panel(a, r, 1) ?
			    ACCESS_REL_APPEAL_PANEL : 0;
		/* The CEO chairs heads' reviews: as reviewer when assigned. */
		return ACCESS_REL_TRUST_CEO | (r->reviewer_id != 0 &&
		    a->id == r->reviewer_id ? ACCESS_REL_REVIEWER : 0) |
		    (access_appeal_panel(a, r, 1) ? ACCESS_REL_APPEAL_PANEL : 0);
	}
	if (a->id == r->reviewee_id)
		return ACCESS_REL_REVIEWEE;	/* nothing else on your own */
	return access_school_relations(a, r);
}

struct access_decision
access_check(const struct actor *a, enum access_action action,
    const struct access_record *r, unsigned int *rels)
{
	struct access_decision d = { 0, "no relationship to this appraisal" };
	unsigned int have;
	size_t i;

	have = access_relations(a, r, &d.reason);
	if (rels != NULL)
		*rels = have;
	if (have == 0)
		return d;
	if ((unsigned)action >= ACCESS_ACTION__COUNT) {
		d.reason = "no such action";
		return d;
	}
	if ((action == ACCESS_READ_CONCERN || action == ACCESS_WRITE_CONCERN ||
	    action == ACCESS_COMMENT_CONCERN) && r->reviewee_is_head) {
		d.reason = "concerns about the headteacher are for the governors";
		return d;
	}
	if (action == ACCESS_MODERATE && (have & ACCESS_REL_REVIEWER)) {
		d.reason = "nobody moderates a statement they reviewed";
		return d;
	}
	for (i = 0; i < ACCESS_REL_COUNT; i++)
		if ((have & access_table[i].rel) &&
		    (access_table[i].actions & A(action))) {
			d.allow = 1;
			d.reason = access_table[i].label;
			return d;
		}
	d.reason = (have & ACCESS_REL_LINE_MANAGER) &&
	    action == ACCESS_READ_PLAN ? "line manager without access granted" :
	    "no relationship allows this";
	return d;
}

unsigned int
access_workflow_roles(unsigned int rels)
{
	unsigned int roles = 0;

	if (rels & ACCESS_REL_REVIEWEE)
		roles |= WORKFLOW_ROLE_REVIEWEE;
	if (rels & (ACCESS_REL_REVIEWER | ACCESS_REL_HEAD_PANEL))
		roles |= WORKFLOW_ROLE_REVIEWER;
	if (rels & ACCESS_REL_HEADTEACHER)
		roles |= WORKFLOW_ROLE_HEADTEACHER;
	if (rels & ACCESS_REL_PM_LEAD)
		roles |= WORKFLOW_ROLE_PM_LEAD;
	if (rels & ACCESS_REL_APPEAL_PANEL)
		roles |= WORKFLOW_ROLE_APPEAL_PANEL;
	return roles;
}

/* ---- loading the facts ------------------------------------------------ */

enum db_status
access_load(struct db *db, struct arena *ar, const struct actor *a,
    long long id, const char *today, struct access_record *r, int *found)
{
	long long me = a ? a->id : 0;
	struct db_param p[6] = { DB_INT(me), DB_INT(me), DB_INT(me),
	    DB_INT(me), DB_INT(me), DB_INT(id) };
	struct db_result res;
	enum db_status st;

	if ((st = db_query(db, ar, SQL_ACCESS_FACTS, p, 6, &res)) != DB_OK) {
		memset(r, 0, sizeof(*r));
		*found = 0;
		return st;
	}
	access_facts(ar, &res, today, r, found);
	return DB_OK;
}

void
access_facts_params(const struct actor *a, long long id, struct db_param *p)
{
	long long me = a ? a->id : 0;
	size_t i;

	/* The actor's trust (from their session), then the actor. */
	p[0] = DB_INT(a ? a->trust_id : 0);
	for (i = 1; i < ACCESS_FACTS_NPARAMS - 1; i++)
		p[i] = DB_INT(me);
	p[ACCESS_FACTS_NPARAMS - 1] = DB_INT(id);
}

void
access_facts(struct arena *ar, const struct db_result *facts,
    const char *today, struct access_record *r, int *found)
{
	const struct db_result res = *facts;

	memset(r, 0, sizeof(*r));
	*found = 0;
	r->today = arena_strdup(ar, today ? today : "");
	if (res.nrows != 1)
		return;
	*found = 1;
	r->id = db_int(&res, 0, 0);
	r->school_id = db_int(&res, 0, 1);
	r->trust_id = db_int(&res, 0, 2);
	r->reviewee_id = db_int(&res, 0, 3);
	r->reviewer_id = db_int(&res, 0, 4);
	r->reviewee_is_head = db_int(&res, 0, 5) != 0;
	r->pay_eligible = db_int(&res, 0, 6) != 0;
	r->actor_trust_id = db_int(&res, 0, 7);
	if (db_int(&res, 0, 8))
		r->ties |= ACCESS_TIE_LINE_MANAGER;
	if (db_int(&res, 0, 9))
		r->ties |= ACCESS_TIE_OBSERVER;
	r->grant_id = db_int(&res, 0, 10);
	r->grant_until = db_val(&res, 0, 11);
	if (db_int(&res, 0, 12))
		r->ties |= ACCESS_TIE_RECORD_OBSERVER;
	r->appeal_hearer = db_val(&res, 0, 13);
	r->appeal_heard_by = db_int(&res, 0, 14);
	r->config_version = db_int(&res, 0, 15);
}

/* ---- the earlier interface ------------------------------------------------ */

struct access_decision
access_appraisal(const struct actor *a, const struct access_appraisal *r,
    unsigned int *roles)
{
	struct access_record rec;
	struct access_decision d;
	unsigned int rels = 0;

	memset(&rec, 0, sizeof(rec));
	if (r != NULL) {
		rec.school_id = r->school_id;
		rec.reviewee_id = r->reviewee_id;
		rec.reviewer_id = r->reviewer_id;
	}
	d = access_check(a, ACCESS_READ_PLAN, r != NULL ? &rec : NULL, &rels);
	*roles = d.allow ? access_workflow_roles(rels) : 0;
	return d;
}
