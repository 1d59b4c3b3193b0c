"""Every request has an id; every error page shows it, and Apache's error
log has the program's lines about that request under the same id, so IT
can find what happened from what a person reads out to them."""
import os
import re
import time

import people
from harness import check


def error_log(stack):
    with open(os.path.join(stack.state, "apache", "error.log"),
              errors="replace") as f:
        return f.read()


def page_id(r):
    m = re.search(r"request id\s*<code>([A-Za-z0-9@_-]{1,64})</code>", r.body)
    check(m, "no request id on the %d page: %s" % (r.status, r.body[:800]))
    return m.group(1)


def logged(stack, rid, *words):
    """The error log's lines of request rid (waiting a moment for Apache
    to write them); each of words must be in one of them."""
    lines = []
    for _ in range(50):
        lines = [line for line in error_log(stack).splitlines()
                 if " request %s: " % rid in line]
        if lines and all(any(w in line for line in lines) for w in words):
            return lines
        time.sleep(0.1)
    check(False, "request %s: %r not in the error log: %s"
          % (rid, words, lines))


def test_not_found_page_has_an_id_in_the_error_log(stack):
    r = stack.client().get("/appraisal/no-such-page")
    check(r.status == 404, r)
    rid = page_id(r)
    lines = logged(stack, rid, "appraisal: home request %s: error page 404 "
                   "for GET /appraisal/no-such-page" % rid)
    check(len(lines) == 1, lines)
    other = page_id(stack.client().get("/appraisal/no-such-page"))
    check(other != rid, "two requests, one id")


def test_refusal_names_the_person(stack):
    c = stack.client()
    check(c.login(people.TEACHER).status == 303, "log-in")
    r = c.get("/appraisal/admin")
    check(r.status == 403, r)
    rid = page_id(r)
    logged(stack, rid, "appraisal: admin request %s: error page 403 for GET "
           "/appraisal/admin by %s" % (rid, people.TEACHER))


def test_library_lines_carry_the_request_id(stack):
    """The directory is down: the log-in page says so (503) with its id;
    the directory module's own line about it has the same id."""
    stack.server("slapd", "stop")
    try:
        r = stack.client().login(people.TEACHER)
        check(r.status == 503, r)
        rid = page_id(r)
        logged(stack, rid, "appraisal: login request %s: directory: " % rid,
               "error page 503 for POST /appraisal/login")
    finally:
        stack.server("slapd", "start")
