"""No school-wide list reads more rows than it shows (issue 20).

The pages that list or count a whole school (reviewers, staff details,
cycles, requests for a different reviewer, the admin index) are asked for
as their head asks for them, and every statement each page ran is run
again under ANALYZE FORMAT=JSON with the values it ran with (read from
the server's general log): the rows it read, r_rows times r_loops summed
over every table access (subqueries and derived tables included), and
the index entries a pushed index condition looked at and passed over,
must stay within ROWS_PER_ROW times the rows it returned plus ROWS_FIXED. A
row of a page joins at most seven tables (the person, their details, the
current cycle, the appraisal, the reviewer, a line manager); ROWS_FIXED
covers what a page reads once (the counts, the current cycles, the
policy, the key of the page). A statement that reads the school, or the
trust, instead of the page fails as soon as the school is larger than a
few pages.

So that this means something in the default suite, the test makes a
school of STAFF people that no other test uses (tests/bench/generate.sql
with @grow_demo = 0: school G001, two cycles, everyone with a reviewer)
and gives it a headteacher in the directory, Imogen Tate. The demo head's
pages are checked too: against a stack loaded with the benchmark's large
data set (tests/bench/generate.sql as tests/bench/run large loads it,
then `run.py STATE test_plans`), the demo school has 1,040 people.

The counts the pages show (list_count) and who they list (roster) are
kept by triggers in the statement that changes what they count; after
the changes made here through the pages, and after the whole suite (run.py
checks it last), they equal a recount from scratch.
"""
import json
import math
import os
import re
import subprocess

import people
from harness import check, form_values

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATE = os.path.join(HERE, "..", "bench", "generate.sql")
SCHOOL = "G001"
STAFF = 1000
HEAD = "itate"
SUFFIX = "dc=fernhill,dc=example"
ROWS_PER_ROW = 8
ROWS_FIXED = 100

# The pages, as a head reads them (their dashboard counts the school's
# appraisals by state: sql/019-state-counts.sql); KEY is a person halfway down the list
# (at most the 500th by name): the page after them, and the page before
# them; LOGIN is their user name.
PAGES = ["/appraisal/", "/appraisal/admin", "/appraisal/admin/reviewers",
         "/appraisal/admin/reviewers?after=KEY",
         "/appraisal/admin/reviewers?before=KEY",
         "/appraisal/admin/reviewers?unassigned=1",
         "/appraisal/admin/reviewers?q=Person+12",
         "/appraisal/admin/reviewers?q=Person+12&unassigned=1",
         "/appraisal/admin/reviewers?q=KVA",
         "/appraisal/admin/reviewers?q=LOGIN",
         "/appraisal/admin/staff", "/appraisal/admin/staff?after=KEY",
         "/appraisal/admin/staff?before=KEY",
         "/appraisal/admin/staff?q=Person+12",
         "/appraisal/admin/cycles", "/appraisal/admin/reviewer-requests"]


def root(stack, query):
    """One query as root; its output as raw text (JSON stays whole)."""
    return subprocess.run(
        ["mariadb", "--no-defaults", "--socket=" + stack.socket, "-N", "-B",
         "-r", "appraisal", "-e", query],
        check=True, capture_output=True, text=True).stdout


def ldap(stack, tool, ldif, ok=()):
    pw = os.path.join(stack.state, "slapd", "root-password")
    r = subprocess.run([tool, "-x", "-H", stack.env["APPRAISAL_LDAP_URI"],
                        "-D", "cn=admin," + SUFFIX, "-y", pw],
                       input=ldif, capture_output=True, text=True)
    check(r.returncode == 0 or r.returncode in ok,
          "%s: %s" % (tool, r.stderr))


def large_school(stack):
    """School G001 with STAFF people (made once per stack, in about ten
    seconds) and its head in the directory; a client logged in as them."""
    n = stack.sql("SELECT COUNT(*) FROM staff st JOIN school sc ON "
                  "sc.id = st.school_id WHERE sc.code = ?", SCHOOL)[0][0]
    if int(n) < STAFF:
        with open(GENERATE) as f:
            script = f.read()
        subprocess.run(
            ["mariadb", "--no-defaults", "--socket=" + stack.socket,
             "appraisal"], check=True, capture_output=True, text=True,
            input="SET @schools = 1, @staff = %d, @cycles = 2, "
                  "@grow_demo = 0;\n%s" % (STAFF, script))
    dn = "uid=%s,ou=staff,%s" % (HEAD, SUFFIX)
    ldap(stack, "ldapadd", """dn: %s
objectClass: inetOrgPerson
uid: %s
cn: Imogen Tate
givenName: Imogen
sn: Tate
displayName: Imogen Tate
title: Headteacher
employeeType: headteacher
o: %s
mail: itate@generated.example
userPassword: appraisal-demo
""" % (dn, HEAD, SCHOOL), ok=(68,))             # 68: there already
    for group in ("staff", "headteachers"):
        ldap(stack, "ldapmodify", """dn: cn=%s,ou=groups,%s
changetype: modify
add: member
member: %s
""" % (group, SUFFIX, dn), ok=(20,))            # 20: a member already
    c = stack.client()
    check(c.login(HEAD).status == 303, "log-in " + HEAD)
    return c


def rows_read(plan):
    """r_rows x r_loops over every table access of an ANALYZE plan."""
    total = 0.0
    stack = [plan]
    while stack:
        o = stack.pop()
        if isinstance(o, dict):
            t = o.get("table")
            if isinstance(t, dict):
                total += (t.get("r_loops") or 0) * (t.get("r_rows") or 0)
            stack.extend(o.values())
        elif isinstance(o, list):
            stack.extend(o)
    return total


def statements_of(stack, c, url, form=None):
    """The statements one GET of url (a POST of form, when given) ran,
    with their values. The general log has the values of statements
    prepared while it is on: the programs' connections are closed first,
    so they prepare again (a program reconnects by itself)."""
    root(stack, "SET GLOBAL log_output = 'TABLE'; SET GLOBAL general_log = 1")
    try:
        for pid in root(stack, "SELECT id FROM information_schema.processlist "
                        "WHERE user = 'appraisal'").split():
            subprocess.run(["mariadb", "--no-defaults", "--socket=" +
                            stack.socket, "-e", "KILL " + pid],
                           capture_output=True)
        root(stack, "TRUNCATE mysql.general_log")
        r = c.post(url, form) if form else c.get(url)
        check(r.status == (303 if form else 200), "%s: %r" % (url, r))
    finally:
        root(stack, "SET GLOBAL general_log = 0")
    # Raw output: a statement is one line, values as they were sent.
    out = root(stack, "SELECT argument FROM mysql.general_log WHERE "
               "command_type = 'Execute' AND user_host LIKE 'appraisal[%' "
               "ORDER BY event_time")
    return out.splitlines(), r


def check_page(stack, c, url, report, form=None):
    """Every read of a GET of url (or of a POST of form to it: any number
    of statements) within the bound; the most rows one read, and what it
    returned, into report."""
    for _ in range(10):     # every process holds the school's settings
        c.get(url)
    stmts, _ = statements_of(stack, c, url, form)
    reads = [s for s in stmts if s.lstrip().startswith(("SELECT", "WITH",
                                                        "("))]
    check(form or len(reads) <= 2, "%s read with %d statements"
          % (url, len(reads)))
    most = (0, 0)
    for s in reads:
        check("?" not in s.replace("'?'", ""), "%s: a statement without "
              "its values in the log: %s" % (url, s[:200]))
        # ANALYZE's r_rows are the rows an index gave after its pushed
        # condition (index_condition): what it looked at and passed over
        # is only in the session's Handler_icp counters.
        out = root(stack, "FLUSH STATUS; ANALYZE FORMAT=JSON %s; "
                   "SHOW SESSION STATUS WHERE Variable_name IN "
                   "('Handler_icp_attempts', 'Handler_icp_match')" % s)
        text, icp = out.rsplit("}", 1)
        counters = dict(line.split("\t") for line in icp.split("\n")
                        if "\t" in line)
        plan = json.loads(text + "}")
        returned = len(root(stack, s).splitlines())
        read = rows_read(plan) + int(counters["Handler_icp_attempts"]) - \
            int(counters["Handler_icp_match"])
        bound = ROWS_PER_ROW * returned + ROWS_FIXED
        most = max(most, (math.ceil(read), returned))
        check(read <= bound, "%s reads %d rows to return %d (at most %d): "
              "%s" % (url, read, returned, bound, s[:300]))
    report.append("%s %d/%d" % (url[len("/appraisal"):], most[0], most[1]))


def key_of(stack, school):
    """A person halfway down the school's list by name (at most the
    500th): their id and user name."""
    rows = stack.sql("SELECT r.staff_id, st.login FROM roster r JOIN school "
                     "sc ON sc.id = r.school_id JOIN staff st ON st.id = "
                     "r.staff_id WHERE sc.code = ? AND r.cycle_id = 0 "
                     "ORDER BY r.display_name, r.staff_id", school)
    return rows[min(499, len(rows) // 2)]


def test_list_pages_read_what_they_show(stack):
    big = large_school(stack)
    demo = stack.client()
    check(demo.login(people.HEAD).status == 303, "log-in " + people.HEAD)
    for c, school in ((big, SCHOOL), (demo, "KVA")):
        report = []
        key, login = key_of(stack, school)
        for url in PAGES:
            check_page(stack, c, url.replace("KEY", key).replace(
                "LOGIN", login), report)
        print("     %s, rows read/returned by each page: %s"
              % (school, "; ".join(report)))


def observed_in(stack, school):
    """An appraisal of the school being monitored (its observations page
    offers the observer picker), reviewed by someone other than the head:
    the first by id."""
    return stack.sql("SELECT a.id FROM appraisal a JOIN school sc ON "
                     "sc.id = a.school_id JOIN cycle cy ON cy.id = a.cycle_id "
                     "WHERE sc.code = ? AND a.state = 'in_progress' AND "
                     "cy.ends >= '2026-11-24' ORDER BY a.id LIMIT 1",
                     school)[0][0]


def observer_options(body, field, names=False):
    """The ids (or names) of the people offered in the select of this
    field (the first option, "Choose the observer", left out)."""
    m = re.search(r'<select id="%s"[^>]*>(.*?)</select>' % field, body, re.S)
    check(m, "no select %s" % field)
    return re.findall(r'<option value="\d+"[^>]*>([^<]*)<' if names else
                      r'<option value="(\d+)"', m.group(1))


def test_observations_page_reads_what_it_shows(stack):
    """The observations page, as the head who may name the observer, in
    the school of 1,000 and in the demo school: the observer list is the
    usual observers (the reviewer, the head, the leadership team, the line
    managers, those who observed or are planned to), read through their
    indexes, not the school's staff. In the school of 1,000 the head first
    records a drop-in by someone outside the list, typed by name (the
    POST's reads within the bound too), who then joins the list."""
    big = large_school(stack)
    demo = stack.client()
    check(demo.login(people.HEAD).status == 303, "log-in " + people.HEAD)
    for c, school in ((big, SCHOOL), (demo, "KVA")):
        report = []
        aid = observed_in(stack, school)
        url = "/appraisal/observe/%s" % aid
        if school == SCHOOL:
            typed = "Person 500 of %s" % SCHOOL
            stack.sql("DELETE FROM observation WHERE appraisal_id = ?", aid)
            check(not any(n == typed for n in observer_options(
                c.get(url).body, "d_observer", names=True)), "listed")
            check_page(stack, c, url + "/dropin", report, {
                "csrf": c.page_csrf(url), "d_kind": "drop_in",
                "d_day": "2026-11-30", "d_class": "Year 8 science",
                "d_focus": "Practical work", "d_observer": "",
                "d_observer_name": typed.lower()})
        check_page(stack, c, url, report)
        body = c.get(url).body
        for field in ("observer", "d_observer"):
            offered = observer_options(body, field)
            check(0 < len(offered) <= 60, "%s: %d people offered as observer"
                  % (field, len(offered)))
        if school == SCHOOL:
            check(typed in observer_options(body, "d_observer", names=True),
                  "who observed is not listed")
        print("     %s, rows read/returned: %s; %d offered as observer"
              % (school, "; ".join(report), len(offered)))


def moderation_rows(body):
    """The ids of the statements waiting, as the list shows them, and
    its previous and next links."""
    i = body.index('id="waiting-heading"')
    part = body[i:body.index('id="revising-heading"')]
    ids = re.findall(r'href="/appraisal/moderate/(\d+)"', part)
    links = {}
    for rel in ("prev", "next"):
        m = re.search(r'<a href="([^"]+)" rel="%s"' % rel, part)
        links[rel] = m and m.group(1).replace("&amp;", "&")
    return ids, links


def test_moderation_list_a_page_at_a_time(stack):
    """The moderation list of the school of 1,000 (a seventh of its
    appraisals wait, two thirds with no due day) shows 25 at a time,
    soonest due first and those with no due day before them: following
    "Next page" to the end shows every one once, in that order, and
    "Previous page" back to the start shows the same pages. Each page,
    the first, one after a key with a due day, one after a key with none,
    one before a key, reads within the bound."""
    c = large_school(stack)
    want = [r[0] for r in stack.sql(
        "SELECT a.id FROM appraisal a JOIN school sc ON sc.id = a.school_id"
        " JOIN cycle cy ON cy.id = a.cycle_id JOIN staff re ON re.id ="
        " a.reviewee_id WHERE sc.code = ? AND a.state = 'moderation' AND"
        " cy.ends >= CURDATE() AND NOT FIND_IN_SET('headteacher', re.roles)"
        " ORDER BY a.due_day, a.id", SCHOOL)]
    check(len(want) > 50, "only %d waiting" % len(want))
    pages, url = [], "/appraisal/moderate"
    while url:
        r = c.get(url)
        check(r.status == 200, "%s: %r" % (url, r))
        ids, links = moderation_rows(r.body)
        check(0 < len(ids) <= 25, "%s shows %d" % (url, len(ids)))
        check(("(%d)" % len(want) in r.body) == (len(want) <= 25),
              "a count that is not the whole list")
        pages.append((url, ids, links))
        url = links["next"]
    shown = [i for _, ids, _ in pages for i in ids]
    check(shown == want, "pages show %d of %d, or not in order"
          % (len(shown), len(want)))
    check(all(len(ids) == 25 for _, ids, _ in pages[:-1]), "short page")
    back, url = [], pages[-1][2]["prev"]
    while url:
        ids, links = moderation_rows(c.get(url).body)
        back.append(ids)
        url = links["prev"]
    check(back[::-1] == [ids for _, ids, _ in pages[:-1]],
          "previous pages differ from the next ones")
    # A page whose rows were all moderated since: its list's first page.
    r = c.get("/appraisal/moderate?after=2099-01-01.1")
    check(r.status == 303 and (r.header("Location") or "").endswith(
        "/appraisal/moderate"), "empty page: %r" % r)
    # The other list's place is kept (each direction is its own statement:
    # all four run here; the revisions list is empty in this school).
    mid = pages[1][0].split("?")[1]
    for key in ("revising_after", "revising_before"):
        r = c.get("/appraisal/moderate?%s=2026-12-01.1&%s" % (key, mid))
        check(r.status == 303 and (r.header("Location") or "").endswith(
            "/appraisal/moderate?" + mid), "%s: %r" % (key, r))
        r = c.get("/appraisal/moderate?%s=2026-12-01.1&before=%s" % (
            key, pages[-1][1][0]))
        check(r.status == 303, "%s and before: %r" % (key, r))
    r = c.get("/appraisal/moderate?after=nonsense&before=2026-02-31.5")
    check(r.status == 200 and moderation_rows(r.body)[0] == want[:25],
          "a link that is not one: not the first page")
    report = []
    nulls = [u for u, ids, _ in pages if "after=" in u and "." not in
             u.split("after=")[1]]
    dated = [u for u, ids, _ in pages if "after=" in u and "." in
             u.split("after=")[1]]
    check(nulls and dated, "no page after a key with(out) a due day")
    for url in ("/appraisal/moderate", nulls[0], dated[0],
                pages[-1][2]["prev"]):
        check_page(stack, c, url, report)
    print("     %s, %d waiting in %d pages; rows read/returned: %s"
          % (SCHOOL, len(want), len(pages), "; ".join(report)))


def test_record_pages_of_the_large_school(stack):
    """One appraisal's pages in the school of 1,000, where every
    appraisal past its planning meeting has a statement with three
    objectives and hundreds of teachers are comparable (the same cycle,
    career stage and flags): the plan, the interim review and the
    moderation page beside comparable statements, read by the head,
    each within the bound."""
    c = large_school(stack)
    report = []
    monitored = observed_in(stack, SCHOOL)
    waiting = stack.sql("SELECT a.id FROM appraisal a JOIN school sc ON "
                        "sc.id = a.school_id JOIN cycle cy ON cy.id = "
                        "a.cycle_id WHERE sc.code = ? AND a.state = "
                        "'moderation' AND cy.ends >= CURDATE() ORDER BY a.id "
                        "LIMIT 1", SCHOOL)[0][0]
    deep = int(waiting) + 600       # hundreds of comparable staff before
    for url in ("/appraisal/plan/%s" % monitored,
                "/appraisal/review/%s" % monitored,
                "/appraisal/moderate/%s" % waiting,
                "/appraisal/moderate/%s?after=%d" % (waiting, deep),
                "/appraisal/moderate/%s?before=%d" % (waiting, deep)):
        check_page(stack, c, url, report)
    body = c.get("/appraisal/moderate/%s" % waiting).body
    check(body.count("Objective 2 of a generated plan") == 4,
          "not three comparable statements beside it")
    print("     %s, rows read/returned: %s" % (SCHOOL, "; ".join(report)))


def agree(stack, when):
    differ = stack.list_counts_differ()
    check(not differ, "%s, the lists' counts differ from a recount: %s"
          % (when, differ[:10]))


def save_details(c, url, **changes):
    r = c.post(url, dict(form_values(c.get(url).body), **changes))
    check(r.status == 303, "%s: %r" % (url, r))


def test_counts_follow_the_pages(stack):
    """Changes made through the pages move the counts in the same
    transaction: after each, list_count and roster equal a recount."""
    c = large_school(stack)
    agree(stack, "before")
    csrf = c.page_csrf("/appraisal/admin/reviewers")
    # A cycle for support staff (nobody in it yet), once per stack.
    if "Support 2026-27" not in c.get("/appraisal/admin/cycles").body:
        r = c.post("/appraisal/admin/cycles", {
            "csrf": csrf, "group": "support", "name": "Support 2026-27",
            "starts": "2026-09-01", "ends": "2027-08-31",
            "deadline": "2027-10-31"})
        check(r.status == 303, "add a cycle: %r" % r)
        agree(stack, "after adding a cycle")
    # Someone moved to support staff, then given a reviewer in its cycle,
    # then back to teaching: three page-driven changes (someone with no
    # appraisal in it from an earlier run on this stack).
    person = stack.sql("SELECT st.id FROM staff st JOIN school sc ON "
                       "sc.id = st.school_id JOIN staff_detail sd ON "
                       "sd.staff_id = st.id WHERE sc.code = ? AND "
                       "sd.staff_group = 'teacher' AND NOT EXISTS (SELECT 1 "
                       "FROM appraisal a JOIN cycle cy ON cy.id = a.cycle_id "
                       "WHERE a.reviewee_id = st.id AND cy.staff_group = "
                       "'support') ORDER BY st.id LIMIT 1", SCHOOL)[0][0]
    url = "/appraisal/admin/staff/%s" % person
    save_details(c, url, staff_group="support", career_stage="core1",
                 pay_point="")
    agree(stack, "after a change of staff group")
    before = unassigned(c)
    r = c.post("/appraisal/admin/reviewers", {
        "csrf": csrf, "reviewee": person, "reviewer": HEAD})
    check(r.status == 303, "assign: %r" % r)
    check(unassigned(c) == before - 1, "the count of people without a "
          "reviewer did not move (%d, then %d)" % (before, unassigned(c)))
    agree(stack, "after assigning a reviewer")
    save_details(c, url, staff_group="teacher", career_stage="mpr",
                 pay_point="3")
    agree(stack, "after a change back")


def unassigned(c):
    body = c.get("/appraisal/admin/reviewers").body
    m = re.search(r"<strong>(\d+)</strong> (?:person|people) who", body)
    return int(m.group(1)) if m else 0


def overdue_page(c, url):
    """The rows of one page of /overdue (appraisal id, due day as shown)
    and its links (first, previous, next)."""
    r = c.get(url)
    check(r.status == 200, "%s: %r" % (url, r))
    rows = re.findall(r'<tr class="overdue"><th scope="row"><a href='
                      r'"/appraisal/plan/(\d+)">[^<]+</a></th><td>[^<]*</td>'
                      r'<td>[^<]*</td><td>[^<]*</td><td>([^<]+)</td>', r.body)
    links = {rel: m.replace("&amp;", "&") for m, rel in re.findall(
        r'<a href="([^"]+)" rel="(prev|next)"', r.body)}
    count = re.search(r'<h2 id="overdue-heading">(\d+|One) steps? (?:is|are) '
                      r'overdue</h2>', r.body)
    return rows, links, count and count.group(1), r.body


def test_every_overdue_step_a_page_at_a_time(stack):
    """The head of the school of 1,000 (test_plans) reads every overdue
    step of their school, 25 a page, by the "next" links: each once, in
    the order of their due day, as many as the page says; "previous"
    goes back; a key that is not one is the first page, and a page that
    has emptied sends the reader to the first. Each page is the session's
    statement and one more, and reads what it shows. (Here, not in
    test_home: the school of 1,000 is made by the first of these tests,
    and the ones before this rely on the suite's order until then.)"""
    c = large_school(stack)
    want = int(stack.sql(
        "SELECT COUNT(*) FROM appraisal a JOIN school sc ON sc.id = "
        "a.school_id WHERE sc.code = 'G001' AND a.due_day < UTC_DATE() AND "
        "a.state NOT IN ('report_issued', 'appeal_window')")[0][0])
    check(want > 50, "the school of 1,000 has only %d overdue" % want)
    url, seen, pages, firsts = "/appraisal/overdue", [], [], None
    while url:
        rows, links, count, _ = overdue_page(c, url)
        check(0 < len(rows) <= 25, "%s: %d rows" % (url, len(rows)))
        check(count == str(want), "%s says %s, not %d" % (url, count, want))
        if firsts is None:
            firsts = rows
            check("prev" not in links, "a previous link on the first page")
        pages.append((url, rows, links))
        seen += rows
        url = links.get("next")
        check(len(pages) <= want // 25 + 1, "more pages than steps")
    ids = [i for i, _ in seen]
    check(len(ids) == want and len(set(ids)) == want,
          "%d rows, %d different, %d overdue" % (len(ids), len(set(ids)),
                                                  want))
    by_day = {r[0]: r[1] for r in stack.sql(
        "SELECT id, due_day FROM appraisal WHERE id IN (%s)"
        % ",".join(ids))}
    keys = [(by_day[i], int(i)) for i in ids]
    check(keys == sorted(keys), "not in the order of due day and id")
    # Back from the second page and from the last.
    rows, links, _, _ = overdue_page(c, pages[1][2]["prev"])
    check(rows == firsts, "previous from page 2 is not page 1")
    rows, _, _, _ = overdue_page(c, pages[-1][2]["prev"])
    check(rows == pages[-2][1], "previous from the last page")
    for bad in ("?after=nonsense", "?after=2026-02-30.5", "?before=12",
                "?after=" + "9" * 60):
        rows, _, _, _ = overdue_page(c, "/appraisal/overdue" + bad)
        check(rows == firsts, bad + " is not the first page")
    r = c.get("/appraisal/overdue?after=2999-01-01.1")
    check(r.status == 303 and (r.header("Location") or "").endswith(
        "/appraisal/overdue"), "an emptied page: %r" % r)
    report = []
    check_page(stack, c, "/appraisal/overdue", report)
    check_page(stack, c, pages[len(pages) // 2][0], report)
    check_page(stack, c, pages[-1][2]["prev"], report)
    print("     %d overdue in %d pages; rows read/returned: %s"
          % (want, len(pages), "; ".join(report)))
