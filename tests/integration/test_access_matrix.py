"""The access matrix: every route of every program, for every role of the
demo school (plus another school's head, a person with no appraisal and
nobody logged in), against the expected allow or deny. IDs are changed in
URLs: another person's appraisal, another school's, one that does not exist
— all refused the same way."""
import people
from harness import check

# Who is asking. "reviewee" and "reviewer" are of the record R below.
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
}

EVERYONE = set(ACTORS) - {"anonymous"}
POLICY = {"head", "pm_lead", "other_school_head"}   # each for own school
ADMIN = POLICY | {"it_admin"}
HEAD = {"head", "other_school_head"}                # each for own school
READ_R = {"reviewee", "reviewer", "head", "pm_lead"}
READ_OTHER_SCHOOL = {"other_school_head"}

# (method, path, who may) — {R}: pdoyle's appraisal, {O}: another
# school's, {X}: none; {C}, {S}, {Q}: a cycle, a member of staff and a
# request for a different reviewer of the demo school (another school's
# head gets 404 for them, as for anything not of their school). POSTs are sent with a valid CSRF token and, for a
# record, must be refused with 403 unless the actor may read it (what an
# allowed actor's step does is the planning walk's business).
ROUTES = [
    ("GET", "/appraisal/", EVERYONE),
    ("GET", "/appraisal/logout", EVERYONE),
    ("GET", "/appraisal/admin", ADMIN),
    ("GET", "/appraisal/admin/settings", POLICY),
    ("POST", "/appraisal/admin/settings", POLICY),
    ("GET", "/appraisal/admin/reviewers", POLICY),
    ("POST", "/appraisal/admin/reviewers", POLICY),
    ("GET", "/appraisal/admin/calendar", ADMIN),
    ("POST", "/appraisal/admin/calendar", ADMIN),
    # Cycles, staff details, bulk reviewers, iCalendar, reviewer changes.
    ("POST", "/appraisal/admin/calendar/ics", ADMIN),
    ("POST", "/appraisal/admin/reviewers/import", POLICY),
    ("GET", "/appraisal/admin/cycles", ADMIN),
    ("POST", "/appraisal/admin/cycles", ADMIN),
    ("GET", "/appraisal/admin/cycles/{C}", ADMIN),
    ("POST", "/appraisal/admin/cycles/{C}", ADMIN),
    ("GET", "/appraisal/admin/staff", POLICY),
    ("GET", "/appraisal/admin/staff/import", POLICY),
    ("POST", "/appraisal/admin/staff/import", POLICY),
    ("GET", "/appraisal/admin/staff/{S}", POLICY),
    ("POST", "/appraisal/admin/staff/{S}", POLICY),
    ("GET", "/appraisal/admin/change-reviewer/{R}", {"reviewee"}),
    ("POST", "/appraisal/admin/change-reviewer/{R}", {"reviewee"}),
    ("GET", "/appraisal/admin/change-reviewer/{O}", set()),
    ("GET", "/appraisal/admin/change-reviewer/{X}", set()),
    ("GET", "/appraisal/admin/reviewer-requests", HEAD),
    ("GET", "/appraisal/admin/reviewer-requests/{Q}", HEAD),
    ("POST", "/appraisal/admin/reviewer-requests/{Q}", HEAD),
    ("GET", "/appraisal/plan/{R}", READ_R),
    ("GET", "/appraisal/plan/{O}", READ_OTHER_SCHOOL),
    ("GET", "/appraisal/plan/{X}", set()),
    ("GET", "/appraisal/plan/{R}/version/1", READ_R),
    ("GET", "/appraisal/plan/{O}/version/1", READ_OTHER_SCHOOL),
    ("GET", "/appraisal/plan/{X}/version/1", set()),
]
for step in ("meeting", "held", "statement", "comment", "finalise", "sign",
             "revision", "support"):
    ROUTES.append(("POST", "/appraisal/plan/{R}/" + step, READ_R))
    ROUTES.append(("POST", "/appraisal/plan/{O}/" + step, READ_OTHER_SCHOOL))
    ROUTES.append(("POST", "/appraisal/plan/{X}/" + step, set()))


def record_ids(stack):
    def aid(login):
        return stack.sql("SELECT a.id FROM appraisal a JOIN staff s ON "
                         "s.id = a.reviewee_id WHERE s.login = ?", login)[0][0]
    kva = "(SELECT id FROM school WHERE code = 'KVA')"
    return {"R": aid("pdoyle"), "O": aid(people.OTHER_SCHOOL_TEACHER),
            "X": "999999",
            "C": stack.sql("SELECT MIN(id) FROM cycle WHERE school_id = "
                           + kva)[0][0],
            "S": stack.sql("SELECT id FROM staff WHERE login = ?",
                           people.TEACHER)[0][0],
            "Q": stack.sql("SELECT MIN(r.id) FROM reviewer_request r JOIN "
                           "appraisal a ON a.id = r.appraisal_id WHERE "
                           "a.school_id = " + kva)[0][0]}


# ---- line-manager access and the access log (cgi-bin/access) ----------
# Two more actors: line managers of pdoyle (demo data), one whose request
# waits, one granted access. {E}: ebrennan's appraisal ("teacher"), another
# person's for everyone else.
ACTORS.update({"line_manager": "gadeyemi", "granted_lm": "sfletcher"})
EVERYONE |= {"line_manager", "granted_lm"}
# The granted line manager reads the plan sections (GET), takes no step.
ROUTES[:] = [(m, p, a | {"granted_lm"} if m == "GET" and p in (
    "/appraisal/plan/{R}", "/appraisal/plan/{R}/version/1") else a)
    for m, p, a in ROUTES]
ASK_R = {"line_manager", "granted_lm", "reviewer"}    # line managers of R
DECIDE_R = {"head", "pm_lead"}
ROUTES += [
    ("GET", "/appraisal/access", EVERYONE),
    ("GET", "/appraisal/access/{R}", ASK_R | DECIDE_R),
    ("GET", "/appraisal/access/{O}", READ_OTHER_SCHOOL),
    ("GET", "/appraisal/access/{X}", set()),
    ("GET", "/appraisal/access/{R}/log", {"reviewee"}),
    ("GET", "/appraisal/access/{E}/log", {"teacher"}),    # her own
    ("GET", "/appraisal/access/{O}/log", set()),
    ("GET", "/appraisal/access/{X}/log", set()),
    ("POST", "/appraisal/access/{R}/request", ASK_R),
    ("POST", "/appraisal/access/{O}/request", READ_OTHER_SCHOOL),
    ("POST", "/appraisal/access/{X}/request", set()),
    ("POST", "/appraisal/access/{E}/request", {"granted_lm"}),
    # A line manager takes back their own waiting request.
    ("POST", "/appraisal/access/{R}/cancel", ASK_R),
    ("POST", "/appraisal/access/{E}/cancel", {"granted_lm"}),
    ("POST", "/appraisal/access/{O}/cancel", READ_OTHER_SCHOOL),
    ("POST", "/appraisal/access/{X}/cancel", set()),
]
for step in ("decide", "withdraw"):
    ROUTES += [
        ("POST", "/appraisal/access/{R}/" + step, DECIDE_R),
        ("POST", "/appraisal/access/{E}/" + step, DECIDE_R),
        ("POST", "/appraisal/access/{O}/" + step, READ_OTHER_SCHOOL),
        ("POST", "/appraisal/access/{X}/" + step, set()),
    ]
_record_ids = record_ids


def record_ids(stack):
    ids = _record_ids(stack)
    ids["E"] = stack.sql("SELECT a.id FROM appraisal a JOIN staff s ON "
                         "s.id = a.reviewee_id WHERE s.login = ?",
                         people.TEACHER)[0][0]
    return ids


def test_access_pages_refuse_other_ids_alike(stack):
    ids = record_ids(stack)
    c = stack.client()
    c.login("gadeyemi")
    for path in ("/appraisal/access/%s", "/appraisal/access/%s/log"):
        got = {k: c.get(path % ids[k]) for k in ("E", "O", "X")}
        check(all(r.status == 403 for r in got.values()),
              {k: r.status for k, r in got.items()})
        check(got["E"].body == got["O"].body == got["X"].body,
              "refusal pages differ")


def outcome(r):
    """allow, deny or login (sent to log in), from a response."""
    if r.status == 403:
        return "deny"
    if r.status == 303 and "/appraisal/login" in (r.header("Location") or ""):
        return "login"
    return "allow"


def test_access_matrix(stack):
    ids = record_ids(stack)
    clients = {}
    for name, login in ACTORS.items():
        c = stack.client()
        if login:
            check(c.login(login).status == 303, "log-in " + login)
            clients[name] = (c, c.page_csrf())
        else:
            _, csrf = c.login_form()
            clients[name] = (c, csrf)
    before = stack.audit_max()
    checked, unexpected = 0, []
    for method, path, allowed in ROUTES:
        url = path.format(**ids)
        for name, (c, csrf) in clients.items():
            if method == "GET":
                r = c.get(url)
            else:
                r = c.post(url, {"csrf": csrf, "version": "1"})
            got = outcome(r)
            if name == "anonymous":
                want = ("login", "deny") if method == "POST" else ("login",)
            elif name in allowed:
                want = ("allow",) if method == "GET" else ("allow", "deny")
            else:
                want = ("deny",)
            checked += 1
            if got not in want:
                unexpected.append("%s %s as %s: %s (%d)"
                                  % (method, url, name, got, r.status))
    refusals = [r for r in stack.audit_rows(before) if r[3] == "refused"]
    print("     access matrix: %d routes x %d actors = %d checks, "
          "%d unexpected, %d refusals audited"
          % (len(ROUTES), len(clients), checked, len(unexpected),
             len(refusals)))
    check(not unexpected, "\n".join(unexpected[:30]))
    check(len(refusals) > 0, "no refusal was audited")


def test_other_ids_refused_alike(stack):
    ids = record_ids(stack)
    c = stack.client()
    c.login(people.TEACHER)
    got = {k: c.get("/appraisal/plan/%s" % v) for k, v in ids.items()}
    check(got["R"].status == got["O"].status == got["X"].status == 403,
          {k: v.status for k, v in got.items()})
    check(got["R"].body == got["X"].body, "refusal pages differ")
