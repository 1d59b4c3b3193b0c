/*
 * Unit tests of lib/ics.c: term dates as schools publish them in
 * iCalendar files (fictional dates), folded lines, CRLF and LF, DATE and
 * DATE-TIME values, and malformed files refused with the line at fault.
 */
#include <stdio.h>
#include <string.h>

#include "unit.h"

#include "calendar.h"
#include "ics.h"

#define CAP 16

static struct ics_event ev[CAP];
static struct ics_error err;
static size_t nev;

static enum ics_status
parse(const char *text)
{
	memset(&err, 0, sizeof(err));
	return ics_parse(text, strlen(text), ev, CAP, &nev, &err);
}

static long
D(const char *iso)
{
	long day = 0;

	ck_assert_msg(calendar_parse(iso, &day) == 0, "bad test date %s", iso);
	return day;
}

#define CAL(body) "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Kestrel Vale//Term dates//EN\r\n" \
	body "END:VCALENDAR\r\n"

START_TEST(term_dates_with_crlf)
{
	ck_assert_int_eq(parse(CAL(
	    "BEGIN:VEVENT\r\nUID:1@kva.example\r\nDTSTART;VALUE=DATE:20261026\r\n"
	    "DTEND;VALUE=DATE:20261031\r\nSUMMARY:Autumn half term\r\nEND:VEVENT\r\n"
	    "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261225\r\n"
	    "SUMMARY:Christmas Day\r\nEND:VEVENT\r\n")), ICS_OK);
	ck_assert_uint_eq(nev, 2);
	ck_assert_int_eq(ev[0].from, D("2026-10-26"));
	ck_assert_int_eq(ev[0].to, D("2026-10-30"));	/* DTEND exclusive */
	ck_assert_str_eq(ev[0].summary, "Autumn half term");
	ck_assert_uint_eq(ev[0].line, 4);
	ck_assert_int_eq(ev[1].from, D("2026-12-25"));
	ck_assert_int_eq(ev[1].to, D("2026-12-25"));	/* no end: one day */
}
END_TEST

START_TEST(lf_only_and_bare_dates)
{
	ck_assert_int_eq(parse("BEGIN:VCALENDAR\nBEGIN:VEVENT\n"
	    "DTSTART:20261221\nDTEND:20270102\nSUMMARY:Christmas holiday\n"
	    "END:VEVENT\nEND:VCALENDAR"), ICS_OK);	/* no final newline */
	ck_assert_uint_eq(nev, 1);
	ck_assert_int_eq(ev[0].from, D("2026-12-21"));
	ck_assert_int_eq(ev[0].to, D("2027-01-01"));
}
END_TEST

START_TEST(folded_lines)
{
	ck_assert_int_eq(parse(CAL(
	    "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:2027\r\n 0215\r\nDTEND;VALUE=DATE:\r\n\t20270220\r\n"
	    "SUMMARY:Spring half \r\n term\\, all pupils\\; staff too\r\nEND:VEVENT\r\n")),
	    ICS_OK);
	ck_assert_uint_eq(nev, 1);
	ck_assert_int_eq(ev[0].from, D("2027-02-15"));
	ck_assert_int_eq(ev[0].to, D("2027-02-19"));
	ck_assert_str_eq(ev[0].summary, "Spring half term, all pupils; staff too");
}
END_TEST

START_TEST(date_times)
{
	ck_assert_int_eq(parse(CAL(
	    "BEGIN:VEVENT\r\nDTSTART;TZID=\"Europe/London\":20270104T083000\r\n"
	    "DTEND;TZID=Europe/London:20270104T153000\r\nSUMMARY:INSET day\r\nEND:VEVENT\r\n"
	    "BEGIN:VEVENT\r\nDTSTART:20270329T000000Z\r\nDTEND:20270410T000000Z\r\n"
	    "SUMMARY:Easter holiday\r\nEND:VEVENT\r\n"
	    "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE-TIME:20270531T090000\r\nDURATION:P5D\r\n"
	    "END:VEVENT\r\n")), ICS_OK);
	ck_assert_uint_eq(nev, 3);
	ck_assert_int_eq(ev[0].from, D("2027-01-04"));
	ck_assert_int_eq(ev[0].to, D("2027-01-04"));
	ck_assert_int_eq(ev[1].from, D("2027-03-29"));
	ck_assert_int_eq(ev[1].to, D("2027-04-09"));	/* midnight: exclusive */
	ck_assert_int_eq(ev[2].to, D("2027-06-05"));
	ck_assert_str_eq(ev[2].summary, "");
}
END_TEST

START_TEST(durations_and_skipped_parts)
{
	ck_assert_int_eq(parse(CAL(
	    "BEGIN:VTIMEZONE\r\nTZID:Europe/London\r\nBEGIN:STANDARD\r\n"
	    "DTSTART:19701025T020000\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
	    "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20270531\r\nDURATION:P1W\r\n"
	    "SUMMARY:Summer half term\r\nBEGIN:VALARM\r\nTRIGGER:-P1D\r\n"
	    "DTSTART:nonsense-inside-an-alarm\r\nEND:VALARM\r\nEND:VEVENT\r\n")), ICS_OK);
	ck_assert_uint_eq(nev, 1);
	ck_assert_int_eq(ev[0].to, D("2027-06-06"));
	ck_assert_int_eq(parse(CAL("")), ICS_OK);
	ck_assert_uint_eq(nev, 0);
}
END_TEST

START_TEST(long_summary_cut_on_character)
{
	char text[600], want[ICS_SUMMARY_MAX];
	size_t i;

	/* 99 ASCII bytes, then "é" (2 bytes) would end at byte 101: dropped. */
	memset(want, 'a', 99);
	want[99] = '\0';
	i = (size_t)snprintf(text, sizeof(text),
	    "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20270101\nSUMMARY:");
	memset(text + i, 'a', 99);
	snprintf(text + i + 99, sizeof(text) - i - 99,
	    "\xc3\xa9 more\nEND:VEVENT\nEND:VCALENDAR\n");
	ck_assert_int_eq(parse(text), ICS_OK);
	ck_assert_str_eq(ev[0].summary, want);
}
END_TEST

struct bad {
	const char	*text;
	size_t		 line;
	const char	*words;		/* in the message */
};

static const struct bad bad[] = {
	{ "", 1, "not an iCalendar" },
	{ "Date,Kind,Label\n2026-10-26,holiday,Half term\n", 1, "not an iCalendar" },
	{ " BEGIN:VCALENDAR\n", 1, "not an iCalendar" },
	{ "BEGIN:VEVENT\nEND:VEVENT\n", 1, "BEGIN:VCALENDAR" },
	{ "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20261301\nEND:VEVENT\nEND:VCALENDAR\n",
	    3, "DTSTART" },
	{ "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20261026T090000\nEND:VEVENT\nEND:VCALENDAR\n",
	    3, "DTSTART" },
	{ "BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:No start\nEND:VEVENT\nEND:VCALENDAR\n",
	    2, "no DTSTART" },
	{ "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20261030\r\nDTEND:20261026\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
	    5, "ends before" },
	{ "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20261026\nDTEND:20281026\nEND:VEVENT\nEND:VCALENDAR\n",
	    5, "longer than a year" },
	{ "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20261026\nDTSTART:20261027\nEND:VEVENT\nEND:VCALENDAR\n",
	    4, "two DTSTART" },
	{ "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20261026\nDURATION:-P1D\nEND:VEVENT\nEND:VCALENDAR\n",
	    4, "DURATION" },
	{ "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20261026\nthis line has no colon\nEND:VEVENT\nEND:VCALENDAR\n",
	    4, "NAME:VALUE" },
	{ "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20261026\nEND:VCALENDAR\n", 4, "does not match" },
	{ "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20261026\nEND:VEVENT\n", 4, "ends before END:VCALENDAR" },
	{ "BEGIN:VCALENDAR\nEND:VCALENDAR\nSUMMARY:stray\n", 3, "after END:VCALENDAR" },
	{ "BEGIN:VCALENDAR\nBEGIN:\nEND:VCALENDAR\n", 2, "BEGIN" },
	{ "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20270104\nRRULE:FREQ=WEEKLY;COUNT=3\nEND:VEVENT\nEND:VCALENDAR\n",
	    4, "repeating" },
};

START_TEST(malformed_refused_with_line)
{
	const struct bad *b = &bad[_i];

	ck_assert_int_eq(parse(b->text), ICS_MALFORMED);
	ck_assert_msg(err.line == b->line, "case %d: line %zu, want %zu (%s)",
	    _i, err.line, b->line, err.message);
	ck_assert_msg(strstr(err.message, b->words) != NULL,
	    "case %d: message \"%s\" lacks \"%s\"", _i, err.message, b->words);
}
END_TEST

START_TEST(too_many_events)
{
	char text[8192];
	size_t i, o;

	o = (size_t)snprintf(text, sizeof(text), "BEGIN:VCALENDAR\n");
	for (i = 0; i <= CAP; i++)
		o += (size_t)snprintf(text + o, sizeof(text) - o,
		    "BEGIN:VEVENT\nDTSTART:20270101\nEND:VEVENT\n");
	snprintf(text + o, sizeof(text) - o, "END:VCALENDAR\n");
	ck_assert_int_eq(parse(text), ICS_TOO_MANY);
	ck_assert_uint_eq(err.line, 2 + 3 * CAP);
}
END_TEST

START_TEST(overlong_line)
{
	static char text[ICS_LINE_MAX + 200];
	size_t i;

	i = (size_t)snprintf(text, sizeof(text), "BEGIN:VCALENDAR\nX-NOTE:");
	memset(text + i, 'x', ICS_LINE_MAX);
	snprintf(text + i + ICS_LINE_MAX, sizeof(text) - i - ICS_LINE_MAX,
	    "\nEND:VCALENDAR\n");
	ck_assert_int_eq(parse(text), ICS_MALFORMED);
	ck_assert_uint_eq(err.line, 2);
}
END_TEST

/* Mutated files (a fixed pseudo-random sequence): never a crash or an
 * out-of-bounds read (the sanitizer pass checks), always a status, and an
 * error always names a line of the file. */
START_TEST(mutations_are_safe)
{
	static const char seed[] = CAL("BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261026\r\n"
	    "DTEND;VALUE=DATE:20261031\r\nSUMMARY:Half \r\n term\\, \xc3\xa9t\xc3\xa9\r\n"
	    "DURATION:P1D\r\nEND:VEVENT\r\n");
	static const char alphabet[] = "\r\n :;\"\\\tBEGINDTVEVT0129PZ-";
	char buf[sizeof(seed) + 64];
	unsigned long x = 2463534242UL;
	size_t len, i, k, lines;
	enum ics_status st;
	int round;

	for (round = 0; round < 3000; round++) {
		memcpy(buf, seed, sizeof(seed) - 1);
		len = sizeof(seed) - 1;
		for (k = 0; k < 1 + (size_t)round % 4; k++) {
			x ^= x << 13; x ^= x >> 7; x ^= x << 17;
			i = x % len;
			if (x & 0x100)
				buf[i] = alphabet[(x >> 9) % (sizeof(alphabet) - 1)];
			else
				len = i + 1;		/* truncate */
		}
		for (i = 0, lines = 1; i < len; i++)
			lines += buf[i] == '\n';
		memset(&err, 0, sizeof(err));
		st = ics_parse(buf, len, ev, CAP, &nev, &err);
		ck_assert(st == ICS_OK || st == ICS_MALFORMED || st == ICS_TOO_MANY);
		if (st != ICS_OK)
			ck_assert_msg(err.line >= 1 && err.line <= lines && err.message,
			    "round %d: line %zu of %zu", round, err.line, lines);
	}
}
END_TEST

static Suite *
ics_suite(void)
{
	Suite *s = suite_create("ics");
	TCase *t = tcase_create("parse");

	tcase_add_test(t, term_dates_with_crlf);
	tcase_add_test(t, lf_only_and_bare_dates);
	tcase_add_test(t, folded_lines);
	tcase_add_test(t, date_times);
	tcase_add_test(t, durations_and_skipped_parts);
	tcase_add_test(t, long_summary_cut_on_character);
	tcase_add_loop_test(t, malformed_refused_with_line, 0,
	    (int)(sizeof(bad) / sizeof(bad[0])));
	tcase_add_test(t, too_many_events);
	tcase_add_test(t, overlong_line);
	tcase_add_test(t, mutations_are_safe);
	suite_add_tcase(s, t);
	return s;
}

UNIT_MAIN(ics_suite)
