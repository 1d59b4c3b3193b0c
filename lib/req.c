#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "arena.h"
#include "req.h"
#include "valid.h"

const char *
req_env(char **envp, const char *name)
{
	size_t len = strlen(name);

	if (strcmp(name, "HTTP_PROXY") == 0)
		return NULL;
	for (; envp != NULL && *envp != NULL; envp++)
		if (strncmp(*envp, name, len) == 0 && (*envp)[len] == '=')
			return *envp + len + 1;
	return NULL;
}

static int
req_hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* Decode s[0..len) into a new arena string; NULL *out on a bad escape. */
static enum req_status
req_decode(struct arena *a, const char *s, size_t len, size_t max,
    const char **out)
{
	char *d, *p;
	size_t i;
	int hi, lo;

	if (len > 3 * max + 2 || (d = arena_alloc(a, len + 1)) == NULL)
		return len > 3 * max + 2 ? REQ_TOO_LARGE : REQ_NOMEM;
	for (i = 0, p = d; i < len; i++) {
		if (s[i] == '+')
			*p++ = ' ';
		else if (s[i] != '%')
			*p++ = s[i];
		else {
			if (i + 2 >= len)
				return REQ_BAD;
			if ((hi = req_hexval(s[i + 1])) < 0 ||
			    (lo = req_hexval(s[i + 2])) < 0)
				return REQ_BAD;
			if ((*p++ = (char)(hi << 4 | lo)) == '\0')
				return REQ_BAD;
			i += 2;
		}
	}
	*p = '\0';
	if ((size_t)(p - d) > max)
		return REQ_TOO_LARGE;
	if (!valid_utf8(d, (size_t)(p - d)))
		return REQ_BAD;
	*out = d;
	return REQ_OK;
}

static enum req_status
req_list_push(struct arena *a, struct req_list *l, size_t max,
    const char *k, const char *v)
{
	struct req_field *nv;

	if (l->n == max)
		return REQ_TOO_LARGE;
	/* Grow by doubling inside the arena. */
	if (l->n == 0 || (l->n & (l->n - 1)) == 0) {
		size_t cap = l->n ? 2 * l->n : 8;
		if ((nv = arena_alloc(a, cap * sizeof(*nv))) == NULL)
			return REQ_NOMEM;
		if (l->n)
			memcpy(nv, l->v, l->n * sizeof(*nv));
		l->v = nv;
	}
	l->v[l->n].key = k;
	l->v[l->n].val = v;
	l->n++;
	return REQ_OK;
}

enum req_status
req_parse_urlencoded(struct arena *a, const char *s, size_t len,
    const struct req_limits *lim, struct req_list *out)
{
	const char *end = s + len, *amp, *eq, *k, *v;
	enum req_status st;

	out->v = NULL;
	out->n = 0;
	if (memchr(s, '\0', len) != NULL)
		return REQ_BAD;
	while (s < end) {
		amp = memchr(s, '&', (size_t)(end - s));
		if (amp == NULL)
			amp = end;
		if (amp == s) {		/* empty pair */
			s++;
			continue;
		}
		eq = memchr(s, '=', (size_t)(amp - s));
		if ((st = req_decode(a, s, (size_t)((eq ? eq : amp) - s),
		    lim->max_field_bytes, &k)) != REQ_OK)
			return st;
		if (eq == NULL)
			v = "";
		else if ((st = req_decode(a, eq + 1, (size_t)(amp - eq - 1),
		    lim->max_field_bytes, &v)) != REQ_OK)
			return st;
		if ((st = req_list_push(a, out, lim->max_fields, k, v)) != REQ_OK)
			return st;
		s = amp + 1;
	}
	return REQ_OK;
}

enum req_status
req_parse_cookies(struct arena *a, const char *h, const struct req_limits *lim,
    struct req_list *out)
{
	const char *semi, *eq, *k, *v;
	size_t klen;
	enum req_status st;

	out->v = NULL;
	out->n = 0;
	while (h != NULL && *h != '\0') {
		while (*h == ' ' || *h == ';')
			h++;
		if (*h == '\0')
			break;
		semi = strchr(h, ';');
		if (semi == NULL)
			semi = h + strlen(h);
		eq = memchr(h, '=', (size_t)(semi - h));
		if (eq != NULL) {
			klen = (size_t)(eq - h);
			while (klen > 0 && h[klen - 1] == ' ')
				klen--;
			if ((k = arena_strndup(a, h, klen)) == NULL ||
			    (v = arena_strndup(a, eq + 1,
			    (size_t)(semi - eq - 1))) == NULL)
				return REQ_NOMEM;
			if ((st = req_list_push(a, out, lim->max_fields, k, v))
			    != REQ_OK)
				return st;
		}
		h = semi;
	}
	return REQ_OK;
}

const char *
req_get(const struct req_list *l, const char *key)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		if (strcmp(l->v[i].key, key) == 0)
			return l->v[i].val;
	return NULL;
}

const char *
req_route_path(struct arena *a, const char *script_name, const char *path_info,
    const char *prefix)
{
	const char *full;
	size_t plen = strlen(prefix);

	if (script_name == NULL)
		script_name = "";
	if (path_info == NULL)
		path_info = "";
	if ((full = arena_printf(a, "%s%s", script_name, path_info)) == NULL)
		return NULL;
	/* "/appraisal" is the prefix without its trailing slash. */
	if (plen > 0 && prefix[plen - 1] == '/' &&
	    strncmp(full, prefix, plen - 1) == 0 && full[plen - 1] == '\0')
		return "/";
	if (strncmp(full, prefix, plen) != 0)
		return NULL;
	return arena_printf(a, "/%s", full + plen);
}

static enum req_status
req_method(struct req *r, const char *m)
{
	static const struct {
		const char *name;
		enum req_method method;
	} methods[] = {
		{ "GET", REQ_GET }, { "HEAD", REQ_HEAD }, { "POST", REQ_POST },
	};
	size_t i;

	r->method_name = m ? m : "";
	for (i = 0; m != NULL && i < sizeof(methods) / sizeof(methods[0]); i++) {
		if (strcmp(m, methods[i].name) == 0) {
			r->method = methods[i].method;
			return REQ_OK;
		}
	}
	return REQ_METHOD;
}

/* 1 if the Content-Type is type, with or without parameters. */
static int
req_type_is(const char *ct, const char *type)
{
	size_t n = strlen(type);

	return ct != NULL && strncasecmp(ct, type, n) == 0 &&
	    (ct[n] == '\0' || ct[n] == ';');
}

/* The first place needle (n bytes) starts in hay[0..len), or NULL. */
static const char *
req_find(const char *hay, size_t len, const char *needle, size_t n)
{
	size_t i;

	for (i = 0; n <= len && i <= len - n; i++)
		if (hay[i] == needle[0] && memcmp(hay + i, needle, n) == 0)
			return hay + i;
	return NULL;
}

/* The boundary parameter of a multipart Content-Type (1-70 characters,
 * maybe quoted) into out; -1 when there is none. */
static int
req_boundary(const char *ct, char *out, size_t outsz)
{
	const char *p = ct;
	size_t n;

	for (; (p = strchr(p, ';')) != NULL; ) {
		p++;
		p += strspn(p, " \t");
		if (strncasecmp(p, "boundary=", 9) != 0)
			continue;
		p += 9;
		if (*p == '"')
			n = strcspn(++p, "\"");
		else
			n = strcspn(p, "; \t");
		if (n == 0 || n > 70 || n + 1 > outsz)
			return -1;
		memcpy(out, p, n);
		out[n] = '\0';
		return strpbrk(out, "\r\n") ? -1 : 0;
	}
	return -1;
}

/* name="..." from a Content-Disposition: form-data header block. */
static enum req_status
req_part_name(struct arena *a, const char *head, size_t len,
    const struct req_limits *lim, const char **name)
{
	const char *h = head, *end = head + len, *line_end, *p, *q;

	for (; h < end; h = line_end + 2) {
		if ((line_end = req_find(h, (size_t)(end - h), "\r\n", 2)) == NULL)
			line_end = end;
		if ((size_t)(line_end - h) < 20 ||
		    strncasecmp(h, "Content-Disposition:", 20) != 0)
			continue;
		for (p = h + 20; p < line_end && (*p == ' ' || *p == '\t'); p++)
			;
		if ((size_t)(line_end - p) < 9 || strncasecmp(p, "form-data", 9))
			return REQ_BAD;
		for (; (p = req_find(p, (size_t)(line_end - p), "name=\"", 6)) != NULL;
		    p += 6)
			if (p[-1] == ' ' || p[-1] == ';' || p[-1] == '\t')
				break;
		if (p == NULL || (q = memchr(p + 6, '"', (size_t)(line_end - p - 6)))
		    == NULL || q == p + 6 || (size_t)(q - p - 6) > lim->max_field_bytes ||
		    memchr(p + 6, '\0', (size_t)(q - p - 6)) != NULL)
			return REQ_BAD;	/* no name, too long, or cut by a NUL */
		if ((*name = arena_strndup(a, p + 6, (size_t)(q - p - 6))) == NULL)
			return REQ_NOMEM;
		return valid_utf8(*name, strlen(*name)) ? REQ_OK : REQ_BAD;
	}
	return REQ_BAD;
}

enum req_status
req_parse_multipart(struct arena *a, const char *body, size_t len,
    const char *ctype, const struct req_limits *lim, struct req_list *out)
{
	char b[80], delim[84];
	const char *p, *end = body + len, *head, *next;
	const char *name;
	char *val;
	size_t dn;
	enum req_status st;

	if (req_boundary(ctype, b, sizeof(b)) == -1)
		return REQ_BAD;
	dn = (size_t)snprintf(delim, sizeof(delim), "\r\n--%s", b);
	/* The first delimiter may open the body (no preamble CRLF). */
	if (len >= dn - 2 && memcmp(body, delim + 2, dn - 2) == 0)
		p = body + dn - 2;
	else if ((p = req_find(body, len, delim, dn)) != NULL)
		p += dn;
	else
		return REQ_BAD;
	for (;;) {
		if (end - p >= 2 && p[0] == '-' && p[1] == '-')
			return REQ_OK;			/* the closing delimiter */
		while (p < end && (*p == ' ' || *p == '\t'))
			p++;
		if (end - p < 2 || p[0] != '\r' || p[1] != '\n')
			return REQ_BAD;
		head = p + 2;
		if ((p = req_find(head, (size_t)(end - head), "\r\n\r\n", 4)) == NULL ||
		    p - head > 1024)
			return REQ_BAD;
		if ((st = req_part_name(a, head, (size_t)(p - head), lim, &name)) != REQ_OK)
			return st;
		p += 4;
		if ((next = req_find(p, (size_t)(end - p), delim, dn)) == NULL)
			return REQ_BAD;
		if ((size_t)(next - p) > lim->max_field_bytes)
			return REQ_TOO_LARGE;
		if (memchr(p, '\0', (size_t)(next - p)) != NULL ||
		    !valid_utf8(p, (size_t)(next - p)))
			return REQ_BAD;
		if ((val = arena_strndup(a, p, (size_t)(next - p))) == NULL)
			return REQ_NOMEM;
		if ((st = req_list_push(a, out, lim->max_fields, name, val)) != REQ_OK)
			return st;
		p = next + dn;
	}
}

static enum req_status
req_read_body(struct req *r, struct arena *a, char **envp,
    const struct req_limits *lim, req_read_fn readfn, void *ctx)
{
	const char *cl = req_env(envp, "CONTENT_LENGTH");
	const char *ct = req_env(envp, "CONTENT_TYPE");
	char *buf, *end;
	unsigned long long want;
	size_t got = 0;
	long n;

	if (cl == NULL || *cl == '\0')
		want = 0;
	else {
		if (strspn(cl, "0123456789") != strlen(cl) || strlen(cl) > 15)
			return REQ_BAD;
		want = strtoull(cl, &end, 10);
	}
	if (want > lim->max_body)
		return REQ_TOO_LARGE;
	if (want > 0 && !req_type_is(ct, "application/x-www-form-urlencoded") &&
	    !req_type_is(ct, "multipart/form-data"))
		return REQ_TYPE;
	if ((buf = arena_alloc(a, (size_t)want + 1)) == NULL)
		return REQ_NOMEM;
	while (got < want) {
		if ((n = readfn(ctx, buf + got, (size_t)want - got)) <= 0)
			return REQ_BAD;		/* body shorter than announced */
		got += (size_t)n;
	}
	if (want > 0 && req_type_is(ct, "multipart/form-data"))
		return req_parse_multipart(a, buf, got, ct, lim, &r->form);
	return req_parse_urlencoded(a, buf, got, lim, &r->form);
}

enum req_status
req_read(struct req *r, struct arena *a, char **envp, const char *prefix,
    const struct req_limits *lim, req_read_fn readfn, void *ctx)
{
	const char *qs, *https, *uri;
	enum req_status st;

	memset(r, 0, sizeof(*r));
	r->remote_addr = req_env(envp, "REMOTE_ADDR");
	if (r->remote_addr == NULL)
		r->remote_addr = "";
	https = req_env(envp, "HTTPS");
	r->https = https != NULL && (strcmp(https, "on") == 0 ||
	    strcmp(https, "1") == 0);
	if ((st = req_method(r, req_env(envp, "REQUEST_METHOD"))) != REQ_OK)
		return st;
	r->path = req_route_path(a, req_env(envp, "SCRIPT_NAME"),
	    req_env(envp, "PATH_INFO"), prefix);
	if (r->path == NULL)
		return REQ_BAD;
	if (!valid_utf8(r->path, strlen(r->path)))
		return REQ_BAD;
	uri = req_env(envp, "REQUEST_URI");
	r->uri = uri ? uri : "";
	qs = req_env(envp, "QUERY_STRING");
	if (qs != NULL && (st = req_parse_urlencoded(a, qs, strlen(qs), lim,
	    &r->query)) != REQ_OK)
		return st;
	if ((st = req_parse_cookies(a, req_env(envp, "HTTP_COOKIE"), lim,
	    &r->cookies)) != REQ_OK)
		return st;
	if (r->method == REQ_POST)
		return req_read_body(r, a, envp, lim, readfn, ctx);
	return REQ_OK;
}

const char *
req_status_str(enum req_status s)
{
	static const char *const names[] = {
		"ok", "bad request", "request too large",
		"unsupported content type", "method not allowed", "out of memory"
	};

	return (size_t)s < sizeof(names) / sizeof(names[0]) ? names[s] : "?";
}

char *
req_urlencode(struct arena *a, const char *s)
{
	static const char hex[] = "0123456789ABCDEF";
	size_t len = strlen(s);
	char *out, *p;
	unsigned char ch;

	if ((out = arena_alloc(a, 3 * len + 1)) == NULL)
		return NULL;
	for (p = out; *s; s++) {
		ch = (unsigned char)*s;
		if ((ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') ||
		    (ch >= '0' && ch <= '9') || strchr("-._~/", ch) != NULL)
			*p++ = (char)ch;
		else {
			*p++ = '%';
			*p++ = hex[ch >> 4];
			*p++ = hex[ch & 15];
		}
	}
	*p = '\0';
	return out;
}
