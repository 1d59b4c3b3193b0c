#include <stdio.h>

#include "../arena.h"
#include "policy.h"

enum db_status
policy_load(struct db *db, struct arena *a, long long school_id,
    struct policy *p)
{
	struct db_param prm[1] = { DB_INT(school_id) };
	struct db_result r;
	enum db_status st;
	size_t i;

	policy_defaults(p);
	if ((st = db_query(db, a, SQL_POLICY_LOAD, prm, 1, &r)) != DB_OK)
		return st;
	if (r.nrows != 1)
		return DB_OK;
	for (i = 0; i < policy_nsettings; i++)
		if (policy_set(p, &policy_settings[i], db_val(&r, 0, i), NULL) == -1)
			fprintf(stderr, "appraisal: policy: school %lld: bad stored "
			    "%s, default used\n", school_id, policy_settings[i].column);
	p->version = (long)db_int(&r, 0, policy_nsettings);
	return DB_OK;
}

enum policy_save
policy_save(struct db *db, long long school_id, const struct policy *p,
    enum db_status *st)
{
	struct db_param prm[64];
	char text[64][32];
	struct db_result r;
	size_t i;

	prm[0] = DB_INT(school_id);
	if ((*st = db_exec(db, SQL_POLICY_ENSURE, prm, 1, NULL)) != DB_OK)
		return POLICY_SAVE_DB;
	for (i = 0; i < policy_nsettings && i < 60; i++) {
		policy_get(p, &policy_settings[i], text[i], sizeof(text[i]));
		prm[i] = DB_TEXT(text[i]);
	}
	prm[i++] = DB_INT(school_id);
	prm[i++] = DB_INT(p->version);
	if ((*st = db_exec(db, SQL_POLICY_SAVE, prm, i, &r)) != DB_OK)
		return POLICY_SAVE_DB;
	return r.affected == 1 ? POLICY_SAVE_OK : POLICY_SAVE_CONFLICT;
}
