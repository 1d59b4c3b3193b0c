-- Bench data: a trust of @schools generated schools with @staff people
-- each (plus the demo schools) and @cycles cycles of appraisals in every
-- state, with planning statements and audit history. Fictional. Run
-- after the demo data. With @grow_demo = 0 the demo schools are left as
-- they are (the integration tests' large school,
-- tests/integration/test_plans.py); by default the demo school gets
-- @staff more people and every school @cycles cycles.
-- Generated people are the logins g<school id>_<n>.
SET @grow_demo = COALESCE(@grow_demo, 1);
SET @states = 'not_started,meeting_arranged,meeting_held,draft,changes_requested,final,signed_reviewer,signed_reviewee,signed,moderation,in_progress,report_issued,appeal_window,closed';

INSERT IGNORE INTO school (code, name)
SELECT CONCAT('G', LPAD(seq, 3, '0')), CONCAT('Generated School ', seq)
FROM seq_1_to_1000 WHERE seq <= @schools;
INSERT IGNORE INTO school_policy (school_id) SELECT id FROM school;

-- People: per generated school, and the same number again at the demo
-- school so that its head's and reviewers' pages see a large school.
INSERT IGNORE INTO staff (school_id, login, dn, display_name, job_title,
	roles, synced_at)
SELECT sc.id, CONCAT('g', sc.id, '_', n.seq),
	CONCAT('uid=g', sc.id, '_', n.seq, ',ou=staff,dc=fernhill,dc=example'),
	CONCAT('Person ', n.seq, ' of ', sc.code), 'Teacher', 'staff,teacher',
	UTC_TIMESTAMP()
FROM school sc, seq_1_to_100000 n
WHERE n.seq <= @staff AND (sc.code LIKE 'G%' OR (@grow_demo AND sc.code = 'KVA'));
INSERT IGNORE INTO staff_detail (staff_id, staff_group, career_stage, pay_point, qts)
SELECT id, 'teacher', 'mpr', 3, 1 FROM staff
WHERE login REGEXP '^g[0-9]+_[0-9]+$';

INSERT IGNORE INTO cycle (school_id, staff_group, name, starts, ends,
	completion_deadline)
SELECT sc.id, 'teacher', CONCAT('Teachers ', 2026 - y.seq, '-', 27 - y.seq),
	MAKEDATE(2026 - y.seq, 244), MAKEDATE(2027 - y.seq, 243),
	MAKEDATE(2027 - y.seq, 304)
FROM school sc, seq_0_to_20 y
WHERE y.seq < @cycles AND (@grow_demo OR sc.code LIKE 'G%');

-- One appraisal per generated person per cycle, reviewed by the person
-- five places before them; the current cycle in every state, past ones
-- closed. The state, and whether there is a due day, go by the person's
-- number n (g<school>_<n>), not their id: ids come in steps when rows are
-- inserted in bulk, and every school is to have every state.
INSERT IGNORE INTO appraisal (cycle_id, school_id, reviewee_id, reviewer_id,
	state, due_kind, due_day)
SELECT c.id, st.school_id, st.id, rv.id,
	IF(c.ends >= DATE '2026-11-24',
	   SUBSTRING_INDEX(SUBSTRING_INDEX(@states, ',', 1 + n.n % 14), ',', -1),
	   'closed'),
	IF(c.ends >= DATE '2026-11-24' AND n.n % 3 = 0, 'draft_due', NULL),
	IF(c.ends >= DATE '2026-11-24' AND n.n % 3 = 0,
	   DATE_ADD(DATE '2026-11-01', INTERVAL n.n % 60 DAY), NULL)
FROM staff st
	JOIN (SELECT id, CAST(SUBSTRING_INDEX(login, '_', -1) AS UNSIGNED) AS n
	    FROM staff WHERE login REGEXP '^g[0-9]+_[0-9]+$') n ON n.id = st.id
	JOIN staff rv ON rv.school_id = st.school_id
	    AND rv.login = CONCAT('g', st.school_id, '_',
	    IF(n.n > 5, n.n - 5, @staff))
	JOIN cycle c ON c.school_id = st.school_id AND c.staff_group = 'teacher'
WHERE st.login REGEXP '^g[0-9]+_[0-9]+$';

-- Planning statements: every generated appraisal past its planning
-- meeting has one, written by its reviewer, with three objectives: a draft
-- while it is drafted, final until both have signed, signed after.
INSERT IGNORE INTO statement (appraisal_id, number, status,
	reviewer_signed_by, reviewer_signed_at, reviewee_signed_by,
	reviewee_signed_at, created_by)
SELECT a.id, 1, x.status,
	IF(x.status = 'signed', a.reviewer_id, NULL),
	IF(x.status = 'signed', c.starts + INTERVAL 40 DAY, NULL),
	IF(x.status = 'signed', a.reviewee_id, NULL),
	IF(x.status = 'signed', c.starts + INTERVAL 41 DAY, NULL),
	a.reviewer_id
FROM appraisal a JOIN staff st ON st.id = a.reviewee_id
	JOIN cycle c ON c.id = a.cycle_id
	JOIN (SELECT 'draft' AS state, 'draft' AS status
	    UNION ALL SELECT 'changes_requested', 'draft'
	    UNION ALL SELECT 'final', 'final'
	    UNION ALL SELECT 'signed_reviewer', 'final'
	    UNION ALL SELECT 'signed_reviewee', 'final'
	    UNION ALL SELECT 'signed', 'signed'
	    UNION ALL SELECT 'moderation', 'signed'
	    UNION ALL SELECT 'in_progress', 'signed'
	    UNION ALL SELECT 'report_issued', 'signed'
	    UNION ALL SELECT 'appeal_window', 'signed'
	    UNION ALL SELECT 'closed', 'signed') x ON x.state = a.state
WHERE st.login REGEXP '^g[0-9]+_[0-9]+$' AND a.reviewer_id IS NOT NULL;
INSERT IGNORE INTO objective (statement_id, position, description,
	success_criteria, due_day, category)
SELECT s.id, n.seq, CONCAT('Objective ', n.seq, ' of a generated plan'),
	'Evidence agreed at the planning meeting', c.ends - INTERVAL 60 DAY,
	ELT(n.seq, 'pupil_progress', 'teaching', 'professional_development')
FROM statement s JOIN appraisal a ON a.id = s.appraisal_id
	JOIN cycle c ON c.id = a.cycle_id
	JOIN staff st ON st.id = a.reviewee_id, seq_1_to_3 n
WHERE st.login REGEXP '^g[0-9]+_[0-9]+$';

-- Audit history: ten records per generated person.
INSERT INTO audit (actor_id, actor_login, school_id, action, record_type,
	record_id, result, reason, address)
SELECT st.id, st.login, st.school_id, 'login', '', NULL, 'ok', '', '127.0.0.1'
FROM staff st, seq_1_to_10 n WHERE st.login REGEXP '^g[0-9]+_[0-9]+$';
