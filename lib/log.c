#define _GNU_SOURCE	/* fopencookie(3) */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "log.h"
#include "token.h"

#define LOG_PREFIX "appraisal: "

static struct {
	const char	*program;
	FILE		*real;		/* the process's own stderr */
	char		 id[LOG_ID_MAX + 1];
	log_sink	 sink;		/* NULL: outside a request */
	void		*arg;
	char		 line[LOG_LINE_MAX];
	size_t		 len;
} lg = { .program = "appraisal" };

static void
log_emit(void)
{
	char out[LOG_LINE_MAX + 128 + LOG_ID_MAX];
	const char *text = lg.line;
	size_t tlen = lg.len, i;
	int n;

	for (i = 0; i < tlen; i++)
		if ((unsigned char)text[i] < 0x20 || text[i] == 0x7f)
			lg.line[i] = '?';
	if (lg.sink == NULL) {
		fwrite(text, 1, tlen, lg.real);
		fputc('\n', lg.real);
		fflush(lg.real);
	} else {
		if (tlen >= strlen(LOG_PREFIX) &&
		    memcmp(text, LOG_PREFIX, strlen(LOG_PREFIX)) == 0) {
			text += strlen(LOG_PREFIX);
			tlen -= strlen(LOG_PREFIX);
		}
		/* One line per record, without its line end: Apache logs
		 * each record as one line of its error log. */
		n = snprintf(out, sizeof(out), LOG_PREFIX "%s request %s: "
		    "%.*s", lg.program, lg.id, (int)tlen, text);
		if (n > 0)
			lg.sink(out, (size_t)n < sizeof(out) ? (size_t)n :
			    sizeof(out) - 1, lg.arg);
	}
	lg.len = 0;
}

static ssize_t
log_write(void *cookie, const char *buf, size_t size)
{
	size_t i;

	(void)cookie;
	for (i = 0; i < size; i++) {
		if (buf[i] == '\n') {
			log_emit();
			continue;
		}
		if (lg.len < sizeof(lg.line))
			lg.line[lg.len++] = buf[i];
	}
	return (ssize_t)size;
}

int
log_init(const char *program)
{
	cookie_io_functions_t io = { .write = log_write };
	FILE *f;

	lg.program = program;
	if (lg.real != NULL)
		return 0;
	if ((f = fopencookie(NULL, "w", io)) == NULL)
		return -1;
	setvbuf(f, NULL, _IOLBF, 0);
	lg.real = stderr;
	stderr = f;	/* glibc: stderr is a variable that may be set */
	return 0;
}

void
log_request_begin(const char *id, log_sink sink, void *arg)
{
	snprintf(lg.id, sizeof(lg.id), "%s", id);
	lg.sink = sink;
	lg.arg = arg;
}

void
log_request_end(void)
{
	if (lg.real != NULL) {
		fflush(stderr);
		if (lg.len > 0)
			log_emit();
	}
	lg.sink = NULL;
	lg.arg = NULL;
}

void
log_request_id(const char *unique_id, char out[LOG_ID_MAX + 1])
{
	unsigned char r[8];
	size_t i, n = unique_id ? strlen(unique_id) : 0;

	for (i = 0; i < n; i++)
		if (!((unique_id[i] >= 'A' && unique_id[i] <= 'Z') ||
		    (unique_id[i] >= 'a' && unique_id[i] <= 'z') ||
		    (unique_id[i] >= '0' && unique_id[i] <= '9') ||
		    unique_id[i] == '@' || unique_id[i] == '-' ||
		    unique_id[i] == '_'))
			break;
	if (n > 0 && n <= LOG_ID_MAX && i == n) {
		memcpy(out, unique_id, n + 1);
		return;
	}
	if (token_random(r, sizeof(r)) == -1)
		memset(r, 0, sizeof(r));
	token_hex(r, sizeof(r), out);
	out[2 * sizeof(r)] = '\0';
}
