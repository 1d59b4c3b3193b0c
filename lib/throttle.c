#include <ctype.h>
#include <string.h>

#include "arena.h"
#include "throttle.h"

#define THROTTLE_SUBJECT_MAX 256
#define THROTTLE_RETRIES 5

static const char *const kinds[] = { "user", "address" };

static void
throttle_subject(const char *s, char out[THROTTLE_SUBJECT_MAX + 1])
{
	size_t i;

	for (i = 0; s != NULL && s[i] != '\0' && i < THROTTLE_SUBJECT_MAX; i++)
		out[i] = (char)tolower((unsigned char)s[i]);
	/* Do not end inside a UTF-8 sequence. */
	while (i > 0 && s[i] != '\0' && ((unsigned char)s[i] & 0xc0) == 0x80)
		i--;
	out[i] = '\0';
}

int
throttle_over(long long count, long long max)
{
	return count > max;
}

enum db_status
throttle_hit(struct db *db, enum throttle_kind k, const char *subject,
    long long now, long long max, long long window, int *locked)
{
	char subj[THROTTLE_SUBJECT_MAX + 1];
	struct db_param p[5];
	struct db_result r;
	enum db_status st;
	int tries = 0;

	*locked = 1;		/* refused unless counted */
	throttle_subject(subject, subj);
	p[0] = DB_TEXT(kinds[k]);
	p[1] = DB_TEXT(subj);
	p[2] = DB_INT(now);
	p[3] = DB_INT(now - window);
	p[4] = DB_INT(now - window);
	do
		st = db_exec(db, SQL_THROTTLE_HIT, p, 5, &r);
	while (st == DB_RETRY && ++tries < THROTTLE_RETRIES);
	if (st != DB_OK)
		return st;
	/* A new row: no insert id, the first attempt. An updated row: the
	 * count, through LAST_INSERT_ID(expr). */
	*locked = throttle_over(r.insert_id > 0 ? (long long)r.insert_id : 1,
	    max);
	return DB_OK;
}

static enum db_status
throttle_exec(struct db *db, enum sql_id sql, enum throttle_kind k,
    const char *subject)
{
	char subj[THROTTLE_SUBJECT_MAX + 1];
	struct db_param p[2];
	enum db_status st;
	int tries = 0;

	throttle_subject(subject, subj);
	p[0] = DB_TEXT(kinds[k]);
	p[1] = DB_TEXT(subj);
	do
		st = db_exec(db, sql, p, 2, NULL);
	while (st == DB_RETRY && ++tries < THROTTLE_RETRIES);
	return st;
}

enum db_status
throttle_forgive(struct db *db, enum throttle_kind k, const char *subject)
{
	return throttle_exec(db, SQL_THROTTLE_FORGIVE, k, subject);
}

enum db_status
throttle_clear(struct db *db, enum throttle_kind k, const char *subject)
{
	return throttle_exec(db, SQL_THROTTLE_CLEAR, k, subject);
}
