"""Setting up the year, the rest of it: cycles per staff group, staff
details (one by one and the whole list from CSV), reviewers in bulk and a
page at a time, the calendar from an iCalendar file, and a reviewee's
request for a different reviewer decided by the head."""
import re

import people
from harness import check, form_values, set_policy

KVA = "(SELECT id FROM school WHERE code = 'KVA')"


def client(stack, who, page="/appraisal/"):
    c = stack.client()
    check(c.login(who).status == 303, "log-in " + who)
    return c, c.page_csrf(page)


def hidden(body, name, after=""):
    part = body.split(after, 1)[1] if after else body
    m = re.search(r'name="%s" value="([^"]*)"' % name, part)
    return m.group(1) if m else None


def set_cap(stack, n):
    set_policy(stack, max_reviewees=n)


# ---- cycles ------------------------------------------------------------------

def test_cycles_by_role(stack):
    for who, status in ((people.HEAD, 200), (people.PM_LEAD, 200),
                        (people.IT_ADMIN, 200), (people.TEACHER, 403),
                        (people.GOVERNOR, 403)):
        c, _ = client(stack, who)
        r = c.get("/appraisal/admin/cycles")
        check(r.status == status, "%s: %r" % (who, r))
    c, _ = client(stack, people.HEAD)
    r = c.get("/appraisal/admin/cycles")
    check("Teachers 2026-27" in r.body and "Support staff 2026-27" in r.body,
          "demo cycles not listed")
    check("31 October after the end for staff, 31 December for the head"
          in r.body, "the policy's deadlines not shown")


def test_cycle_create_refusals_and_conflict(stack):
    url = "/appraisal/admin/cycles"
    stack.sql("DELETE FROM cycle WHERE school_id = %s AND name LIKE "
              "'Test cycle%%'" % KVA)
    c, csrf = client(stack, people.IT_ADMIN, url)

    def post(**kw):
        f = {"csrf": csrf, "group": "teacher", "name": "Test cycle 2027-28",
             "starts": "2027-09-01", "ends": "2028-08-31",
             "deadline": "2028-10-31"}
        f.update(kw)
        return c.post(url, f)

    count = "SELECT COUNT(*) FROM cycle WHERE name LIKE 'Test cycle%'"
    r = post(ends="2027-08-01")
    check(r.status == 400 and 'id="ends-error"' in r.body, r)
    check("end after it starts" in r.body, "message")
    check('value="Test cycle 2027-28"' in r.body, "typed name lost")
    r = post(deadline="2028-11-30")
    check(r.status == 400 and 'id="deadline-error"' in r.body, r)
    check("policy" in r.body, "policy not named")
    r = post(deadline="2028-08-01")
    check(r.status == 400 and 'id="deadline-error"' in r.body, r)
    r = post(starts="2027-03-01", ends="2027-12-31", deadline="2028-01-31")
    check(r.status == 400 and 'id="starts-error"' in r.body and
          "overlap" in r.body, r)
    r = post(starts="2027-02-30", group="governors", name="")
    check(r.status == 400, r)
    for f in ("starts", "group", "name"):
        check('href="#%s"' % f in r.body, "summary lacks " + f)
    # The head's deadline is the policy's 31 December.
    r = post(group="headteacher", deadline="2028-12-31")
    check(r.status == 303, r)
    check(stack.sql(count) == [["1"]], "not created once")
    cid = stack.sql("SELECT id FROM cycle WHERE name LIKE 'Test cycle%'")[0][0]
    # Edit, then a stale save.
    page = c.get("%s/%s" % (url, cid))
    check(page.status == 200, page)
    version = hidden(page.body, "version")
    f = {"csrf": csrf, "version": version, "group": "headteacher",
         "name": "Test cycle 2027-28 (head)", "starts": "2027-09-01",
         "ends": "2028-08-31", "deadline": "2028-12-15"}
    r = c.post("%s/%s" % (url, cid), f)
    check(r.status == 303, r)
    f["name"] = "Test cycle stale"
    r = c.post("%s/%s" % (url, cid), f)
    check(r.status == 409 and "Someone else saved this cycle" in r.body, r)
    check("Test cycle stale" in r.body, "typed values not shown")
    rows = stack.sql("SELECT name, completion_deadline FROM cycle WHERE "
                     "id = ?", int(cid))
    check(rows == [["Test cycle 2027-28 (head)", "2028-12-15"]], rows)
    # Another school's cycle is not found.
    other, _ = client(stack, people.OTHER_SCHOOL_HEAD)
    check(other.get("%s/%s" % (url, cid)).status == 404, "other school")
    stack.sql("DELETE FROM cycle WHERE id = ?", int(cid))


# ---- staff details -----------------------------------------------------------

PERSON = "hsato"


def detail(stack, login=PERSON):
    return stack.sql(
        "SELECT sd.career_stage, COALESCE(sd.pay_point, ''), sd.fte, "
        "sd.contract_type, COALESCE(sd.contract_end, ''), sd.qts, sd.tlr, "
        "(SELECT GROUP_CONCAT(m.login ORDER BY m.login) FROM line_manager lm "
        "JOIN staff m ON m.id = lm.manager_id WHERE lm.staff_id = st.id) "
        "FROM staff st JOIN staff_detail sd ON sd.staff_id = st.id "
        "WHERE st.login = ?", login)[0]


def restore_person(stack):
    stack.sql("UPDATE staff_detail sd JOIN staff st ON st.id = sd.staff_id "
              "SET sd.staff_group = 'teacher', sd.career_stage = 'mpr', "
              "sd.pay_point = 4, sd.fte = 1, sd.contract_type = 'permanent', "
              "sd.contract_end = NULL, sd.tlr = 0, sd.qts = 1, "
              "sd.under_capability = 0 WHERE st.login = ?", PERSON)
    stack.sql("DELETE lm FROM line_manager lm JOIN staff st ON "
              "st.id = lm.staff_id WHERE st.login = ?", PERSON)
    stack.sql("INSERT INTO line_manager (staff_id, manager_id) SELECT s.id, "
              "m.id FROM staff s, staff m WHERE s.login = ? AND m.login = "
              "'mkaur'", PERSON)


def test_staff_list_and_roles(stack):
    c, _ = client(stack, people.HEAD)
    r = c.get("/appraisal/admin/staff?q=Sato")
    check(r.status == 200 and "Hana Sato" in r.body, r)
    check("Emma Brennan" not in r.body, "filter ignored")
    check("Manpreet Kaur" in r.body, "line manager not shown")
    for who, status in ((people.PM_LEAD, 200), (people.IT_ADMIN, 403),
                        (people.TEACHER, 403), (people.CPD_COORDINATOR, 403)):
        o, _ = client(stack, who)
        check(o.get("/appraisal/admin/staff").status == status, who)
        check(o.get("/appraisal/admin/staff/%s" % stack.staff_id(PERSON)).status
              == status, who)


def test_staff_form_saves_refuses_and_conflicts(stack):
    restore_person(stack)
    url = "/appraisal/admin/staff/%s" % stack.staff_id(PERSON)
    c, csrf = client(stack, people.HEAD, url)
    try:
        f = form_values(c.get(url).body)
        check(f["career_stage"] == "mpr" and f["pay_point"] == "4", f)
        check(f["line_managers"] == "mkaur", f)
        bad = dict(f, fte="1.5", line_managers="mkaur nosuchperson",
                   contract_type="fixed_term", career_stage="core1")
        r = c.post(url, bad)
        check(r.status == 400, r)
        for field in ("fte", "line_managers"):
            check('id="%s-error"' % field in r.body, "no error by " + field)
        check('value="1.5"' in r.body and "nosuchperson" in r.body,
              "typed values lost")
        check(detail(stack)[2] == "1.000", "a bad form saved")
        r = c.post(url, dict(f, fte="0.6", contract_type="fixed_term"))
        check(r.status == 400 and 'id="contract_end-error"' in r.body, r)
        r = c.post(url, dict(f, career_stage="core1"))
        check(r.status == 400 and 'id="career_stage-error"' in r.body, r)
        good = dict(f, fte=".5", contract_type="fixed_term",
                    contract_end="2027-07-21", tlr="1",
                    line_managers="mkaur  sfletcher")
        r = c.post(url, good)
        check(r.status == 303, r)
        check(detail(stack) == ["mpr", "4", "0.500", "fixed_term",
                                "2027-07-21", "1", "1", "mkaur,sfletcher"],
              detail(stack))
        # The form the save was made from is now stale.
        r = c.post(url, dict(good, fte="0.8"))
        check(r.status == 409 and "Someone else saved these details" in r.body,
              r)
        check(detail(stack)[2] == "0.500", "stale save overwrote")
        r = c.post(url, dict(good, version="x"))
        check(r.status == 400, r)
    finally:
        restore_person(stack)


HEADER = ("login,staff_group,career_stage,pay_point,tlr,leadership_scale,qts,"
          "fte,contract_type,contract_end,start_date,exempt_induction,"
          "exempt_short_contract,under_capability,support_plan,line_managers")


def test_staff_import(stack):
    url = "/appraisal/admin/staff/import"
    restore_person(stack)
    c, csrf = client(stack, people.HEAD, url)
    before = detail(stack)
    try:
        bad = "\r\n".join([
            HEADER,
            "hsato,teacher,mpr,3,0,0,1,0.8,permanent,,2020-09-01,0,0,0,0,mkaur",
            "nosuch,teacher,mpr,3,0,0,1,1,permanent,,,0,0,0,0,",
            "hsato,teacher,mpr,3,0,0,1,two,permanent,,,0,0,0,0,",
            "dcampbell,teacher,upr1,,maybe,0,1,0.5,permanent,,,0,0,0,0,mkaur",
            "dcampbell,teacher,upr1,,0,0,1,0.5",
            '"ifarah",teacher,mpr,4,0,0,1,1,permanent,,,0,0,0,0,"lhughes; nobody"',
        ])
        r = c.post(url, {"csrf": csrf, "staff": bad})
        check(r.status == 400, r)
        for want in ("Line 3: column login", "Line 4: column fte",
                     "Line 5: column tlr", "Line 6: expected 16 columns",
                     "Line 7: column line_managers"):
            check(want in r.body, "missing: " + want)
        check("Nothing was imported" in r.body, "no summary")
        check("nosuch,teacher" in r.body, "typed text lost")
        check(detail(stack) == before, "a bad file imported something")
        r = c.post(url, {"csrf": csrf, "staff": "hsato,teacher,mpr,3,0,0,1,"
                         "0.8,permanent,,,0,0,0,0,"})
        check(r.status == 400 and "Line 1: the first line" in r.body, r)
        r = c.post(url, {"csrf": csrf, "staff": HEADER + "\n" +
                         "hsato,teacher,mpr,3,0,0,1,1,permanent,,,0,0,0,0,\n"
                         "HSATO,teacher,mpr,3,0,0,1,1,permanent,,,0,0,0,0,"})
        check(r.status == 400 and "also on line 2" in r.body, r)
        good = "\n".join([
            "# exported from the school's information system",
            ", ".join('"%s"' % h.upper() for h in HEADER.split(",")),
            "hsato,teacher,mpr,M3,no,0,yes,0.8,permanent,,2020-09-01,0,0,0,0,"
            "mkaur owalsh",
        ])
        r = c.post(url, {"csrf": csrf, "staff": good})
        check(r.status == 303 and "imported=1" in r.header("Location"), r)
        check(detail(stack) == ["mpr", "3", "0.800", "permanent", "", "1",
                                "0", "mkaur,owalsh"], detail(stack))
        # Over the request's size cap: refused before anything is read.
        big = HEADER + "\n" + ("# padding line\n" * 20000)
        r = c.post(url, {"csrf": csrf, "staff": big})
        check(r.status == 413, r)
        t, tcsrf = client(stack, people.TEACHER)
        r = t.post(url, {"csrf": tcsrf, "staff": good})
        check(r.status == 403, r)
    finally:
        restore_person(stack)


# ---- reviewers: in bulk, a page at a time -------------------------------------

def test_bulk_reviewers(stack):
    url = "/appraisal/admin/reviewers/import"
    newbie = stack.staff_id(people.NO_GROUPS)
    stack.sql("DELETE FROM appraisal WHERE reviewee_id = ?", int(newbie))
    c, csrf = client(stack, people.HEAD, "/appraisal/admin/reviewers")
    set_cap(stack, 2)       # mkaur reviews dcampbell and hsato: full
    try:
        bad = "\n".join([
            "reviewee,reviewer",
            "nogroups,mkaur",
            "nosuch,mkaur",
            "kwhitfield,jcarver",
            "hsato,hsato",
            "fgallagher,nobody",
            "just-one-name",
        ])
        r = c.post(url, {"csrf": csrf, "assignments": bad})
        check(r.status == 400, r)
        for want in ("Line 3: column reviewee", "Line 4: Kieran Whitfield is "
                     "in their induction", "Line 5: nobody reviews",
                     "Line 6: column reviewer", "Line 7: expected two",
                     "Line 2: Manpreet Kaur would review 3 people"):
            check(want in r.body, "missing: " + want)
        check("nogroups,mkaur" in r.body, "typed text lost")
        r = c.post(url, {"csrf": csrf, "assignments": "nogroups,mkaur\n"
                         "pdoyle,mkaur"})
        check(r.status == 400, r)
        check("Line 1: Manpreet Kaur would review 4 people" in r.body and
              "Line 2: Manpreet Kaur would review" in r.body, r.body[:3000])
        check(stack.reviewer_of(people.NO_GROUPS) is None, "wrote on error")
        check(stack.reviewer_of("pdoyle") == "jcarver", "wrote on error")
        # Moving hsato away frees a place; leadership is exempt from the cap.
        r = c.post(url, {"csrf": csrf, "assignments": "hsato,gadeyemi\n"
                         "nogroups,mkaur\nnogroups,sfletcher"})
        check(r.status == 400 and "already given a reviewer on line 2"
              in r.body, r)
        r = c.post(url, {"csrf": csrf, "assignments": "hsato,gadeyemi\r\n"
                         "nogroups,mkaur\r\n"})
        check(r.status == 303 and "imported=2" in r.header("Location"), r)
        check(stack.reviewer_of("hsato") == "gadeyemi", "hsato")
        check(stack.reviewer_of(people.NO_GROUPS) == "mkaur", "nogroups")
        r = c.get(r.header("Location"))
        check("2 reviewers assigned" in r.body, "no notice")
        # Leadership is exempt from the cap while the policy says so.
        r = c.post(url, {"csrf": csrf, "assignments": "pdoyle,sfletcher"})
        check(r.status == 303, "leadership exemption: %r" % r)
        check(stack.reviewer_of("pdoyle") == "sfletcher", "pdoyle")
        set_policy(stack, leadership_exempt_from_max=0)
        r = c.post(url, {"csrf": csrf, "assignments": "rthornton,sfletcher"})
        check(r.status == 400 and "Sarah Fletcher would review" in r.body, r)
        check(stack.reviewer_of("rthornton") == "tmcbride", "rthornton")
    finally:
        set_policy(stack, leadership_exempt_from_max=1)
        stack.sql("UPDATE appraisal a JOIN staff re ON re.id = a.reviewee_id "
                  "SET a.reviewer_id = (SELECT id FROM staff WHERE login = "
                  "'jcarver') WHERE re.login = 'pdoyle'")
        set_cap(stack, 5)
        stack.sql("UPDATE appraisal a JOIN staff re ON re.id = a.reviewee_id "
                  "SET a.reviewer_id = (SELECT id FROM staff WHERE login = "
                  "'mkaur') WHERE re.login = 'hsato'")
        stack.sql("DELETE FROM appraisal WHERE reviewee_id = ?", int(newbie))
    o, ocsrf = client(stack, people.IT_ADMIN)
    check(o.post(url, {"csrf": ocsrf, "assignments": "a,b"}).status == 403,
          "IT admin assigned reviewers")


def stmt_executions(stack):
    return int(stack.sql("SHOW GLOBAL STATUS LIKE 'Com_stmt_execute'")[0][1])


def queries_for(stack, c, path):
    """Statements one GET runs (the fewer of two tries: a session is
    touched now and then, which adds one), once every process of the pool
    holds the school's settings as it will all day (a test before may have
    moved them: lib/model/school_conf)."""
    for _ in range(10):
        c.get(path)
    counts = []
    for _ in range(2):
        before = stmt_executions(stack)
        r = c.get(path)
        check(r.status == 200, r)
        counts.append(stmt_executions(stack) - before)
    return min(counts), r


def listed(body):
    """The names in the list's table, in order."""
    tbody = body.split("<tbody>")[1].split("</tbody>")[0] \
        if "<tbody>" in body else ""
    return re.findall(r'<th scope="row">(?:<a [^>]*>)?([^<]*)', tbody)


def link(body, rel):
    """The href of the pager's link rel="prev" or "next", or None."""
    m = re.search(r'<a href="([^"]*)" rel="%s"' % rel, body)
    return m.group(1).replace("&amp;", "&") if m else None


def walk(stack, c, url, small):
    """Every page of a list, by its "next page" links: the names in order,
    the pages, and the last page's response; each page costs the same
    statements as a small school's."""
    names, pages = [], []
    while url:
        n, r = queries_for(stack, c, url)
        check(n == small, "%s: %d statements, not %d" % (url, n, small))
        pages.append(listed(r.body))
        names += pages[-1]
        url = link(r.body, "next")
    return names, pages, r


def test_reviewers_paginated_with_constant_queries(stack):
    c, _ = client(stack, people.HEAD)
    url = "/appraisal/admin/reviewers"
    for _ in range(10):     # statements prepared, settings kept (warm)
        c.get(url)
    small, r = queries_for(stack, c, url)
    check(link(r.body, "next") is None and link(r.body, "prev") is None,
          "one page should need no pager")
    stack.sql("INSERT INTO staff (school_id, login, dn, display_name, "
              "job_title, roles, synced_at) SELECT %s, CONCAT('zz', seq), "
              "CONCAT('uid=zz', seq), CONCAT('Zed Person ', LPAD(seq, 3, '0')), "
              "'Teacher', 'staff,teacher', UTC_TIMESTAMP() FROM seq_1_to_180"
              % KVA)
    try:
        total = int(stack.sql("SELECT COUNT(*) FROM staff WHERE school_id = "
                              "%s AND active = 1 AND NOT FIND_IN_SET("
                              "'governor', roles)" % KVA)[0][0])
        large, r = queries_for(stack, c, url)
        check(large == small, "queries grew with the school: %d -> %d"
              % (small, large))
        check(len(listed(r.body)) == 50, "page 1 has %d rows"
              % len(listed(r.body)))
        check("50 of %d people on this page" % total in r.body and
              "after=" in link(r.body, "next"), "no pager")
        # Every page by its "next page" link: everyone once, in name
        # order, 50 a page.
        names, pages, r = walk(stack, c, url, small)
        check(len(names) == total and len(set(names)) == total,
              "%d names listed, %d people" % (len(names), total))
        check([len(p) for p in pages] == [50] * (total // 50) +
              ([total % 50] if total % 50 else []), [len(p) for p in pages])
        check(pages[-1][-1] == "Zed Person 180", "last page: %s" % pages[-1])
        check(link(r.body, "next") is None, "a next page after the last")
        # Back from the last page: the page before it, the same people.
        back = link(r.body, "prev")
        check(back and "before=" in back, "no previous page link")
        n, r = queries_for(stack, c, back)
        check(n == small, "previous page: %d queries" % n)
        check(listed(r.body) == pages[-2], "previous page differs")
        _, r = queries_for(stack, c, url + "?q=Zed+Person+12")
        check(listed(r.body) == ["Zed Person %d" % i
                                 for i in range(120, 130)], "filter")
        check("10 people matching “Zed Person 12” on this page" in r.body,
              "count of matches")
        _, r = queries_for(stack, c, url + "?q=%25")
        check("Nobody matches" in r.body, "a % in the filter is a wildcard")
        _, r = queries_for(stack, c, url + "?q=thornton")
        check(listed(r.body) == ["Rhys Thornton"], "the family name: %s"
              % listed(r.body))
        _, r = queries_for(stack, c, url + "?q=thorn")
        check(listed(r.body) == [], "the start of a family name: %s"
              % listed(r.body))
        _, r = queries_for(stack, c, url + "?q=rthornton")
        check(listed(r.body) == ["Rhys Thornton"], "the user name: %s"
              % listed(r.body))
        _, r = queries_for(stack, c, "/appraisal/admin/staff")
        staff, r = queries_for(stack, c, link(r.body, "next"))
        check(len(listed(r.body)) == 50, "staff page 2")
        # Too many people to list as reviewers: a user name is typed.
        _, r = queries_for(stack, c, url + "?q=Noel")
        check('<input type="text" id="reviewer" name="reviewer"' in r.body,
              "a school this large still lists every reviewer")
        newbie = stack.staff_id(people.NO_GROUPS)
        stack.sql("DELETE FROM appraisal WHERE reviewee_id = ?", int(newbie))
        # Only those without a reviewer: the 180 new people and Noel Grey.
        names, pages, r = walk(stack, c, url + "?unassigned=1", small)
        check([len(p) for p in pages] == [50, 50, 50, 31],
              [len(p) for p in pages])
        check("31 of 181 people without a reviewer on this page" in r.body,
              "unassigned count")
        check("unassigned=1&amp;before=" in r.body, "pager loses the filter")
        check("Noel Grey" in names, "Noel Grey not listed as unassigned")
        _, r = queries_for(stack, c, url + "?q=Noel")
        csrf = c.csrf_from(r)
        r = c.post(url, {"csrf": csrf, "reviewee": newbie,
                         "reviewer": "nosuchperson", "q": "Noel"})
        check(r.status == 400 and 'id="reviewer-error"' in r.body and
              'value="nosuchperson"' in r.body, r)
        r = c.post(url, {"csrf": csrf, "reviewee": newbie,
                         "reviewer": "sfletcher", "q": "Noel"})
        check(r.status == 303 and "q=Noel" in r.header("Location"), r)
        check(stack.reviewer_of(people.NO_GROUPS) == "sfletcher", "typed")
        _, r = queries_for(stack, c, url + "?unassigned=1")
        check("50 of 180 people without a reviewer" in r.body and
              "Noel Grey" not in listed(r.body),
              "unassigned filter after assigning")
        stack.sql("DELETE FROM appraisal WHERE reviewee_id = ?", int(newbie))
    finally:
        stack.sql("DELETE FROM staff WHERE login LIKE 'zz%'")


# ---- the calendar from iCalendar ---------------------------------------------

ICS = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Kestrel Vale//Terms//EN\r\n"
       "BEGIN:VEVENT\r\nUID:t1@kva.example\r\nDTSTART;VALUE=DATE:20270719\r\n"
       "DTEND;VALUE=DATE:20270721\r\nSUMMARY:Summer closure for building \r\n"
       " works\r\nEND:VEVENT\r\n"
       "BEGIN:VEVENT\r\nDTSTART:20270716T083000Z\r\nDTEND:20270716T150000Z\r\n"
       "SUMMARY:Staff training day\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")


def test_calendar_from_ics(stack):
    url = "/appraisal/admin/calendar/ics"
    days = ("SELECT day, kind, label FROM school_closure WHERE school_id = %s "
            "AND day BETWEEN '2027-07-16' AND '2027-07-21' ORDER BY day" % KVA)
    stack.sql("DELETE FROM school_closure WHERE school_id = %s AND day "
              "BETWEEN '2027-07-16' AND '2027-07-21'" % KVA)
    c, csrf = client(stack, people.IT_ADMIN, "/appraisal/admin/calendar")
    bad = ICS.replace("DTEND:20270716T150000Z", "DTEND:2027-07-16")
    r = c.post(url, {"csrf": csrf, "ics": bad, "kind": "closure"})
    check(r.status == 400 and "Line 13: DTEND is not a date" in r.body, r)
    check("Nothing was imported" in r.body and "Staff training day" in r.body,
          "message or typed text")
    check('id="kind-closure" name="kind" value="closure" checked' in r.body,
          "kind not kept")
    check(stack.sql(days) == [], "a bad file imported something")
    r = c.post(url, {"csrf": csrf, "ics": "Date,Kind\n2027-07-16,closure",
                     "kind": "closure"})
    check(r.status == 400 and "Line 1: not an iCalendar file" in r.body, r)
    r = c.post(url, {"csrf": csrf, "ics": ICS, "kind": "snow"})
    check(r.status == 400 and 'id="kind-error"' in r.body, r)
    r = c.post(url, {"csrf": csrf, "ics": ICS, "kind": "closure"})
    check(r.status == 303 and "imported=3" in r.header("Location"), r)
    check(stack.sql(days) == [
        ["2027-07-16", "closure", "Staff training day"],
        ["2027-07-19", "closure", "Summer closure for building works"],
        ["2027-07-20", "closure", "Summer closure for building works"]],
        stack.sql(days))
    t, tcsrf = client(stack, people.TEACHER)
    check(t.post(url, {"csrf": tcsrf, "ics": ICS, "kind": "closure"}).status
          == 403, "teacher imported")
    stack.sql("DELETE FROM school_closure WHERE school_id = %s AND day "
              "BETWEEN '2027-07-16' AND '2027-07-21'" % KVA)


# ---- a different reviewer ------------------------------------------------------

ASKER = "rthornton"     # reviewed by tmcbride


def reset_requests(stack):
    a = int(stack.appraisal_of(ASKER))
    stack.sql("DELETE FROM reviewer_request WHERE appraisal_id = ?", a)
    stack.sql("UPDATE appraisal SET reviewer_id = (SELECT id FROM staff "
              "WHERE login = 'tmcbride') WHERE id = ?", a)


def pending_form(stack, head):
    """The waiting request of ASKER, from the head's list: id, version."""
    r = head.get("/appraisal/admin/reviewer-requests")
    check(r.status == 200, r)
    rid = stack.sql("SELECT r.id FROM reviewer_request r WHERE r.status = "
                    "'pending' AND r.appraisal_id = ?",
                    int(stack.appraisal_of(ASKER)))[0][0]
    check('admin/reviewer-requests/%s"' % rid in r.body, "request not listed")
    r = head.get("/appraisal/admin/reviewer-requests/%s" % rid)
    check(r.status == 200 and "Rhys Thornton" in r.body, r)
    return rid, hidden(r.body, "version")


def test_reviewer_change_request(stack):
    reset_requests(stack)
    appraisal = stack.appraisal_of(ASKER)
    url = "/appraisal/admin/change-reviewer/%s" % appraisal
    me, csrf = client(stack, ASKER)
    check("change-reviewer/%s" % appraisal in me.get("/appraisal/").body,
          "no link on the dashboard")
    r = me.get(url)
    check(r.status == 200 and "Thomas McBride" in r.body, r)
    for who in (people.TEACHER, people.HEAD, "tmcbride"):
        o, ocsrf = client(stack, who)
        check(o.get(url).status == 403, who + " opened the request page")
        check(o.post(url, {"csrf": ocsrf, "reason": "x" * 20}).status == 403,
              who + " asked for someone else")
    r = me.post(url, {"csrf": csrf, "reason": "Too short"})
    check(r.status == 400 and 'id="reason-error"' in r.body and
          "Too short" in r.body, r)
    reason = "We co-teach a Year 10 group, so an outside view would help."
    r = me.post(url, {"csrf": csrf, "reason": reason})
    check(r.status == 303, r)
    r = me.post(url, {"csrf": csrf, "reason": reason})
    check(r.status == 400 and "already asked" in r.body, r)
    check("waiting" in me.get(url).body.lower(), "pending not shown")
    # Only the head decides.
    pm, pcsrf = client(stack, people.PM_LEAD)
    check(pm.get("/appraisal/admin/reviewer-requests").status == 403, "PM lead")
    other, _ = client(stack, people.OTHER_SCHOOL_HEAD)
    head, hcsrf = client(stack, people.HEAD)
    rid, version = pending_form(stack, head)
    durl = "/appraisal/admin/reviewer-requests/%s" % rid
    check(pm.get(durl).status == 403, "PM lead opened a request")
    check(other.get(durl).status == 404, "another school's head")
    check(pm.post(durl, {"csrf": pcsrf, "version": version,
                         "decision": "refuse", "reason": "No"}).status == 403,
          "PM lead decided")
    r = head.post(durl, {"csrf": hcsrf, "version": version,
                         "decision": "grant", "reason": ""})
    check(r.status == 400 and 'href="#reviewer"' in r.body, r)
    check('id="decision-grant" name="decision" value="grant" checked'
          in r.body, "choice not kept")
    set_cap(stack, 2)
    try:
        r = head.post(durl, {"csrf": hcsrf, "version": version,
                             "decision": "grant",
                             "reviewer": stack.staff_id("mkaur")})
        check(r.status == 400 and "already reviews 2 people" in r.body, r)
        r = head.post(durl, {"csrf": hcsrf, "version": version,
                             "decision": "grant",
                             "reviewer": stack.staff_id("tmcbride")})
        check(r.status == 400 and "already the reviewer" in r.body, r)
        r = head.post(durl, {"csrf": hcsrf, "version": version,
                             "decision": "refuse", "reason": ""})
        check(r.status == 400 and 'id="reason-error"' in r.body, r)
        r = head.post(durl, {"csrf": hcsrf, "version": version,
                             "decision": "grant",
                             "reviewer": stack.staff_id("owalsh")})
        check(r.status == 303, r)
    finally:
        set_cap(stack, 5)
    check(stack.reviewer_of(ASKER) == "owalsh", "reviewer not changed")
    r = head.get(durl)
    check(r.status == 200 and "Record the decision" not in r.body and
          "Owen Walsh reviews" in r.body, "decided request still open")
    r = head.post(durl, {"csrf": hcsrf, "version": version,
                         "decision": "refuse", "reason": "Changed my mind"})
    check(r.status == 409, "a second decision on a stale page: %r" % r)
    check(stack.reviewer_of(ASKER) == "owalsh", "stale decision wrote")
    page = me.get(url).body
    check("Granted" in page and "Owen Walsh" in page, "decision not shown")
    # A refusal carries its reason to the reviewee.
    r = me.post(url, {"csrf": csrf, "reason": reason + " Still."})
    check(r.status == 303, r)
    rid, version = pending_form(stack, head)
    r = head.post("/appraisal/admin/reviewer-requests/%s" % rid,
                  {"csrf": hcsrf, "version": version, "decision": "refuse",
                   "reason": "Owen Walsh has only just started as reviewer."})
    check(r.status == 303, r)
    page = me.get(url).body
    check("Refused" in page and "has only just started" in page, page[:2000])
    check(stack.reviewer_of(ASKER) == "owalsh", "refusal changed reviewer")
    other, ocsrf = client(stack, people.OTHER_SCHOOL_HEAD)
    check(other.post("/appraisal/admin/reviewer-requests/%s" % rid,
                     {"csrf": ocsrf, "version": "1", "decision": "refuse",
                      "reason": "x"}).status == 404, "other school's head")
    reset_requests(stack)


# ---- file uploads (multipart/form-data) ------------------------------------------

def multipart(fields, files):
    """A multipart/form-data body and its Content-Type."""
    b = "Appraisal-test-boundary-7d1"
    out = []
    for k, v in fields.items():
        out.append(("--%s\r\nContent-Disposition: form-data; name=\"%s\"\r\n"
                    "\r\n%s\r\n" % (b, k, v)).encode())
    for k, (name, data) in files.items():
        out.append(("--%s\r\nContent-Disposition: form-data; name=\"%s\"; "
                    "filename=\"%s\"\r\nContent-Type: text/csv\r\n\r\n"
                    % (b, k, name)).encode() + data + b"\r\n")
    out.append(("--%s--\r\n" % b).encode())
    return b"".join(out), "multipart/form-data; boundary=" + b


def upload(c, url, fields, files):
    body, ctype = multipart(fields, files)
    return c.request("POST", url, body=body, headers={"Content-Type": ctype})


def test_imports_from_uploaded_files(stack):
    restore_person(stack)
    c, csrf = client(stack, people.HEAD, "/appraisal/admin/staff/import")
    try:
        data = ("\ufeff" + HEADER + "\r\nhsato,teacher,mpr,5,0,0,1,0.9,"
                "permanent,,,0,0,0,0,mkaur\r\n").encode()
        r = upload(c, "/appraisal/admin/staff/import",
                   {"csrf": csrf, "staff": ""},
                   {"staff_file": ("staff.csv", data)})
        check(r.status == 303 and "imported=1" in r.header("Location"), r)
        check(detail(stack)[1:3] == ["5", "0.900"], detail(stack))
        bad = (HEADER + "\nhsato,teacher,mpr,9,0,0,1,1,permanent,,,0,0,0,0,"
               "\n").encode()
        r = upload(c, "/appraisal/admin/staff/import", {"csrf": csrf},
                   {"staff_file": ("staff.csv", bad)})
        check(r.status == 400 and "Line 2: column pay_point" in r.body, r)
        check("hsato,teacher,mpr,9" in r.body, "the file's text not shown")
        # Not text (a spreadsheet saved as Windows-1252), and too large.
        r = upload(c, "/appraisal/admin/staff/import", {"csrf": csrf},
                   {"staff_file": ("staff.csv", b"Caf\xe9,teacher\n")})
        check(r.status == 400, r)
        r = upload(c, "/appraisal/admin/staff/import", {"csrf": csrf},
                   {"staff_file": ("staff.csv", b"x" * 70000)})
        check(r.status == 413, r)
        check(detail(stack)[1:3] == ["5", "0.900"], "refused upload wrote")
        # No CSRF token in the upload: refused.
        r = upload(c, "/appraisal/admin/staff/import", {},
                   {"staff_file": ("staff.csv", data)})
        check(r.status == 403, r)
    finally:
        restore_person(stack)
    it, icsrf = client(stack, people.IT_ADMIN, "/appraisal/admin/calendar")
    days = ("SELECT COUNT(*) FROM school_closure WHERE school_id = %s AND day "
            "BETWEEN '2027-07-16' AND '2027-07-21'" % KVA)
    r = upload(it, "/appraisal/admin/calendar/ics",
               {"csrf": icsrf, "kind": "closure", "ics": ""},
               {"ics_file": ("terms.ics", ICS.encode())})
    check(r.status == 303 and "imported=3" in r.header("Location"), r)
    check(stack.sql(days) == [["3"]], stack.sql(days))
    stack.sql("DELETE FROM school_closure WHERE school_id = %s AND day "
              "BETWEEN '2027-07-16' AND '2027-07-21'" % KVA)
