/* Shared by the unit tests: one main() that runs a Check suite. */
#ifndef APPRAISAL_UNIT_H
#define APPRAISAL_UNIT_H

#include <check.h>
#include <stdlib.h>

#define UNIT_MAIN(make_suite)					\
int								\
main(void)							\
{								\
	SRunner *sr = srunner_create(make_suite());		\
	int failed;						\
								\
	srunner_run_all(sr, CK_NORMAL);				\
	failed = srunner_ntests_failed(sr);			\
	srunner_free(sr);					\
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;		\
}


#endif
