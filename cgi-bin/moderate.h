/*
 * moderate: what the pages of cgi-bin/moderate share (moderate.c: the
 * list and the routes; moderate-statement.c: one statement beside those
 * of comparable staff, and the outcome).
 *
 * Contract: mod_load() loads appraisal ids[0] as seen by the actor, with
 * its statement page (one statement), and decides ACCESS_MODERATE: 0
 * when allowed, else 403 after an audit record
 * of the refusal (the same for a record that does not exist or is
 * another school's). Strings point into the request's arena.
 */
#ifndef APPRAISAL_MODERATE_H
#define APPRAISAL_MODERATE_H

#include "app.h"
#include "calendar.h"

#define MOD_PEERS 3		/* comparable statements shown per page */
#define MOD_REASONS_MAX 1000	/* characters; the history note's size */

/* The lists of the statement page's one statement (SQL_MODERATE_PARTS). */
enum mod_part {
	MOD_FACTS, MOD_PEOPLE, MOD_OBJECTIVES, MOD_SUPPORT, MOD_DECISION,
	MOD__PAGE_PARTS
};

struct mod {
	struct access_record	 rec;
	unsigned int		 rels;		/* enum access_rel */
	const char		*why;		/* the relationship that allows */
	char			 today[CALENDAR_ISO_SIZE];
	long long		 after;		/* comparable statements after */
	long long		 before;	/* or before this appraisal */
	int			 bad_page;	/* ?after= not one: 400 */
	struct db_result	 parts[MOD__PAGE_PARTS];
};

int	mod_load(struct ctx *, struct mod *);
/* The statement page's lists (SQL_MODERATE_PARTS) into m->parts. */
enum db_status mod_read(struct ctx *, struct mod *);
/* Audit a refusal about appraisal id (nothing else is written). */
void	mod_refuse_audit(struct ctx *, long long id, const char *reason);

/* GET /moderate/#, POST /moderate/# (moderate-statement.c). */
int	mod_statement_get(struct ctx *);
int	mod_statement_post(struct ctx *);

#endif
