#!/usr/bin/env python3
"""Hand-made attacks on a running private stack (script/attack runs them
beside sqlmap and wapiti). Each attempt is one request (or one slow
connection) that would prove a hole if it succeeded; prints per kind
"attack: KIND: N attempts, N successes" and each success, and ends with
"attack probes: N attempts, N successes". 127.0.0.1 only, bounded.

usage: probes.py STATE
"""
import os
import socket
import sys
import threading
import time
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "integration"))
import harness  # noqa: E402

TEACHER, HEAD, OTHER_HEAD = "ebrennan", "hmorgan", "ptennant"


class Tally:
    def __init__(self):
        self.rows = []

    def kind(self, name):
        self.rows.append([name, 0, []])

    def attempt(self, ok_for_attacker, what):
        self.rows[-1][1] += 1
        if ok_for_attacker:
            self.rows[-1][2].append(what)

    def report(self):
        n = s = 0
        for name, attempts, wins in self.rows:
            print("attack: %s: %d attempts, %d successes" % (name, attempts,
                                                            len(wins)))
            for w in wins[:10]:
                print("  SUCCESS: " + w)
            n += attempts
            s += len(wins)
        print("attack probes: %d attempts, %d successes" % (n, s))
        return s


def logged_in(stack, who):
    c = stack.client()
    harness.check(c.login(who).status == 303, "log-in " + who)
    return c


def ldap_injection(stack, t):
    t.kind("LDAP injection in the log-in")
    users = ["*", "*)(uid=*", "ebrennan)(|(uid=*", "*)(|(objectClass=*",
             "ebrennan*", "e*", "ebrennan\\2a", "ebrennan)(userPassword=*",
             "*))%00", "admin*)((|userPassword=*)", "ebrennan\x00",
             "(&(uid=ebrennan))", "ebrennan)(&", "cn=admin,dc=fernhill,"
             "dc=example", "hmorgan)(!(uid=x"]
    for u in users:
        for pw in ("*", "wrong", harness.DEMO_PASSWORD, ""):
            r = stack.client().login(u, pw)
            t.attempt(r.status == 303, "user %r password %r -> %d"
                      % (u, pw, r.status))


def csrf(stack, t):
    t.kind("CSRF (no token, another session's token, a made-up token)")
    head = logged_in(stack, HEAD)
    other = logged_in(stack, TEACHER)
    other_token = other.page_csrf()
    before = stack.sql("SELECT version FROM school_policy WHERE school_id = "
                       "(SELECT id FROM school WHERE code = 'KVA')")
    url = "/appraisal/admin/settings"
    r = head.get(url)
    form = harness.form_values(r.body.split('action="%s"' % url)[1])
    for token in (None, other_token, "0" * 64, "", "a" * 63):
        f = dict(form)
        f.pop("csrf", None)
        if token is not None:
            f["csrf"] = token
        r = head.post(url, f)
        t.attempt(r.status in (200, 303), "settings saved with token %r: %d"
                  % (token, r.status))
    for path, fields in (("/appraisal/logout", {}),
                         ("/appraisal/admin/cycles", {"group": "teacher"})):
        r = head.post(path, dict(fields, csrf=other_token))
        t.attempt(r.status in (200, 303), "%s with another session's token: "
                  "%d" % (path, r.status))
    after = stack.sql("SELECT version FROM school_policy WHERE school_id = "
                      "(SELECT id FROM school WHERE code = 'KVA')")
    t.attempt(before != after, "settings changed by a forged request")


def session_fixation(stack, t):
    t.kind("session fixation")
    for fixed in ("a" * 64, "0123456789abcdef" * 4):
        c = stack.client()
        c.cookies["appraisal_session"] = fixed
        c.login(TEACHER)
        t.attempt(c.cookies.get("appraisal_session") == fixed,
                  "the session kept the planted value")
        # The planted value must not be a session now.
        d = stack.client()
        d.cookies["appraisal_session"] = fixed
        r = d.get("/appraisal/")
        t.attempt(r.status == 200, "the planted value logs in")
    # A session from before log-in is not the one after it.
    c = logged_in(stack, TEACHER)
    old = c.cookies.pop("appraisal_session")
    _, token = c.login_form()
    c.cookies["appraisal_session"] = old        # still sent with the log-in
    c.post("/appraisal/login", {"csrf": token, "user": HEAD,
                                "password": harness.DEMO_PASSWORD})
    d = stack.client()
    d.cookies["appraisal_session"] = old
    r = d.get("/appraisal/")
    t.attempt(r.status == 200 and "Helen Morgan" in r.body,
              "the old session became the head's")


def cookie_tampering(stack, t):
    t.kind("cookie tampering")
    c = logged_in(stack, TEACHER)
    good = c.cookies["appraisal_session"]
    variants = [good[:-1] + ("0" if good[-1] != "0" else "1"),
                good.upper(), good[:32], good + "00", good[::-1],
                "../" + good,
                "%00" + good, good.replace(good[0], "g", 1), "",
                "1", "-1", "' OR '1'='1", "x" * 5000]
    for v in variants:
        d = stack.client()
        d.cookies["appraisal_session"] = v
        r = d.get("/appraisal/")
        t.attempt(r.status == 200 or r.status >= 500,
                  "cookie %r -> %d" % (v[:40], r.status))


def idor(stack, t):
    t.kind("IDOR across people, schools and trusts")
    ids = [r[0] for r in stack.sql("SELECT id FROM appraisal")]
    staff = [r[0] for r in stack.sql("SELECT id FROM staff")]
    cycles = [r[0] for r in stack.sql("SELECT id FROM cycle")]
    who = {TEACHER: stack.appraisal_of(TEACHER),
           OTHER_HEAD: None}
    for login in (TEACHER, OTHER_HEAD):
        c = logged_in(stack, login)
        own = who[login]
        allowed = {own} if own else set()
        if login == OTHER_HEAD:
            allowed = {r[0] for r in stack.sql(
                "SELECT id FROM appraisal WHERE school_id = (SELECT id FROM "
                "school WHERE code = 'BPS')")}
        for aid in ids:
            if aid in allowed:
                continue
            for page in ("plan/%s", "review/%s", "observe/%s", "concern/%s",
                         "access/%s", "access/%s/log", "moderate/%s",
                         "plan/%s/version/1"):
                r = c.get("/appraisal/" + page % aid)
                t.attempt(r.status == 200, "%s read %s -> 200"
                          % (login, page % aid))
        for sid in staff:
            r = c.get("/appraisal/admin/staff/%s" % sid)
            mine = login == OTHER_HEAD and stack.sql(
                "SELECT school_id = (SELECT id FROM school WHERE code = "
                "'BPS') FROM staff WHERE id = ?", sid)[0][0] == "1"
            t.attempt(r.status == 200 and not mine,
                      "%s read staff %s" % (login, sid))
        for cid in cycles:
            r = c.get("/appraisal/admin/cycles/%s" % cid)
            mine = login == OTHER_HEAD and stack.sql(
                "SELECT school_id = (SELECT id FROM school WHERE code = "
                "'BPS') FROM cycle WHERE id = ?", cid)[0][0] == "1"
            t.attempt(r.status == 200 and not mine,
                      "%s read cycle %s" % (login, cid))


def raw(stack, data, timeout=10):
    """Send bytes as they are; the status line's code (0: none)."""
    s = socket.create_connection(("127.0.0.1", stack.port), timeout=timeout)
    try:
        s.sendall(data)
        out = b""
        while b"\r\n\r\n" not in out and len(out) < 65536:
            chunk = s.recv(4096)
            if not chunk:
                break
            out += chunk
        while len(out) < 1 << 20:
            chunk = s.recv(65536)
            if not chunk:
                break
            out += chunk
    except OSError:
        pass
    finally:
        s.close()
    try:
        return int(out.split(b" ", 2)[1]), out
    except (IndexError, ValueError):
        return 0, out


def traversal(stack, t):
    t.kind("path traversal (static files, template names)")
    paths = ["/appraisal/static/../../../../etc/passwd",
             "/appraisal/static/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
             "/appraisal/static/..%2f..%2f..%2fetc%2fpasswd",
             "/appraisal/static/%252e%252e/etc/passwd",
             "/appraisal/static/....//....//etc/passwd",
             "/appraisal/static/..\\..\\..\\etc\\passwd",
             "/appraisal/%2e%2e/%2e%2e/etc/passwd",
             "/appraisal/../templates/layout.cs",
             "/appraisal/static/../templates/layout.cs",
             "/appraisal/static/%2e%2e/templates/layout.cs",
             "/appraisal/static/..%c0%af..%c0%afetc/passwd",
             "/appraisal/plan/1/../../../templates/plan/view.cs",
             "/appraisal/layout.cs", "/appraisal/error.cs",
             "/appraisal/home/../../etc/passwd",
             "/appraisal/admin/../../../../etc/appraisal/appraisal.hdf",
             "/appraisal/static/appraisal.css%00.cs",
             "/appraisal/static/", "/appraisal/static/.",
             "/appraisal/?page=../../../../etc/passwd",
             "/appraisal/admin/staff?q=../../../etc/passwd"]
    for p in paths:
        code, body = raw(stack, ("GET %s HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                 "Connection: close\r\n\r\n" % p).encode())
        leaked = (b"root:x:" in body or b"<?cs" in body or
                  b"Password =" in body or b"Index of" in body)
        t.attempt(leaked or code >= 500 and code != 503,
                  "%s -> %d%s" % (p, code, " (leak)" if leaked else ""))


def malformed(stack, t):
    t.kind("oversized and malformed requests")
    c = logged_in(stack, TEACHER)
    cookie = "appraisal_session=%s" % c.cookies["appraisal_session"]
    token = c.page_csrf()
    big = b"a=" + b"x" * (12 << 20)
    cases = [
        b"POST /appraisal/login HTTP/1.1\r\nHost: x\r\nContent-Type: "
        b"application/x-www-form-urlencoded\r\nContent-Length: %d\r\n"
        b"Connection: close\r\n\r\n" % len(big) + big,
        b"GET /appraisal/ HTTP/1.1\r\nHost: x\r\nX-Big: " + b"y" * 200000 +
        b"\r\nConnection: close\r\n\r\n",
        b"GET /appraisal/" + b"a" * 20000 + b" HTTP/1.1\r\nHost: x\r\n"
        b"Connection: close\r\n\r\n",
        b"POST /appraisal/login HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: "
        b"chunked\r\nConnection: close\r\n\r\nffffffff\r\nabc\r\n0\r\n\r\n",
        b"POST /appraisal/login HTTP/1.1\r\nHost: x\r\nContent-Length: -5"
        b"\r\nConnection: close\r\n\r\n",
        b"POST /appraisal/login HTTP/1.1\r\nHost: x\r\nContent-Length: 100"
        b"\r\nContent-Length: 2\r\nConnection: close\r\n\r\nab",
        b"GET /appraisal/?q=%ff%fe%00%zz HTTP/1.1\r\nHost: x\r\n"
        b"Connection: close\r\n\r\n",
        b"GET /appraisal/\x00 HTTP/1.1\r\nHost: x\r\n\r\n",
        b"BREW /appraisal/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
        b"GET /appraisal/ HTTP/9.9\r\nHost: x\r\nConnection: close\r\n\r\n",
        b"\xff\xfe\xfd\r\n\r\n",
        b"GET /appraisal/ HTTP/1.1\r\nHost: x\r\nCookie: " + cookie.encode() +
        b"\r\nConnection: close\r\nX: \xc3\x28\r\n\r\n",
    ]
    for body in (b"csrf=" + token.encode() + b"&comment=%ff%fe%00",
                 b"csrf=" + token.encode() + b"&" + b"&".join(
                     b"f%d=1" % i for i in range(5000)),
                 b"csrf=" + token.encode() + b"&a=%%%%%%",
                 b"\x00\x01\x02" * 100):
        cases.append(b"POST /appraisal/admin/change-reviewer/%s HTTP/1.1\r\n"
                     b"Host: x\r\nCookie: %s\r\nContent-Type: application/"
                     b"x-www-form-urlencoded\r\nContent-Length: %d\r\n"
                     b"Connection: close\r\n\r\n" % (
                         stack.appraisal_of(TEACHER).encode(), cookie.encode(),
                         len(body)) + body)
    for data in cases:
        code, out = raw(stack, data, timeout=20)
        t.attempt(code >= 500 or code == 200 and b"<h1>" not in out,
                  "%r... -> %d" % (data[:60], code))
    r = stack.client().get("/appraisal/login")
    t.attempt(r.status != 200, "the server no longer answers")


def slowloris(stack, t, conns=150, seconds=15):
    t.kind("slow requests (slowloris)")
    socks = []
    stop = threading.Event()

    def drip():
        for s in list(socks):
            try:
                s.sendall(b"X-a: b\r\n")
            except OSError:
                socks.remove(s)

    for _ in range(conns):
        try:
            s = socket.create_connection(("127.0.0.1", stack.port), timeout=5)
            s.sendall(b"GET /appraisal/login HTTP/1.1\r\nHost: x\r\n")
            socks.append(s)
        except OSError:
            break
    t0 = time.monotonic()
    worst = 0.0
    while time.monotonic() - t0 < seconds:
        drip()
        a = time.monotonic()
        try:
            r = stack.client().get("/appraisal/login")
            ok = r.status == 200
        except OSError:
            ok = False
        took = time.monotonic() - a
        worst = max(worst, took)
        t.attempt(not ok or took > 5, "a normal request during %d slow "
                  "connections: %s in %.1f s" % (len(socks), ok, took))
        time.sleep(1)
    stop.set()
    for s in socks:
        s.close()
    print("attack: slowloris: %d slow connections held, slowest normal "
          "request %.2f s" % (conns, worst))


def main():
    stack = harness.Stack(sys.argv[1])
    t = Tally()
    # The log-in attempts last: their wrong passwords lock the names.
    for probe in (csrf, session_fixation, cookie_tampering, idor, traversal,
                  malformed, slowloris, ldap_injection):
        probe(stack, t)
    return 1 if t.report() else 0


if __name__ == "__main__":
    sys.exit(main())
