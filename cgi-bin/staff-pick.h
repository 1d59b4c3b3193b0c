/*
 * staff-pick: a member of staff a form names, as the observations page
 * names the observer and the review page who provided evidence
 * (HACKING.md, "Naming the observer"): a list of the usual people, read by
 * the page through their indexes (SQL_OBS_USUAL), and a text field for
 * anyone else of the school by full name, looked up on roster's name
 * index (SQL_OBS_OBSERVER_NAMED). One person of that name is them; nobody,
 * or the reviewee, is said beside the field; several bring the form back
 * with the list offering just them (Matches.*), everything typed kept.
 * Chosen in the list and typed both, they must be one person.
 */
#ifndef STAFF_PICK_H
#define STAFF_PICK_H

#include "app.h"

/* What the errors say, of the one being named. */
struct pick_words {
	const char	*bad_id;	/* a chosen id that is not acceptable */
	const char	*neither;	/* nothing chosen, nothing typed */
	const char	*reviewee;	/* the reviewee's name typed: "Name is "
					   and this */
	const char	*one;		/* "observer": "name one observer" */
	const char	*choose;	/* the list's first option */
};

/* The form's fields, and whom it may name. */
struct pick {
	const char		*field;		/* the list */
	const char		*name_field;	/* the full name typed */
	long long		 school_id;
	long long		 reviewee_id;	/* never them */
	const struct pick_words	*words;
	/* How the lists show a person (NULL: their name as it is). */
	const char		*(*label)(struct ctx *, const char *name,
				    int qts);
};

/* The person named. */
struct pick_person {
	long long	 id;
	const char	*name;
	int		 qts;
	const char	*field;		/* where they were named, for errors */
};

/*
 * The person the form names: the one chosen in the list, or the one
 * member of staff of the school (active, not a governor, not the
 * reviewee) whose full name was typed; both given, one person. 0 with
 * w->id set, or 0 with an error added to e; an HTTP status when the
 * database failed.
 */
int	pick_read(struct ctx *, const struct pick *, struct pick_person *w,
	    struct valid_errors *e);
/* Person `id`, as the list would offer them (SQL_OBS_OBSERVER), or
 * words->bad_id on the list's field. */
int	pick_by_id(struct ctx *, const struct pick *, long long id,
	    struct pick_person *w, struct valid_errors *e);
/* The usual people (columns id, name, qts) into Usual.N, shown by
 * `label` (NULL: their names). */
void	pick_hdf_usual(struct ctx *, const struct db_result *,
	    const char *(*label)(struct ctx *, const char *, int));

#endif
