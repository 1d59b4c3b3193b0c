/*
 * model/policy: a school's policy settings (lib/policy.h) in the
 * school_policy table.
 *
 * Contract:
 * - policy_load() reads the school's row (the model policy's defaults when
 *   there is none; a stored value that no longer parses is logged and its
 *   default used).
 * - policy_save() writes it in one statement guarded by the version the
 *   form was built from: it returns POLICY_SAVE_CONFLICT when someone else
 *   saved in between (nothing is overwritten), POLICY_SAVE_DB with *st
 *   set when the database failed. The caller holds the transaction.
 */
#ifndef APPRAISAL_MODEL_POLICY_H
#define APPRAISAL_MODEL_POLICY_H

#include "../db.h"
#include "../policy.h"

enum policy_save { POLICY_SAVE_OK, POLICY_SAVE_CONFLICT, POLICY_SAVE_DB };

enum db_status	 policy_load(struct db *, struct arena *, long long school_id,
		    struct policy *);
enum policy_save policy_save(struct db *, long long school_id,
		    const struct policy *, enum db_status *);

#endif
