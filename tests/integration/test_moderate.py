"""Moderation of planning statements (SPEC 4.4; seed 003, section 5) at
Kestrel Vale, which moderates every statement its line managers sign:
statements walked through the pages from where the demo's seed leaves
them to both signatures, then moderated by the head or the PM lead, fine
or revise; the side-by-side view of comparable staff; every refusal; the
sample's draw recorded. Each appraisal is walked once: a fresh stack."""
import hashlib
import html
import re

import people
from harness import check
from test_plan import (Person, add_working_days, appraisal_id, closures,
                       objectives, today, version_of)
from test_planning_policy import set_policy

FINE_REVIEWER, FINE_REVIEWEE = "jcarver", "pdoyle"
REVISE_REVIEWER, REVISE_REVIEWEE = "tmcbride", "yhassan"   # signed by her
# Two statements in draft in the demo, for a sample: (reviewer, reviewee).
SAMPLE = [("lhughes", "vlindqvist"), ("lobrien", "cnolan")]
# In moderation in the demo data, reviewed by the PM lead.
DEMO_REVIEWEE, DEMO_REVIEWER = "ndubois", "dokafor"


def text(html):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


class Moderator:
    """The head or PM lead on /moderate/ID."""

    def __init__(self, stack, login, aid):
        self.c = stack.client()
        check(self.c.login(login).status == 303, "log-in " + login)
        self.c.login_name = login
        self.url = "/appraisal/moderate/%d" % aid

    def open(self, query=""):
        r = self.c.get(self.url + query)
        if r.status == 200:
            self.page = r.body
            self.csrf = self.c.csrf_from(r)
            self.version = version_of(r.body)
        return r

    def decide(self, outcome, reasons="", version=None):
        fields = {"csrf": self.csrf, "version": version or self.version,
                  "outcome": outcome, "reasons": reasons}
        return self.c.post(self.url, fields)


def state_of(stack, aid):
    return stack.sql("SELECT state, COALESCE(due_kind, ''), "
                     "COALESCE(due_day, '') FROM appraisal WHERE id = ?",
                     aid)[0]


def events(stack, aid):
    return [r[0] for r in stack.sql("SELECT event FROM appraisal_event "
                                    "WHERE appraisal_id = ? ORDER BY id", aid)]


def walk_to_signed(stack, reviewer, reviewee,
                   categories=("pupil_progress", "teaching", "team")):
    """Planning through the pages from where the demo's seed leaves the
    appraisal to both signatures: the meeting arranged and held today,
    three objectives (of these categories), finalised, then whichever
    signatures are missing. Returns (appraisal, reviewer, reviewee)."""
    aid = appraisal_id(stack, reviewee)
    rv = Person(stack, reviewer, aid)
    re_ = Person(stack, reviewee, aid)
    state = state_of(stack, aid)[0]
    if state == "not_started":
        meet = add_working_days(today(), 6, closures(stack))
        rv.step("meeting", {"day": meet.isoformat(), "place": "Room 4"})
        state = "meeting_arranged"
    if state == "meeting_arranged":
        rv.step("held", {"held_on": today().isoformat()})
        state = "meeting_held"
    if state in ("meeting_held", "draft", "changes_requested"):
        # Inside every cycle of the demo (support staff's ends in March).
        rv.step("statement", objectives(3, "2027-03-15", list(categories)))
        rv.step("finalise")
        state = "final"
    if state in ("final", "signed_reviewer"):
        re_.step("sign")
    if state in ("final", "signed_reviewee"):
        rv.step("sign")
    return aid, rv, re_


def comparable(stack, aid):
    """The staff a moderator compares with, computed here from the
    staff details: same cycle, career stage, TLR and leadership scale, a
    signed statement, not the head; in the order they came."""
    return [r[0] for r in stack.sql(
        "SELECT re.display_name FROM appraisal me "
        "JOIN staff_detail md ON md.staff_id = me.reviewee_id "
        "JOIN appraisal a ON a.cycle_id = me.cycle_id AND a.id <> me.id "
        "JOIN staff re ON re.id = a.reviewee_id "
        "JOIN staff_detail sd ON sd.staff_id = a.reviewee_id "
        "WHERE me.id = ? AND sd.career_stage <=> md.career_stage "
        "AND sd.tlr = md.tlr AND sd.leadership_scale = md.leadership_scale "
        "AND NOT FIND_IN_SET('headteacher', re.roles) "
        "AND EXISTS (SELECT 1 FROM statement s WHERE s.appraisal_id = a.id "
        "AND s.status = 'signed') ORDER BY a.id", aid)]


def check_side_by_side(stack, moderator, aid, before):
    """The statement and the first three comparable staff on the page,
    each read audited; the others on the next pages."""
    peers = comparable(stack, aid)
    check(len(peers) >= 3, "the demo should have three: %r" % peers)
    t = html.unescape(text(moderator.page))
    shown = stack.sql("SELECT o.description, o.plan_area FROM objective o "
                      "JOIN statement s ON s.id = o.statement_id WHERE "
                      "s.appraisal_id = ? AND s.status = 'signed' ORDER BY "
                      "o.position", aid)
    check(shown and all(d in t and a in t for d, a in shown) and
          "Pupil progress" in t, "objectives not shown")
    for name in peers[:3]:
        check(name in t, "%s not compared" % name)
    reads = stack.audit_rows(before, "read plan for moderation")
    check(len(reads) == 4 and all(x[1] == moderator.c.login_name
                                  for x in reads), reads)
    m = re.search(r'<a href="(/appraisal/moderate/%d\?after=\d+)" '
                  r'rel="next"' % aid, moderator.page)
    check(bool(m) == (len(peers) > 3), "pager")
    for name in peers[3:]:
        check(name not in t, "more than three on a page")
    if m:
        r = moderator.c.get(m.group(1))
        check(r.status == 200 and all(n in text(r.body) for n in peers[3:6])
              and not any(n in text(r.body) for n in peers[:3]),
              "the next comparable staff")
        back = re.search(r'<a href="([^"]+)" rel="prev"', r.body)
        r = moderator.c.get(back.group(1).replace("&amp;", "&"))
        check(all(n in text(r.body) for n in peers[:3]), "back again")


def test_moderation_fine_goes_on_to_monitoring(stack):
    aid, rv, re_ = walk_to_signed(stack, FINE_REVIEWER, FINE_REVIEWEE)
    due = add_working_days(today(), 10, closures(stack)).isoformat()
    check(state_of(stack, aid) == ["moderation", "moderation_due", due],
          state_of(stack, aid))
    rows = stack.sql("SELECT decision, draw, sample_pct, selected, outcome, "
                     "statement_number FROM moderation WHERE appraisal_id = ?",
                     aid)
    check(rows == [["all", "NULL", "NULL", "1", "waiting", "1"]], rows)
    rv.refresh()
    check("the school moderates every statement" in rv.page,
          "why it went to moderation not in the history")

    # The head's list: due day shown; the dashboard counts it.
    head = Moderator(stack, people.HEAD, aid)
    r = head.c.get("/appraisal/moderate")
    check(r.status == 200, r)
    t = text(r.body)
    check("Patrick Doyle" in t and "Nadia Dubois" in t, t[:2000])
    check('href="/appraisal/moderate/%d"' % aid in r.body, "no link")
    r = head.c.get("/appraisal/")
    m = re.search(r"Statements waiting for moderation: (\d+)", r.body)
    n = int(stack.sql("SELECT COUNT(*) FROM appraisal a JOIN cycle c ON "
                      "c.id = a.cycle_id WHERE a.state = 'moderation' AND "
                      "a.school_id = (SELECT id FROM school WHERE code = "
                      "'KVA') AND c.ends >= CURDATE()")[0][0])
    check(m and int(m.group(1)) == n, "dashboard count %r, want %d" % (
        m and m.group(1), n))

    # Side by side: the statement and the first three comparable staff,
    # each read audited; the rest on the next page.
    before = stack.audit_max()
    r = head.open()
    check(r.status == 200, r)
    check_side_by_side(stack, head, aid, before)
    # The reviewee's access log lists the head's read.
    r = re_.c.get("/appraisal/access/%d/log" % aid)
    check(r.status == 200 and "read plan for moderation" in r.body,
          "not in the access log")

    # Fine: on to monitoring, recorded, audited.
    head.open()
    before = stack.audit_max()
    r = head.decide("fine")
    check(r.status == 303 and r.header("Location").endswith(
        "moderate?done=fine"), r)
    check(state_of(stack, aid) == ["in_progress", "", ""], state_of(stack, aid))
    check(events(stack, aid)[-2:] == ["send_to_moderation", "moderation_fine"],
          events(stack, aid))
    rows = stack.sql("SELECT outcome, s.login FROM moderation m JOIN staff s "
                     "ON s.id = m.decided_by WHERE appraisal_id = ?", aid)
    check(rows == [["fine", people.HEAD]], rows)
    check(stack.audit_rows(before, "moderate: fine"), "decision not audited")
    re_.refresh()
    check("found it consistent" in re_.page, "outcome not on the plan page")

    # Wrong state: the same page, its version current, is now refused.
    r = head.open()
    check("not waiting for moderation" in r.body and
          'name="outcome"' not in r.body, "form offered out of moderation")
    before = stack.audit_max()
    r = head.decide("revise", "Too late", version=version_of(
        rv.refresh().body))
    check(r.status == 409 and "not waiting for moderation" in r.body, r)
    check(any(x[3] == "refused" for x in stack.audit_rows(before)),
          "wrong state not audited")
    check(state_of(stack, aid)[0] == "in_progress", "moved")


def test_moderation_revise_and_resign(stack):
    aid, rv, re_ = walk_to_signed(stack, REVISE_REVIEWER, REVISE_REVIEWEE)
    check(state_of(stack, aid)[0] == "moderation", state_of(stack, aid))
    head = Moderator(stack, people.HEAD, aid)
    lead = Moderator(stack, people.PM_LEAD, aid)   # not the reviewer
    check(head.open().status == 200, "head")
    before = stack.audit_max()
    check(lead.open().status == 200, "PM lead")
    check_side_by_side(stack, lead, aid, before)

    # Reasons are required to revise: empty, or only spaces.
    for blank in ("", "   \r\n "):
        r = head.decide("revise", blank)
        check(r.status == 400 and 'id="reasons-error"' in r.body and
              "Give the reasons" in r.body, r)
    r = head.decide("maybe")
    check(r.status == 400 and 'id="outcome-error"' in r.body, r)
    r = head.decide("revise", "x" * 1001)
    check(r.status == 400 and 'id="reasons-error"' in r.body, r)
    check(state_of(stack, aid)[0] == "moderation", "moved on a bad form")

    reasons = "Objective 2 repeats objective 1; compare Bola Osei's."
    r = head.decide("revise", reasons)
    check(r.status == 303, r)
    due = add_working_days(today(), 10, closures(stack)).isoformat()
    check(state_of(stack, aid) == ["revision_instructed", "revised_due", due],
          state_of(stack, aid))
    check(stack.audit_rows(stack.audit_max() - 5, "moderate: revise"),
          "not audited")

    # The PM lead's page is stale now: 409, nothing saved, typed kept.
    r = lead.decide("fine", "Looks fine to me")
    check(r.status == 409 and "Not saved" in r.body and
          "Looks fine to me" in r.body, r)
    rows = stack.sql("SELECT outcome, reasons FROM moderation "
                     "WHERE appraisal_id = ?", aid)
    check(rows == [["revise", reasons]], rows)

    # Both see the reasons; the list shows the revision outstanding.
    for p in (rv, re_):
        p.refresh()
        check("asked for a revised statement" in p.page and
              "Objective 2 repeats objective 1; compare Bola Osei&#39;s."
              in p.page, "reasons not shown")
    r = head.c.get("/appraisal/moderate")
    t = text(r.body)
    check("Revised statements asked for (1)" in t or
          "Yasmin Hassan" in t[t.index("Revised statements asked for"):], t)

    # The reviewer writes version 2; both sign; it goes on to monitoring.
    f = objectives(3, "2027-06-30", ["pupil_progress", "teaching", "team"])
    f["obj2_description"] = "Lead a reading intervention for Year 8"
    rv.step("statement", f)
    check(state_of(stack, aid)[0] == "final", state_of(stack, aid))
    re_.step("sign")
    rv.step("sign")
    check(state_of(stack, aid)[0] == "in_progress", state_of(stack, aid))
    check(events(stack, aid)[-5:] == ["moderation_revise", "revise",
                                      "sign_reviewee", "sign_reviewer",
                                      "start_monitoring"], events(stack, aid))
    rows = stack.sql("SELECT number, status FROM statement WHERE "
                     "appraisal_id = ? ORDER BY number", aid)
    check(rows == [["1", "superseded"], ["2", "signed"]], rows)
    rv.refresh()
    check("not moderated again" in rv.page, "history does not say why")


def test_moderation_refusals(stack):
    aid = appraisal_id(stack, DEMO_REVIEWEE)
    check(state_of(stack, aid)[0] == "moderation", "demo data changed")
    url = "/appraisal/moderate/%d" % aid
    expect = [
        (people.HEAD, 200, 200), (people.PM_LEAD, 200, 403),
        (DEMO_REVIEWEE, 403, 403), (people.TEACHER, 403, 403),
        (people.IT_ADMIN, 403, 403), (people.GOVERNOR, 403, 403),
        (people.OTHER_SCHOOL_HEAD, 200, 403), (people.CPD_COORDINATOR, 403, 403),
    ]
    for who, index, page in expect:
        c = stack.client()
        check(c.login(who).status == 303, who)
        before = stack.audit_max()
        r = c.get("/appraisal/moderate")
        check(r.status == index, "%s /moderate: %r" % (who, r))
        if index == 200 and who == people.OTHER_SCHOOL_HEAD:
            check("Nadia Dubois" not in r.body, "another school's listed")
        r = c.get(url)
        check(r.status == page, "%s %s: %r" % (who, url, r))
        if page == 403:
            check(any(x[3] == "refused" for x in stack.audit_rows(before)),
                  "%s: refusal not audited" % who)
        if page == 200:
            continue
        # A crafted POST with the person's own token is refused as well.
        csrf = c.csrf_from(c.get("/appraisal/"))
        version = stack.sql("SELECT version FROM appraisal WHERE id = ?",
                            aid)[0][0]
        r = c.post(url, {"csrf": csrf, "version": version, "outcome": "fine"})
        check(r.status == 403, "%s POST: %r" % (who, r))
    # The PM lead reviewed it: told why in the audit log.
    rows = stack.sql("SELECT reason FROM audit WHERE actor_login = ? AND "
                     "action = ? ORDER BY id DESC LIMIT 1", people.PM_LEAD,
                     "/moderate/%d" % aid)
    check(rows == [["nobody moderates a statement they reviewed"]], rows)
    rows = stack.sql("SELECT reason FROM audit WHERE actor_login = ? AND "
                     "action = ? ORDER BY id DESC LIMIT 1",
                     people.OTHER_SCHOOL_HEAD, "/moderate/%d" % aid)
    check(rows == [["another school's record"]], rows)
    # Anonymous: to the log-in page.
    anon = stack.client()
    check(anon.get(url).status == 303 and anon.get(
        "/appraisal/moderate").status == 303, "anonymous")
    # No such record, and the head's own appraisal: 403 like the others.
    h = stack.client()
    h.login(people.HEAD)
    check(h.get("/appraisal/moderate/999999").status == 403, "missing")
    own = appraisal_id(stack, people.HEAD)
    check(h.get("/appraisal/moderate/%d" % own).status == 403, "head's own")
    lead = stack.client()
    lead.login(people.PM_LEAD)
    check(lead.get("/appraisal/moderate/%d" % own).status == 403,
          "PM lead on the head's")
    for q in ("?after=0", "?before=x", "?after=5&before=9", "?page=0"):
        check(h.get(url + q).status == (200 if q == "?page=0" else 400), q)
    check(state_of(stack, aid)[0] == "moderation", "a refusal moved it")


def expected_draw(aid, cycle):
    h = hashlib.sha256(("appraisal:%d:cycle:%d" % (aid, cycle)).encode())
    return int.from_bytes(h.digest()[:4], "big") % 100


def test_sample_draw_is_recorded(stack):
    """A school moderating a sample, set on the settings page: the draw,
    computed here from SHA-256, decides and is kept. One statement with a
    percentage at its draw (left out unless it drew 0), another with one
    just above its draw (picked)."""
    head = stack.client()
    check(head.login(people.HEAD).status == 303, "head log-in")
    try:
        for (reviewer, reviewee), pick in zip(SAMPLE, (False, True)):
            aid = appraisal_id(stack, reviewee)
            cycle = int(stack.sql("SELECT cycle_id FROM appraisal WHERE id = "
                                  "?", aid)[0][0])
            draw = expected_draw(aid, cycle)
            pct = min(draw + 1, 100) if pick else max(draw, 1)
            moderated = draw < pct
            set_policy(head, moderation="sample",
                       moderation_sample_pct=str(pct))
            _, rv, _ = walk_to_signed(stack, reviewer, reviewee)
            rows = stack.sql("SELECT decision, draw, sample_pct, selected "
                             "FROM moderation WHERE appraisal_id = ?", aid)
            word = "sample_in" if moderated else "sample_out"
            check(rows == [[word, str(draw), str(pct), str(int(moderated))]],
                  rows)
            check(state_of(stack, aid)[0] == ("moderation" if moderated
                                              else "in_progress"), pct)
            check("drew %d" % draw in rv.refresh().body, "draw not shown")
    finally:
        set_policy(head, moderation="all", moderation_sample_pct="20")
