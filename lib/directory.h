/*
 * directory: staff log-in against the school's LDAP directory or Active
 * Directory (OpenLDAP libldap).
 *
 * Contract:
 * - directory_login() refuses an empty password, an empty or over-long user
 *   name, and names with control characters before any network traffic
 *   (DIRECTORY_BAD_INPUT), because an LDAP simple bind with a DN and an
 *   empty password is an "unauthenticated bind" that Active Directory
 *   treats as anonymous success (RFC 4513 section 5.1.2).
 * - The name may be typed three ways: "jsmith" (the login attribute,
 *   e.g. sAMAccountName), "jsmith@school.example" (the attr_upn attribute,
 *   e.g. userPrincipalName, when attr_upn is set) and "DOMAIN\jsmith"
 *   (when domain is set and DOMAIN equals it, case-insensitively; any other
 *   domain is an unknown user). Otherwise the name is the login as typed.
 * - Search-then-bind: it binds as the configured service account, searches
 *   the staff base for exactly one entry matching the name (the value
 *   escaped per RFC 4515, ANDed with object_class and user_filter), then
 *   binds as that entry's DN with the password on a fresh connection. With
 *   no service account configured (bind_dn NULL or "") it binds directly
 *   as the userPrincipalName ("user@upn_suffix", or the name as typed when
 *   it has an '@') and then reads the entry with the user's own rights.
 * - An unknown user and a wrong password both return DIRECTORY_BAD_CREDENTIALS;
 *   for an unknown user a bind with a dummy DN is still attempted so the two
 *   take similar time.
 * - Active Directory's reasons for refusing a correct password (the "data
 *   NNN" of its diagnostic message: 533 disabled, 532 password expired, 773
 *   must change password, 775 locked out, 701 account expired, 530/531 not
 *   allowed at this time or from here) become their own results; 52e (wrong
 *   password) and 525 (no such user) stay DIRECTORY_BAD_CREDENTIALS. AD
 *   gives these reasons only for the right password, except "locked out"
 *   (so the log-in page shows a lock-out as a wrong password:
 *   directory_result_shown()).
 * - A directory that cannot be reached (connect failure, timeout, server
 *   down, TLS certificate not verified, service account bind refused)
 *   returns DIRECTORY_UNAVAILABLE.
 * - Referrals are never chased; network and operation timeouts come from
 *   the configuration; with starttls set, StartTLS is required and the
 *   server certificate must verify against ca_file (ldaps:// URIs verify
 *   the same way), host name included.
 * - Group membership: the DNs of the groups (object class group_class,
 *   default groupOfNames) under group_base whose member attribute holds
 *   the person's DN; with nested_groups, through Active Directory's
 *   LDAP_MATCHING_RULE_IN_CHAIN (1.2.840.113556.1.4.1941), so a member of
 *   a group inside a group counts.
 * - On DIRECTORY_OK *out is filled with malloc'd strings the caller frees
 *   with directory_person_free(); attributes absent from the entry are "".
 *   On any other result *out is zeroed and owns nothing.
 * - The reason for an unavailable directory or unexpected error is written
 *   once to stderr (Apache's error log), never to the user;
 *   directory_last_problem() returns the last one for command-line tools.
 */
#ifndef APPRAISAL_DIRECTORY_H
#define APPRAISAL_DIRECTORY_H

#include <stddef.h>

#define DIRECTORY_USER_MAX 256		/* bytes, longest accepted user name */
#define DIRECTORY_PASSWORD_MAX 1024	/* bytes, longest accepted password */

struct directory_conf {
	const char	*uri;		/* ldap://host:port or ldaps://host:port */
	const char	*bind_dn;	/* service account; NULL/"" = direct bind */
	const char	*bind_password;
	const char	*base;		/* where staff entries are searched */
	const char	*group_base;	/* where groupOfNames entries are searched */
	const char	*upn_suffix;	/* direct bind: "school.example" */
	const char	*attr_login;	/* "uid", or "sAMAccountName" for AD */
	const char	*attr_name;	/* "displayName" */
	const char	*attr_mail;	/* "mail" */
	const char	*attr_title;	/* "title" */
	const char	*attr_school;	/* "o": holds the school's code */
	const char	*attr_id;	/* the entry's immutable identifier;
					 * NULL/"": entryUUID, objectGUID
					 * with ad (binary: read as hex) */
	const char	*object_class;	/* "inetOrgPerson", or "user" for AD */
	int		 starttls;	/* 1: StartTLS required */
	const char	*ca_file;	/* PEM CA bundle for TLS; NULL = system */
	int		 network_timeout; /* seconds, connect */
	int		 timeout;	/* seconds, each operation */
	/* Active Directory and the like; NULL/0 leaves each off. */
	int		 ad;		/* 1: Active Directory semantics (below) */
	const char	*group_class;	/* "groupOfNames" (NULL), "group" for AD */
	int		 nested_groups;	/* 1: groups through the in-chain rule */
	const char	*attr_upn;	/* "userPrincipalName": names with '@' */
	const char	*domain;	/* NetBIOS name: DOMAIN\user log-ins */
	const char	*user_filter;	/* ANDed to person searches: "(...)" */
	int		 page_size;	/* paged results; 0 = 500 */
};

/*
 * With ad set: directory_list() leaves out disabled accounts (they are
 * leavers), and every person read gets its account state in flags
 * (userAccountControl, pwdLastSet and msDS-User-Account-Control-Computed).
 */
#define DIRECTORY_FLAG_DISABLED		0x1u
#define DIRECTORY_FLAG_MUST_CHANGE	0x2u	/* at next log-in */
#define DIRECTORY_FLAG_LOCKED		0x4u
#define DIRECTORY_FLAG_EXPIRED		0x8u	/* password expired */

struct directory_person {
	char	 *id;		/* immutable: entryUUID, or objectGUID in hex */
	char	 *dn;
	char	 *login;	/* as stored in the directory */
	char	 *name;
	char	 *mail;
	char	 *title;
	char	 *school;	/* school code */
	char	**groups;	/* DNs of groups the person is a member of */
	size_t	  ngroups;
	unsigned int flags;	/* DIRECTORY_FLAG_*, Active Directory only */
};

enum directory_result {
	DIRECTORY_OK = 0,
	DIRECTORY_BAD_INPUT,		/* refused before any network traffic */
	DIRECTORY_BAD_CREDENTIALS,	/* unknown user or wrong password */
	DIRECTORY_UNAVAILABLE,		/* cannot reach or use the directory */
	DIRECTORY_ERROR,		/* anything else (e.g. out of memory) */
	/* Active Directory refused the right password, for this reason: */
	DIRECTORY_ACCOUNT_DISABLED,	/* 533 */
	DIRECTORY_PASSWORD_EXPIRED,	/* 532 */
	DIRECTORY_MUST_CHANGE_PASSWORD,	/* 773 */
	DIRECTORY_ACCOUNT_LOCKED,	/* 775 (also for a wrong password) */
	DIRECTORY_ACCOUNT_EXPIRED,	/* 701 */
	DIRECTORY_NOT_PERMITTED,	/* 530, 531: not now, not from here */
	DIRECTORY_REFUSED_BY_GATE	/* the caller's gate said no (below) */
};

/*
 * Escape a value for use inside an LDAP search filter (RFC 4515): the
 * characters * ( ) \ and NUL become \2a \28 \29 \5c \00. len is the input
 * length (the value may contain NUL). Writes a NUL-terminated result to out.
 * Returns the length written, or -1 if outsz is too small (out is then "").
 * The worst case needs 3 * len + 1 bytes.
 */
int directory_escape_filter(const char *in, size_t len, char *out, size_t outsz);

/* Check a user name for directory_login() without any network traffic:
 * 0 if acceptable, -1 if empty, too long, not UTF-8 or has control chars. */
int directory_check_user(const char *user);

enum directory_result directory_login(const struct directory_conf *conf,
    const char *user, const char *password, struct directory_person *out);

/*
 * directory_login() with a gate: before the password is tried, fn(key,
 * arg) is called once with the name the attempt counts under: "id:" and
 * the entry's immutable identifier when the service account found exactly
 * one entry for the name, else "name:" and directory_user_key() of the
 * name as typed (an unknown name, or a direct bind, where nothing is read
 * before the password). fn returns 0 to go on; anything else stops the
 * attempt before any bind with the password: DIRECTORY_REFUSED_BY_GATE.
 * The log-in throttle counts attempts this way, so that names the
 * directory treats as one (case, spaces, DOMAIN\ and @suffix forms) are
 * one person to it.
 */
struct directory_gate {
	int	(*fn)(const char *key, void *arg);
	void	 *arg;
};

enum directory_result directory_login_gated(const struct directory_conf *conf,
    const char *user, const char *password, const struct directory_gate *gate,
    struct directory_person *out);

/* Look a person up by login with the service account (no password check),
 * e.g. for appraisal-admin sync. Same results as directory_login() except
 * DIRECTORY_BAD_CREDENTIALS means "no such person". */
enum directory_result directory_lookup(const struct directory_conf *conf,
    const char *user, struct directory_person *out);

/*
 * List every person under base (paged results where the server supports
 * them), calling fn for each; fn returns 0 to go on, -1 to stop (then
 * directory_list returns DIRECTORY_ERROR). The person passed to fn is freed
 * after fn returns.
 */
enum directory_result directory_list(const struct directory_conf *conf,
    int (*fn)(const struct directory_person *, void *), void *arg);

void directory_person_free(struct directory_person *p);

/*
 * What a command-line check needs: connect (StartTLS and the certificate
 * check included), bind as the service account and read the entry
 * conf->base itself. DIRECTORY_OK, or DIRECTORY_UNAVAILABLE with the
 * reason in directory_last_problem(). With no service account only the
 * connection is made.
 */
enum directory_result directory_check_service(const struct directory_conf *conf);

/*
 * The name a log-in attempt counts under (for throttling), into out: the
 * name as typed without a DOMAIN\ prefix equal to conf->domain and
 * without an "@upn_suffix" equal to conf->upn_suffix, ASCII letters in
 * lower case and spaces as LDAP matching sees them (none at either end,
 * one for each run inside: RFC 4518's insignificant spaces). So jsmith,
 * " JSmith ", SCHOOL\jsmith and jsmith@school.example count as one.
 * Truncated to outsz - 1 bytes; returns out.
 */
char *directory_user_key(const struct directory_conf *conf, const char *user,
    char *out, size_t outsz);

/* A short, human-readable name of a result, for logs. */
const char *directory_result_str(enum directory_result r);

/* What to tell the person logging in, in plain words (one sentence or
 * two); BAD_INPUT and BAD_CREDENTIALS share one message. */
const char *directory_result_message(enum directory_result r);

/* The result the person logging in may be told: a reason that the
 * directory also gives for a wrong password says nothing about the
 * password, so it is shown as DIRECTORY_BAD_CREDENTIALS. That is Active
 * Directory's lock-out (775): told apart, it would show anyone who types
 * a locked account's name, with any password, that the account exists and
 * is locked. The real result still goes to the audit log and to
 * appraisal-admin check-directory. */
enum directory_result directory_result_shown(enum directory_result r);

/* The last problem logged by this module (one line), "" if none. For
 * command-line tools; not thread-safe. */
const char *directory_last_problem(void);

#endif
