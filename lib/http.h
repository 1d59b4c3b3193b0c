/*
 * http: the head of every response: status line, content type, security
 * headers, cookies and redirects.
 *
 * Contract: http_head() returns the whole CGI/FastCGI response head
 * ("Status: ...\r\n" ... "\r\n\r\n") as an arena string, or NULL when the
 * arena is full. Every response carries the security headers below; pages
 * are never cached (Cache-Control: no-store), because every page either
 * shows confidential data or carries a CSRF token. Cookie values and
 * redirect locations are checked: a CR, LF or NUL in them is refused
 * (http_head returns NULL) so no header can be injected.
 */
#ifndef APPRAISAL_HTTP_H
#define APPRAISAL_HTTP_H

#include <stddef.h>

struct arena;

#define HTTP_COOKIES_MAX 4
#define HTTP_CSP "default-src 'none'; style-src 'self'; img-src 'self'; " \
	"script-src 'self'; form-action 'self'; base-uri 'none'; " \
	"frame-ancestors 'none'"

struct http_cookie {
	const char	*name;
	const char	*value;		/* "" with max_age 0 to delete */
	const char	*path;
	long		 max_age;	/* seconds; -1: session cookie */
};

struct http_resp {
	int			 status;
	const char		*content_type;	/* NULL: text/html; charset=utf-8 */
	const char		*location;	/* for 3xx */
	const char		*allow;		/* for 405 */
	const char		*retry_after;	/* for 429 / 503 */
	int			 https;		/* Secure cookies, HSTS */
	int			 debug_queries;	/* -1: no header */
	struct http_cookie	 cookies[HTTP_COOKIES_MAX];
	size_t			 ncookies;
};

/* Over HTTPS every cookie is sent as __Host-NAME with Path=/ and Secure
 * (whatever path was asked for); over plain HTTP as NAME with its path. */
#define HTTP_HOST_PREFIX "__Host-"

const char	*http_reason(int status);
/* 1 if a request from remote_addr, one of the trusted proxies' addresses
 * (space- or comma-separated, exact match), says in its forwarded-protocol
 * header (value proto) that the browser used HTTPS; 0 otherwise (also for
 * NULL arguments or an empty list). Pure. */
int		 http_forwarded_https(const char *remote_addr,
		    const char *proxies, const char *proto);
int		 http_add_cookie(struct http_resp *, const char *name,
		    const char *value, const char *path, long max_age);
char		*http_head(struct arena *, const struct http_resp *);

#endif
