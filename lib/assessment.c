#include <stddef.h>
#include <string.h>

#include "assessment.h"

const char *const assessment_outcomes[] = { "met", "good_progress",
	"not_met", NULL };
const char *const assessment_outcome_labels[] = { "Met", "Good progress",
	"Not met", NULL };

const char *const assessment_judgements[] = { "met", "partly_met", "not_met",
	NULL };
const char *const assessment_judgement_labels[] = { "Met",
	"Partly met", "Not met", NULL };

const char *const assessment_pay_words[] = { "progression",
	"no_progression", NULL };
const char *const assessment_pay_labels[] = { "Pay progression",
	"No pay progression", NULL };

const char *const assessment_disputable[] = { "objectives", "standards",
	"rating", "pay", "training", NULL };
const char *const assessment_disputable_labels[] = {
	"The assessment of the objectives", "The evaluation against the "
	"standards", "The overall rating", "The pay recommendation",
	"The training and development needs", NULL };

const char *const assessment_appeal_outcomes[] = { "upheld", "overturned",
	NULL };
const char *const assessment_appeal_outcome_labels[] = {
	"Upheld: the report stands",
	"Overturned: the disputed entries go back to the reviewer", NULL };

const char *const assessment_hearers[] = { "head", "trust_ceo", "governor",
	NULL };
const char *const assessment_hearer_labels[] = { "The headteacher",
	"The trust's chief executive", "A governor", NULL };

static const char *const three_words[] = { "exceptional", "achieved",
	"not_met", NULL };
static const char *const three_labels[] = { "Exceptional performance",
	"Achieved expectations", "Not met expectations", NULL };
static const char *const two_words[] = { "effective", "not_effective",
	NULL };
static const char *const two_labels[] = { "Effective", "Not effective",
	NULL };

const char *
assessment_label(const char *const *words, const char *const *labels,
    const char *word)
{
	size_t i;

	for (i = 0; word != NULL && words != NULL && words[i] != NULL; i++)
		if (strcmp(words[i], word) == 0)
			return labels[i];
	return "";
}

int
assessment_is(const char *const *words, const char *word)
{
	size_t i;

	for (i = 0; word != NULL && words != NULL && words[i] != NULL; i++)
		if (strcmp(words[i], word) == 0)
			return 1;
	return 0;
}

const char *const *
assessment_scale_words(const char *scale)
{
	if (scale != NULL && strcmp(scale, "three_level") == 0)
		return three_words;
	if (scale != NULL && strcmp(scale, "two_level") == 0)
		return two_words;
	return NULL;
}

const char *const *
assessment_scale_labels(const char *scale)
{
	if (scale != NULL && strcmp(scale, "three_level") == 0)
		return three_labels;
	if (scale != NULL && strcmp(scale, "two_level") == 0)
		return two_labels;
	return NULL;
}

int
assessment_rating_successful(const char *scale, const char *rating)
{
	const char *const *w = assessment_scale_words(scale);
	size_t i;

	if (w == NULL || !assessment_is(w, rating))
		return 0;
	for (i = 0; w[i] != NULL; i++)
		;
	return strcmp(w[i - 1], rating) != 0;
}

const char *
assessment_framework(const char *staff_group)
{
	if (staff_group != NULL && strcmp(staff_group, "headteacher") == 0)
		return "headteachers";
	if (staff_group != NULL && strcmp(staff_group, "support") == 0)
		return "support";
	return "teachers";
}

int
assessment_held_to(int support_not_provided, const char *absence,
    const char **why)
{
	*why = "";
	if (support_not_provided) {
		*why = "The support agreed for this objective was not provided";
		return 0;
	}
	if (absence != NULL && *absence != '\0') {
		*why = "A significant absence is recorded for this cycle";
		return 0;
	}
	return 1;
}

int
assessment_pay_eligible(const char *career_stage)
{
	static const char *const stages[] = { "mpr", "upr1", "upr2", "upr3",
		NULL };

	return assessment_is(stages, career_stage);
}

int
assessment_ups_eligible(const char *career_stage, long pay_point,
    long years_tenths, const int *successes, int n, long need,
    long min_years)
{
	long i;

	if (career_stage == NULL || strcmp(career_stage, "mpr") != 0)
		return -1;
	if (need < 1 || n < need || pay_point != 6 ||
	    years_tenths < min_years * 10)
		return 0;
	for (i = 0; i < need; i++)
		if (!successes[i])
			return 0;
	return 1;
}

const char *
assessment_hearer(int reviewee_is_head, int head_took_part,
    int trust_has_ceo)
{
	if (!reviewee_is_head && !head_took_part)
		return "head";
	return trust_has_ceo ? "trust_ceo" : "governor";
}
