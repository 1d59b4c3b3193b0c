/*
 * appeal: what the files of the appeal program share (appeal.c: loading,
 * the page, the routes; appeal-steps.c: lodging, the hearing, the
 * outcome).
 */
#ifndef APPRAISAL_APPEAL_H
#define APPRAISAL_APPEAL_H

#include "app.h"
#include "calendar.h"
#include "model/appraisal.h"
#include "model/policy.h"
#include "workflow.h"

#define AP_TEXT_MAX 8000
#define AP_SHORT_MAX 200

struct ap {
	struct access_record	 rec;
	unsigned int		 rels;
	const char		*read_reason;
	long long		 id, reviewee_id, version;
	enum workflow_state	 state, shown;
	const char		*due_kind, *due_day, *cycle, *reviewee;
	const char		*reviewer;
	struct policy		 policy;
	char			 today[CALENDAR_ISO_SIZE];
	struct calendar		 cal;
	/* the appeal, when lodged (SQL_APPEAL_PAGE) */
	int			 lodged;
	long long		 appeal_id, appeal_version, heard_by;
	const char		*grounds, *disputed, *lodged_day, *hearer;
	const char		*hearing_day, *hearing_time, *hearing_place;
	const char		*companion, *held_day, *notes, *outcome;
	const char		*reasons, *outcome_day, *hearer_name, *lodger;
	int			 companion_attended;
	/* the newest issued report */
	long long		 report_id, report_number;
	const char		*report_day, *rating;
};

/* Load the appraisal, this person's relationship, the appeal and the
 * calendar, for action (refused: 403 audited). 0 or the status. */
int	ap_load(struct ctx *, struct ap *, enum access_action);
/* The page with status; e the errors of the form that came back. */
int	ap_page(struct ctx *, struct ap *, int status,
	    const struct valid_errors *);
/* Someone changed it first: 409, nothing saved. */
int	ap_changed(struct ctx *);
/* Bad input: roll back, the page again with errors and what was typed. */
int	ap_invalid(struct ctx *, struct ap *, const struct valid_errors *);
/* Audit, commit, back to the page. */
int	ap_done(struct ctx *, struct ap *, const char *action,
	    const char *detail);
const char *ap_day(struct ctx *, const char *iso);

/* appeal-steps.c */
int	ap_lodge(struct ctx *);
int	ap_hearing(struct ctx *);
int	ap_held(struct ctx *);
int	ap_outcome(struct ctx *);

#endif
