#include <stdio.h>
#include <string.h>

#include "audit.h"

/* Copy at most max bytes of s into out, cutting at a UTF-8 boundary. */
static const char *
audit_cut(const char *s, char *out, size_t max)
{
	size_t len;

	if (s == NULL)
		return "";
	len = strlen(s);
	if (len <= max)
		return s;
	len = max;
	while (len > 0 && ((unsigned char)s[len] & 0xc0) == 0x80)
		len--;
	memcpy(out, s, len);
	out[len] = '\0';
	return out;
}

#define AUDIT_ID(v) ((v) > 0 ? DB_INT(v) : DB_NULL)

/* The nine parameters of one event; login and reason: room for the cut
 * copies (257 and 256 bytes). */
static void
audit_params(const struct audit_event *e, struct db_param *p, char *login,
    char *reason)
{
	p[0] = AUDIT_ID(e->actor_id);
	p[1] = DB_TEXT(audit_cut(e->actor_login, login, 256));
	p[2] = AUDIT_ID(e->school_id);
	p[3] = DB_TEXT(e->action);
	p[4] = DB_TEXT(e->record_type ? e->record_type : "");
	p[5] = AUDIT_ID(e->record_id);
	p[6] = DB_TEXT(e->result);
	p[7] = DB_TEXT(audit_cut(e->reason, reason, 255));
	p[8] = DB_TEXT(e->address ? e->address : "");
}

static void
audit_lost(enum db_status st, const struct audit_event *e)
{
	fprintf(stderr, "appraisal: audit: not recorded (%s): %s %s "
	    "actor=%lld result=%s\n", db_status_str(st), e->action,
	    e->record_type ? e->record_type : "", e->actor_id, e->result);
}

enum db_status
audit_write(struct db *db, const struct audit_event *e)
{
	char login[257], reason[256];
	struct db_param p[9];
	enum db_status st;

	audit_params(e, p, login, reason);
	if ((st = db_exec(db, SQL_AUDIT_INSERT, p, 9, NULL)) != DB_OK)
		audit_lost(st, e);
	return st;
}

enum db_status
audit_write_batch(struct db *db, const struct audit_event *e, size_t n)
{
	char login[AUDIT_BATCH_MAX][257], reason[AUDIT_BATCH_MAX][256];
	struct db_param p[9 * AUDIT_BATCH_MAX];
	enum db_status st;
	size_t i, j;

	if (n == 0 || n > AUDIT_BATCH_MAX)
		return DB_ERROR;
	for (i = 0; i < AUDIT_BATCH_MAX; i++)
		if (i < n)
			audit_params(&e[i], p + 9 * i, login[i], reason[i]);
		else
			for (j = 0; j < 9; j++)	/* no action: no row */
				p[9 * i + j] = DB_NULL;
	if ((st = db_exec(db, SQL_AUDIT_INSERT_BATCH, p, 9 * AUDIT_BATCH_MAX,
	    NULL)) != DB_OK)
		for (i = 0; i < n; i++)
			audit_lost(st, &e[i]);
	return st;
}
