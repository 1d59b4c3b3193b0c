/*
 * concern: what the files of the performance-concerns program share
 * (concern.c: loading, access and the page; concern-write.c: recording,
 * the outcome, the person's comment and resuming).
 */
#ifndef APPRAISAL_CONCERN_H
#define APPRAISAL_CONCERN_H

#include "app.h"
#include "calendar.h"
#include "workflow.h"

#define CONCERN_TEXT_MAX 4000	/* characters per field */

struct concern {
	struct access_record	 rec;
	unsigned int		 rels;
	const char		*why;
	char			 today[CALENDAR_ISO_SIZE];
};

/* What a write found, locked, in the database. */
struct concern_now {
	enum workflow_state	 state;
	long long		 version;	/* the appraisal's */
	long long		 reviewee_id;
	long long		 school_id;
	long long		 latest_id;	/* 0: no record */
	long long		 latest_version;
	int			 latest_open;
};

/* Load the appraisal and decide action for this person: 0, or the status
 * of the page already answered (a refusal is 403, audited). */
int	concern_load(struct ctx *, struct concern *, enum access_action);
/* The page again with status: the form's errors and what was typed kept,
 * or conflict said above the records. */
int	concern_again(struct ctx *, struct concern *, int status,
	    const char *form, const char *conflict,
	    const struct valid_errors *);
/* Roll back, then audit a refusal of this request's path. */
void	concern_refuse_audit(struct ctx *, long long id, const char *reason);

/* The writes of concern-write.c. */
int	concern_record(struct ctx *);
int	concern_outcome(struct ctx *);
int	concern_comment(struct ctx *);
int	concern_resume(struct ctx *);

#endif
