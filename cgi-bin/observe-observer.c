/*
 * observe-observer: who observed, as the two forms of the observations
 * page name them (the observation's fields `observer` and
 * `observer_name`, the drop-in's `d_observer` and `d_observer_name`).
 *
 * The list offers the usual observers only (SQL_OBS_USUAL: the reviewer,
 * the person recording, the head, the leadership team, the reviewee's line
 * managers, who observed them or is planned to), read through their
 * indexes, so the page costs the same whatever the size of the school.
 * Anyone else of the school is named by their full name (staff-pick.c:
 * one person of that name is them; nobody, or several, is said beside the
 * field, and for several the list then offers just them). What is the
 * observations page's own: the person recording is the observer unless
 * they may name one, and the lists say who has no QTS recorded (the QTS
 * rule itself is observe-record.c's).
 */
#include <string.h>

#include "observe.h"

static const struct pick_words obs_words = {
	.bad_id = "Choose the observer from the school's staff",
	.neither = "Choose the observer from the list, or type the full name "
	    "of another member of staff",
	.reviewee = "the person being observed: name someone else as the "
	    "observer",
	.one = "observer",
	.choose = "Choose the observer",
};

/* How the lists show a person: a teacher's observer has QTS. */
static const char *
obs_label(struct ctx *c, const char *name, int qts)
{
	return qts ? name : arena_printf(c->arena, "%s (no QTS recorded)", name);
}

void
obs_hdf_observers(struct ctx *c, const struct db_result *r)
{
	pick_hdf_usual(c, r, obs_label);
}

int
obs_observer_read(struct ctx *c, struct obs *o, const char *prefix,
    struct pick_person *w, struct valid_errors *e)
{
	struct pick k = {
		.field = arena_printf(c->arena, "%sobserver", prefix),
		.name_field = arena_printf(c->arena, "%sobserver_name", prefix),
		.school_id = o->rec.school_id,
		.reviewee_id = o->rec.reviewee_id,
		.words = &obs_words,
		.label = obs_label,
	};

	if (!o->choose_observer) {
		memset(w, 0, sizeof(*w));
		w->field = k.field;
		return pick_by_id(c, &k, c->actor->id, w, e);
	}
	return pick_read(c, &k, w, e);
}
