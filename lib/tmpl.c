#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
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

/*
 * Templates are read from disk once per process and kept: a page render
 * then costs no file system calls. A process picks up changed templates
 * when it is replaced (Apache graceful restart, or after
 * FcgidMaxRequestsPerProcess requests).
 */
#define TMPL_CACHE_MAX	64
#define TMPL_FILE_MAX	(256 * 1024)

static struct tmpl_file {
	char	*name;
	char	*text;
	size_t	 len;
} tmpl_cache[TMPL_CACHE_MAX];
static size_t tmpl_ncache;

static int
tmpl_name_ok(const char *name)
{
	const char *p;

	if (name[0] == '\0' || name[0] == '/' || strlen(name) > 200)
		return 0;
	for (p = name; *p != '\0'; p++)
		if (!(*p == '/' || *p == '_' || *p == '-' || *p == '.' ||
		    (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9')))
			return 0;
	return strstr(name, "..") == NULL;
}

static NEOERR *
tmpl_read(const char *dir, const char *name, struct tmpl_file *f)
{
	char path[1024];
	FILE *fp;
	char *p;
	size_t n;
	int len;

	len = snprintf(path, sizeof(path), "%s/%s", dir, name);
	if (len < 0 || (size_t)len >= sizeof(path))
		return nerr_raise(NERR_ASSERT, "template path too long: %s", name);
	if ((fp = fopen(path, "r")) == NULL)
		return nerr_raise(NERR_NOT_FOUND, "template %s: %s", path,
		    strerror(errno));
	f->text = malloc(TMPL_FILE_MAX + 1);
	f->name = strdup(name);
	if (f->text == NULL || f->name == NULL) {
		fclose(fp);
		free(f->text);
		free(f->name);
		return nerr_raise(NERR_NOMEM, "template %s", name);
	}
	n = fread(f->text, 1, TMPL_FILE_MAX + 1, fp);
	if (ferror(fp) || n > TMPL_FILE_MAX) {
		fclose(fp);
		free(f->text);
		free(f->name);
		return nerr_raise(NERR_IO, "template %s unreadable or too large",
		    path);
	}
	fclose(fp);
	f->text[n] = '\0';
	f->len = n;
	if ((p = realloc(f->text, n + 1)) != NULL)	/* give back the rest */
		f->text = p;
	return STATUS_OK;
}

/* CSFILELOAD: a malloc'd copy of the named template, which the parser owns. */
static NEOERR *
tmpl_fileload(void *ctx, HDF *hdf, const char *name, char **contents)
{
	const char *dir = ctx;
	struct tmpl_file *f = NULL;
	NEOERR *err;
	size_t i;

	(void)hdf;
	if (!tmpl_name_ok(name))
		return nerr_raise(NERR_ASSERT, "bad template name: %s", name);
	for (i = 0; i < tmpl_ncache; i++)
		if (strcmp(tmpl_cache[i].name, name) == 0) {
			f = &tmpl_cache[i];
			break;
		}
	if (f == NULL) {
		if (tmpl_ncache == TMPL_CACHE_MAX)
			return nerr_raise(NERR_ASSERT, "too many templates");
		f = &tmpl_cache[tmpl_ncache];
		if ((err = tmpl_read(dir, name, f)) != STATUS_OK)
			return nerr_pass(err);
		tmpl_ncache++;
	}
	if ((*contents = malloc(f->len + 1)) == NULL)
		return nerr_raise(NERR_NOMEM, "template %s", name);
	memcpy(*contents, f->text, f->len + 1);
	return STATUS_OK;
}

/*
 * Parsed pages are kept too, one per page template: parsing layout.cs and
 * the page costs more than rendering it. What the parse takes from the
 * data tree is the same for every request (Config.VarEscapeMode, the load
 * path, and Page.Template, the key), so a kept parse is rendered with the
 * request's own tree; a render that fails drops the parse, since its
 * state may be left midway.
 */
#define TMPL_PARSED_MAX	64

static struct tmpl_parsed {
	char	*page;
	CSPARSE	*cs;
} tmpl_parsed[TMPL_PARSED_MAX];
static size_t tmpl_nparsed;

static CSPARSE *
tmpl_parse(HDF *hdf, const char *page)
{
	CSPARSE *cs = NULL;
	const char *dir;
	int rc;

	if (tmpl_err(cs_init(&cs, hdf), "cs_init") == -1)
		return NULL;
	if ((dir = hdf_get_value(hdf, "hdf.loadpaths.0", NULL)) == NULL) {
		cs_destroy(&cs);
		return NULL;
	}
	cs_register_fileload(cs, (void *)dir, tmpl_fileload);
	rc = tmpl_err(cs_register_strfunc(cs, "url_escape", tmpl_url_escape),
	    "strfuncs");
	if (rc == 0)
		rc = tmpl_err(cs_parse_file(cs, "layout.cs"), page);
	if (rc != 0)
		cs_destroy(&cs);
	return cs;
}

int
tmpl_render(HDF *hdf, const char *page, struct buf *out)
{
	struct tmpl_parsed *p = NULL;
	CSPARSE *cs;
	size_t i;
	int rc;

	if (tmpl_set(hdf, "Page.Template", page) == -1)
		return -1;
	for (i = 0; i < tmpl_nparsed; i++)
		if (strcmp(tmpl_parsed[i].page, page) == 0) {
			p = &tmpl_parsed[i];
			break;
		}
	if (p == NULL && tmpl_nparsed < TMPL_PARSED_MAX &&
	    (tmpl_parsed[tmpl_nparsed].page = strdup(page)) != NULL)
		p = &tmpl_parsed[tmpl_nparsed++];
	if (p != NULL && p->cs != NULL)
		cs = p->cs;
	else if ((cs = tmpl_parse(hdf, page)) == NULL)
		return -1;
	cs->hdf = hdf;		/* this request's data */
	rc = tmpl_err(cs_render(cs, out, tmpl_out), page);
	cs->hdf = NULL;
	if (rc == 0 && p != NULL)
		p->cs = cs;
	else {
		if (p != NULL)
			p->cs = NULL;
		cs_destroy(&cs);
	}
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
