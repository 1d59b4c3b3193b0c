/* Unit tests of lib/req: urlencoded bodies, cookies, routes, the request. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "req.h"
#include "unit.h"

static struct arena a;
static const struct req_limits lim = { 1024, 8, 16 };

static void
setup(void)
{
	arena_init(&a, 1 << 20);
}

static void
teardown(void)
{
	arena_free(&a);
}

static enum req_status
parse(const char *s, struct req_list *l)
{
	return req_parse_urlencoded(&a, s, strlen(s), &lim, l);
}

START_TEST(test_pairs)
{
	struct req_list l;

	ck_assert_int_eq(parse("a=1&b=two", &l), REQ_OK);
	ck_assert_uint_eq(l.n, 2);
	ck_assert_str_eq(req_get(&l, "a"), "1");
	ck_assert_str_eq(req_get(&l, "b"), "two");
	ck_assert_ptr_null(req_get(&l, "c"));
}
END_TEST

START_TEST(test_plus_and_percent)
{
	struct req_list l;

	ck_assert_int_eq(parse("q=a+b%41%2b&e=%e2%82%AC", &l), REQ_OK);
	ck_assert_str_eq(req_get(&l, "q"), "a bA+");
	ck_assert_str_eq(req_get(&l, "e"), "\xe2\x82\xac");
}
END_TEST

START_TEST(test_bad_escapes)
{
	static const char *bad[] = { "a=%", "a=%4", "a=%zz", "a=%4g", "a=%00",
	    "%=1", "a=b%", NULL };
	struct req_list l;
	int i;

	for (i = 0; bad[i] != NULL; i++)
		ck_assert_msg(parse(bad[i], &l) == REQ_BAD, "%s", bad[i]);
}
END_TEST

START_TEST(test_invalid_utf8)
{
	static const char *bad[] = { "a=%ff", "a=%c0%af", "a=%ed%a0%80",
	    "a=%e2%82", "%ff=1", NULL };
	struct req_list l;
	int i;

	for (i = 0; bad[i] != NULL; i++)
		ck_assert_msg(parse(bad[i], &l) == REQ_BAD, "%s", bad[i]);
}
END_TEST

START_TEST(test_repeated_missing_empty)
{
	struct req_list l;

	ck_assert_int_eq(parse("k=1&&k=2&flag&=x&", &l), REQ_OK);
	ck_assert_uint_eq(l.n, 4);
	ck_assert_str_eq(req_get(&l, "k"), "1");
	ck_assert_str_eq(l.v[1].val, "2");
	ck_assert_str_eq(req_get(&l, "flag"), "");
	ck_assert_str_eq(req_get(&l, ""), "x");
}
END_TEST

START_TEST(test_limits)
{
	struct req_list l;

	ck_assert_int_eq(parse("a=1&b=1&c=1&d=1&e=1&f=1&g=1&h=1", &l), REQ_OK);
	ck_assert_int_eq(parse("a=1&b=1&c=1&d=1&e=1&f=1&g=1&h=1&i=1", &l),
	    REQ_TOO_LARGE);
	ck_assert_int_eq(parse("a=0123456789abcdef", &l), REQ_OK);
	ck_assert_int_eq(parse("a=0123456789abcdefg", &l), REQ_TOO_LARGE);
	ck_assert_int_eq(parse("0123456789abcdefg=1", &l), REQ_TOO_LARGE);
}
END_TEST

START_TEST(test_raw_nul)
{
	struct req_list l;

	ck_assert_int_eq(req_parse_urlencoded(&a, "a=1\0b=2", 7, &lim, &l),
	    REQ_BAD);
}
END_TEST

START_TEST(test_cookies)
{
	struct req_list l;

	ck_assert_int_eq(req_parse_cookies(&a, "a=1; b=two;c=3;junk; ", &lim, &l),
	    REQ_OK);
	ck_assert_uint_eq(l.n, 3);
	ck_assert_str_eq(req_get(&l, "b"), "two");
	ck_assert_str_eq(req_get(&l, "c"), "3");
	ck_assert_int_eq(req_parse_cookies(&a, "", &lim, &l), REQ_OK);
	ck_assert_uint_eq(l.n, 0);
	ck_assert_int_eq(req_parse_cookies(&a, NULL, &lim, &l), REQ_OK);
}
END_TEST

START_TEST(test_route_path)
{
	const char *p = "/appraisal/";

	ck_assert_str_eq(req_route_path(&a, "/appraisal/login", NULL, p), "/login");
	ck_assert_str_eq(req_route_path(&a, "/appraisal/", NULL, p), "/");
	ck_assert_str_eq(req_route_path(&a, "/appraisal", NULL, p), "/");
	ck_assert_str_eq(req_route_path(&a, "/appraisal/plan", "/12", p),
	    "/plan/12");
	ck_assert_ptr_null(req_route_path(&a, "/other/login", NULL, p));
	ck_assert_ptr_null(req_route_path(&a, "/appraisalx", NULL, p));
}
END_TEST

struct body {
	const char	*s;
	size_t		 off;
	int		 calls;
};

static long
body_read(void *ctx, char *buf, size_t n)
{
	struct body *b = ctx;
	size_t left = strlen(b->s) - b->off;

	b->calls++;
	if (n > left)
		n = left;
	memcpy(buf, b->s + b->off, n);
	b->off += n;
	return (long)n;
}

static enum req_status
read_req(char **env, const char *body, struct req *r, struct body *b)
{
	static const struct req_limits big = { 64, 16, 32 };

	b->s = body;
	b->off = 0;
	b->calls = 0;
	return req_read(r, &a, env, "/appraisal/", &big, body_read, b);
}

START_TEST(test_read_post)
{
	char *env[] = { "REQUEST_METHOD=POST", "SCRIPT_NAME=/appraisal/login",
	    "CONTENT_TYPE=application/x-www-form-urlencoded; charset=utf-8",
	    "CONTENT_LENGTH=9", "REMOTE_ADDR=127.0.0.1", "HTTPS=on",
	    "QUERY_STRING=next=%2Fappraisal%2F", "HTTP_COOKIE=s=1", NULL };
	struct req r;
	struct body b;

	ck_assert_int_eq(read_req(env, "user=ab&x", &r, &b), REQ_OK);
	ck_assert_int_eq(r.method, REQ_POST);
	ck_assert_str_eq(r.path, "/login");
	ck_assert_str_eq(req_get(&r.form, "user"), "ab");
	ck_assert_str_eq(req_get(&r.query, "next"), "/appraisal/");
	ck_assert_str_eq(req_get(&r.cookies, "s"), "1");
	ck_assert_str_eq(r.remote_addr, "127.0.0.1");
	ck_assert_int_eq(r.https, 1);
}
END_TEST

START_TEST(test_read_too_large_not_read)
{
	char *env[] = { "REQUEST_METHOD=POST", "SCRIPT_NAME=/appraisal/login",
	    "CONTENT_TYPE=application/x-www-form-urlencoded",
	    "CONTENT_LENGTH=1048576", NULL };
	struct req r;
	struct body b;

	ck_assert_int_eq(read_req(env, "a=1", &r, &b), REQ_TOO_LARGE);
	ck_assert_int_eq(b.calls, 0);
}
END_TEST

START_TEST(test_read_bad_requests)
{
	char *type[] = { "REQUEST_METHOD=POST", "SCRIPT_NAME=/appraisal/login",
	    "CONTENT_TYPE=text/plain", "CONTENT_LENGTH=3", NULL };
	char *len[] = { "REQUEST_METHOD=POST", "SCRIPT_NAME=/appraisal/login",
	    "CONTENT_TYPE=application/x-www-form-urlencoded",
	    "CONTENT_LENGTH=-1", NULL };
	char *alpha[] = { "REQUEST_METHOD=POST", "SCRIPT_NAME=/appraisal/login",
	    "CONTENT_TYPE=application/x-www-form-urlencoded",
	    "CONTENT_LENGTH=abc", NULL };
	char *shortb[] = { "REQUEST_METHOD=POST", "SCRIPT_NAME=/appraisal/login",
	    "CONTENT_TYPE=application/x-www-form-urlencoded",
	    "CONTENT_LENGTH=20", NULL };
	char *put[] = { "REQUEST_METHOD=PUT", "SCRIPT_NAME=/appraisal/login",
	    NULL };
	struct req r;
	struct body b;

	ck_assert_int_eq(read_req(type, "a=1", &r, &b), REQ_TYPE);
	ck_assert_int_eq(read_req(len, "a=1", &r, &b), REQ_BAD);
	ck_assert_int_eq(read_req(alpha, "a=1", &r, &b), REQ_BAD);
	ck_assert_int_eq(read_req(shortb, "a=1", &r, &b), REQ_BAD);
	ck_assert_int_eq(read_req(put, "", &r, &b), REQ_METHOD);
}
END_TEST

START_TEST(test_read_head_and_proxy_ignored)
{
	char *env[] = { "REQUEST_METHOD=HEAD", "SCRIPT_NAME=/appraisal/",
	    "HTTP_PROXY=http://evil.example/", NULL };
	struct req r;
	struct body b;

	ck_assert_int_eq(read_req(env, "", &r, &b), REQ_OK);
	ck_assert_int_eq(r.method, REQ_HEAD);
	ck_assert_str_eq(r.path, "/");
	ck_assert_ptr_null(req_env(env, "HTTP_PROXY"));
	ck_assert_str_eq(req_env(env, "REQUEST_METHOD"), "HEAD");
}
END_TEST

static enum req_status
multipart(const char *body, const char *ct, struct req_list *l)
{
	static const struct req_limits mlim = { 1024, 4, 64 };

	memset(l, 0, sizeof(*l));
	return req_parse_multipart(&a, body, strlen(body), ct, &mlim, l);
}

#define MP "multipart/form-data; boundary=XyZ"

START_TEST(test_multipart)
{
	struct req_list l;

	ck_assert_int_eq(multipart("--XyZ\r\n"
	    "Content-Disposition: form-data; name=\"csrf\"\r\n\r\nabc\r\n"
	    "--XyZ\r\nContent-Disposition: form-data; name=\"staff\"; "
	    "filename=\"staff list.csv\"\r\nContent-Type: text/csv\r\n\r\n"
	    "a,b\r\nc,d\r\n\r\n--XyZ\r\n"
	    "Content-Disposition: form-data; name=\"empty\"\r\n\r\n\r\n"
	    "--XyZ--\r\n", MP, &l), REQ_OK);
	ck_assert_uint_eq(l.n, 3);
	ck_assert_str_eq(req_get(&l, "csrf"), "abc");
	ck_assert_str_eq(req_get(&l, "staff"), "a,b\r\nc,d\r\n");
	ck_assert_str_eq(req_get(&l, "empty"), "");
	/* A preamble, a quoted boundary, lower-case header names. */
	ck_assert_int_eq(multipart("ignored\r\n--a:b\r\n"
	    "content-disposition: form-data; name=\"x\"\r\n\r\n\xc3\xa9\r\n--a:b--",
	    "multipart/form-data; charset=utf-8; boundary=\"a:b\"", &l), REQ_OK);
	ck_assert_str_eq(req_get(&l, "x"), "\xc3\xa9");
}
END_TEST

START_TEST(test_multipart_refused)
{
	struct req_list l;
	const char *ok_part = "Content-Disposition: form-data; name=\"x\"\r\n\r\n";
	char big[400];

	ck_assert_int_eq(multipart("--XyZ--", "multipart/form-data", &l), REQ_BAD);
	ck_assert_int_eq(multipart("no delimiter", MP, &l), REQ_BAD);
	ck_assert_int_eq(multipart("--XyZ\r\nContent-Disposition: form-data; "
	    "name=\"x\"\r\n\r\nunterminated", MP, &l), REQ_BAD);
	ck_assert_int_eq(multipart("--XyZ\r\nContent-Disposition: attachment; "
	    "name=\"x\"\r\n\r\nv\r\n--XyZ--", MP, &l), REQ_BAD);
	ck_assert_int_eq(multipart("--XyZ\r\nContent-Disposition: form-data; "
	    "filename=\"f\"\r\n\r\nv\r\n--XyZ--", MP, &l), REQ_BAD);
	ck_assert_int_eq(multipart("--XyZ\r\nContent-Type: text/plain\r\n\r\n"
	    "v\r\n--XyZ--", MP, &l), REQ_BAD);
	snprintf(big, sizeof(big), "--XyZ\r\n%s\xff\r\n--XyZ--", ok_part);
	ck_assert_int_eq(multipart(big, MP, &l), REQ_BAD);
	snprintf(big, sizeof(big), "--XyZ\r\n%s%070d\r\n--XyZ--", ok_part, 0);
	ck_assert_int_eq(multipart(big, MP, &l), REQ_TOO_LARGE);
	snprintf(big, sizeof(big), "--XyZ\r\n%s1\r\n--XyZ\r\n%s2\r\n--XyZ\r\n%s3"
	    "\r\n--XyZ\r\n%s4\r\n--XyZ\r\n", ok_part, ok_part, ok_part, ok_part);
	ck_assert_int_eq(multipart(big, MP, &l), REQ_BAD);	/* no closing */
}
END_TEST

START_TEST(test_multipart_nul_and_fields)
{
	static const char body[] = "--XyZ\r\nContent-Disposition: form-data; "
	    "name=\"x\"\r\n\r\na\0b\r\n--XyZ--";
	static const struct req_limits mlim = { 1024, 1, 64 };
	struct req_list l;

	memset(&l, 0, sizeof(l));
	ck_assert_int_eq(req_parse_multipart(&a, body, sizeof(body) - 1, MP,
	    &mlim, &l), REQ_BAD);
	memset(&l, 0, sizeof(l));
	ck_assert_int_eq(multipart("--XyZ\r\nContent-Disposition: form-data; "
	    "name=\"a\"\r\n\r\n1\r\n--XyZ\r\nContent-Disposition: form-data; "
	    "name=\"b\"\r\n\r\n2\r\n--XyZ\r\nContent-Disposition: form-data; "
	    "name=\"c\"\r\n\r\n3\r\n--XyZ\r\nContent-Disposition: form-data; "
	    "name=\"d\"\r\n\r\n4\r\n--XyZ\r\nContent-Disposition: form-data; "
	    "name=\"e\"\r\n\r\n5\r\n--XyZ--", MP, &l), REQ_TOO_LARGE);
}
END_TEST

/* A NUL inside a part's name (found by tests/fuzz/fuzz_multipart): it was
 * cut there, so name="\0a" gave a part with an empty name and
 * name="csrf\0x" one named "csrf". Refused like any part without a name. */
START_TEST(test_multipart_nul_in_name)
{
	static const char empty[] = "--XyZ\r\nContent-Disposition: form-data; "
	    "name=\"\0a\"\r\n\r\nv\r\n--XyZ--";
	static const char cut[] = "--XyZ\r\nContent-Disposition: form-data; "
	    "name=\"csrf\0x\"\r\n\r\nv\r\n--XyZ--";
	static const struct req_limits mlim = { 1024, 4, 64 };
	struct req_list l;

	memset(&l, 0, sizeof(l));
	ck_assert_int_eq(req_parse_multipart(&a, empty, sizeof(empty) - 1, MP,
	    &mlim, &l), REQ_BAD);
	memset(&l, 0, sizeof(l));
	ck_assert_int_eq(req_parse_multipart(&a, cut, sizeof(cut) - 1, MP,
	    &mlim, &l), REQ_BAD);
	ck_assert_ptr_null(req_get(&l, "csrf"));
}
END_TEST

/* Mutated bodies (a fixed pseudo-random sequence): a status every time,
 * never a read outside the body (the sanitizer pass checks). */
START_TEST(test_multipart_mutations)
{
	static const char seed[] = "--XyZ\r\nContent-Disposition: form-data; "
	    "name=\"csrf\"\r\n\r\nabc\r\n--XyZ\r\nContent-Disposition: "
	    "form-data; name=\"f\"; filename=\"a.csv\"\r\n\r\na,b\r\n--XyZ--\r\n";
	static const struct req_limits mlim = { 1024, 4, 64 };
	static const char alphabet[] = "\r\n-\";=XyZ:a\xc3";
	char *buf;
	unsigned long x = 88172645UL;
	size_t len, i, k;
	enum req_status st;
	struct req_list l;
	int round;

	for (round = 0; round < 3000; round++) {
		len = sizeof(seed) - 1;
		buf = malloc(len);	/* exact size: the sanitizer sees overreads */
		ck_assert_ptr_nonnull(buf);
		memcpy(buf, seed, len);
		for (k = 0; k < 1 + (size_t)round % 4; k++) {
			x ^= x << 13; x ^= x >> 7; x ^= x << 17;
			i = x % len;
			if (x & 0x100)
				buf[i] = alphabet[(x >> 9) % (sizeof(alphabet) - 1)];
			else
				len = i + 1;
		}
		memset(&l, 0, sizeof(l));
		st = req_parse_multipart(&a, buf, len, MP, &mlim, &l);
		ck_assert(st == REQ_OK || st == REQ_BAD || st == REQ_TOO_LARGE);
		free(buf);
		arena_reset(&a);
	}
}
END_TEST

START_TEST(test_read_multipart_post)
{
	char *env[] = { "REQUEST_METHOD=POST", "SCRIPT_NAME=/appraisal/admin",
	    "CONTENT_TYPE=multipart/form-data; boundary=b", "CONTENT_LENGTH=57",
	    NULL };
	struct req r;
	struct body b;

	ck_assert_int_eq(read_req(env, "--b\r\nContent-Disposition: form-data; "
	    "name=\"k\"\r\n\r\nv\r\n--b--", &r, &b), REQ_OK);
	ck_assert_str_eq(req_get(&r.form, "k"), "v");
}
END_TEST

START_TEST(test_urlencode)
{
	ck_assert_str_eq(req_urlencode(&a, "/appraisal/?a=1&b=\xc3\xa9"),
	    "/appraisal/%3Fa%3D1%26b%3D%C3%A9");
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("req");
	TCase *t = tcase_create("req");

	tcase_add_checked_fixture(t, setup, teardown);
	tcase_add_test(t, test_pairs);
	tcase_add_test(t, test_plus_and_percent);
	tcase_add_test(t, test_bad_escapes);
	tcase_add_test(t, test_invalid_utf8);
	tcase_add_test(t, test_repeated_missing_empty);
	tcase_add_test(t, test_limits);
	tcase_add_test(t, test_raw_nul);
	tcase_add_test(t, test_cookies);
	tcase_add_test(t, test_route_path);
	tcase_add_test(t, test_read_post);
	tcase_add_test(t, test_read_too_large_not_read);
	tcase_add_test(t, test_read_bad_requests);
	tcase_add_test(t, test_read_head_and_proxy_ignored);
	tcase_add_test(t, test_urlencode);
	tcase_add_test(t, test_multipart);
	tcase_add_test(t, test_multipart_refused);
	tcase_add_test(t, test_multipart_nul_and_fields);
	tcase_add_test(t, test_multipart_nul_in_name);
	tcase_add_test(t, test_read_multipart_post);
	tcase_add_test(t, test_multipart_mutations);
	suite_add_tcase(s, t);
	return s;
}

UNIT_MAIN(suite)
