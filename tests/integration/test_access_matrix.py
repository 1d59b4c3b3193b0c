"""The access matrix: every route of every program (checked against the
routes[] tables of cgi-bin/*.c), for every role of the demo school (plus
another school's head, line managers, a person with no appraisal and
nobody logged in), each cell with the exact status expected:

- 200 for a page the actor may open; 303 to the log-in page for nobody
  logged in; 303 for a log-in or log-out that succeeds;
- 400 for a POST the actor may make: the matrix sends an empty form (a
  valid CSRF token and version=1 only), so a permitted actor passes the
  access check and gets the form back with its errors; 409 where the
  record's state forbids the step (said per cell);
- 403 for a refusal. Refusals of a record are the same for another
  school's record and a record that does not exist: 403 on the plan,
  access and change-reviewer pages; 404 on the admin pages of a record
  (cycle, member of staff, reviewer request) for someone who may use
  those pages (docs and the report list the pages that differ).

Every 403 of a logged-in actor leaves exactly one audit row "refused"
with that actor and the request's path as its action; every refused POST
leaves every table but the audit and sessions exactly as it was (row
counts and CHECKSUM TABLE, per route). Relationship changes are followed
by reads at the end of the file."""
import glob
import os
import re

import people
from harness import check

ACTORS = {
    "anonymous": None,
    "reviewee": "pdoyle",
    "reviewer": "jcarver",
    "head": people.HEAD,
    "pm_lead": people.PM_LEAD,
    "teacher": people.TEACHER,
    "ect": people.EARLY_CAREER,
    "support": people.SUPPORT,
    "cpd": people.CPD_COORDINATOR,
    "it_admin": people.IT_ADMIN,
    "governor": people.GOVERNOR,
    "no_groups": people.NO_GROUPS,
    "other_school_head": people.OTHER_SCHOOL_HEAD,
    # Line managers of pdoyle (demo data): one whose request waits, one
    # granted access to the plan sections.
    "line_manager": "gadeyemi",
    "granted_lm": "sfletcher",
}

EVERYONE = frozenset(ACTORS) - {"anonymous"}
POLICY = {"head", "pm_lead", "other_school_head"}   # each for own school
ADMIN = POLICY | {"it_admin"}
HEAD = {"head", "other_school_head"}                # each for own school
READ_R = {"reviewee", "reviewer", "head", "pm_lead"}
OTHER = {"other_school_head"}       # reads and steps on {O}, their school's
READ_V = {"head", "pm_lead"}        # dokafor's revised plan: him, his reviewer
ASK_R = {"line_manager"}            # a line manager of R without access
DECIDE_R = {"head", "pm_lead"}
# 404 for another school's record and a missing one on the admin record
# pages, for those who may use the page.
NOT_THEIRS = 404

# {R}: pdoyle's appraisal (not started: no statement to sign), {O}: another school's, {X}: none, {E}: ebrennan's, {V}:
# dokafor's (revised: versions 1 and 2); {H}: the headteacher's; {C}, {S}, {Q}: a cycle, a member
# of staff and a request for a different reviewer of the demo school.
ROUTES = []


def route(method, path, allowed=(), ok=None, **cells):
    """One row: the actors in allowed get ok (200 for GET, 400 for the
    empty form of a POST), the rest 403; cells overrides single actors."""
    ok = ok or (200 if method == "GET" else 400)
    want = {}
    for a in ACTORS:
        if a == "anonymous":
            want[a] = "login" if method == "GET" else 403
        else:
            want[a] = ok if a in allowed else 403
    want.update(cells)
    ROUTES.append((method, path, want))


route("GET", "/appraisal/login", EVERYONE, ok="home", anonymous=200)
route("POST", "/appraisal/login", EVERYONE, anonymous=400)
route("GET", "/appraisal/", EVERYONE)
route("GET", "/appraisal/logout", EVERYONE)
for p in ("/appraisal/admin", "/appraisal/admin/"):
    route("GET", p, ADMIN)
for page, who in (("settings", POLICY), ("reviewers", POLICY),
                  ("calendar", ADMIN), ("cycles", ADMIN)):
    route("GET", "/appraisal/admin/" + page, who)
    route("POST", "/appraisal/admin/" + page, who)
route("POST", "/appraisal/admin/calendar/ics", ADMIN)
route("POST", "/appraisal/admin/reviewers/import", POLICY)
route("GET", "/appraisal/admin/staff", POLICY)
route("GET", "/appraisal/admin/staff/import", POLICY)
route("POST", "/appraisal/admin/staff/import", POLICY)
route("GET", "/appraisal/admin/reviewer-requests", HEAD)
for page, rid, who in (("cycles", "C", ADMIN), ("staff", "S", POLICY),
                       ("reviewer-requests", "Q", HEAD)):
    for m in ("GET", "POST"):
        route(m, "/appraisal/admin/%s/{%s}" % (page, rid), who - OTHER,
              other_school_head=NOT_THEIRS)
        route(m, "/appraisal/admin/%s/{X}" % page, (),
              **{a: NOT_THEIRS for a in who})
for m in ("GET", "POST"):
    route(m, "/appraisal/admin/change-reviewer/{R}", {"reviewee"})
    route(m, "/appraisal/admin/change-reviewer/{O}")
    route(m, "/appraisal/admin/change-reviewer/{X}")
READ_PLAN_R = READ_R | {"granted_lm"}      # the plan sections only
route("GET", "/appraisal/plan/{R}", READ_PLAN_R)
route("GET", "/appraisal/plan/{O}", OTHER)
route("GET", "/appraisal/plan/{X}")
# pdoyle's statement was never revised: version 1 of it does not exist.
route("GET", "/appraisal/plan/{R}/version/1", (),
      **{a: 404 for a in READ_PLAN_R})
for v in ("1", "2"):
    route("GET", "/appraisal/plan/{V}/version/" + v, READ_V)
route("GET", "/appraisal/plan/{O}/version/1", OTHER)
route("GET", "/appraisal/plan/{X}/version/1")
for step in ("meeting", "held", "statement", "comment", "finalise", "sign",
             "revision", "support"):
    ok_r, ok_o, who = 400, 400, READ_R
    if step == "finalise":      # only the reviewer finalises: 409 for the rest
        ok_r = 409
    if step == "sign":          # nothing to sign before the final statement
        ok_r = ok_o = 409
    if step == "support":       # only the reviewer, on a signed statement
        who = ()
    cells = {"reviewer": 400} if step == "finalise" else {}
    route("POST", "/appraisal/plan/{R}/" + step, who, ok=ok_r, **cells)
    route("POST", "/appraisal/plan/{O}/" + step, () if step == "support"
          else OTHER, ok=ok_o)
    route("POST", "/appraisal/plan/{X}/" + step)
route("GET", "/appraisal/access", EVERYONE)
route("GET", "/appraisal/access/{R}",
      {"line_manager", "granted_lm", "reviewer"} | DECIDE_R)
route("GET", "/appraisal/access/{O}", OTHER)
route("GET", "/appraisal/access/{X}")
route("GET", "/appraisal/access/{R}/log", {"reviewee"})
route("GET", "/appraisal/access/{E}/log", {"teacher"})    # her own
route("GET", "/appraisal/access/{O}/log")
route("GET", "/appraisal/access/{X}/log")
# Asking and taking back: a line manager without access; whoever already
# reads the plan (its reviewer, a granted line manager, the head) is refused.
for step in ("request", "cancel"):
    route("POST", "/appraisal/access/{R}/" + step, ASK_R)
    route("POST", "/appraisal/access/{E}/" + step, {"granted_lm"})
    route("POST", "/appraisal/access/{O}/" + step)
    route("POST", "/appraisal/access/{X}/" + step)
for step in ("decide", "withdraw"):
    route("POST", "/appraisal/access/{R}/" + step, DECIDE_R)
    route("POST", "/appraisal/access/{E}/" + step, DECIDE_R)
    route("POST", "/appraisal/access/{O}/" + step, OTHER)
    route("POST", "/appraisal/access/{X}/" + step)
# Observations (cgi-bin/observe): read by the reviewee, the reviewer, the
# head and the PM lead (an observer reads their own records only); records
# made by the reviewer, the head and the PM lead, on an appraisal being
# monitored ({R} is not started: 409); feedback by a record's observer,
# comments by the reviewee, a drop-in linked to a revision by the reviewer.
# The matrix's empty form names no record: 400 for those who may act.
route("GET", "/appraisal/observe/{R}", READ_R)
route("GET", "/appraisal/observe/{O}", OTHER)
route("GET", "/appraisal/observe/{X}")
for step, who, ok in (("record", {"reviewer", "head", "pm_lead"}, 409),
                      ("dropin", {"reviewer", "head", "pm_lead"}, 409),
                      ("oral", {"reviewer", "head", "pm_lead"}, 400),
                      ("written", {"reviewer", "head", "pm_lead"}, 400),
                      ("comment", {"reviewee"}, 400),
                      ("link", {"reviewer"}, 400)):
    route("POST", "/appraisal/observe/{R}/" + step, who, ok=ok)
    # {O}'s reviewer is the other school's head: all but the comment.
    route("POST", "/appraisal/observe/{O}/" + step,
          OTHER if step != "comment" else (), ok=ok)
    route("POST", "/appraisal/observe/{X}/" + step)
# Moderation (cgi-bin/moderate): the head and the PM lead, each for their
# own school; {R} is not in moderation (409 for a decision).
route("GET", "/appraisal/moderate", POLICY)
# Every overdue step of the school (cgi-bin/home-overdue.c): the head and
# the PM lead, each their own school's.
route("GET", "/appraisal/overdue", POLICY)
route("GET", "/appraisal/moderate/{R}", {"head", "pm_lead"})
route("POST", "/appraisal/moderate/{R}", (), head=409, pm_lead=409)
for rid in ("V", "O", "X"):
    route("GET", "/appraisal/moderate/{%s}" % rid)
    route("POST", "/appraisal/moderate/{%s}" % rid)
# Interim review and evidence (cgi-bin/review): read by the reviewee, the
# reviewer, the head and the PM lead; recorded by the reviewer, commented
# on by the reviewee, on an appraisal being monitored ({R} is not
# started: 409 for them; {O}, the other school's head's reviewee, is not
# monitored either).
route("GET", "/appraisal/review/{R}", READ_R)
route("GET", "/appraisal/review/{O}", OTHER)
route("GET", "/appraisal/review/{X}")
for step, who in (("interim", {"reviewer"}), ("comment", {"reviewee"}),
                  ("evidence", {"reviewer"})):
    route("POST", "/appraisal/review/{R}/" + step, who, ok=409)
    route("POST", "/appraisal/review/{O}/" + step,
          OTHER if step != "comment" else (), ok=409)
    route("POST", "/appraisal/review/{X}/" + step)
# The annual assessment and the final report (cgi-bin/review-report.c,
# review-assess.c): read by whoever reads the review; the meeting, the
# assessment, issuing and a new version by the reviewer; the comment by
# the reviewee. {R} is not started (no meeting, no report) and {O} is
# not at the assessment either: 409 for those who may act, but 400 for
# issuing and a new version, whose empty form lacks the report's version
# (or the reason) that the page always sends.
route("GET", "/appraisal/review/{R}/report", READ_R)
route("GET", "/appraisal/review/{O}/report", OTHER)
route("GET", "/appraisal/review/{X}/report")
for step, who, ok in (("arrange", {"reviewer"}, 409),
                      ("assess", {"reviewer"}, 409),
                      ("issue", {"reviewer"}, 400),
                      ("correct", {"reviewer"}, 400),
                      ("report/comment", {"reviewee"}, 409)):
    route("POST", "/appraisal/review/{R}/" + step, who, ok=ok)
    route("POST", "/appraisal/review/{O}/" + step,
          OTHER if step != "report/comment" else (), ok=ok)
    route("POST", "/appraisal/review/{X}/" + step)
# Appeals (cgi-bin/appeal): read by the reviewee, the reviewer, the head,
# the PM lead and the panel; lodged by the reviewee (409 on {R}: no final
# report); heard by the panel, named only when an appeal is lodged: on {R}
# and {O}, with none lodged, nobody hears (403 for everyone).
READ_APPEAL_R = READ_R      # no appeal lodged: no panel yet
route("GET", "/appraisal/appeal/{R}", READ_APPEAL_R)
route("GET", "/appraisal/appeal/{O}", OTHER)
route("GET", "/appraisal/appeal/{X}")
route("POST", "/appraisal/appeal/{R}/lodge", {"reviewee"}, ok=409)
for step in ("lodge", "hearing", "held", "outcome"):
    if step != "lodge":
        route("POST", "/appraisal/appeal/{R}/" + step)
    route("POST", "/appraisal/appeal/{O}/" + step)
    route("POST", "/appraisal/appeal/{X}/" + step)
# Performance concerns (cgi-bin/concern): read by the person, the head and
# the PM lead; recorded and decided by the head and the PM lead; commented
# on by the person. {R} is not started with no record: recording (empty
# form) 400; an outcome with nothing open, a resume of what is not
# suspended, a comment on no record: 409. {O}'s head may act on {O} alike
# (in draft); the head's own appraisal {H} is refused to everyone.
route("GET", "/appraisal/concern/{R}", {"reviewee", "head", "pm_lead"})
route("POST", "/appraisal/concern/{R}", {"head", "pm_lead"})
route("POST", "/appraisal/concern/{R}/outcome", {"head", "pm_lead"}, ok=409)
route("POST", "/appraisal/concern/{R}/resume", {"head", "pm_lead"}, ok=409)
route("POST", "/appraisal/concern/{R}/comment", {"reviewee"}, ok=409)
route("GET", "/appraisal/concern/{O}", OTHER)
route("POST", "/appraisal/concern/{O}", OTHER)
for step in ("outcome", "resume"):
    route("POST", "/appraisal/concern/{O}/" + step, OTHER, ok=409)
route("POST", "/appraisal/concern/{O}/comment")
for rid in ("H", "X"):
    route("GET", "/appraisal/concern/{%s}" % rid)
    for step in ("", "/outcome", "/resume", "/comment"):
        route("POST", "/appraisal/concern/{%s}%s" % (rid, step))
# Last: it ends every session.
route("POST", "/appraisal/logout", EVERYONE, ok="ended")


def appraisal_of(stack, login):
    return stack.sql("SELECT a.id FROM appraisal a JOIN staff s ON "
                     "s.id = a.reviewee_id WHERE s.login = ?", login)[0][0]


def record_ids(stack):
    kva = "(SELECT id FROM school WHERE code = 'KVA')"
    return {"R": appraisal_of(stack, "pdoyle"),
            "O": appraisal_of(stack, people.OTHER_SCHOOL_TEACHER),
            "X": "999999",
            "E": appraisal_of(stack, people.TEACHER),
            "H": appraisal_of(stack, people.HEAD),
            "V": appraisal_of(stack, people.PM_LEAD),
            "C": stack.sql("SELECT MIN(id) FROM cycle WHERE school_id = "
                           + kva)[0][0],
            "S": stack.sql("SELECT id FROM staff WHERE login = ?",
                           people.TEACHER)[0][0],
            "Q": stack.sql("SELECT MIN(r.id) FROM reviewer_request r JOIN "
                           "appraisal a ON a.id = r.appraisal_id WHERE "
                           "a.school_id = " + kva)[0][0]}


# ---- what the tables hold -------------------------------------------------
# Housekeeping a refused request may write: its audit row and the
# session's last_seen (and the log-in throttle of a log-in form).
HOUSEKEEPING = {"audit", "session", "login_throttle"}


def tables_state(stack):
    """Row count and checksum of every table but the housekeeping ones."""
    names = [r[0] for r in stack.sql("SHOW TABLES")
             if r[0] not in HOUSEKEEPING]
    sums = stack.sql("CHECKSUM TABLE " + ", ".join(names))
    counts = stack.sql(" UNION ALL ".join(
        "SELECT '%s', COUNT(*) FROM `%s`" % (n, n) for n in names))
    return {r[0].split(".")[-1]: r[1] for r in sums}, dict(counts)


def tables_changed(before, after):
    return sorted(set(k for i in (0, 1) for k in before[i]
                      if before[i][k] != after[i].get(k)))


# ---- the matrix -----------------------------------------------------------

def matches(r, want):
    if want == "login":
        return r.status == 303 and (r.header("Location") or "").startswith(
            "/appraisal/login?next=")
    if want == "home":
        return r.status == 303 and r.header("Location") == "/appraisal/"
    if want == "ended":
        return r.status == 303 and r.header("Location") == \
            "/appraisal/login?ended=1"
    if r.status != want:
        return False
    # A permitted empty form comes back with its errors (or, where the
    # form lacks a field no page leaves out, the bad-request page, with
    # its own message or the general one).
    return want != 400 or "There is a problem" in r.body or \
        "The request could not be understood" in r.body or \
        "<h1>Bad request</h1>" in r.body


def logged_in_clients(stack):
    clients = {}
    for name, login in ACTORS.items():
        c = stack.client()
        if login:
            check(c.login(login).status == 303, "log-in " + login)
            clients[name] = (c, c.page_csrf())
        else:
            _, csrf = c.login_form()
            clients[name] = (c, csrf)
    return clients


def test_access_matrix(stack):
    ids = record_ids(stack)
    clients = logged_in_clients(stack)
    last = stack.audit_max()
    tally = {}
    unexpected, unaudited, wrote = [], [], []
    for method, path, want in ROUTES:
        url = path.format(**ids)
        action = url[len("/appraisal"):]
        # Refused actors first, so that the tables compared around them
        # are touched by nothing else.
        order = sorted(ACTORS, key=lambda a: want[a] not in (403,))
        snap = tables_state(stack) if method == "POST" else None
        checked_writes = False
        for name in order:
            if method == "POST" and not checked_writes and \
                    want[name] != 403:
                after = tables_state(stack)
                changed = tables_changed(snap, after)
                if changed:
                    wrote.append("%s %s: refused, yet changed %s"
                                 % (method, url, ", ".join(changed)))
                checked_writes = True
            c, csrf = clients[name]
            r = c.get(url) if method == "GET" else \
                c.post(url, {"csrf": csrf, "version": "1"})
            key = str(want[name])
            tally[key] = tally.get(key, 0) + 1
            if not matches(r, want[name]):
                unexpected.append("%s %s as %s: %d, expected %s"
                                  % (method, url, name, r.status, want[name]))
            rows = stack.audit_rows(last)
            if rows:
                last = int(rows[-1][0])
            if want[name] == 403 and ACTORS[name]:
                refused = [x for x in rows if x[3] == "refused"]
                if [(x[1], x[2]) for x in refused] != [(ACTORS[name],
                                                        action)]:
                    unaudited.append("%s %s as %s: audit %s"
                                     % (method, url, name, refused))
        if method == "POST" and not checked_writes:
            changed = tables_changed(snap, tables_state(stack))
            if changed:
                wrote.append("%s %s: refused, yet changed %s"
                             % (method, url, ", ".join(changed)))
    cells = sum(tally.values())
    refused_cells = sum(1 for _, _, w in ROUTES for a in ACTORS
                        if w[a] == 403 and ACTORS[a])
    print("     access matrix: %d routes x %d actors = %d cells, exact: %s; "
          "%d unexpected; %d refusals of a logged-in actor, %d not audited "
          "exactly once; %d refused POSTs that wrote"
          % (len(ROUTES), len(ACTORS), cells,
             ", ".join("%s %d" % kv for kv in sorted(tally.items())),
             len(unexpected), refused_cells, len(unaudited), len(wrote)))
    problems = []
    for title, items in (("refused POSTs that wrote", wrote),
                         ("cells with another status", unexpected),
                         ("refusals not audited exactly once", unaudited)):
        if items:
            problems.append("%s (%d):\n  %s" % (title, len(items),
                                                 "\n  ".join(items[:25])))
    check(not problems, "\n".join(problems))


def test_every_route_is_in_the_matrix(stack):
    """The routes[] tables of cgi-bin/*.c against the matrix."""
    top = os.path.dirname(os.path.dirname(os.path.dirname(
        os.path.abspath(__file__))))
    shipped = set()
    for f in glob.glob(os.path.join(top, "cgi-bin", "*.c")):
        with open(f) as fh:
            for m, p in re.findall(r'\{\s*REQ_(GET|POST),\s*"([^"]+)"',
                                   fh.read()):
                shipped.add((m, "/appraisal" + p))
    check(len(shipped) > 40, "routes[] tables not found: %d" % len(shipped))
    tested = set((m, re.sub(r"\{[A-Z]\}|\b\d+\b", "#", p))
                 for m, p, _ in ROUTES)
    missing = sorted(shipped - tested)
    check(not missing, "routes missing from the access matrix: %s" % missing)


def test_access_pages_refuse_other_ids_alike(stack):
    ids = record_ids(stack)
    c = stack.client()
    c.login("gadeyemi")
    for path in ("/appraisal/access/%s", "/appraisal/access/%s/log"):
        got = {k: c.get(path % ids[k]) for k in ("E", "O", "X")}
        check(all(r.status == 403 for r in got.values()),
              {k: r.status for k, r in got.items()})
        check(got["E"].same == got["O"].same == got["X"].same,
              "refusal pages differ")


def test_other_ids_refused_alike(stack):
    ids = record_ids(stack)
    c = stack.client()
    c.login(people.TEACHER)
    got = {k: c.get("/appraisal/plan/%s" % ids[k]) for k in ("R", "O", "X")}
    check(got["R"].status == got["O"].status == got["X"].status == 403,
          {k: v.status for k, v in got.items()})
    check(got["R"].same == got["O"].same == got["X"].same,
          "refusal pages differ")


# ---- relationships changed through the pages, then read -------------------
# Who reviews whom is a fact the head records on /admin/reviewers; each
# change is followed by reads of the plan it opens or closes.

def staff_id(stack, login):
    return stack.sql("SELECT id FROM staff WHERE login = ?", login)[0][0]


def reader(stack, login):
    c = stack.client()
    check(c.login(login).status == 303, "log-in " + login)
    return c


def assign(stack, c, csrf, reviewee, reviewer):
    return c.post("/appraisal/admin/reviewers",
                  {"csrf": csrf, "reviewee": staff_id(stack, reviewee),
                   "reviewer": staff_id(stack, reviewer)})


def test_reassigned_reviewer_reads_and_the_old_one_is_refused(stack):
    # mjones is reviewed by aokonkwo in the demo data; no other test uses
    # either of them, or wellison (who reviews nobody).
    plan = "/appraisal/plan/%s" % appraisal_of(stack, "mjones")
    old, new = reader(stack, "aokonkwo"), reader(stack, "wellison")
    check(old.get(plan).status == 200, "the demo reviewer cannot read")
    check(new.get(plan).status == 403, "wellison reads before assigned")
    head = reader(stack, people.HEAD)
    csrf = head.page_csrf("/appraisal/admin/reviewers")
    r = assign(stack, head, csrf, "mjones", "wellison")
    check(r.status == 303, r)
    try:
        check(stack.reviewer_of("mjones") == "wellison", "not reassigned")
        check(new.get(plan).status == 200, "the new reviewer cannot read")
        before = stack.audit_max()
        check(old.get(plan).status == 403, "the old reviewer still reads")
        rows = [x for x in stack.audit_rows(before) if x[3] == "refused"]
        check([(x[1], x[2]) for x in rows] == [("aokonkwo", plan[10:])],
              rows)
    finally:
        r = assign(stack, head, csrf, "mjones", "aokonkwo")
        check(r.status == 303, r)
    check(old.get(plan).status == 200, "the demo reviewer lost the plan")
    check(new.get(plan).status == 403, "wellison kept the plan")


def refused_and_unchanged(stack, r, before):
    check(r.status in (400, 403), "not refused: %r" % r)
    changed = tables_changed(before, tables_state(stack))
    check(not changed, "a refused assignment changed " + ", ".join(changed))


def test_pm_lead_cannot_make_themselves_the_heads_reviewer(stack):
    """The PM lead may assign reviewers, but not make themselves the
    reviewer of the head (that is the governors' panel): refused, nothing
    written, and the head's plan stays closed to them."""
    lead = reader(stack, people.PM_LEAD)
    plan = "/appraisal/plan/%s" % appraisal_of(stack, people.HEAD)
    was = stack.reviewer_of(people.HEAD)
    check(lead.get(plan).status == 403, "the PM lead reads the head's plan")
    csrf = lead.page_csrf("/appraisal/admin/reviewers")
    before = tables_state(stack)
    try:
        r = assign(stack, lead, csrf, people.HEAD, people.PM_LEAD)
        refused_and_unchanged(stack, r, before)
        check(lead.get(plan).status == 403,
              "the PM lead reads the head's plan after assigning")
    finally:
        if stack.reviewer_of(people.HEAD) != was:
            # Clean-up after the bug only: put the demo's panel back.
            stack.sql("UPDATE appraisal a JOIN staff re ON re.id = "
                      "a.reviewee_id SET a.reviewer_id = (SELECT id FROM "
                      "staff WHERE login = ?) WHERE re.login = ?",
                      was, people.HEAD)


def test_head_cannot_pick_their_own_reviewer(stack):
    head = reader(stack, people.HEAD)
    csrf = head.page_csrf("/appraisal/admin/reviewers")
    was = stack.reviewer_of(people.HEAD)
    before = tables_state(stack)
    try:
        r = assign(stack, head, csrf, people.HEAD, people.PM_LEAD)
        refused_and_unchanged(stack, r, before)
    finally:
        if stack.reviewer_of(people.HEAD) != was:
            # Clean-up after the bug only: put the demo's panel back.
            stack.sql("UPDATE appraisal a JOIN staff re ON re.id = "
                      "a.reviewee_id SET a.reviewer_id = (SELECT id FROM "
                      "staff WHERE login = ?) WHERE re.login = ?",
                      was, people.HEAD)


def test_nobody_is_assigned_as_their_own_reviewer(stack):
    """One by one and from a list, by each person who may assign."""
    for who in (people.HEAD, people.PM_LEAD):
        c = reader(stack, who)
        csrf = c.page_csrf("/appraisal/admin/reviewers")
        for person in ("mjones", who):
            before = tables_state(stack)
            r = assign(stack, c, csrf, person, person)
            refused_and_unchanged(stack, r, before)
            r = c.post("/appraisal/admin/reviewers/import",
                       {"csrf": csrf,
                        "assignments": "%s,%s\n" % (person, person)})
            refused_and_unchanged(stack, r, before)
            check(stack.reviewer_of(person) != person,
                  "%s reviews themselves (assigned by %s)" % (person, who))
