/*
 * audit: the append-only audit trail (table audit): log-ins, log-outs,
 * refusals and, in later versions, every read of a confidential record by
 * anyone other than its subject.
 *
 * Contract: audit_write() inserts one row and returns the database status;
 * a failure is logged to stderr as well, with the event, so an event is
 * never lost silently. actor_id and school_id of 0 and record_id of 0 are
 * stored as NULL. Text fields longer than their columns are cut at a UTF-8
 * boundary. The table refuses UPDATE (a trigger), so rows cannot be edited.
 */
#ifndef APPRAISAL_AUDIT_H
#define APPRAISAL_AUDIT_H

#include "db.h"

struct audit_event {
	long long	 actor_id;
	const char	*actor_login;
	long long	 school_id;
	const char	*action;	/* "login", "logout", "refused" ... */
	const char	*record_type;	/* "" or "appraisal", "statement" ... */
	long long	 record_id;
	const char	*result;	/* "ok", "failed", "allowed", "refused" */
	const char	*reason;
	const char	*address;
};

enum db_status	audit_write(struct db *, const struct audit_event *);
/* The n events of e (1 to AUDIT_BATCH_MAX) in one statement: all written
 * or none, as audit_write() writes one. */
#define AUDIT_BATCH_MAX	4
enum db_status	audit_write_batch(struct db *, const struct audit_event *e,
		    size_t n);

#endif
