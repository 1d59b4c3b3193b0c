/*
 * Fuzz the configuration parser: the input as the text of appraisal.hdf,
 * through conf_parse() and, from a file with its NUL bytes, conf_load().
 * A file accepted gives settings of their declared kind and range (the
 * prefix a URL path, the request limits within bounds); a file refused
 * gives a message naming the file; both read the same text alike.
 */
#define _GNU_SOURCE
#include <sys/mman.h>
#include <unistd.h>

#include "fuzz.h"

#include "conf.h"

/* Integer settings the programs size things by, with their ranges. */
static const struct {
	const char	*name;
	long		 min, max;
} ints[] = {
	{ "Site.MaxBodyBytes", 1024, 16777216 },
	{ "Site.MaxFields", 8, 10000 },
	{ "Site.MaxFieldBytes", 256, 1048576 },
	{ "Session.IdleMinutes", 1, 1440 },
	{ "Database.Port", 1, 65535 },
	{ "Directory.PageSize", 1, 10000 },
	{ "Directory.StartTLS", 0, 1 },
	{ "Directory.AllowPlainLDAP", 0, 1 },
};

static void
check_accepted(const struct conf *c)
{
	const char *prefix = conf_str(c, "Site.Prefix");
	size_t i, plen = strlen(prefix);
	char err[CONF_ERR_LEN];
	enum conf_ldap_transport t;

	for (i = 0; i < sizeof(ints) / sizeof(ints[0]); i++) {
		FUZZ_ASSERT(conf_int(c, ints[i].name) >= ints[i].min);
		FUZZ_ASSERT(conf_int(c, ints[i].name) <= ints[i].max);
	}
	FUZZ_ASSERT(plen >= 1 && prefix[0] == '/' && prefix[plen - 1] == '/');
	FUZZ_ASSERT(strstr(prefix, "//") == NULL && strstr(prefix, "..") == NULL);
	FUZZ_ASSERT(strpbrk(prefix, "\"'<> :?#&") == NULL);
	FUZZ_ASSERT(strcmp(conf_str(c, "No.Such.Setting"), "") == 0);
	t = conf_ldap_transport(c);
	FUZZ_ASSERT(t == CONF_LDAP_TLS || t == CONF_LDAP_PLAIN_ALLOWED ||
	    t == CONF_LDAP_PLAIN_REFUSED);
	if (conf_check(c, err, sizeof(err)) == 0)
		FUZZ_ASSERT(t != CONF_LDAP_PLAIN_REFUSED &&
		    conf_str(c, "Database.User")[0] != '\0' &&
		    conf_str(c, "Directory.Uri")[0] != '\0');
	else
		FUZZ_ASSERT(err[0] != '\0' && strlen(err) < sizeof(err));
}

/* The same bytes through conf_load(), from an anonymous file. */
static int
load(const uint8_t *data, size_t size, char *err, size_t errsz)
{
	char path[64];
	struct conf c;
	int fd, rc;

	if ((fd = memfd_create("appraisal.hdf", 0)) == -1)
		abort();
	if (size > 0 && write(fd, data, size) != (ssize_t)size)
		abort();
	snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);
	conf_init(&c);
	rc = conf_load(&c, path, err, errsz);
	conf_free(&c);
	close(fd);
	return rc;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = fuzz_string(data, size);
	char err[CONF_ERR_LEN], lerr[CONF_ERR_LEN];
	struct conf c;
	int rc, lrc;

	conf_init(&c);
	rc = conf_parse(&c, "fuzz.hdf", text, err, sizeof(err));
	if (rc == 0) {
		FUZZ_ASSERT(err[0] == '\0');
		check_accepted(&c);
		/* A second file with the same text overrides each setting. */
		FUZZ_ASSERT(conf_parse(&c, "again.hdf", text, err, sizeof(err)) == 0);
		check_accepted(&c);
	} else {
		FUZZ_ASSERT(rc == -1);
		FUZZ_ASSERT(strncmp(err, "fuzz.hdf: line ", 15) == 0);
	}
	conf_free(&c);
	lrc = load(data, size, lerr, sizeof(lerr));
	if (strlen(text) == size)
		FUZZ_ASSERT(lrc == rc);
	else
		FUZZ_ASSERT(lrc == -1 && strstr(lerr, "NUL") != NULL);
	free(text);
	return 0;
}
