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
#define DIR_FILTER_MAX	2048	/* a person filter always fits */
#define DIR_PAGE_SIZE	500	/* directory_list() paged results, default */
#define DIR_PAGE_MAX	100000
#define DIR_USER_FILTER_MAX 512	/* longest user_filter */
#define DIR_GROUPS_MAX	1000	/* size limit of one person's groups */
#define DIR_ID_MAX	64	/* bytes of an entry's identifier */
#define DIR_NET_TIMEOUT	3	/* seconds, if the conf has none */
#define DIR_OP_TIMEOUT	5	/* seconds, if the conf has none */
/* Active Directory's LDAP_MATCHING_RULE_IN_CHAIN and a filter for
 * accounts that are not disabled (bit 2 of userAccountControl). */
#define DIR_IN_CHAIN	"1.2.840.113556.1.4.1941"
#define DIR_AD_ENABLED	"(!(userAccountControl:1.2.840.113556.1.4.803:=2))"
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
	/* a base in another domain: AD refers elsewhere; never chased */
	{ LDAP_REFERRAL, DIRECTORY_UNAVAILABLE, DIRECTORY_UNAVAILABLE },
};

/* The "data NNN" sub-codes of Active Directory's refused binds. */
static const struct {
	unsigned int		 code;
	enum directory_result	 r;
} dir_ad_codes[] = {
	{ 0x52e, DIRECTORY_BAD_CREDENTIALS },	/* wrong password */
	{ 0x525, DIRECTORY_BAD_CREDENTIALS },	/* no such user */
	{ 0x530, DIRECTORY_NOT_PERMITTED },	/* not at this time */
	{ 0x531, DIRECTORY_NOT_PERMITTED },	/* not from this computer */
	{ 0x532, DIRECTORY_PASSWORD_EXPIRED },
	{ 0x533, DIRECTORY_ACCOUNT_DISABLED },
	{ 0x701, DIRECTORY_ACCOUNT_EXPIRED },
	{ 0x773, DIRECTORY_MUST_CHANGE_PASSWORD },
	{ 0x775, DIRECTORY_ACCOUNT_LOCKED },
};

static const struct {
	const char	*name;
	const char	*message;
} dir_results[] = {
	[DIRECTORY_OK] = { "OK", "" },
	[DIRECTORY_BAD_INPUT] = { "BAD_INPUT",
	    "The user name or password is not right." },
	[DIRECTORY_BAD_CREDENTIALS] = { "BAD_CREDENTIALS",
	    "The user name or password is not right." },
	[DIRECTORY_UNAVAILABLE] = { "UNAVAILABLE",
	    "The school directory cannot be reached just now." },
	[DIRECTORY_ERROR] = { "ERROR",
	    "Something went wrong checking your log-in." },
	[DIRECTORY_ACCOUNT_DISABLED] = { "ACCOUNT_DISABLED",
	    "Your school account is disabled. If you still work at the "
	    "school, ask IT to enable it." },
	[DIRECTORY_PASSWORD_EXPIRED] = { "PASSWORD_EXPIRED",
	    "Your password has expired. Change it by logging on to a school "
	    "computer, then log in here with the new one." },
	[DIRECTORY_MUST_CHANGE_PASSWORD] = { "MUST_CHANGE_PASSWORD",
	    "You must change your password before you can use it. Log on to "
	    "a school computer to choose a new one, then log in here." },
	[DIRECTORY_ACCOUNT_LOCKED] = { "ACCOUNT_LOCKED",
	    "Your school account is locked after too many wrong passwords. "
	    "Try again later, or ask IT to unlock it." },
	[DIRECTORY_ACCOUNT_EXPIRED] = { "ACCOUNT_EXPIRED",
	    "Your school account has expired. If you still work at the "
	    "school, ask IT to extend it." },
	[DIRECTORY_NOT_PERMITTED] = { "NOT_PERMITTED",
	    "Your school account may not log on at this time or from here. "
	    "Ask IT if you need to." },
	[DIRECTORY_REFUSED_BY_GATE] = { "REFUSED_BY_GATE",
	    "There have been too many failed log-ins for this name." },
};

static char dir_problem[DIR_LOG_MAX];	/* directory_last_problem() */

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
	memcpy(dir_problem, msg, sizeof(dir_problem));
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
	if ((size_t)r >= sizeof(dir_results) / sizeof(dir_results[0]))
		return "UNKNOWN";
	return dir_results[r].name;
}

const char *
directory_result_message(enum directory_result r)
{
	if ((size_t)r >= sizeof(dir_results) / sizeof(dir_results[0]))
		return dir_results[DIRECTORY_ERROR].message;
	return dir_results[r].message;
}

enum directory_result
directory_result_shown(enum directory_result r)
{
	/* 775 comes for a wrong password too: it proves nothing. */
	return r == DIRECTORY_ACCOUNT_LOCKED ? DIRECTORY_BAD_CREDENTIALS : r;
}

const char *
directory_last_problem(void)
{
	return dir_problem;
}

/* The sub-code in an AD diagnostic message ("... data 52e, v1db1"). */
static enum directory_result
dir_ad_reason(const char *diag)
{
	const char *p;
	unsigned long code;
	char *end;
	size_t i;

	if (diag == NULL || (p = strstr(diag, " data ")) == NULL)
		return DIRECTORY_BAD_CREDENTIALS;
	code = strtoul(p + 6, &end, 16);
	if (end == p + 6)
		return DIRECTORY_BAD_CREDENTIALS;
	for (i = 0; i < sizeof(dir_ad_codes) / sizeof(dir_ad_codes[0]); i++)
		if (dir_ad_codes[i].code == code)
			return dir_ad_codes[i].r;
	return DIRECTORY_BAD_CREDENTIALS;
}

/* The result of a person's own bind: invalid credentials refined by the
 * server's reason, when it gives one. */
static enum directory_result
dir_user_bind_result(LDAP *ld, int rc)
{
	enum directory_result r = dir_map(rc, DIR_OP_USER_BIND);
	char *diag = NULL;

	if (rc != LDAP_INVALID_CREDENTIALS)
		return r;
	ldap_get_option(ld, LDAP_OPT_DIAGNOSTIC_MESSAGE, &diag);
	r = dir_ad_reason(diag);
	ldap_memfree(diag);
	return r;
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

/* An extra filter from the configuration: empty, or "(...)" with
 * balanced parentheses and no control characters. */
static int
dir_filter_ok(const char *f)
{
	size_t i, len;
	int depth = 0;

	if (dir_empty(f))
		return 1;
	len = strnlen(f, DIR_USER_FILTER_MAX + 1);
	if (len > DIR_USER_FILTER_MAX || f[0] != '(' || f[len - 1] != ')')
		return 0;
	for (i = 0; i < len; i++) {
		if ((unsigned char)f[i] < 0x20 || f[i] == 0x7f)
			return 0;
		if (f[i] == '(')
			depth++;
		else if (f[i] == ')' && --depth == 0 && i != len - 1)
			return 0;
		if (depth < 0)
			return 0;
	}
	return depth == 0;
}

static const char *
dir_or(const char *s, const char *fallback)
{
	return dir_empty(s) ? fallback : s;
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
	const struct {
		const char	*name;
		const char	*value;
	} optional[] = {
		{ "group_class", conf->group_class },
		{ "attr_upn", conf->attr_upn },
		{ "attr_id", conf->attr_id },
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
	for (i = 0; i < sizeof(optional) / sizeof(optional[0]); i++)
		if (!dir_empty(optional[i].value) &&
		    !dir_attr_ok(optional[i].value)) {
			dir_log("configuration: %s is not an attribute or class "
			    "name (letters, digits and '-' only)",
			    optional[i].name);
			return DIRECTORY_ERROR;
		}
	if (!dir_filter_ok(conf->user_filter)) {
		dir_log("configuration: user_filter must be one LDAP filter "
		    "in parentheses, at most %d bytes", DIR_USER_FILTER_MAX);
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
	r = dir_user_bind_result(ld, rc);
	if (r == DIRECTORY_UNAVAILABLE || r == DIRECTORY_ERROR)
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

/* An integer attribute (first value), 0 if absent or not a number. */
static long long
dir_int_value(LDAP *ld, LDAPMessage *entry, const char *attr)
{
	long long v = 0;
	char *s, *end;

	if ((s = dir_value(ld, entry, attr)) != NULL && *s != '\0') {
		v = strtoll(s, &end, 10);
		if (*end != '\0')
			v = 0;
	}
	free(s);
	return v;
}

char *
directory_user_key(const struct directory_conf *conf, const char *user,
    char *out, size_t outsz)
{
	const char *bs, *at;
	size_t len, dlen, i, o;

	if (out == NULL || outsz == 0)
		return out;
	out[0] = '\0';
	if (user == NULL)
		return out;
	if (conf != NULL && !dir_empty(conf->domain) &&
	    (bs = strchr(user, '\\')) != NULL) {
		dlen = (size_t)(bs - user);
		if (dlen == strlen(conf->domain) &&
		    strncasecmp(user, conf->domain, dlen) == 0)
			user = bs + 1;
	}
	len = strlen(user);
	if (conf != NULL && !dir_empty(conf->upn_suffix) &&
	    (at = strrchr(user, '@')) != NULL &&
	    strcasecmp(at + 1, conf->upn_suffix) == 0)
		len = (size_t)(at - user);
	for (i = 0, o = 0; i < len && o + 1 < outsz; i++) {
		if (user[i] == ' ') {
			/* LDAP matching ignores spaces at the ends and sees a
			 * run inside as one (RFC 4518, insignificant space). */
			if (o == 0 || out[o - 1] == ' ')
				continue;
			out[o++] = ' ';
			continue;
		}
		out[o++] = (user[i] >= 'A' && user[i] <= 'Z') ?
		    (char)(user[i] - 'A' + 'a') : user[i];
	}
	while (o > 0 && out[o - 1] == ' ')
		o--;
	out[o] = '\0';
	return out;
}

/* The attribute that names an entry for good (directory.h, attr_id). */
static const char *
dir_id_attr(const struct directory_conf *conf)
{
	if (!dir_empty(conf->attr_id))
		return conf->attr_id;
	return conf->ad ? "objectGUID" : "entryUUID";
}

/* The entry's immutable identifier, malloc'd: as text, or in lower-case
 * hex for AD's binary GUID; NULL when the entry has none (or no memory). */
static char *
dir_id_value(LDAP *ld, LDAPMessage *entry, const struct directory_conf *conf)
{
	static const char hex[] = "0123456789abcdef";
	const char *attr = dir_id_attr(conf);
	struct berval **vals;
	char *s = NULL;
	size_t i;

	vals = ldap_get_values_len(ld, entry, attr);
	if (vals != NULL && vals[0] != NULL && vals[0]->bv_len > 0 &&
	    vals[0]->bv_len <= DIR_ID_MAX) {
		if (strcasecmp(attr, "objectGUID") != 0)
			s = dir_bvdup(vals[0]);
		else if ((s = malloc(2 * vals[0]->bv_len + 1)) != NULL) {
			for (i = 0; i < vals[0]->bv_len; i++) {
				s[2 * i] = hex[(unsigned char)vals[0]->bv_val[i] >> 4];
				s[2 * i + 1] = hex[(unsigned char)vals[0]->bv_val[i] & 15];
			}
			s[2 * i] = '\0';
		}
	}
	ldap_value_free_len(vals);
	return s;
}

/* Active Directory's account state (userAccountControl bits, with the
 * server-computed lock-out and password expiry). */
static unsigned int
dir_ad_flags(LDAP *ld, LDAPMessage *entry)
{
	long long uac, computed, last_set;
	unsigned int flags = 0;

	uac = dir_int_value(ld, entry, "userAccountControl");
	computed = dir_int_value(ld, entry,
	    "msDS-User-Account-Control-Computed");
	last_set = dir_int_value(ld, entry, "pwdLastSet");
	if (uac & 0x2)
		flags |= DIRECTORY_FLAG_DISABLED;
	if (computed & 0x10)
		flags |= DIRECTORY_FLAG_LOCKED;
	if (computed & 0x800000)
		flags |= DIRECTORY_FLAG_EXPIRED;
	if (last_set == 0 && !(uac & 0x10000))	/* 0x10000: never expires */
		flags |= DIRECTORY_FLAG_MUST_CHANGE;
	return flags;
}

/* The attributes read for a person, into attrs (DIR_PERSON_ATTRS). */
#define DIR_PERSON_ATTRS 10
static void
dir_person_attrs(const struct directory_conf *conf,
    char *attrs[DIR_PERSON_ATTRS])
{
	size_t n = 0;

	attrs[n++] = (char *)dir_id_attr(conf);
	attrs[n++] = (char *)conf->attr_login;
	attrs[n++] = (char *)conf->attr_name;
	attrs[n++] = (char *)conf->attr_mail;
	attrs[n++] = (char *)conf->attr_title;
	attrs[n++] = (char *)conf->attr_school;
	if (conf->ad) {
		attrs[n++] = "userAccountControl";
		attrs[n++] = "pwdLastSet";
		attrs[n++] = "msDS-User-Account-Control-Computed";
	}
	attrs[n] = NULL;
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
	if ((p->id = dir_id_value(ld, entry, conf)) == NULL) {
		/* Identity is bound to it: never fall back to the name. */
		dir_log("%s has no readable %s (at most %d bytes): the service "
		    "account must be able to read it", p->dn, dir_id_attr(conf),
		    DIR_ID_MAX);
		directory_person_free(p);
		return DIRECTORY_UNAVAILABLE;
	}
	for (i = 0; i < sizeof(fields) / sizeof(fields[0]); i++)
		if ((*fields[i].field = dir_value(ld, entry,
		    fields[i].attr)) == NULL) {
			dir_log("out of memory reading %s", p->dn);
			directory_person_free(p);
			return DIRECTORY_ERROR;
		}
	if (conf->ad)
		p->flags = dir_ad_flags(ld, entry);
	return DIRECTORY_OK;
}

/* How the person typed their name: the attribute to search and its value;
 * foreign: a DOMAIN\ prefix that is not ours (an unknown user). */
struct dir_name {
	const char	*attr;
	const char	*value;
	int		 foreign;
	int		 upn;	/* value is a userPrincipalName */
	size_t		 local;	/* > 0: value ends in "@upn_suffix" and its
				 * first local bytes may be the login too */
};

static void
dir_parse_name(const struct directory_conf *conf, const char *user,
    struct dir_name *n)
{
	const char *bs, *at;
	size_t dlen;

	n->attr = conf->attr_login;
	n->value = user;
	n->foreign = 0;
	n->upn = 0;
	n->local = 0;
	if (!dir_empty(conf->domain) && (bs = strchr(user, '\\')) != NULL) {
		dlen = (size_t)(bs - user);
		n->value = bs + 1;
		if (dlen != strlen(conf->domain) ||
		    strncasecmp(user, conf->domain, dlen) != 0 ||
		    n->value[0] == '\0')
			n->foreign = 1;
		return;
	}
	if (!dir_empty(conf->attr_upn) && (at = strrchr(user, '@')) != NULL) {
		n->attr = conf->attr_upn;
		n->upn = 1;
		/* AD's implicit UPN: login@domain works without the attribute */
		if (!dir_empty(conf->upn_suffix) && at > user &&
		    strcasecmp(at + 1, conf->upn_suffix) == 0)
			n->local = (size_t)(at - user);
	}
}

/* (&(objectClass=<class>)<user_filter>(<attr>=<escaped value>)) into buf;
 * for "login@upn_suffix" (|(<upn attr>=...)(<login attr>=login)), so an
 * account without the attribute is found by its implicit UPN (two
 * different entries then refuse the log-in as ambiguous). */
static enum directory_result
dir_person_filter(const struct directory_conf *conf, const struct dir_name *n,
    char *buf, size_t sz)
{
	char esc[3 * DIRECTORY_USER_MAX + 1], lesc[3 * DIRECTORY_USER_MAX + 1];
	int len;

	if (directory_escape_filter(n->value, strlen(n->value), esc,
	    sizeof(esc)) < 0 || directory_escape_filter(n->value, n->local,
	    lesc, sizeof(lesc)) < 0)
		return DIRECTORY_BAD_INPUT;
	if (n->local > 0)
		len = snprintf(buf, sz, "(&(objectClass=%s)%s(|(%s=%s)(%s=%s)))",
		    conf->object_class, dir_or(conf->user_filter, ""), n->attr,
		    esc, conf->attr_login, lesc);
	else
		len = snprintf(buf, sz, "(&(objectClass=%s)%s(%s=%s))",
		    conf->object_class, dir_or(conf->user_filter, ""),
		    n->attr, esc);
	if (len < 0 || (size_t)len >= sz) {
		dir_log("search filter too long");
		return DIRECTORY_ERROR;
	}
	return DIRECTORY_OK;
}

/* The one entry in res for the name: none or several is BAD_CREDENTIALS. */
static enum directory_result
dir_pick_one(LDAP *ld, LDAPMessage *res, const struct directory_conf *conf,
    const struct dir_name *n, struct directory_person *out)
{
	int count;

	if ((count = ldap_count_entries(ld, res)) < 0) {
		dir_log("cannot count the entries found for \"%s\"", n->value);
		return DIRECTORY_ERROR;
	}
	if (count == 0)
		return DIRECTORY_BAD_CREDENTIALS;
	if (count > 1) {
		dir_log("more than one entry under %s has %s=\"%s\"; "
		    "log-in refused", conf->base, n->attr, n->value);
		return DIRECTORY_BAD_CREDENTIALS;
	}
	return dir_person_fill(ld, ldap_first_entry(ld, res), conf, out);
}

/* Search base for exactly one entry matching the name. */
static enum directory_result
dir_find_person(LDAP *ld, const struct directory_conf *conf,
    const struct dir_name *n, struct directory_person *out)
{
	char filter[DIR_FILTER_MAX];
	char *attrs[DIR_PERSON_ATTRS];
	struct timeval tv = dir_op_timeout(conf);
	LDAPMessage *res = NULL;
	enum directory_result r;
	int rc;

	if (n->foreign)
		return DIRECTORY_BAD_CREDENTIALS;
	if ((r = dir_person_filter(conf, n, filter, sizeof(filter))) !=
	    DIRECTORY_OK)
		return r;
	dir_person_attrs(conf, attrs);
	rc = ldap_search_ext_s(ld, conf->base, LDAP_SCOPE_SUBTREE, filter,
	    attrs, 0, NULL, NULL, &tv, 2, &res);
	if (rc == LDAP_SIZELIMIT_EXCEEDED) {
		dir_log("more than one entry under %s has %s=\"%s\"; "
		    "log-in refused", conf->base, n->attr, n->value);
		r = DIRECTORY_BAD_CREDENTIALS;
	} else if (rc != LDAP_SUCCESS) {
		dir_log_ld(ld, rc, "search for a person failed", conf->base);
		r = dir_map(rc, DIR_OP_OTHER);
	} else
		r = dir_pick_one(ld, res, conf, n, out);
	ldap_msgfree(res);
	return r;
}

/* (&(objectClass=<group class>)(member[:in-chain:]=<escaped dn>)),
 * malloc'd. */
static char *
dir_group_filter(const struct directory_conf *conf, const char *dn)
{
	static const char fmt[] = "(&(objectClass=%s)(member%s=%s))";
	const char *rule = conf->nested_groups ? ":" DIR_IN_CHAIN ":" :
	    "";
	const char *cls = dir_or(conf->group_class, "groupOfNames");
	size_t len = strlen(dn), sz;
	char *esc, *filter = NULL;

	if (len > (SIZE_MAX - sizeof(fmt) - 128) / 3 ||
	    (esc = malloc(3 * len + 1)) == NULL)
		return NULL;
	if (directory_escape_filter(dn, len, esc, 3 * len + 1) >= 0) {
		sz = strlen(esc) + strlen(cls) + strlen(rule) + sizeof(fmt);
		if ((filter = malloc(sz)) != NULL)
			snprintf(filter, sz, fmt, cls, rule, esc);
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

/* The groups under group_base that have p->dn as a member (directly, or
 * through nested groups with nested_groups). */
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
	if ((filter = dir_group_filter(conf, p->dn)) == NULL) {
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

/* Ask the caller's gate about key (prefix and value): OK to go on. */
static enum directory_result
dir_gate(const struct directory_gate *gate, const char *prefix,
    const char *value)
{
	char key[DIR_ID_MAX * 2 + DIRECTORY_USER_MAX + 16];

	if (gate == NULL || gate->fn == NULL)
		return DIRECTORY_OK;
	snprintf(key, sizeof(key), "%s%s", prefix, value);
	return gate->fn(key, gate->arg) == 0 ? DIRECTORY_OK :
	    DIRECTORY_REFUSED_BY_GATE;
}

/* The gate for a name the directory has not resolved: its key. */
static enum directory_result
dir_gate_name(const struct directory_conf *conf, const char *user,
    const struct directory_gate *gate)
{
	char key[DIRECTORY_USER_MAX + 1];

	return dir_gate(gate, "name:", directory_user_key(conf, user, key,
	    sizeof(key)));
}

/* Search-then-bind: the service account finds the entry, the person binds
 * as its DN on a second connection. */
static enum directory_result
dir_login_service(const struct directory_conf *conf, const struct dir_name *n,
    const char *user, const char *password, const struct directory_gate *gate,
    struct directory_person *out)
{
	enum directory_result r;
	LDAP *svc;

	if ((r = dir_service_open(conf, &svc)) != DIRECTORY_OK)
		return r;
	r = dir_find_person(svc, conf, n, out);
	if (r == DIRECTORY_BAD_CREDENTIALS) {
		if ((r = dir_gate_name(conf, user, gate)) == DIRECTORY_OK) {
			dir_dummy_bind(conf, password);
			r = DIRECTORY_BAD_CREDENTIALS;
		}
	} else if (r == DIRECTORY_OK &&
	    (r = dir_gate(gate, "id:", out->id)) == DIRECTORY_OK &&
	    (r = dir_user_bind(conf, out->dn, password)) == DIRECTORY_OK)
		r = dir_groups_fetch(svc, conf, out);
	ldap_unbind_ext_s(svc, NULL, NULL);
	if (r != DIRECTORY_OK)
		directory_person_free(out);
	return r;
}

/* The name a direct bind uses, malloc'd: a userPrincipalName as typed,
 * else "<value>@upn_suffix"; an unknown domain binds a made-up name. */
static char *
dir_bind_name(const struct directory_conf *conf, const struct dir_name *n)
{
	const char *value = n->foreign ? DIR_DUMMY_VALUE : n->value;
	size_t sz;
	char *upn;

	if (n->upn)
		return strdup(value);
	sz = strlen(value) + strlen(conf->upn_suffix) + 2;
	if ((upn = malloc(sz)) != NULL)
		snprintf(upn, sz, "%s@%s", value, conf->upn_suffix);
	return upn;
}

/* On the person's own connection, bound as upn: their entry and groups. */
static enum directory_result
dir_direct_read(LDAP *ld, const struct directory_conf *conf,
    const struct dir_name *n, const char *upn, struct directory_person *out)
{
	enum directory_result r;

	r = dir_find_person(ld, conf, n, out);
	if (r == DIRECTORY_BAD_CREDENTIALS)
		dir_log("bound as %s but found no single entry with "
		    "%s=\"%s\"", upn, n->attr, n->value);
	if (r == DIRECTORY_OK)
		r = dir_groups_fetch(ld, conf, out);
	return r;
}

/* Direct bind (no service account): bind as the userPrincipalName. */
static enum directory_result
dir_login_direct(const struct directory_conf *conf, const struct dir_name *n,
    const char *user, const char *password, const struct directory_gate *gate,
    struct directory_person *out)
{
	enum directory_result r;
	char *upn;
	LDAP *ld;
	int rc;

	if (dir_empty(conf->upn_suffix)) {
		dir_log("configuration: no bind_dn and no upn_suffix");
		return DIRECTORY_UNAVAILABLE;
	}
	if ((r = dir_gate_name(conf, user, gate)) != DIRECTORY_OK)
		return r;
	if ((upn = dir_bind_name(conf, n)) == NULL)
		return DIRECTORY_ERROR;
	if ((r = dir_connect(conf, &ld)) == DIRECTORY_OK) {
		rc = dir_bind(ld, upn, password);
		r = dir_user_bind_result(ld, rc);
		if (r == DIRECTORY_UNAVAILABLE || r == DIRECTORY_ERROR)
			dir_log_ld(ld, rc, "user bind failed", upn);
		if (r == DIRECTORY_OK && n->foreign)
			r = DIRECTORY_BAD_CREDENTIALS;
		if (r == DIRECTORY_OK)
			r = dir_direct_read(ld, conf, n, upn, out);
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
	return directory_login_gated(conf, user, password, NULL, out);
}

enum directory_result
directory_login_gated(const struct directory_conf *conf, const char *user,
    const char *password, const struct directory_gate *gate,
    struct directory_person *out)
{
	enum directory_result r;
	struct dir_name n;

	if (out == NULL || conf == NULL)
		return DIRECTORY_ERROR;
	memset(out, 0, sizeof(*out));
	if (directory_check_user(user) == -1 ||
	    dir_check_password(password) == -1)
		return DIRECTORY_BAD_INPUT;
	if ((r = dir_conf_check(conf)) != DIRECTORY_OK)
		return r;
	dir_parse_name(conf, user, &n);
	if (dir_has_service(conf))
		return dir_login_service(conf, &n, user, password, gate, out);
	return dir_login_direct(conf, &n, user, password, gate, out);
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
	struct dir_name n;
	LDAP *svc;

	if (out == NULL || conf == NULL)
		return DIRECTORY_ERROR;
	memset(out, 0, sizeof(*out));
	if (directory_check_user(user) == -1)
		return DIRECTORY_BAD_INPUT;
	if ((r = dir_service_check(conf, "lookup")) != DIRECTORY_OK ||
	    (r = dir_service_open(conf, &svc)) != DIRECTORY_OK)
		return r;
	dir_parse_name(conf, user, &n);
	if ((r = dir_find_person(svc, conf, &n, out)) == DIRECTORY_OK)
		r = dir_groups_fetch(svc, conf, out);
	ldap_unbind_ext_s(svc, NULL, NULL);
	if (r != DIRECTORY_OK)
		directory_person_free(out);
	return r;
}

enum directory_result
directory_check_service(const struct directory_conf *conf)
{
	enum directory_result r;
	struct timeval op;
	LDAPMessage *res = NULL;
	char *attrs[] = { "1.1", NULL };
	LDAP *ld;
	int rc;

	if (conf == NULL)
		return DIRECTORY_ERROR;
	if (!dir_has_service(conf)) {
		/* Without a service account only the connection (and
		 * StartTLS) can be tried: people bind as themselves. */
		if ((r = dir_connect(conf, &ld)) == DIRECTORY_OK)
			ldap_unbind_ext_s(ld, NULL, NULL);
		return r;
	}
	if ((r = dir_service_open(conf, &ld)) != DIRECTORY_OK)
		return r;
	op = dir_op_timeout(conf);
	rc = ldap_search_ext_s(ld, conf->base, LDAP_SCOPE_BASE,
	    "(objectClass=*)", attrs, 0, NULL, NULL, &op, 1, &res);
	if (rc != LDAP_SUCCESS || ldap_count_entries(ld, res) != 1) {
		dir_log_ld(ld, rc == LDAP_SUCCESS ? LDAP_NO_SUCH_OBJECT : rc,
		    rc == LDAP_SUCCESS || rc == LDAP_NO_SUCH_OBJECT ?
		    "the service account cannot read the base: it does not "
		    "exist, or the account may not see it; check "
		    "Directory.Base" : "search of the base failed", conf->base);
		r = DIRECTORY_UNAVAILABLE;
	}
	if (res != NULL)
		ldap_msgfree(res);
	ldap_unbind_ext_s(ld, NULL, NULL);
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

	rc = ldap_create_page_control(ld, conf->page_size > 0 &&
	    conf->page_size <= DIR_PAGE_MAX ? conf->page_size : DIR_PAGE_SIZE,
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
dir_gmap_add_member(struct dir_gmap *m, const char *dn, size_t group)
{
	char *key;

	key = dir_dn_key(dn);
	if (key == NULL || dir_grow((void **)&m->pairs, &m->pcap, m->npairs,
	    sizeof(*m->pairs)) == -1) {
		free(key);
		return -1;
	}
	m->pairs[m->npairs].member = key;
	m->pairs[m->npairs++].group = group;
	return 0;
}

static int
dir_gmap_add_pair(struct dir_gmap *m, const struct berval *member)
{
	char *raw;
	int rc;

	if ((raw = dir_bvdup(member)) == NULL)
		return -1;
	rc = dir_gmap_add_member(m, raw, m->ngroups - 1);
	free(raw);
	return rc;
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

/* dir_entry_fn: one group, its DN only, into the map. */
static enum directory_result
dir_gmap_group_only(LDAP *ld, LDAPMessage *e, void *arg)
{
	if (dir_gmap_add_group(arg, ld, e) == -1) {
		dir_log("out of memory reading groups");
		return DIRECTORY_ERROR;
	}
	return DIRECTORY_OK;
}

struct dir_gmap_in {
	struct dir_gmap	*map;
	size_t		 group;
};

/* dir_entry_fn: a person who is in group ctx->group (at any depth). */
static enum directory_result
dir_gmap_member(LDAP *ld, LDAPMessage *e, void *arg)
{
	struct dir_gmap_in *in = arg;
	char *dn;
	int rc;

	if ((dn = ldap_get_dn(ld, e)) == NULL)
		return DIRECTORY_ERROR;
	rc = dir_gmap_add_member(in->map, dn, in->group);
	ldap_memfree(dn);
	if (rc == -1) {
		dir_log("out of memory reading group members");
		return DIRECTORY_ERROR;
	}
	return DIRECTORY_OK;
}

/* (&(objectClass=<class>)<user_filter>(memberOf:in-chain:=<group dn>)),
 * malloc'd. */
static char *
dir_in_group_filter(const struct directory_conf *conf, const char *group)
{
	static const char fmt[] = "(&(objectClass=%s)%s(memberOf:"
	    DIR_IN_CHAIN ":=%s))";
	const char *uf = dir_or(conf->user_filter, "");
	size_t len = strlen(group), sz;
	char *esc, *filter = NULL;

	if (len > (SIZE_MAX - sizeof(fmt) - 1024) / 3 ||
	    (esc = malloc(3 * len + 1)) == NULL)
		return NULL;
	if (directory_escape_filter(group, len, esc, 3 * len + 1) >= 0) {
		sz = strlen(esc) + strlen(conf->object_class) + strlen(uf) +
		    sizeof(fmt);
		if ((filter = malloc(sz)) != NULL)
			snprintf(filter, sz, fmt, conf->object_class, uf, esc);
	}
	free(esc);
	return filter;
}

/*
 * Nested groups (Active Directory): the groups under group_base, then for
 * each one the people under base in it at any depth (the in-chain rule on
 * memberOf). One search per group rather than one per person, and no
 * ranged retrieval of big member lists.
 */
static enum directory_result
dir_gmap_load_nested(LDAP *ld, const struct directory_conf *conf,
    struct dir_gmap *m)
{
	char gfilter[DIR_ATTR_MAX + 32];
	char *noattrs[] = { LDAP_NO_ATTRS, NULL };
	struct dir_search s = { conf->group_base, gfilter, noattrs };
	struct dir_gmap_in in = { m, 0 };
	enum directory_result r;
	char *filter;

	snprintf(gfilter, sizeof(gfilter), "(objectClass=%s)",
	    dir_or(conf->group_class, "group"));
	r = dir_paged_search(ld, conf, &s, dir_gmap_group_only, m);
	for (in.group = 0; r == DIRECTORY_OK && in.group < m->ngroups;
	    in.group++) {
		if ((filter = dir_in_group_filter(conf,
		    m->groups[in.group])) == NULL) {
			dir_log("out of memory building a group filter");
			return DIRECTORY_ERROR;
		}
		s.base = conf->base;
		s.filter = filter;
		r = dir_paged_search(ld, conf, &s, dir_gmap_member, &in);
		free(filter);
	}
	return r;
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
	char filter[DIR_ATTR_MAX + 32];
	char *attrs[] = { "member", NULL };
	struct dir_search s = { conf->group_base, filter, attrs };
	enum directory_result r;

	memset(m, 0, sizeof(*m));
	if (dir_empty(conf->group_base))
		return DIRECTORY_OK;
	snprintf(filter, sizeof(filter), "(objectClass=%s)",
	    dir_or(conf->group_class, "groupOfNames"));
	if ((r = conf->nested_groups ? dir_gmap_load_nested(ld, conf, m) :
	    dir_paged_search(ld, conf, &s, dir_gmap_entry, m)) !=
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

/* Every person under base (with ad, not the disabled ones), groups from
 * a map read once. */
static enum directory_result
dir_list_people(LDAP *ld, const struct directory_conf *conf,
    int (*fn)(const struct directory_person *, void *), void *arg)
{
	char filter[DIR_ATTR_MAX + DIR_USER_FILTER_MAX + 128];
	char *attrs[DIR_PERSON_ATTRS];
	struct dir_search s = { conf->base, filter, attrs };
	struct dir_gmap map;
	struct dir_list_ctx ctx = { conf, &map, fn, arg };
	enum directory_result r;

	dir_person_attrs(conf, attrs);
	snprintf(filter, sizeof(filter), "(&(objectClass=%s)%s%s)",
	    conf->object_class, dir_or(conf->user_filter, ""),
	    conf->ad ? DIR_AD_ENABLED : "");
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
	free(p->id);
	free(p->dn);
	free(p->login);
	free(p->name);
	free(p->mail);
	free(p->title);
	free(p->school);
	memset(p, 0, sizeof(*p));
}
