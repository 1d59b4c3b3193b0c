/* Unit tests of lib/model/staff_detail: each field's text, and the rules
 * between fields. */
#include <string.h>

#include "unit.h"

#include "model/staff_detail.h"

static int
idx(const char *column)
{
	int i = staff_detail_index(column);

	ck_assert_msg(i >= 0, "no field %s", column);
	return i;
}

static int
parse(const char *column, const char *text, struct staff_detail_value *v)
{
	const char *why = NULL;
	int r = staff_detail_parse((size_t)idx(column), text, v, &why);

	ck_assert_ptr_nonnull(why);
	return r;
}

START_TEST(words_and_optional)
{
	struct staff_detail_value v;

	ck_assert_int_eq(parse("staff_group", "support", &v), 0);
	ck_assert_str_eq(v.text, "support");
	ck_assert_int_eq(parse("staff_group", "Support", &v), -1);
	ck_assert_int_eq(parse("staff_group", "", &v), -1);
	ck_assert_int_eq(parse("career_stage", "", &v), 0);
	ck_assert_int_eq(v.null, 1);
	ck_assert_int_eq(parse("career_stage", "leading_practitioner", &v), 0);
	ck_assert_int_eq(parse("contract_type", "zero_hours", &v), -1);
	ck_assert_str_eq(staff_detail_word_label((size_t)idx("career_stage"),
	    "mpr"), "Main pay range");
	ck_assert_str_eq(staff_detail_word_label((size_t)idx("career_stage"),
	    "other"), "other");
	ck_assert_int_eq(staff_detail_index("nosuch"), -1);
	ck_assert_int_eq(staff_detail_parse(STAFF_DETAIL_N, "", &v,
	    &(const char *){ NULL }), -1);
}
END_TEST

START_TEST(yes_no_fte_pay_dates)
{
	static const struct { const char *text; int ok; long long i; } bools[] = {
		{ "1", 0, 1 }, { "YES", 0, 1 }, { "y", 0, 1 }, { "true", 0, 1 },
		{ "0", 0, 0 }, { "no", 0, 0 }, { "", 0, 0 }, { "False", 0, 0 },
		{ "2", -1, 0 }, { "maybe", -1, 0 },
	};
	static const struct { const char *text; const char *want; } ftes[] = {
		{ "1", "1.000" }, { "1.0", "1.000" }, { "0.6", "0.600" },
		{ ".75", "0.750" }, { "0.125", "0.125" }, { "0.1", "0.100" },
		{ "1.5", NULL }, { "0.05", NULL }, { "0", NULL }, { "2", NULL },
		{ "0.1234", NULL }, { "", NULL }, { "abc", NULL }, { "-0.5", NULL },
	};
	struct staff_detail_value v;
	size_t k;

	for (k = 0; k < sizeof(bools) / sizeof(bools[0]); k++) {
		ck_assert_int_eq(parse("qts", bools[k].text, &v), bools[k].ok);
		if (bools[k].ok == 0)
			ck_assert(v.is_int && v.i == bools[k].i);
	}
	for (k = 0; k < sizeof(ftes) / sizeof(ftes[0]); k++) {
		ck_assert_int_eq(parse("fte", ftes[k].text, &v), ftes[k].want ? 0 : -1);
		if (ftes[k].want)
			ck_assert_str_eq(v.text, ftes[k].want);
	}
	ck_assert_int_eq(parse("pay_point", "M3", &v), 0);
	ck_assert_int_eq(v.i, 3);
	ck_assert_int_eq(parse("pay_point", "6", &v), 0);
	ck_assert_int_eq(parse("pay_point", "7", &v), -1);
	ck_assert_int_eq(parse("pay_point", "M", &v), -1);
	ck_assert_int_eq(parse("pay_point", "", &v), 0);
	ck_assert_int_eq(v.null, 1);
	ck_assert_int_eq(parse("start_date", "2027-02-28", &v), 0);
	ck_assert_int_eq(parse("start_date", "2027-02-29", &v), -1);
	ck_assert_int_eq(parse("start_date", "28/02/2027", &v), -1);
}
END_TEST

/* A person's values from texts in field order. */
static void
person(struct staff_detail_value v[STAFF_DETAIL_N], const char *group,
    const char *stage, const char *pay, const char *contract,
    const char *end, const char *start)
{
	const char *text[STAFF_DETAIL_N] = { group, stage, pay, "0", "0", "1",
	    "1", contract, end, start, "0", "0", "0", "0" };
	const char *why;
	size_t i;

	for (i = 0; i < STAFF_DETAIL_N; i++)
		ck_assert_msg(staff_detail_parse(i, text[i], &v[i], &why) == 0,
		    "field %zu: %s", i, why);
}

START_TEST(rules)
{
	struct staff_detail_value v[STAFF_DETAIL_N];
	struct staff_detail_fault f[4];

	person(v, "teacher", "mpr", "4", "permanent", "", "2020-09-01");
	ck_assert_uint_eq(staff_detail_rules(v, f, 4), 0);
	person(v, "support", "core2", "", "fixed_term", "2027-07-21", "2026-09-01");
	ck_assert_uint_eq(staff_detail_rules(v, f, 4), 0);
	person(v, "support", "mpr", "", "permanent", "", "");
	ck_assert_uint_eq(staff_detail_rules(v, f, 4), 1);
	ck_assert_int_eq((int)f[0].field, staff_detail_index("career_stage"));
	person(v, "teacher", "core1", "", "permanent", "", "");
	ck_assert_uint_eq(staff_detail_rules(v, f, 4), 1);
	person(v, "teacher", "upr2", "3", "temporary", "", "");
	ck_assert_uint_eq(staff_detail_rules(v, f, 4), 2);
	ck_assert_int_eq((int)f[0].field, staff_detail_index("pay_point"));
	ck_assert_int_eq((int)f[1].field, staff_detail_index("contract_end"));
	person(v, "teacher", "ect1", "1", "fixed_term", "2026-09-01", "2026-09-01");
	ck_assert_uint_eq(staff_detail_rules(v, f, 4), 1);
	ck_assert(strstr(f[0].why, "after the start") != NULL);
	ck_assert_uint_eq(staff_detail_rules(v, f, 0), 0);	/* no room */
}
END_TEST

static Suite *
staff_detail_suite(void)
{
	Suite *s = suite_create("staff_detail");
	TCase *t = tcase_create("fields");

	tcase_add_test(t, words_and_optional);
	tcase_add_test(t, yes_no_fte_pay_dates);
	tcase_add_test(t, rules);
	suite_add_tcase(s, t);
	return s;
}

UNIT_MAIN(staff_detail_suite)
