#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "calendar.h"

#define DAYS_1970_FROM_0000	719468L	/* 0000-03-01 to 1970-01-01 */
#define FIRST_MONDAY		4L	/* 1970-01-05 */

static int
in_range(long day)
{
	return day >= CALENDAR_DAY_MIN && day <= CALENDAR_DAY_MAX;
}

static int
leap_year(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int
calendar_valid_ymd(int y, int m, int d)
{
	static const int mdays[12] =
	    { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	if (y < 1900 || y > 9999 || m < 1 || m > 12 || d < 1)
		return 0;
	return d <= mdays[m - 1] + (m == 2 && leap_year(y));
}

/* Civil date <-> day number, counting in years that start on 1 March. */
int
calendar_from_ymd(int y, int m, int d, long *day)
{
	long yy, era, yoe, doy, doe;

	if (!calendar_valid_ymd(y, m, d))
		return -1;
	yy = y - (m <= 2);
	era = yy / 400;			/* yy >= 1899: no negative eras */
	yoe = yy - era * 400;
	doy = (153L * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	*day = era * 146097 + doe - DAYS_1970_FROM_0000;
	return 0;
}

int
calendar_to_ymd(long day, int *y, int *m, int *d)
{
	long z, era, doe, yoe, doy, mp, mm;

	if (!in_range(day))
		return -1;
	z = day + DAYS_1970_FROM_0000;	/* > 0 for every valid day */
	era = z / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	mm = mp < 10 ? mp + 3 : mp - 9;
	if (y != NULL)
		*y = (int)(yoe + era * 400 + (mm <= 2));
	if (m != NULL)
		*m = (int)mm;
	if (d != NULL)
		*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	return 0;
}

/* n ASCII digits at s as a number, or -1. */
static int
digits(const char *s, int n)
{
	int v = 0, i;

	for (i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

int
calendar_parse(const char *iso, long *day)
{
	int y, m, d, i;

	if (iso == NULL)
		return -1;
	for (i = 0; i < 10; i++)
		if (iso[i] == '\0')
			return -1;
	if (iso[10] != '\0' || iso[4] != '-' || iso[7] != '-')
		return -1;
	y = digits(iso, 4);
	m = digits(iso + 5, 2);
	d = digits(iso + 8, 2);
	if (y < 0 || m < 0 || d < 0)
		return -1;
	return calendar_from_ymd(y, m, d, day);
}

int
calendar_format(long day, char *out, size_t outsz)
{
	int y, m, d;

	if (outsz > 0)
		out[0] = '\0';
	if (outsz < CALENDAR_ISO_SIZE || calendar_to_ymd(day, &y, &m, &d) == -1)
		return -1;
	snprintf(out, outsz, "%04d-%02d-%02d", y, m, d);
	return 0;
}

enum calendar_weekday
calendar_weekday(long day)
{
	long r = (day % 7 + 7 + 3) % 7;	/* 0 = Monday; no overflow */

	return (enum calendar_weekday)(r + 1);
}

static int
weekend(long day)
{
	return calendar_weekday(day) >= CALENDAR_SATURDAY;
}

void
calendar_init(struct calendar *cal)
{
	cal->closed = NULL;
	cal->nclosed = 0;
}

static int
cmp_day(const void *a, const void *b)
{
	long x = *(const long *)a, y = *(const long *)b;

	return (x > y) - (x < y);
}

/* Sorts store[0..n) and drops repeats; returns the new count. */
static size_t
compact(long *store, size_t n)
{
	size_t i, k = 0;

	if (n == 0)
		return 0;
	qsort(store, n, sizeof(*store), cmp_day);
	for (i = 1; i < n; i++)
		if (store[i] != store[k])
			store[++k] = store[i];
	return k + 1;
}

/*
 * Appends a closed day to store, compacting when full; -1 if no room. A
 * day already stored needs none: after compact() store is sorted.
 */
static int
store_day(long *store, size_t cap, size_t *n, long day)
{
	if (weekend(day))
		return 0;
	if (*n == cap) {
		*n = compact(store, *n);
		if (*n == cap)
			return cap > 0 && bsearch(&day, store, cap,
			    sizeof(*store), cmp_day) != NULL ? 0 : -1;
	}
	store[(*n)++] = day;
	return 0;
}

static enum calendar_status
store_ranges(long *store, size_t cap, size_t *n,
    const struct calendar_range *ranges, size_t nranges)
{
	size_t i;
	long day;

	for (i = 0; i < nranges; i++) {
		if (!in_range(ranges[i].from) || !in_range(ranges[i].to))
			return CALENDAR_BAD_DATE;
		if (ranges[i].to < ranges[i].from)
			return CALENDAR_BAD_RANGE;
		for (day = ranges[i].from; day <= ranges[i].to; day++)
			if (store_day(store, cap, n, day) == -1)
				return CALENDAR_FULL;
	}
	return CALENDAR_OK;
}

enum calendar_status
calendar_build(struct calendar *cal, long *store, size_t cap,
    const long *dates, size_t ndates,
    const struct calendar_range *ranges, size_t nranges)
{
	enum calendar_status st = CALENDAR_OK;
	size_t i, n = 0;

	calendar_init(cal);
	/* With dates == store, writing at n <= i never overtakes reading. */
	for (i = 0; i < ndates && st == CALENDAR_OK; i++) {
		if (!in_range(dates[i]))
			st = CALENDAR_BAD_DATE;
		else if (store_day(store, cap, &n, dates[i]) == -1)
			st = CALENDAR_FULL;
	}
	if (st == CALENDAR_OK)
		st = store_ranges(store, cap, &n, ranges, nranges);
	if (st != CALENDAR_OK)
		return st;
	cal->closed = store;
	cal->nclosed = compact(store, n);
	return CALENDAR_OK;
}

/* Index of the first closed day >= day (nclosed if none). */
static size_t
lower_bound(const struct calendar *cal, long day)
{
	size_t lo = 0, hi = cal->nclosed, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (cal->closed[mid] < day)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

int
calendar_is_working_day(const struct calendar *cal, long day)
{
	size_t i;

	if (!in_range(day) || weekend(day))
		return 0;
	i = lower_bound(cal, day);
	return !(i < cal->nclosed && cal->closed[i] == day);
}

int
calendar_next_working_day(const struct calendar *cal, long day, long *out)
{
	if (!in_range(day))
		return -1;
	while (!calendar_is_working_day(cal, day)) {
		if (day == CALENDAR_DAY_MAX)
			return -1;
		day++;
	}
	*out = day;
	return 0;
}

int
calendar_add_working_days(const struct calendar *cal, long day, long n,
    long *out)
{
	long k;

	if (n < 0 || !in_range(day))
		return -1;
	if (n == 0)
		return calendar_next_working_day(cal, day, out);
	for (k = 0; k < n; k++) {
		if (day == CALENDAR_DAY_MAX ||
		    calendar_next_working_day(cal, day + 1, &day) == -1)
			return -1;
	}
	*out = day;
	return 0;
}

/* Weekdays in [FIRST_MONDAY, x) (negative when x is before it). */
static long
weekdays_before(long x)
{
	long t = x - FIRST_MONDAY;
	long weeks = t >= 0 ? t / 7 : -((-t + 6) / 7);	/* floor(t / 7) */
	long rest = t - weeks * 7;

	return weeks * 5 + (rest < 5 ? rest : 5);
}

/* Working days in (start, end], start <= end, both in range. */
static long
count_forward(const struct calendar *cal, long start, long end)
{
	long n = weekdays_before(end + 1) - weekdays_before(start + 1);
	size_t i;

	for (i = lower_bound(cal, start + 1);
	    i < cal->nclosed && cal->closed[i] <= end; i++)
		if (!weekend(cal->closed[i]))
			n--;
	return n;
}

long
calendar_count_working_days(const struct calendar *cal, long start,
    long end)
{
	if (!in_range(start) || !in_range(end))
		return 0;
	if (end >= start)
		return count_forward(cal, start, end);
	return -count_forward(cal, end, start);
}

int
calendar_notice_ok(const struct calendar *cal, long today, long meeting,
    long n)
{
	if (n < 0 || !in_range(today) || !in_range(meeting))
		return 0;
	return calendar_count_working_days(cal, today, meeting) >= n;
}

int
calendar_time_label(const char *utc, char *out, size_t outsz)
{
	static const char *const wd[] = { "Sun", "Mon", "Tue", "Wed", "Thu",
	    "Fri", "Sat" };
	static const char *const mon[] = { "Jan", "Feb", "Mar", "Apr", "May",
	    "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
	char day[CALENDAR_ISO_SIZE];
	int hh, mm, ss, n;
	struct tm tm;
	long dn;
	time_t t;

	if (outsz > 0)
		out[0] = '\0';
	if (utc == NULL || outsz < CALENDAR_TIME_LABEL_SIZE ||
	    strlen(utc) < 19 || (utc[10] != ' ' && utc[10] != 'T'))
		return -1;
	memcpy(day, utc, 10);
	day[10] = '\0';
	if (calendar_parse(day, &dn) == -1 ||
	    sscanf(utc + 11, "%2d:%2d:%2d%n", &hh, &mm, &ss, &n) != 3 ||
	    n != 8 || hh > 23 || mm > 59 || ss > 60 || hh < 0 || mm < 0 ||
	    ss < 0)
		return -1;
	/* Day numbers count from 1970-01-01, as time_t does. */
	t = (time_t)dn * 86400 + hh * 3600L + mm * 60L + ss;
	if (localtime_r(&t, &tm) == NULL)
		return -1;
	snprintf(out, outsz, "%s %d %s %d, %02d:%02d", wd[tm.tm_wday],
	    tm.tm_mday, mon[tm.tm_mon], tm.tm_year + 1900, tm.tm_hour,
	    tm.tm_min);
	return 0;
}
