"""appraisal-admin against the real stack: migrate, status, sync-directory,
check-config."""
import os
import subprocess
import tempfile

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


def test_sync_marks_leavers_inactive_and_ends_their_sessions(stack):
    c = stack.client()
    check(c.login(people.SUPPORT).status == 303, "log-in")
    school = stack.sql("SELECT id FROM school WHERE code = 'KVA'")[0][0]
    stack.sql("INSERT INTO staff (school_id, login, dn, display_name, "
              "synced_at) VALUES (?, 'leaver1', 'uid=leaver1', 'A Leaver', "
              "'2020-01-01') ON DUPLICATE KEY UPDATE active = 1", int(school))
    r = admin(stack, "sync-directory")
    check(r.returncode == 0, r.stderr)
    check("1 marked inactive" in r.stdout, r.stdout)
    rows = stack.sql("SELECT active FROM staff WHERE login = 'leaver1'")
    check(rows == [["0"]], rows)
    rows = stack.sql("SELECT active FROM staff WHERE login = ?", people.SUPPORT)
    check(rows == [["1"]], "a current member of staff was deactivated")
    check(c.get("/appraisal/").status == 200, "current session broken")
    # A deactivated person's session no longer works.
    stack.sql("UPDATE staff SET active = 0 WHERE login = ?", people.SUPPORT)
    check(c.get("/appraisal/").status == 303, "inactive person still in")
    stack.sql("UPDATE staff SET active = 1 WHERE login = ?", people.SUPPORT)


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


def test_audit_rows_cannot_be_changed(stack):
    stack.client().login(people.TEACHER)
    r = subprocess.run(
        ["mariadb", "--no-defaults", "--socket=" + stack.socket, "appraisal",
         "-e", "UPDATE audit SET result = 'ok' ORDER BY id DESC LIMIT 1"],
        capture_output=True, text=True)
    check(r.returncode != 0 and "cannot be changed" in r.stderr, r.stderr)


def test_program_account_cannot_change_schema(stack):
    pw = open(os.path.join(stack.state, "db-app-password")).read().strip()
    r = subprocess.run(
        ["mariadb", "--no-defaults", "-h", "127.0.0.1",
         "-P", stack.env["APPRAISAL_DB_PORT"], "-u", "appraisal",
         "-p" + pw, "appraisal", "-e", "DROP TABLE audit"],
        capture_output=True, text=True)
    check(r.returncode != 0 and "denied" in r.stderr, r.stderr)
