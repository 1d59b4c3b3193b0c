"""Setting up the year: the school's policy settings form."""
import re

import people
from harness import check

URL = "/appraisal/admin/settings"


def form_fields(html):
    """The values the form would submit as it stands (radios: checked)."""
    fields = {}
    for m in re.finditer(r"<input ([^>]*)>", html):
        attrs = dict(re.findall(r'(\w+)="([^"]*)"', m.group(1)))
        if "name" not in attrs:
            continue
        if attrs.get("type") == "radio" and " checked" not in m.group(1):
            continue
        fields[attrs["name"]] = attrs.get("value", "")
    return fields


def open_form(stack, who=people.HEAD):
    c = stack.client()
    check(c.login(who).status == 303, "log-in")
    r = c.get(URL)
    check(r.status == 200, r)
    fields = form_fields(r.body.split('action="/appraisal/admin/settings"')[1])
    return c, fields


KVA = "WHERE school_id = (SELECT id FROM school WHERE code = 'KVA')"


def reset(stack):
    stack.sql("DELETE FROM school_policy " + KVA)


def test_head_saves_settings(stack):
    reset(stack)
    c, f = open_form(stack)
    check(f["objectives_count"] == "3" and f["moderation"] == "all", f)
    f["objectives_count"] = "4"
    f["observation_hours_cap"] = "2.5"
    before = stack.audit_max()
    r = c.post(URL, f)
    check(r.status == 303, r)
    r = c.get(r.header("Location"))
    check("Settings saved" in r.body, "no confirmation")
    f2 = form_fields(r.body.split('action="/appraisal/admin/settings"')[1])
    check(f2["objectives_count"] == "4", f2)
    check(f2["observation_hours_cap"] == "2.50", f2)
    check(any(row[4] == "policy settings saved"
              for row in stack.audit_rows(before)), "not audited")
    reset(stack)


def test_bad_values_keep_what_was_typed(stack):
    reset(stack)
    c, f = open_form(stack)
    f["max_reviewees"] = "0"
    f["objectives_count"] = "three"
    f["observation_hours_cap"] = "12"
    r = c.post(URL, f)
    check(r.status == 400, r)
    check("There is a problem" in r.body, "no error summary")
    for field in ("max_reviewees", "objectives_count", "observation_hours_cap"):
        check('href="#%s"' % field in r.body, "summary lacks " + field)
        check('id="%s-error"' % field in r.body, "no error by " + field)
    check('value="three"' in r.body, "typed value lost")
    rows = stack.sql("SELECT COUNT(*) FROM school_policy " + KVA)
    check(rows[0][0] == "0", "a bad form saved something")


def test_missing_fields_refused(stack):
    c, f = open_form(stack)
    r = c.post(URL, {"csrf": f["csrf"], "version": f["version"]})
    check(r.status == 400, r)


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
        check(any(row[3] == "refused" for row in stack.audit_rows(before)),
              "refusal not audited")
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
