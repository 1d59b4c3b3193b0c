/*
 * policy: a school's appraisal policy settings (SPEC section 6), with the
 * model policy's defaults, validation, and the rule questions the
 * workflow pages ask.
 *
 * Every setting is a row of one table (policy.c): its stored column name,
 * a label and hint for the settings form, and either an integer range or
 * a list of words. The table is the form, the validation and the load
 * order of SQL_POLICY_LOAD, so the three never drift apart.
 *
 * Contract:
 * - policy_defaults() fills the model policy's values.
 * - policy_set() parses one setting's text (from a form or the database)
 *   into the struct; on a bad value it adds an error naming the setting
 *   (the form field is the column name) and returns -1, leaving the old
 *   value. policy_check() checks the rules between settings.
 * - Everything here is pure: loading and saving a school's settings is
 *   lib/model/policy.h.
 */
#ifndef APPRAISAL_POLICY_H
#define APPRAISAL_POLICY_H

#include <stddef.h>

#include "valid.h"
#include "workflow.h"

struct arena;

#define POLICY_WORD_MAX 16

enum { POLICY_REVIEWS_BY_HEAD, POLICY_REVIEWS_BY_LINE_MANAGER };
enum { POLICY_MODERATE_ALL, POLICY_MODERATE_SAMPLE, POLICY_MODERATE_NONE };

struct policy {
	long	reviewer_mode;		/* POLICY_REVIEWS_BY_* */
	long	max_reviewees;
	long	leadership_exempt_from_max;
	long	moderation;		/* 0 all, 1 sample, 2 none */
	long	moderation_sample_pct;
	long	head_panel_governors;
	long	head_panel_foundation;
	long	adviser;		/* 0 sip, 1 external */
	long	objectives_count;
	long	require_pupil_progress;
	long	require_team;
	long	require_leadership_for_tlr;
	long	observation_minutes_cap;	/* stored as hours, 2 decimals */
	long	observation_exempt_ect;
	long	observation_exempt_support_plan;
	long	rating_scale;		/* 0 three_level, 1 two_level */
	long	retention_years;
	long	days[WORKFLOW_LIMIT__COUNT];	/* working days per clock */
	long	observation_notice_days;
	long	oral_feedback_days;
	long	written_feedback_days;
	long	teacher_deadline;	/* month * 100 + day: 1031 */
	long	head_deadline;
	long	interim_from;		/* the interim review window: 223 */
	long	interim_to;		/* 331 */
	long	ups_reports;		/* upper pay range: successful reports */
	long	ups_years_on_m6;	/* and years at the top of the main range */
	long	version;
};

/* POLICY_MONTHDAY: a day of the year, stored "MM-DD", typed as "31
 * October", "31 Oct", "31/10" or "10-31". */
enum policy_kind { POLICY_INT, POLICY_BOOL, POLICY_WORD, POLICY_HOURS,
	POLICY_MONTHDAY };

struct policy_setting {
	const char		*column;	/* also the form field */
	const char		*label;
	const char		*hint;
	enum policy_kind	 kind;
	size_t			 offset;	/* into struct policy */
	long			 min, max, def;
	const char *const	*words;		/* POLICY_WORD: NULL-terminated */
	const char *const	*word_labels;
};

extern const struct policy_setting policy_settings[];
extern const size_t policy_nsettings;

/*
 * The settings form, one topic a section, in the order a head reads it:
 * every setting is in exactly one section (unit-tested).
 */
struct policy_section {
	const char		*title;
	const char *const	*columns;	/* NULL-terminated */
};
extern const struct policy_section policy_sections[];
extern const size_t policy_nsections;

/* The setting stored in column, or NULL. */
const struct policy_setting *policy_setting_named(const char *column);
/*
 * What a setting waits for when the feature that uses it is not in the
 * product yet ("the annual assessment"): the form says it takes effect
 * when that is available, so that nobody changes a setting that silently
 * does nothing. NULL when it takes effect now.
 */
const char	*policy_pending(const struct policy_setting *);

enum policy_category {
	POLICY_CAT_PUPIL_PROGRESS = 1 << 0,
	POLICY_CAT_TEAM = 1 << 1,
	POLICY_CAT_LEADERSHIP = 1 << 2,
};

void		 policy_defaults(struct policy *);
int		 policy_set(struct policy *, const struct policy_setting *,
		    const char *text, struct valid_errors *);
int		 policy_check(const struct policy *, struct valid_errors *);
/* The setting's value as text, as it is stored; into out. */
void		 policy_get(const struct policy *, const struct policy_setting *,
		    char *out, size_t outsz);
/* The same as the form shows it ("31 October" for a day of the year). */
void		 policy_show(const struct policy *, const struct policy_setting *,
		    char *out, size_t outsz);

/* Working days a school allows for a clock (its setting, or the default). */
long		 policy_days(const struct policy *, enum workflow_limit);
/* Categories of objective required of this person (enum policy_category). */
unsigned int	 policy_required_categories(const struct policy *, int tlr,
		    int leadership);
/*
 * Observation cap in minutes for this person: the school's cap pro rata to
 * FTE (given in thousandths), in whole minutes rounded down so that it
 * never passes the pro-rata share; POLICY_NO_CAP when the school lets
 * them be observed more often: an early-career teacher in their first
 * year (ect1), or someone on a support plan about classroom practice
 * (seed policy 000, paragraph 47).
 */
#define POLICY_NO_CAP	(-1L)
long		 policy_observation_cap(const struct policy *, long fte_milli,
		    int ect1, int support_plan);
/*
 * 1 if a reviewer with `count` reviewees may take one more. The cap is for
 * reviewing delegated to line managers (seed 003, section 4): a head who
 * reviews everyone (reviewer_mode head) has no cap, and staff on the
 * leadership scale (their staff details) are exempt while the school says
 * so.
 */
int		 policy_reviewer_has_room(const struct policy *, long count,
		    int leadership_scale, int reviewer_is_head);
/*
 * Whether a signed statement goes to moderation (seed 003, section 5), and
 * why: never when the head reviews everyone (they moderate by reviewing)
 * or reviewed this one; else all, none, or a sample of
 * moderation_sample_pct per cent. The sample is chosen at random but
 * reproducibly: policy_moderation_draw() is the number 0-99 given by the
 * first four bytes (big-endian) of the SHA-256 of
 * "appraisal:<appraisal id>:cycle:<cycle id>", modulo 100; the statement
 * is in the sample when the draw is below the percentage. Anyone can
 * recompute a draw, and the same appraisal always draws the same number.
 * The caller records the whole decision (its word, the draw and the
 * percentage), so the head can see why a statement was or was not picked.
 */
enum policy_moderation_why {
	POLICY_MOD_HEAD_REVIEWS,	/* the head reviews, or reviewed this */
	POLICY_MOD_ALL,
	POLICY_MOD_SAMPLE_IN,
	POLICY_MOD_SAMPLE_OUT,
	POLICY_MOD_NONE,
};

struct policy_moderation {
	int				 moderate;	/* 1: to moderation */
	enum policy_moderation_why	 why;
	int				 draw;	/* 0-99; -1: no sample */
	long				 pct;	/* the sample size; 0: none */
};

int		 policy_moderation_draw(long long appraisal_id,
		    long long cycle_id);
void		 policy_moderation_decide(const struct policy *,
		    int reviewer_is_head, long long appraisal_id,
		    long long cycle_id, struct policy_moderation *out);
/* The stored word of a reason ("sample_in") and a sentence for people
 * (with the draw and percentage, into out). */
const char	*policy_moderation_word(enum policy_moderation_why);
void		 policy_moderation_note(const struct policy_moderation *,
		    char *out, size_t outsz);
/* policy_moderation_decide()'s moderate. */
int		 policy_moderates(const struct policy *, int reviewer_is_head,
		    long long appraisal_id, long long cycle_id);

/*
 * The interim review window of a cycle (SPEC 4.2; seed 000: the second
 * half of the spring term): the first interim_from on or after the
 * cycle's start (YYYY-MM-DD), to interim_to of the same year; policy_check()
 * keeps interim_to on or after interim_from. The window is cut to the
 * cycle: a window that starts after the cycle ends is none (-1); one that
 * ends after the cycle ends ends with the cycle. Days as written by
 * calendar_format(), into from and to (CALENDAR_ISO_SIZE each). 0 or -1.
 */
int		 policy_interim_window(const struct policy *, const char *starts,
		    const char *ends, char *from, char *to);
/*
 * 1 if an appraisal being monitored with `reviews` interim reviews is
 * overdue for one on `today`: none recorded and its window (above) ended
 * before today. 0 otherwise, also when the cycle has no window.
 */
int		 policy_interim_overdue(const struct policy *, const char *starts,
		    const char *ends, long reviews, const char *today);

#endif
