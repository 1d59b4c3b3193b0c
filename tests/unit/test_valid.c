/* Unit tests of lib/valid: UTF-8, text, numbers, dates, enums, paths. */
#include <string.h>

#include "unit.h"
#include "valid.h"

START_TEST(test_utf8)
{
	static const struct { const char *s; int ok; } cases[] = {
		{ "plain", 1 }, { "Si\xc3\xa2n", 1 }, { "\xe2\x82\xac", 1 },
		{ "\xf0\x9f\x98\x80", 1 }, { "\xc3", 0 }, { "\xe2\x82", 0 },
		{ "\xc0\xaf", 0 }, { "\xe0\x80\xaf", 0 }, { "\xf4\x90\x80\x80", 0 },
		{ "\xed\xa0\x80", 0 }, { "\x80", 0 }, { "\xff", 0 },
	};
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		ck_assert_msg(valid_utf8(cases[i].s, strlen(cases[i].s)) ==
		    cases[i].ok, "case %zu", i);
	ck_assert_uint_eq(valid_utf8_chars("Si\xc3\xa2n"), 4);
}
END_TEST

START_TEST(test_text)
{
	struct valid_errors e = { .n = 0 };

	ck_assert_int_eq(valid_text(&e, "user", "", 1, 10, 0, "Enter it"), -1);
	ck_assert_str_eq(e.items[0].field, "user");
	ck_assert_str_eq(e.items[0].message, "Enter it");
	ck_assert_int_eq(valid_text(&e, "f", "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9",
	    1, 5, 0, NULL), 0);
	ck_assert_int_eq(valid_text(&e, "f", "abcdef", 1, 5, 0, NULL), -1);
	ck_assert_int_eq(valid_text(&e, "f", "a\tb", 1, 5, 0, NULL), 0);
	ck_assert_int_eq(valid_text(&e, "f", "a\nb", 1, 5, 0, NULL), -1);
	ck_assert_int_eq(valid_text(&e, "f", "a\r\nb", 1, 5, 1, NULL), 0);
	ck_assert_int_eq(valid_text(&e, "f", "a\x01", 1, 5, 1, NULL), -1);
	ck_assert_int_eq(valid_text(&e, "f", "\xff", 1, 5, 1, NULL), -1);
	ck_assert_uint_eq(e.n, 5);
}
END_TEST

START_TEST(test_int)
{
	long long v = 0;

	ck_assert_int_eq(valid_int(NULL, "n", "3", 0, 5, &v), 0);
	ck_assert_int_eq(v, 3);
	ck_assert_int_eq(valid_int(NULL, "n", "-3", -5, 5, &v), 0);
	ck_assert_int_eq(v, -3);
	ck_assert_int_eq(valid_int(NULL, "n", "", 0, 5, &v), -1);
	ck_assert_int_eq(valid_int(NULL, "n", "3a", 0, 5, &v), -1);
	ck_assert_int_eq(valid_int(NULL, "n", " 3", 0, 5, &v), -1);
	ck_assert_int_eq(valid_int(NULL, "n", "-", 0, 5, &v), -1);
	ck_assert_int_eq(valid_int(NULL, "n", "6", 0, 5, &v), -1);
	ck_assert_int_eq(valid_int(NULL, "n", "99999999999999999999", 0,
	    9223372036854775807LL, &v), -1);
}
END_TEST

START_TEST(test_date)
{
	int y, m, d;

	ck_assert_int_eq(valid_date(NULL, "d", "2028-02-29", &y, &m, &d), 0);
	ck_assert_int_eq(y * 10000 + m * 100 + d, 20280229);
	ck_assert_int_eq(valid_date(NULL, "d", "2026-02-29", &y, &m, &d), -1);
	ck_assert_int_eq(valid_date(NULL, "d", "2100-02-29", &y, &m, &d), -1);
	ck_assert_int_eq(valid_date(NULL, "d", "2000-02-29", &y, &m, &d), 0);
	ck_assert_int_eq(valid_date(NULL, "d", "2026-13-01", &y, &m, &d), -1);
	ck_assert_int_eq(valid_date(NULL, "d", "2026-1-01", &y, &m, &d), -1);
	ck_assert_int_eq(valid_date(NULL, "d", "2026-09-01x", &y, &m, &d), -1);
	ck_assert_int_eq(valid_date(NULL, "d", "2026-09-31", &y, &m, &d), -1);
	ck_assert_int_eq(valid_date(NULL, "d", NULL, &y, &m, &d), -1);
}
END_TEST

START_TEST(test_enum)
{
	static const char *const words[] = { "all", "sample", "none", NULL };
	struct valid_errors e = { .n = 0 };
	int i = -1;

	ck_assert_int_eq(valid_enum(&e, "m", "none", words, &i), 0);
	ck_assert_int_eq(i, 2);
	ck_assert_int_eq(valid_enum(&e, "m", "None", words, &i), -1);
	ck_assert_int_eq(valid_enum(&e, "m", NULL, words, &i), -1);
	ck_assert_uint_eq(e.n, 2);
}
END_TEST

START_TEST(test_local_path)
{
	static const char *bad[] = { "//evil.example", "/appraisal//x",
	    "https://x", "/appraisal/../x", "/appraisal/\\x", "/other/",
	    "/appraisal/a b", "/appraisal/a\nb", "", NULL };
	int i;

	ck_assert_int_eq(valid_local_path("/appraisal/plan/3", "/appraisal/"), 0);
	ck_assert_int_eq(valid_local_path("/appraisal/?a=1", "/appraisal/"), 0);
	for (i = 0; bad[i] != NULL; i++)
		ck_assert_msg(valid_local_path(bad[i], "/appraisal/") == -1,
		    "%s", bad[i]);
	ck_assert_int_eq(valid_local_path(NULL, "/appraisal/"), -1);
}
END_TEST

START_TEST(test_errors_cap)
{
	struct valid_errors e = { .n = 0 };
	int i;

	for (i = 0; i < VALID_ERRORS_MAX + 5; i++)
		valid_add(&e, "f", "m");
	ck_assert_uint_eq(e.n, VALID_ERRORS_MAX + 5);
	valid_add(NULL, "f", "m");
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("valid");
	TCase *t = tcase_create("valid");

	tcase_add_test(t, test_utf8);
	tcase_add_test(t, test_text);
	tcase_add_test(t, test_int);
	tcase_add_test(t, test_date);
	tcase_add_test(t, test_enum);
	tcase_add_test(t, test_local_path);
	tcase_add_test(t, test_errors_cap);
	suite_add_tcase(s, t);
	return s;
}

UNIT_MAIN(suite)
