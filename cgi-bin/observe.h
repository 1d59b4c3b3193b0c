/*
 * observe: what the files of cgi-bin/observe share (observe.c: loading,
 * the page, the routes; observe-record.c: recording an observation, a
 * drop-in or a work scrutiny; observe-observer.c: who observed, as both
 * of those forms name them; observe-feedback.c: feedback, the teacher's
 * comments, linking a drop-in to a revision).
 */
#ifndef APPRAISAL_OBSERVE_H
#define APPRAISAL_OBSERVE_H

#include "app.h"
#include "calendar.h"
#include "model/appraisal.h"
#include "model/policy.h"
#include "observation.h"
#include "staff-pick.h"
#include "workflow.h"

#define OBS_TEXT_MAX 4000

/* The lists of the page's one statement (SQL_OBS_PAGE). */
enum obs_part {
	OBS_FACTS, OBS_APPRAISAL, OBS_RECORDS, OBS_OBSERVERS, OBS_REVISION,
	OBS__PARTS
};

struct obs {
	struct access_record	 rec;
	unsigned int		 rels;		/* enum access_rel */
	const char		*read_reason;	/* for the audit log */
	int			 read_all;	/* every record, not own only */
	int			 can_record;	/* observations, drop-ins */
	int			 choose_observer; /* names someone else */
	int			 can_feedback, can_comment, can_link;
	long long		 id;
	struct appraisal_page	 ap;		/* the appraisal */
	long			 cap;		/* minutes; POLICY_NO_CAP */
	struct policy		 policy;
	struct calendar		 cal;
	char			 today[CALENDAR_ISO_SIZE];
	long			 today_day;
	struct db_result	 parts[OBS__PARTS];	/* as loaded */
};

/* Load appraisal ids[0] for `action` (or, when alt is not -1, either)
 * with what its page shows, in one statement after the session's;
 * refused: 403, audited, the same for a missing record. */
int	obs_load(struct ctx *, struct obs *, enum access_action, int alt);
/* The school's calendar around the cycle (for notice and feedback). */
enum db_status obs_calendar(struct ctx *, struct obs *);
/* 1 while records are made: the statement is being monitored. */
int	obs_monitoring(const struct obs *);
/* The page with `status` (200; 400 after an error). */
int	obs_page(struct ctx *, struct obs *, int status);
/* Back to the page with the errors, what was typed, and the record the
 * form was about (0: none); 400. */
int	obs_invalid(struct ctx *, struct obs *, const struct valid_errors *,
	    long long target);
/* Someone changed the record first, or it is done: 409. */
int	obs_changed(struct ctx *);
/* Audit the change, commit, and back to the page. */
int	obs_commit(struct ctx *, struct obs *, const char *action,
	    const char *detail, long long record);
/* The label of a stored day ("Tue 1 Dec 2026"), "" for "". */
const char *obs_day(struct ctx *, const char *iso);


/*
 * The observer a form (field prefix "" or "d_") names: the person
 * recording, unless they name the observer (o->choose_observer): then
 * the one chosen in the list `observer`, or the one member of staff of
 * the school whose full name was typed in `observer_name`; both given,
 * they must be the same person. A name several people bear sets
 * Matches.* for the form to offer just them. Each is an active member of
 * staff of the school, not a governor, not the reviewee. 0 with w->id
 * set, or 0 with an error added to e; an HTTP status when the database
 * failed.
 */
int	obs_observer_read(struct ctx *, struct obs *, const char *prefix,
	    struct pick_person *w, struct valid_errors *e);
/* The usual observers (the page's OBS_OBSERVERS list) into Usual.N. */
void	obs_hdf_observers(struct ctx *, const struct db_result *);

int	obs_record(struct ctx *);
int	obs_dropin(struct ctx *);
int	obs_oral(struct ctx *);
int	obs_written(struct ctx *);
int	obs_comment(struct ctx *);
int	obs_link(struct ctx *);

#endif
