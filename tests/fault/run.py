#!/usr/bin/env python3
"""Inject faults into a running private stack under load, then check that
nothing acknowledged was lost.

usage: run.py STATE [SECONDS]

STATE is a stack started by script/fault (tests/stack/up with the pool
under multiwatch, MariaDB's data on a small file system of its own).
While reviewers record interim reviews and others log in and read pages
(tests/fault/workload.py), each fault is injected in turn, SECONDS apart
(default 20), at a random moment:

  kill -9 of MariaDB, then started again (crash recovery);
  kill -9 of slapd, then started again;
  kill -9 of program processes (multiwatch replaces them, as shipped);
  the database made read-only, then writable again;
  the database's disk filled, then freed;
  the directory made to answer slowly (slapd stopped with SIGSTOP: it
  accepts connections and says nothing), then resumed.

Afterwards: every acknowledged save is in the database, whole (one row
per objective); no save of the run is partial; Apache is the same
process it was (it never needed a restart); every response was served,
a conflict or the page that says to try again, never a 500 or Apache's
bare error; log-ins while the directory hung ended within the directory
timeouts. Prints the faults, the requests by kind, and "saves
acknowledged N, saves found N, saves lost N"; exits 1 on any failure.
"""
import os
import random
import signal
import subprocess
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(TOP, "tests", "integration"))
sys.path.insert(0, HERE)
import harness   # noqa: E402
import workload  # noqa: E402

STACK = os.path.join(TOP, "tests", "stack")
# Directory.NetworkTimeout + Directory.Timeout of the stack (2 + 3 s) for
# each of the log-in's directory steps (service bind, search, bind as the
# person), and a margin.
LOGIN_LIMIT = 3 * (2 + 3) + 2


def say(msg):
    print("fault: %s" % msg, flush=True)


class Faults:
    def __init__(self, stack, outage):
        self.stack = stack
        self.state = stack.state
        self.outage = outage
        self.done = []

    def pid(self, rel):
        with open(os.path.join(self.state, rel)) as f:
            return int(f.read().split()[0])

    def server(self, name, action):
        subprocess.run([os.path.join(STACK, name), action, self.state],
                       check=True, capture_output=True)

    def root_sql(self, q):
        """As root; tried again for a while (SET GLOBAL read_only waits
        for running transactions and may time out under load)."""
        for _ in range(20):
            r = subprocess.run(["mariadb", "--no-defaults", "--socket=" +
                                self.stack.socket, "-e", q],
                               capture_output=True, text=True)
            if r.returncode == 0:
                return
            err = r.stderr.strip()
            time.sleep(0.5)
        raise RuntimeError("%s: %s" % (q, err))

    def kill_mariadb(self):
        os.kill(self.pid("mariadb/pid"), signal.SIGKILL)
        time.sleep(self.outage)
        self.server("mariadb", "start")
        return "kill -9 MariaDB, %ds down, crash recovery" % self.outage

    def kill_slapd(self):
        os.kill(self.pid("slapd/pid"), signal.SIGKILL)
        time.sleep(self.outage)
        self.server("slapd", "start")
        return "kill -9 slapd, %ds down" % self.outage

    def kill_programs(self):
        pool = os.path.join(self.state, "pool")
        killed = []
        for _ in range(8):
            names = [f[:-4] for f in os.listdir(pool) if f.endswith(".pid")]
            name = random.choice(names)
            watcher = self.pid("pool/%s.pid" % name)
            kids = subprocess.run(["pgrep", "-P", str(watcher)],
                                  capture_output=True, text=True).stdout.split()
            if kids:
                os.kill(int(random.choice(kids)), signal.SIGKILL)
                killed.append(name)
            time.sleep(random.uniform(0.3, 1.5))
        return "kill -9 of %d program processes (%s)" % (
            len(killed), ", ".join(sorted(set(killed))))

    def read_only(self):
        self.root_sql("SET GLOBAL read_only = 1")
        time.sleep(self.outage)
        self.root_sql("SET GLOBAL read_only = 0")
        return "database read-only for %ds" % self.outage

    def disk_full(self):
        filler = os.path.join(self.state, "mariadb", "filler")
        wrote = 0
        with open(filler, "wb") as f:
            block = b"\0" * (1 << 20)
            try:
                while True:
                    f.write(block)
                    f.flush()
                    wrote += 1
            except OSError:
                pass
        st = os.statvfs(os.path.dirname(filler))
        free_kb = st.f_bavail * st.f_frsize // 1024
        time.sleep(self.outage)
        os.unlink(filler)
        return "database disk full for %ds (%d MB filler, %d kB left)" % (
            self.outage, wrote, free_kb)

    def slow_directory(self):
        pid = self.pid("slapd/pid")
        os.kill(pid, signal.SIGSTOP)
        try:
            time.sleep(self.outage + 4)
        finally:
            os.kill(pid, signal.SIGCONT)
        return "directory silent (SIGSTOP) for %ds" % (self.outage + 4)

    def all(self):
        return [self.kill_mariadb, self.kill_slapd, self.kill_programs,
                self.read_only, self.disk_full, self.slow_directory]


def apache_pid(state):
    with open(os.path.join(state, "apache", "pid")) as f:
        return int(f.read().strip())


def main():
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    stack = harness.Stack(sys.argv[1])
    gap = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    outage = int(os.environ.get("APPRAISAL_FAULT_OUTAGE", "4"))
    random.seed(os.environ.get("APPRAISAL_FAULT_SEED"))
    apache = apache_pid(stack.state)

    def sql(q):
        return stack.sql(q)

    stop = threading.Event()
    rec, threads = workload.start(sql, stack.port, stop)
    say("load: %d reviewers recording interim reviews, %d readers logging "
        "in and reading pages" % (workload.REVIEWERS, 4))
    time.sleep(3)
    faults = Faults(stack, outage)
    failures = []
    slow_logins = []
    for fault in faults.all():
        time.sleep(random.uniform(0, gap / 2))
        t = time.strftime("%H:%M:%S")
        before = rec.slowest_login
        if fault == faults.slow_directory:
            rec.slowest_login = 0.0
        what = fault()
        faults.done.append(what)
        say("%s %s" % (t, what))
        if fault == faults.slow_directory:
            slow_logins.append(rec.slowest_login)
            rec.slowest_login = max(before, rec.slowest_login)
        time.sleep(gap / 2)
    time.sleep(3)
    stop.set()
    for th in threads:
        th.join(90)

    kinds, statuses, acked = rec.summary()
    say("faults injected: %d" % len(faults.done))
    say("requests: %d (%s); by status: %s" % (
        sum(kinds.values()), ", ".join("%s %d" % kv for kv in
                                       sorted(kinds.items())),
        ", ".join("%s: %d" % kv for kv in sorted(statuses.items()))))
    found, lost, partial = workload.saves_found(sql, rec)
    say("saves attempted %d, saves acknowledged %d, saves found %d, "
        "saves lost %d, partial saves %d" % (rec.attempted, acked, found,
                                             len(lost), len(partial)))
    if lost:
        failures.append("acknowledged saves lost: %s" % lost[:5])
    if partial:
        failures.append("partial saves (review ids): %s" % partial[:5])
    if acked == 0:
        failures.append("no save was acknowledged: the load did nothing")
    for t, what, detail in rec.bad[:10]:
        failures.append("%s at %s: %s" % (what, time.strftime(
            "%H:%M:%S", time.localtime(t)), detail))
    if len(rec.bad) > 10:
        failures.append("... and %d more bad responses" % (len(rec.bad) - 10))
    if kinds.get("try-again", 0) == 0:
        failures.append("no 'try again' page was seen: were the faults "
                        "injected?")
    try:
        os.kill(apache, 0)
        now = apache_pid(stack.state)
    except OSError:
        now = None
    if now != apache:
        failures.append("Apache is not the process it was (%s, now %s)"
                        % (apache, now))
    else:
        say("Apache: the same process throughout (pid %d), never restarted"
            % apache)
    for s in slow_logins:
        say("slowest log-in while the directory was silent: %.1f s (limit "
            "%d s)" % (s, LOGIN_LIMIT))
        if s > LOGIN_LIMIT:
            failures.append("a log-in took %.1f s while the directory was "
                            "silent: its timeouts were not honoured" % s)
    for f in failures:
        print("FAIL: " + f)
    say("%s" % ("FAILED" if failures else "passed"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
