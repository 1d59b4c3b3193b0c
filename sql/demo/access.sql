-- The fictional demo school's line-manager access: two assistant heads
-- are second line managers of English teachers; one was granted access
-- to Patrick Doyle's plan, one is waiting for a decision. Loaded after
-- year.sql. Safe to load twice.

INSERT IGNORE INTO line_manager (staff_id, manager_id)
SELECT e.id, m.id FROM staff e JOIN staff m
	JOIN (SELECT 'pdoyle' reviewee, 'sfletcher' manager
	 UNION ALL SELECT 'pdoyle', 'gadeyemi'
	 UNION ALL SELECT 'jreid', 'gadeyemi'
	 UNION ALL SELECT 'ebrennan', 'sfletcher') p
	ON e.login = p.reviewee AND m.login = p.manager;

INSERT INTO access_grant (appraisal_id, school_id, manager_id, requested_by,
	requested_at, reason, state, decided_by, decided_at, decision_reason)
SELECT a.id, a.school_id, m.id, m.id, TIMESTAMP '2026-11-09 12:10:00',
	'Patrick is joining the Year 10 literacy project I lead; I need to see his objectives and support to plan the project''s coaching.',
	'granted', h.id, TIMESTAMP '2026-11-10 08:45:00',
	'Granted for the literacy project.'
FROM appraisal a JOIN staff e ON e.id = a.reviewee_id
	JOIN staff m ON m.login = 'sfletcher' JOIN staff h ON h.login = 'dokafor'
WHERE e.login = 'pdoyle'
	AND NOT EXISTS (SELECT 1 FROM access_grant g WHERE g.appraisal_id = a.id
	    AND g.manager_id = m.id);

INSERT INTO access_grant (appraisal_id, school_id, manager_id, requested_by,
	requested_at, reason)
SELECT a.id, a.school_id, m.id, m.id, TIMESTAMP '2026-11-26 16:20:00',
	'I am Patrick''s pastoral line manager and his Year 9 tutor group''s progress review is next week.'
FROM appraisal a JOIN staff e ON e.id = a.reviewee_id
	JOIN staff m ON m.login = 'gadeyemi'
WHERE e.login = 'pdoyle'
	AND NOT EXISTS (SELECT 1 FROM access_grant g WHERE g.appraisal_id = a.id
	    AND g.manager_id = m.id);
