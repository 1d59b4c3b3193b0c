"""Least privilege in the database: the programs' account may add to the
audit trail and read it, never change or delete it; nobody deletes audit
rows except the retention purge (migration 010, sql/grants.sql)."""
import os
import subprocess

from harness import check


def as_programs(stack, query):
    """Run a query as the programs' database account (as the pools
    connect); (exit status, stdout, stderr)."""
    with open(os.path.join(stack.state, "db-app-password")) as f:
        password = f.read().strip()
    r = subprocess.run(
        ["mariadb", "--no-defaults", "-h", "127.0.0.1",
         "-P", stack.env["APPRAISAL_DB_PORT"], "-u", "appraisal",
         "-p" + password, "-N", "-B", "appraisal", "-e", query],
        capture_output=True, text=True, timeout=30)
    return r.returncode, r.stdout, r.stderr


def test_programs_account_cannot_change_or_delete_audit(stack):
    rc, out, err = as_programs(
        stack, "INSERT INTO audit (action, result, reason) VALUES "
        "('privilege test', 'ok', 'test_privileges'); SELECT LAST_INSERT_ID()")
    check(rc == 0, "INSERT into audit refused: %s" % err)
    row = int(out.split()[-1])
    rc, out, err = as_programs(stack, "SELECT action FROM audit WHERE id = %d"
                               % row)
    check(rc == 0 and out.strip() == "privilege test", (rc, out, err))
    rc, _, err = as_programs(stack, "DELETE FROM audit WHERE id = %d" % row)
    check(rc != 0 and "denied" in err, "DELETE allowed: %s" % err)
    rc, _, err = as_programs(stack, "UPDATE audit SET reason = 'changed' "
                             "WHERE id = %d" % row)
    check(rc != 0 and ("denied" in err or "cannot be changed" in err),
          "UPDATE allowed: %s" % err)
    rows = stack.sql("SELECT reason FROM audit WHERE id = ?", row)
    check(rows == [["test_privileges"]], rows)


def test_programs_account_keeps_its_other_rights(stack):
    """Every other table: read and write as before (a DELETE that matches
    nothing still needs the privilege)."""
    for q in ("SELECT COUNT(*) FROM staff",
              "DELETE FROM login_throttle WHERE 1 = 0",
              "UPDATE session SET last_seen_at = last_seen_at WHERE 1 = 0",
              "SELECT COUNT(*) FROM schema_migrations"):
        rc, _, err = as_programs(stack, q)
        check(rc == 0, "%s: %s" % (q, err))
    rc, _, err = as_programs(stack, "DELETE FROM schema_migrations "
                             "WHERE 1 = 0")
    check(rc != 0 and "denied" in err, "schema_migrations: %s" % err)
    rc, _, err = as_programs(stack, "DROP TABLE audit")
    check(rc != 0 and "denied" in err, "DROP allowed: %s" % err)


def test_nobody_deletes_audit_rows_but_the_retention_purge(stack):
    """Even root: the trigger refuses, unless the session says it is the
    retention purge (what the admin tool will set)."""
    stack.sql("INSERT INTO audit (action, result, reason) VALUES "
              "('privilege test', 'ok', 'retention')")
    row = int(stack.sql("SELECT MAX(id) FROM audit WHERE reason = "
                        "'retention'")[0][0])
    try:
        stack.sql("DELETE FROM audit WHERE id = ?", row)
        deleted = True
    except subprocess.CalledProcessError as e:
        deleted = False
        check("cannot be deleted" in e.stderr, e.stderr)
    check(not deleted, "root deleted an audit row without the purge flag")
    stack.sql("SET @appraisal_audit_retention = 'purge'; "
              "DELETE FROM audit WHERE id = ?", row)
    check(stack.sql("SELECT COUNT(*) FROM audit WHERE id = ?", row)
          == [["0"]], "the retention purge could not delete")


def test_configuration_readable_by_the_programs_alone(stack):
    """The pools (mod_proxy_fcgi, as shipped) run as the system user
    appraisal, and only its group may read the configuration with the
    passwords: not www-data, which other web applications share. Under
    mod_fcgid (the documented, weaker alternative) Apache runs them as
    www-data, whose group then reads it."""
    import grp
    import pwd
    conf = os.path.join(stack.state, "etc", "appraisal.hdf")
    st = os.stat(conf)
    check(st.st_mode & 0o777 == 0o640 and st.st_uid == 0, oct(st.st_mode))
    variant_file = os.path.join(stack.state, "apache", "variant")
    with open(variant_file) as f:
        variant = f.read().strip()
    group = grp.getgrgid(st.st_gid).gr_name
    if variant == "fcgid":
        check(group == "www-data", group)
        return
    check(group == "appraisal", group)
    r = subprocess.run(["runuser", "-u", "www-data", "--", "cat", conf],
                       capture_output=True, text=True)
    check(r.returncode != 0 and "Password" not in r.stdout,
          "www-data can read the configuration")
    uid = pwd.getpwnam("appraisal").pw_uid
    pool = os.path.join(stack.state, "pool")
    pids = []
    for name in os.listdir(pool):
        if name.endswith(".pid"):
            with open(os.path.join(pool, name)) as f:
                pids += [int(p) for p in f.read().split()]
    check(pids, "no pool")
    for pid in pids:
        with open("/proc/%d/status" % pid) as f:
            uids = [line.split()[1:] for line in f
                    if line.startswith("Uid:")][0]
        check(all(int(u) == uid for u in uids), "pid %d runs as %s"
              % (pid, uids))
    sock = os.stat(os.path.join(pool, "home.sock"))
    check(sock.st_uid == uid and grp.getgrgid(sock.st_gid).gr_name ==
          "www-data" and sock.st_mode & 0o777 == 0o660, oct(sock.st_mode))
