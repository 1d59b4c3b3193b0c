/*
 * access: the one place that decides who may do what. Deny by default.
 *
 * This version decides at the level of a route's capability (who may open
 * a page at all). Decisions on individual records (an appraisal, a
 * statement) join this table as those records are built; no handler
 * decides access by itself.
 *
 * Contract: access_route() returns allow = 1 only when the table below
 * grants the capability to one of the actor's roles; an anonymous actor
 * (NULL) gets only ACCESS_PUBLIC. The reason is a static string for the
 * audit log.
 */
#ifndef APPRAISAL_ACCESS_H
#define APPRAISAL_ACCESS_H

struct actor;

enum access_cap {
	ACCESS_PUBLIC,		/* anyone, logged in or not */
	ACCESS_STAFF,		/* any logged-in member of staff */
	ACCESS_SCHOOL_ADMIN,	/* head, PM lead, IT administrator */
	ACCESS_SCHOOL_PROGRESS,	/* head, PM lead: counts and overdue list */
	ACCESS_SCHOOL_POLICY,	/* head, PM lead: the school's policy settings */
	ACCESS_SCHOOL_HEAD,	/* head only: deciding reviewer changes */
	ACCESS__COUNT
};

struct access_decision {
	int		 allow;
	const char	*reason;
};

struct access_decision	access_route(const struct actor *, enum access_cap);

/* What access needs to know of one appraisal. */
struct access_appraisal {
	long long	school_id;
	long long	reviewee_id;
	long long	reviewer_id;	/* 0: none assigned */
};

/*
 * May the actor read this appraisal's plan, and in which relationships
 * (enum workflow_role bits, in *roles) do they stand to it? Deny by
 * default: another school's record is never visible; the reviewee and the
 * reviewer may read; the head and the PM lead of the school may read any
 * but never act as head or PM lead on their own. Which events a role may
 * fire is the workflow's table.
 */
struct access_decision	access_appraisal(const struct actor *,
			    const struct access_appraisal *, unsigned int *roles);
const char		*access_cap_name(enum access_cap);

/*
 * May the actor ask for a different reviewer on this appraisal? Only its
 * reviewee, in their own school (SPEC 1: a reviewee may ask, with
 * reasons); everyone else is refused.
 */
struct access_decision	access_reviewer_change(const struct actor *,
			    const struct access_appraisal *);

#endif
