/* Unit tests of lib/conf: the HDF configuration and its errors. */
#include <string.h>

#include "conf.h"
#include "unit.h"

static struct conf c;
static char err[CONF_ERR_LEN];

static void
setup(void)
{
	conf_init(&c);
}

static void
teardown(void)
{
	conf_free(&c);
}

static int
parse(const char *text)
{
	return conf_parse(&c, "test.hdf", text, err, sizeof(err));
}

START_TEST(test_blocks_dots_comments)
{
	ck_assert_int_eq(parse("# a comment\n\nDatabase {\n  User = app\n"
	    "  Password = p w = x\n}\nDatabase.Port = 3307\n"
	    "Directory {\n Attr {\n  Login = sAMAccountName\n }\n}\n"), 0);
	ck_assert_str_eq(conf_str(&c, "Database.User"), "app");
	ck_assert_str_eq(conf_str(&c, "Database.Password"), "p w = x");
	ck_assert_int_eq(conf_int(&c, "Database.Port"), 3307);
	ck_assert_str_eq(conf_str(&c, "Directory.Attr.Login"), "sAMAccountName");
}
END_TEST

START_TEST(test_defaults)
{
	ck_assert_int_eq(parse(""), 0);
	ck_assert_str_eq(conf_str(&c, "Site.Prefix"), "/appraisal/");
	ck_assert_int_eq(conf_int(&c, "Session.IdleMinutes"), 30);
	ck_assert_int_eq(conf_isset(&c, "Site.Prefix"), 0);
	ck_assert_str_eq(conf_str(&c, "No.Such"), "");
}
END_TEST

START_TEST(test_prefix_is_a_path)
{
	ck_assert_int_eq(parse("Site.Prefix = /\n"), 0);
	ck_assert_int_eq(parse("Site.Prefix = /staff-area/pm_2027/\n"), 0);
	ck_assert_str_eq(conf_str(&c, "Site.Prefix"), "/staff-area/pm_2027/");
}
END_TEST

static void
expect_error(const char *text, const char *part1, const char *part2)
{
	conf_free(&c);
	conf_init(&c);
	ck_assert_int_eq(parse(text), -1);
	ck_assert_msg(strstr(err, part1) != NULL, "'%s' not in '%s'", part1, err);
	ck_assert_msg(strstr(err, part2) != NULL, "'%s' not in '%s'", part2, err);
}

START_TEST(test_errors_name_the_line)
{
	expect_error("Site {\n Name = x\n Colour = red\n}\n", "line 3",
	    "Site.Colour");
	expect_error("Database.Port = abc\n", "line 1", "whole number");
	expect_error("\nDatabase.Port = 70000\n", "line 2", "out of range");
	expect_error("Database {\n User = x\n", "test.hdf", "not closed");
	expect_error("}\n", "line 1", "without a block");
	expect_error("Database\n", "line 1", "expected");
	expect_error("Directory.StartTLS = maybe\n", "line 1", "true or false");
	expect_error("Database.User =\n", "line 1", "must not be empty");
	expect_error("Bad Name = 1\n", "line 1", "not a valid setting name");
	/* Site.Prefix starts every href and form action of every page */
	expect_error("Site.Prefix = javascript:alert(1)//\n", "line 1", "URL path");
	expect_error("Site.Prefix = //evil.example/\n", "line 1", "URL path");
	expect_error("Site.Prefix = /appraisal\n", "line 1", "URL path");
	expect_error("Site.Prefix = /a\"b/\n", "line 1", "URL path");
	expect_error("Site.Prefix = /a b/\n", "line 1", "URL path");
}
END_TEST

START_TEST(test_required)
{
	ck_assert_int_eq(parse("Database.User = x\n"), 0);
	ck_assert_int_eq(conf_check(&c, err, sizeof(err)), -1);
	ck_assert_ptr_nonnull(strstr(err, "Directory.Uri"));
	ck_assert_int_eq(parse("Directory.Uri = ldap://x.example\n"
	    "Directory.Base = ou=staff\n"), 0);
	ck_assert_int_eq(conf_check(&c, err, sizeof(err)), 0);
}
END_TEST

#define CONF_REQ "Database.User = x\nDirectory.Base = dc=x\n"

/* Plain ldap:// only with an explicit Directory.AllowPlainLDAP; StartTLS
 * is the default for ldap:// URIs. */
START_TEST(test_plain_ldap_refused)
{
	ck_assert_int_eq(parse(CONF_REQ "Directory.Uri = ldap://x.example\n"
	    "Directory.StartTLS = false\n"), 0);
	ck_assert_int_eq(conf_check(&c, err, sizeof(err)), -1);
	ck_assert_ptr_nonnull(strstr(err, "AllowPlainLDAP"));
	ck_assert_int_eq(conf_ldap_transport(&c), CONF_LDAP_PLAIN_REFUSED);

	conf_free(&c);
	conf_init(&c);
	ck_assert_int_eq(parse(CONF_REQ "Directory.Uri = LDAP://x.example\n"),
	    0);
	ck_assert_int_eq(conf_check(&c, err, sizeof(err)), 0);
	ck_assert_int_eq(conf_starttls(&c), 1);
	ck_assert_int_eq(conf_ldap_transport(&c), CONF_LDAP_TLS);

	conf_free(&c);
	conf_init(&c);
	ck_assert_int_eq(parse(CONF_REQ "Directory.Uri = ldaps://a ldap://b\n"
	    "Directory.AllowPlainLDAP = true\n"), 0);
	ck_assert_int_eq(conf_check(&c, err, sizeof(err)), 0);
	ck_assert_int_eq(conf_starttls(&c), 0);
	ck_assert_int_eq(conf_ldap_transport(&c), CONF_LDAP_PLAIN_ALLOWED);

	conf_free(&c);
	conf_init(&c);
	ck_assert_int_eq(parse(CONF_REQ "Directory.Uri = ldaps://x.example\n"),
	    0);
	ck_assert_int_eq(conf_check(&c, err, sizeof(err)), 0);
	ck_assert_int_eq(conf_starttls(&c), 0);
	ck_assert_int_eq(conf_ldap_transport(&c), CONF_LDAP_TLS);
}
END_TEST

START_TEST(test_override_and_bools)
{
	ck_assert_int_eq(parse("Database.User = a\nDirectory.StartTLS = yes\n"), 0);
	ck_assert_int_eq(parse("Database.User = b\n"), 0);
	ck_assert_str_eq(conf_str(&c, "Database.User"), "b");
	ck_assert_int_eq(conf_int(&c, "Directory.StartTLS"), 1);
	ck_assert_int_eq(parse("Directory.StartTLS = false\n"), 0);
	ck_assert_int_eq(conf_int(&c, "Directory.StartTLS"), 0);
	ck_assert_int_eq(conf_isset(&c, "Database.User"), 1);
}
END_TEST

START_TEST(test_missing_file)
{
	ck_assert_int_eq(conf_load(&c, "/nonexistent/appraisal.hdf", err,
	    sizeof(err)), -1);
	ck_assert_ptr_nonnull(strstr(err, "/nonexistent/appraisal.hdf"));
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("conf");
	TCase *t = tcase_create("conf");

	tcase_add_checked_fixture(t, setup, teardown);
	tcase_add_test(t, test_blocks_dots_comments);
	tcase_add_test(t, test_defaults);
	tcase_add_test(t, test_prefix_is_a_path);
	tcase_add_test(t, test_errors_name_the_line);
	tcase_add_test(t, test_required);
	tcase_add_test(t, test_plain_ldap_refused);
	tcase_add_test(t, test_override_and_bools);
	tcase_add_test(t, test_missing_file);
	suite_add_tcase(s, t);
	return s;
}

UNIT_MAIN(suite)
