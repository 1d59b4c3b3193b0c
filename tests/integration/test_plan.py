"""The planning walk: arrange, hold, draft, comment, redraft, finalise and
sign, by the reviewer and the reviewee in two browsers, with the school's
rules and deadlines checked on its calendar."""
import datetime
import re

import people
from harness import check

REVIEWER = "jcarver"
REVIEWEE = "pdoyle"
PART_TIME_REVIEWER = "rpatel"


def appraisal_id(stack, login):
    rows = stack.sql("SELECT a.id FROM appraisal a JOIN staff s ON "
                     "s.id = a.reviewee_id WHERE s.login = ?", login)
    return int(rows[0][0])


def reset(stack, aid, state="not_started"):
    stack.sql("DELETE o FROM objective o JOIN statement s ON "
              "s.id = o.statement_id WHERE s.appraisal_id = ?", aid)
    for table in ("statement", "meeting", "appraisal_event"):
        stack.sql("DELETE FROM %s WHERE appraisal_id = ?" % table, aid)
    stack.sql("UPDATE appraisal SET state = ?, due_kind = NULL, "
              "due_day = NULL, version = version + 1 WHERE id = ?", state, aid)


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


def test_full_planning_walk(stack):
    aid = appraisal_id(stack, REVIEWEE)
    reset(stack, aid)
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
    check(any(row[3] == "refused" for row in stack.audit_rows(before)),
          "refusal not audited")

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
    check(rv.post("statement", f).status == 303, "redraft")
    rv.refresh()
    check(rv.post("finalise", {}).status == 303, "finalise")

    # Both sign; the school moderates all statements.
    re_.refresh()
    check("Sign as reviewee" in re_.page, "reviewee cannot sign")
    check(re_.post("sign", {}).status == 303, "reviewee signs")
    rv.refresh()
    check(rv.post("sign", {}).status == 303, "reviewer signs")
    rv.refresh()
    check("In moderation" in rv.page, "not sent to moderation")
    check("signed by James Carver" in rv.page, "reviewer signature")
    check("signed by Patrick Doyle" in rv.page, "reviewee signature")
    rows = stack.sql("SELECT status FROM statement WHERE appraisal_id = ?", aid)
    check(rows == [["signed"]], rows)
    events = [r[0] for r in stack.sql(
        "SELECT event FROM appraisal_event WHERE appraisal_id = ? ORDER BY id",
        aid)]
    check(events == ["arrange_meeting", "hold_meeting", "draft",
                     "request_changes", "redraft", "finalise", "sign_reviewee",
                     "sign_reviewer", "send_to_moderation"], events)


def test_stale_page_is_refused(stack):
    aid = appraisal_id(stack, REVIEWEE)
    reset(stack, aid)
    a = Person(stack, REVIEWER, aid)
    b = Person(stack, REVIEWER, aid)
    closed = closures(stack)
    meet = add_working_days(today(), 8, closed).isoformat()
    check(a.post("meeting", {"day": meet}).status == 303, "first")
    r = b.post("meeting", {"day": meet})
    check(r.status == 409 and "Someone else changed" in r.body, r)
    rows = stack.sql("SELECT COUNT(*) FROM meeting WHERE appraisal_id = ?", aid)
    check(rows == [["1"]], "second meeting written: %r" % rows)


def test_part_time_teacher_walk_to_draft(stack):
    aid = appraisal_id(stack, people.PART_TIME)
    reset(stack, aid, "meeting_held")
    rv = Person(stack, PART_TIME_REVIEWER, aid)
    f = objectives(3, "2027-05-14", ["pupil_progress", "teaching", "team"])
    check(rv.post("statement", f).status == 303, "draft")
    rv.refresh()
    check(rv.post("finalise", {}).status == 303, "finalise")


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
