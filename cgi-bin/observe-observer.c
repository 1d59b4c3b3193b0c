/*
 * observe-observer: who observed, as the two forms of the observations
 * page name them (the observation's fields `observer` and
 * `observer_name`, the drop-in's `d_observer` and `d_observer_name`).
 *
 * The list offers the usual observers only (SQL_OBS_USUAL: the reviewer,
 * the person recording, the head, the leadership team, the reviewee's line
 * managers, who observed them or is planned to), read through their
 * indexes, so the page costs the same whatever the size of the school.
 * Anyone else of the school is named by their full name, looked up on
 * roster's name index (SQL_OBS_OBSERVER_NAMED): one person of that name is
 * them; nobody, or several, is said beside the field, and for several the
 * list then offers just them (with their job titles and user names to tell
 * them apart), everything typed kept. Chosen in the list and typed both,
 * they must be the same person (how the list of several is answered);
 * two different people are refused, naming both.
 */
#include <string.h>

#include "observe.h"

#define OBS_NAME_MAX 200	/* staff.display_name */

static const char *
obs_field(struct ctx *c, const char *prefix, const char *name)
{
	return arena_printf(c->arena, "%s%s", prefix, name);
}

/* A name as typed, with its spaces (and tabs) trimmed and single; NULL
 * for none. */
static char *
obs_squeeze(struct ctx *c, const char *s)
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

/* How the lists show a person: a teacher's observer has QTS. */
static const char *
obs_label(struct ctx *c, const char *name, int qts)
{
	return qts ? name : arena_printf(c->arena, "%s (no QTS recorded)", name);
}

void
obs_hdf_observers(struct ctx *c, const struct db_result *r)
{
	size_t i;

	for (i = 0; i < r->nrows; i++) {
		tmpl_setf(c->hdf, db_val(r, i, 0), "Observers.%zu.Id", i);
		tmpl_setf(c->hdf, obs_label(c, db_val(r, i, 1), db_int(r, i, 2)),
		    "Observers.%zu.Name", i);
	}
}

static void
obs_take(struct obs_observer *w, const struct db_result *r, size_t i,
    const char *field)
{
	w->id = db_int(r, i, 0);
	w->name = db_val(r, i, 1);
	w->qts = db_int(r, i, 2) != 0;
	w->field = field;
}

/* Person id of the school, as SQL_OBS_OBSERVER accepts them, and not the
 * reviewee; otherwise the list's error. */
static int
obs_by_id(struct ctx *c, struct obs *o, long long id, struct obs_observer *w,
    struct valid_errors *e)
{
	struct db_param p[2] = { DB_INT(id), DB_INT(o->rec.school_id) };
	struct db_result r;
	enum db_status st;

	if ((st = db_query(c->db, c->arena, SQL_OBS_OBSERVER, p, 2, &r)) != DB_OK)
		return app_db_status(st);
	if (r.nrows != 1 || id == o->rec.reviewee_id)
		valid_add(e, w->field, "Choose the observer from the school's "
		    "staff");
	else
		obs_take(w, &r, 0, w->field);
	return 0;
}

/* "Kestrel Vale Academy", or "the school" when the person recording
 * belongs to another. */
static const char *
obs_school(struct ctx *c, const struct obs *o)
{
	return c->actor->school_id == o->rec.school_id &&
	    c->actor->school_name != NULL && *c->actor->school_name != '\0' ?
	    c->actor->school_name : "the school";
}

/* The people of one name, for the list to offer just them. */
static void
obs_hdf_matches(struct ctx *c, const char *field, const char *name,
    const struct db_result *r, const size_t *rows, size_t n)
{
	const char *title, *label;
	size_t i;

	tmpl_set(c->hdf, "Matches.Field", field);
	tmpl_set(c->hdf, "Matches.Name", name);
	for (i = 0; i < n; i++) {
		title = db_val(r, rows[i], 3);
		label = arena_printf(c->arena, "%s, %s%suser name %s",
		    obs_label(c, db_val(r, rows[i], 1), db_int(r, rows[i], 2)),
		    title, *title ? ", " : "", db_val(r, rows[i], 4));
		tmpl_setf(c->hdf, db_val(r, rows[i], 0), "Matches.People.%zu.Id",
		    i);
		tmpl_setf(c->hdf, label, "Matches.People.%zu.Name", i);
	}
}

/* Nobody, or several, of that name: said beside the name field. */
static void
obs_not_one(struct ctx *c, struct obs *o, const char *field,
    const char *name, size_t n, int reviewee, struct valid_errors *e)
{
	if (n > 1)
		valid_add(e, field, arena_printf(c->arena, "%zu people called %s "
		    "work at %s: choose which of them in the list", n, name,
		    obs_school(c, o)));
	else if (reviewee)
		valid_add(e, field, arena_printf(c->arena, "%s is the person "
		    "being observed: name someone else as the observer", name));
	else
		valid_add(e, field, arena_printf(c->arena, "We cannot find anyone "
		    "called %s on the staff of %s. Check the spelling and type "
		    "their full name as the school knows it (governors are not "
		    "listed)", name, obs_school(c, o)));
}

/*
 * The one person of the school called `name` (the reviewee aside); when
 * w->id is set (chosen in the list too) they must be among those called
 * that.
 */
static int
obs_by_name(struct ctx *c, struct obs *o, const char *field, const char *name,
    struct obs_observer *w, struct valid_errors *e)
{
	struct db_param p[2] = { DB_INT(o->rec.school_id), DB_TEXT(name) };
	size_t rows[20], n = 0, i;
	struct db_result r;
	enum db_status st;
	int reviewee = 0;

	if ((st = db_query(c->db, c->arena, SQL_OBS_OBSERVER_NAMED, p, 2, &r)) !=
	    DB_OK)
		return app_db_status(st);
	for (i = 0; i < r.nrows && n < sizeof(rows) / sizeof(rows[0]); i++) {
		if (db_int(&r, i, 0) == o->rec.reviewee_id)
			reviewee = 1;
		else if (w->id == 0 || db_int(&r, i, 0) == w->id)
			rows[n++] = i;
	}
	if (w->id != 0) {	/* chosen in the list too: obs_by_id() took them */
		if (n == 0)
			valid_add(e, field, arena_printf(c->arena, "You chose %s in "
			    "the list and typed %s: name one observer. Clear the "
			    "name to keep %s, or set the list back to \"Choose the "
			    "observer\"", w->name, name, w->name));
		return 0;
	}
	if (n == 1)
		obs_take(w, &r, rows[0], field);
	else if (n == 0)
		obs_not_one(c, o, field, name, n, reviewee, e);
	else {		/* said as the school writes it */
		obs_not_one(c, o, field, db_val(&r, rows[0], 1), n, 0, e);
		obs_hdf_matches(c, field, db_val(&r, rows[0], 1), &r, rows, n);
	}
	return 0;
}

int
obs_observer_read(struct ctx *c, struct obs *o, const char *prefix,
    struct obs_observer *w, struct valid_errors *e)
{
	const char *nfield = obs_field(c, prefix, "observer_name"), *v;
	size_t before = e->n;
	long long id = 0;
	char *name;
	int rc;

	memset(w, 0, sizeof(*w));
	w->field = obs_field(c, prefix, "observer");
	if (!o->choose_observer)
		return obs_by_id(c, o, c->actor->id, w, e);
	v = req_get(&c->req.form, w->field);
	if (v != NULL && *v != '\0' && valid_int(NULL, w->field, v, 1,
	    4294967295LL, &id) == -1) {
		valid_add(e, w->field, "Choose the observer from the school's staff");
		return 0;
	}
	name = obs_squeeze(c, req_get(&c->req.form, nfield));
	if (name != NULL && valid_text(e, nfield, name, 1, OBS_NAME_MAX, 0,
	    NULL) == -1)
		return 0;
	if (id == 0 && name == NULL) {
		valid_add(e, w->field, "Choose the observer from the list, or type "
		    "the full name of another member of staff");
		return 0;
	}
	if (id != 0) {
		if ((rc = obs_by_id(c, o, id, w, e)) != 0 || e->n > before)
			return rc;
	}
	return name == NULL ? 0 : obs_by_name(c, o, nfield, name, w, e);
}
