/*
 * Fuzz req_read(): a whole request as the FastCGI server hands it over.
 * The input is the CGI environment, one NAME=value a line, then an empty
 * line, then the body, which the read callback hands out in small pieces
 * (as a slow client would send it). Checked: the body is never read past
 * CONTENT_LENGTH nor past max_body; an accepted request has a known
 * method, a path below the prefix and well-formed UTF-8 fields within
 * the limits.
 */
#include "fuzz.h"

#include "arena.h"
#include "req.h"

#define ENV_MAX 64

static const struct req_limits lim = { 1024, 8, 256 };

struct body {
	const char	*s;
	size_t		 len, off, chunk;
};

static long
body_read(void *ctx, char *buf, size_t n)
{
	struct body *b = ctx;
	size_t left = b->len - b->off;

	if (n > left)
		n = left;
	if (n > b->chunk)
		n = b->chunk;
	memcpy(buf, b->s + b->off, n);
	b->off += n;
	return (long)n;
}

/* Lines up to the first empty one into envp (each malloc'd); the rest
 * of the input is the body. */
static size_t
split_env(const uint8_t *data, size_t size, char **envp, size_t *n)
{
	size_t i = 0, end;

	*n = 0;
	while (i < size && data[i] != '\n') {
		for (end = i; end < size && data[end] != '\n'; end++)
			;
		if (*n < ENV_MAX)
			envp[(*n)++] = fuzz_string(data + i, end - i);
		i = end < size ? end + 1 : end;
	}
	envp[*n] = NULL;
	return i < size ? i + 1 : size;
}

/* What CONTENT_LENGTH announces, as req reads it: 0 when absent or
 * not a number (then nothing may be read). */
static size_t
announced(char **envp)
{
	const char *cl = req_env(envp, "CONTENT_LENGTH");

	if (cl == NULL || *cl == '\0' || strlen(cl) > 15 ||
	    strspn(cl, "0123456789") != strlen(cl))
		return 0;
	return (size_t)strtoull(cl, NULL, 10);
}

static void
check_list(const struct req_list *l, int utf8)
{
	size_t i;

	FUZZ_ASSERT(l->n <= lim.max_fields);
	for (i = 0; utf8 && i < l->n; i++) {
		FUZZ_ASSERT(strlen(l->v[i].key) <= lim.max_field_bytes);
		FUZZ_ASSERT(strlen(l->v[i].val) <= lim.max_field_bytes);
		FUZZ_ASSERT(fuzz_utf8_ok(l->v[i].key, strlen(l->v[i].key)));
		FUZZ_ASSERT(fuzz_utf8_ok(l->v[i].val, strlen(l->v[i].val)));
	}
}

static void
check_req(const struct req *r)
{
	static const char *const names[] = { "GET", "HEAD", "POST" };

	FUZZ_ASSERT(r->method <= REQ_POST);
	FUZZ_ASSERT(strcmp(r->method_name, names[r->method]) == 0);
	FUZZ_ASSERT(r->path != NULL && r->path[0] == '/');
	FUZZ_ASSERT(fuzz_utf8_ok(r->path, strlen(r->path)));
	FUZZ_ASSERT(r->uri != NULL && r->remote_addr != NULL);
	FUZZ_ASSERT(r->https == 0 || r->https == 1);
	check_list(&r->query, 1);
	check_list(&r->form, 1);
	check_list(&r->cookies, 0);
	FUZZ_ASSERT(r->method == REQ_POST || r->form.n == 0);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *envp[ENV_MAX + 1];
	struct body b;
	struct arena a;
	struct req r;
	enum req_status st;
	size_t n, i, off;

	off = split_env(data, size, envp, &n);
	b.len = size - off;
	b.s = malloc(b.len ? b.len : 1);
	if (b.s == NULL)
		abort();
	memcpy((char *)b.s, data + off, b.len);
	b.off = 0;
	b.chunk = 1 + size % 13;
	arena_init(&a, 16u * 1024 * 1024);
	st = req_read(&r, &a, envp, "/appraisal/", &lim, body_read, &b);
	FUZZ_ASSERT(b.off <= lim.max_body && b.off <= announced(envp));
	FUZZ_ASSERT(req_env(envp, "HTTP_PROXY") == NULL);
	if (st == REQ_OK)
		check_req(&r);
	FUZZ_ASSERT(strcmp(req_status_str(st), "?") != 0);
	arena_free(&a);
	free((char *)b.s);
	for (i = 0; i < n; i++)
		free(envp[i]);
	return 0;
}
