/*
 * plan-version: an earlier (or the current) version of the planning
 * statement, read-only (GET /plan/#/version/#); a read by anyone but the
 * reviewee is audited as "read plan version N".
 */
#include "plan.h"

/* An earlier (or the current) version of the statement, read-only. */
int
plan_version(struct ctx *c)
{
	struct plan *p = arena_alloc(c->arena, sizeof(*p));
	int rc;

	if (p == NULL)
		return 500;
	if ((rc = plan_load_version(c, p, c->ids[1])) != 0)
		return rc;
	if (p->st_id == 0 || p->st_number != c->ids[1])
		return app_error(c, 404, "This appraisal has no statement with "
		    "that version number.");
	if ((rc = app_audit_read(c, p->roles_rel, p->id, arena_printf(c->arena,
	    "read plan version %lld", c->ids[1]), p->read_reason)) != 0)
		return rc;
	plan_hdf_statement(c, p);
	plan_hdf(c, p);
	tmpl_set(c->hdf, "Page.Title", arena_printf(c->arena,
	    "Planning statement version %lld: %s", c->ids[1], p->ap.reviewee));
	return app_render(c, 200, "plan/version.cs");
}
