/*
 * role: the school-wide roles a person holds, from directory groups
 * (configured as Roles.<Name> = group DN). Per-appraisal roles (reviewee,
 * reviewer, observer ...) are relationships decided by access, not these.
 *
 * Contract: role_from_groups() maps group DNs (compared case-insensitively)
 * to a bit set; role_set_text() renders it as the MariaDB SET text stored
 * in staff.roles ("staff,teacher"); role_parse() reads it back, ignoring
 * unknown words. Every person who can log in has ROLE_STAFF.
 */
#ifndef APPRAISAL_ROLE_H
#define APPRAISAL_ROLE_H

#include <stddef.h>

struct conf;

enum role {
	ROLE_STAFF		= 1 << 0,
	ROLE_TEACHER		= 1 << 1,
	ROLE_SUPPORT		= 1 << 2,
	ROLE_LEADERSHIP		= 1 << 3,
	ROLE_HEADTEACHER	= 1 << 4,
	ROLE_PM_LEAD		= 1 << 5,
	ROLE_CPD_COORDINATOR	= 1 << 6,
	ROLE_IT_ADMIN		= 1 << 7,
	ROLE_GOVERNOR		= 1 << 8,
	ROLE_TRUST_CEO		= 1 << 9,
	ROLE_EARLY_CAREER	= 1 << 10,
};

struct role_info {
	enum role	 role;
	const char	*word;		/* in staff.roles */
	const char	*conf;		/* Roles.<...> */
	const char	*label;		/* shown to people */
};

extern const struct role_info role_table[];
extern const size_t role_count;

unsigned int	role_from_groups(const struct conf *, char *const *groups,
		    size_t ngroups);
/* Writes the SET text into out (at most outsz bytes). */
void		role_set_text(unsigned int roles, char *out, size_t outsz);
unsigned int	role_parse(const char *set_text);

#endif
