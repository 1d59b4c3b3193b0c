/*
 * observation: the rules of the year's monitoring records (SPEC 4.2; seed
 * policy 000, paragraphs 46-54 and its classroom observation protocol),
 * pure: no I/O, no allocation.
 *
 * Kinds (enum observation_kind, stored as their word):
 * - appraisal: a classroom observation for appraisal. Needs its length in
 *   minutes and the day the teacher was told; counts towards the person's
 *   limit (policy_observation_cap()); is appraisal evidence; oral and
 *   written feedback are due a school-set number of working days after it.
 * - inspection (Ofsted, the local authority) and improvement (a school
 *   improvement visit): recorded with their length, but they do not count
 *   towards the limit and are not appraisal evidence.
 * - drop_in, work_scrutiny (a book look): date, class, focus and feedback;
 *   appraisal evidence only once the reviewer links one to a request to
 *   revise the statement.
 *
 * Observers: only someone with QTS observes a teacher ("teacher" here is
 * the staff groups teacher, leadership and headteacher: everyone who
 * teaches under the Teachers' Standards), for every kind the school's own
 * staff carry out (inspections and improvement visits are carried out by
 * outsiders, so the member of staff named with them is who recorded or
 * accompanied the visit, and no QTS is asked of them).
 *
 * Contract: functions writing text write into out (outsz bytes, always
 * NUL-terminated when outsz > 0) and return -1 when it does not fit.
 */
#ifndef APPRAISAL_OBSERVATION_H
#define APPRAISAL_OBSERVATION_H

#include <stddef.h>

#include "calendar.h"

enum observation_kind {
	OBSERVATION_APPRAISAL,
	OBSERVATION_INSPECTION,
	OBSERVATION_IMPROVEMENT,
	OBSERVATION_DROP_IN,
	OBSERVATION_WORK_SCRUTINY,
	OBSERVATION__KINDS
};

struct observation_kind_def {
	const char	*word;		/* stored */
	const char	*label;		/* what people read */
	int		 timed;		/* has a length in minutes */
	int		 counts;	/* towards the limit */
	int		 evidence;	/* appraisal evidence as recorded */
	int		 notice;	/* the teacher is told ahead */
	int		 feedback;	/* the observer records feedback */
	int		 feedback_due;	/* oral and written feedback clocks */
	int		 qts;		/* a teacher's observer needs QTS */
	int		 linkable;	/* evidence once linked to a revision */
};

extern const struct observation_kind_def observation_kinds[OBSERVATION__KINDS];

/* The kind stored as word; -1 if none. */
int	observation_kind_parse(const char *word, enum observation_kind *);
/* 1 if a member of staff group `group` (staff_detail.staff_group) is a
 * teacher for the QTS rule: teacher, leadership, headteacher. */
int	observation_is_teacher(const char *group);
/* 1 if an observer with (qts) may observe a reviewee of group for kind. */
int	observation_observer_ok(enum observation_kind, const char *group,
	    int observer_qts);

/* "30 min", "1 h", "1 h 05", "2 h 48"; "no limit" for POLICY_NO_CAP. */
int	observation_minutes_label(long minutes, char *out, size_t outsz);
/* 1 if `minutes` more keep used within cap (POLICY_NO_CAP: always). */
int	observation_cap_ok(long used, long cap, long minutes);
/* The refusal's figures: "1 h 45 of 1 h 48 used; this one is 30 min". */
int	observation_cap_figures(long used, long cap, long minutes, char *out,
	    size_t outsz);
/*
 * 1 if telling the teacher on notice_day gives at least n working days'
 * notice of an observation on day (calendar_notice_ok()); 0 otherwise, or
 * when the notice comes after the observation.
 */
int	observation_notice_ok(const struct calendar *, long notice_day,
	    long day, long n);
/* The day feedback is due: n working days after the observation day. */
int	observation_due(const struct calendar *, long day, long n, long *out);

#endif
