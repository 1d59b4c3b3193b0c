#include <stdio.h>
#include <string.h>

#include "observation.h"
#include "policy.h"

const struct observation_kind_def observation_kinds[OBSERVATION__KINDS] = {
	/* word, label,
	 * timed counts evidence notice feedback feedback_due qts linkable */
	[OBSERVATION_APPRAISAL] = { "appraisal",
	    "Classroom observation for appraisal", 1, 1, 1, 1, 1, 1, 1, 0 },
	[OBSERVATION_INSPECTION] = { "inspection",
	    "Inspection (Ofsted or local authority)", 1, 0, 0, 0, 0, 0, 0, 0 },
	[OBSERVATION_IMPROVEMENT] = { "improvement",
	    "School improvement visit", 1, 0, 0, 0, 0, 0, 0, 0 },
	[OBSERVATION_DROP_IN] = { "drop_in", "Drop-in",
	    0, 0, 0, 0, 1, 0, 1, 1 },
	[OBSERVATION_WORK_SCRUTINY] = { "work_scrutiny",
	    "Work scrutiny (book look)", 0, 0, 0, 0, 1, 0, 1, 1 },
};

int
observation_kind_parse(const char *word, enum observation_kind *k)
{
	size_t i;

	for (i = 0; word != NULL && i < OBSERVATION__KINDS; i++)
		if (strcmp(observation_kinds[i].word, word) == 0) {
			*k = (enum observation_kind)i;
			return 0;
		}
	return -1;
}

int
observation_is_teacher(const char *group)
{
	static const char *const teaching[] = { "teacher", "leadership",
	    "headteacher", NULL };
	size_t i;

	for (i = 0; group != NULL && teaching[i] != NULL; i++)
		if (strcmp(group, teaching[i]) == 0)
			return 1;
	return 0;
}

int
observation_observer_ok(enum observation_kind k, const char *group,
    int observer_qts)
{
	if ((unsigned)k >= OBSERVATION__KINDS)
		return 0;
	return !observation_kinds[k].qts || !observation_is_teacher(group) ||
	    observer_qts;
}

int
observation_minutes_label(long minutes, char *out, size_t outsz)
{
	int n;

	if (outsz == 0)
		return -1;
	if (minutes == POLICY_NO_CAP)
		n = snprintf(out, outsz, "no limit");
	else if (minutes < 0)
		n = snprintf(out, outsz, "?");
	else if (minutes < 60)
		n = snprintf(out, outsz, "%ld min", minutes);
	else if (minutes % 60 == 0)
		n = snprintf(out, outsz, "%ld h", minutes / 60);
	else
		n = snprintf(out, outsz, "%ld h %02ld", minutes / 60,
		    minutes % 60);
	return n < 0 || (size_t)n >= outsz ? -1 : 0;
}

int
observation_cap_ok(long used, long cap, long minutes)
{
	if (cap == POLICY_NO_CAP)
		return 1;
	return used >= 0 && minutes >= 0 && used + minutes <= cap;
}

int
observation_cap_figures(long used, long cap, long minutes, char *out,
    size_t outsz)
{
	char u[24], c[24], m[24];
	int n;

	if (outsz == 0 || observation_minutes_label(used, u, sizeof(u)) == -1 ||
	    observation_minutes_label(cap, c, sizeof(c)) == -1 ||
	    observation_minutes_label(minutes, m, sizeof(m)) == -1) {
		if (outsz > 0)
			*out = '\0';
		return -1;
	}
	n = snprintf(out, outsz, "%s of %s used; this one is %s", u, c, m);
	if (n < 0 || (size_t)n >= outsz) {
		*out = '\0';
		return -1;
	}
	return 0;
}

int
observation_notice_ok(const struct calendar *cal, long notice_day, long day,
    long n)
{
	if (notice_day > day)
		return 0;
	return calendar_notice_ok(cal, notice_day, day, n);
}

int
observation_due(const struct calendar *cal, long day, long n, long *out)
{
	return calendar_add_working_days(cal, day, n, out);
}
