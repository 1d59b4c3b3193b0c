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

enum db_status
audit_write(struct db *db, const struct audit_event *e)
{
	char login[257], reason[256];
	struct db_param p[9];
	enum db_status st;

	p[0] = AUDIT_ID(e->actor_id);
	p[1] = DB_TEXT(audit_cut(e->actor_login, login, 256));
	p[2] = AUDIT_ID(e->school_id);
	p[3] = DB_TEXT(e->action);
	p[4] = DB_TEXT(e->record_type ? e->record_type : "");
	p[5] = AUDIT_ID(e->record_id);
	p[6] = DB_TEXT(e->result);
	p[7] = DB_TEXT(audit_cut(e->reason, reason, 255));
	p[8] = DB_TEXT(e->address ? e->address : "");
	st = db_exec(db, SQL_AUDIT_INSERT, p, 9, NULL);
	if (st != DB_OK)
		fprintf(stderr, "appraisal: audit: not recorded (%s): %s %s "
		    "actor=%lld result=%s\n", db_status_str(st), e->action,
		    e->record_type ? e->record_type : "", e->actor_id, e->result);
	return st;
}
