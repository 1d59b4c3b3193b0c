/*
 * review-report: what review-report.c (the page, the reviewee's comment)
 * and review-assess.c (the reviewer's steps) share.
 */
#ifndef APPRAISAL_REVIEW_REPORT_H
#define APPRAISAL_REVIEW_REPORT_H

#include "review.h"

#define RV_REPORT_PARTS 8

/* One version of the report (SQL_REPORT_ROW); found 0 when none. */
struct rv_report {
	int		 found, issued, commented, pay_eligible;
	long long	 id, number, statement_id, version;
	const char	*reason, *absence, *framework, *stage;
	const char	*standards_comment, *scale, *rating, *rating_label;
	const char	*training, *aspirations, *pay;
	const char	*issued_at, *issued_day, *issued_by;
	const char	*comment, *comment_at, *created_by;
};

/* Version `number` (0: the newest); drafts only when drafts is 1. */
enum db_status	rv_report_load(struct ctx *, struct rv *, long long number,
		    int drafts, struct rv_report *);
/* The page's parts (SQL_REPORT_PARTS) for version rep of the report
 * (rep->found 0: the first draft, of the latest signed statement): 0 or
 * a status. */
int		rv_report_parts(struct ctx *, struct rv *,
		    const struct rv_report *, struct db_result *parts);
/* The page with status; e the assessment form's errors (or NULL). */
int		rv_report_page(struct ctx *, struct rv *, int status,
		    const struct valid_errors *);
/* Audit, commit, and back to the report page at anchor. */
int		rv_report_done(struct ctx *, struct rv *, const char *action,
		    const char *detail, const char *anchor);
/* The school's rating scale word. */
const char	*rv_scale_word(const struct rv *);

/* Shared with review-report-get.c. */
/* What the lists of version rep are of (rep->found 0: the first draft's,
 * of the latest signed statement): framework, career stage, level and
 * statement. */
struct rv_report_key {
	const char	*fw, *stage, *level;
	long long	 statement;
};
void		rv_report_row(const struct db_result *, struct rv_report *);
void		rv_report_key_of(struct ctx *, const struct rv *,
		    const struct rv_report *, struct rv_report_key *);
long long	rv_report_asked(struct ctx *);
int		rv_report_page_of(struct ctx *, struct rv *, int status,
		    const struct valid_errors *, const struct rv_report *latest,
		    const struct rv_report *shown);
int		rv_report_show(struct ctx *, struct rv *, int status,
		    const struct valid_errors *, const struct rv_report *latest,
		    const struct rv_report *shown,
		    const struct db_result *parts);

#endif
