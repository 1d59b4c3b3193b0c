/*
 * Fuzz the validators of lib/valid with the input as a field's value.
 * valid_utf8() must agree with the Unicode standard's table (fuzz.h), and
 * whatever a validator accepts must be what its header promises: text of
 * well-formed UTF-8 without control characters and of the right length,
 * an integer in range written in plain digits, a date that exists, a
 * word of the list, a local path that cannot lead to another site.
 */
#include <limits.h>

#include "fuzz.h"

#include "valid.h"

/* raw: the input's bytes (len of them, maybe with NULs); str: the
 * same cut at a NUL, as a string. */
static void
check_utf8(const char *s, size_t len, const char *str)
{
	size_t i = 0, step, chars = 0;
	unsigned long cp;
	int ok = fuzz_utf8_ok(s, len);

	FUZZ_ASSERT(valid_utf8(s, len) == ok);
	while (i < len && (step = valid_utf8_next(s + i, len - i, &cp)) > 0) {
		FUZZ_ASSERT(step <= 4 && cp <= 0x10ffff);
		FUZZ_ASSERT(!(cp >= 0xd800 && cp <= 0xdfff));
		i += step;
		chars++;
	}
	FUZZ_ASSERT((i == len) == ok);
	if (ok && strlen(str) == len)
		FUZZ_ASSERT(valid_utf8_chars(str) == chars);
}

/* A refusal adds one error naming the field; an acceptance none. */
static void
check_errors(const struct valid_errors *e, size_t before, int rc)
{
	size_t last;

	FUZZ_ASSERT(rc == 0 || rc == -1);
	FUZZ_ASSERT(e->n == before + (rc == -1));
	if (rc == -1 && e->n <= VALID_ERRORS_MAX) {
		last = e->n - 1;
		FUZZ_ASSERT(strcmp(e->items[last].field, "f") == 0);
		FUZZ_ASSERT(e->items[last].message != NULL &&
		    e->items[last].message[0] != '\0');
	}
}

static void
check_text(struct valid_errors *e, const char *v, size_t min, size_t max,
    int multiline)
{
	size_t before = e->n, chars = 0;
	const unsigned char *p;
	int rc = valid_text(e, "f", v, min, max, multiline, "Enter it");

	check_errors(e, before, rc);
	if (rc != 0)
		return;
	FUZZ_ASSERT(fuzz_utf8_ok(v, strlen(v)));
	for (p = (const unsigned char *)v; *p; p++) {
		FUZZ_ASSERT(*p >= 0x20 || *p == '\t' ||
		    (multiline && (*p == '\r' || *p == '\n')));
		FUZZ_ASSERT(*p != 0x7f);
		chars += (*p & 0xc0) != 0x80;
	}
	FUZZ_ASSERT(chars >= min && chars <= max);
}

/* "-007" is -7: the value without its leading zeros, "-0" as "0". */
static void
check_int(struct valid_errors *e, const char *v, long long min, long long max)
{
	char want[32], got[32];
	const char *d;
	size_t before = e->n;
	long long n = 0;
	int rc = valid_int(e, "f", v, min, max, &n), neg;

	check_errors(e, before, rc);
	if (rc != 0)
		return;
	FUZZ_ASSERT(n >= min && n <= max);
	neg = v[0] == '-';
	for (d = v + neg; d[0] == '0' && d[1] != '\0'; d++)
		;
	FUZZ_ASSERT(strlen(d) < 20);
	snprintf(want, sizeof(want), "%s%s", neg && strcmp(d, "0") ? "-" : "", d);
	snprintf(got, sizeof(got), "%lld", n);
	FUZZ_ASSERT(strcmp(want, got) == 0);
}

static void
check_date(struct valid_errors *e, const char *v)
{
	static const int mdays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	char again[16];
	size_t before = e->n;
	int y = 0, m = 0, d = 0, leap, rc = valid_date(e, "f", v, &y, &m, &d);

	check_errors(e, before, rc);
	if (rc != 0)
		return;
	leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
	FUZZ_ASSERT(y >= 1900 && y <= 9999 && m >= 1 && m <= 12 && d >= 1);
	FUZZ_ASSERT(d <= mdays[m - 1] + (m == 2 && leap));
	snprintf(again, sizeof(again), "%04d-%02d-%02d", y, m, d);
	FUZZ_ASSERT(strcmp(again, v) == 0);
}

static void
check_enum(struct valid_errors *e, const char *v)
{
	static const char *const words[] = { "teacher", "support", "leader", "", NULL };
	size_t before = e->n;
	int i = -1, rc = valid_enum(e, "f", v, words, &i);

	check_errors(e, before, rc);
	if (rc == 0)
		FUZZ_ASSERT(i >= 0 && i < 4 && strcmp(words[i], v) == 0);
}

static void
check_local_path(const char *v)
{
	if (valid_local_path(v, "/appraisal/") != 0)
		return;
	FUZZ_ASSERT(strncmp(v, "/appraisal/", 11) == 0 && strlen(v) < 1024);
	FUZZ_ASSERT(strstr(v, "//") == NULL && strstr(v, "..") == NULL);
	FUZZ_ASSERT(strpbrk(v, "\\ \t\r\n\x7f") == NULL);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct valid_errors e;
	char *v = fuzz_string(data, size);
	char *raw = malloc(size ? size : 1);

	if (raw == NULL)
		abort();
	memcpy(raw, data, size);
	check_utf8(raw, size, v);
	/* Start near the cap on kept errors, so passing it is tried too. */
	memset(&e, 0, sizeof(e));
	e.n = VALID_ERRORS_MAX - 8 + size % 4;
	check_text(&e, v, 1, 100, 0);
	check_text(&e, v, 0, 10, 1);
	check_text(&e, v, size % 7, 1000000, (int)(size % 2));
	check_int(&e, v, 0, 100);
	check_int(&e, v, -5, 5);
	check_int(&e, v, LLONG_MIN, LLONG_MAX);
	check_date(&e, v);
	check_enum(&e, v);
	check_local_path(v);
	free(raw);
	free(v);
	return 0;
}
