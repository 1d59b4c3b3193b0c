/*
 * moderate-statement: one statement in moderation beside the signed
 * statements of comparable staff (the same cycle, career stage, TLR and
 * leadership scale), and the outcome.
 *
 * The page is one statement (SQL_MODERATE_PARTS: the access facts and
 * the page) after the session's, and one more that audits each statement
 * shown. The outcome is
 * one transaction: the appraisal moves from the version the page showed
 * (409 otherwise, with the typed reasons kept), the event and the outcome
 * are recorded, and so is the decision in the audit log.
 */
#include <stdio.h>
#include <string.h>

#include "model/appraisal.h"
#include "model/school_conf.h"
#include "moderate.h"
#include "model/policy.h"
#include "model/staff_detail.h"
#include "model/statement.h"
#include "workflow.h"

#define MOD_POSITIONS 6		/* objectives per statement at most */

static const char *const outcomes[] = { "fine", "revise", NULL };

/* Which column (0: the statement in moderation) shows appraisal id. */
static long
mod_column(const struct db_result *people, size_t shown, long long id)
{
	size_t i;

	for (i = 0; i < shown; i++)
		if (db_int(people, i, 0) == id)
			return (long)i;
	return -1;
}

/* The person at column i: who, what statement, how they compare. */
static void
mod_hdf_person(struct ctx *c, const struct db_result *r, size_t i)
{
	enum workflow_state st;

	tmpl_setf(c->hdf, db_val(r, i, 0), "People.%zu.Id", i);
	tmpl_setf(c->hdf, db_val(r, i, 2), "People.%zu.Name", i);
	tmpl_setf(c->hdf, db_val(r, i, 3), "People.%zu.Reviewer", i);
	if (workflow_state_parse(db_val(r, i, 4), &st) == 0)
		tmpl_setf(c->hdf, workflow_state_label(st), "People.%zu.State", i);
	tmpl_setf(c->hdf, db_val(r, i, 8), "People.%zu.Statement", i);
	if (i == 0)
		tmpl_setf(c->hdf, "1", "People.%zu.Moderated", i);
}

/* Objectives and their support into Rows.<position>.Cells.<column>. */
static void
mod_hdf_objectives(struct ctx *c, const struct db_result *people,
    size_t shown, const struct db_result *obj, const struct db_result *si)
{
	size_t i, k, col, pos, maxpos = 0, nsup[MOD_POSITIONS][MOD_PEERS + 1];
	long cl;

	memset(nsup, 0, sizeof(nsup));
	for (i = 0; i < obj->nrows; i++) {
		cl = mod_column(people, shown, db_int(obj, i, 0));
		pos = (size_t)db_int(obj, i, 1);
		if (cl < 0 || pos < 1 || pos > MOD_POSITIONS)
			continue;
		col = (size_t)cl;
		if (pos > maxpos)
			maxpos = pos;
		tmpl_setf(c->hdf, "1", "Rows.%zu.Cells.%zu.Has", pos - 1, col);
		tmpl_setf(c->hdf, db_val(obj, i, 2), "Rows.%zu.Cells.%zu.Description", pos - 1, col);
		tmpl_setf(c->hdf, db_val(obj, i, 3), "Rows.%zu.Cells.%zu.Criteria", pos - 1, col);
		tmpl_setf(c->hdf, statement_label(statement_categories,
		    statement_category_labels,
		    db_val(obj, i, 4)), "Rows.%zu.Cells.%zu.Category", pos - 1, col);
		tmpl_setf(c->hdf, statement_label(statement_links,
		    statement_link_labels,
		    db_val(obj, i, 5)), "Rows.%zu.Cells.%zu.Link", pos - 1, col);
		tmpl_setf(c->hdf, db_val(obj, i, 6), "Rows.%zu.Cells.%zu.Area", pos - 1, col);
		if (strcmp(db_val(obj, i, 7), "multi_cycle") == 0)
			tmpl_setf(c->hdf, db_val(obj, i, 9),
			    "Rows.%zu.Cells.%zu.Expectation", pos - 1, col);
		else
			tmpl_setf(c->hdf, app_day_label(c, db_val(obj, i, 8)),
			    "Rows.%zu.Cells.%zu.Due", pos - 1, col);
		if (db_int(obj, i, 10))
			tmpl_setf(c->hdf, "1", "Rows.%zu.Cells.%zu.Determined",
			    pos - 1, col);
	}
	for (i = 0; i < si->nrows; i++) {
		cl = mod_column(people, shown, db_int(si, i, 0));
		pos = (size_t)db_int(si, i, 1);
		if (cl < 0 || pos < 1 || pos > MOD_POSITIONS)
			continue;
		k = nsup[pos - 1][cl]++;
		tmpl_setf(c->hdf, db_val(si, i, 3),
		    "Rows.%zu.Cells.%ld.Support.%zu.Text", pos - 1, cl, k);
		tmpl_setf(c->hdf, statement_label(statement_support_kinds,
		    statement_support_kind_labels,
		    db_val(si, i, 2)), "Rows.%zu.Cells.%ld.Support.%zu.Kind",
		    pos - 1, cl, k);
	}
	for (pos = 1; pos <= maxpos; pos++) {
		tmpl_setf(c->hdf, arena_printf(c->arena, "%zu", pos),
		    "Rows.%zu.Position", pos - 1);
		for (col = 0; col < shown; col++)
			tmpl_setf(c->hdf, db_val(people, col, 2),
			    "Rows.%zu.Cells.%zu.Name", pos - 1, col);
	}
}

/* Why it came to moderation (as recorded on signing), and any outcome. */
static void
mod_hdf_decision(struct ctx *c, const struct db_result *r)
{
	static const char *const whys[] = { "head_reviews", "all",
	    "sample_in", "sample_out", "none", NULL };
	struct policy_moderation pm;
	char note[300];
	int why;

	if (r->nrows != 1)
		return;
	if (valid_enum(NULL, "decision", db_val(r, 0, 0), whys, &why) == 0) {
		pm.why = (enum policy_moderation_why)why;
		pm.moderate = why == POLICY_MOD_ALL || why == POLICY_MOD_SAMPLE_IN;
		pm.draw = *db_val(r, 0, 1) ? (int)db_int(r, 0, 1) : -1;
		pm.pct = db_int(r, 0, 2);
		policy_moderation_note(&pm, note, sizeof(note));
		tmpl_set(c->hdf, "Mod.Why", note);
	}
	if (strcmp(db_val(r, 0, 3), "fine") == 0 ||
	    strcmp(db_val(r, 0, 3), "revise") == 0) {
		tmpl_set(c->hdf, "Mod.Outcome", db_val(r, 0, 3));
		tmpl_set(c->hdf, "Mod.OutcomeReasons", db_val(r, 0, 4));
		tmpl_set(c->hdf, "Mod.OutcomeBy", db_val(r, 0, 5));
		tmpl_set(c->hdf, "Mod.OutcomeAt", app_time_label(c, db_val(r, 0, 6)));
	}
}

static void
mod_hdf_main(struct ctx *c, struct mod *m, const struct db_result *r)
{
	const char *due = db_val(r, 0, 5);
	enum workflow_state st;

	tmpl_set(c->hdf, "Mod.Id", db_val(r, 0, 0));
	tmpl_set(c->hdf, "Mod.Reviewee", db_val(r, 0, 2));
	tmpl_set(c->hdf, "Mod.Reviewer", db_val(r, 0, 3));
	if (workflow_state_parse(db_val(r, 0, 4), &st) == -1)
		st = WORKFLOW_ST_NOT_STARTED;
	tmpl_set(c->hdf, "Mod.State", workflow_state_label(st));
	if (st == WORKFLOW_ST_MODERATION)
		tmpl_set(c->hdf, "Mod.Open", "1");
	tmpl_set(c->hdf, "Mod.Due", app_day_label(c, due));
	if (*due != '\0' && strcmp(due, m->today) < 0)
		tmpl_set(c->hdf, "Mod.Overdue", "1");
	tmpl_set(c->hdf, "Mod.Version", db_val(r, 0, 6));
	tmpl_set(c->hdf, "Mod.Cycle", db_val(r, 0, 7));
	tmpl_set(c->hdf, "Mod.Statement", db_val(r, 0, 8));
	tmpl_set(c->hdf, "Mod.Stage", staff_detail_word_label(
	    staff_detail_index("career_stage"), db_val(r, 0, 10)));
	tmpl_set(c->hdf, "Mod.Tlr", db_int(r, 0, 11) ? "1" : "0");
	tmpl_set(c->hdf, "Mod.Leadership", db_int(r, 0, 12) ? "1" : "0");
}

/* Every statement shown is a read of someone's record: audited first,
 * in one statement. */
static int
mod_audit_reads(struct ctx *c, struct mod *m, const struct db_result *r,
    size_t shown)
{
	long long ids[MOD_PEERS + 1];
	const char *why[MOD_PEERS + 1];
	size_t i;

	for (i = 0; i < shown && i < MOD_PEERS + 1; i++) {
		ids[i] = db_int(r, i, 0);
		why[i] = i == 0 ? m->why : arena_printf(c->arena, "%s, comparing "
		    "statements in moderation", m->why);
	}
	return app_audit_records(c, "appraisal", ids, why, i,
	    "read plan for moderation", "allowed") == DB_OK ? 0 : -1;
}

/*
 * The comparable statements shown: this one (row 0) and up to MOD_PEERS
 * others. The statement reads one more than a page, in the order of
 * their appraisals: after m->after, the first MOD_PEERS (one more means
 * more after); before m->before, the last MOD_PEERS (one more means more
 * before). Into *shown, with the links either way.
 */
static void
mod_peers(struct ctx *c, const struct mod *m, const struct db_result *people,
    struct db_result *shown)
{
	size_t n = people->nrows;
	int more = n > MOD_PEERS + 1;

	*shown = *people;
	if (more && m->before != 0) {
		/* Drop the first of the others: the one beyond the page. */
		shown->rows = arena_alloc(c->arena, (MOD_PEERS + 1) *
		    sizeof(*shown->rows));
		if (shown->rows == NULL) {
			shown->nrows = 0;
			return;
		}
		shown->rows[0] = people->rows[0];
		memcpy(shown->rows + 1, people->rows + 2, MOD_PEERS *
		    sizeof(*shown->rows));
	}
	if (shown->nrows > MOD_PEERS + 1)
		shown->nrows = MOD_PEERS + 1;
	if (m->after != 0 || m->before != 0)
		tmpl_set(c->hdf, "List.Start", arena_printf(c->arena,
		    "%smoderate/%lld", c->app->prefix, m->rec.id));
	if (shown->nrows < 2)
		return;
	if (m->before != 0 ? more : m->after != 0)
		tmpl_set(c->hdf, "List.Prev", arena_printf(c->arena,
		    "%smoderate/%lld?before=%s", c->app->prefix, m->rec.id,
		    db_val(shown, 1, 0)));
	if (m->before != 0 || more)
		tmpl_set(c->hdf, "List.Next", arena_printf(c->arena,
		    "%smoderate/%lld?after=%s", c->app->prefix, m->rec.id,
		    db_val(shown, shown->nrows - 1, 0)));
}

/* The page as loaded, with status (200; 400 or 409 to show a refused
 * outcome). */
static int
mod_page(struct ctx *c, struct mod *m, int status)
{
	struct db_result view;
	const struct db_result *people = &view;
	size_t i, shown;

	if (m->bad_page)
		return 400;
	if (m->parts[MOD_PEOPLE].nrows == 0 ||
	    db_int(&m->parts[MOD_PEOPLE], 0, 1) != 1)
		return 403;
	mod_peers(c, m, &m->parts[MOD_PEOPLE], &view);
	if ((shown = view.nrows) == 0)
		return 500;
	if (mod_audit_reads(c, m, people, shown) == -1)
		return app_audit_failed(c);
	mod_hdf_main(c, m, people);
	for (i = 0; i < shown; i++)
		mod_hdf_person(c, people, i);
	tmpl_set_int(c->hdf, "Mod.Peers", (long long)(shown - 1));
	mod_hdf_objectives(c, people, shown, &m->parts[MOD_OBJECTIVES],
	    &m->parts[MOD_SUPPORT]);
	mod_hdf_decision(c, &m->parts[MOD_DECISION]);
	tmpl_set(c->hdf, "Page.Title", arena_printf(c->arena,
	    "Moderation: the statement of %s", db_val(people, 0, 2)));
	return app_render(c, status, "moderate/statement.cs");
}

int
mod_statement_get(struct ctx *c)
{
	struct mod m;
	int rc;

	if ((rc = mod_load(c, &m)) != 0)
		return rc;
	return mod_page(c, &m, 200);
}

/* ---- the outcome ------------------------------------------------------ */

struct mod_step {
	long long		 version;	/* of the appraisal, as stored */
	enum workflow_state	 state;
	long long		 school_id;
	enum workflow_event	 ev;
	const char		*reasons;
	int			 outcome;	/* index into outcomes[] */
};

/* Back to the page, with what was typed: errors (400) or a conflict. */
static int
mod_again(struct ctx *c, struct mod *m, int status, const char *conflict,
    const struct valid_errors *e)
{
	const char *typed = req_get(&c->req.form, "reasons");
	const char *outcome = req_get(&c->req.form, "outcome");
	enum db_status st;
	int rc;

	db_rollback(c->db);
	/* The page as it is now, after what was tried was rolled back. */
	if ((st = mod_read(c, m)) != DB_OK)
		return app_db_status(st);
	if (e != NULL)
		app_form_errors(c, e);
	if (conflict != NULL)
		tmpl_set(c->hdf, "Form.Conflict", conflict);
	tmpl_set(c->hdf, "Typed.reasons", typed ? typed : "");
	tmpl_set(c->hdf, "Typed.outcome", outcome ? outcome : "");
	rc = mod_page(c, m, status);
	return rc == 0 ? APP_DONE : rc;
}

/* The day the revised statement is due: REVISED_DUE working days on the
 * school's calendar from today. */
static enum db_status
mod_revised_due(struct ctx *c, struct mod *m, long long school_id,
    char due[CALENDAR_ISO_SIZE])
{
	struct policy pol;
	struct calendar cal;
	enum db_status st;

	due[0] = '\0';
	if ((st = school_conf(c->db, c->arena, school_id, 0, &pol, &cal))
	    != DB_OK)
		return st;
	if (appraisal_due(&cal, &pol, WORKFLOW_LIMIT_REVISED_DUE, m->today,
	    due) == -1)
		due[0] = '\0';
	return DB_OK;
}

/* The appraisal as stored now: its version, state and school. */
static enum db_status
mod_current(struct ctx *c, struct mod *m, struct mod_step *s)
{
	struct db_param p[1] = { DB_INT(m->rec.id) };
	struct appraisal_page ap;
	struct db_result r;
	enum db_status st;

	if ((st = db_query(c->db, c->arena, SQL_APPRAISAL_LOAD, p, 1, &r)) != DB_OK)
		return st;
	if (appraisal_page_row(&r, &ap) == -1)
		return DB_ERROR;
	s->state = ap.state;
	s->version = ap.version;
	s->school_id = ap.school_id;
	return DB_OK;
}

/* Move the appraisal, record the event, the outcome and the decision. */
static int
mod_record(struct ctx *c, struct mod *m, struct mod_step *s,
    enum workflow_state next, const char *kind, const char *due)
{
	struct db_param p[7];
	struct db_result r;
	enum db_status st;
	const char *word = outcomes[s->outcome];

	p[0] = DB_TEXT(workflow_state_word(next));
	p[1] = DB_TEXT_OR_NULL(kind);
	p[2] = DB_TEXT_OR_NULL(due);
	p[3] = DB_INT(m->rec.id);
	p[4] = DB_INT(s->version);
	if ((st = db_exec(c->db, SQL_APPRAISAL_MOVE, p, 5, &r)) != DB_OK)
		return app_db_status(st);
	if (r.affected != 1)
		return mod_again(c, m, 409, "Someone else changed this appraisal "
		    "while you were looking at it. Nothing was saved. The page "
		    "now shows it as it is; what you typed is still in the "
		    "form.", NULL);
	p[0] = DB_INT(m->rec.id);
	p[1] = DB_TEXT(workflow_event_word(s->ev));
	p[2] = DB_INT(c->actor->id);
	p[3] = DB_TEXT(m->today);
	p[4] = DB_TEXT(workflow_state_word(s->state));
	p[5] = DB_TEXT(workflow_state_word(next));
	p[6] = DB_TEXT(*s->reasons ? s->reasons : "No changes needed");
	if ((st = db_exec(c->db, SQL_APPRAISAL_EVENT_INSERT, p, 7, NULL)) != DB_OK)
		return app_db_status(st);
	p[0] = DB_TEXT(word);
	p[1] = DB_TEXT(s->reasons);
	p[2] = DB_INT(c->actor->id);
	p[3] = DB_INT(m->rec.id);
	if ((st = db_exec(c->db, SQL_MODERATION_DECIDE, p, 4, NULL)) != DB_OK ||
	    (st = app_audit_record(c, "appraisal", m->rec.id, arena_printf(
	    c->arena, "moderate: %s", word), "allowed", m->why)) != DB_OK ||
	    (st = db_commit(c->db)) != DB_OK)
		return app_db_status(st);
	return app_redirect(c, arena_printf(c->arena, "moderate?done=%s", word));
}

/* Read and check the form: version, outcome, reasons (required to
 * revise). -1: the version is not a number (400). */
static int
mod_form(struct ctx *c, struct mod_step *s, long long *version,
    struct valid_errors *e)
{
	const char *r = req_get(&c->req.form, "reasons"), *t;

	if (valid_int(NULL, "version", req_get(&c->req.form, "version"), 1,
	    4294967295LL, version) == -1)
		return -1;
	if (valid_enum(NULL, "outcome", req_get(&c->req.form, "outcome"),
	    outcomes, &s->outcome) == -1) {
		valid_add(e, "outcome", "Choose whether the statement is "
		    "fine or needs revising");
		s->outcome = 0;
	}
	for (t = r; t != NULL && (*t == ' ' || *t == '\t' || *t == '\r' ||
	    *t == '\n'); t++)
		;
	s->reasons = r != NULL ? r : "";
	if (s->outcome == 1 && (t == NULL || *t == '\0'))
		valid_add(e, "reasons", "Give the reasons for a revised "
		    "statement: the reviewer and the reviewee read them");
	else
		valid_text(e, "reasons", s->reasons, 0, MOD_REASONS_MAX, 1, NULL);
	s->ev = s->outcome == 1 ? WORKFLOW_EV_MODERATION_REVISE :
	    WORKFLOW_EV_MODERATION_FINE;
	return 0;
}

int
mod_statement_post(struct ctx *c)
{
	struct mod m;
	struct mod_step s;
	struct valid_errors e = { .n = 0 };
	enum workflow_state next;
	enum workflow_limit lim;
	enum db_status st;
	char due[CALENDAR_ISO_SIZE] = "";
	long long version;
	int rc;

	memset(&s, 0, sizeof(s));
	if ((rc = mod_load(c, &m)) != 0)
		return rc;
	if (mod_form(c, &s, &version, &e) == -1)
		return 400;
	if ((st = db_begin(c->db)) != DB_OK ||
	    (st = mod_current(c, &m, &s)) != DB_OK)
		return app_db_status(st);
	if (version != s.version)
		return mod_again(c, &m, 409, "Someone else changed this appraisal "
		    "while you were looking at it. Nothing was saved. The page "
		    "now shows it as it is; what you typed is still in the "
		    "form.", NULL);
	if (workflow_fire(s.state, s.ev, access_workflow_roles(m.rels) &
	    (WORKFLOW_ROLE_HEADTEACHER | WORKFLOW_ROLE_PM_LEAD), &next,
	    &lim) != WORKFLOW_OK) {
		mod_refuse_audit(c, m.rec.id, "not in moderation");
		return app_error(c, 409, arena_printf(c->arena, "This statement "
		    "is not waiting for moderation: its appraisal is at the "
		    "stage \"%s\". Nothing was saved.",
		    workflow_state_label(s.state)));
	}
	if (e.n > 0)
		return mod_again(c, &m, 400, NULL, &e);
	if (lim != WORKFLOW_LIMIT_NONE && lim != WORKFLOW_LIMIT_KEEP &&
	    (st = mod_revised_due(c, &m, s.school_id, due)) != DB_OK)
		return app_db_status(st);
	return mod_record(c, &m, &s, next, *due ? workflow_limit_word(lim) :
	    NULL, *due ? due : NULL);
}
