/*
 * access: the one place that decides who may do what. Deny by default.
 *
 * Two levels:
 * - access_route(): may this person open a page at all (a route's
 *   capability, from their school-wide roles)?
 * - access_check(): may this person take this action on this appraisal's
 *   records? Decided from the relationships they stand in to it (SPEC
 *   section 1: roles are relationships, not global flags) and one table of
 *   (relationship, action) -> allow, access_table[] in access.c. A
 *   relationship a person does not hold, an action no relationship of
 *   theirs allows, an unknown action, a missing record or an anonymous
 *   actor: refused.
 *
 * Relationships (access_relations()):
 * - Another school's record gives none, whatever the role, with one
 *   exception written in SPEC section 1: the trust CEO, for the
 *   headteachers' appraisals of the schools of their own trust (and as
 *   their reviewer, when assigned).
 * - Your own appraisal: reviewee, and nothing else (nobody acts as head,
 *   PM lead or line manager on their own record).
 * - Reviewer: the appraisal's assigned reviewer.
 * - Line manager: from the staff structure (table line_manager); may ask
 *   for access. Line manager with access: the same person holding a grant
 *   that is granted and not past its end date (grant_until >= today, or no
 *   end date); reads the plan sections only.
 * - Headteacher and PM lead: of the record's school, not on the head's
 *   own appraisal (governors review the head).
 * - Moderation (ACCESS_MODERATE): the headteacher and the PM lead of the
 *   record's school, never on their own or the head's appraisal, and
 *   never on a statement they reviewed themselves (nobody moderates their
 *   own work: the other of the two does).
 * - Performance concerns (ACCESS_*_CONCERN): read by the headteacher,
 *   the PM lead and the person themselves (who comments); written by the
 *   headteacher and the PM lead only; never the reviewer as such, line
 *   managers, observers, governors or the trust CEO. Never on the
 *   headteacher's appraisal, not even by the head: concerns about the
 *   head are the governors' (refused, "for the governors").
 * - Observer: named in the appraisal's observation plan; records
 *   observations as themselves, reads and gives feedback on their own
 *   records only. Observer of a record: someone the reviewer, head or PM
 *   lead recorded as the observer of one of the appraisal's records (not
 *   in the plan): reads and gives feedback on their own records only.
 *   Recording observations, drop-ins and work scrutiny: the reviewer, the
 *   head and the PM lead (the head's appraisal: its plan's observers).
 *   The teacher (reviewee) comments on them; the reviewer links a drop-in
 *   or work scrutiny to a request to revise the statement. Feedback is
 *   given by a record's own observer only (cgi-bin/observe checks the
 *   record; this table checks the relationship).
 * - Interim review and evidence (cgi-bin/review): recorded by the
 *   reviewer (the head's appraisal: its panel); read by those who may
 *   ACCESS_READ_REVIEW (the head and PM lead among them); the reviewee
 *   reads them and comments on an interim review.
 * - Appeal panel (cgi-bin/appeal): whoever hears this appraisal's appeal,
 *   decided by the product when the appeal is lodged and never edited
 *   (appeal.hearer_kind, assessment_hearer()): the school's headteacher;
 *   or, when the head took part in the review (or it is the head's own),
 *   the chief executive of the school's trust, or else a governor of the
 *   school (any governor from the directory until one arranges the
 *   hearing, then that governor only). Never the appraisal's reviewer or
 *   reviewee. The panel reads the disputed report and the plan, and
 *   arranges, holds and decides the hearing; the reviewee lodges the
 *   appeal; the reviewer, the head and the PM lead read it.
 * - Governor of the head's panel, external adviser: on the headteacher's
 *   appraisal only. Pay committee: rating and pay recommendation of staff
 *   eligible for pay progression. CPD coordinator: training needs.
 *   Trust CEO: headteachers' appraisals. IT administrator: configuration
 *   (route level), never an appraisal's contents.
 *
 * Facts only the database knows (line manager, observer, panels, grants)
 * arrive in struct access_record, loaded by access_load() in one query.
 *
 * Facts that grant access, and who can change them (nobody may make the
 * fact that lets them in):
 * - Who a person is: the directory entry's immutable identifier
 *   (entryUUID, objectGUID) their staff row is bound to at first sight;
 *   log-in names compare exactly; another entry under a known name is
 *   refused (lib/model/staff.h). Only the directory's administrators
 *   create entries, and a new entry is a new person.
 * - Who is the headteacher (ROLE_HEADTEACHER, reviewee_is_head): members
 *   of the directory's headteachers group (Roles.Headteacher), read at
 *   each log-in and sync into staff.roles. IT and the governors, through
 *   the directory, decide it; no page of the product edits roles, and the
 *   staff details' group Headteacher must agree with it
 *   (staff_detail_group_rule()), so the PM lead can neither make nor
 *   unmake a head.
 * - Who reviews whom: the head or PM lead assigns reviewers
 *   (admin/reviewers, form and CSV) and the head decides reviewer changes;
 *   nobody is their own reviewer, nobody chooses the reviewer of their own
 *   appraisal, and nobody at the school can become the headteacher's
 *   reviewer (the governors' panel reviews the head; until the product
 *   records the panel, nobody can be assigned).
 * - Line manager: the staff details (head, PM lead); gives only the right
 *   to ask. Access itself is granted by the head or PM lead, never by the
 *   line manager, and never on the head's appraisal.
 *
 * Contract: all functions here but access_load() are pure. Reasons and
 * labels are static strings. access_check() sets *rels (if not NULL) to
 * every relationship held, allowed or not.
 */
#ifndef APPRAISAL_ACCESS_H
#define APPRAISAL_ACCESS_H

#include "arena.h"
#include "db.h"

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

/* What may be done to one appraisal's records. */
enum access_action {
	ACCESS_READ_PLAN,		/* planning statement and its versions */
	ACCESS_ACT_PLAN,		/* take a workflow step (which: workflow) */
	ACCESS_READ_HISTORY,		/* the appraisal's events and comments */
	ACCESS_READ_OBSERVATIONS,	/* every observation record */
	ACCESS_READ_OWN_OBSERVATIONS,	/* those this person wrote */
	ACCESS_WRITE_OBSERVATION,
	ACCESS_READ_REVIEW,		/* interim review, assessment, report */
	ACCESS_READ_RATING_PAY,		/* overall rating, pay recommendation */
	ACCESS_READ_TRAINING_NEEDS,
	ACCESS_READ_ACCESS_LOG,		/* who else opened it */
	ACCESS_REQUEST_ACCESS,		/* a line manager asks to read the plan */
	ACCESS_DECIDE_ACCESS,		/* grant, refuse, withdraw that access */
	ACCESS_REQUEST_REVIEWER_CHANGE,	/* the reviewee asks, with reasons */
	ACCESS_DECIDE_REVIEWER_CHANGE,	/* the head grants or refuses */
	ACCESS_GIVE_FEEDBACK,		/* on a record: its observer only */
	ACCESS_COMMENT_OBSERVATION,	/* the teacher's comments on one */
	ACCESS_LINK_REVISION,		/* a drop-in led to a revision */
	ACCESS_MODERATE,		/* read for moderation; fine / revise */
	ACCESS_WRITE_REVIEW,		/* interim review, evidence: reviewer */
	ACCESS_COMMENT_REVIEW,		/* the reviewee's comment on one */
	ACCESS_READ_CONCERN,		/* performance concerns, outcomes */
	ACCESS_WRITE_CONCERN,		/* record them, the outcome, resume */
	ACCESS_COMMENT_CONCERN,		/* the person's comment on them */
	ACCESS_READ_APPEAL,		/* the appeal, its hearing, outcome */
	ACCESS_LODGE_APPEAL,		/* the reviewee appeals the report */
	ACCESS_HEAR_APPEAL,		/* arrange, hold, decide: the panel */
	ACCESS_ACTION__COUNT
};

/* Relationships of a person to an appraisal: bits of a set. */
enum access_rel {
	ACCESS_REL_REVIEWEE		= 1 << 0,
	ACCESS_REL_REVIEWER		= 1 << 1,
	ACCESS_REL_LINE_MANAGER		= 1 << 2,	/* no grant needed */
	ACCESS_REL_LINE_MANAGER_GRANTED	= 1 << 3,	/* active grant */
	ACCESS_REL_HEADTEACHER		= 1 << 4,
	ACCESS_REL_PM_LEAD		= 1 << 5,
	ACCESS_REL_OBSERVER		= 1 << 6,
	ACCESS_REL_HEAD_PANEL		= 1 << 7,
	ACCESS_REL_ADVISER		= 1 << 8,
	ACCESS_REL_PAY_COMMITTEE	= 1 << 9,
	ACCESS_REL_CPD_COORDINATOR	= 1 << 10,
	ACCESS_REL_TRUST_CEO		= 1 << 11,
	ACCESS_REL_IT_ADMIN		= 1 << 12,
	ACCESS_REL_RECORD_OBSERVER	= 1 << 13,
	ACCESS_REL_APPEAL_PANEL		= 1 << 14,	/* hears this appeal */
};
#define ACCESS_REL_COUNT 15

/* Ties of the actor to the record that only the database knows. */
enum access_tie {
	ACCESS_TIE_LINE_MANAGER		= 1 << 0,
	ACCESS_TIE_OBSERVER		= 1 << 1,
	ACCESS_TIE_HEAD_PANEL		= 1 << 2,
	ACCESS_TIE_ADVISER		= 1 << 3,
	ACCESS_TIE_PAY_COMMITTEE	= 1 << 4,
	ACCESS_TIE_RECORD_OBSERVER	= 1 << 5,
};

/* What access needs to know of one appraisal and one actor. */
struct access_record {
	long long	 id;		/* the appraisal */
	long long	 school_id;
	long long	 trust_id;	/* the record's school's trust; 0: none */
	long long	 reviewee_id;
	long long	 reviewer_id;	/* 0: none assigned */
	int		 reviewee_is_head;
	int		 pay_eligible;	/* eligible for pay progression */
	long long	 actor_trust_id;	/* the actor's school's trust */
	unsigned int	 ties;		/* enum access_tie */
	long long	 grant_id;	/* the actor's latest granted request; 0 */
	const char	*grant_until;	/* its end, YYYY-MM-DD; "" or NULL: none */
	const char	*today;		/* YYYY-MM-DD */
	const char	*appeal_hearer;	/* "head", "trust_ceo", "governor";
					   "" or NULL: no appeal */
	long long	 appeal_heard_by;	/* who took the hearing; 0 */
	long long	 config_version;	/* its school's: lib/model/school_conf */
};

unsigned int		access_relations(const struct actor *,
			    const struct access_record *, const char **why_none);
struct access_decision	access_check(const struct actor *, enum access_action,
			    const struct access_record *, unsigned int *rels);
/* The table: 1 if relationship `rel` (one bit) may take `action`. */
int			access_rel_allows(unsigned int rel, enum access_action);
/* The workflow roles (enum workflow_role bits) these relationships hold. */
unsigned int		access_workflow_roles(unsigned int rels);
const char		*access_rel_label(unsigned int rel);
const char		*access_action_name(enum access_action);

/*
 * Load the record of appraisal `id` as seen by `a`, today (YYYY-MM-DD,
 * copied into the arena): DB_OK with *found 0 when there is no such
 * appraisal. Strings point into the arena.
 */
enum db_status		access_load(struct db *, struct arena *,
			    const struct actor *a, long long id,
			    const char *today, struct access_record *,
			    int *found);
/*
 * The same facts read as the first list of a page's own statement, so a
 * page costs the session's statement and its own (lib/sql.h,
 * SQL_FACTS_PART: its text, ACCESS_FACTS_NPARAMS parameters, first in
 * the page statement's parameters, set by access_facts_params()).
 * access_facts() reads that list (0 or 1 row) into *r as access_load()
 * does.
 */
#define ACCESS_FACTS_NPARAMS	6
void			access_facts_params(const struct actor *a,
			    long long id, struct db_param *p);
void			access_facts(struct arena *,
			    const struct db_result *facts, const char *today,
			    struct access_record *, int *found);

/*
 * The earlier interface, for callers not yet moved to access_check(): may
 * the actor read this appraisal's plan (ACCESS_READ_PLAN, decided by the
 * table, without the ties only access_load() knows), and in which workflow
 * roles (enum workflow_role bits, in *roles) do they stand to it?
 */
struct access_appraisal {
	long long	school_id;
	long long	reviewee_id;
	long long	reviewer_id;	/* 0: none assigned */
};

struct access_decision	access_appraisal(const struct actor *,
			    const struct access_appraisal *, unsigned int *roles);
const char		*access_cap_name(enum access_cap);

#endif
