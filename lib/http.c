#include <string.h>
#include <strings.h>

#include "arena.h"
#include "http.h"

static const struct {
	int		 status;
	const char	*reason;
} reasons[] = {
	{ 200, "OK" }, { 303, "See Other" }, { 400, "Bad Request" },
	{ 401, "Unauthorized" }, { 403, "Forbidden" }, { 404, "Not Found" },
	{ 405, "Method Not Allowed" }, { 409, "Conflict" },
	{ 413, "Payload Too Large" }, { 415, "Unsupported Media Type" },
	{ 422, "Unprocessable Content" }, { 429, "Too Many Requests" },
	{ 500, "Internal Server Error" }, { 503, "Service Unavailable" },
};

const char *
http_reason(int status)
{
	size_t i;

	for (i = 0; i < sizeof(reasons) / sizeof(reasons[0]); i++)
		if (reasons[i].status == status)
			return reasons[i].reason;
	return "Unknown";
}

static int
http_header_safe(const char *s)
{
	return s == NULL || strpbrk(s, "\r\n") == NULL;
}

static int
http_cookie_safe(const char *s)
{
	return s != NULL && strpbrk(s, "\r\n;, \t\"") == NULL;
}

int
http_add_cookie(struct http_resp *r, const char *name, const char *value,
    const char *path, long max_age)
{
	if (r->ncookies == HTTP_COOKIES_MAX)
		return -1;
	r->cookies[r->ncookies].name = name;
	r->cookies[r->ncookies].value = value;
	r->cookies[r->ncookies].path = path;
	r->cookies[r->ncookies].max_age = max_age;
	r->ncookies++;
	return 0;
}

static char *
http_cookie_line(struct arena *a, const struct http_cookie *c, int https)
{
	const char *age = "";

	if (!http_cookie_safe(c->name) || !http_cookie_safe(c->value) ||
	    !http_cookie_safe(c->path))
		return NULL;
	if (c->max_age >= 0 &&
	    (age = arena_printf(a, "; Max-Age=%ld", c->max_age)) == NULL)
		return NULL;
	/* Over HTTPS: __Host-NAME, which browsers accept only with Secure,
	 * Path=/ and no Domain, so no other site or plain-HTTP page can
	 * set or overwrite it. */
	return arena_printf(a, "Set-Cookie: %s%s=%s; Path=%s%s; HttpOnly; "
	    "SameSite=Lax%s\r\n", https ? HTTP_HOST_PREFIX : "", c->name,
	    c->value, https ? "/" : c->path, age, https ? "; Secure" : "");
}

/* 1 if addr is one of the space- or comma-separated addresses in list. */
static int
http_addr_listed(const char *addr, const char *list)
{
	size_t n = strlen(addr), len;
	const char *p = list;

	while (n > 0 && *p != '\0') {
		p += strspn(p, " \t,");
		len = strcspn(p, " \t,");
		if (len == n && strncmp(p, addr, n) == 0)
			return 1;
		p += len;
	}
	return 0;
}

int
http_forwarded_https(const char *remote_addr, const char *proxies,
    const char *proto)
{
	if (remote_addr == NULL || proxies == NULL || proto == NULL)
		return 0;
	return strcasecmp(proto, "https") == 0 &&
	    http_addr_listed(remote_addr, proxies);
}

static char *
http_cat(struct arena *a, char *head, const char *more)
{
	if (head == NULL || more == NULL)
		return NULL;
	return arena_printf(a, "%s%s", head, more);
}

static char *
http_optional(struct arena *a, char *head, const char *name, const char *v)
{
	if (v == NULL || head == NULL)
		return head;
	if (!http_header_safe(v))
		return NULL;
	return http_cat(a, head, arena_printf(a, "%s: %s\r\n", name, v));
}

char *
http_head(struct arena *a, const struct http_resp *r)
{
	char *h;
	size_t i;

	h = arena_printf(a, "Status: %d %s\r\n"
	    "Content-Type: %s\r\n"
	    "Cache-Control: no-store\r\n"
	    "Content-Security-Policy: " HTTP_CSP "\r\n"
	    "X-Content-Type-Options: nosniff\r\n"
	    "X-Frame-Options: DENY\r\n"
	    "Referrer-Policy: same-origin\r\n"
	    "Cross-Origin-Opener-Policy: same-origin\r\n"
	    "Permissions-Policy: camera=(), microphone=(), geolocation=()\r\n",
	    r->status, http_reason(r->status),
	    r->content_type ? r->content_type : "text/html; charset=utf-8");
	if (r->https)
		h = http_cat(a, h, "Strict-Transport-Security: max-age=31536000\r\n");
	h = http_optional(a, h, "Location", r->location);
	h = http_optional(a, h, "Allow", r->allow);
	h = http_optional(a, h, "Retry-After", r->retry_after);
	if (h != NULL && r->debug_queries >= 0)
		h = http_cat(a, h, arena_printf(a, "X-Appraisal-Queries: %d\r\n",
		    r->debug_queries));
	for (i = 0; i < r->ncookies && h != NULL; i++)
		h = http_cat(a, h, http_cookie_line(a, &r->cookies[i], r->https));
	return http_cat(a, h, "\r\n");
}
