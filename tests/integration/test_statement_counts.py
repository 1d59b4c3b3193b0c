"""How many SQL statements each read page runs (counts, not times; the
fewest of three tries, as a session is touched now and then), once the
program's processes hold the school's settings and calendar. ARCHITECTURE
aims at about two a page: the pages above it are held at today's count
here so that none grows unnoticed, until the speed issue brings each one
down (and its ceiling with it)."""
import people
from harness import check

# (who, page, reviewee whose appraisal the page shows or None, ceiling)
PAGES = [
    (people.TEACHER, "/appraisal/", None, 2),
    (people.HEAD, "/appraisal/", None, 2),
    ("jcarver", "/appraisal/", None, 2),
    (people.PM_LEAD, "/appraisal/", None, 2),
    (people.GOVERNOR, "/appraisal/", None, 2),
    (people.HEAD, "/appraisal/admin/calendar", None, 1),
    (people.HEAD, "/appraisal/admin/cycles/%s", "@cycle", 2),
    # a read of staff details is audited: the audit row is the third
    (people.HEAD, "/appraisal/admin/staff/%s", "@staff", 3),
    (people.HEAD, "/appraisal/access", None, 2),
    (people.HEAD, "/appraisal/access/%s", people.TEACHER, 2),
    ("sfletcher", "/appraisal/access/%s", people.TEACHER, 2),
    (people.HEAD, "/appraisal/admin/settings", None, 1),
    # The school-wide lists (issue 20): the session, then one statement.
    (people.HEAD, "/appraisal/admin", None, 2),
    (people.HEAD, "/appraisal/admin/reviewers", None, 2),
    (people.HEAD, "/appraisal/admin/reviewers?unassigned=1", None, 2),
    (people.HEAD, "/appraisal/admin/reviewers?q=Brennan", None, 2),
    (people.HEAD, "/appraisal/admin/reviewers?q=Noel&unassigned=1", None, 2),
    (people.HEAD, "/appraisal/admin/staff", None, 2),
    (people.HEAD, "/appraisal/admin/staff?q=Sato", None, 2),
    (people.HEAD, "/appraisal/admin/cycles", None, 2),
    (people.HEAD, "/appraisal/admin/reviewer-requests", None, 2),
    (people.HEAD, "/appraisal/moderate", None, 2),
    (people.HEAD, "/appraisal/overdue", None, 2),
    (people.PM_LEAD, "/appraisal/overdue", None, 2),
    # A read page: the session's statement and its own (access facts and
    # data in one); a read by anyone but the reviewee adds its audit row.
    # Patrick Doyle's plan as the planning walks leave it: signed, moderated
    # and revised (its moderation outcome is read too).
    ("jcarver", "/appraisal/plan/%s", "pdoyle", 3),
    ("pdoyle", "/appraisal/plan/%s", "pdoyle", 2),
    (people.HEAD, "/appraisal/plan/%s/version/1", "pdoyle", 3),
    ("pdoyle", "/appraisal/plan/%s/version/1", "pdoyle", 2),
    ("sfletcher", "/appraisal/observe/%s", "wellison", 3),
    (people.HEAD, "/appraisal/observe/%s", "wellison", 3),
    ("wellison", "/appraisal/observe/%s", "wellison", 2),
    # Every statement shown is audited, all in one INSERT.
    (people.HEAD, "/appraisal/moderate/%s", "ndubois", 3),
    # The review, report, appeal and concern pages: the session and the
    # page's own statement, plus the audit row when someone other than
    # the reviewee reads.
    ("sfletcher", "/appraisal/review/%s", "mpritchard", 3),
    ("mpritchard", "/appraisal/review/%s", "mpritchard", 2),
    (people.HEAD, "/appraisal/concern/%s", "mpritchard", 3),
    ("mpritchard", "/appraisal/concern/%s", "mpritchard", 2),
    (people.TEACHER, "/appraisal/access/%s/log", people.TEACHER, 2),
    # Mair Jones's year at its annual assessment (demo data): the report
    # page with the assessment form, and the appeal page, read by the head.
    ("aokonkwo", "/appraisal/review/%s/report", "mjones", 3),
    (people.HEAD, "/appraisal/review/%s/report", "mjones", 3),
    ("mjones", "/appraisal/review/%s/report", "mjones", 2),
    (people.HEAD, "/appraisal/appeal/%s", "mjones", 3),
    ("mjones", "/appraisal/appeal/%s", "mjones", 2),
]


# Ids the admin pages show: the teacher's cycle and the teacher.
RECORDS = {
    "@cycle": "SELECT a.cycle_id FROM appraisal a JOIN staff s"
              " ON s.id = a.reviewee_id WHERE s.login = ?",
    "@staff": "SELECT id FROM staff WHERE login = ?",
}


def record_id(stack, reviewee):
    if reviewee in RECORDS:
        return stack.sql(RECORDS[reviewee], people.TEACHER)[0][0]
    return stack.appraisal_of(reviewee)


WARM = 10      # more requests than the pool has processes per program


def executions(stack):
    return int(stack.sql("SHOW GLOBAL STATUS LIKE 'Com_stmt_execute'")[0][1])


def test_statements_per_read_page(stack):
    over, table = [], []
    for who, page, reviewee, ceiling in PAGES:
        url = page % record_id(stack, reviewee) if reviewee else page
        c = stack.client()
        check(c.login(who).status == 303, "log-in " + who)
        # Warm: every process of the pool holds the school's settings and
        # calendar (lib/model/school_conf) as it will all day.
        for _ in range(WARM):
            c.get(url)
        counts = []
        for _ in range(3):
            before = executions(stack)
            r = c.get(url)
            check(r.status == 200, "%s %s: %r" % (who, url, r))
            counts.append(executions(stack) - before)
        n = min(counts)
        table.append("%s as %s: %d" % (page.replace("%s", "ID"), who, n))
        if n > ceiling:
            over.append("%s as %s: %d statements, at most %d" % (
                url, who, n, ceiling))
    print("     statements per page: " + "; ".join(table))
    check(not over, "\n".join(over))


def test_every_read_page_reads_what_it_shows(stack):
    """Every page above, read as above, once the stack also holds the
    school of 1,000 of test_plans (1,000 people, 2,000 appraisals, 10,000
    audit records): each statement it runs, run again under ANALYZE with
    its values, reads at most a bound proportional to the rows it
    returns (test_plans.check_page). A statement that reads a table of
    the trust instead of the record fails here, whatever its count."""
    from test_plans import check_page, large_school
    large_school(stack)
    report, over = [], []
    for who, page, reviewee, _ in PAGES:
        url = page % record_id(stack, reviewee) if reviewee else page
        c = stack.client()
        check(c.login(who).status == 303, "log-in " + who)
        try:
            check_page(stack, c, url, report)
        except AssertionError as e:
            over.append("as %s: %s" % (who, str(e)[:400]))
    print("     rows read/returned, the most of one statement: "
          + "; ".join(report))
    check(not over, "\n".join(over))
