/* Unit tests of the small pure pieces: session expiry, throttling, arena,
 * buffers, roles, the access table and the request's log lines. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "access.h"
#include "arena.h"
#include "buf.h"
#include "conf.h"
#include "log.h"
#include "role.h"
#include "session.h"
#include "throttle.h"
#include "unit.h"

START_TEST(test_session_expiry)
{
	long idle = 3600, max = 36000;

	ck_assert_int_eq(session_expired(1000, 1000, 1000 + idle - 1, idle, max), 0);
	ck_assert_int_eq(session_expired(1000, 1000, 1000 + idle, idle, max), 1);
	/* Active all along, but past the absolute limit. */
	ck_assert_int_eq(session_expired(1000, 1000 + max - 10, 1000 + max - 1,
	    idle, max), 0);
	ck_assert_int_eq(session_expired(1000, 1000 + max - 10, 1000 + max,
	    idle, max), 1);
	/* The clock stepped back a little: still fine; a lot: ended. */
	ck_assert_int_eq(session_expired(1000, 1000, 900, idle, max), 0);
	ck_assert_int_eq(session_expired(1000, 1000, 100, idle, max), 1);
}
END_TEST

START_TEST(test_throttle_rule)
{
	/* Login.MaxFailuresPerUser = 5: five attempts go to the directory,
	 * the sixth and later in the window are refused. */
	ck_assert_int_eq(throttle_over(1, 5), 0);
	ck_assert_int_eq(throttle_over(5, 5), 0);
	ck_assert_int_eq(throttle_over(6, 5), 1);
	ck_assert_int_eq(throttle_over(40, 5), 1);
}
END_TEST

START_TEST(test_arena)
{
	struct arena a;
	char *p, *q, *big;
	int i;

	arena_init(&a, 300000);
	p = arena_alloc(&a, 10);
	ck_assert_ptr_nonnull(p);
	ck_assert_uint_eq((uintptr_t)p % _Alignof(max_align_t), 0);
	for (i = 0; i < 10; i++)
		ck_assert_int_eq(p[i], 0);
	big = arena_alloc(&a, 100000);
	ck_assert_ptr_nonnull(big);
	memset(big, 1, 100000);
	ck_assert_ptr_null(arena_alloc(&a, 250000));	/* over the cap */
	q = arena_printf(&a, "%s-%d", "x", 42);
	ck_assert_str_eq(q, "x-42");
	ck_assert_str_eq(arena_strndup(&a, "abcdef", 3), "abc");
	arena_reset(&a);
	ck_assert_uint_eq(a.used, 0);
	ck_assert_ptr_nonnull(arena_alloc(&a, 250000));
	arena_free(&a);
}
END_TEST

/* A size near SIZE_MAX must not wrap when rounded up to the alignment
 * (it did: SIZE_MAX became one aligned unit, then memset ran past it):
 * NULL, nothing allocated, no crash. */
START_TEST(test_arena_overflow)
{
	struct arena a;
	size_t i;

	arena_init(&a, 1 << 20);
	for (i = 0; i < 64; i++)
		ck_assert_ptr_null(arena_alloc(&a, SIZE_MAX - i));
	ck_assert_ptr_null(arena_strndup(&a, "x", SIZE_MAX));
	ck_assert_uint_eq(a.used, 0);
	ck_assert_ptr_nonnull(arena_alloc(&a, 10));
	arena_free(&a);
}
END_TEST

START_TEST(test_buf)
{
	struct buf b;

	buf_init(&b, 8);
	ck_assert_int_eq(buf_puts(&b, "abcd"), 0);
	ck_assert_int_eq(buf_puts(&b, "efgh"), 0);
	ck_assert_int_eq(buf_puts(&b, "i"), -1);
	ck_assert_str_eq(b.p, "abcdefgh");
	buf_reset(&b);
	ck_assert_uint_eq(b.len, 0);
	ck_assert_str_eq(b.p, "");
	buf_free(&b);
}
END_TEST

START_TEST(test_roles)
{
	char text[256];
	unsigned int r = ROLE_STAFF | ROLE_TEACHER | ROLE_PM_LEAD;

	role_set_text(r, text, sizeof(text));
	ck_assert_str_eq(text, "staff,teacher,pm_lead");
	ck_assert_uint_eq(role_parse(text), r);
	ck_assert_uint_eq(role_parse("teacher,wizard,,governor"),
	    ROLE_TEACHER | ROLE_GOVERNOR);
	ck_assert_uint_eq(role_parse(""), 0);
	role_set_text(0, text, sizeof(text));
	ck_assert_str_eq(text, "");
}
END_TEST

START_TEST(test_roles_from_groups)
{
	struct conf c;
	char err[CONF_ERR_LEN];
	char *groups[] = { "CN=Headteachers,OU=Groups,DC=x", "cn=other,dc=x" };

	conf_init(&c);
	ck_assert_int_eq(conf_parse(&c, "t", "Roles.Headteacher = "
	    "cn=headteachers,ou=groups,dc=x\nRoles.Teacher = cn=t,dc=x\n", err,
	    sizeof(err)), 0);
	ck_assert_uint_eq(role_from_groups(&c, groups, 2),
	    ROLE_STAFF | ROLE_HEADTEACHER);
	ck_assert_uint_eq(role_from_groups(&c, groups, 0), ROLE_STAFF);
	conf_free(&c);
}
END_TEST

START_TEST(test_access_routes)
{
	struct actor staff = { .id = 1, .roles = ROLE_STAFF | ROLE_TEACHER };
	struct actor head = { .id = 2, .roles = ROLE_STAFF | ROLE_HEADTEACHER };
	struct actor it = { .id = 3, .roles = ROLE_STAFF | ROLE_IT_ADMIN };

	ck_assert_int_eq(access_route(NULL, ACCESS_PUBLIC).allow, 1);
	ck_assert_int_eq(access_route(NULL, ACCESS_STAFF).allow, 0);
	ck_assert_int_eq(access_route(NULL, ACCESS_SCHOOL_ADMIN).allow, 0);
	ck_assert_int_eq(access_route(&staff, ACCESS_STAFF).allow, 1);
	ck_assert_int_eq(access_route(&staff, ACCESS_SCHOOL_ADMIN).allow, 0);
	ck_assert_int_eq(access_route(&head, ACCESS_SCHOOL_ADMIN).allow, 1);
	ck_assert_int_eq(access_route(&it, ACCESS_SCHOOL_ADMIN).allow, 1);
	ck_assert_int_eq(access_route(&head, ACCESS__COUNT).allow, 0);
	ck_assert_int_eq(access_route(&head, (enum access_cap)-1).allow, 0);
}
END_TEST

static char sunk[LOG_LINE_MAX + 256];

static void
sink(const char *line, size_t len, void *arg)
{
	(void)arg;
	memcpy(sunk, line, len);
	sunk[len] = '\0';
}

START_TEST(test_request_log)
{
	char id[LOG_ID_MAX + 1], big[LOG_ID_MAX + 2];
	size_t i;

	log_request_id("Z2x5Qn8AAQEAAB@uBVkAAAAB", id);
	ck_assert_str_eq(id, "Z2x5Qn8AAQEAAB@uBVkAAAAB");
	for (i = 0; i < 3; i++) {	/* else: 16 random hex characters */
		log_request_id(i == 0 ? NULL : i == 1 ? "" : "a b\n", id);
		ck_assert_uint_eq(strlen(id), 16);
		ck_assert_uint_eq(strspn(id, "0123456789abcdef"), 16);
	}
	memset(big, 'a', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	log_request_id(big, id);
	ck_assert_uint_eq(strlen(id), 16);

	ck_assert_int_eq(log_init("plan"), 0);
	log_request_begin("abc123", sink, NULL);
	fprintf(stderr, "appraisal: db: connect: refused\n");
	ck_assert_str_eq(sunk, "appraisal: plan request abc123: db: connect: "
	    "refused");
	fprintf(stderr, "a forged\rline");
	log_request_end();
	ck_assert_str_eq(sunk, "appraisal: plan request abc123: a forged?line");
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("misc");
	TCase *t = tcase_create("misc");

	tcase_add_test(t, test_session_expiry);
	tcase_add_test(t, test_throttle_rule);
	tcase_add_test(t, test_arena);
	tcase_add_test(t, test_arena_overflow);
	tcase_add_test(t, test_buf);
	tcase_add_test(t, test_roles);
	tcase_add_test(t, test_roles_from_groups);
	tcase_add_test(t, test_access_routes);
	tcase_add_test(t, test_request_log);
	suite_add_tcase(s, t);
	return s;
}

UNIT_MAIN(suite)
