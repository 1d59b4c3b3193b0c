/*
 * model/staff_detail: what the product keeps about a member of staff
 * beyond the directory (SPEC 2) as one table of fields, in the order of
 * the staff_detail columns: the admin form, the CSV columns of the staff
 * list import and the checks all come from it. Pure: no I/O, no
 * allocation.
 *
 * Contract:
 * - staff_detail_parse() reads one field's text (as typed or as in a CSV
 *   column): 0 and *out, or -1 and *why (a static phrase in lower case,
 *   for "column X: ..." or, capitalised, a form's message). An optional
 *   field left empty is SQL NULL; a yes/no field takes 1/0, yes/no, y/n,
 *   true/false or empty (no); FTE is a fraction from 0.1 to 1 ("0.6",
 *   ".75", "1"), kept as thousandths; a pay point is 1-6 or M1-M6.
 * - staff_detail_rules() checks the fields against each other once each
 *   parsed: a support-staff stage only for support staff and the other
 *   way round, a pay point only on the main range (ECT1, ECT2, MPR), an
 *   end date for a fixed-term or temporary contract, a contract ending
 *   after it starts. It writes up to max faults and returns how many.
 */
#ifndef APPRAISAL_MODEL_STAFF_DETAIL_H
#define APPRAISAL_MODEL_STAFF_DETAIL_H

#include <stddef.h>

enum staff_detail_kind {
	STAFF_DETAIL_WORD,	/* one of words[] */
	STAFF_DETAIL_BOOL,
	STAFF_DETAIL_FTE,
	STAFF_DETAIL_DATE,	/* YYYY-MM-DD */
	STAFF_DETAIL_PAY	/* 1-6 */
};

struct staff_detail_field {
	const char		*column, *label, *hint;
	enum staff_detail_kind	 kind;
	int			 optional;
	const char *const	*words, *const *labels;	/* WORD only */
};

#define STAFF_DETAIL_N	14
extern const struct staff_detail_field staff_detail_fields[STAFF_DETAIL_N];

struct staff_detail_value {
	int		 null;		/* an optional field left empty */
	int		 is_int;	/* BOOL, PAY: i; else text */
	long long	 i;
	char		 text[24];	/* WORD, DATE, FTE as "0.600" */
};

struct staff_detail_fault {
	size_t		 field;		/* index into staff_detail_fields */
	const char	*why;
};

int	staff_detail_parse(size_t field, const char *text,
	    struct staff_detail_value *out, const char **why);
size_t	staff_detail_rules(const struct staff_detail_value v[STAFF_DETAIL_N],
	    struct staff_detail_fault *faults, size_t max);
/*
 * The staff group Headteacher belongs to the headteacher named by the
 * directory's headteachers group (is_head), and to nobody else; that
 * person's group is always Headteacher. Who is the head grants access
 * (lib/access.h), so the details form and the staff list can neither make
 * nor unmake a head. NULL when v's group agrees, else why (lower case).
 */
const char *staff_detail_group_rule(const struct staff_detail_value
	    v[STAFF_DETAIL_N], int is_head);
/* The field named column, or -1. */
int	staff_detail_index(const char *column);
/* The label of a word of a WORD field ("mpr" -> "Main pay range"); the
 * word itself when unknown. */
const char *staff_detail_word_label(size_t field, const char *word);

#endif
