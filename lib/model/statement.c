#include <string.h>

#include "statement.h"

const char *const statement_categories[] = { "pupil_progress", "teaching",
	"team", "leadership", "professional_development", "other", NULL };
const char *const statement_category_labels[] = { "Pupil progress",
	"Teaching", "Team", "Leadership", "Professional development", "Other",
	NULL };
const char *const statement_links[] = { "sip", "dip", "none", NULL };
const char *const statement_link_labels[] = { "School improvement plan",
	"Department improvement plan", "No plan", NULL };
const char *const statement_support_kinds[] = { "training", "coaching",
	"time", "resources", "other", NULL };
const char *const statement_support_kind_labels[] = { "Training",
	"Coaching", "Time", "Resources", "Other", NULL };
const char *const statement_support_states[] = { "pending", "provided",
	"not_provided", NULL };
const char *const statement_statuses[] = { "draft", "final", "signed",
	"superseded", NULL };
const char *const statement_status_labels[] = { "draft",
	"final, waiting for signatures", "signed by both",
	"replaced by a later version", NULL };

const char *
statement_label(const char *const *words, const char *const *labels,
    const char *word)
{
	size_t i;

	for (i = 0; word != NULL && words[i] != NULL; i++)
		if (strcmp(words[i], word) == 0)
			return labels[i];
	return word;
}
