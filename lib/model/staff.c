#include <string.h>

#include "../arena.h"
#include "../conf.h"
#include "../role.h"
#include "staff.h"

static enum db_status
staff_school(struct db *db, struct arena *a, const char *code, long long *id)
{
	struct db_param p[1] = { DB_TEXT(code) };
	struct db_result r;
	enum db_status st;

	*id = 0;
	if ((st = db_query(db, a, SQL_SCHOOL_BY_CODE, p, 1, &r)) != DB_OK)
		return st;
	if (r.nrows == 1)
		*id = db_int(&r, 0, 0);
	return DB_OK;
}

enum staff_result
staff_from_directory(struct db *db, struct arena *a, const struct conf *c,
    const struct directory_person *pp, long long *id, long long *school_id,
    enum db_status *st)
{
	const char *code = pp->school && *pp->school ? pp->school :
	    conf_str(c, "Directory.DefaultSchool");
	char roles[256];
	struct db_param p[7];
	struct db_result r;

	*id = 0;
	if ((*st = staff_school(db, a, code, school_id)) != DB_OK)
		return STAFF_DB;
	if (*school_id == 0)
		return STAFF_NO_SCHOOL;
	role_set_text(role_from_groups(c, pp->groups, pp->ngroups), roles,
	    sizeof(roles));
	p[0] = DB_INT(*school_id);
	p[1] = DB_TEXT(pp->login);
	p[2] = DB_TEXT(pp->dn);
	p[3] = DB_TEXT(*pp->name ? pp->name : pp->login);
	p[4] = DB_TEXT(pp->mail);
	p[5] = DB_TEXT(pp->title);
	p[6] = DB_TEXT(roles);
	if ((*st = db_exec(db, SQL_STAFF_UPSERT, p, 7, &r)) != DB_OK)
		return STAFF_DB;
	*id = (long long)r.insert_id;
	return STAFF_OK;
}
