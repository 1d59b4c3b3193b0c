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
 *                       (?after=ID or ?before=ID, the appraisal next to
 *                       them), and the form for the outcome
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
	p[1] = DB_INT(m->before ? m->before : m->after);
	p[2] = DB_INT(MOD_PEERS + 1);
	access_facts_params(c->actor, c->ids[0], p + 3);
	return db_query_parts(c->db, c->arena, m->before ?
	    SQL_MODERATE_PARTS_B : SQL_MODERATE_PARTS, p, DB_NPARAMS(p),
	    m->parts, MOD__PAGE_PARTS);
}

int
mod_load(struct ctx *c, struct mod *m)
{
	const char *after = req_get(&c->req.query, "after");
	const char *before = req_get(&c->req.query, "before");
	struct access_decision d;
	enum db_status st;
	int found;

	memset(m, 0, sizeof(*m));
	app_today(c, m->today);
	if ((after != NULL && valid_int(NULL, "after", after, 1,
	    4294967295LL, &m->after) == -1) || (before != NULL &&
	    valid_int(NULL, "before", before, 1, 4294967295LL,
	    &m->before) == -1) || (after != NULL && before != NULL)) {
		m->bad_page = 1;	/* 400 once access is decided */
		m->after = m->before = 0;
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

/*
 * Each list shows MOD_LIST_PAGE rows, soonest due first (then in the order
 * they came), a page at a time: after the row a "next" link names, or
 * before the one a "previous" link names, by its due day and id
 * ("2026-12-10.1234", or "1234" for one with no due day). A link that is
 * not one shows the first page. Each list keeps its own place: the links
 * of one carry the other's.
 */
#define MOD_LIST_PAGE 25

struct mod_list {
	const char		*list;		/* HDF name: Waiting, Revising */
	const char		*after_name, *before_name;
	struct app_key		 after, before;
	struct db_result	 rows;		/* in the order shown */
	int			 more_before, more_after;
};

static const char *
mod_key_str(struct ctx *c, const struct db_result *r, size_t i)
{
	return app_key_str(c, db_val(r, i, 4), db_val(r, i, 0));
}

/* One list's parameters at p[*n]: school, today, me, key, limit. */
static void
mod_list_params(struct ctx *c, const char *today, const struct app_key *k,
    struct db_param *p, size_t *n)
{
	struct db_param day = DB_TEXT_OR_NULL(k->day);

	p[(*n)++] = DB_INT(c->actor->school_id);
	p[(*n)++] = DB_TEXT(today);
	p[(*n)++] = DB_INT(c->actor->id);
	p[(*n)++] = DB_INT(k->id);
	p[(*n)++] = day;
	p[(*n)++] = day;
	p[(*n)++] = DB_INT(k->id);
	p[(*n)++] = day;
	p[(*n)++] = DB_INT(k->id);
	p[(*n)++] = DB_INT(MOD_LIST_PAGE + 1);
}

/* Which rows of its part the page shows, in order. */
static void
mod_list_rows(struct mod_list *l, const struct db_result *r)
{
	l->rows = *r;
	app_key_page(&l->rows, MOD_LIST_PAGE, &l->after, l->before.id != 0,
	    &l->more_before, &l->more_after);
}

/* This list's link: its own key (name=value, or "" for its first page)
 * and the other list's place. */
static const char *
mod_list_link(struct ctx *c, const struct mod_list *other, const char *own)
{
	const char *o = "";

	if (other->after.id != 0 || other->before.id != 0) {
		const struct app_key *k = other->before.id != 0 ?
		    &other->before : &other->after;

		o = arena_printf(c->arena, "%s=%s%s%lld",
		    other->before.id != 0 ? other->before_name :
		    other->after_name, k->day ? k->day : "", k->day ? "." : "",
		    k->id);
	}
	return arena_printf(c->arena, "%s%s%s%s%s", app_url(c, "moderate"),
	    *own || *o ? "?" : "", own, *own && *o ? "&" : "", o);
}

static void
mod_list_hdf(struct ctx *c, const struct mod_list *l,
    const struct mod_list *other, const char *today)
{
	const struct db_result *r = &l->rows;
	const char *due, *list = l->list;
	size_t i;

	for (i = 0; i < r->nrows; i++) {
		due = db_val(r, i, 4);
		tmpl_setf(c->hdf, db_val(r, i, 0), "%s.Rows.%zu.Id", list, i);
		tmpl_setf(c->hdf, db_val(r, i, 1), "%s.Rows.%zu.Reviewee", list,
		    i);
		tmpl_setf(c->hdf, db_val(r, i, 2), "%s.Rows.%zu.Reviewer", list,
		    i);
		tmpl_setf(c->hdf, db_val(r, i, 3), "%s.Rows.%zu.Cycle", list, i);
		tmpl_setf(c->hdf, app_day_label(c, due), "%s.Rows.%zu.Due", list,
		    i);
		if (*due != '\0' && strcmp(due, today) < 0)
			tmpl_setf(c->hdf, "1", "%s.Rows.%zu.Overdue", list, i);
		tmpl_setf(c->hdf, staff_detail_word_label(staff_detail_index(
		    "career_stage"), db_val(r, i, 6)), "%s.Rows.%zu.Stage", list,
		    i);
		if (db_int(r, i, 5) == c->actor->id)
			tmpl_setf(c->hdf, "1", "%s.Rows.%zu.Mine", list, i);
	}
	/* The number is known when the whole list is on this page. */
	if (!l->more_before && !l->more_after)
		tmpl_setf(c->hdf, arena_printf(c->arena, "%zu", r->nrows),
		    "%s.Count", list);
	if (l->more_before) {
		tmpl_setf(c->hdf, mod_list_link(c, other, ""), "%s.Start", list);
		tmpl_setf(c->hdf, mod_list_link(c, other, arena_printf(c->arena,
		    "%s=%s", l->before_name, mod_key_str(c, r, 0))), "%s.Prev",
		    list);
	}
	if (l->more_after && r->nrows > 0)
		tmpl_setf(c->hdf, mod_list_link(c, other, arena_printf(c->arena,
		    "%s=%s", l->after_name, mod_key_str(c, r, r->nrows - 1))),
		    "%s.Next", list);
}

static int
mod_index(struct ctx *c)
{
	char today[CALENDAR_ISO_SIZE];
	static const enum sql_id ids[2][2] = {
		{ SQL_MODERATE_WAITING, SQL_MODERATE_WAITING_B2 },
		{ SQL_MODERATE_WAITING_B1, SQL_MODERATE_WAITING_B12 }
	};
	struct db_param p[20];
	struct db_result parts[2];
	struct mod_list w = { "Waiting", "after", "before", { 0, NULL },
	    { 0, NULL }, { 0 }, 0, 0 };
	struct mod_list v = { "Revising", "revising_after", "revising_before",
	    { 0, NULL }, { 0, NULL }, { 0 }, 0, 0 };
	struct mod_list *lists[2] = { &w, &v };
	enum db_status st;
	const char *done = req_get(&c->req.query, "done");
	size_t n = 0, i;

	app_today(c, today);
	for (i = 0; i < 2; i++) {
		lists[i]->after = app_key_parse(c, lists[i]->after_name);
		if (lists[i]->after.id == 0)
			lists[i]->before = app_key_parse(c,
			    lists[i]->before_name);
		mod_list_params(c, today, lists[i]->before.id != 0 ?
		    &lists[i]->before : &lists[i]->after, p, &n);
	}
	if ((st = db_query_parts(c->db, c->arena, ids[w.before.id != 0]
	    [v.before.id != 0], p, n, parts, 2)) != DB_OK)
		return app_db_status(st);
	mod_list_rows(&w, &parts[0]);
	mod_list_rows(&v, &parts[1]);
	/* A link to a page that has emptied (what it showed was moderated):
	 * that list's first page, the other's place kept. */
	for (i = 0; i < 2; i++)
		if (lists[i]->rows.nrows == 0 && (lists[i]->after.id != 0 ||
		    lists[i]->before.id != 0))
			return app_redirect(c, mod_list_link(c, lists[1 - i],
			    ""));
	mod_list_hdf(c, &w, &v, today);
	mod_list_hdf(c, &v, &w, today);
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
