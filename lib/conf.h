/*
 * conf: the site configuration file, in ClearSilver HDF syntax
 * (`Name = value`, `Block {` ... `}`, `# comment`), read once at start-up.
 *
 * Contract:
 * - conf_load() parses a file and checks every setting against the one
 *   table of known settings in conf.c: unknown names, bad numbers, values
 *   out of range and missing required settings are errors. On error it
 *   returns -1 and writes into err a message naming the file and the line
 *   at fault (or the missing setting); the conf is then unusable.
 * - conf_load() may be called again with a second file (e.g. the admin
 *   tool's credentials): its settings override the first's.
 * - conf_str()/conf_int() return the value or the table's default; strings
 *   are owned by the conf and live until conf_free(). Asking for a name
 *   that is not in the table is a programming error: it returns ""/0.
 * - conf_parse() does the same as conf_load() on a string (for tests).
 */
#ifndef APPRAISAL_CONF_H
#define APPRAISAL_CONF_H

#include <stddef.h>

struct conf_entry;

struct conf {
	struct conf_entry	*entries;
	size_t			 n;
	size_t			 cap;
};

#define CONF_ERR_LEN 512

void		 conf_init(struct conf *);
int		 conf_load(struct conf *, const char *path, char *err, size_t errsz);
int		 conf_parse(struct conf *, const char *name, const char *text,
		    char *err, size_t errsz);
/* After all files are loaded: check required settings, and refuse a
 * directory reached over plain ldap:// unless Directory.AllowPlainLDAP. */
int		 conf_check(const struct conf *, char *err, size_t errsz);

/* How the directory connection is protected. */
enum conf_ldap_transport {
	CONF_LDAP_TLS,			/* ldaps://, ldapi:// or StartTLS */
	CONF_LDAP_PLAIN_ALLOWED,	/* ldap://, AllowPlainLDAP = true */
	CONF_LDAP_PLAIN_REFUSED		/* ldap://, StartTLS off, not allowed */
};
enum conf_ldap_transport conf_ldap_transport(const struct conf *);
/* Directory.StartTLS as set; when not set, on for a plain ldap:// URI
 * unless Directory.AllowPlainLDAP = true. */
int		 conf_starttls(const struct conf *);
const char	*conf_str(const struct conf *, const char *name);
long		 conf_int(const struct conf *, const char *name);
/* 1 if the file set the name (not only the default). */
int		 conf_isset(const struct conf *, const char *name);
void		 conf_free(struct conf *);

/* The default configuration path, from configure's sysconfdir, overridden
 * by the APPRAISAL_CONF environment variable. */
const char	*conf_default_path(void);

#endif
