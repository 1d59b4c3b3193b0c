/*
 * assessment: the rules of the end of the cycle (SPEC 4.3, 4.5), pure:
 * the words of the annual assessment and the people's words for them,
 * the school's rating scales, which standards a career stage is assessed
 * against, whether someone is held to an objective, the upper pay range
 * rule, who hears an appeal and what an appeal may dispute.
 *
 * Contract: word tables are NULL-terminated, each with its labels at the
 * same index; assessment_label() gives the label of a stored word, or ""
 * for an unknown word (never NULL). assessment_is() says whether w is one
 * of a table's words. Nothing here does I/O or allocates.
 */
#ifndef APPRAISAL_ASSESSMENT_H
#define APPRAISAL_ASSESSMENT_H

/* Per objective: met, good progress, not met. */
extern const char *const assessment_outcomes[];
extern const char *const assessment_outcome_labels[];
/* Per standard of the person's framework. */
extern const char *const assessment_judgements[];
extern const char *const assessment_judgement_labels[];
/* The pay recommendation. */
extern const char *const assessment_pay_words[];
extern const char *const assessment_pay_labels[];
/* What an appeal may dispute. */
extern const char *const assessment_disputable[];
extern const char *const assessment_disputable_labels[];
/* Appeal outcomes and who hears. */
extern const char *const assessment_appeal_outcomes[];
extern const char *const assessment_appeal_outcome_labels[];
extern const char *const assessment_hearers[];
extern const char *const assessment_hearer_labels[];

const char	*assessment_label(const char *const *words,
		    const char *const *labels, const char *word);
int		 assessment_is(const char *const *words, const char *word);

/*
 * The school's rating scale (the policy's rating_scale word,
 * "three_level" or "two_level"): its words and labels, NULL for an
 * unknown scale. A rating is successful (counts towards pay progression
 * and the upper pay range) when it is not the scale's last word.
 */
const char *const *assessment_scale_words(const char *scale);
const char *const *assessment_scale_labels(const char *scale);
int		 assessment_rating_successful(const char *scale,
		    const char *rating);

/*
 * The standards framework a person is assessed against: "headteachers"
 * for the head, "support" for support staff, "teachers" otherwise (the
 * staff group word, NULL or "" meaning a teacher).
 */
const char	*assessment_framework(const char *staff_group);

/*
 * Held to an objective: not when its recorded support was not provided,
 * nor when a significant absence is recorded (absence non-empty). *why is
 * the reason shown beside it ("" when held).
 */
int		 assessment_held_to(int support_not_provided, const char *absence,
		    const char **why);

/*
 * Eligibility for pay progression (the pay recommendation is asked for):
 * teachers on the main or upper pay range.
 */
int		 assessment_pay_eligible(const char *career_stage);

/*
 * The upper pay range: eligible when the last `need` reports (newest
 * first in successes[], 1 for successful, 0 not; n of them known) were
 * all successful and the person has been at the top of the main range
 * (pay point 6) for at least min_years. years_tenths is their time on
 * M6 in tenths of a year. On the upper range or not on the main range:
 * not applicable (-1). Otherwise 1 eligible, 0 not.
 */
int		 assessment_ups_eligible(const char *career_stage, long pay_point,
		    long years_tenths, const int *successes, int n, long need,
		    long min_years);

/*
 * Who hears an appeal: "head" when the reviewee is not the head and the
 * head took no part in the review; otherwise "trust_ceo" when the school's
 * trust has a chief executive known to the product, else "governor".
 */
const char	*assessment_hearer(int reviewee_is_head, int head_took_part,
		    int trust_has_ceo);

#endif
