#include <string.h>
#include <strings.h>

#include "calendar.h"
#include "ics.h"

#define ICS_DEPTH_MAX	8
#define ICS_NAME_MAX	32

struct ics_state {
	struct ics_event	*out;
	size_t			 cap, n;
	struct ics_error	*err;
	char			 stack[ICS_DEPTH_MAX][ICS_NAME_MAX];
	int			 depth;
	int			 seen_calendar;
	/* the event being read */
	struct ics_event	 ev;
	int			 has_start, start_is_date;
	int			 has_end, end_is_date, end_midnight;
	long			 end;
	long			 duration;	/* days, -1: none */
};

/* One content line, split: name, parameters (may be ""), value. */
struct ics_line {
	char	*name, *params, *value;
	size_t	 lineno;
};

static enum ics_status
ics_fail(struct ics_state *s, size_t line, const char *message)
{
	s->err->line = line;
	s->err->message = message;
	return ICS_MALFORMED;
}

/* Split "NAME;PARAM=x:VALUE" in place; -1 when there is no colon or name. */
static int
ics_split(char *text, struct ics_line *l)
{
	char *p = text;
	int quoted = 0;

	while ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') ||
	    (*p >= '0' && *p <= '9') || *p == '-')
		p++;
	if (p == text || (*p != ';' && *p != ':'))
		return -1;
	l->name = text;
	l->params = "";
	if (*p == ';') {
		*p++ = '\0';
		l->params = p;
		for (; *p != '\0' && (quoted || *p != ':'); p++)
			if (*p == '"')
				quoted = !quoted;
		if (*p != ':')
			return -1;
	}
	*p++ = '\0';
	l->value = p;
	return 0;
}

/* 1 if the parameters say VALUE=word (case-insensitive). */
static int
ics_param_value(const char *params, const char *word)
{
	const char *p;
	size_t n = strlen(word);

	for (p = params; *p != '\0'; p++)
		if ((p == params || p[-1] == ';') &&
		    strncasecmp(p, "VALUE=", 6) == 0 &&
		    strncasecmp(p + 6, word, n) == 0 &&
		    (p[6 + n] == '\0' || p[6 + n] == ';'))
			return 1;
	return 0;
}

static int
ics_digits(const char *s, size_t n, int *out)
{
	size_t i;

	*out = 0;
	for (i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		*out = *out * 10 + (s[i] - '0');
	}
	return 0;
}

/* DATE (YYYYMMDD) or DATE-TIME (YYYYMMDDTHHMMSS[Z]); *is_date says which,
 * *midnight whether a DATE-TIME is 00:00:00. */
static int
ics_datetime(const char *v, const char *params, long *day, int *is_date,
    int *midnight)
{
	int y, m, d, hh, mm, ss;
	size_t len = strlen(v);

	if (len < 8 || ics_digits(v, 4, &y) || ics_digits(v + 4, 2, &m) ||
	    ics_digits(v + 6, 2, &d) || calendar_from_ymd(y, m, d, day) == -1)
		return -1;
	*is_date = len == 8;
	*midnight = 0;
	if (len == 8)
		return ics_param_value(params, "DATE-TIME") ? -1 : 0;
	if (ics_param_value(params, "DATE") || (len != 15 && len != 16) ||
	    v[8] != 'T' || (len == 16 && v[15] != 'Z') ||
	    ics_digits(v + 9, 2, &hh) || ics_digits(v + 11, 2, &mm) ||
	    ics_digits(v + 13, 2, &ss) || hh > 23 || mm > 59 || ss > 60)
		return -1;
	*midnight = hh == 0 && mm == 0 && ss == 0;
	return 0;
}

/* PnD, PnW, or PnDT... (the time part does not add a day); days >= 0. */
static int
ics_duration(const char *v, long *days)
{
	long n = 0;
	int digits = 0;

	if (*v == '+')
		v++;
	if (*v++ != 'P')
		return -1;
	for (; *v >= '0' && *v <= '9' && n < 100000; v++, digits++)
		n = n * 10 + (*v - '0');
	if (digits == 0 || (*v != 'D' && *v != 'W'))
		return -1;
	*days = *v == 'W' ? n * 7 : n;
	v++;
	return *v == '\0' || *v == 'T' ? 0 : -1;
}

/* Undo RFC 5545 text escapes into out, cut on a UTF-8 boundary. */
static void
ics_text(const char *v, char *out, size_t outsz)
{
	size_t o = 0, k;
	char c;

	for (; *v != '\0'; v++) {
		c = *v;
		if (c == '\\' && v[1] != '\0') {
			c = *++v;
			if (c == 'n' || c == 'N')
				c = ' ';
		}
		if ((unsigned char)c < 0x20)
			c = ' ';
		if (o + 1 >= outsz)
			break;
		out[o++] = c;
	}
	/* Do not end inside a multibyte character. */
	if (*v != '\0') {
		k = o;
		while (k > 0 && ((unsigned char)out[k - 1] & 0xC0) == 0x80)
			k--;
		if (k > 0 && ((unsigned char)out[k - 1] & 0x80)) {
			size_t need = ((unsigned char)out[k - 1] & 0xE0) == 0xC0 ? 2 :
			    ((unsigned char)out[k - 1] & 0xF0) == 0xE0 ? 3 : 4;
			if (o - (k - 1) < need)
				o = k - 1;
		}
	}
	out[o] = '\0';
}

static enum ics_status
ics_event_property(struct ics_state *s, struct ics_line *l)
{
	int is_date, midnight;
	long day;

	if (strcasecmp(l->name, "DTSTART") == 0) {
		if (s->has_start)
			return ics_fail(s, l->lineno, "the event has two DTSTART lines");
		if (ics_datetime(l->value, l->params, &day, &is_date, &midnight))
			return ics_fail(s, l->lineno, "DTSTART is not a date "
			    "(YYYYMMDD) or a date and time (YYYYMMDDTHHMMSS)");
		s->ev.from = day;
		s->has_start = 1;
		s->start_is_date = is_date;
	} else if (strcasecmp(l->name, "DTEND") == 0) {
		if (s->has_end || s->duration >= 0)
			return ics_fail(s, l->lineno, "the event has two ends");
		if (ics_datetime(l->value, l->params, &s->end, &s->end_is_date,
		    &s->end_midnight))
			return ics_fail(s, l->lineno, "DTEND is not a date "
			    "(YYYYMMDD) or a date and time (YYYYMMDDTHHMMSS)");
		s->has_end = 1;
	} else if (strcasecmp(l->name, "DURATION") == 0) {
		if (s->has_end || s->duration >= 0)
			return ics_fail(s, l->lineno, "the event has two ends");
		if (ics_duration(l->value, &s->duration))
			return ics_fail(s, l->lineno, "DURATION is not a number of "
			    "days or weeks (P3D, P1W)");
	} else if (strcasecmp(l->name, "RRULE") == 0 ||
	    strcasecmp(l->name, "RDATE") == 0) {
		return ics_fail(s, l->lineno, "a repeating event (RRULE or "
		    "RDATE) cannot be imported: give each closure its own event");
	} else if (strcasecmp(l->name, "SUMMARY") == 0) {
		ics_text(l->value, s->ev.summary, sizeof(s->ev.summary));
	}
	return ICS_OK;
}

/* The last day of the event being read, by its end or duration. */
static long
ics_event_last(const struct ics_state *s)
{
	if (s->has_end && s->end_is_date)
		return s->end > s->ev.from ? s->end - 1 : s->end;
	if (s->has_end)
		return s->end_midnight && s->end > s->ev.from ? s->end - 1 : s->end;
	if (s->duration > 0 && s->start_is_date)
		return s->ev.from + s->duration - 1;
	if (s->duration > 0)
		return s->ev.from + s->duration;
	return s->ev.from;
}

static enum ics_status
ics_event_end(struct ics_state *s, size_t lineno)
{
	if (!s->has_start)
		return ics_fail(s, s->ev.line, "the event has no DTSTART");
	s->ev.to = ics_event_last(s);
	if (s->ev.to < s->ev.from)
		return ics_fail(s, lineno, "the event ends before it starts");
	if (s->ev.to - s->ev.from >= ICS_EVENT_DAYS)
		return ics_fail(s, lineno, "the event is longer than a year");
	s->out[s->n++] = s->ev;
	return ICS_OK;
}

static enum ics_status
ics_begin(struct ics_state *s, struct ics_line *l)
{
	if (s->depth == 0 && strcasecmp(l->value, "VCALENDAR") != 0)
		return ics_fail(s, l->lineno, "expected BEGIN:VCALENDAR");
	if (s->depth == ICS_DEPTH_MAX || strlen(l->value) >= ICS_NAME_MAX ||
	    *l->value == '\0')
		return ics_fail(s, l->lineno, "BEGIN names no component or "
		    "components are nested too deeply");
	if (s->depth == 1 && strcasecmp(l->value, "VEVENT") == 0) {
		if (s->n == s->cap) {
			s->err->line = l->lineno;
			s->err->message = "the file has too many events";
			return ICS_TOO_MANY;
		}
		memset(&s->ev, 0, sizeof(s->ev));
		s->ev.line = l->lineno;
		s->has_start = s->has_end = 0;
		s->duration = -1;
	}
	memcpy(s->stack[s->depth], l->value, strlen(l->value) + 1);
	s->depth++;
	s->seen_calendar = 1;
	return ICS_OK;
}

static enum ics_status
ics_end(struct ics_state *s, struct ics_line *l)
{
	if (s->depth == 0 || strcasecmp(s->stack[s->depth - 1], l->value) != 0)
		return ics_fail(s, l->lineno, "END does not match the BEGIN "
		    "before it");
	s->depth--;
	if (s->depth == 1 && strcasecmp(l->value, "VEVENT") == 0)
		return ics_event_end(s, l->lineno);
	return ICS_OK;
}

static enum ics_status
ics_line(struct ics_state *s, char *text, size_t lineno)
{
	struct ics_line l;

	if (*text == '\0')
		return ICS_OK;		/* blank lines are tolerated */
	if (ics_split(text, &l) == -1)
		return ics_fail(s, lineno, s->seen_calendar ? "the line is not "
		    "NAME:VALUE" : "not an iCalendar file: it must start with "
		    "BEGIN:VCALENDAR");
	l.lineno = lineno;
	if (strcasecmp(l.name, "BEGIN") == 0)
		return ics_begin(s, &l);
	if (strcasecmp(l.name, "END") == 0)
		return ics_end(s, &l);
	if (s->depth == 0)
		return ics_fail(s, lineno, s->seen_calendar ? "a line after "
		    "END:VCALENDAR" : "not an iCalendar file: it must start "
		    "with BEGIN:VCALENDAR");
	if (s->depth == 2 && strcasecmp(s->stack[1], "VEVENT") == 0)
		return ics_event_property(s, &l);
	return ICS_OK;
}

enum ics_status
ics_parse(const char *text, size_t len, struct ics_event *out, size_t cap,
    size_t *n, struct ics_error *err)
{
	struct ics_state s;
	char buf[ICS_LINE_MAX];
	size_t i = 0, used = 0, phys = 0, start = 1, end;
	enum ics_status st;

	memset(&s, 0, sizeof(s));
	s.out = out;
	s.cap = cap;
	s.err = err;
	*n = 0;
	while (i < len) {
		phys++;
		for (end = i; end < len && text[end] != '\n'; end++)
			;
		/* text[i..end) is one physical line, without its LF. */
		if (end > i && text[end - 1] == '\r')
			end--;
		if (text[i] == ' ' || text[i] == '\t') {
			if (phys == 1)
				return ics_fail(&s, 1, "not an iCalendar file: it "
				    "must start with BEGIN:VCALENDAR");
			i++;		/* folded: continue the line before */
		} else {
			if (phys > 1) {
				buf[used] = '\0';
				if ((st = ics_line(&s, buf, start)) != ICS_OK)
					return st;
			}
			used = 0;
			start = phys;
		}
		if (end - i >= sizeof(buf) - used)
			return ics_fail(&s, phys, "the line is too long");
		memcpy(buf + used, text + i, end - i);
		used += end - i;
		for (i = end; i < len && text[i] != '\n'; i++)
			;		/* past the CR, if any */
		i++;
	}
	buf[used] = '\0';
	if (phys > 0 && (st = ics_line(&s, buf, start)) != ICS_OK)
		return st;
	if (!s.seen_calendar)
		return ics_fail(&s, 1, "not an iCalendar file: it must start "
		    "with BEGIN:VCALENDAR");
	if (s.depth > 0)
		return ics_fail(&s, phys, "the file ends before END:VCALENDAR");
	*n = s.n;
	return ICS_OK;
}
