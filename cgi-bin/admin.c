/*
 * admin: setting up the school's appraisal year.
 *
 *   GET  /admin             what can be set up here, by role
 *   GET  /admin/settings    the school's policy settings (head, PM lead)
 *   POST /admin/settings    save them: all valid or nothing saved; a save
 *                           over someone else's is refused (409)
 */
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "policy.h"

static int
admin_index(struct ctx *c)
{
	tmpl_set(c->hdf, "Page.Title", "Set up the appraisal year");
	if (access_route(c->actor, ACCESS_SCHOOL_POLICY).allow)
		tmpl_set(c->hdf, "Admin.CanPolicy", "1");
	return app_render(c, 200, "admin/index.cs");
}

/* The settings form from the policy table; typed values win over p's. */
static void
admin_settings_hdf(struct ctx *c, const struct policy *p, int use_typed)
{
	const struct policy_setting *s;
	const char *typed;
	char value[32];
	size_t i, w;

	for (i = 0; i < policy_nsettings; i++) {
		s = &policy_settings[i];
		policy_get(p, s, value, sizeof(value));
		typed = use_typed ? req_get(&c->req.form, s->column) : NULL;
		tmpl_setf(c->hdf, s->column, "Settings.%zu.Column", i);
		tmpl_setf(c->hdf, s->label, "Settings.%zu.Label", i);
		tmpl_setf(c->hdf, s->hint, "Settings.%zu.Hint", i);
		tmpl_setf(c->hdf, s->kind == POLICY_WORD ? "word" :
		    s->kind == POLICY_BOOL ? "bool" : "number",
		    "Settings.%zu.Kind", i);
		tmpl_setf(c->hdf, typed && strlen(typed) < 64 ? typed : value,
		    "Settings.%zu.Value", i);
		for (w = 0; s->kind == POLICY_WORD && s->words[w] != NULL; w++) {
			tmpl_setf(c->hdf, s->words[w], "Settings.%zu.Options.%zu.Word",
			    i, w);
			tmpl_setf(c->hdf, s->word_labels[w],
			    "Settings.%zu.Options.%zu.Label", i, w);
		}
	}
	tmpl_set_int(c->hdf, "Form.Version", p->version);
}

static int
admin_settings_form(struct ctx *c, int status, const struct policy *p,
    int use_typed)
{
	tmpl_set(c->hdf, "Page.Title", "School policy settings");
	admin_settings_hdf(c, p, use_typed);
	return app_render(c, status, "admin/settings.cs");
}

static int
admin_settings_get(struct ctx *c)
{
	struct policy p;
	enum db_status st;

	if ((st = policy_load(c->db, c->arena, c->actor->school_id, &p)) != DB_OK)
		return app_db_status(st);
	if (req_get(&c->req.query, "saved") != NULL)
		tmpl_set(c->hdf, "Form.Notice", "Settings saved.");
	return admin_settings_form(c, 200, &p, 0);
}

/* Parse every field of the form into p; errors name the fields. */
static void
admin_settings_parse(struct ctx *c, struct policy *p, struct valid_errors *e)
{
	long long version = 0;
	size_t i;

	for (i = 0; i < policy_nsettings; i++)
		policy_set(p, &policy_settings[i],
		    req_get(&c->req.form, policy_settings[i].column), e);
	if (e->n == 0)
		policy_check(p, e);
	if (valid_int(NULL, "version", req_get(&c->req.form, "version"), 1,
	    4294967295LL, &version) == -1)
		valid_add(e, "version", "The form is incomplete: reload the page");
	p->version = (long)version;
}

static int
admin_settings_conflict(struct ctx *c)
{
	struct policy now;
	enum db_status st;

	if ((st = policy_load(c->db, c->arena, c->actor->school_id, &now)) != DB_OK)
		return app_db_status(st);
	tmpl_set(c->hdf, "Form.Conflict", "1");
	app_audit(c, "/admin/settings", "refused", "changed by someone else");
	return admin_settings_form(c, 409, &now, 0);
}

static int
admin_settings_post(struct ctx *c)
{
	struct valid_errors e = { .n = 0 };
	struct policy p;
	enum policy_save r;
	enum db_status st;

	policy_defaults(&p);
	admin_settings_parse(c, &p, &e);
	if (e.n > 0) {
		app_form_errors(c, &e);
		return admin_settings_form(c, 400, &p, 1);
	}
	if ((st = db_begin(c->db)) != DB_OK)
		return app_db_status(st);
	r = policy_save(c->db, c->actor->school_id, &p, &st);
	if (r == POLICY_SAVE_DB)
		return app_db_status(st);
	if (r == POLICY_SAVE_CONFLICT) {
		db_rollback(c->db);
		return admin_settings_conflict(c);
	}
	app_audit(c, "/admin/settings", "ok", "policy settings saved");
	if ((st = db_commit(c->db)) != DB_OK)
		return app_db_status(st);
	return app_redirect(c, "admin/settings?saved=1");
}

static const struct app_route routes[] = {
	{ REQ_GET, "/admin", ACCESS_SCHOOL_ADMIN, admin_index },
	{ REQ_GET, "/admin/", ACCESS_SCHOOL_ADMIN, admin_index },
	{ REQ_GET, "/admin/settings", ACCESS_SCHOOL_POLICY, admin_settings_get },
	{ REQ_POST, "/admin/settings", ACCESS_SCHOOL_POLICY, admin_settings_post },
};

static const struct app_def def = {
	"admin", routes, sizeof(routes) / sizeof(routes[0])
};

int
main(int argc, char **argv)
{
	return app_main(&def, argc, argv);
}
