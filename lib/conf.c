#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "conf.h"

#ifndef APPRAISAL_SYSCONFDIR
#define APPRAISAL_SYSCONFDIR "/etc"
#endif
#ifndef APPRAISAL_DATADIR
#define APPRAISAL_DATADIR "/usr/share/appraisal"
#endif

#define CONF_NAME_MAX 128
#define CONF_VALUE_MAX 2048
#define CONF_DEPTH_MAX 4

/* CONF_PATH: a URL path the pages put at the start of every link and form
 * action, so it must be one: "/" ... "/", with no scheme, quote or space. */
enum conf_type { CONF_STR, CONF_INT, CONF_BOOL, CONF_PATH };

struct conf_setting {
	const char	*name;
	enum conf_type	 type;
	int		 required;
	const char	*def;
	long		 min, max;	/* INT: range; STR: length range */
};

/* Every setting the product knows. Keep in step with docs/appraisal.conf.5. */
static const struct conf_setting settings[] = {
	{ "Site.Prefix", CONF_PATH, 0, "/appraisal/", 1, 200 },
	{ "Site.Templates", CONF_STR, 0, APPRAISAL_DATADIR "/templates", 1, 1024 },
	{ "Site.Name", CONF_STR, 0, "Appraisal", 1, 100 },
	{ "Site.MaxBodyBytes", CONF_INT, 0, "262144", 1024, 16777216 },
	{ "Site.MaxFields", CONF_INT, 0, "500", 8, 10000 },
	{ "Site.MaxFieldBytes", CONF_INT, 0, "65536", 256, 1048576 },
	{ "Site.DebugQueries", CONF_BOOL, 0, "0", 0, 1 },
	{ "Site.TimeZone", CONF_STR, 0, "Europe/London", 1, 64 },
	{ "Site.TrustedProxyHeader", CONF_STR, 0, "", 0, 64 },
	{ "Site.TrustedProxies", CONF_STR, 0, "", 0, 1024 },
	{ "Site.Url", CONF_STR, 0, "", 0, 1024 },
	{ "Site.SocketDir", CONF_STR, 0, "", 0, 1024 },
	{ "Session.IdleMinutes", CONF_INT, 0, "30", 1, 1440 },
	{ "Session.MaxHours", CONF_INT, 0, "10", 1, 168 },
	{ "Login.MaxFailuresPerUser", CONF_INT, 0, "5", 1, 1000 },
	{ "Login.MaxFailuresPerAddress", CONF_INT, 0, "50", 1, 100000 },
	{ "Login.LockMinutes", CONF_INT, 0, "15", 1, 1440 },
	{ "Database.Host", CONF_STR, 0, "127.0.0.1", 1, 255 },
	{ "Database.Port", CONF_INT, 0, "3306", 1, 65535 },
	{ "Database.Socket", CONF_STR, 0, "", 0, 1024 },
	{ "Database.Name", CONF_STR, 0, "appraisal", 1, 64 },
	{ "Database.User", CONF_STR, 1, "", 1, 80 },
	{ "Database.Password", CONF_STR, 0, "", 0, 256 },
	{ "Database.ConnectTimeout", CONF_INT, 0, "3", 1, 60 },
	{ "Database.Timeout", CONF_INT, 0, "10", 1, 600 },
	{ "Directory.Uri", CONF_STR, 1, "", 8, 1024 },
	{ "Directory.BindDN", CONF_STR, 0, "", 0, 1024 },
	{ "Directory.BindPassword", CONF_STR, 0, "", 0, 256 },
	{ "Directory.Base", CONF_STR, 1, "", 1, 1024 },
	{ "Directory.GroupBase", CONF_STR, 0, "", 0, 1024 },
	{ "Directory.UPNSuffix", CONF_STR, 0, "", 0, 255 },
	{ "Directory.ObjectClass", CONF_STR, 0, "inetOrgPerson", 1, 64 },
	{ "Directory.Attr.Login", CONF_STR, 0, "uid", 1, 64 },
	{ "Directory.Attr.Name", CONF_STR, 0, "displayName", 1, 64 },
	{ "Directory.Attr.Mail", CONF_STR, 0, "mail", 1, 64 },
	{ "Directory.Attr.Title", CONF_STR, 0, "title", 1, 64 },
	{ "Directory.Attr.School", CONF_STR, 0, "o", 1, 64 },
	{ "Directory.Attr.Id", CONF_STR, 0, "", 0, 64 },
	{ "Directory.DefaultSchool", CONF_STR, 0, "", 0, 32 },
	/* StartTLS: default on for ldap:// URIs (conf_starttls()). */
	{ "Directory.StartTLS", CONF_BOOL, 0, "0", 0, 1 },
	{ "Directory.AllowPlainLDAP", CONF_BOOL, 0, "0", 0, 1 },
	{ "Directory.CAFile", CONF_STR, 0, "", 0, 1024 },
	{ "Directory.NetworkTimeout", CONF_INT, 0, "3", 1, 60 },
	{ "Directory.Timeout", CONF_INT, 0, "5", 1, 120 },
	{ "Directory.ActiveDirectory", CONF_BOOL, 0, "0", 0, 1 },
	{ "Directory.GroupObjectClass", CONF_STR, 0, "groupOfNames", 1, 64 },
	{ "Directory.NestedGroups", CONF_BOOL, 0, "0", 0, 1 },
	{ "Directory.Attr.UPN", CONF_STR, 0, "", 0, 64 },
	{ "Directory.Domain", CONF_STR, 0, "", 0, 64 },
	{ "Directory.UserFilter", CONF_STR, 0, "", 0, 512 },
	{ "Directory.PageSize", CONF_INT, 0, "500", 1, 10000 },
	{ "Roles.Teacher", CONF_STR, 0, "", 0, 1024 },
	{ "Roles.Support", CONF_STR, 0, "", 0, 1024 },
	{ "Roles.Leadership", CONF_STR, 0, "", 0, 1024 },
	{ "Roles.Headteacher", CONF_STR, 0, "", 0, 1024 },
	{ "Roles.PMLead", CONF_STR, 0, "", 0, 1024 },
	{ "Roles.CPDCoordinator", CONF_STR, 0, "", 0, 1024 },
	{ "Roles.ITAdmin", CONF_STR, 0, "", 0, 1024 },
	{ "Roles.Governor", CONF_STR, 0, "", 0, 1024 },
	{ "Roles.TrustCEO", CONF_STR, 0, "", 0, 1024 },
	{ "Roles.EarlyCareer", CONF_STR, 0, "", 0, 1024 },
	{ "Admin.Database.User", CONF_STR, 0, "", 0, 80 },
	{ "Admin.Database.Password", CONF_STR, 0, "", 0, 256 },
};

#define NSETTINGS (sizeof(settings) / sizeof(settings[0]))

struct conf_entry {
	const struct conf_setting	*setting;
	char				*value;
};

static const struct conf_setting *
conf_setting_find(const char *name)
{
	size_t i;

	for (i = 0; i < NSETTINGS; i++)
		if (strcmp(settings[i].name, name) == 0)
			return &settings[i];
	return NULL;
}

static struct conf_entry *
conf_entry_find(const struct conf *c, const struct conf_setting *s)
{
	size_t i;

	for (i = 0; i < c->n; i++)
		if (c->entries[i].setting == s)
			return &c->entries[i];
	return NULL;
}

void
conf_init(struct conf *c)
{
	c->entries = NULL;
	c->n = c->cap = 0;
}

void
conf_free(struct conf *c)
{
	size_t i;

	for (i = 0; i < c->n; i++)
		free(c->entries[i].value);
	free(c->entries);
	conf_init(c);
}

static int
conf_path_ok(const char *v)
{
	size_t len = strlen(v);

	if (len == 0 || v[0] != '/' || v[len - 1] != '/' ||
	    strstr(v, "//") != NULL || strstr(v, "..") != NULL)
		return 0;
	for (; *v; v++)
		if (!isalnum((unsigned char)*v) && strchr("/-._~", *v) == NULL)
			return 0;
	return 1;
}

static int
conf_check_value(const struct conf_setting *s, const char *v, const char **why)
{
	char *end;
	long n;
	size_t len = strlen(v);

	switch (s->type) {
	case CONF_PATH:
		if (!conf_path_ok(v)) {
			*why = "must be a URL path that starts and ends with / "
			    "(letters, digits, - . _ ~ only), such as /appraisal/";
			return -1;
		}
		/* FALLTHROUGH */
	case CONF_STR:
		if ((long)len < s->min || (long)len > s->max) {
			*why = len == 0 ? "must not be empty" : "is too long";
			return -1;
		}
		return 0;
	case CONF_BOOL:
		if (strcmp(v, "0") && strcmp(v, "1") && strcmp(v, "true") &&
		    strcmp(v, "false") && strcmp(v, "yes") && strcmp(v, "no")) {
			*why = "must be true or false";
			return -1;
		}
		return 0;
	case CONF_INT:
		errno = 0;
		n = strtol(v, &end, 10);
		if (*v == '\0' || *end != '\0' || errno != 0) {
			*why = "must be a whole number";
			return -1;
		}
		if (n < s->min || n > s->max) {
			*why = "is out of range";
			return -1;
		}
		return 0;
	}
	return -1;
}

static int
conf_set(struct conf *c, const struct conf_setting *s, const char *v)
{
	struct conf_entry *e;
	char *copy;

	if ((copy = strdup(v)) == NULL)
		return -1;
	if ((e = conf_entry_find(c, s)) != NULL) {
		free(e->value);
		e->value = copy;
		return 0;
	}
	if (c->n == c->cap) {
		size_t ncap = c->cap ? 2 * c->cap : 32;
		struct conf_entry *ne = realloc(c->entries, ncap * sizeof(*ne));

		if (ne == NULL) {
			free(copy);
			return -1;
		}
		c->entries = ne;
		c->cap = ncap;
	}
	c->entries[c->n].setting = s;
	c->entries[c->n].value = copy;
	c->n++;
	return 0;
}

/* Trim spaces at both ends, in place. */
static char *
conf_trim(char *s)
{
	char *e;

	while (*s == ' ' || *s == '\t')
		s++;
	e = s + strlen(s);
	while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
		*--e = '\0';
	return s;
}

static int
conf_name_ok(const char *s)
{
	if (*s == '\0')
		return 0;
	for (; *s; s++)
		if (!isalnum((unsigned char)*s) && *s != '_' && *s != '.')
			return 0;
	return 1;
}

struct conf_parser {
	struct conf	*c;
	const char	*file;
	char		*err;
	size_t		 errsz;
	char		 prefix[CONF_DEPTH_MAX][CONF_NAME_MAX];
	int		 depth;
	int		 line;
};

static int
conf_fail(struct conf_parser *p, const char *what, const char *name)
{
	snprintf(p->err, p->errsz, "%s: line %d: %s%s%s", p->file, p->line,
	    name ? "'" : "", name ? name : "", name ? "' " : "");
	size_t len = strlen(p->err);
	snprintf(p->err + len, p->errsz - len, "%s", what);
	return -1;
}

static int
conf_fullname(struct conf_parser *p, const char *name, char *out, size_t outsz)
{
	size_t len = 0;
	int i, n;

	out[0] = '\0';
	for (i = 0; i < p->depth; i++) {
		n = snprintf(out + len, outsz - len, "%s.", p->prefix[i]);
		if (n < 0 || (size_t)n >= outsz - len)
			return -1;
		len += (size_t)n;
	}
	n = snprintf(out + len, outsz - len, "%s", name);
	return (n < 0 || (size_t)n >= outsz - len) ? -1 : 0;
}

static int
conf_line_assign(struct conf_parser *p, char *line, char *eq)
{
	char full[CONF_NAME_MAX * (CONF_DEPTH_MAX + 1)];
	const struct conf_setting *s;
	const char *why = NULL;
	char *name, *value;

	*eq = '\0';
	name = conf_trim(line);
	value = conf_trim(eq + 1);
	if (!conf_name_ok(name))
		return conf_fail(p, "is not a valid setting name", name);
	if (conf_fullname(p, name, full, sizeof(full)) == -1)
		return conf_fail(p, "name is too long", NULL);
	if ((s = conf_setting_find(full)) == NULL)
		return conf_fail(p, "is not a known setting", full);
	if (strlen(value) > CONF_VALUE_MAX)
		return conf_fail(p, "value is too long", full);
	if (conf_check_value(s, value, &why) == -1)
		return conf_fail(p, why, full);
	if (conf_set(p->c, s, value) == -1)
		return conf_fail(p, "out of memory", NULL);
	return 0;
}

static int
conf_line_open(struct conf_parser *p, char *line, char *brace)
{
	char *name;

	*brace = '\0';
	name = conf_trim(line);
	if (*conf_trim(brace + 1) != '\0')
		return conf_fail(p, "text after '{'", NULL);
	if (!conf_name_ok(name) || strlen(name) >= CONF_NAME_MAX)
		return conf_fail(p, "is not a valid block name", name);
	if (p->depth == CONF_DEPTH_MAX)
		return conf_fail(p, "blocks nested too deeply", NULL);
	memcpy(p->prefix[p->depth], name, strlen(name) + 1);
	p->depth++;
	return 0;
}

static int
conf_line(struct conf_parser *p, char *raw)
{
	char *line = conf_trim(raw), *eq, *brace;

	if (*line == '\0' || *line == '#')
		return 0;
	if (strcmp(line, "}") == 0) {
		if (p->depth == 0)
			return conf_fail(p, "'}' without a block to close", NULL);
		p->depth--;
		return 0;
	}
	eq = strchr(line, '=');
	brace = strchr(line, '{');
	if (eq != NULL && (brace == NULL || eq < brace))
		return conf_line_assign(p, line, eq);
	if (brace != NULL)
		return conf_line_open(p, line, brace);
	return conf_fail(p, "expected 'Name = value', 'Name {' or '}'", NULL);
}

int
conf_parse(struct conf *c, const char *name, const char *text, char *err,
    size_t errsz)
{
	struct conf_parser p = { .c = c, .file = name, .err = err, .errsz = errsz };
	char buf[CONF_VALUE_MAX + CONF_NAME_MAX + 16];
	const char *s = text, *nl;
	size_t len;

	err[0] = '\0';
	while (*s != '\0') {
		p.line++;
		nl = strchr(s, '\n');
		len = nl ? (size_t)(nl - s) : strlen(s);
		if (len >= sizeof(buf))
			return conf_fail(&p, "line is too long", NULL);
		memcpy(buf, s, len);
		buf[len] = '\0';
		if (memchr(s, '\0', len) != NULL || conf_line(&p, buf) == -1)
			return -1;
		s += len + (nl ? 1 : 0);
	}
	if (p.depth != 0)
		return conf_fail(&p, "a block is not closed with '}'", NULL);
	return 0;
}

int
conf_load(struct conf *c, const char *path, char *err, size_t errsz)
{
	FILE *f;
	char *text;
	long size;
	int rc;

	if ((f = fopen(path, "r")) == NULL) {
		snprintf(err, errsz, "%s: %s", path, strerror(errno));
		return -1;
	}
	if (fseek(f, 0, SEEK_END) == -1 || (size = ftell(f)) < 0 ||
	    size > 1048576 || fseek(f, 0, SEEK_SET) == -1 ||
	    (text = malloc((size_t)size + 1)) == NULL) {
		snprintf(err, errsz, "%s: cannot read (or larger than 1 MB)", path);
		fclose(f);
		return -1;
	}
	if (fread(text, 1, (size_t)size, f) != (size_t)size) {
		snprintf(err, errsz, "%s: read error", path);
		free(text);
		fclose(f);
		return -1;
	}
	text[size] = '\0';
	fclose(f);
	if (strlen(text) != (size_t)size) {
		snprintf(err, errsz, "%s: contains a NUL byte", path);
		free(text);
		return -1;
	}
	rc = conf_parse(c, path, text, err, errsz);
	free(text);
	return rc;
}

/* 1 if any of the space-separated URIs in uri is plain ldap://. */
static int
conf_uri_plain(const char *uri)
{
	const char *p = uri;

	while (*p != '\0') {
		while (*p == ' ' || *p == '\t' || *p == ',')
			p++;
		if (strncasecmp(p, "ldap://", 7) == 0)
			return 1;
		while (*p != '\0' && *p != ' ' && *p != '\t' && *p != ',')
			p++;
	}
	return 0;
}

int
conf_starttls(const struct conf *c)
{
	if (conf_isset(c, "Directory.StartTLS"))
		return (int)conf_int(c, "Directory.StartTLS");
	return conf_uri_plain(conf_str(c, "Directory.Uri")) &&
	    !conf_int(c, "Directory.AllowPlainLDAP");
}

enum conf_ldap_transport
conf_ldap_transport(const struct conf *c)
{
	if (conf_starttls(c) || !conf_uri_plain(conf_str(c, "Directory.Uri")))
		return CONF_LDAP_TLS;
	return conf_int(c, "Directory.AllowPlainLDAP") ?
	    CONF_LDAP_PLAIN_ALLOWED : CONF_LDAP_PLAIN_REFUSED;
}

/* Site.TrustedProxyHeader: a header name, and only with the proxies'
 * addresses (else any client could claim HTTPS). */
static int
conf_proxy_check(const struct conf *c, char *err, size_t errsz)
{
	const char *h = conf_str(c, "Site.TrustedProxyHeader");

	if (*h == '\0')
		return 0;
	if (strspn(h, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
	    "0123456789-") != strlen(h)) {
		snprintf(err, errsz, "Site.TrustedProxyHeader must be a header "
		    "name (letters, digits and '-'), such as X-Forwarded-Proto");
		return -1;
	}
	if (strspn(conf_str(c, "Site.TrustedProxies"), " \t,") ==
	    strlen(conf_str(c, "Site.TrustedProxies"))) {
		snprintf(err, errsz, "Site.TrustedProxyHeader needs "
		    "Site.TrustedProxies: the addresses of the proxies that "
		    "set it");
		return -1;
	}
	return 0;
}

int
conf_check(const struct conf *c, char *err, size_t errsz)
{
	size_t i;

	for (i = 0; i < NSETTINGS; i++) {
		if (settings[i].required && conf_entry_find(c, &settings[i]) == NULL) {
			snprintf(err, errsz, "required setting '%s' is missing",
			    settings[i].name);
			return -1;
		}
	}
	if (conf_proxy_check(c, err, errsz) == -1)
		return -1;
	if (conf_ldap_transport(c) == CONF_LDAP_PLAIN_REFUSED) {
		snprintf(err, errsz, "Directory.Uri is plain ldap:// with "
		    "StartTLS off: passwords would cross the network "
		    "unencrypted. Use ldaps:// or StartTLS = true, or (only on "
		    "a network you trust) set Directory.AllowPlainLDAP = true");
		return -1;
	}
	return 0;
}

const char *
conf_str(const struct conf *c, const char *name)
{
	const struct conf_setting *s = conf_setting_find(name);
	const struct conf_entry *e;

	if (s == NULL)
		return "";
	e = conf_entry_find(c, s);
	return e ? e->value : s->def;
}

long
conf_int(const struct conf *c, const char *name)
{
	const char *v = conf_str(c, name);

	if (strcmp(v, "true") == 0 || strcmp(v, "yes") == 0)
		return 1;
	if (strcmp(v, "false") == 0 || strcmp(v, "no") == 0)
		return 0;
	return strtol(v, NULL, 10);
}

int
conf_isset(const struct conf *c, const char *name)
{
	const struct conf_setting *s = conf_setting_find(name);

	return s != NULL && conf_entry_find(c, s) != NULL;
}

const char *
conf_default_path(void)
{
	const char *env = getenv("APPRAISAL_CONF");

	return env && *env ? env : APPRAISAL_SYSCONFDIR "/appraisal/appraisal.hdf";
}
