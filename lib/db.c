#include <mysql.h>
#include <errmsg.h>
#include <mysqld_error.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "db.h"

#define DB_PARAMS_MAX 64
#define DB_COLS_MAX 64
#define DB_INIT_SQL "SET SESSION sql_mode = 'STRICT_ALL_TABLES,NO_ZERO_DATE," \
	"NO_ZERO_IN_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION'," \
	" time_zone = '+00:00'"

static char db_last[512];	/* db_last_error() */
static unsigned int db_last_code;

struct db {
	struct db_conf	 conf;
	MYSQL		*my;
	MYSQL_STMT	*stmt[SQL__COUNT];
	int		 in_tx;
	int		 lost;		/* the last failure lost the connection */
	unsigned int	 queries;
};

static void
db_log(const char *what, const char *name, const char *err)
{
	fprintf(stderr, "appraisal: db: %s%s%s: %s\n", what, name ? " " : "",
	    name ? name : "", err);
}

struct db *
db_new(const struct db_conf *c)
{
	struct db *d;

	if ((d = calloc(1, sizeof(*d))) == NULL)
		return NULL;
	d->conf = *c;
	return d;
}

static void
db_disconnect(struct db *d)
{
	size_t i;

	for (i = 0; i < SQL__COUNT; i++) {
		if (d->stmt[i] != NULL)
			mysql_stmt_close(d->stmt[i]);
		d->stmt[i] = NULL;
	}
	if (d->my != NULL)
		mysql_close(d->my);
	d->my = NULL;
	d->in_tx = 0;
}

void
db_free(struct db *d)
{
	if (d == NULL)
		return;
	db_disconnect(d);
	free(d);
}

static int
db_gone(unsigned int err)
{
	return err == CR_SERVER_GONE_ERROR || err == CR_SERVER_LOST ||
	    err == CR_CONNECTION_ERROR || err == CR_CONN_HOST_ERROR ||
	    err == ER_CONNECTION_KILLED || err == CR_COMMANDS_OUT_OF_SYNC ||
	    err == 4031 /* ER_CLIENT_INTERACTION_TIMEOUT */ ||
	    err == ER_SERVER_SHUTDOWN;
}

/*
 * The server is up but cannot write just now: read-only (a replica, or
 * read_only set for maintenance) or out of disk space. To the person it is
 * the same as a server that went away: nothing was saved, try again
 * later; but the connection is fine, so it is kept.
 */
static int
db_cannot_write(unsigned int err)
{
	return err == ER_OPTION_PREVENTS_STATEMENT /* --read-only */ ||
	    err == ER_READ_ONLY_MODE || err == ER_READ_ONLY_TRANSACTION ||
	    err == ER_DISK_FULL || err == ER_RECORD_FILE_FULL ||
	    err == ER_ERROR_ON_WRITE ||
	    err == ER_GET_ERRNO /* "Got error 28 (no space) from engine" */;
}

static enum db_status
db_status_of(unsigned int err)
{
	if (db_gone(err) || db_cannot_write(err))
		return DB_UNAVAILABLE;
	if (err == ER_DUP_ENTRY)
		return DB_DUPLICATE;
	if (err == ER_LOCK_DEADLOCK || err == ER_LOCK_WAIT_TIMEOUT)
		return DB_RETRY;
	return DB_ERROR;
}

const char *
db_last_error(unsigned int *code)
{
	if (code != NULL)
		*code = db_last_code;
	return db_last;
}

enum db_status
db_connect(struct db *d)
{
	unsigned int t;
	my_bool off = 0;
	const char *sock;

	if (d->my != NULL)
		return DB_OK;
	if ((d->my = mysql_init(NULL)) == NULL)
		return DB_ERROR;
	t = d->conf.connect_timeout;
	mysql_optionsv(d->my, MYSQL_OPT_CONNECT_TIMEOUT, &t);
	t = d->conf.timeout;
	mysql_optionsv(d->my, MYSQL_OPT_READ_TIMEOUT, &t);
	mysql_optionsv(d->my, MYSQL_OPT_WRITE_TIMEOUT, &t);
	mysql_optionsv(d->my, MYSQL_OPT_RECONNECT, &off);
	mysql_optionsv(d->my, MYSQL_SET_CHARSET_NAME, "utf8mb4");
	mysql_optionsv(d->my, MYSQL_INIT_COMMAND, DB_INIT_SQL);
	sock = d->conf.socket && *d->conf.socket ? d->conf.socket : NULL;
	if (mysql_real_connect(d->my, sock ? NULL : d->conf.host,
	    d->conf.user, d->conf.password, d->conf.name, d->conf.port, sock,
	    0) == NULL) {
		unsigned int err = mysql_errno(d->my);

		db_log("connect", NULL, mysql_error(d->my));
		snprintf(db_last, sizeof(db_last), "%s (error %u)",
		    mysql_error(d->my), err);
		db_last_code = err;
		mysql_close(d->my);
		d->my = NULL;
		/* Access denied or unknown database: a configuration fault,
		 * but to the user it is the same: the service is unavailable. */
		(void)err;
		return DB_UNAVAILABLE;
	}
	return DB_OK;
}

static enum db_status
db_prepare(struct db *d, enum sql_id id, MYSQL_STMT **out)
{
	const struct sql_stmt *s = sql_get(id);
	MYSQL_STMT *st;
	my_bool on = 1;
	unsigned int err;

	if (d->stmt[id] != NULL) {
		*out = d->stmt[id];
		return DB_OK;
	}
	if ((st = mysql_stmt_init(d->my)) == NULL)
		return DB_ERROR;
	if (mysql_stmt_prepare(st, s->text, (unsigned long)strlen(s->text))) {
		err = mysql_stmt_errno(st);
		db_log("prepare", sql_name(id), mysql_stmt_error(st));
		mysql_stmt_close(st);
		d->lost = db_gone(err);
		return db_status_of(err);
	}
	if (mysql_stmt_param_count(st) != s->nparams) {
		db_log("prepare", sql_name(id), "parameter count differs from sql.c");
		mysql_stmt_close(st);
		return DB_ERROR;
	}
	mysql_stmt_attr_set(st, STMT_ATTR_UPDATE_MAX_LENGTH, &on);
	d->stmt[id] = *out = st;
	return DB_OK;
}

static void
db_bind_params(MYSQL_BIND *b, const struct db_param *p, size_t n,
    unsigned long *lens)
{
	size_t i;

	memset(b, 0, n * sizeof(*b));
	for (i = 0; i < n; i++) {
		switch (p[i].type) {
		case DB_P_INT:
			b[i].buffer_type = MYSQL_TYPE_LONGLONG;
			b[i].buffer = (void *)&p[i].i;
			break;
		case DB_P_TEXT:
			lens[i] = (unsigned long)strlen(p[i].s);
			b[i].buffer_type = MYSQL_TYPE_STRING;
			b[i].buffer = (void *)p[i].s;
			b[i].buffer_length = lens[i];
			b[i].length = &lens[i];
			break;
		case DB_P_NULL:
			b[i].buffer_type = MYSQL_TYPE_NULL;
			break;
		}
	}
}

/* The rows could not be read: the server went away (or ran out of
 * space for a temporary table) in the middle, or something else. */
static enum db_status
db_fetch_failed(MYSQL_STMT *st)
{
	unsigned int err = mysql_stmt_errno(st);

	db_log("fetch", NULL, mysql_stmt_error(st));
	return err != 0 ? db_status_of(err) : DB_ERROR;
}

/* Fetch every row of an executed statement into the arena. */
static enum db_status
db_fetch_all(MYSQL_STMT *st, struct arena *a, struct db_result *res)
{
	MYSQL_RES *meta;
	MYSQL_FIELD *f;
	MYSQL_BIND b[DB_COLS_MAX];
	unsigned long lens[DB_COLS_MAX];
	my_bool nulls[DB_COLS_MAX];
	size_t nc, i, r;
	enum db_status s;
	int rc;

	if ((meta = mysql_stmt_result_metadata(st)) == NULL)
		return DB_OK;		/* no result set */
	nc = mysql_num_fields(meta);
	if (nc > DB_COLS_MAX) {
		mysql_free_result(meta);
		return DB_ERROR;
	}
	if (mysql_stmt_store_result(st)) {
		mysql_free_result(meta);
		return db_fetch_failed(st);
	}
	f = mysql_fetch_fields(meta);
	memset(b, 0, sizeof(b));
	res->ncols = nc;
	res->nrows = (size_t)mysql_stmt_num_rows(st);
	res->rows = arena_alloc(a, (res->nrows ? res->nrows : 1) * sizeof(*res->rows));
	for (i = 0; i < nc; i++) {
		unsigned long len = f[i].max_length > 64 ? f[i].max_length : 64;

		b[i].buffer_type = MYSQL_TYPE_STRING;
		b[i].buffer_length = len + 1;
		b[i].buffer = arena_alloc(a, len + 1);
		b[i].length = &lens[i];
		b[i].is_null = &nulls[i];
		if (b[i].buffer == NULL)
			res->rows = NULL;
	}
	mysql_free_result(meta);
	if (res->rows == NULL || mysql_stmt_bind_result(st, b)) {
		mysql_stmt_free_result(st);
		return DB_ERROR;
	}
	for (r = 0; (rc = mysql_stmt_fetch(st)) == 0 || rc == MYSQL_DATA_TRUNCATED; r++) {
		if (r >= res->nrows || rc == MYSQL_DATA_TRUNCATED ||
		    (res->rows[r].col = arena_alloc(a, nc * sizeof(char *))) == NULL)
			break;
		for (i = 0; i < nc; i++)
			res->rows[r].col[i] = nulls[i] ? NULL :
			    arena_strndup(a, b[i].buffer, lens[i]);
	}
	s = rc == MYSQL_NO_DATA ? DB_OK : rc == 1 ? db_fetch_failed(st) :
	    DB_ERROR;
	mysql_stmt_free_result(st);
	return s;
}

/* One attempt: prepare if needed, bind, execute, fetch. */
static enum db_status
db_run_once(struct db *d, struct arena *a, enum sql_id id,
    const struct db_param *p, size_t np, struct db_result *res)
{
	MYSQL_STMT *st = NULL;
	MYSQL_BIND b[DB_PARAMS_MAX];
	unsigned long lens[DB_PARAMS_MAX];
	enum db_status s;

	d->lost = 0;
	if ((s = db_connect(d)) != DB_OK || (s = db_prepare(d, id, &st)) != DB_OK)
		return s;
	if (np != sql_get(id)->nparams || np > DB_PARAMS_MAX) {
		db_log("execute", sql_name(id), "wrong number of parameters");
		return DB_ERROR;
	}
	db_bind_params(b, p, np, lens);
	if ((np > 0 && mysql_stmt_bind_param(st, b)) || mysql_stmt_execute(st)) {
		unsigned int err = mysql_stmt_errno(st);

		if (!db_gone(err) && err != ER_DUP_ENTRY)
			db_log("execute", sql_name(id), mysql_stmt_error(st));
		d->lost = db_gone(err);
		return db_status_of(err);
	}
	d->queries++;
	res->affected = mysql_stmt_affected_rows(st);
	res->insert_id = mysql_stmt_insert_id(st);
	if (a == NULL) {
		mysql_stmt_free_result(st);
		return DB_OK;
	}
	/* Rows cut off half-way: reconnect and retry as for a lost server
	 * (harmless when it was only out of space). */
	if ((s = db_fetch_all(st, a, res)) == DB_UNAVAILABLE)
		d->lost = 1;
	return s;
}

static enum db_status
db_run(struct db *d, struct arena *a, enum sql_id id, const struct db_param *p,
    size_t np, struct db_result *res)
{
	enum db_status s;
	int was_tx = d->in_tx;

	memset(res, 0, sizeof(*res));
	s = db_run_once(d, a, id, p, np, res);
	if (s != DB_UNAVAILABLE || d->my == NULL || !d->lost)
		return s;
	/* The server went away: drop everything; retry if no transaction. */
	db_log("execute", sql_name(id), "connection lost, reconnecting");
	db_disconnect(d);
	if (was_tx)
		return DB_UNAVAILABLE;
	memset(res, 0, sizeof(*res));
	return db_run_once(d, a, id, p, np, res);
}

enum db_status
db_query(struct db *d, struct arena *a, enum sql_id id,
    const struct db_param *p, size_t np, struct db_result *res)
{
	return db_run(d, a, id, p, np, res);
}

/* The list number of a row: its last column. */
static long long
db_part_of(const struct db_result *r, size_t row)
{
	return db_int(r, row, r->ncols - 1);
}

enum db_status
db_query_parts(struct db *d, struct arena *a, enum sql_id id,
    const struct db_param *p, size_t np, struct db_result *parts,
    size_t nparts)
{
	struct db_result r;
	struct db_row t;
	enum db_status st;
	size_t i, j, k;

	memset(parts, 0, nparts * sizeof(*parts));
	if ((st = db_run(d, a, id, p, np, &r)) != DB_OK)
		return st;
	if (r.ncols < 2)
		return DB_OK;
	/* Stable insertion sort by list number: lists are short. */
	for (i = 1; i < r.nrows; i++) {
		t = r.rows[i];
		for (j = i; j > 0 && db_part_of(&r, j - 1) >
		    (t.col[r.ncols - 1] ? strtoll(t.col[r.ncols - 1], NULL, 10) : 0);
		    j--)
			r.rows[j] = r.rows[j - 1];
		r.rows[j] = t;
	}
	for (i = 0; i < r.nrows; i = j) {
		k = (size_t)db_part_of(&r, i);
		for (j = i; j < r.nrows && db_part_of(&r, j) == (long long)k; j++)
			;
		if (k >= 1 && k <= nparts) {
			parts[k - 1].rows = r.rows + i;
			parts[k - 1].nrows = j - i;
		}
	}
	for (k = 0; k < nparts; k++)
		parts[k].ncols = r.ncols - 1;
	return DB_OK;
}

enum db_status
db_exec(struct db *d, enum sql_id id, const struct db_param *p, size_t np,
    struct db_result *res)
{
	struct db_result local;

	return db_run(d, NULL, id, p, np, res ? res : &local);
}

static enum db_status
db_simple(struct db *d, const char *text)
{
	enum db_status s;
	unsigned int err;

	if ((s = db_connect(d)) != DB_OK)
		return s;
	if (mysql_real_query(d->my, text, (unsigned long)strlen(text))) {
		err = mysql_errno(d->my);
		db_log("query", NULL, mysql_error(d->my));
		if (db_gone(err)) {
			db_disconnect(d);
			d->lost = 1;
		}
		return db_status_of(err);
	}
	d->queries++;
	return DB_OK;
}

enum db_status
db_exec_script(struct db *d, const char *text)
{
	enum db_status s;
	MYSQL_RES *r;
	int more;

	if ((s = db_connect(d)) != DB_OK)
		return s;
	mysql_set_server_option(d->my, MYSQL_OPTION_MULTI_STATEMENTS_ON);
	s = db_simple(d, text);
	if (s == DB_OK && d->my != NULL) {
		do {
			if ((r = mysql_store_result(d->my)) != NULL)
				mysql_free_result(r);
			more = mysql_next_result(d->my);
			if (more > 0) {
				db_log("script", NULL, mysql_error(d->my));
				s = db_status_of(mysql_errno(d->my));
			}
		} while (more == 0);
	}
	if (d->my != NULL)
		mysql_set_server_option(d->my, MYSQL_OPTION_MULTI_STATEMENTS_OFF);
	return s;
}

enum db_status
db_begin(struct db *d)
{
	enum db_status s;

	/* Starting a transaction is where a lost connection is retried. */
	if ((s = db_simple(d, "START TRANSACTION")) == DB_UNAVAILABLE)
		s = db_simple(d, "START TRANSACTION");
	if (s == DB_OK)
		d->in_tx = 1;
	return s;
}

enum db_status
db_commit(struct db *d)
{
	enum db_status s;

	if (!d->in_tx)
		return DB_ERROR;
	s = db_simple(d, "COMMIT");
	d->in_tx = 0;
	return s;
}

void
db_rollback(struct db *d)
{
	if (!d->in_tx || d->my == NULL) {
		d->in_tx = 0;
		return;
	}
	db_simple(d, "ROLLBACK");
	d->in_tx = 0;
}

int
db_in_transaction(const struct db *d)
{
	return d->in_tx;
}

unsigned int
db_queries(const struct db *d)
{
	return d->queries;
}

void
db_count_reset(struct db *d)
{
	d->queries = 0;
}

const char *
db_val(const struct db_result *res, size_t r, size_t c)
{
	if (r >= res->nrows || c >= res->ncols || res->rows[r].col == NULL ||
	    res->rows[r].col[c] == NULL)
		return "";
	return res->rows[r].col[c];
}

long long
db_int(const struct db_result *res, size_t r, size_t c)
{
	return strtoll(db_val(res, r, c), NULL, 10);
}

const char *
db_status_str(enum db_status s)
{
	static const char *const names[] = {
		"ok", "database unavailable", "duplicate", "retry", "error"
	};

	return (size_t)s < sizeof(names) / sizeof(names[0]) ? names[s] : "?";
}
