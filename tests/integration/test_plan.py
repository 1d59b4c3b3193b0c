"""The planning walk: arrange, hold, draft, comment, redraft, finalise and
sign, by the reviewer and the reviewee in two browsers, with the school's
rules and deadlines checked on its calendar.

Every state is reached through the pages, from the demo's seed: Hana
Sato's appraisal is not started (her walk, then its support, moderation
and revision, in that order), Emma Brennan's meeting is arranged (two
pages racing to move it), and Charlotte Wright's planning meeting is held
(her part-time statement). Each walks its appraisal once: run the file on
a fresh stack."""
import datetime
import re

import people
from harness import check

REVIEWER = "mkaur"
REVIEWEE = "hsato"
PART_TIME_REVIEWER = "rpatel"


def appraisal_id(stack, login):
    rows = stack.sql("SELECT a.id FROM appraisal a JOIN staff s ON "
                     "s.id = a.reviewee_id WHERE s.login = ?", login)
    return int(rows[0][0])


def closures(stack):
    rows = stack.sql("SELECT day FROM school_closure WHERE school_id = "
                     "(SELECT id FROM school WHERE code = 'KVA')")
    return {datetime.date.fromisoformat(r[0]) for r in rows}


def working(day, closed):
    return day.weekday() < 5 and day not in closed


def add_working_days(day, n, closed):
    while n > 0:
        day += datetime.timedelta(days=1)
        if working(day, closed):
            n -= 1
    return day


def today():
    return datetime.datetime.now(datetime.timezone.utc).date()


def version_of(html):
    m = re.search(r'name="version" value="(\d+)"', html)
    return m.group(1) if m else None


class Person:
    def __init__(self, stack, login, aid):
        self.c = stack.client()
        check(self.c.login(login).status == 303, "log-in " + login)
        self.url = "/appraisal/plan/%d" % aid
        self.refresh()

    def refresh(self):
        r = self.c.get(self.url)
        check(r.status == 200, r)
        self.page = r.body
        self.csrf = self.c.csrf_from(r)
        self.version = version_of(r.body)
        return r

    def post(self, step, fields):
        data = {"csrf": self.csrf, "version": self.version}
        data.update(fields)
        return self.c.post(self.url + "/" + step, data)

    def step(self, step, fields=None):
        """Take a step from a fresh page; it must succeed."""
        self.refresh()
        r = self.post(step, fields or {})
        check(r.status == 303, "%s: %r" % (step, r))
        return r


def objectives(n, due, categories):
    f = {}
    for i in range(1, n + 1):
        f["obj%d_description" % i] = "Objective %d: raise attainment in " \
            "Year 9 reading" % i
        f["obj%d_criteria" % i] = "80%% of the group at or above target (%d)" % i
        f["obj%d_due" % i] = due
        f["obj%d_category" % i] = categories[i - 1]
        f["obj%d_link" % i] = "sip"
        f["obj%d_area" % i] = "Literacy"
    return f


def supported(f):
    """The three objectives with support and an observation plan."""
    f["obj1_s1_text"] = "Two days of phonics training"
    f["obj1_s1_kind"] = "training"
    f["obj2_s1_text"] = "Release time to visit a partner school"
    f["obj2_s1_kind"] = "time"
    f["obj3_determined"] = "1"
    f.update({"obs1_minutes": "100", "obs1_purpose": "Reading lessons",
              "obs2_minutes": "60", "obs2_purpose": "Guided reading",
              "obs2_focus": "Questioning"})
    return f


def test_full_planning_walk(stack):
    aid = appraisal_id(stack, REVIEWEE)
    check(stack.sql("SELECT state FROM appraisal WHERE id = ?", aid)
          == [["not_started"]], "Hana Sato's appraisal is not as seeded: "
          "use a fresh stack")
    closed = closures(stack)
    rv = Person(stack, REVIEWER, aid)
    re_ = Person(stack, REVIEWEE, aid)
    check("Arrange the planning meeting" in rv.page, "reviewer has no form")
    check('action="/appraisal/plan/%d/meeting"' % aid not in re_.page,
          "reviewee offered the reviewer's step")

    # Too little notice, and a closed day, are refused with the field.
    soon = add_working_days(today(), 2, closed)
    r = rv.post("meeting", {"day": soon.isoformat(), "place": "Room 12"})
    check(r.status == 400 and "Give at least 5 working days" in r.body, r)
    check('value="Room 12"' in r.body, "typed place lost")
    saturday = today() + datetime.timedelta(days=(5 - today().weekday()) % 7 + 14)
    r = rv.post("meeting", {"day": saturday.isoformat()})
    check(r.status == 400 and "closed that day" in r.body, r)

    meet = add_working_days(today(), 6, closed)
    r = rv.post("meeting", {"day": meet.isoformat(), "time": "15:30",
                            "place": "Room 12"})
    check(r.status == 303, r)
    rv.refresh()
    check("Planning meeting arranged" in rv.page, "stage not moved")

    # The reviewee cannot take the reviewer's steps.
    re_.refresh()
    rv.refresh()
    re_.version = rv.version     # a crafted post with the right version
    before = stack.audit_max()
    r = re_.post("held", {"held_on": today().isoformat()})
    check(r.status == 403, r)
    stack.check_refusal_audited(before, REVIEWEE, "/plan/%d/held" % aid)

    r = rv.post("held", {"held_on": today().isoformat()})
    check(r.status == 303, r)
    rv.refresh()
    due = add_working_days(today(), 5, closed)
    rows = stack.sql("SELECT due_kind, due_day FROM appraisal WHERE id = ?", aid)
    check(rows == [["draft_due", due.isoformat()]],
          "draft due %r, expected %s" % (rows, due))

    # A date outside the cycle is refused; two of three objectives saved.
    f = objectives(2, "2028-01-01", ["pupil_progress", "teaching"])
    r = rv.post("statement", f)
    check(r.status == 400 and "inside the cycle" in r.body, r)
    check("Objective 1: raise attainment" in r.body, "typed text lost")
    f = objectives(2, "2027-06-30", ["pupil_progress", "teaching"])
    check(rv.post("statement", f).status == 303, "draft not saved")
    rv.refresh()
    check("Draft statement" in rv.page, "stage not draft")
    rows = stack.sql("SELECT due_kind, due_day FROM appraisal WHERE id = ?", aid)
    final_due = add_working_days(today(), 10, closed)
    check(rows == [["final_due", final_due.isoformat()]], rows)

    # Finalising with two of the school's three objectives is refused.
    r = rv.post("finalise", {})
    check(r.status == 400 and "asks for 3 objectives" in r.body, r)

    # The reviewee asks for a change; the reviewer redrafts with three.
    re_.refresh()
    r = re_.post("comment", {"comment": "Please add a team objective."})
    check(r.status == 303, r)
    rv.refresh()
    check("Changes requested" in rv.page, "stage")
    check("Please add a team objective." in rv.page, "comment not shown")
    f = objectives(3, "2027-06-30", ["pupil_progress", "teaching", "team"])
    f = supported(f)
    # Over the school's cap (three hours for a full-time teacher).
    f["obs2_minutes"] = "100"
    r = rv.post("statement", f)
    check(r.status == 400 and "limit for this person is 180 minutes" in r.body, r)
    check('value="Two days of phonics training"' in r.body, "support lost")
    check('value="Guided reading"' in r.body, "observation row lost")
    f["obs2_minutes"] = "soon"
    r = rv.post("statement", f)
    check(r.status == 400 and 'id="obs2_minutes-error"' in r.body, r)
    f["obs2_minutes"] = "60"
    check(rv.post("statement", f).status == 303, "redraft")
    rv.refresh()
    check("Two days of phonics training (Training; not yet recorded)"
          in rv.page, "support not shown")
    check("Determined by the reviewer" in rv.page, "determined flag")
    check("60 minutes: Guided reading (focus: Questioning)" in rv.page,
          "observation plan not shown")
    check(rv.post("finalise", {}).status == 303, "finalise")

    # Both sign; the school moderates all statements.
    re_.refresh()
    check("Sign as reviewee" in re_.page, "reviewee cannot sign")
    check(re_.post("sign", {}).status == 303, "reviewee signs")
    rv.refresh()
    check(rv.post("sign", {}).status == 303, "reviewer signs")
    rv.refresh()
    check("In moderation" in rv.page, "not sent to moderation")
    check("signed by Manpreet Kaur" in rv.page, "reviewer signature")
    check("signed by Hana Sato" in rv.page, "reviewee signature")
    rows = stack.sql("SELECT status FROM statement WHERE appraisal_id = ?", aid)
    check(rows == [["signed"]], rows)
    events = [r[0] for r in stack.sql(
        "SELECT event FROM appraisal_event WHERE appraisal_id = ? ORDER BY id",
        aid)]
    check(events == ["arrange_meeting", "hold_meeting", "draft",
                     "request_changes", "redraft", "finalise", "sign_reviewee",
                     "sign_reviewer", "send_to_moderation"], events)


def test_stale_page_is_refused(stack):
    """Two pages of Emma Brennan's reviewer (her planning meeting arranged,
    as seeded) both move the meeting: the second is refused."""
    aid = appraisal_id(stack, people.TEACHER)
    reviewer = stack.reviewer_of(people.TEACHER)
    a = Person(stack, reviewer, aid)
    b = Person(stack, reviewer, aid)
    closed = closures(stack)
    check('datetime="%s"' % add_working_days(today(), 5, closed).isoformat()
          in a.page, "earliest meeting day not offered")
    meetings = int(stack.sql("SELECT COUNT(*) FROM meeting WHERE "
                             "appraisal_id = ?", aid)[0][0])
    meet = add_working_days(today(), 8, closed).isoformat()
    check(a.post("meeting", {"day": meet}).status == 303, "first")
    r = b.post("meeting", {"day": meet, "place": "The library"})
    check(r.status == 409 and "Someone else changed" in r.body, r)
    # The page shows the appraisal as it now is, and what b typed.
    check("Planning meeting arranged" in r.body, "current state not shown")
    check('value="The library"' in r.body, "typed value lost on conflict")
    rows = stack.sql("SELECT COUNT(*) FROM meeting WHERE appraisal_id = ?", aid)
    check(rows == [[str(meetings + 1)]], "second meeting written: %r" % rows)


def test_part_time_teacher_full_walk(stack):
    """Charlotte Wright (0.6 FTE) and her reviewer, from the held meeting
    (as the demo seeds it) to both signatures; her observation cap is pro
    rata."""
    aid = appraisal_id(stack, people.PART_TIME)
    rv = Person(stack, PART_TIME_REVIEWER, aid)
    re_ = Person(stack, people.PART_TIME, aid)
    check("Planning meeting held" in rv.page, "not as seeded: use a fresh "
          "stack")
    f = objectives(3, "2027-05-14", ["pupil_progress", "teaching", "team"])
    # 0.6 of the school's three hours is 108 minutes.
    f.update({"obs1_minutes": "60", "obs1_purpose": "Year 8 lessons",
              "obs2_minutes": "60", "obs2_purpose": "Year 10 lessons"})
    rv.refresh()
    r = rv.post("statement", f)
    check(r.status == 400 and "limit for this person is 108 minutes" in r.body, r)
    f["obs2_minutes"] = "45"
    rv.step("statement", f)
    re_.step("comment", {"comment": "Agreed; thank you."})
    rv.step("statement", f)
    rv.step("finalise")
    rv.step("sign")         # the reviewer may sign first
    re_.step("sign")
    rows = stack.sql("SELECT s.status, a.state FROM statement s JOIN appraisal a "
                     "ON a.id = s.appraisal_id WHERE a.id = ?", aid)
    check(rows == [["signed", "moderation"]], rows)


def test_others_refused_and_head_reads_logged(stack):
    aid = appraisal_id(stack, REVIEWEE)
    url = "/appraisal/plan/%d" % aid
    for who in (people.TEACHER, people.IT_ADMIN, people.OTHER_SCHOOL_HEAD,
                people.CPD_COORDINATOR):
        c = stack.client()
        c.login(who)
        check(c.get(url).status == 403, who + " read the plan")
    c = stack.client()
    c.login(people.TEACHER)
    for bad in ("/appraisal/plan/999999", "/appraisal/plan/0",
                "/appraisal/plan/abc"):
        r = c.get(bad)
        check(r.status in (403, 404), "%s -> %r" % (bad, r))
    check(c.get("/appraisal/plan/999999").status == c.get(url).status,
          "a missing record is told apart from a forbidden one")
    before = stack.audit_max()
    h = stack.client()
    h.login(people.HEAD)
    check(h.get(url).status == 200, "head cannot read")
    rows = stack.audit_rows(before, "read plan")
    check(any(r[1] == people.HEAD for r in rows), "head's read not logged")
    own = stack.client()
    own.login(REVIEWEE)
    before = stack.audit_max()
    check(own.get(url).status == 200, "reviewee cannot read")
    check(not stack.audit_rows(before, "read plan"), "own read logged")


def test_support_observations_and_revision(stack):
    """Hana Sato's statement as test_full_planning_walk left it: signed
    by both, with its support and observation plan, in moderation."""
    aid = appraisal_id(stack, REVIEWEE)
    rv = Person(stack, REVIEWER, aid)
    re_ = Person(stack, REVIEWEE, aid)
    f = supported(objectives(3, "2027-06-30",
                             ["pupil_progress", "teaching", "team"]))
    # Signed by both: the statement goes to moderation.
    rv.refresh()
    check("In moderation" in rv.page, "not sent to moderation")
    sid = stack.sql("SELECT si.id FROM support_item si JOIN objective o ON "
                    "o.id = si.objective_id JOIN statement s ON "
                    "s.id = o.statement_id WHERE s.appraisal_id = ? "
                    "ORDER BY si.id", aid)
    check(len(sid) == 2, sid)
    check("Record the support provided" in rv.page, "no support form")
    r = rv.post("support", {"si_" + sid[0][0]: "provided",
                            "si_" + sid[1][0]: "not_provided"})
    check(r.status == 303, r)
    rows = stack.sql("SELECT provided FROM support_item WHERE id IN (?, ?) "
                     "ORDER BY id", sid[0][0], sid[1][0])
    check(rows == [["provided"], ["not_provided"]], rows)
    # The reviewee's page has no support form: crafted posts, with a
    # stale version and with the current one, are both refused.
    rv.refresh()
    re_.refresh()
    check("Record the support provided" not in re_.page,
          "support form offered to the reviewee")
    re_.version = str(int(rv.version) - 1)
    r = re_.post("support", {"si_" + sid[0][0]: "pending"})
    check(r.status == 409 or r.status == 403, r)   # stale, or not theirs
    re_.version = rv.version
    r = re_.post("support", {"si_" + sid[0][0]: "pending"})
    check(r.status == 403, r)

    # No revision while the statement is in moderation.
    check("Ask for a revision" not in re_.page,
          "revision offered while the statement is in moderation")

    # The head moderates it (fine), through the moderation page: the
    # statement is now being monitored, and may be revised.
    head = stack.client()
    check(head.login(people.HEAD).status == 303, "head log-in")
    r = head.get("/appraisal/moderate/%d" % aid)
    check(r.status == 200, r)
    r = head.post("/appraisal/moderate/%d" % aid, {
        "csrf": head.csrf_from(r), "version": version_of(r.body),
        "outcome": "fine"})
    check(r.status == 303, r)
    revision_after_moderation(stack, aid, rv, re_, f)


def revision_after_moderation(stack, aid, rv, re_, f):
    """A revision asked for by the reviewee once moderation is done:
    version 2 written and signed by both, versions 1 and 2 readable, a
    missing version 404, others refused, the events in order."""
    re_.refresh()
    # The reviewee asks for a revision; the reviewer writes version 2.
    r = re_.post("revision", {"reason": ""})
    check(r.status == 400 and 'id="reason-error"' in r.body, r)
    re_.refresh()
    r = re_.post("revision", {"reason": "My timetable changed in January."})
    check(r.status == 303, r)
    rv.refresh()
    check("Revise the statement" in rv.page, "no revise form")
    f["obj2_description"] = "Objective 2: lead the new Year 7 reading club"
    check(rv.post("statement", f).status == 303, "revise")
    rows = stack.sql("SELECT number, status FROM statement WHERE "
                     "appraisal_id = ? ORDER BY number", aid)
    check(rows == [["1", "signed"], ["2", "final"]], rows)
    re_.refresh()
    check(re_.post("sign", {}).status == 303, "reviewee signs v2")
    rv.refresh()
    check(rv.post("sign", {}).status == 303, "reviewer signs v2")
    rows = stack.sql("SELECT number, status FROM statement WHERE "
                     "appraisal_id = ? ORDER BY number", aid)
    check(rows == [["1", "superseded"], ["2", "signed"]], rows)

    # Earlier versions stay readable, by the people who may read the plan.
    r = re_.c.get("/appraisal/plan/%d/version/1" % aid)
    check(r.status == 200 and "raise attainment" in r.body and
          "lead the new Year 7 reading club" not in r.body, r)
    r = re_.c.get("/appraisal/plan/%d/version/2" % aid)
    check(r.status == 200 and "lead the new Year 7 reading club" in r.body, r)
    check(re_.c.get("/appraisal/plan/%d/version/9" % aid).status == 404,
          "missing version")
    other = stack.client()
    other.login(people.TEACHER)
    check(other.get("/appraisal/plan/%d/version/1" % aid).status == 403,
          "others refused")
    events = [r[0] for r in stack.sql(
        "SELECT event FROM appraisal_event WHERE appraisal_id = ? ORDER BY id",
        aid)]
    # Moderation was decided when version 1 was signed: version 2 goes
    # on to monitoring.
    check(events[-5:] == ["request_revision", "revise", "sign_reviewee",
                          "sign_reviewer", "start_monitoring"], events)
