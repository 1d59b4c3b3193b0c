/*
 * concern: performance concerns (SPEC 4.2; seed 004, the transition to
 * capability), for the headteacher and the PM lead, shown to the member
 * of staff. ID is the appraisal, as for plan/ID, observe/ID and
 * moderate/ID: the records belong to this year's appraisal, whose
 * workflow the outcome may suspend.
 *
 *   GET  /concern/#           the records (newest first): the concerns,
 *                             the support, the day progress is reviewed,
 *                             the implications, the person's comment and
 *                             the outcome; the forms the reader may use
 *   POST /concern/#           record the informal stage (one open record
 *                             at a time, on an appraisal that may still
 *                             be suspended: before the final report)
 *   POST /concern/#/outcome   resolved (the appraisal goes on), or the
 *                             written notice that the capability procedure
 *                             applies: the appraisal is suspended (SUSPEND)
 *                             and the staff details marked under capability
 *   POST /concern/#/comment   the person's comment on the latest record
 *   POST /concern/#/resume    the head or PM lead resumes a suspended
 *                             appraisal (RESUME: back to not started, a new
 *                             planning meeting begins it again); the staff
 *                             details' mark is cleared
 *
 * Who: access_check() (ACCESS_READ_CONCERN: the person, the head, the PM
 * lead; ACCESS_WRITE_CONCERN: the head and the PM lead;
 * ACCESS_COMMENT_CONCERN: the person). Never on the headteacher's own
 * appraisal, whoever asks: concerns about the head are the governors'.
 * Everyone else gets 403, audited with the path. Every read by anyone but
 * the person is audited ("read performance concerns") before the page is
 * served (503 otherwise), so the person's access log lists it.
 *
 * Every write is one transaction: the appraisal row is locked, the state
 * checked (409 when the step is not possible now, audited), the form
 * checked (400 with the messages beside the fields), the version the page
 * showed compared (409 with what was typed kept), then the records, the
 * workflow event and the audit row are written together.
 */
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "calendar.h"
#include "workflow.h"

#define CONCERN_TEXT_MAX 4000	/* characters per field */

static const char *const outcomes[] = { "resolved", "capability", NULL };

static const char *const stale = "Someone else changed these records while "
    "you were looking at them. Nothing was saved. The page now shows them "
    "as they are; what you typed is still in the form.";

struct concern {
	struct access_record	 rec;
	unsigned int		 rels;
	const char		*why;
	char			 today[CALENDAR_ISO_SIZE];
};

/* What a write found, locked, in the database. */
struct concern_now {
	enum workflow_state	 state;
	long long		 version;	/* the appraisal's */
	long long		 reviewee_id;
	long long		 school_id;
	long long		 latest_id;	/* 0: no record */
	long long		 latest_version;
	int			 latest_open;
};

static void
concern_refuse_audit(struct ctx *c, long long id, const char *reason)
{
	db_rollback(c->db);	/* a refusal writes nothing but this record */
	app_audit_record(c, "appraisal", id, c->req.path, "refused", reason);
}

/* Load appraisal ids[0] and decide `action`: 0, or 403 after auditing
 * the refusal (the same for a record that does not exist). */
static int
concern_load(struct ctx *c, struct concern *k, enum access_action action)
{
	struct access_decision d;
	enum db_status st;
	int found;

	memset(k, 0, sizeof(*k));
	app_today(c, k->today);
	if ((st = access_load(c->db, c->arena, c->actor, c->ids[0], k->today,
	    &k->rec, &found)) != DB_OK)
		return app_db_status(st);
	d = access_check(c->actor, action, found ? &k->rec : NULL, &k->rels);
	if (!found || !d.allow) {
		concern_refuse_audit(c, c->ids[0], found ? d.reason :
		    "no such record");
		return 403;
	}
	k->why = d.reason;
	return 0;
}

/* ---- the page ----------------------------------------------------------- */

static void
concern_hdf_record(struct ctx *c, const struct db_result *r, size_t i,
    const char *today)
{
	const char *outcome = db_val(r, i, 9), *day = db_val(r, i, 3);

	tmpl_setf(c->hdf, db_val(r, i, 0), "Records.%zu.Id", i);
	tmpl_setf(c->hdf, db_val(r, i, 1), "Records.%zu.Concerns", i);
	tmpl_setf(c->hdf, db_val(r, i, 2), "Records.%zu.Support", i);
	tmpl_setf(c->hdf, app_day_label(c, day), "Records.%zu.Review", i);
	tmpl_setf(c->hdf, db_val(r, i, 4), "Records.%zu.Implications", i);
	tmpl_setf(c->hdf, db_val(r, i, 5), "Records.%zu.By", i);
	tmpl_setf(c->hdf, app_time_label(c, db_val(r, i, 6)), "Records.%zu.At", i);
	tmpl_setf(c->hdf, db_val(r, i, 7), "Records.%zu.Comment", i);
	tmpl_setf(c->hdf, app_time_label(c, db_val(r, i, 8)),
	    "Records.%zu.CommentAt", i);
	tmpl_setf(c->hdf, db_val(r, i, 13), "Records.%zu.Version", i);
	if (*outcome == '\0') {
		tmpl_setf(c->hdf, "1", "Records.%zu.Open", i);
		if (strcmp(day, today) < 0)
			tmpl_setf(c->hdf, "1", "Records.%zu.Overdue", i);
		else if (strcmp(day, today) == 0)
			tmpl_setf(c->hdf, "1", "Records.%zu.DueToday", i);
		return;
	}
	tmpl_setf(c->hdf, strcmp(outcome, "capability") == 0 ? "capability" :
	    "resolved", "Records.%zu.Outcome", i);
	tmpl_setf(c->hdf, db_val(r, i, 10), "Records.%zu.OutcomeNote", i);
	tmpl_setf(c->hdf, db_val(r, i, 11), "Records.%zu.DecidedBy", i);
	tmpl_setf(c->hdf, app_time_label(c, db_val(r, i, 12)),
	    "Records.%zu.DecidedAt", i);
}

/* Which forms this reader sees, from the relationships and the state. */
static void
concern_hdf_forms(struct ctx *c, struct concern *k, enum workflow_state st,
    const struct db_result *recs)
{
	int write = access_check(c->actor, ACCESS_WRITE_CONCERN, &k->rec,
	    NULL).allow;
	int open = recs->nrows > 0 && *db_val(recs, 0, 9) == '\0';

	if (write && !open && workflow_row_find(st, WORKFLOW_EV_SUSPEND))
		tmpl_set(c->hdf, "Can.Record", "1");
	if (write && open)
		tmpl_set(c->hdf, "Can.Decide", "1");
	if (write && workflow_row_find(st, WORKFLOW_EV_RESUME))
		tmpl_set(c->hdf, "Can.Resume", "1");
	if (recs->nrows > 0 && access_check(c->actor, ACCESS_COMMENT_CONCERN,
	    &k->rec, NULL).allow)
		tmpl_set(c->hdf, "Can.Comment", "1");
	if (write)
		tmpl_set(c->hdf, "Concern.Lead", "1");
}

static const char *const notices[][2] = {
	{ "recorded", "Recorded. The member of staff sees these concerns "
	    "here and may add a comment." },
	{ "resolved", "Recorded: the concerns are resolved and the appraisal "
	    "goes on as normal." },
	{ "capability", "Recorded: the capability procedure now applies. The "
	    "appraisal is suspended and the staff details say so." },
	{ "comment", "Your comment is saved." },
	{ "resumed", "The appraisal is resumed: it begins again with a new "
	    "planning meeting." },
};

static void
concern_hdf_notice(struct ctx *c)
{
	const char *done = req_get(&c->req.query, "done");
	size_t i;

	for (i = 0; done != NULL && i < sizeof(notices) / sizeof(notices[0]);
	    i++)
		if (strcmp(done, notices[i][0]) == 0)
			tmpl_set(c->hdf, "Form.Notice", notices[i][1]);
}

/* The page with status (200; 400 or 409 to show a refused step). */
static int
concern_page(struct ctx *c, struct concern *k, int status)
{
	struct db_param p[1] = { DB_INT(k->rec.id) };
	struct db_result a, recs;
	enum workflow_state st;
	enum db_status s;
	size_t i;

	if ((s = db_query(c->db, c->arena, SQL_APPRAISAL_LOAD, p, 1, &a)) != DB_OK ||
	    (s = db_query(c->db, c->arena, SQL_CONCERN_LIST, p, 1, &recs)) != DB_OK)
		return app_db_status(s);
	if (a.nrows != 1)
		return 403;
	if (c->actor->id != k->rec.reviewee_id &&
	    app_audit_record(c, "appraisal", k->rec.id,
	    "read performance concerns", "allowed", k->why) != DB_OK)
		return app_audit_failed(c);
	if (workflow_state_parse(db_val(&a, 0, 4), &st) == -1)
		st = WORKFLOW_ST_NOT_STARTED;
	tmpl_set(c->hdf, "Concern.Id", db_val(&a, 0, 0));
	tmpl_set(c->hdf, "Concern.Person", db_val(&a, 0, 11));
	tmpl_set(c->hdf, "Concern.Cycle", db_val(&a, 0, 8));
	tmpl_set(c->hdf, "Concern.State", workflow_state_label(st));
	tmpl_set(c->hdf, "Concern.Version", db_val(&a, 0, 7));
	tmpl_set(c->hdf, "Concern.Today", k->today);
	if (st == WORKFLOW_ST_SUSPENDED)
		tmpl_set(c->hdf, "Concern.Suspended", "1");
	if (c->actor->id == k->rec.reviewee_id)
		tmpl_set(c->hdf, "Concern.Mine", "1");
	for (i = 0; i < recs.nrows; i++)
		concern_hdf_record(c, &recs, i, k->today);
	concern_hdf_forms(c, k, st, &recs);
	concern_hdf_notice(c);
	tmpl_set(c->hdf, "Page.Title", arena_printf(c->arena,
	    "Performance concerns: %s", db_val(&a, 0, 11)));
	return app_render(c, status, "concern/view.cs");
}

static int
concern_get(struct ctx *c)
{
	struct concern k;
	int rc;

	if ((rc = concern_load(c, &k, ACCESS_READ_CONCERN)) != 0)
		return rc;
	return concern_page(c, &k, 200);
}

/* ---- writing ------------------------------------------------------------ */

/* Back to the page with what was typed: errors (400) or a conflict. */
static int
concern_again(struct ctx *c, struct concern *k, int status,
    const char *form, const char *conflict, const struct valid_errors *e)
{
	static const char *const fields[] = { "concerns", "support",
	    "review_day", "implications", "outcome", "note", "comment", NULL };
	const char *v;
	size_t i;
	int rc;

	db_rollback(c->db);
	if (e != NULL)
		app_form_errors(c, e);
	if (conflict != NULL)
		tmpl_set(c->hdf, "Form.Conflict", conflict);
	tmpl_set(c->hdf, "Typed.Form", form);
	for (i = 0; fields[i] != NULL; i++)
		if ((v = req_get(&c->req.form, fields[i])) != NULL)
			tmpl_setf(c->hdf, v, "Typed.%s", fields[i]);
	rc = concern_page(c, k, status);
	return rc == 0 ? APP_DONE : rc;
}

/* The appraisal and its latest record, locked for this transaction. */
static enum db_status
concern_now(struct ctx *c, struct concern *k, struct concern_now *n)
{
	struct db_param p[1] = { DB_INT(k->rec.id) };
	struct db_result r;
	enum db_status st;

	memset(n, 0, sizeof(*n));
	if ((st = db_begin(c->db)) != DB_OK ||
	    (st = db_query(c->db, c->arena, SQL_CONCERN_APPRAISAL_LOCK, p, 1,
	    &r)) != DB_OK)
		return st;
	if (r.nrows != 1)
		return DB_ERROR;
	if (workflow_state_parse(db_val(&r, 0, 0), &n->state) == -1)
		n->state = WORKFLOW_ST_NOT_STARTED;
	n->version = db_int(&r, 0, 1);
	n->reviewee_id = db_int(&r, 0, 2);
	n->school_id = db_int(&r, 0, 3);
	if ((st = db_query(c->db, c->arena, SQL_CONCERN_LATEST_LOCK, p, 1,
	    &r)) != DB_OK)
		return st;
	if (r.nrows == 1) {
		n->latest_id = db_int(&r, 0, 0);
		n->latest_version = db_int(&r, 0, 1);
		n->latest_open = *db_val(&r, 0, 2) == '\0';
	}
	return DB_OK;
}

/* A step the records' state does not allow now: 409, audited. */
static int
concern_not_now(struct ctx *c, struct concern *k, const char *reason,
    const char *message)
{
	concern_refuse_audit(c, k->rec.id, reason);
	return app_error(c, 409, message);
}

/* The form's version; -1 when it is not a number (400). */
static int
concern_version(struct ctx *c, long long *version)
{
	return valid_int(NULL, "version", req_get(&c->req.form, "version"), 1,
	    4294967295LL, version);
}

static const char *
concern_field(struct ctx *c, struct valid_errors *e, const char *name,
    const char *missing)
{
	const char *v = req_get(&c->req.form, name);

	valid_text(e, name, v ? v : "", 1, CONCERN_TEXT_MAX, 1, missing);
	return v ? v : "";
}

/* Record the event of a workflow step and move the appraisal. 0, 409
 * (stale: the caller's form comes back) or an error status. */
static int
concern_move(struct ctx *c, struct concern *k, struct concern_now *n,
    enum workflow_event ev, const char *note)
{
	enum workflow_state next;
	enum workflow_limit lim;
	struct db_param p[7];
	struct db_result r;
	enum db_status st;

	if (workflow_fire(n->state, ev, access_workflow_roles(k->rels) &
	    (WORKFLOW_ROLE_HEADTEACHER | WORKFLOW_ROLE_PM_LEAD), &next,
	    &lim) != WORKFLOW_OK)
		return 409;
	p[0] = DB_TEXT(workflow_state_word(next));
	p[1] = DB_NULL;
	p[2] = DB_NULL;
	p[3] = DB_INT(k->rec.id);
	p[4] = DB_INT(n->version);
	if ((st = db_exec(c->db, SQL_APPRAISAL_MOVE, p, 5, &r)) != DB_OK)
		return app_db_status(st);
	if (r.affected != 1)
		return 409;
	p[0] = DB_INT(k->rec.id);
	p[1] = DB_TEXT(workflow_event_word(ev));
	p[2] = DB_INT(c->actor->id);
	p[3] = DB_TEXT(k->today);
	p[4] = DB_TEXT(workflow_state_word(n->state));
	p[5] = DB_TEXT(workflow_state_word(next));
	p[6] = DB_TEXT(note);
	if ((st = db_exec(c->db, SQL_APPRAISAL_EVENT_INSERT, p, 7, NULL)) != DB_OK)
		return app_db_status(st);
	return 0;
}

/* Mark the person's staff details under capability (1) or not (0). */
static enum db_status
concern_capability(struct ctx *c, struct concern_now *n, int on)
{
	struct db_param p[2] = { DB_INT(n->reviewee_id), DB_INT(on) };

	return db_exec(c->db, SQL_STAFF_CAPABILITY, p, 2, NULL);
}

/* Audit the write, commit, and back to the page with a notice. */
static int
concern_done(struct ctx *c, struct concern *k, const char *action,
    const char *done)
{
	enum db_status st;

	if ((st = app_audit_record(c, "appraisal", k->rec.id, action,
	    "allowed", k->why)) != DB_OK || (st = db_commit(c->db)) != DB_OK)
		return app_db_status(st);
	return app_redirect(c, arena_printf(c->arena, "concern/%lld?done=%s",
	    k->rec.id, done));
}

/* POST /concern/#: the record of the informal stage. */
static int
concern_record(struct ctx *c)
{
	struct concern k;
	struct concern_now n;
	struct valid_errors e = { .n = 0 };
	const char *concerns, *support, *day, *impl;
	struct db_param p[8];
	enum db_status st;
	long long version;
	int rc;

	if ((rc = concern_load(c, &k, ACCESS_WRITE_CONCERN)) != 0)
		return rc;
	if (concern_version(c, &version) == -1)
		return 400;
	if ((st = concern_now(c, &k, &n)) != DB_OK)
		return app_db_status(st);
	if (!workflow_row_find(n.state, WORKFLOW_EV_SUSPEND))
		return concern_not_now(c, &k, "appraisal not open to concerns",
		    arena_printf(c->arena, "Concerns cannot be recorded on "
		    "this appraisal now: it is at the stage \"%s\". Nothing "
		    "was saved.", workflow_state_label(n.state)));
	concerns = concern_field(c, &e, "concerns", "Say what the concerns "
	    "are, and how serious they are");
	support = concern_field(c, &e, "support", "Say what support will be "
	    "given (coaching, mentoring, training, observing good practice)");
	day = req_get(&c->req.form, "review_day");
	if (valid_date(NULL, "review_day", day, NULL, NULL, NULL) == -1)
		valid_add(&e, "review_day", "Give the day progress will be "
		    "reviewed, as a date");
	else if (strcmp(day, k.today) <= 0)
		valid_add(&e, "review_day", "The day progress is reviewed must "
		    "be after today");
	impl = concern_field(c, &e, "implications", "Say what follows if "
	    "performance does not improve");
	if (e.n > 0)
		return concern_again(c, &k, 400, "record", NULL, &e);
	if (version != n.version || n.latest_open)
		return concern_again(c, &k, 409, "record", stale, NULL);
	p[0] = p[2] = DB_INT(k.rec.id);
	p[1] = DB_INT(n.school_id);
	p[3] = DB_TEXT(concerns);
	p[4] = DB_TEXT(support);
	p[5] = DB_TEXT(day);
	p[6] = DB_TEXT(impl);
	p[7] = DB_INT(c->actor->id);
	if ((st = db_exec(c->db, SQL_CONCERN_INSERT, p, 8, NULL)) != DB_OK)
		return app_db_status(st);
	return concern_done(c, &k, "concern: recorded", "recorded");
}

/* POST /concern/#/outcome: resolved, or the capability notice. */
static int
concern_outcome(struct ctx *c)
{
	struct concern k;
	struct concern_now n;
	struct valid_errors e = { .n = 0 };
	struct db_param p[5];
	struct db_result r;
	enum db_status st;
	const char *note;
	long long version;
	int rc, outcome = 0;

	if ((rc = concern_load(c, &k, ACCESS_WRITE_CONCERN)) != 0)
		return rc;
	if (concern_version(c, &version) == -1)
		return 400;
	if ((st = concern_now(c, &k, &n)) != DB_OK)
		return app_db_status(st);
	if (!n.latest_open)
		return concern_not_now(c, &k, "no open concerns", "There are no "
		    "open concerns on this appraisal to record an outcome for. "
		    "Nothing was saved.");
	if (valid_enum(NULL, "outcome", req_get(&c->req.form, "outcome"),
	    outcomes, &outcome) == -1)
		valid_add(&e, "outcome", "Choose the outcome: resolved, or the "
		    "capability procedure applies");
	note = concern_field(c, &e, "note", outcome == 1 ? "Write the notice "
	    "to the member of staff that the capability procedure now applies" :
	    "Say what the review of progress found");
	if (e.n > 0)
		return concern_again(c, &k, 400, "outcome", NULL, &e);
	if (version != n.latest_version)
		return concern_again(c, &k, 409, "outcome", stale, NULL);
	p[0] = DB_TEXT(outcomes[outcome]);
	p[1] = DB_TEXT(note);
	p[2] = DB_INT(c->actor->id);
	p[3] = DB_INT(n.latest_id);
	p[4] = DB_INT(version);
	if ((st = db_exec(c->db, SQL_CONCERN_DECIDE, p, 5, &r)) != DB_OK)
		return app_db_status(st);
	if (r.affected != 1)
		return concern_again(c, &k, 409, "outcome", stale, NULL);
	if (outcome == 1) {
		if ((rc = concern_move(c, &k, &n, WORKFLOW_EV_SUSPEND,
		    "The capability procedure applies")) == 409)
			return concern_not_now(c, &k, "cannot be suspended",
			    arena_printf(c->arena, "The appraisal cannot be "
			    "suspended at the stage \"%s\". Nothing was saved.",
			    workflow_state_label(n.state)));
		if (rc != 0)
			return rc;
		if ((st = concern_capability(c, &n, 1)) != DB_OK)
			return app_db_status(st);
	}
	return concern_done(c, &k, outcome == 1 ? "concern: capability" :
	    "concern: resolved", outcomes[outcome]);
}

/* POST /concern/#/comment: the person's comment on the latest record. */
static int
concern_comment(struct ctx *c)
{
	struct concern k;
	struct concern_now n;
	struct valid_errors e = { .n = 0 };
	struct db_param p[3];
	struct db_result r;
	enum db_status st;
	const char *text;
	long long version;
	int rc;

	if ((rc = concern_load(c, &k, ACCESS_COMMENT_CONCERN)) != 0)
		return rc;
	if (concern_version(c, &version) == -1)
		return 400;
	if ((st = concern_now(c, &k, &n)) != DB_OK)
		return app_db_status(st);
	if (n.latest_id == 0)
		return concern_not_now(c, &k, "no concerns recorded", "No "
		    "concerns are recorded on this appraisal. Nothing was "
		    "saved.");
	text = concern_field(c, &e, "comment", "Write your comment");
	if (e.n > 0)
		return concern_again(c, &k, 400, "comment", NULL, &e);
	p[0] = DB_TEXT(text);
	p[1] = DB_INT(n.latest_id);
	p[2] = DB_INT(version);
	if (version != n.latest_version)
		return concern_again(c, &k, 409, "comment", stale, NULL);
	if ((st = db_exec(c->db, SQL_CONCERN_COMMENT, p, 3, &r)) != DB_OK)
		return app_db_status(st);
	if (r.affected != 1)
		return concern_again(c, &k, 409, "comment", stale, NULL);
	return concern_done(c, &k, "concern: comment", "comment");
}

/* POST /concern/#/resume: back to not started; the mark cleared. */
static int
concern_resume(struct ctx *c)
{
	struct concern k;
	struct concern_now n;
	struct valid_errors e = { .n = 0 };
	enum db_status st;
	const char *note;
	long long version;
	int rc;

	if ((rc = concern_load(c, &k, ACCESS_WRITE_CONCERN)) != 0)
		return rc;
	if (concern_version(c, &version) == -1)
		return 400;
	if ((st = concern_now(c, &k, &n)) != DB_OK)
		return app_db_status(st);
	if (!workflow_row_find(n.state, WORKFLOW_EV_RESUME))
		return concern_not_now(c, &k, "not suspended", "This appraisal "
		    "is not suspended, so there is nothing to resume. Nothing "
		    "was saved.");
	note = concern_field(c, &e, "note", "Say why the appraisal resumes "
	    "(performance is now satisfactory)");
	if (e.n > 0)
		return concern_again(c, &k, 400, "resume", NULL, &e);
	if (version != n.version)
		return concern_again(c, &k, 409, "resume", stale, NULL);
	if ((rc = concern_move(c, &k, &n, WORKFLOW_EV_RESUME, note)) == 409)
		return concern_again(c, &k, 409, "resume", stale, NULL);
	if (rc != 0)
		return rc;
	if ((st = concern_capability(c, &n, 0)) != DB_OK)
		return app_db_status(st);
	return concern_done(c, &k, "concern: resumed", "resumed");
}

static const struct app_route routes[] = {
	{ REQ_GET, "/concern/#", ACCESS_STAFF, concern_get },
	{ REQ_POST, "/concern/#", ACCESS_STAFF, concern_record },
	{ REQ_POST, "/concern/#/outcome", ACCESS_STAFF, concern_outcome },
	{ REQ_POST, "/concern/#/comment", ACCESS_STAFF, concern_comment },
	{ REQ_POST, "/concern/#/resume", ACCESS_STAFF, concern_resume },
};

static const struct app_def def = {
	"concern", routes, sizeof(routes) / sizeof(routes[0])
};

int
main(int argc, char **argv)
{
	return app_main(&def, argc, argv);
}
