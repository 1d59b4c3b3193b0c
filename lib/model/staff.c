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

/*
 * Which row the entry is (locked until commit): the one bound to its
 * identifier, else an unbound one with its name; 0 for none; -1 when its
 * name belongs to a row bound to another entry, or (renamed in the
 * directory) to another row.
 */
static enum db_status
staff_row(struct db *db, struct arena *a, const struct directory_person *p,
    long long *row)
{
	struct db_param q[2] = { DB_TEXT(p->id), DB_TEXT(p->login) };
	long long bound = 0, named = 0, named_other = 0;
	struct db_result r;
	enum db_status st;
	size_t i;

	*row = 0;
	if ((st = db_query(db, a, SQL_STAFF_BY_IDENTITY, q, 2, &r)) != DB_OK)
		return st;
	for (i = 0; i < r.nrows; i++) {
		if (strcmp(db_val(&r, i, 1), p->id) == 0)
			bound = db_int(&r, i, 0);
		else if (strcmp(db_val(&r, i, 2), p->login) == 0) {
			named = db_int(&r, i, 0);
			named_other = *db_val(&r, i, 1) != '\0';
		}
	}
	if (named != 0 && (bound != 0 || named_other))
		*row = -1;
	else
		*row = bound != 0 ? bound : named;
	return DB_OK;
}

static enum staff_result
staff_fail(struct db *db, enum db_status got, enum db_status *st)
{
	db_rollback(db);
	*st = got;
	return STAFF_DB;
}

enum staff_result
staff_from_directory(struct db *db, struct arena *a, const struct conf *c,
    const struct directory_person *pp, long long *id, long long *school_id,
    enum db_status *st)
{
	const char *code = pp->school && *pp->school ? pp->school :
	    conf_str(c, "Directory.DefaultSchool");
	char roles[256];
	struct db_param p[9];
	struct db_result r;
	long long row;

	*id = 0;
	if (pp->id == NULL || *pp->id == '\0')
		return staff_fail(db, DB_ERROR, st);
	if ((*st = staff_school(db, a, code, school_id)) != DB_OK)
		return STAFF_DB;
	if (*school_id == 0)
		return STAFF_NO_SCHOOL;
	role_set_text(role_from_groups(c, pp->groups, pp->ngroups), roles,
	    sizeof(roles));
	if ((*st = db_begin(db)) != DB_OK)
		return STAFF_DB;
	if ((*st = staff_row(db, a, pp, &row)) != DB_OK)
		return staff_fail(db, *st, st);
	if (row == -1) {
		db_rollback(db);
		return STAFF_OTHER_ENTRY;
	}
	p[0] = DB_INT(*school_id);
	p[1] = DB_TEXT(pp->login);
	p[2] = DB_TEXT(pp->id);
	p[3] = DB_TEXT(pp->dn);
	p[4] = DB_TEXT(*pp->name ? pp->name : pp->login);
	p[5] = DB_TEXT(pp->mail);
	p[6] = DB_TEXT(pp->title);
	p[7] = DB_TEXT(roles);
	p[8] = DB_INT(row);
	*st = db_exec(db, row ? SQL_STAFF_REFRESH : SQL_STAFF_INSERT, p,
	    row ? 9 : 8, &r);
	if (*st != DB_OK)
		return staff_fail(db, *st, st);
	if ((*st = db_commit(db)) != DB_OK)
		return staff_fail(db, *st, st);
	*id = row ? row : (long long)r.insert_id;
	return STAFF_OK;
}
