/*
 * model/statement: the stored words of a planning statement (objective
 * categories and plan links, support kinds and states, statement
 * statuses) and the words people read for them, shared by every page that
 * shows a statement (plan, moderation, reviews). Pure: no I/O.
 *
 * Contract: each words[] is NULL-terminated and its labels[] has one label
 * at the same index. statement_label() returns the label of a stored word,
 * or the word itself when it is not in the table (never NULL for a
 * non-NULL word).
 */
#ifndef APPRAISAL_MODEL_STATEMENT_H
#define APPRAISAL_MODEL_STATEMENT_H

extern const char *const statement_categories[];
extern const char *const statement_category_labels[];
extern const char *const statement_links[];
extern const char *const statement_link_labels[];
extern const char *const statement_support_kinds[];
extern const char *const statement_support_kind_labels[];
extern const char *const statement_support_states[];
extern const char *const statement_statuses[];
extern const char *const statement_status_labels[];

const char	*statement_label(const char *const *words,
		    const char *const *labels, const char *word);

#endif
