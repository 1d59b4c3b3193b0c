/*
 * Unit tests of lib/workflow.c: every row of the table fires for its
 * roles and only for them, every other (state, event) is refused, the
 * graph is connected, and whole appraisals walk through it. Build:
 *   cc -std=c11 -D_DEFAULT_SOURCE -Wall -Wextra -Werror -Ilib \
 *     tests/unit/test_workflow.c lib/workflow.c \
 *     $(pkg-config --cflags --libs check)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <check.h>

#include "sql.h"
#include "workflow.h"

#define ALL_ROLES	((1u << WORKFLOW_ROLE_COUNT) - 1)
#define NSTATES		WORKFLOW_ST__COUNT
#define NEVENTS		WORKFLOW_EV__COUNT

#define REVIEWEE	WORKFLOW_ROLE_REVIEWEE
#define REVIEWER	WORKFLOW_ROLE_REVIEWER
#define HEAD		WORKFLOW_ROLE_HEADTEACHER
#define PM_LEAD		WORKFLOW_ROLE_PM_LEAD
#define MODERATOR	WORKFLOW_ROLE_MODERATOR
#define PANEL		WORKFLOW_ROLE_APPEAL_PANEL
#define SYSTEM		WORKFLOW_ROLE_SYSTEM

#define ST(x)		WORKFLOW_ST_##x
#define EV(x)		WORKFLOW_EV_##x
#define LIMIT(x)	WORKFLOW_LIMIT_##x

static const char *
sw(enum workflow_state s)
{
	const char *w = workflow_state_word(s);

	return w != NULL ? w : "(bad state)";
}

static const char *
ew(enum workflow_event e)
{
	const char *w = workflow_event_word(e);

	return w != NULL ? w : "(bad event)";
}

/* --- the workflow as SPEC section 4 states it ------------------------- */

/*
 * Every transition of SPEC section 4, written out here and not read from
 * lib/workflow.c: who fires it (section 1's roles), the next state, the
 * clock it starts and the notice it needs. The product's table must have
 * exactly these rows, no more.
 */
#define LEADS_S		(HEAD | PM_LEAD)		/* head, or the PM lead */
#define MODS_S		(LEADS_S | MODERATOR)		/* who moderates */
#define S_(st, ev, who, nx, dl, nt) \
	{ ST(st), EV(ev), who, ST(nx), LIMIT(dl), LIMIT(nt) }
#define SUSP_(st)	S_(st, SUSPEND, LEADS_S, SUSPENDED, NONE, NONE)

static const struct workflow_row spec_rows[] = {
	/* planning: notice >= 5 working days; draft within 5, final in 10 */
	S_(NOT_STARTED, ARRANGE_MEETING, REVIEWER, MEETING_ARRANGED, NONE,
	    MEETING_NOTICE),
	S_(MEETING_ARRANGED, ARRANGE_MEETING, REVIEWER, MEETING_ARRANGED, NONE,
	    MEETING_NOTICE),
	S_(MEETING_ARRANGED, HOLD_MEETING, REVIEWER, MEETING_HELD, DRAFT_DUE,
	    NONE),
	S_(MEETING_HELD, DRAFT, REVIEWER, DRAFT, FINAL_DUE, NONE),
	S_(DRAFT, REQUEST_CHANGES, REVIEWEE, CHANGES_REQUESTED, KEEP, NONE),
	S_(DRAFT, FINALISE, REVIEWER, FINAL, KEEP, NONE),
	S_(CHANGES_REQUESTED, REDRAFT, REVIEWER, DRAFT, KEEP, NONE),
	S_(CHANGES_REQUESTED, FINALISE, REVIEWER, FINAL, KEEP, NONE),
	/* both sign, in either order; either may reopen before both have */
	S_(FINAL, SIGN_REVIEWER, REVIEWER, SIGNED_REVIEWER, KEEP, NONE),
	S_(FINAL, SIGN_REVIEWEE, REVIEWEE, SIGNED_REVIEWEE, KEEP, NONE),
	S_(FINAL, REQUEST_CHANGES, REVIEWEE, CHANGES_REQUESTED, KEEP, NONE),
	S_(FINAL, REDRAFT, REVIEWER, DRAFT, KEEP, NONE),
	S_(SIGNED_REVIEWER, SIGN_REVIEWEE, REVIEWEE, SIGNED, NONE, NONE),
	S_(SIGNED_REVIEWER, REQUEST_CHANGES, REVIEWEE, CHANGES_REQUESTED, KEEP,
	    NONE),
	S_(SIGNED_REVIEWER, REDRAFT, REVIEWER, DRAFT, KEEP, NONE),
	S_(SIGNED_REVIEWEE, SIGN_REVIEWER, REVIEWER, SIGNED, NONE, NONE),
	S_(SIGNED_REVIEWEE, REQUEST_CHANGES, REVIEWEE, CHANGES_REQUESTED, KEEP,
	    NONE),
	S_(SIGNED_REVIEWEE, REDRAFT, REVIEWER, DRAFT, KEEP, NONE),
	/* moderation (school setting), within 10; a revision within 10 */
	S_(SIGNED, SEND_TO_MODERATION, MODS_S | SYSTEM, MODERATION,
	    MODERATION_DUE, NONE),
	S_(SIGNED, START_MONITORING, MODS_S | SYSTEM, IN_PROGRESS, NONE, NONE),
	S_(MODERATION, MODERATION_FINE, MODS_S, IN_PROGRESS, NONE, NONE),
	S_(MODERATION, MODERATION_REVISE, MODS_S, REVISION_INSTRUCTED,
	    REVISED_DUE, NONE),
	S_(REVISION_INSTRUCTED, REVISE, REVIEWER, FINAL, KEEP, NONE),
	/* in progress: either party asks for a revision; the assessment */
	S_(IN_PROGRESS, REQUEST_REVISION, REVIEWEE | REVIEWER,
	    REVISION_REQUESTED, NONE, NONE),
	S_(IN_PROGRESS, REVISE, REVIEWER, FINAL, NONE, NONE),
	S_(IN_PROGRESS, ARRANGE_ASSESSMENT, REVIEWER, ASSESSMENT_ARRANGED,
	    NONE, ASSESSMENT_NOTICE),
	S_(REVISION_REQUESTED, REVISE, REVIEWER, FINAL, NONE, NONE),
	S_(ASSESSMENT_ARRANGED, ARRANGE_ASSESSMENT, REVIEWER,
	    ASSESSMENT_ARRANGED, NONE, ASSESSMENT_NOTICE),
	/* the report; 10 working days to appeal */
	S_(ASSESSMENT_ARRANGED, ISSUE_REPORT, REVIEWER, REPORT_ISSUED,
	    APPEAL_WINDOW, NONE),
	S_(REPORT_ISSUED, COMMENT_REPORT, REVIEWEE, APPEAL_WINDOW, KEEP, NONE),
	S_(REPORT_ISSUED, APPEAL, REVIEWEE, APPEALED, HEARING_DUE, NONE),
	S_(REPORT_ISSUED, CLOSE, SYSTEM, CLOSED, NONE, NONE),
	S_(APPEAL_WINDOW, APPEAL, REVIEWEE, APPEALED, HEARING_DUE, NONE),
	S_(APPEAL_WINDOW, CLOSE, SYSTEM, CLOSED, NONE, NONE),
	/* appeal: hearing within 20, outcome within 5 of it */
	S_(APPEALED, SCHEDULE_HEARING, PANEL, HEARING, KEEP, NONE),
	S_(HEARING, SCHEDULE_HEARING, PANEL, HEARING, KEEP, NONE),
	S_(HEARING, HOLD_HEARING, PANEL, OUTCOME, OUTCOME_DUE, NONE),
	S_(HEARING, UPHOLD, PANEL, CLOSED, NONE, NONE),
	S_(HEARING, OVERTURN, PANEL, REFERRED_BACK, NONE, NONE),
	S_(OUTCOME, UPHOLD, PANEL, CLOSED, NONE, NONE),
	S_(OUTCOME, OVERTURN, PANEL, REFERRED_BACK, NONE, NONE),
	S_(REFERRED_BACK, REISSUE_REPORT, REVIEWER, CLOSED, NONE, NONE),
	/* capability: any state before the report; resumes from the start */
	SUSP_(NOT_STARTED), SUSP_(MEETING_ARRANGED), SUSP_(MEETING_HELD),
	SUSP_(DRAFT), SUSP_(CHANGES_REQUESTED), SUSP_(FINAL),
	SUSP_(SIGNED_REVIEWER), SUSP_(SIGNED_REVIEWEE), SUSP_(SIGNED),
	SUSP_(MODERATION), SUSP_(REVISION_INSTRUCTED), SUSP_(IN_PROGRESS),
	SUSP_(REVISION_REQUESTED), SUSP_(ASSESSMENT_ARRANGED),
	S_(SUSPENDED, RESUME, LEADS_S, NOT_STARTED, NONE, NONE),
};

START_TEST(the_workflow_as_the_spec_states_it)
{
	size_t n = sizeof(spec_rows) / sizeof(spec_rows[0]), i;
	const struct workflow_row *w, *got;
	enum workflow_state next;
	enum workflow_limit dl;
	unsigned int bit;

	for (i = 0; i < n; i++) {
		w = &spec_rows[i];
		got = workflow_row_find(w->state, w->event);
		ck_assert_msg(got != NULL, "%s/%s missing", sw(w->state),
		    ew(w->event));
		ck_assert_msg(got->notice == w->notice, "%s/%s: notice %d",
		    sw(w->state), ew(w->event), got->notice);
		for (bit = 1; bit <= ALL_ROLES; bit <<= 1) {
			next = ST(_COUNT);
			dl = LIMIT(_COUNT);
			if (!(w->roles & bit)) {
				ck_assert_msg(workflow_fire(w->state, w->event,
				    bit, &next, &dl) == WORKFLOW_NOT_YOUR_ROLE,
				    "%s/%s allowed to %s", sw(w->state),
				    ew(w->event), workflow_role_word(bit));
				continue;
			}
			ck_assert_msg(workflow_fire(w->state, w->event, bit,
			    &next, &dl) == WORKFLOW_OK, "%s/%s refused to %s",
			    sw(w->state), ew(w->event),
			    workflow_role_word(bit));
			ck_assert_msg(next == w->next && dl == w->deadline,
			    "%s/%s by %s: %s, clock %d", sw(w->state),
			    ew(w->event), workflow_role_word(bit), sw(next),
			    dl);
		}
	}
	/* and nothing the spec does not say */
	ck_assert_uint_eq(workflow_table_count, n);
}
END_TEST

/* --- the table, row by row ------------------------------------------- */

START_TEST(every_row_fires_for_its_roles_only)
{
	const struct workflow_row *r;
	enum workflow_state next;
	enum workflow_limit dl;
	unsigned int bit;
	size_t i;

	for (i = 0; i < workflow_table_count; i++) {
		r = &workflow_table[i];
		for (bit = 1; bit <= ALL_ROLES; bit <<= 1) {
			next = ST(_COUNT);
			dl = LIMIT(_COUNT);
			if (r->roles & bit) {
				ck_assert_msg(workflow_fire(r->state, r->event,
				    bit, &next, &dl) == WORKFLOW_OK,
				    "%s/%s refused to %s", sw(r->state),
				    ew(r->event), workflow_role_word(bit));
				ck_assert_int_eq(next, r->next);
				ck_assert_int_eq(dl, r->deadline);
			} else {
				ck_assert_msg(workflow_fire(r->state, r->event,
				    bit, &next, &dl) == WORKFLOW_NOT_YOUR_ROLE,
				    "%s/%s allowed to %s", sw(r->state),
				    ew(r->event), workflow_role_word(bit));
				ck_assert_int_eq(next, ST(_COUNT));
				ck_assert_int_eq(dl, LIMIT(_COUNT));
			}
		}
		ck_assert_int_eq(workflow_fire(r->state, r->event, 0, NULL,
		    NULL), WORKFLOW_NOT_YOUR_ROLE);
		ck_assert_int_eq(workflow_fire(r->state, r->event,
		    ALL_ROLES & ~r->roles, NULL, NULL), WORKFLOW_NOT_YOUR_ROLE);
		ck_assert_int_eq(workflow_fire(r->state, r->event, ALL_ROLES,
		    NULL, NULL), WORKFLOW_OK);
		ck_assert_ptr_eq(workflow_row_find(r->state, r->event), r);
	}
}
END_TEST

START_TEST(every_other_pair_is_refused)
{
	enum workflow_state next = ST(_COUNT);
	enum workflow_limit dl = LIMIT(_COUNT);
	size_t found = 0;
	int s, e;

	for (s = 0; s < NSTATES; s++) {
		for (e = 0; e < NEVENTS; e++) {
			if (workflow_row_find(s, e) != NULL) {
				found++;
				continue;
			}
			ck_assert_msg(workflow_fire(s, e, ALL_ROLES, &next,
			    &dl) == WORKFLOW_NOT_ALLOWED_IN_STATE,
			    "%s/%s not refused", sw(s), ew(e));
		}
	}
	/* each row is one distinct pair: no (state, event) twice */
	ck_assert_uint_eq(found, workflow_table_count);
	ck_assert_int_eq(next, ST(_COUNT));
	ck_assert_int_eq(dl, LIMIT(_COUNT));
}
END_TEST

START_TEST(out_of_range_is_refused)
{
	ck_assert_int_eq(workflow_fire(ST(_COUNT), EV(DRAFT), ALL_ROLES, NULL,
	    NULL), WORKFLOW_NOT_ALLOWED_IN_STATE);
	ck_assert_int_eq(workflow_fire(ST(MEETING_HELD), EV(_COUNT), ALL_ROLES,
	    NULL, NULL), WORKFLOW_NOT_ALLOWED_IN_STATE);
	ck_assert_int_eq(workflow_fire((enum workflow_state)-1, EV(DRAFT),
	    ALL_ROLES, NULL, NULL), WORKFLOW_NOT_ALLOWED_IN_STATE);
	ck_assert_ptr_null(workflow_row_find(ST(_COUNT), EV(_COUNT)));
	ck_assert_uint_eq(workflow_next_owner(ST(_COUNT)), 0);
	ck_assert_uint_eq(workflow_events_for(ST(_COUNT), ALL_ROLES, NULL, 0),
	    0);
}
END_TEST

static int
is_notice(enum workflow_limit l)
{
	return l == LIMIT(MEETING_NOTICE) || l == LIMIT(ASSESSMENT_NOTICE);
}

START_TEST(rows_are_well_formed)
{
	const struct workflow_row *r;
	int started[WORKFLOW_LIMIT__COUNT] = { 0 };
	enum workflow_limit l;
	size_t i;

	for (i = 0; i < workflow_table_count; i++) {
		r = &workflow_table[i];
		ck_assert_int_lt(r->state, NSTATES);
		ck_assert_int_lt(r->event, NEVENTS);
		ck_assert_int_lt(r->next, NSTATES);
		ck_assert_uint_ne(r->roles, 0);
		ck_assert_uint_eq(r->roles & ~ALL_ROLES, 0);
		ck_assert_int_lt(r->deadline, WORKFLOW_LIMIT__COUNT);
		ck_assert_msg(!is_notice(r->deadline), "%s/%s", sw(r->state),
		    ew(r->event));
		/* notice only where a meeting is arranged */
		ck_assert(r->notice == LIMIT(NONE) || is_notice(r->notice));
		ck_assert_int_eq(r->notice != LIMIT(NONE),
		    r->event == EV(ARRANGE_MEETING) ||
		    r->event == EV(ARRANGE_ASSESSMENT));
		/* a clock counts from the event that starts it, except the
		 * final statement's and moderation's, which count from the
		 * planning meeting (SPEC 4; seed 003, section 5) */
		if (r->deadline > LIMIT(KEEP)) {
			started[r->deadline] = 1;
			ck_assert(r->event == workflow_limit_from(r->deadline) ||
			    r->deadline == LIMIT(FINAL_DUE) ||
			    r->deadline == LIMIT(MODERATION_DUE));
		}
		if (r->notice != LIMIT(NONE)) {
			started[r->notice] = 1;
			ck_assert_int_eq(r->event,
			    workflow_limit_from(r->notice));
		}
	}
	for (l = LIMIT(MEETING_NOTICE); l < WORKFLOW_LIMIT__COUNT; l++)
		ck_assert_msg(started[l], "%s used by no row",
		    workflow_limit_word(l));
}
END_TEST

/* --- the graph -------------------------------------------------------- */

/* reach[s] = 1 for every state reachable from start (or, when backwards,
 * every state from which start is reachable). */
static void
reachable(enum workflow_state start, int backwards, int reach[NSTATES])
{
	const struct workflow_row *r;
	int changed = 1;
	size_t i;

	memset(reach, 0, sizeof(int) * NSTATES);
	reach[start] = 1;
	while (changed) {
		changed = 0;
		for (i = 0; i < workflow_table_count; i++) {
			r = &workflow_table[i];
			if (!backwards && reach[r->state] && !reach[r->next])
				reach[r->next] = changed = 1;
			if (backwards && reach[r->next] && !reach[r->state])
				reach[r->state] = changed = 1;
		}
	}
}

START_TEST(graph_is_connected)
{
	int from_start[NSTATES], to_closed[NSTATES];
	enum workflow_event ev[NEVENTS];
	int s;

	reachable(ST(NOT_STARTED), 0, from_start);
	reachable(ST(CLOSED), 1, to_closed);
	for (s = 0; s < NSTATES; s++) {
		ck_assert_msg(from_start[s], "%s unreachable", sw(s));
		ck_assert_msg(to_closed[s], "%s never closes", sw(s));
		ck_assert_uint_eq(workflow_events_for(s, ALL_ROLES, ev,
		    NEVENTS) == 0, s == ST(CLOSED));
	}
}
END_TEST

START_TEST(both_signatures_needed)
{
	const struct workflow_row *r;
	size_t i, into_signed = 0;

	for (i = 0; i < workflow_table_count; i++) {
		r = &workflow_table[i];
		if (r->next == ST(SIGNED) && r->state != ST(SIGNED)) {
			into_signed++;
			ck_assert((r->state == ST(SIGNED_REVIEWER) &&
			    r->event == EV(SIGN_REVIEWEE)) ||
			    (r->state == ST(SIGNED_REVIEWEE) &&
			    r->event == EV(SIGN_REVIEWER)));
		}
		if (r->next == ST(SIGNED_REVIEWER))
			ck_assert(r->state == ST(FINAL) &&
			    r->event == EV(SIGN_REVIEWER));
		if (r->next == ST(SIGNED_REVIEWEE))
			ck_assert(r->state == ST(FINAL) &&
			    r->event == EV(SIGN_REVIEWEE));
		if (r->event == EV(SIGN_REVIEWER))
			ck_assert_uint_eq(r->roles, REVIEWER);
		if (r->event == EV(SIGN_REVIEWEE))
			ck_assert_uint_eq(r->roles, REVIEWEE);
	}
	ck_assert_uint_eq(into_signed, 2);
}
END_TEST

/* --- who acts --------------------------------------------------------- */

START_TEST(events_for_matches_fire)
{
	enum workflow_event ev[NEVENTS];
	unsigned int roles;
	size_t n, k;
	int s, e;

	for (s = 0; s < NSTATES; s++) {
		for (roles = 0; roles <= ALL_ROLES; roles++) {
			n = workflow_events_for(s, roles, ev, NEVENTS);
			k = 0;
			for (e = 0; e < NEVENTS; e++)
				if (workflow_fire(s, e, roles, NULL, NULL) ==
				    WORKFLOW_OK)
					k++;
			ck_assert_uint_eq(n, k);
			for (k = 0; k < n; k++)
				ck_assert_int_eq(workflow_fire(s, ev[k], roles,
				    NULL, NULL), WORKFLOW_OK);
		}
	}
}
END_TEST

START_TEST(events_for_examples)
{
	enum workflow_event ev[NEVENTS];

	ck_assert_uint_eq(workflow_events_for(ST(DRAFT), REVIEWEE, ev,
	    NEVENTS), 1);
	ck_assert_int_eq(ev[0], EV(REQUEST_CHANGES));
	ck_assert_uint_eq(workflow_events_for(ST(DRAFT), REVIEWER, ev,
	    NEVENTS), 1);
	ck_assert_int_eq(ev[0], EV(FINALISE));
	/* a head who is also this teacher's reviewer */
	ck_assert_uint_eq(workflow_events_for(ST(DRAFT), REVIEWER | HEAD, ev,
	    NEVENTS), 2);
	ck_assert_int_eq(ev[0], EV(FINALISE));
	ck_assert_int_eq(ev[1], EV(SUSPEND));
	ck_assert_uint_eq(workflow_events_for(ST(FINAL), REVIEWEE, ev,
	    NEVENTS), 2);
	ck_assert_int_eq(ev[0], EV(SIGN_REVIEWEE));
	ck_assert_int_eq(ev[1], EV(REQUEST_CHANGES));
	ck_assert_uint_eq(workflow_events_for(ST(REPORT_ISSUED), REVIEWEE, ev,
	    NEVENTS), 2);
	ck_assert_uint_eq(workflow_events_for(ST(CLOSED), ALL_ROLES, ev,
	    NEVENTS), 0);
	/* max is respected */
	ev[1] = EV(_COUNT);
	ck_assert_uint_eq(workflow_events_for(ST(DRAFT), ALL_ROLES, ev, 1), 1);
	ck_assert_int_eq(ev[1], EV(_COUNT));
	ck_assert_uint_eq(workflow_events_for(ST(DRAFT), ALL_ROLES, NULL, 0),
	    0);
}
END_TEST

START_TEST(next_owner)
{
	enum workflow_event ev[NEVENTS];
	unsigned int owner, bit;
	int s;

	for (s = 0; s < NSTATES; s++) {
		owner = workflow_next_owner(s);
		ck_assert_uint_eq(owner == 0, s == ST(CLOSED));
		ck_assert_uint_eq(owner & ~ALL_ROLES, 0);
		/* each owner can do something other than suspend */
		for (bit = 1; bit <= ALL_ROLES; bit <<= 1) {
			if (!(owner & bit))
				continue;
			ck_assert_msg(workflow_events_for(s, bit, ev, NEVENTS) >
			    0 && ev[0] != EV(SUSPEND), "%s: %s owes nothing",
			    sw(s), workflow_role_word(bit));
		}
	}
	ck_assert_uint_eq(workflow_next_owner(ST(NOT_STARTED)), REVIEWER);
	ck_assert_uint_eq(workflow_next_owner(ST(SIGNED_REVIEWER)), REVIEWEE);
	ck_assert_uint_eq(workflow_next_owner(ST(SIGNED_REVIEWEE)), REVIEWER);
	ck_assert_uint_eq(workflow_next_owner(ST(FINAL)), REVIEWEE | REVIEWER);
	ck_assert_uint_eq(workflow_next_owner(ST(MODERATION)),
	    HEAD | PM_LEAD | MODERATOR);
	ck_assert_uint_eq(workflow_next_owner(ST(APPEALED)), PANEL);
	ck_assert_uint_eq(workflow_next_owner(ST(REFERRED_BACK)), REVIEWER);
	ck_assert_uint_eq(workflow_next_owner(ST(SUSPENDED)), HEAD | PM_LEAD);
}
END_TEST

/* --- names ------------------------------------------------------------ */

static void
check_word(const char *word, const char *label)
{
	const char *p;

	ck_assert_ptr_nonnull(word);
	ck_assert_ptr_nonnull(label);
	ck_assert_uint_gt(strlen(word), 0);
	ck_assert_uint_le(strlen(word), 32);
	for (p = word; *p != '\0'; p++)
		ck_assert_msg((*p >= 'a' && *p <= 'z') || *p == '_', "%s", word);
	ck_assert_msg(label[0] >= 'A' && label[0] <= 'Z', "%s", label);
	ck_assert_uint_le(strlen(label), 60);
}

START_TEST(state_names)
{
	enum workflow_state out;
	int s, t;

	for (s = 0; s < NSTATES; s++) {
		check_word(workflow_state_word(s), workflow_state_label(s));
		ck_assert_int_eq(workflow_state_parse(workflow_state_word(s),
		    &out), 0);
		ck_assert_int_eq(out, s);
		for (t = 0; t < s; t++) {
			ck_assert_str_ne(workflow_state_word(s),
			    workflow_state_word(t));
			ck_assert_str_ne(workflow_state_label(s),
			    workflow_state_label(t));
		}
	}
	ck_assert_str_eq(workflow_state_word(ST(NOT_STARTED)), "not_started");
	ck_assert_str_eq(workflow_state_word(ST(MEETING_ARRANGED)),
	    "meeting_arranged");
	ck_assert_str_eq(workflow_state_label(ST(MEETING_ARRANGED)),
	    "Planning meeting arranged");
	ck_assert_str_eq(workflow_state_word(ST(SUSPENDED)), "suspended");
	ck_assert_ptr_null(workflow_state_word(ST(_COUNT)));
	ck_assert_ptr_null(workflow_state_label((enum workflow_state)-1));
	out = ST(_COUNT);
	ck_assert_int_eq(workflow_state_parse("Draft", &out), -1);
	ck_assert_int_eq(workflow_state_parse("draft ", &out), -1);
	ck_assert_int_eq(workflow_state_parse("not started", &out), -1);
	ck_assert_int_eq(workflow_state_parse("", &out), -1);
	ck_assert_int_eq(workflow_state_parse(NULL, &out), -1);
	ck_assert_int_eq(out, ST(_COUNT));
}
END_TEST

START_TEST(event_names)
{
	enum workflow_event out;
	int e, f;

	for (e = 0; e < NEVENTS; e++) {
		check_word(workflow_event_word(e), workflow_event_label(e));
		ck_assert_int_eq(workflow_event_parse(workflow_event_word(e),
		    &out), 0);
		ck_assert_int_eq(out, e);
		for (f = 0; f < e; f++)
			ck_assert_str_ne(workflow_event_word(e),
			    workflow_event_word(f));
	}
	ck_assert_str_eq(workflow_event_word(EV(SIGN_REVIEWEE)),
	    "sign_reviewee");
	ck_assert_ptr_null(workflow_event_word(EV(_COUNT)));
	ck_assert_ptr_null(workflow_event_label(EV(_COUNT)));
	out = EV(_COUNT);
	ck_assert_int_eq(workflow_event_parse("SUSPEND", &out), -1);
	ck_assert_int_eq(workflow_event_parse(NULL, &out), -1);
	ck_assert_int_eq(out, EV(_COUNT));
}
END_TEST

START_TEST(role_names)
{
	unsigned int bit;

	for (bit = 1; bit <= ALL_ROLES; bit <<= 1)
		check_word(workflow_role_word(bit), workflow_role_label(bit));
	ck_assert_str_eq(workflow_role_word(PM_LEAD), "pm_lead");
	ck_assert_str_eq(workflow_role_label(REVIEWEE), "Reviewee");
	ck_assert_ptr_null(workflow_role_word(0));
	ck_assert_ptr_null(workflow_role_word(REVIEWEE | REVIEWER));
	ck_assert_ptr_null(workflow_role_label(ALL_ROLES + 1));
}
END_TEST

START_TEST(limits)
{
	static const struct {
		enum workflow_limit	 limit;
		const char		*word;
		int			 days;
		enum workflow_event	 from;
	} want[] = {
		{ LIMIT(MEETING_NOTICE), "meeting_notice", 5,
		    EV(ARRANGE_MEETING) },
		{ LIMIT(DRAFT_DUE), "draft_due", 5, EV(HOLD_MEETING) },
		{ LIMIT(FINAL_DUE), "final_due", 10, EV(HOLD_MEETING) },
		/* seed 003, section 5: "within 10 working days of the
		 * review meeting" */
		{ LIMIT(MODERATION_DUE), "moderation_due", 10,
		    EV(HOLD_MEETING) },
		{ LIMIT(REVISED_DUE), "revised_due", 10,
		    EV(MODERATION_REVISE) },
		{ LIMIT(ASSESSMENT_NOTICE), "assessment_notice", 5,
		    EV(ARRANGE_ASSESSMENT) },
		{ LIMIT(APPEAL_WINDOW), "appeal_window", 10, EV(ISSUE_REPORT) },
		{ LIMIT(HEARING_DUE), "hearing_due", 20, EV(APPEAL) },
		{ LIMIT(OUTCOME_DUE), "outcome_due", 5, EV(HOLD_HEARING) },
	};
	enum workflow_limit out;
	size_t i;

	ck_assert_uint_eq(sizeof(want) / sizeof(want[0]),
	    WORKFLOW_LIMIT__COUNT - 2);
	for (i = 0; i < sizeof(want) / sizeof(want[0]); i++) {
		ck_assert_str_eq(workflow_limit_word(want[i].limit),
		    want[i].word);
		check_word(workflow_limit_word(want[i].limit),
		    workflow_limit_label(want[i].limit));
		ck_assert_int_eq(workflow_limit_default(want[i].limit),
		    want[i].days);
		ck_assert_int_eq(workflow_limit_from(want[i].limit),
		    want[i].from);
		ck_assert_int_eq(workflow_limit_parse(want[i].word, &out), 0);
		ck_assert_int_eq(out, want[i].limit);
	}
	ck_assert_ptr_null(workflow_limit_word(LIMIT(NONE)));
	ck_assert_ptr_null(workflow_limit_label(LIMIT(KEEP)));
	ck_assert_int_eq(workflow_limit_default(LIMIT(NONE)), -1);
	ck_assert_int_eq(workflow_limit_default(LIMIT(_COUNT)), -1);
	ck_assert_int_eq(workflow_limit_from(LIMIT(KEEP)), EV(_COUNT));
	out = LIMIT(_COUNT);
	ck_assert_int_eq(workflow_limit_parse("none", &out), -1);
	ck_assert_int_eq(workflow_limit_parse("keep", &out), -1);
	ck_assert_int_eq(workflow_limit_parse("", &out), -1);
	ck_assert_int_eq(workflow_limit_parse(NULL, &out), -1);
	ck_assert_int_eq(out, LIMIT(_COUNT));
}
END_TEST

/* --- walks ------------------------------------------------------------ */

struct step {
	enum workflow_event	event;
	unsigned int		who;
	enum workflow_state	next;
	enum workflow_limit	deadline;
	unsigned int		refused;	/* roles that must be refused */
};

static enum workflow_state
walk(enum workflow_state s, const struct step *steps, size_t n)
{
	enum workflow_state next;
	enum workflow_limit dl;
	size_t i;

	for (i = 0; i < n; i++) {
		if (steps[i].refused != 0)
			ck_assert_msg(workflow_fire(s, steps[i].event,
			    steps[i].refused, NULL, NULL) ==
			    WORKFLOW_NOT_YOUR_ROLE, "step %zu: %s/%s allowed",
			    i, sw(s), ew(steps[i].event));
		ck_assert_msg(workflow_fire(s, steps[i].event, steps[i].who,
		    &next, &dl) == WORKFLOW_OK, "step %zu: %s/%s refused", i,
		    sw(s), ew(steps[i].event));
		ck_assert_msg(next == steps[i].next, "step %zu: %s/%s gave %s",
		    i, sw(s), ew(steps[i].event), sw(next));
		ck_assert_int_eq(dl, steps[i].deadline);
		s = next;
	}
	return s;
}

#define WALK(from, steps) \
	walk(from, steps, sizeof(steps) / sizeof(steps[0]))

START_TEST(happy_path)
{
	static const struct step steps[] = {
		{ EV(ARRANGE_MEETING), REVIEWER, ST(MEETING_ARRANGED),
		    LIMIT(NONE), REVIEWEE | HEAD | SYSTEM },
		{ EV(ARRANGE_MEETING), REVIEWER, ST(MEETING_ARRANGED),
		    LIMIT(NONE), REVIEWEE },
		{ EV(HOLD_MEETING), REVIEWER, ST(MEETING_HELD),
		    LIMIT(DRAFT_DUE), REVIEWEE },
		{ EV(DRAFT), REVIEWER, ST(DRAFT), LIMIT(FINAL_DUE), REVIEWEE },
		{ EV(REQUEST_CHANGES), REVIEWEE, ST(CHANGES_REQUESTED),
		    LIMIT(KEEP), REVIEWER | HEAD },
		{ EV(REDRAFT), REVIEWER, ST(DRAFT), LIMIT(KEEP), REVIEWEE },
		{ EV(FINALISE), REVIEWER, ST(FINAL), LIMIT(KEEP), REVIEWEE },
		{ EV(SIGN_REVIEWER), REVIEWER, ST(SIGNED_REVIEWER),
		    LIMIT(KEEP), REVIEWEE | HEAD },
		{ EV(SIGN_REVIEWEE), REVIEWEE, ST(SIGNED), LIMIT(NONE),
		    REVIEWER | HEAD },
		{ EV(SEND_TO_MODERATION), SYSTEM, ST(MODERATION),
		    LIMIT(MODERATION_DUE), REVIEWEE | REVIEWER },
		{ EV(MODERATION_FINE), HEAD, ST(IN_PROGRESS), LIMIT(NONE),
		    REVIEWEE | REVIEWER | SYSTEM },
		{ EV(REQUEST_REVISION), REVIEWEE, ST(REVISION_REQUESTED),
		    LIMIT(NONE), HEAD | SYSTEM },
		{ EV(REVISE), REVIEWER, ST(FINAL), LIMIT(NONE), REVIEWEE },
		{ EV(SIGN_REVIEWEE), REVIEWEE, ST(SIGNED_REVIEWEE),
		    LIMIT(KEEP), REVIEWER },
		{ EV(SIGN_REVIEWER), REVIEWER, ST(SIGNED), LIMIT(NONE),
		    REVIEWEE },
		{ EV(START_MONITORING), SYSTEM, ST(IN_PROGRESS), LIMIT(NONE),
		    REVIEWEE | REVIEWER },
		{ EV(ARRANGE_ASSESSMENT), REVIEWER, ST(ASSESSMENT_ARRANGED),
		    LIMIT(NONE), REVIEWEE },
		{ EV(ISSUE_REPORT), REVIEWER, ST(REPORT_ISSUED),
		    LIMIT(APPEAL_WINDOW), REVIEWEE | HEAD },
		{ EV(COMMENT_REPORT), REVIEWEE, ST(APPEAL_WINDOW), LIMIT(KEEP),
		    REVIEWER },
		{ EV(CLOSE), SYSTEM, ST(CLOSED), LIMIT(NONE),
		    REVIEWEE | REVIEWER | HEAD | PM_LEAD },
	};
	int e;

	ck_assert_int_eq(WALK(ST(NOT_STARTED), steps), ST(CLOSED));
	for (e = 0; e < NEVENTS; e++)
		ck_assert_int_eq(workflow_fire(ST(CLOSED), e, ALL_ROLES, NULL,
		    NULL), WORKFLOW_NOT_ALLOWED_IN_STATE);
	/* the meetings need notice */
	ck_assert_int_eq(workflow_row_find(ST(NOT_STARTED),
	    EV(ARRANGE_MEETING))->notice, LIMIT(MEETING_NOTICE));
	ck_assert_int_eq(workflow_row_find(ST(IN_PROGRESS),
	    EV(ARRANGE_ASSESSMENT))->notice, LIMIT(ASSESSMENT_NOTICE));
	ck_assert_int_eq(workflow_row_find(ST(MEETING_ARRANGED),
	    EV(HOLD_MEETING))->notice, LIMIT(NONE));
}
END_TEST

START_TEST(no_shortcuts)
{
	/* steps that skip ahead are refused whoever asks */
	ck_assert_int_eq(workflow_fire(ST(NOT_STARTED), EV(DRAFT), ALL_ROLES,
	    NULL, NULL), WORKFLOW_NOT_ALLOWED_IN_STATE);
	ck_assert_int_eq(workflow_fire(ST(MEETING_HELD), EV(FINALISE),
	    ALL_ROLES, NULL, NULL), WORKFLOW_NOT_ALLOWED_IN_STATE);
	ck_assert_int_eq(workflow_fire(ST(DRAFT), EV(SIGN_REVIEWER), ALL_ROLES,
	    NULL, NULL), WORKFLOW_NOT_ALLOWED_IN_STATE);
	ck_assert_int_eq(workflow_fire(ST(SIGNED_REVIEWER), EV(SIGN_REVIEWER),
	    ALL_ROLES, NULL, NULL), WORKFLOW_NOT_ALLOWED_IN_STATE);
	ck_assert_int_eq(workflow_fire(ST(SIGNED_REVIEWER),
	    EV(START_MONITORING), ALL_ROLES, NULL, NULL),
	    WORKFLOW_NOT_ALLOWED_IN_STATE);
	ck_assert_int_eq(workflow_fire(ST(IN_PROGRESS), EV(ISSUE_REPORT),
	    ALL_ROLES, NULL, NULL), WORKFLOW_NOT_ALLOWED_IN_STATE);
	ck_assert_int_eq(workflow_fire(ST(IN_PROGRESS), EV(APPEAL), ALL_ROLES,
	    NULL, NULL), WORKFLOW_NOT_ALLOWED_IN_STATE);
	ck_assert_int_eq(workflow_fire(ST(APPEALED), EV(UPHOLD), ALL_ROLES,
	    NULL, NULL), WORKFLOW_NOT_ALLOWED_IN_STATE);
	ck_assert_int_eq(workflow_fire(ST(APPEALED), EV(CLOSE), ALL_ROLES,
	    NULL, NULL), WORKFLOW_NOT_ALLOWED_IN_STATE);
}
END_TEST

START_TEST(moderation_revise_walk)
{
	static const struct step steps[] = {
		{ EV(SEND_TO_MODERATION), PM_LEAD, ST(MODERATION),
		    LIMIT(MODERATION_DUE), REVIEWER },
		{ EV(MODERATION_REVISE), MODERATOR, ST(REVISION_INSTRUCTED),
		    LIMIT(REVISED_DUE), REVIEWER | REVIEWEE | SYSTEM },
		{ EV(REVISE), REVIEWER, ST(FINAL), LIMIT(KEEP), REVIEWEE },
		{ EV(REQUEST_CHANGES), REVIEWEE, ST(CHANGES_REQUESTED),
		    LIMIT(KEEP), REVIEWER },
		{ EV(FINALISE), REVIEWER, ST(FINAL), LIMIT(KEEP), REVIEWEE },
		{ EV(SIGN_REVIEWEE), REVIEWEE, ST(SIGNED_REVIEWEE),
		    LIMIT(KEEP), 0 },
		/* redrafting voids the reviewee's signature */
		{ EV(REDRAFT), REVIEWER, ST(DRAFT), LIMIT(KEEP), REVIEWEE },
		{ EV(FINALISE), REVIEWER, ST(FINAL), LIMIT(KEEP), 0 },
		{ EV(SIGN_REVIEWER), REVIEWER, ST(SIGNED_REVIEWER),
		    LIMIT(KEEP), 0 },
		/* so does asking for changes after the reviewer signed */
		{ EV(REQUEST_CHANGES), REVIEWEE, ST(CHANGES_REQUESTED),
		    LIMIT(KEEP), REVIEWER },
		{ EV(FINALISE), REVIEWER, ST(FINAL), LIMIT(KEEP), 0 },
		{ EV(SIGN_REVIEWER), REVIEWER, ST(SIGNED_REVIEWER),
		    LIMIT(KEEP), 0 },
		{ EV(SIGN_REVIEWEE), REVIEWEE, ST(SIGNED), LIMIT(NONE), 0 },
		{ EV(START_MONITORING), HEAD, ST(IN_PROGRESS), LIMIT(NONE),
		    REVIEWER | REVIEWEE },
	};

	ck_assert_int_eq(WALK(ST(SIGNED), steps), ST(IN_PROGRESS));
}
END_TEST

START_TEST(appeal_overturned_walk)
{
	static const struct step steps[] = {
		{ EV(APPEAL), REVIEWEE, ST(APPEALED), LIMIT(HEARING_DUE),
		    REVIEWER | HEAD | PANEL },
		{ EV(SCHEDULE_HEARING), PANEL, ST(HEARING), LIMIT(KEEP),
		    REVIEWEE | REVIEWER },
		{ EV(SCHEDULE_HEARING), PANEL, ST(HEARING), LIMIT(KEEP),
		    REVIEWEE },
		{ EV(HOLD_HEARING), PANEL, ST(OUTCOME), LIMIT(OUTCOME_DUE),
		    REVIEWEE | REVIEWER | HEAD },
		{ EV(OVERTURN), PANEL, ST(REFERRED_BACK), LIMIT(NONE),
		    REVIEWEE | REVIEWER | HEAD | PM_LEAD | SYSTEM },
		{ EV(REISSUE_REPORT), REVIEWER, ST(CLOSED), LIMIT(NONE),
		    REVIEWEE | PANEL },
	};

	ck_assert_int_eq(WALK(ST(REPORT_ISSUED), steps), ST(CLOSED));
	/* final: no further appeal */
	ck_assert_int_eq(workflow_fire(ST(REFERRED_BACK), EV(APPEAL),
	    REVIEWEE, NULL, NULL), WORKFLOW_NOT_ALLOWED_IN_STATE);
	ck_assert_int_eq(workflow_fire(ST(OUTCOME), EV(APPEAL), REVIEWEE,
	    NULL, NULL), WORKFLOW_NOT_ALLOWED_IN_STATE);
	ck_assert_int_eq(workflow_fire(ST(CLOSED), EV(APPEAL), REVIEWEE, NULL,
	    NULL), WORKFLOW_NOT_ALLOWED_IN_STATE);
}
END_TEST

START_TEST(appeal_upheld_walk)
{
	static const struct step steps[] = {
		{ EV(COMMENT_REPORT), REVIEWEE, ST(APPEAL_WINDOW), LIMIT(KEEP),
		    0 },
		{ EV(APPEAL), REVIEWEE, ST(APPEALED), LIMIT(HEARING_DUE),
		    SYSTEM },
		{ EV(SCHEDULE_HEARING), PANEL, ST(HEARING), LIMIT(KEEP), 0 },
		/* decided on the day of the hearing */
		{ EV(UPHOLD), PANEL, ST(CLOSED), LIMIT(NONE), REVIEWER },
	};
	static const struct step after_hearing[] = {
		{ EV(HOLD_HEARING), PANEL, ST(OUTCOME), LIMIT(OUTCOME_DUE), 0 },
		{ EV(UPHOLD), PANEL, ST(CLOSED), LIMIT(NONE), HEAD | PM_LEAD },
	};

	ck_assert_int_eq(WALK(ST(REPORT_ISSUED), steps), ST(CLOSED));
	ck_assert_int_eq(WALK(ST(HEARING), after_hearing), ST(CLOSED));
}
END_TEST

START_TEST(suspend_and_resume)
{
	static const int suspendable[NSTATES] = {
		[ST(NOT_STARTED)] = 1, [ST(MEETING_ARRANGED)] = 1,
		[ST(MEETING_HELD)] = 1, [ST(DRAFT)] = 1,
		[ST(CHANGES_REQUESTED)] = 1, [ST(FINAL)] = 1,
		[ST(SIGNED_REVIEWER)] = 1, [ST(SIGNED_REVIEWEE)] = 1,
		[ST(SIGNED)] = 1, [ST(MODERATION)] = 1,
		[ST(REVISION_INSTRUCTED)] = 1, [ST(REVISION_REQUESTED)] = 1,
		[ST(IN_PROGRESS)] = 1, [ST(ASSESSMENT_ARRANGED)] = 1,
	};
	static const struct step cycle[] = {
		{ EV(SUSPEND), HEAD, ST(SUSPENDED), LIMIT(NONE),
		    REVIEWEE | REVIEWER | SYSTEM | PANEL | MODERATOR },
		{ EV(RESUME), PM_LEAD, ST(NOT_STARTED), LIMIT(NONE),
		    REVIEWEE | REVIEWER | SYSTEM },
		{ EV(ARRANGE_MEETING), REVIEWER, ST(MEETING_ARRANGED),
		    LIMIT(NONE), 0 },
	};
	int s;

	for (s = 0; s < NSTATES; s++) {
		ck_assert_msg((workflow_row_find(s, EV(SUSPEND)) != NULL) ==
		    suspendable[s], "%s", sw(s));
		if (suspendable[s])
			ck_assert_int_eq(WALK(s, cycle), ST(MEETING_ARRANGED));
		if (s != ST(SUSPENDED))
			ck_assert_int_eq(workflow_fire(s, EV(RESUME),
			    ALL_ROLES, NULL, NULL),
			    WORKFLOW_NOT_ALLOWED_IN_STATE);
	}
	/* nothing else happens while suspended */
	ck_assert_uint_eq(workflow_events_for(ST(SUSPENDED), ALL_ROLES,
	    (enum workflow_event[NEVENTS]){ 0 }, NEVENTS), 1);
}
END_TEST

/* SPEC 4: planning meeting arranged -> meeting held. The dashboard's next
 * step for an arranged meeting is the meeting itself until its day, then
 * recording it; never arranging it again. */
START_TEST(next_step_for_an_arranged_meeting)
{
	int waiting;

	ck_assert_int_eq(workflow_next_step(WORKFLOW_ST_MEETING_ARRANGED,
	    WORKFLOW_ROLE_REVIEWER, 0, &waiting), WORKFLOW_EV__COUNT);
	ck_assert_int_eq(waiting, 1);
	ck_assert_int_eq(workflow_next_step(WORKFLOW_ST_MEETING_ARRANGED,
	    WORKFLOW_ROLE_REVIEWEE, 0, &waiting), WORKFLOW_EV__COUNT);
	ck_assert_int_eq(waiting, 1);
	ck_assert_int_eq(workflow_next_step(WORKFLOW_ST_MEETING_ARRANGED,
	    WORKFLOW_ROLE_REVIEWER, 1, &waiting), WORKFLOW_EV_HOLD_MEETING);
	ck_assert_int_eq(waiting, 0);
	ck_assert_str_eq(workflow_event_label(WORKFLOW_EV_HOLD_MEETING),
	    "Record the planning meeting");
	ck_assert_int_eq(workflow_next_step(WORKFLOW_ST_MEETING_ARRANGED,
	    WORKFLOW_ROLE_REVIEWEE, 1, &waiting), WORKFLOW_EV__COUNT);
	ck_assert_int_eq(waiting, 0);
	/* Before any meeting the reviewer arranges one. */
	ck_assert_int_eq(workflow_next_step(WORKFLOW_ST_NOT_STARTED,
	    WORKFLOW_ROLE_REVIEWER, 1, &waiting), WORKFLOW_EV_ARRANGE_MEETING);
	/* A final statement: the reviewee signs (or asks for changes). */
	ck_assert_int_eq(workflow_next_step(WORKFLOW_ST_FINAL,
	    WORKFLOW_ROLE_REVIEWEE, 1, &waiting), WORKFLOW_EV_SIGN_REVIEWEE);
}
END_TEST

/* The derived table of states before the report (lib/sql.c), read by the
 * head's "Final reports overdue", names every state of the workflow but
 * those from the report on, each once. */
START_TEST(states_before_report_in_sql)
{
	static const char *const after[] = { "report_issued",
	    "appeal_window", "closed", "appealed", "hearing", "outcome",
	    "suspended" };
	const char *text = sql_states_before_report();
	char quoted[64];
	size_t i, j, named = 0;

	for (i = 0; i < WORKFLOW_ST__COUNT; i++) {
		const char *w = workflow_state_word((enum workflow_state)i);
		const char *at;
		int later = 0;

		for (j = 0; j < sizeof(after) / sizeof(after[0]); j++)
			later |= strcmp(w, after[j]) == 0;
		snprintf(quoted, sizeof(quoted), "'%s'", w);
		at = strstr(text, quoted);
		if (later) {
			ck_assert_msg(at == NULL, "%s is after the report", w);
			continue;
		}
		ck_assert_msg(at != NULL, "%s missing from the list", w);
		ck_assert_msg(strstr(at + 1, quoted) == NULL, "%s twice", w);
		named++;
	}
	/* Nothing else is quoted in it: one word per row. */
	for (i = 0, j = 0; text[i] != '\0'; i++)
		j += text[i] == '\'';
	ck_assert_uint_eq(j, 2 * named);
}
END_TEST

static Suite *
workflow_suite(void)
{
	Suite *s = suite_create("workflow");
	TCase *table = tcase_create("table");
	TCase *names = tcase_create("names");
	TCase *walks = tcase_create("walks");

	tcase_add_test(table, the_workflow_as_the_spec_states_it);
	tcase_add_test(table, every_row_fires_for_its_roles_only);
	tcase_add_test(table, every_other_pair_is_refused);
	tcase_add_test(table, out_of_range_is_refused);
	tcase_add_test(table, rows_are_well_formed);
	tcase_add_test(table, graph_is_connected);
	tcase_add_test(table, both_signatures_needed);
	tcase_add_test(table, events_for_matches_fire);
	tcase_add_test(table, events_for_examples);
	tcase_add_test(table, next_owner);
	tcase_add_test(names, state_names);
	tcase_add_test(names, event_names);
	tcase_add_test(names, role_names);
	tcase_add_test(names, limits);
	tcase_add_test(names, states_before_report_in_sql);
	tcase_add_test(walks, happy_path);
	tcase_add_test(walks, no_shortcuts);
	tcase_add_test(walks, moderation_revise_walk);
	tcase_add_test(walks, appeal_overturned_walk);
	tcase_add_test(walks, appeal_upheld_walk);
	tcase_add_test(walks, suspend_and_resume);
	tcase_add_test(walks, next_step_for_an_arranged_meeting);
	suite_add_tcase(s, table);
	suite_add_tcase(s, names);
	suite_add_tcase(s, walks);
	return s;
}

int
main(void)
{
	SRunner *sr = srunner_create(workflow_suite());
	int failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
