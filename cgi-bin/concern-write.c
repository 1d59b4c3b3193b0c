/* concern: recording concerns, their outcome (resolved, or the capability
 * procedure suspending the appraisal), the person's comment, resuming. */
#include <stdio.h>
#include <string.h>

#include "concern.h"

static const char *const outcomes[] = { "resolved", "capability", NULL };

static const char *const stale = "Someone else changed these records while "
    "you were looking at them. Nothing was saved. The page now shows them "
    "as they are; what you typed is still in the form.";

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

/* The start of every write: the person may take action, the form's
 * version, and what the database holds now, locked. 0 or a status. */
static int
concern_start(struct ctx *c, struct concern *k, struct concern_now *n,
    enum access_action action, long long *version)
{
	enum db_status st;
	int rc;

	if ((rc = concern_load(c, k, action)) != 0)
		return rc;
	if (concern_version(c, version) == -1)
		return 400;
	if ((st = concern_now(c, k, n)) != DB_OK)
		return app_db_status(st);
	return 0;
}

/* POST /concern/#: the record of the informal stage. */
int
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

	if ((rc = concern_start(c, &k, &n, ACCESS_WRITE_CONCERN, &version)) != 0)
		return rc;
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
int
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

	if ((rc = concern_start(c, &k, &n, ACCESS_WRITE_CONCERN, &version)) != 0)
		return rc;
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
int
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

	if ((rc = concern_start(c, &k, &n, ACCESS_COMMENT_CONCERN, &version)) != 0)
		return rc;
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
int
concern_resume(struct ctx *c)
{
	struct concern k;
	struct concern_now n;
	struct valid_errors e = { .n = 0 };
	enum db_status st;
	const char *note;
	long long version;
	int rc;

	if ((rc = concern_start(c, &k, &n, ACCESS_WRITE_CONCERN, &version)) != 0)
		return rc;
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
