/*
 * csv: one line of comma-separated values (RFC 4180 quoting) split in
 * place. Pure: no I/O, no allocation.
 *
 * Contract: csv_split() writes up to max pointers into fields, each into
 * line (which it changes): a field may be quoted ("a, b"), with "" for a
 * quote inside; spaces and tabs around a field are dropped; an empty line
 * is one empty field. It returns the count of fields, or -1 for a quote
 * that is not closed, text after a closing quote, or more than max
 * fields. Lines are split by the caller: a quoted field cannot hold a
 * line break.
 */
#ifndef APPRAISAL_CSV_H
#define APPRAISAL_CSV_H

#include <stddef.h>

int	csv_split(char *line, char **fields, size_t max);

#endif
