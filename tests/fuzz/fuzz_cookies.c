/*
 * Fuzz req_parse_cookies(): a Cookie header. Every cookie kept has a name
 * and a value without ';', the name without spaces around it, at most
 * max_fields of them.
 */
#include "fuzz.h"

#include "arena.h"
#include "req.h"

static const struct req_limits lim = { 1024, 8, 256 };

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct arena a;
	struct req_list l;
	char *header = fuzz_string(data, size);
	size_t i, klen;

	arena_init(&a, 16u * 1024 * 1024);
	if (req_parse_cookies(&a, header, &lim, &l) == REQ_OK) {
		FUZZ_ASSERT(l.n <= lim.max_fields);
		for (i = 0; i < l.n; i++) {
			klen = strlen(l.v[i].key);
			FUZZ_ASSERT(strchr(l.v[i].key, ';') == NULL);
			FUZZ_ASSERT(strchr(l.v[i].val, ';') == NULL);
			FUZZ_ASSERT(strchr(l.v[i].key, '=') == NULL);
			FUZZ_ASSERT(klen == 0 || (l.v[i].key[0] != ' ' &&
			    l.v[i].key[klen - 1] != ' '));
			FUZZ_ASSERT(req_get(&l, l.v[i].key) != NULL);
		}
	}
	arena_free(&a);
	free(header);
	return 0;
}
