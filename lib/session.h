/*
 * session: server-side log-in sessions kept in MariaDB.
 *
 * Contract:
 * - The cookie holds a 256-bit random token (64 hex characters from
 *   getrandom); the database holds only its SHA-256, so a copy of the
 *   session table cannot be replayed. Each session has its own random
 *   CSRF token, compared in constant time by the caller (token_equal).
 * - A session ends after SESSION idle minutes without a request, or after
 *   its absolute lifetime, whichever comes first; an ended session's row
 *   is deleted when it is next presented. session_expired() is the pure
 *   rule, unit-tested.
 * - session_create() is called only after a successful log-in and makes a
 *   new token each time (rotation): a token set before log-in is never
 *   promoted. session_destroy() deletes the row: the old cookie is then
 *   refused everywhere.
 * - last_seen is written at most once a minute per session, to keep reads
 *   read-only.
 * - Strings in the loaded actor point into the arena.
 */
#ifndef APPRAISAL_SESSION_H
#define APPRAISAL_SESSION_H

#include "db.h"
#include "token.h"

#define SESSION_COOKIE "appraisal_session"
#define SESSION_LOGIN_COOKIE "appraisal_login"	/* CSRF before log-in */
#define SESSION_TOUCH_SECONDS 60

struct actor {
	long long	 id;
	long long	 school_id;
	const char	*school_code;
	const char	*school_name;
	const char	*login;
	const char	*name;
	const char	*mail;
	const char	*title;
	unsigned int	 roles;		/* enum role bits */
	long long	 school_config_version;	/* lib/model/school_conf */
	long long	 trust_id;	/* of their school; 0: none */
	long long	 ties;		/* staff_ties: 0 when their dashboard
					 * has only their own lists */
};

struct session {
	char		 hash[TOKEN_HEX_LEN + 1];
	char		 csrf[TOKEN_HEX_LEN + 1];
	long long	 created;
	long long	 last_seen;
	struct actor	 actor;
};

enum session_result {
	SESSION_OK,
	SESSION_NONE,		/* no cookie, bad format, or unknown token */
	SESSION_EXPIRED,	/* known but past its idle or absolute limit */
	SESSION_DB		/* the database failed: see *st */
};

/* 1 if a session created at `created` and last used at `last_seen` has
 * ended at `now` (all in seconds). */
int	session_expired(long long created, long long last_seen, long long now,
	    long idle_seconds, long max_seconds);

enum session_result session_load(struct db *, struct arena *, const char *token,
	    long long now, long idle_seconds, long max_seconds,
	    struct session *out, enum db_status *st);
enum db_status	session_create(struct db *, long long staff_id,
	    const char *address, long long now,
	    char token[TOKEN_HEX_LEN + 1], char csrf[TOKEN_HEX_LEN + 1]);
enum db_status	session_destroy(struct db *, const char *token);
/* Delete every ended session (called now and then, e.g. at log-in). */
enum db_status	session_purge(struct db *, long long now, long idle_seconds,
	    long max_seconds);

#endif
