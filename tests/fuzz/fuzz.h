/*
 * Shared by the fuzz targets (tests/fuzz/fuzz_*.c): each defines
 * LLVMFuzzerTestOneInput() for libFuzzer, feeds one parser of lib/ the
 * input, and checks what the parser's header promises about its result.
 * A broken promise aborts, so libFuzzer keeps the input as a crash, the
 * same as a sanitizer report. script/fuzz builds and runs them.
 */
#ifndef APPRAISAL_FUZZ_H
#define APPRAISAL_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int	LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define FUZZ_ASSERT(cond) do {						\
	if (!(cond)) {							\
		fprintf(stderr, "%s:%d: broken promise: %s\n",		\
		    __FILE__, __LINE__, #cond);				\
		abort();						\
	}								\
} while (0)

/* The input as a NUL-terminated string (cut at its first NUL), from
 * malloc, so that ASan sees a read past its end. */
static inline char *
fuzz_string(const uint8_t *data, size_t size)
{
	size_t n = strnlen((const char *)data, size);
	char *s = malloc(n + 1);

	if (s == NULL)
		abort();
	memcpy(s, data, n);
	s[n] = '\0';
	return s;
}

/* Well-formed UTF-8 by the table of the Unicode standard (3.9, table
 * 3-7), written independently of lib/valid to check it and its users. */
static inline int
fuzz_utf8_ok(const char *str, size_t len)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0, n, k;
	unsigned char lo, hi;

	while (i < len) {
		unsigned char c = s[i];

		lo = 0x80, hi = 0xbf;
		if (c < 0x80) {
			i++;
			continue;
		} else if (c >= 0xc2 && c <= 0xdf)
			n = 1;
		else if (c >= 0xe0 && c <= 0xef) {
			n = 2;
			if (c == 0xe0)
				lo = 0xa0;
			if (c == 0xed)
				hi = 0x9f;
		} else if (c >= 0xf0 && c <= 0xf4) {
			n = 3;
			if (c == 0xf0)
				lo = 0x90;
			if (c == 0xf4)
				hi = 0x8f;
		} else
			return 0;
		if (len - i - 1 < n)
			return 0;
		for (k = 1; k <= n; k++) {
			if (s[i + k] < lo || s[i + k] > hi)
				return 0;
			lo = 0x80, hi = 0xbf;
		}
		i += n + 1;
	}
	return 1;
}

#endif
