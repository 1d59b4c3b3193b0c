/*
 * Fuzz ics_parse() with the input as an uploaded .ics file (cut at a NUL:
 * the header asks for text without one, and req refuses a NUL in a
 * part), with the import's cap of 500 events. Every event returned
 * starts on or before its end, lasts less than a year, and has a short
 * NUL-terminated summary, of well-formed UTF-8 when the file is; an
 * error names a line of the file. One input in four gets a cap of a few
 * events, so that a file with too many is tried without a huge input.
 */
#include "fuzz.h"

#include "ics.h"

#define EVENTS 500		/* ICS_IMPORT_EVENTS of cgi-bin/admin-calendar.c */

static size_t
count_lines(const char *s, size_t len)
{
	size_t n = 1, i;

	for (i = 0; i < len; i++)
		if (s[i] == '\n' && i + 1 < len)
			n++;
	return n;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct ics_event ev[EVENTS];
	struct ics_error err = { 0, NULL };
	char *text = fuzz_string(data, size);
	size_t len = strlen(text), n = 12345, i, slen;
	int utf8 = fuzz_utf8_ok(text, len);
	size_t cap = size % 4 == 0 ? 1 + size % 7 : EVENTS;
	enum ics_status st;

	st = ics_parse(text, len, ev, cap, &n, &err);
	if (st == ICS_OK) {
		FUZZ_ASSERT(n <= cap);
		for (i = 0; i < n; i++) {
			FUZZ_ASSERT(ev[i].from <= ev[i].to);
			FUZZ_ASSERT(ev[i].to - ev[i].from < ICS_EVENT_DAYS);
			slen = strnlen(ev[i].summary, ICS_SUMMARY_MAX);
			FUZZ_ASSERT(slen < ICS_SUMMARY_MAX);
			FUZZ_ASSERT(!utf8 || fuzz_utf8_ok(ev[i].summary, slen));
			FUZZ_ASSERT(ev[i].line >= 1 && ev[i].line <= count_lines(text, len));
			FUZZ_ASSERT(i == 0 || ev[i].line > ev[i - 1].line);
		}
	} else {
		FUZZ_ASSERT(st == ICS_MALFORMED || st == ICS_TOO_MANY);
		FUZZ_ASSERT(err.message != NULL && err.message[0] != '\0');
		FUZZ_ASSERT(err.line >= 1 && err.line <= count_lines(text, len));
	}
	free(text);
	return 0;
}
