#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "policy.h"
#include "sha256.h"

static const char *const w_reviewer[] = { "head", "line_manager", NULL };
static const char *const l_reviewer[] = { "The headteacher reviews everyone",
	"Delegated to line managers", NULL };
static const char *const w_moderation[] = { "all", "sample", "none", NULL };
static const char *const l_moderation[] = { "All statements",
	"A sample of statements", "No moderation", NULL };
static const char *const w_adviser[] = { "sip", "external", NULL };
static const char *const l_adviser[] = { "School improvement partner",
	"External adviser", NULL };
static const char *const w_rating[] = { "three_level", "two_level", NULL };
static const char *const l_rating[] = {
	"Exceptional / achieved expectations / not met expectations",
	"Effective / not effective", NULL };

#define OFF(f) offsetof(struct policy, f)
#define DAYS(k) offsetof(struct policy, days[WORKFLOW_LIMIT_ ## k])
#define INT(col, label, hint, f, lo, hi, d) \
	{ col, label, hint, POLICY_INT, OFF(f), lo, hi, d, NULL, NULL }
#define BOOL(col, label, hint, f, d) \
	{ col, label, hint, POLICY_BOOL, OFF(f), 0, 1, d, NULL, NULL }
#define WORD(col, label, hint, f, d, w, l) \
	{ col, label, hint, POLICY_WORD, OFF(f), 0, 0, d, w, l }
#define MONTHDAY(col, label, hint, f, d) \
	{ col, label, hint, POLICY_MONTHDAY, OFF(f), 101, 1231, d, NULL, NULL }
#define DAY(col, label, k, lo, hi, d) \
	{ col, label, "Working days on the school's calendar.", POLICY_INT, \
	  DAYS(k), lo, hi, d, NULL, NULL }

/* The order is the column order of SQL_POLICY_LOAD and SQL_POLICY_SAVE. */
const struct policy_setting policy_settings[] = {
	WORD("reviewer_mode", "Who reviews", "When the headteacher reviews "
	    "everyone they moderate by reviewing, so no statement goes to "
	    "moderation, and the limit below is for the reviewers they "
	    "delegate to.", reviewer_mode, POLICY_REVIEWS_BY_HEAD,
	    w_reviewer, l_reviewer),
	INT("max_reviewees", "Most reviewees per reviewer",
	    "Between 1 and 20.", max_reviewees, 1, 20, 5),
	BOOL("leadership_exempt_from_max",
	    "Leadership staff may review more than that", NULL,
	    leadership_exempt_from_max, 1),
	WORD("moderation", "Moderation of statements", NULL, moderation, 0,
	    w_moderation, l_moderation),
	INT("moderation_sample_pct", "Sample size for moderation (percent)",
	    "Used when a sample is moderated: 1 to 100.",
	    moderation_sample_pct, 1, 100, 20),
	INT("head_panel_governors", "Governors on the headteacher's panel",
	    "2 or 3.", head_panel_governors, 2, 3, 2),
	BOOL("head_panel_foundation",
	    "The panel includes a foundation governor", NULL,
	    head_panel_foundation, 0),
	WORD("adviser", "Adviser for the headteacher's review", NULL, adviser,
	    1, w_adviser, l_adviser),
	INT("objectives_count", "Number of objectives", "1 to 6.",
	    objectives_count, 1, 6, 3),
	BOOL("require_pupil_progress",
	    "One objective must be about pupil progress", NULL,
	    require_pupil_progress, 1),
	BOOL("require_team", "One objective must be a team objective", NULL,
	    require_team, 0),
	BOOL("require_leadership_for_tlr",
	    "Staff with a TLR have a leadership objective", NULL,
	    require_leadership_for_tlr, 1),
	{ "observation_hours_cap", "Most classroom observation per cycle "
	    "(hours, full-time)", "More than 0 and at most 10; pro rata for "
	    "part-time staff.", POLICY_HOURS, OFF(observation_minutes_cap),
	    1, 600, 180, NULL, NULL },
	BOOL("observation_exempt_ect", "Early-career teachers in their first "
	    "year may be observed more often", "Beyond the limit above, for "
	    "example every half term.", observation_exempt_ect, 1),
	BOOL("observation_exempt_support_plan", "Staff on a support plan about "
	    "classroom practice may be observed more often", "The support plan "
	    "is recorded in the person's staff details.",
	    observation_exempt_support_plan, 1),
	WORD("rating_scale", "Rating scale", NULL, rating_scale, 0, w_rating,
	    l_rating),
	INT("retention_years", "Keep records for (years after the cycle)",
	    "1 to 20.", retention_years, 1, 20, 6),
	DAY("meeting_notice_days", "Notice of a planning meeting",
	    MEETING_NOTICE, 1, 30, 5),
	DAY("draft_due_days", "Draft statement due after the meeting",
	    DRAFT_DUE, 1, 30, 5),
	DAY("final_due_days", "Final statement due after the meeting",
	    FINAL_DUE, 1, 40, 10),
	DAY("moderation_due_days", "Moderation due after the planning meeting",
	    MODERATION_DUE, 1, 40, 10),
	DAY("revised_due_days", "Revised statement due after moderation",
	    REVISED_DUE, 1, 40, 10),
	DAY("assessment_notice_days", "Notice of the annual assessment meeting",
	    ASSESSMENT_NOTICE, 1, 30, 5),
	DAY("appeal_window_days", "Time to appeal after the final report",
	    APPEAL_WINDOW, 1, 40, 10),
	DAY("hearing_due_days", "Appeal hearing due after the appeal",
	    HEARING_DUE, 1, 60, 20),
	DAY("outcome_due_days", "Appeal outcome due after the hearing",
	    OUTCOME_DUE, 1, 30, 5),
	INT("observation_notice_days", "Notice of a classroom observation",
	    "Working days.", observation_notice_days, 1, 30, 5),
	INT("oral_feedback_days", "Oral feedback after an observation",
	    "Working days.", oral_feedback_days, 0, 10, 1),
	INT("written_feedback_days", "Written feedback after an observation",
	    "Working days.", written_feedback_days, 1, 30, 5),
	MONTHDAY("teacher_deadline", "Reviews of staff complete by",
	    "Each year, the day the annual reviews of teachers and support "
	    "staff must be complete: a day and month, like 31 October.",
	    teacher_deadline, 1031),
	MONTHDAY("head_deadline", "The headteacher's review complete by",
	    "A day and month, like 31 December.", head_deadline, 1231),
	MONTHDAY("interim_from", "Interim reviews from",
	    "Each year, the first day of the window for the interim review of "
	    "progress: a day and month, like 23 February.", interim_from, 223),
	MONTHDAY("interim_to", "Interim reviews by",
	    "The last day of that window, in the same calendar year; an "
	    "appraisal in progress without an interim review after it is "
	    "overdue.", interim_to, 331),
	INT("ups_reports", "Upper pay range: consecutive successful reports "
	    "needed", "1 to 5; shown on each teacher's annual assessment.",
	    ups_reports, 1, 5, 2),
	INT("ups_years_on_m6", "Upper pay range: years at the top of the main "
	    "range needed", "0 to 5.", ups_years_on_m6, 0, 5, 1),
};

const size_t policy_nsettings = sizeof(policy_settings) / sizeof(policy_settings[0]);

static const char *const sec_reviewers[] = { "reviewer_mode", "max_reviewees",
	"leadership_exempt_from_max", NULL };
static const char *const sec_moderation[] = { "moderation",
	"moderation_sample_pct", "moderation_due_days", "revised_due_days",
	NULL };
static const char *const sec_objectives[] = { "objectives_count",
	"require_pupil_progress", "require_team", "require_leadership_for_tlr",
	NULL };
static const char *const sec_observation[] = { "observation_hours_cap",
	"observation_exempt_ect", "observation_exempt_support_plan",
	"observation_notice_days", "oral_feedback_days",
	"written_feedback_days", NULL };
static const char *const sec_deadlines[] = { "meeting_notice_days",
	"draft_due_days", "final_due_days", "interim_from", "interim_to",
	"teacher_deadline", "assessment_notice_days", "appeal_window_days", "hearing_due_days",
	"outcome_due_days", NULL };
static const char *const sec_head[] = { "head_panel_governors",
	"head_panel_foundation", "adviser", "head_deadline", NULL };
static const char *const sec_records[] = { "rating_scale", "ups_reports",
	"ups_years_on_m6", "retention_years", NULL };

const struct policy_section policy_sections[] = {
	{ "Who reviews", sec_reviewers },
	{ "Moderation", sec_moderation },
	{ "Objectives", sec_objectives },
	{ "Classroom observation", sec_observation },
	{ "Deadlines", sec_deadlines },
	{ "The headteacher's review", sec_head },
	{ "Ratings and records", sec_records },
};
const size_t policy_nsections = sizeof(policy_sections) /
    sizeof(policy_sections[0]);

/* Settings whose feature is not in the product yet, and that feature. */
static const struct {
	const char	*column, *feature;
} pending[] = {
	{ "head_panel_governors", "the governors' panel for the headteacher" },
	{ "head_panel_foundation", "the governors' panel for the headteacher" },
	{ "adviser", "the headteacher's review" },
	{ "retention_years", "the retention of old records" },
};

const struct policy_setting *
policy_setting_named(const char *column)
{
	size_t i;

	for (i = 0; column != NULL && i < policy_nsettings; i++)
		if (strcmp(policy_settings[i].column, column) == 0)
			return &policy_settings[i];
	return NULL;
}

const char *
policy_pending(const struct policy_setting *s)
{
	size_t i;

	for (i = 0; s != NULL && i < sizeof(pending) / sizeof(pending[0]); i++)
		if (strcmp(pending[i].column, s->column) == 0)
			return pending[i].feature;
	return NULL;
}

static long *
policy_field(struct policy *p, const struct policy_setting *s)
{
	return (long *)((char *)p + s->offset);
}

static long
policy_value(const struct policy *p, const struct policy_setting *s)
{
	return *(const long *)((const char *)p + s->offset);
}

void
policy_defaults(struct policy *p)
{
	size_t i;

	memset(p, 0, sizeof(*p));
	for (i = 0; i < WORKFLOW_LIMIT__COUNT; i++)
		p->days[i] = workflow_limit_default((enum workflow_limit)i);
	for (i = 0; i < policy_nsettings; i++)
		*policy_field(p, &policy_settings[i]) = policy_settings[i].def;
	p->version = 1;
}

/* "2.5" or "3" or "3.00" hours as minutes; -1 if not such a number. */
static long
policy_parse_hours(const char *t)
{
	char *end;
	double h;

	if (t == NULL || *t == '\0' || strspn(t, "0123456789.") != strlen(t))
		return -1;
	h = strtod(t, &end);
	if (*end != '\0' || h < 0 || h > 100)
		return -1;
	return (long)(h * 60 + 0.5);
}

static const char *const policy_months[] = { "January", "February",
	"March", "April", "May", "June", "July", "August", "September",
	"October", "November", "December" };

/* "31 October", "31 oct", "31/10" or "10-31" as 1031; -1 if not a day of
 * the year (29 February is one). */
static long
policy_parse_monthday(const char *t)
{
	static const int mdays[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31,
	    30, 31 };
	char name[16];
	int d = 0, m = 0, n = 0;
	size_t i, len;

	if (t == NULL || strlen(t) > 20)
		return -1;
	if (sscanf(t, "%2d-%2d%n", &m, &d, &n) == 2 && t[n] == '\0')
		;
	else if (sscanf(t, "%2d/%2d%n", &d, &m, &n) == 2 && t[n] == '\0')
		;
	else if (sscanf(t, "%2d %15[A-Za-z]%n", &d, name, &n) == 2 &&
	    t[n + strspn(t + n, " ")] == '\0' && (len = strlen(name)) >= 3) {
		for (i = 0, m = 0; i < 12 && m == 0; i++)
			if (strncasecmp(name, policy_months[i], len) == 0)
				m = (int)i + 1;
	} else
		return -1;
	if (m < 1 || m > 12 || d < 1 || d > mdays[m - 1])
		return -1;
	return m * 100L + d;
}

int
policy_set(struct policy *p, const struct policy_setting *s, const char *text,
    struct valid_errors *errs)
{
	long long v;
	long m;
	int w;

	switch (s->kind) {
	case POLICY_WORD:
		if (valid_enum(errs, s->column, text, s->words, &w) == -1)
			return -1;
		*policy_field(p, s) = w;
		return 0;
	case POLICY_BOOL:
		if (text != NULL && (strcmp(text, "0") == 0 || strcmp(text, "1") == 0)) {
			*policy_field(p, s) = text[0] - '0';
			return 0;
		}
		valid_add(errs, s->column, "Choose yes or no");
		return -1;
	case POLICY_HOURS:
		if ((m = policy_parse_hours(text)) < s->min || m > s->max) {
			valid_add(errs, s->column, "Enter hours more than 0 and at "
			    "most 10, like 3 or 2.5");
			return -1;
		}
		*policy_field(p, s) = m;
		return 0;
	case POLICY_MONTHDAY:
		if ((m = policy_parse_monthday(text)) == -1) {
			valid_add(errs, s->column, "Enter a day and month, like "
			    "31 October");
			return -1;
		}
		*policy_field(p, s) = m;
		return 0;
	case POLICY_INT:
		if (valid_int(errs, s->column, text, s->min, s->max, &v) == -1)
			return -1;
		*policy_field(p, s) = (long)v;
		return 0;
	}
	return -1;
}

int
policy_check(const struct policy *p, struct valid_errors *errs)
{
	size_t before = errs ? errs->n : 0;

	if (p->days[WORKFLOW_LIMIT_FINAL_DUE] < p->days[WORKFLOW_LIMIT_DRAFT_DUE])
		valid_add(errs, "final_due_days", "The final statement cannot be "
		    "due before the draft");
	if (p->written_feedback_days < p->oral_feedback_days)
		valid_add(errs, "written_feedback_days", "Written feedback cannot "
		    "be due before oral feedback");
	if (p->interim_to < p->interim_from)
		valid_add(errs, "interim_to", "The window for interim reviews "
		    "cannot end before it starts (both in one calendar year)");
	return errs && errs->n > before ? -1 : 0;
}

void
policy_get(const struct policy *p, const struct policy_setting *s, char *out,
    size_t outsz)
{
	long v = policy_value(p, s);

	if (s->kind == POLICY_WORD && v >= 0 && s->words[v] != NULL)
		snprintf(out, outsz, "%s", s->words[v]);
	else if (s->kind == POLICY_HOURS && v % 60 == 0)
		snprintf(out, outsz, "%ld", v / 60);
	else if (s->kind == POLICY_HOURS)
		snprintf(out, outsz, "%.2f", (double)v / 60.0);
	else if (s->kind == POLICY_MONTHDAY)
		snprintf(out, outsz, "%02ld-%02ld", v / 100, v % 100);
	else
		snprintf(out, outsz, "%ld", v);
}

void
policy_show(const struct policy *p, const struct policy_setting *s, char *out,
    size_t outsz)
{
	long v = policy_value(p, s);

	if (s->kind == POLICY_MONTHDAY && v / 100 >= 1 && v / 100 <= 12)
		snprintf(out, outsz, "%ld %s", v % 100, policy_months[v / 100 - 1]);
	else
		policy_get(p, s, out, outsz);
}

long
policy_days(const struct policy *p, enum workflow_limit k)
{
	if ((unsigned)k >= WORKFLOW_LIMIT__COUNT)
		return 0;
	return p->days[k] > 0 ? p->days[k] : workflow_limit_default(k);
}

unsigned int
policy_required_categories(const struct policy *p, int tlr, int leadership)
{
	unsigned int c = 0;

	if (p->require_pupil_progress)
		c |= POLICY_CAT_PUPIL_PROGRESS;
	if (p->require_team)
		c |= POLICY_CAT_TEAM;
	if (p->require_leadership_for_tlr && (tlr || leadership))
		c |= POLICY_CAT_LEADERSHIP;
	return c;
}

long
policy_observation_cap(const struct policy *p, long fte_milli, int ect1,
    int support_plan)
{
	if ((ect1 && p->observation_exempt_ect) ||
	    (support_plan && p->observation_exempt_support_plan))
		return POLICY_NO_CAP;
	if (fte_milli <= 0 || fte_milli > 1000)
		fte_milli = 1000;
	/* Whole minutes, rounded down: never more than the pro-rata share. */
	return p->observation_minutes_cap * fte_milli / 1000;
}

int
policy_reviewer_has_room(const struct policy *p, long count,
    int leadership_scale, int reviewer_is_head)
{
	if (reviewer_is_head && p->reviewer_mode == POLICY_REVIEWS_BY_HEAD)
		return 1;
	if (leadership_scale && p->leadership_exempt_from_max)
		return 1;
	return count < p->max_reviewees;
}

int
policy_moderation_draw(long long appraisal_id, long long cycle_id)
{
	unsigned char h[SHA256_LEN];
	char text[80];
	unsigned long v;
	int n;

	n = snprintf(text, sizeof(text), "appraisal:%lld:cycle:%lld",
	    appraisal_id, cycle_id);
	if (n < 0 || (size_t)n >= sizeof(text))
		return 0;
	sha256(text, (size_t)n, h);
	v = (unsigned long)h[0] << 24 | (unsigned long)h[1] << 16 |
	    (unsigned long)h[2] << 8 | (unsigned long)h[3];
	return (int)(v % 100);
}

void
policy_moderation_decide(const struct policy *p, int reviewer_is_head,
    long long appraisal_id, long long cycle_id, struct policy_moderation *m)
{
	m->moderate = 0;
	m->draw = -1;
	m->pct = 0;
	if (p->reviewer_mode == POLICY_REVIEWS_BY_HEAD || reviewer_is_head) {
		m->why = POLICY_MOD_HEAD_REVIEWS;
		return;
	}
	switch (p->moderation) {
	case POLICY_MODERATE_ALL:
		m->why = POLICY_MOD_ALL;
		m->moderate = 1;
		break;
	case POLICY_MODERATE_SAMPLE:
		m->pct = p->moderation_sample_pct;
		m->draw = policy_moderation_draw(appraisal_id, cycle_id);
		m->moderate = m->draw < m->pct;
		m->why = m->moderate ? POLICY_MOD_SAMPLE_IN : POLICY_MOD_SAMPLE_OUT;
		break;
	default:
		m->why = POLICY_MOD_NONE;
		break;
	}
}

const char *
policy_moderation_word(enum policy_moderation_why why)
{
	static const char *const words[] = { "head_reviews", "all",
	    "sample_in", "sample_out", "none" };

	return (unsigned)why < sizeof(words) / sizeof(words[0]) ?
	    words[why] : NULL;
}

void
policy_moderation_note(const struct policy_moderation *m, char *out,
    size_t outsz)
{
	switch (m->why) {
	case POLICY_MOD_HEAD_REVIEWS:
		snprintf(out, outsz, "Not moderated: the headteacher reviewed "
		    "this statement");
		break;
	case POLICY_MOD_ALL:
		snprintf(out, outsz, "Sent to moderation: the school moderates "
		    "every statement");
		break;
	case POLICY_MOD_SAMPLE_IN:
	case POLICY_MOD_SAMPLE_OUT:
		snprintf(out, outsz, "%s: the school moderates a sample of %ld%%; "
		    "this statement drew %d (from 0 to 99), which is %s %ld",
		    m->moderate ? "Sent to moderation" : "Not moderated",
		    m->pct, m->draw, m->moderate ? "below" : "not below", m->pct);
		break;
	default:
		snprintf(out, outsz, "Not moderated: the school does not "
		    "moderate statements");
		break;
	}
}

int
policy_moderates(const struct policy *p, int reviewer_is_head,
    long long appraisal_id, long long cycle_id)
{
	struct policy_moderation m;

	policy_moderation_decide(p, reviewer_is_head, appraisal_id, cycle_id, &m);
	return m.moderate;
}

static int
policy_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

/* Day `md` (month * 100 + day) of year y as YYYY-MM-DD; 29 February of
 * another year is the 28th (end) or 1 March (start). */
static void
policy_md_day(int y, long md, int start, char *out)
{
	char b[48];

	if (md == 229 && !policy_leap(y))
		md = start ? 301 : 228;
	snprintf(b, sizeof(b), "%04d-%02ld-%02ld", y, md / 100, md % 100);
	snprintf(out, 11, "%.10s", b);
}

int
policy_interim_window(const struct policy *p, const char *starts,
    const char *ends, char *from, char *to)
{
	int y;

	if (starts == NULL || ends == NULL || strlen(starts) != 10 ||
	    strlen(ends) != 10 || sscanf(starts, "%4d", &y) != 1 ||
	    y < 1000 || y > 9998 || p->interim_to < p->interim_from)
		return -1;
	policy_md_day(y, p->interim_from, 1, from);
	if (strcmp(from, starts) < 0)
		policy_md_day(++y, p->interim_from, 1, from);
	policy_md_day(y, p->interim_to, 0, to);
	if (strcmp(from, ends) > 0)
		return -1;
	if (strcmp(to, ends) > 0)
		snprintf(to, 11, "%s", ends);
	return 0;
}

int
policy_interim_overdue(const struct policy *p, const char *starts,
    const char *ends, long reviews, const char *today)
{
	char from[11], to[11];

	if (reviews > 0 || today == NULL ||
	    policy_interim_window(p, starts, ends, from, to) == -1)
		return 0;
	return strcmp(to, today) < 0;
}
