"""The end of the cycle through the pages (SPEC 4.3, 4.5): five Kestrel
Vale appraisals taken from "not started" to closed, each planning meeting,
statement, signature, moderation, assessment meeting, assessment, report,
comment, appeal, hearing and outcome done on the pages:

- Gareth Finch (support staff, reviewer Lorna O'Brien): the report is
  accepted with a comment, and the appeal window closes by itself;
- Celia Kowalski (support staff, Amara Okonkwo): moderation instructs a
  revision; the revised statement goes on, and her report is accepted;
- David Campbell (Manpreet Kaur): appeal heard by the head, upheld;
- Lorna O'Brien (reviewed by the head): appeal heard by a governor,
  overturned, the disputed entries reassessed and the report issued again;
- Laura Hughes (Daniel Okafor): appeal 11 working days after the report,
  refused with the day it was due.

Every limit is counted on the school's calendar across a school holiday
the test imports on the calendar page (a staff training week starting two
working days from today), and each step tried too late is refused with
its due day. Time passing is the only thing written with SQL: a meeting's
day reached, a clock's day gone by. The holiday is removed at the end."""
import datetime
import html
import re

import people
from harness import check, set_policy
from test_moderate import Moderator, events, state_of, walk_to_signed
from test_observe import back_working_days
from test_plan import add_working_days, closures, objectives, today, version_of
from test_plans import save_details
from test_statement_counts import WARM, executions

ACCEPTED = ("lobrien", "gfinch")     # after test_review's refusals
REVISED = ("aokonkwo", "ckowalski")
UPHELD = ("mkaur", "dcampbell")
OVERTURNED = (people.HEAD, "lobrien")
LATE = (people.PM_LEAD, "lhughes")
HOLIDAY = "Staff training week (test)"


def text(body):
    return html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", body)))


def label(day):
    """A day as the pages show it: Tue 1 Dec 2026."""
    return "%s %d %s" % (day.strftime("%a"), day.day, day.strftime("%b %Y"))


def kva():
    return "(SELECT id FROM school WHERE code = 'KVA')"


def weekdays_from(first, n):
    last = first
    while n > 1:
        last += datetime.timedelta(days=1)
        if last.weekday() < 5:
            n -= 1
    return last


def add_holiday(stack):
    """Five weekdays closed from two working days after today, and three
    ending five working days before today (so that a window begun eleven
    working days ago crosses them too), imported on the calendar page by
    IT; returns the first range (first, last)."""
    closed = closures(stack)
    first = add_working_days(today(), 2, closed)
    last = weekdays_from(first, 5)
    past = back_working_days(today(), 8, closed)
    it = stack.client()
    check(it.login(people.IT_ADMIN).status == 303, "IT log-in")
    csrf = it.page_csrf("/appraisal/admin/calendar")
    r = it.post("/appraisal/admin/calendar", {"csrf": csrf, "csv":
                "%s,%s,holiday,%s\n%s,%s,holiday,%s\n" % (
                    first.isoformat(), last.isoformat(), HOLIDAY,
                    past.isoformat(), weekdays_from(past, 3).isoformat(),
                    HOLIDAY)})
    check(r.status == 303, "holiday not imported: %r" % r)
    return first, last


def stack_holiday(stack, day):
    """Whether day is one of this test's holiday days (else False)."""
    return bool(stack.sql("SELECT 1 FROM school_closure WHERE label = ? AND "
                          "day = ? LIMIT 1", HOLIDAY, day.isoformat()))


def remove_holiday(stack):
    stack.sql("DELETE FROM school_closure WHERE label = ?", HOLIDAY)


class Report:
    """Someone on /review/ID/report."""

    def __init__(self, stack, login, aid):
        self.stack = stack
        self.c = stack.client()
        check(self.c.login(login).status == 303, "log-in " + login)
        self.login = login
        self.url = "/appraisal/review/%d/report" % aid
        self.aid = aid

    def open(self, query=""):
        r = self.c.get(self.url + query)
        check(r.status == 200, "%s: %r" % (self.login, r))
        self.page = r.body
        self.csrf = self.c.csrf_from(r)
        self.version = version_of(r.body)
        m = re.search(r'name="report_version" value="(\d+)"', r.body)
        self.report_version = m.group(1) if m else "0"
        return r

    def post(self, step, fields=None, fresh=True):
        if fresh:
            self.open()
        data = {"csrf": self.csrf, "version": self.version,
                "report_version": self.report_version}
        data.update(fields or {})
        base = "/appraisal/review/%d/" % self.aid
        return self.c.post(base + step, data)

    def step(self, step, fields=None):
        r = self.post(step, fields)
        check(r.status == 303, "%s %s: %r" % (self.login, step, r))
        return r

    def assessment(self, rating="achieved", pay="progression", tag=""):
        """Every field of the form on the page, filled."""
        self.open()
        f = {}
        for oid in re.findall(r'name="outcome_(\d+)"', self.page):
            f["outcome_" + oid] = "met"
            f["ocomment_" + oid] = "Met in full%s (objective %s)." % (tag, oid)
        for sid in re.findall(r'name="judgement_(\d+)"', self.page):
            f["judgement_" + sid] = "met"
        f["standards_comment"] = "Meets the standards for the career " \
            "stage%s." % tag
        f["rating"] = rating
        f["training_needs"] = "Coaching course%s." % tag
        f["aspirations"] = "To lead a team."
        if 'name="pay"' in self.page:
            f["pay"] = pay
        return f


class Appeal:
    """Someone on /appeal/ID."""

    def __init__(self, stack, login, aid):
        self.c = stack.client()
        check(self.c.login(login).status == 303, "log-in " + login)
        self.login = login
        self.url = "/appraisal/appeal/%d" % aid

    def open(self):
        r = self.c.get(self.url)
        self.page = r.body
        if r.status == 200:
            self.csrf = self.c.csrf_from(r)
            self.version = version_of(r.body)
            m = re.search(r'name="appeal_version" value="(\d+)"', r.body)
            self.appeal_version = m.group(1) if m else "0"
        return r

    def post(self, step, fields):
        check(self.open().status == 200, "%s cannot open the appeal" %
              self.login)
        data = {"csrf": self.csrf, "version": self.version,
                "appeal_version": self.appeal_version}
        data.update(fields)
        return self.c.post(self.url + "/" + step, data)


def monitored(stack, reviewer, reviewee, revise=False):
    tlr = stack.sql("SELECT tlr FROM staff_detail sd JOIN staff s ON "
                    "s.id = sd.staff_id WHERE s.login = ?", reviewee)
    categories = ("pupil_progress", "teaching",
                  "leadership" if tlr == [["1"]] else "team")
    """Plan to monitoring through the pages; moderation by the head, or
    the PM lead when the head reviewed. With revise, moderation first
    instructs a revised statement, which both sign again."""
    aid, rv, re_ = walk_to_signed(stack, reviewer, reviewee, categories)
    if reviewer == people.HEAD:
        # The head moderates by reviewing: straight on to monitoring.
        check(state_of(stack, aid)[0] == "in_progress", state_of(stack, aid))
        return aid
    check(state_of(stack, aid)[0] == "moderation", state_of(stack, aid))
    mod = Moderator(stack, people.PM_LEAD if reviewer == people.HEAD
                    else people.HEAD, aid)
    check(mod.open().status == 200, "moderator")
    if revise:
        r = mod.decide("revise", "Objective 3 is not measurable: set a "
                       "figure.")
        check(r.status == 303, r)
        check(state_of(stack, aid)[0] == "revision_instructed", "revise")
        f = objectives(3, "2027-03-15", ["pupil_progress", "teaching", "team"])
        f["obj3_criteria"] = "Two in three requests closed within a week"
        rv.step("statement", f)
        re_.step("sign")
        rv.step("sign")
    else:
        check(mod.decide("fine").status == 303, "moderation fine")
    check(state_of(stack, aid)[0] == "in_progress", state_of(stack, aid))
    return aid


def to_report(stack, reviewer, aid, closed, rating="achieved", absence=""):
    """The assessment meeting arranged with the school's notice, held (its
    day reached), the assessment recorded and the report issued."""
    rp = Report(stack, reviewer, aid)
    meet = add_working_days(today(), 5, closed)
    rp.step("arrange", {"day": meet.isoformat(), "place": "Room 4"})
    check(state_of(stack, aid) == ["assessment_arranged", "completion",
                                   stack.sql("SELECT c.completion_deadline "
                                             "FROM appraisal a JOIN cycle c "
                                             "ON c.id = a.cycle_id WHERE "
                                             "a.id = ?", aid)[0][0]],
          state_of(stack, aid))
    # Not before the meeting.
    f = rp.assessment(rating)
    f["absence"] = absence
    rp.step("assess", f)
    r = rp.post("issue")
    check(r.status == 409 and label(meet) in text(r.body), "issued before "
          "the meeting: %r" % r)
    # Time passing: the meeting's day comes.
    stack.sql("UPDATE meeting SET day = ? WHERE appraisal_id = ? AND kind = "
              "'assessment'", today().isoformat(), aid)
    rp.step("issue")
    due = add_working_days(today(), 10, closed)
    check(state_of(stack, aid) == ["report_issued", "appeal_window",
                                   due.isoformat()], state_of(stack, aid))
    return rp


def test_year_end(stack):
    set_policy(stack, moderation="all")
    first, last = add_holiday(stack)
    try:
        closed = closures(stack)
        check(first in closed and last in closed, "holiday not on the calendar")
        # Every limit below crosses the holiday: 10 working days from today
        # is a week later than without it.
        naive = add_working_days(today(), 10, closures_without(closed, first,
                                                              last))
        check(add_working_days(today(), 10, closed) > naive, "no crossing")
        accepted(stack, closed)
        revised(stack, closed)
        upheld(stack, closed)
        overturned(stack, closed)
        late(stack, closed)
        scale_changed(stack)
    finally:
        remove_holiday(stack)


def scale_changed(stack):
    """A later change of the school's rating scale never rewrites a
    rating given: the reports keep theirs; a new assessment uses the new
    scale."""
    aid = int(stack.appraisal_of(UPHELD[1]))
    set_policy(stack, rating_scale="two_level")
    try:
        me = Report(stack, UPHELD[1], aid)
        me.open()
        check("Achieved expectations" in text(me.page), "rating rewritten")
        rows = stack.sql("SELECT DISTINCT rating_label FROM report WHERE "
                         "appraisal_id = ?", aid)
        check(rows == [["Achieved expectations"]], rows)
    finally:
        set_policy(stack, rating_scale="three_level")


def closures_without(closed, first, last):
    return {d for d in closed if not first <= d <= last}


def accepted(stack, closed):
    reviewer, reviewee = ACCEPTED
    aid = monitored(stack, reviewer, reviewee)
    rp = Report(stack, reviewer, aid)
    # The notice: 4 working days is refused, the earliest day named.
    early = add_working_days(today(), 4, closed)
    earliest = add_working_days(today(), 5, closed)
    r = rp.post("arrange", {"day": early.isoformat(), "place": "Room 4"})
    t = text(r.body)
    check(r.status == 400 and "earliest day is %s" % label(earliest) in t and
          'value="Room 4"' in r.body, "short notice: %r %s" % (r, t[:400]))
    rp = to_report(stack, reviewer, aid, closed,
                   absence="Six weeks of sick leave in the spring term.")
    me = Report(stack, reviewee, aid)
    me.open()
    t = text(me.page)
    # A significant absence: not held to any objective, said beside each.
    n = len(re.findall(r"Not held to this objective", me.page))
    check(n == 3 and "Six weeks of sick leave" in t and "A significant "
          "absence is recorded for this cycle" in t, "absence: %d %s" % (
              n, t[:1200]))
    due = add_working_days(today(), 10, closed)
    check("until %s" % label(due) in t and "Achieved expectations" in t,
          "window or rating not shown to the reviewee: " + t[:800])
    dash = me.c.get("/appraisal/")
    check("You may appeal against your final report until %s" % label(due)
          in text(dash.body), "dashboard window")
    me.step("report/comment", {"comment": "I agree with the report."})
    check(state_of(stack, aid)[0] == "appeal_window", state_of(stack, aid))
    r = me.post("report/comment", {"comment": "Twice."})
    check(r.status == 409 or r.status == 400, "commented twice: %r" % r)
    # The issued report is locked, even to the database's own account.
    try:
        stack.sql("UPDATE report SET rating = 'not_met' WHERE appraisal_id = ?",
                  aid)
        check(False, "an issued report was changed")
    except AssertionError:
        raise
    except Exception:
        pass
    # Time passing: the window's last day goes by; the appraisal is closed
    # without anyone pressing a button.
    gone = back_working_days(today(), 1, closed)
    stack.sql("UPDATE appraisal SET due_day = ? WHERE id = ?", gone.isoformat(),
              aid)
    me.open()
    check("Stage Closed" in text(me.page), "not closed: " + text(me.page)[:500])
    r = Appeal(stack, reviewee, aid).post("lodge", {
        "grounds": "Late.", "disputed_rating": "1"})
    check(r.status == 409 and label(gone) in text(r.body), "late: %r" % r)


def revised(stack, closed):
    reviewer, reviewee = REVISED
    aid = monitored(stack, reviewer, reviewee, revise=True)
    check("moderation_revise" in events(stack, aid), events(stack, aid))
    to_report(stack, reviewer, aid, closed)
    me = Report(stack, reviewee, aid)
    me.step("report/comment", {"comment": "Thank you."})
    check(state_of(stack, aid)[0] == "appeal_window", "comment")


def lodge(stack, reviewee, aid, disputed=("rating",)):
    a = Appeal(stack, reviewee, aid)
    f = {"grounds": "The rating does not reflect the evidence."}
    r = a.post("lodge", {"grounds": ""})
    check(r.status == 400 and 'id="grounds-error"' in r.body, r)
    for d in disputed:
        f["disputed_" + d] = "1"
    r = a.post("lodge", f)
    check(r.status == 303, "lodge: %r" % r)
    due = add_working_days(today(), 20, closed_of(stack))
    check(state_of(stack, aid) == ["appealed", "hearing_due", due.isoformat()],
          state_of(stack, aid))
    r = a.post("lodge", f)
    check(r.status == 409, "a second appeal: %r" % r)
    return due


def closed_of(stack):
    return closures(stack)


def hear(stack, panel, aid, due, outcome):
    """Arrange, hold and decide, with the late and out-of-range steps
    refused first."""
    p = Appeal(stack, panel, aid)
    closed = closures(stack)
    beyond = add_working_days(due, 1, closed)
    r = p.post("hearing", {"day": beyond.isoformat(), "companion": "A. Rep"})
    check(r.status == 400 and label(due) in text(r.body) and
          'value="A. Rep"' in r.body, "hearing past its day: %r" % r)
    # Time passing (then undone): the hearing's due day has gone by.
    stack.sql("UPDATE appraisal SET due_day = ? WHERE id = ?",
              back_working_days(today(), 1, closed).isoformat(), aid)
    r = p.post("hearing", {"day": today().isoformat()})
    check(r.status == 409 and "Too late" in r.body, "late hearing: %r" % r)
    stack.sql("UPDATE appraisal SET due_day = ? WHERE id = ?", due.isoformat(),
              aid)
    day = today() if today() in working_days(closed) else \
        add_working_days(today(), 1, closed)
    r = p.post("hearing", {"day": day.isoformat(), "place": "Head's office",
                           "companion": "Jo Blake (union representative)"})
    check(r.status == 303, "hearing: %r" % r)
    r = p.post("held", {"held_day": today().isoformat(), "attended": "1",
                        "notes": "Both sides heard."})
    check(r.status == 303, "held: %r" % r)
    odue = add_working_days(today(), 5, closed)
    check(state_of(stack, aid) == ["outcome", "outcome_due", odue.isoformat()],
          state_of(stack, aid))
    stack.sql("UPDATE appraisal SET due_day = ? WHERE id = ?",
              back_working_days(today(), 1, closed).isoformat(), aid)
    r = p.post("outcome", {"outcome": outcome, "reasons": "Late."})
    check(r.status == 409 and "Too late" in r.body, "late outcome: %r" % r)
    stack.sql("UPDATE appraisal SET due_day = ? WHERE id = ?",
              odue.isoformat(), aid)
    r = p.post("outcome", {"outcome": outcome, "reasons": "Having heard "
                           "both sides, the panel decided."})
    check(r.status == 303, "outcome: %r" % r)
    return p


def working_days(closed):
    d = today()
    return {d} if d.weekday() < 5 and d not in closed else set()


def upheld(stack, closed):
    reviewer, reviewee = UPHELD
    aid = monitored(stack, reviewer, reviewee)
    to_report(stack, reviewer, aid, closed)
    due = lodge(stack, reviewee, aid)
    row = stack.sql("SELECT hearer_kind FROM appeal WHERE appraisal_id = ?",
                    aid)
    check(row == [["head"]], row)
    head = stack.client()
    head.login(people.HEAD)
    t = text(head.get("/appraisal/").body)
    check("Appeals for you to hear" in t and "David Campbell Appealed %s" %
          label(due) in t, "not on the head's dashboard: " + t[:300])
    # The reviewer reads the appeal but cannot hear it.
    r = Appeal(stack, reviewer, aid).post("hearing", {
        "day": today().isoformat()})
    check(r.status == 403, "the reviewer heard: %r" % r)
    hear(stack, people.HEAD, aid, due, "upheld")
    check(state_of(stack, aid)[0] == "closed", state_of(stack, aid))
    me = Appeal(stack, reviewee, aid)
    me.open()
    check("Upheld: the report stands" in text(me.page), "outcome not shown")


def overturned(stack, closed):
    reviewer, reviewee = OVERTURNED
    aid = monitored(stack, reviewer, reviewee)
    rp = to_report(stack, reviewer, aid, closed, rating="not_met")
    due = lodge(stack, reviewee, aid, ("rating", "objectives"))
    row = stack.sql("SELECT hearer_kind FROM appeal WHERE appraisal_id = ?",
                    aid)
    check(row == [["governor"]], row)
    # The head reviewed: the head cannot hear it; a governor does, and
    # once they take it the other governors are out.
    r = Appeal(stack, people.HEAD, aid).post("hearing", {
        "day": today().isoformat()})
    check(r.status == 403, "the head heard her own review: %r" % r)
    gov = stack.client()
    gov.login(people.GOVERNOR)
    check("Lorna O'Brien Appealed" in text(gov.get("/appraisal/").body),
          "not on the governor's dashboard")
    hear(stack, people.GOVERNOR, aid, due, "overturned")
    check(state_of(stack, aid)[0] == "referred_back", state_of(stack, aid))
    other = Appeal(stack, "ashah", aid)
    check(other.open().status == 403, "another governor reads the appeal")
    # The reviewer reconsiders in a new version and issues it: closed.
    rp.step("correct", {"reason": "Reconsidered after the appeal."})
    rp.step("assess", rp.assessment("achieved", tag=" (reconsidered)"))
    rp.step("issue")
    check(state_of(stack, aid)[0] == "closed", state_of(stack, aid))
    rows = stack.sql("SELECT number, rating, issued_at IS NOT NULL FROM "
                     "report WHERE appraisal_id = ? ORDER BY number", aid)
    check(rows == [["1", "not_met", "1"], ["2", "achieved", "1"]], rows)
    check(events(stack, aid)[-6:] == ["appeal", "schedule_hearing",
                                      "schedule_hearing", "hold_hearing",
                                      "overturn", "reissue_report"][-6:] or
          events(stack, aid)[-2:] == ["overturn", "reissue_report"],
          events(stack, aid))
    me = Report(stack, reviewee, aid)
    me.open()
    check("Reconsidered after the appeal." in text(me.page), "reason")
    me.open("?v=1")
    check("Not met expectations" in text(me.page), "version 1 not kept")


def late(stack, closed):
    reviewer, reviewee = LATE
    aid = monitored(stack, reviewer, reviewee)
    to_report(stack, reviewer, aid, closed)
    # Time passing: the report was issued 11 working days ago, so the
    # window (10 working days) ended yesterday's working day.
    issued = back_working_days(today(), 11, closed)
    due = add_working_days(issued, 10, closed)
    check(due == back_working_days(today(), 1, closed), due)
    naive = {d for d in closed if stack_holiday(stack, d) is False}
    check(back_working_days(today(), 11, naive) > issued,
          "the window does not cross the holiday")
    stack.sql("UPDATE appraisal SET due_day = ? WHERE id = ?",
              due.isoformat(), aid)
    a = Appeal(stack, reviewee, aid)
    r = a.post("lodge", {"grounds": "The rating is unfair.",
                         "disputed_rating": "1"})
    t = text(r.body)
    check(r.status == 409 and ("lodged by %s" % label(due)) in t,
          "late appeal: %r %s" % (r, t[:300]))
    check(stack.sql("SELECT COUNT(*) FROM appeal WHERE appraisal_id = ?",
                    aid) == [["0"]], "a late appeal was recorded")
    check("Too late" in t, t[:300])
    # The head's dashboard counts it as closed, not overdue.
    head = stack.client()
    head.login(people.HEAD)
    check(head.get("/appraisal/").status == 200, "dashboard")


def test_reports_overdue_on_the_heads_dashboard(stack):
    """Time passing: the support staff's completion deadline (30 April)
    has gone by. Their appraisals without a final report are listed as
    overdue for the head, each with the deadline; a teacher's is not."""
    cycle = stack.sql("SELECT c.id, c.completion_deadline FROM cycle c JOIN "
                      "school s ON s.id = c.school_id WHERE s.code = 'KVA' "
                      "AND c.staff_group = 'support'")[0]
    gone = today() - datetime.timedelta(days=1)
    stack.sql("UPDATE cycle SET completion_deadline = ? WHERE id = ?",
              gone.isoformat(), cycle[0])
    try:
        head = stack.client()
        check(head.login(people.HEAD).status == 303, "head log-in")
        t = text(head.get("/appraisal/").body)
        part = t[t.index("Final reports overdue"):]
        check("Priya Ramsay" in part and label(gone) in part,
              "support staff's reports not overdue: " + part[:600])
        check("Jordan" not in part and "Emma Brennan" not in part,
              "a teacher's report listed")
        teacher = stack.client()
        teacher.login("pramsay")
        check("Final reports overdue" not in teacher.get("/appraisal/").body,
              "a teacher sees the school's overdue reports")
    finally:
        stack.sql("UPDATE cycle SET completion_deadline = ? WHERE id = ?",
                  cycle[1], cycle[0])


def test_upper_pay_range_shown_from_history(stack):
    """Anna Nowak is at the top of the main range (M6) with no earlier
    report in the product: her reviewer sees the school's rule and that
    she is not yet eligible; a teacher on the upper range sees none."""
    aid = int(stack.appraisal_of("anowak"))
    rv = Report(stack, "rpatel", aid)
    t = text(rv.open().body)
    check("Upper pay range" in t and "2 consecutive successful reports" in t
          and "Not yet eligible" in t, "upper pay range: " + t[:1500])
    aid = int(stack.appraisal_of("jreid"))
    t = text(Report(stack, "jcarver", aid).open().body)
    check("Upper pay range" not in t, "shown on the upper range")


def statements(stack, rp, query=""):
    """The statements one read of the report page runs (the fewest of
    three, the program's processes holding the school's settings), and
    the page's text."""
    for _ in range(WARM):
        rp.open(query)
    counts = []
    for _ in range(3):
        before = executions(stack)
        rp.open(query)
        counts.append(executions(stack) - before)
    return min(counts), text(rp.page)


def test_report_page_in_one_statement(stack):
    """After test_year_end: the report page is the session's statement
    and its own (and the audit row of a read by anyone but the reviewee)
    whatever versions the report has: two issued (Lorna O'Brien's), or a
    correction being drafted beside the issued one (Celia Kowalski's: her
    reviewer sees the draft, she and the head the issued version). Its
    lists are of the version shown: when the person's career stage has
    changed since, another level of support staff, they are read again
    for the report's (one statement more)."""
    aid = int(stack.appraisal_of(OVERTURNED[1]))
    for who, n in ((OVERTURNED[1], 2), (people.HEAD, 3)):
        got, t = statements(stack, Report(stack, who, aid))
        check(got == n and "Final report, version 2" in t and
              "(reconsidered)" in t, "%s: %d statements, %s" % (who, got,
                                                               t[:600]))
    # An earlier version (neither the newest nor the newest issued): its
    # outcomes and judgements are read by a statement of their own.
    got, t = statements(stack, Report(stack, OVERTURNED[1], aid), "?v=1")
    check(got == 3 and "This is an earlier version" in t and
          "Not met expectations" in t, "%d statements, %s" % (got, t[:600]))
    reviewer, reviewee = REVISED
    aid = int(stack.appraisal_of(reviewee))
    issued = int(stack.sql("SELECT MAX(number) FROM report WHERE "
                           "appraisal_id = ?", aid)[0][0])
    draft = "Report being drafted, version %d" % (issued + 1)
    final = "Final report, version %d" % issued
    rp = Report(stack, reviewer, aid)
    rp.step("correct", {"reason": "A typing slip."})
    try:
        for who, n, shown in ((reviewer, 3, draft), (reviewee, 2, final),
                              (people.HEAD, 3, final)):
            got, t = statements(stack, Report(stack, who, aid))
            check(got == n and shown in t and "Proficient level" in t,
                  "%s: %d statements, %s" % (who, got, t[:600]))
    finally:
        rp.step("issue")
    aid = int(stack.appraisal_of(OVERTURNED[1]))
    head = Report(stack, people.HEAD, aid)
    url = "/appraisal/admin/staff/%s" % stack.staff_id(OVERTURNED[1])
    save_details(head.c, url, career_stage="proficient1")
    try:
        got, t = statements(stack, head)
        check(got == 4 and "Experienced level" in t and
              "Proficient level" not in t, "%d statements, %s" % (got,
                                                                  t[:600]))
    finally:
        save_details(head.c, url, career_stage="experienced3")


def test_report_pointers_follow_any_change(stack):
    """report_latest follows a change made at the database as well as the
    pages': a version added by hand, issued, then deleted (in a
    transaction rolled back)."""
    aid = int(stack.appraisal_of(OVERTURNED[1]))
    kept = "SELECT CONCAT(newest_id, ' ', COALESCE(issued_id, '-')) FROM " \
        "report_latest WHERE appraisal_id = %d" % aid
    before = stack.sql(kept)
    top = stack.sql("SELECT id FROM report WHERE appraisal_id = ? ORDER BY "
                    "number DESC LIMIT 1", aid)[0][0]
    rows = stack.sql(
        "START TRANSACTION; "
        "INSERT INTO report (appraisal_id, school_id, number, statement_id, "
        "framework, career_stage, standards_comment, training_needs, "
        "aspirations, created_by) SELECT appraisal_id, school_id, number + 1, "
        "statement_id, framework, career_stage, '', '', '', created_by FROM "
        "report WHERE id = %s; SET @v = LAST_INSERT_ID(); "
        "SELECT 'added', CONCAT(@v, ' ', %s) = (%s); "
        "UPDATE report SET issued_at = UTC_TIMESTAMP(), issued_day = "
        "CURDATE(), issued_by = created_by WHERE id = @v; "
        "SELECT 'issued', CONCAT(@v, ' ', @v) = (%s); "
        "DELETE FROM report WHERE id = @v; "
        "SELECT 'deleted', CONCAT(%s, ' ', %s) = (%s); ROLLBACK"
        % (top, top, kept, kept, top, top, kept))
    check(rows == [["added", "1"], ["issued", "1"], ["deleted", "1"]], rows)
    check(stack.sql(kept) == before == [["%s %s" % (top, top)]], before)
    check(not stack.report_pointers_differ(), stack.report_pointers_differ())
