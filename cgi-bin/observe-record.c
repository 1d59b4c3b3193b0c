/*
 * observe-record: recording a classroom observation (or an inspection or
 * improvement visit), a drop-in or a work scrutiny. The refusals, each
 * beside its field with what was typed kept (400):
 * - the notice: the teacher was told fewer than the school's working
 *   days ahead (observation_notice_days, on its calendar);
 * - the observer: one the school does not have, or a name nobody or
 *   several bear (observe-observer.c); a teacher's observer without QTS
 *   (lib/observation);
 * - the limit: the cycle's classroom observation for appraisal would pass
 *   the person's cap (policy_observation_cap()), with the figures.
 * The minutes used are read with the records locked, in the transaction
 * that inserts the new one, so two recorded at once cannot both pass.
 */
#include <stdio.h>
#include <string.h>

#include "observe.h"

struct rec_form {
	const char		*prefix;	/* "" or "d_" */
	enum observation_kind	 kind;
	const char		*day, *class_label, *focus, *notice, *feedback;
	long			 day_n, notice_n;
	long long		 minutes;
	struct pick_person	 observer;
};

static const char *
rec_field(struct ctx *c, const struct rec_form *f, const char *name)
{
	return arena_printf(c->arena, "%s%s", f->prefix, name);
}

static const char *
rec_get(struct ctx *c, const struct rec_form *f, const char *name)
{
	return req_get(&c->req.form, rec_field(c, f, name));
}

/* A day of the cycle, not after today. */
static void
rec_day(struct ctx *c, struct obs *o, struct rec_form *f,
    struct valid_errors *e)
{
	const char *field = rec_field(c, f, "day");

	f->day = rec_get(c, f, "day");
	if (f->day == NULL || *f->day == '\0')
		valid_add(e, field, "Enter the date it took place");
	else if (valid_date(e, field, f->day, NULL, NULL, NULL) == 0 &&
	    calendar_parse(f->day, &f->day_n) == 0) {
		if (strcmp(f->day, o->ap.starts) < 0 ||
		    strcmp(f->day, o->ap.ends) > 0)
			valid_add(e, field, arena_printf(c->arena, "The date must "
			    "fall in the cycle (%s to %s)",
			    obs_day(c, o->ap.starts), obs_day(c, o->ap.ends)));
		else if (f->day_n > o->today_day)
			valid_add(e, field, "Record it once it has taken place: "
			    "the date cannot be after today");
	}
}

/* The kind, among those of this form. */
static void
rec_kind(struct ctx *c, struct rec_form *f, int looks, struct valid_errors *e)
{
	const char *v = rec_get(c, f, "kind");

	if (observation_kind_parse(v, &f->kind) == -1 ||
	    observation_kinds[f->kind].linkable != looks)
		valid_add(e, rec_field(c, f, "kind"), "Choose what kind it was");
}

/* The teacher was told at least the school's notice ahead. */
static void
rec_notice(struct ctx *c, struct obs *o, struct rec_form *f,
    struct valid_errors *e)
{
	long n = o->policy.observation_notice_days, got;

	f->notice = rec_get(c, f, "notice");
	if (f->notice == NULL || *f->notice == '\0') {
		valid_add(e, "notice", "Enter the day the teacher was told");
		return;
	}
	if (valid_date(e, "notice", f->notice, NULL, NULL, NULL) == -1 ||
	    calendar_parse(f->notice, &f->notice_n) == -1 || f->day_n == 0)
		return;
	if (f->notice_n > f->day_n) {
		valid_add(e, "notice", "The teacher is told before the "
		    "observation: this day is after it");
		return;
	}
	if (observation_notice_ok(&o->cal, f->notice_n, f->day_n, n))
		return;
	got = calendar_count_working_days(&o->cal, f->notice_n, f->day_n);
	valid_add(e, "notice", arena_printf(c->arena, "The teacher must be told "
	    "at least %ld working days ahead; told on %s, that is %ld working "
	    "day%s before the observation on %s", n, obs_day(c, f->notice), got,
	    got == 1 ? "" : "s", obs_day(c, f->day)));
}

static int
rec_read(struct ctx *c, struct obs *o, struct rec_form *f, int looks,
    struct valid_errors *e)
{
	const struct observation_kind_def *k;
	size_t before = e->n;
	int rc;

	rec_kind(c, f, looks, e);
	if (e->n > before)
		return 0;	/* the rest depends on the kind */
	k = &observation_kinds[f->kind];
	rec_day(c, o, f, e);
	f->class_label = rec_get(c, f, "class");
	valid_text(e, rec_field(c, f, "class"), f->class_label, 1, 200, 0,
	    "Enter the class or lesson");
	before = e->n;
	if ((rc = obs_observer_read(c, o, f->prefix, &f->observer, e)) != 0)
		return rc;
	if (e->n == before && !observation_observer_ok(f->kind,
	    o->ap.staff_group, f->observer.qts))
		valid_add(e, f->observer.field, arena_printf(c->arena,
		    "%s has no QTS recorded: only a qualified teacher observes a "
		    "teacher", f->observer.id == c->actor->id ? "You" :
		    f->observer.name));
	f->focus = rec_get(c, f, "focus");
	valid_text(e, rec_field(c, f, "focus"), f->focus, k->counts ||
	    k->linkable ? 1 : 0, 500, 1, "Enter the focus");
	if (k->timed && valid_int(NULL, "minutes", rec_get(c, f, "minutes"), 1,
	    600, &f->minutes) == -1)
		valid_add(e, "minutes", "Enter how long it lasted, in whole "
		    "minutes (1 to 600)");
	if (k->notice)
		rec_notice(c, o, f, e);
	f->feedback = rec_get(c, f, "feedback");
	if (k->linkable)
		valid_text(e, rec_field(c, f, "feedback"), f->feedback, 0,
		    OBS_TEXT_MAX, 1, NULL);
	return 0;
}

/* Inside the transaction: the limit, with the figures when passed. */
static int
rec_cap(struct ctx *c, struct obs *o, struct rec_form *f,
    struct valid_errors *e)
{
	struct db_param p[1] = { DB_INT(o->id) };
	struct db_result r;
	enum db_status st;
	char figures[96];
	long used;

	if (!observation_kinds[f->kind].counts)
		return 0;
	if ((st = db_query(c->db, c->arena, SQL_OBS_MINUTES_USED, p, 1, &r)) != DB_OK)
		return app_db_status(st);
	used = (long)db_int(&r, 0, 0);
	if (observation_cap_ok(used, o->cap, (long)f->minutes))
		return 0;
	observation_cap_figures(used, o->cap, (long)f->minutes, figures,
	    sizeof(figures));
	valid_add(e, "minutes", arena_printf(c->arena, "This would pass the "
	    "limit on classroom observation for %s this cycle: %s",
	    o->ap.reviewee, figures));
	return 0;
}

/* The feedback clocks, counted on the school's calendar. */
static void
rec_due(struct obs *o, const struct rec_form *f, char *oral, char *written)
{
	long d;

	*oral = *written = '\0';
	if (!observation_kinds[f->kind].feedback_due)
		return;
	if (observation_due(&o->cal, f->day_n, o->policy.oral_feedback_days,
	    &d) == 0)
		calendar_format(d, oral, CALENDAR_ISO_SIZE);
	if (observation_due(&o->cal, f->day_n, o->policy.written_feedback_days,
	    &d) == 0)
		calendar_format(d, written, CALENDAR_ISO_SIZE);
}

static int
rec_insert(struct ctx *c, struct obs *o, const struct rec_form *f)
{
	const struct observation_kind_def *k = &observation_kinds[f->kind];
	char oral[CALENDAR_ISO_SIZE], written[CALENDAR_ISO_SIZE];
	int fb = k->linkable && f->feedback != NULL && *f->feedback != '\0';
	struct db_param p[14];
	struct db_result r;
	enum db_status st;

	rec_due(o, f, oral, written);
	p[0] = DB_INT(o->id);
	p[1] = DB_INT(o->rec.school_id);
	p[2] = DB_TEXT(k->word);
	p[3] = DB_TEXT(f->day);
	p[4] = DB_TEXT(f->class_label);
	p[5] = k->timed ? DB_INT(f->minutes) : DB_NULL;
	p[6] = DB_TEXT(f->focus ? f->focus : "");
	p[7] = DB_INT(f->observer.id);
	p[8] = DB_TEXT_OR_NULL(k->notice ? f->notice : NULL);
	p[9] = *oral ? DB_TEXT(oral) : DB_NULL;
	p[10] = *written ? DB_TEXT(written) : DB_NULL;
	p[11] = DB_TEXT_OR_NULL(fb ? o->today : NULL);
	p[12] = DB_TEXT_OR_NULL(fb ? f->feedback : NULL);
	p[13] = DB_INT(c->actor->id);
	if ((st = db_exec(c->db, SQL_OBS_INSERT, p, 14, &r)) != DB_OK)
		return app_db_status(st);
	return obs_commit(c, o, "record observation", arena_printf(c->arena,
	    "record %llu: %s", r.insert_id, k->word), (long long)r.insert_id);
}

static int
rec_post(struct ctx *c, const char *prefix, int looks)
{
	struct obs *o = arena_alloc(c->arena, sizeof(*o));
	struct rec_form f;
	struct valid_errors e = { .n = 0 };
	enum db_status st;
	int rc;

	if (o == NULL)
		return 500;
	memset(&f, 0, sizeof(f));
	f.prefix = prefix;
	if ((rc = obs_load(c, o, ACCESS_WRITE_OBSERVATION, -1)) != 0)
		return rc;
	if (!obs_monitoring(o)) {
		app_audit_record(c, "appraisal", o->id, c->req.path, "refused",
		    "not being monitored");
		return app_error(c, 409, "Observations are recorded while the "
		    "statement is being monitored: this appraisal is not at that "
		    "stage.");
	}
	if ((st = obs_calendar(c, o)) != DB_OK)
		return app_db_status(st);
	if ((rc = rec_read(c, o, &f, looks, &e)) != 0)
		return rc;
	if (e.n > 0)
		return obs_invalid(c, o, &e, 0);
	if ((st = db_begin(c->db)) != DB_OK)
		return app_db_status(st);
	if ((rc = rec_cap(c, o, &f, &e)) != 0)
		return rc;
	if (e.n > 0)
		return obs_invalid(c, o, &e, 0);
	return rec_insert(c, o, &f);
}

int
obs_record(struct ctx *c)
{
	return rec_post(c, "", 0);
}

int
obs_dropin(struct ctx *c)
{
	return rec_post(c, "d_", 1);
}
