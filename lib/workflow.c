#include <string.h>

#include "workflow.h"

/* Short names for the tables only. */
#define REVIEWEE	WORKFLOW_ROLE_REVIEWEE
#define REVIEWER	WORKFLOW_ROLE_REVIEWER
#define LEADS		(WORKFLOW_ROLE_HEADTEACHER | WORKFLOW_ROLE_PM_LEAD)
#define MODERATORS	(LEADS | WORKFLOW_ROLE_MODERATOR)
#define PANEL		WORKFLOW_ROLE_APPEAL_PANEL
#define SYSTEM		WORKFLOW_ROLE_SYSTEM
#define ST(x)		WORKFLOW_ST_##x
#define EV(x)		WORKFLOW_EV_##x
#define LIMIT(x)	WORKFLOW_LIMIT_##x

/* state, event, who may fire it: next state, deadline, notice */
#define ROW(state, event, who, next, deadline, notice) \
	{ ST(state), EV(event), who, ST(next), LIMIT(deadline), LIMIT(notice) }
/* Every state before the final report may be suspended, by the school. */
#define SUSPENDABLE(state) \
	ROW(state, SUSPEND, LEADS, SUSPENDED, NONE, NONE)

const struct workflow_row workflow_table[] = {
	ROW(NOT_STARTED, ARRANGE_MEETING, REVIEWER,
	    MEETING_ARRANGED, NONE, MEETING_NOTICE),
	SUSPENDABLE(NOT_STARTED),

	ROW(MEETING_ARRANGED, ARRANGE_MEETING, REVIEWER,	/* move it */
	    MEETING_ARRANGED, NONE, MEETING_NOTICE),
	ROW(MEETING_ARRANGED, HOLD_MEETING, REVIEWER,
	    MEETING_HELD, DRAFT_DUE, NONE),
	SUSPENDABLE(MEETING_ARRANGED),

	ROW(MEETING_HELD, DRAFT, REVIEWER, DRAFT, FINAL_DUE, NONE),
	SUSPENDABLE(MEETING_HELD),

	ROW(DRAFT, REQUEST_CHANGES, REVIEWEE, CHANGES_REQUESTED, KEEP, NONE),
	ROW(DRAFT, FINALISE, REVIEWER, FINAL, KEEP, NONE),
	SUSPENDABLE(DRAFT),

	ROW(CHANGES_REQUESTED, REDRAFT, REVIEWER, DRAFT, KEEP, NONE),
	ROW(CHANGES_REQUESTED, FINALISE, REVIEWER, FINAL, KEEP, NONE),
	SUSPENDABLE(CHANGES_REQUESTED),

	ROW(FINAL, SIGN_REVIEWER, REVIEWER, SIGNED_REVIEWER, KEEP, NONE),
	ROW(FINAL, SIGN_REVIEWEE, REVIEWEE, SIGNED_REVIEWEE, KEEP, NONE),
	ROW(FINAL, REQUEST_CHANGES, REVIEWEE, CHANGES_REQUESTED, KEEP, NONE),
	ROW(FINAL, REDRAFT, REVIEWER, DRAFT, KEEP, NONE),
	SUSPENDABLE(FINAL),

	ROW(SIGNED_REVIEWER, SIGN_REVIEWEE, REVIEWEE, SIGNED, NONE, NONE),
	ROW(SIGNED_REVIEWER, REQUEST_CHANGES, REVIEWEE,
	    CHANGES_REQUESTED, KEEP, NONE),
	ROW(SIGNED_REVIEWER, REDRAFT, REVIEWER, DRAFT, KEEP, NONE),
	SUSPENDABLE(SIGNED_REVIEWER),

	ROW(SIGNED_REVIEWEE, SIGN_REVIEWER, REVIEWER, SIGNED, NONE, NONE),
	ROW(SIGNED_REVIEWEE, REQUEST_CHANGES, REVIEWEE,
	    CHANGES_REQUESTED, KEEP, NONE),
	ROW(SIGNED_REVIEWEE, REDRAFT, REVIEWER, DRAFT, KEEP, NONE),
	SUSPENDABLE(SIGNED_REVIEWEE),

	/* SYSTEM applies the school's moderation setting on signing */
	ROW(SIGNED, SEND_TO_MODERATION, MODERATORS | SYSTEM,
	    MODERATION, MODERATION_DUE, NONE),
	ROW(SIGNED, START_MONITORING, MODERATORS | SYSTEM,
	    IN_PROGRESS, NONE, NONE),
	SUSPENDABLE(SIGNED),

	ROW(MODERATION, MODERATION_FINE, MODERATORS, IN_PROGRESS, NONE, NONE),
	ROW(MODERATION, MODERATION_REVISE, MODERATORS,
	    REVISION_INSTRUCTED, REVISED_DUE, NONE),
	SUSPENDABLE(MODERATION),

	/* the revised statement is signed again, by REVISED_DUE */
	ROW(REVISION_INSTRUCTED, REVISE, REVIEWER, FINAL, KEEP, NONE),
	SUSPENDABLE(REVISION_INSTRUCTED),

	ROW(IN_PROGRESS, REQUEST_REVISION, REVIEWEE | REVIEWER,
	    REVISION_REQUESTED, NONE, NONE),
	ROW(IN_PROGRESS, REVISE, REVIEWER, FINAL, NONE, NONE),
	ROW(IN_PROGRESS, ARRANGE_ASSESSMENT, REVIEWER,
	    ASSESSMENT_ARRANGED, NONE, ASSESSMENT_NOTICE),
	SUSPENDABLE(IN_PROGRESS),

	ROW(REVISION_REQUESTED, REVISE, REVIEWER, FINAL, NONE, NONE),
	SUSPENDABLE(REVISION_REQUESTED),

	ROW(ASSESSMENT_ARRANGED, ARRANGE_ASSESSMENT, REVIEWER,	/* move it */
	    ASSESSMENT_ARRANGED, NONE, ASSESSMENT_NOTICE),
	ROW(ASSESSMENT_ARRANGED, ISSUE_REPORT, REVIEWER,
	    REPORT_ISSUED, APPEAL_WINDOW, NONE),
	SUSPENDABLE(ASSESSMENT_ARRANGED),

	ROW(REPORT_ISSUED, COMMENT_REPORT, REVIEWEE, APPEAL_WINDOW, KEEP, NONE),
	ROW(REPORT_ISSUED, APPEAL, REVIEWEE, APPEALED, HEARING_DUE, NONE),
	ROW(REPORT_ISSUED, CLOSE, SYSTEM, CLOSED, NONE, NONE),

	ROW(APPEAL_WINDOW, APPEAL, REVIEWEE, APPEALED, HEARING_DUE, NONE),
	ROW(APPEAL_WINDOW, CLOSE, SYSTEM, CLOSED, NONE, NONE),

	ROW(APPEALED, SCHEDULE_HEARING, PANEL, HEARING, KEEP, NONE),

	ROW(HEARING, SCHEDULE_HEARING, PANEL, HEARING, KEEP, NONE), /* move */
	ROW(HEARING, HOLD_HEARING, PANEL, OUTCOME, OUTCOME_DUE, NONE),
	ROW(HEARING, UPHOLD, PANEL, CLOSED, NONE, NONE),	/* same day */
	ROW(HEARING, OVERTURN, PANEL, REFERRED_BACK, NONE, NONE),

	ROW(OUTCOME, UPHOLD, PANEL, CLOSED, NONE, NONE),
	ROW(OUTCOME, OVERTURN, PANEL, REFERRED_BACK, NONE, NONE),

	/* no further appeal */
	ROW(REFERRED_BACK, REISSUE_REPORT, REVIEWER, CLOSED, NONE, NONE),

	/* the process re-commences with a new planning meeting */
	ROW(SUSPENDED, RESUME, LEADS, NOT_STARTED, NONE, NONE),
};

const size_t workflow_table_count =
    sizeof(workflow_table) / sizeof(workflow_table[0]);

struct state_info {
	const char	*word;
	const char	*label;
	unsigned int	 owner;
};

static const struct state_info states[WORKFLOW_ST__COUNT] = {
	[ST(NOT_STARTED)] = { "not_started", "Not started", REVIEWER },
	[ST(MEETING_ARRANGED)] = { "meeting_arranged",
	    "Planning meeting arranged", REVIEWER },
	[ST(MEETING_HELD)] = { "meeting_held", "Planning meeting held",
	    REVIEWER },
	[ST(DRAFT)] = { "draft", "Draft statement", REVIEWEE | REVIEWER },
	[ST(CHANGES_REQUESTED)] = { "changes_requested", "Changes requested",
	    REVIEWER },
	[ST(FINAL)] = { "final", "Final statement, awaiting signatures",
	    REVIEWEE | REVIEWER },
	[ST(SIGNED_REVIEWER)] = { "signed_reviewer",
	    "Signed by the reviewer, awaiting the reviewee", REVIEWEE },
	[ST(SIGNED_REVIEWEE)] = { "signed_reviewee",
	    "Signed by the reviewee, awaiting the reviewer", REVIEWER },
	[ST(SIGNED)] = { "signed", "Statement signed", MODERATORS },
	[ST(MODERATION)] = { "moderation", "In moderation", MODERATORS },
	[ST(REVISION_INSTRUCTED)] = { "revision_instructed",
	    "Revision instructed by moderation", REVIEWER },
	[ST(REVISION_REQUESTED)] = { "revision_requested",
	    "Revision requested", REVIEWER },
	[ST(IN_PROGRESS)] = { "in_progress", "In progress", REVIEWER },
	[ST(ASSESSMENT_ARRANGED)] = { "assessment_arranged",
	    "Annual assessment meeting arranged", REVIEWER },
	[ST(REPORT_ISSUED)] = { "report_issued", "Final report issued",
	    REVIEWEE },
	[ST(APPEAL_WINDOW)] = { "appeal_window",
	    "Report commented on, appeal window open", REVIEWEE },
	[ST(CLOSED)] = { "closed", "Closed", 0 },
	[ST(APPEALED)] = { "appealed", "Appealed", PANEL },
	[ST(HEARING)] = { "hearing", "Appeal hearing arranged", PANEL },
	[ST(OUTCOME)] = { "outcome", "Hearing held, outcome due", PANEL },
	[ST(REFERRED_BACK)] = { "referred_back",
	    "Referred back to the reviewer", REVIEWER },
	[ST(SUSPENDED)] = { "suspended", "Suspended (capability procedure)",
	    LEADS },
};

struct name {
	const char	*word;
	const char	*label;
};

static const struct name events[WORKFLOW_EV__COUNT] = {
	[EV(ARRANGE_MEETING)] = { "arrange_meeting",
	    "Arrange the planning meeting" },
	[EV(HOLD_MEETING)] = { "hold_meeting", "Record the planning meeting" },
	[EV(DRAFT)] = { "draft", "Write the draft statement" },
	[EV(REQUEST_CHANGES)] = { "request_changes",
	    "Comment or ask for changes" },
	[EV(REDRAFT)] = { "redraft", "Revise the draft" },
	[EV(FINALISE)] = { "finalise", "Finalise the statement" },
	[EV(SIGN_REVIEWER)] = { "sign_reviewer", "Sign as reviewer" },
	[EV(SIGN_REVIEWEE)] = { "sign_reviewee", "Sign as reviewee" },
	[EV(SEND_TO_MODERATION)] = { "send_to_moderation",
	    "Send to moderation" },
	[EV(MODERATION_FINE)] = { "moderation_fine",
	    "Moderate: no changes needed" },
	[EV(MODERATION_REVISE)] = { "moderation_revise",
	    "Moderate: instruct a revision" },
	[EV(START_MONITORING)] = { "start_monitoring", "Start monitoring" },
	[EV(REQUEST_REVISION)] = { "request_revision", "Ask for a revision" },
	[EV(REVISE)] = { "revise", "Revise the statement" },
	[EV(ARRANGE_ASSESSMENT)] = { "arrange_assessment",
	    "Arrange the annual assessment meeting" },
	[EV(ISSUE_REPORT)] = { "issue_report", "Issue the final report" },
	[EV(COMMENT_REPORT)] = { "comment_report",
	    "Comment on the final report" },
	[EV(APPEAL)] = { "appeal", "Appeal" },
	[EV(SCHEDULE_HEARING)] = { "schedule_hearing",
	    "Arrange the appeal hearing" },
	[EV(HOLD_HEARING)] = { "hold_hearing", "Record the appeal hearing" },
	[EV(UPHOLD)] = { "uphold", "Uphold: the report stands" },
	[EV(OVERTURN)] = { "overturn",
	    "Overturn: refer the entries back to the reviewer" },
	[EV(REISSUE_REPORT)] = { "reissue_report",
	    "Issue the reconsidered report" },
	[EV(CLOSE)] = { "close", "Close" },
	[EV(SUSPEND)] = { "suspend", "Suspend under the capability procedure" },
	[EV(RESUME)] = { "resume", "Resume the appraisal" },
};

static const struct name roles[WORKFLOW_ROLE_COUNT] = {	/* by bit */
	{ "reviewee", "Reviewee" },
	{ "reviewer", "Reviewer" },
	{ "headteacher", "Headteacher" },
	{ "pm_lead", "Performance-management lead" },
	{ "moderator", "Moderator" },
	{ "appeal_panel", "Appeal panel" },
	{ "system", "Automatic" },
};

struct limit_info {
	const char		*word;
	const char		*label;
	int			 days;
	enum workflow_event	 from;
};

static const struct limit_info limits[WORKFLOW_LIMIT__COUNT] = {
	[LIMIT(NONE)] = { NULL, NULL, -1, EV(_COUNT) },
	[LIMIT(KEEP)] = { NULL, NULL, -1, EV(_COUNT) },
	[LIMIT(MEETING_NOTICE)] = { "meeting_notice",
	    "Notice of the planning meeting", 5, EV(ARRANGE_MEETING) },
	[LIMIT(DRAFT_DUE)] = { "draft_due", "Draft statement due", 5,
	    EV(HOLD_MEETING) },
	[LIMIT(FINAL_DUE)] = { "final_due", "Final statement signed by", 10,
	    EV(HOLD_MEETING) },
	/* Seed 003, section 5: within 10 working days of the (planning)
	 * review meeting, not of the signatures. */
	[LIMIT(MODERATION_DUE)] = { "moderation_due", "Moderation due", 10,
	    EV(HOLD_MEETING) },
	[LIMIT(REVISED_DUE)] = { "revised_due", "Revised statement due", 10,
	    EV(MODERATION_REVISE) },
	[LIMIT(ASSESSMENT_NOTICE)] = { "assessment_notice",
	    "Notice of the annual assessment meeting", 5,
	    EV(ARRANGE_ASSESSMENT) },
	[LIMIT(APPEAL_WINDOW)] = { "appeal_window", "Appeal window closes",
	    10, EV(ISSUE_REPORT) },
	[LIMIT(HEARING_DUE)] = { "hearing_due", "Appeal hearing due", 20,
	    EV(APPEAL) },
	[LIMIT(OUTCOME_DUE)] = { "outcome_due", "Appeal outcome due", 5,
	    EV(HOLD_HEARING) },
};

static int
state_ok(enum workflow_state s)
{
	return (unsigned int)s < WORKFLOW_ST__COUNT;
}

static int
event_ok(enum workflow_event e)
{
	return (unsigned int)e < WORKFLOW_EV__COUNT;
}

static int
limit_ok(enum workflow_limit l)
{
	return (unsigned int)l < WORKFLOW_LIMIT__COUNT;
}

const struct workflow_row *
workflow_row_find(enum workflow_state state, enum workflow_event event)
{
	size_t i;

	for (i = 0; i < workflow_table_count; i++)
		if (workflow_table[i].state == state &&
		    workflow_table[i].event == event)
			return &workflow_table[i];
	return NULL;
}

enum workflow_result
workflow_fire(enum workflow_state state, enum workflow_event event,
    unsigned int actor_roles, enum workflow_state *next,
    enum workflow_limit *deadline)
{
	const struct workflow_row *row = workflow_row_find(state, event);

	if (row == NULL)
		return WORKFLOW_NOT_ALLOWED_IN_STATE;
	if ((row->roles & actor_roles) == 0)
		return WORKFLOW_NOT_YOUR_ROLE;
	if (next != NULL)
		*next = row->next;
	if (deadline != NULL)
		*deadline = row->deadline;
	return WORKFLOW_OK;
}

size_t
workflow_events_for(enum workflow_state state, unsigned int actor_roles,
    enum workflow_event *out, size_t max)
{
	size_t i, n = 0;

	for (i = 0; i < workflow_table_count && n < max; i++)
		if (workflow_table[i].state == state &&
		    (workflow_table[i].roles & actor_roles) != 0)
			out[n++] = workflow_table[i].event;
	return n;
}

enum workflow_event
workflow_next_step(enum workflow_state st, unsigned int actor_roles,
    int meeting_reached, int *waiting)
{
	enum workflow_event ev[16];
	size_t n, i;

	*waiting = 0;
	if ((st == WORKFLOW_ST_MEETING_ARRANGED ||
	    st == WORKFLOW_ST_ASSESSMENT_ARRANGED) && !meeting_reached) {
		*waiting = 1;
		return WORKFLOW_EV__COUNT;
	}
	n = workflow_events_for(st, actor_roles, ev, sizeof(ev) / sizeof(ev[0]));
	for (i = 0; i < n; i++) {
		if (ev[i] == WORKFLOW_EV_REQUEST_REVISION ||
		    ev[i] == WORKFLOW_EV_REVISE || ev[i] == WORKFLOW_EV_SUSPEND)
			continue;
		if ((st == WORKFLOW_ST_MEETING_ARRANGED &&
		    ev[i] == WORKFLOW_EV_ARRANGE_MEETING) ||
		    (st == WORKFLOW_ST_ASSESSMENT_ARRANGED &&
		    ev[i] == WORKFLOW_EV_ARRANGE_ASSESSMENT) ||
		    (st == WORKFLOW_ST_HEARING &&
		    ev[i] == WORKFLOW_EV_SCHEDULE_HEARING))
			continue;
		return ev[i];
	}
	return WORKFLOW_EV__COUNT;
}

int
workflow_lapsed(enum workflow_state st, const char *due_day,
    const char *today)
{
	if (st != WORKFLOW_ST_REPORT_ISSUED && st != WORKFLOW_ST_APPEAL_WINDOW)
		return 0;
	if (due_day == NULL || strlen(due_day) != 10 || today == NULL ||
	    strlen(today) != 10)
		return 0;
	return strcmp(today, due_day) > 0;
}

enum workflow_state
workflow_effective(enum workflow_state st, const char *due_day,
    const char *today)
{
	return workflow_lapsed(st, due_day, today) ? WORKFLOW_ST_CLOSED : st;
}

unsigned int
workflow_next_owner(enum workflow_state state)
{
	return state_ok(state) ? states[state].owner : 0;
}

const char *
workflow_state_word(enum workflow_state state)
{
	return state_ok(state) ? states[state].word : NULL;
}

const char *
workflow_state_label(enum workflow_state state)
{
	return state_ok(state) ? states[state].label : NULL;
}

int
workflow_state_parse(const char *word, enum workflow_state *out)
{
	int i;

	for (i = 0; word != NULL && i < WORKFLOW_ST__COUNT; i++) {
		if (strcmp(states[i].word, word) == 0) {
			*out = (enum workflow_state)i;
			return 0;
		}
	}
	return -1;
}

const char *
workflow_event_word(enum workflow_event event)
{
	return event_ok(event) ? events[event].word : NULL;
}

const char *
workflow_event_label(enum workflow_event event)
{
	return event_ok(event) ? events[event].label : NULL;
}

int
workflow_event_parse(const char *word, enum workflow_event *out)
{
	int i;

	for (i = 0; word != NULL && i < WORKFLOW_EV__COUNT; i++) {
		if (strcmp(events[i].word, word) == 0) {
			*out = (enum workflow_event)i;
			return 0;
		}
	}
	return -1;
}

/* Index of a single role bit, or -1. */
static int
role_index(unsigned int role)
{
	int i;

	for (i = 0; i < WORKFLOW_ROLE_COUNT; i++)
		if (role == 1u << i)
			return i;
	return -1;
}

const char *
workflow_role_word(unsigned int role)
{
	int i = role_index(role);

	return i < 0 ? NULL : roles[i].word;
}

const char *
workflow_role_label(unsigned int role)
{
	int i = role_index(role);

	return i < 0 ? NULL : roles[i].label;
}

const char *
workflow_limit_word(enum workflow_limit limit)
{
	return limit_ok(limit) ? limits[limit].word : NULL;
}

const char *
workflow_limit_label(enum workflow_limit limit)
{
	return limit_ok(limit) ? limits[limit].label : NULL;
}

int
workflow_limit_default(enum workflow_limit limit)
{
	return limit_ok(limit) ? limits[limit].days : -1;
}

enum workflow_event
workflow_limit_from(enum workflow_limit limit)
{
	return limit_ok(limit) ? limits[limit].from : WORKFLOW_EV__COUNT;
}

int
workflow_limit_parse(const char *word, enum workflow_limit *out)
{
	int i;

	for (i = 0; word != NULL && i < WORKFLOW_LIMIT__COUNT; i++) {
		if (limits[i].word != NULL &&
		    strcmp(limits[i].word, word) == 0) {
			*out = (enum workflow_limit)i;
			return 0;
		}
	}
	return -1;
}
