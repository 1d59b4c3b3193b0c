/*
 * sql: every SQL statement of the product, in one table indexed by this
 * enum (sql.c). Statements are prepared once per connection by db, which
 * checks that the server counts as many '?' parameters as the table says.
 * No SQL text exists anywhere else (migrations in sql/ aside).
 */
#ifndef APPRAISAL_SQL_H
#define APPRAISAL_SQL_H

#include <stddef.h>

enum sql_id {
	SQL_PING,
	SQL_SCHOOL_BY_CODE,
	SQL_STAFF_UPSERT,
	SQL_STAFF_LOGGED_IN,
	SQL_STAFF_DEACTIVATE_UNSEEN,
	SQL_SESSION_ACTOR,
	SQL_SESSION_INSERT,
	SQL_SESSION_TOUCH,
	SQL_SESSION_DELETE,
	SQL_SESSION_PURGE,
	SQL_THROTTLE_GET,
	SQL_THROTTLE_FAIL,
	SQL_THROTTLE_CLEAR,
	SQL_AUDIT_INSERT,
	SQL_DASH_AS_REVIEWEE,
	SQL_DASH_AS_REVIEWER,
	SQL_DASH_SCHOOL_COUNTS,
	SQL_DASH_SCHOOL_OVERDUE,
	SQL_POLICY_LOAD,
	SQL_POLICY_ENSURE,
	SQL_POLICY_SAVE,
	SQL_NOW,
	SQL_MIGRATIONS_INIT,
	SQL_MIGRATIONS_LIST,
	SQL_MIGRATIONS_RECORD,
	SQL_STATUS_COUNTS,
	SQL__COUNT
};

struct sql_stmt {
	const char	*text;
	unsigned int	 nparams;
};

/* The statement for id; never NULL for a valid id. */
const struct sql_stmt	*sql_get(enum sql_id id);
const char		*sql_name(enum sql_id id);

#endif
