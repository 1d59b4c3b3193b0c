/*
 * valid: typed validators for request fields. Each checks one value and,
 * when it is wrong, adds an error naming the field and saying in plain
 * words what is wrong, so a form can show it beside the field and keep
 * what the user typed.
 *
 * Contract: validators return 0 when the value is acceptable, -1 when not
 * (and then an error was added to errs, if errs is not NULL; at most
 * VALID_ERRORS_MAX are kept, later ones are counted but dropped). Strings
 * passed in are not copied: errs points at the caller's field and label.
 */
#ifndef APPRAISAL_VALID_H
#define APPRAISAL_VALID_H

#include <stddef.h>

#define VALID_ERRORS_MAX 32

struct valid_error {
	const char	*field;		/* form field name, e.g. "user" */
	const char	*message;	/* plain words, e.g. "Enter your user name" */
};

struct valid_errors {
	struct valid_error	items[VALID_ERRORS_MAX];
	size_t			n;
};

/* 1 if s[0..len) is well-formed UTF-8 (no overlongs, surrogates, > U+10FFFF). */
int	valid_utf8(const char *s, size_t len);
/* Length of the UTF-8 sequence at s (n bytes left), its code point in
 * *cp when cp is not NULL; 0 if malformed or n is 0. */
size_t	valid_utf8_next(const char *s, size_t n, unsigned long *cp);
/* Count of code points in a valid UTF-8 string. */
size_t	valid_utf8_chars(const char *s);

void	valid_add(struct valid_errors *, const char *field, const char *message);

/*
 * Text: well-formed UTF-8, no control characters (tab and, when multiline,
 * CR and LF allowed), between minchars and maxchars code points. A value
 * shorter than minchars when minchars is 1 gets the message `missing`.
 */
int	valid_text(struct valid_errors *, const char *field, const char *value,
	    size_t minchars, size_t maxchars, int multiline, const char *missing);
/* Integer in [min, max], decimal digits with an optional leading '-'. */
int	valid_int(struct valid_errors *, const char *field, const char *value,
	    long long min, long long max, long long *out);
/* ISO date YYYY-MM-DD that exists in the calendar. */
int	valid_date(struct valid_errors *, const char *field, const char *value,
	    int *y, int *m, int *d);
/* One of a NULL-terminated list of words; *out gets its index. */
int	valid_enum(struct valid_errors *, const char *field, const char *value,
	    const char *const *words, int *out);
/*
 * A local path to redirect to after log-in: must start with prefix, must
 * not contain "//", "\\", control characters or "..", and must be under
 * 1024 bytes. 0 if safe.
 */
int	valid_local_path(const char *value, const char *prefix);

#endif
