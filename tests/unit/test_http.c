/* Unit tests of lib/http: response heads, security headers, cookies. */
#include <string.h>

#include "arena.h"
#include "http.h"
#include "unit.h"

static struct arena a;

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

static struct http_resp
resp(int status)
{
	struct http_resp r;

	memset(&r, 0, sizeof(r));
	r.status = status;
	r.debug_queries = -1;
	return r;
}

#define HAS(h, s) ck_assert_msg(strstr((h), (s)) != NULL, "missing %s", (s))
#define LACKS(h, s) ck_assert_msg(strstr((h), (s)) == NULL, "has %s", (s))

START_TEST(test_security_headers)
{
	struct http_resp r = resp(200);
	char *h = http_head(&a, &r);

	ck_assert_ptr_nonnull(h);
	ck_assert_int_eq(strncmp(h, "Status: 200 OK\r\n", 16), 0);
	HAS(h, "Content-Type: text/html; charset=utf-8\r\n");
	HAS(h, "Cache-Control: no-store\r\n");
	HAS(h, "frame-ancestors 'none'");
	HAS(h, "X-Content-Type-Options: nosniff\r\n");
	HAS(h, "Referrer-Policy: same-origin\r\n");
	LACKS(h, "unsafe-inline");
	LACKS(h, "Strict-Transport-Security");
	LACKS(h, "X-Appraisal-Queries");
	ck_assert_str_eq(h + strlen(h) - 4, "\r\n\r\n");
}
END_TEST

START_TEST(test_cookies)
{
	struct http_resp r = resp(200);
	char *h;

	http_add_cookie(&r, "s", "abc", "/appraisal/", -1);
	http_add_cookie(&r, "old", "", "/appraisal/", 0);
	h = http_head(&a, &r);
	HAS(h, "Set-Cookie: s=abc; Path=/appraisal/; HttpOnly; SameSite=Lax\r\n");
	HAS(h, "Set-Cookie: old=; Path=/appraisal/; Max-Age=0; HttpOnly; "
	    "SameSite=Lax\r\n");
	LACKS(h, "Secure");
	r.https = 1;
	h = http_head(&a, &r);
	HAS(h, "SameSite=Lax; Secure\r\n");
	HAS(h, "Strict-Transport-Security: max-age=31536000\r\n");
	/* __Host- cookies over HTTPS: Secure, Path=/, no Domain. */
	HAS(h, "Set-Cookie: __Host-s=abc; Path=/; HttpOnly; SameSite=Lax; "
	    "Secure\r\n");
	HAS(h, "Set-Cookie: __Host-old=; Path=/; Max-Age=0; HttpOnly; "
	    "SameSite=Lax; Secure\r\n");
	LACKS(h, "Domain");
	LACKS(h, "Set-Cookie: s=");
}
END_TEST

/* A TLS-terminating proxy counts only from its own address. */
START_TEST(test_forwarded_https)
{
	const char *list = "10.0.0.5, 10.0.0.6 192.168.1.1";

	ck_assert_int_eq(http_forwarded_https("10.0.0.5", list, "https"), 1);
	ck_assert_int_eq(http_forwarded_https("10.0.0.6", list, "HTTPS"), 1);
	ck_assert_int_eq(http_forwarded_https("192.168.1.1", list, "https"), 1);
	ck_assert_int_eq(http_forwarded_https("10.0.0.5", list, "http"), 0);
	ck_assert_int_eq(http_forwarded_https("10.0.0.50", list, "https"), 0);
	ck_assert_int_eq(http_forwarded_https("10.0.0.", list, "https"), 0);
	ck_assert_int_eq(http_forwarded_https("0.0.5", list, "https"), 0);
	ck_assert_int_eq(http_forwarded_https("", list, "https"), 0);
	ck_assert_int_eq(http_forwarded_https("10.0.0.5", "", "https"), 0);
	ck_assert_int_eq(http_forwarded_https("10.0.0.5", list, NULL), 0);
	ck_assert_int_eq(http_forwarded_https("10.0.0.5", list,
	    "https, http"), 0);
}
END_TEST

START_TEST(test_injection_refused)
{
	struct http_resp r = resp(303);

	r.location = "/appraisal/\r\nSet-Cookie: x=1";
	ck_assert_ptr_null(http_head(&a, &r));
	r = resp(200);
	http_add_cookie(&r, "s", "a;b", "/", -1);
	ck_assert_ptr_null(http_head(&a, &r));
	r = resp(200);
	http_add_cookie(&r, "s", "a\rb", "/", -1);
	ck_assert_ptr_null(http_head(&a, &r));
}
END_TEST

START_TEST(test_redirect_allow_queries)
{
	struct http_resp r = resp(303);
	char *h;

	r.location = "/appraisal/";
	h = http_head(&a, &r);
	HAS(h, "Status: 303 See Other\r\n");
	HAS(h, "Location: /appraisal/\r\n");
	r = resp(405);
	r.allow = "GET, HEAD";
	r.debug_queries = 3;
	h = http_head(&a, &r);
	HAS(h, "Allow: GET, HEAD\r\n");
	HAS(h, "X-Appraisal-Queries: 3\r\n");
	ck_assert_str_eq(http_reason(413), "Payload Too Large");
	ck_assert_str_eq(http_reason(299), "Unknown");
}
END_TEST

START_TEST(test_cookie_limit)
{
	struct http_resp r = resp(200);
	int i;

	for (i = 0; i < HTTP_COOKIES_MAX; i++)
		ck_assert_int_eq(http_add_cookie(&r, "a", "b", "/", -1), 0);
	ck_assert_int_eq(http_add_cookie(&r, "a", "b", "/", -1), -1);
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("http");
	TCase *t = tcase_create("http");

	tcase_add_checked_fixture(t, setup, teardown);
	tcase_add_test(t, test_security_headers);
	tcase_add_test(t, test_cookies);
	tcase_add_test(t, test_forwarded_https);
	tcase_add_test(t, test_injection_refused);
	tcase_add_test(t, test_redirect_allow_queries);
	tcase_add_test(t, test_cookie_limit);
	suite_add_tcase(s, t);
	return s;
}

UNIT_MAIN(suite)
