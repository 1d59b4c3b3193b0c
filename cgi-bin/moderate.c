/*
 * moderate: moderation of planning statements (SPEC 4.4; seed 003,
 * section 5), for the headteacher and the PM lead.
 *
 *   GET  /moderate      what waits in the school's current cycles: the
 *                       statements in moderation with the day each is due
 *                       (10 working days from the planning meeting),
 *                       overdue marked, most urgent first; and the revised
 *                       statements moderation asked for, with their day
 *   GET  /moderate/#    one statement (appraisal #) beside the signed
 *                       statements of comparable staff, three at a time
 *                       (?page=N), and the form for the outcome
 *   POST /moderate/#    the outcome: fine (on to monitoring), or revise
 *                       with reasons (a revised statement is due in 10
 *                       working days; the reviewer writes it on the plan
 *                       page and both sign it again)
 *
 * Which statements come here is decided when both have signed (plan-sign.c,
 * policy_moderation_decide()) and kept in the table moderation. Who may
 * moderate is access_check()'s (ACCESS_MODERATE: the head and the PM lead,
 * never on their own or the head's appraisal, nor on one they reviewed).
 * The list shows names and days only; the statement page audits a read
 * of every statement it shows ("read plan for moderation"), which the
 * reviewee's access log lists.
 */
#include <stdio.h>
#include <string.h>

#include "moderate.h"
#include "model/staff_detail.h"

void
mod_refuse_audit(struct ctx *c, long long id, const char *reason)
{
	db_rollback(c->db);	/* a refusal writes nothing but this record */
	app_audit_record(c, "appraisal", id, c->req.path, "refused", reason);
}

enum db_status
mod_read(struct ctx *c, struct mod *m)
{
	struct db_param p[3 + ACCESS_FACTS_NPARAMS];

	p[0] = DB_INT(c->ids[0]);
	p[1] = DB_INT(MOD_PEERS + 1);
	p[2] = DB_INT((m->page - 1) * MOD_PEERS);
	access_facts_params(c->actor, c->ids[0], p + 3);
	return db_query_parts(c->db, c->arena, SQL_MODERATE_PARTS, p,
	    DB_NPARAMS(p), m->parts, MOD__PAGE_PARTS);
}

int
mod_load(struct ctx *c, struct mod *m)
{
	const char *page = req_get(&c->req.query, "page");
	struct access_decision d;
	enum db_status st;
	int found;

	memset(m, 0, sizeof(*m));
	app_today(c, m->today);
	m->page = 1;
	if (page != NULL && valid_int(NULL, "page", page, 1, 1000,
	    &m->page) == -1) {
		m->bad_page = 1;	/* 400 once access is decided */
		m->page = 1;
	}
	if ((st = mod_read(c, m)) != DB_OK)
		return app_db_status(st);
	access_facts(c->arena, &m->parts[MOD_FACTS], m->today, &m->rec, &found);
	d = access_check(c->actor, ACCESS_MODERATE, found ? &m->rec : NULL,
	    &m->rels);
	if (!found || !d.allow) {
		mod_refuse_audit(c, c->ids[0], found ? d.reason : "no such record");
		return 403;
	}
	m->why = d.reason;
	return 0;
}

/* ---- the list ------------------------------------------------------ */

enum { MOD_WAITING, MOD_REVISING, MOD__PARTS };

static void
mod_list(struct ctx *c, const struct db_result *r, const char *list,
    const char *today)
{
	size_t i, n = r->nrows > 200 ? 200 : r->nrows;
	const char *due;

	for (i = 0; i < n; i++) {
		due = db_val(r, i, 4);
		tmpl_setf(c->hdf, db_val(r, i, 0), "%s.%zu.Id", list, i);
		tmpl_setf(c->hdf, db_val(r, i, 1), "%s.%zu.Reviewee", list, i);
		tmpl_setf(c->hdf, db_val(r, i, 2), "%s.%zu.Reviewer", list, i);
		tmpl_setf(c->hdf, db_val(r, i, 3), "%s.%zu.Cycle", list, i);
		tmpl_setf(c->hdf, app_day_label(c, due), "%s.%zu.Due", list, i);
		if (*due != '\0' && strcmp(due, today) < 0)
			tmpl_setf(c->hdf, "1", "%s.%zu.Overdue", list, i);
		tmpl_setf(c->hdf, staff_detail_word_label(staff_detail_index(
		    "career_stage"), db_val(r, i, 6)), "%s.%zu.Stage", list, i);
		if (db_int(r, i, 5) == c->actor->id)
			tmpl_setf(c->hdf, "1", "%s.%zu.Mine", list, i);
	}
	tmpl_setf(c->hdf, arena_printf(c->arena, "%zu", n), "%s.Count", list);
	if (r->nrows > n)
		tmpl_setf(c->hdf, "1", "%s.More", list);
}

static int
mod_index(struct ctx *c)
{
	char today[CALENDAR_ISO_SIZE];
	struct db_param p[6];
	struct db_result parts[MOD__PARTS];
	enum db_status st;
	const char *done = req_get(&c->req.query, "done");

	app_today(c, today);
	p[0] = p[3] = DB_INT(c->actor->school_id);
	p[1] = p[4] = DB_TEXT(today);
	p[2] = p[5] = DB_INT(c->actor->id);
	if ((st = db_query_parts(c->db, c->arena, SQL_MODERATE_WAITING, p, 6,
	    parts, MOD__PARTS)) != DB_OK)
		return app_db_status(st);
	mod_list(c, &parts[MOD_WAITING], "Waiting", today);
	mod_list(c, &parts[MOD_REVISING], "Revising", today);
	if (done != NULL && strcmp(done, "fine") == 0)
		tmpl_set(c->hdf, "Form.Notice", "Recorded: the statement needs no "
		    "changes and goes on to monitoring.");
	else if (done != NULL && strcmp(done, "revise") == 0)
		tmpl_set(c->hdf, "Form.Notice", "Recorded: a revised statement "
		    "is asked for. The reviewer and the reviewee see your "
		    "reasons on the plan page.");
	tmpl_set(c->hdf, "Page.Title", "Moderation of planning statements");
	return app_render(c, 200, "moderate/index.cs");
}

static const struct app_route routes[] = {
	{ REQ_GET, "/moderate", ACCESS_SCHOOL_PROGRESS, mod_index },
	{ REQ_GET, "/moderate/#", ACCESS_SCHOOL_PROGRESS, mod_statement_get },
	{ REQ_POST, "/moderate/#", ACCESS_SCHOOL_PROGRESS, mod_statement_post },
};

static const struct app_def def = {
	"moderate", routes, sizeof(routes) / sizeof(routes[0])
};

int
main(int argc, char **argv)
{
	return app_main(&def, argc, argv);
}
