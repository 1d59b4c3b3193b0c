/*
 * req: one HTTP request as the program sees it: the CGI environment, the
 * query string, the cookies and an application/x-www-form-urlencoded body,
 * parsed with hard limits into the request's arena.
 *
 * Contract:
 * - req_parse_urlencoded() decodes `a=1&b=2` (`+` is a space, %XX a byte;
 *   a pair without `=` has an empty value; empty pairs are skipped;
 *   repeated keys are all kept in order). It refuses (REQ_BAD) a bad %
 *   escape, a decoded NUL, and a key or value that is not UTF-8; refuses
 *   (REQ_TOO_LARGE) more than limits->max_fields pairs or a key or value
 *   longer than limits->max_field_bytes.
 * - req_read() takes the environment, reads the body through the read
 *   callback (never more than limits->max_body bytes: a larger
 *   CONTENT_LENGTH is REQ_TOO_LARGE before reading), and fills the req.
 *   Only GET, HEAD and POST are accepted (others REQ_METHOD). A POST body
 *   must be urlencoded or multipart/form-data (REQ_TYPE otherwise).
 * - req_parse_multipart() reads multipart/form-data (RFC 7578) into the
 *   same list: each part's name (Content-Disposition: form-data;
 *   name="...") and its content, a file's as text. The same limits apply:
 *   a part longer than max_field_bytes is REQ_TOO_LARGE; a part that is
 *   not UTF-8 or holds a NUL, a missing boundary, a part without a name
 *   or a body without its closing delimiter is REQ_BAD.
 * - The environment variable HTTP_PROXY (a client's "Proxy:" header) is
 *   never read or passed on (httpoxy).
 * - All strings point into the arena and live until it is reset.
 */
#ifndef APPRAISAL_REQ_H
#define APPRAISAL_REQ_H

#include <stddef.h>

struct arena;

enum req_status {
	REQ_OK = 0,
	REQ_BAD,		/* 400 */
	REQ_TOO_LARGE,		/* 413 */
	REQ_TYPE,		/* 415 */
	REQ_METHOD,		/* 405 */
	REQ_NOMEM		/* 500: the arena cap was hit */
};

struct req_limits {
	size_t	max_body;	/* bytes */
	size_t	max_fields;	/* pairs, in query and body each */
	size_t	max_field_bytes;
};

struct req_field {
	const char	*key;
	const char	*val;
};

struct req_list {
	struct req_field	*v;
	size_t			 n;
};

enum req_method { REQ_GET, REQ_HEAD, REQ_POST };

struct req {
	enum req_method	 method;
	const char	*method_name;
	const char	*path;		/* below the site prefix, starts with '/' */
	const char	*uri;		/* prefix + path + ?query, for "next" */
	const char	*remote_addr;
	int		 https;
	struct req_list	 query;
	struct req_list	 form;		/* POST body */
	struct req_list	 cookies;
};

typedef long (*req_read_fn)(void *ctx, char *buf, size_t n);

enum req_status req_parse_urlencoded(struct arena *, const char *s, size_t len,
		    const struct req_limits *, struct req_list *out);
enum req_status req_parse_multipart(struct arena *, const char *body,
		    size_t len, const char *content_type,
		    const struct req_limits *, struct req_list *out);
enum req_status req_parse_cookies(struct arena *, const char *header,
		    const struct req_limits *, struct req_list *out);
/* The path below prefix ("/appraisal/" + "login" -> "/login"); NULL if
 * the request is not under prefix. */
const char	*req_route_path(struct arena *, const char *script_name,
		    const char *path_info, const char *prefix);
enum req_status req_read(struct req *, struct arena *, char **envp,
		    const char *prefix, const struct req_limits *,
		    req_read_fn, void *read_ctx);

/* First value of key, or NULL. */
const char	*req_get(const struct req_list *, const char *key);
/* Environment lookup that refuses HTTP_PROXY. */
const char	*req_env(char **envp, const char *name);
const char	*req_status_str(enum req_status);



/* Percent-encode s for a query value (RFC 3986 unreserved kept). */
char		*req_urlencode(struct arena *, const char *s);

#endif
