/*
 * home: the dashboard.
 *
 *   GET /    who you are, your school and roles, and (as later parts of
 *            the product land) the appraisals you take part in
 */
#include "app.h"

static int
home_get(struct ctx *c)
{
	tmpl_set(c->hdf, "Page.Title", "Your dashboard");
	return app_render(c, 200, "home/dashboard.cs");
}

static const struct app_route routes[] = {
	{ REQ_GET, "/", ACCESS_STAFF, home_get },
};

static const struct app_def def = {
	"home", routes, sizeof(routes) / sizeof(routes[0])
};

int
main(int argc, char **argv)
{
	return app_main(&def, argc, argv);
}
