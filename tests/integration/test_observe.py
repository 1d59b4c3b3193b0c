"""Observations, drop-ins and work scrutiny (cgi-bin/observe): recording
an observation with its notice, observer and limit rules, feedback and
the teacher's comments, drop-ins linked to a revision, the overdue
feedback on dashboards, and who may read what (reads audited).

The appraisals are the demo's, in progress: William Ellison (full time,
reviewer Sarah Fletcher, Laura Hughes the observer named in his plan),
Oliver Walsh (set to 0.6 FTE on the staff form for the test, reviewer
Sarah Fletcher: a limit of 1 h 48) and
Daniel Okafor's (reviewer the head; a revision was requested on 12 Nov
2026). Each test first deletes the observation records it makes, so that
it can run again on the same stack; no test moves an appraisal's state.

The observer is chosen from a list of the usual observers or typed by
full name (cgi-bin/observe-observer.c): Vera Lindqvist (a teacher) and
Toby Barnes (support staff, no QTS) are typed, and two fictional people
of one name, Robin Ashdown, are made for the test and removed after it."""
import datetime
import re

import people
from harness import check, form_values

TEACHER = "wellison"          # William Ellison, full time
REVIEWER = "sfletcher"
OBSERVER = "lhughes"          # named in his observation plan
PART_TIME = "owalsh"           # full time; 0.6 for the part-time test
NO_QTS = "ckowalski"          # support staff, no QTS
REVISED = "dokafor"           # a revision was requested (demo)
TYPED, TYPED_NAME = "vlindqvist", "Vera Lindqvist"   # not a usual observer
NO_QTS_NAME = "Toby Barnes"   # support staff, no QTS
GOVERNOR_NAME = "Rosemary Marsh"
TWIN_NAME = "Robin Ashdown"   # two people of one name (made by twins())


def text(html):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def appraisal_id(stack, login):
    return int(stack.sql("SELECT a.id FROM appraisal a JOIN staff s ON "
                         "s.id = a.reviewee_id WHERE s.login = ?", login)[0][0])


def staff_id(stack, login):
    return stack.sql("SELECT id FROM staff WHERE login = ?", login)[0][0]


def clear(stack, aid):
    stack.sql("DELETE FROM observation WHERE appraisal_id = ?", aid)


def today():
    return datetime.datetime.now(datetime.timezone.utc).date()


def closures(stack):
    rows = stack.sql("SELECT day FROM school_closure WHERE school_id = "
                     "(SELECT id FROM school WHERE code = 'KVA')")
    return {datetime.date.fromisoformat(r[0]) for r in rows}


def working(day, closed):
    return day.weekday() < 5 and day not in closed


def back_working_days(day, n, closed):
    """The day n working days before day: told then, the notice is n."""
    while n > 0:
        day -= datetime.timedelta(days=1)
        if working(day, closed):
            n -= 1
    return day


def add_working_days(day, n, closed):
    while n > 0:
        day += datetime.timedelta(days=1)
        if working(day, closed):
            n -= 1
    return day


def last_working_day(closed):
    d = today()
    while not working(d, closed):
        d -= datetime.timedelta(days=1)
    return d


class Person:
    def __init__(self, stack, login, aid):
        self.c = stack.client()
        check(self.c.login(login).status == 303, "log-in " + login)
        self.csrf = self.c.page_csrf()
        self.url = "/appraisal/observe/%d" % aid

    def page(self):
        r = self.c.get(self.url)
        check(r.status == 200, r)
        return r.body

    def post(self, step, fields):
        data = {"csrf": self.csrf}
        data.update(fields)
        return self.c.post(self.url + "/" + step, data)


def start(stack):
    """William Ellison's appraisal with no records, the school's closures,
    the last working day and his reviewer's session on the page."""
    aid = appraisal_id(stack, TEACHER)
    clear(stack, aid)
    closed = closures(stack)
    return aid, closed, last_working_day(closed), Person(stack, REVIEWER, aid)


def lesson(stack, observer, minutes, day, notice, kind="appraisal",
           cls="Year 9 chemistry"):
    f = {"kind": kind, "day": day.isoformat(), "class": cls,
         "minutes": str(minutes), "focus": "Questioning and recall",
         "notice": notice.isoformat() if notice else ""}
    if observer:
        f["observer"] = staff_id(stack, observer)
    return f


def record_forms(html):
    """{record id: version} from the forms on a page."""
    return dict(re.findall(r'name="obs" value="(\d+)">\s*<input type="hidden" '
                           r'name="version" value="(\d+)">', html))


def newest(stack, aid):
    return stack.sql("SELECT id, version FROM observation WHERE appraisal_id "
                     "= ? ORDER BY id DESC LIMIT 1", aid)[0]


def test_observation_feedback_and_comments(stack):
    """The reviewer records an observation by the planned observer; the
    observer gives oral and written feedback; the teacher comments, and a
    comment saved from a stale page is refused."""
    aid, closed, day, rv = start(stack)
    r = rv.post("record", lesson(stack, OBSERVER, 30, day,
                                 back_working_days(day, 5, closed)))
    check(r.status == 303, r)
    row = stack.sql("SELECT kind, minutes, oral_due, written_due, notice_day "
                    "FROM observation WHERE appraisal_id = ?", aid)
    check(row == [["appraisal", "30",
                   add_working_days(day, 1, closed).isoformat(),
                   add_working_days(day, 5, closed).isoformat(),
                   back_working_days(day, 5, closed).isoformat()]], row)
    t = text(rv.page())
    check("30 min of 3 h used this cycle" in t, t[:800])
    check("Counts towards the observation limit; appraisal evidence." in t, t)

    ob = Person(stack, OBSERVER, aid)
    oid, version = newest(stack, aid)
    r = ob.post("oral", {"obs": oid, "version": version,
                         "oral_day": (day - datetime.timedelta(days=1))
                         .isoformat()})
    check(r.status == 400 and "from the observation" in r.body, r)
    r = ob.post("oral", {"obs": oid, "version": version,
                         "oral_day": today().isoformat()})
    check(r.status == 303, r)
    r = ob.post("oral", {"obs": oid, "version": version,
                         "oral_day": today().isoformat()})
    check(r.status == 409, "oral feedback recorded twice: %r" % r)
    _, version = newest(stack, aid)
    r = ob.post("written", {"obs": oid, "version": version,
                            "written_day": today().isoformat(),
                            "written": ""})
    check(r.status == 400 and "Enter the written feedback" in r.body, r)
    r = ob.post("written", {"obs": oid, "version": version,
                            "written_day": today().isoformat(),
                            "written": "Strong recall starter; extend "
                                       "questions to the back rows."})
    check(r.status == 303, r)

    me = Person(stack, TEACHER, aid)
    page = me.page()
    check("Strong recall starter" in page, "written feedback not shown")
    stale = record_forms(page)[oid]
    r = me.post("comment", {"obs": oid, "version": stale,
                            "comment": "The class had a supply teacher the "
                                       "day before."})
    check(r.status == 303, r)
    r = me.post("comment", {"obs": oid, "version": stale,
                            "comment": "Overwriting from an old page"})
    check(r.status == 409, "stale comment saved: %r" % r)
    fresh = record_forms(me.page())[oid]
    r = me.post("comment", {"obs": oid, "version": fresh,
                            "comment": "The class had a supply teacher the "
                                       "day before; thank you."})
    check(r.status == 303, r)
    t = text(rv.page())
    check("supply teacher the day before; thank you." in t, "comment")
    check("Overwriting" not in t, "stale comment shown")
    # Only the teacher comments; only the observer gives feedback.
    check(rv.post("comment", {"obs": oid, "version": fresh,
                              "comment": "x"}).status == 403, "reviewer")
    check(rv.post("written", {"obs": oid, "version": fresh,
                              "written_day": today().isoformat(),
                              "written": "x"}).status == 403, "not observer")


def test_notice_refused_beside_field_keeping_typed(stack):
    aid, closed, day, rv = start(stack)
    f = lesson(stack, OBSERVER, 40, day, back_working_days(day, 4, closed),
               cls="Year 11 physics, set 2")
    r = rv.post("record", f)
    check(r.status == 400, r)
    check('id="notice-error"' in r.body and "at least 5 working days ahead"
          in r.body and "that is 4 working days before" in r.body,
          text(r.body)[:900])
    check('value="Year 11 physics, set 2"' in r.body, "class not kept")
    check('value="40"' in r.body, "minutes not kept")
    f["notice"] = (day + datetime.timedelta(days=1)).isoformat()
    r = rv.post("record", f)
    check(r.status == 400 and "this day is after it" in r.body, r)
    f["notice"] = ""
    r = rv.post("record", f)
    check(r.status == 400 and "Enter the day the teacher was told" in r.body, r)
    # An inspection gives no notice of the school's; it is recorded.
    f["kind"] = "inspection"
    check(rv.post("record", f).status == 303, "inspection refused")
    check(stack.sql("SELECT COUNT(*) FROM observation WHERE appraisal_id = ?",
                    aid) == [["1"]], "refused records written")


def test_observer_without_qts_refused(stack):
    aid, closed, day, rv = start(stack)
    r = rv.post("record", lesson(stack, NO_QTS, 30, day,
                                 back_working_days(day, 5, closed)))
    check(r.status == 400 and 'id="observer-error"' in r.body and
          "has no QTS recorded" in r.body, text(r.body)[:900])
    # The list says who lacks QTS: support staff's reviewer, Lorna O'Brien,
    # on the page of Priya Ramsay's appraisal (in progress, demo).
    page = Person(stack, "lobrien", appraisal_id(stack, "pramsay")).page()
    check("Lorna O&#39;Brien (no QTS recorded)" in [n for _, n in
                                                    offered(page)],
          "the list does not say who lacks QTS: %s" % offered(page))
    r = rv.post("dropin", {"d_kind": "work_scrutiny", "d_day": day.isoformat(),
                           "d_class": "Year 8 books", "d_focus": "Marking",
                           "d_observer": staff_id(stack, NO_QTS)})
    check(r.status == 400 and 'id="d_observer-error"' in r.body, r)
    check('value="Year 8 books"' in r.body, "typed class not kept")
    check(stack.sql("SELECT COUNT(*) FROM observation WHERE appraisal_id = ?",
                    aid) == [["0"]], "refused records written")


def cap_walk(stack, login, reviewer, cap, cap_label):
    aid = appraisal_id(stack, login)
    clear(stack, aid)
    closed = closures(stack)
    day = last_working_day(closed)
    notice = back_working_days(day, 6, closed)
    rv = Person(stack, reviewer, aid)
    check(rv.post("record", lesson(stack, reviewer, cap - 63, day, notice))
          .status == 303, "first")
    check(rv.post("record", lesson(stack, reviewer, 60, day, notice))
          .status == 303, "second")
    used = cap - 3
    r = rv.post("record", lesson(stack, reviewer, 30, day, notice))
    check(r.status == 400, r)
    want = "%d h %02d of %s used; this one is 30 min" % (
        used // 60, used % 60, cap_label)
    check('id="minutes-error"' in r.body and want in r.body,
          "%s: %s" % (want, text(r.body)[:900]))
    # An inspection does not count; exactly up to the limit is allowed.
    check(rv.post("record", lesson(stack, reviewer, 60, day, None,
                                   "inspection")).status == 303, "inspection")
    check(rv.post("record", lesson(stack, reviewer, 3, day, notice))
          .status == 303, "the last three minutes")
    t = text(rv.page())
    check("%s of %s used this cycle" % (cap_label, cap_label) in t, t[:700])
    check("Does not count towards the observation limit; not appraisal "
          "evidence." in t, "inspection not shown as such")
    r = rv.post("record", lesson(stack, reviewer, 1, day, notice))
    check(r.status == 400 and "%s of %s used; this one is 1 min"
          % (cap_label, cap_label) in r.body, r)


def test_limit_full_time(stack):
    cap_walk(stack, TEACHER, REVIEWER, 180, "3 h")


def set_fte(stack, login, fte):
    """The head sets a person's FTE on the staff form; the old value."""
    head = stack.client()
    check(head.login(people.HEAD).status == 303, "head log-in")
    url = "/appraisal/admin/staff/%s" % stack.staff_id(login)
    r = head.get(url)
    check(r.status == 200, r)
    f = form_values(r.body)
    if f["fte"] != fte:
        check(head.post(url, dict(f, fte=fte)).status == 303, "fte saved")
    return f["fte"]


def test_limit_part_time(stack):
    """A teacher at 0.6 FTE (Oliver Walsh, his year in progress in the
    demo, set to 0.6 by the head on the staff form): 0.6 of three hours
    is 1 h 48."""
    was = set_fte(stack, PART_TIME, "0.6")
    try:
        cap_walk(stack, PART_TIME, REVIEWER, 108, "1 h 48")
    finally:
        set_fte(stack, PART_TIME, was)


def test_observer_sees_only_own_and_reads_audited(stack):
    aid = appraisal_id(stack, TEACHER)
    clear(stack, aid)
    closed = closures(stack)
    day = last_working_day(closed)
    notice = back_working_days(day, 5, closed)
    rv = Person(stack, REVIEWER, aid)
    check(rv.post("record", lesson(stack, REVIEWER, 30, day, notice,
                                   cls="Reviewer's own visit")).status == 303,
          "reviewer records")
    ob = Person(stack, OBSERVER, aid)
    # The planned observer records as themselves (no observer field).
    f = lesson(stack, None, 30, day, notice, cls="Observer's lesson")
    f["observer"] = staff_id(stack, REVIEWER)       # ignored
    check(ob.post("record", f).status == 303, "observer records")
    check(stack.sql("SELECT s.login FROM observation o JOIN staff s ON "
                    "s.id = o.observer_id WHERE o.class_label = "
                    "'Observer''s lesson'") == [[OBSERVER]], "observer")
    before = stack.audit_max()
    page = ob.page()
    check("Observer&#39;s lesson" in page, "own record missing")
    check("Reviewer&#39;s own visit" not in page, "observer sees another's")
    check("used this cycle" not in page, "observer sees the total")
    # The observer may neither comment, link nor give another's feedback.
    other = stack.sql("SELECT id, version FROM observation WHERE class_label "
                      "= 'Reviewer''s own visit'")[0]
    check(ob.post("written", {"obs": other[0], "version": other[1],
                              "written_day": today().isoformat(),
                              "written": "x"}).status == 403, "feedback")
    check(ob.post("comment", {"obs": other[0], "version": other[1],
                              "comment": "x"}).status == 403, "comment")
    for who in (people.HEAD, people.PM_LEAD):
        Person(stack, who, aid).page()
    rv.page()
    Person(stack, TEACHER, aid).page()
    reads = [(r[1], r[3]) for r in stack.audit_rows(before,
                                                    "read observations")]
    check(sorted(reads) == sorted([(OBSERVER, "allowed"),
                                   (people.HEAD, "allowed"),
                                   (people.PM_LEAD, "allowed"),
                                   (REVIEWER, "allowed")]), reads)
    # Others: 403, audited, the same as a record that does not exist.
    before = stack.audit_max()
    for who in (people.TEACHER, people.IT_ADMIN, people.GOVERNOR,
                people.OTHER_SCHOOL_HEAD, people.CPD_COORDINATOR):
        c = stack.client()
        c.login(who)
        check(c.get("/appraisal/observe/%d" % aid).status == 403, who)
    refused = [r[1] for r in stack.audit_rows(before) if r[3] == "refused"]
    check(len(refused) == 5, refused)
    c = stack.client()
    c.login(people.TEACHER)
    check(c.get("/appraisal/observe/999999").same ==
          c.get("/appraisal/observe/%d" % aid).same, "missing told apart")
    r = stack.client().get("/appraisal/observe/%d" % aid)
    check(r.status == 303 and "/appraisal/login" in r.header("Location"), r)
    # The teacher's access log lists the reads of others.
    log = Person(stack, TEACHER, aid).c.get("/appraisal/access/%d/log" % aid)
    t = text(log.body)
    check("Observation records" in t and "Laura Hughes" in t, t[:600])


def test_recorded_observer_not_in_plan(stack):
    """Someone the reviewer names as observer (not in the plan) sees and
    gives feedback on their own record, and records nothing."""
    aid, closed, day, rv = start(stack)
    check(rv.post("record", lesson(stack, "mkaur", 20, day,
                                   back_working_days(day, 5, closed)))
          .status == 303, "recorded")
    mk = Person(stack, "mkaur", aid)
    check("Record the observation" not in mk.page(), "may record")
    oid, version = newest(stack, aid)
    check(mk.post("oral", {"obs": oid, "version": version,
                           "oral_day": today().isoformat()}).status == 303,
          "oral feedback")
    check(mk.post("record", lesson(stack, None, 20, day, day)).status == 403,
          "a recorded observer records")


def test_dropin_counts_once_linked_to_revision(stack):
    aid = appraisal_id(stack, REVISED)
    clear(stack, aid)
    head = Person(stack, people.HEAD, aid)
    r = head.post("dropin", {"d_kind": "drop_in", "d_day": "2026-11-10",
                             "d_class": "Year 10 history", "d_focus":
                             "Retrieval quizzes", "d_observer":
                             staff_id(stack, people.HEAD),
                             "d_feedback": "Quizzes not yet routine."})
    check(r.status == 303, r)
    t = text(head.page())
    check("Not appraisal evidence unless it leads to a revision" in t, t[:900])
    check("Quizzes not yet routine." in t, "feedback not shown")
    oid, version = newest(stack, aid)
    # The reviewee may not link it; the reviewer (the head) does, once.
    me = Person(stack, REVISED, aid)
    check(me.post("link", {"obs": oid, "version": version}).status == 403,
          "reviewee linked")
    r = head.post("link", {"obs": oid, "version": version})
    check(r.status == 303, r)
    check(head.post("link", {"obs": oid, "version": version}).status == 409,
          "linked twice")
    t = text(me.page())
    check("Appraisal evidence: it led to a revision of the statement. "
          "Revision requested on Thu 12 Nov 2026." in t, t[:900])
    check(stack.sql("SELECT e.event FROM observation o JOIN appraisal_event e "
                    "ON e.id = o.revision_event_id WHERE o.id = ?", oid)
          == [["request_revision"]], "not linked to the request")


def test_only_while_monitored(stack):
    aid = appraisal_id(stack, "lmoreau")          # not started
    rv = Person(stack, "ndubois", aid)
    day = today()
    r = rv.post("record", lesson(stack, "ndubois", 30, day, day))
    check(r.status == 409 and "being monitored" in r.body, r)
    check(stack.sql("SELECT COUNT(*) FROM observation WHERE appraisal_id = ?",
                    aid) == [["0"]], "written")


def test_overdue_feedback_on_dashboards(stack):
    aid = appraisal_id(stack, TEACHER)
    clear(stack, aid)
    closed = closures(stack)
    day = back_working_days(last_working_day(closed), 8, closed)
    if day.isoformat() < "2026-09-01":
        day = datetime.date(2026, 9, 30)   # the cycle's first term
    rv = Person(stack, REVIEWER, aid)
    check(rv.post("record", lesson(stack, OBSERVER, 30, day,
                                   back_working_days(day, 5, closed)))
          .status == 303, "recorded")
    written = add_working_days(day, 5, closed)
    for who in (OBSERVER, people.HEAD):
        c = stack.client()
        c.login(who)
        t = text(c.get("/appraisal/").body)
        check("Observation feedback overdue" in t and "William Ellison" in
              t[t.index("Observation feedback overdue"):], who + ": " + t[:600])
        check("Written, due %s" % written.strftime("%a %-d %b %Y") in t, who)
    c = stack.client()
    c.login(people.TEACHER)
    check("Observation feedback overdue" not in c.get("/appraisal/").body,
          "another teacher sees it")


# ---- the observer: the usual observers, or another by name ---------------

def offered(html, field="observer"):
    """[(id, label)] of the observer list of the form whose fields begin
    with field's prefix (the first option, "Choose the observer", aside)."""
    m = re.search(r'<select id="%s"[^>]*>(.*?)</select>' % field, html, re.S)
    check(m, "no list %s" % field)
    return re.findall(r'<option value="(\d+)"[^>]*>([^<]*)</option>',
                      m.group(1))


def ids(html, field="observer"):
    return {i for i, _ in offered(html, field)}


def staff_form(stack, c, login):
    url = "/appraisal/admin/staff/%s" % staff_id(stack, login)
    r = c.get(url)
    check(r.status == 200, r)
    return url, form_values(r.body)


def observer_of_newest(stack, aid):
    return stack.sql("SELECT s.login FROM observation o JOIN staff s ON "
                     "s.id = o.observer_id WHERE o.appraisal_id = ? ORDER BY "
                     "o.id DESC LIMIT 1", aid)[0][0]


def test_observer_list_is_the_usual_observers(stack):
    """Both forms list the reviewer, the head, the leadership team, the
    reviewee's line managers, the observer named in the plan and whoever
    has observed: not the reviewee, not a governor, not the school."""
    aid = appraisal_id(stack, TEACHER)
    clear(stack, aid)
    head = stack.client()
    check(head.login(people.HEAD).status == 303, "head log-in")
    url, f = staff_form(stack, head, TEACHER)
    usual = {staff_id(stack, w) for w in (REVIEWER, people.HEAD,
                                          people.PM_LEAD, "gadeyemi",
                                          OBSERVER)}
    try:
        # Ravi Patel made one of William's line managers on the staff form.
        r = head.post(url, dict(f, line_managers=(f["line_managers"] +
                                                  " rpatel").strip()))
        check(r.status == 303, "line manager: %r" % r)
        for who in (REVIEWER, people.HEAD):
            page = Person(stack, who, aid).page()
            for field in ("observer", "d_observer"):
                got = ids(page, field)
                check(got == usual | {staff_id(stack, "rpatel")}, "%s, %s: "
                      "%s" % (who, field, offered(page, field)))
        check(staff_id(stack, TEACHER) not in got, "the reviewee offered")
        check(staff_id(stack, people.GOVERNOR) not in got, "a governor")
        school = int(stack.sql("SELECT COUNT(*) FROM roster r JOIN school sc "
                               "ON sc.id = r.school_id WHERE sc.code = 'KVA' "
                               "AND r.cycle_id = 0")[0][0])
        check(len(got) < school / 4, "%d offered of %d" % (len(got), school))
        # Whoever has observed joins the list.
        closed = closures(stack)
        day = last_working_day(closed)
        rv = Person(stack, REVIEWER, aid)
        check(TYPED not in ids(rv.page()), "typed observer listed already")
        check(rv.post("dropin", {"d_kind": "drop_in", "d_day": day.isoformat(),
                                 "d_class": "Year 9 set 3", "d_focus": "Pace",
                                 "d_observer": staff_id(stack, TYPED)})
              .status == 303, "drop-in")
        check(staff_id(stack, TYPED) in ids(rv.page(), "d_observer"),
              "who observed is not listed")
    finally:
        _, f2 = staff_form(stack, head, TEACHER)
        head.post(url, dict(f2, line_managers=f["line_managers"]))
    check(stack.sql("SELECT COUNT(*) FROM line_manager WHERE staff_id = ?",
                    staff_id(stack, TEACHER)) == [["1"]], "not restored")


def test_observer_typed_by_name(stack):
    """A colleague outside the list is typed by full name (spaces and case
    aside) in either form; the QTS rule still holds, beside the name."""
    aid, closed, day, rv = start(stack)
    f = lesson(stack, None, 25, day, back_working_days(day, 5, closed))
    f.update(observer="", observer_name="  vera   LINDQVIST ")
    r = rv.post("record", f)
    check(r.status == 303, text(r.body)[:900] if r.status == 400 else r)
    check(observer_of_newest(stack, aid) == TYPED, "wrong observer")
    r = rv.post("dropin", {"d_kind": "work_scrutiny", "d_day": day.isoformat(),
                           "d_class": "Year 7 books", "d_focus": "Marking",
                           "d_observer": "", "d_observer_name": TYPED_NAME})
    check(r.status == 303, r)
    check(observer_of_newest(stack, aid) == TYPED, "wrong drop-in observer")
    r = rv.post("dropin", {"d_kind": "drop_in", "d_day": day.isoformat(),
                           "d_class": "Year 8 French", "d_focus": "Recall",
                           "d_observer": "", "d_observer_name": NO_QTS_NAME})
    check(r.status == 400 and 'id="d_observer_name-error"' in r.body and
          "Toby Barnes has no QTS recorded" in r.body, text(r.body)[:900])
    check('value="Toby Barnes"' in r.body and 'value="Year 8 French"' in
          r.body, "typed not kept")
    # Nothing chosen, nothing typed.
    f.update(observer="", observer_name="")
    r = rv.post("record", f)
    check(r.status == 400 and 'id="observer-error"' in r.body and
          "or type the full name of another member of staff" in r.body, r)
    # Chosen and typed: the same person is fine, two people are refused.
    f.update(observer=staff_id(stack, people.HEAD), observer_name=TYPED_NAME)
    r = rv.post("record", f)
    check(r.status == 400 and 'id="observer_name-error"' in r.body and
          "You chose Helen Morgan in the list and typed Vera Lindqvist"
          in r.body, text(r.body)[:900])
    f.update(observer_name=people.HEAD_NAME.lower())
    check(rv.post("record", f).status == 303, "the same person twice")
    check(observer_of_newest(stack, aid) == people.HEAD, "not the head")
    check(stack.sql("SELECT COUNT(*) FROM observation WHERE appraisal_id = ?",
                    aid) == [["3"]], "refused records written")


def test_observer_name_nobody_governor_or_reviewee(stack):
    """A name nobody on the staff bears, a governor's and the reviewee's
    are refused beside the field, everything typed kept."""
    aid, closed, day, rv = start(stack)
    f = lesson(stack, None, 35, day, back_working_days(day, 5, closed),
               cls="Year 12 biology")
    for name, says in (
            ("Nobody Ofthat Name", "We cannot find anyone called Nobody "
             "Ofthat Name on the staff of Kestrel Vale Academy"),
            (GOVERNOR_NAME, "We cannot find anyone called Rosemary Marsh on "
             "the staff of Kestrel Vale Academy"),
            ("William Ellison", "William Ellison is the person being "
             "observed")):
        f.update(observer="", observer_name=name)
        r = rv.post("record", f)
        check(r.status == 400 and 'id="observer_name-error"' in r.body and
              says in r.body, "%s: %s" % (name, text(r.body)[:900]))
        check('value="%s"' % name in r.body and 'value="Year 12 biology"'
              in r.body and 'value="35"' in r.body, name + ": typed lost")
        check('aria-describedby="observer_name-hint observer_name-error"'
              in r.body, "the error is not tied to the field")
    f.update(observer=staff_id(stack, people.GOVERNOR), observer_name="")
    r = rv.post("record", f)
    check(r.status == 400 and 'id="observer-error"' in r.body, "governor id")
    check(stack.sql("SELECT COUNT(*) FROM observation WHERE appraisal_id = ?",
                    aid) == [["0"]], "refused records written")


def twins(stack):
    """Two people of one name at the demo school (staff rows as the
    directory sync makes them; removed by untwin()): a teacher with QTS
    and a cover supervisor without."""
    untwin(stack)
    school = stack.sql("SELECT id FROM school WHERE code = 'KVA'")[0][0]
    for login, title, group, qts in (
            ("obstwin1", "Teacher of Geography", "teacher", 1),
            ("obstwin2", "Cover Supervisor", "support", 0)):
        stack.sql("INSERT INTO staff (school_id, login, dn, display_name, "
                  "job_title, roles, synced_at) VALUES (?, ?, ?, ?, ?, "
                  "'staff', UTC_TIMESTAMP())", int(school), login,
                  "uid=%s,ou=staff,dc=fernhill,dc=example" % login,
                  TWIN_NAME, title)
        stack.sql("INSERT INTO staff_detail (staff_id, staff_group, qts) "
                  "VALUES (?, ?, ?)", int(staff_id(stack, login)), group, qts)
    return staff_id(stack, "obstwin1"), staff_id(stack, "obstwin2")


def untwin(stack):
    twin = "(SELECT id FROM staff WHERE login IN ('obstwin1', 'obstwin2'))"
    stack.sql("DELETE FROM observation WHERE observer_id IN " + twin)
    stack.sql("DELETE FROM staff_detail WHERE staff_id IN " + twin)
    stack.sql("DELETE FROM staff WHERE login IN ('obstwin1', 'obstwin2')")


def test_observer_name_several_people(stack):
    """A name two people bear: the form comes back with the error and a
    list of just them (job titles and user names to tell them apart),
    everything typed kept; choosing one of them records it."""
    aid, closed, day, rv = start(stack)
    try:
        one, two = twins(stack)
        f = {"d_kind": "drop_in", "d_day": day.isoformat(),
             "d_class": "Year 10 geography", "d_focus": "Fieldwork write-up",
             "d_observer": "", "d_observer_name": TWIN_NAME.upper(),
             "d_feedback": "Clear success criteria."}
        r = rv.post("dropin", f)
        check(r.status == 400 and 'id="d_observer_name-error"' in r.body and
              "2 people called Robin Ashdown work at Kestrel Vale Academy"
              in r.body, text(r.body)[:900])
        check(offered(r.body, "d_observer") == [
            (one, "Robin Ashdown, Teacher of Geography, user name obstwin1"),
            (two, "Robin Ashdown (no QTS recorded), Cover Supervisor, user "
                  "name obstwin2")], offered(r.body, "d_observer"))
        check(ids(r.body) == ids(rv.page()), "the other form's list changed")
        for v in ("Year 10 geography", "ROBIN ASHDOWN"):
            check('value="%s"' % v in r.body, v + " not kept")
        check("Clear success criteria." in r.body, "feedback not kept")
        # Chosen from the list of the two, the name still typed.
        r = rv.post("dropin", dict(f, d_observer=two))
        check(r.status == 400 and 'id="d_observer-error"' in r.body and
              "Robin Ashdown has no QTS recorded" in r.body, r)
        r = rv.post("dropin", dict(f, d_observer=one))
        check(r.status == 303, r)
        check(observer_of_newest(stack, aid) == "obstwin1", "wrong twin")
    finally:
        clear(stack, aid)
        untwin(stack)
