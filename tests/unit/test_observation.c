/* Unit tests of lib/observation: the limit's figures, the notice rule on
 * a school's calendar, feedback days, kinds and the QTS rule. */
#include <string.h>

#include "observation.h"
#include "policy.h"
#include "unit.h"

static long
day(int y, int m, int d)
{
	long n;

	ck_assert_int_eq(calendar_from_ymd(y, m, d, &n), 0);
	return n;
}

START_TEST(test_minutes_labels)
{
	char b[32];

	ck_assert_int_eq(observation_minutes_label(30, b, sizeof(b)), 0);
	ck_assert_str_eq(b, "30 min");
	observation_minutes_label(60, b, sizeof(b));
	ck_assert_str_eq(b, "1 h");
	observation_minutes_label(65, b, sizeof(b));
	ck_assert_str_eq(b, "1 h 05");
	observation_minutes_label(108, b, sizeof(b));
	ck_assert_str_eq(b, "1 h 48");
	observation_minutes_label(0, b, sizeof(b));
	ck_assert_str_eq(b, "0 min");
	observation_minutes_label(POLICY_NO_CAP, b, sizeof(b));
	ck_assert_str_eq(b, "no limit");
	ck_assert_int_eq(observation_minutes_label(108, b, 4), -1);
}
END_TEST

START_TEST(test_cap_figures)
{
	char b[64];

	ck_assert_int_eq(observation_cap_figures(105, 108, 30, b, sizeof(b)), 0);
	ck_assert_str_eq(b, "1 h 45 of 1 h 48 used; this one is 30 min");
	observation_cap_figures(0, 180, 200, b, sizeof(b));
	ck_assert_str_eq(b, "0 min of 3 h used; this one is 3 h 20");
	ck_assert_int_eq(observation_cap_figures(1, 2, 3, b, 8), -1);
	ck_assert_str_eq(b, "");
}
END_TEST

START_TEST(test_cap_rule)
{
	struct policy p;

	policy_defaults(&p);
	/* 0.6 FTE: 108 minutes; exactly at the limit is allowed. */
	ck_assert_int_eq(policy_observation_cap(&p, 600, 0, 0), 108);
	ck_assert(observation_cap_ok(60, 108, 48));
	ck_assert(!observation_cap_ok(60, 108, 49));
	ck_assert(observation_cap_ok(900, POLICY_NO_CAP, 60));
	ck_assert(!observation_cap_ok(-1, 108, 1));
}
END_TEST

START_TEST(test_notice_on_calendar)
{
	struct calendar cal;
	long store[4], closed[1];
	long obs = day(2026, 11, 30);	/* a Monday */

	calendar_init(&cal);
	/* Told Monday 23: 24, 25, 26, 27, 30 are five working days. */
	ck_assert(observation_notice_ok(&cal, day(2026, 11, 23), obs, 5));
	ck_assert(!observation_notice_ok(&cal, day(2026, 11, 24), obs, 5));
	/* Told on a Saturday counts from the Monday after it. */
	ck_assert(observation_notice_ok(&cal, day(2026, 11, 21), obs, 5));
	/* A closure day is not a working day: four days' notice. */
	closed[0] = day(2026, 11, 27);
	ck_assert_int_eq(calendar_build(&cal, store, 4, closed, 1, NULL, 0),
	    CALENDAR_OK);
	ck_assert(!observation_notice_ok(&cal, day(2026, 11, 23), obs, 5));
	ck_assert(observation_notice_ok(&cal, day(2026, 11, 20), obs, 5));
	/* Told after the observation: never enough. */
	ck_assert(!observation_notice_ok(&cal, obs + 7, obs, 0));
}
END_TEST

START_TEST(test_feedback_due)
{
	struct calendar cal;
	long due;

	calendar_init(&cal);
	/* Friday 27 November: oral by Monday, written by Friday 4 Dec. */
	ck_assert_int_eq(observation_due(&cal, day(2026, 11, 27), 1, &due), 0);
	ck_assert_int_eq(due, day(2026, 11, 30));
	ck_assert_int_eq(observation_due(&cal, day(2026, 11, 27), 5, &due), 0);
	ck_assert_int_eq(due, day(2026, 12, 4));
}
END_TEST

START_TEST(test_kinds_and_qts)
{
	enum observation_kind k;

	ck_assert_int_eq(observation_kind_parse("inspection", &k), 0);
	ck_assert_int_eq(k, OBSERVATION_INSPECTION);
	ck_assert(!observation_kinds[k].counts && !observation_kinds[k].evidence);
	ck_assert(observation_kinds[OBSERVATION_APPRAISAL].counts);
	ck_assert(observation_kinds[OBSERVATION_DROP_IN].linkable);
	ck_assert_int_eq(observation_kind_parse("ofsted", &k), -1);
	ck_assert_int_eq(observation_kind_parse(NULL, &k), -1);
	ck_assert(observation_is_teacher("leadership"));
	ck_assert(observation_is_teacher("headteacher"));
	ck_assert(!observation_is_teacher("support"));
	ck_assert(!observation_observer_ok(OBSERVATION_APPRAISAL, "teacher", 0));
	ck_assert(observation_observer_ok(OBSERVATION_APPRAISAL, "teacher", 1));
	ck_assert(observation_observer_ok(OBSERVATION_APPRAISAL, "support", 0));
	ck_assert(!observation_observer_ok(OBSERVATION_WORK_SCRUTINY,
	    "teacher", 0));
	ck_assert(observation_observer_ok(OBSERVATION_INSPECTION, "teacher", 0));
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("observation");
	TCase *t = tcase_create("rules");

	tcase_add_test(t, test_minutes_labels);
	tcase_add_test(t, test_cap_figures);
	tcase_add_test(t, test_cap_rule);
	tcase_add_test(t, test_notice_on_calendar);
	tcase_add_test(t, test_feedback_due);
	tcase_add_test(t, test_kinds_and_qts);
	suite_add_tcase(s, t);
	return s;
}

UNIT_MAIN(suite)
