#include <stdlib.h>
#include <string.h>

#include "../arena.h"
#include "../sql.h"
#include "policy.h"
#include "school_conf.h"

struct school_conf_entry {
	long long	 school_id;	/* 0: free */
	long long	 version;
	unsigned long	 used;		/* last use, for replacement */
	struct policy	 policy;
	long		*closed;	/* malloc'd, ascending weekdays */
	size_t		 nclosed;
};

static struct school_conf_entry cache[SCHOOL_CONF_SCHOOLS];
static unsigned long clock_tick;

void
school_conf_forget(void)
{
	size_t i;

	for (i = 0; i < SCHOOL_CONF_SCHOOLS; i++)
		free(cache[i].closed);
	memset(cache, 0, sizeof(cache));
}

/* The slot of school_id, or the least recently used one. */
static struct school_conf_entry *
school_conf_slot(long long school_id)
{
	struct school_conf_entry *e = &cache[0];
	size_t i;

	for (i = 0; i < SCHOOL_CONF_SCHOOLS; i++) {
		if (cache[i].school_id == school_id)
			return &cache[i];
		if (cache[i].used < e->used)
			e = &cache[i];
	}
	return e;
}

static enum db_status
school_conf_version(struct db *db, struct arena *ar, long long school_id,
    long long *version)
{
	struct db_param p[1] = { DB_INT(school_id) };
	struct db_result r;
	enum db_status st;

	if ((st = db_query(db, ar, SQL_SCHOOL_CONFIG_VERSION, p, 1, &r)) != DB_OK)
		return st;
	*version = r.nrows == 1 ? db_int(&r, 0, 0) : 0;
	return DB_OK;
}

/* Read the school's settings and closures into e (kept on success). */
static enum db_status
school_conf_read(struct db *db, struct arena *ar, long long school_id,
    long long version, struct school_conf_entry *e)
{
	struct db_param p[1] = { DB_INT(school_id) };
	struct calendar cal;
	struct db_result r;
	struct policy pol;
	enum db_status st;
	long *days;
	size_t i, n = 0;

	if ((st = policy_load(db, ar, school_id, &pol)) != DB_OK ||
	    (st = db_query(db, ar, SQL_CLOSURES_ALL, p, 1, &r)) != DB_OK)
		return st;
	if ((days = malloc(sizeof(long) * (r.nrows ? r.nrows : 1))) == NULL)
		return DB_ERROR;
	for (i = 0; i < r.nrows && i < SCHOOL_CONF_CLOSURES_MAX; i++)
		if (calendar_parse(db_val(&r, i, 0), &days[n]) == 0)
			n++;
	if (calendar_build(&cal, days, n, days, n, NULL, 0) != CALENDAR_OK)
		calendar_init(&cal);
	free(e->closed);
	e->school_id = school_id;
	e->version = version;
	e->policy = pol;
	e->closed = days;
	e->nclosed = cal.nclosed;
	return DB_OK;
}

enum db_status
school_conf(struct db *db, struct arena *ar, long long school_id,
    long long version, struct policy *pol, struct calendar *cal)
{
	struct school_conf_entry *e;
	enum db_status st;
	long *copy;

	if (cal != NULL)
		calendar_init(cal);
	if (pol != NULL)
		policy_defaults(pol);
	if (version == 0 &&
	    (st = school_conf_version(db, ar, school_id, &version)) != DB_OK)
		return st;
	e = school_conf_slot(school_id);
	/* version 0 still: no such school; read every time, keep nothing. */
	if (e->school_id != school_id || e->version != version || version == 0)
		if ((st = school_conf_read(db, ar, school_id, version, e)) != DB_OK)
			return st;
	e->used = ++clock_tick;
	if (pol != NULL)
		*pol = e->policy;
	if (cal != NULL && e->nclosed > 0) {
		if ((copy = arena_alloc(ar, sizeof(long) * e->nclosed)) == NULL)
			return DB_ERROR;
		memcpy(copy, e->closed, sizeof(long) * e->nclosed);
		cal->closed = copy;
		cal->nclosed = e->nclosed;
	}
	return DB_OK;
}
