"""How many SQL statements each read page runs (counts, not times; the
fewer of two tries, as a session is touched now and then). ARCHITECTURE
aims at about two a page: the pages above it are held at today's count
here so that none grows unnoticed, until the speed issue brings each one
down (and its ceiling with it)."""
import people
from harness import check

# (who, page, reviewee whose appraisal the page shows or None, ceiling)
PAGES = [
    (people.TEACHER, "/appraisal/", None, 2),
    (people.HEAD, "/appraisal/", None, 5),
    (people.HEAD, "/appraisal/admin/settings", None, 2),
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
    # Patrick Doyle's plan as the planning walks leave it: signed, moderated
    # and revised (its moderation outcome is read too).
    ("jcarver", "/appraisal/plan/%s", "pdoyle", 9),
    ("sfletcher", "/appraisal/observe/%s", "wellison", 6),
    (people.HEAD, "/appraisal/observe/%s", "wellison", 6),
    (people.HEAD, "/appraisal/moderate/%s", "ndubois", 4),
    ("sfletcher", "/appraisal/review/%s", "mpritchard", 7),
    (people.HEAD, "/appraisal/concern/%s", "mpritchard", 5),
    (people.TEACHER, "/appraisal/access/%s/log", people.TEACHER, 5),
    # Mair Jones's year at its annual assessment (demo data): the report
    # page with the assessment form, and the appeal page, read by the head.
    ("aokonkwo", "/appraisal/review/%s/report", "mjones", 8),
    (people.HEAD, "/appraisal/appeal/%s", "mjones", 8),
]


def executions(stack):
    return int(stack.sql("SHOW GLOBAL STATUS LIKE 'Com_stmt_execute'")[0][1])


def test_statements_per_read_page(stack):
    over, table = [], []
    for who, page, reviewee, ceiling in PAGES:
        url = page % stack.appraisal_of(reviewee) if reviewee else page
        c = stack.client()
        check(c.login(who).status == 303, "log-in " + who)
        counts = []
        for _ in range(2):
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
