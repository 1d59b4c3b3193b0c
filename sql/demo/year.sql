-- The fictional demo school's appraisal year 2026-27: its trust, policy,
-- term dates, staff details, line managers, cycles, reviewers and
-- appraisals in different states. Loaded after sync-directory (people are
-- found by login). Safe to load twice.

INSERT INTO trust (code, name) VALUES ('FST', 'Fernhill Schools Trust')
ON DUPLICATE KEY UPDATE name = VALUES(name);
UPDATE school SET trust_id = (SELECT id FROM trust WHERE code = 'FST'),
	phase = IF(code = 'BPS', 'primary', 'secondary');

INSERT IGNORE INTO school_policy (school_id) SELECT id FROM school;
-- Kestrel Vale: line managers review, three objectives, at most five
-- reviewees each, all statements moderated. Brackenfield: the head
-- reviews everyone.
UPDATE school_policy p JOIN school s ON s.id = p.school_id
	SET p.reviewer_mode = 'line_manager' WHERE s.code = 'KVA';
UPDATE school_policy p JOIN school s ON s.id = p.school_id
	SET p.reviewer_mode = 'head', p.max_reviewees = 12, p.moderation = 'none',
	    p.objectives_count = 2
	WHERE s.code = 'BPS';

-- Term dates 2026-27 (fictional, typical of English schools).
INSERT IGNORE INTO school_closure (school_id, day, kind, label)
SELECT s.id, d.day, d.kind, d.label FROM school s,
	(SELECT DATE '2026-08-31' day, 'bank_holiday' kind, 'Summer bank holiday' label
	 UNION ALL SELECT DATE '2026-12-25', 'bank_holiday', 'Christmas Day'
	 UNION ALL SELECT DATE '2026-12-28', 'bank_holiday', 'Boxing Day (substitute)'
	 UNION ALL SELECT DATE '2027-01-01', 'bank_holiday', 'New Year''s Day'
	 UNION ALL SELECT DATE '2027-03-26', 'bank_holiday', 'Good Friday'
	 UNION ALL SELECT DATE '2027-03-29', 'bank_holiday', 'Easter Monday'
	 UNION ALL SELECT DATE '2027-05-03', 'bank_holiday', 'Early May bank holiday'
	 UNION ALL SELECT DATE '2027-05-31', 'bank_holiday', 'Spring bank holiday') d;
INSERT IGNORE INTO school_closure (school_id, day, kind, label)
SELECT s.id, DATE_ADD(r.first, INTERVAL n.n DAY), 'holiday', r.label
FROM school s,
	(SELECT DATE '2026-10-26' first, DATE '2026-10-30' last, 'Autumn half term' label
	 UNION ALL SELECT DATE '2026-12-21', DATE '2027-01-01', 'Christmas holiday'
	 UNION ALL SELECT DATE '2027-02-15', DATE '2027-02-19', 'Spring half term'
	 UNION ALL SELECT DATE '2027-03-29', DATE '2027-04-09', 'Easter holiday'
	 UNION ALL SELECT DATE '2027-05-31', DATE '2027-06-04', 'Summer half term'
	 UNION ALL SELECT DATE '2027-07-22', DATE '2027-08-31', 'Summer holiday') r,
	(SELECT a.i + 10 * b.i n FROM
	    (SELECT 0 i UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3
	     UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6
	     UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) a,
	    (SELECT 0 i UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3
	     UNION ALL SELECT 4 UNION ALL SELECT 5) b) n
WHERE DATE_ADD(r.first, INTERVAL n.n DAY) <= r.last
	AND DAYOFWEEK(DATE_ADD(r.first, INTERVAL n.n DAY)) NOT IN (1, 7);

-- Staff details: group and career stage by login.
INSERT INTO staff_detail (staff_id, staff_group, career_stage, pay_point,
	tlr, leadership_scale, qts, fte, exempt_induction)
SELECT st.id, d.grp, d.stage, d.pp, d.tlr, d.ls, d.qts, d.fte, d.ind
FROM staff st JOIN (
	SELECT 'hmorgan' login, 'headteacher' grp, 'headteacher' stage, NULL pp, 0 tlr, 1 ls, 1 qts, 1.0 fte, 0 ind
	UNION ALL SELECT 'dokafor', 'leadership', 'deputy_head', NULL, 0, 1, 1, 1.0, 0
	UNION ALL SELECT 'sfletcher', 'leadership', 'assistant_head', NULL, 0, 1, 1, 1.0, 0
	UNION ALL SELECT 'gadeyemi', 'leadership', 'assistant_head', NULL, 0, 1, 1, 1.0, 0
	UNION ALL SELECT 'jcarver', 'teacher', 'upr3', NULL, 1, 0, 1, 1.0, 0
	UNION ALL SELECT 'rpatel', 'teacher', 'upr2', NULL, 1, 0, 1, 1.0, 0
	UNION ALL SELECT 'lhughes', 'teacher', 'upr3', NULL, 1, 0, 1, 1.0, 0
	UNION ALL SELECT 'tmcbride', 'teacher', 'upr1', NULL, 1, 0, 1, 1.0, 0
	UNION ALL SELECT 'ndubois', 'teacher', 'upr1', NULL, 1, 0, 1, 1.0, 0
	UNION ALL SELECT 'owalsh', 'teacher', 'upr2', NULL, 1, 0, 1, 1.0, 0
	UNION ALL SELECT 'mkaur', 'teacher', 'upr1', NULL, 1, 0, 1, 1.0, 0
	UNION ALL SELECT 'ebrennan', 'teacher', 'mpr', 4, 0, 0, 1, 1.0, 0
	UNION ALL SELECT 'pdoyle', 'teacher', 'mpr', 2, 0, 0, 1, 1.0, 0
	UNION ALL SELECT 'anowak', 'teacher', 'mpr', 6, 0, 0, 1, 1.0, 0
	UNION ALL SELECT 'bosei', 'teacher', 'mpr', 3, 0, 0, 1, 1.0, 0
	UNION ALL SELECT 'cwright', 'teacher', 'mpr', 5, 0, 0, 1, 0.6, 0
	UNION ALL SELECT 'ifarah', 'teacher', 'mpr', 4, 0, 0, 1, 1.0, 0
	UNION ALL SELECT 'vlindqvist', 'teacher', 'upr1', NULL, 0, 0, 1, 1.0, 0
	UNION ALL SELECT 'kwhitfield', 'teacher', 'ect1', 1, 0, 0, 1, 1.0, 1
	UNION ALL SELECT 'smaddox', 'teacher', 'ect2', 1, 0, 0, 1, 1.0, 1
	UNION ALL SELECT 'rthornton', 'teacher', 'mpr', 5, 0, 0, 1, 1.0, 0
	UNION ALL SELECT 'yhassan', 'teacher', 'mpr', 3, 0, 0, 1, 0.8, 0
	UNION ALL SELECT 'lmoreau', 'teacher', 'mpr', 6, 0, 0, 1, 1.0, 0
	UNION ALL SELECT 'fgallagher', 'teacher', 'mpr', 2, 0, 0, 1, 1.0, 0
	UNION ALL SELECT 'dcampbell', 'teacher', 'upr1', NULL, 0, 0, 1, 0.5, 0
	UNION ALL SELECT 'hsato', 'teacher', 'mpr', 4, 0, 0, 1, 1.0, 0
	UNION ALL SELECT 'mpritchard', 'teacher', 'upr2', NULL, 1, 0, 1, 1.0, 0
	UNION ALL SELECT 'aokonkwo', 'teacher', 'upr3', NULL, 1, 0, 1, 1.0, 0
	UNION ALL SELECT 'wellison', 'teacher', 'leading_practitioner', NULL, 0, 0, 1, 1.0, 0
	UNION ALL SELECT 'jreid', 'teacher', 'upr1', NULL, 0, 0, 1, 1.0, 0
	UNION ALL SELECT 'ckowalski', 'support', 'proficient2', NULL, 0, 0, 0, 0.8, 0
	UNION ALL SELECT 'tbarnes', 'support', 'core2', NULL, 0, 0, 0, 1.0, 0
	UNION ALL SELECT 'mjones', 'support', 'experienced1', NULL, 0, 0, 0, 1.0, 0
	UNION ALL SELECT 'pramsay', 'support', 'experienced2', NULL, 0, 0, 0, 1.0, 0
	UNION ALL SELECT 'gfinch', 'support', 'proficient3', NULL, 0, 0, 0, 1.0, 0
	UNION ALL SELECT 'lobrien', 'support', 'experienced3', NULL, 0, 0, 0, 1.0, 0
	UNION ALL SELECT 'cnolan', 'support', 'proficient1', NULL, 0, 0, 0, 1.0, 0
	UNION ALL SELECT 'kbell', 'support', 'core3', NULL, 0, 0, 0, 0.6, 0
	UNION ALL SELECT 'iharding', 'support', 'proficient2', NULL, 0, 0, 0, 0.5, 0
	UNION ALL SELECT 'ptennant', 'headteacher', 'headteacher', NULL, 0, 1, 1, 1.0, 0
	UNION ALL SELECT 'gmurray', 'teacher', 'mpr', 3, 0, 0, 1, 1.0, 0
	UNION ALL SELECT 'oakhtar', 'teacher', 'upr1', NULL, 0, 0, 1, 1.0, 0
	UNION ALL SELECT 'sdixon', 'support', 'core2', NULL, 0, 0, 0, 1.0, 0
) d ON d.login = st.login
ON DUPLICATE KEY UPDATE staff_group = VALUES(staff_group);

-- Who reviews whom this year (reviewer, reviewee); also each reviewee's
-- line manager. The head's reviewer is the chair of governors' panel.
CREATE TEMPORARY TABLE demo_pair (reviewer VARCHAR(64), reviewee VARCHAR(64),
	state VARCHAR(32), due_kind VARCHAR(32), due_day DATE);
INSERT INTO demo_pair VALUES
	('rmarsh', 'hmorgan', 'meeting_arranged', 'meeting_notice', '2026-12-07'),
	('hmorgan', 'dokafor', 'in_progress', NULL, NULL),
	('hmorgan', 'sfletcher', 'signed', NULL, NULL),
	('hmorgan', 'gadeyemi', 'final', 'final_due', '2026-11-27'),
	('hmorgan', 'lobrien', 'not_started', NULL, NULL),
	('dokafor', 'jcarver', 'in_progress', NULL, NULL),
	('dokafor', 'rpatel', 'draft', 'final_due', '2026-12-01'),
	('dokafor', 'lhughes', 'not_started', NULL, NULL),
	('dokafor', 'tmcbride', 'changes_requested', 'final_due', '2026-11-26'),
	('dokafor', 'ndubois', 'moderation', 'moderation_due', '2026-12-04'),
	('sfletcher', 'owalsh', 'in_progress', NULL, NULL),
	('sfletcher', 'mkaur', 'meeting_held', 'draft_due', '2026-11-27'),
	('sfletcher', 'wellison', 'in_progress', NULL, NULL),
	('sfletcher', 'aokonkwo', 'signed_reviewer', 'final_due', '2026-11-30'),
	('sfletcher', 'mpritchard', 'in_progress', NULL, NULL),
	('jcarver', 'ebrennan', 'meeting_arranged', 'meeting_notice', '2026-12-02'),
	('jcarver', 'pdoyle', 'not_started', NULL, NULL),
	('jcarver', 'jreid', 'in_progress', NULL, NULL),
	('rpatel', 'anowak', 'meeting_held', 'draft_due', '2026-11-23'),
	('rpatel', 'bosei', 'in_progress', NULL, NULL),
	('rpatel', 'cwright', 'meeting_held', 'draft_due', '2026-11-27'),
	('lhughes', 'ifarah', 'in_progress', NULL, NULL),
	('lhughes', 'vlindqvist', 'draft', 'final_due', '2026-11-20'),
	('tmcbride', 'rthornton', 'final', 'final_due', '2026-12-03'),
	('tmcbride', 'yhassan', 'signed_reviewee', 'final_due', '2026-11-30'),
	('ndubois', 'lmoreau', 'not_started', NULL, NULL),
	('owalsh', 'fgallagher', 'in_progress', NULL, NULL),
	('mkaur', 'dcampbell', 'not_started', NULL, NULL),
	('mkaur', 'hsato', 'not_started', NULL, NULL),
	('lobrien', 'pramsay', 'in_progress', NULL, NULL),
	('lobrien', 'gfinch', 'not_started', NULL, NULL),
	('lobrien', 'kbell', 'in_progress', NULL, NULL),
	('lobrien', 'iharding', 'in_progress', NULL, NULL),
	('lobrien', 'cnolan', 'draft', 'final_due', '2026-12-02'),
	('aokonkwo', 'ckowalski', 'not_started', NULL, NULL),
	('aokonkwo', 'tbarnes', 'meeting_arranged', 'meeting_notice', '2026-11-30'),
	('aokonkwo', 'mjones', 'assessment_arranged', 'completion', '2027-04-30'),
	('ptennant', 'gmurray', 'draft', 'final_due', '2026-12-01'),
	('ptennant', 'oakhtar', 'in_progress', NULL, NULL),
	('ptennant', 'sdixon', 'not_started', NULL, NULL);

INSERT IGNORE INTO line_manager (staff_id, manager_id)
SELECT e.id, r.id FROM demo_pair p
	JOIN staff e ON e.login = p.reviewee JOIN staff r ON r.login = p.reviewer
WHERE p.reviewer <> 'rmarsh';

-- Cycles 2026-27 per school and staff group.
INSERT IGNORE INTO cycle (school_id, staff_group, name, starts, ends,
	completion_deadline)
SELECT s.id, g.grp, g.name, g.starts, g.ends, g.deadline FROM school s,
	(SELECT 'teacher' grp, 'Teachers 2026-27' name, DATE '2026-09-01' starts,
	    DATE '2027-08-31' ends, DATE '2027-10-31' deadline
	 UNION ALL SELECT 'leadership', 'Leadership 2026-27', '2026-09-01',
	    '2027-08-31', '2027-10-31'
	 UNION ALL SELECT 'headteacher', 'Headteacher 2026-27', '2026-09-01',
	    '2027-08-31', '2027-12-31'
	 UNION ALL SELECT 'support', 'Support staff 2026-27', '2026-04-01',
	    '2027-03-31', '2027-04-30') g;

INSERT IGNORE INTO appraisal (cycle_id, school_id, reviewee_id, reviewer_id,
	state, due_kind, due_day)
SELECT c.id, e.school_id, e.id, r.id, p.state, p.due_kind, p.due_day
FROM demo_pair p
	JOIN staff e ON e.login = p.reviewee
	JOIN staff r ON r.login = p.reviewer
	JOIN staff_detail d ON d.staff_id = e.id
	JOIN cycle c ON c.school_id = e.school_id AND c.staff_group = d.staff_group
	    AND c.starts <= DATE '2026-11-24' AND c.ends >= DATE '2026-11-24';

DROP TEMPORARY TABLE demo_pair;

-- Meetings, statements and signatures that go with each demo stage.
INSERT INTO meeting (appraisal_id, kind, day, time_of_day, place, held_on)
SELECT a.id, 'planning',
	IF(a.state = 'meeting_arranged', a.due_day, DATE '2026-11-16'),
	'15:30', 'Meeting room 2',
	IF(a.state = 'meeting_arranged', NULL, DATE '2026-11-16')
FROM appraisal a
WHERE a.state <> 'not_started'
	AND NOT EXISTS (SELECT 1 FROM meeting m WHERE m.appraisal_id = a.id);

-- Mair Jones's year has reached its end: the annual assessment meeting
-- was held on Monday 30 November, and the report is to be written.
INSERT INTO meeting (appraisal_id, kind, day, time_of_day, place)
SELECT a.id, 'assessment', DATE '2026-11-30', '15:45', 'SENCo office'
FROM appraisal a
WHERE a.state = 'assessment_arranged'
	AND NOT EXISTS (SELECT 1 FROM meeting m WHERE m.appraisal_id = a.id
	    AND m.kind = 'assessment');

INSERT IGNORE INTO statement (appraisal_id, number, status, created_by,
	reviewer_signed_by, reviewer_signed_at, reviewee_signed_by,
	reviewee_signed_at, reviewee_comment)
SELECT a.id, 1,
	CASE WHEN a.state IN ('draft', 'changes_requested') THEN 'draft'
	     WHEN a.state IN ('final', 'signed_reviewer', 'signed_reviewee')
	     THEN 'final' ELSE 'signed' END,
	a.reviewer_id,
	IF(a.state IN ('signed_reviewer', 'signed', 'moderation', 'in_progress',
	    'assessment_arranged'), a.reviewer_id, NULL),
	IF(a.state IN ('signed_reviewer', 'signed', 'moderation', 'in_progress',
	    'assessment_arranged'), TIMESTAMP '2026-10-05 16:00:00', NULL),
	IF(a.state IN ('signed_reviewee', 'signed', 'moderation', 'in_progress',
	    'assessment_arranged'), a.reviewee_id, NULL),
	IF(a.state IN ('signed_reviewee', 'signed', 'moderation', 'in_progress',
	    'assessment_arranged'), TIMESTAMP '2026-10-06 08:30:00', NULL),
	IF(a.state = 'changes_requested',
	    'Could the second objective focus on Year 10 rather than Year 9?', NULL)
FROM appraisal a
WHERE a.state IN ('draft', 'changes_requested', 'final', 'signed_reviewer',
	'signed_reviewee', 'signed', 'moderation', 'in_progress',
	'assessment_arranged');

INSERT IGNORE INTO objective (statement_id, position, description,
	success_criteria, timescale, due_day, plan_link, plan_area, category)
SELECT s.id, o.pos, o.descr, o.crit, 'date', o.due, o.link, o.area, o.cat
FROM statement s,
	(SELECT 1 pos, 'Raise the attainment of disadvantaged pupils in my classes' descr,
	    'The gap to other pupils in end-of-year assessments narrows by a third' crit,
	    DATE '2027-07-16' due, 'sip' link, 'Closing the gap' area, 'pupil_progress' cat
	 UNION ALL SELECT 2, 'Use retrieval practice at the start of every lesson',
	    'Seen in two drop-ins and one observation; pupils recall prior content',
	    DATE '2027-03-26', 'dip', 'Teaching and learning', 'teaching'
	 UNION ALL SELECT 3, 'Lead the department''s moderation of Year 9 assessments',
	    'Three moderation meetings held; marks within one grade of each other',
	    DATE '2027-06-25', 'dip', 'Assessment', 'team') o;

-- Support agreed for the first two objectives, and an observation plan,
-- on every demo statement; recorded as provided once the year is under way.
INSERT INTO support_item (objective_id, kind, description, provided)
SELECT o.id, IF(o.position = 1, 'training', 'time'),
	IF(o.position = 1, 'A place on the trust''s disadvantaged learners course',
	    'Two after-school sessions with the teaching and learning lead'),
	IF(a.state IN ('in_progress', 'assessment_arranged'), 'provided', 'pending')
FROM objective o JOIN statement s ON s.id = o.statement_id
	JOIN appraisal a ON a.id = s.appraisal_id
WHERE o.position IN (1, 2)
	AND NOT EXISTS (SELECT 1 FROM support_item si WHERE si.objective_id = o.id);

INSERT INTO observation_plan (statement_id, minutes, purpose, focus, planned_when)
SELECT s.id, 60, 'Retrieval practice at the start of lessons',
	'How well pupils recall earlier content', 'Spring term'
FROM statement s
WHERE NOT EXISTS (SELECT 1 FROM observation_plan op WHERE op.statement_id = s.id);

-- Observers named in plans: the head of science observes William Ellison
-- (cgi-bin/observe: an observer sees and records only their own).
UPDATE observation_plan op JOIN statement s ON s.id = op.statement_id
	JOIN appraisal a ON a.id = s.appraisal_id
	JOIN staff re ON re.id = a.reviewee_id
	JOIN staff ob ON ob.login = 'lhughes' AND ob.school_id = re.school_id
SET op.observer_id = ob.id
WHERE re.login = 'wellison' AND op.observer_id IS NULL;

-- One statement revised during the year: version 2 signed, version 1 kept.
SET @rev = (SELECT MIN(a.id) FROM appraisal a JOIN staff re ON re.id = a.reviewee_id
	JOIN statement s ON s.appraisal_id = a.id AND s.number = 1
	WHERE re.login = 'dokafor' AND a.state = 'in_progress');
INSERT IGNORE INTO statement (appraisal_id, number, status, created_by,
	reviewer_signed_by, reviewer_signed_at, reviewee_signed_by,
	reviewee_signed_at)
SELECT a.id, 2, 'signed', a.reviewer_id, a.reviewer_id,
	TIMESTAMP '2026-11-18 16:00:00', a.reviewee_id, TIMESTAMP '2026-11-19 08:15:00'
FROM appraisal a WHERE a.id = @rev;
INSERT IGNORE INTO objective (statement_id, position, description,
	success_criteria, timescale, due_day, plan_link, plan_area, category)
SELECT s2.id, o.position,
	IF(o.position = 2, 'Use retrieval practice and low-stakes quizzes in every Year 10 lesson',
	    o.description),
	o.success_criteria, o.timescale, o.due_day, o.plan_link, o.plan_area, o.category
FROM statement s2 JOIN statement s1 ON s1.appraisal_id = s2.appraisal_id
	AND s1.number = 1
	JOIN objective o ON o.statement_id = s1.id
WHERE s2.appraisal_id = @rev AND s2.number = 2;
UPDATE statement SET status = 'superseded'
WHERE appraisal_id = @rev AND number = 1 AND status = 'signed'
	AND EXISTS (SELECT 1 FROM (SELECT appraisal_id FROM statement
	    WHERE appraisal_id = @rev AND number = 2) v);
INSERT INTO appraisal_event (appraisal_id, event, actor_id, day, from_state,
	to_state, note)
SELECT a.id, 'request_revision', a.reviewee_id, DATE '2026-11-12',
	'in_progress', 'revision_requested', 'My Year 9 class became a Year 10 class in November.'
FROM appraisal a WHERE a.id = @rev
	AND NOT EXISTS (SELECT 1 FROM appraisal_event e WHERE e.appraisal_id = a.id
	    AND e.event = 'request_revision');
