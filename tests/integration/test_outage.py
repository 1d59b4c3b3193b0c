"""When the database cannot write, or a program cannot answer, people get
the page that says to try again (503), never a 500 or Apache's own page.
(script/fault does the same under load, with servers killed.)"""
import os
import signal
import subprocess
import time

import people
from harness import STACK, check


def test_read_only_database_says_try_again(stack):
    """The database made read-only (a replica, maintenance): a log-in,
    which writes the session, gets 503 and the try-again page; pages
    already open are served or get the same page; once writable again,
    the log-in works."""
    c = stack.client()
    check(c.login(people.TEACHER).status == 303, "log-in")
    stack.sql("SET GLOBAL read_only = 1")
    try:
        r = stack.client().login(people.HEAD)
        check(r.status == 503, "log-in while read-only: %r" % r)
        check("Try again" in r.body, r.body[:300])
        r = c.get("/appraisal/")
        check(r.status in (200, 503), "dashboard while read-only: %r" % r)
    finally:
        stack.sql("SET GLOBAL read_only = 0")
    check(stack.client().login(people.HEAD).status == 303, "log-in after")


def test_program_gone_says_try_again(stack):
    """Under the shipped mod_proxy_fcgi set-up, a program whose processes
    are gone (being replaced) gets Apache's 503 with the product's
    try-again page, not Apache's; under mod_fcgid Apache starts the
    program again itself, and the snippet has the same page."""
    variant = open(os.path.join(stack.state, "apache", "variant")).read()
    if variant.strip() != "proxy":
        conf = open(os.path.join(stack.state, "apache", "httpd.conf")).read()
        snippet = conf.split("Include ")[-1].strip()
        check("ErrorDocument 503 /appraisal/static/error-503.html"
              in open(snippet).read(), "no try-again page in " + snippet)
        return
    pool = os.path.join(stack.state, "pool")
    pidfile = os.path.join(pool, "concern.pid")
    pids = [int(p) for p in open(pidfile).read().split()]
    for p in pids:
        os.kill(p, signal.SIGTERM)
    for p in pids:
        for _ in range(50):
            try:
                os.kill(p, 0)
            except OSError:
                break
            time.sleep(0.1)
    os.unlink(pidfile)
    try:
        c = stack.client()
        check(c.login(people.HEAD).status == 303, "log-in")
        r = c.get("/appraisal/concern/1")
        check(r.status == 503, "program gone: %r" % r)
        check("Try again" in r.body and "Service unavailable" in r.body,
              "not the try-again page: %s" % r.body[:300])
    finally:
        subprocess.run([os.path.join(STACK, "pool"), "start", stack.state,
                        stack.env["APPRAISAL_PREFIX"]], check=True,
                       capture_output=True)
    check(c.get("/appraisal/concern/1").status in (200, 403, 404),
          "the program did not come back")
