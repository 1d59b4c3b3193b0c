"""A person is their directory entry, for good: the staff row is bound to
the entry's immutable identifier (entryUUID on OpenLDAP, objectGUID on
Active Directory) and log-in names are compared exactly. Before this, a
directory account "hmörgan" logged in as Helen Morgan's row (the names were
compared without case or accents), read the plans she reviews and
overwrote her name, DN and school. Both directories of the stack are
tried, with case and accent variants."""
import os
import subprocess

import people
from harness import check
from test_directory import LoginProgram, ad_setup, ad_sql, admin

VARIANT = "hm\u00f6rgan"        # Helen Morgan's log-in with an accent
SUFFIX = "dc=fernhill,dc=example"


def ldap(stack, tool, ldif):
    """ldapadd / ldapdelete / ldapmodify as the directory's root."""
    pw = os.path.join(stack.state, "slapd", "root-password")
    r = subprocess.run([tool, "-x", "-H", stack.env["APPRAISAL_LDAP_URI"],
                        "-D", "cn=admin," + SUFFIX, "-y", pw],
                       input=ldif, capture_output=True, text=True)
    check(r.returncode == 0, "%s: %s" % (tool, r.stderr))


def add_person(stack, login, given, sn):
    ldap(stack, "ldapadd", """dn: uid=%s,ou=staff,%s
objectClass: inetOrgPerson
uid: %s
cn: %s %s
givenName: %s
sn: %s
displayName: %s %s
title: Teacher of German
o: KVA
mail: %s.%s@kestrelvale.example
userPassword: appraisal-demo
""" % (login, SUFFIX, login, given, sn, given, sn, given, sn, given.lower(),
       sn.lower()))


def delete_person(stack, login):
    subprocess.run(["ldapdelete", "-x", "-H", stack.env["APPRAISAL_LDAP_URI"],
                    "-D", "cn=admin," + SUFFIX, "-y",
                    os.path.join(stack.state, "slapd", "root-password"),
                    "uid=%s,ou=staff,%s" % (login, SUFFIX)],
                   capture_output=True)


def row(stack, login, db=None):
    q = ("SELECT id, directory_id, dn, display_name, school_id FROM staff "
         "WHERE login = '%s'" % login)
    rows = ad_sql(stack, q) if db == "ad" else stack.sql(q)
    return rows[0] if rows else None


def whoami(c):
    r = c.get("/appraisal/")
    check(r.status == 200, r)
    return r.body


def test_slapd_accent_variant_is_another_person(stack):
    helen = row(stack, people.HEAD)
    check(helen and helen[1] != "", "Helen Morgan's row is not bound")
    add_person(stack, VARIANT, "Helena", "Impostor")
    try:
        c = stack.client()
        r = c.login(VARIANT)
        check(r.status == 303, "the other account cannot log in: %r" % r)
        body = whoami(c)
        check("Helena Impostor" in body and people.HEAD_NAME not in body,
              "logged in as Helen Morgan")
        mine = row(stack, VARIANT)
        check(mine and mine[0] != helen[0] and mine[1] != helen[1], mine)
        check(row(stack, people.HEAD) == helen, "Helen's row was rewritten: "
              "%r" % row(stack, people.HEAD))
        # The plans Helen reviews stay closed to the other account.
        reviewed = stack.sql("SELECT id FROM appraisal WHERE reviewer_id = ? "
                             "LIMIT 1", int(helen[0]))[0][0]
        check(c.get("/appraisal/plan/%s" % reviewed).status == 403,
              "the other account read a plan Helen reviews")
        audit = stack.sql("SELECT actor_id FROM audit WHERE action = 'login' "
                          "AND result = 'ok' ORDER BY id DESC LIMIT 1")
        check(audit == [[mine[0]]], "audited as %r" % audit)
        # Helen herself, typed in capitals, is still Helen's row.
        h = stack.client()
        check(h.login(people.HEAD.upper()).status == 303, "HMORGAN")
        check(people.HEAD_NAME in whoami(h), "not Helen")
        check(row(stack, people.HEAD) == helen, "rewritten by HMORGAN")
    finally:
        delete_person(stack, VARIANT)
        stack.sql("DELETE FROM session WHERE staff_id IN (SELECT id FROM "
                  "staff WHERE login = ?)", VARIANT)
        stack.sql("DELETE FROM staff WHERE login = ?", VARIANT)


def test_slapd_another_entry_under_a_known_name_is_refused(stack):
    """An entry deleted and made again (or another under the same name) is
    not the person on record: refused and audited, never rebound, at
    log-in and at sync."""
    login = "tmpident"
    add_person(stack, login, "Tamsin", "First")
    try:
        c = stack.client()
        check(c.login(login).status == 303, "first log-in")
        first = row(stack, login)
        delete_person(stack, login)
        add_person(stack, login, "Tamsin", "Second")
        before = stack.audit_max()
        r = stack.client().login(login)
        check(r.status == 403 and "does not match" in r.body, r)
        check(row(stack, login) == first, "rebound: %r" % row(stack, login))
        rows = stack.audit_rows(before, "login")
        check(any(x[3] == "refused" and "not the one on record" in x[4]
                  for x in rows), rows)
        before = stack.audit_max()
        r = admin(stack, "appraisal.hdf", "sync-directory")
        check(r.returncode == 0 and "1 refused" in r.stdout, r.stdout +
              r.stderr)
        check(row(stack, login)[1:4] == first[1:4], "sync rebound it")
        rows = stack.audit_rows(before, "sync-directory")
        check(len(rows) == 1 and rows[0][3] == "refused" and
              rows[0][4].startswith(login + ": "), rows)
        # IT checks the new entry is the same person and unbinds: the next
        # log-in binds the record (the same row, its plans kept) to it.
        r = admin(stack, "appraisal.hdf", "unbind", login.upper())
        check(r.returncode == 1, "unbind matched a name by case")
        r = admin(stack, "appraisal.hdf", "unbind", login)
        check(r.returncode == 0, r.stdout + r.stderr)
        check(stack.audit_rows(before, "unbind")[0][3] == "ok", "not audited")
        check(stack.client().login(login).status == 303, "after unbind")
        now = row(stack, login)
        check(now[0] == first[0] and now[1] not in ("", first[1]) and
              "Second" in now[3], now)
    finally:
        delete_person(stack, login)
        stack.sql("DELETE FROM session WHERE staff_id IN (SELECT id FROM "
                  "staff WHERE login = ?)", login)
        stack.sql("DELETE FROM staff WHERE login = ?", login)
        admin(stack, "appraisal.hdf", "sync-directory")


def test_ad_accent_and_case_variants(stack):
    conf = ad_setup(stack)
    prog = LoginProgram(stack, conf)
    try:
        status, page = prog.login(people.HEAD)
        check(status == 303, "%d %s" % (status, page[:300]))
        helen = row(stack, people.HEAD, "ad")
        check(helen and len(helen[1]) == 32, "not bound to the objectGUID: "
              "%r" % helen)
        prog.cookies = {}
        status, page = prog.login(VARIANT)
        check(status == 303, "%d %s" % (status, page[:300]))
        mine = row(stack, VARIANT, "ad")
        check(mine and mine[0] != helen[0] and mine[1] != helen[1], mine)
        check(row(stack, people.HEAD, "ad") == helen, "Helen's row was "
              "rewritten")
        for name in (people.HEAD.upper(), "FERNHILL\\HMorgan",
                     "HMorgan@fernhill.example"):
            prog.cookies = {}
            status, _ = prog.login(name)
            check(status == 303, name)
            check(row(stack, people.HEAD, "ad") == helen, name)
        rows = ad_sql(stack, "SELECT COUNT(*) FROM staff WHERE login IN "
                      "('hmorgan', 'HMORGAN', 'HMorgan')")
        check(rows == [["1"]], "case variants made rows: %r" % rows)
    finally:
        prog.stop()
        ad_sql(stack, "DELETE FROM login_throttle")
