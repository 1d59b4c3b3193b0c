/*
 * model/staff: people as the directory describes them, kept in the staff
 * table so that records can refer to them.
 *
 * Contract: staff_from_directory() finds the person's school by its code
 * (or the configured default school when the directory has none) and
 * inserts or refreshes their row (log-in name, name, e-mail, job title,
 * DN, roles), marking it active, in one transaction. A row is bound to
 * the directory entry's immutable identifier (p->id: entryUUID or
 * objectGUID) the first time the entry is seen, and from then on only
 * that entry refreshes it, whatever its name becomes; log-in names are
 * compared exactly. It returns STAFF_OK with *id set; STAFF_OTHER_ENTRY
 * when the name belongs to a row bound to another entry (nothing is
 * written: the caller refuses and audits); STAFF_NO_SCHOOL when no school
 * matches (the person cannot use Appraisal until IT adds the school); or
 * STAFF_DB with *st set. Product-kept details (career stage, FTE ...)
 * are never touched here.
 */
#ifndef APPRAISAL_MODEL_STAFF_H
#define APPRAISAL_MODEL_STAFF_H

#include "../db.h"
#include "../directory.h"

struct conf;

enum staff_result { STAFF_OK, STAFF_NO_SCHOOL, STAFF_OTHER_ENTRY, STAFF_DB };

enum staff_result staff_from_directory(struct db *, struct arena *,
		    const struct conf *, const struct directory_person *,
		    long long *id, long long *school_id, enum db_status *st);

#endif
