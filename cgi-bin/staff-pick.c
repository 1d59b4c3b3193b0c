/*
 * staff-pick: a member of staff named by a form, chosen from the usual
 * people or typed by full name (staff-pick.h).
 */
#include <string.h>

#include "staff-pick.h"

#define PICK_NAME_MAX 200	/* staff.display_name */

/* A name as typed, with its spaces (and tabs) trimmed and single; NULL
 * for none. */
static char *
pick_squeeze(struct ctx *c, const char *s)
{
	char *out, *o;
	int space = 0;

	if (s == NULL || (out = arena_strdup(c->arena, s)) == NULL)
		return NULL;
	for (o = out; *s != '\0'; s++) {
		if (*s == ' ' || *s == '\t')
			space = o != out;
		else {
			if (space)
				*o++ = ' ';
			space = 0;
			*o++ = *s;
		}
	}
	*o = '\0';
	return *out != '\0' ? out : NULL;
}

static const char *
pick_label(struct ctx *c, const struct pick *k, const char *name, int qts)
{
	return k->label != NULL ? k->label(c, name, qts) : name;
}

void
pick_hdf_usual(struct ctx *c, const struct db_result *r,
    const char *(*label)(struct ctx *, const char *, int))
{
	size_t i;

	for (i = 0; i < r->nrows; i++) {
		tmpl_setf(c->hdf, db_val(r, i, 0), "Usual.%zu.Id", i);
		tmpl_setf(c->hdf, label != NULL ? label(c, db_val(r, i, 1),
		    db_int(r, i, 2)) : db_val(r, i, 1), "Usual.%zu.Name", i);
	}
}

static void
pick_take(struct pick_person *w, const struct db_result *r, size_t i,
    const char *field)
{
	w->id = db_int(r, i, 0);
	w->name = db_val(r, i, 1);
	w->qts = db_int(r, i, 2) != 0;
	w->field = field;
}

int
pick_by_id(struct ctx *c, const struct pick *k, long long id,
    struct pick_person *w, struct valid_errors *e)
{
	struct db_param p[2] = { DB_INT(id), DB_INT(k->school_id) };
	struct db_result r;
	enum db_status st;

	if ((st = db_query(c->db, c->arena, SQL_OBS_OBSERVER, p, 2, &r)) != DB_OK)
		return app_db_status(st);
	if (r.nrows != 1 || id == k->reviewee_id)
		valid_add(e, k->field, k->words->bad_id);
	else
		pick_take(w, &r, 0, k->field);
	return 0;
}

/* "Kestrel Vale Academy", or "the school" when the person recording
 * belongs to another. */
static const char *
pick_school(struct ctx *c, const struct pick *k)
{
	return c->actor->school_id == k->school_id &&
	    c->actor->school_name != NULL && *c->actor->school_name != '\0' ?
	    c->actor->school_name : "the school";
}

/* The people of one name, for the list to offer just them. */
static void
pick_hdf_matches(struct ctx *c, const struct pick *k, const char *name,
    const struct db_result *r, const size_t *rows, size_t n)
{
	const char *title, *label;
	size_t i;

	tmpl_set(c->hdf, "Matches.Field", k->name_field);
	tmpl_set(c->hdf, "Matches.Name", name);
	for (i = 0; i < n; i++) {
		title = db_val(r, rows[i], 3);
		label = arena_printf(c->arena, "%s, %s%suser name %s",
		    pick_label(c, k, db_val(r, rows[i], 1), db_int(r, rows[i], 2)),
		    title, *title ? ", " : "", db_val(r, rows[i], 4));
		tmpl_setf(c->hdf, db_val(r, rows[i], 0), "Matches.People.%zu.Id",
		    i);
		tmpl_setf(c->hdf, label, "Matches.People.%zu.Name", i);
	}
}

/* Nobody, or several, of that name: said beside the name field. */
static void
pick_not_one(struct ctx *c, const struct pick *k, const char *name, size_t n,
    int reviewee, struct valid_errors *e)
{
	if (n > 1)
		valid_add(e, k->name_field, arena_printf(c->arena, "%zu people "
		    "called %s work at %s: choose which of them in the list", n,
		    name, pick_school(c, k)));
	else if (reviewee)
		valid_add(e, k->name_field, arena_printf(c->arena, "%s is %s",
		    name, k->words->reviewee));
	else
		valid_add(e, k->name_field, arena_printf(c->arena, "We cannot "
		    "find anyone called %s on the staff of %s. Check the spelling "
		    "and type their full name as the school knows it (governors "
		    "are not listed)", name, pick_school(c, k)));
}

/*
 * The one person of the school called `name` (the reviewee aside); when
 * w->id is set (chosen in the list too) they must be among those called
 * that.
 */
static int
pick_by_name(struct ctx *c, const struct pick *k, const char *name,
    struct pick_person *w, struct valid_errors *e)
{
	struct db_param p[2] = { DB_INT(k->school_id), DB_TEXT(name) };
	size_t rows[20], n = 0, i;
	struct db_result r;
	enum db_status st;
	int reviewee = 0;

	if ((st = db_query(c->db, c->arena, SQL_OBS_OBSERVER_NAMED, p, 2, &r)) !=
	    DB_OK)
		return app_db_status(st);
	for (i = 0; i < r.nrows && n < sizeof(rows) / sizeof(rows[0]); i++) {
		if (db_int(&r, i, 0) == k->reviewee_id)
			reviewee = 1;
		else if (w->id == 0 || db_int(&r, i, 0) == w->id)
			rows[n++] = i;
	}
	if (w->id != 0) {	/* chosen in the list too: pick_by_id() took them */
		if (n == 0)
			valid_add(e, k->name_field, arena_printf(c->arena, "You "
			    "chose %s in the list and typed %s: name one %s. Clear "
			    "the name to keep %s, or set the list back to \"%s\"",
			    w->name, name, k->words->one, w->name,
			    k->words->choose));
		return 0;
	}
	if (n == 1)
		pick_take(w, &r, rows[0], k->name_field);
	else if (n == 0)
		pick_not_one(c, k, name, n, reviewee, e);
	else {		/* said as the school writes it */
		pick_not_one(c, k, db_val(&r, rows[0], 1), n, 0, e);
		pick_hdf_matches(c, k, db_val(&r, rows[0], 1), &r, rows, n);
	}
	return 0;
}

int
pick_read(struct ctx *c, const struct pick *k, struct pick_person *w,
    struct valid_errors *e)
{
	size_t before = e->n;
	long long id = 0;
	const char *v;
	char *name;
	int rc;

	memset(w, 0, sizeof(*w));
	w->field = k->field;
	v = req_get(&c->req.form, k->field);
	if (v != NULL && *v != '\0' && valid_int(NULL, k->field, v, 1,
	    4294967295LL, &id) == -1) {
		valid_add(e, k->field, k->words->bad_id);
		return 0;
	}
	name = pick_squeeze(c, req_get(&c->req.form, k->name_field));
	if (name != NULL && valid_text(e, k->name_field, name, 1,
	    PICK_NAME_MAX, 0, NULL) == -1)
		return 0;
	if (id == 0 && name == NULL) {
		valid_add(e, k->field, k->words->neither);
		return 0;
	}
	if (id != 0) {
		if ((rc = pick_by_id(c, k, id, w, e)) != 0 || e->n > before)
			return rc;
	}
	return name == NULL ? 0 : pick_by_name(c, k, name, w, e);
}
