#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "conf.h"
#include "role.h"

const struct role_info role_table[] = {
	{ ROLE_STAFF, "staff", NULL, "Member of staff" },
	{ ROLE_TEACHER, "teacher", "Roles.Teacher", "Teacher" },
	{ ROLE_SUPPORT, "support", "Roles.Support", "Support staff" },
	{ ROLE_LEADERSHIP, "leadership", "Roles.Leadership", "Leadership team" },
	{ ROLE_HEADTEACHER, "headteacher", "Roles.Headteacher", "Headteacher" },
	{ ROLE_PM_LEAD, "pm_lead", "Roles.PMLead",
	    "Performance-management lead" },
	{ ROLE_CPD_COORDINATOR, "cpd_coordinator", "Roles.CPDCoordinator",
	    "CPD coordinator" },
	{ ROLE_IT_ADMIN, "it_admin", "Roles.ITAdmin", "IT administrator" },
	{ ROLE_GOVERNOR, "governor", "Roles.Governor", "Governor" },
	{ ROLE_TRUST_CEO, "trust_ceo", "Roles.TrustCEO", "Trust chief executive" },
	{ ROLE_EARLY_CAREER, "early_career", "Roles.EarlyCareer",
	    "Early-career teacher" },
};

const size_t role_count = sizeof(role_table) / sizeof(role_table[0]);

unsigned int
role_from_groups(const struct conf *c, char *const *groups, size_t ngroups)
{
	unsigned int roles = ROLE_STAFF;
	const char *dn;
	size_t i, g;

	for (i = 0; i < role_count; i++) {
		if (role_table[i].conf == NULL)
			continue;
		dn = conf_str(c, role_table[i].conf);
		for (g = 0; *dn != '\0' && g < ngroups; g++)
			if (strcasecmp(dn, groups[g]) == 0)
				roles |= role_table[i].role;
	}
	return roles;
}

void
role_set_text(unsigned int roles, char *out, size_t outsz)
{
	size_t i, len = 0;
	int n;

	if (outsz == 0)
		return;
	out[0] = '\0';
	for (i = 0; i < role_count; i++) {
		if (!(roles & role_table[i].role))
			continue;
		n = snprintf(out + len, outsz - len, "%s%s", len ? "," : "",
		    role_table[i].word);
		if (n < 0 || (size_t)n >= outsz - len)
			return;
		len += (size_t)n;
	}
}

unsigned int
role_parse(const char *text)
{
	unsigned int roles = 0;
	const char *p = text, *comma;
	size_t len, i;

	while (p != NULL && *p != '\0') {
		comma = strchr(p, ',');
		len = comma ? (size_t)(comma - p) : strlen(p);
		for (i = 0; i < role_count; i++)
			if (strlen(role_table[i].word) == len &&
			    strncmp(role_table[i].word, p, len) == 0)
				roles |= role_table[i].role;
		p = comma ? comma + 1 : NULL;
	}
	return roles;
}
