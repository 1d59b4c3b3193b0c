"""appraisal-admin does what IT would otherwise do by hand (issue 19):
check-config tries the database, the directory, the file's permissions,
the program sockets and HTTPS and says which check failed and why;
status only reads (the programs' account may run it); schools and
trusts are added and listed with it, audited."""
import os
import subprocess

from harness import check


def conf_path(stack):
    return os.path.join(stack.state, "etc", "appraisal.hdf")


def admin_conf_path(stack):
    return os.path.join(stack.state, "etc", "admin.hdf")


def admin(stack, *args, conf=None, owner=True):
    cmd = [os.path.join(stack.env["APPRAISAL_PREFIX"], "sbin",
                        "appraisal-admin"), "-c", conf or conf_path(stack)]
    if owner is True:
        cmd += ["-a", admin_conf_path(stack)]
    elif owner:
        cmd += ["-a", owner]
    return subprocess.run(cmd + list(args), capture_output=True, text=True,
                          timeout=60, stdin=subprocess.DEVNULL)


def variant(stack, name, *changes, mode=0o640, base=None):
    """A copy of the stack's configuration (or of base) with each (old,
    new) replaced, at mode."""
    with open(base or conf_path(stack)) as f:
        text = f.read()
    for old, new in changes:
        check(old in text, "not in the configuration: %r" % old)
        text = text.replace(old, new)
    path = os.path.join(stack.state, "admin-tool-%s.hdf" % name)
    with open(path, "w") as f:
        f.write(text)
    os.chmod(path, mode)
    return path


def secret(stack, name):
    with open(os.path.join(stack.state, name)) as f:
        return f.read().strip()


def problems(r):
    return [line for line in r.stdout.splitlines()
            if line.startswith("PROBLEM")]


def failed_with(r, *words):
    """check-config found exactly one problem, and it says all of words."""
    p = problems(r)
    check(r.returncode == 1 and len(p) == 1 and
          "configuration is valid" not in r.stdout,
          "expected one problem: %s %s" % (r.stdout, r.stderr))
    for w in words:
        check(w in p[0] + r.stdout, "%r not said: %s" % (w, p[0]))
    return p[0]


# ---- check-config ---------------------------------------------------------

def test_check_config_tries_everything_and_passes(stack):
    r = admin(stack, "check-config")
    check(r.returncode == 0 and not problems(r), r.stdout + r.stderr)
    for said in ("database: the programs' account 'appraisal' connects",
                 "database: the owner's account 'appraisal_admin' connects",
                 "the service account binds and reads ou=staff",
                 "configuration is valid: every check passed"):
        check(said in r.stdout, "%r not in %s" % (said, r.stdout))


def test_check_config_wrong_database_password(stack):
    conf = variant(stack, "dbpw", ("Password = " + secret(
        stack, "db-app-password"), "Password = not-the-password"))
    failed_with(admin(stack, "check-config", conf=conf, owner=False),
                "programs' account 'appraisal'", "Access denied",
                "Database.Password")


def test_check_config_wrong_owner_password(stack):
    owner = variant(stack, "ownerpw", ("Password = " + secret(
        stack, "db-admin-password"), "Password = not-the-password"),
        mode=0o600, base=admin_conf_path(stack))
    failed_with(admin(stack, "check-config", owner=owner),
                "owner's account 'appraisal_admin'", "Access denied")


def test_check_config_database_unreachable(stack):
    conf = variant(stack, "dbport", ("Port = " + stack.env[
        "APPRAISAL_DB_PORT"], "Port = 1"))
    failed_with(admin(stack, "check-config", conf=conf, owner=False),
                "127.0.0.1:1", "Database.Host", "Database.Port")


def test_check_config_wrong_directory_password(stack):
    conf = variant(stack, "ldappw", (
        "BindPassword = " + stack.env["APPRAISAL_LDAP_SVC_PASSWORD"],
        "BindPassword = not-the-password"))
    failed_with(admin(stack, "check-config", conf=conf, owner=False),
                "service account bind refused", "Invalid credentials")


def test_check_config_directory_unreachable(stack):
    conf = variant(stack, "ldapport", (
        "127.0.0.1:" + stack.env["APPRAISAL_LDAP_PORT"], "127.0.0.1:1"))
    failed_with(admin(stack, "check-config", conf=conf, owner=False),
                "ldap://127.0.0.1:1/", "Can't contact LDAP server")


def starttls(stack, name, ca):
    return variant(stack, name, ("AllowPlainLDAP = true", "AllowPlainLDAP "
                   "= false\n\tStartTLS = true\n\tCAFile = " + ca))


def test_check_config_missing_ca_file(stack):
    ca = os.path.join(stack.state, "no-such-ca.pem")
    conf = starttls(stack, "nocafile", ca)
    failed_with(admin(stack, "check-config", conf=conf, owner=False),
                ca, "Directory.CAFile", "cannot be read")


def test_check_config_garbage_ca_file(stack):
    ca = os.path.join(stack.state, "garbage-ca.pem")
    with open(ca, "w") as f:
        f.write("this is not a certificate\n")
    conf = starttls(stack, "garbageca", ca)
    failed_with(admin(stack, "check-config", conf=conf, owner=False),
                ca, "no certificate in PEM form")


def test_check_config_starttls_against_a_plain_server(stack):
    """A real CA bundle, but the test directory speaks plain LDAP only:
    StartTLS fails, and the message names the CA file it would use."""
    ca = "/etc/ssl/certs/ca-certificates.crt"
    conf = starttls(stack, "starttls", ca)
    p = failed_with(admin(stack, "check-config", conf=conf, owner=False),
                    "StartTLS failed")
    check("with the CA file " + ca in p, p)


def test_check_config_world_readable_file(stack):
    conf = variant(stack, "mode", mode=0o644)
    failed_with(admin(stack, "check-config", conf=conf, owner=False),
                "readable by every user", "chmod 640")


def test_check_config_sockets(stack):
    with open(os.path.join(stack.state, "apache", "variant")) as f:
        pooled = f.read().strip() != "fcgid"
    if pooled:
        conf = variant(stack, "sockets", (
            "Site {", "Site {\n\tSocketDir = %s"
            % os.path.join(stack.state, "pool")))
        r = admin(stack, "check-config", conf=conf, owner=False)
        check(r.returncode == 0 and "program sockets in" in r.stdout,
              r.stdout)
    missing = os.path.join(stack.state, "no-such-pool")
    conf = variant(stack, "nosockets", (
        "Site {", "Site {\n\tSocketDir = " + missing))
    r = admin(stack, "check-config", conf=conf, owner=False)
    check(r.returncode == 1 and len(problems(r)) == 9 and
          missing + "/login.sock" in r.stdout, r.stdout)


def test_check_config_https(stack):
    r = admin(stack, "check-config", owner=False)
    check("cannot tell whether Appraisal is served over HTTPS" in r.stdout
          and "without Secure" in r.stdout, r.stdout)
    conf = variant(stack, "http", ("Site {", "Site {\n\tUrl = "
                                   "http://intranet.example/appraisal/"))
    r = admin(stack, "check-config", conf=conf, owner=False)
    check(r.returncode == 0 and "plain HTTP: session cookies are then sent "
          "without Secure" in r.stdout, r.stdout)
    conf = variant(stack, "https", ("Site {", "Site {\n\tUrl = "
                                    "https://intranet.example/appraisal/"))
    r = admin(stack, "check-config", conf=conf, owner=False)
    check(r.returncode == 0 and "https: https://intranet.example" in
          r.stdout and "without Secure" not in r.stdout, r.stdout)


# ---- status ---------------------------------------------------------------

def test_status_with_the_programs_account_only_reads(stack):
    r = admin(stack, "status", owner=False)
    check(r.returncode == 0 and "denied" not in r.stderr and
          "0 pending" in r.stdout, r.stdout + r.stderr)


def test_status_of_a_database_not_migrated(stack):
    stack.sql("CREATE DATABASE IF NOT EXISTS appraisal_unmigrated; "
              "GRANT SELECT ON appraisal_unmigrated.* TO "
              "'appraisal'@'127.0.0.1'")
    try:
        conf = variant(stack, "unmigrated", ("Name = appraisal\n",
                                             "Name = appraisal_unmigrated\n"))
        r = admin(stack, "status", conf=conf, owner=False)
        check(r.returncode == 3 and "has not been migrated" in r.stdout and
              "denied" not in r.stderr, r.stdout + r.stderr)
        check(stack.sql("SELECT COUNT(*) FROM information_schema.tables "
                        "WHERE table_schema = 'appraisal_unmigrated'")
              == [["0"]], "status created a table")
    finally:
        stack.sql("DROP DATABASE appraisal_unmigrated")


# ---- schools and trusts ---------------------------------------------------

def test_trust_and_school_add_and_list(stack):
    # Rows of an earlier run on this stack (the codes are this test's own).
    stack.sql("DELETE FROM school WHERE code IN ('WIL', 'HZL'); "
              "DELETE FROM trust WHERE code = 'ASH'")
    before = stack.audit_max()
    r = admin(stack, "trust", "add", "ASH", "Ashgrove Learning Trust")
    check(r.returncode == 0, r.stderr)
    r = admin(stack, "school", "add", "WIL", "Willowmere Primary School",
              "--trust", "ASH")
    check(r.returncode == 0 and "added to trust ASH" in r.stdout,
          r.stdout + r.stderr)
    r = admin(stack, "school", "add", "HZL", "Hazelbrook School")
    check(r.returncode == 0, r.stderr)
    rows = stack.sql("SELECT s.code, s.name, COALESCE(t.code, '') FROM "
                     "school s LEFT JOIN trust t ON t.id = s.trust_id "
                     "WHERE s.code IN ('WIL', 'HZL') ORDER BY s.code")
    check(rows == [["HZL", "Hazelbrook School", ""],
                   ["WIL", "Willowmere Primary School", "ASH"]], rows)
    r = admin(stack, "school", "list", owner=False)
    check(r.returncode == 0 and
          "WIL\tWillowmere Primary School\tASH\t0" in r.stdout and
          "KVA\tKestrel Vale Academy" in r.stdout, r.stdout)
    r = admin(stack, "trust", "list")
    check(r.returncode == 0 and "ASH\tAshgrove Learning Trust\t1"
          in r.stdout, r.stdout)
    audited = [(a[1], a[2], a[3], a[4]) for a in stack.audit_rows(before)]
    check(audited == [
        ("appraisal-admin", "trust add", "ok", "ASH: Ashgrove Learning Trust"),
        ("appraisal-admin", "school add", "ok",
         "WIL: Willowmere Primary School"),
        ("appraisal-admin", "school add", "ok", "HZL: Hazelbrook School")],
        audited)


def test_school_add_refuses_bad_input(stack):
    before = stack.audit_max()
    for args, said, rc in (
            (("school", "add", "KVA", "Another Kestrel Vale"),
             "already a school with the code KVA", 1),
            (("school", "add", "NEW", "New School", "--trust", "NOSUCH"),
             "no trust with the code NOSUCH", 1),
            (("school", "add", "has space", "New School"),
             "is not a school code", 2),
            (("school", "add", "X" * 33, "New School"),
             "is not a school code", 2),
            (("school", "add", "NEW", ""), "name must be", 2),
            (("school", "add", "NEW", "Tab\there"), "name must be", 2),
            (("school", "add", "NEW"), "usage", 2),
            (("school", "remove", "KVA"), "usage", 2),
            (("trust", "add", "ASH2"), "usage", 2),
            (("trust", "add", "FST", "Fernhill again"),
             "already a trust with the code FST", 1)):
        r = admin(stack, *args)
        check(r.returncode == rc and said in r.stderr,
              "%s: %d %s" % (args, r.returncode, r.stderr))
    check(stack.sql("SELECT COUNT(*) FROM school WHERE code IN "
                    "('NEW', 'has space')") == [["0"]], "a school added")
    check(stack.audit_rows(before) == [], "a refusal was audited as done")


# ---- migrate ----------------------------------------------------------------

def test_migrate_with_only_the_database_settings_stops_at_a_failure(stack):
    """A file with just the database settings is enough for migrate (the
    Debian package's admin.hdf); each migration is its own transaction,
    and a failing one stops migrate with a message naming it."""
    import shutil
    db = "appraisal_migrate_test"
    stack.sql("DROP DATABASE IF EXISTS %s; CREATE DATABASE %s; GRANT ALL "
              "PRIVILEGES ON %s.* TO 'appraisal_admin'@'127.0.0.1'"
              % (db, db, db))
    sqldir = os.path.join(stack.state, "migrate-test-sql")
    shutil.rmtree(sqldir, ignore_errors=True)
    os.makedirs(sqldir)
    installed = os.path.join(stack.env["APPRAISAL_PREFIX"], "share",
                             "appraisal", "sql")
    names = sorted(n for n in os.listdir(installed) if n[:3].isdigit())
    for n in names:
        shutil.copy(os.path.join(installed, n), sqldir)
    with open(os.path.join(sqldir, "999-broken.sql"), "w") as f:
        f.write("INSERT INTO school (code, name) VALUES ('ZZZ', 'Rolled "
                "back');\nCREATE TABLE broken (\n")
    conf = os.path.join(stack.state, "admin-only.hdf")
    with open(conf, "w") as f:
        f.write("Database {\n\tHost = 127.0.0.1\n\tPort = %s\n\tName = %s\n}"
                "\nAdmin.Database.User = appraisal_admin\nAdmin.Database."
                "Password = %s\n" % (stack.env["APPRAISAL_DB_PORT"], db,
                                     secret(stack, "db-admin-password")))
    os.chmod(conf, 0o600)
    try:
        r = admin(stack, "-s", sqldir, "migrate", conf=conf, owner=False)
        check(r.returncode == 1 and "999-broken.sql failed" in r.stderr and
              "run migrate again" in r.stderr, r.stdout + r.stderr)
        check(("applied " + names[-1]) in r.stdout, r.stdout)
        rows = stack.sql("SELECT COUNT(*) FROM %s.schema_migrations" % db)
        check(rows == [[str(len(names))]], rows)
        rows = stack.sql("SELECT COUNT(*) FROM %s.school WHERE code = 'ZZZ'"
                         % db)
        check(rows == [["0"]], "the failed migration's row stayed")
    finally:
        stack.sql("DROP DATABASE IF EXISTS %s" % db)
