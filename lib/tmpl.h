/*
 * tmpl: pages rendered with ClearSilver.
 *
 * Contract:
 * - tmpl_new_hdf() makes the data tree of one request with
 *   Config.VarEscapeMode = html set before any template is loaded, so every
 *   <?cs var: ?> is HTML-escaped (quotes included). Nothing may switch it
 *   off; a template that needs a URL uses <?cs var:url_escape(x) ?>
 *   through values validated by the handler. The mode covers var: only:
 *   alt:, uvar:, evar:, lvar:, name: and escape: "none" print raw, and
 *   tests/unit/test_tmpl fails on any of them in templates/.
 * - tmpl_render() loads templates/layout.cs, which includes the page's
 *   own template named by Page.Template (e.g. "home/dashboard.cs"), and
 *   appends the output to out. The parse of each page is kept by the
 *   process and rendered with each request's own data tree. On any
 *   ClearSilver error it logs the error and returns -1 (out may hold a
 *   partial page: the caller discards it; the parse is dropped).
 * - tmpl_set*() set values; they return -1 only when out of memory.
 */
#ifndef APPRAISAL_TMPL_H
#define APPRAISAL_TMPL_H

#include <ClearSilver.h>

struct buf;

int	tmpl_new_hdf(HDF **hdf, const char *templates_dir);
int	tmpl_render(HDF *hdf, const char *page, struct buf *out);
int	tmpl_set(HDF *hdf, const char *name, const char *value);
int	tmpl_set_int(HDF *hdf, const char *name, long long value);
int	tmpl_setf(HDF *hdf, const char *value, const char *namefmt, ...)
	    __attribute__((format(printf, 3, 4)));

#endif
