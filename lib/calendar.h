/*
 * calendar: working-day arithmetic on one school's calendar. Pure: no I/O,
 * no allocation, no state outside what the caller passes.
 *
 * Dates are day numbers: days since 1970-01-01 (day 0, a Thursday), held
 * in a long. Only 1900-01-01 .. 9999-12-31 (CALENDAR_DAY_MIN ..
 * CALENDAR_DAY_MAX) are valid; functions given a day outside that range
 * refuse it as documented below. Comparing and subtracting day numbers
 * compares and subtracts calendar days.
 *
 * A working day is Monday to Friday and not one of the calendar's closed
 * dates (bank holidays, school holidays, closure days; INSET days are
 * working days for staff).
 * struct calendar points at the caller's array of closed weekdays, sorted
 * strictly ascending; calendar_build() makes one from unsorted dates and
 * ranges in storage the caller provides (weekend dates are dropped since
 * they are never working days). The calendar does not own the array: it
 * must outlive the calendar. A zeroed struct calendar (or calendar_init())
 * is a calendar with weekends only.
 *
 * Deadlines: "within N working days of D" is calendar_add_working_days(D,
 * N): the Nth working day strictly after D, whether or not D itself is a
 * working day. It is overdue when today > that day.
 *
 * Contract: functions returning int return 0 on success and -1 when an
 * argument is refused (then *out is unchanged); predicates return 1 or 0.
 * None of them logs: the caller says what went wrong.
 */
#ifndef APPRAISAL_CALENDAR_H
#define APPRAISAL_CALENDAR_H

#include <stddef.h>

#define CALENDAR_DAY_MIN	(-25567L)	/* 1900-01-01 */
#define CALENDAR_DAY_MAX	2932896L	/* 9999-12-31 */
#define CALENDAR_ISO_SIZE	11		/* "YYYY-MM-DD" and its NUL */

enum calendar_weekday {		/* ISO 8601 numbering */
	CALENDAR_MONDAY = 1,
	CALENDAR_TUESDAY,
	CALENDAR_WEDNESDAY,
	CALENDAR_THURSDAY,
	CALENDAR_FRIDAY,
	CALENDAR_SATURDAY,
	CALENDAR_SUNDAY
};

struct calendar {
	const long	*closed;	/* closed weekdays, strictly ascending */
	size_t		 nclosed;
};

struct calendar_range {		/* closed dates from .. to, both included */
	long	from;
	long	to;
};

enum calendar_status {
	CALENDAR_OK,
	CALENDAR_BAD_DATE,	/* a date outside CALENDAR_DAY_MIN..MAX */
	CALENDAR_BAD_RANGE,	/* a range whose to is before its from */
	CALENDAR_FULL		/* more distinct closed weekdays than cap */
};

/* 1 if y-m-d is a real date between 1900-01-01 and 9999-12-31. */
int	calendar_valid_ymd(int y, int m, int d);
/* Day number of y-m-d; -1 if not calendar_valid_ymd(). */
int	calendar_from_ymd(int y, int m, int d, long *day);
/* y-m-d of a day number; -1 if out of range. Any pointer may be NULL. */
int	calendar_to_ymd(long day, int *y, int *m, int *d);
/*
 * Exactly "YYYY-MM-DD" (10 characters, ASCII digits, no spaces or signs)
 * naming a valid date; -1 for anything else, including NULL.
 */
int	calendar_parse(const char *iso, long *day);
/*
 * Writes "YYYY-MM-DD" and a NUL into out; -1 (and out[0] = '\0' when
 * outsz > 0) if day is out of range or outsz < CALENDAR_ISO_SIZE.
 */
int	calendar_format(long day, char *out, size_t outsz);
/* Day of the week of any day number. */
enum calendar_weekday	calendar_weekday(long day);

/*
 * A moment stored in UTC ("YYYY-MM-DD HH:MM:SS", or "YYYY-MM-DDTHH:MM:SS";
 * fractions of a second ignored) as people read it in the school's local
 * time, the process's time zone (TZ, set from Site.TimeZone at start):
 * "Tue 1 Dec 2026, 13:58" (British summer time applied in summer). Writes
 * into out; -1 and out "" for anything unreadable or a buffer under
 * CALENDAR_TIME_LABEL_SIZE bytes.
 */
#define CALENDAR_TIME_LABEL_SIZE 32
int	calendar_time_label(const char *utc, char *out, size_t outsz);

/* An empty calendar: only Saturdays and Sundays are closed. */
void	calendar_init(struct calendar *cal);
/*
 * Builds *cal from closed dates and closed ranges in any order, with
 * repeats and overlaps, into store (room for cap days). Either list may
 * be empty (NULL with a count of 0). dates may be store itself (sorted in
 * place). Weekend dates are dropped; the rest are sorted and de-duplicated,
 * so cap is the number of distinct closed weekdays allowed. On an error,
 * *cal is an empty calendar: do not compute deadlines with it.
 */
enum calendar_status	calendar_build(struct calendar *cal, long *store,
			    size_t cap, const long *dates, size_t ndates,
			    const struct calendar_range *ranges,
			    size_t nranges);

/* 1 if day is a working day; 0 if not or out of range. */
int	calendar_is_working_day(const struct calendar *cal, long day);
/*
 * The first working day on or after day. -1 if day is out of range or no
 * working day comes before CALENDAR_DAY_MAX.
 */
int	calendar_next_working_day(const struct calendar *cal, long day,
	    long *out);
/*
 * n >= 1: the nth working day strictly after day ("n working days after
 * day"; day itself need not be a working day). n == 0: day if it is a
 * working day, else the next working day (calendar_next_working_day()).
 * -1 if n < 0, day is out of range or the result would pass
 * CALENDAR_DAY_MAX.
 */
int	calendar_add_working_days(const struct calendar *cal, long day,
	    long n, long *out);
/*
 * Working days in (start, end]: start excluded, end included, so
 * count(d, add(d, n)) == n for n >= 1, and a working day counts 1 from
 * the day before. When end < start the result is minus the count over
 * (end, start] (so it is <= 0); it is 0 when end == start or either day
 * is out of range.
 */
long	calendar_count_working_days(const struct calendar *cal, long start,
	    long end);
/*
 * 1 if meeting is at least n working days after today:
 * calendar_count_working_days(today, meeting) >= n, which is the same as
 * meeting >= calendar_add_working_days(today, n). Whether the meeting
 * itself falls on a working day is not checked (ask
 * calendar_is_working_day()). 0 when n < 0 or a day is out of range.
 */
int	calendar_notice_ok(const struct calendar *cal, long today,
	    long meeting, long n);

#endif
