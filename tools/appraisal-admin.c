/*
 * appraisal-admin: the command-line tool for IT.
 *
 *   appraisal-admin [-c conf] [-a admin-conf] [-s sql-dir] command
 *
 *   check-config     read the configuration and say what is wrong, if anything
 *   migrate          apply the numbered migrations not yet applied
 *   status           schema version, pending migrations, counts, directory
 *   sync-directory   create or refresh every person from the directory and
 *                    mark people no longer there as inactive
 *   check-directory [--password] USER
 *                    what the product sees of USER in the directory (name,
 *                    e-mail, groups, roles), or what is wrong, in plain
 *                    words; needs no database
 */
#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "app.h"
#include "audit.h"
#include "model/staff.h"
#include "role.h"

#ifndef APPRAISAL_SQLDIR
#define APPRAISAL_SQLDIR APPRAISAL_DATADIR "/sql"
#endif

#define MIGRATIONS_MAX 512

struct admin {
	struct conf	 conf;
	struct db	*db;
	struct arena	 arena;
	const char	*sqldir;
	const char	*arg;		/* the command's argument, if any */
};

struct migration {
	unsigned int	 version;
	char		 name[256];
};

static int
admin_usage(void)
{
	fprintf(stderr, "usage: appraisal-admin [-c conf] [-a admin-conf] "
	    "[-s sql-dir]\n"
	    "       check-config | migrate | status | sync-directory |\n"
	    "       check-directory [--password] USER | unbind LOGIN\n");
	return 2;
}

static int
admin_db_fail(const char *what, enum db_status st)
{
	fprintf(stderr, "appraisal-admin: %s: %s\n", what, db_status_str(st));
	return 1;
}

/* ---- migrate ------------------------------------------------------------ */

static int
migration_cmp(const void *a, const void *b)
{
	const struct migration *x = a, *y = b;

	return x->version < y->version ? -1 : x->version > y->version;
}

/* The files NNN-name.sql in dir, sorted by number. */
static int
migrations_find(const char *dir, struct migration *m, size_t *n)
{
	DIR *d;
	struct dirent *e;
	size_t len;
	char *end;
	unsigned long v;

	*n = 0;
	if ((d = opendir(dir)) == NULL) {
		fprintf(stderr, "appraisal-admin: %s: %s\n", dir, strerror(errno));
		return -1;
	}
	while ((e = readdir(d)) != NULL && *n < MIGRATIONS_MAX) {
		len = strlen(e->d_name);
		if (len < 9 || len >= sizeof(m->name) ||
		    strcmp(e->d_name + len - 4, ".sql") != 0)
			continue;
		v = strtoul(e->d_name, &end, 10);
		if (end != e->d_name + 3 || *end != '-' || v == 0)
			continue;
		m[*n].version = (unsigned int)v;
		memcpy(m[*n].name, e->d_name, len + 1);
		(*n)++;
	}
	closedir(d);
	qsort(m, *n, sizeof(*m), migration_cmp);
	return 0;
}

static char *
admin_read_file(const char *path)
{
	FILE *f = fopen(path, "r");
	char *text = NULL;
	long size;

	if (f == NULL)
		return NULL;
	if (fseek(f, 0, SEEK_END) == 0 && (size = ftell(f)) >= 0 &&
	    fseek(f, 0, SEEK_SET) == 0 && (text = malloc((size_t)size + 1))) {
		if (fread(text, 1, (size_t)size, f) != (size_t)size) {
			free(text);
			text = NULL;
		} else
			text[size] = '\0';
	}
	fclose(f);
	return text;
}

static int
admin_applied(struct admin *a, struct db_result *r)
{
	enum db_status st;

	if ((st = db_exec(a->db, SQL_MIGRATIONS_INIT, NULL, 0, NULL)) != DB_OK ||
	    (st = db_query(a->db, &a->arena, SQL_MIGRATIONS_LIST, NULL, 0, r)) != DB_OK)
		return admin_db_fail("reading schema_migrations", st);
	return 0;
}

static int
admin_is_applied(const struct db_result *r, unsigned int v)
{
	size_t i;

	for (i = 0; i < r->nrows; i++)
		if ((unsigned int)db_int(r, i, 0) == v)
			return 1;
	return 0;
}

static int
admin_apply(struct admin *a, const struct migration *m)
{
	char path[2048];
	char *text;
	enum db_status st;
	struct db_param p[2];

	snprintf(path, sizeof(path), "%s/%s", a->sqldir, m->name);
	if ((text = admin_read_file(path)) == NULL) {
		fprintf(stderr, "appraisal-admin: cannot read %s\n", path);
		return 1;
	}
	st = db_exec_script(a->db, text);
	free(text);
	if (st != DB_OK)
		return admin_db_fail(m->name, st);
	p[0] = DB_INT(m->version);
	p[1] = DB_TEXT(m->name);
	if ((st = db_exec(a->db, SQL_MIGRATIONS_RECORD, p, 2, NULL)) != DB_OK)
		return admin_db_fail("recording migration", st);
	printf("applied %s\n", m->name);
	return 0;
}

static int
admin_migrate(struct admin *a)
{
	static struct migration m[MIGRATIONS_MAX];
	struct db_result r;
	size_t n, i, done = 0;

	if (migrations_find(a->sqldir, m, &n) == -1 || admin_applied(a, &r))
		return 1;
	for (i = 0; i < n; i++) {
		if (admin_is_applied(&r, m[i].version))
			continue;
		if (admin_apply(a, &m[i]) != 0)
			return 1;
		done++;
	}
	printf("migrate: %zu applied, schema at %u\n", done,
	    n ? m[n - 1].version : 0);
	return 0;
}

/* ---- status ------------------------------------------------------------- */

static void
admin_status_directory(struct admin *a)
{
	struct directory_conf dc;
	struct directory_person p;
	enum directory_result r;

	app_directory_conf(&a->conf, &dc);
	/* A lookup of a name that cannot exist proves the service bind. */
	r = directory_lookup(&dc, "appraisal-status-probe", &p);
	if (r == DIRECTORY_OK)
		directory_person_free(&p);
	printf("directory: %s (%s)\n", r == DIRECTORY_OK ||
	    r == DIRECTORY_BAD_CREDENTIALS ? "reachable" : "NOT reachable",
	    dc.uri);
}

static int
admin_status(struct admin *a)
{
	static struct migration m[MIGRATIONS_MAX];
	struct db_result r, c;
	size_t n, i, pending = 0;
	enum db_status st;

	if (migrations_find(a->sqldir, m, &n) == -1 || admin_applied(a, &r))
		return 1;
	for (i = 0; i < n; i++)
		if (!admin_is_applied(&r, m[i].version)) {
			printf("pending: %s\n", m[i].name);
			pending++;
		}
	printf("schema: %zu migrations applied, %zu pending\n", r.nrows, pending);
	if ((st = db_query(a->db, &a->arena, SQL_STATUS_COUNTS, NULL, 0, &c))
	    != DB_OK)
		return admin_db_fail("counting", st);
	printf("schools: %s\nactive staff: %s\nsessions: %s\naudit records: %s\n",
	    db_val(&c, 0, 0), db_val(&c, 0, 1), db_val(&c, 0, 2),
	    db_val(&c, 0, 3));
	admin_status_directory(a);
	return pending ? 3 : 0;
}

/* ---- sync-directory ----------------------------------------------------- */

struct sync {
	struct admin	*a;
	size_t		 seen, stored, no_school, other_entry;
	enum db_status	 st;
};

/* A name that belongs to a row bound to another directory entry: never
 * rebound, audited, named for IT. */
static void
sync_other_entry(struct sync *s, const struct directory_person *p)
{
	struct audit_event e = {
		.actor_login = "appraisal-admin", .action = "sync-directory",
		.record_type = "staff", .result = "refused",
		.reason = "directory entry is not the one on record",
	};
	char reason[256];

	snprintf(reason, sizeof(reason), "%s: directory entry %s is not the "
	    "one on record", p->login, p->id);
	e.reason = reason;
	audit_write(s->a->db, &e);
	s->other_entry++;
	fprintf(stderr, "refused %s (%s): the name belongs to a person bound "
	    "to another directory entry\n", p->login, p->dn);
}

static int
sync_one(const struct directory_person *p, void *arg)
{
	struct sync *s = arg;
	long long id, school;
	enum staff_result r;

	s->seen++;
	r = staff_from_directory(s->a->db, &s->a->arena, &s->a->conf, p, &id,
	    &school, &s->st);
	arena_reset(&s->a->arena);
	if (r == STAFF_DB)
		return -1;
	if (r == STAFF_OTHER_ENTRY)
		sync_other_entry(s, p);
	else if (r == STAFF_NO_SCHOOL) {
		s->no_school++;
		fprintf(stderr, "skipped %s: school '%s' is not in Appraisal\n",
		    p->login, p->school);
	} else
		s->stored++;
	return 0;
}

static int
admin_sync(struct admin *a)
{
	struct directory_conf dc;
	struct sync s = { .a = a, .st = DB_OK };
	struct db_result now, r;
	struct db_param p[1];
	enum directory_result dr;
	enum db_status st;

	if ((st = db_query(a->db, &a->arena, SQL_NOW, NULL, 0, &now)) != DB_OK)
		return admin_db_fail("reading the time", st);
	p[0] = DB_TEXT(strdup(db_val(&now, 0, 0)));
	arena_reset(&a->arena);
	app_directory_conf(&a->conf, &dc);
	dr = directory_list(&dc, sync_one, &s);
	if (dr != DIRECTORY_OK) {
		free((char *)p[0].s);
		if (s.st != DB_OK)
			return admin_db_fail("storing staff", s.st);
		fprintf(stderr, "appraisal-admin: directory: %s\n",
		    directory_result_str(dr));
		return 1;
	}
	st = db_exec(a->db, SQL_STAFF_DEACTIVATE_UNSEEN, p, 1, &r);
	free((char *)p[0].s);
	if (st != DB_OK)
		return admin_db_fail("marking leavers", st);
	printf("sync-directory: %zu people in the directory, %zu stored, "
	    "%zu without a known school, %zu refused (another entry's name), "
	    "%llu marked inactive\n", s.seen, s.stored, s.no_school,
	    s.other_entry, r.affected);
	return 0;
}

/* ---- check-directory ----------------------------------------------------- */

static const struct {
	unsigned int	 flag;
	const char	*words;
} account_states[] = {
	{ DIRECTORY_FLAG_DISABLED, "the account is disabled: log-in is "
	    "refused, and sync-directory marks the person as a leaver" },
	{ DIRECTORY_FLAG_LOCKED, "the account is locked out after wrong "
	    "passwords" },
	{ DIRECTORY_FLAG_MUST_CHANGE, "the person must change their password "
	    "at next log-on before they can log in here" },
	{ DIRECTORY_FLAG_EXPIRED, "the password has expired" },
};

/* Plain words for a directory that could not be used. */
static int
check_dir_failed(const struct directory_conf *dc, const char *user,
    int with_pw, enum directory_result r)
{
	const char *why = directory_last_problem();

	switch (r) {
	case DIRECTORY_BAD_INPUT:
		printf("PROBLEM: '%s' is not a user name Appraisal accepts "
		    "(empty, too long, or control characters)\n", user);
		break;
	case DIRECTORY_BAD_CREDENTIALS:
		if (with_pw)
			printf("PROBLEM: the directory did not accept this "
			    "name and password: the password is wrong, or ");
		else
			printf("PROBLEM: ");
		printf("no single person '%s' under %s (searched by "
		    "%s%s%s, object class %s%s%s): check the name, "
		    "Directory.Base and the Directory.Attr settings\n", user,
		    dc->base, dc->attr_login, dc->attr_upn && *dc->attr_upn ?
		    " or " : "", dc->attr_upn ? dc->attr_upn : "",
		    dc->object_class, dc->user_filter && *dc->user_filter ?
		    ", filter " : "", dc->user_filter ? dc->user_filter : "");
		break;
	case DIRECTORY_UNAVAILABLE:
		printf("PROBLEM: cannot use the directory at %s: %s\n"
		    "Check Directory.Uri, that the server answers from here, "
		    "Directory.BindDN and BindPassword, and for TLS that "
		    "Directory.CAFile holds the CA that signed the server's "
		    "certificate.\n", dc->uri, *why ? why : "no answer");
		break;
	case DIRECTORY_ERROR:
		printf("PROBLEM: %s\n", *why ? why : "an unexpected error");
		break;
	default:
		printf("PROBLEM: the directory refused the log-in: %s\n",
		    directory_result_message(r));
		break;
	}
	return 1;
}

static void
check_dir_roles(const struct conf *c, const struct directory_person *p)
{
	unsigned int roles = role_from_groups(c, p->groups, p->ngroups);
	size_t i;
	int first = 1;

	printf("roles:");
	for (i = 0; i < role_count; i++)
		if (roles & role_table[i].role) {
			printf("%s %s", first ? "" : ",", role_table[i].label);
			first = 0;
		}
	printf("\n");
	if (roles == ROLE_STAFF)
		printf("note: no group of this person is named in Roles: "
		    "they would be plain staff\n");
}

static int
check_dir_print(const struct conf *c, const struct directory_person *p)
{
	const char *dflt = conf_str(c, "Directory.DefaultSchool");
	unsigned int flags = p->flags;
	size_t i;
	int problems = 0;

	if (flags & DIRECTORY_FLAG_MUST_CHANGE)	/* AD shows it expired too */
		flags &= ~DIRECTORY_FLAG_EXPIRED;

	printf("found: %s\nidentifier: %s\nlogin: %s\nname: %s\n"
	    "e-mail: %s\njob title: %s\n", p->dn, p->id, p->login, *p->name ?
	    p->name :
	    "(none: the log-in is shown instead)", *p->mail ? p->mail :
	    "(none)", *p->title ? p->title : "(none)");
	if (*p->school)
		printf("school: %s\n", p->school);
	else if (*dflt)
		printf("school: %s (Directory.DefaultSchool)\n", dflt);
	else {
		printf("PROBLEM: no school (attribute %s is empty and "
		    "Directory.DefaultSchool is not set): log-in would be "
		    "refused\n", conf_str(c, "Directory.Attr.School"));
		problems++;
	}
	printf("groups: %zu\n", p->ngroups);
	for (i = 0; i < p->ngroups; i++)
		printf("  %s\n", p->groups[i]);
	check_dir_roles(c, p);
	for (i = 0; i < sizeof(account_states) / sizeof(account_states[0]);
	    i++)
		if (flags & account_states[i].flag) {
			printf("PROBLEM: %s\n", account_states[i].words);
			problems++;
		}
	return problems ? 1 : 0;
}

/* One line from stdin without its line end, malloc'd; NULL at EOF. */
static char *
read_password(void)
{
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;

	if ((n = getline(&line, &cap, stdin)) < 0) {
		free(line);
		return NULL;
	}
	while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
		line[--n] = '\0';
	return line;
}

static int
admin_check_directory(struct conf *c, int argc, char **argv)
{
	struct directory_conf dc;
	struct directory_person p;
	enum directory_result r;
	const char *user;
	char *pw = NULL;
	int with_pw, rc;

	with_pw = argc == 2 && strcmp(argv[0], "--password") == 0;
	if (argc != 1 && !with_pw)
		return admin_usage();
	user = argv[argc - 1];
	app_directory_conf(c, &dc);
	with_pw = with_pw || dc.bind_dn == NULL || *dc.bind_dn == '\0';
	printf("directory: %s (%s, %s)\n", dc.uri, dc.ad ?
	    "Active Directory" : "LDAP", with_pw ? "log-in with the person's "
	    "password" : "service account search");
	if (with_pw && (pw = read_password()) == NULL) {
		fprintf(stderr, "appraisal-admin: give the person's password "
		    "on standard input\n");
		return 2;
	}
	r = with_pw ? directory_login(&dc, user, pw, &p) :
	    directory_lookup(&dc, user, &p);
	if (pw != NULL) {
		explicit_bzero(pw, strlen(pw));
		free(pw);
	}
	if (r != DIRECTORY_OK)
		return check_dir_failed(&dc, user, with_pw, r);
	rc = check_dir_print(c, &p);
	directory_person_free(&p);
	return rc;
}

/* ---- unbind ------------------------------------------------------------- */

/*
 * Forget which directory entry the person with log-in name a->arg (exact)
 * is bound to: their next log-in or the next sync binds them to the entry
 * that then has the name. For IT, once they have checked that a refused
 * entry (an account deleted and made again) is the same person. Audited.
 */
static int
admin_unbind(struct admin *a)
{
	struct db_param p[1] = { DB_TEXT(a->arg) };
	struct audit_event e = {
		.actor_login = "appraisal-admin", .action = "unbind",
		.record_type = "staff", .result = "ok",
	};
	struct db_result r;
	enum db_status st;
	char reason[300];

	if ((st = db_exec(a->db, SQL_STAFF_UNBIND, p, 1, &r)) != DB_OK)
		return admin_db_fail("unbinding", st);
	if (r.affected == 0) {
		fprintf(stderr, "appraisal-admin: nobody has the log-in name '%s' "
		    "with a directory entry bound (names are exact)\n", a->arg);
		return 1;
	}
	snprintf(reason, sizeof(reason), "%s: directory entry forgotten; the "
	    "next log-in or sync binds it", a->arg);
	e.reason = reason;
	if ((st = audit_write(a->db, &e)) != DB_OK)
		return admin_db_fail("auditing", st);
	printf("unbind: %s will be bound to the directory entry that has the "
	    "name at their next log-in or sync\n", a->arg);
	return 0;
}

/* ---- main --------------------------------------------------------------- */

static const struct {
	const char	*name;
	int		 (*fn)(struct admin *);
} commands[] = {
	{ "migrate", admin_migrate },
	{ "status", admin_status },
	{ "sync-directory", admin_sync },
	{ "unbind", admin_unbind },
};

static int
admin_run(struct admin *a, const char *cmd)
{
	struct db_conf dc;
	size_t i;
	int rc;

	for (i = 0; i < sizeof(commands) / sizeof(commands[0]); i++) {
		if (strcmp(cmd, commands[i].name) != 0)
			continue;
		app_db_conf(&a->conf, 1, &dc);
		if ((a->db = db_new(&dc)) == NULL)
			return 1;
		arena_init(&a->arena, 64u * 1024 * 1024);
		rc = commands[i].fn(a);
		db_free(a->db);
		arena_free(&a->arena);
		return rc;
	}
	return admin_usage();
}

int
main(int argc, char **argv)
{
	struct admin a = { .sqldir = APPRAISAL_SQLDIR };
	const char *path = conf_default_path(), *admin_path = NULL;
	char err[CONF_ERR_LEN];
	int ch, rc;

	while ((ch = getopt(argc, argv, "+a:c:s:")) != -1) {
		switch (ch) {
		case 'a': admin_path = optarg; break;
		case 'c': path = optarg; break;
		case 's': a.sqldir = optarg; break;
		default: return admin_usage();
		}
	}
	if (optind >= argc)
		return admin_usage();
	if (strcmp(argv[optind], "unbind") == 0) {
		if (optind != argc - 2)
			return admin_usage();
		a.arg = argv[optind + 1];
	} else if (strcmp(argv[optind], "check-directory") != 0 &&
	    optind != argc - 1)
		return admin_usage();
	if (app_conf_load(&a.conf, path, admin_path, err, sizeof(err)) == -1) {
		fprintf(stderr, "appraisal-admin: configuration: %s\n", err);
		conf_free(&a.conf);
		return 1;
	}
	if (strcmp(argv[optind], "check-config") == 0) {
		if (conf_ldap_transport(&a.conf) == CONF_LDAP_PLAIN_ALLOWED)
			printf("%s: warning: Directory.AllowPlainLDAP is set: "
			    "the directory is reached over plain ldap:// and "
			    "passwords cross the network unencrypted; use "
			    "ldaps:// or StartTLS outside a test network\n",
			    path);
		printf("%s: configuration is valid\n", path);
		rc = 0;
	} else if (strcmp(argv[optind], "check-directory") == 0)
		rc = admin_check_directory(&a.conf, argc - optind - 1,
		    argv + optind + 1);
	else
		rc = admin_run(&a, argv[optind]);
	conf_free(&a.conf);
	return rc;
}
