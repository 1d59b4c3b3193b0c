/*
 * review-report: the annual assessment and the final report of one
 * appraisal (SPEC 4.3).
 *
 *   GET  /review/#/report          the assessment meeting, the report (the
 *                                  newest issued version, or ?v=N), its
 *                                  versions and the reviewee's comment;
 *                                  the appeal window and the working days
 *                                  left in it; for the reviewer, the
 *                                  forms of review-assess.c
 *   POST /review/#/report/comment  the reviewee's comment on the issued
 *                                  report (once per version, while the
 *                                  appeal window is open)
 *
 * Reading is ACCESS_READ_REVIEW (audited for all but the reviewee); the
 * reviewer also sees the version being drafted. The rating, the pay
 * recommendation and the training needs are each shown only to those
 * whom access allows them (ACCESS_READ_RATING_PAY,
 * ACCESS_READ_TRAINING_NEEDS). The GET reads the page in one statement
 * (SQL_REPORT_PAGE, rv_report_get()); the page after a form's errors
 * reads the version and its lists in statements of their own
 * (rv_report_page()).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "assessment.h"
#include "model/appraisal.h"
#include "review.h"
#include "review-report.h"

void
rv_report_row(const struct db_result *r, struct rv_report *rep)
{
	memset(rep, 0, sizeof(*rep));
	if (r->nrows != 1)
		return;
	rep->found = 1;
	rep->id = db_int(r, 0, 0);
	rep->number = db_int(r, 0, 1);
	rep->statement_id = db_int(r, 0, 2);
	rep->reason = db_val(r, 0, 3);
	rep->absence = db_val(r, 0, 4);
	rep->framework = db_val(r, 0, 5);
	rep->stage = db_val(r, 0, 6);
	rep->standards_comment = db_val(r, 0, 7);
	rep->scale = db_val(r, 0, 8);
	rep->rating = db_val(r, 0, 9);
	rep->rating_label = db_val(r, 0, 10);
	rep->training = db_val(r, 0, 11);
	rep->aspirations = db_val(r, 0, 12);
	rep->pay_eligible = db_int(r, 0, 13) != 0;
	rep->pay = db_val(r, 0, 14);
	rep->issued = *db_val(r, 0, 15) != '\0';
	rep->issued_at = db_val(r, 0, 15);
	rep->issued_day = db_val(r, 0, 16);
	rep->issued_by = db_val(r, 0, 17);
	rep->comment = db_val(r, 0, 18);
	rep->comment_at = db_val(r, 0, 19);
	rep->version = db_int(r, 0, 20);
	rep->created_by = db_val(r, 0, 21);
	rep->commented = db_int(r, 0, 23) != 0;
}

enum db_status
rv_report_load(struct ctx *c, struct rv *v, long long number, int drafts,
    struct rv_report *rep)
{
	struct db_param p[4] = { DB_INT(v->id), DB_INT(number), DB_INT(number),
	    DB_INT(drafts) };
	struct db_result r;
	enum db_status st;

	if ((st = db_query(c->db, c->arena, SQL_REPORT_ROW, p, 4, &r)) != DB_OK)
		return st;
	rv_report_row(&r, rep);
	return DB_OK;
}

const char *
rv_scale_word(const struct rv *v)
{
	return v->policy.rating_scale == 1 ? "two_level" : "three_level";
}

/* Support staff are assessed at their level: "proficient2" -> "proficient". */
static const char *
rv_level(struct ctx *c, const char *framework, const char *stage)
{
	size_t n;

	if (strcmp(framework, "support") != 0 || stage == NULL)
		return "";
	for (n = 0; stage[n] != '\0' && (stage[n] < '0' || stage[n] > '9'); n++)
		;
	return arena_strndup(c->arena, stage, n);
}

void
rv_report_key_of(struct ctx *c, const struct rv *v,
    const struct rv_report *rep, struct rv_report_key *k)
{
	k->fw = rep->found ? rep->framework :
	    assessment_framework(v->staff_group);
	k->stage = rep->found ? rep->stage : v->career_stage;
	k->level = rv_level(c, k->fw, k->stage);
	k->statement = rep->found ? rep->statement_id : v->statement_id;
}

int
rv_report_parts(struct ctx *c, struct rv *v, const struct rv_report *rep,
    struct db_result *parts)
{
	struct rv_report_key k;
	struct db_param p[12];
	enum db_status st;

	rv_report_key_of(c, v, rep, &k);
	p[0] = DB_INT(k.statement);
	p[1] = DB_INT(rep->id);
	p[2] = DB_INT(v->rec.school_id);
	p[3] = DB_TEXT(k.stage);
	p[4] = DB_TEXT(k.fw);
	p[5] = DB_TEXT(k.level);
	p[6] = DB_TEXT(k.level);
	p[7] = DB_INT(rep->id);
	p[8] = p[9] = p[10] = p[11] = DB_INT(v->id);
	if ((st = db_query_parts(c->db, c->arena, SQL_REPORT_PARTS, p, 12,
	    parts, RV_REPORT_PARTS)) != DB_OK)
		return app_db_status(st);
	return 0;
}

/* The message of an error on field, or NULL. */
static const char *
rr_error(const struct valid_errors *e, const char *field)
{
	size_t i;

	for (i = 0; e != NULL && i < e->n; i++)
		if (strcmp(e->items[i].field, field) == 0)
			return e->items[i].message;
	return NULL;
}

/* The value to show in a form field: what was typed when the form came
 * back, else what is saved. */
static const char *
rr_value(struct ctx *c, const struct valid_errors *e, const char *field,
    const char *saved)
{
	const char *t;

	if (e != NULL && (t = req_get(&c->req.form, field)) != NULL)
		return t;
	return saved ? saved : "";
}

/* The row of part r whose first column is id, or -1. */
static long
rr_find(const struct db_result *r, const char *id)
{
	size_t i;

	for (i = 0; i < r->nrows; i++)
		if (strcmp(db_val(r, i, 0), id) == 0)
			return (long)i;
	return -1;
}

static void
rr_objectives(struct ctx *c, const struct db_result *parts,
    const struct valid_errors *e, const char *absence)
{
	const struct db_result *o = &parts[0], *ro = &parts[1];
	const char *base, *f, *m, *why;
	size_t i;
	long k;

	for (i = 0; i < o->nrows; i++) {
		const char *id = db_val(o, i, 0);

		base = arena_printf(c->arena, "Objectives.%zu", i);
		tmpl_setf(c->hdf, id, "%s.Id", base);
		tmpl_setf(c->hdf, db_val(o, i, 1), "%s.Position", base);
		tmpl_setf(c->hdf, db_val(o, i, 2), "%s.Description", base);
		tmpl_setf(c->hdf, db_val(o, i, 3), "%s.Criteria", base);
		if (!assessment_held_to(db_int(o, i, 4) != 0, absence, &why))
			tmpl_setf(c->hdf, why, "%s.NotHeld", base);
		k = rr_find(ro, id);
		if (k >= 0) {
			tmpl_setf(c->hdf, assessment_label(assessment_outcomes,
			    assessment_outcome_labels, db_val(ro, k, 1)),
			    "%s.OutcomeLabel", base);
			tmpl_setf(c->hdf, db_val(ro, k, 2), "%s.Comment", base);
			if (!db_int(ro, k, 3))
				tmpl_setf(c->hdf, db_val(ro, k, 4),
				    "%s.RecordedNotHeld", base);
		}
		f = arena_printf(c->arena, "outcome_%s", id);
		tmpl_setf(c->hdf, rr_value(c, e, f, k >= 0 ? db_val(ro, k, 1) :
		    ""), "%s.Outcome", base);
		if ((m = rr_error(e, f)) != NULL)
			tmpl_setf(c->hdf, m, "%s.OutcomeError", base);
		f = arena_printf(c->arena, "ocomment_%s", id);
		tmpl_setf(c->hdf, rr_value(c, e, f, k >= 0 ? db_val(ro, k, 2) :
		    ""), "%s.Typed", base);
		if ((m = rr_error(e, f)) != NULL)
			tmpl_setf(c->hdf, m, "%s.CommentError", base);
	}
}

static void
rr_standards(struct ctx *c, const struct db_result *parts,
    const struct valid_errors *e)
{
	const struct db_result *s = &parts[2], *rs = &parts[3];
	const char *base, *f, *m;
	size_t i;
	long k;

	for (i = 0; i < s->nrows; i++) {
		const char *id = db_val(s, i, 0);

		base = arena_printf(c->arena, "Standards.%zu", i);
		tmpl_setf(c->hdf, id, "%s.Id", base);
		/* Numbered standards ("3", "D2") by number; support staff's
		 * levels ("proficient") by name. */
		tmpl_setf(c->hdf, *db_val(s, i, 1) >= 'a' && *db_val(s, i, 1) <= 'z' ?
		    arena_printf(c->arena, "%s level", db_val(s, i, 2)) :
		    arena_printf(c->arena, "%s. %s", db_val(s, i, 1), db_val(s, i,
		    2)), "%s.Label", base);
		tmpl_setf(c->hdf, db_val(s, i, 3), "%s.Descriptor", base);
		k = rr_find(rs, id);
		if (k >= 0) {
			tmpl_setf(c->hdf, assessment_label(
			    assessment_judgements, assessment_judgement_labels,
			    db_val(rs, k, 1)), "%s.JudgementLabel", base);
			tmpl_setf(c->hdf, db_val(rs, k, 2), "%s.Comment", base);
		}
		f = arena_printf(c->arena, "judgement_%s", id);
		tmpl_setf(c->hdf, rr_value(c, e, f, k >= 0 ? db_val(rs, k, 1) :
		    ""), "%s.Judgement", base);
		if ((m = rr_error(e, f)) != NULL)
			tmpl_setf(c->hdf, m, "%s.JudgementError", base);
		f = arena_printf(c->arena, "scomment_%s", id);
		tmpl_setf(c->hdf, rr_value(c, e, f, k >= 0 ? db_val(rs, k, 2) :
		    ""), "%s.Typed", base);
		if ((m = rr_error(e, f)) != NULL)
			tmpl_setf(c->hdf, m, "%s.CommentError", base);
	}
}

static void
rr_words(struct ctx *c, const char *list, const char *const *w,
    const char *const *l)
{
	size_t i;

	for (i = 0; w != NULL && w[i] != NULL; i++) {
		tmpl_setf(c->hdf, w[i], "%s.%zu.Word", list, i);
		tmpl_setf(c->hdf, l[i], "%s.%zu.Label", list, i);
	}
}

/* Versions (5), earlier cycles (6) and the upper pay range (8). */
static void
rr_history(struct ctx *c, struct rv *v, const struct db_result *parts,
    const struct rv_report *rep, int pay)
{
	const struct db_result *vs = &parts[4], *h = &parts[5], *d = &parts[7];
	int succ[6];
	int n = 0, ups;
	size_t i;

	for (i = 0; i < vs->nrows; i++) {
		tmpl_setf(c->hdf, db_val(vs, i, 0), "Versions.%zu.Number", i);
		tmpl_setf(c->hdf, *db_val(vs, i, 1) ? rv_day(c, db_val(vs, i,
		    1)) : "Not issued yet", "Versions.%zu.Issued", i);
		tmpl_setf(c->hdf, db_val(vs, i, 2), "Versions.%zu.Reason", i);
		if (db_int(vs, i, 0) == rep->number)
			tmpl_setf(c->hdf, "1", "Versions.%zu.Shown", i);
	}
	if (!pay)
		return;
	/* This cycle's rating first (when rated), then earlier cycles. */
	if (rep->found && *rep->rating)
		succ[n++] = assessment_rating_successful(rep->scale, rep->rating);
	for (i = 0; i < h->nrows; i++) {
		tmpl_setf(c->hdf, db_val(h, i, 0), "History.%zu.Cycle", i);
		tmpl_setf(c->hdf, db_val(h, i, 1), "History.%zu.Rating", i);
		tmpl_setf(c->hdf, rv_day(c, db_val(h, i, 3)), "History.%zu.Day", i);
		if (n < 6)
			succ[n++] = db_int(h, i, 2) != 0;
	}
	if (d->nrows != 1)
		return;
	ups = assessment_ups_eligible(db_val(d, 0, 0), (long)db_int(d, 0, 1),
	    (long)db_int(d, 0, 2), succ, n, v->policy.ups_reports,
	    v->policy.ups_years_on_m6);
	if (ups >= 0) {
		tmpl_set(c->hdf, "Ups.Shown", "1");
		tmpl_set_int(c->hdf, "Ups.Reports", v->policy.ups_reports);
		tmpl_set_int(c->hdf, "Ups.Years", v->policy.ups_years_on_m6);
		tmpl_set(c->hdf, "Ups.PayPoint", db_val(d, 0, 1));
		tmpl_set(c->hdf, "Ups.YearsOnM6", arena_printf(c->arena, "%lld.%lld",
		    db_int(d, 0, 2) / 10, db_int(d, 0, 2) % 10));
		tmpl_set(c->hdf, "Ups.Eligible", ups ? "1" : "0");
	}
}

/* The appeal window: its last day and the working days left. */
static int
rr_window(struct ctx *c, struct rv *v)
{
	long today, last;
	struct calendar cal;
	enum db_status st;

	if (v->shown != WORKFLOW_ST_REPORT_ISSUED &&
	    v->shown != WORKFLOW_ST_APPEAL_WINDOW)
		return 0;
	if ((st = appraisal_calendar(c->db, c->arena, v->rec.school_id,
	    v->rec.config_version, &cal)) != DB_OK)
		return app_db_status(st);
	tmpl_set(c->hdf, "Window.Open", "1");
	tmpl_set(c->hdf, "Window.Until", rv_day(c, v->due_day));
	if (calendar_parse(v->today, &today) == 0 &&
	    calendar_parse(v->due_day, &last) == 0)
		tmpl_set_int(c->hdf, "Window.DaysLeft",
		    calendar_count_working_days(&cal, today, last) +
		    (calendar_is_working_day(&cal, today) ? 1 : 0));
	return 0;
}

/* What this person may do now, on the page. */
static void
rr_can(struct ctx *c, struct rv *v, const struct rv_report *latest,
    const struct db_result *parts)
{
	enum workflow_state s = v->shown;
	const struct db_result *m = &parts[6];
	int drafting;

	if (!v->can_write) {
		if ((v->rels & ACCESS_REL_REVIEWEE) && latest->found &&
		    latest->issued && !latest->commented &&
		    (s == WORKFLOW_ST_REPORT_ISSUED ||
		    s == WORKFLOW_ST_APPEAL_WINDOW))
			tmpl_set(c->hdf, "Can.Comment", "1");
		return;
	}
	if (s == WORKFLOW_ST_IN_PROGRESS || s == WORKFLOW_ST_ASSESSMENT_ARRANGED)
		tmpl_set(c->hdf, "Can.Arrange", "1");
	drafting = latest->found && !latest->issued;
	if ((s == WORKFLOW_ST_ASSESSMENT_ARRANGED && (!latest->found ||
	    drafting)) || (drafting && latest->number > 1 &&
	    s != WORKFLOW_ST_APPEALED && s != WORKFLOW_ST_HEARING &&
	    s != WORKFLOW_ST_OUTCOME))
		tmpl_set(c->hdf, "Can.Assess", "1");
	if (drafting && *latest->rating != '\0' &&
	    (s != WORKFLOW_ST_ASSESSMENT_ARRANGED || (m->nrows == 1 &&
	    strcmp(db_val(m, 0, 1), v->today) <= 0)))
		tmpl_set(c->hdf, "Can.Issue", "1");
	if (s == WORKFLOW_ST_ASSESSMENT_ARRANGED && m->nrows == 1 &&
	    strcmp(db_val(m, 0, 1), v->today) > 0)
		tmpl_set(c->hdf, "Can.IssueFrom", rv_day(c, db_val(m, 0, 1)));
	if (latest->found && latest->issued && (s == WORKFLOW_ST_REPORT_ISSUED ||
	    s == WORKFLOW_ST_APPEAL_WINDOW || s == WORKFLOW_ST_CLOSED ||
	    s == WORKFLOW_ST_REFERRED_BACK))
		tmpl_set(c->hdf, "Can.Correct", "1");
	if (s == WORKFLOW_ST_REFERRED_BACK)
		tmpl_set(c->hdf, "Can.Reassess", "1");
}

static void
rr_report_hdf(struct ctx *c, struct rv *v, const struct rv_report *rep,
    const struct valid_errors *e)
{
	const char *const *sw = assessment_scale_words(rv_scale_word(v));
	const char *const *sl = assessment_scale_labels(rv_scale_word(v));
	int rating = access_check(c->actor, ACCESS_READ_RATING_PAY, &v->rec,
	    NULL).allow;
	int needs = access_check(c->actor, ACCESS_READ_TRAINING_NEEDS, &v->rec,
	    NULL).allow;

	if (rep->found) {
		tmpl_set_int(c->hdf, "Report.Number", rep->number);
		tmpl_set_int(c->hdf, "Report.Version", rep->version);
		tmpl_set(c->hdf, "Report.Reason", rep->reason);
		tmpl_set(c->hdf, "Report.Absence", rep->absence);
		tmpl_set(c->hdf, "Report.StandardsComment", rep->standards_comment);
		if (rep->issued) {
			tmpl_set(c->hdf, "Report.Issued", "1");
			tmpl_set(c->hdf, "Report.IssuedDay", rv_day(c,
			    rep->issued_day));
			tmpl_set(c->hdf, "Report.IssuedBy", rep->issued_by);
		}
		tmpl_set(c->hdf, "Report.CreatedBy", rep->created_by);
		if (rating) {
			tmpl_set(c->hdf, "Report.Rating", rep->rating_label);
			if (rep->pay_eligible)
				tmpl_set(c->hdf, "Report.Pay", assessment_label(
				    assessment_pay_words, assessment_pay_labels,
				    rep->pay));
		}
		if (needs) {
			tmpl_set(c->hdf, "Report.Training", rep->training);
			tmpl_set(c->hdf, "Report.Aspirations", rep->aspirations);
		}
		if (rep->commented) {
			tmpl_set(c->hdf, "Report.Comment", rep->comment);
			tmpl_set(c->hdf, "Report.CommentAt", app_time_label(c,
			    rep->comment_at));
		}
	}
	/* The form's values: typed, else the draft's. */
	tmpl_set(c->hdf, "Form.absence", rr_value(c, e, "absence",
	    rep->found ? rep->absence : ""));
	tmpl_set(c->hdf, "Form.standards_comment", rr_value(c, e,
	    "standards_comment", rep->found ? rep->standards_comment : ""));
	tmpl_set(c->hdf, "Form.rating", rr_value(c, e, "rating",
	    rep->found ? rep->rating : ""));
	tmpl_set(c->hdf, "Form.training_needs", rr_value(c, e, "training_needs",
	    rep->found ? rep->training : ""));
	tmpl_set(c->hdf, "Form.aspirations", rr_value(c, e, "aspirations",
	    rep->found ? rep->aspirations : ""));
	tmpl_set(c->hdf, "Form.pay", rr_value(c, e, "pay",
	    rep->found ? rep->pay : ""));
	rr_words(c, "Ratings", sw, sl);
	rr_words(c, "Outcomes", assessment_outcomes, assessment_outcome_labels);
	rr_words(c, "Judgements", assessment_judgements,
	    assessment_judgement_labels);
	rr_words(c, "PayWords", assessment_pay_words, assessment_pay_labels);
	if (rep->found ? rep->pay_eligible :
	    assessment_pay_eligible(v->career_stage))
		tmpl_set(c->hdf, "Form.PayEligible", "1");
}

/* The page with status from the report's versions (latest: the newest
 * this person may see; shown: the one asked for) and SQL_REPORT_PARTS'
 * lists; e the assessment form's errors (or NULL). */
int
rv_report_show(struct ctx *c, struct rv *v, int status,
    const struct valid_errors *e, const struct rv_report *latest,
    const struct rv_report *shown_,
    const struct db_result *parts)
{
	const struct rv_report shown = *shown_;
	int rc, pay;

	pay = access_check(c->actor, ACCESS_READ_RATING_PAY, &v->rec,
	    NULL).allow;
	rr_objectives(c, parts, e, e != NULL ? req_get(&c->req.form,
	    "absence") : shown.absence);
	rr_standards(c, parts, e);
	rr_history(c, v, parts, &shown, pay);
	rr_report_hdf(c, v, &shown, e);
	rr_can(c, v, latest, parts);
	if (shown.found && latest->found && shown.number != latest->number)
		tmpl_set(c->hdf, "Report.Older", "1");
	if (parts[6].nrows == 1) {
		tmpl_set(c->hdf, "Meeting.Day", rv_day(c, db_val(&parts[6], 0, 1)));
		tmpl_set(c->hdf, "Meeting.Time", db_val(&parts[6], 0, 2));
		tmpl_set(c->hdf, "Meeting.Place", db_val(&parts[6], 0, 3));
	}
	if ((rc = rr_window(c, v)) != 0)
		return rc;
	tmpl_set_int(c->hdf, "Rev.Id", v->id);
	tmpl_set_int(c->hdf, "Rev.Version", v->version);
	tmpl_set(c->hdf, "Rev.Reviewee", v->reviewee);
	tmpl_set(c->hdf, "Rev.Reviewer", v->reviewer);
	tmpl_set(c->hdf, "Rev.Cycle", v->cycle);
	tmpl_set(c->hdf, "Rev.State", workflow_state_label(v->shown));
	tmpl_set(c->hdf, "Rev.Today", v->today);
	tmpl_set(c->hdf, "Rev.Deadline", rv_day(c, v->deadline));
	if (*v->deadline && strcmp(v->deadline, v->today) < 0 &&
	    (v->shown == WORKFLOW_ST_IN_PROGRESS ||
	    v->shown == WORKFLOW_ST_ASSESSMENT_ARRANGED ||
	    v->shown == WORKFLOW_ST_REVISION_REQUESTED))
		tmpl_set(c->hdf, "Rev.Overdue", "1");
	if (v->rels & ACCESS_REL_REVIEWEE)
		tmpl_set(c->hdf, "Rev.IsReviewee", "1");
	if (access_check(c->actor, ACCESS_READ_APPEAL, &v->rec, NULL).allow &&
	    (v->shown >= WORKFLOW_ST_REPORT_ISSUED &&
	    v->shown <= WORKFLOW_ST_REFERRED_BACK))
		tmpl_set(c->hdf, "Rev.AppealLink", "1");
	tmpl_set(c->hdf, "Page.Title", arena_printf(c->arena,
	    "Annual assessment and final report: %s", v->reviewee));
	return app_render(c, status, "review/report.cs");
}

/* The version asked for (?v=N): N, or 0 for the newest. */
long long
rv_report_asked(struct ctx *c)
{
	const char *q = req_get(&c->req.query, "v");
	long long number = 0;

	if (q == NULL || valid_int(NULL, "v", q, 1, 1000, &number) == -1)
		return 0;
	return number;
}

/* The page with status for versions latest and shown, its lists read
 * now (SQL_REPORT_PARTS). */
int
rv_report_page_of(struct ctx *c, struct rv *v, int status,
    const struct valid_errors *e, const struct rv_report *latest,
    const struct rv_report *shown)
{
	struct db_result parts[RV_REPORT_PARTS];
	int rc;

	if ((rc = rv_report_parts(c, v, shown, parts)) != 0)
		return rc;
	return rv_report_show(c, v, status, e, latest, shown, parts);
}

int
rv_report_page(struct ctx *c, struct rv *v, int status,
    const struct valid_errors *e)
{
	struct rv_report latest, shown;
	long long number = rv_report_asked(c);
	enum db_status st;

	/* The newest version this person may see, and the one asked for. */
	if ((st = rv_report_load(c, v, 0, v->can_write, &latest)) != DB_OK)
		return app_db_status(st);
	shown = latest;
	if (number > 0 && (!latest.found || number != latest.number) &&
	    (st = rv_report_load(c, v, number, v->can_write, &shown)) != DB_OK)
		return app_db_status(st);
	return rv_report_page_of(c, v, status, e, &latest, &shown);
}

/* ---- the reviewee's comment ----------------------------------------------- */

int
rv_report_comment(struct ctx *c)
{
	struct rv *v = arena_alloc(c->arena, sizeof(*v));
	struct valid_errors e = { .n = 0 };
	const char *text = req_get(&c->req.form, "comment");
	struct appraisal_now now;
	struct rv_report rep;
	long long version = 0;
	struct db_param p[4];
	struct db_result r;
	enum db_status st;
	int rc, found;

	if (v == NULL)
		return 500;
	if ((rc = rv_load(c, v, ACCESS_COMMENT_REVIEW)) != 0)
		return rc;
	if (!(v->rels & ACCESS_REL_REVIEWEE))
		return app_refuse(c, "only the reviewee comments on the report");
	if (v->shown != WORKFLOW_ST_REPORT_ISSUED &&
	    v->shown != WORKFLOW_ST_APPEAL_WINDOW)
		return app_not_now(c, "no report to comment on", arena_printf(
		    c->arena, "Comments are added to the final report while the "
		    "appeal window is open%s. Nothing was saved.",
		    v->shown == WORKFLOW_ST_CLOSED && *v->due_day ? arena_printf(
		    c->arena, "; it closed on %s", rv_day(c, v->due_day)) : ""));
	if (valid_int(NULL, "report_version", req_get(&c->req.form,
	    "report_version"), 1, 4294967295LL, &version) == -1)
		valid_add(&e, "comment", "Reload the page and write your comment "
		    "again");
	valid_text(&e, "comment", text, 1, RV_TEXT_MAX, 1, "Enter your comment");
	if (e.n > 0) {
		app_form_errors(c, &e);
		app_keep_typed(c, NULL);
		return rv_report_page(c, v, 400, &e);
	}
	if ((st = db_begin(c->db)) != DB_OK ||
	    (st = appraisal_lock(c->db, c->arena, v->id, &now, &found)) != DB_OK ||
	    (st = rv_report_load(c, v, 0, 0, &rep)) != DB_OK)
		return app_db_status(st);
	if (!found || !rep.found || now.version != v->version)
		return rv_changed(c);
	p[0] = DB_TEXT(text);
	p[1] = DB_INT(rep.id);
	p[2] = DB_INT(v->id);
	p[3] = DB_INT(version);
	if ((st = db_exec(c->db, SQL_REPORT_COMMENT, p, 4, &r)) != DB_OK)
		return app_db_status(st);
	if (r.affected != 1)
		return rv_changed(c);
	if (now.state == WORKFLOW_ST_REPORT_ISSUED &&
	    appraisal_move(c->db, &now, WORKFLOW_EV_COMMENT_REPORT,
	    WORKFLOW_ROLE_REVIEWEE, c->actor->id, v->today, NULL, NULL, NULL,
	    &st) != APPRAISAL_MOVED)
		return st != DB_OK ? app_db_status(st) : rv_changed(c);
	return rv_report_done(c, v, "comment on final report", arena_printf(
	    c->arena, "report version %lld", rep.number), "report");
}

int
rv_report_done(struct ctx *c, struct rv *v, const char *action,
    const char *detail, const char *anchor)
{
	enum db_status st;

	if ((st = app_audit_record(c, "appraisal", v->id, action, "ok",
	    detail)) != DB_OK || (st = db_commit(c->db)) != DB_OK)
		return app_db_status(st);
	return app_redirect(c, arena_printf(c->arena,
	    "review/%lld/report?done=1#%s", v->id, anchor));
}
