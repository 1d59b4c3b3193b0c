-- The fictional demo school's staff details beyond groups and stages
-- (contracts, start dates, exemptions) and one request for a different
-- reviewer waiting for the head's decision. Loaded after year.sql (people
-- are found by login). Safe to load twice.

UPDATE staff_detail sd JOIN staff st ON st.id = sd.staff_id
JOIN (
	SELECT 'hmorgan' login, DATE '2019-01-07' start, 'permanent' ct, NULL ends
	UNION ALL SELECT 'dokafor', '2016-09-01', 'permanent', NULL
	UNION ALL SELECT 'jcarver', '2012-09-01', 'permanent', NULL
	UNION ALL SELECT 'ebrennan', '2021-09-01', 'permanent', NULL
	UNION ALL SELECT 'pdoyle', '2023-09-01', 'permanent', NULL
	UNION ALL SELECT 'cwright', '2020-01-06', 'permanent', NULL
	UNION ALL SELECT 'kwhitfield', '2026-09-01', 'permanent', NULL
	UNION ALL SELECT 'smaddox', '2025-09-01', 'permanent', NULL
	UNION ALL SELECT 'lmoreau', '2026-09-01', 'fixed_term', DATE '2027-07-21'
	UNION ALL SELECT 'iharding', '2024-04-15', 'temporary', DATE '2027-03-31'
) d ON d.login = st.login
SET sd.start_date = d.start, sd.contract_type = d.ct, sd.contract_end = d.ends;

-- Fiona Gallagher asks for a different reviewer; it waits for the head.
INSERT INTO reviewer_request (appraisal_id, reason, old_reviewer_id)
SELECT a.id, CONCAT('Owen Walsh and I share the Year 9 timetable as a ',
	'team, so I would prefer a reviewer from outside the PE department.'),
	a.reviewer_id
FROM appraisal a JOIN staff re ON re.id = a.reviewee_id
WHERE re.login = 'fgallagher'
	AND NOT EXISTS (SELECT 1 FROM reviewer_request r WHERE r.appraisal_id = a.id);
