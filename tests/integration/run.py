#!/usr/bin/env python3
"""Run Appraisal's integration tests against a running private stack.

usage: run.py STATE [name-filter]

Prints one line per test and ends with "integration: N passed, N failed,
N skipped". Exit status 1 if any test failed. A test that raises Skip (a
server it needs did not start, such as the Samba AD DC) is a failure,
unless the person running asked for skips with APPRAISAL_ALLOW_SKIP=1
(see HACKING.md; CI never sets it).
"""
import importlib
import os
import sys
import time
import traceback

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402


def tests():
    here = os.path.dirname(os.path.abspath(__file__))
    for name in sorted(os.listdir(here)):
        if name.startswith("test_") and name.endswith(".py"):
            mod = importlib.import_module(name[:-3])
            fns = [(getattr(mod, f).__code__.co_firstlineno, f)
                   for f in dir(mod) if f.startswith("test_")]
            for _, f in sorted(fns):
                yield name[:-3] + "." + f, getattr(mod, f)


def waiting():
    """The parts of tests that wait for a page not yet built: each module's
    WAITING list of (page, what). Each must be listed in tests/WAITING.md."""
    here = os.path.dirname(os.path.abspath(__file__))
    out = []
    for name in sorted(os.listdir(here)):
        if name.startswith("test_") and name.endswith(".py"):
            mod = importlib.import_module(name[:-3])
            out += getattr(mod, "WAITING", [])
    return out


def main():
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    stack = harness.Stack(sys.argv[1])
    pattern = sys.argv[2] if len(sys.argv) > 2 else ""
    passed = failed = skipped = 0
    for name, fn in tests():
        if pattern not in name:
            continue
        t = time.monotonic()
        try:
            fn(stack)
        except harness.Skip as e:
            if os.environ.get("APPRAISAL_ALLOW_SKIP") == "1":
                skipped += 1
                print("skip %s: %s" % (name, e))
            else:
                failed += 1
                print("FAIL %s: not run: %s (APPRAISAL_ALLOW_SKIP=1 "
                      "allows a skip on your own machine)" % (name, e))
            continue
        except Exception:
            failed += 1
            print("FAIL %s" % name)
            traceback.print_exc(file=sys.stdout)
            continue
        passed += 1
        print("ok   %s (%.2fs)" % (name, time.monotonic() - t))
        sys.stdout.flush()
    if not pattern:
        # What triggers keep follows every change the suite made through
        # the pages (and by hand): it equals a recount from scratch, the
        # lists' counts (test_plans) and the reports' newest versions
        # (sql/021-report-latest.sql).
        for what, differ in (
                ("the lists' counts", stack.list_counts_differ()),
                ("the reports' newest versions (report_latest)",
                 stack.report_pointers_differ())):
            if differ:
                failed += 1
                print("FAIL %s differ from a recount after the suite: %s"
                      % (what, differ[:20]))
            else:
                print("ok   %s equal a recount after the suite" % what)
        wait = waiting()
        doc = os.path.join(os.path.dirname(os.path.dirname(
            os.path.abspath(__file__))), "WAITING.md")
        listed = open(doc).read() if os.path.exists(doc) else ""
        for page, what in wait:
            fn = what.split(":", 1)[0]
            print("wait %s: for the %s (not run, not passed)" % (fn, page))
            if fn not in listed:
                failed += 1
                print("FAIL %s waits for the %s but is not listed in "
                      "tests/WAITING.md" % (fn, page))
        print("integration: %d parts of tests wait for pages not yet built "
              "(tests/WAITING.md)" % len(wait))
    print("integration: %d passed, %d failed, %d skipped"
          % (passed, failed, skipped))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
