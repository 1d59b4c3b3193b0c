/*
 * appraisal-admin: the command-line tool for IT.
 *
 *   appraisal-admin [-c conf] [-a admin-conf] [-s sql-dir] command
 *
 *   check-config [--file-only]
 *                    read the configuration, then try what it names (the
 *                    database with both accounts, the directory with the
 *                    service account and its CA file, the file's
 *                    permissions, the program sockets, HTTPS) and say in
 *                    plain words what fails and why
 *   migrate          apply the numbered migrations not yet applied
 *   status           schema version, pending migrations, counts, directory
 *                    (reads only: works with the programs' account)
 *   school add CODE NAME [--trust CODE] | school list
 *   trust add CODE NAME | trust list
 *                    the schools and trusts staff belong to (audited)
 *   backup [FILE]    the database (one consistent mariadb-dump) and the
 *                    configuration in a tar archive
 *   restore [--replace] FILE
 *                    the database from such an archive
 *   sync-directory   create or refresh every person from the directory and
 *                    mark people no longer there as inactive
 *   check-directory [--password] USER
 *                    what the product sees of USER in the directory (name,
 *                    e-mail, groups, roles), or what is wrong, in plain
 *                    words; needs no database
 */
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <grp.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "app.h"
#include "audit.h"
#include "model/staff.h"
#include "role.h"
#include "valid.h"

#ifndef APPRAISAL_VERSION
#define APPRAISAL_VERSION "unknown"
#endif
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
	int		 argc;		/* the command's arguments */
	char		**argv;
	const char	*path;		/* the configuration file */
	const char	*admin_path;	/* -a, or NULL */
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
	    "       check-config [--file-only] | migrate | status |\n"
	    "       sync-directory | check-directory [--password] USER |\n"
	    "       unbind LOGIN | school add CODE NAME [--trust CODE] |\n"
	    "       school list | trust add CODE NAME | trust list |\n"
	    "       backup [FILE] | restore [--replace] FILE\n");
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
	/* Its own transaction: what MariaDB can roll back (rows) is rolled
	 * back on failure; a table change (CREATE, ALTER) commits at once,
	 * which is why a failed migration stops everything after it. */
	p[0] = DB_INT(m->version);
	p[1] = DB_TEXT(m->name);
	if ((st = db_begin(a->db)) != DB_OK ||
	    (st = db_exec_script(a->db, text)) != DB_OK ||
	    (st = db_exec(a->db, SQL_MIGRATIONS_RECORD, p, 2, NULL)) != DB_OK ||
	    (st = db_commit(a->db)) != DB_OK) {
		db_rollback(a->db);
		free(text);
		fprintf(stderr, "appraisal-admin: migrate: %s failed (%s; "
		    "MariaDB's message is above). It is not recorded as "
		    "applied and no later migration was tried; the ones "
		    "before it stay applied. Its table changes, if any, "
		    "cannot be rolled back: fix the cause (or restore the "
		    "backup) and run migrate again.\n", m->name,
		    db_status_str(st));
		return 1;
	}
	free(text);
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

	if (migrations_find(a->sqldir, m, &n) == -1)
		return 1;
	if ((st = db_query(a->db, &a->arena, SQL_MIGRATIONS_TABLE, NULL, 0,
	    &r)) != DB_OK)
		return admin_db_fail("reading the schema", st);
	if (db_int(&r, 0, 0) == 0) {
		printf("schema: the database has not been migrated (no table "
		    "schema_migrations): run appraisal-admin -a ADMIN-CONF "
		    "migrate with the owner's account\n");
		admin_status_directory(a);
		return 3;
	}
	if ((st = db_query(a->db, &a->arena, SQL_MIGRATIONS_LIST, NULL, 0,
	    &r)) != DB_OK)
		return admin_db_fail("reading schema_migrations", st);
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

/* ---- schools and trusts -------------------------------------------------- */

#define CODE_MAX 32
#define NAME_MAX_CHARS 200

/* A school's or trust's code: 1 to 32 letters, digits, '-' or '_' (it is
 * what the directory's school attribute holds). */
static int
admin_code_ok(const char *what, const char *code)
{
	size_t i, n = strlen(code);

	for (i = 0; i < n; i++)
		if (!((code[i] >= 'A' && code[i] <= 'Z') ||
		    (code[i] >= 'a' && code[i] <= 'z') ||
		    (code[i] >= '0' && code[i] <= '9') || code[i] == '-' ||
		    code[i] == '_'))
			break;
	if (n == 0 || n > CODE_MAX || i < n) {
		fprintf(stderr, "appraisal-admin: '%s' is not a %s code: use 1 "
		    "to %d letters, digits, '-' or '_' (the code the "
		    "directory's school attribute holds)\n", code, what,
		    CODE_MAX);
		return 0;
	}
	return 1;
}

/* A name: 1 to 200 bytes of UTF-8 text without control characters. */
static int
admin_name_ok(const char *what, const char *name)
{
	size_t n = strlen(name);
	int bad = !valid_utf8(name, n);
	size_t i;

	for (i = 0; i < n && !bad; i++)
		if ((unsigned char)name[i] < 0x20 || name[i] == 0x7f)
			bad = 1;
	while (n > 0 && name[n - 1] == ' ')
		n--;
	if (n == 0 || bad || valid_utf8_chars(name) > NAME_MAX_CHARS) {
		fprintf(stderr, "appraisal-admin: the %s's name must be 1 to %d "
		    "characters of text (UTF-8, no control characters)\n",
		    what, NAME_MAX_CHARS);
		return 0;
	}
	return 1;
}

static int
admin_audit_add(struct admin *a, const char *action, const char *type,
    long long id, const char *code, const char *name)
{
	struct audit_event e = {
		.actor_login = "appraisal-admin", .action = action,
		.record_type = type, .record_id = id, .result = "ok",
	};
	char reason[300];
	enum db_status st;

	snprintf(reason, sizeof(reason), "%s: %s", code, name);
	e.reason = reason;
	if ((st = audit_write(a->db, &e)) != DB_OK)
		return admin_db_fail("auditing", st);
	return 0;
}

static int
admin_trust_add(struct admin *a, const char *code, const char *name)
{
	struct db_param p[2] = { DB_TEXT(code), DB_TEXT(name) };
	struct db_result r;
	enum db_status st;

	if (!admin_code_ok("trust", code) || !admin_name_ok("trust", name))
		return 2;
	if ((st = db_begin(a->db)) != DB_OK)
		return admin_db_fail("adding the trust", st);
	st = db_exec(a->db, SQL_TRUST_INSERT, p, 2, &r);
	if (st == DB_DUPLICATE) {
		db_rollback(a->db);
		fprintf(stderr, "appraisal-admin: there is already a trust with "
		    "the code %s (trust list shows them)\n", code);
		return 1;
	}
	if (st != DB_OK) {
		db_rollback(a->db);
		return admin_db_fail("adding the trust", st);
	}
	if (admin_audit_add(a, "trust add", "trust", (long long)r.insert_id,
	    code, name) != 0) {
		db_rollback(a->db);
		return 1;
	}
	if ((st = db_commit(a->db)) != DB_OK)
		return admin_db_fail("adding the trust", st);
	printf("trust add: %s (%s) added\n", code, name);
	return 0;
}

static int
admin_school_add(struct admin *a, const char *code, const char *name,
    const char *trust)
{
	struct db_param p[3] = { DB_TEXT(code), DB_TEXT(name),
	    DB_TEXT_OR_NULL(trust) };
	struct db_result r;
	enum db_status st;

	if (!admin_code_ok("school", code) || !admin_name_ok("school", name) ||
	    (trust != NULL && !admin_code_ok("trust", trust)))
		return 2;
	if ((st = db_begin(a->db)) != DB_OK)
		return admin_db_fail("adding the school", st);
	st = db_exec(a->db, trust ? SQL_SCHOOL_INSERT_IN_TRUST :
	    SQL_SCHOOL_INSERT, p, trust ? 3 : 2, &r);
	if (st == DB_DUPLICATE || (st == DB_OK && r.affected == 0)) {
		db_rollback(a->db);
		if (st == DB_DUPLICATE)
			fprintf(stderr, "appraisal-admin: there is already a "
			    "school with the code %s (school list shows "
			    "them)\n", code);
		else
			fprintf(stderr, "appraisal-admin: there is no trust "
			    "with the code %s: add it first with trust add "
			    "%s NAME\n", trust, trust);
		return 1;
	}
	if (st != DB_OK) {
		db_rollback(a->db);
		return admin_db_fail("adding the school", st);
	}
	if (admin_audit_add(a, "school add", "school", (long long)r.insert_id,
	    code, name) != 0) {
		db_rollback(a->db);
		return 1;
	}
	if ((st = db_commit(a->db)) != DB_OK)
		return admin_db_fail("adding the school", st);
	printf("school add: %s (%s) added%s%s; staff whose directory entry "
	    "names %s join it at their next log-in or sync-directory\n",
	    code, name, trust ? " to trust " : "", trust ? trust : "", code);
	return 0;
}

static int
admin_list(struct admin *a, enum sql_id id, const char *empty,
    const char *head)
{
	struct db_result r;
	enum db_status st;
	size_t i, c;

	if ((st = db_query(a->db, &a->arena, id, NULL, 0, &r)) != DB_OK)
		return admin_db_fail("listing", st);
	if (r.nrows == 0) {
		printf("%s\n", empty);
		return 0;
	}
	printf("%s\n", head);
	for (i = 0; i < r.nrows; i++)
		for (c = 0; c < r.ncols; c++)
			printf("%s%s", db_val(&r, i, c),
			    c + 1 < r.ncols ? "\t" : "\n");
	return 0;
}

static int
admin_school(struct admin *a)
{
	if (a->argc == 1 && strcmp(a->argv[0], "list") == 0)
		return admin_list(a, SQL_SCHOOL_LIST, "no schools yet: add one "
		    "with appraisal-admin school add CODE NAME",
		    "code\tname\ttrust\tactive staff");
	if (a->argc == 3 && strcmp(a->argv[0], "add") == 0)
		return admin_school_add(a, a->argv[1], a->argv[2], NULL);
	if (a->argc == 5 && strcmp(a->argv[0], "add") == 0 &&
	    strcmp(a->argv[3], "--trust") == 0)
		return admin_school_add(a, a->argv[1], a->argv[2], a->argv[4]);
	fprintf(stderr, "usage: appraisal-admin school add CODE NAME "
	    "[--trust CODE] | school list\n");
	return 2;
}

static int
admin_trust(struct admin *a)
{
	if (a->argc == 1 && strcmp(a->argv[0], "list") == 0)
		return admin_list(a, SQL_TRUST_LIST, "no trusts yet: add one "
		    "with appraisal-admin trust add CODE NAME",
		    "code\tname\tschools");
	if (a->argc == 3 && strcmp(a->argv[0], "add") == 0)
		return admin_trust_add(a, a->argv[1], a->argv[2]);
	fprintf(stderr, "usage: appraisal-admin trust add CODE NAME | "
	    "trust list\n");
	return 2;
}

/* ---- check-config --------------------------------------------------------- */

struct check {
	int	problems;
	int	warnings;
};

__attribute__((format(printf, 2, 3)))
static void
check_problem(struct check *k, const char *fmt, ...)
{
	va_list ap;

	printf("PROBLEM: ");
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
	k->problems++;
}

__attribute__((format(printf, 2, 3)))
static void
check_warning(struct check *k, const char *fmt, ...)
{
	va_list ap;

	printf("warning: ");
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
	k->warnings++;
}

/* The file with the database password: nobody but root and the programs'
 * group may read it; the admin file (owner's password): root alone. */
static void
check_file_mode(struct check *k, const char *path, int admin)
{
	struct stat st;
	struct group *g;
	const char *group;

	if (stat(path, &st) == -1) {
		check_problem(k, "%s: %s", path, strerror(errno));
		return;
	}
	g = getgrgid(st.st_gid);
	group = g ? g->gr_name : "?";
	if (st.st_mode & (S_IROTH | S_IWOTH))
		check_problem(k, "%s is %s by every user of this server (mode "
		    "%04o): it holds %s; %s", path, st.st_mode & S_IWOTH ?
		    "writable" : "readable", (unsigned int)(st.st_mode & 07777),
		    admin ? "the database owner's password" : "the database "
		    "and directory passwords", admin ? "chown root:root and "
		    "chmod 600 it" : "chown root:appraisal and chmod 640 it "
		    "(group www-data only under mod_fcgid)");
	else if (admin && (st.st_mode & (S_IRGRP | S_IWGRP)))
		check_problem(k, "%s can be read by group %s (mode %04o): it "
		    "holds the database owner's password, which the programs "
		    "never need; chmod 600 it", path, group,
		    (unsigned int)(st.st_mode & 07777));
	else if (st.st_mode & S_IWGRP)
		check_warning(k, "%s is writable by group %s (mode %04o): "
		    "chmod 640 it", path, group,
		    (unsigned int)(st.st_mode & 07777));
	else
		printf("file: %s: mode %04o, owner %u, group %s: only %s may "
		    "read it\n", path, (unsigned int)(st.st_mode & 07777),
		    (unsigned int)st.st_uid, group, admin ? "its owner" :
		    "its owner and that group");
}

/* What to do about a connection MariaDB refused, by its error number. */
static const char *
check_db_hint(unsigned int code)
{
	switch (code) {
	case 1045:
		return "the account or its password is wrong: check "
		    "Database.User and Database.Password (or Admin.Database.*), "
		    "and the host the account was created for";
	case 1044:
		return "the account may not use this database: give it its "
		    "grants (README, step 6)";
	case 1049:
		return "there is no such database: check Database.Name, or "
		    "create it (README, step 4)";
	case 2002: case 2003: case 2005: case 2013:
		return "MariaDB does not answer there: check Database.Host, "
		    "Database.Port (or Database.Socket) and that the server "
		    "is running and listening";
	default:
		return "see MariaDB's message above";
	}
}

static void
check_database(struct check *k, const struct conf *c, int admin)
{
	struct db_conf dc;
	struct db *db;
	struct arena ar;
	struct db_result r;
	enum db_status st;
	unsigned int code = 0;
	char where[1400];

	app_db_conf(c, admin, &dc);
	if (dc.socket && *dc.socket)
		snprintf(where, sizeof(where), "socket %s", dc.socket);
	else
		snprintf(where, sizeof(where), "%s:%u", dc.host, dc.port);
	if ((db = db_new(&dc)) == NULL) {
		check_problem(k, "out of memory");
		return;
	}
	arena_init(&ar, 1024 * 1024);
	if ((st = db_connect(db)) != DB_OK) {
		const char *why = db_last_error(&code);

		check_problem(k, "database: the %s account '%s' cannot connect "
		    "to database '%s' at %s: %s; %s", admin ? "owner's" :
		    "programs'", dc.user, dc.name, where, *why ? why :
		    db_status_str(st), check_db_hint(code));
	} else if ((st = db_query(db, &ar, SQL_MIGRATIONS_TABLE, NULL, 0, &r))
	    != DB_OK)
		check_problem(k, "database: the %s account '%s' connected to "
		    "'%s' at %s but cannot read it (%s)", admin ? "owner's" :
		    "programs'", dc.user, dc.name, where, db_status_str(st));
	else {
		printf("database: the %s account '%s' connects to '%s' at %s\n",
		    admin ? "owner's" : "programs'", dc.user, dc.name, where);
		if (db_int(&r, 0, 0) == 0)
			check_warning(k, "database '%s' has not been migrated "
			    "yet (or the programs' account has no grants on "
			    "it): run appraisal-admin -a ADMIN-CONF migrate, "
			    "then the grants (README, step 6)", dc.name);
	}
	arena_free(&ar);
	db_free(db);
}

/* The CA file must be readable and hold a PEM certificate. */
static int
check_ca_file(struct check *k, const char *ca)
{
	FILE *f;
	char buf[8192];
	size_t n;
	int pem;

	if ((f = fopen(ca, "r")) == NULL) {
		check_problem(k, "directory: the CA file %s (Directory.CAFile) "
		    "cannot be read: %s", ca, strerror(errno));
		return -1;
	}
	n = fread(buf, 1, sizeof(buf) - 1, f);
	fclose(f);
	buf[n] = '\0';
	pem = strstr(buf, "-----BEGIN CERTIFICATE-----") != NULL;
	if (!pem) {
		check_problem(k, "directory: the CA file %s (Directory.CAFile) "
		    "holds no certificate in PEM form (-----BEGIN "
		    "CERTIFICATE-----): export the CA's certificate as "
		    "Base-64 X.509", ca);
		return -1;
	}
	return 0;
}

static void
check_directory(struct check *k, const struct conf *c)
{
	struct directory_conf dc;
	enum conf_ldap_transport t = conf_ldap_transport(c);
	const char *how, *ca;
	int tls = t == CONF_LDAP_TLS;

	app_directory_conf(c, &dc);
	ca = dc.ca_file ? dc.ca_file : "the system's CA bundle";
	how = !tls ? "plain LDAP" : dc.starttls ? "StartTLS" : "TLS";
	if (t == CONF_LDAP_PLAIN_ALLOWED)
		check_warning(k, "Directory.AllowPlainLDAP is set: the "
		    "directory is reached over plain ldap:// and passwords "
		    "cross the network unencrypted; use ldaps:// or StartTLS "
		    "outside a test network");
	if (tls && dc.ca_file && check_ca_file(k, dc.ca_file) == -1)
		return;
	if (directory_check_service(&dc) != DIRECTORY_OK) {
		const char *why = directory_last_problem();

		check_problem(k, "directory: %s over %s%s%s: %s", dc.uri, how,
		    tls ? " with the CA file " : "", tls ? ca : "",
		    *why ? why : "no answer");
		if (!tls)
			printf("  (check Directory.Uri and that the server "
			    "answers from here; for a refused bind, "
			    "Directory.BindDN and Directory.BindPassword)\n");
		else
			printf("  (a certificate that does not verify, or "
			    "StartTLS refused, ends here: check that %s holds "
			    "the CA that signed the server's certificate, and "
			    "that Directory.Uri names the host in that "
			    "certificate)\n", ca);
		return;
	}
	if (dc.bind_dn && *dc.bind_dn)
		printf("directory: %s over %s%s%s: the service account binds "
		    "and reads %s\n", dc.uri, how, tls ? " with the CA file " :
		    "", tls ? ca : "", dc.base);
	else
		printf("directory: %s over %s answers (no service account: "
		    "people bind as themselves, so only the connection was "
		    "tried)\n", dc.uri, how);
}

static const char *const programs[] = {
	"login", "home", "admin", "plan", "access", "observe", "moderate",
	"review", "concern",
};

static void
check_sockets(struct check *k, const struct conf *c)
{
	const char *dir = conf_str(c, "Site.SocketDir");
	struct sockaddr_un sa;
	struct stat st;
	size_t i, ok = 0;
	int fd;

	if (*dir == '\0') {
		printf("sockets: Site.SocketDir is not set: not checked (set it "
		    "to the program pools' socket directory, e.g. "
		    "/run/appraisal, to check them)\n");
		return;
	}
	for (i = 0; i < sizeof(programs) / sizeof(programs[0]); i++) {
		memset(&sa, 0, sizeof(sa));
		sa.sun_family = AF_UNIX;
		if ((size_t)snprintf(sa.sun_path, sizeof(sa.sun_path),
		    "%s/%s.sock", dir, programs[i]) >= sizeof(sa.sun_path)) {
			check_problem(k, "sockets: Site.SocketDir %s is too long "
			    "for a socket path", dir);
			return;
		}
		if (stat(sa.sun_path, &st) == -1) {
			check_problem(k, "sockets: %s: %s: start its pool "
			    "(systemctl enable --now appraisal@%s.socket)",
			    sa.sun_path, strerror(errno), programs[i]);
			continue;
		}
		if (!S_ISSOCK(st.st_mode)) {
			check_problem(k, "sockets: %s is not a socket",
			    sa.sun_path);
			continue;
		}
		if ((fd = socket(AF_UNIX, SOCK_STREAM, 0)) == -1 ||
		    connect(fd, (struct sockaddr *)&sa, sizeof(sa)) == -1)
			check_problem(k, "sockets: %s does not accept a "
			    "connection: %s (is appraisal@%s.socket running?)",
			    sa.sun_path, strerror(errno), programs[i]);
		else
			ok++;
		if (fd != -1)
			close(fd);
	}
	if (ok == sizeof(programs) / sizeof(programs[0]))
		printf("sockets: all %zu program sockets in %s accept "
		    "connections\n", ok, dir);
}

static void
check_https(struct check *k, const struct conf *c)
{
	const char *url = conf_str(c, "Site.Url");

	if (*url == '\0')
		check_warning(k, "Site.Url is not set, so this check cannot "
		    "tell whether Appraisal is served over HTTPS. If it is "
		    "served over plain HTTP, session cookies are sent without "
		    "Secure and passwords cross the network unencrypted; set "
		    "Site.Url to the address staff use, e.g. "
		    "https://intranet.school.example/appraisal/");
	else if (strncmp(url, "https://", 8) == 0)
		printf("https: %s: cookies are Secure (__Host-) and responses "
		    "carry Strict-Transport-Security\n", url);
	else if (strncmp(url, "http://", 7) == 0)
		check_warning(k, "Site.Url %s is plain HTTP: session cookies "
		    "are then sent without Secure, and passwords and records "
		    "cross the network unencrypted; serve it over HTTPS "
		    "(README, step 7)", url);
	else
		check_problem(k, "Site.Url '%s' is not an http:// or https:// "
		    "address", url);
}

static int
admin_check_config(struct admin *a, int file_only)
{
	struct check k = { 0, 0 };

	printf("%s: the file reads correctly\n", a->path);
	if (file_only) {
		if (conf_ldap_transport(&a->conf) == CONF_LDAP_PLAIN_ALLOWED)
			check_warning(&k, "Directory.AllowPlainLDAP is set: the "
			    "directory is reached over plain ldap:// and "
			    "passwords cross the network unencrypted; use "
			    "ldaps:// or StartTLS outside a test network");
		printf("%s: configuration is valid (the file only: nothing "
		    "was tried)\n", a->path);
		return 0;
	}
	check_file_mode(&k, a->path, 0);
	if (a->admin_path)
		check_file_mode(&k, a->admin_path, 1);
	check_database(&k, &a->conf, 0);
	if (a->admin_path)
		check_database(&k, &a->conf, 1);
	check_directory(&k, &a->conf);
	check_sockets(&k, &a->conf);
	check_https(&k, &a->conf);
	if (k.problems) {
		printf("%s: %d problem%s found (above)%s\n", a->path,
		    k.problems, k.problems == 1 ? "" : "s", k.warnings ?
		    ", and warnings" : "");
		return 1;
	}
	printf("%s: configuration is valid: every check passed%s\n", a->path,
	    k.warnings ? " (see the warnings above)" : "");
	return 0;
}

/* ---- backup and restore --------------------------------------------------- */

/*
 * A backup is a tar archive (mode 0600: it holds the passwords) of
 *   MANIFEST       what it is: product version, database, date, schema
 *   database.sql   mariadb-dump --single-transaction of the database (one
 *                  consistent snapshot, without stopping the programs)
 *   etc/           the configuration file(s) given with -c and -a
 * Child programs run with fork and execvp, never through a shell; the
 * database password reaches them in an option file of mode 0600 in a
 * private directory, never on a command line (ps shows those).
 */

/* Run argv; stdin and stdout from/to files when given. The exit status,
 * or -1 (said) when it could not run or was killed. */
static int
run_child(char *const argv[], const char *in, const char *out)
{
	pid_t pid;
	int status, fd;

	fflush(stdout);
	fflush(stderr);
	if ((pid = fork()) == -1) {
		fprintf(stderr, "appraisal-admin: fork: %s\n", strerror(errno));
		return -1;
	}
	if (pid == 0) {
		if (in && ((fd = open(in, O_RDONLY)) == -1 ||
		    dup2(fd, STDIN_FILENO) == -1)) {
			fprintf(stderr, "appraisal-admin: %s: %s\n", in,
			    strerror(errno));
			_exit(126);
		}
		if (out && ((fd = open(out, O_WRONLY | O_CREAT | O_TRUNC,
		    0600)) == -1 || dup2(fd, STDOUT_FILENO) == -1)) {
			fprintf(stderr, "appraisal-admin: %s: %s\n", out,
			    strerror(errno));
			_exit(126);
		}
		execvp(argv[0], argv);
		fprintf(stderr, "appraisal-admin: cannot run %s: %s%s\n",
		    argv[0], strerror(errno), errno == ENOENT ? " (install "
		    "the Debian package mariadb-client, and tar)" : "");
		_exit(127);
	}
	while (waitpid(pid, &status, 0) == -1)
		if (errno != EINTR)
			return -1;
	if (WIFEXITED(status))
		return WEXITSTATUS(status);
	fprintf(stderr, "appraisal-admin: %s was stopped by signal %d\n",
	    argv[0], WIFSIGNALED(status) ? WTERMSIG(status) : 0);
	return -1;
}

/* dir/name into out; -1 (said) when it does not fit. */
static int
path_in(char *out, size_t sz, const char *dir, const char *name)
{
	int n = snprintf(out, sz, "%s/%s", dir, name);

	if (n < 0 || (size_t)n >= sz) {
		fprintf(stderr, "appraisal-admin: path too long: %s/%s\n", dir,
		    name);
		return -1;
	}
	return 0;
}

/* Remove the work directory and what is in it (files, and the one level
 * of etc/); links are removed, never followed. */
static void
rm_tree(const char *dir)
{
	char p[PATH_MAX];
	struct dirent *e;
	struct stat st;
	DIR *d;

	if ((d = opendir(dir)) != NULL) {
		while ((e = readdir(d)) != NULL) {
			if (strcmp(e->d_name, ".") == 0 ||
			    strcmp(e->d_name, "..") == 0)
				continue;
			snprintf(p, sizeof(p), "%s/%s", dir, e->d_name);
			if (lstat(p, &st) == 0 && S_ISDIR(st.st_mode))
				rm_tree(p);
			else
				unlink(p);
		}
		closedir(d);
	}
	if (rmdir(dir) == -1)
		fprintf(stderr, "appraisal-admin: could not remove %s: %s\n",
		    dir, strerror(errno));
}

/* One option-file value, quoted (MariaDB's option files take \" and \\). */
static void
opt_value(FILE *f, const char *name, const char *v)
{
	fprintf(f, "%s=\"", name);
	for (; *v; v++) {
		if (*v == '"' || *v == '\\')
			fputc('\\', f);
		fputc(*v, f);
	}
	fprintf(f, "\"\n");
}

/* The owner's connection as a [client] option file in dir. */
static int
write_client_opts(struct admin *a, const char *dir, char *path, size_t sz)
{
	struct db_conf dc;
	FILE *f;
	int fd;

	app_db_conf(&a->conf, 1, &dc);
	if (strpbrk(dc.password, "\n\r") || strpbrk(dc.user, "\n\r")) {
		fprintf(stderr, "appraisal-admin: the database account or "
		    "password holds a line break\n");
		return -1;
	}
	if (path_in(path, sz, dir, "client.cnf") == -1)
		return -1;
	if ((fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0600)) == -1 ||
	    (f = fdopen(fd, "w")) == NULL) {
		fprintf(stderr, "appraisal-admin: %s: %s\n", path,
		    strerror(errno));
		return -1;
	}
	fprintf(f, "[client]\n");
	opt_value(f, "user", dc.user);
	opt_value(f, "password", dc.password);
	if (dc.socket && *dc.socket)
		opt_value(f, "socket", dc.socket);
	else {
		opt_value(f, "host", dc.host);
		fprintf(f, "port=%u\nprotocol=tcp\n", dc.port);
	}
	fprintf(f, "default-character-set=utf8mb4\n");
	return fclose(f) == 0 ? 0 : -1;
}

static int
copy_file(const char *from, const char *to)
{
	char buf[8192];
	FILE *in, *out;
	size_t n;
	int fd, rc = 0;

	if ((in = fopen(from, "r")) == NULL) {
		fprintf(stderr, "appraisal-admin: %s: %s\n", from,
		    strerror(errno));
		return -1;
	}
	if ((fd = open(to, O_WRONLY | O_CREAT | O_EXCL, 0600)) == -1 ||
	    (out = fdopen(fd, "w")) == NULL) {
		fprintf(stderr, "appraisal-admin: %s: %s\n", to,
		    strerror(errno));
		fclose(in);
		return -1;
	}
	while ((n = fread(buf, 1, sizeof(buf), in)) > 0)
		if (fwrite(buf, 1, n, out) != n)
			rc = -1;
	if (ferror(in))
		rc = -1;
	fclose(in);
	if (fclose(out) != 0)
		rc = -1;
	return rc;
}

static const char *
base_name(const char *path)
{
	const char *s = strrchr(path, '/');

	return s ? s + 1 : path;
}

/* A private work directory: $TMPDIR/appraisal-XXXXXX, mode 0700. */
static int
work_dir(char *dir, size_t sz)
{
	const char *t = getenv("TMPDIR");

	snprintf(dir, sz, "%s/appraisal-XXXXXX", t && *t ? t : "/tmp");
	if (mkdtemp(dir) == NULL) {
		fprintf(stderr, "appraisal-admin: cannot make a work "
		    "directory in %s: %s\n", t && *t ? t : "/tmp",
		    strerror(errno));
		return -1;
	}
	return 0;
}

static int
backup_manifest(struct admin *a, const char *dir, const char *when)
{
	struct db_result r;
	struct db_conf dc;
	char path[PATH_MAX];
	FILE *f;

	app_db_conf(&a->conf, 1, &dc);
	if (db_query(a->db, &a->arena, SQL_MIGRATIONS_LIST, NULL, 0, &r)
	    != DB_OK)
		r.nrows = 0;
	if (path_in(path, sizeof(path), dir, "MANIFEST") == -1 ||
	    (f = fopen(path, "w")) == NULL)
		return -1;
	fprintf(f, "Appraisal backup\nversion: %s\ndatabase: %s\n"
	    "made: %s UTC\nschema: %s\nconfiguration: %s%s%s\n",
	    APPRAISAL_VERSION, dc.name, when, r.nrows ?
	    db_val(&r, r.nrows - 1, 1) : "(not migrated)",
	    base_name(a->path), a->admin_path ? " " : "",
	    a->admin_path ? base_name(a->admin_path) : "");
	return fclose(f) == 0 ? 0 : -1;
}

static int
admin_backup_in(struct admin *a, const char *dir, const char *file,
    const char *when)
{
	char opts[PATH_MAX], dump[PATH_MAX], etc[PATH_MAX], p[PATH_MAX],
	    optarg_[PATH_MAX + 32], tmp[PATH_MAX + 8];
	struct db_conf dc;
	int rc;

	app_db_conf(&a->conf, 1, &dc);
	if (write_client_opts(a, dir, opts, sizeof(opts)) == -1)
		return 1;
	snprintf(optarg_, sizeof(optarg_), "--defaults-extra-file=%s", opts);
	if (path_in(dump, sizeof(dump), dir, "database.sql") == -1)
		return 1;
	{
		char *argv[] = { "mariadb-dump", optarg_,
		    "--single-transaction", "--quick", "--triggers", "--routines",
		    "--hex-blob", "--no-tablespaces",
		    "--skip-comments", (char *)dc.name, NULL };

		if ((rc = run_child(argv, NULL, dump)) != 0) {
			fprintf(stderr, "appraisal-admin: backup: mariadb-dump "
			    "of database '%s' failed (exit %d, its message is "
			    "above); nothing was written to %s\n", dc.name, rc,
			    file);
			return 1;
		}
	}
	if (path_in(etc, sizeof(etc), dir, "etc") == -1 ||
	    mkdir(etc, 0700) == -1)
		return 1;
	if (path_in(p, sizeof(p), etc, base_name(a->path)) == -1 ||
	    copy_file(a->path, p) == -1)
		return 1;
	if (a->admin_path) {
		if (path_in(p, sizeof(p), etc, base_name(a->admin_path)) == -1 ||
		    strcmp(base_name(a->admin_path), base_name(a->path)) == 0 ||
		    copy_file(a->admin_path, p) == -1) {
			fprintf(stderr, "appraisal-admin: backup: cannot keep "
			    "%s\n", a->admin_path);
			return 1;
		}
	}
	if (backup_manifest(a, dir, when) == -1)
		return 1;
	/* Written beside the target, then renamed: never half an archive
	 * under the name. */
	snprintf(tmp, sizeof(tmp), "%s.part", file);
	{
		char *argv[] = { "tar", "--create", "--file", tmp,
		    "--directory", (char *)dir, "--owner=0", "--group=0",
		    "MANIFEST", "database.sql", "etc", NULL };
		mode_t old = umask(077);

		rc = run_child(argv, NULL, NULL);
		umask(old);
	}
	if (rc != 0 || chmod(tmp, 0600) == -1 || rename(tmp, file) == -1) {
		fprintf(stderr, "appraisal-admin: backup: cannot write %s: %s\n",
		    file, rc ? "tar failed (above)" : strerror(errno));
		unlink(tmp);
		return 1;
	}
	return 0;
}

static int
admin_backup(struct admin *a)
{
	char dir[PATH_MAX], name[64], when[32];
	const char *file;
	time_t now = time(NULL);
	struct tm tm;
	int rc;

	if (a->argc > 1)
		return admin_usage();
	gmtime_r(&now, &tm);
	strftime(when, sizeof(when), "%Y-%m-%d %H:%M:%S", &tm);
	strftime(name, sizeof(name), "appraisal-backup-%Y%m%d-%H%M%S.tar",
	    &tm);
	file = a->argc == 1 ? a->argv[0] : name;
	if (work_dir(dir, sizeof(dir)) == -1)
		return 1;
	rc = admin_backup_in(a, dir, file, when);
	rm_tree(dir);
	if (rc == 0)
		printf("backup: %s (the database and the configuration; mode "
		    "0600: it holds the passwords, keep it where only IT can "
		    "read it)\n", file);
	return rc;
}

static int
admin_restore_in(struct admin *a, const char *dir, const char *file)
{
	char opts[PATH_MAX], dump[PATH_MAX], optarg_[PATH_MAX + 32];
	struct db_conf dc;
	int rc;

	app_db_conf(&a->conf, 1, &dc);
	{
		char *argv[] = { "tar", "--extract", "--file", (char *)file,
		    "--directory", (char *)dir, "--no-same-owner",
		    "MANIFEST", "database.sql", NULL };

		if (run_child(argv, NULL, NULL) != 0) {
			fprintf(stderr, "appraisal-admin: restore: %s is not a "
			    "backup made by appraisal-admin backup (no "
			    "MANIFEST and database.sql in it)\n", file);
			return 1;
		}
	}
	if (write_client_opts(a, dir, opts, sizeof(opts)) == -1)
		return 1;
	snprintf(optarg_, sizeof(optarg_), "--defaults-extra-file=%s", opts);
	if (path_in(dump, sizeof(dump), dir, "database.sql") == -1)
		return 1;
	{
		char *argv[] = { "mariadb", optarg_, "--batch",
		    (char *)dc.name, NULL };

		if ((rc = run_child(argv, dump, NULL)) != 0) {
			fprintf(stderr, "appraisal-admin: restore: loading the "
			    "database '%s' failed (exit %d, its message is "
			    "above): the database may be half restored; "
			    "restore again\n", dc.name, rc);
			return 1;
		}
	}
	return 0;
}

static int
admin_restore(struct admin *a)
{
	struct db_result r;
	struct db_conf dc;
	enum db_status st;
	char dir[PATH_MAX], reason[300];
	const char *file;
	int replace, rc;
	struct audit_event e = {
		.actor_login = "appraisal-admin", .action = "restore",
		.record_type = "", .result = "ok",
	};

	replace = a->argc == 2 && strcmp(a->argv[0], "--replace") == 0;
	if (a->argc != 1 && !replace)
		return admin_usage();
	file = a->argv[a->argc - 1];
	app_db_conf(&a->conf, 1, &dc);
	if (access(file, R_OK) == -1) {
		fprintf(stderr, "appraisal-admin: restore: %s: %s\n", file,
		    strerror(errno));
		return 1;
	}
	if ((st = db_query(a->db, &a->arena, SQL_DATABASE_TABLES, NULL, 0,
	    &r)) != DB_OK)
		return admin_db_fail("reading the database", st);
	if (db_int(&r, 0, 0) > 0 && !replace) {
		fprintf(stderr, "appraisal-admin: restore: database '%s' is not "
		    "empty (%lld tables): restoring replaces every table and "
		    "its rows; run again as restore --replace %s\n", dc.name,
		    db_int(&r, 0, 0), file);
		return 1;
	}
	if (work_dir(dir, sizeof(dir)) == -1)
		return 1;
	rc = admin_restore_in(a, dir, file);
	rm_tree(dir);
	if (rc != 0)
		return rc;
	snprintf(reason, sizeof(reason), "database restored from %s",
	    base_name(file));
	e.reason = reason;
	db_free(a->db);		/* the tables it knew were replaced */
	app_db_conf(&a->conf, 1, &dc);
	if ((a->db = db_new(&dc)) == NULL ||
	    (st = audit_write(a->db, &e)) != DB_OK)
		fprintf(stderr, "appraisal-admin: restore: the restore could "
		    "not be audited\n");
	printf("restore: database '%s' restored from %s. The configuration "
	    "saved with it is not touched: see it with tar -xf %s etc/\n"
	    "Then run appraisal-admin -a ADMIN-CONF migrate (if the backup "
	    "is older than this version) and the grants (README, step 6).\n",
	    dc.name, file, file);
	return 0;
}

/* ---- main --------------------------------------------------------------- */

static const struct {
	const char	*name;
	int		 (*fn)(struct admin *);
	int		 nargs;		/* arguments it takes; -1: it checks */
} commands[] = {
	{ "migrate", admin_migrate, 0 },
	{ "status", admin_status, 0 },
	{ "sync-directory", admin_sync, 0 },
	{ "unbind", admin_unbind, 1 },
	{ "school", admin_school, -1 },
	{ "trust", admin_trust, -1 },
	{ "backup", admin_backup, -1 },
	{ "restore", admin_restore, -1 },
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
		if (commands[i].nargs >= 0 && a->argc != commands[i].nargs)
			return admin_usage();
		a->arg = a->argc > 0 ? a->argv[0] : NULL;
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

/* The commands that use the database alone: they need only the Database
 * (and Admin.Database) settings, so a file with just those will do (the
 * Debian package's /etc/appraisal/admin.hdf, before IT has written the
 * directory's settings). */
static int
admin_db_only(const char *cmd)
{
	static const char *const db_only[] = { "migrate", "backup",
	    "restore", "school", "trust" };
	size_t i;

	for (i = 0; i < sizeof(db_only) / sizeof(db_only[0]); i++)
		if (strcmp(cmd, db_only[i]) == 0)
			return 1;
	return 0;
}

static int
admin_conf_db(struct admin *a, char *err, size_t errsz)
{
	conf_init(&a->conf);
	if (conf_load(&a->conf, a->path, err, errsz) == -1 ||
	    (a->admin_path != NULL &&
	    conf_load(&a->conf, a->admin_path, err, errsz) == -1))
		return -1;
	if (!conf_isset(&a->conf, "Database.User") &&
	    !conf_isset(&a->conf, "Admin.Database.User")) {
		snprintf(err, errsz, "no database account: set Database.User "
		    "(or Admin.Database.User) and its Password");
		return -1;
	}
	return 0;
}

int
main(int argc, char **argv)
{
	struct admin a = { .sqldir = APPRAISAL_SQLDIR };
	const char *cmd;
	char err[CONF_ERR_LEN];
	int ch, rc;

	a.path = conf_default_path();
	while ((ch = getopt(argc, argv, "+a:c:s:")) != -1) {
		switch (ch) {
		case 'a': a.admin_path = optarg; break;
		case 'c': a.path = optarg; break;
		case 's': a.sqldir = optarg; break;
		default: return admin_usage();
		}
	}
	if (optind >= argc)
		return admin_usage();
	cmd = argv[optind];
	a.argc = argc - optind - 1;
	a.argv = argv + optind + 1;
	if (strcmp(cmd, "check-config") == 0 && (a.argc > 1 || (a.argc == 1 &&
	    strcmp(a.argv[0], "--file-only") != 0)))
		return admin_usage();
	if ((admin_db_only(cmd) ? admin_conf_db(&a, err, sizeof(err)) :
	    app_conf_load(&a.conf, a.path, a.admin_path, err,
	    sizeof(err))) == -1) {
		fprintf(stderr, "appraisal-admin: configuration: %s\n", err);
		conf_free(&a.conf);
		return 1;
	}
	if (strcmp(cmd, "check-config") == 0)
		rc = admin_check_config(&a, a.argc == 1);
	else if (strcmp(cmd, "check-directory") == 0)
		rc = admin_check_directory(&a.conf, a.argc, a.argv);
	else
		rc = admin_run(&a, cmd);
	conf_free(&a.conf);
	return rc;
}
