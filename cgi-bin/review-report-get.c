/*
 * review-report-get: GET /review/ID/report, the assessment and report
 * page in one statement (SQL_REPORT_PAGE) after the session's; the
 * versions, outcomes and judgements the page shows picked from its lists,
 * or read again the earlier way (review-report.c) when they are of
 * another version.
 */
#include <stdlib.h>
#include <string.h>

#include "assessment.h"
#include "model/appraisal.h"
#include "review.h"
#include "review-report.h"

/* ---- GET: the page in one statement (SQL_REPORT_PAGE) --------------------- */

/* Its lists (see lib/sql.c) and where they are. */
enum {
	RR_FACTS, RR_APPRAISAL, RR_STATEMENT, RR_VERSIONS, RR_OUTCOMES,
	RR_JUDGEMENTS, RR_HISTORY, RR_MEETING, RR_PAGE_PARTS
};
#define RR_VERSIONS_MAX	20	/* the statement's LIMIT: more, read as before */
/* Columns of RR_APPRAISAL after the appraisal's (enum appraisal_col). */
#define RR_PAY_POINT	(APPRAISAL__COLS + 0)
#define RR_FRAMEWORK	(APPRAISAL__COLS + 2)
#define RR_STANDARD	(APPRAISAL__COLS + 3)
#define RR_POINTERS	(APPRAISAL__COLS + 7)
#define RR_STAGE	APPRAISAL_COL_CAREER_STAGE

/*
 * A list made of the rows of r whose column col is not NULL (id < 0) or
 * is the number id, each with the columns map names, in that order (n of
 * them). 0, or -1 out of memory.
 */
static int
rr_view(struct ctx *c, const struct db_result *r, const size_t *map, size_t n,
    size_t col, long long id, struct db_result *out)
{
	size_t i, j;

	memset(out, 0, sizeof(*out));
	out->ncols = n;
	if (r->nrows == 0)
		return 0;
	if ((out->rows = arena_alloc(c->arena, r->nrows *
	    sizeof(*out->rows))) == NULL)
		return -1;
	for (i = 0; i < r->nrows; i++) {
		const char *k = r->rows[i].col[col];
		char **cols;

		if (k == NULL || (id >= 0 && db_int(r, i, col) != id))
			continue;
		if ((cols = arena_alloc(c->arena, n * sizeof(*cols))) == NULL)
			return -1;
		for (j = 0; j < n; j++)
			cols[j] = r->rows[i].col[map[j]];
		out->rows[out->nrows++].col = cols;
	}
	return 0;
}

/* Sort the rows of r by the number in column col (a few dozen rows). */
static void
rr_sort(struct db_result *r, size_t col)
{
	size_t i, j;
	struct db_row t;
	long long n;

	for (i = 1; i < r->nrows; i++) {
		t = r->rows[i];
		n = db_int(r, i, col);
		for (j = i; j > 0 && db_int(r, j - 1, col) > n; j--)
			r->rows[j] = r->rows[j - 1];
		r->rows[j] = t;
	}
}

/* Of the versions read (newest first): number, or the newest (number 0),
 * issued ones only when issued is 1; found 0 when there is none. */
static void
rr_version(const struct db_result *vs, long long number, int issued,
    struct rv_report *rep)
{
	struct db_result one = *vs;
	size_t i;

	memset(rep, 0, sizeof(*rep));
	for (i = 0; i < vs->nrows; i++)
		if ((number == 0 || db_int(vs, i, 1) == number) &&
		    (!issued || *db_val(vs, i, 15) != '\0')) {
			one.rows = &vs->rows[i];
			one.nrows = 1;
			rv_report_row(&one, rep);
			return;
		}
}

/*
 * The lists rv_report_show() takes (SQL_REPORT_PARTS' eight) from the page's
 * statement, for version shown: 0; 1 when the statement read them for
 * another (the objectives of another statement, the standards of another
 * framework or career stage); 2 when only the outcomes and judgements
 * are another's (shown is an earlier version, neither the newest nor the
 * newest issued); -1 out of memory.
 */
static int
rr_lists(struct ctx *c, const struct rv *v, const struct db_result *parts,
    const struct rv_report *shown, struct db_result *lists)
{
	/* SQL_REPORT_PARTS' columns, where SQL_REPORT_PAGE has them. */
	static const size_t objective[] = { 5, 6, 3, 4, 7 };
	static const size_t outcome[] = { 0, 1, 3, 2, 4 };
	static const size_t standard[] = { RR_STANDARD, RR_STANDARD + 2,
	    RR_STANDARD + 3, RR_STANDARD + 1 };
	static const size_t judgement[] = { 0, 1, 3 };
	static const size_t version[] = { 1, 16, 3, 10 };
	static const size_t pay[] = { RR_STAGE, RR_PAY_POINT, RR_PAY_POINT + 1,
	    APPRAISAL_COL_STAFF_GROUP };
	const struct db_result *a = &parts[RR_APPRAISAL];
	struct rv_report_key k;
	size_t i, n;

	rv_report_key_of(c, v, shown, &k);
	if (rr_view(c, &parts[RR_STATEMENT], objective, 5, 5, -1,
	    &lists[0]) == -1 ||
	    rr_view(c, &parts[RR_OUTCOMES], outcome, 5, 5, shown->id,
	    &lists[1]) == -1 ||
	    rr_view(c, a, standard, 4, RR_STANDARD, -1, &lists[2]) == -1 ||
	    rr_view(c, &parts[RR_JUDGEMENTS], judgement, 3, 2, shown->id,
	    &lists[3]) == -1 ||
	    rr_view(c, &parts[RR_VERSIONS], version, 4, 1, -1, &lists[4]) == -1 ||
	    rr_view(c, a, pay, 4, 0, -1, &lists[7]) == -1)
		return -1;
	lists[5] = parts[RR_HISTORY];
	lists[6] = parts[RR_MEETING];
	lists[7].nrows = lists[7].nrows > 0 ? 1 : 0;
	/* Support staff's level: the statement read those it starts with. */
	for (i = n = 0; i < lists[2].nrows; i++)
		if (*k.level == '\0' || strcmp(db_val(&lists[2], i, 1),
		    k.level) == 0)
			lists[2].rows[n++] = lists[2].rows[i];
	lists[2].nrows = n;
	rr_sort(&lists[0], 1);
	rr_sort(&lists[2], 0);
	if (!shown->found && !v->can_write) {
		/* Shown with a version or the assessment form only. */
		lists[0].nrows = lists[2].nrows = 0;
		return 0;
	}
	if (k.statement != v->statement_id || a->nrows == 0 ||
	    lists[2].nrows == 0 ||
	    strcmp(db_val(a, 0, RR_FRAMEWORK), k.fw) != 0 ||
	    strcmp(db_val(a, 0, RR_STAGE), k.stage) != 0)
		return 1;
	/* The outcomes and judgements were read of these two versions. */
	if (shown->found && shown->id != db_int(a, 0, RR_POINTERS) &&
	    shown->id != db_int(a, 0, RR_POINTERS + 1))
		return 2;
	return 0;
}

/* The outcomes and judgements of version shown (lists 1 and 3), read
 * now: 0, or a status. */
static int
rr_entries(struct ctx *c, const struct rv_report *shown,
    struct db_result *lists)
{
	struct db_param p[2] = { DB_INT(shown->id), DB_INT(shown->id) };
	struct db_result parts[2];
	enum db_status st;

	if ((st = db_query_parts(c->db, c->arena, SQL_REPORT_ENTRIES_OF, p, 2,
	    parts, 2)) != DB_OK)
		return app_db_status(st);
	lists[1] = parts[0];
	lists[3] = parts[1];
	return 0;
}

int
rv_report_get(struct ctx *c)
{
	struct rv *v = arena_alloc(c->arena, sizeof(*v));
	struct db_param p[ACCESS_FACTS_NPARAMS + 7];
	struct db_result parts[RR_PAGE_PARTS], base[RV_BASE_PARTS];
	struct db_result lists[RV_REPORT_PARTS];
	struct rv_report newest, issued, shown;
	const struct db_result *vs = &parts[RR_VERSIONS];
	const struct rv_report *latest;
	long long number = rv_report_asked(c);
	enum db_status st;
	int rc;

	if (v == NULL)
		return 500;
	rv_page_params(c, p, DB_NPARAMS(p));
	if ((st = db_query_parts(c->db, c->arena, SQL_REPORT_PAGE, p,
	    DB_NPARAMS(p), parts, RR_PAGE_PARTS)) != DB_OK)
		return app_db_status(st);
	/* SQL_PAGE_BASE's lists: the statement is the first row of its own. */
	memcpy(base, parts, sizeof(base));
	base[RR_STATEMENT].nrows = base[RR_STATEMENT].nrows > 0 ? 1 : 0;
	if ((rc = rv_from_parts(c, v, ACCESS_READ_REVIEW, base)) != 0)
		return rc;
	if ((rc = app_audit_read(c, v->rels, v->id, "read report",
	    v->read_reason)) != 0)
		return rc;
	if (req_get(&c->req.query, "done") != NULL)
		tmpl_set(c->hdf, "Form.Notice", "Saved.");
	if (vs->nrows >= RR_VERSIONS_MAX)
		return rv_report_page(c, v, 200, NULL);
	/* As rv_report_page(): the newest version this person may see
	 * (drafts only for those access lets write), and the one asked for. */
	rr_version(vs, 0, 0, &newest);
	rr_version(vs, 0, 1, &issued);
	latest = v->can_write ? &newest : &issued;
	shown = *latest;
	if (number > 0 && (!latest->found || number != latest->number))
		rr_version(vs, number, !v->can_write, &shown);
	if ((rc = rr_lists(c, v, parts, &shown, lists)) == -1)
		return 500;
	if (rc == 1)
		return rv_report_page_of(c, v, 200, NULL, latest, &shown);
	if (rc == 2 && (rc = rr_entries(c, &shown, lists)) != 0)
		return rc;
	return rv_report_show(c, v, 200, NULL, latest, &shown, lists);
}

