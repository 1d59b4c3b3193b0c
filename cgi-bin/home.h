/*
 * home: what the pages of cgi-bin/home share (home.c: the dashboard and
 * the routes; home-overdue.c: every overdue step of the school, a page
 * at a time).
 */
#ifndef APPRAISAL_HOME_H
#define APPRAISAL_HOME_H

#include "app.h"
#include "workflow.h"

/* Who owes the next step of an appraisal in state st, seen from someone
 * holding the workflow roles `mine`: "You", or the owners' labels joined
 * with "or"; "Nobody" when none does. In the request's arena. */
const char	*home_owner(struct ctx *, enum workflow_state st,
		    unsigned int mine);
/* GET /overdue */
int		 home_overdue_get(struct ctx *);

#endif
