/*
 * throttle: log-in attempts counted per person and per client address in
 * a window (table login_throttle). An attempt is counted before the
 * password is tried, in one atomic statement that also returns the count,
 * so attempts sent in parallel are each counted and none slips past the
 * limit. Past the limit, log-in is refused for that person or address
 * until the window ends, whether or not the name exists, so the lock
 * reveals nothing.
 *
 * Contract:
 * - throttle_hit() counts one attempt under subject and sets *locked when
 *   the attempt is past max in the window (the max + 1st and later); a
 *   window that has ended starts again at this attempt.
 * - A good log-in: throttle_clear() forgets a person's attempts;
 *   throttle_forgive() takes back the one attempt counted for an address
 *   (an address keeps counting failures only: many people share one).
 * - Subjects are the caller's keys (the directory's identifier of the
 *   person, or the normalised name when the directory knows none: see
 *   directory_login_gated()), lower-cased ASCII, cut to 256 bytes.
 * - A deadlock between parallel attempts is retried a few times; any other
 *   database failure is returned, and the caller refuses the log-in.
 * - throttle_over() is the pure rule, unit-tested.
 */
#ifndef APPRAISAL_THROTTLE_H
#define APPRAISAL_THROTTLE_H

#include "db.h"

enum throttle_kind { THROTTLE_USER, THROTTLE_ADDRESS };

/* 1 if the count-th attempt of a window is past max. */
int		throttle_over(long long count, long long max);
enum db_status	throttle_hit(struct db *, enum throttle_kind,
		    const char *subject, long long now, long long max,
		    long long window_seconds, int *locked);
enum db_status	throttle_forgive(struct db *, enum throttle_kind,
		    const char *subject);
enum db_status	throttle_clear(struct db *, enum throttle_kind,
		    const char *subject);

#endif
