/*
 * ics: the events of an iCalendar file (RFC 5545) as schools publish term
 * dates: a VCALENDAR of VEVENTs, each with DTSTART, an optional DTEND or
 * DURATION, and a SUMMARY. Pure: no I/O, no allocation.
 *
 * What it reads:
 * - Lines end in CRLF or LF; a line starting with a space or a tab
 *   continues the one before (folding), with that one character dropped.
 * - DTSTART/DTEND as DATE (20261221, or with VALUE=DATE) or DATE-TIME
 *   (20261221T090000, with Z or a TZID parameter: only the date is kept).
 *   A DATE end is exclusive (DTEND 20261222 after DTSTART 20261221 is one
 *   day); a DATE-TIME end is the day it falls on, or the day before when
 *   it is exactly midnight after the start day. No end: one day, or
 *   DURATION PnD / PnW.
 * - SUMMARY with RFC 5545 escapes (\, \; \n \\) undone; cut at
 *   ICS_SUMMARY_MAX - 1 bytes on a UTF-8 boundary.
 * - A repeating event (RRULE, RDATE) is refused rather than read as its
 *   first day only. Other properties and components (VTIMEZONE, VALARM
 *   ...) are skipped.
 *
 * Contract: ics_parse() returns ICS_OK and the events in file order, or
 * another status with err->line (the physical line, from 1, where the
 * fault starts) and err->message (a static string in plain words). The
 * text must not contain NUL bytes before len. Nothing in out is
 * meaningful after an error.
 */
#ifndef APPRAISAL_ICS_H
#define APPRAISAL_ICS_H

#include <stddef.h>

#define ICS_SUMMARY_MAX	101		/* 100 bytes and the NUL */
#define ICS_LINE_MAX	4096		/* an unfolded content line */
#define ICS_EVENT_DAYS	366		/* longest event accepted */

enum ics_status {
	ICS_OK = 0,
	ICS_MALFORMED,		/* not iCalendar, or a broken line or value */
	ICS_TOO_MANY		/* more events than the caller's cap */
};

struct ics_event {
	long	from;			/* day numbers (lib/calendar), inclusive */
	long	to;
	char	summary[ICS_SUMMARY_MAX];
	size_t	line;			/* the line of its BEGIN:VEVENT */
};

struct ics_error {
	size_t		 line;
	const char	*message;
};

enum ics_status	ics_parse(const char *text, size_t len, struct ics_event *out,
		    size_t cap, size_t *n, struct ics_error *err);

#endif
