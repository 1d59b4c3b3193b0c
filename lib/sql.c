#include "sql.h"

/*
 * The access facts of one appraisal (lib/access): 16 columns; parameters
 * the actor's trust (from the session's statement), the actor four times,
 * then the appraisal (access_facts_params()). A page
 * statement reads them as its first list: "(" SQL_FACTS_COLS ", padding,
 * 1" SQL_FACTS_FROM ")" UNION ALL its own lists.
 */
#define SQL_FACTS_COLS \
	"SELECT a.id, a.school_id, COALESCE(sc.trust_id, 0), a.reviewee_id," \
	" COALESCE(a.reviewer_id, 0)," \
	" FIND_IN_SET('headteacher', re.roles) > 0," \
	" COALESCE(sd.career_stage IN ('mpr', 'upr1', 'upr2'), 0)," \
	" CAST(? AS SIGNED)," \
	" EXISTS (SELECT 1 FROM line_manager lm" \
	" WHERE lm.staff_id = a.reviewee_id AND lm.manager_id = ?)," \
	" EXISTS (SELECT 1 FROM statement s JOIN observation_plan op" \
	" ON op.statement_id = s.id WHERE s.appraisal_id = a.id" \
	" AND op.observer_id = ?)," \
	" COALESCE(g.id, 0), COALESCE(g.until_day, '')," \
	" EXISTS (SELECT 1 FROM observation ob WHERE ob.appraisal_id = a.id" \
	" AND ob.observer_id = ?)," \
	" COALESCE(ap.hearer_kind, ''), COALESCE(ap.heard_by, 0)," \
	" COALESCE(cv.version, 1)"
#define SQL_FACTS_FROM \
	" FROM appraisal a JOIN school sc ON sc.id = a.school_id" \
	" LEFT JOIN school_config cv ON cv.school_id = a.school_id" \
	" JOIN staff re ON re.id = a.reviewee_id" \
	" LEFT JOIN staff_detail sd ON sd.staff_id = a.reviewee_id" \
	" LEFT JOIN appeal ap ON ap.appraisal_id = a.id" \
	" LEFT JOIN access_grant g ON g.id = (SELECT MAX(g2.id)" \
	" FROM access_grant g2 WHERE g2.appraisal_id = a.id" \
	" AND g2.manager_id = ? AND g2.state = 'granted')" \
	" WHERE a.id = ?"

/*
 * What the pages of review, appeal and concern open with, as lists of
 * their own statement (db_query_parts(); padded with `pad`, NULLs to the
 * page's width): 1 the access facts (16 columns; access_facts_params()),
 * 2 the appraisal (SQL_APPRAISAL_COLS' 22; parameter: the appraisal), 3
 * the signed statement an interim review or an assessment is of, the
 * latest signed one (id, number, version; parameter: the appraisal).
 */
#define SQL_NULL2 ", NULL, NULL"
#define SQL_NULL4 SQL_NULL2 SQL_NULL2
#define SQL_NULL8 SQL_NULL4 SQL_NULL4
#define SQL_PAGE_FACTS(pad) "(" SQL_FACTS_COLS pad ", 1" SQL_FACTS_FROM ")"
/*
 * The appraisal as every page reads it (SQL_APPRAISAL_LOAD, and a list
 * of the page statements of plan, observe, review, appeal and concern;
 * lib/model/appraisal.h appraisal_page_row(), enum appraisal_col), 22
 * columns: 0 id, 1 school, 2 reviewee, 3 reviewer (0: none), 4 state, 5
 * clock kind, 6 due day ("" when no clock), 7 version, 8 cycle name, 9
 * starts, 10 ends, 11 reviewee's name, 12 reviewer's ("" when none), 13
 * FTE, 14 TLR, 15 leadership scale, 16 career stage, 17 support plan, 18
 * reviewer is a headteacher, 19 staff group (teacher when none is
 * recorded), 20 cycle, 21 its completion deadline.
 */
#define SQL_APPRAISAL_COLS \
	"SELECT a.id, a.school_id, a.reviewee_id," \
	" COALESCE(a.reviewer_id, 0), a.state, COALESCE(a.due_kind, '')," \
	" COALESCE(a.due_day, ''), a.version, c.name, c.starts, c.ends," \
	" re.display_name, COALESCE(rv.display_name, '')," \
	" COALESCE(sd.fte, 1), COALESCE(sd.tlr, 0)," \
	" COALESCE(sd.leadership_scale, 0), COALESCE(sd.career_stage, '')," \
	" COALESCE(sd.support_plan, 0)," \
	" COALESCE(FIND_IN_SET('headteacher', rv.roles) > 0, 0)," \
	" COALESCE(sd.staff_group, 'teacher'), a.cycle_id," \
	" c.completion_deadline"
#define SQL_APPRAISAL_FROM \
	" FROM appraisal a JOIN cycle c ON c.id = a.cycle_id" \
	" JOIN staff re ON re.id = a.reviewee_id" \
	" LEFT JOIN staff rv ON rv.id = a.reviewer_id" \
	" LEFT JOIN staff_detail sd ON sd.staff_id = a.reviewee_id"
#define SQL_PAGE_APPRAISAL(pad) \
	"(" SQL_APPRAISAL_COLS pad ", 2" SQL_APPRAISAL_FROM \
	" WHERE a.id = ?)"
#define SQL_SIGNED_ID \
	"(SELECT s.id FROM statement s WHERE s.appraisal_id = ?" \
	" AND s.status = 'signed' ORDER BY s.number DESC LIMIT 1)"
#define SQL_PAGE_STATEMENT(pad) \
	"(SELECT s.id, s.number, s.version" pad ", 3 FROM statement s" \
	" WHERE s.appraisal_id = ? AND s.status = 'signed'" \
	" ORDER BY s.number DESC LIMIT 1)"
#define SQL_PAGE_BASE(pf, pa, ps) \
	SQL_PAGE_FACTS(pf) " UNION ALL " SQL_PAGE_APPRAISAL(pa) \
	" UNION ALL " SQL_PAGE_STATEMENT(ps)

/*
 * The annual assessment and the report (cgi-bin/review-report.c). One
 * version (SQL_REPORT_ROW's 24 columns) of report r, with SQL_REPORT_WHO
 * joined: its creator cb and issuer ib.
 */
#define SQL_REPORT_COLS \
	"SELECT r.id, r.number, r.statement_id, r.reason, r.absence," \
	" r.framework, r.career_stage, r.standards_comment, r.rating_scale," \
	" COALESCE(r.rating, ''), r.rating_label, r.training_needs," \
	" r.aspirations, r.pay_eligible, COALESCE(r.pay_recommendation, '')," \
	" COALESCE(r.issued_at, ''), COALESCE(r.issued_day, '')," \
	" COALESCE(ib.display_name, ''), COALESCE(r.reviewee_comment, '')," \
	" COALESCE(r.comment_at, ''), r.version, cb.display_name," \
	" r.created_at, r.reviewee_comment IS NOT NULL"
#define SQL_REPORT_WHO \
	" JOIN staff cb ON cb.id = r.created_by" \
	" LEFT JOIN staff ib ON ib.id = r.issued_by"
/* Whether any support of objective o was not provided. */
#define SQL_REPORT_NOT_PROVIDED \
	"EXISTS (SELECT 1 FROM support_item si WHERE si.objective_id = o.id" \
	" AND si.provided = 'not_provided')"
/* The school's descriptor of standard s for career stage `stage`. */
#define SQL_REPORT_DESCRIPTOR(school, stage) \
	"COALESCE((SELECT d.text" \
	" FROM standard_descriptor d WHERE d.standard_id = s.id" \
	" AND d.school_id = " school " AND d.career_stage IN (" stage ", '')" \
	" ORDER BY d.career_stage DESC LIMIT 1), '')"
/* The reviewee's reports of earlier cycles, newest first: the newest
 * issued version of each (cycle, rating, successful, issued day);
 * parameter: this appraisal. */
#define SQL_REPORT_HISTORY(pad, part) \
	"(SELECT c.name, r.rating_label, r.rating_successful," \
	" r.issued_day" pad ", " part \
	" FROM appraisal me JOIN appraisal a ON a.reviewee_id = me.reviewee_id" \
	" AND a.id <> me.id JOIN cycle c ON c.id = a.cycle_id" \
	" JOIN report_latest rl ON rl.appraisal_id = a.id" \
	" JOIN report r ON r.id = rl.issued_id" \
	" WHERE me.id = ? ORDER BY c.starts DESC LIMIT 5)"
/* Version ?'s outcome per objective (objective, outcome, comment, held
 * to, why not held) and judgement per standard (standard, judgement,
 * comment). */
#define SQL_REPORT_OUTCOMES(pad, part) \
	"(SELECT ro.objective_id, ro.outcome, ro.comment, ro.held_to," \
	" ro.why_not_held" pad ", " part " FROM report_objective ro" \
	" WHERE ro.report_id = ? LIMIT 100)"
#define SQL_REPORT_JUDGEMENTS(pad, part) \
	"(SELECT rs.standard_id, rs.judgement, rs.comment" pad ", " part \
	" FROM report_standard rs WHERE rs.report_id = ? LIMIT 50)"
/* The assessment meeting (id, day, time, place, held, version);
 * parameter: the appraisal. */
#define SQL_REPORT_MEETING(pad, part) \
	"(SELECT m.id, m.day, m.time_of_day, m.place, COALESCE(m.held_on, '')," \
	" m.version" pad ", " part " FROM meeting m WHERE m.appraisal_id = ?" \
	" AND m.kind = 'assessment' ORDER BY m.id DESC LIMIT 1)"
/* Of the newest version and the newest issued one (report_latest): the
 * columns cols of table (outcomes per objective, judgements per
 * standard); parameter: the appraisal. */
#define SQL_REPORT_ENTRIES(cols, table, pad, part) \
	"(SELECT " cols pad ", " part \
	" FROM report_latest rl JOIN " table " x" \
	" ON x.report_id IN (rl.newest_id, rl.issued_id)" \
	" WHERE rl.appraisal_id = ? LIMIT 200)"

/*
 * Whether cycle c's interim window (school policy sp, MM-DD days) may have
 * ended by today (UTC, as app_today()): a sure superset of
 * policy_interim_window()'s answer, which home.c still applies. The
 * window ends on its last day in the year of its first day on or after
 * the cycle's start, or with the cycle. Read as text, with 29 February
 * taken as 1 March for the start and 28 February for the end, the day
 * here is never later than policy_md_day()'s; no school's policy, or an
 * empty day, keeps the row.
 */
#define SQL_INTERIM_MAYBE_ENDED \
	"(sp.school_id IS NULL OR sp.interim_from = ''" \
	" OR sp.interim_to = '' OR LEAST(CONCAT(YEAR(c.starts)" \
	" + (REPLACE(sp.interim_from, '02-29', '03-01')" \
	" < DATE_FORMAT(c.starts, '%m-%d')), '-'," \
	" REPLACE(sp.interim_to, '02-29', '02-28'))," \
	" DATE_FORMAT(c.ends, '%Y-%m-%d'))" \
	" < DATE_FORMAT(UTC_DATE() + INTERVAL 1 DAY, '%Y-%m-%d'))"
/* Padding of a page statement's lists to its widest. */
#define SQL_PAD4 " NULL, NULL, NULL, NULL,"
#define SQL_PAD12 SQL_PAD4 SQL_PAD4 SQL_PAD4
#define SQL_PAD16 SQL_PAD12 SQL_PAD4

/*
 * The moderation lists a page at a time (SQL_MODERATE_WAITING): the rows
 * after, or before, a link's key, in the order of the index (due day,
 * then id; an appraisal with no due day first). Parameters of the key:
 * its id (0: the first page, every row), day (NULL: no due day), day,
 * id, day, id. The appraisals are read first (STRAIGHT_JOIN), in the
 * index's order, so the LIMIT stops the read: left to itself MariaDB
 * read the school's current cycles first and sorted every row waiting.
 */
#define SQL_MOD_AFTER \
	" AND (? = 0 OR a.due_day > ? OR (a.due_day = ? AND a.id > ?)" \
	" OR (? IS NULL AND (a.due_day IS NOT NULL" \
	" OR (a.due_day IS NULL AND a.id > ?))))"
#define SQL_MOD_BEFORE \
	" AND (? = 0 OR a.due_day < ? OR (a.due_day = ? AND a.id < ?)" \
	" OR (a.due_day IS NULL AND (? IS NOT NULL OR a.id < ?)))"
#define SQL_MOD_LIST(state, key, dir, part) \
	"(SELECT STRAIGHT_JOIN a.id AS c0, re.display_name AS c1," \
	" COALESCE(rv.display_name, '') AS c2, c.name AS c3," \
	" COALESCE(a.due_day, '') AS c4, COALESCE(a.reviewer_id, 0) AS c5," \
	" COALESCE(sd.career_stage, '') AS c6, " part " AS part" \
	" FROM appraisal a JOIN cycle c ON c.id = a.cycle_id" \
	" JOIN staff re ON re.id = a.reviewee_id" \
	" LEFT JOIN staff rv ON rv.id = a.reviewer_id" \
	" LEFT JOIN staff_detail sd ON sd.staff_id = a.reviewee_id" \
	" WHERE a.school_id = ? AND a.state = '" state "'" \
	" AND c.ends >= ? AND a.reviewee_id <> ?" \
	" AND NOT FIND_IN_SET('headteacher', re.roles)" key \
	" ORDER BY a.due_day" dir ", a.id" dir " LIMIT ?)"
#define SQL_MOD_LISTS(key1, dir1, key2, dir2) \
	SQL_MOD_LIST("moderation", key1, dir1, "1") " UNION ALL " \
	SQL_MOD_LIST("revision_instructed", key2, dir2, "2")

/*
 * The usual observers of appraisal ?, as a derived table of staff ids
 * (w.id) for the observations page: its reviewer; the person recording
 * (?); the school's head (roster_head) and leadership team (roster's
 * primary key: the group's cycle-0 rows in name order); the reviewee's
 * line managers; who observed them; who the statements' observation plans
 * name. Each read from its index and capped, so the list costs the same
 * in a school of 60 and one of 1,000 (at most SQL_OBS_USUAL_MAX people;
 * anyone else is named by their full name: SQL_OBS_OBSERVER_NAMED).
 * Params: appraisal, person, appraisal five times.
 */
#define SQL_OBS_USUAL_MAX "60"
#define SQL_OBS_USUAL \
	"(SELECT a1.reviewer_id AS id FROM appraisal a1" \
	" WHERE a1.id = ? AND a1.reviewer_id IS NOT NULL" \
	" UNION SELECT ?" \
	" UNION (SELECT h.staff_id FROM appraisal a2 JOIN roster h" \
	" ON h.school_id = a2.school_id AND h.cycle_id = 0 AND h.head = 1" \
	" WHERE a2.id = ? LIMIT 3)" \
	" UNION (SELECT l.staff_id FROM appraisal a3 JOIN roster l" \
	" ON l.school_id = a3.school_id AND l.staff_group = 'leadership'" \
	" AND l.cycle_id = 0 AND l.appraised = 1 WHERE a3.id = ?" \
	" ORDER BY l.display_name, l.staff_id LIMIT 25)" \
	" UNION (SELECT lm.manager_id FROM appraisal a4 JOIN line_manager lm" \
	" ON lm.staff_id = a4.reviewee_id WHERE a4.id = ? LIMIT 10)" \
	" UNION (SELECT DISTINCT o.observer_id FROM observation o" \
	" WHERE o.appraisal_id = ? LIMIT 10)" \
	" UNION (SELECT DISTINCT op.observer_id FROM statement s" \
	" JOIN observation_plan op ON op.statement_id = s.id" \
	" WHERE s.appraisal_id = ? AND op.observer_id IS NOT NULL LIMIT 10))"

/*
 * The usual people of appraisal ? (SQL_OBS_USUAL) as a list of a page's
 * statement: their id and name, then `cols`, while the appraisal is
 * monitored and `cond` holds; never the reviewee, never a governor (the
 * cycle-0 rows of roster are the active staff who are not), by name, at
 * most SQL_OBS_USUAL_MAX. Params: SQL_OBS_USUAL's, appraisal, cond's.
 */
#define SQL_USUAL_LIST(cols, cond) \
	"(SELECT r.staff_id, r.display_name" cols \
	" FROM appraisal a JOIN " SQL_OBS_USUAL " w" \
	" JOIN roster r ON r.staff_id = w.id AND r.cycle_id = 0" \
	" AND r.school_id = a.school_id" \
	" LEFT JOIN staff_detail sd ON sd.staff_id = r.staff_id" \
	" WHERE a.id = ? AND a.state IN ('in_progress', 'revision_requested')" \
	cond " AND r.staff_id <> a.reviewee_id" \
	" ORDER BY r.display_name, r.staff_id LIMIT " SQL_OBS_USUAL_MAX ")"

#define SQL_MODERATE_PAGE(cmp, dir) \
	"WITH me AS (SELECT a.id, a.cycle_id, COALESCE(sd.career_stage, '')" \
	" AS stage, COALESCE(sd.tlr, 0) AS tlr," \
	" COALESCE(sd.leadership_scale, 0) AS ls FROM appraisal a" \
	" LEFT JOIN staff_detail sd ON sd.staff_id = a.reviewee_id" \
	" WHERE a.id = ?)," \
	" peer AS (SELECT STRAIGHT_JOIN p.appraisal_id AS id," \
	" p.statement_id FROM signed_statement p FORCE INDEX (signed_peer)" \
	" JOIN appraisal a ON a.id = p.appraisal_id" \
	" JOIN staff re ON re.id = a.reviewee_id" \
	" WHERE p.cycle_id = (SELECT cycle_id FROM me)" \
	" AND p.career_stage = (SELECT stage FROM me)" \
	" AND p.tlr = (SELECT tlr FROM me)" \
	" AND p.leadership_scale = (SELECT ls FROM me)" \
	" AND p.appraisal_id " cmp " ?" \
	" AND p.appraisal_id <> (SELECT id FROM me)" \
	" AND NOT FIND_IN_SET('headteacher', re.roles)" \
	" ORDER BY p.appraisal_id" dir " LIMIT ?)," \
	" st AS (SELECT s.id, s.appraisal_id, s.number, s.status FROM me" \
	" JOIN statement s ON s.appraisal_id = me.id AND s.number =" \
	" (SELECT MAX(s2.number) FROM statement s2" \
	" WHERE s2.appraisal_id = me.id)" \
	" UNION ALL SELECT s.id, s.appraisal_id, s.number, s.status" \
	" FROM peer JOIN statement s ON s.id = peer.statement_id)" \
	" (" SQL_FACTS_COLS ", 1 AS part" SQL_FACTS_FROM ")" \
	" UNION ALL " \
	"(SELECT a.id AS c0, a.id = me.id AS c1, re.display_name AS c2," \
	" COALESCE(rv.display_name, '') AS c3, a.state AS c4," \
	" COALESCE(a.due_day, '') AS c5, a.version AS c6, c.name AS c7," \
	" COALESCE(st.number, 0) AS c8, COALESCE(st.status, '') AS c9," \
	" COALESCE(sd.career_stage, '') AS c10," \
	" COALESCE(sd.tlr, 0) AS c11," \
	" COALESCE(sd.leadership_scale, 0) AS c12, NULL, NULL, NULL, 2" \
	" FROM me JOIN (SELECT id FROM me UNION ALL SELECT id FROM peer) x" \
	" JOIN appraisal a ON a.id = x.id" \
	" JOIN cycle c ON c.id = a.cycle_id" \
	" JOIN staff re ON re.id = a.reviewee_id" \
	" LEFT JOIN staff rv ON rv.id = a.reviewer_id" \
	" LEFT JOIN staff_detail sd ON sd.staff_id = a.reviewee_id" \
	" LEFT JOIN st ON st.appraisal_id = a.id" \
	" ORDER BY a.id <> me.id, a.id LIMIT 100)" \
	" UNION ALL " \
	"(SELECT st.appraisal_id, o.position, o.description," \
	" o.success_criteria, o.category, o.plan_link, o.plan_area," \
	" o.timescale, COALESCE(o.due_day, ''), o.cycle_expectation," \
	" o.determined_by_reviewer, NULL, NULL, NULL, NULL, NULL, 3" \
	" FROM st JOIN objective o ON o.statement_id = st.id" \
	" ORDER BY st.appraisal_id, o.position LIMIT 100)" \
	" UNION ALL " \
	"(SELECT st.appraisal_id, o.position, si.kind, si.description," \
	" si.provided," SQL_PAD4 SQL_PAD4 " NULL, NULL, NULL, 4" \
	" FROM st JOIN objective o ON o.statement_id = st.id" \
	" JOIN support_item si ON si.objective_id = o.id" \
	" ORDER BY st.appraisal_id, o.position, si.id LIMIT 400)" \
	" UNION ALL " \
	"(SELECT m.decision, COALESCE(m.draw, '')," \
	" COALESCE(m.sample_pct, ''), m.outcome, m.reasons," \
	" COALESCE(d.display_name, ''), COALESCE(m.decided_at, '')," \
	" m.statement_number," SQL_PAD4 SQL_PAD4 " 5" \
	" FROM me JOIN moderation m ON m.appraisal_id = me.id" \
	" LEFT JOIN staff d ON d.id = m.decided_by)"

#define S(id, n, text) [id] = { text, n }

static const struct sql_stmt stmts[SQL__COUNT] = {
	S(SQL_PING, 0, "SELECT 1"),

	S(SQL_SCHOOL_BY_CODE, 1,
	    "SELECT id, name FROM school WHERE code = ?"),

	/* The rows a directory entry may be: bound to its identifier ?, or
	 * holding its log-in name ? (compared exactly), locked until the
	 * transaction ends. */
	S(SQL_STAFF_BY_IDENTITY, 2,
	    "SELECT id, COALESCE(directory_id, ''), login FROM staff"
	    " WHERE directory_id = ? OR login = ? LIMIT 2 FOR UPDATE"),
	S(SQL_STAFF_INSERT, 8,
	    "INSERT INTO staff (school_id, login, directory_id, dn, display_name,"
	    " email, job_title, roles, synced_at)"
	    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, UTC_TIMESTAMP())"),
	/* Directory fields of row ?, bound to its entry (id last). */
	S(SQL_STAFF_REFRESH, 9,
	    "UPDATE staff SET school_id = ?, login = ?, directory_id = ?,"
	    " dn = ?, display_name = ?, email = ?, job_title = ?, roles = ?,"
	    " active = 1, synced_at = UTC_TIMESTAMP() WHERE id = ?"),
	S(SQL_STAFF_UNBIND, 1,
	    "UPDATE staff SET directory_id = NULL WHERE login = ?"
	    " AND directory_id IS NOT NULL"),
	S(SQL_STAFF_LOGGED_IN, 1,
	    "UPDATE staff SET last_login_at = UTC_TIMESTAMP() WHERE id = ?"),
	S(SQL_STAFF_DEACTIVATE_UNSEEN, 1,
	    "UPDATE staff SET active = 0 WHERE active = 1 AND synced_at < ?"),

	/* One query per authenticated request: the session and its person. */
	S(SQL_SESSION_ACTOR, 1,
	    "SELECT se.csrf, se.created_at, se.last_seen_at, st.id,"
	    " st.school_id, sc.code, sc.name, st.login, st.display_name,"
	    " st.email, st.job_title, st.roles, COALESCE(cv.version, 1),"
	    " COALESCE(sc.trust_id, 0), COALESCE(sx.n, 0)"
	    " FROM session se JOIN staff st ON st.id = se.staff_id"
	    " JOIN school sc ON sc.id = st.school_id"
	    " LEFT JOIN school_config cv ON cv.school_id = st.school_id"
	    " LEFT JOIN staff_ties sx ON sx.staff_id = st.id"
	    " WHERE se.token_hash = ? AND st.active = 1"),
	S(SQL_SESSION_INSERT, 6,
	    "INSERT INTO session (token_hash, staff_id, csrf, created_at,"
	    " last_seen_at, address) VALUES (?, ?, ?, ?, ?, ?)"),
	S(SQL_SESSION_TOUCH, 2,
	    "UPDATE session SET last_seen_at = ? WHERE token_hash = ?"),
	S(SQL_SESSION_DELETE, 1,
	    "DELETE FROM session WHERE token_hash = ?"),
	S(SQL_SESSION_PURGE, 2,
	    "DELETE FROM session WHERE last_seen_at < ? OR created_at < ?"),

	/* One attempt counted, and the count returned as the insert id (0
	 * for a new row: the first). Assignments run left to right: failures
	 * sees the old window. Parameters: kind, subject, now, then twice the
	 * start of the window that is still running. */
	S(SQL_THROTTLE_HIT, 5,
	    "INSERT INTO login_throttle (kind, subject, failures, window_start)"
	    " VALUES (?, ?, 1, ?) ON DUPLICATE KEY UPDATE"
	    " failures = LAST_INSERT_ID(IF(window_start < ?, 1, failures + 1)),"
	    " window_start = IF(window_start < ?, VALUES(window_start),"
	    " window_start)"),
	S(SQL_THROTTLE_FORGIVE, 2,
	    "UPDATE login_throttle SET failures = failures - 1"
	    " WHERE kind = ? AND subject = ? AND failures > 0"),
	S(SQL_THROTTLE_CLEAR, 2,
	    "DELETE FROM login_throttle WHERE kind = ? AND subject = ?"),

	S(SQL_AUDIT_INSERT, 9,
	    "INSERT INTO audit (actor_id, actor_login, school_id, action,"
	    " record_type, record_id, result, reason, address)"
	    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
	/* Up to four rows of the columns above; a row whose action is NULL
	 * is not one (lib/audit: AUDIT_BATCH_MAX). */
#define SQL_AUDIT_ROW " SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?"
	S(SQL_AUDIT_INSERT_BATCH, 36,
	    "INSERT INTO audit (actor_id, actor_login, school_id, action,"
	    " record_type, record_id, result, reason, address)"
	    " SELECT * FROM (SELECT ? AS c1, ? AS c2, ? AS c3, ? AS c4,"
	    " ? AS c5, ? AS c6, ? AS c7, ? AS c8, ? AS c9"
	    " UNION ALL" SQL_AUDIT_ROW " UNION ALL" SQL_AUDIT_ROW
	    " UNION ALL" SQL_AUDIT_ROW ") t WHERE t.c4 IS NOT NULL"),

	/* Dashboard: the current appraisals a person is part of. */
	/*
	 * Everything on a person's own dashboard in one round trip; value
	 * columns 0-8 as each kind needs them:
	 * 1 their appraisals (id, state, due kind, due day, cycle, reviewer),
	 * 2 those they review (the same, with the reviewee), 3 requests for
	 * access to their plan (id, appraisal, manager, state, until, reason,
	 * decision, decided by, withdrawal), 4 their own requests as a line
	 * manager (id, appraisal, reviewee, state, until, decision,
	 * withdrawal), 5 how many people they line-manage.
	 * The kind is the last column, for db_query_parts() (a plain UNION
	 * ALL: an outer ORDER BY would cost a temporary table and a sort on
	 * every dashboard).
	 * 6 observation feedback past its day, 7 performance concerns (the
	 * head's and PM lead's), 8 those about the reader, 9 appraisals
	 * being monitored with no interim review (home.c keeps those whose
	 * window has ended). The reader's own and those they review are
	 * read through the index by reviewee or by reviewer, forced: with
	 * its statistics behind a large import MariaDB read every
	 * appraisal of every cycle instead, passing over all but the
	 * reader's with the pushed condition (3,075 index entries for 23
	 * rows on the school of 1,000).
	 * Parameters: me, today, me, today, me, me, me, today, today, me,
	 * lead?, school, today, today, lead?, school, me, me, me, lead?,
	 * school.
	 */
#define SQL_DASH_MINE \
	"(SELECT STRAIGHT_JOIN a.id AS v0, a.state AS v1, a.due_kind AS v2," \
	" a.due_day AS v3, c.name AS v4, COALESCE(rv.display_name, '') AS v5," \
	" IF(a.state IN ('meeting_arranged', 'assessment_arranged')," \
	" (SELECT m.day FROM meeting m WHERE m.appraisal_id = a.id" \
	" AND m.kind = IF(a.state = 'meeting_arranged', 'planning'," \
	" 'assessment') ORDER BY m.id DESC LIMIT 1), NULL) AS v6," \
	" NULL AS v7, NULL AS v8, 1 AS kind" \
	" FROM appraisal a FORCE INDEX (appraisal_reviewee)" \
	" JOIN cycle c ON c.id = a.cycle_id" \
	" LEFT JOIN staff rv ON rv.id = a.reviewer_id" \
	" WHERE a.reviewee_id = ? AND (c.ends >= ? OR a.state <> 'closed')" \
	" ORDER BY c.starts DESC LIMIT 10)"
#define SQL_DASH_REVIEWING \
	"(SELECT STRAIGHT_JOIN a.id, a.state, a.due_kind, a.due_day, c.name," \
	" re.display_name, IF(a.state IN ('meeting_arranged'," \
	" 'assessment_arranged'), (SELECT m.day FROM meeting m" \
	" WHERE m.appraisal_id = a.id AND m.kind = IF(a.state =" \
	" 'meeting_arranged', 'planning', 'assessment')" \
	" ORDER BY m.id DESC LIMIT 1), NULL), NULL, NULL, 2" \
	" FROM appraisal a FORCE INDEX (appraisal_reviewer)" \
	" JOIN cycle c ON c.id = a.cycle_id" \
	" JOIN staff re ON re.id = a.reviewee_id" \
	" WHERE a.reviewer_id = ? AND (c.ends >= ? OR a.state <> 'closed')" \
	" ORDER BY a.due_day IS NULL, a.due_day, re.display_name LIMIT 200)"
#define SQL_DASH_TO_ME \
	"(SELECT g.id, g.appraisal_id, m.display_name, g.state," \
	" COALESCE(g.until_day, ''), g.reason, g.decision_reason," \
	" COALESCE(d.display_name, ''), g.withdrawal_reason, 3" \
	" FROM access_grant g JOIN appraisal a ON a.id = g.appraisal_id" \
	" JOIN staff m ON m.id = g.manager_id" \
	" LEFT JOIN staff d ON d.id = COALESCE(g.withdrawn_by, g.decided_by)" \
	" WHERE a.reviewee_id = ? ORDER BY g.id DESC LIMIT 20)"
#define SQL_DASH_ASKED \
	"(SELECT g.id, g.appraisal_id, re.display_name, g.state," \
	" COALESCE(g.until_day, ''), g.decision_reason, g.withdrawal_reason," \
	" NULL, NULL, 4" \
	" FROM access_grant g JOIN appraisal a ON a.id = g.appraisal_id" \
	" JOIN staff re ON re.id = a.reviewee_id" \
	" WHERE g.manager_id = ? ORDER BY g.id DESC LIMIT 20)"
#define SQL_DASH_MANAGES \
	"(SELECT COUNT(*), NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL," \
	" 5 FROM line_manager WHERE manager_id = ?)"
#define SQL_DASH_OWN_PARTS \
	SQL_DASH_MINE " UNION ALL " SQL_DASH_REVIEWING \
	" UNION ALL " SQL_DASH_TO_ME " UNION ALL " SQL_DASH_ASKED \
	" UNION ALL " SQL_DASH_MANAGES
	/* Observation feedback past its day: the observer's own, and for
	 * the head and PM lead (? = 1) the school's but the head's. */
#define SQL_DASH_FEEDBACK(who) \
	"(SELECT o.id, o.appraisal_id, re.display_name, ob.display_name," \
	" o.day, IF(o.oral_day IS NULL AND o.oral_due < ?, o.oral_due, '')," \
	" IF(o.written_day IS NULL AND o.written_due < ?, o.written_due, '')," \
	" o.observer_id, NULL, 6" \
	" FROM observation o JOIN staff re ON re.id = (" \
	"SELECT a.reviewee_id FROM appraisal a WHERE a.id = o.appraisal_id)" \
	" JOIN staff ob ON ob.id = o.observer_id" \
	" WHERE " who \
	" AND ((o.oral_day IS NULL AND o.oral_due < ?)" \
	" OR (o.written_day IS NULL AND o.written_due < ?))" \
	" ORDER BY o.day, o.id LIMIT 20)"
	/* Performance concerns, for the head and PM lead (? = 1) of
	 * school ?: open records (their review day) and capability
	 * notices whose appraisal is still suspended; not the head's,
	 * nor the reader's own (? = me). */
#define SQL_DASH_LEAD_CONCERNS \
	"(SELECT c.id, c.appraisal_id, re.display_name, c.review_day," \
	" rb.display_name, COALESCE(c.outcome, ''), NULL, NULL, NULL, 7" \
	" FROM concern c JOIN appraisal a ON a.id = c.appraisal_id" \
	" JOIN staff re ON re.id = a.reviewee_id" \
	" JOIN staff rb ON rb.id = c.recorded_by" \
	" WHERE ? = 1 AND c.school_id = ? AND a.reviewee_id <> ?" \
	" AND (c.outcome IS NULL OR (c.outcome = 'capability'" \
	" AND a.state = 'suspended'))" \
	" AND NOT FIND_IN_SET('headteacher', re.roles)" \
	" ORDER BY c.outcome IS NOT NULL, c.review_day, c.id LIMIT 50)"
	/* The reader's own open records, or their capability notice
	 * while the appraisal is suspended (? = me). */
#define SQL_DASH_MY_CONCERNS \
	"(SELECT c.id, c.appraisal_id, NULL, c.review_day, NULL," \
	" COALESCE(c.outcome, ''), NULL, NULL, NULL, 8" \
	" FROM appraisal a JOIN concern c ON c.appraisal_id = a.id" \
	" WHERE a.reviewee_id = ? AND (c.outcome IS NULL" \
	" OR (c.outcome = 'capability' AND a.state = 'suspended'))" \
	" ORDER BY c.id DESC LIMIT 5)"
	/* Appraisals being monitored with no interim review yet, with
	 * their cycle and the school's window (home.c keeps those whose
	 * window has ended: policy_interim_overdue()), of the ids given:
	 * SQL_INTERIM_OWN, the reviewer's own, and for the head and PM lead
	 * SQL_INTERIM_SCHOOL, the school's but the head's. Each reads its
	 * appraisals only where the window may have ended
	 * (SQL_INTERIM_MAYBE_ENDED): the reviewer's through the index by
	 * reviewer, the school's from its cycles through the index by cycle
	 * and state, one state at a time (with "state IN (...)" MariaDB
	 * looked up the cycle alone and passed over every appraisal of it
	 * in another state, which ANALYZE's rows do not show), so that most
	 * of the year, when no window has ended,
	 * the school's appraisals are not read at all (MariaDB, left to
	 * itself, sometimes read every appraisal of every cycle). */
#define SQL_INTERIM_STATES "a.state IN ('in_progress', 'revision_requested')"
#define SQL_INTERIM_OWN \
	"SELECT STRAIGHT_JOIN a.id" \
	" FROM appraisal a FORCE INDEX (appraisal_reviewer)" \
	" JOIN cycle c ON c.id = a.cycle_id" \
	" LEFT JOIN school_policy sp ON sp.school_id = a.school_id" \
	" WHERE a.reviewer_id = ? AND " SQL_INTERIM_STATES \
	" AND " SQL_INTERIM_MAYBE_ENDED
#define SQL_INTERIM_SCHOOL \
	"SELECT STRAIGHT_JOIN a.id FROM cycle c" \
	" LEFT JOIN school_policy sp ON sp.school_id = c.school_id" \
	" JOIN (SELECT 'in_progress' AS s" \
	" UNION ALL SELECT 'revision_requested') ps" \
	" JOIN appraisal a FORCE INDEX (appraisal_cycle_state_due)" \
	" ON a.cycle_id = c.id AND a.state = ps.s" \
	" JOIN staff re ON re.id = a.reviewee_id" \
	" WHERE ? = 1 AND c.school_id = ? AND " SQL_INTERIM_MAYBE_ENDED \
	" AND NOT FIND_IN_SET('headteacher', re.roles)"
#define SQL_DASH_INTERIM(ids) \
	"(SELECT STRAIGHT_JOIN a.id, re.display_name, c.starts, c.ends," \
	" COALESCE(sp.interim_from, ''), COALESCE(sp.interim_to, '')," \
	" COALESCE(rv.display_name, ''), COALESCE(a.reviewer_id, 0), NULL, 9" \
	" FROM (" ids ") w JOIN appraisal a ON a.id = w.id" \
	" JOIN cycle c ON c.id = a.cycle_id" \
	" LEFT JOIN school_policy sp ON sp.school_id = a.school_id" \
	" JOIN staff re ON re.id = a.reviewee_id" \
	" LEFT JOIN staff rv ON rv.id = a.reviewer_id" \
	" WHERE NOT EXISTS (SELECT 1 FROM interim_review ir" \
	" WHERE ir.appraisal_id = a.id)" \
	" ORDER BY c.ends, re.display_name LIMIT 200)"
	/* Appeals waiting for the reader to hear them (the panel of
	 * lib/access: the head (? = 1) of the school (?); a governor
	 * (? = 1) of the school until another takes the hearing (? =
	 * me); the trust's chief executive (? = 1, of the trust of the
	 * reader's school ?)), never the reviewer's or their own (? =
	 * me twice); the appeal page decides access again. */
#define SQL_DASH_HEAR \
	"(SELECT a.id, re.display_name, a.state, COALESCE(a.due_day, '')," \
	" ap.hearer_kind, NULL, NULL, NULL, NULL, 10" \
	" FROM appeal ap JOIN appraisal a ON a.id = ap.appraisal_id" \
	" JOIN staff re ON re.id = a.reviewee_id" \
	" WHERE ap.outcome IS NULL" \
	" AND a.state IN ('appealed', 'hearing', 'outcome')" \
	" AND ((ap.hearer_kind = 'head' AND ? = 1 AND ap.school_id = ?)" \
	" OR (ap.hearer_kind = 'governor' AND ? = 1 AND ap.school_id = ?" \
	" AND (ap.heard_by IS NULL OR ap.heard_by = ?))" \
	" OR (ap.hearer_kind = 'trust_ceo' AND ? = 1 AND ap.school_id IN" \
	" (SELECT s.id FROM school s JOIN school mine" \
	" ON mine.trust_id = s.trust_id WHERE mine.id = ?)))" \
	" AND COALESCE(a.reviewer_id, 0) <> ? AND a.reviewee_id <> ?" \
	" ORDER BY a.due_day, a.id LIMIT 50)"
	/* Who: the reader's own (? = me), and for the head and PM lead (? =
	 * 1) of school ? the school's but the head's. */
#define SQL_DASH_SCHOOL_TOO(own, school) \
	"(" own " OR (? = 1 AND " school " = ?" \
	" AND NOT FIND_IN_SET('headteacher', re.roles)))"
#define SQL_DASH_PERSON_PARTS \
	SQL_DASH_OWN_PARTS \
	" UNION ALL " SQL_DASH_FEEDBACK(SQL_DASH_SCHOOL_TOO("o.observer_id = ?", \
	    "o.school_id")) \
	" UNION ALL " SQL_DASH_LEAD_CONCERNS \
	" UNION ALL " SQL_DASH_MY_CONCERNS \
	" UNION ALL " SQL_DASH_INTERIM(SQL_INTERIM_OWN " UNION " \
	    SQL_INTERIM_SCHOOL) \
	" UNION ALL " SQL_DASH_HEAR
	S(SQL_DASH_PERSON, 30, SQL_DASH_PERSON_PARTS),
	/*
	 * The dashboard of someone who neither sees the school's progress
	 * nor hears appeals (most staff): SQL_DASH_PERSON without the lists
	 * 7 and 10 that are always empty for them, and without the school's
	 * half of 6 and 9; fewer tables for MariaDB to open and plan on every
	 * dashboard. Parameters: me, today, me, today, me, me, me, today,
	 * today, me, today, today, me, me.
	 */
	S(SQL_DASH_STAFF, 14, SQL_DASH_OWN_PARTS
	    " UNION ALL " SQL_DASH_FEEDBACK("o.observer_id = ?")
	    " UNION ALL " SQL_DASH_MY_CONCERNS
	    " UNION ALL " SQL_DASH_INTERIM(SQL_INTERIM_OWN)),
	/*
	 * The dashboard of someone who has no ties (sql/020-staff-ties.sql:
	 * they review nobody, line-manage nobody, have asked for nobody's
	 * plan and observed nobody) and neither sees the school's progress
	 * nor hears appeals, as most staff: their own lists 1, 3 and 8 of
	 * SQL_DASH_PERSON, without the five that would be empty, which
	 * MariaDB would plan all the same. Parameters: me, today, me, me.
	 */
	S(SQL_DASH_OWN, 4, SQL_DASH_MINE " UNION ALL " SQL_DASH_TO_ME
	    " UNION ALL " SQL_DASH_MY_CONCERNS),
	/*
	 * The states of an appraisal before its final report (lib/workflow: all
	 * but report_issued, appeal_window, closed, appealed, hearing, outcome
	 * and suspended), as the rows of a derived table of one column, s, so
	 * that a statement reads the appraisals of a cycle in those states
	 * through the index (cycle_id, state, due_day) and nothing else
	 * (test_workflow checks the list against lib/workflow).
	 */
#define SQL_STATES_BEFORE_REPORT \
	"(SELECT 'not_started' AS s UNION ALL SELECT 'meeting_arranged'" \
	" UNION ALL SELECT 'meeting_held' UNION ALL SELECT 'draft'" \
	" UNION ALL SELECT 'changes_requested' UNION ALL SELECT 'final'" \
	" UNION ALL SELECT 'signed_reviewer'" \
	" UNION ALL SELECT 'signed_reviewee' UNION ALL SELECT 'signed'" \
	" UNION ALL SELECT 'moderation'" \
	" UNION ALL SELECT 'revision_instructed'" \
	" UNION ALL SELECT 'revision_requested'" \
	" UNION ALL SELECT 'in_progress'" \
	" UNION ALL SELECT 'assessment_arranged'" \
	" UNION ALL SELECT 'referred_back')"
	/*
	 * The head's and PM lead's dashboard: the person's lists, then the
	 * school's (kinds 11-14): 11 by state as people see it (an appeal
	 * window that has ended is closed, workflow_effective(), and not
	 * overdue): state, count, overdue, from the counts kept per cycle,
	 * state and due day (sql/019-state-counts.sql: a few rows per
	 * cycle, however many appraisals); 12 the 5 longest overdue (the
	 * rest a page at a time: SQL_OVERDUE), read in
	 * index order (school_id, due_day, id) so the work stops at 5 however
	 * many are overdue; 13 reports not issued by their cycle's completion
	 * deadline (SPEC 3): appraisals still before the report once the
	 * deadline has passed, longest overdue first, read by cycle and
	 * state (not the thousands of closed ones of past years: the index
	 * is forced, as MariaDB chose to read every appraisal of the cycle
	 * once per state when its statistics moved); 14 how many requests
	 * for access wait for a decision (not the reader's, not the head's).
	 * Parameters: SQL_DASH_PERSON's, then today, today, school, today,
	 * today, today; school, today, school, today; me, school.
	 */
#define SQL_DASH_SCHOOL_PARTS \
	"(SELECT IF(k.state IN ('report_issued', 'appeal_window')" \
	" AND k.due_day < ?, 'closed', k.state) AS st, SUM(k.n)," \
	" SUM(IF(k.due_day < ? AND NOT (k.state IN ('report_issued'," \
	" 'appeal_window')), k.n, 0)), NULL, NULL, NULL, NULL, NULL, NULL, 11" \
	" FROM cycle c JOIN state_count k ON k.cycle_id = c.id" \
	" WHERE c.school_id = ? AND (c.ends >= ? OR (k.state <> 'closed'" \
	" AND NOT (k.state IN ('report_issued', 'appeal_window')" \
	" AND k.due_day < ?)) OR c.completion_deadline >= ?) GROUP BY st)" \
	" UNION ALL " \
	"(SELECT a.id, a.state, a.due_kind, a.due_day, re.display_name," \
	" COALESCE(rv.display_name, ''), NULL, NULL, NULL, 12" \
	" FROM (SELECT id, state, due_kind, due_day, reviewee_id," \
	" reviewer_id FROM appraisal WHERE school_id = ? AND due_day < ?" \
	" AND state NOT IN ('report_issued', 'appeal_window')" \
	" ORDER BY due_day, id LIMIT 5) a" \
	" JOIN staff re ON re.id = a.reviewee_id" \
	" LEFT JOIN staff rv ON rv.id = a.reviewer_id" \
	" ORDER BY a.due_day, re.display_name LIMIT 5)" \
	" UNION ALL " \
	"(SELECT STRAIGHT_JOIN a.id, a.state, NULL, c.completion_deadline," \
	" re.display_name, COALESCE(rv.display_name, ''), NULL, NULL, NULL, 13" \
	" FROM cycle c JOIN " SQL_STATES_BEFORE_REPORT " ps" \
	" JOIN appraisal a FORCE INDEX (appraisal_cycle_state_due)" \
	" ON a.cycle_id = c.id AND a.state = ps.s" \
	" JOIN staff re ON re.id = a.reviewee_id" \
	" LEFT JOIN staff rv ON rv.id = a.reviewer_id" \
	" WHERE c.school_id = ? AND c.completion_deadline < ?" \
	" ORDER BY c.completion_deadline, re.display_name LIMIT 20)" \
	" UNION ALL " \
	"(SELECT COUNT(*), NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 14" \
	" FROM access_grant g JOIN appraisal a ON a.id = g.appraisal_id" \
	" JOIN staff re ON re.id = a.reviewee_id" \
	" WHERE a.reviewee_id <> ? AND g.school_id = ?" \
	" AND g.state = 'requested'" \
	" AND NOT FIND_IN_SET('headteacher', re.roles))"
	S(SQL_DASH_LEAD, 42,
	    SQL_DASH_PERSON_PARTS " UNION ALL " SQL_DASH_SCHOOL_PARTS),
	/*
	 * Every overdue step of the school, a page at a time (the
	 * dashboard lists the longest overdue; this page all of them): the
	 * school's appraisals due before today, but for those whose report
	 * is issued, in the order of the index (school_id, due_day) and its
	 * id, after the key (due day, id), or before it read backwards
	 * (_B), the page size plus one; then how many there are, from the
	 * counts kept per cycle, state and due day (sql/019). Parameters:
	 * school, today, key id, key day, key day, key id, limit; school,
	 * today.
	 */
#define SQL_OVERDUE_PAGE(key, dir) \
	"(SELECT a.id, a.state, a.due_day, re.display_name," \
	" COALESCE(rv.display_name, ''), 1 AS part" \
	" FROM (SELECT id, state, due_day, reviewee_id, reviewer_id" \
	" FROM appraisal WHERE school_id = ? AND due_day < ?" \
	" AND state NOT IN ('report_issued', 'appeal_window')" key \
	" ORDER BY due_day" dir ", id" dir " LIMIT ?) a" \
	" JOIN staff re ON re.id = a.reviewee_id" \
	" LEFT JOIN staff rv ON rv.id = a.reviewer_id" \
	" ORDER BY a.due_day" dir ", a.id" dir ")" \
	" UNION ALL " \
	"(SELECT COALESCE(SUM(k.n), 0), NULL, NULL, NULL, NULL, 2" \
	" FROM cycle c JOIN state_count k ON k.cycle_id = c.id" \
	" WHERE c.school_id = ? AND k.due_day < ?" \
	" AND k.state NOT IN ('report_issued', 'appeal_window'))"
	S(SQL_OVERDUE, 9, SQL_OVERDUE_PAGE(" AND (? = 0 OR due_day > ?"
	    " OR (due_day = ? AND id > ?))", "")),
	S(SQL_OVERDUE_B, 9, SQL_OVERDUE_PAGE(" AND (? = 0 OR due_day < ?"
	    " OR (due_day = ? AND id < ?))", " DESC")),
	/* Columns in the order of policy_settings[] (lib/policy.c). */
	S(SQL_POLICY_LOAD, 1,
	    "SELECT reviewer_mode, max_reviewees,"
	    " leadership_exempt_from_max, moderation,"
	    " moderation_sample_pct, head_panel_governors,"
	    " head_panel_foundation, adviser, objectives_count,"
	    " require_pupil_progress, require_team,"
	    " require_leadership_for_tlr, observation_hours_cap,"
	    " observation_exempt_ect, observation_exempt_support_plan,"
	    " rating_scale, retention_years, meeting_notice_days,"
	    " draft_due_days, final_due_days, moderation_due_days,"
	    " revised_due_days, assessment_notice_days, appeal_window_days,"
	    " hearing_due_days, outcome_due_days, observation_notice_days,"
	    " oral_feedback_days, written_feedback_days, teacher_deadline,"
	    " head_deadline, interim_from, interim_to, ups_reports,"
	    " ups_years_on_m6, version"
	    " FROM school_policy WHERE school_id = ?"),
	/* Takes the row's exclusive lock at once (a shared lock from INSERT
	 * IGNORE, upgraded by the UPDATE, deadlocks two saves). */
	S(SQL_POLICY_ENSURE, 1,
	    "INSERT INTO school_policy (school_id) VALUES (?)"
	    " ON DUPLICATE KEY UPDATE school_id = school_id"),
	S(SQL_POLICY_SAVE, 37,
	    "UPDATE school_policy SET reviewer_mode = ?, max_reviewees = ?,"
	    " leadership_exempt_from_max = ?, moderation = ?,"
	    " moderation_sample_pct = ?, head_panel_governors = ?,"
	    " head_panel_foundation = ?, adviser = ?, objectives_count = ?,"
	    " require_pupil_progress = ?, require_team = ?,"
	    " require_leadership_for_tlr = ?, observation_hours_cap = ?,"
	    " observation_exempt_ect = ?, observation_exempt_support_plan ="
	    " ?, rating_scale = ?, retention_years = ?, meeting_notice_days"
	    " = ?, draft_due_days = ?, final_due_days = ?,"
	    " moderation_due_days = ?, revised_due_days = ?,"
	    " assessment_notice_days = ?, appeal_window_days = ?,"
	    " hearing_due_days = ?, outcome_due_days = ?,"
	    " observation_notice_days = ?, oral_feedback_days = ?,"
	    " written_feedback_days = ?, teacher_deadline = ?,"
	    " head_deadline = ?, interim_from = ?, interim_to = ?,"
	    " ups_reports = ?, ups_years_on_m6 = ?,"
	    " version = version + 1 WHERE"
	    " school_id = ? AND version = ?"),
	/* One appraisal with what pages and access need to know. */
	S(SQL_APPRAISAL_LOAD, 1, SQL_APPRAISAL_COLS SQL_APPRAISAL_FROM
	    " WHERE a.id = ?"),
	/* Moves only from the version the page was built from. */
	S(SQL_APPRAISAL_MOVE, 5,
	    "UPDATE appraisal SET state = ?, due_kind = ?, due_day = ?,"
	    " state_since = UTC_TIMESTAMP(), version = version + 1"
	    " WHERE id = ? AND version = ?"),
	S(SQL_APPRAISAL_EVENT_INSERT, 7,
	    "INSERT INTO appraisal_event (appraisal_id, event, actor_id, day,"
	    " from_state, to_state, note) VALUES (?, ?, ?, ?, ?, ?, ?)"),
	S(SQL_APPRAISAL_EVENT_DAY, 2,
	    "SELECT day FROM appraisal_event WHERE appraisal_id = ?"
	    " AND event = ? ORDER BY id DESC LIMIT 1"),
	/* Every closed weekday of a school, for lib/model/school_conf. */
	S(SQL_CLOSURES_ALL, 1,
	    "SELECT day FROM school_closure WHERE school_id = ?"
	    " AND WEEKDAY(day) < 5 ORDER BY day LIMIT 5000"),
	S(SQL_SCHOOL_CONFIG_VERSION, 1,
	    "SELECT COALESCE(MAX(version), 1) FROM school_config"
	    " WHERE school_id = ?"),
	S(SQL_MEETING_LATEST, 2,
	    "SELECT id, day, time_of_day, place, COALESCE(held_on, '')"
	    " FROM meeting WHERE appraisal_id = ? AND kind = ?"
	    " ORDER BY id DESC LIMIT 1"),
	S(SQL_MEETING_INSERT, 5,
	    "INSERT INTO meeting (appraisal_id, kind, day, time_of_day, place)"
	    " VALUES (?, ?, ?, ?, ?)"),
	S(SQL_MEETING_HELD, 2,
	    "UPDATE meeting SET held_on = ?, version = version + 1"
	    " WHERE id = ?"),
	S(SQL_STATEMENT_INSERT, 3,
	    "INSERT INTO statement (appraisal_id, number, created_by)"
	    " VALUES (?, ?, ?)"),
	S(SQL_STATEMENT_TOUCH, 2,
	    "UPDATE statement SET version = version + 1"
	    " WHERE id = ? AND version = ?"),
	S(SQL_STATEMENT_STATUS, 2,
	    "UPDATE statement SET status = ? WHERE id = ?"),
	S(SQL_STATEMENT_COMMENT, 2,
	    "UPDATE statement SET reviewee_comment = ? WHERE id = ?"),
	S(SQL_STATEMENT_SIGN_REVIEWER, 2,
	    "UPDATE statement SET reviewer_signed_by = ?,"
	    " reviewer_signed_at = UTC_TIMESTAMP() WHERE id = ?"),
	S(SQL_STATEMENT_SIGN_REVIEWEE, 2,
	    "UPDATE statement SET reviewee_signed_by = ?,"
	    " reviewee_signed_at = UTC_TIMESTAMP() WHERE id = ?"),
	S(SQL_STATEMENT_UNSIGN, 1,
	    "UPDATE statement SET reviewer_signed_by = NULL,"
	    " reviewer_signed_at = NULL, reviewee_signed_by = NULL,"
	    " reviewee_signed_at = NULL WHERE id = ?"),
	S(SQL_OBJECTIVES_LOAD, 1,
	    "SELECT position, description, success_criteria, timescale,"
	    " COALESCE(due_day, ''), cycle_expectation, plan_link, plan_area,"
	    " category, determined_by_reviewer"
	    " FROM objective WHERE statement_id = ? ORDER BY position"),
	S(SQL_OBJECTIVES_DELETE, 1,
	    "DELETE FROM objective WHERE statement_id = ?"),
	S(SQL_OBJECTIVE_INSERT, 11,
	    "INSERT INTO objective (statement_id, position, description,"
	    " success_criteria, timescale, due_day, cycle_expectation,"
	    " plan_link, plan_area, category, determined_by_reviewer)"
	    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
	/* Support agreed for each objective of a statement. */
	S(SQL_SUPPORT_DELETE, 1,
	    "DELETE si FROM support_item si JOIN objective o"
	    " ON o.id = si.objective_id WHERE o.statement_id = ?"),
	S(SQL_SUPPORT_INSERT, 3,
	    "INSERT INTO support_item (objective_id, kind, description)"
	    " VALUES (?, ?, ?)"),
	/* Only an item of the given statement. */
	S(SQL_SUPPORT_MARK, 3,
	    "UPDATE support_item si JOIN objective o ON o.id = si.objective_id"
	    " SET si.provided = ? WHERE si.id = ? AND o.statement_id = ?"),
	S(SQL_OBSERVATIONS_DELETE, 1,
	    "DELETE FROM observation_plan WHERE statement_id = ?"),
	S(SQL_OBSERVATION_INSERT, 5,
	    "INSERT INTO observation_plan (statement_id, minutes, purpose,"
	    " focus, planned_when) VALUES (?, ?, ?, ?, ?)"),
	/*
	 * The plan page in one statement (db_query_parts()): 1 the access
	 * facts, 2 the appraisal (SQL_APPRAISAL_COLS' 22), 3 its
	 * latest statement, or the newest numbered at most ? (id, number,
	 * status, comment, signed at and by, twice, version), that
	 * statement's 4 objectives (position, description, criteria,
	 * timescale, due, expectation, link, area, category, determined),
	 * 5 support (position, id, kind, description, provided) and 6
	 * observation plan (minutes, purpose, focus, when); when ? is 1 (the
	 * page, not a version): 7 the latest planning meeting (id, day,
	 * time, place, held), 8 the statement versions (number, status,
	 * created, signed by reviewer, by reviewee), 9 the history (event,
	 * at, day, who, note) and 10 the moderation (outcome, reasons,
	 * decided by, at, statement version). Parameters: the facts',
	 * the appraisal, then (appraisal, number) four times and
	 * (appraisal, 0 or 1) four times.
	 */
#define SQL_PLAN_STATEMENT_ID \
	" (SELECT s2.id FROM statement s2 WHERE s2.appraisal_id = ?" \
	" AND s2.number <= ? ORDER BY s2.number DESC LIMIT 1)"
	S(SQL_PLAN_PAGE, 23,
	    "(" SQL_FACTS_COLS "," SQL_PAD4 " NULL, NULL, 1 AS part"
	    SQL_FACTS_FROM ")"
	    " UNION ALL " SQL_PAGE_APPRAISAL("")
	    " UNION ALL "
	    "(SELECT s.id, s.number, s.status, COALESCE(s.reviewee_comment, ''),"
	    " COALESCE(s.reviewer_signed_at, ''), COALESCE(rs.display_name, ''),"
	    " COALESCE(s.reviewee_signed_at, ''), COALESCE(es.display_name, ''),"
	    " s.version," SQL_PAD12 " NULL, 3"
	    " FROM statement s LEFT JOIN staff rs ON rs.id = s.reviewer_signed_by"
	    " LEFT JOIN staff es ON es.id = s.reviewee_signed_by"
	    " WHERE s.appraisal_id = ? AND s.number <= ?"
	    " ORDER BY s.number DESC LIMIT 1)"
	    " UNION ALL "
	    "(SELECT position, description, success_criteria, timescale,"
	    " COALESCE(due_day, ''), cycle_expectation, plan_link, plan_area,"
	    " category, determined_by_reviewer," SQL_PAD12 " 4"
	    " FROM objective WHERE statement_id =" SQL_PLAN_STATEMENT_ID
	    " ORDER BY position LIMIT 100)"
	    " UNION ALL "
	    "(SELECT o.position, si.id, si.kind, si.description, si.provided,"
	    SQL_PAD16 " NULL, 5"
	    " FROM support_item si JOIN objective o ON o.id = si.objective_id"
	    " WHERE o.statement_id =" SQL_PLAN_STATEMENT_ID
	    " ORDER BY o.position, si.id LIMIT 1000)"
	    " UNION ALL "
	    "(SELECT minutes, purpose, focus, planned_when," SQL_PAD16
	    " NULL, NULL, 6 FROM observation_plan"
	    " WHERE statement_id =" SQL_PLAN_STATEMENT_ID
	    " ORDER BY id LIMIT 100)"
	    " UNION ALL "
	    "(SELECT id, day, time_of_day, place, COALESCE(held_on, '')," SQL_PAD16
	    " NULL, 7 FROM meeting WHERE appraisal_id = ? AND kind = 'planning'"
	    " AND ? = 1 ORDER BY id DESC LIMIT 1)"
	    " UNION ALL "
	    "(SELECT number, status, created_at,"
	    " COALESCE(reviewer_signed_at, ''), COALESCE(reviewee_signed_at, ''),"
	    SQL_PAD16 " NULL, 8 FROM statement WHERE appraisal_id = ? AND ? = 1"
	    " ORDER BY number DESC LIMIT 100)"
	    " UNION ALL "
	    "(SELECT e.event, e.at, e.day, COALESCE(s.display_name, ''), e.note,"
	    SQL_PAD16 " NULL, 9"
	    " FROM appraisal_event e LEFT JOIN staff s ON s.id = e.actor_id"
	    " WHERE e.appraisal_id = ? AND ? = 1 ORDER BY e.id LIMIT 200)"
	    " UNION ALL "
	    "(SELECT m.outcome, m.reasons, COALESCE(d.display_name, ''),"
	    " COALESCE(m.decided_at, ''), m.statement_number," SQL_PAD16 " NULL, 10"
	    " FROM moderation m LEFT JOIN staff d ON d.id = m.decided_by"
	    " WHERE m.appraisal_id = ? AND ? = 1)"),
	/* A newly signed version replaces the signed ones before it. */
	S(SQL_STATEMENT_SUPERSEDE, 2,
	    "UPDATE statement SET status = 'superseded'"
	    " WHERE appraisal_id = ? AND number < ? AND status = 'signed'"),
	S(SQL_APPRAISAL_TOUCH, 2,
	    "UPDATE appraisal SET version = version + 1"
	    " WHERE id = ? AND version = ?"),
	/* How many reviewees a reviewer has in the current cycles. */
	S(SQL_REVIEWER_COUNT, 2,
	    "SELECT COUNT(*) FROM appraisal a JOIN cycle c ON c.id = a.cycle_id"
	    " WHERE a.reviewer_id = ? AND c.ends >= ?"),
	S(SQL_STAFF_IN_SCHOOL, 2,
	    "SELECT st.id, st.roles, st.display_name,"
	    " COALESCE(sd.staff_group, 'teacher'),"
	    " COALESCE(sd.exempt_induction, 0), COALESCE(sd.leadership_scale, 0)"
	    " FROM staff st LEFT JOIN staff_detail sd ON sd.staff_id = st.id"
	    " WHERE st.id = ? AND st.school_id = ? AND st.active = 1"),
	S(SQL_CYCLE_CURRENT, 4,
	    "SELECT id FROM cycle WHERE school_id = ? AND staff_group = ?"
	    " AND starts <= ? AND ends >= ? ORDER BY starts DESC LIMIT 1"),
	S(SQL_APPRAISAL_CREATE, 4,
	    "INSERT INTO appraisal (cycle_id, school_id, reviewee_id,"
	    " reviewer_id) VALUES (?, ?, ?, ?)"),
	S(SQL_APPRAISAL_SET_REVIEWER, 3,
	    "UPDATE appraisal SET reviewer_id = ?, version = version + 1"
	    " WHERE id = ? AND version = ?"),
	S(SQL_APPRAISAL_OF, 2,
	    "SELECT id, version FROM appraisal WHERE cycle_id = ?"
	    " AND reviewee_id = ?"),
	S(SQL_CLOSURE_INSERT, 4,
	    "INSERT INTO school_closure (school_id, day, kind, label)"
	    " VALUES (?, ?, ?, ?) ON DUPLICATE KEY UPDATE kind = VALUES(kind),"
	    " label = VALUES(label)"),
	S(SQL_CLOSURES_CLEAR, 3,
	    "DELETE FROM school_closure WHERE school_id = ?"
	    " AND day BETWEEN ? AND ?"),
	S(SQL_NOW, 0, "SELECT UTC_TIMESTAMP()"),
	S(SQL_MIGRATIONS_INIT, 0,
	    "CREATE TABLE IF NOT EXISTS schema_migrations ("
	    " version INT UNSIGNED NOT NULL PRIMARY KEY,"
	    " name VARCHAR(200) NOT NULL,"
	    " applied_at DATETIME NOT NULL"
	    ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci"),
	S(SQL_MIGRATIONS_LIST, 0,
	    "SELECT version, name, applied_at FROM schema_migrations"
	    " ORDER BY version"),
	S(SQL_MIGRATIONS_RECORD, 2,
	    "INSERT INTO schema_migrations (version, name, applied_at)"
	    " VALUES (?, ?, UTC_TIMESTAMP())"),
	S(SQL_STATUS_COUNTS, 0,
	    "SELECT (SELECT COUNT(*) FROM school),"
	    " (SELECT COUNT(*) FROM staff WHERE active = 1),"
	    " (SELECT COUNT(*) FROM session),"
	    " (SELECT COUNT(*) FROM audit)"),
	/* Whether the schema has been migrated, read without creating
	 * anything (the programs' account may not). */
	S(SQL_MIGRATIONS_TABLE, 0,
	    "SELECT COUNT(*) FROM information_schema.tables"
	    " WHERE table_schema = DATABASE()"
	    " AND table_name = 'schema_migrations'"),
	S(SQL_DATABASE_TABLES, 0,
	    "SELECT COUNT(*) FROM information_schema.tables"
	    " WHERE table_schema = DATABASE()"),
	S(SQL_TRUST_INSERT, 2,
	    "INSERT INTO trust (code, name) VALUES (?, ?)"),
	S(SQL_TRUST_LIST, 0,
	    "SELECT t.code, t.name, COUNT(s.id) FROM trust t"
	    " LEFT JOIN school s ON s.trust_id = t.id"
	    " GROUP BY t.id, t.code, t.name ORDER BY t.code"),
	S(SQL_SCHOOL_INSERT, 2,
	    "INSERT INTO school (code, name) VALUES (?, ?)"),
	/* No row (affected 0) when the trust's code is unknown. */
	S(SQL_SCHOOL_INSERT_IN_TRUST, 3,
	    "INSERT INTO school (code, name, trust_id)"
	    " SELECT ?, ?, id FROM trust WHERE code = ?"),
	S(SQL_SCHOOL_LIST, 0,
	    "SELECT s.code, s.name, COALESCE(t.code, ''),"
	    " (SELECT COUNT(*) FROM staff st WHERE st.school_id = s.id"
	    " AND st.active = 1)"
	    " FROM school s LEFT JOIN trust t ON t.id = s.trust_id"
	    " ORDER BY s.code"),

	/* ---- line-manager access and the access log ---- */
	/* What access needs of appraisal ? as seen by staff ? (four times):
	 * the record, the actor's trust, line manager and observer ties, and
	 * the actor's latest granted request for it. */
	S(SQL_ACCESS_FACTS, 6, SQL_FACTS_COLS SQL_FACTS_FROM),
	S(SQL_GRANT_INSERT, 5,
	    "INSERT INTO access_grant (appraisal_id, school_id, manager_id,"
	    " requested_by, reason) VALUES (?, ?, ?, ?, ?)"),
	/* A request waiting, or a grant still running (today given); in a
	 * transaction, it locks the manager's requests for the appraisal so
	 * two requests sent at once do not both go in. */
#define SQL_GRANT_OPEN_FROM \
	" FROM access_grant WHERE appraisal_id = ?" \
	" AND manager_id = ? AND (state = 'requested' OR (state = 'granted'" \
	" AND (until_day IS NULL OR until_day >= ?)))"
	S(SQL_GRANT_OPEN_COUNT, 3,
	    "SELECT COUNT(*)" SQL_GRANT_OPEN_FROM " FOR UPDATE"),
	/* Only a waiting request of this appraisal, at the version shown. */
	S(SQL_GRANT_DECIDE, 7,
	    "UPDATE access_grant SET state = ?, decided_by = ?,"
	    " decided_at = UTC_TIMESTAMP(), decision_reason = ?, until_day = ?,"
	    " version = version + 1 WHERE id = ? AND appraisal_id = ?"
	    " AND state = 'requested' AND version = ?"),
	S(SQL_GRANT_WITHDRAW, 5,
	    "UPDATE access_grant SET state = 'withdrawn', withdrawn_by = ?,"
	    " withdrawn_at = UTC_TIMESTAMP(), withdrawal_reason = ?,"
	    " version = version + 1 WHERE id = ? AND appraisal_id = ?"
	    " AND state = 'granted' AND version = ?"),
	/* A line manager takes back their own request before it is decided.
	 * Parameters: who, request, appraisal, who, version. */
	S(SQL_GRANT_CANCEL, 5,
	    "UPDATE access_grant SET state = 'withdrawn', withdrawn_by = ?,"
	    " withdrawn_at = UTC_TIMESTAMP(),"
	    " withdrawal_reason = 'Taken back by the line manager before a"
	    " decision', version = version + 1 WHERE id = ? AND appraisal_id = ?"
	    " AND manager_id = ? AND state = 'requested' AND version = ?"),
	/* The requests for access to appraisal ?, newest first. */
#define SQL_GRANTS_COLS \
	"SELECT g.id, g.state, m.display_name, g.reason, g.requested_at," \
	" COALESCE(d.display_name, ''), COALESCE(g.decided_at, '')," \
	" g.decision_reason, COALESCE(g.until_day, '')," \
	" COALESCE(w.display_name, ''), COALESCE(g.withdrawn_at, '')," \
	" g.withdrawal_reason, g.version, g.manager_id"
#define SQL_GRANTS_FROM \
	" FROM access_grant g JOIN staff m ON m.id = g.manager_id" \
	" LEFT JOIN staff d ON d.id = g.decided_by" \
	" LEFT JOIN staff w ON w.id = g.withdrawn_by" \
	" WHERE g.appraisal_id = ? ORDER BY g.id DESC LIMIT 100"
	S(SQL_GRANTS_OF_APPRAISAL, 1, SQL_GRANTS_COLS SQL_GRANTS_FROM),
	/*
	 * The pages of one appraisal's access (cgi-bin/access.c), 16 columns
	 * and the list's number: 1 the access facts; 2 the cycle's name and
	 * the reviewee's; 3 the requests for access to the plan (the columns
	 * of SQL_GRANTS_OF_APPRAISAL); then for /access/ID 4 how many
	 * requests of the reader wait or run (SQL_GRANT_OPEN_COUNT's
	 * count, read without a lock), or for /access/ID/log 4 the reads of
	 * the appraisal by anyone but its reviewee, newest first, a page of
	 * 100 before audit id ?: in the order of the index audit_record, so
	 * a much-read appraisal's page is read without sorting all its rows.
	 * Parameters: the facts', the appraisal twice, then the appraisal,
	 * me and today, or the appraisal twice and the audit id to start
	 * before.
	 */
#define SQL_ACCESS_PARTS \
	"(" SQL_FACTS_COLS ", 1" SQL_FACTS_FROM ")" \
	" UNION ALL " \
	"(SELECT c.name, re.display_name, NULL, NULL, NULL, NULL, NULL," \
	" NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 2" \
	" FROM appraisal a JOIN cycle c ON c.id = a.cycle_id" \
	" JOIN staff re ON re.id = a.reviewee_id WHERE a.id = ?)" \
	" UNION ALL " \
	"(" SQL_GRANTS_COLS ", NULL, NULL, 3" SQL_GRANTS_FROM ")" \
	" UNION ALL "
	S(SQL_ACCESS_PAGE, 11, SQL_ACCESS_PARTS
	    "(SELECT COUNT(*), NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,"
	    " NULL, NULL, NULL, NULL, NULL, NULL, NULL, 4" SQL_GRANT_OPEN_FROM ")"),
	S(SQL_ACCESS_LOG_PAGE, 11, SQL_ACCESS_PARTS
	    "(SELECT DATE_FORMAT(au.at, '%Y-%m-%d %H:%i:%s'),"
	    " COALESCE(s.display_name, au.actor_login),"
	    " au.action, au.reason, au.id, NULL, NULL, NULL, NULL, NULL, NULL,"
	    " NULL, NULL, NULL, NULL, NULL, 4"
	    " FROM audit au LEFT JOIN staff s ON s.id = au.actor_id"
	    " WHERE au.record_type = 'appraisal' AND au.record_id = ?"
	    " AND au.result = 'allowed' AND au.action LIKE 'read %'"
	    " AND (au.actor_id IS NULL OR au.actor_id <> (SELECT ra.reviewee_id"
	    " FROM appraisal ra WHERE ra.id = ?)) AND au.id < ?"
	    " ORDER BY au.at DESC, au.id DESC LIMIT 100)"),
	/*
	 * The overview /access, three lists of 6 columns and the list's
	 * number: for the head and PM lead (? = 1) of school ? 1 the
	 * requests they may decide (not their own appraisal, not the
	 * headteacher's: governors review the head) and 2 the access
	 * running; 3 the staff line-managed by ? in school ? with an
	 * appraisal in a cycle not ended on ?, and the latest request for
	 * each. Parameters: lead?, me, school; lead?, me, school, today; me,
	 * school, today.
	 */
	S(SQL_ACCESS_INDEX, 10,
	    "(SELECT g.id, g.appraisal_id, m.display_name, re.display_name,"
	    " g.reason, g.requested_at, 1"
	    " FROM access_grant g JOIN appraisal a ON a.id = g.appraisal_id"
	    " JOIN staff m ON m.id = g.manager_id"
	    " JOIN staff re ON re.id = a.reviewee_id"
	    " WHERE ? = 1 AND a.reviewee_id <> ? AND g.school_id = ?"
	    " AND g.state = 'requested'"
	    " AND NOT FIND_IN_SET('headteacher', re.roles)"
	    " ORDER BY g.id LIMIT 500)"
	    " UNION ALL "
	    "(SELECT g.id, g.appraisal_id, m.display_name, re.display_name,"
	    " COALESCE(g.until_day, ''), COALESCE(d.display_name, ''), 2"
	    " FROM access_grant g JOIN appraisal a ON a.id = g.appraisal_id"
	    " JOIN staff m ON m.id = g.manager_id"
	    " JOIN staff re ON re.id = a.reviewee_id"
	    " LEFT JOIN staff d ON d.id = g.decided_by"
	    " WHERE ? = 1 AND a.reviewee_id <> ? AND g.school_id = ?"
	    " AND g.state = 'granted' AND (g.until_day IS NULL"
	    " OR g.until_day >= ?) ORDER BY re.display_name LIMIT 500)"
	    " UNION ALL "
	    "(SELECT st.display_name, st.job_title, a.id, c.name,"
	    " COALESCE(g.state, ''), COALESCE(g.until_day, ''), 3"
	    " FROM line_manager lm JOIN staff st ON st.id = lm.staff_id"
	    " JOIN appraisal a ON a.reviewee_id = st.id"
	    " JOIN cycle c ON c.id = a.cycle_id"
	    " LEFT JOIN access_grant g ON g.id = (SELECT MAX(g2.id)"
	    " FROM access_grant g2 WHERE g2.appraisal_id = a.id"
	    " AND g2.manager_id = lm.manager_id)"
	    " WHERE lm.manager_id = ? AND st.school_id = ? AND c.ends >= ?"
	    " ORDER BY st.display_name LIMIT 500)"),
	/* ---- admin: cycles, staff details, bulk reviewers, reviewer changes */
	/* The cycles page: the school's cycles latest first with their
	 * appraisals (list_count). Param: the school. */
	S(SQL_CYCLES_PAGE, 1,
	    "SELECT c.id, c.staff_group, c.name, c.starts, c.ends,"
	    " c.completion_deadline, c.version, COALESCE(lc.appraisals, 0)"
	    " FROM cycle c FORCE INDEX (cycle_school_starts)"
	    " LEFT JOIN list_count lc ON lc.school_id = c.school_id"
	    " AND lc.staff_group = c.staff_group AND lc.cycle_id = c.id"
	    " WHERE c.school_id = ? ORDER BY c.starts DESC, c.staff_group"
	    " LIMIT 200"),
	S(SQL_CYCLE_LOAD, 2,
	    "SELECT id, staff_group, name, starts, ends, completion_deadline,"
	    " version FROM cycle WHERE id = ? AND school_id = ?"),
	S(SQL_CYCLE_INSERT, 6,
	    "INSERT INTO cycle (school_id, staff_group, name, starts, ends,"
	    " completion_deadline) VALUES (?, ?, ?, ?, ?, ?)"),
	S(SQL_CYCLE_UPDATE, 8,
	    "UPDATE cycle SET staff_group = ?, name = ?, starts = ?, ends = ?,"
	    " completion_deadline = ?, version = version + 1"
	    " WHERE id = ? AND school_id = ? AND version = ?"),
	/* Another cycle of the group whose dates meet new_start..new_end. */
	S(SQL_CYCLE_OVERLAP, 5,
	    "SELECT name, starts, ends FROM cycle WHERE school_id = ?"
	    " AND staff_group = ? AND id <> ? AND starts <= ? AND ends >= ?"
	    " ORDER BY starts LIMIT 1"),
	/* Everyone of the school who may be named in an import, by login. */
	S(SQL_SCHOOL_STAFF, 1,
	    "SELECT st.id, st.login, st.display_name, st.roles"
	    " FROM staff st WHERE st.school_id = ? AND st.active = 1"
	    " LIMIT 20000"),
	/* One person's details; version 0: none kept yet. */
	S(SQL_STAFF_DETAIL_LOAD, 2,
	    "SELECT st.id, st.login, st.display_name, st.job_title,"
	    " COALESCE(sd.staff_group, IF(FIND_IN_SET('headteacher',"
	    " st.roles), 'headteacher', 'teacher')),"
	    " COALESCE(sd.career_stage, ''), COALESCE(sd.pay_point, ''),"
	    " COALESCE(sd.tlr, 0), COALESCE(sd.leadership_scale, 0),"
	    " COALESCE(sd.qts, 0), COALESCE(sd.fte, '1.000'),"
	    " COALESCE(sd.contract_type, 'permanent'),"
	    " COALESCE(sd.contract_end, ''), COALESCE(sd.start_date, ''),"
	    " COALESCE(sd.exempt_induction, 0),"
	    " COALESCE(sd.exempt_short_contract, 0),"
	    " COALESCE(sd.under_capability, 0), COALESCE(sd.support_plan, 0),"
	    " COALESCE(sd.version, 0),"
	    " COALESCE((SELECT GROUP_CONCAT(m.login ORDER BY m.login"
	    " SEPARATOR ' ') FROM line_manager lm JOIN staff m"
	    " ON m.id = lm.manager_id WHERE lm.staff_id = st.id), ''),"
	    " st.roles"
	    " FROM staff st LEFT JOIN staff_detail sd ON sd.staff_id = st.id"
	    " WHERE st.id = ? AND st.school_id = ? AND st.active = 1"),
	/* Columns in the order of the details table in cgi-bin/admin-staff.c,
	 * the person first. */
	S(SQL_STAFF_DETAIL_INSERT, 15,
	    "INSERT INTO staff_detail (staff_id, staff_group, career_stage,"
	    " pay_point, tlr, leadership_scale, qts, fte, contract_type,"
	    " contract_end, start_date, exempt_induction,"
	    " exempt_short_contract, under_capability, support_plan)"
	    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
	/* The same columns, the person and the version last. */
	S(SQL_STAFF_DETAIL_UPDATE, 16,
	    "UPDATE staff_detail SET staff_group = ?, career_stage = ?,"
	    " pay_point = ?, tlr = ?, leadership_scale = ?, qts = ?, fte = ?,"
	    " contract_type = ?, contract_end = ?, start_date = ?,"
	    " exempt_induction = ?, exempt_short_contract = ?,"
	    " under_capability = ?, support_plan = ?, version = version + 1"
	    " WHERE staff_id = ? AND version = ?"),
	S(SQL_STAFF_DETAIL_UPSERT, 15,
	    "INSERT INTO staff_detail (staff_id, staff_group, career_stage,"
	    " pay_point, tlr, leadership_scale, qts, fte, contract_type,"
	    " contract_end, start_date, exempt_induction,"
	    " exempt_short_contract, under_capability, support_plan)"
	    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
	    " ON DUPLICATE KEY UPDATE staff_group = VALUES(staff_group),"
	    " career_stage = VALUES(career_stage), pay_point = VALUES(pay_point),"
	    " tlr = VALUES(tlr), leadership_scale = VALUES(leadership_scale),"
	    " qts = VALUES(qts), fte = VALUES(fte),"
	    " contract_type = VALUES(contract_type),"
	    " contract_end = VALUES(contract_end),"
	    " start_date = VALUES(start_date),"
	    " exempt_induction = VALUES(exempt_induction),"
	    " exempt_short_contract = VALUES(exempt_short_contract),"
	    " under_capability = VALUES(under_capability),"
	    " support_plan = VALUES(support_plan), version = version + 1"),
	S(SQL_LINE_MANAGERS_CLEAR, 1,
	    "DELETE FROM line_manager WHERE staff_id = ?"),
	S(SQL_LINE_MANAGER_INSERT, 2,
	    "INSERT IGNORE INTO line_manager (staff_id, manager_id) VALUES (?, ?)"),
	/*
	 * ---- the school-wide lists (sql/018-lists.sql), a page at a time ----
	 * Each page is one statement whatever the size of the school: the
	 * counts come from list_count, the people from roster in name order,
	 * 51 (ADMIN_PER_PAGE + 1, cgi-bin/admin.h: one more says there is
	 * more) after the person whose id a link carries (or, in the _BACK
	 * statements, before), through an index (keyset pagination: no
	 * OFFSET); then each row's details. The fragments below are put
	 * together at compile time.
	 */
	/* cur: the current cycle of each staff group (0: none today), the
	 * latest started: school, today, today for each of the four groups. */
#define LIST_CURRENT(g) \
	    "COALESCE((SELECT c.id FROM cycle c WHERE c.school_id = ?" \
	    " AND c.staff_group = '" g "' AND c.starts <= ? AND c.ends >= ?" \
	    " ORDER BY c.starts DESC LIMIT 1), 0)"
#define LIST_CUR \
	    "WITH cur AS (SELECT 'teacher' AS staff_group, " \
	    LIST_CURRENT("teacher") " AS id UNION ALL SELECT 'support', " \
	    LIST_CURRENT("support") " UNION ALL SELECT 'headteacher', " \
	    LIST_CURRENT("headteacher") " UNION ALL SELECT 'leadership', " \
	    LIST_CURRENT("leadership") ") "
	/* The name of the person who starts a page ('' for none), and the
	 * rows of roster r after them (person ? three times), or before. */
#define LIST_KEY \
	    "COALESCE((SELECT k.display_name FROM roster k" \
	    " WHERE k.staff_id = ? AND k.cycle_id = 0), '')"
#define LIST_AFTER \
	    " AND r.display_name >= " LIST_KEY " AND (r.display_name > " \
	    LIST_KEY " OR r.staff_id > ?)"
#define LIST_BEFORE \
	    " AND r.display_name <= " LIST_KEY " AND (r.display_name < " \
	    LIST_KEY " OR r.staff_id < ?)"
#define LIST_UP " ORDER BY display_name, staff_id"
#define LIST_DOWN " ORDER BY display_name DESC, staff_id DESC"
	/* Everyone listed: school, then the person three times. */
#define LIST_EVERYONE(keyset, order) \
	    "(SELECT r.staff_id, r.display_name FROM roster r" \
	    " FORCE INDEX (roster_name) WHERE r.school_id = ?" \
	    " AND r.cycle_id = 0" keyset order " LIMIT 51)"
	/* Those who need a reviewer in group g this year (the current cycle's
	 * rows, or the group's when it has none): school, then school, today,
	 * today for the cycle, then the person three times; for each group. */
#define LIST_WAITING(g, keyset, order) \
	    "(SELECT r.staff_id, r.display_name FROM roster r" \
	    " FORCE INDEX (PRIMARY) WHERE r.school_id = ?" \
	    " AND r.staff_group = '" g "' AND r.cycle_id = " \
	    LIST_CURRENT(g) " AND r.appraised = 1" keyset order " LIMIT 51)"
#define LIST_UNASSIGNED(keyset, order) \
	    "(SELECT staff_id, display_name FROM (" \
	    LIST_WAITING("teacher", keyset, order) " UNION ALL " \
	    LIST_WAITING("support", keyset, order) " UNION ALL " \
	    LIST_WAITING("headteacher", keyset, order) " UNION ALL " \
	    LIST_WAITING("leadership", keyset, order) ") w" order " LIMIT 51)"
	/* Those whose name starts with the filter, or whose family name or
	 * user name it is (each read in name order from an index): school,
	 * prefix, the person three times, how many (51, or all when only
	 * those without a reviewer are wanted); school, filter, the person
	 * three times, how many; user name, school and the person three
	 * times; then what only says (on the reviewers page: 1 for only
	 * those without a reviewer, 0 everyone). */
#define LIST_FILTERED(keyset, order, only) \
	    "(SELECT staff_id, display_name FROM (" \
	    "(SELECT r.staff_id, r.display_name, r.staff_group FROM roster r" \
	    " FORCE INDEX (roster_name) WHERE r.school_id = ?" \
	    " AND r.cycle_id = 0 AND r.display_name LIKE ?" keyset order \
	    " LIMIT ?) UNION " \
	    "(SELECT r.staff_id, r.display_name, r.staff_group FROM roster r" \
	    " FORCE INDEX (roster_family) WHERE r.school_id = ?" \
	    " AND r.cycle_id = 0 AND r.family_name = ?" keyset order \
	    " LIMIT ?) UNION " \
	    "(SELECT r.staff_id, r.display_name, r.staff_group FROM staff st" \
	    " JOIN roster r ON r.staff_id = st.id AND r.cycle_id = 0" \
	    " WHERE st.login = ? AND st.school_id = ?" keyset ")) m" only \
	    order " LIMIT 51)"
#define LIST_ONLY_UNASSIGNED \
	    " WHERE (? = 0 OR EXISTS (SELECT 1 FROM cur" \
	    " JOIN roster u ON u.staff_id = m.staff_id AND u.cycle_id = cur.id" \
	    " WHERE cur.staff_group = m.staff_group AND u.appraised = 1))"
	/*
	 * The reviewers page: (1) people listed, people without a reviewer
	 * this year, the policy's reviewer mode, the head's user name and
	 * name (when the school has one head); (2) the page's people with
	 * their appraisal this year, its reviewer and stage, and their line
	 * manager's user name and name when they have one and no reviewer;
	 * (3) everyone to choose a reviewer from, when there are at most ?
	 * (ADMIN_CHOICES_MAX). Params: LIST_CUR's 12 (cur), school four
	 * times, then the page's (keys), then school twice, at most, limit.
	 * _BACK: the page before a person.
	 */
#define LIST_ASSIGN(keys) \
	    LIST_CUR \
	    "(SELECT COALESCE(SUM(g.staff), 0) AS v0," \
	    " COALESCE(SUM(lc.unassigned), 0) AS v1," \
	    " COALESCE((SELECT reviewer_mode FROM school_policy" \
	    " WHERE school_id = ?), '') AS v2," \
	    " (SELECT IF(COUNT(*) = 1, MAX(h.login), '') FROM roster hr" \
	    " JOIN staff h ON h.id = hr.staff_id WHERE hr.school_id = ?" \
	    " AND hr.cycle_id = 0 AND hr.head = 1) AS v3," \
	    " (SELECT IF(COUNT(*) = 1, MAX(h.display_name), '') FROM roster hr" \
	    " JOIN staff h ON h.id = hr.staff_id WHERE hr.school_id = ?" \
	    " AND hr.cycle_id = 0 AND hr.head = 1) AS v4," \
	    " '' AS v5, '' AS v6, '' AS v7, '' AS v8, '' AS v9, '' AS v10," \
	    " '' AS v11, '' AS v12, '' AS v13, 1 AS part" \
	    " FROM cur JOIN list_count g ON g.school_id = ?" \
	    " AND g.staff_group = cur.staff_group AND g.cycle_id = 0" \
	    " LEFT JOIN list_count lc ON lc.school_id = g.school_id" \
	    " AND lc.staff_group = cur.staff_group AND lc.cycle_id = cur.id)" \
	    " UNION ALL " \
	    "(SELECT st.id, st.display_name, st.job_title," \
	    " COALESCE(sd.staff_group, 'teacher'), COALESCE(a.id, 0)," \
	    " COALESCE(a.reviewer_id, 0), COALESCE(rv.display_name, '')," \
	    " COALESCE(a.state, ''), COALESCE(sd.exempt_induction, 0)," \
	    " COALESCE(cur.id, 0), st.login," \
	    " FIND_IN_SET('headteacher', st.roles) > 0," \
	    " IF(a.reviewer_id IS NULL, (SELECT IF(COUNT(*) = 1, MAX(m.login)," \
	    " '') FROM line_manager lm JOIN staff m ON m.id = lm.manager_id" \
	    " WHERE lm.staff_id = st.id AND m.active = 1), '')," \
	    " IF(a.reviewer_id IS NULL, (SELECT IF(COUNT(*) = 1," \
	    " MAX(m.display_name), '') FROM line_manager lm" \
	    " JOIN staff m ON m.id = lm.manager_id" \
	    " WHERE lm.staff_id = st.id AND m.active = 1), ''), 2" \
	    " FROM (" keys ") k JOIN staff st ON st.id = k.staff_id" \
	    " LEFT JOIN staff_detail sd ON sd.staff_id = st.id" \
	    " LEFT JOIN cur ON cur.staff_group = COALESCE(sd.staff_group," \
	    " 'teacher')" \
	    " LEFT JOIN appraisal a ON a.cycle_id = cur.id" \
	    " AND a.reviewee_id = st.id" \
	    " LEFT JOIN staff rv ON rv.id = a.reviewer_id" \
	    " ORDER BY k.display_name, k.staff_id LIMIT 51)" \
	    " UNION ALL " \
	    "(SELECT r.staff_id, r.display_name, st.login, '', '', '', '', ''," \
	    " '', '', '', '', '', '', 3 FROM roster r" \
	    " FORCE INDEX (roster_name) JOIN staff st ON st.id = r.staff_id" \
	    " WHERE r.school_id = ? AND r.cycle_id = 0" \
	    " AND (SELECT SUM(staff) FROM list_count WHERE school_id = ?" \
	    " AND staff_group IN ('teacher', 'support', 'headteacher'," \
	    " 'leadership') AND cycle_id = 0) <= ?" \
	    " ORDER BY r.display_name, r.staff_id LIMIT ?)"
	S(SQL_ASSIGN_EVERYONE, 24,
	    LIST_ASSIGN(LIST_EVERYONE(LIST_AFTER, LIST_UP))),
	S(SQL_ASSIGN_EVERYONE_BACK, 24,
	    LIST_ASSIGN(LIST_EVERYONE(LIST_BEFORE, LIST_DOWN))),
	S(SQL_ASSIGN_UNASSIGNED, 48,
	    LIST_ASSIGN(LIST_UNASSIGNED(LIST_AFTER, LIST_UP))),
	S(SQL_ASSIGN_UNASSIGNED_BACK, 48,
	    LIST_ASSIGN(LIST_UNASSIGNED(LIST_BEFORE, LIST_DOWN))),
	S(SQL_ASSIGN_FILTERED, 38, LIST_ASSIGN(LIST_FILTERED(LIST_AFTER,
	    LIST_UP, LIST_ONLY_UNASSIGNED))),
	S(SQL_ASSIGN_FILTERED_BACK, 38, LIST_ASSIGN(LIST_FILTERED(LIST_BEFORE,
	    LIST_DOWN, LIST_ONLY_UNASSIGNED))),
	/*
	 * The staff details page: (1) people listed; (2) the page's people
	 * with their details and line managers. Params: the school, then the
	 * page's (keys).
	 */
#define LIST_STAFF(keys) \
	    "(SELECT COALESCE(SUM(g.staff), 0) AS v0, '' AS v1, '' AS v2," \
	    " '' AS v3, '' AS v4, '' AS v5, '' AS v6, '' AS v7, '' AS v8," \
	    " 1 AS part FROM list_count g WHERE g.school_id = ?" \
	    " AND g.staff_group IN ('teacher', 'support', 'headteacher'," \
	    " 'leadership') AND g.cycle_id = 0)" \
	    " UNION ALL " \
	    "(SELECT st.id, st.login, st.display_name, st.job_title," \
	    " COALESCE(sd.staff_group, ''), COALESCE(sd.career_stage, '')," \
	    " COALESCE(sd.fte, ''), COALESCE(sd.qts, 0)," \
	    " COALESCE((SELECT GROUP_CONCAT(m.display_name ORDER BY" \
	    " m.display_name SEPARATOR ', ') FROM line_manager lm JOIN staff m" \
	    " ON m.id = lm.manager_id WHERE lm.staff_id = st.id), ''), 2" \
	    " FROM (" keys ") k JOIN staff st ON st.id = k.staff_id" \
	    " LEFT JOIN staff_detail sd ON sd.staff_id = st.id" \
	    " ORDER BY k.display_name, k.staff_id LIMIT 51)"
	S(SQL_STAFF_EVERYONE, 5,
	    LIST_STAFF(LIST_EVERYONE(LIST_AFTER, LIST_UP))),
	S(SQL_STAFF_EVERYONE_BACK, 5,
	    LIST_STAFF(LIST_EVERYONE(LIST_BEFORE, LIST_DOWN))),
	S(SQL_STAFF_FILTERED, 18,
	    LIST_STAFF(LIST_FILTERED(LIST_AFTER, LIST_UP, ""))),
	S(SQL_STAFF_FILTERED_BACK, 18,
	    LIST_STAFF(LIST_FILTERED(LIST_BEFORE, LIST_DOWN, ""))),
	/* A list to choose from: one more than ADMIN_CHOICES_MAX (admin.h)
	 * says there are too many, and a user name is typed instead. */
	S(SQL_STAFF_NAMES, 1,
	    "SELECT id, display_name, login FROM staff WHERE school_id = ?"
	    " AND active = 1 AND NOT FIND_IN_SET('governor', roles)"
	    " ORDER BY display_name, id LIMIT 201"),
	/* The whole school for a bulk assignment: today twice, school. */
	S(SQL_ASSIGN_ALL, 3,
	    "SELECT st.id, st.login, st.display_name, st.roles,"
	    " COALESCE(sd.staff_group, 'teacher'),"
	    " COALESCE(sd.exempt_induction, 0), COALESCE(c.id, 0),"
	    " COALESCE(a.id, 0), COALESCE(a.version, 0),"
	    " COALESCE(a.reviewer_id, 0), COALESCE(sd.leadership_scale, 0)"
	    " FROM staff st LEFT JOIN staff_detail sd ON sd.staff_id = st.id"
	    " LEFT JOIN cycle c ON c.school_id = st.school_id"
	    " AND c.staff_group = COALESCE(sd.staff_group, 'teacher')"
	    " AND c.starts <= ? AND c.ends >= ?"
	    " LEFT JOIN appraisal a ON a.cycle_id = c.id AND a.reviewee_id = st.id"
	    " WHERE st.school_id = ? AND st.active = 1 LIMIT 20000"),
	/* How many open appraisals each reviewer of the school has (as
	 * SQL_REVIEWER_COUNT counts them): today, school. */
	S(SQL_REVIEWER_LOADS, 2,
	    "SELECT a.reviewer_id, COUNT(*) FROM appraisal a"
	    " JOIN cycle c ON c.id = a.cycle_id"
	    " JOIN staff rv ON rv.id = a.reviewer_id"
	    " WHERE c.ends >= ? AND rv.school_id = ? GROUP BY a.reviewer_id"),
	S(SQL_RR_INSERT, 3,
	    "INSERT INTO reviewer_request (appraisal_id, reason,"
	    " old_reviewer_id) VALUES (?, ?, ?)"),
	S(SQL_RR_OF_APPRAISAL, 1,
	    "SELECT r.id, r.status, r.reason, r.decision_reason, r.created_at,"
	    " COALESCE(r.decided_at, ''), COALESCE(o.display_name, ''),"
	    " COALESCE(n.display_name, '')"
	    " FROM reviewer_request r LEFT JOIN staff o ON o.id = r.old_reviewer_id"
	    " LEFT JOIN staff n ON n.id = r.new_reviewer_id"
	    " WHERE r.appraisal_id = ? ORDER BY r.id DESC LIMIT 20"),
	/* The head's requests page in one statement: (1) those waiting, in
	 * the order they came, (2) the 20 decided last. Params: school twice. */
	S(SQL_RR_LISTS, 2,
	    "(SELECT r.id AS v0, r.version AS v1, r.reason AS v2,"
	    " r.created_at AS v3, re.display_name AS v4,"
	    " COALESCE(rv.display_name, '') AS v5, c.name AS v6, re.id AS v7,"
	    " 1 AS part"
	    " FROM reviewer_request r FORCE INDEX (reviewer_request_waiting)"
	    " JOIN appraisal a ON a.id = r.appraisal_id"
	    " JOIN cycle c ON c.id = a.cycle_id"
	    " JOIN staff re ON re.id = a.reviewee_id"
	    " LEFT JOIN staff rv ON rv.id = a.reviewer_id"
	    " WHERE r.school_id = ? AND r.status = 'pending'"
	    " ORDER BY r.id LIMIT 200)"
	    " UNION ALL "
	    "(SELECT r.id, r.status, r.decision_reason, r.decided_at,"
	    " re.display_name, COALESCE(o.display_name, ''),"
	    " COALESCE(n.display_name, ''), COALESCE(d.display_name, ''), 2"
	    " FROM reviewer_request r FORCE INDEX (reviewer_request_decided)"
	    " JOIN appraisal a ON a.id = r.appraisal_id"
	    " JOIN staff re ON re.id = a.reviewee_id"
	    " LEFT JOIN staff o ON o.id = r.old_reviewer_id"
	    " LEFT JOIN staff n ON n.id = r.new_reviewer_id"
	    " LEFT JOIN staff d ON d.id = r.decided_by"
	    " WHERE r.school_id = ? AND r.decided_at IS NOT NULL"
	    " AND r.status <> 'pending'"
	    " ORDER BY r.decided_at DESC, r.id DESC LIMIT 20)"),
	S(SQL_RR_LOAD, 2,
	    "SELECT r.id, r.version, r.status, a.id, a.version, a.reviewee_id,"
	    " COALESCE(a.reviewer_id, 0), re.display_name, r.reason,"
	    " r.created_at, COALESCE(rv.display_name, ''), c.name,"
	    " r.decision_reason, COALESCE(n.display_name, '')"
	    " FROM reviewer_request r JOIN appraisal a ON a.id = r.appraisal_id"
	    " JOIN cycle c ON c.id = a.cycle_id"
	    " JOIN staff re ON re.id = a.reviewee_id"
	    " LEFT JOIN staff rv ON rv.id = a.reviewer_id"
	    " LEFT JOIN staff n ON n.id = r.new_reviewer_id"
	    " WHERE r.id = ? AND a.school_id = ?"),
	/* As SQL_STAFF_IN_SCHOOL, by user name. */
	S(SQL_STAFF_BY_LOGIN, 2,
	    "SELECT st.id, st.roles, st.display_name,"
	    " COALESCE(sd.staff_group, 'teacher'),"
	    " COALESCE(sd.exempt_induction, 0), COALESCE(sd.leadership_scale, 0)"
	    " FROM staff st LEFT JOIN staff_detail sd ON sd.staff_id = st.id"
	    " WHERE st.login = ? AND st.school_id = ? AND st.active = 1"),
	S(SQL_RR_PENDING_COUNT, 1,
	    "SELECT COUNT(*) FROM reviewer_request"
	    " WHERE school_id = ? AND status = 'pending'"),
	S(SQL_RR_DECIDE, 6,
	    "UPDATE reviewer_request SET status = ?, decided_by = ?,"
	    " decided_at = UTC_TIMESTAMP(), decision_reason = ?,"
	    " new_reviewer_id = ?, version = version + 1"
	    " WHERE id = ? AND version = ? AND status = 'pending'"),
	/*
	 * The observations page in one statement: (1) the access facts, (2)
	 * the appraisal (SQL_APPRAISAL_COLS' 22), (3) its records, all
	 * of them (the page shows an observer their own), (4) while it is
	 * monitored, the usual observers to offer in the list, when its
	 * reviewer is ? or ? is 1 (those who may name one are among them:
	 * access decides), (5) the latest request to revise the statement.
	 * Params: the facts', appraisal twice, the observers' (SQL_OBS_USUAL:
	 * appraisal, the person recording, appraisal five times), appraisal,
	 * reviewer, 0 or 1; appraisal.
	 */
	S(SQL_OBS_PAGE, 19,
	    "(" SQL_FACTS_COLS "," SQL_PAD4 " NULL, NULL, 1 AS part"
	    SQL_FACTS_FROM ")"
	    " UNION ALL " SQL_PAGE_APPRAISAL("")
	    " UNION ALL "
	    "(SELECT o.id, o.kind, o.day, o.class_label,"
	    " COALESCE(o.minutes, ''), o.focus, o.observer_id,"
	    " ob.display_name, COALESCE(o.notice_day, ''),"
	    " COALESCE(o.oral_due, ''), COALESCE(o.written_due, ''),"
	    " COALESCE(o.oral_day, ''), COALESCE(o.written_day, ''),"
	    " COALESCE(o.written_feedback, ''),"
	    " COALESCE(o.reviewee_comment, ''),"
	    " COALESCE(o.comment_at, ''),"
	    " COALESCE(o.revision_event_id, 0),"
	    " COALESCE(ev.day, ''), o.version, NULL, NULL, NULL, 3"
	    " FROM observation o JOIN staff ob ON ob.id = o.observer_id"
	    " LEFT JOIN appraisal_event ev ON ev.id = o.revision_event_id"
	    " WHERE o.appraisal_id = ? ORDER BY o.day, o.id LIMIT 200)"
	    " UNION ALL "
	    SQL_USUAL_LIST(", COALESCE(sd.qts, 0), r.staff_group," SQL_PAD16
	    " NULL, NULL, 4", " AND (a.reviewer_id = ? OR ? = 1)")
	    " UNION ALL "
	    "(SELECT e.id, e.day, e.note," SQL_PAD16 " NULL, NULL, NULL, 5"
	    " FROM appraisal_event e WHERE e.appraisal_id = ?"
	    " AND e.event = 'request_revision' ORDER BY e.id DESC LIMIT 1)"),
	/* Minutes of classroom observation for appraisal so far; in a
	 * transaction it locks the appraisal's records, so two recorded at
	 * once cannot both pass the limit. */
	S(SQL_OBS_MINUTES_USED, 1,
	    "SELECT COALESCE(SUM(minutes), 0) FROM observation"
	    " WHERE appraisal_id = ? AND kind = 'appraisal' FOR UPDATE"),
	/* A member of staff of the school who may be named as observer, or
	 * as who provided evidence (cgi-bin/staff-pick.c). */
	S(SQL_OBS_OBSERVER, 2,
	    "SELECT st.id, st.display_name, COALESCE(sd.qts, 0)"
	    " FROM staff st LEFT JOIN staff_detail sd ON sd.staff_id = st.id"
	    " WHERE st.id = ? AND st.school_id = ? AND st.active = 1"
	    " AND NOT FIND_IN_SET('governor', st.roles)"),
	/* The members of staff of school ? called ? (the collation's
	 * comparison: case and accents aside), as SQL_OBS_OBSERVER would
	 * accept them, read from roster's name index (cycle 0: the active,
	 * not governors); with their job title and user name, to tell apart
	 * people of one name. */
	S(SQL_OBS_OBSERVER_NAMED, 2,
	    "SELECT r.staff_id, r.display_name, COALESCE(sd.qts, 0),"
	    " st.job_title, st.login"
	    " FROM roster r JOIN staff st ON st.id = r.staff_id"
	    " LEFT JOIN staff_detail sd ON sd.staff_id = r.staff_id"
	    " WHERE r.school_id = ? AND r.cycle_id = 0 AND r.display_name = ?"
	    " AND st.school_id = r.school_id AND st.active = 1"
	    " AND NOT FIND_IN_SET('governor', st.roles)"
	    " ORDER BY r.display_name, r.staff_id LIMIT 20"),
	S(SQL_OBS_INSERT, 14,
	    "INSERT INTO observation (appraisal_id, school_id, kind, day,"
	    " class_label, minutes, focus, observer_id, notice_day, oral_due,"
	    " written_due, written_day, written_feedback, recorded_by)"
	    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
	S(SQL_OBS_LOAD, 2,
	    "SELECT id, kind, day, observer_id, version,"
	    " COALESCE(revision_event_id, 0) FROM observation"
	    " WHERE id = ? AND appraisal_id = ?"),
	/* Feedback: once each, by the record's observer, at the version. */
	S(SQL_OBS_ORAL, 5,
	    "UPDATE observation SET oral_day = ?, version = version + 1"
	    " WHERE id = ? AND appraisal_id = ? AND observer_id = ?"
	    " AND oral_day IS NULL AND version = ?"),
	S(SQL_OBS_WRITTEN, 6,
	    "UPDATE observation SET written_day = ?, written_feedback = ?,"
	    " version = version + 1 WHERE id = ? AND appraisal_id = ?"
	    " AND observer_id = ? AND written_day IS NULL AND version = ?"),
	S(SQL_OBS_COMMENT, 4,
	    "UPDATE observation SET reviewee_comment = ?,"
	    " comment_at = UTC_TIMESTAMP(), version = version + 1"
	    " WHERE id = ? AND appraisal_id = ? AND version = ?"),
	S(SQL_OBS_LINK, 4,
	    "UPDATE observation SET revision_event_id = ?,"
	    " version = version + 1 WHERE id = ? AND appraisal_id = ?"
	    " AND kind IN ('drop_in', 'work_scrutiny')"
	    " AND revision_event_id IS NULL AND version = ?"),

	/* ---- moderation (sql/012-moderation.sql) ---- */
	/* Whether appraisal ? has had its moderation decided; locks the row
	 * for the transaction that signs. */
	S(SQL_MODERATION_OF, 1,
	    "SELECT id, outcome FROM moderation WHERE appraisal_id = ?"
	    " FOR UPDATE"),
	/* Appraisal, school, statement version, decision word, draw (or
	 * NULL), percentage (or NULL), selected, outcome. */
	S(SQL_MODERATION_INSERT, 8,
	    "INSERT INTO moderation (appraisal_id, school_id, statement_number,"
	    " decision, draw, sample_pct, selected, outcome)"
	    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
	/* The outcome (fine or revise), reasons, by whom, for appraisal ?;
	 * a statement that reached moderation before the table existed gets
	 * its row now ('unrecorded'). */
	S(SQL_MODERATION_DECIDE, 4,
	    "INSERT INTO moderation (appraisal_id, school_id, statement_number,"
	    " decision, selected, outcome, reasons, decided_by, decided_at)"
	    " SELECT a.id, a.school_id, COALESCE((SELECT MAX(s.number)"
	    " FROM statement s WHERE s.appraisal_id = a.id), 0), 'unrecorded',"
	    " 1, ?, ?, ?, UTC_TIMESTAMP() FROM appraisal a WHERE a.id = ?"
	    " ON DUPLICATE KEY UPDATE outcome = VALUES(outcome),"
	    " reasons = VALUES(reasons), decided_by = VALUES(decided_by),"
	    " decided_at = VALUES(decided_at)"),
	/*
	 * What waits in the school's current cycles, soonest due first, then in
	 * the order it came: in moderation (part 1) and revisions instructed by
	 * moderation (part 2): id, reviewee, reviewer, cycle, due day, reviewer
	 * id, career stage. Not the head's appraisal, nor the reader's own. A
	 * page of each list: the first, or after (in that order) or before
	 * (the other way: the _B statements, for the first list, the second, or
	 * both) the row of a link's day and id; one more than a page shows, to
	 * say there are more. A statement per direction, so none plans a
	 * branch it does not run. Read through the index appraisal_school_state
	 * (school, state, due day; sql/022), which gives the order. Parameters,
	 * per part: school, today, me, then the key (SQL_MOD_AFTER or
	 * SQL_MOD_BEFORE), the page size plus one.
	 */
	S(SQL_MODERATE_WAITING, 20, SQL_MOD_LISTS(SQL_MOD_AFTER, "",
	    SQL_MOD_AFTER, "")),
	S(SQL_MODERATE_WAITING_B1, 20, SQL_MOD_LISTS(SQL_MOD_BEFORE, " DESC",
	    SQL_MOD_AFTER, "")),
	S(SQL_MODERATE_WAITING_B2, 20, SQL_MOD_LISTS(SQL_MOD_AFTER, "",
	    SQL_MOD_BEFORE, " DESC")),
	S(SQL_MODERATE_WAITING_B12, 20, SQL_MOD_LISTS(SQL_MOD_BEFORE, " DESC",
	    SQL_MOD_BEFORE, " DESC")),
	/*
	 * One statement in moderation beside those of comparable staff: the
	 * same cycle, career stage, TLR and leadership-scale flags, with a
	 * signed statement, never the headteacher's: a page of them in the
	 * order of the index signed_peer (sql/022: kept by triggers; by
	 * appraisal, so the order they came), read from it, not from the
	 * cycle's appraisals: those after appraisal ? (0: the first page), or
	 * before it (_B). The index is forced, and this one's values are
	 * scalar subqueries, so that they are constants to the optimizer:
	 * joined, or left to itself, MariaDB read every comparable one and
	 * sorted them. Parts: 1 the access facts of this one; 2 the
	 * appraisals shown, this one first (id, this one?, reviewee,
	 * reviewer, state, due day, version, cycle, statement version and
	 * status, career stage, TLR, leadership, reviewee id); 3 their
	 * objectives (appraisal, position, description, criteria, category,
	 * link, area, timescale, due day, expectation, determined); 4 their
	 * support (appraisal, position, kind, description, provided); 5 this
	 * one's moderation (decision, draw, percentage, outcome, reasons,
	 * decided by, at). This one's latest statement, the others' signed
	 * one. Parameters: appraisal, the key, the limit, then the facts'.
	 */
	S(SQL_MODERATE_PARTS, 9, SQL_MODERATE_PAGE(">", "")),
	S(SQL_MODERATE_PARTS_B, 9, SQL_MODERATE_PAGE("<", " DESC")),
	/* The review page, for db_query_parts(): 1 the statement's
	 * objectives, 2 their support, 3 the interim reviews, 4 their
	 * progress per objective, 5 the evidence, 6 the usual people to offer
	 * as who provided evidence (SQL_USUAL_LIST, when ? = 1; anyone else
	 * is named by full name: SQL_OBS_OBSERVER_NAMED). Parameters:
	 * statement, statement, appraisal, appraisal, appraisal, then
	 * SQL_OBS_USUAL's (appraisal, the person recording, appraisal five
	 * times), appraisal, flag. */
	S(SQL_REVIEW_PARTS, 14,
	    "(SELECT o.id AS v0, o.position AS v1, o.description AS v2,"
	    " o.success_criteria AS v3, NULL AS v4, NULL AS v5, NULL AS v6,"
	    " NULL AS v7, NULL AS v8, 1 AS part"
	    " FROM objective o WHERE o.statement_id = ?"
	    " ORDER BY o.position LIMIT 100)"
	    " UNION ALL "
	    "(SELECT si.id, o.position, si.kind, si.description, si.provided,"
	    " NULL, NULL, NULL, NULL, 2"
	    " FROM support_item si JOIN objective o ON o.id = si.objective_id"
	    " WHERE o.statement_id = ? ORDER BY o.position, si.id LIMIT 1000)"
	    " UNION ALL "
	    "(SELECT r.id, r.held_day, rb.display_name, r.recorded_at,"
	    " COALESCE(r.reviewee_comment, ''), COALESCE(r.comment_at, ''),"
	    " r.version, s.number, r.recorded_by, 3"
	    " FROM interim_review r JOIN staff rb ON rb.id = r.recorded_by"
	    " JOIN statement s ON s.id = r.statement_id"
	    " WHERE r.appraisal_id = ? ORDER BY r.held_day, r.id LIMIT 50)"
	    " UNION ALL "
	    "(SELECT p.review_id, o.position, o.description, p.progress,"
	    " p.comment, NULL, NULL, NULL, NULL, 4"
	    " FROM interim_progress p JOIN interim_review r ON r.id = p.review_id"
	    " JOIN objective o ON o.id = p.objective_id"
	    " WHERE r.appraisal_id = ? ORDER BY p.review_id, o.position"
	    " LIMIT 500)"
	    " UNION ALL "
	    "(SELECT e.id, o.position, e.description, e.day, pv.display_name,"
	    " e.agreed, ab.display_name, e.added_at, e.provider_id, 5"
	    " FROM evidence e JOIN objective o ON o.id = e.objective_id"
	    " JOIN staff pv ON pv.id = e.provider_id"
	    " JOIN staff ab ON ab.id = e.added_by"
	    " WHERE e.appraisal_id = ? ORDER BY e.day, e.id LIMIT 500)"
	    " UNION ALL "
	    SQL_USUAL_LIST(", NULL, NULL, NULL, NULL, NULL, NULL, NULL, 6",
	    " AND ? = 1")),
	S(SQL_REVIEW_INSERT, 5,
	    "INSERT INTO interim_review (appraisal_id, school_id, statement_id,"
	    " held_day, recorded_by, recorded_at)"
	    " VALUES (?, ?, ?, ?, ?, UTC_TIMESTAMP())"),
	S(SQL_REVIEW_PROGRESS_INSERT, 4,
	    "INSERT INTO interim_progress (review_id, objective_id, progress,"
	    " comment) VALUES (?, ?, ?, ?)"),
	S(SQL_REVIEW_LOAD, 2,
	    "SELECT id, version FROM interim_review"
	    " WHERE id = ? AND appraisal_id = ?"),
	/* The reviewee's comment, from the version the page showed. */
	S(SQL_REVIEW_COMMENT, 4,
	    "UPDATE interim_review SET reviewee_comment = ?,"
	    " comment_at = UTC_TIMESTAMP(), version = version + 1"
	    " WHERE id = ? AND appraisal_id = ? AND version = ?"),
	S(SQL_EVIDENCE_INSERT, 8,
	    "INSERT INTO evidence (appraisal_id, school_id, objective_id,"
	    " description, day, provider_id, agreed, added_by, added_at)"
	    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, UTC_TIMESTAMP())"),

	/* ---- performance concerns (cgi-bin/concern) ---------------------- */
	/* The appraisal as it is, locked for the transaction that writes:
	 * state, version, reviewee, school. */
	S(SQL_CONCERN_APPRAISAL_LOCK, 1,
	    "SELECT state, version, reviewee_id, school_id FROM appraisal"
	    " WHERE id = ? FOR UPDATE"),
	/* The latest record of appraisal ?, locked: id, version, outcome. */
	S(SQL_CONCERN_LATEST_LOCK, 1,
	    "SELECT id, version, COALESCE(outcome, '') FROM concern"
	    " WHERE appraisal_id = ? ORDER BY id DESC LIMIT 1 FOR UPDATE"),
	/* Appraisal, school, appraisal again (open), concerns, support,
	 * review day, implications, recorded by. */
	S(SQL_CONCERN_INSERT, 8,
	    "INSERT INTO concern (appraisal_id, school_id, open_appraisal_id,"
	    " concerns, support, review_day, implications, recorded_by)"
	    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
	/* Outcome, note, by whom; record ?, only from version ? and open. */
	S(SQL_CONCERN_DECIDE, 5,
	    "UPDATE concern SET outcome = ?, outcome_note = ?, decided_by = ?,"
	    " decided_at = UTC_TIMESTAMP(), open_appraisal_id = NULL,"
	    " version = version + 1"
	    " WHERE id = ? AND version = ? AND outcome IS NULL"),
	S(SQL_CONCERN_COMMENT, 3,
	    "UPDATE concern SET reviewee_comment = ?,"
	    " comment_at = UTC_TIMESTAMP(), version = version + 1"
	    " WHERE id = ? AND version = ?"),
	/* Staff details of ?: under the capability procedure (1) or not. */
	S(SQL_STAFF_CAPABILITY, 2,
	    "INSERT INTO staff_detail (staff_id, under_capability)"
	    " VALUES (?, ?) ON DUPLICATE KEY UPDATE"
	    " under_capability = VALUES(under_capability),"
	    " version = version + 1"),
	/* ---- the annual assessment and the final report ---- */
	/* One version of an appraisal's report: the newest (number 0) or
	 * that number; drafts (not issued) only when the third is 1.
	 * Parameters: appraisal, number, number, drafts. */
	S(SQL_REPORT_ROW, 4, SQL_REPORT_COLS " FROM report r" SQL_REPORT_WHO
	    " WHERE r.appraisal_id = ? AND (? = 0 OR r.number = ?)"
	    " AND (r.issued_at IS NOT NULL OR ? = 1)"
	    " ORDER BY r.number DESC LIMIT 1"),
	/* The report page, for db_query_parts(): 1 the assessed statement's
	 * objectives (with whether any support was not provided), 2 this
	 * version's outcome per objective, 3 the standards of the person's
	 * framework (one level for support staff) with the school's
	 * descriptor for their career stage, 4 this version's judgement per
	 * standard, 5 the versions, 6 the person's reports of earlier cycles
	 * (newest first), 7 the assessment meeting, 8 the person's pay
	 * details. Parameters: statement, report, school, career stage,
	 * framework, level, level, report, appraisal 4 times. */
	S(SQL_REPORT_PARTS, 12,
	    "(SELECT o.id, o.position, o.description, o.success_criteria, "
	    SQL_REPORT_NOT_PROVIDED ", NULL, 1"
	    " FROM objective o WHERE o.statement_id = ?"
	    " ORDER BY o.position LIMIT 100)"
	    " UNION ALL "
	    SQL_REPORT_OUTCOMES(", NULL", "2")
	    " UNION ALL "
	    "(SELECT s.id, s.number, s.short_title,"
	    " " SQL_REPORT_DESCRIPTOR("?", "?") SQL_NULL2 ", 3"
	    " FROM standard s JOIN standards_framework f ON f.id = s.framework_id"
	    " WHERE f.code = ? AND s.parent_id IS NULL AND (? = '' OR s.number = ?)"
	    " ORDER BY s.id LIMIT 50)"
	    " UNION ALL "
	    SQL_REPORT_JUDGEMENTS(SQL_NULL2 ", NULL", "4")
	    " UNION ALL "
	    "(SELECT r.number, COALESCE(r.issued_day, ''), r.reason,"
	    " r.rating_label, NULL, NULL, 5 FROM report r"
	    " WHERE r.appraisal_id = ? ORDER BY r.number DESC LIMIT 20)"
	    " UNION ALL " SQL_REPORT_HISTORY(SQL_NULL2, "6")
	    " UNION ALL " SQL_REPORT_MEETING("", "7")
	    " UNION ALL "
	    "(SELECT COALESCE(sd.career_stage, ''), COALESCE(sd.pay_point, 0),"
	    " COALESCE(ROUND(sd.years_on_m6 * 10), 0),"
	    " COALESCE(sd.staff_group, 'teacher'), NULL, NULL, 8"
	    " FROM appraisal me LEFT JOIN staff_detail sd"
	    " ON sd.staff_id = me.reviewee_id WHERE me.id = ?)"),
	/* The report page's lists 2 and 4 (SQL_REPORT_PARTS) alone, for
	 * db_query_parts(): version ?'s outcomes and judgements. Parameters:
	 * the version, the version. */
	S(SQL_REPORT_ENTRIES_OF, 2, SQL_REPORT_OUTCOMES("", "1") " UNION ALL "
	    SQL_REPORT_JUDGEMENTS(SQL_NULL2, "2")),
	/* The newest version, locked for the write that follows. */
	S(SQL_REPORT_LATEST_LOCK, 1,
	    "SELECT id, number, issued_at IS NOT NULL, version, statement_id"
	    " FROM report WHERE appraisal_id = ? ORDER BY number DESC LIMIT 1"
	    " FOR UPDATE"),
	/* A first draft. Parameters: appraisal, school, statement, framework,
	 * career stage, pay eligible, rating scale, created by. */
	S(SQL_REPORT_INSERT, 8,
	    "INSERT INTO report (appraisal_id, school_id, number, statement_id,"
	    " framework, career_stage, pay_eligible, rating_scale,"
	    " standards_comment, training_needs, aspirations, created_by)"
	    " VALUES (?, ?, 1, ?, ?, ?, ?, ?, '', '', '', ?)"),
	/* A new version copied from version id, with its reason. Parameters:
	 * reason, created by, id. */
	S(SQL_REPORT_COPY, 3,
	    "INSERT INTO report (appraisal_id, school_id, number, statement_id,"
	    " reason, absence, framework, career_stage, standards_comment,"
	    " rating_scale, rating, rating_label, rating_successful,"
	    " training_needs, aspirations, pay_eligible, pay_recommendation,"
	    " created_by)"
	    " SELECT appraisal_id, school_id, number + 1, statement_id, ?,"
	    " absence, framework, career_stage, standards_comment,"
	    " rating_scale, rating, rating_label, rating_successful,"
	    " training_needs, aspirations, pay_eligible, pay_recommendation, ?"
	    " FROM report WHERE id = ?"),
	S(SQL_REPORT_OBJ_COPY, 2,
	    "INSERT INTO report_objective (report_id, objective_id, outcome,"
	    " comment, held_to, why_not_held) SELECT ?, objective_id, outcome,"
	    " comment, held_to, why_not_held FROM report_objective"
	    " WHERE report_id = ?"),
	S(SQL_REPORT_STD_COPY, 2,
	    "INSERT INTO report_standard (report_id, standard_id, judgement,"
	    " comment) SELECT ?, standard_id, judgement, comment"
	    " FROM report_standard WHERE report_id = ?"),
	/* A draft's content, at the version the form showed. */
	S(SQL_REPORT_SAVE, 11,
	    "UPDATE report SET absence = ?, standards_comment = ?,"
	    " rating_scale = ?, rating = ?, rating_label = ?,"
	    " rating_successful = ?, training_needs = ?, aspirations = ?,"
	    " pay_recommendation = ?, version = version + 1"
	    " WHERE id = ? AND issued_at IS NULL AND version = ?"),
	S(SQL_REPORT_OBJ_CLEAR, 1,
	    "DELETE FROM report_objective WHERE report_id = ?"),
	S(SQL_REPORT_OBJ_INSERT, 6,
	    "INSERT INTO report_objective (report_id, objective_id, outcome,"
	    " comment, held_to, why_not_held) VALUES (?, ?, ?, ?, ?, ?)"),
	S(SQL_REPORT_STD_CLEAR, 1,
	    "DELETE FROM report_standard WHERE report_id = ?"),
	S(SQL_REPORT_STD_INSERT, 4,
	    "INSERT INTO report_standard (report_id, standard_id, judgement,"
	    " comment) VALUES (?, ?, ?, ?)"),
	/* Issue a saved draft: it is locked from then on (016's triggers).
	 * Parameters: day, by, id, version. */
	S(SQL_REPORT_ISSUE, 4,
	    "UPDATE report SET issued_at = UTC_TIMESTAMP(), issued_day = ?,"
	    " issued_by = ?, version = version + 1"
	    " WHERE id = ? AND issued_at IS NULL AND version = ?"
	    " AND rating IS NOT NULL"),
	/* The reviewee's comment, once, on an issued version. */
	S(SQL_REPORT_COMMENT, 4,
	    "UPDATE report SET reviewee_comment = ?,"
	    " comment_at = UTC_TIMESTAMP(), version = version + 1"
	    " WHERE id = ? AND appraisal_id = ? AND issued_at IS NOT NULL"
	    " AND reviewee_comment IS NULL AND version = ?"),
	/* ---- appeals ---- */
	/* Who should hear an appeal: whether the head took part in the
	 * review (reviewed, or wrote a version of the report), whether the
	 * school's trust has a chief executive, whether it is the head's own
	 * appraisal. */
	S(SQL_APPEAL_FACTS, 1,
	    "SELECT COALESCE(FIND_IN_SET('headteacher', rv.roles) > 0, 0)"
	    " OR EXISTS (SELECT 1 FROM report r JOIN staff w"
	    " ON w.id = r.created_by WHERE r.appraisal_id = a.id"
	    " AND FIND_IN_SET('headteacher', w.roles)),"
	    " sc.trust_id IS NOT NULL AND EXISTS (SELECT 1 FROM staff ceo"
	    " JOIN school s2 ON s2.id = ceo.school_id WHERE s2.trust_id ="
	    " sc.trust_id AND ceo.active = 1"
	    " AND FIND_IN_SET('trust_ceo', ceo.roles)),"
	    " FIND_IN_SET('headteacher', re.roles) > 0"
	    " FROM appraisal a JOIN school sc ON sc.id = a.school_id"
	    " JOIN staff re ON re.id = a.reviewee_id"
	    " LEFT JOIN staff rv ON rv.id = a.reviewer_id WHERE a.id = ?"),
	/* Parameters: appraisal, school, report, grounds, disputed, by, day,
	 * hearer. */
	S(SQL_APPEAL_INSERT, 8,
	    "INSERT INTO appeal (appraisal_id, school_id, report_id, grounds,"
	    " disputed, lodged_by, lodged_day, hearer_kind)"
	    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
	/* Arrange (or move) the hearing. Parameters: who hears, day, time,
	 * place, companion, id, version. */
	S(SQL_APPEAL_HEARING, 7,
	    "UPDATE appeal SET heard_by = ?, hearing_day = ?, hearing_time = ?,"
	    " hearing_place = ?, companion = ?, version = version + 1"
	    " WHERE id = ? AND version = ? AND held_day IS NULL"),
	/* Parameters: day, companion attended, notes, id, version. */
	S(SQL_APPEAL_HELD, 5,
	    "UPDATE appeal SET held_day = ?, companion_attended = ?,"
	    " hearing_notes = ?, version = version + 1"
	    " WHERE id = ? AND version = ? AND held_day IS NULL"),
	/* Parameters: outcome, reasons, day, id, version. */
	S(SQL_APPEAL_OUTCOME, 5,
	    "UPDATE appeal SET outcome = ?, outcome_reasons = ?, outcome_day = ?,"
	    " version = version + 1 WHERE id = ? AND version = ?"
	    " AND held_day IS NOT NULL AND outcome IS NULL"),
	/* ---- the read pages of review, appeal and concern: one statement ---- */
	/* rv_load() of cgi-bin/review: SQL_PAGE_BASE. Parameters: the facts'
	 * (access_facts_params()), appraisal, appraisal. */
	S(SQL_REVIEW_BASE, 8, SQL_PAGE_BASE(SQL_NULL4 SQL_NULL2, "",
	    SQL_NULL8 SQL_NULL8 SQL_NULL2 ", NULL")),
	/* GET /review/#: SQL_PAGE_BASE, then SQL_REVIEW_PARTS' lists as 4 to
	 * 9, of the latest signed statement. The usual people to offer as who
	 * provided evidence (9: SQL_USUAL_LIST) are read for the appraisal's
	 * reviewer (the first ? after the list's) or when the last ? is 1:
	 * the page shows them to whoever access lets record evidence, and
	 * reads them again (SQL_REVIEW_PARTS) for anyone else it lets.
	 * Parameters: the facts', appraisal 7 times, SQL_OBS_USUAL's
	 * (appraisal, actor, appraisal five times), appraisal, actor, 0 or 1.
	 */
	S(SQL_REVIEW_PAGE, 23, SQL_PAGE_BASE(SQL_NULL4 SQL_NULL2, "",
	    SQL_NULL8 SQL_NULL8 SQL_NULL2 ", NULL")
	    " UNION ALL "
	    "(SELECT o.id, o.position, o.description, o.success_criteria"
	    SQL_NULL8 SQL_NULL8 SQL_NULL2 ", 4"
	    " FROM objective o WHERE o.statement_id = " SQL_SIGNED_ID
	    " ORDER BY o.position LIMIT 100)"
	    " UNION ALL "
	    "(SELECT si.id, o.position, si.kind, si.description, si.provided"
	    SQL_NULL8 SQL_NULL8 ", NULL, 5"
	    " FROM support_item si JOIN objective o ON o.id = si.objective_id"
	    " WHERE o.statement_id = " SQL_SIGNED_ID
	    " ORDER BY o.position, si.id LIMIT 1000)"
	    " UNION ALL "
	    "(SELECT r.id, r.held_day, rb.display_name, r.recorded_at,"
	    " COALESCE(r.reviewee_comment, ''), COALESCE(r.comment_at, ''),"
	    " r.version, s.number, r.recorded_by" SQL_NULL8 SQL_NULL4
	    ", NULL, 6"
	    " FROM interim_review r JOIN staff rb ON rb.id = r.recorded_by"
	    " JOIN statement s ON s.id = r.statement_id"
	    " WHERE r.appraisal_id = ? ORDER BY r.held_day, r.id LIMIT 50)"
	    " UNION ALL "
	    "(SELECT p.review_id, o.position, o.description, p.progress,"
	    " p.comment" SQL_NULL8 SQL_NULL8 ", NULL, 7"
	    " FROM interim_progress p JOIN interim_review r ON r.id = p.review_id"
	    " JOIN objective o ON o.id = p.objective_id"
	    " WHERE r.appraisal_id = ? ORDER BY p.review_id, o.position"
	    " LIMIT 500)"
	    " UNION ALL "
	    "(SELECT e.id, o.position, e.description, e.day, pv.display_name,"
	    " e.agreed, ab.display_name, e.added_at, e.provider_id"
	    SQL_NULL8 SQL_NULL4 ", NULL, 8"
	    " FROM evidence e JOIN objective o ON o.id = e.objective_id"
	    " JOIN staff pv ON pv.id = e.provider_id"
	    " JOIN staff ab ON ab.id = e.added_by"
	    " WHERE e.appraisal_id = ? ORDER BY e.day, e.id LIMIT 500)"
	    " UNION ALL "
	    SQL_USUAL_LIST(SQL_NULL8 SQL_NULL8 SQL_NULL4 ", 9",
	    " AND (a.reviewer_id = ? OR ? = 1)"
	    " AND EXISTS (SELECT 1 FROM statement s WHERE s.appraisal_id = a.id"
	    " AND s.status = 'signed')")),
	/* GET /review/#/report, 32 columns: the lists of SQL_REPORT_PARTS,
	 * read without their keys (review-report.c checks what they were read
	 * for against the version it shows). 1 the access facts; 2 the
	 * appraisal (SQL_APPRAISAL_COLS' 22), then the person's pay point,
	 * years on M6 (x 10), the framework of their staff group and its
	 * top-level standards, a row each (of support staff's levels those
	 * their career stage starts with; at least one row: standard, the
	 * school's descriptor for their career stage, number, title), and
	 * the report's newest version and newest issued (report_latest); 3
	 * the latest signed statement (id, number, version) and its
	 * objectives, a row each (at least one: description, criteria, id,
	 * position, support not provided); 4 the report's versions, newest
	 * first, as SQL_REPORT_ROW; 5 the outcomes (objective, outcome, held
	 * to, comment, why not held, version) and 6 the judgements (standard,
	 * judgement, version, comment) of the newest version and the newest
	 * issued; 7 earlier cycles; 8 the assessment meeting. Long texts are
	 * in the columns of SQL_REPORT_ROW's (4, 5, 8, 12, 13, 19), so that
	 * fewer of the statement's columns are long (cheaper to run).
	 * Parameters: the facts', then the appraisal 7 times. */
	S(SQL_REPORT_PAGE, 13, SQL_PAGE_FACTS(SQL_NULL8 SQL_NULL8)
	    " UNION ALL "
	    "(" SQL_APPRAISAL_COLS ", COALESCE(sd.pay_point, 0),"
	    " COALESCE(ROUND(sd.years_on_m6 * 10), 0), f.code, s.id, "
	    SQL_REPORT_DESCRIPTOR("a.school_id", "COALESCE(sd.career_stage, '')")
	    ", s.number, s.short_title, COALESCE(rl.newest_id, 0),"
	    " COALESCE(rl.issued_id, 0), NULL, 2" SQL_APPRAISAL_FROM
	    " LEFT JOIN report_latest rl ON rl.appraisal_id = a.id"
	    /* assessment_framework() */
	    " LEFT JOIN standards_framework f ON f.code = CASE sd.staff_group"
	    " WHEN 'headteacher' THEN 'headteachers'"
	    " WHEN 'support' THEN 'support' ELSE 'teachers' END"
	    " LEFT JOIN standard s ON s.framework_id = f.id"
	    " AND s.parent_id IS NULL AND (f.code <> 'support' OR s.number ="
	    " LEFT(COALESCE(sd.career_stage, ''), CHAR_LENGTH(s.number)))"
	    " WHERE a.id = ? LIMIT 50)"
	    " UNION ALL "
	    "(SELECT s.id, s.number, s.version, o.description, o.success_criteria,"
	    " o.id, o.position, " SQL_REPORT_NOT_PROVIDED SQL_NULL8 SQL_NULL8
	    SQL_NULL8 ", 3 FROM statement s"
	    " LEFT JOIN objective o ON o.statement_id = s.id"
	    " WHERE s.id = " SQL_SIGNED_ID " LIMIT 100)"
	    " UNION ALL "
	    "(" SQL_REPORT_COLS SQL_NULL8 ", 4 FROM report r" SQL_REPORT_WHO
	    " WHERE r.appraisal_id = ? ORDER BY r.number DESC LIMIT 20)"
	    " UNION ALL "
	    SQL_REPORT_ENTRIES("x.objective_id, x.outcome, x.held_to, x.comment,"
	    " x.why_not_held, x.report_id", "report_objective",
	    SQL_NULL8 SQL_NULL8 SQL_NULL8 SQL_NULL2, "5")
	    " UNION ALL "
	    SQL_REPORT_ENTRIES("x.standard_id, x.judgement, x.report_id,"
	    " x.comment", "report_standard", SQL_NULL8 SQL_NULL8 SQL_NULL8
	    SQL_NULL4, "6")
	    " UNION ALL "
	    SQL_REPORT_HISTORY(SQL_NULL8 SQL_NULL8 SQL_NULL8 SQL_NULL4, "7")
	    " UNION ALL "
	    SQL_REPORT_MEETING(SQL_NULL8 SQL_NULL8 SQL_NULL8 SQL_NULL2, "8")),
	/* GET and POST /appeal/#, 22 columns: 1-2 SQL_PAGE_BASE's, 3 the
	 * appeal (id, report, grounds, disputed, lodged at, day, who hears,
	 * heard by, their name, hearing day, time, place, companion, held,
	 * companion attended, notes, outcome, reasons, day, version, lodged
	 * by), 4 the newest issued report (id, number, issued day, rating).
	 * Parameters: the facts', appraisal 3 times. */
	S(SQL_APPEAL_PAGE, 9,
	    SQL_PAGE_FACTS(SQL_NULL4 SQL_NULL2) " UNION ALL "
	    SQL_PAGE_APPRAISAL("")
	    " UNION ALL "
	    "(SELECT ap.id, ap.report_id, ap.grounds, ap.disputed,"
	    " ap.lodged_at, ap.lodged_day, ap.hearer_kind,"
	    " COALESCE(ap.heard_by, 0), COALESCE(hb.display_name, ''),"
	    " COALESCE(ap.hearing_day, ''), ap.hearing_time, ap.hearing_place,"
	    " ap.companion, COALESCE(ap.held_day, ''),"
	    " COALESCE(ap.companion_attended, 0), COALESCE(ap.hearing_notes, ''),"
	    " COALESCE(ap.outcome, ''), COALESCE(ap.outcome_reasons, ''),"
	    " COALESCE(ap.outcome_day, ''), ap.version, lb.display_name,"
	    " NULL, 3"
	    " FROM appeal ap JOIN staff lb ON lb.id = ap.lodged_by"
	    " LEFT JOIN staff hb ON hb.id = ap.heard_by"
	    " WHERE ap.appraisal_id = ?)"
	    " UNION ALL "
	    "(SELECT r.id, r.number, COALESCE(r.issued_day, ''), r.rating_label"
	    SQL_NULL8 SQL_NULL8 SQL_NULL2 ", 4 FROM report r"
	    " WHERE r.appraisal_id = ? AND r.issued_at IS NOT NULL"
	    " ORDER BY r.number DESC LIMIT 1)"),
	/* GET /concern/# (and the page again after a refused write), 22
	 * columns: 1-2 SQL_PAGE_BASE's, 3 the records, newest first.
	 * Parameters: the facts', appraisal, appraisal. */
	S(SQL_CONCERN_PAGE, 8,
	    SQL_PAGE_FACTS(SQL_NULL4 SQL_NULL2) " UNION ALL "
	    SQL_PAGE_APPRAISAL("") " UNION ALL "
	    "(SELECT c.id, c.concerns, c.support, c.review_day, c.implications,"
	    " rb.display_name, c.recorded_at, COALESCE(c.reviewee_comment, ''),"
	    " COALESCE(c.comment_at, ''), COALESCE(c.outcome, ''),"
	    " COALESCE(c.outcome_note, ''), COALESCE(d.display_name, ''),"
	    " COALESCE(c.decided_at, ''), c.version" SQL_NULL8 ", 3"
	    " FROM concern c JOIN staff rb ON rb.id = c.recorded_by"
	    " LEFT JOIN staff d ON d.id = c.decided_by"
	    " WHERE c.appraisal_id = ? ORDER BY c.id DESC LIMIT 50)"),
	/* The appraisal's state and clock, locked for a step. */
	S(SQL_APPRAISAL_LOCK, 1,
	    "SELECT state, COALESCE(due_kind, ''), COALESCE(due_day, ''),"
	    " version FROM appraisal WHERE id = ? FOR UPDATE"),
	/* The school's row, locked until the transaction ends: changes whose
	 * rules span rows (cycles that must not overlap, one appraisal and
	 * its reviewer per person and cycle, the cap per reviewer) take it
	 * first, so two at once are checked one after the other. */
	S(SQL_SCHOOL_LOCK, 1,
	    "SELECT id FROM school WHERE id = ? FOR UPDATE"),
};

#define N(id) [id] = #id

static const char *const names[SQL__COUNT] = {
	N(SQL_PING), N(SQL_SCHOOL_BY_CODE), N(SQL_STAFF_BY_IDENTITY),
	N(SQL_STAFF_INSERT), N(SQL_STAFF_REFRESH), N(SQL_STAFF_UNBIND),
	N(SQL_STAFF_LOGGED_IN), N(SQL_STAFF_DEACTIVATE_UNSEEN),
	N(SQL_SESSION_ACTOR), N(SQL_SESSION_INSERT), N(SQL_SESSION_TOUCH),
	N(SQL_SESSION_DELETE), N(SQL_SESSION_PURGE), N(SQL_THROTTLE_HIT),
	N(SQL_THROTTLE_FORGIVE), N(SQL_THROTTLE_CLEAR), N(SQL_AUDIT_INSERT),
	N(SQL_AUDIT_INSERT_BATCH), N(SQL_DASH_PERSON), N(SQL_DASH_LEAD),
	N(SQL_DASH_STAFF), N(SQL_DASH_OWN), N(SQL_POLICY_LOAD),
	N(SQL_POLICY_ENSURE), N(SQL_POLICY_SAVE), N(SQL_APPRAISAL_LOAD), N(SQL_APPRAISAL_MOVE),
	N(SQL_APPRAISAL_EVENT_INSERT), N(SQL_APPRAISAL_EVENT_DAY),
	N(SQL_CLOSURES_ALL), N(SQL_SCHOOL_CONFIG_VERSION), N(SQL_MEETING_LATEST),
	N(SQL_MEETING_INSERT), N(SQL_MEETING_HELD), N(SQL_STATEMENT_INSERT),
	N(SQL_STATEMENT_TOUCH), N(SQL_STATEMENT_STATUS), N(SQL_STATEMENT_COMMENT),
	N(SQL_STATEMENT_SIGN_REVIEWER), N(SQL_STATEMENT_SIGN_REVIEWEE),
	N(SQL_STATEMENT_UNSIGN), N(SQL_OBJECTIVES_LOAD), N(SQL_OBJECTIVES_DELETE),
	N(SQL_OBJECTIVE_INSERT), N(SQL_SUPPORT_DELETE), N(SQL_SUPPORT_INSERT),
	N(SQL_SUPPORT_MARK), N(SQL_OBSERVATIONS_DELETE), N(SQL_OBSERVATION_INSERT),
	N(SQL_PLAN_PAGE), N(SQL_STATEMENT_SUPERSEDE), N(SQL_APPRAISAL_TOUCH),
	N(SQL_REVIEWER_COUNT), N(SQL_STAFF_IN_SCHOOL), N(SQL_CYCLE_CURRENT),
	N(SQL_APPRAISAL_CREATE), N(SQL_APPRAISAL_SET_REVIEWER), N(SQL_APPRAISAL_OF),
	N(SQL_CLOSURE_INSERT), N(SQL_CLOSURES_CLEAR), N(SQL_NOW),
	N(SQL_MIGRATIONS_INIT), N(SQL_MIGRATIONS_LIST), N(SQL_MIGRATIONS_RECORD),
	N(SQL_STATUS_COUNTS), N(SQL_MIGRATIONS_TABLE), N(SQL_DATABASE_TABLES),
	N(SQL_TRUST_INSERT), N(SQL_TRUST_LIST), N(SQL_SCHOOL_INSERT),
	N(SQL_SCHOOL_INSERT_IN_TRUST), N(SQL_SCHOOL_LIST),
	N(SQL_ACCESS_FACTS), N(SQL_GRANT_INSERT), N(SQL_GRANT_OPEN_COUNT),
	N(SQL_GRANT_DECIDE), N(SQL_GRANT_WITHDRAW), N(SQL_GRANT_CANCEL), N(SQL_GRANTS_OF_APPRAISAL),
	N(SQL_ACCESS_PAGE), N(SQL_ACCESS_LOG_PAGE), N(SQL_ACCESS_INDEX),
	/* Admin: cycles, staff details, bulk reviewers, reviewer changes. */
	N(SQL_CYCLES_PAGE), N(SQL_CYCLE_LOAD),
	N(SQL_CYCLE_INSERT), N(SQL_CYCLE_UPDATE), N(SQL_CYCLE_OVERLAP),
	N(SQL_SCHOOL_STAFF),
	N(SQL_STAFF_DETAIL_LOAD), N(SQL_STAFF_DETAIL_INSERT),
	N(SQL_STAFF_DETAIL_UPDATE), N(SQL_STAFF_DETAIL_UPSERT),
	N(SQL_LINE_MANAGERS_CLEAR), N(SQL_LINE_MANAGER_INSERT),
	N(SQL_ASSIGN_EVERYONE), N(SQL_ASSIGN_EVERYONE_BACK),
	N(SQL_ASSIGN_UNASSIGNED), N(SQL_ASSIGN_UNASSIGNED_BACK),
	N(SQL_ASSIGN_FILTERED), N(SQL_ASSIGN_FILTERED_BACK),
	N(SQL_STAFF_EVERYONE), N(SQL_STAFF_EVERYONE_BACK),
	N(SQL_STAFF_FILTERED), N(SQL_STAFF_FILTERED_BACK), N(SQL_STAFF_NAMES),
	N(SQL_ASSIGN_ALL), N(SQL_REVIEWER_LOADS), N(SQL_RR_INSERT),
	N(SQL_RR_OF_APPRAISAL), N(SQL_RR_LISTS),
	N(SQL_RR_LOAD), N(SQL_STAFF_BY_LOGIN), N(SQL_RR_PENDING_COUNT),
	N(SQL_RR_DECIDE),
	N(SQL_OBS_PAGE), N(SQL_OBS_MINUTES_USED), N(SQL_OBS_OBSERVER),
	N(SQL_OBS_OBSERVER_NAMED),
	N(SQL_OBS_INSERT), N(SQL_OBS_LOAD), N(SQL_OBS_ORAL), N(SQL_OBS_WRITTEN),
	N(SQL_OBS_COMMENT), N(SQL_OBS_LINK),
	N(SQL_MODERATION_OF), N(SQL_MODERATION_INSERT), N(SQL_MODERATION_DECIDE),
	N(SQL_MODERATE_WAITING), N(SQL_MODERATE_WAITING_B1),
	N(SQL_MODERATE_WAITING_B2), N(SQL_MODERATE_WAITING_B12),
	N(SQL_MODERATE_PARTS), N(SQL_MODERATE_PARTS_B),
	N(SQL_REVIEW_PARTS), N(SQL_REVIEW_INSERT),
	N(SQL_REVIEW_PROGRESS_INSERT), N(SQL_REVIEW_LOAD), N(SQL_REVIEW_COMMENT),
	N(SQL_EVIDENCE_INSERT),
	N(SQL_CONCERN_APPRAISAL_LOCK),
	N(SQL_CONCERN_LATEST_LOCK), N(SQL_CONCERN_INSERT),
	N(SQL_CONCERN_DECIDE), N(SQL_CONCERN_COMMENT),
	N(SQL_STAFF_CAPABILITY),
	N(SQL_REPORT_ROW), N(SQL_REPORT_PARTS), N(SQL_REPORT_ENTRIES_OF),
	N(SQL_REPORT_LATEST_LOCK),
	N(SQL_REPORT_INSERT), N(SQL_REPORT_COPY), N(SQL_REPORT_OBJ_COPY),
	N(SQL_REPORT_STD_COPY), N(SQL_REPORT_SAVE), N(SQL_REPORT_OBJ_CLEAR),
	N(SQL_REPORT_OBJ_INSERT), N(SQL_REPORT_STD_CLEAR),
	N(SQL_REPORT_STD_INSERT), N(SQL_REPORT_ISSUE), N(SQL_REPORT_COMMENT),
	N(SQL_REVIEW_BASE), N(SQL_REVIEW_PAGE), N(SQL_REPORT_PAGE),
	N(SQL_APPEAL_PAGE), N(SQL_CONCERN_PAGE),
	N(SQL_APPEAL_FACTS),
	N(SQL_APPEAL_INSERT), N(SQL_APPEAL_HEARING), N(SQL_APPEAL_HELD),
	N(SQL_APPEAL_OUTCOME), N(SQL_APPRAISAL_LOCK),
	N(SQL_SCHOOL_LOCK),
};

const struct sql_stmt *
sql_get(enum sql_id id)
{
	return (unsigned)id < SQL__COUNT ? &stmts[id] : &stmts[SQL_PING];
}

const char *
sql_states_before_report(void)
{
	return SQL_STATES_BEFORE_REPORT;
}

const char *
sql_name(enum sql_id id)
{
	return (unsigned)id < SQL__COUNT && names[id] ? names[id] : "SQL_?";
}
