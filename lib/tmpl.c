#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "buf.h"
#include "tmpl.h"

static int
tmpl_err(NEOERR *err, const char *what)
{
	STRING s;

	if (err == STATUS_OK)
		return 0;
	string_init(&s);
	nerr_error_string(err, &s);
	fprintf(stderr, "appraisal: tmpl: %s: %s\n", what, s.buf ? s.buf : "?");
	string_clear(&s);
	nerr_ignore(&err);
	return -1;
}

int
tmpl_new_hdf(HDF **hdf, const char *dir)
{
	*hdf = NULL;
	if (tmpl_err(hdf_init(hdf), "hdf_init") == -1)
		return -1;
	if (tmpl_err(hdf_set_value(*hdf, "Config.VarEscapeMode", "html"),
	    "escape mode") == -1 ||
	    tmpl_err(hdf_set_value(*hdf, "hdf.loadpaths.0", dir), "loadpath") == -1) {
		hdf_destroy(hdf);
		return -1;
	}
	return 0;
}

static NEOERR *
tmpl_out(void *ctx, char *s)
{
	if (buf_puts(ctx, s) == -1)
		return nerr_raise(NERR_NOMEM, "page too large");
	return STATUS_OK;
}

static NEOERR *
tmpl_url_escape(const char *in, char **out)
{
	return neos_url_escape(in, out, NULL);
}

int
tmpl_render(HDF *hdf, const char *page, struct buf *out)
{
	CSPARSE *cs = NULL;
	int rc;

	if (tmpl_set(hdf, "Page.Template", page) == -1)
		return -1;
	if (tmpl_err(cs_init(&cs, hdf), "cs_init") == -1)
		return -1;
	rc = tmpl_err(cs_register_strfunc(cs, "url_escape", tmpl_url_escape),
	    "strfuncs");
	if (rc == 0)
		rc = tmpl_err(cs_parse_file(cs, "layout.cs"), page);
	if (rc == 0)
		rc = tmpl_err(cs_render(cs, out, tmpl_out), page);
	cs_destroy(&cs);
	return rc;
}

int
tmpl_set(HDF *hdf, const char *name, const char *value)
{
	return tmpl_err(hdf_set_value(hdf, name, value ? value : ""), name);
}

int
tmpl_set_int(HDF *hdf, const char *name, long long value)
{
	char num[32];

	snprintf(num, sizeof(num), "%lld", value);
	return tmpl_set(hdf, name, num);
}

int
tmpl_setf(HDF *hdf, const char *value, const char *fmt, ...)
{
	char name[256];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(name, sizeof(name), fmt, ap);
	va_end(ap);
	if (n < 0 || (size_t)n >= sizeof(name))
		return -1;
	return tmpl_set(hdf, name, value);
}
