/*
 * Fuzz req_parse_multipart(). The input's first line is the Content-Type
 * (its boundary parameter is parsed too), the rest is the body. Every
 * part kept has a name and a value of well-formed UTF-8 without NUL,
 * each within max_field_bytes, at most max_fields of them.
 */
#include "fuzz.h"

#include "arena.h"
#include "req.h"

static const struct req_limits lim = { 1024, 8, 256 };

static void
check_list(const struct req_list *l)
{
	size_t i, kn, vn;

	FUZZ_ASSERT(l->n <= lim.max_fields);
	for (i = 0; i < l->n; i++) {
		kn = strlen(l->v[i].key);
		vn = strlen(l->v[i].val);
		FUZZ_ASSERT(kn > 0 && kn <= lim.max_field_bytes);
		FUZZ_ASSERT(vn <= lim.max_field_bytes);
		FUZZ_ASSERT(fuzz_utf8_ok(l->v[i].key, kn));
		FUZZ_ASSERT(fuzz_utf8_ok(l->v[i].val, vn));
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const uint8_t *nl = memchr(data, '\n', size);
	size_t tlen = nl ? (size_t)(nl - data) : size;
	size_t blen = nl ? size - tlen - 1 : 0;
	char *ctype = fuzz_string(data, tlen);
	char *body = malloc(blen ? blen : 1);
	struct arena a;
	struct req_list l = { NULL, 0 };	/* as req_read() leaves it */

	if (body == NULL)
		abort();
	memcpy(body, nl ? nl + 1 : data, blen);
	arena_init(&a, 16u * 1024 * 1024);
	if (req_parse_multipart(&a, body, blen, ctype, &lim, &l) == REQ_OK)
		check_list(&l);
	arena_free(&a);
	free(body);
	free(ctype);
	return 0;
}
