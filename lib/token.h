/*
 * token: random secrets and the operations on them.
 *
 * Contract: token_random() fills buf from getrandom(2) and returns 0, or -1
 * if the kernel could not supply randomness (never falls back to a weaker
 * source). token_new() makes a 256-bit token as 64 lowercase hex characters
 * plus NUL. token_equal() compares in time that depends only on the length.
 * token_hash_hex() gives the hex SHA-256 of a string: what is stored in the
 * database in place of a token.
 */
#ifndef APPRAISAL_TOKEN_H
#define APPRAISAL_TOKEN_H

#include <stddef.h>

#define TOKEN_BYTES 32
#define TOKEN_HEX_LEN (2 * TOKEN_BYTES)	/* 64 */

int	token_random(void *buf, size_t n);
int	token_new(char out[TOKEN_HEX_LEN + 1]);
void	token_hex(const unsigned char *in, size_t n, char *out);
/* 1 if s is exactly TOKEN_HEX_LEN lowercase hex characters. */
int	token_valid(const char *s);
int	token_equal(const char *a, const char *b);
void	token_hash_hex(const char *s, char out[TOKEN_HEX_LEN + 1]);

#endif
