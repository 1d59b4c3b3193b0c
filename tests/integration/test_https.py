"""HTTPS: Secure __Host- cookies and HSTS when the request was HTTPS, also
behind a TLS-terminating proxy (Site.TrustedProxyHeader, here 127.0.0.1
with X-Forwarded-Proto); plain HTTP from anywhere else is redirected to
HTTPS by Apache's snippet, for the product's URLs only."""
import http.client

from harness import DEMO_PASSWORD, check

VIA_PROXY = {"X-Forwarded-Proto": "https"}


def test_proxied_https_gives_host_cookies_and_hsts(stack):
    c = stack.client()
    r = c.get("/appraisal/login", headers=VIA_PROXY)
    check(r.status == 200, r)
    cookie = r.header("Set-Cookie") or ""
    check(cookie.startswith("__Host-appraisal_login=") and
          "; Path=/;" in cookie and cookie.endswith("; Secure") and
          "Domain" not in cookie, cookie)
    check(r.header("Strict-Transport-Security") == "max-age=31536000",
          r.headers)
    csrf = c.csrf_from(r)
    r = c.post("/appraisal/login", {"csrf": csrf, "user": "ebrennan",
                                    "password": DEMO_PASSWORD},
               headers=VIA_PROXY)
    check(r.status == 303, r)
    session = [v for v in r.all("Set-Cookie")
               if v.startswith("__Host-appraisal_session=")]
    check(len(session) == 1 and "; Path=/;" in session[0] and
          session[0].endswith("; Secure"), r.all("Set-Cookie"))
    check(c.get("/appraisal/", headers=VIA_PROXY).status == 200,
          "the __Host- session is not read over HTTPS")
    # Over plain HTTP only the plain names count.
    r = c.get("/appraisal/")
    check(r.status == 303 and "/login" in (r.header("Location") or ""), r)


def test_plain_http_keeps_plain_cookies(stack):
    for headers in ({}, {"X-Forwarded-Proto": "http"}):
        c = stack.client()
        r = c.get("/appraisal/login", headers=headers)
        cookie = r.header("Set-Cookie") or ""
        check(cookie.startswith("appraisal_login=") and
              "Path=/appraisal/" in cookie and "Secure" not in cookie,
              cookie)
        check(r.header("Strict-Transport-Security") is None, r.headers)


def get_from(stack, source, path, headers=None):
    """A request from another loopback address than the trusted proxy."""
    conn = http.client.HTTPConnection("127.0.0.1", stack.port, timeout=30,
                                      source_address=(source, 0))
    h = {"Host": "school.example"}
    h.update(headers or {})
    conn.request("GET", path, headers=h)
    r = conn.getresponse()
    r.read()
    conn.close()
    return r.status, r.getheader("Location")


def test_plain_http_is_redirected_unless_from_the_proxy(stack):
    for path in ("/appraisal/login", "/appraisal/", "/appraisal",
                 "/appraisal/plan/1", "/appraisal/login?next=/appraisal/"):
        status, where = get_from(stack, "127.0.0.2", path, VIA_PROXY)
        check(status == 301 and where == "https://school.example" + path,
              "%s: %d %s" % (path, status, where))
    # Other sites' URLs on the same server are left alone.
    for path in ("/", "/appraisal-other/", "/other/appraisal/"):
        status, where = get_from(stack, "127.0.0.2", path)
        check(status != 301, "%s: %d %s" % (path, status, where))
    # The trusted proxy's requests are served.
    status, _ = get_from(stack, "127.0.0.1", "/appraisal/login")
    check(status == 200, status)
