/*
 * throttle: failed log-ins counted per user name and per client address
 * in a sliding window (table login_throttle). When either count reaches
 * its limit, log-in is refused for that name or address until the window
 * ends, whether or not the name exists, so the lock reveals nothing.
 *
 * Contract: throttle_locked() is the pure rule. throttle_check() returns
 * DB_OK and sets *locked; throttle_fail() counts one failure;
 * throttle_clear() forgets a name's failures after a good log-in. User
 * names are compared case-insensitively (lower-cased ASCII) and cut to
 * 256 bytes.
 */
#ifndef APPRAISAL_THROTTLE_H
#define APPRAISAL_THROTTLE_H

#include "db.h"

enum throttle_kind { THROTTLE_USER, THROTTLE_ADDRESS };

int		throttle_locked(long long failures, long long window_start,
		    long long now, long long max, long long window_seconds);
enum db_status	throttle_check(struct db *, struct arena *, enum throttle_kind,
		    const char *subject, long long now, long long max,
		    long long window_seconds, int *locked);
enum db_status	throttle_fail(struct db *, enum throttle_kind,
		    const char *subject, long long now, long long window_seconds);
enum db_status	throttle_clear(struct db *, enum throttle_kind,
		    const char *subject);

#endif
