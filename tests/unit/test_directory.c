/*
 * Unit tests of lib/directory.c that need no directory server: filter
 * escaping, user-name checks, and input refused before any network
 * traffic. Build:
 *   cc -std=c11 -D_DEFAULT_SOURCE -Wall -Wextra -Werror -Ilib \
 *     tests/unit/test_directory.c lib/directory.c \
 *     $(pkg-config --cflags --libs check) -lldap -llber
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include <check.h>

#include "directory.h"

static char closed_uri[64];

/* A loopback port nobody listens on: bind port 0, note it, close it. */
static void
closed_uri_init(void)
{
	struct sockaddr_in sa;
	socklen_t len = sizeof(sa);
	int fd;

	memset(&sa, 0, sizeof(sa));
	sa.sin_family = AF_INET;
	sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	fd = socket(AF_INET, SOCK_STREAM, 0);
	ck_assert_int_ge(fd, 0);
	ck_assert_int_eq(bind(fd, (struct sockaddr *)&sa, sizeof(sa)), 0);
	ck_assert_int_eq(getsockname(fd, (struct sockaddr *)&sa, &len), 0);
	close(fd);
	snprintf(closed_uri, sizeof(closed_uri), "ldap://127.0.0.1:%u/",
	    (unsigned)ntohs(sa.sin_port));
}

static struct directory_conf
test_conf(void)
{
	struct directory_conf c = {
		.uri = closed_uri,
		.bind_dn = "cn=appraisal-svc,ou=service,dc=fernhill,dc=example",
		.bind_password = "not-a-real-password",
		.base = "ou=staff,dc=fernhill,dc=example",
		.group_base = "ou=groups,dc=fernhill,dc=example",
		.upn_suffix = "fernhill.example",
		.attr_login = "uid",
		.attr_name = "displayName",
		.attr_mail = "mail",
		.attr_title = "title",
		.attr_school = "o",
		.object_class = "inetOrgPerson",
		.network_timeout = 2,
		.timeout = 3,
	};
	return c;
}

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Escape in[0..len) into a buffer of outsz; expect want (NULL: -1). */
static void
check_escape(const char *in, size_t len, size_t outsz, const char *want)
{
	char out[256];
	int n;

	ck_assert_uint_le(outsz, sizeof(out));
	memset(out, 'x', sizeof(out));
	n = directory_escape_filter(in, len, out, outsz);
	if (want == NULL) {
		ck_assert_int_eq(n, -1);
		ck_assert_str_eq(out, "");
		return;
	}
	ck_assert_int_eq(n, (int)strlen(want));
	ck_assert_str_eq(out, want);
}

START_TEST(escape_specials)
{
	check_escape("*", 1, 16, "\\2a");
	check_escape("(", 1, 16, "\\28");
	check_escape(")", 1, 16, "\\29");
	check_escape("\\", 1, 16, "\\5c");
	check_escape("a\0b", 3, 16, "a\\00b");
	check_escape("\0", 1, 16, "\\00");
}
END_TEST

START_TEST(escape_plain_and_utf8)
{
	check_escape("jsmith", 6, 16, "jsmith");
	check_escape("Si\xc3\xa2n O'Neill-Jones",
	    strlen("Si\xc3\xa2n O'Neill-Jones"), 64,
	    "Si\xc3\xa2n O'Neill-Jones");
	check_escape("", 0, 1, "");
}
END_TEST

START_TEST(escape_injection)
{
	const char *in = "admin*)(|(uid=*";

	check_escape(in, strlen(in), 64, "admin\\2a\\29\\28|\\28uid=\\2a");
}
END_TEST

START_TEST(escape_buffer_sizes)
{
	char out[4];

	check_escape("abc", 3, 4, "abc");		/* exact fit */
	check_escape("abcd", 4, 4, NULL);		/* one short */
	check_escape("*", 1, 4, "\\2a");		/* exact fit */
	check_escape("*", 1, 3, NULL);
	check_escape("a*", 2, 4, NULL);
	check_escape("", 0, 1, "");
	ck_assert_int_eq(directory_escape_filter("a", 1, out, 0), -1);
	ck_assert_int_eq(directory_escape_filter("a", 1, NULL, 4), -1);
}
END_TEST

static char *
repeat(char c, size_t n)
{
	char *s = malloc(n + 1);

	ck_assert_ptr_nonnull(s);
	memset(s, c, n);
	s[n] = '\0';
	return s;
}

START_TEST(check_user_lengths)
{
	char *s256 = repeat('a', DIRECTORY_USER_MAX);
	char *s257 = repeat('a', DIRECTORY_USER_MAX + 1);
	char *s10k = repeat('a', 10 * 1024);

	ck_assert_int_eq(directory_check_user(NULL), -1);
	ck_assert_int_eq(directory_check_user(""), -1);
	ck_assert_int_eq(directory_check_user("a"), 0);
	ck_assert_int_eq(directory_check_user(s256), 0);
	ck_assert_int_eq(directory_check_user(s257), -1);
	ck_assert_int_eq(directory_check_user(s10k), -1);
	free(s256);
	free(s257);
	free(s10k);
}
END_TEST

START_TEST(check_user_characters)
{
	ck_assert_int_eq(directory_check_user("jsmith"), 0);
	ck_assert_int_eq(directory_check_user("Si\xc3\xa2n"), 0);
	ck_assert_int_eq(directory_check_user("j.smith@fernhill.example"), 0);
	ck_assert_int_eq(directory_check_user("\xf0\x9f\x8d\x8e"), 0);
	ck_assert_int_eq(directory_check_user("admin*)(|(uid=*"), 0);
	ck_assert_int_eq(directory_check_user("j\nsmith"), -1);
	ck_assert_int_eq(directory_check_user("\tjsmith"), -1);
	ck_assert_int_eq(directory_check_user("jsmith\x7f"), -1);
	ck_assert_int_eq(directory_check_user("j\xc2\x85smith"), -1); /* C1 */
	ck_assert_int_eq(directory_check_user("\xff"), -1);
	ck_assert_int_eq(directory_check_user("\xc0\xaf"), -1);	/* overlong */
	ck_assert_int_eq(directory_check_user("\xe0\x80\xaf"), -1);
	ck_assert_int_eq(directory_check_user("\xed\xa0\x80"), -1); /* UTF-16 */
	ck_assert_int_eq(directory_check_user("\xf4\x90\x80\x80"), -1);
	ck_assert_int_eq(directory_check_user("Si\xc3"), -1);	/* truncated */
	ck_assert_int_eq(directory_check_user("\xa2"), -1);
}
END_TEST

static void
person_poison(struct directory_person *p)
{
	memset(p, 0x5a, sizeof(*p));
}

static int
person_is_zero(const struct directory_person *p)
{
	return p->dn == NULL && p->login == NULL && p->name == NULL &&
	    p->mail == NULL && p->title == NULL && p->school == NULL &&
	    p->groups == NULL && p->ngroups == 0;
}

/* directory_login() must answer want without touching the network. */
static void
check_refused(const struct directory_conf *c, const char *user,
    const char *password, enum directory_result want)
{
	struct directory_person p;
	double t0 = now();

	person_poison(&p);
	ck_assert_int_eq(directory_login(c, user, password, &p), want);
	ck_assert(person_is_zero(&p));
	ck_assert(now() - t0 < 0.5);
}

START_TEST(login_bad_input)
{
	struct directory_conf c = test_conf();
	char *pw_long = repeat('p', DIRECTORY_PASSWORD_MAX + 1);
	char *pw_max = repeat('p', DIRECTORY_PASSWORD_MAX);
	char *u10k = repeat('u', 10 * 1024);

	check_refused(&c, "jsmith", "", DIRECTORY_BAD_INPUT);
	check_refused(&c, "jsmith", NULL, DIRECTORY_BAD_INPUT);
	check_refused(&c, u10k, "secret", DIRECTORY_BAD_INPUT);
	check_refused(&c, "", "secret", DIRECTORY_BAD_INPUT);
	check_refused(&c, NULL, "secret", DIRECTORY_BAD_INPUT);
	check_refused(&c, "j\rsmith", "secret", DIRECTORY_BAD_INPUT);
	check_refused(&c, "\xc0\xaf", "secret", DIRECTORY_BAD_INPUT);
	check_refused(&c, "jsmith", pw_long, DIRECTORY_BAD_INPUT);
	c.bind_dn = "";		/* direct bind: same checks */
	check_refused(&c, "jsmith", "", DIRECTORY_BAD_INPUT);
	check_refused(&c, u10k, "secret", DIRECTORY_BAD_INPUT);
	c = test_conf();	/* longest password passes the checks */
	ck_assert_int_eq(directory_login(&c, "jsmith", pw_max, &(struct
	    directory_person){ 0 }), DIRECTORY_UNAVAILABLE);
	free(pw_long);
	free(pw_max);
	free(u10k);
}
END_TEST

START_TEST(login_bad_conf)
{
	struct directory_conf c = test_conf();

	c.attr_login = "uid)(uid=*";
	check_refused(&c, "jsmith", "secret", DIRECTORY_ERROR);
	c = test_conf();
	c.object_class = "";
	check_refused(&c, "jsmith", "secret", DIRECTORY_ERROR);
	c = test_conf();
	c.attr_school = "o;binary";
	check_refused(&c, "jsmith", "secret", DIRECTORY_ERROR);
	c = test_conf();
	c.base = NULL;
	check_refused(&c, "jsmith", "secret", DIRECTORY_ERROR);
	c = test_conf();
	c.bind_password = "";	/* would be an unauthenticated bind */
	check_refused(&c, "jsmith", "secret", DIRECTORY_UNAVAILABLE);
	c = test_conf();
	c.bind_dn = NULL;
	c.upn_suffix = "";
	check_refused(&c, "jsmith", "secret", DIRECTORY_UNAVAILABLE);
}
END_TEST

/* Active Directory settings: bad ones refused, good ones reach the
 * network, and an empty password is still refused before it. */
START_TEST(login_ad_conf)
{
	struct directory_conf c = test_conf();
	const char *bad_filters[] = { "objectCategory=person", "(a)(b)",
	    "((a)", "(a))", ")(", "(a\n)", "(a\x01)" };
	size_t i;

	c.ad = 1;
	c.nested_groups = 1;
	c.group_class = "group";
	c.attr_upn = "userPrincipalName";
	c.domain = "FERNHILL";
	c.user_filter = "(objectCategory=person)";
	check_refused(&c, "FERNHILL\\jsmith", "", DIRECTORY_BAD_INPUT);
	check_refused(&c, "jsmith@fernhill.example", "", DIRECTORY_BAD_INPUT);
	ck_assert_int_eq(directory_login(&c, "jsmith@fernhill.example",
	    "secret", &(struct directory_person){ 0 }), DIRECTORY_UNAVAILABLE);
	c.bind_dn = "";		/* direct bind */
	ck_assert_int_eq(directory_login(&c, "FERNHILL\\jsmith", "secret",
	    &(struct directory_person){ 0 }), DIRECTORY_UNAVAILABLE);
	c = test_conf();
	for (i = 0; i < sizeof(bad_filters) / sizeof(bad_filters[0]); i++) {
		c.user_filter = bad_filters[i];
		check_refused(&c, "jsmith", "secret", DIRECTORY_ERROR);
	}
	c = test_conf();
	c.group_class = "group)(x";
	check_refused(&c, "jsmith", "secret", DIRECTORY_ERROR);
	c = test_conf();
	c.attr_upn = "userPrincipalName;x";
	check_refused(&c, "jsmith", "secret", DIRECTORY_ERROR);
}
END_TEST

START_TEST(login_closed_port)
{
	struct directory_conf c = test_conf();
	struct directory_person p;
	double t0 = now();

	person_poison(&p);
	ck_assert_int_eq(directory_login(&c, "jsmith", "secret", &p),
	    DIRECTORY_UNAVAILABLE);
	ck_assert(person_is_zero(&p));
	c.bind_dn = "";
	ck_assert_int_eq(directory_login(&c, "jsmith", "secret", &p),
	    DIRECTORY_UNAVAILABLE);
	ck_assert(person_is_zero(&p));
	c = test_conf();
	ck_assert_int_eq(directory_lookup(&c, "jsmith", &p),
	    DIRECTORY_UNAVAILABLE);
	ck_assert(now() - t0 < 2.0);
}
END_TEST

static int
list_never(const struct directory_person *p, void *arg)
{
	(void)p;
	(void)arg;
	ck_abort_msg("no person expected");
	return -1;
}

START_TEST(lookup_and_list_checks)
{
	struct directory_conf c = test_conf();
	struct directory_person p;

	person_poison(&p);
	ck_assert_int_eq(directory_lookup(&c, "", &p), DIRECTORY_BAD_INPUT);
	ck_assert(person_is_zero(&p));
	ck_assert_int_eq(directory_lookup(&c, "a\nb", &p),
	    DIRECTORY_BAD_INPUT);
	ck_assert_int_eq(directory_list(&c, list_never, NULL),
	    DIRECTORY_UNAVAILABLE);
	c.bind_dn = "";		/* both need the service account */
	ck_assert_int_eq(directory_lookup(&c, "jsmith", &p), DIRECTORY_ERROR);
	ck_assert_int_eq(directory_list(&c, list_never, NULL),
	    DIRECTORY_ERROR);
	ck_assert_int_eq(directory_list(&c, NULL, NULL), DIRECTORY_ERROR);
}
END_TEST

START_TEST(result_names)
{
	ck_assert_str_eq(directory_result_str(DIRECTORY_OK), "OK");
	ck_assert_str_eq(directory_result_str(DIRECTORY_BAD_INPUT),
	    "BAD_INPUT");
	ck_assert_str_eq(directory_result_str(DIRECTORY_BAD_CREDENTIALS),
	    "BAD_CREDENTIALS");
	ck_assert_str_eq(directory_result_str(DIRECTORY_UNAVAILABLE),
	    "UNAVAILABLE");
	ck_assert_str_eq(directory_result_str(DIRECTORY_ERROR), "ERROR");
	ck_assert_str_eq(directory_result_str((enum directory_result)99),
	    "UNKNOWN");
	ck_assert_str_eq(directory_result_str(DIRECTORY_ACCOUNT_DISABLED),
	    "ACCOUNT_DISABLED");
	ck_assert_str_eq(directory_result_str(DIRECTORY_NOT_PERMITTED),
	    "NOT_PERMITTED");
	/* An unknown user and a wrong password are told the same. */
	ck_assert_str_eq(directory_result_message(DIRECTORY_BAD_INPUT),
	    directory_result_message(DIRECTORY_BAD_CREDENTIALS));
	ck_assert_ptr_nonnull(strstr(directory_result_message(
	    DIRECTORY_ACCOUNT_DISABLED), "disabled"));
	ck_assert_ptr_nonnull(strstr(directory_result_message(
	    DIRECTORY_PASSWORD_EXPIRED), "expired"));
	ck_assert_ptr_nonnull(strstr(directory_result_message(
	    DIRECTORY_MUST_CHANGE_PASSWORD), "change your password"));
	ck_assert_ptr_nonnull(strstr(directory_result_message(
	    DIRECTORY_ACCOUNT_LOCKED), "locked"));
	ck_assert_str_eq(directory_result_message((enum directory_result)99),
	    directory_result_message(DIRECTORY_ERROR));
	/* A lock-out is shown as a wrong password (AD says 775 for any). */
	ck_assert_int_eq(directory_result_shown(DIRECTORY_ACCOUNT_LOCKED),
	    DIRECTORY_BAD_CREDENTIALS);
	ck_assert_int_eq(directory_result_shown(DIRECTORY_ACCOUNT_DISABLED),
	    DIRECTORY_ACCOUNT_DISABLED);
	ck_assert_int_eq(directory_result_shown(DIRECTORY_OK), DIRECTORY_OK);
}
END_TEST

START_TEST(user_key)
{
	struct directory_conf c = test_conf();
	char out[16];

	c.domain = "FERNHILL";
	ck_assert_str_eq(directory_user_key(&c, "JSmith", out, sizeof(out)),
	    "jsmith");
	ck_assert_str_eq(directory_user_key(&c, "fernhill\\JSmith", out,
	    sizeof(out)), "jsmith");
	ck_assert_str_eq(directory_user_key(&c, "JSmith@Fernhill.Example", out,
	    sizeof(out)), "jsmith");
	ck_assert_str_eq(directory_user_key(&c, "OTHER\\jsmith", out,
	    sizeof(out)), "other\\jsmith");
	ck_assert_str_eq(directory_user_key(&c, "jsmith@elsewhere.example",
	    out, sizeof(out)), "jsmith@elsewher");	/* truncated */
	ck_assert_str_eq(directory_user_key(&c, "Si\xc3\xa2N", out,
	    sizeof(out)), "si\xc3\xa2n");
	c.domain = NULL;
	c.upn_suffix = NULL;
	ck_assert_str_eq(directory_user_key(&c, "A\\B@fernhill.example", out,
	    sizeof(out)), "a\\b@fernhill.ex");
	ck_assert_str_eq(directory_user_key(NULL, "ABC", out, sizeof(out)),
	    "abc");
	ck_assert_str_eq(directory_user_key(&c, NULL, out, sizeof(out)), "");
}
END_TEST

START_TEST(last_problem)
{
	struct directory_conf c = test_conf();

	c.attr_login = "";
	check_refused(&c, "jsmith", "secret", DIRECTORY_ERROR);
	ck_assert_ptr_nonnull(strstr(directory_last_problem(), "attr_login"));
}
END_TEST

START_TEST(person_free_zeroed)
{
	struct directory_person p = { 0 };

	directory_person_free(&p);
	directory_person_free(NULL);
	p.dn = malloc(4);
	p.groups = calloc(2, sizeof(*p.groups));
	ck_assert_ptr_nonnull(p.groups);
	p.groups[0] = malloc(4);
	p.ngroups = 2;		/* a NULL slot is freed harmlessly */
	directory_person_free(&p);
	ck_assert(person_is_zero(&p));
}
END_TEST

static Suite *
directory_suite(void)
{
	Suite *s = suite_create("directory");
	TCase *esc = tcase_create("escape");
	TCase *user = tcase_create("check_user");
	TCase *login = tcase_create("login");

	tcase_add_test(esc, escape_specials);
	tcase_add_test(esc, escape_plain_and_utf8);
	tcase_add_test(esc, escape_injection);
	tcase_add_test(esc, escape_buffer_sizes);
	tcase_add_test(user, check_user_lengths);
	tcase_add_test(user, check_user_characters);
	tcase_add_checked_fixture(login, closed_uri_init, NULL);
	tcase_add_test(login, login_bad_input);
	tcase_add_test(login, login_bad_conf);
	tcase_add_test(login, login_ad_conf);
	tcase_add_test(login, last_problem);
	tcase_add_test(login, user_key);
	tcase_add_test(login, login_closed_port);
	tcase_add_test(login, lookup_and_list_checks);
	tcase_add_test(login, result_names);
	tcase_add_test(login, person_free_zeroed);
	suite_add_tcase(s, esc);
	suite_add_tcase(s, user);
	suite_add_tcase(s, login);
	return s;
}

int
main(void)
{
	SRunner *sr = srunner_create(directory_suite());
	int failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
