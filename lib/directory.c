/*
 * directory: staff log-in against LDAP or Active Directory with OpenLDAP's
 * libldap. The contract is in directory.h; this file adds:
 * - every connection: LDAPv3, referrals off, network and operation
 *   timeouts; with TLS (StartTLS or ldaps://) the certificate must verify
 *   (TLS 1.2 at least) against ca_file or the system's bundle;
 * - search-then-bind uses two connections: the service account's (search,
 *   groups) and a fresh one for the user's bind, closed straight away;
 * - directory_lookup() and directory_list() need the service account;
 * - an empty group_base means "no group look-ups" (ngroups 0);
 * - timeouts <= 0 fall back to DIR_NET_TIMEOUT / DIR_OP_TIMEOUT.
 */
#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/time.h>

#include <ldap.h>

#include "directory.h"
#include "valid.h"

#define DIR_LOG_PREFIX	"appraisal: directory: "
#define DIR_LOG_MAX	768
#define DIR_ATTR_MAX	64	/* longest attribute or class name */
#define DIR_FILTER_MAX	1024	/* a person filter always fits */
#define DIR_PAGE_SIZE	500	/* directory_list() paged results */
#define DIR_GROUPS_MAX	1000	/* size limit of one person's groups */
#define DIR_NET_TIMEOUT	3	/* seconds, if the conf has none */
#define DIR_OP_TIMEOUT	5	/* seconds, if the conf has none */
/* RDN value of the made-up DN bound for an unknown user. */
#define DIR_DUMMY_VALUE	"appraisal-no-such-person"

/* What a libldap result code means, by the operation that returned it. */
enum dir_op {
	DIR_OP_USER_BIND,	/* the person's own bind */
	DIR_OP_OTHER		/* service bind, search, StartTLS */
};

static const struct {
	int			 rc;
	enum directory_result	 user_bind;
	enum directory_result	 other;
} dir_rc_table[] = {
	{ LDAP_SUCCESS, DIRECTORY_OK, DIRECTORY_OK },
	{ LDAP_SERVER_DOWN, DIRECTORY_UNAVAILABLE, DIRECTORY_UNAVAILABLE },
	{ LDAP_CONNECT_ERROR, DIRECTORY_UNAVAILABLE, DIRECTORY_UNAVAILABLE },
	{ LDAP_TIMEOUT, DIRECTORY_UNAVAILABLE, DIRECTORY_UNAVAILABLE },
	{ LDAP_TIMELIMIT_EXCEEDED, DIRECTORY_UNAVAILABLE,
	    DIRECTORY_UNAVAILABLE },
	{ LDAP_UNAVAILABLE, DIRECTORY_UNAVAILABLE, DIRECTORY_UNAVAILABLE },
	{ LDAP_BUSY, DIRECTORY_UNAVAILABLE, DIRECTORY_UNAVAILABLE },
	{ LDAP_STRONG_AUTH_REQUIRED, DIRECTORY_UNAVAILABLE,
	    DIRECTORY_UNAVAILABLE },
	{ LDAP_CONFIDENTIALITY_REQUIRED, DIRECTORY_UNAVAILABLE,
	    DIRECTORY_UNAVAILABLE },
	{ LDAP_NO_SUCH_OBJECT, DIRECTORY_BAD_CREDENTIALS,
	    DIRECTORY_UNAVAILABLE },
	{ LDAP_INSUFFICIENT_ACCESS, DIRECTORY_BAD_CREDENTIALS,
	    DIRECTORY_UNAVAILABLE },
	{ LDAP_INVALID_CREDENTIALS, DIRECTORY_BAD_CREDENTIALS,
	    DIRECTORY_UNAVAILABLE },
	{ LDAP_INAPPROPRIATE_AUTH, DIRECTORY_BAD_CREDENTIALS,
	    DIRECTORY_UNAVAILABLE },
	{ LDAP_UNWILLING_TO_PERFORM, DIRECTORY_BAD_CREDENTIALS,
	    DIRECTORY_ERROR },
};

static const char *const dir_result_names[] = {
	[DIRECTORY_OK] = "OK",
	[DIRECTORY_BAD_INPUT] = "BAD_INPUT",
	[DIRECTORY_BAD_CREDENTIALS] = "BAD_CREDENTIALS",
	[DIRECTORY_UNAVAILABLE] = "UNAVAILABLE",
	[DIRECTORY_ERROR] = "ERROR",
};

/* RFC 4515 section 3: the bytes that must be escaped in a filter value. */
static const struct {
	unsigned char	 c;
	const char	*seq;
} dir_escapes[] = {
	{ '*', "\\2a" },
	{ '(', "\\28" },
	{ ')', "\\29" },
	{ '\\', "\\5c" },
	{ '\0', "\\00" },
};

/* A callback for each entry of a (paged) search. */
typedef enum directory_result (*dir_entry_fn)(LDAP *, LDAPMessage *, void *);

struct dir_search {
	const char	*base;
	const char	*filter;
	char		**attrs;
};

/* directory_list(): every (member, group) pair, sorted by member. */
struct dir_gpair {
	char	*member;	/* dir_dn_key() of the member's DN */
	size_t	 group;		/* index into groups */
};

struct dir_gmap {
	char			**groups;
	size_t			  ngroups, gcap;
	struct dir_gpair	 *pairs;
	size_t			  npairs, pcap;
};

struct dir_list_ctx {
	const struct directory_conf	 *conf;
	const struct dir_gmap		 *map;
	int				(*fn)(const struct directory_person *,
					    void *);
	void				 *arg;
};

__attribute__((format(printf, 1, 2)))
static void
dir_log(const char *fmt, ...)
{
	char msg[DIR_LOG_MAX];
	va_list ap;
	size_t i;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	for (i = 0; msg[i] != '\0'; i++)	/* one line, nothing forged */
		if ((unsigned char)msg[i] < 0x20 || msg[i] == 0x7f)
			msg[i] = '?';
	fprintf(stderr, DIR_LOG_PREFIX "%s\n", msg);
}

/* Log a libldap failure with the server's diagnostic message, if any. */
static void
dir_log_ld(LDAP *ld, int rc, const char *what, const char *subject)
{
	char *diag = NULL;

	if (ld != NULL)
		ldap_get_option(ld, LDAP_OPT_DIAGNOSTIC_MESSAGE, &diag);
	dir_log("%s (%s): %s (%d)%s%s", what, subject, ldap_err2string(rc),
	    rc, diag != NULL && *diag != '\0' ? ": " : "",
	    diag != NULL ? diag : "");
	ldap_memfree(diag);
}

static enum directory_result
dir_map(int rc, enum dir_op op)
{
	size_t i;

	for (i = 0; i < sizeof(dir_rc_table) / sizeof(dir_rc_table[0]); i++)
		if (dir_rc_table[i].rc == rc)
			return op == DIR_OP_USER_BIND ?
			    dir_rc_table[i].user_bind : dir_rc_table[i].other;
	return DIRECTORY_ERROR;
}

const char *
directory_result_str(enum directory_result r)
{
	if ((size_t)r >= sizeof(dir_result_names) / sizeof(dir_result_names[0]))
		return "UNKNOWN";
	return dir_result_names[r];
}

static const char *
dir_escape_seq(unsigned char c)
{
	size_t i;

	for (i = 0; i < sizeof(dir_escapes) / sizeof(dir_escapes[0]); i++)
		if (dir_escapes[i].c == c)
			return dir_escapes[i].seq;
	return NULL;
}

int
directory_escape_filter(const char *in, size_t len, char *out, size_t outsz)
{
	const char *seq;
	size_t i, o = 0, n;

	if (out == NULL || outsz == 0)
		return -1;
	out[0] = '\0';
	if (in == NULL && len > 0)
		return -1;
	for (i = 0; i < len; i++) {
		seq = dir_escape_seq((unsigned char)in[i]);
		n = seq != NULL ? 3 : 1;
		if (outsz - o <= n || o + n > INT_MAX) {
			out[0] = '\0';
			return -1;
		}
		if (seq != NULL)
			memcpy(out + o, seq, n);
		else
			out[o] = in[i];
		o += n;
	}
	out[o] = '\0';
	return (int)o;
}

int
directory_check_user(const char *user)
{
	unsigned long cp;
	size_t len, i, n;

	if (user == NULL)
		return -1;
	len = strnlen(user, DIRECTORY_USER_MAX + 1);
	if (len == 0 || len > DIRECTORY_USER_MAX)
		return -1;
	for (i = 0; i < len; i += n) {
		if ((n = valid_utf8_next(user + i, len - i, &cp)) == 0)
			return -1;
		if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f))
			return -1;	/* C0, DEL, C1 controls */
	}
	return 0;
}

static int
dir_check_password(const char *password)
{
	size_t len;

	if (password == NULL)
		return -1;
	len = strnlen(password, DIRECTORY_PASSWORD_MAX + 1);
	return len == 0 || len > DIRECTORY_PASSWORD_MAX ? -1 : 0;
}

static int
dir_empty(const char *s)
{
	return s == NULL || s[0] == '\0';
}

/* An attribute or object class name: letters, digits and '-' only. */
static int
dir_attr_ok(const char *a)
{
	size_t i;
	char c;

	if (dir_empty(a))
		return 0;
	for (i = 0; (c = a[i]) != '\0'; i++) {
		if (i >= DIR_ATTR_MAX)
			return 0;
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    (c >= '0' && c <= '9') || c == '-'))
			return 0;
	}
	return 1;
}

/* The settings every operation needs; DIRECTORY_ERROR if one is wrong. */
static enum directory_result
dir_conf_check(const struct directory_conf *conf)
{
	const struct {
		const char	*name;
		const char	*value;
	} attrs[] = {
		{ "attr_login", conf->attr_login },
		{ "attr_name", conf->attr_name },
		{ "attr_mail", conf->attr_mail },
		{ "attr_title", conf->attr_title },
		{ "attr_school", conf->attr_school },
		{ "object_class", conf->object_class },
	};
	size_t i;

	if (dir_empty(conf->uri) || dir_empty(conf->base)) {
		dir_log("configuration: uri and base are required");
		return DIRECTORY_ERROR;
	}
	for (i = 0; i < sizeof(attrs) / sizeof(attrs[0]); i++)
		if (!dir_attr_ok(attrs[i].value)) {
			dir_log("configuration: %s is not an attribute name "
			    "(letters, digits and '-' only)", attrs[i].name);
			return DIRECTORY_ERROR;
		}
	return DIRECTORY_OK;
}

static int
dir_has_service(const struct directory_conf *conf)
{
	return !dir_empty(conf->bind_dn);
}

static struct timeval
dir_timeval(int secs, int fallback)
{
	struct timeval tv;

	tv.tv_sec = secs > 0 ? secs : fallback;
	tv.tv_usec = 0;
	return tv;
}

static struct timeval
dir_op_timeout(const struct directory_conf *conf)
{
	return dir_timeval(conf->timeout, DIR_OP_TIMEOUT);
}

static int
dir_uses_tls(const struct directory_conf *conf)
{
	const char *p;

	if (conf->starttls)
		return 1;
	for (p = conf->uri; *p != '\0'; p++)
		if (strncasecmp(p, "ldaps:", 6) == 0)
			return 1;
	return 0;
}

/* Certificate checks for StartTLS and ldaps://, in a context of our own. */
static enum directory_result
dir_set_tls(LDAP *ld, const struct directory_conf *conf)
{
	int demand = LDAP_OPT_X_TLS_DEMAND;
	int tlsmin = LDAP_OPT_X_TLS_PROTOCOL_TLS1_2;
	int server = 0;
	int rc;

	if ((rc = ldap_set_option(ld, LDAP_OPT_X_TLS_REQUIRE_CERT, &demand)) ||
	    (rc = ldap_set_option(ld, LDAP_OPT_X_TLS_PROTOCOL_MIN, &tlsmin)) ||
	    (!dir_empty(conf->ca_file) && (rc = ldap_set_option(ld,
	    LDAP_OPT_X_TLS_CACERTFILE, conf->ca_file))) ||
	    (rc = ldap_set_option(ld, LDAP_OPT_X_TLS_NEWCTX, &server))) {
		dir_log("configuration problem: cannot set up TLS with %s "
		    "(error %d), check ca_file", dir_empty(conf->ca_file) ?
		    "the system's CA bundle" : conf->ca_file, rc);
		return DIRECTORY_UNAVAILABLE;
	}
	return DIRECTORY_OK;
}

static enum directory_result
dir_set_options(LDAP *ld, const struct directory_conf *conf)
{
	struct timeval net = dir_timeval(conf->network_timeout,
	    DIR_NET_TIMEOUT);
	struct timeval op = dir_op_timeout(conf);
	int version = LDAP_VERSION3;
	int rc;

	if ((rc = ldap_set_option(ld, LDAP_OPT_PROTOCOL_VERSION, &version)) ||
	    (rc = ldap_set_option(ld, LDAP_OPT_REFERRALS, LDAP_OPT_OFF)) ||
	    (rc = ldap_set_option(ld, LDAP_OPT_NETWORK_TIMEOUT, &net)) ||
	    (rc = ldap_set_option(ld, LDAP_OPT_TIMEOUT, &op))) {
		dir_log("cannot set connection options for %s (error %d)",
		    conf->uri, rc);
		return DIRECTORY_ERROR;
	}
	return dir_uses_tls(conf) ? dir_set_tls(ld, conf) : DIRECTORY_OK;
}

/* A new connection, StartTLS done if configured; not yet bound. */
static enum directory_result
dir_connect(const struct directory_conf *conf, LDAP **out)
{
	enum directory_result r;
	LDAP *ld = NULL;
	int rc;

	*out = NULL;
	if ((rc = ldap_initialize(&ld, conf->uri)) != LDAP_SUCCESS) {
		dir_log_ld(NULL, rc, "configuration: bad uri", conf->uri);
		return DIRECTORY_UNAVAILABLE;
	}
	if ((r = dir_set_options(ld, conf)) != DIRECTORY_OK) {
		ldap_unbind_ext_s(ld, NULL, NULL);
		return r;
	}
	if (conf->starttls &&
	    (rc = ldap_start_tls_s(ld, NULL, NULL)) != LDAP_SUCCESS) {
		dir_log_ld(ld, rc, "StartTLS failed", conf->uri);
		ldap_unbind_ext_s(ld, NULL, NULL);
		return DIRECTORY_UNAVAILABLE;
	}
	*out = ld;
	return DIRECTORY_OK;
}

static int
dir_bind(LDAP *ld, const char *dn, const char *password)
{
	struct berval cred;

	cred.bv_val = (char *)password;
	cred.bv_len = strlen(password);
	return ldap_sasl_bind_s(ld, dn, LDAP_SASL_SIMPLE, &cred, NULL, NULL,
	    NULL);
}

/* The service account's connection; any failure is UNAVAILABLE. */
static enum directory_result
dir_service_open(const struct directory_conf *conf, LDAP **out)
{
	enum directory_result r;
	LDAP *ld;
	int rc;

	*out = NULL;
	if (dir_empty(conf->bind_password)) {	/* an unauthenticated bind */
		dir_log("configuration: bind_dn set without bind_password");
		return DIRECTORY_UNAVAILABLE;
	}
	if ((r = dir_connect(conf, &ld)) != DIRECTORY_OK)
		return r;
	rc = dir_bind(ld, conf->bind_dn, conf->bind_password);
	if (rc != LDAP_SUCCESS) {
		if (dir_map(rc, DIR_OP_USER_BIND) == DIRECTORY_BAD_CREDENTIALS)
			dir_log_ld(ld, rc, "configuration problem: service "
			    "account bind refused, check bind_dn and "
			    "bind_password", conf->bind_dn);
		else
			dir_log_ld(ld, rc, "service account bind failed",
			    conf->uri);
		ldap_unbind_ext_s(ld, NULL, NULL);
		return DIRECTORY_UNAVAILABLE;
	}
	*out = ld;
	return DIRECTORY_OK;
}

/* Bind as dn with password on a fresh connection, then close it. */
static enum directory_result
dir_user_bind(const struct directory_conf *conf, const char *dn,
    const char *password)
{
	enum directory_result r;
	LDAP *ld;
	int rc;

	if ((r = dir_connect(conf, &ld)) != DIRECTORY_OK)
		return r;
	rc = dir_bind(ld, dn, password);
	r = dir_map(rc, DIR_OP_USER_BIND);
	if (r != DIRECTORY_OK && r != DIRECTORY_BAD_CREDENTIALS)
		dir_log_ld(ld, rc, "user bind failed", dn);
	ldap_unbind_ext_s(ld, NULL, NULL);
	return r;
}

/* An unknown user still costs a bind, so that the two cases take as long. */
static void
dir_dummy_bind(const struct directory_conf *conf, const char *password)
{
	char *dn;
	size_t sz;

	sz = strlen(conf->attr_login) + sizeof(DIR_DUMMY_VALUE) +
	    strlen(conf->base) + 2;
	if ((dn = malloc(sz)) == NULL)
		return;
	snprintf(dn, sz, "%s=%s,%s", conf->attr_login, DIR_DUMMY_VALUE,
	    conf->base);
	(void)dir_user_bind(conf, dn, password);
	free(dn);
}

static char *
dir_bvdup(const struct berval *bv)
{
	char *s;

	if (bv->bv_len >= SIZE_MAX || (s = malloc(bv->bv_len + 1)) == NULL)
		return NULL;
	memcpy(s, bv->bv_val, bv->bv_len);
	s[bv->bv_len] = '\0';
	return s;
}

/* The first value of attr in entry, malloc'd; "" if absent. */
static char *
dir_value(LDAP *ld, LDAPMessage *entry, const char *attr)
{
	struct berval **vals;
	char *s;

	vals = ldap_get_values_len(ld, entry, attr);
	if (vals == NULL || vals[0] == NULL)
		s = strdup("");
	else
		s = dir_bvdup(vals[0]);
	ldap_value_free_len(vals);
	return s;
}

static enum directory_result
dir_person_dn(LDAP *ld, LDAPMessage *entry, struct directory_person *p)
{
	char *dn;

	if ((dn = ldap_get_dn(ld, entry)) == NULL) {
		dir_log("cannot read the DN of an entry");
		return DIRECTORY_ERROR;
	}
	p->dn = dn[0] != '\0' ? strdup(dn) : NULL;
	ldap_memfree(dn);
	if (p->dn == NULL) {
		dir_log("out of memory or empty DN reading an entry");
		return DIRECTORY_ERROR;
	}
	return DIRECTORY_OK;
}

/* Fill *p (zeroed first) from a person's entry; no groups yet. */
static enum directory_result
dir_person_fill(LDAP *ld, LDAPMessage *entry,
    const struct directory_conf *conf, struct directory_person *p)
{
	const struct {
		char		**field;
		const char	 *attr;
	} fields[] = {
		{ &p->login, conf->attr_login },
		{ &p->name, conf->attr_name },
		{ &p->mail, conf->attr_mail },
		{ &p->title, conf->attr_title },
		{ &p->school, conf->attr_school },
	};
	size_t i;

	memset(p, 0, sizeof(*p));
	if (dir_person_dn(ld, entry, p) != DIRECTORY_OK)
		return DIRECTORY_ERROR;
	for (i = 0; i < sizeof(fields) / sizeof(fields[0]); i++)
		if ((*fields[i].field = dir_value(ld, entry,
		    fields[i].attr)) == NULL) {
			dir_log("out of memory reading %s", p->dn);
			directory_person_free(p);
			return DIRECTORY_ERROR;
		}
	return DIRECTORY_OK;
}

/* (&(objectClass=<class>)(<login>=<escaped user>)) into buf. */
static enum directory_result
dir_person_filter(const struct directory_conf *conf, const char *user,
    char *buf, size_t sz)
{
	char esc[3 * DIRECTORY_USER_MAX + 1];
	int n;

	if (directory_escape_filter(user, strlen(user), esc, sizeof(esc)) < 0)
		return DIRECTORY_BAD_INPUT;
	n = snprintf(buf, sz, "(&(objectClass=%s)(%s=%s))",
	    conf->object_class, conf->attr_login, esc);
	if (n < 0 || (size_t)n >= sz) {
		dir_log("search filter too long");
		return DIRECTORY_ERROR;
	}
	return DIRECTORY_OK;
}

/* The one entry in res for user: none or several is BAD_CREDENTIALS. */
static enum directory_result
dir_pick_one(LDAP *ld, LDAPMessage *res, const struct directory_conf *conf,
    const char *user, struct directory_person *out)
{
	int n;

	if ((n = ldap_count_entries(ld, res)) < 0) {
		dir_log("cannot count the entries found for \"%s\"", user);
		return DIRECTORY_ERROR;
	}
	if (n == 0)
		return DIRECTORY_BAD_CREDENTIALS;
	if (n > 1) {
		dir_log("more than one entry under %s has %s=\"%s\"; "
		    "log-in refused", conf->base, conf->attr_login, user);
		return DIRECTORY_BAD_CREDENTIALS;
	}
	return dir_person_fill(ld, ldap_first_entry(ld, res), conf, out);
}

/* Search base for exactly one entry whose login attribute is user. */
static enum directory_result
dir_find_person(LDAP *ld, const struct directory_conf *conf,
    const char *user, struct directory_person *out)
{
	char filter[DIR_FILTER_MAX];
	char *attrs[] = { (char *)conf->attr_login, (char *)conf->attr_name,
	    (char *)conf->attr_mail, (char *)conf->attr_title,
	    (char *)conf->attr_school, NULL };
	struct timeval tv = dir_op_timeout(conf);
	LDAPMessage *res = NULL;
	enum directory_result r;
	int rc;

	if ((r = dir_person_filter(conf, user, filter, sizeof(filter))) !=
	    DIRECTORY_OK)
		return r;
	rc = ldap_search_ext_s(ld, conf->base, LDAP_SCOPE_SUBTREE, filter,
	    attrs, 0, NULL, NULL, &tv, 2, &res);
	if (rc == LDAP_SIZELIMIT_EXCEEDED) {
		dir_log("more than one entry under %s has %s=\"%s\"; "
		    "log-in refused", conf->base, conf->attr_login, user);
		r = DIRECTORY_BAD_CREDENTIALS;
	} else if (rc != LDAP_SUCCESS) {
		dir_log_ld(ld, rc, "search for a person failed", conf->base);
		r = dir_map(rc, DIR_OP_OTHER);
	} else
		r = dir_pick_one(ld, res, conf, user, out);
	ldap_msgfree(res);
	return r;
}

/* (&(objectClass=groupOfNames)(member=<escaped dn>)), malloc'd. */
static char *
dir_group_filter(const char *dn)
{
	static const char fmt[] = "(&(objectClass=groupOfNames)(member=%s))";
	size_t len = strlen(dn), sz;
	char *esc, *filter = NULL;

	if (len > (SIZE_MAX - sizeof(fmt)) / 3 ||
	    (esc = malloc(3 * len + 1)) == NULL)
		return NULL;
	if (directory_escape_filter(dn, len, esc, 3 * len + 1) >= 0) {
		sz = strlen(esc) + sizeof(fmt);
		if ((filter = malloc(sz)) != NULL)
			snprintf(filter, sz, fmt, esc);
	}
	free(esc);
	return filter;
}

/* The DNs of the entries in res appended to p->groups. */
static enum directory_result
dir_groups_collect(LDAP *ld, LDAPMessage *res, struct directory_person *p)
{
	LDAPMessage *e;
	char *dn;
	int n;

	if ((n = ldap_count_entries(ld, res)) <= 0)
		return n == 0 ? DIRECTORY_OK : DIRECTORY_ERROR;
	if ((p->groups = calloc((size_t)n, sizeof(*p->groups))) == NULL)
		return DIRECTORY_ERROR;
	for (e = ldap_first_entry(ld, res); e != NULL && p->ngroups <
	    (size_t)n; e = ldap_next_entry(ld, e)) {
		if ((dn = ldap_get_dn(ld, e)) == NULL)
			return DIRECTORY_ERROR;
		p->groups[p->ngroups] = strdup(dn);
		ldap_memfree(dn);
		if (p->groups[p->ngroups++] == NULL)
			return DIRECTORY_ERROR;
	}
	return DIRECTORY_OK;
}

/* The groupOfNames under group_base that have p->dn as a member. */
static enum directory_result
dir_groups_fetch(LDAP *ld, const struct directory_conf *conf,
    struct directory_person *p)
{
	char *attrs[] = { LDAP_NO_ATTRS, NULL };
	struct timeval tv = dir_op_timeout(conf);
	LDAPMessage *res = NULL;
	enum directory_result r;
	char *filter;
	int rc;

	if (dir_empty(conf->group_base))
		return DIRECTORY_OK;
	if ((filter = dir_group_filter(p->dn)) == NULL) {
		dir_log("out of memory building a group filter");
		return DIRECTORY_ERROR;
	}
	rc = ldap_search_ext_s(ld, conf->group_base, LDAP_SCOPE_SUBTREE,
	    filter, attrs, 0, NULL, NULL, &tv, DIR_GROUPS_MAX, &res);
	free(filter);
	if (rc == LDAP_SUCCESS || rc == LDAP_SIZELIMIT_EXCEEDED) {
		if (rc == LDAP_SIZELIMIT_EXCEEDED)
			dir_log("%s is in more than %d groups; using the first",
			    p->dn, DIR_GROUPS_MAX);
		if ((r = dir_groups_collect(ld, res, p)) != DIRECTORY_OK)
			dir_log("cannot read the groups of %s", p->dn);
	} else {
		dir_log_ld(ld, rc, "group search failed", conf->group_base);
		r = dir_map(rc, DIR_OP_OTHER);
	}
	ldap_msgfree(res);
	return r;
}

/* Search-then-bind: the service account finds the entry, the person binds
 * as its DN on a second connection. */
static enum directory_result
dir_login_service(const struct directory_conf *conf, const char *user,
    const char *password, struct directory_person *out)
{
	enum directory_result r;
	LDAP *svc;

	if ((r = dir_service_open(conf, &svc)) != DIRECTORY_OK)
		return r;
	r = dir_find_person(svc, conf, user, out);
	if (r == DIRECTORY_BAD_CREDENTIALS)
		dir_dummy_bind(conf, password);
	else if (r == DIRECTORY_OK &&
	    (r = dir_user_bind(conf, out->dn, password)) == DIRECTORY_OK)
		r = dir_groups_fetch(svc, conf, out);
	ldap_unbind_ext_s(svc, NULL, NULL);
	if (r != DIRECTORY_OK)
		directory_person_free(out);
	return r;
}

/* "user@upn_suffix", malloc'd. */
static char *
dir_upn(const struct directory_conf *conf, const char *user)
{
	size_t sz = strlen(user) + strlen(conf->upn_suffix) + 2;
	char *upn;

	if ((upn = malloc(sz)) != NULL)
		snprintf(upn, sz, "%s@%s", user, conf->upn_suffix);
	return upn;
}

/* On the person's own connection, bound as upn: their entry and groups. */
static enum directory_result
dir_direct_read(LDAP *ld, const struct directory_conf *conf,
    const char *user, struct directory_person *out)
{
	enum directory_result r;

	r = dir_find_person(ld, conf, user, out);
	if (r == DIRECTORY_BAD_CREDENTIALS)
		dir_log("bound as %s@%s but found no single entry with "
		    "%s=\"%s\"", user, conf->upn_suffix, conf->attr_login,
		    user);
	if (r == DIRECTORY_OK)
		r = dir_groups_fetch(ld, conf, out);
	return r;
}

/* Direct bind (no service account): bind as user@upn_suffix. */
static enum directory_result
dir_login_direct(const struct directory_conf *conf, const char *user,
    const char *password, struct directory_person *out)
{
	enum directory_result r;
	char *upn;
	LDAP *ld;
	int rc;

	if (dir_empty(conf->upn_suffix)) {
		dir_log("configuration: no bind_dn and no upn_suffix");
		return DIRECTORY_UNAVAILABLE;
	}
	if ((upn = dir_upn(conf, user)) == NULL)
		return DIRECTORY_ERROR;
	if ((r = dir_connect(conf, &ld)) == DIRECTORY_OK) {
		rc = dir_bind(ld, upn, password);
		r = dir_map(rc, DIR_OP_USER_BIND);
		if (r != DIRECTORY_OK && r != DIRECTORY_BAD_CREDENTIALS)
			dir_log_ld(ld, rc, "user bind failed", upn);
		if (r == DIRECTORY_OK)
			r = dir_direct_read(ld, conf, user, out);
		ldap_unbind_ext_s(ld, NULL, NULL);
	}
	free(upn);
	if (r != DIRECTORY_OK)
		directory_person_free(out);
	return r;
}

enum directory_result
directory_login(const struct directory_conf *conf, const char *user,
    const char *password, struct directory_person *out)
{
	enum directory_result r;

	if (out == NULL || conf == NULL)
		return DIRECTORY_ERROR;
	memset(out, 0, sizeof(*out));
	if (directory_check_user(user) == -1 ||
	    dir_check_password(password) == -1)
		return DIRECTORY_BAD_INPUT;
	if ((r = dir_conf_check(conf)) != DIRECTORY_OK)
		return r;
	if (dir_has_service(conf))
		return dir_login_service(conf, user, password, out);
	return dir_login_direct(conf, user, password, out);
}

/* Checks shared by directory_lookup() and directory_list(). */
static enum directory_result
dir_service_check(const struct directory_conf *conf, const char *caller)
{
	enum directory_result r;

	if ((r = dir_conf_check(conf)) != DIRECTORY_OK)
		return r;
	if (!dir_has_service(conf)) {
		dir_log("configuration: %s needs a service account (bind_dn)",
		    caller);
		return DIRECTORY_ERROR;
	}
	return DIRECTORY_OK;
}

enum directory_result
directory_lookup(const struct directory_conf *conf, const char *user,
    struct directory_person *out)
{
	enum directory_result r;
	LDAP *svc;

	if (out == NULL || conf == NULL)
		return DIRECTORY_ERROR;
	memset(out, 0, sizeof(*out));
	if (directory_check_user(user) == -1)
		return DIRECTORY_BAD_INPUT;
	if ((r = dir_service_check(conf, "lookup")) != DIRECTORY_OK ||
	    (r = dir_service_open(conf, &svc)) != DIRECTORY_OK)
		return r;
	if ((r = dir_find_person(svc, conf, user, out)) == DIRECTORY_OK)
		r = dir_groups_fetch(svc, conf, out);
	ldap_unbind_ext_s(svc, NULL, NULL);
	if (r != DIRECTORY_OK)
		directory_person_free(out);
	return r;
}

/* Replace *cookie by the paged-results cookie of res ("" at the end). */
static enum directory_result
dir_page_cookie(LDAP *ld, LDAPMessage *res, struct berval *cookie)
{
	LDAPControl **ctrls = NULL, *c;
	ber_int_t estimate;
	int rc;

	if (cookie->bv_val != NULL)
		ber_memfree(cookie->bv_val);
	cookie->bv_val = NULL;
	cookie->bv_len = 0;
	rc = ldap_parse_result(ld, res, NULL, NULL, NULL, NULL, &ctrls, 0);
	if (rc == LDAP_SUCCESS) {
		c = ldap_control_find(LDAP_CONTROL_PAGEDRESULTS, ctrls, NULL);
		if (c != NULL && c->ldctl_value.bv_len > 0)
			rc = ldap_parse_pageresponse_control(ld, c, &estimate,
			    cookie);
	}
	ldap_controls_free(ctrls);
	if (rc != LDAP_SUCCESS) {
		dir_log_ld(ld, rc, "cannot read a paged result", "cookie");
		return DIRECTORY_ERROR;
	}
	return DIRECTORY_OK;
}

static enum directory_result
dir_page_entries(LDAP *ld, LDAPMessage *res, dir_entry_fn fn, void *arg)
{
	enum directory_result r;
	LDAPMessage *e;

	for (e = ldap_first_entry(ld, res); e != NULL;
	    e = ldap_next_entry(ld, e))
		if ((r = fn(ld, e, arg)) != DIRECTORY_OK)
			return r;
	return DIRECTORY_OK;
}

/* One page of s (the first if cookie is empty); fn for each entry. */
static enum directory_result
dir_page(LDAP *ld, const struct directory_conf *conf,
    const struct dir_search *s, struct berval *cookie, dir_entry_fn fn,
    void *arg)
{
	LDAPControl *ctrls[2] = { NULL, NULL };
	struct timeval tv = dir_op_timeout(conf);
	LDAPMessage *res = NULL;
	enum directory_result r;
	int rc;

	rc = ldap_create_page_control(ld, DIR_PAGE_SIZE,
	    cookie->bv_len > 0 ? cookie : NULL, 0, &ctrls[0]);
	if (rc != LDAP_SUCCESS) {
		dir_log_ld(ld, rc, "cannot create a paged results control",
		    s->base);
		return DIRECTORY_ERROR;
	}
	rc = ldap_search_ext_s(ld, s->base, LDAP_SCOPE_SUBTREE, s->filter,
	    s->attrs, 0, ctrls, NULL, &tv, LDAP_NO_LIMIT, &res);
	ldap_control_free(ctrls[0]);
	if (rc != LDAP_SUCCESS) {
		dir_log_ld(ld, rc, rc == LDAP_SIZELIMIT_EXCEEDED ? "paged "
		    "search stopped by the server's size limit: lift it for "
		    "the service account" : "paged search failed", s->base);
		r = dir_map(rc, DIR_OP_OTHER);
	} else if ((r = dir_page_entries(ld, res, fn, arg)) == DIRECTORY_OK)
		r = dir_page_cookie(ld, res, cookie);
	ldap_msgfree(res);
	return r;
}

static enum directory_result
dir_paged_search(LDAP *ld, const struct directory_conf *conf,
    const struct dir_search *s, dir_entry_fn fn, void *arg)
{
	struct berval cookie = { 0, NULL };
	enum directory_result r;

	do
		r = dir_page(ld, conf, s, &cookie, fn, arg);
	while (r == DIRECTORY_OK && cookie.bv_len > 0);
	if (cookie.bv_val != NULL)
		ber_memfree(cookie.bv_val);
	return r;
}

/* Make room for one more element of size sz in *arr (n used, *cap). */
static int
dir_grow(void **arr, size_t *cap, size_t n, size_t sz)
{
	size_t ncap;
	void *p;

	if (n < *cap)
		return 0;
	ncap = *cap == 0 ? 64 : *cap * 2;
	if (ncap > SIZE_MAX / sz || (p = realloc(*arr, ncap * sz)) == NULL)
		return -1;
	*arr = p;
	*cap = ncap;
	return 0;
}

/* A DN as a comparison key: LDAPv3 string form, ASCII lower case. */
static char *
dir_dn_key(const char *dn)
{
	char *norm = NULL, *key;
	size_t i;

	if (ldap_dn_normalize(dn, LDAP_DN_FORMAT_LDAP, &norm,
	    LDAP_DN_FORMAT_LDAPV3) == LDAP_SUCCESS && norm != NULL)
		key = strdup(norm);
	else
		key = strdup(dn);
	ldap_memfree(norm);
	for (i = 0; key != NULL && key[i] != '\0'; i++)
		if (key[i] >= 'A' && key[i] <= 'Z')
			key[i] = (char)(key[i] - 'A' + 'a');
	return key;
}

static int
dir_gmap_add_pair(struct dir_gmap *m, const struct berval *member)
{
	char *raw, *key;

	if ((raw = dir_bvdup(member)) == NULL)
		return -1;
	key = dir_dn_key(raw);
	free(raw);
	if (key == NULL || dir_grow((void **)&m->pairs, &m->pcap, m->npairs,
	    sizeof(*m->pairs)) == -1) {
		free(key);
		return -1;
	}
	m->pairs[m->npairs].member = key;
	m->pairs[m->npairs++].group = m->ngroups - 1;
	return 0;
}

static int
dir_gmap_add_group(struct dir_gmap *m, LDAP *ld, LDAPMessage *e)
{
	char *dn;

	if (dir_grow((void **)&m->groups, &m->gcap, m->ngroups,
	    sizeof(*m->groups)) == -1 || (dn = ldap_get_dn(ld, e)) == NULL)
		return -1;
	m->groups[m->ngroups] = strdup(dn);
	ldap_memfree(dn);
	return m->groups[m->ngroups++] == NULL ? -1 : 0;
}

/* dir_entry_fn: one groupOfNames into the map. */
static enum directory_result
dir_gmap_entry(LDAP *ld, LDAPMessage *e, void *arg)
{
	struct dir_gmap *m = arg;
	struct berval **vals;
	size_t i;
	int rc;

	if (dir_gmap_add_group(m, ld, e) == -1) {
		dir_log("out of memory reading groups");
		return DIRECTORY_ERROR;
	}
	vals = ldap_get_values_len(ld, e, "member");
	for (i = 0, rc = 0; vals != NULL && vals[i] != NULL && rc == 0; i++)
		rc = dir_gmap_add_pair(m, vals[i]);
	ldap_value_free_len(vals);
	if (rc == -1) {
		dir_log("out of memory reading group members");
		return DIRECTORY_ERROR;
	}
	return DIRECTORY_OK;
}

static int
dir_gpair_cmp(const void *a, const void *b)
{
	const struct dir_gpair *x = a, *y = b;
	int c;

	if ((c = strcmp(x->member, y->member)) != 0)
		return c;
	return (x->group > y->group) - (x->group < y->group);
}

static int
dir_gpair_key_cmp(const void *key, const void *elem)
{
	const struct dir_gpair *y = elem;

	return strcmp(key, y->member);
}

static void
dir_gmap_free(struct dir_gmap *m)
{
	size_t i;

	for (i = 0; i < m->ngroups; i++)
		free(m->groups[i]);
	for (i = 0; i < m->npairs; i++)
		free(m->pairs[i].member);
	free(m->groups);
	free(m->pairs);
	memset(m, 0, sizeof(*m));
}

/* Every groupOfNames under group_base with its members, sorted. */
static enum directory_result
dir_gmap_load(LDAP *ld, const struct directory_conf *conf,
    struct dir_gmap *m)
{
	char *attrs[] = { "member", NULL };
	struct dir_search s = { conf->group_base,
	    "(objectClass=groupOfNames)", attrs };
	enum directory_result r;

	memset(m, 0, sizeof(*m));
	if (dir_empty(conf->group_base))
		return DIRECTORY_OK;
	if ((r = dir_paged_search(ld, conf, &s, dir_gmap_entry, m)) !=
	    DIRECTORY_OK) {
		dir_gmap_free(m);
		return r;
	}
	if (m->npairs > 0)
		qsort(m->pairs, m->npairs, sizeof(*m->pairs), dir_gpair_cmp);
	return DIRECTORY_OK;
}

/* The run of pairs whose member is key: [*first, *first + *n). */
static void
dir_gmap_range(const struct dir_gmap *m, const char *key, size_t *first,
    size_t *n)
{
	const struct dir_gpair *hit;
	size_t lo, hi;

	*first = *n = 0;
	if (m->npairs == 0 || (hit = bsearch(key, m->pairs, m->npairs,
	    sizeof(*m->pairs), dir_gpair_key_cmp)) == NULL)
		return;
	lo = hi = (size_t)(hit - m->pairs);
	while (lo > 0 && strcmp(m->pairs[lo - 1].member, key) == 0)
		lo--;
	while (hi + 1 < m->npairs && strcmp(m->pairs[hi + 1].member, key) == 0)
		hi++;
	*first = lo;
	*n = hi - lo + 1;
}

/* p->groups from the map (a group listed twice counts once). */
static enum directory_result
dir_gmap_fill(const struct dir_gmap *m, struct directory_person *p)
{
	size_t first, n, i, g;
	char *key;

	if ((key = dir_dn_key(p->dn)) == NULL)
		return DIRECTORY_ERROR;
	dir_gmap_range(m, key, &first, &n);
	free(key);
	if (n == 0)
		return DIRECTORY_OK;
	if ((p->groups = calloc(n, sizeof(*p->groups))) == NULL)
		return DIRECTORY_ERROR;
	for (i = first; i < first + n; i++) {
		g = m->pairs[i].group;
		if (i > first && g == m->pairs[i - 1].group)
			continue;
		if ((p->groups[p->ngroups++] = strdup(m->groups[g])) == NULL)
			return DIRECTORY_ERROR;
	}
	return DIRECTORY_OK;
}

/* dir_entry_fn: one person for directory_list()'s caller. */
static enum directory_result
dir_list_entry(LDAP *ld, LDAPMessage *e, void *arg)
{
	const struct dir_list_ctx *ctx = arg;
	struct directory_person p;
	enum directory_result r;

	if ((r = dir_person_fill(ld, e, ctx->conf, &p)) != DIRECTORY_OK)
		return r;
	if ((r = dir_gmap_fill(ctx->map, &p)) != DIRECTORY_OK)
		dir_log("out of memory filling the groups of %s", p.dn);
	else if (ctx->fn(&p, ctx->arg) != 0)
		r = DIRECTORY_ERROR;	/* the caller stopped: not logged */
	directory_person_free(&p);
	return r;
}

/* Every person under base, groups from a map read once. */
static enum directory_result
dir_list_people(LDAP *ld, const struct directory_conf *conf,
    int (*fn)(const struct directory_person *, void *), void *arg)
{
	char filter[DIR_ATTR_MAX + 32];
	char *attrs[] = { (char *)conf->attr_login, (char *)conf->attr_name,
	    (char *)conf->attr_mail, (char *)conf->attr_title,
	    (char *)conf->attr_school, NULL };
	struct dir_search s = { conf->base, filter, attrs };
	struct dir_gmap map;
	struct dir_list_ctx ctx = { conf, &map, fn, arg };
	enum directory_result r;

	snprintf(filter, sizeof(filter), "(objectClass=%s)",
	    conf->object_class);
	if ((r = dir_gmap_load(ld, conf, &map)) != DIRECTORY_OK)
		return r;
	r = dir_paged_search(ld, conf, &s, dir_list_entry, &ctx);
	dir_gmap_free(&map);
	return r;
}

enum directory_result
directory_list(const struct directory_conf *conf,
    int (*fn)(const struct directory_person *, void *), void *arg)
{
	enum directory_result r;
	LDAP *svc;

	if (conf == NULL || fn == NULL)
		return DIRECTORY_ERROR;
	if ((r = dir_service_check(conf, "list")) != DIRECTORY_OK ||
	    (r = dir_service_open(conf, &svc)) != DIRECTORY_OK)
		return r;
	r = dir_list_people(svc, conf, fn, arg);
	ldap_unbind_ext_s(svc, NULL, NULL);
	return r;
}

void
directory_person_free(struct directory_person *p)
{
	size_t i;

	if (p == NULL)
		return;
	for (i = 0; i < p->ngroups; i++)
		free(p->groups[i]);
	free(p->groups);
	free(p->dn);
	free(p->login);
	free(p->name);
	free(p->mail);
	free(p->title);
	free(p->school);
	memset(p, 0, sizeof(*p));
}
