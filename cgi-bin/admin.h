/*
 * admin: the parts of the admin program (setting up the school's year),
 * one file per page, and what they share: pagination with a name filter,
 * the school's staff by user name for imports, and CSV lines.
 */
#ifndef APPRAISAL_ADMIN_H
#define APPRAISAL_ADMIN_H

#include "app.h"
#include "csv.h"

/* Pasted imports: at most this many lines. The request's own caps
 * (Site.MaxFieldBytes, Site.MaxBodyBytes) refuse a larger body with 413
 * before any handler runs. */
#define ADMIN_IMPORT_LINES	5000
#define ADMIN_CSV_FIELDS	24
#define ADMIN_PER_PAGE		50

/* ---- pages (routes in admin.c) ---- */
int	admin_reviewers_get(struct ctx *);
int	admin_reviewers_post(struct ctx *);
int	admin_reviewers_import(struct ctx *);
int	admin_calendar_get(struct ctx *);
int	admin_calendar_post(struct ctx *);
int	admin_calendar_ics(struct ctx *);
int	admin_cycles_get(struct ctx *);
int	admin_cycles_post(struct ctx *);
int	admin_cycle_get(struct ctx *);
int	admin_cycle_post(struct ctx *);
int	admin_staff_get(struct ctx *);
int	admin_staff_one_get(struct ctx *);
int	admin_staff_one_post(struct ctx *);
int	admin_staff_import_get(struct ctx *);
int	admin_staff_import(struct ctx *);
int	admin_change_get(struct ctx *);
int	admin_change_post(struct ctx *);
int	admin_requests_get(struct ctx *);
int	admin_request_get(struct ctx *);
int	admin_request_post(struct ctx *);

/* ---- a list a page at a time, filtered by name (admin.c) ---- */
/*
 * The school-wide lists (lib/sql.c, "the school-wide lists") show
 * ADMIN_PER_PAGE people in name order: those after the person whose id a
 * "next" link carries, or before the one a "previous" link carries
 * (keyset pagination: a page reads what it shows, never OFFSET). Their
 * statements return up to ADMIN_PER_PAGE + 1 people in name order.
 */
#define ADMIN_LIST_PARAMS	64	/* enough for any list statement */

struct admin_page {
	const char	*q;		/* the filter as typed ("" for none) */
	const char	*prefix;	/* q% for LIKE, wildcards escaped */
	long long	 after;		/* the page starts after this person */
	long long	 before;	/* or ends before this one (0: neither) */
	int		 unassigned;	/* only people without a reviewer */
	int		 assigning;	/* the reviewers page (which can show
					 * only those without a reviewer) */
	long long	 total;		/* people in the list; -1 not known */
	size_t		 first, n;	/* the rows shown, of those returned */
	long long	 first_id, last_id;
	const char	*first_name, *last_name;
	int		 more_before, more_after;
};

/* Read q, after, before and unassigned from the query string (or, for a
 * POST, the form). */
void	admin_page_parse(struct ctx *, struct admin_page *);
/* Which list statement: everyone, those without a reviewer (when
 * assigning), or those matching the filter. */
enum admin_list { ADMIN_LIST_EVERYONE, ADMIN_LIST_UNASSIGNED,
	ADMIN_LIST_FILTERED };
enum admin_list admin_page_list(const struct admin_page *);
/* Parameters in statement order, appended at p[*n]: the current cycles
 * (LIST_CUR), and the page's people (LIST_EVERYONE, LIST_UNASSIGNED or
 * LIST_FILTERED as admin_page_list says, after pg->after or, for the
 * _BACK statement, before pg->before; the filter with the choice of only
 * those without a reviewer when pg->assigning). */
void	admin_list_cur(struct ctx *, const char *today, struct db_param *p,
	    size_t *n);
void	admin_page_params(struct ctx *, const struct admin_page *,
	    const char *today, struct db_param *p, size_t *n);
/* From the people returned (staff id and name in columns id_col and
 * name_col): which rows the page shows (pg->first, pg->n) and whether
 * there are more either side. */
void	admin_page_rows(struct admin_page *, const struct db_result *,
	    size_t id_col, size_t name_col);
/* After a GET whose link carried a person but that shows nobody (they
 * left the list): the list's first page (path and filter), else NULL. */
const char *admin_page_gone(struct ctx *, const struct admin_page *,
	    const char *path);
/* List.* in the HDF: the filter, the count, previous/next links under
 * base. */
void	admin_page_hdf(struct ctx *, const struct admin_page *, const char *base);

/* ---- the school's staff by user name (admin.c) ---- */
struct admin_person {
	long long	 id;
	const char	*login, *name;
	unsigned int	 roles;
};

struct admin_roster {
	struct admin_person	*v;	/* sorted by login, case-insensitively */
	size_t			 n;
};

enum db_status	admin_roster_load(struct ctx *, struct admin_roster *);
const struct admin_person *admin_roster_find(const struct admin_roster *,
		    const char *login);

/* ---- choosing a member of staff (admin.c) ---- */
#define ADMIN_CHOICES_MAX	200

/*
 * Reviewers.N.Id/Name/Login in the HDF for a list to choose from, or, in a
 * school of more than ADMIN_CHOICES_MAX people, Reviewers.Typed = 1: the
 * page asks for a user name instead (one query either way).
 */
enum db_status	admin_staff_choices(struct ctx *);
/* The same from rows (id, name, user name) read with a page's statement,
 * and the count of people listed. */
void	admin_choices_hdf(struct ctx *, const struct db_result *,
	    long long listed);
/*
 * The member of staff of the actor's school a form field names, by id
 * (from a list) or by user name (typed): the row of SQL_STAFF_IN_SCHOOL
 * in *r (one row), or r->nrows == 0 when there is nobody.
 */
enum db_status	admin_staff_named(struct ctx *, const char *value,
		    struct db_result *r);

/* ---- pasted CSV (admin.c) ---- */
struct admin_lines {
	char	**text;			/* lines with content, in order */
	size_t	 *number;		/* their line numbers, from 1 */
	size_t	  n;
};

/*
 * Split the form field into lines (LF or CRLF), leaving out blank lines
 * and lines starting with '#'. -1 (and an error on field) when the field
 * is missing, not text, or has more than ADMIN_IMPORT_LINES lines.
 */
int	admin_lines(struct ctx *, const char *field, const char *missing,
	    struct admin_lines *, struct valid_errors *);
/* Add "Line N: message" for an import; at most VALID_ERRORS_MAX kept. */
void	admin_line_error(struct ctx *, struct valid_errors *, const char *field,
	    size_t line, const char *message);
/* After a refused import: the errors, what was typed, a summary. */
void	admin_import_refused(struct ctx *, const struct valid_errors *,
	    const char *field);

/*
 * The text of an import: the file chosen in field_file (a multipart
 * upload) when there is one, else what was pasted in field; a leading
 * UTF-8 byte order mark is dropped. NULL when neither was sent.
 */
const char *admin_import_text(struct ctx *, const char *field);

/* Typed value, or "" (for keeping a form as typed). */
const char *admin_typed(struct ctx *, const char *field);

#endif
