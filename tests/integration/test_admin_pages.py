"""Setting up the year: the school's policy settings form."""
import people
from harness import check, form_values, set_policy

URL = "/appraisal/admin/settings"


def open_form(stack, who=people.HEAD):
    c = stack.client()
    check(c.login(who).status == 303, "log-in")
    r = c.get(URL)
    check(r.status == 200, r)
    fields = form_values(r.body.split('action="/appraisal/admin/settings"')[1])
    return c, fields


KVA = "WHERE school_id = (SELECT id FROM school WHERE code = 'KVA')"


def reset(stack):
    """Back to the demo's settings (sql/demo/year.sql): the model
    policy's defaults, but line managers review at Kestrel Vale."""
    stack.sql("DELETE FROM school_policy " + KVA)
    stack.sql("INSERT INTO school_policy (school_id, reviewer_mode) SELECT "
              "id, 'line_manager' FROM school WHERE code = 'KVA'")


def test_head_saves_settings(stack):
    reset(stack)
    c, f = open_form(stack)
    check(f["objectives_count"] == "3" and f["moderation"] == "all", f)
    check(f["teacher_deadline"] == "31 October", f)
    check(f["head_deadline"] == "31 December", f)
    f["objectives_count"] = "4"
    f["observation_hours_cap"] = "2.5"
    f["teacher_deadline"] = "15 nov"
    before = stack.audit_max()
    r = c.post(URL, f)
    check(r.status == 303, r)
    r = c.get(r.header("Location"))
    check("Settings saved" in r.body, "no confirmation")
    f2 = form_values(r.body.split('action="/appraisal/admin/settings"')[1])
    check(f2["objectives_count"] == "4", f2)
    check(f2["observation_hours_cap"] == "2.50", f2)
    check(f2["teacher_deadline"] == "15 November", f2)
    rows = stack.sql("SELECT teacher_deadline FROM school_policy " + KVA)
    check(rows == [["11-15"]], rows)
    check(any(row[4] == "policy settings saved"
              for row in stack.audit_rows(before)), "not audited")
    reset(stack)


def test_bad_values_keep_what_was_typed(stack):
    reset(stack)
    c, f = open_form(stack)
    f["max_reviewees"] = "0"
    f["objectives_count"] = "three"
    f["observation_hours_cap"] = "12"
    f["head_deadline"] = "31 November"
    r = c.post(URL, f)
    check(r.status == 400, r)
    check("There is a problem" in r.body, "no error summary")
    check('value="31 November"' in r.body, "typed day lost")
    for field in ("max_reviewees", "objectives_count", "observation_hours_cap",
                  "head_deadline"):
        check('href="#%s"' % field in r.body, "summary lacks " + field)
        check('id="%s-error"' % field in r.body, "no error by " + field)
    check('value="three"' in r.body, "typed value lost")
    rows = stack.sql("SELECT version, max_reviewees, objectives_count FROM "
                     "school_policy " + KVA)
    check(rows == [["1", "5", "3"]], "a bad form saved something: %r" % rows)


def test_missing_fields_refused(stack):
    c, f = open_form(stack)
    saved = stack.sql("SELECT * FROM school_policy " + KVA)
    r = c.post(URL, {"csrf": f["csrf"], "version": f["version"]})
    check(r.status == 400, r)
    check(stack.sql("SELECT * FROM school_policy " + KVA) == saved,
          "a form with missing fields saved something")


def test_concurrent_edit_is_refused(stack):
    reset(stack)
    a, fa = open_form(stack, people.HEAD)
    b, fb = open_form(stack, people.PM_LEAD)
    fa["objectives_count"] = "2"
    check(a.post(URL, fa).status == 303, "first save")
    fb["objectives_count"] = "5"
    r = b.post(URL, fb)
    check(r.status == 409, r)
    check("Someone else saved these settings" in r.body, "no conflict page")
    rows = stack.sql("SELECT objectives_count FROM school_policy " + KVA)
    check(rows == [["2"]], "second save overwrote the first: %r" % rows)
    reset(stack)


def test_refused_to_others(stack):
    for who in (people.TEACHER, people.IT_ADMIN, people.GOVERNOR,
                people.CPD_COORDINATOR):
        c = stack.client()
        c.login(who)
        check(c.get(URL).status == 403, who + " opened the settings")
        csrf = c.page_csrf()
        before = stack.audit_max()
        r = c.post(URL, {"csrf": csrf, "version": "1",
                         "objectives_count": "6"})
        check(r.status == 403, who + " posted the settings")
        stack.check_refusal_audited(before, who, "/admin/settings")
    rows = stack.sql("SELECT COUNT(*) FROM school_policy " + KVA +
                     " AND objectives_count = 6")
    check(rows[0][0] == "0", "a refused post saved")


def test_admin_index_by_role(stack):
    for who, status in ((people.HEAD, 200), (people.IT_ADMIN, 200),
                        (people.TEACHER, 403)):
        c = stack.client()
        c.login(who)
        r = c.get("/appraisal/admin")
        check(r.status == status, "%s: %r" % (who, r))
    c = stack.client()
    c.login(people.IT_ADMIN)
    check("School policy settings" not in c.get("/appraisal/admin").body,
          "IT admin offered the policy settings")


def test_anonymous_sent_to_login(stack):
    r = stack.client().get(URL)
    check(r.status == 303 and "/appraisal/login?next=" in r.header("Location"),
          r)


def staff_id(stack, login):
    return stack.sql("SELECT id FROM staff WHERE login = ?", login)[0][0]


def admin_client(stack, who=people.HEAD, page="reviewers"):
    c = stack.client()
    check(c.login(who).status == 303, "log-in")
    return c, c.page_csrf("/appraisal/admin/" + page)


def test_assign_reviewer_and_refusals(stack):
    url = "/appraisal/admin/reviewers"
    newbie = staff_id(stack, people.NO_GROUPS)
    stack.sql("DELETE FROM appraisal WHERE reviewee_id = ?", int(newbie))
    c, csrf = admin_client(stack)
    r = c.get(url)
    check("No reviewer" in r.body, "unassigned person not shown")

    def assign(reviewee, reviewer):
        return c.post(url, {"csrf": csrf, "reviewee": reviewee,
                            "reviewer": reviewer})

    r = assign(newbie, newbie)
    check(r.status == 400 and "Nobody reviews their own" in r.body, r)
    r = assign(staff_id(stack, people.EARLY_CAREER), staff_id(stack, "jcarver"))
    check(r.status == 400 and "induction year" in r.body, r)
    r = assign(staff_id(stack, people.OTHER_SCHOOL_TEACHER),
               staff_id(stack, "jcarver"))
    check(r.status == 400 and "Choose someone from the list" in r.body, r)
    # The school's cap: three per reviewer; leadership exempt.
    set_policy(stack, max_reviewees=3)
    try:
        r = assign(newbie, staff_id(stack, "jcarver"))
        check(r.status == 400 and "the most the school" in r.body, r)
        check('<option value="%s" selected>' % newbie in r.body,
              "choice not kept")
        r = assign(newbie, staff_id(stack, people.PM_LEAD))
        check(r.status == 303, "leadership exemption: %r" % r)
    finally:
        set_policy(stack, max_reviewees=5)
    rows = stack.sql("SELECT rv.login FROM appraisal a JOIN staff rv ON "
                     "rv.id = a.reviewer_id WHERE a.reviewee_id = ?",
                     int(newbie))
    check(rows == [[people.PM_LEAD]], rows)
    # Changing the reviewer keeps the same appraisal.
    r = assign(newbie, staff_id(stack, "sfletcher"))
    check(r.status == 303, r)
    rows = stack.sql("SELECT COUNT(*) FROM appraisal WHERE reviewee_id = ?",
                     int(newbie))
    check(rows == [["1"]], rows)
    stack.sql("DELETE FROM appraisal WHERE reviewee_id = ?", int(newbie))


def test_calendar_import(stack):
    url = "/appraisal/admin/calendar"
    kva = "(SELECT id FROM school WHERE code = 'KVA')"
    count = "SELECT COUNT(*) FROM school_closure WHERE school_id = " + kva
    stack.sql("DELETE FROM school_closure WHERE school_id = %s AND day "
              "BETWEEN '2027-07-12' AND '2027-07-18'" % kva)
    before = stack.sql(count)[0][0]
    c, csrf = admin_client(stack, people.IT_ADMIN, "calendar")
    bad = ("2027-07-12,closure,INSET day\n"
           "2027-07-32,closure,Not a day\n")
    r = c.post(url, {"csrf": csrf, "csv": bad})
    check(r.status == 400 and "Line 2" in r.body, r)
    check("Nothing was imported" in r.body, "message")
    check("Not a day" in r.body, "typed text lost")
    check(stack.sql(count)[0][0] == before, "a bad file imported something")
    for junk in ("2027-07-12", "2027-07-13,2027-07-12,closure,Backwards",
                 "2027-07-12,snow,Snow day", "x,y,z,w,v"):
        r = c.post(url, {"csrf": csrf, "csv": junk})
        check(r.status == 400 and "Line 1" in r.body, "%s -> %r" % (junk, r))
    good = ("# summer closures\n"
            "2027-07-12,closure,INSET day\r\n"
            "2027-07-13,2027-07-18,closure,Building works\n")
    r = c.post(url, {"csrf": csrf, "csv": good})
    check(r.status == 303 and "imported=5" in r.header("Location"), r)
    check(int(stack.sql(count)[0][0]) == int(before) + 5, "not imported")
    t = stack.client()
    t.login(people.TEACHER)
    check(t.get(url).status == 403, "teacher opened the calendar")
