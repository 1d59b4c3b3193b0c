/*
 * observe-feedback: what happens to a record after it is made.
 * - Oral feedback (the day it was given) and written feedback (its text
 *   and day), each once, by the record's own observer, on a day from the
 *   observation to today.
 * - The teacher's comments: the reviewee writes and may rewrite them while
 *   the statement is monitored (in progress, or a revision requested);
 *   each save carries the record's version, so a stale page never
 *   overwrites a newer one.
 * - A drop-in or work scrutiny led to a revision: the reviewer links it to
 *   the latest request to revise the statement (made on or after the
 *   record's day); it then counts as appraisal evidence. Once.
 */
#include <stdio.h>
#include <string.h>

#include "observe.h"

struct fb_target {
	long long		 id, version, observer, revision;
	enum observation_kind	 kind;
	const char		*day;
};

/* The record the form is about, at the version the page showed. */
static int
fb_target(struct ctx *c, struct obs *o, struct fb_target *t)
{
	struct db_param p[2];
	struct db_result r;
	enum db_status st;

	memset(t, 0, sizeof(*t));
	if (valid_int(NULL, "obs", req_get(&c->req.form, "obs"), 1,
	    4294967295LL, &t->id) == -1 || valid_int(NULL, "version",
	    req_get(&c->req.form, "version"), 1, 4294967295LL, &t->version) == -1)
		return 400;
	p[0] = DB_INT(t->id);
	p[1] = DB_INT(o->id);
	if ((st = db_query(c->db, c->arena, SQL_OBS_LOAD, p, 2, &r)) != DB_OK)
		return app_db_status(st);
	if (r.nrows != 1 || observation_kind_parse(db_val(&r, 0, 1),
	    &t->kind) == -1)
		return app_refuse(c, "no such observation record");
	t->day = db_val(&r, 0, 2);
	t->observer = db_int(&r, 0, 3);
	t->revision = db_int(&r, 0, 5);
	return 0;
}

/* Load for `action` and the record; feedback only by its own observer. */
static int
fb_begin(struct ctx *c, struct obs *o, struct fb_target *t,
    enum access_action action)
{
	int rc;

	if ((rc = obs_load(c, o, action, -1)) != 0 ||
	    (rc = fb_target(c, o, t)) != 0)
		return rc;
	if (action == ACCESS_GIVE_FEEDBACK && (t->observer != c->actor->id ||
	    !observation_kinds[t->kind].feedback))
		return app_refuse(c, "not the observer of this record");
	return 0;
}

/* A day from the observation's to today. */
static void
fb_day(struct ctx *c, struct obs *o, const struct fb_target *t,
    const char *field, const char *v, struct valid_errors *e)
{
	if (v == NULL || *v == '\0')
		valid_add(e, field, "Enter the day it was given");
	else if (valid_date(e, field, v, NULL, NULL, NULL) == 0 &&
	    (strcmp(v, t->day) < 0 || strcmp(v, o->today) > 0))
		valid_add(e, field, arena_printf(c->arena, "The day must be from "
		    "the observation (%s) to today", obs_day(c, t->day)));
}

/* One version-checked change in one transaction: exactly one row, or 409. */
static int
fb_apply(struct ctx *c, struct obs *o, enum sql_id q, struct db_param *p,
    size_t np, const char *action, long long id)
{
	struct db_result r;
	enum db_status st;

	if ((st = db_begin(c->db)) != DB_OK ||
	    (st = db_exec(c->db, q, p, np, &r)) != DB_OK)
		return app_db_status(st);
	if (r.affected != 1)
		return obs_changed(c);
	return obs_commit(c, o, action, arena_printf(c->arena, "record %lld",
	    id), id);
}

int
obs_oral(struct ctx *c)
{
	struct obs *o = arena_alloc(c->arena, sizeof(*o));
	struct valid_errors e = { .n = 0 };
	const char *day = req_get(&c->req.form, "oral_day");
	struct fb_target t;
	struct db_param p[5];
	int rc;

	if (o == NULL)
		return 500;
	if ((rc = fb_begin(c, o, &t, ACCESS_GIVE_FEEDBACK)) != 0)
		return rc;
	fb_day(c, o, &t, "oral_day", day, &e);
	if (e.n > 0)
		return obs_invalid(c, o, &e, t.id);
	p[0] = DB_TEXT(day);
	p[1] = DB_INT(t.id);
	p[2] = DB_INT(o->id);
	p[3] = DB_INT(c->actor->id);
	p[4] = DB_INT(t.version);
	return fb_apply(c, o, SQL_OBS_ORAL, p, 5, "oral feedback", t.id);
}

int
obs_written(struct ctx *c)
{
	struct obs *o = arena_alloc(c->arena, sizeof(*o));
	struct valid_errors e = { .n = 0 };
	const char *day = req_get(&c->req.form, "written_day");
	const char *text = req_get(&c->req.form, "written");
	struct fb_target t;
	struct db_param p[6];
	int rc;

	if (o == NULL)
		return 500;
	if ((rc = fb_begin(c, o, &t, ACCESS_GIVE_FEEDBACK)) != 0)
		return rc;
	fb_day(c, o, &t, "written_day", day, &e);
	valid_text(&e, "written", text, 1, OBS_TEXT_MAX, 1,
	    "Enter the written feedback");
	if (e.n > 0)
		return obs_invalid(c, o, &e, t.id);
	p[0] = DB_TEXT(day);
	p[1] = DB_TEXT(text);
	p[2] = DB_INT(t.id);
	p[3] = DB_INT(o->id);
	p[4] = DB_INT(c->actor->id);
	p[5] = DB_INT(t.version);
	return fb_apply(c, o, SQL_OBS_WRITTEN, p, 6, "written feedback", t.id);
}

int
obs_comment(struct ctx *c)
{
	struct obs *o = arena_alloc(c->arena, sizeof(*o));
	struct valid_errors e = { .n = 0 };
	const char *text = req_get(&c->req.form, "comment");
	struct fb_target t;
	struct db_param p[4];
	int rc;

	if (o == NULL)
		return 500;
	if ((rc = fb_begin(c, o, &t, ACCESS_COMMENT_OBSERVATION)) != 0)
		return rc;
	if (!obs_monitoring(o)) {
		app_audit_record(c, "appraisal", o->id, c->req.path, "refused",
		    "not being monitored");
		return app_error(c, 409, "Comments on observations can be written "
		    "and changed while the statement is being monitored: this "
		    "appraisal is past that stage.");
	}
	valid_text(&e, "comment", text, 1, OBS_TEXT_MAX, 1,
	    "Enter your comments");
	if (e.n > 0)
		return obs_invalid(c, o, &e, t.id);
	p[0] = DB_TEXT(text);
	p[1] = DB_INT(t.id);
	p[2] = DB_INT(o->id);
	p[3] = DB_INT(t.version);
	return fb_apply(c, o, SQL_OBS_COMMENT, p, 4, "comment on observation",
	    t.id);
}

/* The latest request to revise the statement (as loaded with the page's
 * lists; events are never changed): its event id and day. */
static void
fb_revision(const struct obs *o, long long *id, const char **day)
{
	const struct db_result *r = &o->parts[OBS_REVISION];

	*id = r->nrows == 1 ? db_int(r, 0, 0) : 0;
	*day = r->nrows == 1 ? db_val(r, 0, 1) : "";
}

int
obs_link(struct ctx *c)
{
	struct obs *o = arena_alloc(c->arena, sizeof(*o));
	struct fb_target t;
	struct db_param p[4];
	const char *day;
	long long ev;
	int rc;

	if (o == NULL)
		return 500;
	if ((rc = fb_begin(c, o, &t, ACCESS_LINK_REVISION)) != 0)
		return rc;
	if (!observation_kinds[t.kind].linkable)
		return app_refuse(c, "not a drop-in or work scrutiny");
	fb_revision(o, &ev, &day);
	if (ev == 0 || strcmp(day, t.day) < 0)
		return app_error(c, 409, "There is no request to revise the "
		    "statement made on or after this record's day to link it to.");
	p[0] = DB_INT(ev);
	p[1] = DB_INT(t.id);
	p[2] = DB_INT(o->id);
	p[3] = DB_INT(t.version);
	return fb_apply(c, o, SQL_OBS_LINK, p, 4, "link to revision", t.id);
}
