#include <stdlib.h>
#include <string.h>

#include "../arena.h"
#include "../sql.h"
#include "appraisal.h"
#include "school_conf.h"

enum db_status
appraisal_calendar(struct db *db, struct arena *ar, long long school_id,
    long long version, struct calendar *cal)
{
	return school_conf(db, ar, school_id, version, NULL, cal);
}

enum db_status
appraisal_lock(struct db *db, struct arena *ar, long long id,
    struct appraisal_now *now, int *found)
{
	struct db_param p[1] = { DB_INT(id) };
	struct db_result r;
	enum db_status st;

	memset(now, 0, sizeof(*now));
	now->due_kind = now->due_day = "";
	*found = 0;
	if ((st = db_query(db, ar, SQL_APPRAISAL_LOCK, p, 1, &r)) != DB_OK)
		return st;
	if (r.nrows != 1)
		return DB_OK;
	*found = 1;
	now->id = id;
	if (workflow_state_parse(db_val(&r, 0, 0), &now->state) == -1)
		now->state = WORKFLOW_ST_NOT_STARTED;
	now->due_kind = db_val(&r, 0, 1);
	now->due_day = db_val(&r, 0, 2);
	now->version = db_int(&r, 0, 3);
	return DB_OK;
}

int
appraisal_due(const struct calendar *cal, const struct policy *pol,
    enum workflow_limit k, const char *from, char out[11])
{
	long d, due;

	if (calendar_parse(from, &d) == -1 ||
	    calendar_add_working_days(cal, d, policy_days(pol, k), &due) == -1)
		return -1;
	return calendar_format(due, out, 11);
}

enum appraisal_moved
appraisal_move(struct db *db, struct appraisal_now *now,
    enum workflow_event ev, unsigned int roles, long long actor,
    const char *day, const char *kind, const char *due, const char *note,
    enum db_status *st)
{
	enum workflow_state next;
	enum workflow_limit lim;
	enum workflow_result wr;
	struct db_param p[7];
	struct db_result r;

	*st = DB_OK;
	wr = workflow_fire(now->state, ev, roles, &next, &lim);
	if (wr == WORKFLOW_NOT_YOUR_ROLE)
		return APPRAISAL_NOT_YOURS;
	if (wr != WORKFLOW_OK)
		return APPRAISAL_NOT_NOW;
	if (lim == WORKFLOW_LIMIT_KEEP && kind == NULL) {
		kind = *now->due_kind ? now->due_kind : NULL;
		due = *now->due_day ? now->due_day : NULL;
	} else if (kind == NULL || due == NULL)
		kind = due = NULL;
	p[0] = DB_TEXT(workflow_state_word(next));
	p[1] = DB_TEXT_OR_NULL(kind);
	p[2] = DB_TEXT_OR_NULL(due);
	p[3] = DB_INT(now->id);
	p[4] = DB_INT(now->version);
	if ((*st = db_exec(db, SQL_APPRAISAL_MOVE, p, 5, &r)) != DB_OK)
		return APPRAISAL_DB_FAILED;
	if (r.affected != 1)
		return APPRAISAL_STALE;
	p[0] = DB_INT(now->id);
	p[1] = DB_TEXT(workflow_event_word(ev));
	p[2] = actor > 0 ? DB_INT(actor) : DB_NULL;
	p[3] = DB_TEXT(day);
	p[4] = DB_TEXT(workflow_state_word(now->state));
	p[5] = DB_TEXT(workflow_state_word(next));
	p[6] = DB_TEXT(note ? note : "");
	if ((*st = db_exec(db, SQL_APPRAISAL_EVENT_INSERT, p, 7, NULL)) != DB_OK)
		return APPRAISAL_DB_FAILED;
	now->state = next;
	now->version++;
	now->due_kind = kind ? kind : "";
	now->due_day = due ? due : "";
	return APPRAISAL_MOVED;
}

enum db_status
appraisal_catch_up(struct db *db, struct appraisal_now *now, const char *today)
{
	char day[CALENDAR_ISO_SIZE];
	enum db_status st = DB_OK;
	long d;

	if (!workflow_lapsed(now->state, now->due_day, today))
		return DB_OK;
	if (calendar_parse(now->due_day, &d) == -1 ||
	    calendar_format(d + 1, day, sizeof(day)) == -1)
		return DB_OK;
	if (appraisal_move(db, now, WORKFLOW_EV_CLOSE, WORKFLOW_ROLE_SYSTEM, 0,
	    day, NULL, NULL, "The appeal window ended.", &st) ==
	    APPRAISAL_DB_FAILED)
		return st;
	return DB_OK;
}

int
appraisal_page_row(const struct db_result *r, struct appraisal_page *p)
{
	memset(p, 0, sizeof(*p));
	if (r->nrows < 1)
		return -1;
	p->id = db_int(r, 0, APPRAISAL_COL_ID);
	p->school_id = db_int(r, 0, APPRAISAL_COL_SCHOOL);
	p->reviewee_id = db_int(r, 0, APPRAISAL_COL_REVIEWEE_ID);
	p->reviewer_id = db_int(r, 0, APPRAISAL_COL_REVIEWER_ID);
	if (workflow_state_parse(db_val(r, 0, APPRAISAL_COL_STATE),
	    &p->state) == -1)
		p->state = WORKFLOW_ST_NOT_STARTED;
	p->due_kind = db_val(r, 0, APPRAISAL_COL_DUE_KIND);
	p->due_day = db_val(r, 0, APPRAISAL_COL_DUE_DAY);
	p->version = db_int(r, 0, APPRAISAL_COL_VERSION);
	p->cycle = db_val(r, 0, APPRAISAL_COL_CYCLE);
	p->starts = db_val(r, 0, APPRAISAL_COL_STARTS);
	p->ends = db_val(r, 0, APPRAISAL_COL_ENDS);
	p->reviewee = db_val(r, 0, APPRAISAL_COL_REVIEWEE);
	p->reviewer = db_val(r, 0, APPRAISAL_COL_REVIEWER);
	p->fte_milli = (long)(strtod(db_val(r, 0, APPRAISAL_COL_FTE), NULL) *
	    1000 + 0.5);
	p->tlr = (int)db_int(r, 0, APPRAISAL_COL_TLR);
	p->leadership = (int)db_int(r, 0, APPRAISAL_COL_LEADERSHIP);
	p->career_stage = db_val(r, 0, APPRAISAL_COL_CAREER_STAGE);
	p->ect1 = strcmp(p->career_stage, "ect1") == 0;
	p->support_plan = (int)db_int(r, 0, APPRAISAL_COL_SUPPORT_PLAN);
	p->reviewer_is_head = (int)db_int(r, 0, APPRAISAL_COL_REVIEWER_IS_HEAD);
	p->staff_group = db_val(r, 0, APPRAISAL_COL_STAFF_GROUP);
	p->cycle_id = db_int(r, 0, APPRAISAL_COL_CYCLE_ID);
	p->deadline = db_val(r, 0, APPRAISAL_COL_DEADLINE);
	return 0;
}
