/* Unit tests of lib/token and lib/sha256. */
#include <string.h>

#include "sha256.h"
#include "token.h"
#include "unit.h"

static void
hex_of(const char *s, size_t n, char out[65])
{
	unsigned char h[SHA256_LEN];

	sha256(s, n, h);
	token_hex(h, sizeof(h), out);
}

START_TEST(test_sha256_vectors)
{
	char out[65];

	hex_of("", 0, out);
	ck_assert_str_eq(out, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
	hex_of("abc", 3, out);
	ck_assert_str_eq(out, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	hex_of("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", 56, out);
	ck_assert_str_eq(out, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}
END_TEST

START_TEST(test_sha256_million_a_in_pieces)
{
	static char chunk[997];
	struct sha256 s;
	unsigned char h[SHA256_LEN];
	char out[65];
	size_t left = 1000000, n;

	memset(chunk, 'a', sizeof(chunk));
	sha256_init(&s);
	while (left > 0) {
		n = left < sizeof(chunk) ? left : sizeof(chunk);
		sha256_update(&s, chunk, n);
		left -= n;
	}
	sha256_final(&s, h);
	token_hex(h, sizeof(h), out);
	ck_assert_str_eq(out, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}
END_TEST

START_TEST(test_token_new)
{
	char a[TOKEN_HEX_LEN + 1], b[TOKEN_HEX_LEN + 1];

	ck_assert_int_eq(token_new(a), 0);
	ck_assert_int_eq(token_new(b), 0);
	ck_assert_uint_eq(strlen(a), 64);
	ck_assert_int_eq(token_valid(a), 1);
	ck_assert_str_ne(a, b);
}
END_TEST

START_TEST(test_token_valid)
{
	char t[80];

	memset(t, 'a', 64);
	t[64] = '\0';
	ck_assert_int_eq(token_valid(t), 1);
	t[63] = '\0';
	ck_assert_int_eq(token_valid(t), 0);
	t[63] = 'a';
	t[64] = 'a';
	t[65] = '\0';
	ck_assert_int_eq(token_valid(t), 0);
	t[64] = '\0';
	t[0] = 'A';
	ck_assert_int_eq(token_valid(t), 0);
	t[0] = 'g';
	ck_assert_int_eq(token_valid(t), 0);
}
END_TEST

START_TEST(test_token_equal_and_hash)
{
	char a[TOKEN_HEX_LEN + 1], h[TOKEN_HEX_LEN + 1];

	ck_assert_int_eq(token_equal("abc", "abc"), 1);
	ck_assert_int_eq(token_equal("abc", "abd"), 0);
	ck_assert_int_eq(token_equal("abc", "abcd"), 0);
	ck_assert_int_eq(token_equal("", ""), 1);
	token_new(a);
	token_hash_hex(a, h);
	ck_assert_int_eq(token_valid(h), 1);
	ck_assert_str_ne(a, h);
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("token");
	TCase *t = tcase_create("token");

	tcase_add_test(t, test_sha256_vectors);
	tcase_add_test(t, test_sha256_million_a_in_pieces);
	tcase_add_test(t, test_token_new);
	tcase_add_test(t, test_token_valid);
	tcase_add_test(t, test_token_equal_and_hash);
	suite_add_tcase(s, t);
	return s;
}

UNIT_MAIN(suite)
