/*
 * Fuzz csv_split() with the input as one line of a staff or reviewer CSV
 * file (cut at a NUL, as the C string the programs hand it). Each field
 * lies inside the line and is trimmed unless quoted; writing the fields
 * out again, each quoted, and splitting that gives back the same fields.
 */
#include "fuzz.h"

#include "csv.h"

#define FIELDS 24		/* ADMIN_CSV_FIELDS of cgi-bin/admin.h */

/* "a""b" for a"b, fields joined by commas, into a new string. */
static char *
quote_all(char **f, int n)
{
	size_t len = 1, i;
	int k;
	char *out, *o;

	for (k = 0; k < n; k++)
		len += 2 * strlen(f[k]) + 3;
	if ((o = out = malloc(len)) == NULL)
		abort();
	for (k = 0; k < n; k++) {
		if (k > 0)
			*o++ = ',';
		*o++ = '"';
		for (i = 0; f[k][i] != '\0'; i++) {
			if (f[k][i] == '"')
				*o++ = '"';
			*o++ = f[k][i];
		}
		*o++ = '"';
	}
	*o = '\0';
	return out;
}

static void
check_fields(char *line, size_t len, char **f, int n)
{
	char *g[FIELDS], *again;
	size_t flen;
	int k;

	for (k = 0; k < n; k++) {
		FUZZ_ASSERT(f[k] >= line && f[k] <= line + len);
		flen = strlen(f[k]);
		FUZZ_ASSERT(f[k] + flen <= line + len);
	}
	again = quote_all(f, n);
	FUZZ_ASSERT(csv_split(again, g, FIELDS) == n);
	for (k = 0; k < n; k++)
		FUZZ_ASSERT(strcmp(f[k], g[k]) == 0);
	free(again);
}

/* A field that was not quoted (the line had no quote where it starts)
 * has no comma and no space or tab at either end. */
static void
check_trimmed(const char *orig, const char *line, char **f, int n)
{
	size_t flen;
	int k;

	for (k = 0; k < n; k++) {
		flen = strlen(f[k]);
		if (orig[f[k] - line] == '"' || flen == 0)
			continue;
		FUZZ_ASSERT(strchr(f[k], ',') == NULL);
		FUZZ_ASSERT(strchr(" \t", f[k][0]) == NULL);
		FUZZ_ASSERT(strchr(" \t", f[k][flen - 1]) == NULL);
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *line = fuzz_string(data, size);
	char *orig = fuzz_string(data, size);
	size_t len = strlen(line);
	char *f[FIELDS];
	int n;

	n = csv_split(line, f, FIELDS);
	FUZZ_ASSERT(n == -1 || (n >= 1 && n <= FIELDS));
	if (n > 0) {
		check_fields(line, len, f, n);
		check_trimmed(orig, line, f, n);
	}
	free(orig);
	free(line);
	return 0;
}
