/*
 * Fuzz req_parse_urlencoded(): a query string or form body, NUL bytes
 * and all. What it accepts is well-formed UTF-8 within the limits, and
 * encoding the pairs again with req_urlencode() gives back the same pairs.
 */
#include "fuzz.h"

#include "arena.h"
#include "req.h"

/* The smallest limits a site may configure (conf.c), so the caps are hit. */
static const struct req_limits lim = { 1024, 8, 256 };

static void
check_list(const struct req_list *l)
{
	size_t i;

	FUZZ_ASSERT(l->n <= lim.max_fields);
	for (i = 0; i < l->n; i++) {
		FUZZ_ASSERT(strlen(l->v[i].key) <= lim.max_field_bytes);
		FUZZ_ASSERT(strlen(l->v[i].val) <= lim.max_field_bytes);
		FUZZ_ASSERT(fuzz_utf8_ok(l->v[i].key, strlen(l->v[i].key)));
		FUZZ_ASSERT(fuzz_utf8_ok(l->v[i].val, strlen(l->v[i].val)));
	}
}

/* key=value&... again from the decoded pairs. */
static void
check_round_trip(struct arena *a, const struct req_list *l)
{
	struct req_list again;
	const char *s = "";
	size_t i;

	for (i = 0; i < l->n; i++) {
		s = arena_printf(a, "%s%s%s=%s", s, i ? "&" : "",
		    req_urlencode(a, l->v[i].key), req_urlencode(a, l->v[i].val));
		FUZZ_ASSERT(s != NULL);
	}
	FUZZ_ASSERT(req_parse_urlencoded(a, s, strlen(s), &lim, &again) == REQ_OK);
	FUZZ_ASSERT(again.n == l->n);
	for (i = 0; i < l->n; i++) {
		FUZZ_ASSERT(strcmp(again.v[i].key, l->v[i].key) == 0);
		FUZZ_ASSERT(strcmp(again.v[i].val, l->v[i].val) == 0);
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct arena a;
	struct req_list l;
	char *copy = malloc(size ? size : 1);

	if (copy == NULL)
		abort();
	memcpy(copy, data, size);	/* exactly size bytes: no NUL after */
	arena_init(&a, 16u * 1024 * 1024);
	if (req_parse_urlencoded(&a, copy, size, &lim, &l) == REQ_OK) {
		check_list(&l);
		check_round_trip(&a, &l);
	}
	arena_free(&a);
	free(copy);
	return 0;
}
