/*
 * plan: what the files of cgi-bin/plan share (plan.c: loading a plan and
 * deciding access, the routes; plan-step.c: starting, firing and ending a
 * step; plan-view.c: the page and its HDF; plan-meeting.c: arranging and
 * holding the planning meeting; plan-statement.c: the draft, comments,
 * finalising and asking for a revision; plan-sign.c: signing and what
 * follows, moderation or monitoring; plan-support.c: support provided;
 * plan-version.c: an earlier version of the statement).
 *
 * Strings in struct plan point into the request's arena. The functions
 * returning int return as a handler does (lib/app.h): an HTTP status for
 * the error page, APP_DONE when a page is already made; plan_load,
 * plan_begin and plan_fire return 0 to go on, whatever else they return
 * is the handler's to return.
 */
#ifndef APPRAISAL_PLAN_H
#define APPRAISAL_PLAN_H

#include "app.h"
#include "model/appraisal.h"
#include "model/statement.h"
#include "calendar.h"
#include "model/policy.h"
#include "workflow.h"

#define PLAN_TEXT_MAX 2000
#define PLAN_SUPPORT_MAX 2	/* support items per objective on the form */
#define PLAN_OBS_MAX 3		/* planned observations on the form */

/* The lists of the page's one statement (SQL_PLAN_PAGE). */
enum plan_part {
	PLAN_FACTS, PLAN_APPRAISAL, PLAN_STATEMENT, PLAN_OBJECTIVES,
	PLAN_SUPPORT, PLAN_OBS, PLAN_MEETING, PLAN_VERSIONS, PLAN_HISTORY,
	PLAN_MODERATION, PLAN__PARTS
};

struct plan {
	struct access_record	 rec;
	const char		*read_reason;	/* for the audit log */
	int			 history;	/* may read events, comments */
	long long		 id;
	struct appraisal_page	 ap;	/* moved on by a step */
	unsigned int		 roles;		/* enum workflow_role */
	unsigned int		 roles_rel;	/* enum access_rel */
	struct policy		 policy;
	struct calendar		 cal;
	char			 today[CALENDAR_ISO_SIZE];
	long			 today_day;
	long long		 st_id, st_number, st_version;
	const char		*st_status;
	int			 can_moderate;	/* ACCESS_MODERATE */
	struct db_result	 parts[PLAN__PARTS];	/* as loaded */
};

/* ---- loading and access (plan.c) ---- */
/* Audit a decision about appraisal id; the status of the write. */
enum db_status plan_audit(struct ctx *, long long id, const char *action,
	    const char *result, const char *reason);
/* Roll back, then audit a refusal of this request's path. */
void	plan_refuse_audit(struct ctx *, long long id, const char *reason);
/* Appraisal ids[0] for `action`, its policy, calendar, latest statement
 * and everything its page shows, in one statement after the session's:
 * 0, or 403 (audited, a missing record alike) or a db error. */
int	plan_load(struct ctx *, struct plan *, enum access_action);
/* The same for ACCESS_READ_PLAN with statement version `number` (or the
 * newest below it: compare p->st_number) instead of the latest, without
 * the meeting, versions, history and moderation. */
int	plan_load_version(struct ctx *, struct plan *, long long number);

/* ---- a step (plan-step.c) ---- */
/* Load for ACCESS_ACT_PLAN into *pp (arena), check the form's version
 * (missing: 400; stale: the 409 page, APP_DONE) and begin the
 * transaction. */
int	plan_begin(struct ctx *, struct plan **pp);
/* Fire ev as roles on day, with note (NULL: none) and, when okind is not
 * NULL, the deadline (okind, oday) instead of the workflow's clock: 0 with
 * p moved on (state, version, deadline); 403 (audited) when the step is
 * not this person's; the 409 page (APP_DONE) when not now or the page
 * was stale. */
int	plan_fire(struct ctx *, struct plan *, enum workflow_event ev,
	    unsigned int roles, long day, const char *note, const char *okind,
	    const char *oday);
/* Commit and redirect to the page ("Saved."). */
int	plan_done(struct ctx *, struct plan *);
/* Roll back; the page with the form's errors and what was typed (400). */
int	plan_invalid(struct ctx *, struct plan *, const struct valid_errors *);
/* Nothing saved: the page as it is now with what was typed kept (409);
 * APP_DONE once rendered. */
int	plan_conflict(struct ctx *, struct plan *);
/* In a step's transaction, once its version lost a race: roll back,
 * reload and plan_conflict(). */
int	plan_stale(struct ctx *, struct plan *);

/* ---- the page (plan-view.c) ---- */
/* Plan.* and the word lists of the page and the version page. */
void	plan_hdf(struct ctx *, struct plan *);
/* The loaded statement's objectives, support and observation plan into
 * the HDF. */
void	plan_hdf_statement(struct ctx *, const struct plan *);
/* Render plan/view.cs with `status`. */
int	plan_page(struct ctx *, struct plan *, int status);

/* ---- the routes (plan.c) ---- */
int	plan_get(struct ctx *);			/* plan-view.c */
int	plan_meeting(struct ctx *);		/* plan-meeting.c */
int	plan_held(struct ctx *);
int	plan_statement_post(struct ctx *);	/* plan-statement.c */
int	plan_comment(struct ctx *);
int	plan_finalise(struct ctx *);
int	plan_revision(struct ctx *);
int	plan_sign(struct ctx *);		/* plan-sign.c */
int	plan_support(struct ctx *);		/* plan-support.c */
int	plan_version(struct ctx *);		/* plan-version.c */

#endif
