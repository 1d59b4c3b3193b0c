#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "../calendar.h"
#include "staff_detail.h"

static const char *const groups[] = { "teacher", "support", "headteacher",
	"leadership", NULL };
static const char *const group_labels[] = { "Teacher", "Support staff",
	"Headteacher", "Leadership", NULL };
/* Teachers' stages first, then support staff's (from "core1"). */
static const char *const stages[] = { "ect1", "ect2", "mpr", "upr1", "upr2",
	"upr3", "leading_practitioner", "assistant_head", "deputy_head",
	"headteacher", "core1", "core2", "core3", "proficient1", "proficient2",
	"proficient3", "experienced1", "experienced2", "experienced3", NULL };
static const char *const stage_labels[] = { "ECT year 1", "ECT year 2",
	"Main pay range", "Upper pay range 1", "Upper pay range 2",
	"Upper pay range 3", "Leading practitioner", "Assistant head",
	"Deputy head", "Headteacher", "Core 1", "Core 2", "Core 3",
	"Proficient 1", "Proficient 2", "Proficient 3", "Experienced 1",
	"Experienced 2", "Experienced 3", NULL };
#define STAGE_MAIN_RANGE_LAST	2	/* ect1, ect2, mpr */
#define STAGE_SUPPORT_FIRST	10
static const char *const contracts[] = { "permanent", "fixed_term",
	"temporary", NULL };
static const char *const contract_labels[] = { "Permanent", "Fixed term",
	"Temporary", NULL };

enum { F_GROUP, F_STAGE, F_PAY, F_TLR, F_LEADERSHIP, F_QTS, F_FTE,
	F_CONTRACT, F_CONTRACT_END, F_START };

const struct staff_detail_field staff_detail_fields[STAFF_DETAIL_N] = {
	{ "staff_group", "Staff group", "", STAFF_DETAIL_WORD, 0, groups,
	    group_labels },
	{ "career_stage", "Career stage", "", STAFF_DETAIL_WORD, 1, stages,
	    stage_labels },
	{ "pay_point", "Pay point on the main range", "1 to 6 (M1 to M6); "
	    "leave empty off the main range", STAFF_DETAIL_PAY, 1, NULL, NULL },
	{ "tlr", "Holds a teaching and learning responsibility (TLR)", "",
	    STAFF_DETAIL_BOOL, 0, NULL, NULL },
	{ "leadership_scale", "Paid on the leadership scale", "",
	    STAFF_DETAIL_BOOL, 0, NULL, NULL },
	{ "qts", "Has qualified teacher status (QTS)", "", STAFF_DETAIL_BOOL,
	    0, NULL, NULL },
	{ "fte", "Full-time equivalent (FTE)", "A fraction of full time, "
	    "from 0.1 to 1, like 0.6", STAFF_DETAIL_FTE, 0, NULL, NULL },
	{ "contract_type", "Contract", "", STAFF_DETAIL_WORD, 0, contracts,
	    contract_labels },
	{ "contract_end", "Contract end date", "YYYY-MM-DD; for fixed-term "
	    "and temporary contracts", STAFF_DETAIL_DATE, 1, NULL, NULL },
	{ "start_date", "Start date", "YYYY-MM-DD", STAFF_DETAIL_DATE, 1,
	    NULL, NULL },
	{ "exempt_induction", "In their induction year (not appraised)", "",
	    STAFF_DETAIL_BOOL, 0, NULL, NULL },
	{ "exempt_short_contract", "Contract shorter than one term", "",
	    STAFF_DETAIL_BOOL, 0, NULL, NULL },
	{ "under_capability", "Under the capability procedure", "",
	    STAFF_DETAIL_BOOL, 0, NULL, NULL },
	{ "support_plan", "On a support plan", "", STAFF_DETAIL_BOOL, 0, NULL,
	    NULL },
};

static int
word_index(const char *const *words, const char *w)
{
	int i;

	for (i = 0; words[i] != NULL; i++)
		if (strcmp(words[i], w) == 0)
			return i;
	return -1;
}

static int
parse_bool(const char *v, long long *out)
{
	static const char *const yes[] = { "1", "yes", "y", "true", NULL };
	static const char *const no[] = { "", "0", "no", "n", "false", NULL };
	size_t i;

	for (i = 0; yes[i] != NULL; i++)
		if (strcasecmp(v, yes[i]) == 0)
			return *out = 1, 0;
	for (i = 0; no[i] != NULL; i++)
		if (strcasecmp(v, no[i]) == 0)
			return *out = 0, 0;
	return -1;
}

/* "1", "1.0", "0.6", ".75": thousandths from 100 to 1000. */
static int
parse_fte(const char *v, long *milli)
{
	long whole = 0, frac = 0, scale = 100;
	const char *p = v;

	if (*p >= '0' && *p <= '1')
		whole = *p++ - '0';
	else if (*p != '.')
		return -1;
	if (*p == '.')
		for (p++; *p >= '0' && *p <= '9' && scale > 0; p++, scale /= 10)
			frac += (*p - '0') * scale;
	*milli = whole * 1000 + frac;
	return *p == '\0' && p != v && *milli >= 100 && *milli <= 1000 ? 0 : -1;
}

static int
parse_pay(const char *v, long long *out)
{
	if (*v == 'M' || *v == 'm')
		v++;
	if (v[0] < '1' || v[0] > '6' || v[1] != '\0')
		return -1;
	*out = v[0] - '0';
	return 0;
}

static const char *const kind_why[] = {
	[STAFF_DETAIL_WORD] = "choose one of the listed values",
	[STAFF_DETAIL_BOOL] = "enter yes or no (1 or 0)",
	[STAFF_DETAIL_FTE] = "enter a fraction from 0.1 to 1, like 0.6",
	[STAFF_DETAIL_DATE] = "enter a real date as YYYY-MM-DD",
	[STAFF_DETAIL_PAY] = "enter a pay point from 1 to 6 (M1 to M6)",
};

int
staff_detail_parse(size_t field, const char *text,
    struct staff_detail_value *out, const char **why)
{
	const struct staff_detail_field *f;
	const char *v = text ? text : "";
	long milli, day;
	int ok;

	memset(out, 0, sizeof(*out));
	*why = "no such field";
	if (field >= STAFF_DETAIL_N)
		return -1;
	f = &staff_detail_fields[field];
	if (f->optional && *v == '\0')
		return out->null = 1, 0;
	out->is_int = f->kind == STAFF_DETAIL_BOOL || f->kind == STAFF_DETAIL_PAY;
	switch (f->kind) {
	case STAFF_DETAIL_WORD:
		ok = word_index(f->words, v) >= 0;
		if (ok)
			snprintf(out->text, sizeof(out->text), "%s", v);
		break;
	case STAFF_DETAIL_BOOL:
		ok = parse_bool(v, &out->i) == 0;
		break;
	case STAFF_DETAIL_FTE:
		ok = parse_fte(v, &milli) == 0;
		if (ok)
			snprintf(out->text, sizeof(out->text), "%ld.%03ld",
			    milli / 1000, milli % 1000);
		break;
	case STAFF_DETAIL_DATE:
		ok = calendar_parse(v, &day) == 0;
		if (ok)
			snprintf(out->text, sizeof(out->text), "%s", v);
		break;
	default:
		ok = parse_pay(v, &out->i) == 0;
		break;
	}
	*why = f->kind == STAFF_DETAIL_WORD && *v == '\0' ? "choose one" :
	    kind_why[f->kind];
	return ok ? 0 : -1;
}

static size_t
fault(struct staff_detail_fault *faults, size_t n, size_t max, size_t field,
    const char *why)
{
	if (n < max) {
		faults[n].field = field;
		faults[n].why = why;
	}
	return n + 1;
}

size_t
staff_detail_rules(const struct staff_detail_value v[STAFF_DETAIL_N],
    struct staff_detail_fault *faults, size_t max)
{
	int support = strcmp(v[F_GROUP].text, "support") == 0;
	int si = v[F_STAGE].null ? -1 : word_index(stages, v[F_STAGE].text);
	size_t n = 0;

	if (si >= 0 && support != (si >= STAGE_SUPPORT_FIRST))
		n = fault(faults, n, max, F_STAGE, support ? "support staff have "
		    "a support-staff stage (core, proficient or experienced)" :
		    "only support staff have a core, proficient or experienced "
		    "stage");
	if (!v[F_PAY].null && si > STAGE_MAIN_RANGE_LAST)
		n = fault(faults, n, max, F_PAY, "a pay point is for the main pay "
		    "range and early-career teachers only");
	if (strcmp(v[F_CONTRACT].text, "permanent") != 0 && v[F_CONTRACT_END].null)
		n = fault(faults, n, max, F_CONTRACT_END, "a fixed-term or "
		    "temporary contract needs its end date");
	if (!v[F_CONTRACT_END].null && !v[F_START].null &&
	    strcmp(v[F_CONTRACT_END].text, v[F_START].text) <= 0)
		n = fault(faults, n, max, F_CONTRACT_END, "the contract must end "
		    "after the start date");
	return n < max ? n : max;
}

int
staff_detail_index(const char *column)
{
	size_t i;

	for (i = 0; i < STAFF_DETAIL_N; i++)
		if (strcmp(staff_detail_fields[i].column, column) == 0)
			return (int)i;
	return -1;
}

const char *
staff_detail_word_label(size_t field, const char *word)
{
	const struct staff_detail_field *f;
	int i;

	if (field >= STAFF_DETAIL_N || word == NULL)
		return word;
	f = &staff_detail_fields[field];
	if (f->kind != STAFF_DETAIL_WORD || (i = word_index(f->words, word)) < 0)
		return word;
	return f->labels[i];
}

const char *
staff_detail_group_rule(const struct staff_detail_value v[STAFF_DETAIL_N],
    int is_head)
{
	int head_group = strcmp(v[F_GROUP].text, "headteacher") == 0;

	if (head_group == (is_head != 0))
		return NULL;
	return is_head ? "the headteacher's staff group is Headteacher: the "
	    "school's directory says who the headteacher is" : "only the "
	    "headteacher has the staff group Headteacher: the school's "
	    "directory says who the headteacher is";
}
