/*
 * admin: the school calendar. Closure days (bank holidays, school
 * holidays, closures) imported from CSV lines "date,kind,label" or
 * "from,to,kind,label", or from an iCalendar file as schools publish
 * term dates (lib/ics): all valid or nothing imported, the bad line named.
 * Weekends are never stored: they are never working days.
 */
#include <stdio.h>
#include <string.h>

#include "admin.h"
#include "calendar.h"
#include "ics.h"
#include "model/appraisal.h"

#define CALENDAR_IMPORT_MAX 1000

static const char *const closure_kinds[] = { "bank_holiday", "holiday",
	"closure", NULL };

struct closure_line {
	long		 from, to;
	const char	*kind, *label;
};

/* One CSV line: date,kind,label or from,to,kind,label (the label may not
 * contain a comma). 0, or -1 with *why set. */
static int
admin_closure_parse(char *line, struct closure_line *out, const char **why)
{
	char *f[5], *p = line;
	int n = 0;

	while (n < 5 && p != NULL) {
		f[n++] = p;
		if ((p = strchr(p, ',')) != NULL)
			*p++ = '\0';
	}
	*why = "expected date,kind,label or from,to,kind,label";
	if (n != 3 && n != 4)
		return -1;
	*why = "the date is not a real date as YYYY-MM-DD";
	if (calendar_parse(f[0], &out->from) == -1 ||
	    (n == 4 && calendar_parse(f[1], &out->to) == -1))
		return -1;
	if (n == 3)
		out->to = out->from;
	out->kind = f[n - 2];
	out->label = f[n - 1];
	*why = "the range ends before it starts or is longer than a year";
	if (out->to < out->from || out->to - out->from > 366)
		return -1;
	*why = "the kind must be bank_holiday, holiday or closure";
	if (valid_enum(NULL, "kind", out->kind, closure_kinds, NULL) == -1)
		return -1;
	*why = "the label is too long or not text";
	return valid_text(NULL, "label", out->label, 0, 100, 0, NULL);
}

/* The school's closed days, from the calendar the process keeps
 * (lib/model/school_conf: no statement while it holds the school's
 * version); weekends are never stored, so these are all of them. */
static int
admin_calendar_page(struct ctx *c, int status)
{
	char day[CALENDAR_ISO_SIZE];
	struct calendar cal;
	enum db_status st;

	if ((st = appraisal_calendar(c->db, c->arena, c->actor->school_id,
	    c->actor->school_config_version, &cal)) != DB_OK)
		return app_db_status(st);
	tmpl_set_int(c->hdf, "Calendar.Count", (long long)cal.nclosed);
	if (cal.nclosed > 0) {
		calendar_format(cal.closed[0], day, sizeof(day));
		tmpl_set(c->hdf, "Calendar.First", day);
		calendar_format(cal.closed[cal.nclosed - 1], day, sizeof(day));
		tmpl_set(c->hdf, "Calendar.Last", day);
	}
	tmpl_set(c->hdf, "Page.Title", "School calendar");
	return app_render(c, status, "admin/calendar.cs");
}

int
admin_calendar_get(struct ctx *c)
{
	const char *n = req_get(&c->req.query, "imported");

	if (n != NULL && strlen(n) < 8)
		tmpl_set(c->hdf, "Form.Notice", arena_printf(c->arena,
		    "%s closure days imported.", n));
	return admin_calendar_page(c, 200);
}

/* Insert one line's working days (weekends are never stored). */
static enum db_status
admin_closure_save(struct ctx *c, const struct closure_line *l, long *count)
{
	char iso[CALENDAR_ISO_SIZE];
	struct db_param p[4];
	enum db_status st;
	long d;

	for (d = l->from; d <= l->to; d++) {
		if (calendar_weekday(d) >= CALENDAR_SATURDAY)
			continue;
		calendar_format(d, iso, sizeof(iso));
		p[0] = DB_INT(c->actor->school_id);
		p[1] = DB_TEXT(iso);
		p[2] = DB_TEXT(l->kind);
		p[3] = DB_TEXT(l->label);
		if ((st = db_exec(c->db, SQL_CLOSURE_INSERT, p, 4, NULL)) != DB_OK)
			return st;
		(*count)++;
	}
	return DB_OK;
}

/* Every line's days in one transaction; audit, commit, show the count. */
static int
admin_calendar_save(struct ctx *c, const char *action,
    const struct closure_line *lines, size_t n)
{
	enum db_status st;
	long count = 0;
	size_t i;

	if ((st = db_begin(c->db)) != DB_OK)
		return app_db_status(st);
	for (i = 0; i < n; i++)
		if ((st = admin_closure_save(c, &lines[i], &count)) != DB_OK)
			return app_db_status(st);
	app_audit(c, action, "ok", arena_printf(c->arena,
	    "%ld closure days imported", count));
	if ((st = db_commit(c->db)) != DB_OK)
		return app_db_status(st);
	return app_redirect(c, arena_printf(c->arena,
	    "admin/calendar?imported=%ld", count));
}

int
admin_calendar_post(struct ctx *c)
{
	const char *csv = admin_import_text(c, "csv");
	struct closure_line lines[CALENDAR_IMPORT_MAX];
	struct valid_errors e = { .n = 0 };
	char *text, *line, *next;
	const char *why = NULL;
	const char *reason;
	size_t n = 0, lineno = 0;

	if (valid_text(&e, "csv", csv, 1, 200000, 1, "Paste the dates or "
	    "choose a file") == 0 && (text = arena_strdup(c->arena, csv)) != NULL) {
		for (line = text; line != NULL && e.n == 0; line = next) {
			lineno++;
			if ((next = strchr(line, '\n')) != NULL)
				*next++ = '\0';
			line[strcspn(line, "\r")] = '\0';
			if (*line == '\0' || *line == '#')
				continue;
			if (n == CALENDAR_IMPORT_MAX)
				why = "too many lines: import at most 1000 at once";
			else if (admin_closure_parse(line, &lines[n], &reason) == -1)
				why = reason;
			else
				n++;
			if (why != NULL)
				valid_add(&e, "csv", arena_printf(c->arena, "Line %zu: %s. "
				    "Nothing was imported.", lineno, why));
		}
	}
	if (e.n > 0) {
		app_form_errors(c, &e);
		tmpl_set(c->hdf, "Typed.csv", csv ? csv : "");
		return admin_calendar_page(c, 400);
	}
	return admin_calendar_save(c, "/admin/calendar", lines, n);
}


#define ICS_IMPORT_EVENTS 500

/* The events of the pasted file as closure lines, or errors. */
static size_t
admin_ics_parse(struct ctx *c, struct closure_line *lines, struct valid_errors *e)
{
	const char *ics = admin_import_text(c, "ics");
	const char *kind = req_get(&c->req.form, "kind");
	struct ics_event *ev;
	struct ics_error err;
	size_t n = 0, i;

	valid_enum(e, "kind", kind, closure_kinds, NULL);
	if (valid_text(e, "ics", ics, 1, 1000000, 1, "Paste the iCalendar "
	    "file or choose it") == -1)
		return 0;
	if ((ev = arena_alloc(c->arena, ICS_IMPORT_EVENTS * sizeof(*ev))) == NULL)
		return 0;
	if (ics_parse(ics, strlen(ics), ev, ICS_IMPORT_EVENTS, &n, &err) != ICS_OK) {
		valid_add(e, "ics", arena_printf(c->arena, "Line %zu: %s. "
		    "Nothing was imported.", err.line, err.message));
		return 0;
	}
	if (n == 0)
		valid_add(e, "ics", "The file has no events (VEVENT). Nothing "
		    "was imported.");
	for (i = 0; i < n; i++) {
		lines[i].from = ev[i].from;
		lines[i].to = ev[i].to;
		lines[i].kind = kind;
		lines[i].label = arena_strdup(c->arena, *ev[i].summary ?
		    ev[i].summary : "Imported from the school's calendar");
	}
	return n;
}

int
admin_calendar_ics(struct ctx *c)
{
	struct valid_errors e = { .n = 0 };
	struct closure_line *lines;
	size_t n;

	if ((lines = arena_alloc(c->arena, ICS_IMPORT_EVENTS *
	    sizeof(*lines))) == NULL)
		return 500;
	n = admin_ics_parse(c, lines, &e);
	if (e.n > 0) {
		app_form_errors(c, &e);
		tmpl_set(c->hdf, "Typed.ics", admin_import_text(c, "ics") ?
		    admin_import_text(c, "ics") : "");
		tmpl_set(c->hdf, "Typed.kind", admin_typed(c, "kind"));
		return admin_calendar_page(c, 400);
	}
	return admin_calendar_save(c, "/admin/calendar/ics", lines, n);
}
