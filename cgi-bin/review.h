/*
 * review: what the files of the review program share (review.c: loading,
 * the page, the steps' beginning and end; review-interim.c: the interim
 * review and the reviewee's comment; review-evidence.c: evidence).
 */
#ifndef APPRAISAL_REVIEW_H
#define APPRAISAL_REVIEW_H

#include "app.h"
#include "calendar.h"
#include "model/policy.h"
#include "staff-pick.h"
#include "workflow.h"

#define RV_TEXT_MAX 4000
#define RV_EVIDENCE_MAX 1000

struct rv {
	struct access_record	 rec;
	unsigned int		 rels;
	const char		*read_reason;
	int			 can_write, can_comment;
	long long		 id;
	enum workflow_state	 state;
	const char		*cycle, *starts, *ends, *reviewee, *reviewer;
	long long		 reviewee_id;
	struct policy		 policy;
	long long		 statement_id, statement_number;
	long long		 statement_version;
	char			 today[CALENDAR_ISO_SIZE];
	/* for the annual assessment and the report (review-report.c) */
	const char		*due_kind, *due_day, *deadline;
	const char		*career_stage, *staff_group;
	long long		 version, reviewer_id;
	enum workflow_state	 shown;		/* workflow_effective() */
};


/* Load the appraisal and this person's relationship to it for action
 * (SQL_REVIEW_BASE): 0, or the status of the page already answered (403
 * audited). */
int	rv_load(struct ctx *, struct rv *, enum access_action);
/* The same from the first RV_BASE_PARTS lists of a page's statement
 * (SQL_PAGE_BASE in lib/sql.c). */
#define RV_BASE_PARTS 3
int	rv_from_parts(struct ctx *, struct rv *, enum access_action,
	    const struct db_result *parts);
/* A page statement's parameters: the access facts', then the appraisal
 * up to n (the caller sets any others after). */
void	rv_page_params(struct ctx *, struct db_param *p, size_t n);
/* A day as people read it ("" for none). */
const char *rv_day(struct ctx *, const char *iso);
/* Load the appraisal for action (refused: 403) and check it is being
 * monitored (409 otherwise); with need_statement a signed statement must
 * exist (409). 0, or the status of the page already answered. */
int	rv_begin(struct ctx *, struct rv *, enum access_action,
	    int need_statement);
/* Someone changed the record first: 409 with what was typed kept. */
int	rv_changed(struct ctx *);
/* A day typed in field: in the cycle and not after today, else an error. */
void	rv_check_day(struct ctx *, struct rv *, const char *field,
	    const char *day, struct valid_errors *);
/* Audit action, commit the step's transaction and go back to the page at
 * anchor: the response's status. */
int	rv_commit(struct ctx *, struct rv *, const char *action,
	    const char *detail, const char *anchor);
/* Bad input: roll back, the page again with errors and what was typed. */
int	rv_invalid(struct ctx *, struct rv *, const struct valid_errors *,
	    int interim, long long target);
/* 1 if w is one of the words of progress at an interim review. */
int	rv_is_progress(const char *w);
/* The signed statement's objectives and support, in parts: 0, or the
 * status of a database failure. */
int	rv_statement_parts(struct ctx *, struct rv *, struct db_result *);

/* The handlers of review-interim.c and review-evidence.c. */
int	rv_interim(struct ctx *);
int	rv_comment(struct ctx *);
int	rv_evidence(struct ctx *);
/* review-report.c: the annual assessment and the final report. */
int	rv_report_get(struct ctx *);
int	rv_report_comment(struct ctx *);
/* review-assess.c: arranging the meeting, the assessment, issuing,
 * correcting. */
int	rv_arrange(struct ctx *);
int	rv_assess(struct ctx *);
int	rv_issue(struct ctx *);
int	rv_correct(struct ctx *);

#endif
