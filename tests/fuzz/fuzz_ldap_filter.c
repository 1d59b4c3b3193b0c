/*
 * Fuzz directory_escape_filter() (RFC 4515), NUL bytes included. The
 * escaped value never holds a bare * ( ) or NUL, every backslash starts
 * one of the five escapes, and undoing them (a decoder written here, for
 * the test only) gives back the input. An output buffer too small by the
 * input's first byte is refused with "" written.
 */
#include "fuzz.h"

#include "directory.h"

static int
hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return -1;
}

/* \XX back to its byte, into out (at least strlen(s) bytes); the length,
 * or -1 for anything but the five escapes the header lists. */
static long
unescape(const char *s, char *out)
{
	size_t o = 0;
	int hi, lo;

	for (; *s != '\0'; s++) {
		if (*s == '*' || *s == '(' || *s == ')')
			return -1;
		if (*s != '\\') {
			out[o++] = *s;
			continue;
		}
		if ((hi = hexval(s[1])) < 0 || (lo = hexval(s[2])) < 0)
			return -1;
		out[o] = (char)(hi << 4 | lo);
		if (memchr("*()\\", out[o], 5) == NULL)	/* NUL is the 5th */
			return -1;
		o++;
		s += 2;
	}
	return (long)o;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	size_t need = 3 * size + 1, small, specials = 0, i;
	char *out = malloc(need), *back = malloc(need);
	int n;

	if (out == NULL || back == NULL)
		abort();
	for (i = 0; i < size; i++)
		specials += memchr("*()\\", data[i], 5) != NULL;
	n = directory_escape_filter((const char *)data, size, out, need);
	FUZZ_ASSERT(n >= 0 && (size_t)n == size + 2 * specials);
	FUZZ_ASSERT(strlen(out) == (size_t)n);
	FUZZ_ASSERT(unescape(out, back) == (long)size);
	FUZZ_ASSERT(memcmp(back, data, size) == 0);

	/* Just enough room, and one byte less. */
	small = (size_t)n + 1;
	FUZZ_ASSERT(directory_escape_filter((const char *)data, size, out,
	    small) == n);
	FUZZ_ASSERT(directory_escape_filter((const char *)data, size, out,
	    small - 1) == -1 && out[0] == '\0');
	/* Any smaller buffer, by the first byte: refused or whole. */
	if (size > 0) {
		small = 1 + data[0] % need;
		n = directory_escape_filter((const char *)data, size, out, small);
		FUZZ_ASSERT(n == -1 ? out[0] == '\0' : strlen(out) == (size_t)n);
	}
	free(back);
	free(out);
	return 0;
}
