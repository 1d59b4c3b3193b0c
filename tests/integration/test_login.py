"""Log-in, log-out, sessions and the dashboard, against the real stack."""
import statistics

import people
from harness import DEMO_PASSWORD, check

SECURITY_HEADERS = {
    "Content-Security-Policy": "frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
}


def check_security_headers(r, where):
    for name, want in SECURITY_HEADERS.items():
        got = r.header(name)
        check(got is not None and want in got,
              "%s: header %s is %r" % (where, name, got))
    csp = r.header("Content-Security-Policy")
    check("unsafe-inline" not in csp, "%s: CSP allows inline code" % where)


def logged_in(stack, who=people.TEACHER):
    c = stack.client()
    r = c.login(who)
    check(r.status == 303, "log-in of %s: %r" % (who, r))
    return c


def test_login_lands_on_dashboard(stack):
    c = stack.client()
    r = c.login(people.TEACHER)
    check(r.status == 303, r)
    check(r.header("Location") == "/appraisal/", r.header("Location"))
    r = c.get("/appraisal/")
    check(r.status == 200, r)
    check(people.TEACHER_NAME in r.body, "name not on dashboard")
    check(people.SCHOOL_NAME in r.body, "school not on dashboard")
    check(people.TEACHER_TITLE in r.body, "job title not on dashboard")
    check("Teacher" in r.body, "role not on dashboard")
    check("Your appraisal" in r.body, "appraisal section missing")


def test_session_cookie_flags(stack):
    c = stack.client()
    r = c.login(people.TEACHER)
    cookies = [v for v in r.all("Set-Cookie")
               if v.startswith("appraisal_session=")]
    check(len(cookies) == 1, cookies)
    ck = cookies[0]
    token = ck.split("=", 1)[1].split(";")[0]
    check(len(token) == 64 and all(ch in "0123456789abcdef" for ch in token),
          "token is not 256 bits of hex")
    for flag in ("HttpOnly", "SameSite=Lax", "Path=/appraisal/"):
        check(flag in ck, "cookie lacks %s: %s" % (flag, ck))
    check("Secure" not in ck, "Secure set on plain HTTP")
    # Only the hash is stored.
    rows = stack.sql("SELECT COUNT(*) FROM session WHERE token_hash = ?", token)
    check(rows[0][0] == "0", "raw token stored in the database")


def test_session_rotated_at_login(stack):
    """A session token the browser carries into a log-in is never kept:
    log-in issues a new one and ends the old (no log-out in between)."""
    c = stack.client()
    check(c.login(people.TEACHER).status == 303, "log-in")
    first = c.cookies["appraisal_session"]
    # Log in again in the same browser, the first session's cookie still
    # sent (a logged-in browser's forms carry the session's CSRF token).
    csrf = c.page_csrf()
    r = c.post("/appraisal/login", {"csrf": csrf, "user": people.TEACHER,
                                    "password": DEMO_PASSWORD})
    check(r.status == 303, r)
    second = c.cookies.get("appraisal_session")
    check(second and second != first, "token not rotated at log-in")
    check(c.get("/appraisal/").status == 200, "new session does not work")
    old = stack.client()
    old.cookies["appraisal_session"] = first
    r = old.get("/appraisal/")
    check(r.status == 303 and "/appraisal/login" in r.header("Location"),
          "the session from before the log-in still works: %r" % r)


def test_planted_session_token_not_adopted(stack):
    """Session fixation: a token set in the browser before log-in (by
    someone else) never becomes the session."""
    planted = "ab" * 32
    c = stack.client()
    c.cookies["appraisal_session"] = planted
    check(c.login(people.TEACHER).status == 303, "log-in")
    check(c.cookies.get("appraisal_session") not in (None, planted),
          "planted token kept")
    other = stack.client()
    other.cookies["appraisal_session"] = planted
    r = other.get("/appraisal/")
    check(r.status == 303 and "/appraisal/login" in r.header("Location"),
          "the planted token is a session: %r" % r)


def test_wrong_password(stack):
    c = stack.client()
    r = c.login(people.HEAD_OF_DEPT, "not-the-password")
    check(r.status == 401, r)
    check("user name or password is not right" in r.body, "message")
    check('value="%s"' % people.HEAD_OF_DEPT in r.body, "name not kept")
    check("appraisal_session" not in c.cookies, "session given")


def test_unknown_user_same_message(stack):
    c = stack.client()
    r = c.login("nosuchperson", "whatever-password")
    check(r.status == 401, r)
    check("user name or password is not right" in r.body, "message differs")


def test_unknown_user_similar_timing(stack):
    """Unknown names and wrong passwords take similar time (medians)."""
    real, unknown = [], []
    for i in range(4):
        c = stack.client()
        real.append(c.login(people.TIMING_USERS[i % 2], "wrong-%d" % i).seconds)
        unknown.append(c.login("ghost%d" % i, "wrong-%d" % i).seconds)
    a, b = statistics.median(real), statistics.median(unknown)
    print("     timing: wrong password %.1f ms, unknown user %.1f ms"
          % (a * 1000, b * 1000))
    check(abs(a - b) < 0.25 and max(a, b) < 3 * min(a, b) + 0.02,
          "timings differ: %.3f vs %.3f" % (a, b))
    stack.sql("DELETE FROM login_throttle")


def test_empty_password_refused(stack):
    c = stack.client()
    r = c.login(people.TEACHER, "")
    check(r.status == 400, r)
    check("Enter your password" in r.body, "field error missing")
    check('href="#password"' in r.body, "error summary does not link field")


def test_empty_user_refused(stack):
    c = stack.client()
    r = c.login("", "x")
    check(r.status == 400, r)
    check("Enter your user name" in r.body, "field error missing")


def test_hostile_user_names(stack):
    for name in ("*", "admin*)(|(uid=*", "*)(uid=*))(|(uid=*",
                 people.TEACHER + ")(uid=*", "x" * 10240):
        c = stack.client()
        r = c.login(name, "anything")
        check(r.status in (400, 401), "%r -> %r" % (name[:40], r))
        check("appraisal_session" not in c.cookies, "logged in as %r" % name)
        check("x" * 300 not in r.body, "10 KB name echoed back")
    stack.sql("DELETE FROM login_throttle")


def test_wildcard_with_real_password_refused(stack):
    c = stack.client()
    r = c.login("*", DEMO_PASSWORD)
    check(r.status == 401, r)
    check("appraisal_session" not in c.cookies, "wildcard logged in")
    stack.sql("DELETE FROM login_throttle")


def test_post_without_csrf_is_403(stack):
    c = stack.client()
    c.login_form()
    r = c.post("/appraisal/login", {"user": people.TEACHER,
                                    "password": DEMO_PASSWORD})
    check(r.status == 403, r)
    check("appraisal_session" not in c.cookies, "logged in without CSRF")
    c = logged_in(stack)
    r = c.post("/appraisal/logout", {})
    check(r.status == 403, r)
    r = c.post("/appraisal/logout", {"csrf": "0" * 64})
    check(r.status == 403, r)
    check(c.get("/appraisal/").status == 200, "session lost after refusal")


def test_csrf_refusal_is_audited(stack):
    before = stack.audit_max()
    c = logged_in(stack)
    before = stack.audit_max()
    c.post("/appraisal/logout", {"csrf": "f" * 64})
    rows = [r for r in stack.audit_rows(before) if r[3] == "refused"]
    check([(r[1], r[2]) for r in rows] == [(people.TEACHER, "/logout")] and
          "CSRF" in rows[0][4], rows)


def test_dashboard_needs_login_and_returns_after(stack):
    c = stack.client()
    r = c.get("/appraisal/?tab=mine")
    check(r.status == 303, r)
    loc = r.header("Location")
    check(loc.startswith("/appraisal/login?next="), loc)
    r = c.get(loc)
    check(r.status == 200 and 'name="next"' in r.body, "next not carried")
    r = c.login(people.TEACHER, next_path="/appraisal/?tab=mine")
    check(r.header("Location") == "/appraisal/?tab=mine", r.header("Location"))


def test_expired_session_returns_to_login_then_page(stack):
    c = logged_in(stack)
    stack.sql("UPDATE session SET last_seen_at = last_seen_at - 86400, "
              "created_at = created_at - 86400")
    r = c.get("/appraisal/")
    check(r.status == 303, r)
    check("/appraisal/login?next=" in r.header("Location"), r.header("Location"))
    check("appraisal_session" not in c.cookies, "dead cookie kept")
    r = c.login(people.TEACHER, next_path="/appraisal/")
    check(r.status == 303 and r.header("Location") == "/appraisal/", r)
    check(c.get("/appraisal/").status == 200, "not back on dashboard")


def test_logout_invalidates_session_server_side(stack):
    c = logged_in(stack)
    old = c.cookies["appraisal_session"]
    csrf = c.page_csrf()
    before = stack.audit_max()
    r = c.post("/appraisal/logout", {"csrf": csrf})
    check(r.status == 303, r)
    check("appraisal_session" not in c.cookies, "cookie not cleared")
    thief = stack.client()
    thief.cookies["appraisal_session"] = old
    r = thief.get("/appraisal/")
    check(r.status == 303, "old cookie still works: %r" % r)
    check(any(row[2] == "logout" for row in stack.audit_rows(before)),
          "logout not audited")


def test_logout_page(stack):
    c = logged_in(stack)
    r = c.get("/appraisal/logout")
    check(r.status == 200 and "Log out" in r.body, r)


def test_open_redirect_refused(stack):
    for bad in ("//evil.example/", "https://evil.example/", "/elsewhere",
                "/appraisal/../x", "/appraisal//evil.example"):
        c = stack.client()
        r = c.login(people.TEACHER, next_path=bad)
        check(r.status == 303 and r.header("Location") == "/appraisal/",
              "%s -> %s" % (bad, r.header("Location")))


def test_security_headers_everywhere(stack):
    c = stack.client()
    pages = [("login form", c.get("/appraisal/login"))]
    pages.append(("failed log-in", c.login(people.TEACHER, "wrong")))
    pages.append(("log-in redirect", c.login(people.TEACHER)))
    pages.append(("dashboard", c.get("/appraisal/")))
    pages.append(("logout page", c.get("/appraisal/logout")))
    pages.append(("405", c.request("PUT", "/appraisal/login")))
    pages.append(("403", c.post("/appraisal/logout", {"csrf": "1" * 64})))
    for where, r in pages:
        check_security_headers(r, where)
    stack.sql("DELETE FROM login_throttle")


def test_static_css_served_by_apache(stack):
    r = stack.client().get("/appraisal/static/appraisal.css")
    check(r.status == 200 and "text/css" in r.header("Content-Type"), r)


def test_head_and_bad_methods(stack):
    c = stack.client()
    r = c.request("HEAD", "/appraisal/login")
    check(r.status == 200 and r.body == "", r)
    r = c.request("PUT", "/appraisal/login", body="x=1")
    check(r.status == 405, r)
    r = c.request("DELETE", "/appraisal/")
    check(r.status in (303, 405), r)


def test_oversized_body_refused_and_program_keeps_serving(stack):
    c = stack.client()
    _, csrf = c.login_form()
    big = "csrf=%s&user=x&password=%s" % (csrf, "a" * (1024 * 1024))
    r = c.request("POST", "/appraisal/login", body=big)
    check(r.status == 413, r)
    mid = "csrf=%s&user=x&password=%s" % (csrf, "a" * (300 * 1024))
    r = c.request("POST", "/appraisal/login", body=mid)
    check(r.status == 413, r)
    check(c.login(people.TEACHER).status == 303, "program stopped serving")


def test_malformed_bodies_are_400(stack):
    c = stack.client()
    _, csrf = c.login_form()
    for body in ("csrf=%s&user=%%zz" % csrf, "csrf=%s&user=%%ff" % csrf,
                 "csrf=%s&user=a%%00b" % csrf, "csrf=%s&user=%%" % csrf):
        r = c.request("POST", "/appraisal/login", body=body)
        check(r.status == 400, "%s -> %r" % (body, r))
    many = "&".join("f%d=1" % i for i in range(2000))
    r = c.request("POST", "/appraisal/login", body=many)
    check(r.status == 413, r)
    r = c.request("POST", "/appraisal/login", body="a=1",
                  headers={"Content-Type": "text/plain"})
    check(r.status == 415, r)


def test_throttle_locks_after_repeated_failures(stack):
    stack.sql("DELETE FROM login_throttle")
    c = stack.client()
    for i in range(5):
        r = c.login(people.THROTTLE_USER, "wrong-%d" % i)
        check(r.status == 401, r)
    r = c.login(people.THROTTLE_USER)
    check(r.status == 429, "not locked: %r" % r)
    stack.sql("DELETE FROM login_throttle")
    check(c.login(people.THROTTLE_USER).status == 303, "not unlocked")


def test_every_login_is_audited(stack):
    before = stack.audit_max()
    stack.client().login(people.TEACHER)
    stack.client().login(people.TEACHER, "wrong")
    stack.client().login("nosuchperson", "wrong")
    rows = stack.audit_rows(before, "login")
    got = [(r[1], r[3]) for r in rows]
    check((people.TEACHER, "ok") in got, got)
    check((people.TEACHER, "failed") in got, got)
    check(("nosuchperson", "failed") in got, got)
    stack.sql("DELETE FROM login_throttle")


def test_login_refreshes_staff_row(stack):
    stack.sql("UPDATE staff SET display_name = 'Stale Name' WHERE login = ?",
              people.HEAD)
    c = logged_in(stack, people.HEAD)
    r = c.get("/appraisal/")
    check("Stale Name" not in r.body and people.HEAD_NAME in r.body,
          "row not refreshed at log-in")
    check("Headteacher" in r.body, "headteacher role not shown")


def test_second_school_sees_own_school(stack):
    c = logged_in(stack, people.OTHER_SCHOOL_TEACHER)
    r = c.get("/appraisal/")
    check(people.OTHER_SCHOOL_NAME in r.body, "wrong school shown")
    check(people.SCHOOL_NAME not in r.body, "first school shown")


def test_person_without_school_is_refused_clearly(stack):
    c = stack.client()
    r = c.login(people.NO_SCHOOL)
    check(r.status == 403 and "not linked to a school" in r.body, r)
    check("appraisal_session" not in c.cookies, "session given")


def test_directory_down_then_back(stack):
    stack.server("slapd", "stop")
    try:
        c = stack.client()
        r = c.login(people.TEACHER)
        check(r.status == 503, r)
        check("Cannot reach the school directory" in r.body, r.body[:500])
    finally:
        stack.server("slapd", "start")
    r = stack.client().login(people.TEACHER)
    check(r.status == 303, "no log-in after slapd restart: %r" % r)


def test_database_down_then_back(stack):
    c = logged_in(stack)
    stack.server("mariadb", "stop")
    try:
        r = c.get("/appraisal/")
        check(r.status == 503, r)
        check("cannot reach its database" in r.body, r.body[:500])
        r = stack.client().login(people.TEACHER)
        check(r.status == 503, r)
    finally:
        stack.server("mariadb", "start")
    r = c.get("/appraisal/")
    check(r.status == 200, "no dashboard after MariaDB restart: %r" % r)
    check(stack.client().login(people.TEACHER).status == 303, "no log-in")


def test_no_group_person_is_plain_staff(stack):
    c = logged_in(stack, people.NO_GROUPS)
    r = c.get("/appraisal/")
    check(r.status == 200 and "Member of staff" in r.body, r)
    check("You have no appraisal open this year" in r.body, "empty state")
    check("Headteacher" not in r.body, "unexpected role")

