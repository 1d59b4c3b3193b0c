#include <sys/random.h>

#include <errno.h>
#include <string.h>

#include "sha256.h"
#include "token.h"

int
token_random(void *buf, size_t n)
{
	unsigned char *p = buf;
	ssize_t got;

	while (n > 0) {
		got = getrandom(p, n, 0);
		if (got < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		p += got;
		n -= (size_t)got;
	}
	return 0;
}

void
token_hex(const unsigned char *in, size_t n, char *out)
{
	static const char hex[] = "0123456789abcdef";
	size_t i;

	for (i = 0; i < n; i++) {
		out[2 * i] = hex[in[i] >> 4];
		out[2 * i + 1] = hex[in[i] & 15];
	}
	out[2 * n] = '\0';
}

int
token_new(char out[TOKEN_HEX_LEN + 1])
{
	unsigned char raw[TOKEN_BYTES];

	out[0] = '\0';
	if (token_random(raw, sizeof(raw)) == -1)
		return -1;
	token_hex(raw, sizeof(raw), out);
	return 0;
}

int
token_valid(const char *s)
{
	size_t i;

	for (i = 0; i < TOKEN_HEX_LEN; i++)
		if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f')))
			return 0;
	return s[TOKEN_HEX_LEN] == '\0';
}

int
token_equal(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b), i;
	unsigned char diff = 0;

	if (la != lb)
		return 0;
	for (i = 0; i < la; i++)
		diff |= (unsigned char)(a[i] ^ b[i]);
	return diff == 0;
}

void
token_hash_hex(const char *s, char out[TOKEN_HEX_LEN + 1])
{
	unsigned char h[SHA256_LEN];

	sha256(s, strlen(s), h);
	token_hex(h, sizeof(h), out);
}
