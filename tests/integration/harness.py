"""A small harness for Appraisal's integration tests.

Tests are functions named test_* in tests/integration/test_*.py. Each gets
a Stack: the private MariaDB, slapd and Apache started by tests/stack/up,
described by STATE/stack.env. Tests talk HTTP to the real Apache, query the
real database and stop and start the real servers. Standard library only.
"""
import http.client
import os
import re
import subprocess
import time
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
STACK = os.path.join(os.path.dirname(HERE), "stack")
DEMO_PASSWORD = "appraisal-demo"


class Skip(Exception):
    """Raise to mark a test skipped, with the reason."""


def load_env(state):
    env = {}
    with open(os.path.join(state, "stack.env")) as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#") or "=" not in line:
                continue
            if line.startswith("export "):
                line = line[7:]
            k, v = line.split("=", 1)
            env[k] = v.strip().strip("'\"")
    return env


class Response:
    def __init__(self, status, headers, body, seconds):
        self.status = status
        self.headers = headers          # list of (name, value)
        self.body = body.decode("utf-8", "replace")
        self.seconds = seconds

    @property
    def same(self):
        """The body without the request's id (every 4xx/5xx page shows
        one, different for each request): for comparing two refusals."""
        return re.sub(r"(?i)(request id\s*<code>)[A-Za-z0-9@_-]*(</code>)",
                      r"\1ID\2", self.body)

    def header(self, name):
        for k, v in self.headers:
            if k.lower() == name.lower():
                return v
        return None

    def all(self, name):
        return [v for k, v in self.headers if k.lower() == name.lower()]

    def __repr__(self):
        return "<%d %s>" % (self.status, self.body[:200])


class Client:
    """One browser: its cookies, no automatic redirects."""

    def __init__(self, stack):
        self.stack = stack
        self.cookies = {}

    def request(self, method, path, body=None, headers=None):
        conn = http.client.HTTPConnection("127.0.0.1", self.stack.port,
                                          timeout=30)
        h = {"Host": "127.0.0.1:%d" % self.stack.port}
        if self.cookies:
            h["Cookie"] = "; ".join("%s=%s" % kv for kv in self.cookies.items())
        if body is not None:
            if isinstance(body, dict) or isinstance(body, list):
                body = urllib.parse.urlencode(body)
            if isinstance(body, str):
                body = body.encode()
            h["Content-Type"] = "application/x-www-form-urlencoded"
        h.update(headers or {})
        t = time.monotonic()
        conn.request(method, path, body=body, headers=h)
        r = conn.getresponse()
        data = r.read()
        seconds = time.monotonic() - t
        conn.close()
        resp = Response(r.status, r.getheaders(), data, seconds)
        for c in resp.all("Set-Cookie"):
            name, rest = c.split("=", 1)
            value = rest.split(";", 1)[0]
            if "Max-Age=0" in c or value == "":
                self.cookies.pop(name, None)
            else:
                self.cookies[name] = value
        return resp

    def get(self, path, **kw):
        return self.request("GET", path, **kw)

    def post(self, path, fields, **kw):
        return self.request("POST", path, body=fields, **kw)

    def csrf_from(self, resp):
        m = re.search(r'name="csrf" value="([0-9a-f]{64})"', resp.body)
        return m.group(1) if m else None

    def login_form(self, query=""):
        r = self.get("/appraisal/login" + query)
        assert r.status == 200, r
        return r, self.csrf_from(r)

    def login(self, user, password=DEMO_PASSWORD, next_path=None):
        _, csrf = self.login_form()
        fields = {"csrf": csrf, "user": user, "password": password}
        if next_path:
            fields["next"] = next_path
        return self.post("/appraisal/login", fields)

    def page_csrf(self, path="/appraisal/"):
        r = self.get(path)
        assert r.status == 200, r
        return self.csrf_from(r)


class Stack:
    def __init__(self, state):
        self.state = state
        self.env = load_env(state)
        self.port = int(self.env["APPRAISAL_HTTP_PORT"])
        self.socket = self.env["APPRAISAL_DB_SOCKET"]

    def client(self):
        return Client(self)

    def sql(self, query, *params):
        """Run a query as root over the socket; rows as lists of strings.
        Parameters are quoted here: test code only, fixed values."""
        for p in params:
            q = "NULL" if p is None else (
                str(p) if isinstance(p, int) else
                "'" + str(p).replace("\\", "\\\\").replace("'", "\\'") + "'")
            query = query.replace("?", q, 1)
        out = subprocess.run(
            ["mariadb", "--no-defaults", "--socket=" + self.socket, "-N", "-B",
             "appraisal", "-e", query],
            check=True, capture_output=True, text=True).stdout
        return [line.split("\t") for line in out.splitlines()]

    def list_counts_differ(self):
        """Where the lists' counts and rosters (sql/018-lists.sql), the
        counts by state (sql/019-state-counts.sql), the ties
        (sql/020-staff-ties.sql) or the signed statements
        (sql/022-pages-read-less.sql), kept by triggers,
        differ from a recount from scratch: rows of (what, school or
        cycle, group or state, cycle or due day, person or counts); none
        when they agree."""
        return self.sql(RECOUNT)

    def report_pointers_differ(self):
        """Where report_latest (sql/021-report-latest.sql, kept by
        triggers) differs from each appraisal's newest version and newest
        issued version worked out from scratch: rows of (appraisal, newest,
        issued, kept newest, kept issued); none when they agree."""
        return self.sql(REPOINT)

    def server(self, name, action):
        subprocess.run([os.path.join(STACK, name), action, self.state],
                       check=True, capture_output=True)

    def audit_rows(self, since_id, action=None):
        q = ("SELECT id, actor_login, action, result, reason FROM audit "
             "WHERE id > ?")
        rows = self.sql(q + " ORDER BY id", since_id)
        return [r for r in rows if action is None or r[2] == action]

    def refusals(self, since_id):
        """(actor, action) of each refusal audited after since_id."""
        return [(r[1], r[2]) for r in self.audit_rows(since_id)
                if r[3] == "refused"]

    def check_refusal_audited(self, since_id, actor, action):
        """Exactly one refusal audited since since_id: this actor's, of
        this action (the request's path without the prefix)."""
        got = self.refusals(since_id)
        check(got == [(actor, action)],
              "refusals audited: %s, expected [(%r, %r)]"
              % (got, actor, action))

    def staff_id(self, login):
        return self.sql("SELECT id FROM staff WHERE login = ?", login)[0][0]

    def appraisal_of(self, login):
        """The id of the appraisal of the person with this log-in."""
        return self.sql("SELECT a.id FROM appraisal a JOIN staff s ON "
                        "s.id = a.reviewee_id WHERE s.login = ?", login)[0][0]

    def reviewer_of(self, login):
        """The log-in of the reviewer of this person's appraisal ("" for
        none), or None when they have no appraisal."""
        rows = self.sql("SELECT COALESCE(rv.login, '') FROM appraisal a JOIN "
                        "staff re ON re.id = a.reviewee_id LEFT JOIN staff rv "
                        "ON rv.id = a.reviewer_id WHERE re.login = ?", login)
        return rows[0][0] if rows else None

    def audit_max(self):
        rows = self.sql("SELECT COALESCE(MAX(id), 0) FROM audit")
        return int(rows[0][0])


# Who the lists show and their counts, from scratch, against roster and
# list_count (sql/018-lists.sql), the appraisals by cycle, state and due
# day against state_count (sql/019-state-counts.sql), and each person's
# ties against staff_ties (sql/020-staff-ties.sql), and the signed
# statements against signed_statement (sql/022-pages-read-less.sql): what
# is missing and what is extra.
RECOUNT = """
WITH e0 AS (
 SELECT st.school_id, COALESCE(sd.staff_group, 'teacher') AS staff_group,
  0 AS cycle_id, st.id AS staff_id, st.display_name,
  SUBSTRING_INDEX(st.display_name, ' ', -1) AS family_name,
  (NOT FIND_IN_SET('headteacher', st.roles)
   AND NOT COALESCE(sd.exempt_induction, 0)) AS appraised,
  (FIND_IN_SET('headteacher', st.roles) > 0) AS head
 FROM staff st LEFT JOIN staff_detail sd ON sd.staff_id = st.id
 WHERE st.active = 1 AND NOT FIND_IN_SET('governor', st.roles)),
e AS (SELECT * FROM e0 UNION ALL
 SELECT r.school_id, r.staff_group, c.id, r.staff_id, r.display_name,
  r.family_name, 1, 0
 FROM e0 r JOIN cycle c ON c.school_id = r.school_id
  AND c.staff_group = r.staff_group
 WHERE r.appraised = 1 AND NOT EXISTS (SELECT 1 FROM appraisal a
  WHERE a.cycle_id = c.id AND a.reviewee_id = r.staff_id
  AND a.reviewer_id IS NOT NULL)),
ec AS (SELECT school_id, staff_group, cycle_id, SUM(staff) AS staff,
  SUM(unassigned) AS unassigned, SUM(appraisals) AS appraisals FROM (
  SELECT school_id, staff_group, cycle_id, cycle_id = 0 AS staff,
   appraised AS unassigned, 0 AS appraisals FROM e
  UNION ALL SELECT c.school_id, c.staff_group, c.id, 0, 0,
   (SELECT COUNT(*) FROM appraisal a WHERE a.cycle_id = c.id) FROM cycle c) x
 GROUP BY school_id, staff_group, cycle_id),
kept AS (SELECT school_id, staff_group, cycle_id, staff, unassigned,
  appraisals FROM list_count
 WHERE staff <> 0 OR unassigned <> 0 OR appraisals <> 0 OR cycle_id <> 0),
r AS (SELECT school_id, staff_group, cycle_id, staff_id, display_name,
  family_name, appraised, head FROM roster),
signed_now AS (SELECT a.id AS appraisal_id, s.id AS statement_id,
  a.cycle_id, COALESCE(sd.career_stage, '') AS career_stage,
  COALESCE(sd.tlr, 0) AS tlr, COALESCE(sd.leadership_scale, 0) AS
  leadership_scale
 FROM statement s JOIN appraisal a ON a.id = s.appraisal_id
 LEFT JOIN staff_detail sd ON sd.staff_id = a.reviewee_id
 WHERE s.status = 'signed'),
signed_kept AS (SELECT appraisal_id, statement_id, cycle_id, career_stage,
  tlr, leadership_scale FROM signed_statement)
SELECT 'roster missing', school_id, staff_group, cycle_id, staff_id
 FROM (SELECT * FROM e EXCEPT ALL SELECT * FROM r) m
UNION ALL SELECT 'roster extra', school_id, staff_group, cycle_id, staff_id
 FROM (SELECT * FROM r EXCEPT ALL SELECT * FROM e) x
UNION ALL SELECT 'count missing', school_id, staff_group, cycle_id,
  CONCAT(staff, '/', unassigned, '/', appraisals)
 FROM (SELECT * FROM ec EXCEPT ALL SELECT * FROM kept) m
UNION ALL SELECT 'count extra', school_id, staff_group, cycle_id,
  CONCAT(staff, '/', unassigned, '/', appraisals)
 FROM (SELECT * FROM kept EXCEPT ALL SELECT * FROM ec) x
UNION ALL SELECT 'state count missing', cycle_id, state, due_day, n
 FROM (SELECT cycle_id, state, COALESCE(due_day, '9999-12-31') AS due_day,
   COUNT(*) AS n FROM appraisal GROUP BY 1, 2, 3
  EXCEPT ALL SELECT cycle_id, state, due_day, n FROM state_count) sm
UNION ALL SELECT 'state count extra', cycle_id, state, due_day, n
 FROM (SELECT cycle_id, state, due_day, n FROM state_count
  EXCEPT ALL SELECT cycle_id, state, COALESCE(due_day, '9999-12-31'),
   COUNT(*) FROM appraisal GROUP BY 1, 2, 3) sx
UNION ALL SELECT 'ties differ', COALESCE(k.staff_id, t.staff_id), k.n, t.n, ''
 FROM (SELECT id AS staff_id, SUM(k) AS n FROM (
   SELECT reviewer_id AS id, COUNT(*) AS k FROM appraisal
   WHERE reviewer_id IS NOT NULL GROUP BY 1
   UNION ALL SELECT manager_id, COUNT(*) FROM line_manager GROUP BY 1
   UNION ALL SELECT manager_id, COUNT(*) FROM access_grant GROUP BY 1
   UNION ALL SELECT observer_id, COUNT(*) FROM observation GROUP BY 1) u
  GROUP BY id) k
 LEFT JOIN staff_ties t ON t.staff_id = k.staff_id
 WHERE NOT (k.n <=> t.n)
UNION ALL SELECT 'signed missing', appraisal_id, statement_id, cycle_id,
  CONCAT(career_stage, '/', tlr, '/', leadership_scale)
 FROM (SELECT * FROM signed_now EXCEPT ALL SELECT * FROM signed_kept) sm
UNION ALL SELECT 'signed extra', appraisal_id, statement_id, cycle_id,
  CONCAT(career_stage, '/', tlr, '/', leadership_scale)
 FROM (SELECT * FROM signed_kept EXCEPT ALL SELECT * FROM signed_now) sx
UNION ALL SELECT 'ties extra', t.staff_id, t.n, NULL, '' FROM staff_ties t
 WHERE t.n <= 0 OR (NOT EXISTS (SELECT 1 FROM appraisal a
  WHERE a.reviewer_id = t.staff_id) AND NOT EXISTS (SELECT 1 FROM
  line_manager l WHERE l.manager_id = t.staff_id) AND NOT EXISTS (SELECT 1
  FROM access_grant g WHERE g.manager_id = t.staff_id) AND NOT EXISTS (
  SELECT 1 FROM observation o WHERE o.observer_id = t.staff_id))
"""

# The newest version and the newest issued version of each appraisal's
# report, from scratch, against report_latest (sql/021-report-latest.sql).
REPOINT = """
SELECT x.appraisal_id, x.newest, x.issued, rl.newest_id, rl.issued_id
FROM (SELECT a.appraisal_id,
  (SELECT r.id FROM report r WHERE r.appraisal_id = a.appraisal_id
   ORDER BY r.number DESC LIMIT 1) AS newest,
  (SELECT r.id FROM report r WHERE r.appraisal_id = a.appraisal_id
   AND r.issued_at IS NOT NULL ORDER BY r.number DESC LIMIT 1) AS issued
 FROM (SELECT DISTINCT appraisal_id FROM report) a) x
LEFT JOIN report_latest rl ON rl.appraisal_id = x.appraisal_id
WHERE NOT (rl.newest_id <=> x.newest AND rl.issued_id <=> x.issued)
UNION ALL
SELECT rl.appraisal_id, NULL, NULL, rl.newest_id, rl.issued_id
FROM report_latest rl WHERE NOT EXISTS (SELECT 1 FROM report r
 WHERE r.appraisal_id = rl.appraisal_id)
"""


def form_values(html):
    """What a browser would submit from the form fields in html as they
    stand: inputs (radios and checkboxes only when checked) and selects."""
    f = {}
    for m in re.finditer(r"<input ([^>]*)>", html):
        a = dict(re.findall(r'(\w+)="([^"]*)"', m.group(1)))
        if "name" not in a:
            continue
        if a.get("type") in ("checkbox", "radio") and \
                " checked" not in m.group(1):
            continue
        f[a["name"]] = a.get("value", "")
    for m in re.finditer(r'<select id="\w+" name="(\w+)"[^>]*>(.*?)</select>',
                         html, re.S):
        sel = re.search(r'<option value="([^"]*)" selected>', m.group(2))
        f[m.group(1)] = sel.group(1) if sel else ""
    return f


def check(cond, message="check failed"):
    if not cond:
        raise AssertionError(message)


def set_policy(stack, who="hmorgan", **values):
    """Change the school's policy settings the way the head does, through
    the settings page (never SQL): the form as it stands, with values
    changed (yes/no settings are radios: 1 or 0)."""
    url = "/appraisal/admin/settings"
    c = stack.client()
    check(c.login(who).status == 303, "log-in " + who)
    r = c.get(url)
    check(r.status == 200, r)
    f = form_values(r.body.split('action="%s"' % url)[1])
    for k, v in values.items():
        check(k in f, "no field %s on the settings page" % k)
        f[k] = str(v)
    r = c.post(url, f)
    check(r.status == 303, "settings not saved: %r" % r)
