#include <stddef.h>

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

/* The relationships of one person to one appraisal, in order. */
static unsigned int
access_relations(const struct actor *a, const struct access_appraisal *r)
{
	unsigned int roles = 0;

	if (a->id == r->reviewee_id)
		return WORKFLOW_ROLE_REVIEWEE;	/* nothing else on your own */
	if (r->reviewer_id != 0 && a->id == r->reviewer_id)
		roles |= WORKFLOW_ROLE_REVIEWER;
	if (a->roles & ROLE_HEADTEACHER)
		roles |= WORKFLOW_ROLE_HEADTEACHER;
	if (a->roles & ROLE_PM_LEAD)
		roles |= WORKFLOW_ROLE_PM_LEAD;
	return roles;
}

struct access_decision
access_appraisal(const struct actor *a, const struct access_appraisal *r,
    unsigned int *roles)
{
	struct access_decision d = { 0, "no relationship to this appraisal" };

	*roles = 0;
	if (a == NULL || r == NULL) {
		d.reason = "not logged in";
		return d;
	}
	if (a->school_id != r->school_id) {
		d.reason = "another school's record";
		return d;
	}
	if ((*roles = access_relations(a, r)) == 0)
		return d;
	d.allow = 1;
	d.reason = *roles & WORKFLOW_ROLE_REVIEWEE ? "own record" :
	    *roles & WORKFLOW_ROLE_REVIEWER ? "reviewer" :
	    "headteacher or PM lead of the school";
	return d;
}

struct access_decision
access_reviewer_change(const struct actor *a, const struct access_appraisal *r)
{
	struct access_decision d = { 0, "only the reviewee may ask" };

	if (a == NULL || r == NULL)
		d.reason = "not logged in";
	else if (a->school_id != r->school_id)
		d.reason = "another school's record";
	else if (a->id == r->reviewee_id) {
		d.allow = 1;
		d.reason = "own record";
	}
	return d;
}
