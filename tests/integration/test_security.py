"""Facts that grant access cannot be made by the person they would let in
(ARCHITECTURE, "Facts that grant access"), and the log-in throttle cannot
be stepped round: regression tests of a security review, each of which
succeeded against the product before it was mended.

- The PM lead made themselves the headteacher's reviewer (form and CSV)
  and then read the head's plan.
- Setting the head's staff group to "teacher" opened the head's plan to
  the PM lead; a head with no staff details was never treated as the head.
- A locked-out name logged in with leading spaces; 40 parallel wrong
  passwords recorded 6 failures.
"""
import threading

import people
from harness import check, form_values

REVIEWERS = "/appraisal/admin/reviewers"
IMPORT = "/appraisal/admin/reviewers/import"


def client(stack, who, page=REVIEWERS):
    c = stack.client()
    check(c.login(who).status == 303, "log-in " + who)
    return c, c.page_csrf(page)


def head_plan_status(stack, who):
    c = stack.client()
    check(c.login(who).status == 303, "log-in " + who)
    return c.get("/appraisal/plan/%s" % stack.appraisal_of(people.HEAD)).status


def test_pm_lead_cannot_become_the_heads_reviewer(stack):
    check(head_plan_status(stack, people.PM_LEAD) == 403, "plan open before")
    before = stack.reviewer_of(people.HEAD)
    c, csrf = client(stack, people.PM_LEAD)
    page = c.get(REVIEWERS + "?q=" + people.HEAD).body
    check("The governors' panel" in page, "the head's row offers a reviewer")
    choices = page.split('id="reviewee"')[1].split("</select>")[0]
    check('value="%s"' % stack.staff_id(people.HEAD) not in choices,
          "the head is offered as a reviewee")
    r = c.post(REVIEWERS, {"csrf": csrf, "reviewee": people.HEAD,
                           "reviewer": people.PM_LEAD})
    check(r.status == 400, "form: %r" % r)
    check('id="reviewee-error"' in r.body and "governors" in r.body,
          "no reason beside the field")
    r = c.post(IMPORT, {"csrf": csrf, "assignments": "%s,%s" % (
        people.HEAD, people.PM_LEAD)})
    check(r.status == 400 and "Line 1: the headteacher is reviewed" in
          r.body, "CSV: %r" % r)
    # Someone else named as the head's reviewer: refused all the same.
    r = c.post(REVIEWERS, {"csrf": csrf, "reviewee": people.HEAD,
                           "reviewer": people.HEAD_OF_DEPT})
    check(r.status == 400, "another reviewer for the head: %r" % r)
    check(stack.reviewer_of(people.HEAD) == before, "the head's reviewer "
          "changed")
    check(head_plan_status(stack, people.PM_LEAD) == 403, "plan opened")


def test_the_head_cannot_pick_their_own_reviewer(stack):
    before = stack.reviewer_of(people.HEAD)
    c, csrf = client(stack, people.HEAD)
    r = c.post(REVIEWERS, {"csrf": csrf, "reviewee": people.HEAD,
                           "reviewer": people.HEAD_OF_DEPT})
    check(r.status == 400 and "governors" in r.body, r)
    check(stack.reviewer_of(people.HEAD) == before, "changed")


def test_nobody_reviews_or_chooses_for_themselves(stack):
    before = stack.reviewer_of(people.TEACHER)
    c, csrf = client(stack, people.HEAD)
    r = c.post(REVIEWERS, {"csrf": csrf, "reviewee": people.TEACHER,
                           "reviewer": people.TEACHER})
    check(r.status == 400 and "Nobody reviews their own" in r.body, r)
    r = c.post(IMPORT, {"csrf": csrf, "assignments": "%s,%s" % (
        people.TEACHER, people.TEACHER)})
    check(r.status == 400 and "Line 1: nobody reviews their own" in r.body, r)
    check(stack.reviewer_of(people.TEACHER) == before, "changed")
    # The PM lead does not choose the reviewer of their own appraisal.
    own = stack.reviewer_of(people.PM_LEAD)
    p, pcsrf = client(stack, people.PM_LEAD)
    r = p.post(REVIEWERS, {"csrf": pcsrf, "reviewee": people.PM_LEAD,
                           "reviewer": people.HEAD_OF_DEPT})
    check(r.status == 400 and "chosen by the headteacher" in r.body, r)
    r = p.post(IMPORT, {"csrf": pcsrf, "assignments": "%s,%s" % (
        people.PM_LEAD, people.HEAD_OF_DEPT)})
    check(r.status == 400 and "Line 1: your own reviewer" in r.body, r)
    check(stack.reviewer_of(people.PM_LEAD) == own, "changed")


def staff_form(stack, who, login):
    url = "/appraisal/admin/staff/%s" % stack.staff_id(login)
    c = stack.client()
    check(c.login(who).status == 303, "log-in " + who)
    r = c.get(url)
    check(r.status == 200, r)
    return c, url, form_values(r.body)


def group_of(stack, login):
    rows = stack.sql("SELECT sd.staff_group FROM staff_detail sd JOIN staff "
                     "s ON s.id = sd.staff_id WHERE s.login = ?", login)
    return rows[0][0] if rows else None


def test_the_pm_lead_cannot_unmake_the_head(stack):
    c, url, f = staff_form(stack, people.PM_LEAD, people.HEAD)
    check(f["staff_group"] == "headteacher", f)
    r = c.post(url, dict(f, staff_group="teacher"))
    check(r.status == 400 and 'id="staff_group-error"' in r.body and
          "directory says who the headteacher is" in r.body, r)
    check(group_of(stack, people.HEAD) == "headteacher", "group changed")
    csrf = c.page_csrf("/appraisal/admin/staff/import")
    row = ",".join([people.HEAD, "teacher", "headteacher", "", "0", "1", "1",
                    "1", "permanent", "", "", "0", "0", "0", "0", ""])
    r = c.post("/appraisal/admin/staff/import", {
        "csrf": csrf, "staff": "login,staff_group,career_stage,pay_point,"
        "tlr,leadership_scale,qts,fte,contract_type,contract_end,start_date,"
        "exempt_induction,exempt_short_contract,under_capability,"
        "support_plan,line_managers\n" + row})
    check(r.status == 400 and "column staff_group" in r.body, r)
    check(group_of(stack, people.HEAD) == "headteacher", "CSV changed it")
    # Nor make someone else the head.
    c, url, f = staff_form(stack, people.PM_LEAD, people.TEACHER)
    r = c.post(url, dict(f, staff_group="headteacher"))
    check(r.status == 400 and 'id="staff_group-error"' in r.body, r)
    check(head_plan_status(stack, people.PM_LEAD) == 403, "plan opened")


def test_a_head_without_staff_details_is_still_the_head(stack):
    head = stack.staff_id(people.HEAD)
    saved = stack.sql("SELECT * FROM staff_detail WHERE staff_id = ?", head)
    cols = [r[0] for r in stack.sql(
        "SELECT column_name FROM information_schema.columns WHERE "
        "table_schema = 'appraisal' AND table_name = 'staff_detail' "
        "ORDER BY ordinal_position")]
    # A head the directory sync has just brought in has no details yet.
    stack.sql("DELETE FROM line_manager WHERE staff_id = ?", head)
    stack.sql("DELETE FROM staff_detail WHERE staff_id = ?", head)
    try:
        check(head_plan_status(stack, people.PM_LEAD) == 403, "plan opened")
        _, _, f = staff_form(stack, people.PM_LEAD, people.HEAD)
        check(f["staff_group"] == "headteacher", "form proposes %s" %
              f["staff_group"])
    finally:
        if saved:
            stack.sql("INSERT INTO staff_detail (%s) VALUES (%s)" % (
                ", ".join(cols), ", ".join(
                    "NULL" if v == "NULL" else "'%s'" % v.replace("'", "''")
                    for v in saved[0])))


def test_lockout_cannot_be_stepped_round_with_spaces_or_case(stack):
    stack.sql("DELETE FROM login_throttle")
    c = stack.client()
    try:
        for i in range(5):
            r = c.login(people.THROTTLE_USER, "wrong-%d" % i)
            check(r.status == 401, "attempt %d: %d" % (i, r.status))
        for name in ("  " + people.THROTTLE_USER, people.THROTTLE_USER + " ",
                     people.THROTTLE_USER.upper(),
                     " " + people.THROTTLE_USER.capitalize() + "  "):
            r = c.login(name)       # the right password
            check(r.status == 429, "%r logged in while locked: %d" %
                  (name, r.status))
    finally:
        stack.sql("DELETE FROM login_throttle")
    check(c.login(people.THROTTLE_USER).status == 303, "not unlocked")


def test_parallel_wrong_passwords_are_each_counted(stack):
    stack.sql("DELETE FROM login_throttle")
    results = []

    def attempt(i):
        c = stack.client()
        results.append(c.login(people.THROTTLE_USER, "wrong-%d" % i).status)

    threads = [threading.Thread(target=attempt, args=(i,)) for i in range(40)]
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        rows = stack.sql("SELECT failures FROM login_throttle WHERE kind = "
                         "'user'")
        check(rows == [["40"]], "40 attempts recorded as %r" % rows)
        check(sorted(results).count(401) <= 5, "more than 5 attempts reached "
              "the directory: %r" % sorted(results))
        check(set(results) <= {401, 429}, results)
    finally:
        stack.sql("DELETE FROM login_throttle")
    print("     lockout: 40 parallel wrong passwords, %d tried, %d refused, "
          "40 recorded" % (results.count(401), results.count(429)))
