/*
 * admin: who reviews whom this year. The list a page at a time (the same
 * queries whatever the size of the school), one assignment at a time, or
 * many from CSV lines "reviewee,reviewer" (user names): each within the
 * school's cap per reviewer, with the leadership exemption its policy
 * allows; every bad line reported and nothing written unless all are good.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "admin.h"
#include "model/policy.h"
#include "model/school_conf.h"
#include "role.h"
#include "workflow.h"

/* Back to the page of the list the form was on. */
static const char *
admin_back(struct ctx *c)
{
	struct admin_page pg;

	admin_page_parse(c, &pg);
	return arena_printf(c->arena, "admin/reviewers?done=1&q=%s%s%s",
	    req_urlencode(c->arena, pg.q), pg.unassigned ? "&unassigned=1" : "",
	    pg.after ? arena_printf(c->arena, "&after=%lld", pg.after) :
	    pg.before ? arena_printf(c->arena, "&before=%lld", pg.before) : "");
}

/* The school's head, whom the policy may propose (one head, or none). */
struct head {
	const char	*login, *name;
};

/*
 * Whom the school's policy proposes for person i of r (the list's row):
 * the head when the head reviews everyone, else their line manager when
 * they have exactly one (with several, the head chooses: seed 003,
 * section 4). Nobody is proposed for the head (the governors' panel), for
 * someone with a reviewer, not appraised or without a cycle, or for
 * themselves. Sets Staff.N.Proposed and appends "login,reviewer" to *csv.
 */
static void
admin_propose(struct ctx *c, const struct policy *pol, const struct head *h,
    const struct db_result *r, size_t i, size_t n, const char **csv)
{
	int head = pol->reviewer_mode == POLICY_REVIEWS_BY_HEAD;
	const char *login = head ? h->login : db_val(r, i, 12);
	const char *name = head ? h->name : db_val(r, i, 13);

	if (db_int(r, i, 5) != 0 || db_int(r, i, 8) != 0 ||
	    db_int(r, i, 9) == 0 || db_int(r, i, 11) != 0 || *login == '\0' ||
	    strcmp(login, db_val(r, i, 10)) == 0)
		return;
	tmpl_setf(c->hdf, name, "Staff.%zu.Proposed", n);
	*csv = arena_printf(c->arena, "%s%s,%s\n", *csv, db_val(r, i, 10),
	    login);
}

/* The stage as people read it ("Planning meeting held"), or none yet. */
static const char *
admin_stage(const char *word)
{
	enum workflow_state st;

	if (*word == '\0')
		return "No appraisal yet";
	return workflow_state_parse(word, &st) == 0 ? workflow_state_label(st) :
	    "";
}

/* The page's people (the rows pg says), with their proposals. */
static void
admin_reviewers_rows(struct ctx *c, const struct admin_page *pg,
    const struct db_result *r, const struct policy *pol, const struct head *h)
{
	static const char *const cols[] = { "Id", "Name", "Title", "Group",
	    "Appraisal", "ReviewerId", "Reviewer", "State", "Exempt", "Cycle",
	    "Login", "Head" };
	const char *csv = "";
	size_t i, j, n;

	for (n = 0; n < pg->n; n++) {
		i = pg->first + n;
		for (j = 0; j < sizeof(cols) / sizeof(cols[0]); j++)
			tmpl_setf(c->hdf, db_val(r, i, j), "Staff.%zu.%s", n, cols[j]);
		tmpl_setf(c->hdf, admin_stage(db_val(r, i, 7)), "Staff.%zu.State",
		    n);
		admin_propose(c, pol, h, r, i, n, &csv);
	}
	tmpl_set(c->hdf, "Assign.Proposals", csv);
	tmpl_set(c->hdf, "Assign.ByHead",
	    pol->reviewer_mode == POLICY_REVIEWS_BY_HEAD ? "1" : "0");
}

/*
 * The list in one statement (SQL_ASSIGN_*): the counts, the page's people
 * and, in a school small enough, everyone to choose a reviewer from.
 */
static enum db_status
admin_reviewers_list(struct ctx *c, struct admin_page *pg, const char *today)
{
	static const enum sql_id ids[][2] = {
		{ SQL_ASSIGN_EVERYONE, SQL_ASSIGN_EVERYONE_BACK },
		{ SQL_ASSIGN_UNASSIGNED, SQL_ASSIGN_UNASSIGNED_BACK },
		{ SQL_ASSIGN_FILTERED, SQL_ASSIGN_FILTERED_BACK } };
	struct db_param p[ADMIN_LIST_PARAMS];
	struct db_result part[3];
	const struct policy_setting *mode = policy_setting_named("reviewer_mode");
	struct policy pol;
	struct head h;
	enum db_status st;
	size_t n = 0, i;

	pg->assigning = 1;
	admin_list_cur(c, today, p, &n);
	for (i = 0; i < 4; i++)
		p[n++] = DB_INT(c->actor->school_id);
	admin_page_params(c, pg, today, p, &n);
	p[n++] = DB_INT(c->actor->school_id);
	p[n++] = DB_INT(c->actor->school_id);
	p[n++] = DB_INT(ADMIN_CHOICES_MAX);
	p[n++] = DB_INT(ADMIN_CHOICES_MAX + 1);
	if ((st = db_query_parts(c->db, c->arena,
	    ids[admin_page_list(pg)][pg->before != 0], p, n, part, 3)) != DB_OK)
		return st;
	policy_defaults(&pol);
	if (mode != NULL && *db_val(&part[0], 0, 2) != '\0')
		policy_set(&pol, mode, db_val(&part[0], 0, 2), NULL);
	h.login = db_val(&part[0], 0, 3);
	h.name = db_val(&part[0], 0, 4);
	tmpl_set(c->hdf, "Assign.Unassigned", db_val(&part[0], 0, 1));
	if (admin_page_list(pg) == ADMIN_LIST_EVERYONE)
		pg->total = db_int(&part[0], 0, 0);
	else if (admin_page_list(pg) == ADMIN_LIST_UNASSIGNED)
		pg->total = db_int(&part[0], 0, 1);
	admin_page_rows(pg, &part[1], 0, 1);
	admin_reviewers_rows(c, pg, &part[1], &pol, &h);
	admin_choices_hdf(c, &part[2], db_int(&part[0], 0, 0));
	return DB_OK;
}

static int
admin_reviewers_page(struct ctx *c, int status)
{
	struct admin_page pg;
	enum db_status st;
	const char *first;
	char today[11];

	app_today(c, today);
	admin_page_parse(c, &pg);
	if ((st = admin_reviewers_list(c, &pg, today)) != DB_OK)
		return app_db_status(st);
	if ((first = admin_page_gone(c, &pg, "admin/reviewers")) != NULL)
		return app_redirect(c, first);
	admin_page_hdf(c, &pg, app_url(c, "admin/reviewers"));
	tmpl_set_int(c->hdf, "Assign.Me", c->actor->id);
	if (access_route(c->actor, ACCESS_SCHOOL_HEAD).allow)
		tmpl_set(c->hdf, "Admin.CanDecide", "1");
	tmpl_set(c->hdf, "Page.Title", "Reviewers");
	return app_render(c, status, "admin/reviewers.cs");
}

int
admin_reviewers_get(struct ctx *c)
{
	const char *n = req_get(&c->req.query, "imported");

	if (req_get(&c->req.query, "done") != NULL)
		tmpl_set(c->hdf, "Form.Notice", "Reviewer assigned.");
	else if (n != NULL && strlen(n) < 8)
		tmpl_set(c->hdf, "Form.Notice", arena_printf(c->arena,
		    "%s reviewers assigned from the list.", n));
	return admin_reviewers_page(c, 200);
}

struct person {
	long long	 id;
	unsigned int	 roles;
	const char	*name, *group;
	int		 exempt;
	int		 leadership;	/* on the leadership scale */
};

/* A member of staff of the actor's school, from a form field. */
static int
admin_person_field(struct ctx *c, const char *field, struct person *out,
    struct valid_errors *e)
{
	struct db_result r;

	if (admin_staff_named(c, req_get(&c->req.form, field), &r) != DB_OK ||
	    r.nrows != 1) {
		valid_add(e, field, "Choose someone from the list, or type the "
		    "user name of someone in the school");
		return -1;
	}
	out->id = db_int(&r, 0, 0);
	out->roles = role_parse(db_val(&r, 0, 1));
	out->name = db_val(&r, 0, 2);
	out->group = db_val(&r, 0, 3);
	out->exempt = (int)db_int(&r, 0, 4);
	out->leadership = (int)db_int(&r, 0, 5);
	return 0;
}

/*
 * Who may never be given a reviewer here, whoever asks (lib/access.h,
 * "facts that grant access"): nobody reviews their own appraisal; the
 * headteacher's reviewers are the governors' panel, which is not recorded
 * yet, so nobody at the school can become the head's reviewer; and nobody
 * chooses the reviewer of their own appraisal (the head does, and
 * governors for the head). 1 and *why when refused.
 */
static int
admin_assign_refused(struct ctx *c, long long reviewee, unsigned int roles,
    long long reviewer, const char **why)
{
	if (reviewee == reviewer)
		*why = "Nobody reviews their own appraisal";
	else if (roles & ROLE_HEADTEACHER)
		*why = "The headteacher is reviewed by the governors' panel, not "
		    "by someone at the school: nobody can be assigned here";
	else if (reviewee == c->actor->id)
		*why = "Your own reviewer is chosen by the headteacher";
	else
		return 0;
	return 1;
}

/* The rules: not oneself, not an exempt person, a cycle, the cap. */
static long long
admin_assign_check(struct ctx *c, const struct person *re,
    const struct person *rv, struct valid_errors *e)
{
	char today[11];
	struct db_param p[4];
	struct db_result r;
	struct policy pol;
	const char *why;
	long long cycle;

	app_today(c, today);
	if (admin_assign_refused(c, re->id, re->roles, rv->id, &why)) {
		valid_add(e, re->id == rv->id ? "reviewer" : "reviewee", why);
		return 0;
	}
	if (re->exempt) {
		valid_add(e, "reviewee", "This person is in their induction year "
		    "and is not appraised");
		return 0;
	}
	p[0] = DB_INT(c->actor->school_id);
	p[1] = DB_TEXT(re->group);
	p[2] = DB_TEXT(today);
	p[3] = DB_TEXT(today);
	if (db_query(c->db, c->arena, SQL_CYCLE_CURRENT, p, 4, &r) != DB_OK ||
	    r.nrows != 1) {
		valid_add(e, "reviewee", "There is no cycle this year for this "
		    "person's staff group: add one first");
		return 0;
	}
	cycle = db_int(&r, 0, 0);
	p[0] = DB_INT(rv->id);
	p[1] = DB_TEXT(today);
	if (school_conf(c->db, c->arena, c->actor->school_id,
	    c->actor->school_config_version, &pol, NULL) != DB_OK ||
	    db_query(c->db, c->arena, SQL_REVIEWER_COUNT, p, 2, &r) != DB_OK)
		return -1;
	if (!policy_reviewer_has_room(&pol, (long)db_int(&r, 0, 0),
	    rv->leadership, (rv->roles & ROLE_HEADTEACHER) != 0)) {
		valid_add(e, "reviewer", arena_printf(c->arena, "%s already "
		    "reviews %lld people, the most the school's policy allows",
		    rv->name, db_int(&r, 0, 0)));
		return 0;
	}
	return cycle;
}

/* The page again with the choice kept: its errors (400), or a save that
 * lost a race (409). The transaction, if any, is rolled back. */
static int
admin_reviewers_again(struct ctx *c, int status, const struct valid_errors *e)
{
	db_rollback(c->db);
	if (e != NULL)
		app_form_errors(c, e);
	if (status == 409) {
		tmpl_set(c->hdf, "Form.Conflict", "1");
		app_audit(c, "/admin/reviewers", "refused",
		    "changed by someone else");
	}
	tmpl_set(c->hdf, "Typed.reviewee", req_get(&c->req.form, "reviewee"));
	tmpl_set(c->hdf, "Typed.reviewer", req_get(&c->req.form, "reviewer"));
	return admin_reviewers_page(c, status);
}

/* In the open transaction: the appraisal of re this cycle gets rv as
 * its reviewer (made if there is none). 0, 409 when another save got
 * there between the read and the write, or a status. */
static int
admin_assign_write(struct ctx *c, long long cycle, const struct person *re,
    const struct person *rv)
{
	struct db_param p[4];
	struct db_result r;
	enum db_status st;

	p[0] = DB_INT(cycle);
	p[1] = DB_INT(re->id);
	if ((st = db_query(c->db, c->arena, SQL_APPRAISAL_OF, p, 2, &r)) != DB_OK)
		return app_db_status(st);
	if (r.nrows == 1) {
		p[0] = DB_INT(rv->id);
		p[1] = DB_INT(db_int(&r, 0, 0));
		p[2] = DB_INT(db_int(&r, 0, 1));
		st = db_exec(c->db, SQL_APPRAISAL_SET_REVIEWER, p, 3, &r);
		if (st == DB_OK && r.affected != 1)
			return 409;
	} else {
		p[0] = DB_INT(cycle);
		p[1] = DB_INT(c->actor->school_id);
		p[2] = DB_INT(re->id);
		p[3] = DB_INT(rv->id);
		st = db_exec(c->db, SQL_APPRAISAL_CREATE, p, 4, NULL);
	}
	if (st == DB_DUPLICATE || st == DB_RETRY)
		return 409;
	return st == DB_OK ? 0 : app_db_status(st);
}

/*
 * Assign one reviewer. The rules (the cycle, the cap per reviewer) are
 * checked and the appraisal written under the school's lock, so saves at
 * the same moment are taken one after the other and each sees the one
 * before; a save that still loses a race is a conflict, the choice kept.
 */
int
admin_reviewers_post(struct ctx *c)
{
	struct valid_errors e = { .n = 0 };
	struct person re, rv;
	struct db_param p[1] = { DB_INT(c->actor->school_id) };
	struct db_result r;
	enum db_status st;
	long long cycle = 0;
	int rc;

	if (admin_person_field(c, "reviewee", &re, &e) != 0 ||
	    admin_person_field(c, "reviewer", &rv, &e) != 0 || e.n > 0)
		return admin_reviewers_again(c, 400, &e);
	if ((st = db_begin(c->db)) != DB_OK ||
	    (st = db_query(c->db, c->arena, SQL_SCHOOL_LOCK, p, 1, &r)) != DB_OK)
		return st == DB_RETRY ? admin_reviewers_again(c, 409, NULL) :
		    app_db_status(st);
	if ((cycle = admin_assign_check(c, &re, &rv, &e)) == -1)
		return 503;
	if (e.n > 0)
		return admin_reviewers_again(c, 400, &e);
	if ((rc = admin_assign_write(c, cycle, &re, &rv)) == 409)
		return admin_reviewers_again(c, 409, NULL);
	if (rc != 0)
		return rc;
	app_audit(c, "/admin/reviewers", "ok", arena_printf(c->arena,
	    "%s reviews %s", rv.name, re.name));
	if ((st = db_commit(c->db)) != DB_OK)
		return app_db_status(st);
	return app_redirect(c, admin_back(c));
}


/* ---- many at once ------------------------------------------------------- */

/* One member of staff as a bulk assignment sees them. */
struct member {
	long long	 id, cycle, appraisal, version, reviewer, new_reviewer;
	const char	*login, *name;
	unsigned int	 roles;
	int		 exempt;
	int		 leadership;	/* on the leadership scale */
	long		 load;		/* open appraisals they review */
	size_t		 line;		/* where the file names them as reviewee */
};

struct school {
	struct member	*v;		/* by login */
	struct member	**by_id;
	size_t		 n;
};

static int
member_login_cmp(const void *a, const void *b)
{
	return strcasecmp(((const struct member *)a)->login,
	    ((const struct member *)b)->login);
}

static int
member_id_cmp(const void *a, const void *b)
{
	long long x = (*(struct member *const *)a)->id;
	long long y = (*(struct member *const *)b)->id;

	return x < y ? -1 : x > y;
}

static struct member *
member_find(const struct school *s, const char *login)
{
	struct member key = { .login = login };

	return s->n ? bsearch(&key, s->v, s->n, sizeof(*s->v),
	    member_login_cmp) : NULL;
}

static struct member *
member_by_id(const struct school *s, long long id)
{
	struct member key = { .id = id }, *k = &key, **m;

	m = s->n ? bsearch(&k, s->by_id, s->n, sizeof(*s->by_id),
	    member_id_cmp) : NULL;
	return m ? *m : NULL;
}

static void
member_fill(struct member *m, const struct db_result *r, size_t i)
{
	memset(m, 0, sizeof(*m));
	m->id = db_int(r, i, 0);
	m->login = db_val(r, i, 1);
	m->name = db_val(r, i, 2);
	m->roles = role_parse(db_val(r, i, 3));
	m->exempt = (int)db_int(r, i, 5);
	m->cycle = db_int(r, i, 6);
	m->appraisal = db_int(r, i, 7);
	m->version = db_int(r, i, 8);
	m->reviewer = m->new_reviewer = db_int(r, i, 9);
	m->leadership = (int)db_int(r, i, 10);
}

/* The whole school: people, their appraisals this year, reviewers' loads. */
static enum db_status
school_load(struct ctx *c, const char *today, struct school *s)
{
	struct db_param p[3] = { DB_TEXT(today), DB_TEXT(today),
	    DB_INT(c->actor->school_id) };
	struct db_result r;
	enum db_status st;
	struct member *m;
	size_t i;

	if ((st = db_query(c->db, c->arena, SQL_ASSIGN_ALL, p, 3, &r)) != DB_OK)
		return st;
	s->v = arena_alloc(c->arena, (r.nrows + 1) * sizeof(*s->v));
	s->by_id = arena_alloc(c->arena, (r.nrows + 1) * sizeof(*s->by_id));
	if (s->v == NULL || s->by_id == NULL)
		return DB_ERROR;
	for (i = 0; i < r.nrows; i++)
		member_fill(&s->v[i], &r, i);
	s->n = r.nrows;
	qsort(s->v, s->n, sizeof(*s->v), member_login_cmp);
	for (i = 0; i < s->n; i++)
		s->by_id[i] = &s->v[i];
	qsort(s->by_id, s->n, sizeof(*s->by_id), member_id_cmp);
	p[0] = DB_TEXT(today);
	p[1] = DB_INT(c->actor->school_id);
	if ((st = db_query(c->db, c->arena, SQL_REVIEWER_LOADS, p, 2, &r)) != DB_OK)
		return st;
	for (i = 0; i < r.nrows; i++)
		if ((m = member_by_id(s, db_int(&r, i, 0))) != NULL)
			m->load = (long)db_int(&r, i, 1);
	return DB_OK;
}

struct pair {
	size_t		 line;
	struct member	*re, *rv;
};

/* One line "reviewee,reviewer": the people, or an error for the line. */
static int
pair_parse(struct ctx *c, struct school *s, char *text, size_t line,
    struct pair *out, struct valid_errors *e)
{
	char *f[ADMIN_CSV_FIELDS];
	int n = csv_split(text, f, ADMIN_CSV_FIELDS);
	const char *why = NULL;

	out->line = line;
	if (n != 2) {
		admin_line_error(c, e, "assignments", line, "expected two user "
		    "names, reviewee,reviewer");
		return -1;
	}
	if ((out->re = member_find(s, f[0])) == NULL)
		why = arena_printf(c->arena, "column reviewee: nobody in the "
		    "school has the user name \"%s\"", f[0]);
	else if ((out->rv = member_find(s, f[1])) == NULL)
		why = arena_printf(c->arena, "column reviewer: nobody in the "
		    "school has the user name \"%s\"", f[1]);
	else if (admin_assign_refused(c, out->re->id, out->re->roles,
	    out->rv->id, &why))
		why = arena_printf(c->arena, "%c%s", tolower((unsigned char)*why),
		    why + 1);
	else if (out->re->exempt)
		why = arena_printf(c->arena, "%s is in their induction year and "
		    "is not appraised", out->re->name);
	else if (out->re->cycle == 0)
		why = arena_printf(c->arena, "there is no cycle this year for "
		    "%s's staff group: add one first", out->re->name);
	else if (out->re->line != 0)
		why = arena_printf(c->arena, "%s is already given a reviewer on "
		    "line %zu", out->re->name, out->re->line);
	if (why != NULL) {
		admin_line_error(c, e, "assignments", line, why);
		return -1;
	}
	out->re->line = line;
	return 0;
}

/* Move each reviewee to their new reviewer, then name every line that
 * gives someone more reviewees than the school's cap. */
static void
pairs_check_cap(struct ctx *c, const struct school *s, struct pair *pv,
    size_t n, const struct policy *pol, struct valid_errors *e)
{
	struct member *old;
	size_t i;

	for (i = 0; i < n; i++) {
		if (pv[i].re->new_reviewer == pv[i].rv->id)
			continue;
		if ((old = member_by_id(s, pv[i].re->new_reviewer)) != NULL)
			old->load--;
		pv[i].re->new_reviewer = pv[i].rv->id;
		pv[i].rv->load++;
	}
	for (i = 0; i < n; i++)
		if (!policy_reviewer_has_room(pol, pv[i].rv->load - 1,
		    pv[i].rv->leadership,
		    (pv[i].rv->roles & ROLE_HEADTEACHER) != 0))
			admin_line_error(c, e, "assignments", pv[i].line,
			    arena_printf(c->arena, "%s would review %ld people, "
			    "more than the %ld the school's policy allows",
			    pv[i].rv->name, pv[i].rv->load, pol->max_reviewees));
}

/* Write every changed assignment; 409 when an appraisal moved under us. */
static int
pairs_save(struct ctx *c, const struct pair *pv, size_t n, size_t *changed)
{
	struct db_param p[4];
	struct db_result r;
	enum db_status st;
	size_t i;

	*changed = 0;
	if ((st = db_begin(c->db)) != DB_OK)
		return app_db_status(st);
	for (i = 0; i < n; i++) {
		if (pv[i].re->reviewer == pv[i].rv->id)
			continue;
		if (pv[i].re->appraisal != 0) {
			p[0] = DB_INT(pv[i].rv->id);
			p[1] = DB_INT(pv[i].re->appraisal);
			p[2] = DB_INT(pv[i].re->version);
			st = db_exec(c->db, SQL_APPRAISAL_SET_REVIEWER, p, 3, &r);
			if (st == DB_OK && r.affected != 1) {
				db_rollback(c->db);
				return app_error(c, 409, "Someone changed a reviewer "
				    "while the list was being imported. Nothing was "
				    "imported: go back and import it again.");
			}
		} else {
			p[0] = DB_INT(pv[i].re->cycle);
			p[1] = DB_INT(c->actor->school_id);
			p[2] = DB_INT(pv[i].re->id);
			p[3] = DB_INT(pv[i].rv->id);
			st = db_exec(c->db, SQL_APPRAISAL_CREATE, p, 4, NULL);
		}
		if (st != DB_OK)
			return app_db_status(st);
		(*changed)++;
	}
	return 0;
}

int
admin_reviewers_import(struct ctx *c)
{
	struct valid_errors e = { .n = 0 };
	struct admin_lines lines;
	struct school s = { 0 };
	struct policy pol;
	struct pair *pv = NULL;
	enum db_status st;
	size_t i, n = 0, changed;
	char today[11];
	int rc;

	app_today(c, today);
	if (admin_lines(c, "assignments", "Paste the assignments or choose a file",
	    &lines, &e) == 0) {
		if ((st = school_load(c, today, &s)) != DB_OK ||
		    (st = school_conf(c->db, c->arena, c->actor->school_id,
	    c->actor->school_config_version, &pol, NULL)) != DB_OK)
			return app_db_status(st);
		if ((pv = arena_alloc(c->arena, (lines.n + 1) * sizeof(*pv))) == NULL)
			return 500;
		for (i = 0; i < lines.n; i++) {
			if (i == 0 && strcasecmp(lines.text[0], "reviewee,reviewer") == 0)
				continue;
			if (pair_parse(c, &s, lines.text[i], lines.number[i],
			    &pv[n], &e) == 0)
				n++;
		}
		pairs_check_cap(c, &s, pv, n, &pol, &e);
	}
	if (e.n > 0) {
		admin_import_refused(c, &e, "assignments");
		return admin_reviewers_page(c, 400);
	}
	if ((rc = pairs_save(c, pv, n, &changed)) != 0)
		return rc;
	app_audit(c, "/admin/reviewers/import", "ok", arena_printf(c->arena,
	    "%zu reviewers assigned from a list", changed));
	if ((st = db_commit(c->db)) != DB_OK)
		return app_db_status(st);
	return app_redirect(c, arena_printf(c->arena,
	    "admin/reviewers?imported=%zu", changed));
}
