/*
 * db: the MariaDB connection of one program process (Connector/C).
 *
 * Contract:
 * - Every statement comes from the sql table and is prepared once per
 *   connection, on first use; db checks the server's parameter count
 *   against the table. Parameters are bound, never formatted into text.
 * - The connection is made lazily with connect/read/write timeouts,
 *   utf8mb4, strict SQL mode and UTC. When the server has gone away
 *   (errors 2006/2013 and the like) db drops the connection and its
 *   statements; outside a transaction it reconnects, re-prepares and
 *   retries the statement once; inside one it returns DB_UNAVAILABLE and
 *   the transaction is lost (the caller's page says so; nothing partial
 *   was committed).
 * - db_query() copies every row into the arena as NUL-terminated strings
 *   (a SQL NULL is a NULL pointer). Results are small by design; a query
 *   that would exceed the arena returns DB_ERROR.
 * - Errors are logged once to stderr with the statement's name.
 * - db_queries() counts statements executed since db_count_reset().
 */
#ifndef APPRAISAL_DB_H
#define APPRAISAL_DB_H

#include <stddef.h>

#include "sql.h"

struct arena;
struct db;

enum db_status {
	DB_OK = 0,
	DB_UNAVAILABLE,		/* cannot reach the server, or it cannot write
				 * now (read-only, disk full): 503 */
	DB_DUPLICATE,		/* a unique key would be broken */
	DB_RETRY,		/* deadlock or lock wait: try the request again */
	DB_ERROR		/* anything else: 500 */
};

enum db_param_type { DB_P_NULL, DB_P_INT, DB_P_TEXT };

struct db_param {
	enum db_param_type	 type;
	long long		 i;
	const char		*s;
};

#define DB_INT(v)	((struct db_param){ .type = DB_P_INT, .i = (v) })
#define DB_TEXT(v)	((struct db_param){ .type = DB_P_TEXT, .s = (v) })
#define DB_NULL		((struct db_param){ .type = DB_P_NULL })
/* A text parameter that is NULL in SQL when the C string is NULL. */
#define DB_TEXT_OR_NULL(v) ((v) ? DB_TEXT(v) : DB_NULL)

struct db_row {
	char	**col;
};

struct db_result {
	struct db_row	*rows;
	size_t		 nrows;
	size_t		 ncols;
	unsigned long long affected;
	unsigned long long insert_id;
};

struct db_conf {
	const char	*host;
	unsigned int	 port;
	const char	*socket;	/* NULL or "": TCP */
	const char	*name;
	const char	*user;
	const char	*password;
	unsigned int	 connect_timeout;
	unsigned int	 timeout;
};

/* Allocates the handle; connects later. NULL when out of memory. */
struct db	*db_new(const struct db_conf *);
void		 db_free(struct db *);
/* Connect now if not connected. */
enum db_status	 db_connect(struct db *);
/* Why the last connection of this process failed, as the server or the
 * client library said it (with its error number, also put in *code when
 * code is not NULL), for command-line tools; "" when none has failed. */
const char	*db_last_error(unsigned int *code);

enum db_status	 db_query(struct db *, struct arena *, enum sql_id,
		    const struct db_param *, size_t nparams, struct db_result *);
enum db_status	 db_exec(struct db *, enum sql_id, const struct db_param *,
		    size_t nparams, struct db_result *);
/*
 * One statement that reads several lists at once (a UNION ALL whose last
 * column is the list's number, 1 to nparts): the rows of list k go to
 * parts[k - 1], in the order the statement gave them, with that last
 * column left out of ncols; rows with another number are dropped. One
 * round trip instead of nparts.
 */
enum db_status	 db_query_parts(struct db *, struct arena *, enum sql_id,
		    const struct db_param *, size_t nparams,
		    struct db_result *parts, size_t nparts);
/* Run SQL text that is not in the table: migrations only (admin tool). */
enum db_status	 db_exec_script(struct db *, const char *text);

enum db_status	 db_begin(struct db *);
enum db_status	 db_commit(struct db *);
/* Always safe to call; a no-op outside a transaction. */
void		 db_rollback(struct db *);
int		 db_in_transaction(const struct db *);

unsigned int	 db_queries(const struct db *);
void		 db_count_reset(struct db *);
/* Value of column c of row r, "" when NULL or out of range. */
const char	*db_val(const struct db_result *, size_t r, size_t c);
long long	 db_int(const struct db_result *, size_t r, size_t c);
const char	*db_status_str(enum db_status);

#define DB_NPARAMS(a) (sizeof(a) / sizeof((a)[0]))

#endif
