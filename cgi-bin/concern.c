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
#include "model/appraisal.h"
#include "workflow.h"

#include "concern.h"


void
concern_refuse_audit(struct ctx *c, long long id, const char *reason)
{
	db_rollback(c->db);	/* a refusal writes nothing but this record */
	app_audit_record(c, "appraisal", id, c->req.path, "refused", reason);
}

/* Decide `action` from the access facts of appraisal ids[0]: 0, or 403
 * after auditing the refusal (the same for a record that does not
 * exist). */
static int
concern_decide(struct ctx *c, struct concern *k, enum access_action action,
    const struct db_result *facts)
{
	struct access_decision d;
	int found;

	memset(k, 0, sizeof(*k));
	app_today(c, k->today);
	access_facts(c->arena, facts, k->today, &k->rec, &found);
	d = access_check(c->actor, action, found ? &k->rec : NULL, &k->rels);
	if (!found || !d.allow) {
		concern_refuse_audit(c, c->ids[0], found ? d.reason :
		    "no such record");
		return 403;
	}
	k->why = d.reason;
	return 0;
}

/* Load appraisal ids[0] and decide `action` (concern_decide()). */
int
concern_load(struct ctx *c, struct concern *k, enum access_action action)
{
	struct db_param p[ACCESS_FACTS_NPARAMS];
	struct db_result r;
	enum db_status st;

	access_facts_params(c->actor, c->ids[0], p);
	if ((st = db_query(c->db, c->arena, SQL_ACCESS_FACTS, p,
	    DB_NPARAMS(p), &r)) != DB_OK)
		return app_db_status(st);
	return concern_decide(c, k, action, &r);
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

/* The page with status (200; 400 or 409 to show a refused step) from
 * SQL_CONCERN_PAGE's lists: the appraisal (2) and the records (3). */
static int
concern_show(struct ctx *c, struct concern *k, int status,
    const struct db_result *parts)
{
	const struct db_result *recs = &parts[2];
	struct appraisal_page a;
	size_t i;
	int rc;

	if (appraisal_page_row(&parts[1], &a) == -1)
		return 403;
	if ((rc = app_audit_read(c, k->rels, k->rec.id,
	    "read performance concerns", k->why)) != 0)
		return rc;
	tmpl_set_int(c->hdf, "Concern.Id", k->rec.id);
	tmpl_set(c->hdf, "Concern.Person", a.reviewee);
	tmpl_set(c->hdf, "Concern.Cycle", a.cycle);
	tmpl_set(c->hdf, "Concern.State", workflow_state_label(a.state));
	tmpl_set_int(c->hdf, "Concern.Version", a.version);
	tmpl_set(c->hdf, "Concern.Today", k->today);
	if (a.state == WORKFLOW_ST_SUSPENDED)
		tmpl_set(c->hdf, "Concern.Suspended", "1");
	if (c->actor->id == k->rec.reviewee_id)
		tmpl_set(c->hdf, "Concern.Mine", "1");
	for (i = 0; i < recs->nrows; i++)
		concern_hdf_record(c, recs, i, k->today);
	concern_hdf_forms(c, k, a.state, recs);
	concern_hdf_notice(c);
	tmpl_set(c->hdf, "Page.Title", arena_printf(c->arena,
	    "Performance concerns: %s", a.reviewee));
	return app_render(c, status, "concern/view.cs");
}

/* The page's one statement: the access facts, the appraisal, the
 * records (SQL_CONCERN_PAGE). */
static enum db_status
concern_read(struct ctx *c, struct db_result *parts)
{
	struct db_param p[ACCESS_FACTS_NPARAMS + 2];

	access_facts_params(c->actor, c->ids[0], p);
	p[ACCESS_FACTS_NPARAMS] = p[ACCESS_FACTS_NPARAMS + 1] =
	    DB_INT(c->ids[0]);
	return db_query_parts(c->db, c->arena, SQL_CONCERN_PAGE, p,
	    DB_NPARAMS(p), parts, 3);
}

static int
concern_page(struct ctx *c, struct concern *k, int status)
{
	struct db_result parts[3];
	enum db_status st;

	if ((st = concern_read(c, parts)) != DB_OK)
		return app_db_status(st);
	return concern_show(c, k, status, parts);
}

static int
concern_get(struct ctx *c)
{
	struct db_result parts[3];
	struct concern k;
	enum db_status st;
	int rc;

	if ((st = concern_read(c, parts)) != DB_OK)
		return app_db_status(st);
	if ((rc = concern_decide(c, &k, ACCESS_READ_CONCERN, &parts[0])) != 0)
		return rc;
	return concern_show(c, &k, 200, parts);
}

/* ---- writing ------------------------------------------------------------ */

/* Back to the page with what was typed: errors (400) or a conflict. */
int
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
