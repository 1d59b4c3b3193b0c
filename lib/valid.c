#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "valid.h"

void
valid_add(struct valid_errors *errs, const char *field, const char *message)
{
	if (errs == NULL)
		return;
	if (errs->n < VALID_ERRORS_MAX) {
		errs->items[errs->n].field = field;
		errs->items[errs->n].message = message;
	}
	errs->n++;
}

size_t
valid_utf8_next(const char *str, size_t n, unsigned long *cpp)
{
	const unsigned char *s = (const unsigned char *)str;
	unsigned long cp;
	size_t len, i;

	if (n == 0)
		return 0;
	if (s[0] < 0x80)
		len = 1, cp = s[0];
	else if (s[0] >= 0xc2 && s[0] <= 0xdf)
		len = 2, cp = s[0] & 0x1f;
	else if (s[0] >= 0xe0 && s[0] <= 0xef)
		len = 3, cp = s[0] & 0x0f;
	else if (s[0] >= 0xf0 && s[0] <= 0xf4)
		len = 4, cp = s[0] & 0x07;
	else
		return 0;
	if (len > n)
		return 0;
	for (i = 1; i < len; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		cp = (cp << 6) | (s[i] & 0x3f);
	}
	if ((len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
	    cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
		return 0;
	if (cpp != NULL)
		*cpp = cp;
	return len;
}

int
valid_utf8(const char *s, size_t len)
{
	size_t i = 0, n;

	while (i < len) {
		if ((n = valid_utf8_next(s + i, len - i, NULL)) == 0)
			return 0;
		i += n;
	}
	return 1;
}

size_t
valid_utf8_chars(const char *s)
{
	size_t n = 0;

	for (; *s; s++)
		if (((unsigned char)*s & 0xc0) != 0x80)
			n++;
	return n;
}

static int
valid_controls_ok(const char *s, int multiline)
{
	const unsigned char *p;

	for (p = (const unsigned char *)s; *p; p++) {
		if (*p == '\t' || (multiline && (*p == '\n' || *p == '\r')))
			continue;
		if (*p < 0x20 || *p == 0x7f)
			return 0;
	}
	return 1;
}

int
valid_text(struct valid_errors *errs, const char *field, const char *value,
    size_t minchars, size_t maxchars, int multiline, const char *missing)
{
	size_t chars;

	if (value == NULL)
		value = "";
	if (!valid_utf8(value, strlen(value))) {
		valid_add(errs, field, "Contains characters that are not valid text");
		return -1;
	}
	if (!valid_controls_ok(value, multiline)) {
		valid_add(errs, field, "Contains control characters");
		return -1;
	}
	chars = valid_utf8_chars(value);
	if (chars < minchars) {
		valid_add(errs, field, chars == 0 && missing ? missing :
		    "Is too short");
		return -1;
	}
	if (chars > maxchars) {
		valid_add(errs, field, "Is too long");
		return -1;
	}
	return 0;
}

int
valid_int(struct valid_errors *errs, const char *field, const char *value,
    long long min, long long max, long long *out)
{
	const char *p = value;
	char *end;
	long long n;

	if (p == NULL || *p == '\0') {
		valid_add(errs, field, "Enter a number");
		return -1;
	}
	if (*p == '-')
		p++;
	if (*p == '\0' || strspn(p, "0123456789") != strlen(p)) {
		valid_add(errs, field, "Enter a whole number, like 3");
		return -1;
	}
	errno = 0;
	n = strtoll(value, &end, 10);
	if (errno != 0 || n < min || n > max) {
		valid_add(errs, field, "Is out of range");
		return -1;
	}
	if (out)
		*out = n;
	return 0;
}

static int
valid_days_in_month(int y, int m)
{
	static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;

	return m == 2 && leap ? 29 : days[m - 1];
}

int
valid_date(struct valid_errors *errs, const char *field, const char *value,
    int *y, int *m, int *d)
{
	int yy, mm, dd, i;

	if (value == NULL || strlen(value) != 10 || value[4] != '-' ||
	    value[7] != '-')
		goto bad;
	for (i = 0; i < 10; i++)
		if (i != 4 && i != 7 && (value[i] < '0' || value[i] > '9'))
			goto bad;
	yy = (value[0] - '0') * 1000 + (value[1] - '0') * 100 +
	    (value[2] - '0') * 10 + (value[3] - '0');
	mm = (value[5] - '0') * 10 + (value[6] - '0');
	dd = (value[8] - '0') * 10 + (value[9] - '0');
	if (yy < 1900 || mm < 1 || mm > 12 || dd < 1 ||
	    dd > valid_days_in_month(yy, mm))
		goto bad;
	if (y) *y = yy;
	if (m) *m = mm;
	if (d) *d = dd;
	return 0;
bad:
	valid_add(errs, field, "Enter a real date as YYYY-MM-DD, like 2026-09-01");
	return -1;
}

int
valid_enum(struct valid_errors *errs, const char *field, const char *value,
    const char *const *words, int *out)
{
	int i;

	for (i = 0; value != NULL && words[i] != NULL; i++) {
		if (strcmp(words[i], value) == 0) {
			if (out)
				*out = i;
			return 0;
		}
	}
	valid_add(errs, field, "Choose one of the options");
	return -1;
}

int
valid_local_path(const char *value, const char *prefix)
{
	const unsigned char *p;
	size_t plen = strlen(prefix);

	if (value == NULL || strlen(value) >= 1024 ||
	    strncmp(value, prefix, plen) != 0)
		return -1;
	if (strstr(value, "//") || strchr(value, '\\') || strstr(value, ".."))
		return -1;
	for (p = (const unsigned char *)value; *p; p++)
		if (*p < 0x21 || *p == 0x7f)
			return -1;
	return 0;
}
