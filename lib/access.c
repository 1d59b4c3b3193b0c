#include <stddef.h>

#include "access.h"
#include "role.h"
#include "session.h"

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
