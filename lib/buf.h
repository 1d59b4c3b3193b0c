/*
 * buf: a growable byte buffer, reused across requests (buf_reset keeps the
 * memory). Used to render a whole page before anything is sent, so a
 * failure half-way never reaches the client as a partial page.
 * buf_append returns 0, or -1 when out of memory or past max (the buffer
 * is then unchanged).
 */
#ifndef APPRAISAL_BUF_H
#define APPRAISAL_BUF_H

#include <stddef.h>

struct buf {
	char	*p;
	size_t	 len;
	size_t	 cap;
	size_t	 max;
};

void	buf_init(struct buf *, size_t max);
int	buf_append(struct buf *, const char *, size_t);
int	buf_puts(struct buf *, const char *);
void	buf_reset(struct buf *);
void	buf_free(struct buf *);

#endif
