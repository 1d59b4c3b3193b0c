"""Line-manager access to a plan: request, grant, read, withdraw, expiry;
the reviewee sees it on the dashboard and in the access log, which lists
exactly the reads of others and none of the reviewee's own."""
import datetime
import re

import people
from harness import check

REVIEWEE = "jreid"            # Joanna Reid; reviewer jcarver
REVIEWER = "jcarver"
MANAGER = "gadeyemi"          # Grace Adeyemi, her line manager (demo)
MANAGER_NAME = "Grace Adeyemi"
DECIDER = people.PM_LEAD      # grants and refuses
HEAD = people.HEAD            # withdraws


def text(html):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def appraisal_id(stack, login):
    return int(stack.sql("SELECT a.id FROM appraisal a JOIN staff s ON "
                         "s.id = a.reviewee_id WHERE s.login = ?", login)[0][0])


def today():
    return datetime.datetime.now(datetime.timezone.utc).date()


class Person:
    def __init__(self, stack, login):
        self.c = stack.client()
        check(self.c.login(login).status == 303, "log-in " + login)
        self.csrf = self.c.page_csrf()

    def get(self, path):
        return self.c.get("/appraisal/" + path)

    def post(self, path, fields):
        data = {"csrf": self.csrf}
        data.update(fields)
        return self.c.post("/appraisal/" + path, data)


def open_request(page):
    """(id, version) of the first request waiting for a decision."""
    m = re.search(r'/decide" novalidate class="step">\s*<input type="hidden" '
                  r'name="csrf" value="[0-9a-f]+">\s*<input type="hidden" '
                  r'name="request" value="(\d+)">\s*<input type="hidden" '
                  r'name="version" value="(\d+)">', page)
    check(m is not None, "no decision form: " + text(page)[:600])
    return m.group(1), m.group(2)


def running_grant(page):
    m = re.search(r'/withdraw" novalidate class="step">\s*<input type="hidden" '
                  r'name="csrf" value="[0-9a-f]+">\s*<input type="hidden" '
                  r'name="request" value="(\d+)">\s*<input type="hidden" '
                  r'name="version" value="(\d+)">', page)
    check(m is not None, "no withdraw form")
    return m.group(1), m.group(2)


def clean(stack, aid):
    """No request of the manager open for this appraisal (left by an
    earlier test), ended through the pages: the head withdraws a running
    grant, the line manager takes back a waiting request."""
    cancel = re.compile(r'/cancel" class="step">\s*<input type="hidden" '
                        r'name="csrf" value="[0-9a-f]+">\s*<input '
                        r'type="hidden" name="request" value="(\d+)">\s*'
                        r'<input type="hidden" name="version" '
                        r'value="(\d+)">')
    lm = Person(stack, MANAGER)
    for rid, ver in cancel.findall(lm.get("access/%d" % aid).body):
        r = lm.post("access/%d/cancel" % aid, {"request": rid,
                                               "version": ver})
        check(r.status == 303, r)
    hd = Person(stack, HEAD)
    while "/withdraw\" novalidate" in hd.get("access/%d" % aid).body:
        gid, gver = running_grant(hd.get("access/%d" % aid).body)
        r = hd.post("access/%d/withdraw" % aid, {
            "request": gid, "version": gver,
            "wreason": "Cleared before the next test."})
        check(r.status == 303, r)
    rows = stack.sql("SELECT COUNT(*) FROM access_grant WHERE appraisal_id "
                     "= ? AND state IN ('requested', 'granted') AND "
                     "(until_day IS NULL OR until_day >= CURDATE())", aid)
    check(rows == [["0"]], "requests or grants still open: %s" % rows)


def request_and_grant(stack, aid, until=""):
    lm = Person(stack, MANAGER)
    r = lm.post("access/%d/request" % aid, {"why": "Pastoral review of "
                                            "her tutor group's progress."})
    check(r.status == 303, r)
    pm = Person(stack, DECIDER)
    rid, ver = open_request(pm.get("access/%d" % aid).body)
    r = pm.post("access/%d/decide" % aid, {"request": rid, "version": ver,
                "decision": "grant", "until": until, "reason": ""})
    check(r.status == 303, r)
    return lm, rid


def test_request_grant_read_withdraw(stack):
    aid = appraisal_id(stack, REVIEWEE)
    clean(stack, aid)
    plan = "plan/%d" % aid
    before = stack.audit_max()
    lm = Person(stack, MANAGER)
    # Without a grant: refused, and the attempt audited.
    check(lm.get(plan).status == 403, "line manager read without a grant")
    page = lm.get("access/%d" % aid)
    check(page.status == 200 and "Ask to see the plan" in page.body, page)
    # A reason is needed; what was typed stays.
    r = lm.post("access/%d/request" % aid, {"why": "  "})
    check(r.status == 400 and "Say why you need to see the plan" in r.body, r)
    r = lm.post("access/%d/request" % aid, {"why": "Pastoral review of "
                                            "Joanna's tutor group."})
    check(r.status == 303, r)
    r = lm.post("access/%d/request" % aid, {"why": "Again"})
    check(r.status == 400 and "already have a request" in r.body, r)
    check(lm.get(plan).status == 403, "read while the request waits")
    # The reviewee sees the request waiting.
    rv = Person(stack, REVIEWEE)
    t = text(rv.get("").body)
    check(MANAGER_NAME + " : Waiting for a decision" in t, t[:1200])
    # The PM lead sees it waiting, refuses without a reason: not allowed;
    # an end date in the past: not allowed; then grants for 30 days.
    pm = Person(stack, DECIDER)
    t = text(pm.get("access").body)
    check("Joanna Reid" in t[t.index("Requests waiting"):], t[:800])
    rid, ver = open_request(pm.get("access/%d" % aid).body)
    r = pm.post("access/%d/decide" % aid, {"request": rid, "version": ver,
                "decision": "refuse", "reason": ""})
    check(r.status == 400 and "Give the reason for refusing" in r.body, r)
    yesterday = (today() - datetime.timedelta(days=1)).isoformat()
    r = pm.post("access/%d/decide" % aid, {"request": rid, "version": ver,
                "decision": "grant", "until": yesterday})
    check(r.status == 400 and "cannot be in the past" in r.body, r)
    until = (today() + datetime.timedelta(days=30)).isoformat()
    r = pm.post("access/%d/decide" % aid, {"request": rid, "version": ver,
                "decision": "grant", "until": until,
                "reason": "For the tutor-group review."})
    check(r.status == 303, r)
    # The same form again (stale): nothing decided twice.
    r = pm.post("access/%d/decide" % aid, {"request": rid, "version": ver,
                "decision": "refuse", "reason": "Changed my mind"})
    check(r.status == 409, r)
    # The line manager reads the plan sections only, and takes no step.
    r = lm.get(plan)
    check(r.status == 200, r)
    check("You are reading the plan sections only" in r.body, "no notice")
    check("History" not in text(r.body), "history shown to a line manager")
    check(lm.get(plan + "/version/1").status == 200, "version not readable")
    r = lm.post(plan + "/meeting", {"version": "1", "day": "2027-01-11"})
    check(r.status == 403, "line manager took a step")
    check(lm.get("access/%d/log" % aid).status == 403, "line manager read "
          "the access log")
    t = text(lm.get("").body)
    check("Joanna Reid : Granted until" in t, t[:1500])
    # The reviewee sees the grant, and the read in the access log.
    t = text(rv.get("").body)
    check(MANAGER_NAME + " : Granted until" in t, t[:1500])
    log = text(rv.get("access/%d/log" % aid).body)
    check(MANAGER_NAME + " Planning statement line manager with access "
          "granted (request %s, until %s)" % (rid, until) in log, log[:1500])
    # The head withdraws: a reason is needed.
    hd = Person(stack, HEAD)
    gid, gver = running_grant(hd.get("access/%d" % aid).body)
    check(gid == rid, (gid, rid))
    r = hd.post("access/%d/withdraw" % aid, {"request": gid, "version": gver,
                "wreason": ""})
    check(r.status == 400 and "reason for withdrawing" in r.body, r)
    r = hd.post("access/%d/withdraw" % aid, {"request": gid, "version": gver,
                "wreason": "The review is over."})
    check(r.status == 303, r)
    check(lm.get(plan).status == 403, "read after the grant was withdrawn")
    t = text(rv.get("").body)
    check(MANAGER_NAME + " : Withdrawn" in t, t[:1500])
    # ... and in her access log, with who decided and why.
    t = text(rv.get("access/%d/log" % aid).body)
    check("Daniel Okafor: For the tutor-group review. Withdrawn by "
          "Helen Morgan: The review is over." in t, t[-1500:])
    # Every step audited, and every refusal.
    rows = stack.audit_rows(before)
    actions = [r[2] for r in rows if r[3] == "ok"]
    for a in ("access request", "access grant", "access withdraw"):
        check(a in actions, "%s not audited: %s" % (a, actions))
    # Exactly the manager's five refused attempts above, in order.
    refused = [(r[1], r[2]) for r in rows if r[3] == "refused"]
    p = "/plan/%d" % aid
    check(refused == [(MANAGER, p), (MANAGER, p), (MANAGER, p + "/meeting"),
                      (MANAGER, "/access/%d/log" % aid), (MANAGER, p)],
          refused)
    check(any(r[4] == "line manager without access granted"
              for r in rows if r[3] == "refused"), rows)


def test_refusal_is_shown(stack):
    aid = appraisal_id(stack, REVIEWEE)
    clean(stack, aid)
    lm = Person(stack, MANAGER)
    check(lm.post("access/%d/request" % aid, {"why": "Cover planning."})
          .status == 303, "request")
    pm = Person(stack, DECIDER)
    rid, ver = open_request(pm.get("access/%d" % aid).body)
    before = stack.audit_max()
    r = pm.post("access/%d/decide" % aid, {"request": rid, "version": ver,
                "decision": "refuse", "reason": "Not needed for cover."})
    check(r.status == 303, r)
    check(any(r[2] == "access refuse" for r in stack.audit_rows(before)),
          "refusal not audited")
    check(lm.get("plan/%d" % aid).status == 403, "read after a refusal")
    t = text(lm.get("").body)
    check("Joanna Reid : Refused" in t and "Not needed for cover." in t,
          t[:1500])
    t = text(Person(stack, REVIEWEE).get("").body)
    check(MANAGER_NAME + " : Refused" in t, t[:1500])


def test_line_manager_takes_back_a_waiting_request(stack):
    aid = appraisal_id(stack, REVIEWEE)
    clean(stack, aid)
    lm = Person(stack, MANAGER)
    check(lm.post("access/%d/request" % aid, {"why": "Asked by mistake."})
          .status == 303, "request")
    page = lm.get("access/%d" % aid).body
    m = re.search(r'/cancel" class="step">\s*<input type="hidden" '
                  r'name="csrf" value="[0-9a-f]+">\s*<input type="hidden" '
                  r'name="request" value="(\d+)">\s*<input type="hidden" '
                  r'name="version" value="(\d+)">', page)
    check(m is not None, "no way to take the request back: " + text(page)[:600])
    rid, ver = m.group(1), m.group(2)
    # Someone else's request, or a stale page, changes nothing.
    other = Person(stack, people.PM_LEAD)
    r = other.post("access/%d/cancel" % aid, {"request": rid, "version": ver})
    check(r.status in (403, 409), r)
    r = lm.post("access/%d/cancel" % aid, {"request": rid, "version": "999"})
    check(r.status == 409, r)
    before = stack.audit_max()
    r = lm.post("access/%d/cancel" % aid, {"request": rid, "version": ver})
    check(r.status == 303, r)
    check(any(row[2] == "access request taken back"
              for row in stack.audit_rows(before)), "not audited")
    rows = stack.sql("SELECT state FROM access_grant WHERE id = ?", int(rid))
    check(rows == [["withdrawn"]], rows)
    # Taken back once; the head has nothing left to decide.
    r = lm.post("access/%d/cancel" % aid, {"request": rid, "version": ver})
    check(r.status == 409, r)
    t = text(Person(stack, REVIEWEE).get("").body)
    check(MANAGER_NAME + " : Withdrawn" in t, t[:1500])


def test_expired_grant_ends_access(stack):
    aid = appraisal_id(stack, REVIEWEE)
    clean(stack, aid)
    until = today().isoformat()
    lm, rid = request_and_grant(stack, aid, until)
    check(lm.get("plan/%d" % aid).status == 200, "no access on the last day")
    # Time only: the grant's last day passes (no page moves the clock).
    stack.sql("UPDATE access_grant SET until_day = ? WHERE id = ?",
              (today() - datetime.timedelta(days=1)).isoformat(), int(rid))
    check(lm.get("plan/%d" % aid).status == 403, "access after the end date")
    t = text(lm.get("").body)
    check("(ended)" in t, t[:1500])
    # A new request is possible once access has ended.
    check(lm.post("access/%d/request" % aid, {"why": "Again, please."})
          .status == 303, "cannot ask again after expiry")
    clean(stack, aid)


def test_only_line_managers_ask_and_only_head_or_pm_lead_decide(stack):
    aid = appraisal_id(stack, REVIEWEE)
    clean(stack, aid)
    # Not a line manager of Joanna: cannot ask (another reviewee's
    # line manager, a teacher, the reviewee herself, another school).
    for who in ("sfletcher", people.TEACHER, REVIEWEE,
                people.OTHER_SCHOOL_HEAD, people.IT_ADMIN):
        p = Person(stack, who)
        r = p.post("access/%d/request" % aid, {"why": "Curious."})
        check(r.status == 403, "%s asked: %r" % (who, r))
    lm, rid = request_and_grant(stack, aid)
    # The line manager cannot decide or withdraw, nor can the reviewer.
    for who in (MANAGER, REVIEWER, REVIEWEE, people.CPD_COORDINATOR):
        p = Person(stack, who)
        for step in ("decide", "withdraw"):
            r = p.post("access/%d/%s" % (aid, step), {
                "request": rid, "version": "2", "decision": "refuse",
                "reason": "x", "wreason": "x"})
            check(r.status == 403, "%s %s: %r" % (who, step, r))
    # A request id of another appraisal cannot be decided through this one.
    other = appraisal_id(stack, "pdoyle")
    pm = Person(stack, DECIDER)
    pending = stack.sql("SELECT id, version FROM access_grant WHERE "
                        "appraisal_id = ? AND state = 'requested'", other)
    check(pending, "demo has no pending request")
    r = pm.post("access/%d/decide" % aid, {"request": pending[0][0],
                "version": pending[0][1], "decision": "grant"})
    check(r.status == 409, r)
    check(stack.sql("SELECT state FROM access_grant WHERE id = ?",
                    int(pending[0][0]))[0][0] == "requested", "decided")
    clean(stack, aid)


def test_access_log_shows_exactly_others_reads(stack):
    aid = appraisal_id(stack, REVIEWEE)
    clean(stack, aid)
    rv = Person(stack, REVIEWEE)

    def log_rows():
        html = rv.get("access/%d/log" % aid).body
        return [tuple(text(c).strip() for c in re.findall(
            r"<t[dh][^>]*>(.*?)</t[dh]>", row))
            for row in re.findall(r"<tr><td>(.*?)</tr>", html, re.S)]

    # Normalise: the first cell (time) was cut by the pattern; rows are
    # (who, part, as).
    start = log_rows()
    hd = Person(stack, HEAD)
    check(hd.get("plan/%d" % aid).status == 200, "head read")
    check(hd.get("plan/%d/version/1" % aid).status == 200, "head version")
    check(rv.get("plan/%d" % aid).status == 200, "own read")
    check(rv.get("plan/%d/version/1" % aid).status == 200, "own version")
    jc = Person(stack, REVIEWER)
    check(jc.get("plan/%d" % aid).status == 200, "reviewer read")
    # Refused attempts are not reads.
    check(Person(stack, people.TEACHER).get("plan/%d" % aid).status == 403,
          "teacher read")
    rows = log_rows()
    new = rows[:len(rows) - len(start)]
    check(rows[len(new):] == start, "earlier rows changed")
    want = [("James Carver", "Planning statement", "reviewer"),
            (people.HEAD_NAME, "Planning statement, version 1", "headteacher"),
            (people.HEAD_NAME, "Planning statement", "headteacher")]
    check([r[-3:] for r in new] == want, new)
    check(all("Joanna Reid" not in r for r in rows), "own reads listed")
    # Only the reviewee reads her log.
    for who in (HEAD, REVIEWER, DECIDER, MANAGER, people.OTHER_SCHOOL_HEAD):
        check(Person(stack, who).get("access/%d/log" % aid).status == 403,
              who + " read the access log")


def test_schema_003(stack):
    rows = stack.sql("SELECT version FROM schema_migrations WHERE "
                     "version = 3")
    check(rows == [["3"]], rows)
    # Demo: one request waiting, one granted (Patrick Doyle's plan).
    got = stack.sql("SELECT m.login, g.state FROM access_grant g JOIN staff "
                    "m ON m.id = g.manager_id JOIN appraisal a ON "
                    "a.id = g.appraisal_id JOIN staff e ON e.id = "
                    "a.reviewee_id WHERE e.login = 'pdoyle' ORDER BY g.id")
    check(got[:2] == [["sfletcher", "granted"], ["gadeyemi", "requested"]],
          got)


def test_access_log_pages(stack):
    aid = appraisal_id(stack, REVIEWEE)
    # 105 reads by the head, through the page: more than one page of log.
    hd = Person(stack, HEAD)
    for _ in range(105):
        check(hd.get("plan/%d" % aid).status == 200, "head's read")
    rv = Person(stack, REVIEWEE)
    r = rv.get("access/%d/log" % aid)
    check(r.status == 200 and r.body.count("<tr><td>") == 100, r)
    m = re.search(r'log\?before=(\d+)">Earlier views', r.body)
    check(m is not None, "no link to earlier views")
    r = rv.get("access/%d/log?before=%s" % (aid, m.group(1)))
    check(r.status == 200 and r.body.count("<tr><td>") >= 5, r)
    check("The latest views" in r.body, "no way back")
    check(rv.get("access/%d/log?before=x" % aid).status == 400, "bad page")
