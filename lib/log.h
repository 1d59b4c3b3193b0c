/*
 * log: the programs' error lines, each with the program's name and the
 * request's id, so that IT can find the line a person reports from the
 * id on their error page.
 *
 * Contract:
 * - log_init(program) makes stderr line-buffered through log: every line
 *   any module writes to stderr (they all write "appraisal: ...") goes
 *   on unchanged outside a request.
 * - Between log_request_begin() and log_request_end() each line goes to
 *   the request's sink instead (the FastCGI error stream, which both
 *   mod_proxy_fcgi and mod_fcgid write to Apache's error log), as
 *   "appraisal: PROGRAM request ID: " and the line without its own
 *   "appraisal: ". Control characters become '?', so no line can be
 *   forged; a line longer than LOG_LINE_MAX is cut.
 * - log_request_id() chooses the id: Apache's UNIQUE_ID (mod_unique_id)
 *   when it is set and made of letters, digits and "@-_", at most
 *   LOG_ID_MAX characters; else 16 random hex characters.
 */
#ifndef APPRAISAL_LOG_H
#define APPRAISAL_LOG_H

#include <stddef.h>

#define LOG_ID_MAX 64
#define LOG_LINE_MAX 2048

typedef void (*log_sink)(const char *line, size_t len, void *arg);

/* 0, or -1 when stderr could not be replaced (lines then go on as
 * before, without the id). */
int	 log_init(const char *program);
void	 log_request_begin(const char *id, log_sink sink, void *arg);
/* Flushes what is left of a line and returns to plain stderr. */
void	 log_request_end(void);
/* The id of this request into out (LOG_ID_MAX + 1 bytes). */
void	 log_request_id(const char *unique_id, char out[LOG_ID_MAX + 1]);

#endif
