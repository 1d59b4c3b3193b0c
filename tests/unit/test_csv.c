/* Unit tests of lib/csv: one line of comma-separated values. */
#include <string.h>

#include "unit.h"

#include "csv.h"

static char buf[256];
static char *f[8];

static int
split(const char *line)
{
	size_t n = strlen(line);

	ck_assert_uint_lt(n, sizeof(buf));
	memcpy(buf, line, n + 1);
	return csv_split(buf, f, 8);
}

START_TEST(plain_fields)
{
	ck_assert_int_eq(split("ebrennan,jcarver"), 2);
	ck_assert_str_eq(f[0], "ebrennan");
	ck_assert_str_eq(f[1], "jcarver");
	ck_assert_int_eq(split(" a ,\tb\t, c"), 3);
	ck_assert_str_eq(f[0], "a");
	ck_assert_str_eq(f[1], "b");
	ck_assert_str_eq(f[2], "c");
	ck_assert_int_eq(split("a,,"), 3);
	ck_assert_str_eq(f[1], "");
	ck_assert_str_eq(f[2], "");
	ck_assert_int_eq(split(""), 1);
	ck_assert_str_eq(f[0], "");
}
END_TEST

START_TEST(quoted_fields)
{
	ck_assert_int_eq(split("\"Smith, Jo\",\"say \"\"hi\"\"\", \" kept \" ,x"), 4);
	ck_assert_str_eq(f[0], "Smith, Jo");
	ck_assert_str_eq(f[1], "say \"hi\"");
	ck_assert_str_eq(f[2], " kept ");
	ck_assert_str_eq(f[3], "x");
	ck_assert_int_eq(split("\"\",\"\""), 2);
	ck_assert_str_eq(f[0], "");
	ck_assert_str_eq(f[1], "");
	/* A quote inside an unquoted field is text. */
	ck_assert_int_eq(split("O\"Brien,b"), 2);
	ck_assert_str_eq(f[0], "O\"Brien");
}
END_TEST

START_TEST(refused)
{
	ck_assert_int_eq(split("\"unterminated,b"), -1);
	ck_assert_int_eq(split("\"a\"b,c"), -1);
	ck_assert_int_eq(split("1,2,3,4,5,6,7,8,9"), -1);
	ck_assert_int_eq(split("1,2,3,4,5,6,7,8"), 8);
}
END_TEST

static Suite *
csv_suite(void)
{
	Suite *s = suite_create("csv");
	TCase *t = tcase_create("split");

	tcase_add_test(t, plain_fields);
	tcase_add_test(t, quoted_fields);
	tcase_add_test(t, refused);
	suite_add_tcase(s, t);
	return s;
}

UNIT_MAIN(csv_suite)
