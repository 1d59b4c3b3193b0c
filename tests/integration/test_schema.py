"""The migrations as installed: every file applied once, and the
structure of the standards frameworks."""
from harness import check


def test_standards_structure(stack):
    rows = stack.sql("SELECT f.code, COUNT(p.id), COUNT(s.id) FROM "
                     "standards_framework f JOIN standard p ON "
                     "p.framework_id = f.id AND p.parent_id IS NULL "
                     "LEFT JOIN standard s ON s.parent_id = p.id "
                     "GROUP BY f.code ORDER BY f.code")
    got = {r[0]: (int(r[1]), int(r[2])) for r in rows}
    # Teachers' Standards: 8 standards, 35 numbered parts (1.1 to 8.5).
    # Headteachers: 4 domains of 6 characteristics. Support: 3 levels.
    check(got["teachers"][1] == 35, got)
    check(got["headteachers"][1] == 24, got)
    check(got["support"][1] == 0, got)
    per = stack.sql("SELECT p.number, COUNT(*) FROM standard s JOIN standard p "
                    "ON p.id = s.parent_id JOIN standards_framework f ON "
                    "f.id = p.framework_id WHERE f.code = 'teachers' "
                    "GROUP BY p.number ORDER BY p.number")
    check([int(r[1]) for r in per] == [3, 5, 5, 5, 4, 4, 4, 5], per)


def test_every_migration_applied_once(stack):
    rows = stack.sql("SELECT version, name FROM schema_migrations "
                     "ORDER BY version")
    versions = [int(r[0]) for r in rows]
    check({1, 2, 3, 4, 5, 6, 7, 8} <= set(versions), rows)
    check(len({r[1] for r in rows}) == len(rows), rows)
