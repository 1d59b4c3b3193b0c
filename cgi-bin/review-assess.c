/*
 * review-assess: the reviewer's steps at the end of the cycle (SPEC 4.3).
 *
 *   POST /review/#/arrange   arrange (or move) the annual assessment
 *                            meeting: a working day at least the school's
 *                            notice away (after the cycle's completion
 *                            deadline too, when the review is late: the
 *                            report then shows as overdue)
 *   POST /review/#/assess    save the assessment in the version being
 *                            drafted (the first is made here): every
 *                            objective's outcome and comment, every
 *                            standard's judgement, the evaluation, the
 *                            rating on the school's scale, training needs,
 *                            aspirations, the pay recommendation
 *   POST /review/#/issue     issue the drafted version: it is locked from
 *                            then on; the first opens the appeal window,
 *                            a reconsidered one (after an appeal) closes
 *                            the appraisal
 *   POST /review/#/correct   begin a new version of an issued report, with
 *                            its reason (a correction, or the
 *                            reconsideration of the disputed entries)
 *
 * All need ACCESS_WRITE_REVIEW (the reviewer). Each is one transaction
 * that locks the appraisal and checks the version the page was built
 * from: a stale page is 409 with nothing saved.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "assessment.h"
#include "model/appraisal.h"
#include "review.h"
#include "review-report.h"

#define RV_REASON_MAX 2000

/* Load for a reviewer's step, the page's appraisal version read. */
static int
ra_load(struct ctx *c, struct rv *v, long long *version)
{
	int rc;

	if ((rc = rv_load(c, v, ACCESS_WRITE_REVIEW)) != 0)
		return rc;
	if (valid_int(NULL, "version", req_get(&c->req.form, "version"), 1,
	    4294967295LL, version) == -1)
		return app_error(c, 400, "The form was incomplete. Reload the "
		    "page and try again.");
	return 0;
}

/* Begin, lock the appraisal, catch up with a lapsed window, and check it
 * is still at the version the page showed. */
static int
ra_begin(struct ctx *c, struct rv *v, long long version,
    struct appraisal_now *now)
{
	enum db_status st;
	int found;

	if ((st = db_begin(c->db)) != DB_OK ||
	    (st = appraisal_lock(c->db, c->arena, v->id, now, &found)) != DB_OK)
		return app_db_status(st);
	if (!found || now->version != version)
		return rv_changed(c);
	if ((st = appraisal_catch_up(c->db, now, v->today)) != DB_OK)
		return app_db_status(st);
	v->state = v->shown = now->state;
	return 0;
}

static int
ra_invalid(struct ctx *c, struct rv *v, const struct valid_errors *e)
{
	db_rollback(c->db);
	app_form_errors(c, e);
	app_keep_typed(c, NULL);
	return rv_report_page(c, v, 400, e);
}

/* ---- the meeting ----------------------------------------------------------- */

int
rv_arrange(struct ctx *c)
{
	struct rv *v = arena_alloc(c->arena, sizeof(*v));
	struct valid_errors e = { .n = 0 };
	const char *day = req_get(&c->req.form, "day");
	const char *tod = req_get(&c->req.form, "time");
	const char *place = req_get(&c->req.form, "place");
	long d, today;
	struct appraisal_now now;
	struct calendar cal;
	struct db_param p[5];
	long long version;
	enum db_status st;
	int rc;

	if (v == NULL)
		return 500;
	if ((rc = ra_load(c, v, &version)) != 0)
		return rc;
	if (v->shown != WORKFLOW_ST_IN_PROGRESS &&
	    v->shown != WORKFLOW_ST_ASSESSMENT_ARRANGED)
		return app_not_now(c, "not at the assessment", "The annual "
		    "assessment meeting is arranged once the statement is being "
		    "monitored, before the report is issued. Nothing was saved.");
	if ((st = appraisal_calendar(c->db, c->arena, v->rec.school_id,
	    v->rec.config_version, &cal)) != DB_OK)
		return app_db_status(st);
	if (valid_date(&e, "day", day, NULL, NULL, NULL) == 0 &&
	    calendar_parse(day, &d) == 0 && calendar_parse(v->today, &today) == 0) {
		long n = policy_days(&v->policy, WORKFLOW_LIMIT_ASSESSMENT_NOTICE);
		long first;

		if (!calendar_is_working_day(&cal, d))
			valid_add(&e, "day", "The school is closed that day: "
			    "choose a working day");
		else if (!calendar_notice_ok(&cal, today, d, n)) {
			char iso[CALENDAR_ISO_SIZE] = "";

			if (calendar_add_working_days(&cal, today, n, &first) == 0)
				calendar_format(first, iso, sizeof(iso));
			valid_add(&e, "day", arena_printf(c->arena, "Give at least "
			    "%ld working days' notice: the earliest day is %s", n,
			    rv_day(c, iso)));
		}
		/* A day after the completion deadline is allowed (an overdue
		 * review must still be finished); the page shows it overdue. */
	}
	valid_text(&e, "time", tod, 0, 20, 0, NULL);
	valid_text(&e, "place", place, 0, 200, 0, NULL);
	if (e.n > 0)
		return ra_invalid(c, v, &e);
	if ((rc = ra_begin(c, v, version, &now)) != 0)
		return rc;
	switch (appraisal_move(c->db, &now, WORKFLOW_EV_ARRANGE_ASSESSMENT,
	    access_workflow_roles(v->rels), c->actor->id, v->today,
	    *v->deadline ? "completion" : NULL, *v->deadline ? v->deadline : NULL,
	    place, &st)) {
	case APPRAISAL_MOVED:
		break;
	case APPRAISAL_DB_FAILED:
		return app_db_status(st);
	case APPRAISAL_NOT_YOURS:
		return app_refuse(c, "step not for this person");
	default:
		return rv_changed(c);
	}
	p[0] = DB_INT(v->id);
	p[1] = DB_TEXT("assessment");
	p[2] = DB_TEXT(day);
	p[3] = DB_TEXT(tod ? tod : "");
	p[4] = DB_TEXT(place ? place : "");
	if ((st = db_exec(c->db, SQL_MEETING_INSERT, p, 5, NULL)) != DB_OK)
		return app_db_status(st);
	return rv_report_done(c, v, "arrange assessment meeting", day,
	    "meeting");
}

/* ---- the assessment -------------------------------------------------------- */

/* Check every field of the form against the statement's objectives (0)
 * and the framework's standards (2). */
static void
ra_check(struct ctx *c, struct rv *v, const struct db_result *parts,
    int pay_eligible, struct valid_errors *e)
{
	const struct db_result *o = &parts[0], *s = &parts[2];
	const char *f, *w;
	size_t i;

	valid_text(e, "absence", req_get(&c->req.form, "absence"), 0,
	    RV_REASON_MAX, 0, NULL);
	for (i = 0; i < o->nrows; i++) {
		f = arena_printf(c->arena, "outcome_%s", db_val(o, i, 0));
		if (!assessment_is(assessment_outcomes, req_get(&c->req.form, f)))
			valid_add(e, f, arena_printf(c->arena, "Choose the outcome "
			    "of objective %s", db_val(o, i, 1)));
		f = arena_printf(c->arena, "ocomment_%s", db_val(o, i, 0));
		valid_text(e, f, req_get(&c->req.form, f), 1, RV_TEXT_MAX, 1,
		    arena_printf(c->arena, "Enter a comment on objective %s",
		    db_val(o, i, 1)));
	}
	for (i = 0; i < s->nrows; i++) {
		f = arena_printf(c->arena, "judgement_%s", db_val(s, i, 0));
		if (!assessment_is(assessment_judgements, req_get(&c->req.form,
		    f)))
			valid_add(e, f, arena_printf(c->arena, "Choose a judgement "
			    "on standard %s", db_val(s, i, 1)));
		f = arena_printf(c->arena, "scomment_%s", db_val(s, i, 0));
		valid_text(e, f, req_get(&c->req.form, f), 0, RV_REASON_MAX, 1,
		    NULL);
	}
	valid_text(e, "standards_comment", req_get(&c->req.form,
	    "standards_comment"), 1, RV_TEXT_MAX, 1, "Enter the evaluation "
	    "against the standards");
	if (!assessment_is(assessment_scale_words(rv_scale_word(v)),
	    req_get(&c->req.form, "rating")))
		valid_add(e, "rating", "Choose the overall rating");
	valid_text(e, "training_needs", req_get(&c->req.form, "training_needs"),
	    1, RV_TEXT_MAX, 1, "Enter the training and development needs, or "
	    "write that there are none");
	valid_text(e, "aspirations", req_get(&c->req.form, "aspirations"), 0,
	    RV_TEXT_MAX, 1, NULL);
	w = req_get(&c->req.form, "pay");
	if (pay_eligible && !assessment_is(assessment_pay_words, w))
		valid_add(e, "pay", "Choose the pay recommendation");
	else if (!pay_eligible && w != NULL && *w != '\0')
		valid_add(e, "pay", "This person is not eligible for pay "
		    "progression: leave the pay recommendation empty");
}

/* The draft to write into, locked: made (version 1) when there is none. */
static int
ra_draft(struct ctx *c, struct rv *v, struct appraisal_now *now,
    long long *id, long long *rversion, int *made)
{
	struct db_param p[8];
	struct db_result r;
	enum db_status st;

	*made = 0;
	p[0] = DB_INT(v->id);
	if ((st = db_query(c->db, c->arena, SQL_REPORT_LATEST_LOCK, p, 1,
	    &r)) != DB_OK)
		return app_db_status(st);
	if (r.nrows == 1 && !db_int(&r, 0, 2)) {
		*id = db_int(&r, 0, 0);
		*rversion = db_int(&r, 0, 3);
		return 0;
	}
	if (r.nrows == 1 || now->state != WORKFLOW_ST_ASSESSMENT_ARRANGED)
		return app_not_now(c, "no report being drafted", "There is no "
		    "version of the report being drafted: to change an issued "
		    "report, begin a new version with its reason. Nothing was "
		    "saved.");
	if (v->statement_id == 0)
		return app_not_now(c, "no signed statement", "There is no signed "
		    "statement to assess. Nothing was saved.");
	p[0] = DB_INT(v->id);
	p[1] = DB_INT(v->rec.school_id);
	p[2] = DB_INT(v->statement_id);
	p[3] = DB_TEXT(assessment_framework(v->staff_group));
	p[4] = DB_TEXT(v->career_stage);
	p[5] = DB_INT(assessment_pay_eligible(v->career_stage));
	p[6] = DB_TEXT(rv_scale_word(v));
	p[7] = DB_INT(c->actor->id);
	if ((st = db_exec(c->db, SQL_REPORT_INSERT, p, 8, &r)) != DB_OK)
		return app_db_status(st);
	*id = (long long)r.insert_id;
	*rversion = 1;
	*made = 1;
	return 0;
}

/* The draft's objectives and standards, from the form. */
static int
ra_write_parts(struct ctx *c, long long id, const struct db_result *parts,
    const char *absence)
{
	const struct db_result *o = &parts[0], *s = &parts[2];
	struct db_param p[6];
	enum db_status st;
	const char *why, *f;
	size_t i;
	int held;

	p[0] = DB_INT(id);
	if ((st = db_exec(c->db, SQL_REPORT_OBJ_CLEAR, p, 1, NULL)) != DB_OK ||
	    (st = db_exec(c->db, SQL_REPORT_STD_CLEAR, p, 1, NULL)) != DB_OK)
		return app_db_status(st);
	for (i = 0; i < o->nrows; i++) {
		held = assessment_held_to(db_int(o, i, 4) != 0, absence, &why);
		p[0] = DB_INT(id);
		p[1] = DB_INT(db_int(o, i, 0));
		f = arena_printf(c->arena, "outcome_%s", db_val(o, i, 0));
		p[2] = DB_TEXT(req_get(&c->req.form, f));
		f = arena_printf(c->arena, "ocomment_%s", db_val(o, i, 0));
		p[3] = DB_TEXT(req_get(&c->req.form, f));
		p[4] = DB_INT(held);
		p[5] = DB_TEXT(why);
		if ((st = db_exec(c->db, SQL_REPORT_OBJ_INSERT, p, 6, NULL)) != DB_OK)
			return app_db_status(st);
	}
	for (i = 0; i < s->nrows; i++) {
		const char *cm;

		p[0] = DB_INT(id);
		p[1] = DB_INT(db_int(s, i, 0));
		f = arena_printf(c->arena, "judgement_%s", db_val(s, i, 0));
		p[2] = DB_TEXT(req_get(&c->req.form, f));
		f = arena_printf(c->arena, "scomment_%s", db_val(s, i, 0));
		cm = req_get(&c->req.form, f);
		p[3] = DB_TEXT(cm ? cm : "");
		if ((st = db_exec(c->db, SQL_REPORT_STD_INSERT, p, 4, NULL)) != DB_OK)
			return app_db_status(st);
	}
	return 0;
}

int
rv_assess(struct ctx *c)
{
	struct rv *v = arena_alloc(c->arena, sizeof(*v));
	struct valid_errors e = { .n = 0 };
	struct db_result parts[RV_REPORT_PARTS], r;
	struct rv_report latest;
	struct appraisal_now now;
	long long version, rversion = 0, id = 0, typed_rv = 0;
	const char *scale, *rating, *pay, *absence;
	struct db_param p[11];
	enum db_status st;
	int rc, made, pay_eligible;

	if (v == NULL)
		return 500;
	if ((rc = ra_load(c, v, &version)) != 0)
		return rc;
	if ((st = rv_report_load(c, v, 0, 1, &latest)) != DB_OK)
		return app_db_status(st);
	if (!(v->shown == WORKFLOW_ST_ASSESSMENT_ARRANGED ||
	    (latest.found && !latest.issued)))
		return app_not_now(c, "not at the assessment", "The assessment "
		    "is recorded once its meeting is arranged, or in a new "
		    "version of the report. Nothing was saved.");
	if ((rc = rv_report_parts(c, v, &latest, parts)) != 0)
		return rc;
	pay_eligible = latest.found ? latest.pay_eligible :
	    assessment_pay_eligible(v->career_stage);
	if (valid_int(NULL, "report_version", req_get(&c->req.form,
	    "report_version"), 0, 4294967295LL, &typed_rv) == -1)
		valid_add(&e, "standards_comment", "Reload the page and enter "
		    "the assessment again");
	ra_check(c, v, parts, pay_eligible, &e);
	if (e.n > 0)
		return ra_invalid(c, v, &e);
	if ((rc = ra_begin(c, v, version, &now)) != 0 ||
	    (rc = ra_draft(c, v, &now, &id, &rversion, &made)) != 0)
		return rc;
	if (!made && rversion != typed_rv)
		return rv_changed(c);
	scale = rv_scale_word(v);
	rating = req_get(&c->req.form, "rating");
	pay = req_get(&c->req.form, "pay");
	absence = req_get(&c->req.form, "absence");
	p[0] = DB_TEXT(absence ? absence : "");
	p[1] = DB_TEXT(req_get(&c->req.form, "standards_comment"));
	p[2] = DB_TEXT(scale);
	p[3] = DB_TEXT(rating);
	p[4] = DB_TEXT(assessment_label(assessment_scale_words(scale),
	    assessment_scale_labels(scale), rating));
	p[5] = DB_INT(assessment_rating_successful(scale, rating));
	p[6] = DB_TEXT(req_get(&c->req.form, "training_needs"));
	p[7] = DB_TEXT(req_get(&c->req.form, "aspirations") ?
	    req_get(&c->req.form, "aspirations") : "");
	p[8] = pay_eligible ? DB_TEXT(pay) : DB_NULL;
	p[9] = DB_INT(id);
	p[10] = DB_INT(rversion);
	if ((st = db_exec(c->db, SQL_REPORT_SAVE, p, 11, &r)) != DB_OK)
		return app_db_status(st);
	if (r.affected != 1)
		return rv_changed(c);
	if ((rc = ra_write_parts(c, id, parts, absence ? absence : "")) != 0) {
		db_rollback(c->db);
		return rc;
	}
	return rv_report_done(c, v, "save assessment", arena_printf(c->arena,
	    "report %lld", id), "assessment");
}

/* ---- issuing ---------------------------------------------------------------- */

int
rv_issue(struct ctx *c)
{
	struct rv *v = arena_alloc(c->arena, sizeof(*v));
	struct appraisal_now now;
	struct db_param p[4];
	struct db_result r, m;
	long long version, rversion = 0, id;
	char due[CALENDAR_ISO_SIZE] = "";
	enum workflow_event ev = WORKFLOW_EV__COUNT;
	enum appraisal_moved mv;
	const char *what = "issue corrected report";
	struct calendar cal;
	enum db_status st;
	int rc;

	if (v == NULL)
		return 500;
	if ((rc = ra_load(c, v, &version)) != 0)
		return rc;
	if (valid_int(NULL, "report_version", req_get(&c->req.form,
	    "report_version"), 1, 4294967295LL, &rversion) == -1)
		return app_error(c, 400, "The form was incomplete. Reload the "
		    "page and try again.");
	if ((rc = ra_begin(c, v, version, &now)) != 0)
		return rc;
	p[0] = DB_INT(v->id);
	if ((st = db_query(c->db, c->arena, SQL_REPORT_LATEST_LOCK, p, 1,
	    &r)) != DB_OK)
		return app_db_status(st);
	if (r.nrows != 1 || db_int(&r, 0, 2))
		return app_not_now(c, "no report being drafted", "There is no "
		    "drafted report to issue. Nothing was saved.");
	id = db_int(&r, 0, 0);
	if (db_int(&r, 0, 3) != rversion)
		return rv_changed(c);
	switch (now.state) {
	case WORKFLOW_ST_ASSESSMENT_ARRANGED:
		ev = WORKFLOW_EV_ISSUE_REPORT;
		what = "issue final report";
		p[1] = DB_TEXT("assessment");
		if ((st = db_query(c->db, c->arena, SQL_MEETING_LATEST, p, 2,
		    &m)) != DB_OK)
			return app_db_status(st);
		if (m.nrows != 1 || strcmp(db_val(&m, 0, 1), v->today) > 0)
			return app_not_now(c, "assessment meeting not held",
			    arena_printf(c->arena, "The report is issued after "
			    "the assessment meeting%s. Nothing was saved.",
			    m.nrows == 1 ? arena_printf(c->arena, " on %s",
			    rv_day(c, db_val(&m, 0, 1))) : ""));
		if ((st = appraisal_calendar(c->db, c->arena, v->rec.school_id,
		    v->rec.config_version, &cal)) != DB_OK)
			return app_db_status(st);
		if (appraisal_due(&cal, &v->policy, WORKFLOW_LIMIT_APPEAL_WINDOW,
		    v->today, due) == -1)
			return 500;
		p[0] = DB_TEXT(db_val(&m, 0, 1));
		p[1] = DB_INT(db_int(&m, 0, 0));
		if ((st = db_exec(c->db, SQL_MEETING_HELD, p, 2, NULL)) != DB_OK)
			return app_db_status(st);
		break;
	case WORKFLOW_ST_REFERRED_BACK:
		ev = WORKFLOW_EV_REISSUE_REPORT;
		what = "issue reconsidered report";
		break;
	case WORKFLOW_ST_REPORT_ISSUED:
	case WORKFLOW_ST_APPEAL_WINDOW:
	case WORKFLOW_ST_CLOSED:
		break;
	default:
		return app_not_now(c, "report cannot be issued now", arena_printf(
		    c->arena, "The report cannot be issued while the appraisal "
		    "is at the stage \"%s\". Nothing was saved.",
		    workflow_state_label(now.state)));
	}
	if (ev != WORKFLOW_EV__COUNT) {
		mv = appraisal_move(c->db, &now, ev, access_workflow_roles(v->rels),
		    c->actor->id, v->today, *due ? "appeal_window" : NULL,
		    *due ? due : NULL, NULL, &st);
		if (mv == APPRAISAL_DB_FAILED)
			return app_db_status(st);
		if (mv == APPRAISAL_NOT_YOURS)
			return app_refuse(c, "step not for this person");
		if (mv != APPRAISAL_MOVED)
			return rv_changed(c);
	}
	p[0] = DB_TEXT(v->today);
	p[1] = DB_INT(c->actor->id);
	p[2] = DB_INT(id);
	p[3] = DB_INT(rversion);
	if ((st = db_exec(c->db, SQL_REPORT_ISSUE, p, 4, &r)) != DB_OK)
		return app_db_status(st);
	if (r.affected != 1)
		return app_not_now(c, "report not complete", "The assessment is "
		    "not complete: save it with every part filled in, then issue "
		    "it. Nothing was saved.");
	return rv_report_done(c, v, what, arena_printf(c->arena, "report %lld",
	    id), "report");
}

/* ---- a new version ---------------------------------------------------------- */

int
rv_correct(struct ctx *c)
{
	struct rv *v = arena_alloc(c->arena, sizeof(*v));
	struct valid_errors e = { .n = 0 };
	const char *reason = req_get(&c->req.form, "reason");
	struct appraisal_now now;
	struct db_param p[3];
	struct db_result r;
	long long version, from, id;
	enum db_status st;
	int rc;

	if (v == NULL)
		return 500;
	if ((rc = ra_load(c, v, &version)) != 0)
		return rc;
	valid_text(&e, "reason", reason, 1, RV_REASON_MAX, 1, "Say why the "
	    "report needs a new version");
	if (e.n > 0)
		return ra_invalid(c, v, &e);
	if ((rc = ra_begin(c, v, version, &now)) != 0)
		return rc;
	if (now.state != WORKFLOW_ST_REPORT_ISSUED &&
	    now.state != WORKFLOW_ST_APPEAL_WINDOW &&
	    now.state != WORKFLOW_ST_CLOSED &&
	    now.state != WORKFLOW_ST_REFERRED_BACK)
		return app_not_now(c, "report cannot be corrected now", arena_printf(
		    c->arena, "A new version of the report cannot be begun while "
		    "the appraisal is at the stage \"%s\". Nothing was saved.",
		    workflow_state_label(now.state)));
	p[0] = DB_INT(v->id);
	if ((st = db_query(c->db, c->arena, SQL_REPORT_LATEST_LOCK, p, 1,
	    &r)) != DB_OK)
		return app_db_status(st);
	if (r.nrows != 1 || !db_int(&r, 0, 2))
		return app_not_now(c, "a version is being drafted", "A new "
		    "version is already being drafted. Nothing was saved.");
	from = db_int(&r, 0, 0);
	p[0] = DB_TEXT(reason);
	p[1] = DB_INT(c->actor->id);
	p[2] = DB_INT(from);
	if ((st = db_exec(c->db, SQL_REPORT_COPY, p, 3, &r)) != DB_OK)
		return app_db_status(st);
	id = (long long)r.insert_id;
	p[0] = DB_INT(id);
	p[1] = DB_INT(from);
	if ((st = db_exec(c->db, SQL_REPORT_OBJ_COPY, p, 2, NULL)) != DB_OK ||
	    (st = db_exec(c->db, SQL_REPORT_STD_COPY, p, 2, NULL)) != DB_OK)
		return app_db_status(st);
	return rv_report_done(c, v, "begin new report version", reason,
	    "assessment");
}
