/*
 * model/appraisal: moving one appraisal through its workflow, for every
 * program that takes a step (review, appeal): lock the row, let
 * lib/workflow decide, count the new clock on the school's calendar,
 * move the row (at the version read) and record the event, all in the
 * caller's transaction; and the one reader of the appraisal's row as
 * every page reads it (appraisal_page_row()).
 *
 * Contract:
 * - appraisal_calendar() makes *cal from the school's closed days as of
 *   its config_version (lib/model/school_conf: usually no statement); on
 *   a database failure it returns the status and *cal is weekends only.
 *   Every program that counts working days uses it.
 * - appraisal_lock() reads the row FOR UPDATE: *found 0 when there is
 *   none. Strings live in the arena.
 * - appraisal_due() is the due day (YYYY-MM-DD in out) of a clock of kind
 *   k started on day `from`: the school's days for k (policy) counted in
 *   working days; -1 when it cannot be counted.
 * - appraisal_move() fires ev for a person holding `roles` (actor 0 for
 *   the product itself): APPRAISAL_MOVED with *next set, or why not.
 *   kind/due is the clock to set (the caller counts the workflow's
 *   limit with appraisal_due(), or gives a day of its own such as the
 *   cycle's completion deadline); NULL: none runs, except that a KEEP
 *   row keeps the running one. The event is dated `day`.
 * - appraisal_catch_up() records, in the caller's transaction, the close
 *   of an appeal window that lapsed (workflow_lapsed()) and moves now on:
 *   0, or a database status.
 */
#ifndef APPRAISAL_MODEL_APPRAISAL_H
#define APPRAISAL_MODEL_APPRAISAL_H

#include "../calendar.h"
#include "../db.h"
#include "../policy.h"
#include "../workflow.h"

struct appraisal_now {
	long long		 id;
	enum workflow_state	 state;
	const char		*due_kind;	/* "" when no clock */
	const char		*due_day;	/* "" when no clock */
	long long		 version;
};

enum appraisal_moved {
	APPRAISAL_MOVED,
	APPRAISAL_NOT_NOW,	/* not allowed in this state */
	APPRAISAL_NOT_YOURS,	/* allowed, but not for these roles */
	APPRAISAL_STALE,	/* someone moved it first */
	APPRAISAL_DB_FAILED
};

enum db_status	appraisal_calendar(struct db *, struct arena *,
		    long long school_id, long long version,
		    struct calendar *cal);
enum db_status	appraisal_lock(struct db *, struct arena *, long long id,
		    struct appraisal_now *, int *found);
int		appraisal_due(const struct calendar *, const struct policy *,
		    enum workflow_limit k, const char *from, char out[11]);
enum appraisal_moved appraisal_move(struct db *, struct appraisal_now *,
		    enum workflow_event ev, unsigned int roles,
		    long long actor, const char *day, const char *kind,
		    const char *due, const char *note, enum db_status *st);
enum db_status	appraisal_catch_up(struct db *, struct appraisal_now *,
		    const char *today);

/*
 * The appraisal as every page reads it: SQL_APPRAISAL_LOAD, or the list
 * SQL_PAGE_APPRAISAL of a page's statement (lib/sql.c, SQL_APPRAISAL_COLS,
 * whose column order this enum names; a statement may add columns after
 * APPRAISAL__COLS).
 */
enum appraisal_col {
	APPRAISAL_COL_ID, APPRAISAL_COL_SCHOOL, APPRAISAL_COL_REVIEWEE_ID,
	APPRAISAL_COL_REVIEWER_ID, APPRAISAL_COL_STATE, APPRAISAL_COL_DUE_KIND,
	APPRAISAL_COL_DUE_DAY, APPRAISAL_COL_VERSION, APPRAISAL_COL_CYCLE,
	APPRAISAL_COL_STARTS, APPRAISAL_COL_ENDS, APPRAISAL_COL_REVIEWEE,
	APPRAISAL_COL_REVIEWER, APPRAISAL_COL_FTE, APPRAISAL_COL_TLR,
	APPRAISAL_COL_LEADERSHIP, APPRAISAL_COL_CAREER_STAGE,
	APPRAISAL_COL_SUPPORT_PLAN, APPRAISAL_COL_REVIEWER_IS_HEAD,
	APPRAISAL_COL_STAFF_GROUP, APPRAISAL_COL_CYCLE_ID,
	APPRAISAL_COL_DEADLINE, APPRAISAL__COLS
};

struct appraisal_page {
	long long		 id, school_id, cycle_id;
	enum workflow_state	 state;		/* as stored */
	long long		 reviewee_id, reviewer_id, version;
	const char		*due_kind, *due_day;	/* "" when no clock */
	const char		*cycle, *starts, *ends, *reviewee, *reviewer;
	const char		*career_stage, *staff_group, *deadline;
	long			 fte_milli;	/* 1000: full time */
	int			 tlr;		/* holds a TLR */
	int			 leadership;	/* on the leadership scale */
	int			 ect1;		/* first-year early-career */
	int			 support_plan;	/* on classroom practice */
	int			 reviewer_is_head;
};

/* Fill *p from r's first row: 0, or -1 when r has none. Strings point
 * into r. */
int		appraisal_page_row(const struct db_result *r,
		    struct appraisal_page *p);

#endif
