/*
 * review: the reviews of one appraisal (SPEC 4.2 and 4.3). Built so far:
 * the interim review and the evidence of the cycle; the annual
 * assessment and the final report will join this page and its routes.
 *
 *   GET  /review/#            the school's window for the interim review
 *                             (overdue once it has ended with none), the
 *                             interim reviews recorded (progress and a
 *                             comment per objective of the signed
 *                             statement, the support provided or not, the
 *                             reviewee's comment) and the evidence so far;
 *                             the forms for what this person may do now
 *   POST /review/#/interim    record an interim review (reviewer): every
 *                             objective's progress and comment, every
 *                             support item provided or not
 *   POST /review/#/comment    the reviewee's comment on an interim review
 *                             (editable while the statement is monitored)
 *   POST /review/#/evidence   add an item of evidence (reviewer): what it
 *                             is, the day, the objective, who provided it,
 *                             and whether it is of a kind agreed at
 *                             planning
 *
 * Who may do what is access_check()'s: ACCESS_READ_REVIEW reads (the
 * reviewee, the reviewer, the head and the PM lead among them),
 * ACCESS_WRITE_REVIEW records, ACCESS_COMMENT_REVIEW comments. Every read
 * by anyone but the reviewee is audited as "read review" before the page
 * is served (503 when it cannot be). A refusal is 403 (the same for
 * another school's record or none), a step the appraisal's stage does not
 * allow 409, both audited; bad input is 400 with what was typed kept.
 * Records are made only while the appraisal is monitored (in progress, or
 * a revision requested), each in one transaction: an interim review is
 * checked against the version of the signed statement the page showed
 * (it marks the statement's support items), a comment against the
 * review's version.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "calendar.h"
#include "model/appraisal.h"
#include "model/policy.h"
#include "model/school_conf.h"
#include "workflow.h"

#include "model/statement.h"
#include "review.h"


/* The words of progress at an interim review, and how people read them. */
static const struct {
	const char	*word, *label;
} rv_progress[] = {
	{ "on_track", "On track" },
	{ "some_concerns", "Some concerns" },
	{ "not_on_track", "Not on track" },
};
#define RV_NPROGRESS (sizeof(rv_progress) / sizeof(rv_progress[0]))

static const char *
rv_progress_label(const char *word)
{
	size_t i;

	for (i = 0; i < RV_NPROGRESS; i++)
		if (strcmp(rv_progress[i].word, word) == 0)
			return rv_progress[i].label;
	return "";
}

static const char *
rv_support_label(const char *word)
{
	if (strcmp(word, "provided") == 0)
		return "Provided";
	if (strcmp(word, "not_provided") == 0)
		return "Not provided";
	return "Not yet recorded";
}

static const char *
rv_kind_label(const char *word)
{
	return statement_label(statement_support_kinds,
	    statement_support_kind_labels, word);
}

const char *
rv_day(struct ctx *c, const char *iso)
{
	return iso == NULL || *iso == '\0' ? "" : app_day_label(c, iso);
}

static int
rv_monitoring(const struct rv *v)
{
	return v->state == WORKFLOW_ST_IN_PROGRESS ||
	    v->state == WORKFLOW_ST_REVISION_REQUESTED;
}

int
rv_changed(struct ctx *c)
{
	db_rollback(c->db);
	return app_error(c, 409, "This record was changed by someone else while "
	    "you were looking at it. Nothing was saved. Reload the page to see "
	    "where it stands.");
}

int
rv_from_parts(struct ctx *c, struct rv *v, enum access_action action,
    const struct db_result *parts)
{
	struct access_decision d;
	struct appraisal_page ap;
	enum db_status st;
	int found;

	memset(v, 0, sizeof(*v));
	app_today(c, v->today);
	access_facts(c->arena, &parts[0], v->today, &v->rec, &found);
	if (!found)
		return app_refuse(c, "no such record");
	d = access_check(c->actor, action, &v->rec, &v->rels);
	if (!d.allow)
		return app_refuse(c, d.reason);
	v->read_reason = d.reason;
	v->id = v->rec.id;
	v->can_write = access_check(c->actor, ACCESS_WRITE_REVIEW, &v->rec,
	    NULL).allow;
	v->can_comment = access_check(c->actor, ACCESS_COMMENT_REVIEW, &v->rec,
	    NULL).allow;
	if (appraisal_page_row(&parts[1], &ap) == -1)
		return app_refuse(c, "no such record");
	v->state = ap.state;
	v->reviewee_id = ap.reviewee_id;
	v->cycle = ap.cycle;
	v->starts = ap.starts;
	v->ends = ap.ends;
	v->reviewee = ap.reviewee;
	v->reviewer = ap.reviewer;
	v->reviewer_id = ap.reviewer_id;
	v->due_kind = ap.due_kind;
	v->due_day = ap.due_day;
	v->version = ap.version;
	v->career_stage = ap.career_stage;
	v->staff_group = ap.staff_group;
	v->deadline = ap.deadline;
	v->shown = workflow_effective(v->state, v->due_day, v->today);
	if ((st = school_conf(c->db, c->arena, v->rec.school_id,
	    v->rec.config_version, &v->policy, NULL)) != DB_OK)
		return app_db_status(st);
	if (parts[2].nrows == 1) {
		v->statement_id = db_int(&parts[2], 0, 0);
		v->statement_number = db_int(&parts[2], 0, 1);
		v->statement_version = db_int(&parts[2], 0, 2);
	}
	return 0;
}

void
rv_page_params(struct ctx *c, struct db_param *p, size_t n)
{
	size_t i;

	access_facts_params(c->actor, c->ids[0], p);
	for (i = ACCESS_FACTS_NPARAMS; i < n; i++)
		p[i] = DB_INT(c->ids[0]);
}

int
rv_load(struct ctx *c, struct rv *v, enum access_action action)
{
	struct db_param p[ACCESS_FACTS_NPARAMS + 2];
	struct db_result parts[RV_BASE_PARTS];
	enum db_status st;

	rv_page_params(c, p, DB_NPARAMS(p));
	if ((st = db_query_parts(c->db, c->arena, SQL_REVIEW_BASE, p,
	    DB_NPARAMS(p), parts, RV_BASE_PARTS)) != DB_OK)
		return app_db_status(st);
	return rv_from_parts(c, v, action, parts);
}

/* ---- the page ------------------------------------------------------------ */

/* The message of an error on `field`, or NULL. */
static const char *
rv_error(const struct valid_errors *e, const char *field)
{
	size_t i;

	for (i = 0; e != NULL && i < e->n; i++)
		if (strcmp(e->items[i].field, field) == 0)
			return e->items[i].message;
	return NULL;
}

static void
rv_set_typed(struct ctx *c, const char *field, const char *base,
    const char *name)
{
	const char *t = req_get(&c->req.form, field);

	if (t != NULL)
		tmpl_setf(c->hdf, t, "%s.%s", base, name);
}

/* The objectives (1) and their support (2); with the interim form's
 * errors and what was typed when `e` is not NULL. */
static void
rv_hdf_objectives(struct ctx *c, const struct db_result *o,
    const struct db_result *s, const struct valid_errors *e)
{
	size_t i, j, n;
	const char *base, *f, *m;

	for (i = 0; i < o->nrows; i++) {
		base = arena_printf(c->arena, "Objectives.%zu", i);
		tmpl_setf(c->hdf, db_val(o, i, 0), "%s.Id", base);
		tmpl_setf(c->hdf, db_val(o, i, 1), "%s.Position", base);
		tmpl_setf(c->hdf, db_val(o, i, 2), "%s.Description", base);
		tmpl_setf(c->hdf, db_val(o, i, 3), "%s.Criteria", base);
		if (e != NULL) {
			f = arena_printf(c->arena, "progress_%s", db_val(o, i, 0));
			rv_set_typed(c, f, base, "TypedProgress");
			if ((m = rv_error(e, f)) != NULL)
				tmpl_setf(c->hdf, m, "%s.ProgressError", base);
			f = arena_printf(c->arena, "comment_%s", db_val(o, i, 0));
			rv_set_typed(c, f, base, "TypedComment");
			if ((m = rv_error(e, f)) != NULL)
				tmpl_setf(c->hdf, m, "%s.CommentError", base);
		}
		for (j = 0, n = 0; j < s->nrows; j++) {
			const char *sb;

			if (strcmp(db_val(s, j, 1), db_val(o, i, 1)) != 0)
				continue;
			sb = arena_printf(c->arena, "%s.Support.%zu", base, n++);
			tmpl_setf(c->hdf, db_val(s, j, 0), "%s.Id", sb);
			tmpl_setf(c->hdf, rv_kind_label(db_val(s, j, 2)), "%s.Kind",
			    sb);
			tmpl_setf(c->hdf, db_val(s, j, 3), "%s.Description", sb);
			tmpl_setf(c->hdf, rv_support_label(db_val(s, j, 4)),
			    "%s.Status", sb);
			tmpl_setf(c->hdf, db_val(s, j, 4), "%s.Word", sb);
			if (e != NULL) {
				f = arena_printf(c->arena, "support_%s",
				    db_val(s, j, 0));
				rv_set_typed(c, f, sb, "Typed");
				if ((m = rv_error(e, f)) != NULL)
					tmpl_setf(c->hdf, m, "%s.Error", sb);
			}
		}
	}
}

/* The interim reviews (3) with their progress (4). */
static void
rv_hdf_reviews(struct ctx *c, struct rv *v, const struct db_result *r,
    const struct db_result *p)
{
	size_t i, j, n;
	const char *base, *pb;

	for (i = 0; i < r->nrows; i++) {
		base = arena_printf(c->arena, "Reviews.%zu", i);
		tmpl_setf(c->hdf, db_val(r, i, 0), "%s.Id", base);
		tmpl_setf(c->hdf, rv_day(c, db_val(r, i, 1)), "%s.Day", base);
		tmpl_setf(c->hdf, db_int(r, i, 8) == c->actor->id ? "You" :
		    db_val(r, i, 2), "%s.By", base);
		tmpl_setf(c->hdf, app_time_label(c, db_val(r, i, 3)),
		    "%s.At", base);
		tmpl_setf(c->hdf, db_val(r, i, 4), "%s.Comment", base);
		tmpl_setf(c->hdf, app_time_label(c, db_val(r, i, 5)),
		    "%s.CommentAt", base);
		tmpl_setf(c->hdf, db_val(r, i, 6), "%s.Version", base);
		tmpl_setf(c->hdf, db_val(r, i, 7), "%s.Statement", base);
		if (v->can_comment && rv_monitoring(v))
			tmpl_setf(c->hdf, "1", "%s.CanComment", base);
		for (j = 0, n = 0; j < p->nrows; j++) {
			if (strcmp(db_val(p, j, 0), db_val(r, i, 0)) != 0)
				continue;
			pb = arena_printf(c->arena, "%s.Progress.%zu", base, n++);
			tmpl_setf(c->hdf, db_val(p, j, 1), "%s.Position", pb);
			tmpl_setf(c->hdf, db_val(p, j, 2), "%s.Description", pb);
			tmpl_setf(c->hdf, rv_progress_label(db_val(p, j, 3)),
			    "%s.Label", pb);
			tmpl_setf(c->hdf, db_val(p, j, 3), "%s.Word", pb);
			tmpl_setf(c->hdf, db_val(p, j, 4), "%s.Comment", pb);
		}
	}
}

/* The evidence (5) and the usual people to offer as who provided it (6). */
static void
rv_hdf_evidence(struct ctx *c, const struct db_result *e,
    const struct db_result *s)
{
	size_t i;

	for (i = 0; i < e->nrows; i++) {
		tmpl_setf(c->hdf, db_val(e, i, 0), "Evidence.%zu.Id", i);
		tmpl_setf(c->hdf, db_val(e, i, 1), "Evidence.%zu.Position", i);
		tmpl_setf(c->hdf, db_val(e, i, 2), "Evidence.%zu.Description", i);
		tmpl_setf(c->hdf, rv_day(c, db_val(e, i, 3)), "Evidence.%zu.Day",
		    i);
		tmpl_setf(c->hdf, db_int(e, i, 8) == c->actor->id ? "You" :
		    db_val(e, i, 4), "Evidence.%zu.Provider", i);
		tmpl_setf(c->hdf, db_int(e, i, 5) ? "Agreed at planning" :
		    "Not agreed at planning", "Evidence.%zu.Agreed", i);
		tmpl_setf(c->hdf, db_val(e, i, 6), "Evidence.%zu.AddedBy", i);
		tmpl_setf(c->hdf, app_time_label(c, db_val(e, i, 7)),
		    "Evidence.%zu.AddedAt", i);
	}
	pick_hdf_usual(c, s, NULL);
}

static void
rv_hdf(struct ctx *c, struct rv *v, size_t reviews)
{
	char from[CALENDAR_ISO_SIZE], to[CALENDAR_ISO_SIZE];
	size_t i;

	tmpl_set_int(c->hdf, "Rev.Id", v->id);
	tmpl_set(c->hdf, "Rev.Reviewee", v->reviewee);
	tmpl_set(c->hdf, "Rev.Reviewer", v->reviewer);
	tmpl_set(c->hdf, "Rev.Cycle", v->cycle);
	tmpl_set(c->hdf, "Rev.State", workflow_state_label(v->state));
	tmpl_set(c->hdf, "Rev.Today", v->today);
	tmpl_set(c->hdf, "Rev.Starts", v->starts);
	if (policy_interim_window(&v->policy, v->starts, v->ends, from, to) == 0) {
		tmpl_set(c->hdf, "Rev.WindowFrom", rv_day(c, from));
		tmpl_set(c->hdf, "Rev.WindowTo", rv_day(c, to));
	}
	if (rv_monitoring(v)) {
		tmpl_set(c->hdf, "Rev.Monitoring", "1");
		if (policy_interim_overdue(&v->policy, v->starts, v->ends,
		    (long)reviews, v->today))
			tmpl_set(c->hdf, "Rev.Overdue", "1");
	}
	if (v->statement_id > 0) {
		tmpl_set_int(c->hdf, "Rev.Statement", v->statement_number);
		tmpl_set_int(c->hdf, "Rev.StatementVersion", v->statement_version);
	}
	if (v->can_write && rv_monitoring(v) && v->statement_id > 0) {
		tmpl_set(c->hdf, "Rev.CanWrite", "1");
		for (i = 0; i < RV_NPROGRESS; i++) {
			tmpl_setf(c->hdf, rv_progress[i].word,
			    "ProgressWords.%zu.Word", i);
			tmpl_setf(c->hdf, rv_progress[i].label,
			    "ProgressWords.%zu.Label", i);
		}
	}
	if (v->rels & ACCESS_REL_REVIEWEE)
		tmpl_set(c->hdf, "Rev.IsReviewee", "1");
	tmpl_set(c->hdf, "Page.Title", arena_printf(c->arena,
	    "Interim review and evidence: %s", v->reviewee));
}

/* Whether the evidence form, with the staff who may provide it, shows. */
static int
rv_staff(const struct rv *v)
{
	return v->can_write && rv_monitoring(v) && v->statement_id > 0;
}

/* SQL_REVIEW_PARTS' parameters: the statement's lists, the appraisal's,
 * the usual people (SQL_OBS_USUAL's, the actor recording) when `staff`. */
#define RV_PARTS_NPARAMS 14
static void
rv_parts_params(struct ctx *c, const struct rv *v, struct db_param *p,
    int staff)
{
	size_t i;

	p[0] = p[1] = DB_INT(v->statement_id);
	for (i = 2; i < RV_PARTS_NPARAMS; i++)
		p[i] = DB_INT(v->id);
	p[6] = DB_INT(c->actor->id);
	p[13] = DB_INT(staff);
}

/* The page with `status` from its lists (SQL_REVIEW_PARTS' six); `e` the
 * interim form's errors (or NULL). */
static int
rv_show(struct ctx *c, struct rv *v, int status, const struct valid_errors *e,
    const struct db_result *lists)
{
	rv_hdf_objectives(c, &lists[0], &lists[1], e);
	rv_hdf_reviews(c, v, &lists[2], &lists[3]);
	rv_hdf_evidence(c, &lists[4], &lists[5]);
	rv_hdf(c, v, lists[2].nrows);
	return app_render(c, status, "review/view.cs");
}

/* The page with `status`, its lists read now. */
static int
rv_page(struct ctx *c, struct rv *v, int status, const struct valid_errors *e)
{
	struct db_param p[RV_PARTS_NPARAMS];
	struct db_result parts[6];
	enum db_status st;

	rv_parts_params(c, v, p, rv_staff(v));
	if ((st = db_query_parts(c->db, c->arena, SQL_REVIEW_PARTS, p,
	    RV_PARTS_NPARAMS, parts, 6)) != DB_OK)
		return app_db_status(st);
	return rv_show(c, v, status, e, parts);
}

/* The page, its facts and lists in one statement (SQL_REVIEW_PAGE). */
static int
rv_get(struct ctx *c)
{
	struct rv *v = arena_alloc(c->arena, sizeof(*v));
	struct db_param p[ACCESS_FACTS_NPARAMS + 17];
	struct db_result parts[RV_BASE_PARTS + 6];
	enum db_status st;
	int rc;

	if (v == NULL)
		return 500;
	rv_page_params(c, p, DB_NPARAMS(p));
	p[ACCESS_FACTS_NPARAMS + 8] = DB_INT(c->actor->id);	/* recording */
	p[ACCESS_FACTS_NPARAMS + 15] = DB_INT(c->actor->id);	/* reviewer? */
	p[ACCESS_FACTS_NPARAMS + 16] = DB_INT(0);
	if ((st = db_query_parts(c->db, c->arena, SQL_REVIEW_PAGE, p,
	    DB_NPARAMS(p), parts, RV_BASE_PARTS + 6)) != DB_OK)
		return app_db_status(st);
	if ((rc = rv_from_parts(c, v, ACCESS_READ_REVIEW, parts)) != 0)
		return rc;
	if ((rc = app_audit_read(c, v->rels, v->id, "read review",
	    v->read_reason)) != 0)
		return rc;
	if (req_get(&c->req.query, "done") != NULL)
		tmpl_set(c->hdf, "Form.Notice", "Saved.");
	/* The statement read the staff for the appraisal's reviewer; access
	 * decides who records evidence. */
	if (rv_staff(v) && v->rec.reviewer_id != c->actor->id)
		return rv_page(c, v, 200, NULL);
	if (!rv_staff(v))
		parts[RV_BASE_PARTS + 5].nrows = 0;
	return rv_show(c, v, 200, NULL, &parts[RV_BASE_PARTS]);
}

/* ---- the actions --------------------------------------------------------- */

/* Back to the page with the errors and what was typed; 400. */
int
rv_invalid(struct ctx *c, struct rv *v, const struct valid_errors *e,
    int interim, long long target)
{
	db_rollback(c->db);
	app_form_errors(c, e);
	app_keep_typed(c, NULL);
	if (target > 0)
		tmpl_set_int(c->hdf, "Target", target);
	return rv_page(c, v, 400, interim ? e : NULL);
}

int
rv_commit(struct ctx *c, struct rv *v, const char *action,
    const char *detail, const char *anchor)
{
	enum db_status st;

	if ((st = app_audit_record(c, "appraisal", v->id, action, "ok",
	    detail)) != DB_OK || (st = db_commit(c->db)) != DB_OK)
		return app_db_status(st);
	return app_redirect(c, arena_printf(c->arena, "review/%lld?done=1#%s",
	    v->id, anchor));
}

/* Load for a record-making step: allowed, monitored, a signed statement. */
int
rv_begin(struct ctx *c, struct rv *v, enum access_action action,
    int need_statement)
{
	int rc;

	if ((rc = rv_load(c, v, action)) != 0)
		return rc;
	if (!rv_monitoring(v))
		return app_not_now(c, "not being monitored", "Interim reviews, "
		    "evidence and comments on them are recorded while the "
		    "statement is being monitored: this appraisal is not at "
		    "that stage. Nothing was saved.");
	if (need_statement && v->statement_id == 0)
		return app_not_now(c, "no signed statement", "There is no signed "
		    "statement to review. Nothing was saved.");
	return 0;
}

/* A day of the cycle, not after today. */
void
rv_check_day(struct ctx *c, struct rv *v, const char *field, const char *d,
    struct valid_errors *e)
{
	if (d == NULL || *d == '\0')
		valid_add(e, field, "Enter the date");
	else if (valid_date(e, field, d, NULL, NULL, NULL) == 0) {
		if (strcmp(d, v->starts) < 0 || strcmp(d, v->ends) > 0)
			valid_add(e, field, arena_printf(c->arena, "The date must "
			    "fall in the cycle (%s to %s)", rv_day(c, v->starts),
			    rv_day(c, v->ends)));
		else if (strcmp(d, v->today) > 0)
			valid_add(e, field, "The date cannot be after today");
	}
}

/* The statement's objectives (1) and support (2), to check the form. */
int
rv_statement_parts(struct ctx *c, struct rv *v, struct db_result *parts)
{
	struct db_param p[RV_PARTS_NPARAMS];
	enum db_status st;

	rv_parts_params(c, v, p, 0);
	if ((st = db_query_parts(c->db, c->arena, SQL_REVIEW_PARTS, p,
	    RV_PARTS_NPARAMS, parts, 6)) != DB_OK)
		return app_db_status(st);
	return 0;
}

int
rv_is_progress(const char *w)
{
	size_t i;

	for (i = 0; w != NULL && i < RV_NPROGRESS; i++)
		if (strcmp(rv_progress[i].word, w) == 0)
			return 1;
	return 0;
}

static const struct app_route routes[] = {
	{ REQ_GET, "/review/#", ACCESS_STAFF, rv_get },
	{ REQ_POST, "/review/#/interim", ACCESS_STAFF, rv_interim },
	{ REQ_POST, "/review/#/comment", ACCESS_STAFF, rv_comment },
	{ REQ_POST, "/review/#/evidence", ACCESS_STAFF, rv_evidence },
	{ REQ_GET, "/review/#/report", ACCESS_STAFF, rv_report_get },
	{ REQ_POST, "/review/#/arrange", ACCESS_STAFF, rv_arrange },
	{ REQ_POST, "/review/#/assess", ACCESS_STAFF, rv_assess },
	{ REQ_POST, "/review/#/issue", ACCESS_STAFF, rv_issue },
	{ REQ_POST, "/review/#/correct", ACCESS_STAFF, rv_correct },
	{ REQ_POST, "/review/#/report/comment", ACCESS_STAFF,
	    rv_report_comment },
};

static const struct app_def def = {
	"review", routes, sizeof(routes) / sizeof(routes[0])
};

int
main(int argc, char **argv)
{
	return app_main(&def, argc, argv);
}
