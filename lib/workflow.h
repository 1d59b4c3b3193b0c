/*
 * workflow: the states of one appraisal and the events that move it, as
 * one table (workflow_table[]): for each (state, event) allowed, who may
 * fire it, the next state, the working-day clock it sets and the notice
 * it needs. Pure: no I/O, no allocation, nothing that changes.
 *
 * Roles are relationships to this appraisal, computed by the caller
 * (access), never global flags: the reviewee, the reviewer (for the head:
 * the governors' panel), the head and the PM lead acting for the school
 * (never on their own appraisal), a moderator other than those (the
 * governors who quality-assure the head's statement), the appeal panel
 * (whoever hears this appeal: the head, or the trust CEO or a governor
 * when the head took part in the review) and SYSTEM for what the programs
 * do by themselves (the appeal window passing, the school's moderation
 * setting applied on signing).
 *
 * Signing: both parties sign the final statement, in either order. Each
 * signature is an event, and the states say who has signed: final (none),
 * signed_reviewer / signed_reviewee (one, awaiting the other), signed
 * (both). Before both have signed, the reviewee may still ask for changes
 * and the reviewer may still redraft; either voids the signature given.
 *
 * Clocks: after an event the appraisal has at most one running deadline.
 * A row's deadline is WORKFLOW_LIMIT_NONE (no clock runs in the next
 * state), WORKFLOW_LIMIT_KEEP (the clock already running, if any, carries
 * on unchanged) or a limit kind: a new clock whose due day is
 * calendar_add_working_days(date of the latest workflow_limit_from(kind)
 * event, the school's days for kind). Usually that event is the one just
 * fired; FINAL_DUE counts from the planning meeting. The workflow returns
 * kinds, not days: each school sets the days (workflow_limit_default()
 * gives the model policy's). A row's notice (MEETING_NOTICE or
 * ASSESSMENT_NOTICE, else NONE) means the meeting being arranged must be
 * at least that many working days ahead (calendar_notice_ok()).
 *
 * Suspension (capability procedure) is possible from any state before the
 * final report; resuming goes back to not_started, since the process
 * re-commences with a new planning meeting (earlier statements stay).
 *
 * Contract: names and labels are static strings, NULL for a value out of
 * range; *_parse() return 0 and set *out, or -1 for an unknown word or
 * NULL (words are the exact lowercase ones). workflow_fire() writes *next
 * and *deadline only when it returns WORKFLOW_OK (either may be NULL).
 */
#ifndef APPRAISAL_WORKFLOW_H
#define APPRAISAL_WORKFLOW_H

#include <stddef.h>

enum workflow_state {
	WORKFLOW_ST_NOT_STARTED,
	WORKFLOW_ST_MEETING_ARRANGED,	/* planning meeting */
	WORKFLOW_ST_MEETING_HELD,
	WORKFLOW_ST_DRAFT,
	WORKFLOW_ST_CHANGES_REQUESTED,
	WORKFLOW_ST_FINAL,		/* finalised, nobody has signed */
	WORKFLOW_ST_SIGNED_REVIEWER,	/* awaiting the reviewee's signature */
	WORKFLOW_ST_SIGNED_REVIEWEE,	/* awaiting the reviewer's signature */
	WORKFLOW_ST_SIGNED,
	WORKFLOW_ST_MODERATION,
	WORKFLOW_ST_REVISION_INSTRUCTED,	/* by moderation */
	WORKFLOW_ST_REVISION_REQUESTED,	/* mid-cycle, by either party */
	WORKFLOW_ST_IN_PROGRESS,
	WORKFLOW_ST_ASSESSMENT_ARRANGED,	/* annual assessment meeting */
	WORKFLOW_ST_REPORT_ISSUED,
	WORKFLOW_ST_APPEAL_WINDOW,	/* reviewee commented, window open */
	WORKFLOW_ST_CLOSED,
	WORKFLOW_ST_APPEALED,
	WORKFLOW_ST_HEARING,		/* hearing arranged */
	WORKFLOW_ST_OUTCOME,		/* hearing held, outcome due */
	WORKFLOW_ST_REFERRED_BACK,
	WORKFLOW_ST_SUSPENDED,
	WORKFLOW_ST__COUNT
};

enum workflow_event {
	WORKFLOW_EV_ARRANGE_MEETING,
	WORKFLOW_EV_HOLD_MEETING,
	WORKFLOW_EV_DRAFT,
	WORKFLOW_EV_REQUEST_CHANGES,	/* reviewee comments, asks changes */
	WORKFLOW_EV_REDRAFT,
	WORKFLOW_EV_FINALISE,
	WORKFLOW_EV_SIGN_REVIEWER,
	WORKFLOW_EV_SIGN_REVIEWEE,
	WORKFLOW_EV_SEND_TO_MODERATION,
	WORKFLOW_EV_MODERATION_FINE,
	WORKFLOW_EV_MODERATION_REVISE,
	WORKFLOW_EV_START_MONITORING,
	WORKFLOW_EV_REQUEST_REVISION,
	WORKFLOW_EV_REVISE,		/* a new version of the statement */
	WORKFLOW_EV_ARRANGE_ASSESSMENT,
	WORKFLOW_EV_ISSUE_REPORT,
	WORKFLOW_EV_COMMENT_REPORT,
	WORKFLOW_EV_APPEAL,
	WORKFLOW_EV_SCHEDULE_HEARING,
	WORKFLOW_EV_HOLD_HEARING,
	WORKFLOW_EV_UPHOLD,
	WORKFLOW_EV_OVERTURN,
	WORKFLOW_EV_REISSUE_REPORT,	/* after entries were referred back */
	WORKFLOW_EV_CLOSE,
	WORKFLOW_EV_SUSPEND,
	WORKFLOW_EV_RESUME,
	WORKFLOW_EV__COUNT
};

enum workflow_role {		/* bits; a set is an unsigned int */
	WORKFLOW_ROLE_REVIEWEE		= 1 << 0,
	WORKFLOW_ROLE_REVIEWER		= 1 << 1,
	WORKFLOW_ROLE_HEADTEACHER	= 1 << 2,
	WORKFLOW_ROLE_PM_LEAD		= 1 << 3,
	WORKFLOW_ROLE_MODERATOR		= 1 << 4,
	WORKFLOW_ROLE_APPEAL_PANEL	= 1 << 5,
	WORKFLOW_ROLE_SYSTEM		= 1 << 6,
};
#define WORKFLOW_ROLE_COUNT	7

enum workflow_limit {		/* working-day limits a school sets */
	WORKFLOW_LIMIT_NONE,		/* no clock */
	WORKFLOW_LIMIT_KEEP,		/* the running clock carries on */
	WORKFLOW_LIMIT_MEETING_NOTICE,
	WORKFLOW_LIMIT_DRAFT_DUE,
	WORKFLOW_LIMIT_FINAL_DUE,
	WORKFLOW_LIMIT_MODERATION_DUE,
	WORKFLOW_LIMIT_REVISED_DUE,
	WORKFLOW_LIMIT_ASSESSMENT_NOTICE,
	WORKFLOW_LIMIT_APPEAL_WINDOW,
	WORKFLOW_LIMIT_HEARING_DUE,
	WORKFLOW_LIMIT_OUTCOME_DUE,
	WORKFLOW_LIMIT__COUNT
};

enum workflow_result {
	WORKFLOW_OK,
	WORKFLOW_NOT_ALLOWED_IN_STATE,	/* no such row (or out of range) */
	WORKFLOW_NOT_YOUR_ROLE		/* a row, but none of its roles */
};

struct workflow_row {
	enum workflow_state	 state;
	enum workflow_event	 event;
	unsigned int		 roles;		/* who may fire it */
	enum workflow_state	 next;
	enum workflow_limit	 deadline;	/* NONE, KEEP or a kind */
	enum workflow_limit	 notice;	/* NONE or a *_NOTICE */
};

extern const struct workflow_row workflow_table[];
extern const size_t workflow_table_count;

/* The row for (state, event), or NULL if that event is not allowed. */
const struct workflow_row	*workflow_row_find(enum workflow_state,
				    enum workflow_event);
enum workflow_result	workflow_fire(enum workflow_state,
			    enum workflow_event, unsigned int actor_roles,
			    enum workflow_state *next,
			    enum workflow_limit *deadline);
/*
 * The events actor_roles may fire in state, in table order, into out
 * (at most max; WORKFLOW_EV__COUNT always suffices). Returns how many.
 */
size_t			workflow_events_for(enum workflow_state,
			    unsigned int actor_roles, enum workflow_event *out,
			    size_t max);
/*
 * Who owes the next action in state (role bits; 0 when closed or out of
 * range). In report_issued and appeal_window it is the reviewee, who may
 * comment or appeal; otherwise SYSTEM closes the appraisal when the
 * window ends.
 */
unsigned int		workflow_next_owner(enum workflow_state);
/*
 * The step a person holding `roles` should take next, to show as "next"
 * on a dashboard: the first event of theirs that moves the appraisal on
 * (asking for a revision, suspending and moving an arranged meeting are
 * always possible, so they are not the next step). An arranged planning
 * or assessment meeting is held on its day: until then (meeting_reached
 * 0) the next step is the meeting itself, for everyone, and *waiting is
 * set.
 * WORKFLOW_EV__COUNT when there is none.
 */
enum workflow_event	workflow_next_step(enum workflow_state,
			    unsigned int roles, int meeting_reached,
			    int *waiting);

/*
 * The appeal window closes by itself: an appraisal whose report was
 * issued (commented on or not) is closed once today is after the
 * window's last day (due_day, YYYY-MM-DD), whether or not anyone has
 * opened it since. workflow_lapsed() says whether that has happened;
 * workflow_effective() is the state to show and act on (CLOSED then,
 * else state). The stored state catches up at the next write
 * (SYSTEM's CLOSE event, dated the day after the window).
 */
int			workflow_lapsed(enum workflow_state, const char *due_day,
			    const char *today);
enum workflow_state	workflow_effective(enum workflow_state,
			    const char *due_day, const char *today);

const char	*workflow_state_word(enum workflow_state);	/* stored */
const char	*workflow_state_label(enum workflow_state);	/* shown */
int		 workflow_state_parse(const char *word,
		    enum workflow_state *out);
const char	*workflow_event_word(enum workflow_event);
const char	*workflow_event_label(enum workflow_event);
int		 workflow_event_parse(const char *word,
		    enum workflow_event *out);
/* One role bit's word and label; NULL for anything else. */
const char	*workflow_role_word(unsigned int role);
const char	*workflow_role_label(unsigned int role);

/*
 * Limit kinds (not NONE or KEEP): the policy setting's word (e.g.
 * "draft_due"), a label, the model policy's default days, and the event
 * whose date starts the count. For NONE, KEEP or a value out of range:
 * NULL, NULL, -1 and WORKFLOW_EV__COUNT.
 */
const char	*workflow_limit_word(enum workflow_limit);
const char	*workflow_limit_label(enum workflow_limit);
int		 workflow_limit_default(enum workflow_limit);
enum workflow_event	workflow_limit_from(enum workflow_limit);
int		 workflow_limit_parse(const char *word,
		    enum workflow_limit *out);

#endif
