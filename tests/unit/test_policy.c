/* Unit tests of lib/policy: defaults, validation, the rule questions. */
#include <string.h>

#include "policy.h"
#include "unit.h"

static const struct policy_setting *
setting(const char *column)
{
	size_t i;

	for (i = 0; i < policy_nsettings; i++)
		if (strcmp(policy_settings[i].column, column) == 0)
			return &policy_settings[i];
	ck_abort_msg("no setting %s", column);
	return NULL;
}

START_TEST(test_defaults_are_the_model_policy)
{
	struct policy p;

	policy_defaults(&p);
	ck_assert_int_eq(p.objectives_count, 3);
	ck_assert_int_eq(p.max_reviewees, 5);
	ck_assert_int_eq(p.observation_minutes_cap, 180);
	ck_assert_int_eq(policy_days(&p, WORKFLOW_LIMIT_DRAFT_DUE), 5);
	ck_assert_int_eq(policy_days(&p, WORKFLOW_LIMIT_FINAL_DUE), 10);
	ck_assert_int_eq(policy_days(&p, WORKFLOW_LIMIT_HEARING_DUE), 20);
	ck_assert_int_eq(p.version, 1);
	ck_assert_int_eq(policy_check(&p, NULL), 0);
}
END_TEST

START_TEST(test_set_validates_each_kind)
{
	struct policy p;
	struct valid_errors e = { .n = 0 };

	policy_defaults(&p);
	ck_assert_int_eq(policy_set(&p, setting("max_reviewees"), "0", &e), -1);
	ck_assert_int_eq(policy_set(&p, setting("max_reviewees"), "21", &e), -1);
	ck_assert_int_eq(policy_set(&p, setting("max_reviewees"), "x", &e), -1);
	ck_assert_int_eq(p.max_reviewees, 5);
	ck_assert_int_eq(policy_set(&p, setting("max_reviewees"), "20", &e), 0);
	ck_assert_int_eq(p.max_reviewees, 20);
	ck_assert_int_eq(policy_set(&p, setting("moderation"), "sample", &e), 0);
	ck_assert_int_eq(p.moderation, 1);
	ck_assert_int_eq(policy_set(&p, setting("moderation"), "most", &e), -1);
	ck_assert_int_eq(policy_set(&p, setting("require_team"), "1", &e), 0);
	ck_assert_int_eq(policy_set(&p, setting("require_team"), "yes", &e), -1);
	ck_assert_int_eq(policy_set(&p, setting("observation_hours_cap"), "2.5",
	    &e), 0);
	ck_assert_int_eq(p.observation_minutes_cap, 150);
	ck_assert_int_eq(policy_set(&p, setting("observation_hours_cap"), "0",
	    &e), -1);
	ck_assert_int_eq(policy_set(&p, setting("observation_hours_cap"), "11",
	    &e), -1);
	ck_assert_int_eq(policy_set(&p, setting("observation_hours_cap"), "-1",
	    &e), -1);
	ck_assert_uint_eq(e.n, 8);
	ck_assert_str_eq(e.items[0].field, "max_reviewees");
}
END_TEST

START_TEST(test_get_round_trips)
{
	struct policy p, q;
	char text[32];
	size_t i;

	policy_defaults(&p);
	p.observation_minutes_cap = 150;
	p.moderation = 2;
	policy_defaults(&q);
	for (i = 0; i < policy_nsettings; i++) {
		policy_get(&p, &policy_settings[i], text, sizeof(text));
		ck_assert_int_eq(policy_set(&q, &policy_settings[i], text, NULL), 0);
	}
	ck_assert_int_eq(q.observation_minutes_cap, 150);
	ck_assert_int_eq(q.moderation, 2);
	/* As MariaDB returns a DECIMAL(4,2). */
	ck_assert_int_eq(policy_set(&q, setting("observation_hours_cap"), "3.00",
	    NULL), 0);
	ck_assert_int_eq(q.observation_minutes_cap, 180);
}
END_TEST

START_TEST(test_cross_checks)
{
	struct policy p;
	struct valid_errors e = { .n = 0 };

	policy_defaults(&p);
	p.days[WORKFLOW_LIMIT_FINAL_DUE] = 3;
	ck_assert_int_eq(policy_check(&p, &e), -1);
	ck_assert_str_eq(e.items[0].field, "final_due_days");
}
END_TEST

START_TEST(test_completion_deadlines)
{
	static const struct { const char *text; long want; } cases[] = {
		{ "10-31", 1031 }, { "31 October", 1031 }, { "31 oct", 1031 },
		{ "31 OCTOBER ", 1031 }, { "31/10", 1031 }, { "1 March", 301 },
		{ "29 February", 229 }, { "31 December", 1231 },
		{ "31 November", -1 }, { "30 February", -1 }, { "0 May", -1 },
		{ "13-01", -1 }, { "31 Oc", -1 }, { "31 Octobers", -1 },
		{ "", -1 }, { "31", -1 }, { "31 October 2026", -1 },
		{ "31/10/2026", -1 }, { "2026-10-31", -1 },
	};
	const struct policy_setting *t = setting("teacher_deadline");
	struct policy p;
	struct valid_errors e = { .n = 0 };
	char out[32];
	size_t i;

	policy_defaults(&p);
	ck_assert_int_eq(p.teacher_deadline, 1031);
	ck_assert_int_eq(p.head_deadline, 1231);
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		p.teacher_deadline = 1031;
		ck_assert_int_eq(policy_set(&p, t, cases[i].text, &e),
		    cases[i].want == -1 ? -1 : 0);
		ck_assert_msg(p.teacher_deadline == (cases[i].want == -1 ?
		    1031 : cases[i].want), "%s", cases[i].text);
	}
	p.teacher_deadline = 301;
	policy_get(&p, t, out, sizeof(out));
	ck_assert_str_eq(out, "03-01");
	policy_show(&p, t, out, sizeof(out));
	ck_assert_str_eq(out, "1 March");
	ck_assert_str_eq(e.items[0].message, "Enter a day and month, like 31 October");
}
END_TEST

START_TEST(test_observation_cap_pro_rata)
{
	struct policy p;

	/* Seed 000, paragraph 47: at most 3 hours a cycle; SPEC 4.2: pro rata
	 * to FTE. Expected minutes worked by hand from 180. */
	policy_defaults(&p);
	ck_assert_int_eq(policy_observation_cap(&p, 1000, 0, 0), 180);
	ck_assert_int_eq(policy_observation_cap(&p, 600, 0, 0), 108);
	ck_assert_int_eq(policy_observation_cap(&p, 500, 0, 0), 90);
	/* Shares that are not whole minutes round down, never up past the
	 * share: 180 x 0.333 = 59.94, 180 x 0.667 = 120.06, 180 x 0.45 = 81,
	 * 180 x 0.125 = 22.5. */
	ck_assert_int_eq(policy_observation_cap(&p, 333, 0, 0), 59);
	ck_assert_int_eq(policy_observation_cap(&p, 667, 0, 0), 120);
	ck_assert_int_eq(policy_observation_cap(&p, 450, 0, 0), 81);
	ck_assert_int_eq(policy_observation_cap(&p, 125, 0, 0), 22);
	ck_assert_int_eq(policy_observation_cap(&p, 0, 0, 0), 180);
}
END_TEST

START_TEST(test_observation_cap_exemptions_lift_it)
{
	struct policy p;

	/* Seed 000, paragraph 47: first-year ECTs and staff on a support plan
	 * about classroom practice may be observed MORE often: no cap, never
	 * a cap of nothing. */
	policy_defaults(&p);
	ck_assert_int_eq(policy_observation_cap(&p, 1000, 1, 0), POLICY_NO_CAP);
	ck_assert_int_eq(policy_observation_cap(&p, 500, 0, 1), POLICY_NO_CAP);
	ck_assert(policy_observation_cap(&p, 1000, 1, 0) < 0);
	p.observation_exempt_ect = 0;
	ck_assert_int_eq(policy_observation_cap(&p, 1000, 1, 0), 180);
	p.observation_exempt_support_plan = 0;
	ck_assert_int_eq(policy_observation_cap(&p, 500, 0, 1), 90);
}
END_TEST

/*
 * The seed policies: observation "will not exceed three hours per cycle
 * (pro rata for part time staff)". Where FTE x 180 minutes is not a whole
 * number of minutes, the cap is the whole minutes within it: never more.
 * Expected values worked out here by hand, not by the module's formula.
 */
START_TEST(test_observation_cap_never_exceeds_pro_rata)
{
	static const struct { long fte_milli, hours_cap_min, want; } t[] = {
		{ 333, 180, 59 },	/* 59.94 minutes */
		{ 667, 180, 120 },	/* 120.06 */
		{ 999, 180, 179 },	/* 179.82: not the full 180 */
		{ 1, 180, 0 },		/* 0.18 */
		{ 3, 180, 0 },		/* 0.54: nothing rounds up to a minute */
		{ 350, 180, 63 },	/* exactly 63 */
		{ 425, 150, 63 },	/* 2.5 hours: 63.75 */
		{ 777, 150, 116 },	/* 116.55 */
		{ 600, 135, 81 },	/* 2.25 hours: exactly 81 */
	};
	struct policy p;
	size_t i;

	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		policy_defaults(&p);
		p.observation_minutes_cap = t[i].hours_cap_min;
		ck_assert_msg(policy_observation_cap(&p, t[i].fte_milli, 0, 0) ==
		    t[i].want, "FTE %ld/1000 of %ld minutes: %ld, want %ld",
		    t[i].fte_milli, t[i].hours_cap_min,
		    policy_observation_cap(&p, t[i].fte_milli, 0, 0),
		    t[i].want);
	}
}
END_TEST

START_TEST(test_required_categories_and_room)
{
	struct policy p;

	policy_defaults(&p);
	ck_assert_uint_eq(policy_required_categories(&p, 0, 0),
	    POLICY_CAT_PUPIL_PROGRESS);
	ck_assert_uint_eq(policy_required_categories(&p, 1, 0),
	    POLICY_CAT_PUPIL_PROGRESS | POLICY_CAT_LEADERSHIP);
	p.require_team = 1;
	p.require_pupil_progress = 0;
	ck_assert_uint_eq(policy_required_categories(&p, 0, 0), POLICY_CAT_TEAM);
	/* Seed 000: at most five reviewees per reviewer. */
	ck_assert_int_eq(policy_reviewer_has_room(&p, 4, 0, 0), 1);
	ck_assert_int_eq(policy_reviewer_has_room(&p, 5, 0, 0), 0);
	ck_assert_int_eq(policy_reviewer_has_room(&p, 9, 1, 0), 1);
	p.leadership_exempt_from_max = 0;
	ck_assert_int_eq(policy_reviewer_has_room(&p, 9, 1, 0), 0);
}
END_TEST

START_TEST(test_who_reviews)
{
	struct policy p;

	/* SPEC 1 and seed 003, section 4, option 1: by default the head
	 * reviews everyone, with no cap of their own; the cap of five is for
	 * the line managers they delegate to. */
	policy_defaults(&p);
	ck_assert_int_eq(p.reviewer_mode, POLICY_REVIEWS_BY_HEAD);
	ck_assert_int_eq(policy_reviewer_has_room(&p, 40, 0, 1), 1);
	ck_assert_int_eq(policy_reviewer_has_room(&p, 5, 0, 0), 0);
	p.reviewer_mode = POLICY_REVIEWS_BY_LINE_MANAGER;
	p.leadership_exempt_from_max = 0;
	ck_assert_int_eq(policy_reviewer_has_room(&p, 5, 0, 1), 0);
}
END_TEST

START_TEST(test_moderation_follows_who_reviews)
{
	struct policy p;

	/* Seed 003, section 5: option 1, the head reviews everyone and so
	 * moderates themselves: nothing goes to moderation, whatever the
	 * moderation setting says. */
	policy_defaults(&p);
	ck_assert_int_eq(p.moderation, POLICY_MODERATE_ALL);
	ck_assert_int_eq(policy_moderates(&p, 1, 7, 1), 0);
	ck_assert_int_eq(policy_moderates(&p, 0, 7, 1), 0);
	/* Option 2, delegated: (a) all, (b) a sample, (c) none; a statement
	 * the head reviewed themselves is never moderated. */
	p.reviewer_mode = POLICY_REVIEWS_BY_LINE_MANAGER;
	ck_assert_int_eq(policy_moderates(&p, 0, 7, 1), 1);
	ck_assert_int_eq(policy_moderates(&p, 1, 7, 1), 0);
	p.moderation = POLICY_MODERATE_NONE;
	ck_assert_int_eq(policy_moderates(&p, 0, 7, 1), 0);
	p.moderation = POLICY_MODERATE_SAMPLE;
	p.moderation_sample_pct = 20;
	/* Draws 8 (appraisal 10, cycle 1) and 81 (appraisal 7, cycle 1). */
	ck_assert_int_eq(policy_moderates(&p, 0, 10, 1), 1);
	ck_assert_int_eq(policy_moderates(&p, 0, 7, 1), 0);
}
END_TEST

/*
 * The sample draw: SHA-256 of "appraisal:<id>:cycle:<cycle id>", its
 * first four bytes big-endian, modulo 100. The expected values were
 * computed apart from this code, with Python's hashlib:
 *   int.from_bytes(hashlib.sha256(b"appraisal:7:cycle:1").digest()[:4],
 *       "big") % 100
 */
START_TEST(test_moderation_sample_draw)
{
	static const struct { long long id, cycle; int draw; } want[] = {
		{ 7, 1, 81 }, { 119, 1, 99 }, { 150, 1, 29 }, { 1, 1, 96 },
		{ 2, 3, 70 }, { 42, 5, 43 }, { 1000, 12, 3 }, { 10, 1, 8 },
		{ 17, 1, 19 }, { 20, 2, 2 },
	};
	struct policy p;
	struct policy_moderation m;
	char note[200];
	size_t i;

	for (i = 0; i < sizeof(want) / sizeof(want[0]); i++)
		ck_assert_int_eq(policy_moderation_draw(want[i].id,
		    want[i].cycle), want[i].draw);
	/* Another cycle is another draw for the same appraisal. */
	ck_assert_int_ne(policy_moderation_draw(20, 1),
	    policy_moderation_draw(20, 2));
	policy_defaults(&p);
	p.reviewer_mode = POLICY_REVIEWS_BY_LINE_MANAGER;
	p.moderation = POLICY_MODERATE_SAMPLE;
	p.moderation_sample_pct = 20;
	policy_moderation_decide(&p, 0, 17, 1, &m);	/* 19 < 20: in */
	ck_assert_int_eq(m.moderate, 1);
	ck_assert_int_eq(m.why, POLICY_MOD_SAMPLE_IN);
	ck_assert_int_eq(m.draw, 19);
	ck_assert_int_eq(m.pct, 20);
	ck_assert_str_eq(policy_moderation_word(m.why), "sample_in");
	policy_moderation_note(&m, note, sizeof(note));
	ck_assert_ptr_nonnull(strstr(note, "drew 19"));
	ck_assert_ptr_nonnull(strstr(note, "20%"));
	policy_moderation_decide(&p, 0, 150, 1, &m);	/* 29: out */
	ck_assert_int_eq(m.moderate, 0);
	ck_assert_str_eq(policy_moderation_word(m.why), "sample_out");
	ck_assert_int_eq(m.draw, 29);
	p.moderation_sample_pct = 30;			/* 29 < 30: in */
	ck_assert_int_eq(policy_moderates(&p, 0, 150, 1), 1);
	p.moderation_sample_pct = 100;			/* everyone */
	ck_assert_int_eq(policy_moderates(&p, 0, 119, 1), 1);
	policy_moderation_decide(&p, 1, 119, 1, &m);	/* the head reviewed */
	ck_assert_int_eq(m.moderate, 0);
	ck_assert_int_eq(m.draw, -1);
	ck_assert_str_eq(policy_moderation_word(m.why), "head_reviews");
	p.moderation = POLICY_MODERATE_ALL;
	policy_moderation_decide(&p, 0, 150, 1, &m);
	ck_assert_str_eq(policy_moderation_word(m.why), "all");
	p.moderation = POLICY_MODERATE_NONE;
	policy_moderation_decide(&p, 0, 150, 1, &m);
	ck_assert_str_eq(policy_moderation_word(m.why), "none");
	ck_assert_ptr_null(policy_moderation_word((enum policy_moderation_why)9));
}
END_TEST

/* The interim review window: the first interim_from on or after the
 * cycle's start, to interim_to of that year, cut to the cycle; overdue
 * once it has ended with no interim review. */
START_TEST(test_interim_window_and_overdue)
{
	struct policy p;
	struct valid_errors e = { .n = 0 };
	char from[11], to[11];

	policy_defaults(&p);
	ck_assert_int_eq(p.interim_from, 223);
	ck_assert_int_eq(p.interim_to, 331);
	ck_assert_int_eq(policy_interim_window(&p, "2026-09-01", "2027-08-31",
	    from, to), 0);
	ck_assert_str_eq(from, "2027-02-23");
	ck_assert_str_eq(to, "2027-03-31");
	/* A cycle starting in January: the window of the same year. */
	ck_assert_int_eq(policy_interim_window(&p, "2027-01-01", "2027-12-31",
	    from, to), 0);
	ck_assert_str_eq(from, "2027-02-23");
	/* Cut to the cycle, or none when it starts after the cycle. */
	ck_assert_int_eq(policy_interim_window(&p, "2026-09-01", "2027-03-10",
	    from, to), 0);
	ck_assert_str_eq(to, "2027-03-10");
	ck_assert_int_eq(policy_interim_window(&p, "2026-09-01", "2027-01-31",
	    from, to), -1);
	ck_assert_int_eq(policy_interim_window(&p, "bad", "2027-01-31",
	    from, to), -1);
	/* 29 February in a year without one. */
	p.interim_from = 229;
	p.interim_to = 229;
	ck_assert_int_eq(policy_interim_window(&p, "2026-09-01", "2027-08-31",
	    from, to), 0);
	ck_assert_str_eq(from, "2027-03-01");
	ck_assert_str_eq(to, "2027-02-28");
	ck_assert_int_eq(policy_interim_window(&p, "2027-09-01", "2028-08-31",
	    from, to), 0);
	ck_assert_str_eq(from, "2028-02-29");
	ck_assert_str_eq(to, "2028-02-29");
	policy_defaults(&p);
	/* Overdue: the day after the window, with no review; never with one. */
	ck_assert_int_eq(policy_interim_overdue(&p, "2026-09-01", "2027-08-31",
	    0, "2027-03-31"), 0);
	ck_assert_int_eq(policy_interim_overdue(&p, "2026-09-01", "2027-08-31",
	    0, "2027-04-01"), 1);
	ck_assert_int_eq(policy_interim_overdue(&p, "2026-09-01", "2027-08-31",
	    1, "2027-04-01"), 0);
	ck_assert_int_eq(policy_interim_overdue(&p, "2026-09-01", "2027-08-31",
	    0, "2026-12-01"), 0);
	ck_assert_int_eq(policy_interim_overdue(&p, "2026-09-01", "2027-01-31",
	    0, "2027-08-01"), 0);
	/* Typed like a deadline; the end not before the start. */
	ck_assert_int_eq(policy_set(&p, policy_setting_named("interim_from"),
	    "1 March", &e), 0);
	ck_assert_int_eq(p.interim_from, 301);
	ck_assert_int_eq(policy_check(&p, &e), 0);
	ck_assert_int_eq(policy_set(&p, policy_setting_named("interim_to"),
	    "28/02", &e), 0);
	ck_assert_int_eq(policy_check(&p, &e), -1);
	ck_assert_str_eq(e.items[e.n - 1].field, "interim_to");
}
END_TEST

/* The settings page: every setting under exactly one heading, and the
 * settings of features not built yet say so (the head's panel and
 * adviser, retention; observation notice and feedback, the assessment,
 * the rating scale and the appeal limits are live). */
START_TEST(test_sections_and_pending)
{
	static const char *const waiting[] = { "head_panel_governors",
	    "head_panel_foundation", "adviser", "retention_years", NULL };
	static const char *const live[] = { "reviewer_mode", "moderation",
	    "objectives_count", "observation_hours_cap",
	    "observation_exempt_ect", "meeting_notice_days",
	    "moderation_due_days", "revised_due_days", "teacher_deadline",
	    "head_deadline", "interim_from", "interim_to",
	    "observation_notice_days", "oral_feedback_days",
	    "written_feedback_days", "rating_scale", "assessment_notice_days",
	    "appeal_window_days", "hearing_due_days", "outcome_due_days",
	    "ups_reports", "ups_years_on_m6", NULL };
	size_t i, k, seen;
	const char *const *col;

	ck_assert_uint_eq(policy_nsections, 7);
	for (i = 0; i < policy_nsettings; i++) {
		seen = 0;
		for (k = 0; k < policy_nsections; k++)
			for (col = policy_sections[k].columns; *col; col++)
				seen += strcmp(*col, policy_settings[i].column) == 0;
		ck_assert_msg(seen == 1, "%s is in %zu sections",
		    policy_settings[i].column, seen);
	}
	for (k = 0; k < policy_nsections; k++)
		for (col = policy_sections[k].columns; *col; col++)
			ck_assert_ptr_nonnull(policy_setting_named(*col));
	for (col = waiting; *col; col++)
		ck_assert_msg(policy_pending(policy_setting_named(*col)) != NULL,
		    "%s does nothing yet but does not say so", *col);
	for (col = live; *col; col++)
		ck_assert_ptr_null(policy_pending(policy_setting_named(*col)));
	/* Seed 003, section 5: moderation is due 10 working days from the
	 * review (planning) meeting. */
	ck_assert(strstr(policy_setting_named("moderation_due_days")->label,
	    "planning meeting") != NULL);
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("policy");
	TCase *t = tcase_create("policy");

	tcase_add_test(t, test_defaults_are_the_model_policy);
	tcase_add_test(t, test_set_validates_each_kind);
	tcase_add_test(t, test_get_round_trips);
	tcase_add_test(t, test_cross_checks);
	tcase_add_test(t, test_completion_deadlines);
	tcase_add_test(t, test_observation_cap_pro_rata);
	tcase_add_test(t, test_observation_cap_never_exceeds_pro_rata);
	tcase_add_test(t, test_observation_cap_exemptions_lift_it);
	tcase_add_test(t, test_who_reviews);
	tcase_add_test(t, test_sections_and_pending);
	tcase_add_test(t, test_moderation_follows_who_reviews);
	tcase_add_test(t, test_moderation_sample_draw);
	tcase_add_test(t, test_interim_window_and_overdue);
	tcase_add_test(t, test_required_categories_and_room);
	suite_add_tcase(s, t);
	return s;
}

UNIT_MAIN(suite)
