/*
 * arena: a bump allocator for one request. Everything a request allocates
 * comes from its arena and is released at once by arena_reset() when the
 * request ends, so handlers never free and never leak.
 *
 * Contract: arena_alloc() returns zeroed, max-aligned memory, or NULL when
 * the arena would grow past its cap or the size cannot be rounded up
 * without overflow, e.g. near SIZE_MAX (then nothing was allocated). Memory
 * stays valid until arena_reset() or arena_free(). arena_reset() keeps the
 * first block for reuse, so a steady load allocates nothing from malloc.
 */
#ifndef APPRAISAL_ARENA_H
#define APPRAISAL_ARENA_H

#include <stddef.h>

struct arena_block;

struct arena {
	struct arena_block	*head;	/* current block, others chained */
	size_t			 used;	/* total bytes handed out */
	size_t			 cap;	/* most bytes ever handed out */
};

void	 arena_init(struct arena *a, size_t cap);
void	*arena_alloc(struct arena *a, size_t n);
char	*arena_strdup(struct arena *a, const char *s);
char	*arena_strndup(struct arena *a, const char *s, size_t n);
/* printf into the arena; NULL on overflow of the cap. */
char	*arena_printf(struct arena *a, const char *fmt, ...)
	    __attribute__((format(printf, 2, 3)));
void	 arena_reset(struct arena *a);
void	 arena_free(struct arena *a);

#endif
