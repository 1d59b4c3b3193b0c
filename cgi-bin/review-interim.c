/* review: an interim review (every objective's progress and comment,
 * the support provided or not) and the reviewee's comment on it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "review.h"

/* Every objective's progress and comment; every support item's status. */
static void
rv_check_interim(struct ctx *c, const struct db_result *o,
    const struct db_result *s, struct valid_errors *e)
{
	const char *f, *w;
	size_t i;

	for (i = 0; i < o->nrows; i++) {
		f = arena_printf(c->arena, "progress_%s", db_val(o, i, 0));
		if (!rv_is_progress(req_get(&c->req.form, f)))
			valid_add(e, f, arena_printf(c->arena, "Choose the progress "
			    "on objective %s", db_val(o, i, 1)));
		f = arena_printf(c->arena, "comment_%s", db_val(o, i, 0));
		valid_text(e, f, req_get(&c->req.form, f), 1, RV_TEXT_MAX, 1,
		    arena_printf(c->arena, "Enter a comment on objective %s",
		    db_val(o, i, 1)));
	}
	for (i = 0; i < s->nrows; i++) {
		f = arena_printf(c->arena, "support_%s", db_val(s, i, 0));
		w = req_get(&c->req.form, f);
		if (w == NULL || (strcmp(w, "provided") != 0 &&
		    strcmp(w, "not_provided") != 0))
			valid_add(e, f, arena_printf(c->arena, "Say whether the "
			    "support for objective %s was provided",
			    db_val(s, i, 1)));
	}
}

/* In the open transaction: the review, its progress, the support. */
static int
rv_write_interim(struct ctx *c, struct rv *v, const char *day,
    const struct db_result *o, const struct db_result *s,
    unsigned long long *review)
{
	struct db_param p[5];
	struct db_result r;
	enum db_status st;
	const char *f;
	size_t i;

	p[0] = DB_INT(v->id);
	p[1] = DB_INT(v->rec.school_id);
	p[2] = DB_INT(v->statement_id);
	p[3] = DB_TEXT(day);
	p[4] = DB_INT(c->actor->id);
	if ((st = db_exec(c->db, SQL_REVIEW_INSERT, p, 5, &r)) != DB_OK)
		return app_db_status(st);
	*review = r.insert_id;
	for (i = 0; i < o->nrows; i++) {
		p[0] = DB_INT((long long)*review);
		p[1] = DB_INT(db_int(o, i, 0));
		f = arena_printf(c->arena, "progress_%s", db_val(o, i, 0));
		p[2] = DB_TEXT(req_get(&c->req.form, f));
		f = arena_printf(c->arena, "comment_%s", db_val(o, i, 0));
		p[3] = DB_TEXT(req_get(&c->req.form, f));
		if ((st = db_exec(c->db, SQL_REVIEW_PROGRESS_INSERT, p, 4,
		    NULL)) != DB_OK)
			return app_db_status(st);
	}
	for (i = 0; i < s->nrows; i++) {
		f = arena_printf(c->arena, "support_%s", db_val(s, i, 0));
		p[0] = DB_TEXT(req_get(&c->req.form, f));
		p[1] = DB_INT(db_int(s, i, 0));
		p[2] = DB_INT(v->statement_id);
		if ((st = db_exec(c->db, SQL_SUPPORT_MARK, p, 3, NULL)) != DB_OK)
			return app_db_status(st);
	}
	return 0;
}

int
rv_interim(struct ctx *c)
{
	struct rv *v = arena_alloc(c->arena, sizeof(*v));
	struct valid_errors e = { .n = 0 };
	const char *day = req_get(&c->req.form, "held_day");
	struct db_result parts[6], r;
	struct db_param p[2];
	unsigned long long review = 0;
	long long version = 0;
	enum db_status st;
	int rc;

	if (v == NULL)
		return 500;
	if ((rc = rv_begin(c, v, ACCESS_WRITE_REVIEW, 1)) != 0 ||
	    (rc = rv_statement_parts(c, v, parts)) != 0)
		return rc;
	if (valid_int(NULL, "version", req_get(&c->req.form, "version"), 1,
	    4294967295LL, &version) == -1)
		valid_add(&e, "held_day", "Reload the page and enter the review "
		    "again");
	rv_check_day(c, v, "held_day", day, &e);
	rv_check_interim(c, &parts[0], &parts[1], &e);
	if (e.n > 0)
		return rv_invalid(c, v, &e, 1, 0);
	p[0] = DB_INT(v->statement_id);
	p[1] = DB_INT(version);
	if ((st = db_begin(c->db)) != DB_OK ||
	    (st = db_exec(c->db, SQL_STATEMENT_TOUCH, p, 2, &r)) != DB_OK)
		return app_db_status(st);
	if (r.affected != 1)
		return rv_changed(c);
	if ((rc = rv_write_interim(c, v, day, &parts[0], &parts[1],
	    &review)) != 0) {
		db_rollback(c->db);
		return rc;
	}
	return rv_commit(c, v, "interim review", arena_printf(c->arena,
	    "review %llu of statement %lld", review, v->statement_number),
	    arena_printf(c->arena, "interim-%llu", review));
}

int
rv_comment(struct ctx *c)
{
	struct rv *v = arena_alloc(c->arena, sizeof(*v));
	struct valid_errors e = { .n = 0 };
	const char *text = req_get(&c->req.form, "comment");
	long long review = 0, version = 0;
	struct db_param p[4];
	struct db_result r;
	enum db_status st;
	int rc;

	if (v == NULL)
		return 500;
	if ((rc = rv_begin(c, v, ACCESS_COMMENT_REVIEW, 0)) != 0)
		return rc;
	if (valid_int(NULL, "review", req_get(&c->req.form, "review"), 1,
	    4294967295LL, &review) == -1 || valid_int(NULL, "version",
	    req_get(&c->req.form, "version"), 1, 4294967295LL, &version) == -1) {
		valid_add(&e, "comment", "Reload the page and write your comment "
		    "again");
		return rv_invalid(c, v, &e, 0, 0);
	}
	p[0] = DB_INT(review);
	p[1] = DB_INT(v->id);
	if ((st = db_query(c->db, c->arena, SQL_REVIEW_LOAD, p, 2, &r)) != DB_OK)
		return app_db_status(st);
	if (r.nrows != 1)
		return app_refuse(c, "no such interim review");
	valid_text(&e, "comment", text, 1, RV_TEXT_MAX, 1, "Enter your comment");
	if (e.n > 0)
		return rv_invalid(c, v, &e, 0, review);
	p[0] = DB_TEXT(text);
	p[1] = DB_INT(review);
	p[2] = DB_INT(v->id);
	p[3] = DB_INT(version);
	if ((st = db_begin(c->db)) != DB_OK ||
	    (st = db_exec(c->db, SQL_REVIEW_COMMENT, p, 4, &r)) != DB_OK)
		return app_db_status(st);
	if (r.affected != 1)
		return rv_changed(c);
	return rv_commit(c, v, "comment on interim review", arena_printf(
	    c->arena, "review %lld", review), arena_printf(c->arena,
	    "interim-%lld", review));
}
