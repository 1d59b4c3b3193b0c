"""Thirty-two people save the same thing at the same moment.

Each save is either applied (303) or shown as a conflict (409, or 400
for a rule such as overlapping dates) with what that person typed kept on
the page; none is lost silently, and the unique rules (one appraisal and
so one reviewer per person and cycle, one cycle per staff group and
dates, one statement of each number) hold under the race. The assertions
count outcomes; they do not depend on timing.

Everything here happens at Brackenfield Primary School (head Paul
Tennant), whose settings, cycles and Sally Dixon's appraisal no other
integration test uses: her reviewer is assigned (ptennant or gmurray),
her planning meeting arranged and held, and her statement drafted twice,
all through the pages. The setting raced over is restored at the end.
"""
import datetime
import re
import threading

from harness import check, form_values

HEAD = "ptennant"
REVIEWEE = "sdixon"
CLIENTS = 32


def race(requests):
    """Run the callables at once (released together by a barrier); their
    results, in order."""
    out = [None] * len(requests)
    gate = threading.Barrier(len(requests))

    def run(i):
        gate.wait()
        try:
            out[i] = requests[i]()
        except Exception as e:      # reported, not swallowed
            out[i] = e

    threads = [threading.Thread(target=run, args=(i,))
               for i in range(len(requests))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for r in out:
        check(not isinstance(r, Exception), "a request failed: %r" % (r,))
    return out


def clients(stack, login, n=CLIENTS):
    """n browsers, each logged in as login (its own session)."""
    out = []
    for _ in range(n):
        c = stack.client()
        check(c.login(login).status == 303, "log-in " + login)
        out.append(c)
    return out


def outcomes(results, allowed=(303, 409)):
    statuses = [r.status for r in results]
    check(all(s in allowed for s in statuses),
          "statuses other than %s: %s" % (allowed, sorted(set(statuses))))
    return [i for i, s in enumerate(statuses) if s == 303]


def test_settings_race(stack):
    """32 sessions of the head save the settings from the same page, each
    with its own sample size: one is applied, 31 are conflicts that show
    what was typed and the value saved now."""
    url = "/appraisal/admin/settings"
    cs = clients(stack, HEAD)
    forms = []
    for c in cs:
        r = c.get(url)
        check(r.status == 200, r)
        forms.append(form_values(r.body.split('action="%s"' % url)[1]))
    original = forms[0]["moderation_sample_pct"]
    check(len({f["version"] for f in forms}) == 1, "pages differ")

    def save(i):
        f = dict(forms[i])
        f["moderation_sample_pct"] = str(40 + i)
        return lambda: cs[i].post(url, f)

    results = race([save(i) for i in range(CLIENTS)])
    applied = outcomes(results)
    check(len(applied) == 1, "applied %d of %d saves from one version"
          % (len(applied), CLIENTS))
    saved = stack.sql("SELECT moderation_sample_pct FROM school_policy WHERE "
                      "school_id = (SELECT id FROM school WHERE code = 'BPS')")
    check(saved == [[str(40 + applied[0])]], "saved %r, applied %d"
          % (saved, 40 + applied[0]))
    for i, r in enumerate(results):
        if i in applied:
            continue
        check("Someone else saved these settings" in r.body, "no conflict "
              "shown: %r" % r)
        check(re.search(r'name="moderation_sample_pct" value="%d"' % (40 + i),
                        r.body), "typed value %d lost on conflict" % (40 + i))
        check("Saved now: %d" % (40 + applied[0]) in r.body,
              "saved value not shown beside the typed one")
    # Put the setting back, through the page.
    r = cs[0].get(url)
    f = form_values(r.body.split('action="%s"' % url)[1])
    f["moderation_sample_pct"] = original
    check(cs[0].post(url, f).status == 303, "settings not restored")


def cycle_fields(csrf, i, starts):
    return {"csrf": csrf, "group": "support", "name": "Race cycle %02d" % i,
            "starts": starts, "ends": "2036-08-31",
            "deadline": "2036-10-15"}


def test_cycle_race(stack):
    """32 sessions add a support staff cycle for 2035-36: half with the
    same dates, half overlapping them from other start days. Exactly one
    cycle exists afterwards; every other save is refused with its typed
    name kept."""
    url = "/appraisal/admin/cycles"
    cs = clients(stack, HEAD)
    csrfs = [c.page_csrf(url) for c in cs]

    def add(i):
        starts = "2035-09-01" if i % 2 == 0 else \
            (datetime.date(2035, 9, 1) + datetime.timedelta(days=i)).isoformat()
        return lambda: cs[i].post(url, cycle_fields(csrfs[i], i, starts))

    results = race([add(i) for i in range(CLIENTS)])
    applied = outcomes(results, (303, 400, 409))
    check(len(applied) == 1, "%d cycles added over the same dates"
          % len(applied))
    rows = stack.sql("SELECT name FROM cycle WHERE school_id = (SELECT id "
                     "FROM school WHERE code = 'BPS') AND staff_group = "
                     "'support' AND starts <= '2036-08-31' AND "
                     "ends >= '2035-09-01'")
    check(rows == [["Race cycle %02d" % applied[0]]], rows)
    for i, r in enumerate(results):
        if i not in applied:
            check('value="Race cycle %02d"' % i in r.body,
                  "typed name lost: %r" % r)
            check("overlap" in r.body, "no reason given: %r" % r)


def test_reviewer_race(stack):
    """32 sessions of the head assign Sally Dixon's reviewer at once, half
    choosing Paul Tennant and half Gemma Murray. Each is applied or a
    conflict with the choice kept; she has one appraisal this cycle, and
    its reviewer is the one the last applied save chose."""
    url = "/appraisal/admin/reviewers"
    cs = clients(stack, HEAD)
    csrfs = [c.page_csrf(url) for c in cs]
    who = stack.staff_id(REVIEWEE)
    choice = [stack.staff_id(HEAD if i % 2 == 0 else "gmurray")
              for i in range(CLIENTS)]
    before = stack.audit_max()

    def assign(i):
        return lambda: cs[i].post(url, {"csrf": csrfs[i], "reviewee": who,
                                        "reviewer": choice[i]})

    results = race([assign(i) for i in range(CLIENTS)])
    applied = outcomes(results)
    check(len(applied) >= 1, "nothing applied")
    for i, r in enumerate(results):
        if i not in applied:
            check('<option value="%s" selected>' % who in r.body,
                  "the reviewee chosen is lost: %r" % r)
            check("at the same time" in r.body, "no conflict shown: %r" % r)
    rows = stack.sql("SELECT a.reviewer_id FROM appraisal a JOIN cycle cy ON "
                     "cy.id = a.cycle_id WHERE a.reviewee_id = ? AND "
                     "cy.starts <= CURDATE() AND cy.ends >= CURDATE()", who)
    check(len(rows) == 1, "appraisals this cycle: %r" % rows)
    oks = [r for r in stack.audit_rows(before, "/admin/reviewers")
           if r[3] == "ok"]
    check(len(oks) == len(applied), "%d saves acknowledged, %d audited"
          % (len(applied), len(oks)))
    last = stack.sql("SELECT reviewer_id FROM appraisal WHERE id = (SELECT "
                     "a.id FROM appraisal a WHERE a.reviewee_id = ? ORDER BY "
                     "a.id DESC LIMIT 1)", who)[0][0]
    name = "Paul Tennant" if last == choice[0] else "Gemma Murray"
    check(oks[-1][4].startswith(name + " reviews"),
          "the last applied save (%s) is not what is saved (%s)"
          % (oks[-1][4], name))


def working_days_ahead(stack, n):
    closed = {datetime.date.fromisoformat(r[0]) for r in stack.sql(
        "SELECT day FROM school_closure WHERE school_id = "
        "(SELECT id FROM school WHERE code = 'BPS')")}
    day = datetime.datetime.now(datetime.timezone.utc).date()
    while n > 0:
        day += datetime.timedelta(days=1)
        if day.weekday() < 5 and day not in closed:
            n -= 1
    return day.isoformat()


def plan_pages(cs, url):
    """Each browser's plan page: (csrf, version)."""
    out = []
    for c in cs:
        r = c.get(url)
        check(r.status == 200, r)
        m = re.search(r'name="version" value="(\d+)"', r.body)
        out.append((c.csrf_from(r), m.group(1) if m else None))
    check(len({v for _, v in out}) == 1, "pages differ")
    return out


def statement(i, due):
    f = {}
    for n in (1, 2):
        f["obj%d_description" % n] = "Race %02d objective %d: run the Year 3 " \
            "phonics group" % (i, n)
        f["obj%d_criteria" % n] = "Every child in the group reads the " \
            "Year 3 list (%02d)" % i
        f["obj%d_due" % n] = due
        f["obj%d_category" % n] = "teaching" if n == 1 else "team"
        f["obj%d_link" % n] = "sip"
        f["obj%d_area" % n] = "Literacy"
    return f


def statement_race(stack, cs, url, aid, due):
    """One round: 32 saves of the statement from one page; one applied,
    31 conflicts with the typed objectives kept. The saved statement is
    the applied one's, whole."""
    pages = plan_pages(cs, url)

    def save(i):
        f = statement(i, due)
        f.update({"csrf": pages[i][0], "version": pages[i][1]})
        return lambda: cs[i].post(url + "/statement", f)

    results = race([save(i) for i in range(CLIENTS)])
    applied = outcomes(results)
    check(len(applied) == 1, "applied %d of %d saves from one version"
          % (len(applied), CLIENTS))
    for i, r in enumerate(results):
        if i not in applied:
            check("Someone else changed" in r.body, "no conflict: %r" % r)
            check("Race %02d objective 1" % i in r.body,
                  "typed text lost on conflict (%d)" % i)
    rows = stack.sql("SELECT s.number, o.position, o.description FROM "
                     "statement s JOIN objective o ON o.statement_id = s.id "
                     "WHERE s.appraisal_id = ? ORDER BY s.number, o.position",
                     aid)
    want = [["1", str(n), "Race %02d objective %d: run the Year 3 phonics "
             "group" % (applied[0], n)] for n in (1, 2)]
    check(rows == want, "statement saved: %r, expected %r" % (rows, want))


def test_statement_race(stack):
    """Sally Dixon's reviewer (as test_reviewer_race left it) arranges and
    holds her planning meeting, the arranging raced by 32 sessions (one
    meeting); then 32 sessions save her first statement from one page
    (one statement 1, whole), and again its second draft."""
    aid = int(stack.appraisal_of(REVIEWEE))
    reviewer = stack.reviewer_of(REVIEWEE)
    check(stack.sql("SELECT state FROM appraisal WHERE id = ?", aid)
          == [["not_started"]], "not as seeded: use a fresh stack")
    url = "/appraisal/plan/%d" % aid
    cs = clients(stack, reviewer)
    pages = plan_pages(cs, url)
    day = working_days_ahead(stack, 7)

    def arrange(i):
        return lambda: cs[i].post(url + "/meeting", {
            "csrf": pages[i][0], "version": pages[i][1], "day": day,
            "place": "Room %02d" % i})

    results = race([arrange(i) for i in range(CLIENTS)])
    applied = outcomes(results)
    check(len(applied) == 1, "applied %d meetings" % len(applied))
    for i, r in enumerate(results):
        if i not in applied:
            check('value="Room %02d"' % i in r.body, "typed place lost")
    check(stack.sql("SELECT COUNT(*), MAX(place) FROM meeting WHERE "
                    "appraisal_id = ?", aid)
          == [["1", "Room %02d" % applied[0]]], "meetings written")

    c = cs[0]
    r = c.get(url)
    held = datetime.datetime.now(datetime.timezone.utc).date().isoformat()
    r = c.post(url + "/held", {"csrf": c.csrf_from(r), "held_on": held,
                               "version": re.search(
                                   r'name="version" value="(\d+)"',
                                   r.body).group(1)})
    check(r.status == 303, r)
    due = stack.sql("SELECT LEAST(cy.ends, DATE_ADD(CURDATE(), INTERVAL 60 "
                    "DAY)) FROM appraisal a JOIN cycle cy ON "
                    "cy.id = a.cycle_id WHERE a.id = ?", aid)[0][0]
    statement_race(stack, cs, url, aid, due)      # the first draft
    statement_race(stack, cs, url, aid, due)      # and a redraft
    check(stack.sql("SELECT COUNT(*) FROM statement WHERE appraisal_id = ?",
                    aid) == [["1"]], "more than one statement")
