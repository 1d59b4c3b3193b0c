/*
 * Unit tests of lib/calendar.c: date conversion and validation, building
 * a calendar, and working-day arithmetic on a fictional school year
 * 2026-27 with English bank holidays. Build:
 *   cc -std=c11 -D_DEFAULT_SOURCE -Wall -Wextra -Werror -Ilib \
 *     tests/unit/test_calendar.c lib/calendar.c \
 *     $(pkg-config --cflags --libs check)
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <check.h>

#include "calendar.h"

/* Day number of an ISO date the test knows to be valid. */
static long
D(const char *iso)
{
	long day = 0;

	ck_assert_msg(calendar_parse(iso, &day) == 0, "bad test date %s", iso);
	return day;
}

static const char *
iso(long day, char *buf)
{
	ck_assert_int_eq(calendar_format(day, buf, CALENDAR_ISO_SIZE), 0);
	return buf;
}

#define ck_assert_day(got, want) do {					\
	char g_[CALENDAR_ISO_SIZE], w_[CALENDAR_ISO_SIZE];		\
	long got_ = (got), want_ = D(want);				\
	ck_assert_msg(got_ == want_, "got %s, want %s",			\
	    iso(got_, g_), iso(want_, w_));				\
} while (0)

/*
 * Fernhill Academy, 2026-27 (fictional but realistic term dates). Bank
 * holidays as single dates: 26 Dec 2026 is a Saturday (dropped; 28 Dec
 * is its substitute). Holidays and closures as ranges. INSET days are
 * working days for staff, so they are not here.
 */
static const char *const school_bank_holidays[] = {
	"2026-08-31", "2026-12-25", "2026-12-26", "2026-12-28", "2027-01-01",
	"2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31",
};
static const char *const school_ranges[][2] = {
	{ "2026-10-26", "2026-10-30" },		/* autumn half term */
	{ "2026-12-21", "2027-01-01" },		/* Christmas closure */
	{ "2027-01-04", "2027-01-04" },		/* closure: heating repairs */
	{ "2027-02-15", "2027-02-19" },		/* spring half term */
	{ "2027-03-29", "2027-04-09" },		/* Easter */
	{ "2027-05-31", "2027-06-04" },		/* May half term */
	{ "2027-07-22", "2027-08-31" },		/* summer */
};
#define NBANK	(sizeof(school_bank_holidays) / sizeof(school_bank_holidays[0]))
#define NRANGES	(sizeof(school_ranges) / sizeof(school_ranges[0]))

static long school_store[256];
static struct calendar school;

static void
school_setup(void)
{
	long dates[NBANK];
	struct calendar_range r[NRANGES];
	size_t i;

	for (i = 0; i < NBANK; i++)
		dates[i] = D(school_bank_holidays[i]);
	for (i = 0; i < NRANGES; i++) {
		r[i].from = D(school_ranges[i][0]);
		r[i].to = D(school_ranges[i][1]);
	}
	ck_assert_int_eq(calendar_build(&school, school_store, 256, dates,
	    NBANK, r, NRANGES), CALENDAR_OK);
}

/* Bank holidays only, as for staff who work through school holidays. */
static const char *const bank_only[] = {
	"2026-12-25", "2026-12-28", "2027-01-01",
	"2027-12-27", "2027-12-28", "2028-01-03",
};
static long bank_store[16];
static struct calendar bank;

static void
bank_setup(void)
{
	long dates[6];
	size_t i;

	for (i = 0; i < 6; i++)
		dates[i] = D(bank_only[i]);
	ck_assert_int_eq(calendar_build(&bank, bank_store, 16, dates, 6,
	    NULL, 0), CALENDAR_OK);
}

static struct calendar empty;

static long
add(const struct calendar *c, const char *from, long n)
{
	long out = 0;

	ck_assert_int_eq(calendar_add_working_days(c, D(from), n, &out), 0);
	return out;
}

static long
count(const struct calendar *c, const char *from, const char *to)
{
	return calendar_count_working_days(c, D(from), D(to));
}

/* --- dates ------------------------------------------------------------ */

START_TEST(known_day_numbers)
{
	long day;

	ck_assert_int_eq(calendar_from_ymd(1970, 1, 1, &day), 0);
	ck_assert_int_eq(day, 0);
	ck_assert_int_eq(calendar_from_ymd(1900, 1, 1, &day), 0);
	ck_assert_int_eq(day, CALENDAR_DAY_MIN);
	ck_assert_int_eq(calendar_from_ymd(9999, 12, 31, &day), 0);
	ck_assert_int_eq(day, CALENDAR_DAY_MAX);
	ck_assert_int_eq(D("2026-09-01"), 20697);
	ck_assert_int_eq(D("2028-02-29"), 21243);
	ck_assert_int_eq(D("2000-03-01") - D("2000-02-28"), 2);
	ck_assert_int_eq(D("2100-03-01") - D("2100-02-28"), 1);
	ck_assert_int_eq(D("2028-03-01") - D("2028-02-28"), 2);
	ck_assert_int_eq(D("2027-03-01") - D("2027-02-28"), 1);
	ck_assert_int_eq(D("2027-01-01") - D("2026-12-31"), 1);
	ck_assert_int_eq(D("2029-01-01") - D("2028-01-01"), 366);
}
END_TEST

/* 1 if y-m-d is the day after py-pm-pd. */
static int
follows(int y, int m, int d, int py, int pm, int pd)
{
	if (d == 1)
		return m == pm % 12 + 1 && y == py + (m == 1) &&
		    !calendar_valid_ymd(py, pm, pd + 1);
	return y == py && m == pm && d == pd + 1;
}

START_TEST(round_trip_every_day)
{
	char buf[CALENDAR_ISO_SIZE];
	long day, back, bad = 0;
	int y = 0, m = 0, d = 0, py = 1899, pm = 12, pd = 31;

	/* plain ifs in the loops: a Check assertion per day is slow */
	for (day = CALENDAR_DAY_MIN; day <= CALENDAR_DAY_MAX; day++) {
		if (calendar_to_ymd(day, &y, &m, &d) != 0 ||
		    !follows(y, m, d, py, pm, pd) ||
		    calendar_from_ymd(y, m, d, &back) != 0 || back != day)
			bad++;
		py = y, pm = m, pd = d;
	}
	ck_assert_int_eq(bad, 0);
	ck_assert(y == 9999 && m == 12 && d == 31);
	for (day = D("2026-01-01"); day < D("2029-01-01"); day++)
		if (calendar_format(day, buf, sizeof(buf)) != 0 ||
		    calendar_parse(buf, &back) != 0 || back != day)
			bad++;
	ck_assert_int_eq(bad, 0);
}
END_TEST

START_TEST(valid_ymd)
{
	ck_assert(calendar_valid_ymd(2028, 2, 29));
	ck_assert(calendar_valid_ymd(2000, 2, 29));
	ck_assert(!calendar_valid_ymd(2027, 2, 29));
	ck_assert(!calendar_valid_ymd(1900, 2, 29));
	ck_assert(!calendar_valid_ymd(2100, 2, 29));
	ck_assert(!calendar_valid_ymd(2026, 2, 30));
	ck_assert(!calendar_valid_ymd(2026, 4, 31));
	ck_assert(calendar_valid_ymd(2026, 12, 31));
	ck_assert(!calendar_valid_ymd(2026, 13, 1));
	ck_assert(!calendar_valid_ymd(2026, 0, 1));
	ck_assert(!calendar_valid_ymd(2026, 1, 0));
	ck_assert(!calendar_valid_ymd(2026, 1, 32));
	ck_assert(!calendar_valid_ymd(1899, 12, 31));
	ck_assert(!calendar_valid_ymd(10000, 1, 1));
	ck_assert(!calendar_valid_ymd(-1, 1, 1));
}
END_TEST

START_TEST(parse_refuses)
{
	static const char *const bad[] = {
		"2026-02-30", "2026-13-01", "2026-00-10", "2026-01-00",
		"2026-04-31", "2027-02-29", "1899-12-31", "garbage", "",
		"2026-1-01", "2026-01-1", "2026-01-011", "2026/01/01",
		" 2026-01-01", "2026-01-01 ", "+026-01-01", "-026-01-01",
		"2026-0a-01", "20260101", "2026-01-01T00:00", "2026--1-01",
		"2026-01-\xd9\xa1", "２０２６-01-01",
	};
	long day = 12345;
	size_t i;

	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		ck_assert_msg(calendar_parse(bad[i], &day) == -1, "%s", bad[i]);
	ck_assert_int_eq(calendar_parse(NULL, &day), -1);
	ck_assert_int_eq(day, 12345);	/* untouched */
	ck_assert_int_eq(calendar_from_ymd(2026, 2, 30, &day), -1);
	ck_assert_int_eq(day, 12345);
	ck_assert_int_eq(calendar_parse("2028-02-29", &day), 0);
	ck_assert_int_eq(calendar_parse("9999-12-31", &day), 0);
	ck_assert_int_eq(calendar_parse("1900-01-01", &day), 0);
}
END_TEST

START_TEST(format_refuses)
{
	char buf[CALENDAR_ISO_SIZE] = "xxxxxxxxxx";
	int y = 0;

	ck_assert_int_eq(calendar_format(0, buf, 10), -1);
	ck_assert_str_eq(buf, "");
	ck_assert_int_eq(calendar_format(0, buf, 0), -1);
	ck_assert_int_eq(calendar_format(CALENDAR_DAY_MIN - 1, buf, 11), -1);
	ck_assert_int_eq(calendar_format(CALENDAR_DAY_MAX + 1, buf, 11), -1);
	ck_assert_int_eq(calendar_to_ymd(CALENDAR_DAY_MAX + 1, &y, NULL, NULL),
	    -1);
	ck_assert_int_eq(y, 0);
	ck_assert_int_eq(calendar_format(D("2028-02-29"), buf, 11), 0);
	ck_assert_str_eq(buf, "2028-02-29");
	ck_assert_int_eq(calendar_to_ymd(D("2026-10-26"), &y, NULL, NULL), 0);
	ck_assert_int_eq(y, 2026);
}
END_TEST

START_TEST(weekdays)
{
	long day;
	int n;

	ck_assert_int_eq(calendar_weekday(0), CALENDAR_THURSDAY);
	ck_assert_int_eq(calendar_weekday(-1), CALENDAR_WEDNESDAY);
	ck_assert_int_eq(calendar_weekday(CALENDAR_DAY_MIN), CALENDAR_MONDAY);
	ck_assert_int_eq(calendar_weekday(CALENDAR_DAY_MAX), CALENDAR_FRIDAY);
	ck_assert_int_eq(calendar_weekday(D("2026-09-01")), CALENDAR_TUESDAY);
	ck_assert_int_eq(calendar_weekday(D("2026-12-26")), CALENDAR_SATURDAY);
	ck_assert_int_eq(calendar_weekday(D("2027-03-28")), CALENDAR_SUNDAY);
	ck_assert_int_eq(calendar_weekday(D("2028-02-29")), CALENDAR_TUESDAY);
	/* cycles through 1..7 in order, also before 1970 */
	for (day = CALENDAR_DAY_MIN, n = 0; n < 30000; day++, n++)
		if ((int)calendar_weekday(day) != n % 7 + 1)
			break;
	ck_assert_int_eq(n, 30000);
}
END_TEST

/* --- building ---------------------------------------------------------- */

START_TEST(build_sorts_dedups_drops_weekends)
{
	long dates[] = { D("2027-05-03"), D("2026-12-25"), D("2026-12-26"),
	    D("2027-05-03"), D("2026-08-31"), D("2026-12-25") };
	long store[8];
	struct calendar c;

	ck_assert_int_eq(calendar_build(&c, store, 8, dates, 6, NULL, 0),
	    CALENDAR_OK);
	ck_assert_uint_eq(c.nclosed, 3);
	ck_assert(c.closed == store);
	ck_assert_int_eq(store[0], D("2026-08-31"));
	ck_assert_int_eq(store[1], D("2026-12-25"));
	ck_assert_int_eq(store[2], D("2027-05-03"));
}
END_TEST

START_TEST(build_school_year)
{
	size_t i;

	ck_assert_ptr_eq(school.closed, school_store);
	for (i = 1; i < school.nclosed; i++)
		ck_assert(school.closed[i - 1] < school.closed[i]);
	for (i = 0; i < school.nclosed; i++)
		ck_assert_int_le(calendar_weekday(school.closed[i]),
		    CALENDAR_FRIDAY);
	/* 5 + 10 + 1 + 5 + 10 + 5 + 29 (22 Jul - 31 Aug 2027) weekdays,
	 * plus 31 Aug 2026, 26 Mar and 3 May 2027 not inside a range */
	ck_assert_uint_eq(school.nclosed, 5 + 10 + 1 + 5 + 10 + 5 + 29 + 3);
}
END_TEST

START_TEST(build_ranges_overlap_and_capacity)
{
	struct calendar_range r[] = {
		{ D("2026-10-26"), D("2026-10-30") },
		{ D("2026-10-28"), D("2026-11-03") },	/* overlaps */
		{ D("2026-10-26"), D("2026-10-30") },	/* repeat */
		{ D("2026-10-24"), D("2026-10-25") },	/* a weekend only */
	};
	long store[16];
	struct calendar c;

	/* 26-30 Oct and 2-3 Nov: 7 distinct weekdays */
	ck_assert_int_eq(calendar_build(&c, store, 16, NULL, 0, r, 4),
	    CALENDAR_OK);
	ck_assert_uint_eq(c.nclosed, 7);
	/* 7 fit exactly in 7, though 13 were given before de-duplication */
	ck_assert_int_eq(calendar_build(&c, store, 7, NULL, 0, r, 4),
	    CALENDAR_OK);
	ck_assert_uint_eq(c.nclosed, 7);
	ck_assert_int_eq(store[6], D("2026-11-03"));
	ck_assert_int_eq(calendar_build(&c, store, 6, NULL, 0, r, 4),
	    CALENDAR_FULL);
	ck_assert_uint_eq(c.nclosed, 0);
	ck_assert_int_eq(calendar_build(&c, store, 0, NULL, 0, r, 4),
	    CALENDAR_FULL);
	ck_assert_int_eq(calendar_build(&c, NULL, 0, NULL, 0, r, 1),
	    CALENDAR_FULL);
	ck_assert_int_eq(calendar_build(&c, NULL, 0, NULL, 0, r + 3, 1),
	    CALENDAR_OK);	/* weekends need no room */
	ck_assert_uint_eq(c.nclosed, 0);
	ck_assert_int_eq(calendar_build(&c, NULL, 0, NULL, 0, NULL, 0),
	    CALENDAR_OK);
}
END_TEST

START_TEST(build_dates_capacity)
{
	long dates[] = { D("2027-05-03"), D("2027-05-03"), D("2027-05-04") };
	long store[2];
	struct calendar c;

	ck_assert_int_eq(calendar_build(&c, store, 2, dates, 3, NULL, 0),
	    CALENDAR_OK);
	ck_assert_uint_eq(c.nclosed, 2);
	ck_assert_int_eq(calendar_build(&c, store, 1, dates, 3, NULL, 0),
	    CALENDAR_FULL);
	ck_assert_uint_eq(c.nclosed, 0);
	/* repeats of days already stored need no room, even when full */
	dates[2] = dates[0];
	ck_assert_int_eq(calendar_build(&c, store, 1, dates, 3, NULL, 0),
	    CALENDAR_OK);
	ck_assert_uint_eq(c.nclosed, 1);
	ck_assert_int_eq(store[0], D("2027-05-03"));
}
END_TEST

START_TEST(build_refuses_bad_input)
{
	long bad_dates[] = { D("2026-12-25"), CALENDAR_DAY_MAX + 1 };
	struct calendar_range backwards = { D("2026-10-30"), D("2026-10-26") };
	struct calendar_range outside = { CALENDAR_DAY_MIN - 1, 0 };
	long store[8];
	struct calendar c;

	ck_assert_int_eq(calendar_build(&c, store, 8, bad_dates, 2, NULL, 0),
	    CALENDAR_BAD_DATE);
	ck_assert_uint_eq(c.nclosed, 0);
	ck_assert_int_eq(calendar_build(&c, store, 8, NULL, 0, &backwards, 1),
	    CALENDAR_BAD_RANGE);
	ck_assert_int_eq(calendar_build(&c, store, 8, NULL, 0, &outside, 1),
	    CALENDAR_BAD_DATE);
	ck_assert_uint_eq(c.nclosed, 0);
	/* the empty calendar left behind has weekends only */
	ck_assert(calendar_is_working_day(&c, D("2026-12-25")));
}
END_TEST

START_TEST(build_in_place)
{
	long store[8] = { D("2027-05-31"), D("2026-12-28"), D("2027-05-31"),
	    D("2027-01-02"), D("2026-12-25") };
	struct calendar c;

	ck_assert_int_eq(calendar_build(&c, store, 8, store, 5, NULL, 0),
	    CALENDAR_OK);
	ck_assert_uint_eq(c.nclosed, 3);	/* 2 Jan 2027 is a Saturday */
	ck_assert_int_eq(store[0], D("2026-12-25"));
	ck_assert_int_eq(store[1], D("2026-12-28"));
	ck_assert_int_eq(store[2], D("2027-05-31"));
}
END_TEST

/* --- working days ------------------------------------------------------ */

START_TEST(is_working_day)
{
	struct calendar zero;

	memset(&zero, 0, sizeof(zero));
	ck_assert(calendar_is_working_day(&school, D("2026-10-23")));
	ck_assert(!calendar_is_working_day(&school, D("2026-10-24")));
	ck_assert(!calendar_is_working_day(&school, D("2026-10-26")));
	ck_assert(!calendar_is_working_day(&school, D("2026-10-30")));
	ck_assert(calendar_is_working_day(&school, D("2026-11-02")));
	ck_assert(!calendar_is_working_day(&school, D("2027-03-26")));
	ck_assert(!calendar_is_working_day(&school, D("2027-01-04")));
	ck_assert(calendar_is_working_day(&school, D("2027-01-05")));
	ck_assert(!calendar_is_working_day(&school, D("2026-08-31")));
	ck_assert(calendar_is_working_day(&school, D("2026-09-01")));
	ck_assert(calendar_is_working_day(&zero, D("2026-12-25")));
	ck_assert(!calendar_is_working_day(&zero, D("2026-12-26")));
	ck_assert(!calendar_is_working_day(&school, CALENDAR_DAY_MAX + 1));
	ck_assert(!calendar_is_working_day(&school, CALENDAR_DAY_MIN - 1));
}
END_TEST

START_TEST(add_across_half_term)
{
	/* Wednesday 21 Oct 2026, half term 26-30 Oct */
	ck_assert_day(add(&school, "2026-10-21", 0), "2026-10-21");
	ck_assert_day(add(&school, "2026-10-21", 1), "2026-10-22");
	ck_assert_day(add(&school, "2026-10-21", 2), "2026-10-23");
	ck_assert_day(add(&school, "2026-10-21", 3), "2026-11-02");
	ck_assert_day(add(&school, "2026-10-21", 5), "2026-11-04");
	ck_assert_day(add(&school, "2026-10-21", 10), "2026-11-11");
	ck_assert_day(add(&school, "2026-10-21", 20), "2026-11-25");
	ck_assert_day(add(&school, "2026-10-23", 1), "2026-11-02");
	/* a start inside the holiday or on a weekend */
	ck_assert_day(add(&school, "2026-10-24", 0), "2026-11-02");
	ck_assert_day(add(&school, "2026-10-27", 0), "2026-11-02");
	ck_assert_day(add(&school, "2026-10-27", 1), "2026-11-02");
	ck_assert_day(add(&school, "2026-10-27", 5), "2026-11-06");
	ck_assert_day(add(&school, "2026-10-31", 1), "2026-11-02");
	/* the same without the calendar: weekends only */
	ck_assert_day(add(&empty, "2026-10-21", 3), "2026-10-26");
	ck_assert_day(add(&empty, "2026-10-21", 5), "2026-10-28");
	ck_assert_day(add(&empty, "2026-10-24", 0), "2026-10-26");
}
END_TEST

START_TEST(add_across_christmas)
{
	/* closed 21 Dec - 1 Jan and (repairs) Monday 4 Jan; open 5 Jan */
	ck_assert_day(add(&school, "2026-12-17", 0), "2026-12-17");
	ck_assert_day(add(&school, "2026-12-17", 1), "2026-12-18");
	ck_assert_day(add(&school, "2026-12-17", 2), "2027-01-05");
	ck_assert_day(add(&school, "2026-12-17", 5), "2027-01-08");
	ck_assert_day(add(&school, "2026-12-17", 10), "2027-01-15");
	ck_assert_day(add(&school, "2026-12-17", 20), "2027-01-29");
	ck_assert_day(add(&school, "2026-12-18", 1), "2027-01-05");
	ck_assert_day(add(&school, "2026-12-23", 0), "2027-01-05");
	ck_assert_day(add(&school, "2026-12-23", 1), "2027-01-05");
	ck_assert_day(add(&school, "2026-12-23", 5), "2027-01-11");
	ck_assert_day(add(&school, "2026-12-25", 10), "2027-01-18");
	ck_assert_day(add(&school, "2027-01-01", 1), "2027-01-05");
	ck_assert_day(add(&school, "2027-01-04", 0), "2027-01-05");
	/* bank holidays only: 25 Dec Fri, 28 Dec Mon (for Sat 26), 1 Jan */
	ck_assert_day(add(&bank, "2026-12-24", 1), "2026-12-29");
	ck_assert_day(add(&bank, "2026-12-24", 2), "2026-12-30");
	ck_assert_day(add(&bank, "2026-12-24", 3), "2026-12-31");
	ck_assert_day(add(&bank, "2026-12-24", 4), "2027-01-04");
	ck_assert_day(add(&bank, "2026-12-24", 5), "2027-01-05");
	ck_assert_day(add(&bank, "2026-12-25", 0), "2026-12-29");
}
END_TEST

START_TEST(add_across_year_ends)
{
	/* 2027-28: 27 and 28 Dec substitute days, 3 Jan 2028 for Sat 1 Jan */
	ck_assert_day(add(&bank, "2027-12-23", 1), "2027-12-24");
	ck_assert_day(add(&bank, "2027-12-23", 2), "2027-12-29");
	ck_assert_day(add(&bank, "2027-12-31", 1), "2028-01-04");
	ck_assert_day(add(&bank, "2027-12-31", 0), "2027-12-31");
	ck_assert_day(add(&bank, "2027-12-30", 5), "2028-01-07");
	ck_assert_day(add(&empty, "2027-12-30", 2), "2028-01-03");
	ck_assert_day(add(&empty, "2027-12-31", 1), "2028-01-03");
	ck_assert_day(add(&empty, "2026-12-31", 1), "2027-01-01");
	ck_assert_day(add(&empty, "2028-12-29", 1), "2029-01-01");
	ck_assert_int_eq(count(&bank, "2027-12-24", "2028-01-04"), 4);
	ck_assert_int_eq(count(&empty, "2027-12-24", "2028-01-04"), 7);
}
END_TEST

START_TEST(add_across_leap_day)
{
	/* 2028-02-29 is a Tuesday */
	ck_assert_day(add(&empty, "2028-02-25", 1), "2028-02-28");
	ck_assert_day(add(&empty, "2028-02-25", 2), "2028-02-29");
	ck_assert_day(add(&empty, "2028-02-25", 3), "2028-03-01");
	ck_assert_day(add(&empty, "2028-02-28", 5), "2028-03-06");
	ck_assert_day(add(&empty, "2028-02-29", 0), "2028-02-29");
	ck_assert_day(add(&empty, "2028-02-29", 10), "2028-03-14");
	ck_assert_day(add(&empty, "2028-02-29", 20), "2028-03-28");
	ck_assert_day(add(&empty, "2027-02-26", 1), "2027-03-01");
	ck_assert_int_eq(count(&empty, "2028-02-25", "2028-03-03"), 5);
	ck_assert_int_eq(count(&empty, "2027-02-26", "2027-03-05"), 5);
	ck_assert_int_eq(count(&empty, "2027-12-31", "2028-12-31"), 260);
	ck_assert_int_eq(count(&empty, "2028-01-01", "2029-01-01"), 261);
	ck_assert_int_eq(count(&empty, "2027-01-01", "2028-01-01"), 260);
}
END_TEST

START_TEST(add_across_spring_and_summer)
{
	/* half term 15-19 Feb; Good Friday 26 Mar, Easter 29 Mar - 9 Apr */
	ck_assert_day(add(&school, "2027-02-12", 1), "2027-02-22");
	ck_assert_day(add(&school, "2027-02-10", 5), "2027-02-24");
	ck_assert_day(add(&school, "2027-03-25", 1), "2027-04-12");
	ck_assert_day(add(&school, "2027-03-22", 5), "2027-04-13");
	ck_assert_day(add(&school, "2027-03-19", 10), "2027-04-19");
	/* early May bank holiday, spring bank holiday + May half term */
	ck_assert_day(add(&school, "2027-04-30", 1), "2027-05-04");
	ck_assert_day(add(&school, "2027-05-28", 1), "2027-06-07");
	ck_assert_day(add(&school, "2027-05-24", 10), "2027-06-14");
	/* into the summer holiday; over the August bank holiday */
	ck_assert_day(add(&school, "2027-07-21", 1), "2027-09-01");
	ck_assert_day(add(&school, "2026-08-28", 1), "2026-09-01");
}
END_TEST

START_TEST(add_refuses)
{
	long out = 42;

	ck_assert_int_eq(calendar_add_working_days(&school, D("2026-10-21"),
	    -1, &out), -1);
	ck_assert_int_eq(calendar_add_working_days(&school,
	    CALENDAR_DAY_MAX + 1, 1, &out), -1);
	ck_assert_int_eq(calendar_add_working_days(&school,
	    CALENDAR_DAY_MIN - 1, 0, &out), -1);
	ck_assert_int_eq(calendar_add_working_days(&empty, CALENDAR_DAY_MAX,
	    1, &out), -1);
	ck_assert_int_eq(calendar_add_working_days(&empty,
	    D("9999-12-29"), 3, &out), -1);
	ck_assert_int_eq(calendar_next_working_day(&empty, D("9999-12-31"),
	    &out), 0);
	ck_assert_int_eq(out, CALENDAR_DAY_MAX);
	out = 42;
	ck_assert_int_eq(calendar_next_working_day(&empty, CALENDAR_DAY_MAX + 1,
	    &out), -1);
	ck_assert_int_eq(out, 42);
	ck_assert_int_eq(calendar_add_working_days(&empty, D("9999-12-29"), 2,
	    &out), 0);
	ck_assert_int_eq(out, CALENDAR_DAY_MAX);
}
END_TEST

START_TEST(next_working_day)
{
	long out;

	ck_assert_int_eq(calendar_next_working_day(&school, D("2026-12-19"),
	    &out), 0);
	ck_assert_day(out, "2027-01-05");
	ck_assert_int_eq(calendar_next_working_day(&school, D("2027-01-05"),
	    &out), 0);
	ck_assert_day(out, "2027-01-05");
	ck_assert_int_eq(calendar_next_working_day(&school, D("2027-03-26"),
	    &out), 0);
	ck_assert_day(out, "2027-04-12");
}
END_TEST

START_TEST(count_working_days)
{
	/* start excluded, end included */
	ck_assert_int_eq(count(&school, "2026-10-21", "2026-10-21"), 0);
	ck_assert_int_eq(count(&school, "2026-10-21", "2026-10-22"), 1);
	ck_assert_int_eq(count(&school, "2026-10-20", "2026-10-21"), 1);
	ck_assert_int_eq(count(&school, "2026-10-23", "2026-11-02"), 1);
	ck_assert_int_eq(count(&school, "2026-10-21", "2026-11-04"), 5);
	ck_assert_int_eq(count(&school, "2026-10-24", "2026-11-01"), 0);
	ck_assert_int_eq(count(&school, "2026-12-18", "2027-01-05"), 1);
	ck_assert_int_eq(count(&school, "2026-12-17", "2027-01-29"), 20);
	ck_assert_int_eq(count(&school, "2026-12-23", "2027-01-11"), 5);
	ck_assert_int_eq(count(&school, "2026-12-20", "2027-01-04"), 0);
	/* end before start: minus the count the other way */
	ck_assert_int_eq(count(&school, "2026-11-04", "2026-10-21"), -5);
	ck_assert_int_eq(count(&school, "2027-01-05", "2026-12-18"), -1);
	ck_assert_int_eq(count(&school, "2026-11-01", "2026-10-24"), 0);
	/* the whole school year, 1 Sep 2026 - 31 Aug 2027: 261 weekdays
	 * less the 67 closed ones (all the calendar's but 31 Aug 2026) */
	ck_assert_int_eq(count(&empty, "2026-08-31", "2027-08-31"), 261);
	ck_assert_uint_eq(school.nclosed, 68);
	ck_assert_int_eq(count(&school, "2026-08-31", "2027-08-31"), 194);
	/* out of range */
	ck_assert_int_eq(calendar_count_working_days(&school,
	    CALENDAR_DAY_MAX + 1, 0), 0);
	ck_assert_int_eq(calendar_count_working_days(&school, 0,
	    CALENDAR_DAY_MIN - 1), 0);
	ck_assert_int_eq(calendar_count_working_days(&empty, CALENDAR_DAY_MIN,
	    CALENDAR_DAY_MAX), 2113189);
}
END_TEST

static void
assert_three_weeks_closed(const struct calendar *c)
{
	long out;

	/* Mon 2 Nov - Sun 22 Nov 2026 closed; Fri 30 Oct and Mon 23 Nov open */
	ck_assert_day(add(c, "2026-10-30", 1), "2026-11-23");
	ck_assert_day(add(c, "2026-10-29", 2), "2026-11-23");
	ck_assert_day(add(c, "2026-10-30", 5), "2026-11-27");
	ck_assert_day(add(c, "2026-11-02", 0), "2026-11-23");
	ck_assert_day(add(c, "2026-11-11", 1), "2026-11-23");
	ck_assert_int_eq(calendar_next_working_day(c, D("2026-11-02"), &out),
	    0);
	ck_assert_day(out, "2026-11-23");
	ck_assert_int_eq(count(c, "2026-10-30", "2026-11-22"), 0);
	ck_assert_int_eq(count(c, "2026-10-29", "2026-11-23"), 2);
	ck_assert_int_eq(count(c, "2026-11-23", "2026-10-29"), -2);
	ck_assert(!calendar_notice_ok(c, D("2026-10-30"), D("2026-11-20"), 1));
	ck_assert(calendar_notice_ok(c, D("2026-10-29"), D("2026-11-20"), 1));
	ck_assert(calendar_notice_ok(c, D("2026-10-29"), D("2026-11-23"), 2));
}

START_TEST(three_weeks_closed)
{
	struct calendar_range r = { D("2026-11-02"), D("2026-11-22") };
	long dates[21], store[32];
	struct calendar c;
	int i;

	ck_assert_int_eq(calendar_build(&c, store, 32, NULL, 0, &r, 1),
	    CALENDAR_OK);
	ck_assert_uint_eq(c.nclosed, 15);
	assert_three_weeks_closed(&c);
	/* the same 21 days listed one by one, in reverse */
	for (i = 0; i < 21; i++)
		dates[i] = D("2026-11-22") - i;
	ck_assert_int_eq(calendar_build(&c, store, 15, dates, 21, NULL, 0),
	    CALENDAR_OK);
	ck_assert_uint_eq(c.nclosed, 15);
	assert_three_weeks_closed(&c);
}
END_TEST

START_TEST(notice)
{
	/* Monday 12 Oct 2026 to Monday 19 Oct: 5 working days */
	ck_assert(calendar_notice_ok(&school, D("2026-10-12"), D("2026-10-19"),
	    5));
	ck_assert(!calendar_notice_ok(&school, D("2026-10-12"),
	    D("2026-10-16"), 5));
	ck_assert(calendar_notice_ok(&school, D("2026-10-12"), D("2026-10-20"),
	    5));
	/* across half term: Wed 21 Oct to Tue 3 Nov is only 4 */
	ck_assert(!calendar_notice_ok(&school, D("2026-10-21"),
	    D("2026-11-03"), 5));
	ck_assert(calendar_notice_ok(&school, D("2026-10-21"), D("2026-11-04"),
	    5));
	/* the same on a weekends-only calendar */
	ck_assert(calendar_notice_ok(&empty, D("2026-10-21"), D("2026-10-28"),
	    5));
	/* arranged in the Christmas closure for the first days of term */
	ck_assert(!calendar_notice_ok(&school, D("2026-12-22"),
	    D("2027-01-08"), 5));
	ck_assert(calendar_notice_ok(&school, D("2026-12-22"), D("2027-01-11"),
	    5));
	/* n == 0, the past, refusals */
	ck_assert(calendar_notice_ok(&school, D("2026-10-21"), D("2026-10-21"),
	    0));
	ck_assert(!calendar_notice_ok(&school, D("2026-10-21"),
	    D("2026-10-20"), 0));
	ck_assert(!calendar_notice_ok(&school, D("2026-10-21"),
	    D("2026-10-20"), 5));
	ck_assert(!calendar_notice_ok(&school, D("2026-10-12"),
	    D("2026-12-01"), -1));
	ck_assert(!calendar_notice_ok(&school, D("2026-10-12"),
	    CALENDAR_DAY_MAX + 1, 5));
}
END_TEST

/* --- properties -------------------------------------------------------- */

static uint64_t rng_state = 88172645463325252ULL;	/* fixed: repeatable */

static uint64_t
rng(void)
{
	rng_state ^= rng_state << 13;
	rng_state ^= rng_state >> 7;
	rng_state ^= rng_state << 17;
	return rng_state;
}

/* The obvious slow versions, day by day, for days well inside the range. */
static long
slow_count(const struct calendar *c, long start, long end)
{
	long n = 0, day;

	if (end < start)
		return -slow_count(c, end, start);
	for (day = start + 1; day <= end; day++)
		n += calendar_is_working_day(c, day);
	return n;
}

static long
slow_add(const struct calendar *c, long day, long n)
{
	if (n == 0)
		while (!calendar_is_working_day(c, day))
			day++;
	while (n > 0)
		n -= calendar_is_working_day(c, ++day);
	return day;
}

/* The first property that fails for (start, n, end), or NULL. */
static const char *
property_fails(const struct calendar *c, long start, long n, long end)
{
	long got;

	if (calendar_add_working_days(c, start, n, &got) != 0)
		return "add refused";
	if (!calendar_is_working_day(c, got))
		return "add gave a day that is not a working day";
	if (got != slow_add(c, start, n))
		return "add differs from counting day by day";
	if (n >= 1 && calendar_count_working_days(c, start, got) != n)
		return "count(start, add(start, n)) != n";
	if (n >= 1 && calendar_count_working_days(c, start, got - 1) != n - 1)
		return "count(start, add(start, n) - 1) != n - 1";
	if (n == 0 && calendar_count_working_days(c, start, got) !=
	    !calendar_is_working_day(c, start))
		return "count(start, add(start, 0)) is not 0 or 1";
	if (calendar_count_working_days(c, start, end) !=
	    slow_count(c, start, end))
		return "count differs from counting day by day";
	return NULL;
}

/* Random starts in [first, first + span), n in 0..40, ends near start. */
static void
check_properties(const struct calendar *c, long first, long span)
{
	char buf[CALENDAR_ISO_SIZE];
	const char *why = NULL;
	long start = 0, n = 0, end = 0;
	int i;

	for (i = 0; i < 4000 && why == NULL; i++) {
		start = first + (long)(rng() % (uint64_t)span);
		n = (long)(rng() % 41);
		end = start - 400 + (long)(rng() % 801);
		why = property_fails(c, start, n, end);
	}
	ck_assert_msg(why == NULL, "%s: start %s, n %ld, end %ld", why,
	    iso(start, buf), n, end - start);
}

START_TEST(property_add_count)
{
	long first = D("2026-01-01"), span = D("2029-01-01") - first;

	check_properties(&school, first, span);
	check_properties(&bank, first, span);
	check_properties(&empty, first, span);
	check_properties(&empty, CALENDAR_DAY_MIN + 400, 400000);
	check_properties(&empty, CALENDAR_DAY_MAX - 401000, 400000);
}
END_TEST

/* UK time: GMT in winter, BST (UTC+1) from 01:00 UTC on the last Sunday
 * of March to 01:00 UTC on the last Sunday of October (2026: 29 March and
 * 25 October). */
START_TEST(time_labels_in_school_time)
{
	char out[CALENDAR_TIME_LABEL_SIZE];

	setenv("TZ", "Europe/London", 1);
	tzset();
	ck_assert_int_eq(calendar_time_label("2026-12-01 13:58:18", out,
	    sizeof(out)), 0);
	ck_assert_str_eq(out, "Tue 1 Dec 2026, 13:58");
	ck_assert_int_eq(calendar_time_label("2026-07-01 12:00:00", out,
	    sizeof(out)), 0);
	ck_assert_str_eq(out, "Wed 1 Jul 2026, 13:00");
	ck_assert_int_eq(calendar_time_label("2026-03-29 00:59:59", out,
	    sizeof(out)), 0);
	ck_assert_str_eq(out, "Sun 29 Mar 2026, 00:59");
	ck_assert_int_eq(calendar_time_label("2026-03-29 01:00:00", out,
	    sizeof(out)), 0);
	ck_assert_str_eq(out, "Sun 29 Mar 2026, 02:00");
	ck_assert_int_eq(calendar_time_label("2026-10-25 00:30:00.123", out,
	    sizeof(out)), 0);
	ck_assert_str_eq(out, "Sun 25 Oct 2026, 01:30");
	ck_assert_int_eq(calendar_time_label("2026-10-25 01:30:00", out,
	    sizeof(out)), 0);
	ck_assert_str_eq(out, "Sun 25 Oct 2026, 01:30");
	ck_assert_int_eq(calendar_time_label("2026-12-31T23:59:00", out,
	    sizeof(out)), 0);
	ck_assert_str_eq(out, "Thu 31 Dec 2026, 23:59");
	ck_assert_int_eq(calendar_time_label("2026-02-30 10:00:00", out,
	    sizeof(out)), -1);
	ck_assert_str_eq(out, "");
	ck_assert_int_eq(calendar_time_label("2026-12-01", out, sizeof(out)),
	    -1);
	ck_assert_int_eq(calendar_time_label("2026-12-01 25:00:00", out,
	    sizeof(out)), -1);
	ck_assert_int_eq(calendar_time_label(NULL, out, sizeof(out)), -1);
	ck_assert_int_eq(calendar_time_label("2026-12-01 13:58:18", out, 8),
	    -1);
}
END_TEST

static Suite *
calendar_suite(void)
{
	Suite *s = suite_create("calendar");
	TCase *dates = tcase_create("dates");
	TCase *build = tcase_create("build");
	TCase *days = tcase_create("working_days");

	tcase_add_test(dates, known_day_numbers);
	tcase_add_test(dates, time_labels_in_school_time);
	tcase_add_test(dates, round_trip_every_day);
	tcase_set_timeout(dates, 60);
	tcase_add_test(dates, valid_ymd);
	tcase_add_test(dates, parse_refuses);
	tcase_add_test(dates, format_refuses);
	tcase_add_test(dates, weekdays);
	tcase_add_checked_fixture(build, school_setup, NULL);
	tcase_add_test(build, build_sorts_dedups_drops_weekends);
	tcase_add_test(build, build_school_year);
	tcase_add_test(build, build_ranges_overlap_and_capacity);
	tcase_add_test(build, build_dates_capacity);
	tcase_add_test(build, build_refuses_bad_input);
	tcase_add_test(build, build_in_place);
	tcase_add_checked_fixture(days, school_setup, NULL);
	tcase_add_checked_fixture(days, bank_setup, NULL);
	tcase_add_test(days, is_working_day);
	tcase_add_test(days, add_across_half_term);
	tcase_add_test(days, add_across_christmas);
	tcase_add_test(days, add_across_year_ends);
	tcase_add_test(days, add_across_leap_day);
	tcase_add_test(days, add_across_spring_and_summer);
	tcase_add_test(days, add_refuses);
	tcase_add_test(days, next_working_day);
	tcase_add_test(days, count_working_days);
	tcase_add_test(days, three_weeks_closed);
	tcase_add_test(days, notice);
	tcase_add_test(days, property_add_count);
	tcase_set_timeout(days, 60);
	suite_add_tcase(s, dates);
	suite_add_tcase(s, build);
	suite_add_tcase(s, days);
	return s;
}

int
main(void)
{
	SRunner *sr = srunner_create(calendar_suite());
	int failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
