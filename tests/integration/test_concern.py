"""Performance concerns (cgi-bin/concern; SPEC 4.2): the informal stage
recorded by the head or the PM lead and shown to the member of staff, who
comments; resolved; the written notice that the capability procedure
applies, which suspends the appraisal and marks the staff details, and
the resume back to not started; every refusal, each audited.

The appraisals are the demo's, in progress, used by no other test: Priya
Ramsay (resolved) and Isla Harding (capability, then resumed); their
reviewer and line manager is Lorna O'Brien. Everything moves through the
pages; SQL only reads. Records accumulate, so a second run of the same
stack starts from the latest record's outcome."""
import datetime
import re

import people
from harness import check

RESOLVED = "pramsay"          # Priya Ramsay
CAPABILITY = "iharding"       # Isla Harding
REVIEWER = "lobrien"          # their reviewer and line manager


def text(html):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def appraisal_id(stack, login):
    return int(stack.sql("SELECT a.id FROM appraisal a JOIN staff s ON "
                         "s.id = a.reviewee_id WHERE s.login = ?", login)[0][0])


def today():
    return datetime.datetime.now(datetime.timezone.utc).date()


def later(days=14):
    return (today() + datetime.timedelta(days=days)).isoformat()


def state_of(stack, aid):
    return stack.sql("SELECT state FROM appraisal WHERE id = ?", aid)[0][0]


def capability_of(stack, login):
    return stack.sql("SELECT sd.under_capability FROM staff_detail sd "
                     "JOIN staff s ON s.id = sd.staff_id WHERE s.login = ?",
                     login)[0][0]


def open_record(stack, aid):
    rows = stack.sql("SELECT id, version FROM concern WHERE appraisal_id = ? "
                     "AND outcome IS NULL", aid)
    return rows[0] if rows else None


class Person:
    def __init__(self, stack, login, aid):
        self.login = login
        self.c = stack.client()
        check(self.c.login(login).status == 303, "log-in " + login)
        self.csrf = self.c.page_csrf()
        self.url = "/appraisal/concern/%d" % aid

    def open(self):
        return self.c.get(self.url)

    def page(self):
        r = self.open()
        check(r.status == 200, "%s: %r" % (self.login, r))
        return r.body

    def versions(self):
        """The version fields of the page's forms, by the form's action."""
        page = self.page()
        return dict(re.findall(r'action="/appraisal/concern/\d+(/?\w*)" '
                               r'novalidate class="step">\s*<input type='
                               r'"hidden" name="csrf" value="[0-9a-f]+">\s*'
                               r'<input type="hidden" name="version" '
                               r'value="(\d+)">', page))

    def post(self, step, fields):
        data = {"csrf": self.csrf}
        data.update(fields)
        return self.c.post(self.url + step, data)


def concerns(version, **over):
    f = {"version": version,
         "concerns": "Behaviour routines with Year 8 break down after break.",
         "support": "Weekly coaching with the head of year; two visits to "
                    "observe routines in Year 7.",
         "review_day": later(),
         "implications": "Without improvement by the review, formal "
                         "capability procedures may follow."}
    f.update(over)
    return f


def record(stack, lead, aid):
    """The lead records concerns through the page; returns the record."""
    r = lead.post("", concerns(lead.versions()[""]))
    check(r.status == 303 and "done=recorded" in r.header("Location"), r)
    return open_record(stack, aid)


def test_record_shown_to_the_person_who_comments(stack):
    aid = appraisal_id(stack, RESOLVED)
    head = Person(stack, people.HEAD, aid)
    if open_record(stack, aid) is None:
        record(stack, head, aid)
    me = Person(stack, RESOLVED, aid)
    dash = me.c.get("/appraisal/").body
    check('href="/appraisal/concern/%d"' % aid in dash and
          "Performance concerns about you" in dash, "not on their dashboard")
    obs = head.c.get("/appraisal/observe/%d" % aid).body
    check('href="/appraisal/concern/%d"' % aid in obs, "no link from the "
          "observations page for the head")
    check('href="/appraisal/concern/' not in
          me.c.get("/appraisal/observe/%d" % aid).body, "link for the person")
    before = stack.audit_max()
    t = text(me.page())
    check("Behaviour routines with Year 8" in t and "Weekly coaching" in t
          and "formal capability procedures may follow" in t, t[:1500])
    check("Progress reviewed on" in t and "Your comment" in t, t[:1500])
    check(stack.audit_rows(before, "read performance concerns") == [],
          "the person's own read is not audited")
    v = me.versions()["/comment"]
    r = me.post("/comment", {"version": v, "comment": ""})
    check(r.status == 400 and "Write your comment" in r.body, r)
    r = me.post("/comment", {"version": v, "comment": "The Year 8 group "
                             "changed rooms twice this term."})
    check(r.status == 303, r)
    r = me.post("/comment", {"version": v, "comment": "From an old page"})
    check(r.status == 409 and "From an old page" in r.body,
          "a stale comment: 409, what was typed kept: %r" % r)
    # The head reads it (audited: the person's access log lists it).
    before = stack.audit_max()
    t = text(head.page())
    check("changed rooms twice" in t and "From an old page" not in t, t)
    reads = stack.audit_rows(before, "read performance concerns")
    check([x[1] for x in reads] == [people.HEAD], reads)
    log = text(me.c.get("/appraisal/access/%d/log" % aid).body)
    check("read performance concerns" in log, "not in the access log")


def test_resolved_the_appraisal_goes_on(stack):
    aid = appraisal_id(stack, RESOLVED)
    lead = Person(stack, people.PM_LEAD, aid)
    rec = open_record(stack, aid) or record(stack, lead, aid)
    dash = lead.c.get("/appraisal/").body
    check("Performance concerns" in text(dash) and
          ('href="/appraisal/concern/%d"' % aid) in dash,
          "not on the PM lead's dashboard")
    # Time passes (a shortcut that only moves time): the review day is
    # yesterday, so the review is overdue on the dashboard and the page.
    yesterday = (today() - datetime.timedelta(days=1)).isoformat()
    stack.sql("UPDATE concern SET review_day = ? WHERE id = ?", yesterday,
              rec[0])
    check("Review overdue" in text(lead.c.get("/appraisal/").body),
          "an overdue review not marked on the dashboard")
    check("Review overdue" in text(lead.page()), "nor on the page")
    stack.sql("UPDATE concern SET review_day = ? WHERE id = ?",
              today().isoformat(), rec[0])
    check("Review due today" in text(lead.c.get("/appraisal/").body),
          "a review due today not marked")
    check("Review overdue" not in text(lead.c.get("/appraisal/").body) or
          stack.sql("SELECT COUNT(*) FROM concern WHERE outcome IS NULL AND "
                    "review_day < ? AND school_id = (SELECT school_id FROM "
                    "appraisal WHERE id = ?)", today().isoformat(), aid)
          != [["0"]], "overdue shown for a review due today")
    v = lead.versions()["/outcome"]
    check(v == rec[1], (v, rec))
    r = lead.post("/outcome", {"version": v, "outcome": "", "note": ""})
    check(r.status == 400 and "Choose the outcome" in r.body and
          "Say what the review of progress found" in r.body, r)
    before = stack.audit_max()
    r = lead.post("/outcome", {"version": v, "outcome": "resolved",
                               "note": "Routines are now consistent."})
    check(r.status == 303, r)
    check(state_of(stack, aid) == "in_progress", state_of(stack, aid))
    check(capability_of(stack, RESOLVED) == "0", "marked")
    check([x[2] for x in stack.audit_rows(before) if x[3] == "allowed"]
          == ["concern: resolved"], stack.audit_rows(before))
    t = text(lead.page())
    check("Resolved: recorded by" in t and "Routines are now consistent" in t,
          t[:2000])
    # Nothing open now: a second outcome is refused (409, audited).
    before = stack.audit_max()
    r = lead.post("/outcome", {"version": v, "outcome": "resolved",
                               "note": "again"})
    check(r.status == 409, r)
    stack.check_refusal_audited(before, people.PM_LEAD,
                                "/concern/%d/outcome" % aid)


def test_capability_suspends_and_resume_restarts(stack):
    aid = appraisal_id(stack, CAPABILITY)
    head = Person(stack, people.HEAD, aid)
    if state_of(stack, aid) == "suspended":     # a second run
        r = head.post("/resume", {"version": head.versions()["/resume"],
                                  "note": "Earlier run"})
        check(r.status == 303, r)
    rec = open_record(stack, aid) or record(stack, head, aid)
    # A stale outcome: the record changed (the person commented).
    me = Person(stack, CAPABILITY, aid)
    stale = head.versions()["/outcome"]
    check(me.post("/comment", {"version": me.versions()["/comment"],
                               "comment": "I have asked for a mentor."})
          .status == 303, "comment")
    notice = "From today your performance is managed under the capability " \
             "procedure."
    r = head.post("/outcome", {"version": stale, "outcome": "capability",
                               "note": notice})
    check(r.status == 409 and notice in r.body, "stale: %r" % r)
    check(state_of(stack, aid) != "suspended", "suspended from a stale page")
    state = state_of(stack, aid)
    before = stack.audit_max()
    r = head.post("/outcome", {"version": head.versions()["/outcome"],
                               "outcome": "capability", "note": notice})
    check(r.status == 303 and "done=capability" in r.header("Location"), r)
    check(state_of(stack, aid) == "suspended", state_of(stack, aid))
    check(capability_of(stack, CAPABILITY) == "1", "not marked")
    ev = stack.sql("SELECT event, from_state, to_state FROM appraisal_event "
                   "WHERE appraisal_id = ? ORDER BY id DESC LIMIT 1", aid)
    check(ev == [["suspend", state, "suspended"]], ev)
    check("concern: capability" in [x[2] for x in stack.audit_rows(before)],
          "not audited")
    t = text(me.page())
    check("capability procedure applies" in t and notice in t, t[:2000])
    check("Resume the appraisal" not in t, "the person may not resume")
    check("your appraisal is suspended" in text(me.c.get("/appraisal/").body),
          "not on the person's dashboard")
    plan = text(me.c.get("/appraisal/plan/%d" % aid).body)
    check("Suspended" in plan or "suspended" in plan, "plan page stage")
    dash = head.c.get("/appraisal/").body
    check('href="/appraisal/concern/%d"' % aid in dash and
          "Appraisal suspended" in text(dash), "not on the head's dashboard")
    # Nothing new while suspended (409, audited).
    before = stack.audit_max()
    r = head.post("", concerns(head.versions()["/resume"]))
    check(r.status == 409, r)
    stack.check_refusal_audited(before, people.HEAD, "/concern/%d" % aid)
    # Resume: an empty reason, a stale version, then back to not started.
    v = head.versions()["/resume"]
    r = head.post("/resume", {"version": v, "note": ""})
    check(r.status == 400 and "Say why the appraisal resumes" in r.body, r)
    r = head.post("/resume", {"version": int(v) - 1, "note": "Stale resume"})
    check(r.status == 409 and "Stale resume" in r.body, r)
    check(state_of(stack, aid) == "suspended", "resumed from a stale page")
    r = head.post("/resume", {"version": v, "note": "Performance is now "
                              "satisfactory."})
    check(r.status == 303, r)
    check(state_of(stack, aid) == "not_started", state_of(stack, aid))
    check(capability_of(stack, CAPABILITY) == "0", "mark not cleared")
    ev = stack.sql("SELECT event, to_state FROM appraisal_event "
                   "WHERE appraisal_id = ? ORDER BY id DESC LIMIT 1", aid)
    check(ev == [["resume", "not_started"]], ev)


def test_empty_fields_beside_the_fields_and_typed_kept(stack):
    aid = appraisal_id(stack, RESOLVED)
    head = Person(stack, people.HEAD, aid)
    if open_record(stack, aid) is not None:
        check(head.post("/outcome", {"version": head.versions()["/outcome"],
                                     "outcome": "resolved", "note": "Fine"})
              .status == 303, "close the open record")
    v = head.versions()[""]
    r = head.post("", concerns(v, concerns="", support="", implications="",
                               review_day="soon"))
    check(r.status == 400, r)
    for msg in ("Say what the concerns are", "Say what support will be",
                "as a date", "Say what follows"):
        check(msg in r.body, msg)
    check('id="concerns-error"' in r.body and 'id="review_day-error"'
          in r.body, "messages beside the fields")
    r = head.post("", concerns(v, review_day=today().isoformat(),
                               concerns="Kept when refused"))
    check(r.status == 400 and "after today" in r.body and
          "Kept when refused" in r.body, r)
    check(open_record(stack, aid) is None, "written from a refused form")
    # Two leads on the page at once: the PM lead records first, the head's
    # page is stale (409, what was typed kept, nothing written).
    lead = Person(stack, people.PM_LEAD, aid)
    rec = record(stack, lead, aid)
    r = head.post("", concerns(v, concerns="Stale concerns"))
    check(r.status == 409 and "Stale concerns" in r.body, r)
    check(stack.sql("SELECT COUNT(*) FROM concern WHERE concerns = "
                    "'Stale concerns'") == [["0"]], "written when stale")
    check(lead.post("/outcome", {"version": rec[1], "outcome": "resolved",
                                 "note": "Fine"}).status == 303, "resolve")


def test_who_is_refused(stack):
    aid = appraisal_id(stack, RESOLVED)
    head_aid = appraisal_id(stack, people.HEAD)
    for login in (REVIEWER, people.TEACHER, people.OTHER_SCHOOL_HEAD,
                  people.GOVERNOR, people.CPD_COORDINATOR):
        p = Person(stack, login, aid)
        before = stack.audit_max()
        check(p.open().status == 403, login)
        stack.check_refusal_audited(before, login, "/concern/%d" % aid)
        before = stack.audit_max()
        r = p.post("", concerns("1"))
        check(r.status == 403, "%s records: %r" % (login, r))
        stack.check_refusal_audited(before, login, "/concern/%d" % aid)
    # The person cannot record concerns or outcomes about themselves.
    me = Person(stack, RESOLVED, aid)
    before = stack.audit_max()
    check(me.post("/outcome", {"version": "1", "outcome": "resolved",
                               "note": "x"}).status == 403, "own outcome")
    stack.check_refusal_audited(before, RESOLVED, "/concern/%d/outcome" % aid)
    # The head's own appraisal: for the governors, refused to all.
    for login in (people.HEAD, people.PM_LEAD):
        p = Person(stack, login, head_aid)
        before = stack.audit_max()
        check(p.open().status == 403, login)
        stack.check_refusal_audited(before, login, "/concern/%d" % head_aid)
        got = stack.audit_rows(before)
        check(login != people.HEAD or "governors" in got[-1][4], got)
    # The head may not comment as the person.
    head = Person(stack, people.HEAD, aid)
    before = stack.audit_max()
    check(head.post("/comment", {"version": "1", "comment": "x"}).status
          == 403, "head comments")
    stack.check_refusal_audited(before, people.HEAD,
                                "/concern/%d/comment" % aid)
