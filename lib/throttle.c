#include <ctype.h>
#include <string.h>

#include "arena.h"
#include "throttle.h"

#define THROTTLE_SUBJECT_MAX 256

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
throttle_locked(long long failures, long long window_start, long long now,
    long long max, long long window)
{
	return failures >= max && now - window_start < window;
}

enum db_status
throttle_check(struct db *db, struct arena *a, enum throttle_kind k,
    const char *subject, long long now, long long max, long long window,
    int *locked)
{
	char subj[THROTTLE_SUBJECT_MAX + 1];
	struct db_param p[2];
	struct db_result r;
	enum db_status st;

	*locked = 0;
	throttle_subject(subject, subj);
	p[0] = DB_TEXT(kinds[k]);
	p[1] = DB_TEXT(subj);
	if ((st = db_query(db, a, SQL_THROTTLE_GET, p, 2, &r)) != DB_OK)
		return st;
	if (r.nrows == 1)
		*locked = throttle_locked(db_int(&r, 0, 0), db_int(&r, 0, 1), now,
		    max, window);
	return DB_OK;
}

enum db_status
throttle_fail(struct db *db, enum throttle_kind k, const char *subject,
    long long now, long long window)
{
	char subj[THROTTLE_SUBJECT_MAX + 1];
	struct db_param p[5];

	throttle_subject(subject, subj);
	p[0] = DB_TEXT(kinds[k]);
	p[1] = DB_TEXT(subj);
	p[2] = DB_INT(now);
	p[3] = DB_INT(now - window);
	p[4] = DB_INT(now - window);
	return db_exec(db, SQL_THROTTLE_FAIL, p, 5, NULL);
}

enum db_status
throttle_clear(struct db *db, enum throttle_kind k, const char *subject)
{
	char subj[THROTTLE_SUBJECT_MAX + 1];
	struct db_param p[2];

	throttle_subject(subject, subj);
	p[0] = DB_TEXT(kinds[k]);
	p[1] = DB_TEXT(subj);
	return db_exec(db, SQL_THROTTLE_CLEAR, p, 2, NULL);
}
