/*
 * Templates print nothing raw.
 *
 * test_no_raw_output reads every .cs file under templates/ and fails on
 * each ClearSilver command that can print a value unescaped (alt:, uvar:,
 * evar:, lvar:, name:, escape: "none"), on any command it does not know,
 * and on inline scripts, styles and event handlers; it names the file and
 * line of each. Config.VarEscapeMode=html covers var: only.
 *
 * test_render_escapes renders every template through lib/tmpl (the
 * product's own path: tmpl_new_hdf, layout.cs, Page.Template) with every
 * HDF name the templates use, each loop's child 0 included, holding
 * <b>x</b>, and fails if the page holds a raw <b> or an href, src or
 * action that does not start with the site prefix or '#'. Further passes
 * empty one condition's name at a time, or give it the literal it is
 * compared with, so that the branches behind if:, elif: and else are
 * rendered too.
 *
 * The templates are read from $APPRAISAL_TEST_TEMPLATES when it is set
 * (to check another tree), else from the source tree.
 */
#include <ctype.h>
#include <dirent.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "unit.h"

#include "buf.h"
#include "tmpl.h"

#ifndef TEST_TEMPLATES
#define TEST_TEMPLATES "templates"
#endif

#define HOSTILE		"<b>x</b>"
#define HOSTILE_NUM	"9<b>x</b>"	/* also true in if:X > 0 */
#define ESCAPED		"&lt;b&gt;x&lt;/b&gt;"
#define PREFIX		"/appraisal/"

/* ---- small growable lists ----------------------------------------------- */

/* Outside a test (while the suite is built): say why and stop. */
static void
die(const char *why)
{
	fprintf(stderr, "test_tmpl: %s\n", why);
	exit(EXIT_FAILURE);
}

struct list {
	char	**v;
	size_t	  n;
	size_t	  cap;
};

static void
list_add(struct list *l, const char *s)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		if (strcmp(l->v[i], s) == 0)
			return;
	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 64;
		if ((l->v = realloc(l->v, l->cap * sizeof(*l->v))) == NULL)
			die("out of memory");
	}
	if ((l->v[l->n] = strdup(s)) == NULL)
		die("out of memory");
	l->n++;
}

static int
list_has(const struct list *l, const char *s)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		if (strcmp(l->v[i], s) == 0)
			return 1;
	return 0;
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* ---- the templates --------------------------------------------------------- */

static const char *tdir;
static struct list files;	/* paths relative to tdir, sorted */
static struct list pages;	/* the same but layout.cs, which holds each */

static void
find_templates(const char *rel)
{
	char path[1024], sub[512];
	struct dirent *e;
	struct stat st;
	DIR *d;

	snprintf(path, sizeof(path), "%s/%s", tdir, rel);
	if ((d = opendir(path)) == NULL)
		die("cannot open the templates directory (set "
		    "APPRAISAL_TEST_TEMPLATES?)");
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.')
			continue;
		snprintf(sub, sizeof(sub), "%s%s%s", rel, *rel ? "/" : "",
		    e->d_name);
		snprintf(path, sizeof(path), "%s/%s", tdir, sub);
		if (stat(path, &st) == 0 && S_ISDIR(st.st_mode))
			find_templates(sub);
		else if (strlen(sub) > 3 &&
		    strcmp(sub + strlen(sub) - 3, ".cs") == 0)
			list_add(&files, sub);
	}
	closedir(d);
}

static char *
read_template(const char *rel)
{
	char path[1024], *text;
	size_t n;
	FILE *fp;

	snprintf(path, sizeof(path), "%s/%s", tdir, rel);
	if ((fp = fopen(path, "r")) == NULL)
		die("cannot open a template");
	if ((text = malloc(512 * 1024)) == NULL)
		die("out of memory");
	n = fread(text, 1, 512 * 1024 - 1, fp);
	fclose(fp);
	text[n] = '\0';
	return text;
}

static int
line_of(const char *text, const char *at)
{
	int line = 1;

	for (; text < at; text++)
		if (*text == '\n')
			line++;
	return line;
}

/* One <?cs ... ?> tag: its command word and the text after the ':'. */
struct tag {
	const char	*at;		/* the '<' */
	char		 cmd[32];
	char		 arg[1024];
	const char	*next;		/* just past the '?>' */
};

static int
tag_next(const char *p, struct tag *t)
{
	const char *s, *end;
	size_t n;

	if ((t->at = strstr(p, "<?cs")) == NULL)
		return 0;
	s = t->at + 4;
	if ((end = strstr(s, "?>")) == NULL)
		end = s + strlen(s);
	t->next = *end ? end + 2 : end;
	while (s < end && isspace((unsigned char)*s))
		s++;
	for (n = 0; s < end && n + 1 < sizeof(t->cmd) &&
	    (isalnum((unsigned char)*s) || *s == '_' || *s == '/' ||
	    *s == '#'); s++)
		t->cmd[n++] = *s;
	t->cmd[n] = '\0';
	while (s < end && isspace((unsigned char)*s))
		s++;
	if (s < end && *s == ':')
		s++;
	n = (size_t)(end - s) < sizeof(t->arg) - 1 ? (size_t)(end - s) :
	    sizeof(t->arg) - 1;
	memcpy(t->arg, s, n);
	t->arg[n] = '\0';
	return 1;
}

/* ---- test_no_raw_output -------------------------------------------------- */

/* Every command ClearSilver 0.10.5 knows (it reads them ignoring case);
 * why == NULL: it prints nothing or prints through the escaping of var:. */
static const struct {
	const char	*cmd;
	const char	*why;
} commands[] = {
	{ "var", NULL }, { "if", NULL }, { "elif", NULL }, { "elseif", NULL },
	{ "else", NULL }, { "each", NULL }, { "with", NULL }, { "loop", NULL },
	{ "include", NULL }, { "linclude", NULL }, { "def", NULL },
	{ "call", NULL }, { "set", NULL }, { "escape", NULL },
	{ "alt", "prints its value raw (Config.VarEscapeMode covers var: "
	    "only): write <?cs if:string.length(X) ?><?cs var:X ?>"
	    "<?cs else ?>fallback<?cs /if ?>" },
	{ "uvar", "prints its value raw: use var:" },
	{ "evar", "runs its value as template code and prints it raw" },
	{ "lvar", "runs its value as template code and prints it raw" },
	{ "name", "prints the HDF node's name raw" },
};

/* escape: may only switch to another escaping, named by a literal. */
static int
escape_ok(const char *arg)
{
	static const char *modes[] = {
		"\"html\"", "\"js\"", "\"url\"", "'html'", "'js'", "'url'"
	};
	char word[16];
	size_t i, n = 0;

	while (isspace((unsigned char)*arg))
		arg++;
	while (*arg && !isspace((unsigned char)*arg) && n + 1 < sizeof(word))
		word[n++] = *arg++;
	word[n] = '\0';
	for (i = 0; i < sizeof(modes) / sizeof(modes[0]); i++)
		if (strcmp(word, modes[i]) == 0)
			return 1;
	return 0;
}

static const char *
command_fault(const struct tag *t)
{
	size_t i;

	if (t->cmd[0] == '#' || t->cmd[0] == '/')	/* comment, end tag */
		return NULL;
	for (i = 0; i < sizeof(commands) / sizeof(commands[0]); i++) {
		if (strcasecmp(t->cmd, commands[i].cmd) != 0)
			continue;
		if (strcasecmp(t->cmd, "escape") == 0 && !escape_ok(t->arg))
			return "with \"none\" or a computed mode turns the "
			    "escaping of var: off";
		return commands[i].why;
	}
	return "is not a command this test knows: check in ClearSilver's "
	    "source whether it escapes before adding it to test_tmpl.c";
}

static void
fault(const char *rel, int line, const char *what, const char *why,
    int *count, char *first, size_t firstsz)
{
	fprintf(stderr, "templates/%s:%d: %s %s\n", rel, line, what, why);
	if (*count == 0)
		snprintf(first, firstsz, "templates/%s:%d: %s %s", rel, line,
		    what, why);
	(*count)++;
}

/* strstr, ignoring ASCII case */
static const char *
find_ci(const char *hay, const char *needle)
{
	size_t n = strlen(needle);

	for (; *hay; hay++)
		if (strncasecmp(hay, needle, n) == 0)
			return hay;
	return NULL;
}

/* Inline code: the CSP allows none, and var: escapes for HTML only. */
static void
lint_inline(const char *rel, const char *text, int *count, char *first,
    size_t firstsz)
{
	static const char *bad[] = { "<script", "<style", "style=",
	    "javascript:" };
	const char *p;
	size_t i;

	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		for (p = find_ci(text, bad[i]); p != NULL;
		    p = find_ci(p + 1, bad[i]))
			fault(rel, line_of(text, p), bad[i],
			    "is inline code or style, which the CSP forbids and "
			    "var: does not escape for", count, first, firstsz);
	for (p = text; (p = find_ci(p, "on")) != NULL; p++) {
		const char *q = p + 2;

		if (p == text || !isspace((unsigned char)p[-1]))
			continue;
		while (isalpha((unsigned char)*q))
			q++;
		if (q > p + 2 && *q == '=')
			fault(rel, line_of(text, p), "an on...= attribute",
			    "is an inline event handler, which the CSP forbids",
			    count, first, firstsz);
	}
}

START_TEST(test_no_raw_output)
{
	const char *rel = files.v[_i], *p, *why;
	char *text = read_template(rel), first[512] = "";
	struct tag t;
	int count = 0;

	for (p = text; tag_next(p, &t); p = t.next) {
		char what[64];

		if ((why = command_fault(&t)) == NULL)
			continue;
		snprintf(what, sizeof(what), "<?cs %s: ?>", t.cmd);
		fault(rel, line_of(text, t.at), what, why, &count, first,
		    sizeof(first));
	}
	lint_inline(rel, text, &count, first, sizeof(first));
	free(text);
	ck_assert_msg(count == 0, "%d raw output construct(s) in templates/%s "
	    "(all listed on stderr); the first: %s", count, rel, first);
}
END_TEST

/* ---- the names the templates use ------------------------------------------ */

struct alias {
	char	name[64];
	char	target[256];
};

struct scan {
	struct alias	 alias[64];	/* each:/with:/loop: variables so far */
	size_t		 nalias;
	struct list	*names;		/* every name, resolved */
	struct list	*conds;		/* names in if:/elif: */
	struct list	*pairs;		/* "name=literal" from comparisons */
	struct list	*indexed;	/* A of A[x] */
};

/* g.Manager, with g the variable of each:g = Requests: Requests.0.Manager */
static void
resolve(const struct scan *sc, const char *name, char *out, size_t outsz)
{
	size_t i, len = strcspn(name, ".");

	for (i = sc->nalias; i-- > 0;)
		if (strlen(sc->alias[i].name) == len &&
		    strncmp(sc->alias[i].name, name, len) == 0) {
			snprintf(out, outsz, "%s%s", sc->alias[i].target,
			    name + len);
			return;
		}
	snprintf(out, outsz, "%s", name);
}

static const char *
read_literal(const char *p, char *lit, size_t litsz)
{
	char q = *p++;
	size_t n = 0;

	while (*p && *p != q) {
		if (n + 1 < litsz)
			lit[n++] = *p;
		p++;
	}
	lit[n] = '\0';
	return *p ? p + 1 : p;
}

/* After a name: == "lit", != 3, > #20 ... gives the values to try. */
static void
scan_comparison(struct scan *sc, const char *name, const char *p)
{
	char lit[128], pair[700];
	long n;

	while (isspace((unsigned char)*p))
		p++;
	if (!strchr("=!<>", *p) || *p == '\0')
		return;
	while (*p && strchr("=!<>", *p))
		p++;
	while (isspace((unsigned char)*p))
		p++;
	if (*p == '"' || *p == '\'') {
		read_literal(p, lit, sizeof(lit));
		snprintf(pair, sizeof(pair), "%s=%s", name, lit);
		list_add(sc->pairs, pair);
	} else if (*p == '#' || isdigit((unsigned char)*p)) {
		/* ClearSilver reads "21<b>x</b>" as 21 in a comparison */
		n = strtol(p + (*p == '#'), NULL, 10);
		snprintf(pair, sizeof(pair), "%s=%ld" HOSTILE, name, n);
		list_add(sc->pairs, pair);
		snprintf(pair, sizeof(pair), "%s=%ld" HOSTILE, name, n + 1);
		list_add(sc->pairs, pair);
	}
}

/* Every name in an expression; functions (a name before '(') are not. */
static void
scan_expr(struct scan *sc, const char *p, int cond)
{
	char name[256], full[512], lit[128];
	const char *q;
	size_t n;

	while (*p) {
		if (*p == '"' || *p == '\'') {
			p = read_literal(p, lit, sizeof(lit));
			continue;
		}
		if (*p == '#' || isdigit((unsigned char)*p)) {
			for (p++; isalnum((unsigned char)*p) || *p == '.'; p++)
				;
			continue;
		}
		if (!isalpha((unsigned char)*p) && *p != '_') {
			p++;
			continue;
		}
		for (n = 0; isalnum((unsigned char)*p) || *p == '_' ||
		    *p == '.'; p++)
			if (n + 1 < sizeof(name))
				name[n++] = *p;
		name[n] = '\0';
		for (q = p; isspace((unsigned char)*q); q++)
			;
		if (*q == '(')		/* a function */
			continue;
		resolve(sc, name, full, sizeof(full));
		list_add(sc->names, full);
		if (*p == '[')
			list_add(sc->indexed, full);
		if (cond)
			list_add(sc->conds, full);
		scan_comparison(sc, full, p);
	}
}

/* each:x = A (x is A.0), with:x = A (x is A), loop:x = 1, 3 (a number) */
static void
scan_alias(struct scan *sc, const struct tag *t)
{
	char var[64], src[256], full[250];
	struct alias *a;

	if (sscanf(t->arg, " %63[A-Za-z0-9_] = %255[A-Za-z0-9_.]", var,
	    src) != 2 || sc->nalias == sizeof(sc->alias) / sizeof(sc->alias[0]))
		return;
	a = &sc->alias[sc->nalias++];
	snprintf(a->name, sizeof(a->name), "%s", var);
	if (strcasecmp(t->cmd, "loop") == 0)
		snprintf(a->target, sizeof(a->target), "Loop.%s", var);
	else {
		resolve(sc, src, full, sizeof(full));
		snprintf(a->target, sizeof(a->target), "%s%s", full,
		    strcasecmp(t->cmd, "each") == 0 ? ".0" : "");
	}
}

static void
scan_file(struct scan *sc, const char *text)
{
	const char *p, *eq;
	struct tag t;

	sc->nalias = 0;
	for (p = text; tag_next(p, &t); p = t.next) {
		if (t.cmd[0] == '#' || t.cmd[0] == '/' ||
		    strcasecmp(t.cmd, "include") == 0 ||
		    strcasecmp(t.cmd, "linclude") == 0)
			continue;
		if (strcasecmp(t.cmd, "each") == 0 || strcasecmp(t.cmd, "with") == 0 ||
		    strcasecmp(t.cmd, "loop") == 0) {
			scan_alias(sc, &t);
			continue;
		}
		eq = strcasecmp(t.cmd, "set") == 0 ? strchr(t.arg, '=') : NULL;
		scan_expr(sc, eq ? eq + 1 : t.arg, strcasecmp(t.cmd, "if") == 0 ||
		    strcasecmp(t.cmd, "elif") == 0 || strcasecmp(t.cmd, "elseif") == 0);
	}
}

/* ---- test_render_escapes ------------------------------------------------- */

static struct list names, conds, pairs, indexed;

/* Values the program builds as URLs (they start with the site prefix);
 * the handlers never put anything else at the start of an href. */
static const struct {
	const char *name, *value;
} urls[] = {
	{ "Site.Prefix", PREFIX },
	{ "Site.Static", PREFIX "static/" },
	{ "List.Prev", PREFIX "admin/staff?q=%3Cb%3E&before=12" },
	{ "List.Next", PREFIX "admin/staff?q=%3Cb%3E&after=61" },
	{ "List.Start", PREFIX "admin/staff?q=%3Cb%3E" },
	{ "Overdue.Prev", PREFIX "overdue?before=2026-11-20.12" },
	{ "Overdue.Next", PREFIX "overdue?after=2026-11-27.61" },
	{ "Overdue.Start", PREFIX "overdue" },
};

static const char *
url_value(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof(urls) / sizeof(urls[0]); i++)
		if (strcmp(urls[i].name, name) == 0)
			return urls[i].value;
	return NULL;
}

static int
fillable(const char *name)
{
	return strncmp(name, "Config.", 7) != 0 &&
	    strncmp(name, "hdf.", 4) != 0 && strcmp(name, "Page.Template") != 0;
}

/*
 * One pass: every name holds value; the names tested by if:/elif: hold
 * cond (when not NULL); name "only" holds "with" (when not NULL).
 */
struct pass {
	const char	*value;
	const char	*cond;
	const char	*only;
	const char	*with;
};

static const char *
pass_name(const struct pass *ps)
{
	static char s[700];

	snprintf(s, sizeof(s), "all=\"%s\"%s%s%s%s%s%s", ps->value,
	    ps->cond ? ", conditions=\"" : "", ps->cond ? ps->cond : "",
	    ps->cond ? "\"" : "", ps->only ? ", " : "",
	    ps->only ? ps->only : "", ps->only ? "=" : "");
	if (ps->only)
		snprintf(s + strlen(s), sizeof(s) - strlen(s), "\"%s\"",
		    ps->with);
	return s;
}

static HDF *
fill(const struct pass *ps)
{
	const char *v;
	HDF *hdf;
	size_t i;

	ck_assert_int_eq(tmpl_new_hdf(&hdf, tdir), 0);
	for (i = 0; i < names.n; i++) {
		if (!fillable(names.v[i]))
			continue;
		if ((v = url_value(names.v[i])) == NULL) {
			v = ps->value;
			if (ps->cond && list_has(&conds, names.v[i]))
				v = ps->cond;
			if (ps->only && strcmp(ps->only, names.v[i]) == 0)
				v = ps->with;
		}
		ck_assert_int_eq(tmpl_set(hdf, names.v[i], v), 0);
	}
	/* Form.Error[s.Column], with s.Column holding the value too */
	for (i = 0; i < indexed.n; i++)
		ck_assert_int_eq(tmpl_setf(hdf, ps->value, "%s.%s",
		    indexed.v[i], ps->value), 0);
	for (i = 0; i < sizeof(urls) / sizeof(urls[0]); i++)
		ck_assert_int_eq(tmpl_set(hdf, urls[i].name, urls[i].value), 0);
	return hdf;
}

/* Every href="", src="", action="" starts with the prefix or '#'. */
static const char *
bad_url(const char *page)
{
	static const char *attrs[] = { " href=\"", " src=\"", " action=\"",
	    " formaction=\"" };
	const char *p, *v;
	size_t i;

	for (i = 0; i < sizeof(attrs) / sizeof(attrs[0]); i++)
		for (p = strstr(page, attrs[i]); p != NULL;
		    p = strstr(p + 1, attrs[i])) {
			v = p + strlen(attrs[i]);
			if (*v != '#' && strncmp(v, PREFIX, strlen(PREFIX)) != 0)
				return p;
		}
	return NULL;
}

static void
render_pass(const char *rel, const struct pass *ps)
{
	HDF *hdf = fill(ps);
	const char *raw, *url;
	struct buf out;

	buf_init(&out, 4 * 1024 * 1024);
	ck_assert_msg(tmpl_render(hdf, rel, &out) == 0,
	    "templates/%s does not render (pass %s)", rel, pass_name(ps));
	raw = strstr(out.p, "<b>");
	ck_assert_msg(raw == NULL, "templates/%s prints a raw <b> (pass %s), "
	    "here: ...%.80s", rel, pass_name(ps),
	    raw && raw - out.p > 60 ? raw - 60 : out.p);
	url = bad_url(out.p);
	ck_assert_msg(url == NULL, "templates/%s puts a value the program "
	    "did not build at the start of a URL attribute (pass %s): %.80s",
	    rel, pass_name(ps), url);
	if (ps->cond == NULL && ps->only == NULL)
		ck_assert_msg(strstr(out.p, ESCAPED) != NULL, "templates/%s "
		    "shows none of the values (pass %s)", rel, pass_name(ps));
	buf_free(&out);
	hdf_destroy(&hdf);
}

/* Each condition alone made false, or given what it is compared with. */
static void
render_branches(const char *rel, const char *cond)
{
	struct pass ps = { HOSTILE_NUM, cond, NULL, NULL };
	char name[512];
	size_t i;

	for (i = 0; i < conds.n; i++) {
		if (!fillable(conds.v[i]) || url_value(conds.v[i]) != NULL)
			continue;
		ps.only = conds.v[i];
		ps.with = cond ? HOSTILE_NUM : "";
		render_pass(rel, &ps);
	}
	for (i = 0; i < pairs.n; i++) {
		const char *eq = strchr(pairs.v[i], '=');

		snprintf(name, sizeof(name), "%.*s", (int)(eq - pairs.v[i]),
		    pairs.v[i]);
		if (!fillable(name) || url_value(name) != NULL)
			continue;
		ps.only = name;
		ps.with = eq + 1;
		render_pass(rel, &ps);
	}
}

START_TEST(test_render_escapes)
{
	const char *rel = pages.v[_i];
	const struct pass all[] = {
		{ HOSTILE, NULL, NULL, NULL },
		{ HOSTILE_NUM, NULL, NULL, NULL },
		{ HOSTILE_NUM, "", NULL, NULL },	/* every else branch */
	};
	size_t i;

	for (i = 0; i < sizeof(all) / sizeof(all[0]); i++)
		render_pass(rel, &all[i]);
	render_branches(rel, NULL);	/* the others true */
	render_branches(rel, "");	/* the others false: elif chains */
}
END_TEST

/* A page's parse is kept per process: the second render, with another
 * request's data, shows that data and nothing of the first. */
static void
render_site(const char *site, const char *page, struct buf *out)
{
	HDF *hdf;

	ck_assert_int_eq(tmpl_new_hdf(&hdf, tdir), 0);
	ck_assert_int_eq(tmpl_set(hdf, "Site.Prefix", PREFIX), 0);
	ck_assert_int_eq(tmpl_set(hdf, "Site.Name", site), 0);
	buf_reset(out);
	ck_assert_int_eq(tmpl_render(hdf, page, out), 0);
	hdf_destroy(&hdf);
}

START_TEST(test_kept_parse_takes_each_requests_data)
{
	struct buf out;

	buf_init(&out, 4 * 1024 * 1024);
	render_site("First Academy", pages.v[0], &out);
	ck_assert_ptr_nonnull(strstr(out.p, "First Academy"));
	render_site("Second <School>", pages.v[0], &out);
	ck_assert_ptr_nonnull(strstr(out.p, "Second &lt;School&gt;"));
	ck_assert_ptr_null(strstr(out.p, "First Academy"));
	render_site("Third School", pages.v[pages.n - 1], &out);
	ck_assert_ptr_nonnull(strstr(out.p, "Third School"));
	render_site("Fourth School", pages.v[0], &out);
	ck_assert_ptr_nonnull(strstr(out.p, "Fourth School"));
	ck_assert_ptr_null(strstr(out.p, "Second"));
	buf_free(&out);
}
END_TEST

/* ---- the suite ------------------------------------------------------------- */

static void
load_templates(void)
{
	struct scan sc = { .names = &names, .conds = &conds, .pairs = &pairs,
	    .indexed = &indexed };
	char *text;
	size_t i;

	if ((tdir = getenv("APPRAISAL_TEST_TEMPLATES")) == NULL)
		tdir = TEST_TEMPLATES;
	find_templates("");
	if (files.n == 0) {
		fprintf(stderr, "test_tmpl: no templates in %s\n", tdir);
		exit(EXIT_FAILURE);
	}
	qsort(files.v, files.n, sizeof(*files.v), cmp_str);
	for (i = 0; i < files.n; i++) {
		if (strcmp(files.v[i], "layout.cs") != 0)
			list_add(&pages, files.v[i]);
		text = read_template(files.v[i]);
		scan_file(&sc, text);
		free(text);
	}
}

static Suite *
suite(void)
{
	Suite *s = suite_create("tmpl");
	TCase *raw = tcase_create("raw");
	TCase *render = tcase_create("render");

	load_templates();
	tcase_add_loop_test(raw, test_no_raw_output, 0, (int)files.n);
	tcase_add_loop_test(render, test_render_escapes, 0, (int)pages.n);
	tcase_add_test(render, test_kept_parse_takes_each_requests_data);
	tcase_set_timeout(render, 60);
	suite_add_tcase(s, raw);
	suite_add_tcase(s, render);
	return s;
}

UNIT_MAIN(suite)
