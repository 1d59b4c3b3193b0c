/* Unit tests of lib/assessment (the end-of-cycle rules) and of the
 * appeal window that closes by itself (lib/workflow). */
#include <string.h>

#include "assessment.h"
#include "unit.h"
#include "workflow.h"

START_TEST(test_words_and_labels)
{
	ck_assert_str_eq(assessment_label(assessment_outcomes,
	    assessment_outcome_labels, "good_progress"), "Good progress");
	ck_assert_str_eq(assessment_label(assessment_outcomes,
	    assessment_outcome_labels, "bogus"), "");
	ck_assert_str_eq(assessment_label(assessment_outcomes,
	    assessment_outcome_labels, NULL), "");
	ck_assert_int_eq(assessment_is(assessment_judgements, "partly_met"), 1);
	ck_assert_int_eq(assessment_is(assessment_judgements, "Met"), 0);
	ck_assert_int_eq(assessment_is(assessment_pay_words, ""), 0);
	ck_assert_int_eq(assessment_is(NULL, "met"), 0);
	ck_assert_str_eq(assessment_label(assessment_appeal_outcomes,
	    assessment_appeal_outcome_labels, "upheld"),
	    "Upheld: the report stands");
}
END_TEST

START_TEST(test_rating_scales)
{
	/* Seed 001: three ratings; another school: effective / not. */
	ck_assert_str_eq(assessment_scale_labels("three_level")[1],
	    "Achieved expectations");
	ck_assert_ptr_null(assessment_scale_words("five_level"));
	ck_assert_ptr_null(assessment_scale_labels(NULL));
	ck_assert_int_eq(assessment_rating_successful("three_level",
	    "exceptional"), 1);
	ck_assert_int_eq(assessment_rating_successful("three_level",
	    "achieved"), 1);
	ck_assert_int_eq(assessment_rating_successful("three_level",
	    "not_met"), 0);
	ck_assert_int_eq(assessment_rating_successful("two_level",
	    "effective"), 1);
	ck_assert_int_eq(assessment_rating_successful("two_level",
	    "not_effective"), 0);
	/* A word of the other scale is not a rating on this one. */
	ck_assert_int_eq(assessment_rating_successful("two_level",
	    "achieved"), 0);
	ck_assert_int_eq(assessment_rating_successful(NULL, "achieved"), 0);
}
END_TEST

START_TEST(test_frameworks_and_pay)
{
	ck_assert_str_eq(assessment_framework("headteacher"), "headteachers");
	ck_assert_str_eq(assessment_framework("support"), "support");
	ck_assert_str_eq(assessment_framework("leadership"), "teachers");
	ck_assert_str_eq(assessment_framework(NULL), "teachers");
	ck_assert_int_eq(assessment_pay_eligible("mpr"), 1);
	ck_assert_int_eq(assessment_pay_eligible("upr3"), 1);
	ck_assert_int_eq(assessment_pay_eligible("ect1"), 0);
	ck_assert_int_eq(assessment_pay_eligible("proficient2"), 0);
	ck_assert_int_eq(assessment_pay_eligible(NULL), 0);
}
END_TEST

START_TEST(test_held_to)
{
	const char *why;

	ck_assert_int_eq(assessment_held_to(0, "", &why), 1);
	ck_assert_str_eq(why, "");
	ck_assert_int_eq(assessment_held_to(0, NULL, &why), 1);
	ck_assert_int_eq(assessment_held_to(1, "", &why), 0);
	ck_assert(strstr(why, "support") != NULL);
	ck_assert_int_eq(assessment_held_to(0, "Ten weeks' sick leave", &why), 0);
	ck_assert(strstr(why, "absence") != NULL);
}
END_TEST

/* Seed 000: two consecutive successful reports and a year on M6. */
START_TEST(test_upper_pay_range)
{
	int two[] = { 1, 1 }, broken[] = { 1, 0, 1 }, three[] = { 1, 1, 1 };

	ck_assert_int_eq(assessment_ups_eligible("mpr", 6, 10, two, 2, 2, 1), 1);
	ck_assert_int_eq(assessment_ups_eligible("mpr", 6, 9, two, 2, 2, 1), 0);
	ck_assert_int_eq(assessment_ups_eligible("mpr", 5, 30, two, 2, 2, 1), 0);
	ck_assert_int_eq(assessment_ups_eligible("mpr", 6, 20, broken, 3, 2, 1),
	    0);
	ck_assert_int_eq(assessment_ups_eligible("mpr", 6, 20, two, 1, 2, 1), 0);
	/* The school's own rule: three reports, no time on M6. */
	ck_assert_int_eq(assessment_ups_eligible("mpr", 6, 0, three, 3, 3, 0), 1);
	ck_assert_int_eq(assessment_ups_eligible("mpr", 6, 0, two, 2, 3, 0), 0);
	/* Already on the upper range, or not a teacher: not applicable. */
	ck_assert_int_eq(assessment_ups_eligible("upr1", 0, 0, two, 2, 2, 1), -1);
	ck_assert_int_eq(assessment_ups_eligible("core2", 0, 0, two, 2, 2, 1), -1);
	ck_assert_int_eq(assessment_ups_eligible(NULL, 6, 10, two, 2, 2, 1), -1);
	ck_assert_int_eq(assessment_ups_eligible("mpr", 6, 10, two, 2, 0, 1), 0);
}
END_TEST

/* SPEC 4.5, seed 000: the head hears unless involved; then the trust's
 * chief executive, or a governor. */
START_TEST(test_hearer)
{
	ck_assert_str_eq(assessment_hearer(0, 0, 1), "head");
	ck_assert_str_eq(assessment_hearer(0, 0, 0), "head");
	ck_assert_str_eq(assessment_hearer(0, 1, 1), "trust_ceo");
	ck_assert_str_eq(assessment_hearer(0, 1, 0), "governor");
	ck_assert_str_eq(assessment_hearer(1, 0, 0), "governor");
	ck_assert_str_eq(assessment_hearer(1, 0, 1), "trust_ceo");
	ck_assert_str_eq(assessment_label(assessment_hearers,
	    assessment_hearer_labels, "governor"), "A governor");
}
END_TEST

/* The appeal window closes by itself the day after its last day. */
START_TEST(test_window_lapses)
{
	ck_assert_int_eq(workflow_lapsed(WORKFLOW_ST_REPORT_ISSUED,
	    "2026-12-15", "2026-12-15"), 0);
	ck_assert_int_eq(workflow_lapsed(WORKFLOW_ST_REPORT_ISSUED,
	    "2026-12-15", "2026-12-16"), 1);
	ck_assert_int_eq(workflow_lapsed(WORKFLOW_ST_APPEAL_WINDOW,
	    "2026-12-15", "2027-01-04"), 1);
	/* Other states, no clock, bad days: nothing lapses. */
	ck_assert_int_eq(workflow_lapsed(WORKFLOW_ST_APPEALED, "2026-12-15",
	    "2027-01-04"), 0);
	ck_assert_int_eq(workflow_lapsed(WORKFLOW_ST_REPORT_ISSUED, "",
	    "2027-01-04"), 0);
	ck_assert_int_eq(workflow_lapsed(WORKFLOW_ST_REPORT_ISSUED, NULL,
	    "2027-01-04"), 0);
	ck_assert_int_eq(workflow_lapsed(WORKFLOW_ST_REPORT_ISSUED,
	    "2026-12-15", ""), 0);
	ck_assert_int_eq(workflow_effective(WORKFLOW_ST_APPEAL_WINDOW,
	    "2026-12-15", "2026-12-16"), WORKFLOW_ST_CLOSED);
	ck_assert_int_eq(workflow_effective(WORKFLOW_ST_APPEAL_WINDOW,
	    "2026-12-15", "2026-12-14"), WORKFLOW_ST_APPEAL_WINDOW);
	/* The product closes it: SYSTEM may, nobody else. */
	ck_assert_int_eq(workflow_fire(WORKFLOW_ST_APPEAL_WINDOW,
	    WORKFLOW_EV_CLOSE, WORKFLOW_ROLE_SYSTEM, NULL, NULL), WORKFLOW_OK);
	ck_assert_int_eq(workflow_fire(WORKFLOW_ST_APPEAL_WINDOW,
	    WORKFLOW_EV_CLOSE, WORKFLOW_ROLE_REVIEWER, NULL, NULL),
	    WORKFLOW_NOT_YOUR_ROLE);
	/* No appeal before the report: not during moderation or a revision
	 * it instructed. */
	ck_assert_int_eq(workflow_fire(WORKFLOW_ST_MODERATION,
	    WORKFLOW_EV_APPEAL, WORKFLOW_ROLE_REVIEWEE, NULL, NULL),
	    WORKFLOW_NOT_ALLOWED_IN_STATE);
	ck_assert_int_eq(workflow_fire(WORKFLOW_ST_REVISION_INSTRUCTED,
	    WORKFLOW_EV_APPEAL, WORKFLOW_ROLE_REVIEWEE, NULL, NULL),
	    WORKFLOW_NOT_ALLOWED_IN_STATE);
}
END_TEST

static Suite *
assessment_suite(void)
{
	Suite *s = suite_create("assessment");
	TCase *t = tcase_create("rules");

	tcase_add_test(t, test_words_and_labels);
	tcase_add_test(t, test_rating_scales);
	tcase_add_test(t, test_frameworks_and_pay);
	tcase_add_test(t, test_held_to);
	tcase_add_test(t, test_upper_pay_range);
	tcase_add_test(t, test_hearer);
	tcase_add_test(t, test_window_lapses);
	suite_add_tcase(s, t);
	return s;
}

int
main(void)
{
	SRunner *sr = srunner_create(assessment_suite());
	int failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
