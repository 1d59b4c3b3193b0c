/* review: an item of evidence, with the objective it bears on and who
 * provided it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "review.h"

/* An objective of the signed statement, by id. */
static const char *
rv_objective(const struct db_result *o, long long id)
{
	size_t i;

	for (i = 0; i < o->nrows; i++)
		if (db_int(o, i, 0) == id)
			return db_val(o, i, 1);
	return NULL;
}

/* Who provided it, chosen from the usual people or typed by full name
 * (staff-pick.c): active staff of the school, not a governor, not the
 * reviewee. */
static const struct pick_words rv_provider_words = {
	.bad_id = "Choose a member of staff of the school, other than the "
	    "person appraised",
	.neither = "Choose who provided it from the list, or type the full "
	    "name of another member of staff",
	.reviewee = "the person appraised: name someone else as who provided "
	    "it",
	.one = "person who provided it",
	.choose = "Choose a member of staff",
};

static int
rv_provider(struct ctx *c, struct rv *v, long long *id,
    struct valid_errors *e)
{
	struct pick k = {
		.field = "e_provider",
		.name_field = "e_provider_name",
		.school_id = v->rec.school_id,
		.reviewee_id = v->reviewee_id,
		.words = &rv_provider_words,
	};
	struct pick_person w;
	int rc;

	if ((rc = pick_read(c, &k, &w, e)) != 0)
		return rc;
	*id = w.id;
	return 0;
}

int
rv_evidence(struct ctx *c)
{
	struct rv *v = arena_alloc(c->arena, sizeof(*v));
	struct valid_errors e = { .n = 0 };
	const char *text = req_get(&c->req.form, "e_description");
	const char *day = req_get(&c->req.form, "e_day");
	const char *agreed = req_get(&c->req.form, "e_agreed");
	long long objective = 0, provider = 0;
	struct db_result parts[6], r;
	struct db_param p[8];
	enum db_status st;
	int rc;

	if (v == NULL)
		return 500;
	if ((rc = rv_begin(c, v, ACCESS_WRITE_REVIEW, 1)) != 0 ||
	    (rc = rv_statement_parts(c, v, parts)) != 0)
		return rc;
	if (valid_int(NULL, "e_objective", req_get(&c->req.form,
	    "e_objective"), 1, 4294967295LL, &objective) == -1 ||
	    rv_objective(&parts[0], objective) == NULL)
		valid_add(&e, "e_objective", "Choose the objective it is "
		    "evidence for");
	valid_text(&e, "e_description", text, 1, RV_EVIDENCE_MAX, 1,
	    "Say what the evidence is");
	rv_check_day(c, v, "e_day", day, &e);
	if ((rc = rv_provider(c, v, &provider, &e)) != 0)
		return rc;
	if (agreed == NULL || (strcmp(agreed, "1") != 0 &&
	    strcmp(agreed, "0") != 0))
		valid_add(&e, "e_agreed", "Say whether this kind of evidence was "
		    "agreed at planning");
	if (e.n > 0)
		return rv_invalid(c, v, &e, 0, 0);
	p[0] = DB_INT(v->id);
	p[1] = DB_INT(v->rec.school_id);
	p[2] = DB_INT(objective);
	p[3] = DB_TEXT(text);
	p[4] = DB_TEXT(day);
	p[5] = DB_INT(provider);
	p[6] = DB_INT(strcmp(agreed, "1") == 0);
	p[7] = DB_INT(c->actor->id);
	if ((st = db_begin(c->db)) != DB_OK ||
	    (st = db_exec(c->db, SQL_EVIDENCE_INSERT, p, 8, &r)) != DB_OK)
		return app_db_status(st);
	return rv_commit(c, v, "evidence", arena_printf(c->arena,
	    "evidence %llu", r.insert_id), arena_printf(c->arena,
	    "evidence-%llu", r.insert_id));
}
