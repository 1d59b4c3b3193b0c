"""appraisal-admin backup and restore: a consistent dump of the database
and the configuration in one archive, restored into an empty database
table for table, row for row."""
import os
import subprocess
import tarfile

from harness import check
from test_admin_tool import admin, variant

TARGET = "appraisal_restored"


def tables(stack, db):
    return [r[0] for r in stack.sql(
        "SELECT table_name FROM information_schema.tables WHERE "
        "table_schema = ? AND table_type = 'BASE TABLE' ORDER BY "
        "table_name", db)]


def contents(stack, db):
    """Every table's row count and CHECKSUM TABLE."""
    out = {}
    for t in tables(stack, db):
        count = stack.sql("SELECT COUNT(*) FROM `%s`.`%s`" % (db, t))[0][0]
        checksum = stack.sql("CHECKSUM TABLE `%s`.`%s`" % (db, t))[0][1]
        out[t] = (count, checksum)
    return out


def test_backup_and_restore_into_an_empty_database(stack):
    archive = os.path.join(stack.state, "backup-test.tar")
    if os.path.exists(archive):
        os.unlink(archive)
    r = admin(stack, "backup", archive)
    check(r.returncode == 0 and os.path.exists(archive), r.stdout + r.stderr)
    check(os.stat(archive).st_mode & 0o777 == 0o600,
          oct(os.stat(archive).st_mode))
    with tarfile.open(archive) as t:
        names = sorted(t.getnames())
        manifest = t.extractfile("MANIFEST").read().decode()
    check(names == ["MANIFEST", "database.sql", "etc", "etc/admin.hdf",
                    "etc/appraisal.hdf"], names)
    newest = stack.sql("SELECT name FROM schema_migrations ORDER BY version "
                       "DESC LIMIT 1")[0][0]
    check("database: appraisal" in manifest and "schema: %s" % newest in
          manifest, (newest, manifest))
    before = contents(stack, "appraisal")
    check(len(before) > 20 and int(before["audit"][0]) > 0 and
          int(before["staff"][0]) > 40, before)

    stack.sql("DROP DATABASE IF EXISTS %s; CREATE DATABASE %s CHARACTER SET "
              "utf8mb4 COLLATE utf8mb4_unicode_ci; GRANT ALL PRIVILEGES ON "
              "%s.* TO 'appraisal_admin'@'127.0.0.1'" % (TARGET, TARGET,
                                                         TARGET))
    try:
        conf = variant(stack, "restored", ("Name = appraisal\n",
                                           "Name = %s\n" % TARGET))
        r = admin(stack, "restore", archive, conf=conf)
        check(r.returncode == 0 and "restored from" in r.stdout,
              r.stdout + r.stderr)
        after = contents(stack, TARGET)
        # The restore's own audit row is the one difference.
        check(int(after["audit"][0]) == int(before["audit"][0]) + 1,
              (before["audit"], after["audit"]))
        rows = stack.sql("SELECT action, result FROM %s.audit ORDER BY id "
                         "DESC LIMIT 1" % TARGET)
        check(rows == [["restore", "ok"]], rows)
        stack.sql("SET @appraisal_audit_retention = 'purge'; DELETE FROM "
                  "%s.audit WHERE action = 'restore'" % TARGET)
        after = contents(stack, TARGET)
        check(after == before, "tables differ: %s" % sorted(
            t for t in set(before) | set(after)
            if before.get(t) != after.get(t)))
        # The audit trail's triggers came back with it, and the lists'
        # (with the procedures they call).
        check(stack.sql("SELECT COUNT(*) FROM information_schema.triggers "
                        "WHERE trigger_schema = ?", TARGET) ==
              stack.sql("SELECT COUNT(*) FROM information_schema.triggers "
                        "WHERE trigger_schema = 'appraisal'"), "triggers")
        check(stack.sql("SELECT COUNT(*) FROM information_schema.routines "
                        "WHERE routine_schema = ?", TARGET) ==
              stack.sql("SELECT COUNT(*) FROM information_schema.routines "
                        "WHERE routine_schema = 'appraisal'"), "procedures")

        # A database with tables is replaced only when asked.
        r = admin(stack, "restore", archive, conf=conf)
        check(r.returncode == 1 and "--replace" in r.stderr, r.stderr)
        r = admin(stack, "restore", "--replace", archive, conf=conf)
        check(r.returncode == 0, r.stdout + r.stderr)
    finally:
        stack.sql("DROP DATABASE IF EXISTS %s" % TARGET)


def test_restore_refuses_what_is_not_a_backup(stack):
    bad = os.path.join(stack.state, "not-a-backup.tar")
    with open(bad, "w") as f:
        f.write("not an archive\n")
    stack.sql("DROP DATABASE IF EXISTS %s; CREATE DATABASE %s; GRANT ALL "
              "PRIVILEGES ON %s.* TO 'appraisal_admin'@'127.0.0.1'"
              % (TARGET, TARGET, TARGET))
    try:
        conf = variant(stack, "restored", ("Name = appraisal\n",
                                           "Name = %s\n" % TARGET))
        r = admin(stack, "restore", bad, conf=conf)
        check(r.returncode == 1 and "is not a backup" in r.stderr, r.stderr)
        r = admin(stack, "restore", os.path.join(stack.state, "missing.tar"),
                  conf=conf)
        check(r.returncode == 1 and "No such file" in r.stderr, r.stderr)
        r = admin(stack, "restore", conf=conf)
        check(r.returncode == 2 and "usage" in r.stderr, r.stderr)
    finally:
        stack.sql("DROP DATABASE IF EXISTS %s" % TARGET)


def test_backup_needs_a_writable_place(stack):
    r = admin(stack, "backup", os.path.join(stack.state, "no-such-dir",
                                            "b.tar"))
    check(r.returncode == 1 and "cannot write" in r.stderr, r.stderr)
    check(subprocess.run(["ls", os.path.join(stack.state, "no-such-dir")],
                         capture_output=True).returncode != 0, "made a dir")
