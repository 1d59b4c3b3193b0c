#include <stddef.h>

#include "csv.h"

static char *
csv_trim(char *s, char *end)
{
	while (*s == ' ' || *s == '\t')
		s++;
	while (end > s && (end[-1] == ' ' || end[-1] == '\t'))
		*--end = '\0';
	return s;
}

int
csv_split(char *line, char **fields, size_t max)
{
	char *r = line, *w, *start;
	size_t n = 0;
	int quoted;

	for (;;) {
		if (n == max)
			return -1;
		while (*r == ' ' || *r == '\t')
			r++;
		start = w = r;
		if ((quoted = *r == '"')) {
			for (r++;; r++) {
				if (*r == '\0')
					return -1;
				if (*r == '"' && r[1] == '"')
					r++;
				else if (*r == '"')
					break;
				*w++ = *r;
			}
			r++;
			while (*r == ' ' || *r == '\t')
				r++;
			if (*r != ',' && *r != '\0')
				return -1;
		} else {
			while (*r != ',' && *r != '\0')
				*w++ = *r++;
		}
		if (*r == '\0') {
			*w = '\0';
			fields[n++] = quoted ? start : csv_trim(start, w);
			return (int)n;
		}
		*w = '\0';
		fields[n++] = quoted ? start : csv_trim(start, w);
		r++;
	}
}
