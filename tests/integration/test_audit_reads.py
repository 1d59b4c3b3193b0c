"""Confidential reads are audited, and not served when their audit row
cannot be written: staff details (pay point, capability, support plan) at
/admin/staff/ID, another school's or a missing id (refused, audited), and
the plan pages, the performance concerns page."""
import people
from harness import check


def staff_id(stack, login):
    return int(stack.sql("SELECT id FROM staff WHERE login = ?", login)[0][0])


def appraisal_id(stack, login):
    return int(stack.sql("SELECT a.id FROM appraisal a JOIN staff s ON "
                         "s.id = a.reviewee_id WHERE s.login = ?",
                         login)[0][0])


def audit_since(stack, since):
    return stack.sql("SELECT actor_login, action, record_type, record_id, "
                     "result FROM audit WHERE id > ? ORDER BY id", since)


def head(stack):
    c = stack.client()
    check(c.login(people.HEAD).status == 303, "log-in")
    return c


def test_staff_details_read_is_audited(stack):
    c = head(stack)
    sid = staff_id(stack, people.TEACHER)
    since = stack.audit_max()
    r = c.get("/appraisal/admin/staff/%d" % sid)
    check(r.status == 200 and people.TEACHER_NAME in r.body, r)
    rows = audit_since(stack, since)
    check([people.HEAD, "read staff details", "staff", str(sid), "allowed"]
          in rows, rows)


def test_other_school_and_missing_staff_ids_are_audited(stack):
    c = head(stack)
    other = staff_id(stack, people.OTHER_SCHOOL_TEACHER)
    for sid in (other, 999999):
        since = stack.audit_max()
        url = "/appraisal/admin/staff/%d" % sid
        r = c.get(url)
        check(r.status == 404 and "Brackenfield" not in r.body, r)
        rows = audit_since(stack, since)
        check([people.HEAD, url.replace("/appraisal", "", 1), "staff",
               str(sid), "refused"] in rows, (sid, rows))


# Every "read ..." audit row fails (NOT NULL column set to NULL, strict
# mode), as if the audit table could not be written; one statement, so the
# client needs no delimiter.
FAIL_READS = ("CREATE TRIGGER test_audit_fails BEFORE INSERT ON audit "
              "FOR EACH ROW SET NEW.result = IF(NEW.action LIKE 'read %', "
              "NULL, NEW.result)")


def test_no_page_when_its_read_audit_fails(stack):
    c = head(stack)
    sid = staff_id(stack, people.TEACHER)
    aid = appraisal_id(stack, "pdoyle")
    pages = ["/appraisal/admin/staff/%d" % sid, "/appraisal/plan/%d" % aid,
             "/appraisal/concern/%d" % aid]
    for url in pages:
        check(c.get(url).status == 200, url)
    stack.sql(FAIL_READS)
    try:
        for url in pages:
            r = c.get(url)
            check(r.status == 503 and "audit log" in r.body and
                  people.TEACHER_NAME not in r.body and
                  "Patrick Doyle" not in r.body, "%s: %r" % (url, r))
    finally:
        stack.sql("DROP TRIGGER IF EXISTS test_audit_fails")
    for url in pages:
        check(c.get(url).status == 200, url)
