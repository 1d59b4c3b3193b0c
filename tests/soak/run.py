#!/usr/bin/env python3
"""Mixed load from many people for MINUTES on a running private stack,
watching for leaks.

usage: run.py STATE MINUTES

Twelve reviewers open interim-review pages and save a review on one
visit in ten; eight others log in now and then and read their dashboard
and other pages (tests/fault/workload.py). Ten times over the run (at
least once a minute) it prints each program's resident memory (the
largest of its processes), MariaDB's connection count and the 5xx
responses so far. It fails unless memory and connections stay flat
after the first sample (a program may grow by at most 1.5 MB, or 15%;
connections by at most 2) and there are no 5xx at all; every
acknowledged save must be in the database.
"""
import os
import subprocess
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(TOP, "tests", "integration"))
sys.path.insert(0, os.path.join(TOP, "tests", "fault"))
import harness   # noqa: E402
import workload  # noqa: E402

GROWTH_MB, GROWTH_PCT, CONN_GROWTH = 1.5, 15, 2


def rss_kb(pid):
    try:
        with open("/proc/%d/status" % pid) as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def program_rss(state):
    """Each program's largest resident set, in MB (its pool's processes,
    under multiwatch or not)."""
    pool = os.path.join(state, "pool")
    out = {}
    for f in sorted(os.listdir(pool)):
        if not f.endswith(".pid"):
            continue
        pids = [int(p) for p in open(os.path.join(pool, f)).read().split()]
        kids = []
        for p in pids:
            kids += [int(k) for k in subprocess.run(
                ["pgrep", "-P", str(p)], capture_output=True,
                text=True).stdout.split()]
        out[f[:-4]] = max([rss_kb(p) for p in kids or pids] or [0]) / 1024
    return out


def connections(stack):
    rows = stack.sql("SELECT COUNT(*) FROM information_schema.processlist "
                     "WHERE user = 'appraisal'")
    return int(rows[0][0])


def main():
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    stack = harness.Stack(sys.argv[1])
    minutes = float(sys.argv[2])
    stop = threading.Event()
    rec, threads = workload.start(stack.sql, stack.port, stop, readers=8,
                                  save_every=10)
    interval = min(60.0, minutes * 60 / 10)
    samples = []
    t0 = time.monotonic()
    print("soak: %g minutes, %d people at once; a sample every %.0f s"
          % (minutes, len(threads), interval), flush=True)
    while time.monotonic() - t0 < minutes * 60:
        time.sleep(interval)
        kinds, statuses, acked = rec.summary()
        fivexx = sum(n for s, n in statuses.items() if s >= 500 or s == 0)
        rss = program_rss(stack.state)
        conns = connections(stack)
        samples.append((time.monotonic() - t0, rss, conns, fivexx,
                        sum(statuses.values())))
        print("soak: %5.1f min  RSS MB: %s | MariaDB connections %d | "
              "5xx %d | requests %d | saves %d" % (
                  samples[-1][0] / 60,
                  " ".join("%s %.1f" % kv for kv in sorted(rss.items())),
                  conns, fivexx, samples[-1][4], acked), flush=True)
    stop.set()
    for th in threads:
        th.join(90)
    failures = []
    first, last = samples[0], samples[-1]
    for name, mb in last[1].items():
        was = first[1].get(name, 0)
        if mb - was > GROWTH_MB and mb > was * (1 + GROWTH_PCT / 100):
            failures.append("%s grew from %.1f MB to %.1f MB" % (name, was, mb))
    if last[2] > first[2] + CONN_GROWTH:
        failures.append("MariaDB connections grew from %d to %d"
                        % (first[2], last[2]))
    kinds, statuses, acked = rec.summary()
    fivexx = sum(n for s, n in statuses.items() if s >= 500 or s == 0)
    if fivexx:
        failures.append("%d responses were 5xx (or refused)" % fivexx)
    for t, what, detail in rec.bad[:5]:
        failures.append("%s: %s" % (what, detail))
    found, lost, partial = workload.saves_found(stack.sql, rec)
    if lost or partial:
        failures.append("saves lost %d, partial %d" % (len(lost), len(partial)))
    print("soak: %d requests (%s), %d saves acknowledged, %d found, "
          "%d lost; 5xx %d" % (sum(statuses.values()), ", ".join(
              "%s %d" % kv for kv in sorted(kinds.items())), acked, found,
              len(lost), fivexx))
    print("soak: RSS MB first/last: %s; MariaDB connections %d/%d" % (
        ", ".join("%s %.1f/%.1f" % (n, first[1].get(n, 0), mb)
                  for n, mb in sorted(last[1].items())), first[2], last[2]))
    for f in failures:
        print("FAIL: " + f)
    print("soak: %s" % ("FAILED" if failures else "passed"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
