/*
 * sql_text NAME...: for each statement of lib/sql.c named (SQL_...), its
 * count of parameters on one line and its text on the next, for the
 * integration tests that ask the server how it runs a statement
 * (test_plans.py). Exit 1 on a name that is not in the table.
 */
#include <stdio.h>
#include <string.h>

#include "sql.h"

int
main(int argc, char **argv)
{
	int i, id;

	for (i = 1; i < argc; i++) {
		for (id = 0; id < SQL__COUNT; id++)
			if (strcmp(sql_name((enum sql_id)id), argv[i]) == 0)
				break;
		if (id == SQL__COUNT) {
			fprintf(stderr, "sql_text: no statement %s\n", argv[i]);
			return 1;
		}
		printf("%u\n%s\n", sql_get((enum sql_id)id)->nparams,
		    sql_get((enum sql_id)id)->text);
	}
	return 0;
}
