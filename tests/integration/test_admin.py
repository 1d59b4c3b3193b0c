"""appraisal-admin against the real stack: migrate, status, sync-directory,
check-config."""
import os
import subprocess
import tempfile
import time

import people
from harness import check


def admin(stack, *args, conf=None):
    prefix = stack.env["APPRAISAL_PREFIX"]
    confdir = os.path.join(stack.state, "etc")
    cmd = [os.path.join(prefix, "sbin", "appraisal-admin"),
           "-c", conf or os.path.join(confdir, "appraisal.hdf"),
           "-a", os.path.join(confdir, "admin.hdf")] + list(args)
    return subprocess.run(cmd, capture_output=True, text=True)


def test_migrate_is_idempotent(stack):
    r = admin(stack, "migrate")
    check(r.returncode == 0, r.stderr)
    check("0 applied" in r.stdout, r.stdout)


def test_status_reports_schema_and_directory(stack):
    r = admin(stack, "status")
    check(r.returncode == 0, r.stdout + r.stderr)
    check("0 pending" in r.stdout, r.stdout)
    check("directory: reachable" in r.stdout, r.stdout)
    check("active staff:" in r.stdout, r.stdout)


SUFFIX = "dc=fernhill,dc=example"
LEAVER = "smaddox"      # no other test uses her


def ldap(stack, tool, *args, stdin=None):
    """An OpenLDAP tool bound as the directory's administrator."""
    return subprocess.run(
        [tool, "-x", "-H", stack.env["APPRAISAL_LDAP_URI"],
         "-D", "cn=admin," + SUFFIX,
         "-y", os.path.join(stack.state, "slapd", "root-password")]
        + list(args), input=stdin, capture_output=True, text=True)


def test_sync_marks_leavers_inactive_and_ends_their_sessions(stack):
    """A leaver's entry goes from the directory; the nightly sync (not
    SQL) marks them inactive and their open session stops working."""
    c = stack.client()
    check(c.login(LEAVER).status == 303, "log-in")
    check(c.get("/appraisal/").status == 200, "dashboard")
    stayer = stack.client()
    check(stayer.login(people.SUPPORT).status == 303, "log-in")
    # Her entry, with its entryUUID: she comes back as the same entry
    # (Appraisal binds a person to the entry's identifier).
    r = ldap(stack, "ldapsearch", "-LLL", "-o", "ldif-wrap=no",
             "-b", SUFFIX, "(uid=%s)" % LEAVER, "*", "entryUUID")
    check(r.returncode == 0 and r.stdout.startswith("dn: "), r.stderr)
    entry = r.stdout
    dn = entry.splitlines()[0][4:]
    r = ldap(stack, "ldapdelete", dn)
    check(r.returncode == 0, r.stderr)
    # Time only: the sync marks those not seen since it began, to the
    # second; her log-in a moment ago must be in an earlier second.
    time.sleep(1.1)
    try:
        r = admin(stack, "sync-directory")
        check(r.returncode == 0, r.stderr)
        check("1 marked inactive" in r.stdout, r.stdout)
        rows = stack.sql("SELECT active FROM staff WHERE login = ?", LEAVER)
        check(rows == [["0"]], rows)
        rows = stack.sql("SELECT active FROM staff WHERE login = ?",
                         people.SUPPORT)
        check(rows == [["1"]], "a current member of staff was deactivated")
        check(stayer.get("/appraisal/").status == 200,
              "a current session broken")
        r = c.get("/appraisal/")
        check(r.status == 303 and "/appraisal/login" in r.header("Location"),
              "the leaver's session still works: %r" % r)
    finally:
        # The relax control lets the directory's root give the entry its
        # old entryUUID back.
        r = ldap(stack, "ldapadd", "-e", "relax", stdin=entry)
        check(r.returncode == 0, r.stderr)
        r = admin(stack, "sync-directory")
        check(r.returncode == 0, r.stderr)
    rows = stack.sql("SELECT active FROM staff WHERE login = ?", LEAVER)
    check(rows == [["1"]], "the returning person stays inactive: %s" % rows)


def test_check_config_names_the_line(stack):
    with tempfile.NamedTemporaryFile("w", suffix=".hdf", delete=False) as f:
        f.write("Database {\n\tUser = x\n\tPort = eighty\n}\n")
        path = f.name
    try:
        r = admin(stack, "check-config", conf=path)
        check(r.returncode == 1, r.stdout)
        check("line 3" in r.stderr and "Database.Port" in r.stderr, r.stderr)
    finally:
        os.unlink(path)


def program_sql(stack, query):
    """A statement as the programs' own database account."""
    pw = open(os.path.join(stack.state, "db-app-password")).read().strip()
    return subprocess.run(
        ["mariadb", "--no-defaults", "-h", "127.0.0.1",
         "-P", stack.env["APPRAISAL_DB_PORT"], "-u", "appraisal",
         "-p" + pw, "appraisal", "-e", query],
        capture_output=True, text=True)


def test_audit_rows_cannot_be_changed(stack):
    """Neither changed nor deleted: tried as the programs' account (whose
    grants on audit are SELECT and INSERT only) and as the database's
    owner (the table's triggers refuse both)."""
    for _ in range(4):
        stack.client().login(people.TEACHER)
    ids = [int(r[0]) for r in stack.sql(
        "SELECT id FROM audit ORDER BY id DESC LIMIT 4")]
    rows = stack.sql("SELECT * FROM audit WHERE id >= ? ORDER BY id",
                     min(ids))

    def owner_sql(query):
        return subprocess.run(
            ["mariadb", "--no-defaults", "--socket=" + stack.socket,
             "appraisal", "-e", query], capture_output=True, text=True)

    # Each try on a row of its own, so that one that goes through does
    # not hide another.
    tries = {
        "the programs' UPDATE": program_sql(
            stack, "UPDATE audit SET result = 'refused' WHERE id = %d"
            % ids[0]),
        "the owner's UPDATE": owner_sql(
            "UPDATE audit SET result = 'refused' WHERE id = %d" % ids[1]),
        "the programs' DELETE": program_sql(
            stack, "DELETE FROM audit WHERE id = %d" % ids[2]),
        "the owner's DELETE": owner_sql(
            "DELETE FROM audit WHERE id = %d" % ids[3]),
    }
    went = [w for w, r in tries.items() if r.returncode == 0]
    check(not went, "audit rows changed or deleted by: " + ", ".join(went))
    check(stack.sql("SELECT * FROM audit WHERE id >= ? ORDER BY id",
                    min(ids)) == rows, "audit rows changed")


def test_program_account_cannot_change_schema(stack):
    pw = open(os.path.join(stack.state, "db-app-password")).read().strip()
    r = subprocess.run(
        ["mariadb", "--no-defaults", "-h", "127.0.0.1",
         "-P", stack.env["APPRAISAL_DB_PORT"], "-u", "appraisal",
         "-p" + pw, "appraisal", "-e", "DROP TABLE audit"],
        capture_output=True, text=True)
    check(r.returncode != 0 and "denied" in r.stderr, r.stderr)
