"""Interim review and evidence (cgi-bin/review): the reviewer records an
interim review (progress and a comment per objective of the signed
statement, each support item provided or not) and evidence; the reviewee
sees both at once and comments on the review; the head and PM lead read;
reads by anyone but the reviewee are audited; every refusal (403, 409,
400) is covered; overdue interim reviews show on dashboards.

The appraisals are the demo's, in progress: Priya Ramsay's (reviewer
Lorna O'Brien; the performance concern about her in test_concern is
resolved, so her appraisal stays in progress), Kofi Bell's (the same
reviewer; only his name is read, on dashboards), Benjamin Osei's (for a
refusal) and Gareth Finch's (not started). Each test first
deletes the interim reviews and evidence it makes, so that it can run
again on the same stack; no test moves an appraisal's state."""
import datetime
import re

import people
from harness import check, set_policy

REVIEWEE = "pramsay"
REVIEWER = "lobrien"
OTHER_REVIEWEE = "kbell"      # same reviewer; left without a review
ANOTHER = "bosei"             # in progress, reviewer rpatel
NOT_STARTED = "gfinch"        # reviewer lobrien; not started


def text(html):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def appraisal_id(stack, login):
    return int(stack.sql("SELECT a.id FROM appraisal a JOIN staff s ON "
                         "s.id = a.reviewee_id WHERE s.login = ?", login)[0][0])


def staff_id(stack, login):
    return stack.sql("SELECT id FROM staff WHERE login = ?", login)[0][0]


def clear(stack, aid):
    stack.sql("DELETE p FROM interim_progress p JOIN interim_review r ON "
              "r.id = p.review_id WHERE r.appraisal_id = ?", aid)
    stack.sql("DELETE FROM interim_review WHERE appraisal_id = ?", aid)
    stack.sql("DELETE FROM evidence WHERE appraisal_id = ?", aid)


def today():
    return datetime.datetime.now(datetime.timezone.utc).date()


class Person:
    def __init__(self, stack, login, aid):
        self.c = stack.client()
        check(self.c.login(login).status == 303, "log-in " + login)
        self.csrf = self.c.page_csrf()
        self.url = "/appraisal/review/%d" % aid

    def page(self):
        r = self.c.get(self.url)
        check(r.status == 200, r)
        return r.body

    def post(self, step, fields):
        data = {"csrf": self.csrf}
        data.update(fields)
        return self.c.post(self.url + "/" + step, data)


def interim_form(html):
    """The interim review form's objectives, support items and version."""
    objectives = re.findall(r'name="comment_(\d+)"', html)
    support = sorted(set(re.findall(r'name="support_(\d+)"', html)))
    version = re.search(r'action="[^"]*/interim" novalidate>\s*<input '
                        r'type="hidden" name="csrf" value="[^"]*">\s*<input '
                        r'type="hidden" name="version" value="(\d+)"', html)
    check(version is not None, "no interim review form")
    return objectives, support, version.group(1)


def filled(objectives, support, version, day):
    f = {"version": version, "held_day": day.isoformat()}
    for i, o in enumerate(objectives):
        f["progress_" + o] = ("on_track", "some_concerns", "not_on_track")[i % 3]
        f["comment_" + o] = "Objective %d: data from the autumn check." % (i + 1)
    for i, s in enumerate(support):
        f["support_" + s] = "provided" if i % 2 == 0 else "not_provided"
    return f


def test_interim_review_recorded_shown_and_commented(stack):
    aid = appraisal_id(stack, REVIEWEE)
    clear(stack, aid)
    rv = Person(stack, REVIEWER, aid)
    page = rv.page()
    objectives, support, version = interim_form(page)
    check(len(objectives) >= 1, "no objectives on the form")
    check("23 Feb 2027" in text(page) and "31 Mar 2027" in text(page),
          "the school's window: " + text(page)[:600])
    # Bad input: the form comes back with the errors and what was typed.
    f = filled(objectives, support, version, today())
    del f["progress_" + objectives[0]]
    f["comment_" + objectives[-1]] = ""
    f["comment_" + objectives[0]] = "Kept as typed: reading ages up."
    f["held_day"] = (today() + datetime.timedelta(days=1)).isoformat()
    r = rv.post("interim", f)
    check(r.status == 400, r)
    t = text(r.body)
    check("Choose the progress on objective 1" in t, t[:800])
    check("Enter a comment on objective %d" % len(objectives) in t, t[:800])
    check("cannot be after today" in t, t[:800])
    check("Kept as typed: reading ages up." in r.body, "typed text lost")
    check(stack.sql("SELECT COUNT(*) FROM interim_review WHERE appraisal_id "
                    "= ?", aid)[0][0] == "0", "a refused review was saved")
    # The review, in one go.
    f = filled(objectives, support, version, today())
    r = rv.post("interim", f)
    check(r.status == 303, r)
    rows = stack.sql("SELECT p.progress, p.comment FROM interim_progress p "
                     "JOIN interim_review r ON r.id = p.review_id WHERE "
                     "r.appraisal_id = ? ORDER BY p.objective_id", aid)
    check(len(rows) == len(objectives), rows)
    marks = dict(stack.sql("SELECT id, provided FROM support_item WHERE id "
                           "IN (%s)" % ",".join(support or ["0"])))
    for i, s in enumerate(support):
        check(marks[s] == ("provided" if i % 2 == 0 else "not_provided"),
              marks)
    # The same page again: the statement moved on (its support changed).
    r = rv.post("interim", f)
    check(r.status == 409, "stale interim review saved: %r" % r)
    check(stack.sql("SELECT COUNT(*) FROM interim_review WHERE appraisal_id "
                    "= ?", aid)[0][0] == "1", "two reviews")

    me = Person(stack, REVIEWEE, aid)
    page = me.page()
    t = text(page)
    check("Interim review held on" in t and "On track" in t, t[:1200])
    check("Objective 1: data from the autumn check." in t, "comment not shown")
    check("Record an interim review" not in t, "reviewee offered the form")
    rid = stack.sql("SELECT id, version FROM interim_review WHERE "
                    "appraisal_id = ?", aid)[0]
    r = me.post("comment", {"review": rid[0], "version": rid[1],
                            "comment": ""})
    check(r.status == 400 and "Enter your comment" in r.body, r)
    r = me.post("comment", {"review": rid[0], "version": rid[1],
                            "comment": "The support for objective 2 came "
                                       "late."})
    check(r.status == 303, r)
    r = me.post("comment", {"review": rid[0], "version": rid[1],
                            "comment": "From an old page"})
    check(r.status == 409, "stale comment saved: %r" % r)
    t = text(rv.page())
    check("came late." in t and "From an old page" not in t, "comment")
    # Only the reviewee comments; only the reviewer records.
    before = stack.audit_max()
    check(rv.post("comment", {"review": rid[0], "version": "2",
                              "comment": "x"}).status == 403, "reviewer")
    stack.check_refusal_audited(before, REVIEWER,
                                "/review/%d/comment" % aid)
    before = stack.audit_max()
    check(me.post("interim", f).status == 403, "reviewee recorded")
    stack.check_refusal_audited(before, REVIEWEE, "/review/%d/interim" % aid)
    # Another appraisal's review cannot be commented on through this one.
    other = appraisal_id(stack, ANOTHER)
    before = stack.audit_max()
    r = Person(stack, ANOTHER, other).post(
        "comment", {"review": rid[0], "version": "2", "comment": "x"})
    check(r.status == 403, r)
    stack.check_refusal_audited(before, ANOTHER,
                                "/review/%d/comment" % other)


def test_evidence_added_and_seen_at_once(stack):
    aid = appraisal_id(stack, REVIEWEE)
    stack.sql("DELETE FROM evidence WHERE appraisal_id = ?", aid)
    rv = Person(stack, REVIEWER, aid)
    page = rv.page()
    objective = re.search(r'<select id="e_objective" name="e_objective">\s*'
                          r'<option value="">[^<]*</option>\s*<option '
                          r'value="(\d+)"', page).group(1)
    f = {"e_objective": objective, "e_day": today().isoformat(),
         "e_description": "Reading age data for Year 7 set 3",
         "e_provider": staff_id(stack, REVIEWEE), "e_agreed": "1"}
    r = rv.post("evidence", f)
    check(r.status == 400 and "other than the person appraised" in r.body, r)
    check("Reading age data for Year 7 set 3" in r.body, "typed text lost")
    for field, value, message in (
            ("e_objective", "999999", "Choose the objective"),
            ("e_description", "", "Say what the evidence is"),
            ("e_day", "2020-01-01", "must fall in the cycle"),
            ("e_agreed", "", "agreed at planning")):
        g = dict(f, e_provider=staff_id(stack, "hmorgan"))
        g[field] = value
        r = rv.post("evidence", g)
        check(r.status == 400 and message in r.body, (field, r))
    check(stack.sql("SELECT COUNT(*) FROM evidence WHERE appraisal_id = ?",
                    aid)[0][0] == "0", "refused evidence saved")
    r = rv.post("evidence", dict(f, e_provider=staff_id(stack, "hmorgan"),
                                 e_agreed="0"))
    check(r.status == 303, r)
    t = text(Person(stack, REVIEWEE, aid).page())
    check("Reading age data for Year 7 set 3" in t and "Helen Morgan" in t
          and "Not agreed at planning" in t, t[-1500:])
    check("Add the evidence" not in t, "reviewee offered the form")


def test_reads_audited_and_refusals(stack):
    aid = appraisal_id(stack, REVIEWEE)
    before = stack.audit_max()
    Person(stack, REVIEWEE, aid).page()
    check(stack.audit_rows(before, "read review") == [], "own read audited")
    for who in (REVIEWER, people.HEAD, people.PM_LEAD):
        before = stack.audit_max()
        Person(stack, who, aid).page()
        rows = stack.audit_rows(before, "read review")
        check(len(rows) == 1 and rows[0][1] == who, (who, rows))
    # The reviewee's access log lists the reads.
    c = stack.client()
    c.login(REVIEWEE)
    r = c.get("/appraisal/access/%d/log" % aid)
    check(r.status == 200 and "read review" in r.body.lower(), r)
    # Nobody else reads: 403, audited, the same for a record that does
    # not exist.
    for who, target in ((people.TEACHER, aid), (people.OTHER_SCHOOL_HEAD, aid),
                        (people.TEACHER, 999999)):
        c = stack.client()
        c.login(who)
        before = stack.audit_max()
        r = c.get("/appraisal/review/%d" % target)
        check(r.status == 403, (who, r))
        stack.check_refusal_audited(before, who, "/review/%d" % target)
    # The head and PM lead read but do not record.
    before = stack.audit_max()
    r = Person(stack, people.HEAD, aid).post("evidence", {})
    check(r.status == 403, r)
    stack.check_refusal_audited(before, people.HEAD,
                                "/review/%d/evidence" % aid)


def test_only_while_monitored(stack):
    """A not-started appraisal: 409 for its reviewer, audited."""
    aid = appraisal_id(stack, NOT_STARTED)
    rv = Person(stack, REVIEWER, aid)
    t = text(rv.page())
    check("Record an interim review" not in t and "Add the evidence" not in t,
          "forms offered before the statement is monitored")
    for step in ("interim", "evidence"):
        before = stack.audit_max()
        r = rv.post(step, {"version": "1"})
        check(r.status == 409, (step, r))
        stack.check_refusal_audited(before, REVIEWER,
                                    "/review/%d/%s" % (aid, step))
    before = stack.audit_max()
    r = Person(stack, NOT_STARTED, aid).post("comment", {"review": "1",
                                                         "version": "1",
                                                         "comment": "x"})
    check(r.status == 409, r)


def test_window_setting_and_overdue_on_dashboards(stack):
    """The window is a policy setting typed like a deadline; once it has
    ended, an appraisal in progress with no interim review is overdue on
    its reviewer's and the head's dashboards (not on the reviewee's
    colleagues'), and not once reviewed."""
    c = stack.client()
    c.login(people.HEAD)
    r = c.get("/appraisal/admin/settings")
    check(r.status == 200 and "Interim reviews from" in r.body, r)
    try:
        set_policy(stack, interim_from="1 September", interim_to="30 November")
        for who in (REVIEWER, people.HEAD, people.PM_LEAD):
            c = stack.client()
            c.login(who)
            t = text(c.get("/appraisal/").body)
            check("Interim reviews overdue" in t and "Kofi Bell" in
                  t[t.index("Interim reviews overdue"):], who + ": " + t[:800])
        c = stack.client()
        c.login(people.TEACHER)
        check("Interim reviews overdue" not in c.get("/appraisal/").body,
              "a teacher sees the school's overdue reviews")
        aid = appraisal_id(stack, OTHER_REVIEWEE)
        t = text(Person(stack, REVIEWER, aid).page())
        check("Overdue" in t, "the page does not say overdue")
    finally:
        set_policy(stack, interim_from="23 February", interim_to="31 March")
    c = stack.client()
    c.login(REVIEWER)
    check("Interim reviews overdue" not in c.get("/appraisal/").body,
          "overdue before the window ends")


# ---- who provided it: the usual people, or another by name ---------------

def provider_options(html):
    """[(id, label)] of the list of who provided evidence (its first
    option, "Choose a member of staff", aside)."""
    m = re.search(r'<select id="e_provider"[^>]*>(.*?)</select>', html, re.S)
    check(m, "no provider list")
    return re.findall(r'<option value="(\d+)"[^>]*>([^<]*)</option>',
                      m.group(1))


def evidence_form(stack, rv):
    objective = re.search(r'<select id="e_objective" name="e_objective">\s*'
                          r'<option value="">[^<]*</option>\s*<option '
                          r'value="(\d+)"', rv.page()).group(1)
    return {"e_objective": objective, "e_day": today().isoformat(),
            "e_description": "Moderated sample of Year 9 essays",
            "e_provider": "", "e_provider_name": "", "e_agreed": "1"}


def provider_of_newest(stack, aid):
    return stack.sql("SELECT s.login FROM evidence e JOIN staff s ON "
                     "s.id = e.provider_id WHERE e.appraisal_id = ? ORDER BY "
                     "e.id DESC LIMIT 1", aid)[0][0]


def test_provider_usual_or_typed_by_name(stack):
    """The list of who provided evidence offers the usual people (the
    reviewer, the head, the leadership team...), never the reviewee or a
    governor, not the school; anyone else is typed by full name (spaces
    and case aside); nobody of that name, the reviewee's, and a list
    chosen with another name typed are refused beside the field,
    everything typed kept."""
    from test_observe import twins, untwin
    aid = appraisal_id(stack, REVIEWEE)
    clear(stack, aid)
    rv = Person(stack, REVIEWER, aid)
    got = {i for i, _ in provider_options(rv.page())}
    for who in (REVIEWER, people.HEAD, people.PM_LEAD):
        check(staff_id(stack, who) in got, who + " not offered")
    for who in (REVIEWEE, people.GOVERNOR, "vlindqvist"):
        check(staff_id(stack, who) not in got, who + " offered")
    school = int(stack.sql("SELECT COUNT(*) FROM roster r JOIN school sc ON "
                           "sc.id = r.school_id WHERE sc.code = 'KVA' AND "
                           "r.cycle_id = 0")[0][0])
    check(len(got) < school / 2, "%d offered of %d" % (len(got), school))
    f = evidence_form(stack, rv)
    r = rv.post("evidence", dict(f, e_provider_name="  vera   LINDQVIST "))
    check(r.status == 303, text(r.body)[:900] if r.status == 400 else r)
    check(provider_of_newest(stack, aid) == "vlindqvist", "wrong provider")
    for name, says in (
            ("Nobody Ofthat Name", "We cannot find anyone called Nobody "
             "Ofthat Name on the staff of Kestrel Vale Academy"),
            ("Rosemary Marsh", "We cannot find anyone called Rosemary Marsh"),
            ("Priya Ramsay", "Priya Ramsay is the person appraised")):
        r = rv.post("evidence", dict(f, e_provider_name=name))
        check(r.status == 400 and 'id="e_provider_name-error"' in r.body and
              says in r.body, "%s: %s" % (name, text(r.body)[:900]))
        check('value="%s"' % name in r.body and
              "Moderated sample of Year 9 essays" in r.body, name + ": lost")
    r = rv.post("evidence", f)
    check(r.status == 400 and 'id="e_provider-error"' in r.body and
          "or type the full name of another member of staff" in r.body, r)
    r = rv.post("evidence", dict(f, e_provider=staff_id(stack, people.HEAD),
                                 e_provider_name="Vera Lindqvist"))
    check(r.status == 400 and "You chose Helen Morgan in the list and typed "
          "Vera Lindqvist" in r.body, text(r.body)[:900])
    r = rv.post("evidence", dict(f, e_provider=staff_id(stack, REVIEWEE)))
    check(r.status == 400 and "other than the person appraised" in r.body, r)
    check(stack.sql("SELECT COUNT(*) FROM evidence WHERE appraisal_id = ?",
                    aid) == [["1"]], "refused evidence saved")
    # A name two people bear: the list offers just them.
    try:
        one, two = twins(stack)
        g = dict(f, e_provider_name="robin ashdown")
        r = rv.post("evidence", g)
        check(r.status == 400 and 'id="e_provider_name-error"' in r.body and
              "2 people called Robin Ashdown work at Kestrel Vale Academy"
              in r.body, text(r.body)[:900])
        check(provider_options(r.body) == [
            (one, "Robin Ashdown, Teacher of Geography, user name obstwin1"),
            (two, "Robin Ashdown, Cover Supervisor, user name obstwin2")],
            provider_options(r.body))
        check('value="robin ashdown"' in r.body and
              "Moderated sample of Year 9 essays" in r.body, "typed lost")
        r = rv.post("evidence", dict(g, e_provider=two))
        check(r.status == 303, text(r.body)[:900] if r.status == 400 else r)
        check(provider_of_newest(stack, aid) == "obstwin2", "wrong twin")
    finally:
        clear(stack, aid)
        untwin(stack)
