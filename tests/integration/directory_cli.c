/*
 * directory_cli: a manual test driver for lib/directory.c.
 *
 *   directory_cli URI BASE GROUP_BASE SVC_DN SVC_PW USER    (log in)
 *   directory_cli --lookup URI BASE GROUP_BASE SVC_DN SVC_PW USER
 *   directory_cli --list URI BASE GROUP_BASE SVC_DN SVC_PW
 *
 * Log in reads the password from stdin (one line, newline stripped). An
 * empty SVC_DN means direct bind as USER@$DIRECTORY_CLI_UPN_SUFFIX.
 * Prints the result's name (and for a refused log-in "message: " with what
 * the person would be told), then for each person found "dn: ", "login: ",
 * "name: ", "mail: ", "title: ", "school: ", "flags: " (disabled,
 * must-change, locked, expired; Active Directory only) and one "group: " a
 * line.
 * The exit status is the enum directory_result (0 OK, 1 BAD_INPUT,
 * 2 BAD_CREDENTIALS, 3 UNAVAILABLE, 4 ERROR), 64 for a usage error.
 * Timeouts: network 2 s, operation 3 s. Optional environment:
 * DIRECTORY_CLI_STARTTLS=1, DIRECTORY_CLI_CA_FILE, DIRECTORY_CLI_UPN_SUFFIX,
 * DIRECTORY_CLI_ATTR_LOGIN, DIRECTORY_CLI_OBJECT_CLASS,
 * DIRECTORY_CLI_AD=1 (Active Directory: the defaults of
 * Directory.ActiveDirectory = true), DIRECTORY_CLI_DOMAIN,
 * DIRECTORY_CLI_NESTED=0|1, DIRECTORY_CLI_PAGE_SIZE.
 *
 * Built by "make check" (tests/integration/directory_cli in the build
 * directory).
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "directory.h"

#define CLI_USAGE	64

static const char *
env_or(const char *name, const char *fallback)
{
	const char *v = getenv(name);

	return v != NULL && *v != '\0' ? v : fallback;
}

/* argv[0..4]: URI BASE GROUP_BASE SVC_DN SVC_PW */
static struct directory_conf
cli_conf(char **argv)
{
	int ad = strcmp(env_or("DIRECTORY_CLI_AD", "0"), "1") == 0;
	struct directory_conf c = {
		.uri = argv[0],
		.base = argv[1],
		.group_base = argv[2],
		.bind_dn = argv[3],
		.bind_password = argv[4],
		.upn_suffix = env_or("DIRECTORY_CLI_UPN_SUFFIX", ""),
		.attr_login = env_or("DIRECTORY_CLI_ATTR_LOGIN",
		    ad ? "sAMAccountName" : "uid"),
		.attr_name = "displayName",
		.attr_mail = "mail",
		.attr_title = "title",
		.attr_school = ad ? "company" : "o",
		.object_class = env_or("DIRECTORY_CLI_OBJECT_CLASS",
		    ad ? "user" : "inetOrgPerson"),
		.starttls = strcmp(env_or("DIRECTORY_CLI_STARTTLS", "0"),
		    "1") == 0,
		.ca_file = env_or("DIRECTORY_CLI_CA_FILE", NULL),
		.network_timeout = 2,
		.timeout = 3,
		.ad = ad,
		.group_class = ad ? "group" : NULL,
		.nested_groups = strcmp(env_or("DIRECTORY_CLI_NESTED",
		    ad ? "1" : "0"), "1") == 0,
		.attr_upn = ad ? "userPrincipalName" : NULL,
		.domain = env_or("DIRECTORY_CLI_DOMAIN", NULL),
		.user_filter = ad ? "(objectCategory=person)" : NULL,
		.page_size = (int)strtol(env_or("DIRECTORY_CLI_PAGE_SIZE", "0"),
		    NULL, 10),
	};
	return c;
}

static int
cli_print(const struct directory_person *p, void *arg)
{
	size_t i;

	(void)arg;
	printf("dn: %s\nid: %s\nlogin: %s\nname: %s\nmail: %s\ntitle: %s\n"
	    "school: %s\nflags:%s%s%s%s\n", p->dn, p->id, p->login, p->name,
	    p->mail, p->title, p->school,
	    p->flags & DIRECTORY_FLAG_DISABLED ? " disabled" : "",
	    p->flags & DIRECTORY_FLAG_MUST_CHANGE ? " must-change" : "",
	    p->flags & DIRECTORY_FLAG_LOCKED ? " locked" : "",
	    p->flags & DIRECTORY_FLAG_EXPIRED ? " expired" : "");
	for (i = 0; i < p->ngroups; i++)
		printf("group: %s\n", p->groups[i]);
	return 0;
}

/* One line from stdin without its line end, malloc'd ("" at EOF). */
static char *
cli_password(void)
{
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;

	if ((n = getline(&line, &cap, stdin)) < 0) {
		free(line);
		return strdup("");
	}
	while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
		line[--n] = '\0';
	return line;
}

static enum directory_result
cli_login(const struct directory_conf *c, const char *user)
{
	struct directory_person p;
	enum directory_result r;
	char *pw;

	if ((pw = cli_password()) == NULL)
		return DIRECTORY_ERROR;
	r = directory_login(c, user, pw, &p);
	explicit_bzero(pw, strlen(pw));
	free(pw);
	printf("%s\n", directory_result_str(r));
	if (r == DIRECTORY_OK)
		cli_print(&p, NULL);
	else
		printf("message: %s\n", directory_result_message(r));
	directory_person_free(&p);
	return r;
}

static enum directory_result
cli_lookup(const struct directory_conf *c, const char *user)
{
	struct directory_person p;
	enum directory_result r;

	r = directory_lookup(c, user, &p);
	printf("%s\n", directory_result_str(r));
	if (r == DIRECTORY_OK)
		cli_print(&p, NULL);
	directory_person_free(&p);
	return r;
}

int
main(int argc, char **argv)
{
	struct directory_conf c;
	enum directory_result r;

	signal(SIGPIPE, SIG_IGN);	/* a dropped link: error */
	if (argc == 7 && argv[1][0] != '-') {
		c = cli_conf(argv + 1);
		r = cli_login(&c, argv[6]);
	} else if (argc == 8 && strcmp(argv[1], "--lookup") == 0) {
		c = cli_conf(argv + 2);
		r = cli_lookup(&c, argv[7]);
	} else if (argc == 7 && strcmp(argv[1], "--list") == 0) {
		c = cli_conf(argv + 2);
		r = directory_list(&c, cli_print, NULL);
		printf("%s\n", directory_result_str(r));
	} else {
		fprintf(stderr, "usage: directory_cli [--lookup] URI BASE "
		    "GROUP_BASE SVC_DN SVC_PW USER\n"
		    "       directory_cli --list URI BASE GROUP_BASE SVC_DN "
		    "SVC_PW\n");
		return CLI_USAGE;
	}
	return (int)r;
}
