"""lib/directory against both real directories of the stack: the slapd of
the demo trust and the Samba Active Directory domain controller
(tests/stack/samba), through tests/integration/directory_cli (built by
make check). Each case runs once per directory: test_slapd_* and test_ad_*.
When the DC did not start the AD cases fail, with the reason (they say
skipped only under APPRAISAL_ALLOW_SKIP=1, see HACKING.md)."""
import os
import re
import statistics
import subprocess
import time
import urllib.parse

import people
from harness import DEMO_PASSWORD, Skip, check

# directory_cli's exit statuses (enum directory_result)
OK, BAD_INPUT, BAD_CREDENTIALS, UNAVAILABLE, ERROR = 0, 1, 2, 3, 4
DISABLED, EXPIRED, MUST_CHANGE, LOCKED = 5, 6, 7, 8

# People of the AD domain only (tests/stack/ad/make-domain).
AD_LEAVER = "ljames"            # disabled
AD_MUST_CHANGE = "tnewman"      # must change password at next log-in
AD_EXPIRED = "rexpired"         # password expired
AD_LOCKED = "dlocke"            # locked out at start
AD_NO_UPN = "mrowe"             # no userPrincipalName attribute
# Wrong passwords count towards AD's lock-out (5): each test that tries a
# wrong password uses its own person, at most twice per run.
AD_GENERATED = 1100

INJECTION_NAMES = ["*", "admin*)(|(uid=*", "*)(uid=*))(|(uid=*",
                   people.TEACHER + ")(uid=*", people.TEACHER + "*",
                   "*)(sAMAccountName=*", "*)(objectClass=*",
                   "\\2a", "x" * 10240]


def cli_path(stack):
    build = os.path.dirname(stack.env["APPRAISAL_PREFIX"].rstrip("/"))
    path = os.path.join(build, "tests", "integration", "directory_cli")
    check(os.access(path, os.X_OK), "%s not built (make check builds it)"
          % path)
    return path


class Directory:
    """One directory and how to reach it with directory_cli."""

    def __init__(self, stack, kind):
        self.stack = stack
        self.kind = kind
        self.cli = cli_path(stack)
        self.env = {}
        if kind == "slapd":
            e = stack.env
            self.uri = e["APPRAISAL_LDAP_URI"]
            self.base = e["APPRAISAL_LDAP_BASE"]
            self.group_base = e["APPRAISAL_LDAP_GROUP_BASE"]
            self.svc_dn = e["APPRAISAL_LDAP_SVC_DN"]
            self.svc_pw = e["APPRAISAL_LDAP_SVC_PASSWORD"]
            self.teacher_group = "cn=teachers," + self.group_base
        else:
            a = ad_env(stack)
            self.ad = a
            self.uri = a["AD_URI"]
            self.base = "OU=Staff," + a["AD_BASE"]
            self.group_base = "OU=Groups," + a["AD_BASE"]
            self.svc_dn = a["AD_SVC_DN"]
            with open(a["AD_SVC_PASSWORD_FILE"]) as f:
                self.svc_pw = f.read().strip()
            self.teacher_group = "CN=Teachers," + self.group_base
            self.env = {"DIRECTORY_CLI_AD": "1",
                        "DIRECTORY_CLI_DOMAIN": a["AD_DOMAIN"],
                        "DIRECTORY_CLI_UPN_SUFFIX": a["AD_UPN_SUFFIX"]}

    def run(self, args, stdin="", env=None):
        full = dict(os.environ)
        full.update(self.env)
        full.update(env or {})
        t = time.monotonic()
        r = subprocess.run([self.cli] + args, input=stdin, env=full,
                           capture_output=True, text=True, timeout=60)
        r.seconds = time.monotonic() - t
        r.fields = parse(r.stdout)
        return r

    def login(self, user, password=DEMO_PASSWORD, uri=None, service=True,
              base=None, env=None):
        svc = [self.svc_dn, self.svc_pw] if service else ["", ""]
        return self.run([uri or self.uri, base or self.base, self.group_base]
                        + svc + [user], stdin=password + "\n", env=env)

    def lookup(self, user):
        return self.run(["--lookup", self.uri, self.base, self.group_base,
                         self.svc_dn, self.svc_pw, user])

    def list(self, page_size=None):
        env = {"DIRECTORY_CLI_PAGE_SIZE": str(page_size)} if page_size else {}
        return self.run(["--list", self.uri, self.base, self.group_base,
                         self.svc_dn, self.svc_pw], env=env)


def parse(out):
    """directory_cli's output: {"result": ..., "login": ..., "group": [...]}
    for the first person (list: use people())."""
    lines = out.splitlines()
    f = {"result": lines[0] if lines else "", "group": []}
    for line in lines[1:]:
        k, _, v = line.partition(": ")
        if k == "group":
            f["group"].append(v)
        elif k == "dn" and "dn" in f:
            break
        else:
            f[k] = v
    return f


def listed_people(out):
    found = {}
    cur = None
    for line in out.splitlines():
        k, _, v = line.partition(": ")
        if k == "dn":
            cur = {"dn": v, "group": []}
        elif k == "login" and cur is not None:
            found[v] = cur
        elif k == "group" and cur is not None:
            cur["group"].append(v)
        elif cur is not None and k:
            cur[k] = v
    return found


def ad_env(stack):
    d = os.path.join(stack.state, "samba")
    skip = os.path.join(d, "skip")
    if os.path.exists(skip):
        with open(skip) as f:
            raise Skip("Samba AD DC did not start: " +
                       " ".join(f.read().split())[:300])
    if not os.path.exists(os.path.join(d, "env")):
        raise Skip("Samba AD DC not started (APPRAISAL_WITH_AD=1 starts "
                   "it with the stack)")
    return load_env_file(os.path.join(d, "env"))


def load_env_file(path):
    env = {}
    with open(path) as f:
        for line in f:
            if "=" in line:
                k, v = line.strip().split("=", 1)
                env[k] = v
    return env


def expect(r, code, what):
    check(r.returncode == code, "%s: exit %d (want %d): %s %s" % (
        what, r.returncode, code, r.stdout[:300], r.stderr[-300:]))


# ---- cases run against both directories -----------------------------------

def case_login_by_login_name(d):
    r = d.login(people.TEACHER)
    expect(r, OK, "log-in")
    check(r.fields["login"] == people.TEACHER, r.fields)
    check(r.fields["name"] == people.TEACHER_NAME, r.fields)
    check(r.fields["title"] == people.TEACHER_TITLE, r.fields)
    check(r.fields["school"] == "KVA", r.fields)
    check("@" in r.fields["mail"], r.fields)
    groups = [g.lower() for g in r.fields["group"]]
    check(d.teacher_group.lower() in groups, r.fields["group"])


def case_wrong_password_and_unknown_user_alike(d):
    wrong = d.login(people.HEAD_OF_DEPT, "not-the-password")
    unknown = d.login("nosuchperson", "not-the-password")
    expect(wrong, BAD_CREDENTIALS, "wrong password")
    expect(unknown, BAD_CREDENTIALS, "unknown user")
    check(wrong.stdout == unknown.stdout, "the two differ: %r / %r"
          % (wrong.stdout, unknown.stdout))
    check(wrong.stderr == "" and unknown.stderr == "",
          "logged as a problem: %r %r" % (wrong.stderr, unknown.stderr))


def case_empty_password_refused_before_any_bind(d):
    expect(d.login(people.TEACHER, ""), BAD_INPUT, "empty password")
    # Refused before the network: even with nothing listening.
    r = d.login(people.TEACHER, "", uri="ldap://127.0.0.1:1/")
    expect(r, BAD_INPUT, "empty password, no server")


def case_injection_names_never_log_in(d):
    for name in INJECTION_NAMES:
        r = d.login(name)
        check(r.returncode in (BAD_INPUT, BAD_CREDENTIALS),
              "%r -> %d %s" % (name[:40], r.returncode, r.stdout[:200]))
        r = d.lookup(name)
        check(r.returncode in (BAD_INPUT, BAD_CREDENTIALS),
              "lookup %r -> %d %s" % (name[:40], r.returncode,
                                      r.stdout[:200]))


def case_lookup_without_password(d):
    r = d.lookup(people.EARLY_CAREER)
    expect(r, OK, "lookup")
    check(r.fields["login"] == people.EARLY_CAREER, r.fields)
    expect(d.lookup("nosuchperson"), BAD_CREDENTIALS, "unknown lookup")


def case_service_account_refused_is_unavailable(d):
    r = d.run([d.uri, d.base, d.group_base, d.svc_dn, "wrong-secret",
               people.TEACHER], stdin=DEMO_PASSWORD + "\n")
    expect(r, UNAVAILABLE, "bad service password")
    check("service account bind refused" in r.stderr, r.stderr)


def case_directory_down_is_unavailable(d):
    expect(d.login(people.TEACHER, uri="ldap://127.0.0.1:1/"), UNAVAILABLE,
           "closed port")


def case_list_pages(d):
    r = d.list(page_size=10 if d.kind == "slapd" else 500)
    expect(r, OK, "list")
    found = listed_people(r.stdout)
    check(people.TEACHER in found and people.HEAD in found, sorted(found)[:5])
    check(len(found) > 40, "only %d people" % len(found))
    head_groups = [g.lower() for g in found[people.HEAD]["group"]]
    check(d.teacher_group.lower() in head_groups, head_groups)


CASES = [case_login_by_login_name, case_wrong_password_and_unknown_user_alike,
         case_empty_password_refused_before_any_bind,
         case_injection_names_never_log_in, case_lookup_without_password,
         case_service_account_refused_is_unavailable,
         case_directory_down_is_unavailable, case_list_pages]


def _make(kind, case):
    def test(stack):
        case(Directory(stack, kind))
    test.__name__ = "test_%s_%s" % (kind, case.__name__[5:])
    return test


for _kind in ("slapd", "ad"):
    for _case in CASES:
        _t = _make(_kind, _case)
        globals()[_t.__name__] = _t


# ---- Active Directory only -------------------------------------------------

def ad(stack):
    return Directory(stack, "ad")


def test_ad_login_by_upn_and_domain_name(stack):
    d = ad(stack)
    for name in (people.HEAD + "@fernhill.example",
                 "FERNHILL\\" + people.HEAD, "fernhill\\" + people.HEAD):
        r = d.login(name)
        expect(r, OK, name)
        check(r.fields["login"] == people.HEAD, "%s -> %r" % (name, r.fields))
    for name in ("OTHERDOM\\" + people.HEAD, "FERNHILL\\",
                 people.HEAD + "@elsewhere.example"):
        expect(d.login(name), BAD_CREDENTIALS, name)
    # No userPrincipalName attribute: AD's implicit UPN still works.
    for service in (True, False):
        r = d.login(AD_NO_UPN + "@fernhill.example", service=service)
        expect(r, OK, "implicit UPN (service %s)" % service)
        check(r.fields["login"] == AD_NO_UPN, r.fields)


def test_ad_nested_groups_count(stack):
    d = ad(stack)
    g = d.group_base
    r = d.login(people.EARLY_CAREER)
    expect(r, OK, "early-career teacher")
    groups = set(r.fields["group"])
    # member of Early Career only; Teachers holds it, Staff holds Teachers
    for want in ("CN=Early Career,", "CN=Teachers,", "CN=Staff,"):
        check(want + g in groups, "%s missing: %s" % (want, groups))
    r = d.login(people.HEAD)
    groups = set(r.fields["group"])
    check("CN=Leadership," + g in groups, "Leadership through Headteachers: "
          "%s" % groups)
    r = d.login(people.GOVERNOR)
    check("CN=Teachers," + g not in r.fields["group"], r.fields)


def test_ad_account_states_have_their_own_results(stack):
    d = ad(stack)
    cases = [(AD_LEAVER, DISABLED, "disabled"),
             (AD_EXPIRED, EXPIRED, "expired"),
             (AD_MUST_CHANGE, MUST_CHANGE, "change your password"),
             (AD_LOCKED, LOCKED, "locked")]
    for user, code, words in cases:
        r = d.login(user)
        expect(r, code, user)
        check(words in r.stdout, "%s: %r" % (user, r.stdout))
    # With a wrong password AD does not say why (except for a lock-out):
    # the same as an unknown user.
    for user in (AD_LEAVER, AD_EXPIRED, AD_MUST_CHANGE):
        expect(d.login(user, "wrong-password"), BAD_CREDENTIALS, user)
    expect(d.login(AD_LOCKED, "wrong-password"), LOCKED, "locked, wrong")


def test_ad_direct_upn_bind(stack):
    d = ad(stack)
    for name in (people.TEACHER, people.TEACHER + "@fernhill.example",
                 "FERNHILL\\" + people.TEACHER):
        r = d.login(name, service=False)
        expect(r, OK, "direct " + name)
        check(r.fields["login"] == people.TEACHER, r.fields)
        check(d.teacher_group in r.fields["group"], r.fields)
    expect(d.login(people.PART_TIME, "wrong", service=False),
           BAD_CREDENTIALS, "direct, wrong password")
    expect(d.login("nosuchperson", "wrong", service=False),
           BAD_CREDENTIALS, "direct, unknown")
    expect(d.login(AD_LEAVER, service=False), DISABLED, "direct, disabled")
    expect(d.login("OTHERDOM\\" + people.TEACHER, service=False),
           BAD_CREDENTIALS, "direct, other domain")
    expect(d.login(people.TEACHER, "", service=False), BAD_INPUT,
           "direct, empty password")


def test_ad_empty_password_refused_whatever_the_dc_would_say(stack):
    """A DN with an empty password is an unauthenticated bind: Windows AD
    answers it as an anonymous success (Samba 4.17 happens to refuse it).
    The product refuses the empty password before any bind, so what the DC
    would say never matters."""
    d = ad(stack)
    r = subprocess.run(["ldapsearch", "-x", "-H", d.uri, "-D",
                        people.TEACHER + "@fernhill.example", "-w", "",
                        "-b", "", "-s", "base", "defaultNamingContext"],
                       capture_output=True, text=True, timeout=30)
    print("     the DC answers an unauthenticated bind with: %s"
          % ("success" if r.returncode == 0 else
             " ".join(r.stderr.split())[:80]))
    expect(d.login(people.TEACHER, ""), BAD_INPUT, "empty password")
    expect(d.login(people.TEACHER, "", service=False), BAD_INPUT,
           "empty password, direct bind")


def test_ad_tls_verified_against_ca_file(stack):
    """LDAPS and StartTLS work when the DC's certificate verifies against
    the configured CA file, name included, and never otherwise."""
    d = ad(stack)
    a = d.ad
    ok = {"DIRECTORY_CLI_CA_FILE": a["AD_CA_FILE"]}
    other = {"DIRECTORY_CLI_CA_FILE": a["AD_OTHER_CA_FILE"]}
    tls = dict(ok, DIRECTORY_CLI_STARTTLS="1")
    expect(d.login(people.TEACHER, uri=a["AD_LDAPS_URI"], env=ok), OK,
           "LDAPS, right CA")
    expect(d.login(people.TEACHER, env=tls), OK, "StartTLS, right CA")
    # The certificate names 127.0.0.1 only: "localhost" is another name.
    refused = [
        ("LDAPS, unrelated CA", a["AD_LDAPS_URI"], other),
        ("StartTLS, unrelated CA", a["AD_URI"],
         dict(other, DIRECTORY_CLI_STARTTLS="1")),
        ("LDAPS, system CAs", a["AD_LDAPS_URI"], {}),
        ("LDAPS, certificate for another name", a["AD_LDAPS_URI"].replace(
            "127.0.0.1", "localhost"), ok),
        ("StartTLS, certificate for another name", a["AD_URI"].replace(
            "127.0.0.1", "localhost"), tls),
    ]
    for what, uri, env in refused:
        r = d.login(people.TEACHER, uri=uri, env=env)
        expect(r, UNAVAILABLE, what)
        check("StartTLS failed" in r.stderr or "Can't contact" in r.stderr,
              "%s: %s" % (what, r.stderr))
    expect(d.login(people.TEACHER, uri=a["AD_LDAPS_URI"], env=ok,
                   service=False), OK, "LDAPS, direct bind")


def test_ad_referrals_not_chased(stack):
    """From the domain's root AD answers with referrals to its other
    partitions; they are ignored, not followed, and log-in works."""
    d = ad(stack)
    r = d.login(people.SUPPORT, base=d.ad["AD_BASE"])
    expect(r, OK, "search from the domain root")
    check(r.stderr == "", r.stderr)


def test_ad_list_pages_past_1000_without_leavers(stack):
    d = ad(stack)
    t = time.monotonic()
    r = d.list(page_size=300)
    seconds = time.monotonic() - t
    expect(r, OK, "list")
    found = listed_people(r.stdout)
    print("     AD list: %d people in %.1f s (pages of 300)"
          % (len(found), seconds))
    check(len(found) > 1000, "only %d people" % len(found))
    check(r.stdout.count("\ndn: ") + 1 == len(found),
          "someone listed twice")
    check("gen%04d" % AD_GENERATED in found, "last generated person missing")
    check(AD_LEAVER not in found, "disabled leaver listed")
    check("appraisal-svc" not in found, "service account listed")
    g = d.group_base
    check("CN=Staff," + g in found[people.EARLY_CAREER]["group"],
          "nested group missing in list: %s"
          % found[people.EARLY_CAREER]["group"])


def test_ad_unknown_user_and_wrong_password_take_similar_time(stack):
    d = ad(stack)
    wrong, unknown = [], []
    for i in range(3):
        wrong.append(d.login(people.TIMING_USERS[i % 2], "wrong-%d" % i)
                     .seconds)
        unknown.append(d.login("ghost%d" % i, "wrong-%d" % i).seconds)
    a, b = statistics.median(wrong), statistics.median(unknown)
    print("     AD timing: wrong password %.0f ms, unknown user %.0f ms"
          % (a * 1000, b * 1000))
    check(abs(a - b) < 0.25, "timings differ: %.3f vs %.3f" % (a, b))


# ---- appraisal-admin check-directory and sync-directory --------------------

def admin(stack, conf, *args, stdin=None):
    prefix = stack.env["APPRAISAL_PREFIX"]
    etc = os.path.join(stack.state, "etc")
    cmd = [os.path.join(prefix, "sbin", "appraisal-admin"), "-c",
           os.path.join(etc, conf), "-a", os.path.join(etc, "admin.hdf")]
    return subprocess.run(cmd + list(args), input=stdin, capture_output=True,
                          text=True, timeout=120)


def ad_setup(stack):
    """The AD database and configuration (tests/stack/setup-ad), once."""
    ad_env(stack)
    conf = os.path.join(stack.state, "etc", "appraisal-ad.hdf")
    if not os.path.exists(conf):
        r = subprocess.run([os.path.join(os.path.dirname(
            os.path.dirname(os.path.abspath(__file__))), "stack",
            "setup-ad"), stack.state], capture_output=True, text=True,
            timeout=120)
        check(r.returncode == 0, "setup-ad: " + r.stderr)
    return "appraisal-ad.hdf"


def ad_sql(stack, query):
    out = subprocess.run(
        ["mariadb", "--no-defaults", "--socket=" + stack.socket, "-N", "-B",
         "appraisal_ad", "-e", query],
        check=True, capture_output=True, text=True).stdout
    return [line.split("\t") for line in out.splitlines()]


def test_slapd_check_directory(stack):
    r = admin(stack, "appraisal.hdf", "check-directory", people.EARLY_CAREER)
    check(r.returncode == 0, r.stdout + r.stderr)
    for want in ("name: Kieran Whitfield", "school: KVA",
                 "roles: Member of staff, Teacher, Early-career teacher"):
        check(want in r.stdout, "%r not in %s" % (want, r.stdout))
    r = admin(stack, "appraisal.hdf", "check-directory", people.NO_SCHOOL)
    check(r.returncode == 1 and "PROBLEM: no school" in r.stdout, r.stdout)
    r = admin(stack, "appraisal.hdf", "check-directory", "nosuchperson")
    check(r.returncode == 1 and "no single person 'nosuchperson'" in r.stdout,
          r.stdout)
    r = admin(stack, "appraisal.hdf", "check-directory", "--password",
              people.TEACHER, stdin=DEMO_PASSWORD + "\n")
    check(r.returncode == 0 and "log-in with the person's password"
          in r.stdout, r.stdout + r.stderr)


def test_ad_check_directory(stack):
    conf = ad_setup(stack)
    r = admin(stack, conf, "check-directory", "FERNHILL\\" + people.HEAD)
    check(r.returncode == 0, r.stdout + r.stderr)
    check("Active Directory" in r.stdout and "ldaps://" in r.stdout,
          r.stdout)
    check("roles: Member of staff, Teacher, Leadership team, Headteacher"
          in r.stdout, r.stdout)
    r = admin(stack, conf, "check-directory", AD_LEAVER)
    check(r.returncode == 1 and "the account is disabled" in r.stdout,
          r.stdout)
    r = admin(stack, conf, "check-directory", AD_MUST_CHANGE +
              "@fernhill.example")
    check(r.returncode == 1 and "must change their password" in r.stdout,
          r.stdout)
    r = admin(stack, conf, "check-directory", "--password", AD_EXPIRED,
              stdin=DEMO_PASSWORD + "\n")
    check(r.returncode == 1 and "password has expired" in r.stdout,
          r.stdout)


def test_ad_check_directory_says_what_is_wrong(stack):
    conf = ad_setup(stack)
    etc = os.path.join(stack.state, "etc")
    with open(os.path.join(etc, conf)) as f:
        text = f.read()
    a = ad_env(stack)
    bad = {
        "bad-ca.hdf": (text.replace(a["AD_CA_FILE"], a["AD_OTHER_CA_FILE"]),
                       "cannot use the directory"),
        "bad-svc.hdf": (text.replace("BindPassword = ",
                                     "BindPassword = x"),
                        "service account bind refused"),
        "bad-base.hdf": (text.replace("Base = OU=Staff,",
                                      "Base = OU=Nowhere,"),
                         "cannot use the directory"),
    }
    for name, (body, words) in bad.items():
        path = os.path.join(etc, name)
        with open(path, "w") as f:
            f.write(body)
        r = admin(stack, name, "check-directory", people.TEACHER)
        os.unlink(path)
        check(r.returncode == 1 and "PROBLEM" in r.stdout and
              words in r.stdout + r.stderr,
              "%s: %s %s" % (name, r.stdout, r.stderr))


def test_ad_sync_directory_pages_and_marks_leavers(stack):
    conf = ad_setup(stack)
    school = ad_sql(stack, "SELECT id FROM school WHERE code = 'KVA'")[0][0]
    ad_sql(stack, "INSERT INTO staff (school_id, login, dn, display_name, "
                  "synced_at) VALUES (%s, '%s', 'CN=x', 'Leah James', "
                  "'2020-01-01') ON DUPLICATE KEY UPDATE active = 1"
                  % (school, AD_LEAVER))
    t = time.monotonic()
    r = admin(stack, conf, "sync-directory")
    seconds = time.monotonic() - t
    check(r.returncode == 0, r.stdout + r.stderr)
    print("     AD %s (%.1f s)" % (r.stdout.strip(), seconds))
    n = int(r.stdout.split("sync-directory: ")[1].split()[0])
    check(n > 1000, r.stdout)
    rows = ad_sql(stack, "SELECT active FROM staff WHERE login = '%s'"
                  % AD_LEAVER)
    check(rows == [["0"]], "disabled leaver still active: %s" % rows)
    rows = ad_sql(stack, "SELECT roles FROM staff WHERE login = '%s'"
                  % people.EARLY_CAREER)
    check(rows and "teacher" in rows[0][0] and "early_career" in rows[0][0],
          "nested roles not stored: %s" % rows)
    rows = ad_sql(stack, "SELECT COUNT(*) FROM staff WHERE active = 1")
    check(int(rows[0][0]) == n - 1, "active %s of %d" % (rows, n))


# ---- the log-in program itself against AD ----------------------------------

class LoginProgram:
    """The installed login program on a socket of its own, reading the AD
    configuration; requests through cgi-fcgi as Apache would send them."""

    def __init__(self, stack, conf):
        self.dir = os.path.join(stack.state, "ad-login")
        os.makedirs(self.dir, exist_ok=True)
        self.sock = os.path.join(self.dir, "login.sock")
        self.pidfile = os.path.join(self.dir, "login.pid")
        prog = os.path.join(stack.env["APPRAISAL_PREFIX"], "libexec",
                            "appraisal", "cgi-bin", "login")
        if os.path.exists(self.sock):
            os.unlink(self.sock)
        env = dict(os.environ, APPRAISAL_CONF=os.path.join(
            stack.state, "etc", conf))
        with open(os.path.join(self.dir, "login.log"), "a") as log:
            subprocess.run(["spawn-fcgi", "-s", self.sock, "-F", "1", "-P",
                            self.pidfile, "--", prog], env=env, check=True,
                           stdout=subprocess.DEVNULL, stderr=log)
        self.cookies = {}

    def stop(self):
        try:
            with open(self.pidfile) as f:
                os.kill(int(f.read().strip()), 15)
        except (OSError, ValueError):
            pass

    def request(self, method, body=""):
        env = {"REQUEST_METHOD": method, "SCRIPT_NAME": "/appraisal/login",
               "REQUEST_URI": "/appraisal/login", "REMOTE_ADDR": "127.0.0.1",
               "SERVER_NAME": "127.0.0.1", "SERVER_PORT": "80",
               "PATH": "/usr/bin:/bin"}
        if self.cookies:
            env["HTTP_COOKIE"] = "; ".join("%s=%s" % kv
                                           for kv in self.cookies.items())
        if method == "POST":
            env["CONTENT_TYPE"] = "application/x-www-form-urlencoded"
            env["CONTENT_LENGTH"] = str(len(body.encode()))
        r = subprocess.run(["cgi-fcgi", "-bind", "-connect", self.sock],
                           input=body.encode(), env=env, capture_output=True,
                           timeout=30)
        head, _, page = r.stdout.decode("utf-8", "replace").partition(
            "\r\n\r\n")
        status = int(head.split("Status: ")[1][:3])
        for line in head.split("\r\n"):
            if line.startswith("Set-Cookie: "):
                name, rest = line[12:].split("=", 1)
                self.cookies[name] = rest.split(";")[0]
        return status, page

    def login(self, user, password=DEMO_PASSWORD):
        self.cookies = {}
        _, page = self.request("GET")
        csrf = re.search(r'name="csrf" value="([0-9a-f]{64})"', page).group(1)
        return self.request("POST", urllib.parse.urlencode(
            {"csrf": csrf, "user": user, "password": password}))


def test_ad_login_program(stack):
    conf = ad_setup(stack)
    prog = LoginProgram(stack, conf)
    try:
        for name in (people.TEACHER + "@fernhill.example",
                     "FERNHILL\\" + people.SUPPORT, people.EARLY_CAREER):
            status, page = prog.login(name)
            check(status == 303 and "appraisal_session" in prog.cookies,
                  "%s: %d %s" % (name, status, page[:300]))
        rows = ad_sql(stack, "SELECT roles FROM staff WHERE login = '%s'"
                      % people.EARLY_CAREER)
        check(rows and "early_career" in rows[0][0], rows)
        rows = ad_sql(stack, "SELECT actor_login FROM audit WHERE action = "
                      "'login' AND result = 'ok' ORDER BY id DESC LIMIT 3")
        check([r[0] for r in rows] == [people.EARLY_CAREER, people.SUPPORT,
                                       people.TEACHER], rows)
        for user, words in ((AD_LEAVER, "account is disabled"),
                            (AD_MUST_CHANGE, "change your password"),
                            (AD_EXPIRED, "password has expired")):
            status, page = prog.login(user)
            check(status == 403 and words in page and
                  "appraisal_session" not in prog.cookies,
                  "%s: %d %s" % (user, status, page[:300]))
            check('value="%s"' % user in page, "name not kept")
        # A lock-out (775) comes for any password: shown as a wrong
        # password, so the page does not tell that the account exists.
        for pw in (DEMO_PASSWORD, "whatever-1"):
            status, page = prog.login(AD_LOCKED, pw)
            check(status == 401 and "user name or password is not right"
                  in page and "locked" not in page,
                  "locked: %d %s" % (status, page[:300]))
        rows = ad_sql(stack, "SELECT reason FROM audit WHERE action = "
                      "'login' AND actor_login = '%s' ORDER BY id DESC "
                      "LIMIT 1" % AD_LOCKED)
        check(rows == [["ACCOUNT_LOCKED"]], rows)
        for user, pw in (("nosuchperson", "whatever-1"),
                         (people.CPD_COORDINATOR, "whatever-1")):
            status, page = prog.login(user, pw)
            check(status == 401 and "user name or password is not right"
                  in page, "%s: %d" % (user, status))
        rows = ad_sql(stack, "SELECT reason FROM audit WHERE action = "
                      "'login' AND actor_login = '%s' ORDER BY id DESC "
                      "LIMIT 1" % AD_LEAVER)
        check(rows == [["ACCOUNT_DISABLED"]], rows)
    finally:
        prog.stop()
        ad_sql(stack, "DELETE FROM login_throttle")


def test_example_configurations_are_valid(stack):
    """The two shipped examples (OpenLDAP and Active Directory) pass
    check-config --file-only as installed (their servers do not exist)."""
    prefix = stack.env["APPRAISAL_PREFIX"]
    for name in ("appraisal.hdf.example", "appraisal-ad.hdf.example"):
        path = os.path.join(prefix, "etc", "appraisal", name)
        r = subprocess.run([os.path.join(prefix, "sbin", "appraisal-admin"),
                            "-c", path, "check-config", "--file-only"],
                           capture_output=True, text=True, timeout=30)
        check(r.returncode == 0 and "configuration is valid" in r.stdout,
              "%s: %s %s" % (name, r.stdout, r.stderr))


def test_ad_throttle_counts_name_variants_as_one(stack):
    """jsmith, JSMITH, FERNHILL\\jsmith and jsmith@fernhill.example are one
    person to the log-in throttle (an unknown name here, so that the
    domain's own lock-out is not involved)."""
    conf = ad_setup(stack)
    prog = LoginProgram(stack, conf)
    ad_sql(stack, "DELETE FROM login_throttle")
    try:
        for name in ("ghostv", "GHOSTV", "FERNHILL\\ghostv",
                     "ghostv@fernhill.example", "Fernhill\\GhostV"):
            status, _ = prog.login(name, "wrong-password")
            check(status == 401, "%s: %d" % (name, status))
        status, page = prog.login("ghostv@FERNHILL.example", "wrong-password")
        check(status == 429, "sixth variant not throttled: %d" % status)
    finally:
        prog.stop()
        ad_sql(stack, "DELETE FROM login_throttle")

