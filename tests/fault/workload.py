"""Load from many people at once on a private stack, for tests/fault and
script/soak: reviewers recording interim reviews (a save of several rows:
the review, a progress row per objective, the support marks), people
logging in, and dashboards, plan and review pages read.

Every response is sorted: served (200, 303), a conflict (409), the page
that says to try again (503, or Apache's 502/503/504 with the product's
static page: both say "Try again"), or bad (a 500, a 5xx without that
page, a connection refused or dropped by Apache). Each acknowledged save
(303) is remembered with its marker, so it can be looked for afterwards.
Standard library only; 127.0.0.1 only.
"""
import collections
import datetime
import http.client
import random
import re
import threading
import time
import urllib.parse

PASSWORD = "appraisal-demo"
TRY_AGAIN = "Try again"

# How many reviewers record interim reviews at once: each the reviewer of
# one appraisal being monitored in the demo year (monitored(), read from
# the stack, so that the demo's seed may change without breaking this).
REVIEWERS = 12


def monitored(stack_sql, n):
    """(reviewer, reviewee) of up to n appraisals in progress."""
    return [tuple(r) for r in stack_sql(
        "SELECT rv.login, re.login FROM appraisal a JOIN staff re ON "
        "re.id = a.reviewee_id JOIN staff rv ON rv.id = a.reviewer_id "
        "WHERE a.state = 'in_progress' ORDER BY a.id LIMIT %d" % n)]


READERS = ["ebrennan", "hmorgan", "jcarver", "pdoyle", "kwhitfield",
           "rpatel", "dokafor", "cnolan"]


class Recorder:
    """Counts and the acknowledged saves, shared by the workers."""

    def __init__(self):
        self.lock = threading.Lock()
        self.kinds = collections.Counter()      # served/conflict/try-again/bad
        self.statuses = collections.Counter()
        self.bad = []                            # (time, what, detail)
        self.acked = []                          # (appraisal, marker, rows)
        self.attempted = 0
        self.first_review = 0
        self.slowest_login = 0.0
        self.windows = collections.Counter()     # 5xx per window, for soak

    def note(self, what, status, body, seconds=0.0):
        kind = classify(status, body)
        if kind == "bad" and what == "page" and status in (403, 404):
            kind = "refused"        # a page this person may not read
        with self.lock:
            self.kinds[kind] += 1
            self.statuses[status] += 1
            if kind == "bad":
                self.bad.append((time.time(), what, "%s %s" % (
                    status, re.sub(r"\s+", " ", body[:200]))))
            if what == "login":
                self.slowest_login = max(self.slowest_login, seconds)
        return kind

    def ack(self, aid, marker, rows):
        with self.lock:
            self.acked.append((aid, marker, rows))

    def summary(self):
        with self.lock:
            return dict(self.kinds), dict(self.statuses), len(self.acked)


def classify(status, body):
    if status in (200, 303):
        return "served"
    if status in (400, 409):
        return "conflict"
    if status in (502, 503, 504) and TRY_AGAIN in body:
        return "try-again"
    return "bad"


class Browser:
    """One person's browser: cookies, no redirects followed."""

    def __init__(self, port, rec):
        self.port = port
        self.rec = rec
        self.cookies = {}

    def request(self, what, method, path, fields=None):
        body = urllib.parse.urlencode(fields).encode() if fields else None
        h = {"Host": "127.0.0.1:%d" % self.port}
        if self.cookies:
            h["Cookie"] = "; ".join("%s=%s" % kv for kv in self.cookies.items())
        if body is not None:
            h["Content-Type"] = "application/x-www-form-urlencoded"
        t = time.monotonic()
        try:
            c = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
            c.request(method, path, body=body, headers=h)
            r = c.getresponse()
            data = r.read().decode("utf-8", "replace")
            status = r.status
            for v in r.headers.get_all("Set-Cookie") or []:
                name, rest = v.split("=", 1)
                value = rest.split(";", 1)[0]
                if "Max-Age=0" in v or value == "":
                    self.cookies.pop(name, None)
                else:
                    self.cookies[name] = value
            c.close()
        except (OSError, http.client.HTTPException) as e:
            status, data = 0, "connection: %s" % e
        self.rec.note(what, status, data, time.monotonic() - t)
        return status, data

    def login(self, user):
        self.cookies = {}
        s, body = self.request("login form", "GET", "/appraisal/login")
        m = re.search(r'name="csrf" value="([0-9a-f]{64})"', body)
        if s != 200 or not m:
            return False
        s, _ = self.request("login", "POST", "/appraisal/login", {
            "csrf": m.group(1), "user": user, "password": PASSWORD})
        return s == 303


def csrf_of(body):
    m = re.search(r'name="csrf" value="([0-9a-f]{64})"', body)
    return m.group(1) if m else None


class Worker(threading.Thread):
    def __init__(self, port, rec, stop, pause):
        super().__init__(daemon=True)
        self.b = Browser(port, rec)
        self.rec = rec
        self.stop = stop
        self.pause = pause

    def nap(self, seconds=None):
        self.stop.wait(self.pause if seconds is None else seconds)


class Reviewer(Worker):
    """Records interim reviews on one appraisal, one after another, each
    from a freshly loaded page, each with its own marker in every
    objective's comment."""

    def __init__(self, port, rec, stop, pause, login, aid, tag, every):
        super().__init__(port, rec, stop, pause)
        self.login, self.aid, self.tag = login, aid, tag
        self.n = 0
        self.every = every          # save on one visit of this many
        self.visits = 0

    def run(self):
        url = "/appraisal/review/%s" % self.aid
        logged = False
        while not self.stop.is_set():
            if not logged:
                logged = self.b.login(self.login)
                if not logged:
                    self.nap(0.5)
                    continue
            s, body = self.b.request("review page", "GET", url)
            if s == 303:
                logged = False          # the session is gone: log in again
                continue
            if s != 200:
                self.nap(0.3)
                continue
            version = re.search(r'name="version" value="(\d+)"',
                                body.split('/interim"')[-1])
            objs = sorted(set(re.findall(r'name="progress_(\d+)"', body)))
            sups = sorted(set(re.findall(r'name="support_(\d+)"', body)))
            if not version or not objs:
                self.rec.note("review form", 599, "no interim form: " +
                              body[:200])
                self.nap(1)
                continue
            self.visits += 1
            if self.visits % self.every != 0:
                self.nap()
                continue
            self.n += 1
            marker = "fault-save %s-%d" % (self.tag, self.n)
            f = {"csrf": csrf_of(body), "version": version.group(1),
                 "held_day": datetime.date.today().isoformat()}
            for o in objs:
                f["progress_" + o] = "on_track"
                f["comment_" + o] = marker
            for sid in sups:
                f["support_" + sid] = "provided"
            with self.rec.lock:
                self.rec.attempted += 1
            s, body = self.b.request("interim review", "POST",
                                     url + "/interim", f)
            if s == 303:
                self.rec.ack(self.aid, marker, len(objs))
            self.nap()


class Reader(Worker):
    """Logs in now and then and reads the dashboard and a page or two."""

    def __init__(self, port, rec, stop, pause, login, paths):
        super().__init__(port, rec, stop, pause)
        self.login, self.paths = login, paths

    def run(self):
        logged, n = False, 0
        while not self.stop.is_set():
            if not logged or n % 25 == 0:
                logged = self.b.login(self.login)
                if not logged:
                    self.nap(0.5)
                    continue
            n += 1
            s, _ = self.b.request("dashboard", "GET", "/appraisal/")
            if s == 303:
                logged = False
            for p in random.sample(self.paths, min(2, len(self.paths))):
                self.b.request("page", "GET", p)
            self.nap()


def start(stack_sql, port, stop, reviewers=REVIEWERS, readers=4,
          pause=0.05, save_every=1):
    """Start the workers; returns (recorder, threads). stack_sql(query)
    runs a query as root and returns rows."""
    rec = Recorder()
    rec.first_review = int(stack_sql("SELECT COALESCE(MAX(id), 0) FROM "
                                     "interim_review")[0][0])
    threads = []
    paths = ["/appraisal/static/appraisal.css", "/appraisal/access",
             "/appraisal/moderate", "/appraisal/admin/settings"]
    for i, (rv, re_) in enumerate(monitored(stack_sql, reviewers)):
        aid = stack_sql("SELECT a.id FROM appraisal a JOIN staff s ON "
                        "s.id = a.reviewee_id WHERE s.login = '%s'" % re_)[0][0]
        paths.append("/appraisal/plan/%s" % aid)
        threads.append(Reviewer(port, rec, stop, pause, rv, aid,
                                "%s-%s" % (rv, re_), save_every))
    for i in range(readers):
        threads.append(Reader(port, rec, stop, pause,
                              READERS[i % len(READERS)], paths))
    for t in threads:
        t.start()
    return rec, threads


def saves_found(stack_sql, rec):
    """(found, lost, partial): acknowledged saves present whole, those
    missing, and saves of this run (acknowledged or not) whose rows are
    not all there."""
    rows = stack_sql("SELECT p.comment, COUNT(*) FROM interim_progress p "
                     "WHERE p.comment LIKE 'fault-save %' GROUP BY p.review_id, "
                     "p.comment")
    counts = collections.Counter()
    per_review = []
    for comment, n in rows:
        counts[comment] += int(n)
        per_review.append((comment, int(n)))
    want = {m: n for _, m, n in rec.acked}
    found = sum(1 for m, n in want.items() if counts.get(m) == n)
    lost = [m for m, n in want.items() if counts.get(m) != n]
    # Every review of the run has one row per objective of its statement.
    partial = stack_sql(
        "SELECT r.id FROM interim_review r LEFT JOIN (SELECT review_id, "
        "COUNT(*) n FROM interim_progress GROUP BY review_id) p ON "
        "p.review_id = r.id WHERE r.id > %d AND COALESCE(p.n, 0) <> "
        "(SELECT COUNT(*) FROM objective o WHERE o.statement_id = "
        "r.statement_id)" % rec.first_review)
    return found, lost, partial
