#include <stdio.h>
#include <string.h>

#include "arena.h"
#include "role.h"
#include "session.h"

int
session_expired(long long created, long long last_seen, long long now,
    long idle, long max)
{
	if (now < created)		/* clock went back: be safe */
		return now + 300 < created;
	return now - last_seen >= idle || now - created >= max;
}

static void
session_fill(const struct db_result *r, struct session *s)
{
	snprintf(s->csrf, sizeof(s->csrf), "%s", db_val(r, 0, 0));
	s->created = db_int(r, 0, 1);
	s->last_seen = db_int(r, 0, 2);
	s->actor.id = db_int(r, 0, 3);
	s->actor.school_id = db_int(r, 0, 4);
	s->actor.school_code = db_val(r, 0, 5);
	s->actor.school_name = db_val(r, 0, 6);
	s->actor.login = db_val(r, 0, 7);
	s->actor.name = db_val(r, 0, 8);
	s->actor.mail = db_val(r, 0, 9);
	s->actor.title = db_val(r, 0, 10);
	s->actor.roles = role_parse(db_val(r, 0, 11)) | ROLE_STAFF;
	s->actor.school_config_version = db_int(r, 0, 12);
	s->actor.trust_id = db_int(r, 0, 13);
	s->actor.ties = db_int(r, 0, 14);
}

enum session_result
session_load(struct db *db, struct arena *a, const char *token, long long now,
    long idle, long max, struct session *out, enum db_status *st)
{
	struct db_result r;
	struct db_param p[2];

	memset(out, 0, sizeof(*out));
	*st = DB_OK;
	if (token == NULL || !token_valid(token))
		return SESSION_NONE;
	token_hash_hex(token, out->hash);
	p[0] = DB_TEXT(out->hash);
	if ((*st = db_query(db, a, SQL_SESSION_ACTOR, p, 1, &r)) != DB_OK)
		return SESSION_DB;
	if (r.nrows != 1)
		return SESSION_NONE;
	session_fill(&r, out);
	if (session_expired(out->created, out->last_seen, now, idle, max)) {
		*st = db_exec(db, SQL_SESSION_DELETE, p, 1, NULL);
		return *st == DB_OK ? SESSION_EXPIRED : SESSION_DB;
	}
	if (now - out->last_seen >= SESSION_TOUCH_SECONDS) {
		p[0] = DB_INT(now);
		p[1] = DB_TEXT(out->hash);
		if ((*st = db_exec(db, SQL_SESSION_TOUCH, p, 2, NULL)) != DB_OK)
			return SESSION_DB;
		out->last_seen = now;
	}
	return SESSION_OK;
}

enum db_status
session_create(struct db *db, long long staff_id, const char *address,
    long long now, char token[TOKEN_HEX_LEN + 1], char csrf[TOKEN_HEX_LEN + 1])
{
	char hash[TOKEN_HEX_LEN + 1];
	struct db_param p[6];

	if (token_new(token) == -1 || token_new(csrf) == -1)
		return DB_ERROR;
	token_hash_hex(token, hash);
	p[0] = DB_TEXT(hash);
	p[1] = DB_INT(staff_id);
	p[2] = DB_TEXT(csrf);
	p[3] = DB_INT(now);
	p[4] = DB_INT(now);
	p[5] = DB_TEXT(address);
	return db_exec(db, SQL_SESSION_INSERT, p, 6, NULL);
}

enum db_status
session_destroy(struct db *db, const char *token)
{
	char hash[TOKEN_HEX_LEN + 1];
	struct db_param p[1];

	if (token == NULL || !token_valid(token))
		return DB_OK;
	token_hash_hex(token, hash);
	p[0] = DB_TEXT(hash);
	return db_exec(db, SQL_SESSION_DELETE, p, 1, NULL);
}

enum db_status
session_purge(struct db *db, long long now, long idle, long max)
{
	struct db_param p[2] = { DB_INT(now - idle), DB_INT(now - max) };

	return db_exec(db, SQL_SESSION_PURGE, p, 2, NULL);
}
