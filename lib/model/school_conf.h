/*
 * model/school_conf: what a school's pages need of it and what rarely
 * changes, its policy settings and its calendar of closed days, kept in
 * the program process and read again only when the school's version in
 * school_config moves (migration 017: triggers move it in the same
 * transaction as any change to either). The version comes with the
 * request's first statement: the session (the actor's school) or the
 * access facts (the record's school), so a cached copy costs no
 * statement and is never used once a change is committed.
 *
 * Contract:
 * - school_conf() fills *pol and *cal (either may be NULL) for school
 *   `school_id` as of `version`: from the cache when it holds that
 *   version, else read (two statements) and kept. version 0: not known,
 *   read it first (one statement more). The calendar holds every closed
 *   weekday the school has (at most SCHOOL_CONF_CLOSURES_MAX), copied
 *   into the arena, so it lives as long as the request.
 * - school_conf_forget() empties the cache (tests; a process that
 *   lost its database connection keeps its copies: the version decides).
 */
#ifndef APPRAISAL_MODEL_SCHOOL_CONF_H
#define APPRAISAL_MODEL_SCHOOL_CONF_H

#include "../calendar.h"
#include "../db.h"
#include "../policy.h"

#define SCHOOL_CONF_CLOSURES_MAX	5000
#define SCHOOL_CONF_SCHOOLS		32

enum db_status	school_conf(struct db *, struct arena *, long long school_id,
		    long long version, struct policy *pol, struct calendar *cal);
void		school_conf_forget(void);

#endif
