/* Unit tests of lib/access: the (relationship, action) table for every
 * relationship and action, written out again here from SPEC section 1,
 * and the relationships a person holds to a record. */
#include <string.h>

#include "access.h"
#include "role.h"
#include "session.h"
#include "unit.h"
#include "workflow.h"

#define P  (1u << ACCESS_READ_PLAN)
#define X  (1u << ACCESS_ACT_PLAN)
#define H  (1u << ACCESS_READ_HISTORY)
#define O  (1u << ACCESS_READ_OBSERVATIONS)
#define OO (1u << ACCESS_READ_OWN_OBSERVATIONS)
#define W  (1u << ACCESS_WRITE_OBSERVATION)
#define R  (1u << ACCESS_READ_REVIEW)
#define M  (1u << ACCESS_READ_RATING_PAY)
#define T  (1u << ACCESS_READ_TRAINING_NEEDS)
#define L  (1u << ACCESS_READ_ACCESS_LOG)
#define Q  (1u << ACCESS_REQUEST_ACCESS)
#define D  (1u << ACCESS_DECIDE_ACCESS)
#define RC (1u << ACCESS_REQUEST_REVIEWER_CHANGE)
#define DC (1u << ACCESS_DECIDE_REVIEWER_CHANGE)
#define F  (1u << ACCESS_GIVE_FEEDBACK)
#define C  (1u << ACCESS_COMMENT_OBSERVATION)
#define K  (1u << ACCESS_LINK_REVISION)
#define MO (1u << ACCESS_MODERATE)
#define WR (1u << ACCESS_WRITE_REVIEW)
#define CV (1u << ACCESS_COMMENT_REVIEW)
#define CR (1u << ACCESS_READ_CONCERN)
#define CW (1u << ACCESS_WRITE_CONCERN)
#define CC (1u << ACCESS_COMMENT_CONCERN)
#define RA (1u << ACCESS_READ_APPEAL)
#define LA (1u << ACCESS_LODGE_APPEAL)
#define HA (1u << ACCESS_HEAR_APPEAL)

/* What each relationship may do: every other action is refused. */
static const struct {
	unsigned int	rel;
	unsigned int	may;
} expected[] = {
	{ ACCESS_REL_REVIEWEE, P | X | H | O | OO | R | M | T | L | RC | C | CV |
	    CR | CC | RA | LA },
	{ ACCESS_REL_REVIEWER, P | X | H | O | OO | R | M | T | W | F | K | WR |
	    RA },
	{ ACCESS_REL_LINE_MANAGER, Q },
	{ ACCESS_REL_LINE_MANAGER_GRANTED, P },
	{ ACCESS_REL_HEADTEACHER, P | X | H | O | OO | R | M | T | D | DC | W | F | MO |
	    CR | CW | RA },
	{ ACCESS_REL_PM_LEAD, P | X | H | O | OO | R | M | T | D | W | F | MO | CR |
	    CW | RA },
	{ ACCESS_REL_OBSERVER, OO | W | F },
	{ ACCESS_REL_RECORD_OBSERVER, OO | F },
	{ ACCESS_REL_HEAD_PANEL, P | X | H | O | OO | R | M | T | K | WR },
	{ ACCESS_REL_ADVISER, P | R },
	{ ACCESS_REL_PAY_COMMITTEE, M },
	{ ACCESS_REL_CPD_COORDINATOR, T },
	{ ACCESS_REL_TRUST_CEO, P | H | R | M | RA },
	{ ACCESS_REL_APPEAL_PANEL, P | H | R | M | T | RA | HA },
	{ ACCESS_REL_IT_ADMIN, 0 },
};
#define NEXPECTED (sizeof(expected) / sizeof(expected[0]))

START_TEST(test_table_every_relationship_and_action)
{
	unsigned int a;
	size_t i;

	ck_assert_uint_eq(NEXPECTED, ACCESS_REL_COUNT);
	for (i = 0; i < NEXPECTED; i++) {
		ck_assert_ptr_nonnull(access_rel_label(expected[i].rel));
		for (a = 0; a < ACCESS_ACTION__COUNT; a++)
			ck_assert_msg(access_rel_allows(expected[i].rel, a) ==
			    (int)((expected[i].may >> a) & 1), "%s may %s: want %u",
			    access_rel_label(expected[i].rel),
			    access_action_name(a), (expected[i].may >> a) & 1);
		/* Out of range: refused. */
		ck_assert_int_eq(access_rel_allows(expected[i].rel,
		    ACCESS_ACTION__COUNT), 0);
		ck_assert_int_eq(access_rel_allows(expected[i].rel,
		    (enum access_action)-1), 0);
	}
	/* No relationship, several bits, an unknown bit: refused. */
	for (a = 0; a < ACCESS_ACTION__COUNT; a++) {
		ck_assert_int_eq(access_rel_allows(0, a), 0);
		ck_assert_int_eq(access_rel_allows(ACCESS_REL_REVIEWEE |
		    ACCESS_REL_REVIEWER, a), 0);
		ck_assert_int_eq(access_rel_allows(1u << 20, a), 0);
		ck_assert_ptr_nonnull(access_action_name(a));
	}
}
END_TEST

/* ---- people and one record ------------------------------------------- */

enum { SCHOOL = 10, OTHER_SCHOOL = 11, TRUST = 3 };
enum { REVIEWEE = 100, REVIEWER = 101, PERSON = 102 };

static struct actor
person(long long id, long long school, unsigned int roles)
{
	struct actor a;

	memset(&a, 0, sizeof(a));
	a.id = id;
	a.school_id = school;
	a.roles = ROLE_STAFF | roles;
	a.login = "someone";
	return a;
}

static struct access_record
record(void)
{
	struct access_record r;

	memset(&r, 0, sizeof(r));
	r.id = 7;
	r.school_id = SCHOOL;
	r.trust_id = TRUST;
	r.actor_trust_id = TRUST;
	r.reviewee_id = REVIEWEE;
	r.reviewer_id = REVIEWER;
	r.today = "2026-11-30";
	r.grant_until = "";
	return r;
}

/* Every action of one person on one record against what their
 * relationships allow according to `expected`. */
static void
check_person(const struct actor *a, const struct access_record *r,
    unsigned int want_rels)
{
	struct access_decision d;
	unsigned int rels, may = 0, act;
	size_t i;

	for (i = 0; i < NEXPECTED; i++)
		if (want_rels & expected[i].rel)
			may |= expected[i].may;
	if (r->reviewee_is_head)	/* the head's concerns: governors' */
		may &= ~(CR | CW | CC);
	for (act = 0; act < ACCESS_ACTION__COUNT; act++) {
		d = access_check(a, act, r, &rels);
		ck_assert_uint_eq(rels, want_rels);
		ck_assert_msg(d.allow == (int)((may >> act) & 1),
		    "person %lld, %s: allow %d (%s)", a->id,
		    access_action_name(act), d.allow, d.reason);
		ck_assert_ptr_nonnull(d.reason);
	}
	d = access_check(a, ACCESS_ACTION__COUNT, r, NULL);
	ck_assert_int_eq(d.allow, 0);
}

START_TEST(test_each_role_on_a_record)
{
	struct access_record r = record();
	struct actor a;

	a = person(REVIEWEE, SCHOOL, ROLE_TEACHER);
	check_person(&a, &r, ACCESS_REL_REVIEWEE);
	a = person(REVIEWER, SCHOOL, ROLE_TEACHER);
	check_person(&a, &r, ACCESS_REL_REVIEWER);
	a = person(PERSON, SCHOOL, ROLE_TEACHER);
	check_person(&a, &r, 0);
	a = person(PERSON, SCHOOL, ROLE_HEADTEACHER | ROLE_LEADERSHIP);
	check_person(&a, &r, ACCESS_REL_HEADTEACHER);
	a = person(PERSON, SCHOOL, ROLE_PM_LEAD | ROLE_LEADERSHIP);
	check_person(&a, &r, ACCESS_REL_PM_LEAD);
	a = person(PERSON, SCHOOL, ROLE_CPD_COORDINATOR | ROLE_TEACHER);
	check_person(&a, &r, ACCESS_REL_CPD_COORDINATOR);
	a = person(PERSON, SCHOOL, ROLE_IT_ADMIN | ROLE_SUPPORT);
	check_person(&a, &r, ACCESS_REL_IT_ADMIN);
	a = person(PERSON, SCHOOL, ROLE_GOVERNOR);
	check_person(&a, &r, 0);
	a = person(PERSON, SCHOOL, ROLE_TRUST_CEO);	/* not a head's record */
	check_person(&a, &r, 0);
	a = person(PERSON, SCHOOL, ROLE_EARLY_CAREER | ROLE_SUPPORT);
	check_person(&a, &r, 0);
	/* Observer: named in the observation plan. */
	r.ties = ACCESS_TIE_OBSERVER;
	a = person(PERSON, SCHOOL, ROLE_TEACHER);
	check_person(&a, &r, ACCESS_REL_OBSERVER);
	/* Observer of a recorded observation: reads their own, no more. */
	r.ties = ACCESS_TIE_RECORD_OBSERVER;
	check_person(&a, &r, ACCESS_REL_RECORD_OBSERVER);
	ck_assert_int_eq(access_check(&a, ACCESS_WRITE_OBSERVATION, &r,
	    NULL).allow, 0);
	ck_assert_int_eq(access_check(&a, ACCESS_READ_OBSERVATIONS, &r,
	    NULL).allow, 0);
	/* Pay committee: a governor, staff eligible for pay progression. */
	r.ties = ACCESS_TIE_PAY_COMMITTEE;
	a = person(PERSON, SCHOOL, ROLE_GOVERNOR);
	check_person(&a, &r, 0);
	r.pay_eligible = 1;
	check_person(&a, &r, ACCESS_REL_PAY_COMMITTEE);
	a = person(PERSON, SCHOOL, ROLE_TEACHER);	/* not a governor */
	check_person(&a, &r, 0);
	/* Head's panel and adviser: only on the headteacher's appraisal. */
	r.ties = ACCESS_TIE_HEAD_PANEL | ACCESS_TIE_ADVISER;
	a = person(PERSON, SCHOOL, ROLE_GOVERNOR);
	check_person(&a, &r, 0);
	r.reviewee_is_head = 1;
	check_person(&a, &r, ACCESS_REL_HEAD_PANEL | ACCESS_REL_ADVISER);
	r.ties = ACCESS_TIE_ADVISER;
	a = person(PERSON, SCHOOL, 0);
	check_person(&a, &r, ACCESS_REL_ADVISER);
}
END_TEST

START_TEST(test_headteachers_appraisal)
{
	struct access_record r = record();
	struct actor a;

	r.reviewee_is_head = 1;
	/* The head on their own: reviewee only, never head. */
	a = person(REVIEWEE, SCHOOL, ROLE_HEADTEACHER | ROLE_TRUST_CEO);
	check_person(&a, &r, ACCESS_REL_REVIEWEE);
	/* The PM lead does not read the head's appraisal. */
	a = person(PERSON, SCHOOL, ROLE_PM_LEAD);
	check_person(&a, &r, 0);
	/* The chair of governors as the assigned reviewer. */
	a = person(REVIEWER, SCHOOL, ROLE_GOVERNOR);
	check_person(&a, &r, ACCESS_REL_REVIEWER);
	ck_assert_uint_eq(access_workflow_roles(ACCESS_REL_HEAD_PANEL),
	    WORKFLOW_ROLE_REVIEWER);
	/* The trust CEO: the heads' appraisals of the trust's schools. */
	a = person(PERSON, SCHOOL, ROLE_TRUST_CEO);
	check_person(&a, &r, ACCESS_REL_TRUST_CEO);
	a = person(PERSON, OTHER_SCHOOL, ROLE_TRUST_CEO);
	check_person(&a, &r, ACCESS_REL_TRUST_CEO);
	a.id = REVIEWER;		/* assigned to review this head */
	check_person(&a, &r, ACCESS_REL_TRUST_CEO | ACCESS_REL_REVIEWER);
	r.actor_trust_id = TRUST + 1;	/* another trust */
	check_person(&a, &r, 0);
	a.id = PERSON;
	check_person(&a, &r, 0);
	r.actor_trust_id = 0;
	r.trust_id = 0;			/* a school in no trust */
	check_person(&a, &r, 0);
}
END_TEST

/* Moderation: the head and the PM lead, but nobody on a statement they
 * reviewed, nor on their own or the head's appraisal. */
START_TEST(test_moderation)
{
	struct access_record r = record();
	struct access_decision d;
	struct actor a;
	unsigned int rels;

	a = person(PERSON, SCHOOL, ROLE_HEADTEACHER);
	ck_assert_int_eq(access_check(&a, ACCESS_MODERATE, &r, NULL).allow, 1);
	a = person(PERSON, SCHOOL, ROLE_PM_LEAD);
	ck_assert_int_eq(access_check(&a, ACCESS_MODERATE, &r, NULL).allow, 1);
	/* The PM lead who reviewed it: reads it, does not moderate it. */
	a = person(REVIEWER, SCHOOL, ROLE_PM_LEAD);
	d = access_check(&a, ACCESS_MODERATE, &r, &rels);
	ck_assert_int_eq(d.allow, 0);
	ck_assert_uint_eq(rels, ACCESS_REL_REVIEWER | ACCESS_REL_PM_LEAD);
	ck_assert_str_eq(d.reason, "nobody moderates a statement they reviewed");
	ck_assert_int_eq(access_check(&a, ACCESS_READ_PLAN, &r, NULL).allow, 1);
	a = person(REVIEWEE, SCHOOL, ROLE_HEADTEACHER | ROLE_PM_LEAD);
	ck_assert_int_eq(access_check(&a, ACCESS_MODERATE, &r, NULL).allow, 0);
	a = person(PERSON, SCHOOL, ROLE_TEACHER | ROLE_GOVERNOR | ROLE_IT_ADMIN |
	    ROLE_CPD_COORDINATOR);
	ck_assert_int_eq(access_check(&a, ACCESS_MODERATE, &r, NULL).allow, 0);
	a = person(PERSON, OTHER_SCHOOL, ROLE_HEADTEACHER);
	ck_assert_int_eq(access_check(&a, ACCESS_MODERATE, &r, NULL).allow, 0);
	r.reviewee_is_head = 1;
	a = person(PERSON, SCHOOL, ROLE_PM_LEAD);
	ck_assert_int_eq(access_check(&a, ACCESS_MODERATE, &r, NULL).allow, 0);
	ck_assert_str_eq(access_action_name(ACCESS_MODERATE), "moderate");
}
END_TEST

/* Performance concerns: the head and the PM lead record them, the
 * person reads and comments; nobody else, and nobody at all on the
 * headteacher's appraisal (the governors deal with the head's). */
START_TEST(test_concerns)
{
	struct access_record r = record();
	struct access_decision d;
	struct actor a;

	a = person(PERSON, SCHOOL, ROLE_HEADTEACHER);
	ck_assert_int_eq(access_check(&a, ACCESS_WRITE_CONCERN, &r, NULL).allow, 1);
	ck_assert_int_eq(access_check(&a, ACCESS_READ_CONCERN, &r, NULL).allow, 1);
	ck_assert_int_eq(access_check(&a, ACCESS_COMMENT_CONCERN, &r, NULL).allow, 0);
	a = person(PERSON, SCHOOL, ROLE_PM_LEAD);
	ck_assert_int_eq(access_check(&a, ACCESS_WRITE_CONCERN, &r, NULL).allow, 1);
	a = person(REVIEWEE, SCHOOL, ROLE_TEACHER);
	ck_assert_int_eq(access_check(&a, ACCESS_READ_CONCERN, &r, NULL).allow, 1);
	ck_assert_int_eq(access_check(&a, ACCESS_COMMENT_CONCERN, &r, NULL).allow, 1);
	ck_assert_int_eq(access_check(&a, ACCESS_WRITE_CONCERN, &r, NULL).allow, 0);
	/* The PM lead's own: the person, not the PM lead. */
	a = person(REVIEWEE, SCHOOL, ROLE_PM_LEAD);
	ck_assert_int_eq(access_check(&a, ACCESS_WRITE_CONCERN, &r, NULL).allow, 0);
	ck_assert_int_eq(access_check(&a, ACCESS_READ_CONCERN, &r, NULL).allow, 1);
	/* The reviewer, a line manager with access, an observer, a governor. */
	a = person(REVIEWER, SCHOOL, ROLE_TEACHER);
	ck_assert_int_eq(access_check(&a, ACCESS_READ_CONCERN, &r, NULL).allow, 0);
	r.ties = ACCESS_TIE_LINE_MANAGER | ACCESS_TIE_OBSERVER |
	    ACCESS_TIE_RECORD_OBSERVER | ACCESS_TIE_PAY_COMMITTEE;
	r.grant_id = 5;
	r.pay_eligible = 1;
	a = person(PERSON, SCHOOL, ROLE_TEACHER | ROLE_GOVERNOR |
	    ROLE_CPD_COORDINATOR | ROLE_IT_ADMIN);
	ck_assert_int_eq(access_check(&a, ACCESS_READ_CONCERN, &r, NULL).allow, 0);
	ck_assert_int_eq(access_check(&a, ACCESS_WRITE_CONCERN, &r, NULL).allow, 0);
	r = record();
	a = person(PERSON, OTHER_SCHOOL, ROLE_HEADTEACHER);
	ck_assert_int_eq(access_check(&a, ACCESS_READ_CONCERN, &r, NULL).allow, 0);
	/* The headteacher's appraisal: refused to everyone in the school,
	 * the head included. */
	r.reviewee_is_head = 1;
	a = person(REVIEWEE, SCHOOL, ROLE_HEADTEACHER);
	d = access_check(&a, ACCESS_READ_CONCERN, &r, NULL);
	ck_assert_int_eq(d.allow, 0);
	ck_assert_str_eq(d.reason,
	    "concerns about the headteacher are for the governors");
	a = person(PERSON, SCHOOL, ROLE_PM_LEAD);
	ck_assert_int_eq(access_check(&a, ACCESS_WRITE_CONCERN, &r, NULL).allow, 0);
	a = person(PERSON, SCHOOL, ROLE_TRUST_CEO);
	ck_assert_int_eq(access_check(&a, ACCESS_READ_CONCERN, &r, NULL).allow, 0);
	ck_assert_str_eq(access_action_name(ACCESS_READ_CONCERN),
	    "read performance concerns");
}
END_TEST

START_TEST(test_another_school_never)
{
	static const unsigned int roles[] = { ROLE_TEACHER, ROLE_HEADTEACHER,
	    ROLE_PM_LEAD, ROLE_CPD_COORDINATOR, ROLE_IT_ADMIN, ROLE_GOVERNOR,
	    ROLE_TRUST_CEO, ROLE_SUPPORT, ROLE_LEADERSHIP, 0xffffu };
	struct access_record r = record();
	struct access_decision d;
	struct actor a;
	unsigned int act, rels;
	size_t i;

	/* Every tie the database could report, a grant running, and the
	 * same ids as the record's reviewee and reviewer. */
	r.ties = ACCESS_TIE_LINE_MANAGER | ACCESS_TIE_OBSERVER |
	    ACCESS_TIE_HEAD_PANEL | ACCESS_TIE_ADVISER | ACCESS_TIE_PAY_COMMITTEE |
	    ACCESS_TIE_RECORD_OBSERVER;
	r.grant_id = 5;
	r.pay_eligible = 1;
	for (i = 0; i < sizeof(roles) / sizeof(roles[0]); i++) {
		a = person(REVIEWER, OTHER_SCHOOL, roles[i]);
		if (roles[i] & ROLE_TRUST_CEO)
			continue;	/* heads' appraisals only: below */
		for (act = 0; act < ACCESS_ACTION__COUNT; act++) {
			d = access_check(&a, act, &r, &rels);
			ck_assert_int_eq(d.allow, 0);
			ck_assert_uint_eq(rels, 0);
			ck_assert_str_eq(d.reason, "another school's record");
		}
		a.id = REVIEWEE;
		ck_assert_int_eq(access_check(&a, ACCESS_READ_PLAN, &r, NULL).allow, 0);
	}
	/* Not a head's record: the trust CEO of another school neither. */
	a = person(PERSON, OTHER_SCHOOL, ROLE_TRUST_CEO);
	for (act = 0; act < ACCESS_ACTION__COUNT; act++)
		ck_assert_int_eq(access_check(&a, act, &r, NULL).allow, 0);
}
END_TEST

START_TEST(test_line_manager_grant)
{
	struct access_record r = record();
	struct access_decision d;
	struct actor a = person(PERSON, SCHOOL, ROLE_TEACHER);

	/* Not a line manager: nothing, not even asking. */
	check_person(&a, &r, 0);
	r.ties = ACCESS_TIE_LINE_MANAGER;
	check_person(&a, &r, ACCESS_REL_LINE_MANAGER);
	d = access_check(&a, ACCESS_READ_PLAN, &r, NULL);
	ck_assert_str_eq(d.reason, "line manager without access granted");
	/* A grant with no end date. */
	r.grant_id = 9;
	check_person(&a, &r, ACCESS_REL_LINE_MANAGER |
	    ACCESS_REL_LINE_MANAGER_GRANTED);
	d = access_check(&a, ACCESS_READ_PLAN, &r, NULL);
	ck_assert_str_eq(d.reason, "line manager with access granted");
	/* Until today: still on; until yesterday: ended. */
	r.grant_until = "2026-11-30";
	check_person(&a, &r, ACCESS_REL_LINE_MANAGER |
	    ACCESS_REL_LINE_MANAGER_GRANTED);
	r.grant_until = "2026-11-29";
	check_person(&a, &r, ACCESS_REL_LINE_MANAGER);
	/* No day known: not active. */
	r.grant_until = "";
	r.today = "";
	check_person(&a, &r, ACCESS_REL_LINE_MANAGER);
	r.today = NULL;
	check_person(&a, &r, ACCESS_REL_LINE_MANAGER);
	/* A grant without the line-manager tie is nothing. */
	r.today = "2026-11-30";
	r.ties = 0;
	check_person(&a, &r, 0);
	/* The reviewee's own line-manager tie to themselves: reviewee only. */
	a = person(REVIEWEE, SCHOOL, ROLE_TEACHER);
	r.ties = ACCESS_TIE_LINE_MANAGER;
	check_person(&a, &r, ACCESS_REL_REVIEWEE);
	/* A line manager who is also the reviewer reads as the reviewer. */
	a = person(REVIEWER, SCHOOL, ROLE_TEACHER);
	d = access_check(&a, ACCESS_READ_PLAN, &r, NULL);
	ck_assert_int_eq(d.allow, 1);
	ck_assert_str_eq(d.reason, "reviewer");
}
END_TEST

START_TEST(test_no_actor_no_record)
{
	struct access_record r = record();
	struct actor a = person(PERSON, SCHOOL, ROLE_HEADTEACHER);
	struct access_decision d;
	unsigned int act, rels = 99;

	for (act = 0; act < ACCESS_ACTION__COUNT; act++) {
		d = access_check(NULL, act, &r, &rels);
		ck_assert_int_eq(d.allow, 0);
		ck_assert_uint_eq(rels, 0);
		ck_assert_int_eq(access_check(&a, act, NULL, NULL).allow, 0);
	}
	memset(&r, 0, sizeof(r));	/* a record that was not found */
	ck_assert_int_eq(access_check(&a, ACCESS_READ_PLAN, &r, NULL).allow, 0);
	a.id = 0;
	r = record();
	ck_assert_int_eq(access_check(&a, ACCESS_READ_PLAN, &r, NULL).allow, 0);
}
END_TEST

START_TEST(test_workflow_roles)
{
	ck_assert_uint_eq(access_workflow_roles(0), 0);
	ck_assert_uint_eq(access_workflow_roles(ACCESS_REL_REVIEWEE),
	    WORKFLOW_ROLE_REVIEWEE);
	ck_assert_uint_eq(access_workflow_roles(ACCESS_REL_REVIEWER |
	    ACCESS_REL_HEADTEACHER | ACCESS_REL_PM_LEAD),
	    WORKFLOW_ROLE_REVIEWER | WORKFLOW_ROLE_HEADTEACHER |
	    WORKFLOW_ROLE_PM_LEAD);
	/* Reading roles take no workflow step. */
	ck_assert_uint_eq(access_workflow_roles(ACCESS_REL_LINE_MANAGER |
	    ACCESS_REL_LINE_MANAGER_GRANTED | ACCESS_REL_OBSERVER |
	    ACCESS_REL_RECORD_OBSERVER | ACCESS_REL_ADVISER | ACCESS_REL_PAY_COMMITTEE |
	    ACCESS_REL_CPD_COORDINATOR | ACCESS_REL_TRUST_CEO |
	    ACCESS_REL_IT_ADMIN), 0);
}
END_TEST

START_TEST(test_earlier_interface)
{
	struct access_appraisal r = { SCHOOL, REVIEWEE, REVIEWER };
	struct actor a;
	unsigned int roles = 99;

	a = person(REVIEWEE, SCHOOL, ROLE_TEACHER);
	ck_assert_int_eq(access_appraisal(&a, &r, &roles).allow, 1);
	ck_assert_uint_eq(roles, WORKFLOW_ROLE_REVIEWEE);
	a = person(REVIEWER, SCHOOL, ROLE_TEACHER);
	ck_assert_int_eq(access_appraisal(&a, &r, &roles).allow, 1);
	ck_assert_uint_eq(roles, WORKFLOW_ROLE_REVIEWER);
	a = person(PERSON, SCHOOL, ROLE_PM_LEAD);
	ck_assert_int_eq(access_appraisal(&a, &r, &roles).allow, 1);
	ck_assert_uint_eq(roles, WORKFLOW_ROLE_PM_LEAD);
	a = person(PERSON, OTHER_SCHOOL, ROLE_HEADTEACHER);
	ck_assert_int_eq(access_appraisal(&a, &r, &roles).allow, 0);
	ck_assert_uint_eq(roles, 0);
	a = person(PERSON, SCHOOL, ROLE_TEACHER | ROLE_IT_ADMIN |
	    ROLE_CPD_COORDINATOR | ROLE_GOVERNOR);
	ck_assert_int_eq(access_appraisal(&a, &r, &roles).allow, 0);
	ck_assert_int_eq(access_appraisal(&a, NULL, &roles).allow, 0);
	ck_assert_int_eq(access_appraisal(NULL, &r, &roles).allow, 0);
}
END_TEST

static Suite *
access_suite(void)
{
	Suite *s = suite_create("access");
	TCase *t = tcase_create("table");

	tcase_add_test(t, test_table_every_relationship_and_action);
	tcase_add_test(t, test_each_role_on_a_record);
	tcase_add_test(t, test_headteachers_appraisal);
	tcase_add_test(t, test_moderation);
	tcase_add_test(t, test_concerns);
	tcase_add_test(t, test_another_school_never);
	tcase_add_test(t, test_line_manager_grant);
	tcase_add_test(t, test_no_actor_no_record);
	tcase_add_test(t, test_workflow_roles);
	tcase_add_test(t, test_earlier_interface);
	suite_add_tcase(s, t);
	return s;
}

UNIT_MAIN(access_suite)
