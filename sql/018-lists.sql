-- 018: the school-wide lists read only what they show (issue 20): the
-- reviewers, the staff details, the cycles and the requests for a
-- different reviewer cost the same in a school of 60 and in one of 1,000.
--
-- roster: who the lists of a school show, kept by the triggers below in
-- the same statement (so the same transaction) as every change of staff,
-- staff details, cycles or appraisals, whatever makes it (the pages, the
-- admin tool's directory sync, the demo data, a person at the database):
--   cycle_id 0    every active member of staff who is not a governor, once,
--                 under their staff group (teacher when none is recorded);
--                 appraised: not the headteacher (the governors' panel
--                 reviews them) and not exempt as in their induction year
--   cycle_id N    every appraised member of staff of the cycle's school
--                 and staff group who has no reviewer in cycle N yet
-- so the reviewers list reads everyone (cycle 0) or only those who need a
-- reviewer this year (the current cycle of each group, or cycle 0 of a
-- group that has none) a page at a time in name order, and the filter by
-- name reads the names that match (the start of the full name, or the
-- whole family name: the last word of the name) through an index.
--
-- list_count: the counts those pages show, per school, staff group and
-- cycle (0 as above): people listed, people without a reviewer (the rows
-- of roster), and a cycle's appraisals. Kept in the same statements.
--
-- A page reads only the rows it shows: keyset pagination (after or before
-- the name and id of the page's last or first person) on these indexes,
-- never OFFSET; tests/integration/test_plans.py holds the bound.

CREATE TABLE roster (
	school_id INT UNSIGNED NOT NULL,
	staff_group ENUM('teacher', 'support', 'headteacher', 'leadership')
	    NOT NULL,
	cycle_id INT UNSIGNED NOT NULL,
	staff_id INT UNSIGNED NOT NULL,
	display_name VARCHAR(200) NOT NULL,
	family_name VARCHAR(200) NOT NULL,
	appraised TINYINT(1) NOT NULL,
	head TINYINT(1) NOT NULL DEFAULT 0,
	PRIMARY KEY (school_id, staff_group, cycle_id, appraised, display_name,
	    staff_id),
	UNIQUE KEY roster_staff (staff_id, cycle_id),
	KEY roster_name (school_id, cycle_id, display_name, staff_id),
	KEY roster_family (school_id, cycle_id, family_name, display_name,
	    staff_id),
	KEY roster_head (school_id, cycle_id, head)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE list_count (
	school_id INT UNSIGNED NOT NULL,
	staff_group ENUM('teacher', 'support', 'headteacher', 'leadership')
	    NOT NULL,
	cycle_id INT UNSIGNED NOT NULL,
	staff INT NOT NULL DEFAULT 0,
	unassigned INT NOT NULL DEFAULT 0,
	appraisals INT NOT NULL DEFAULT 0,
	PRIMARY KEY (school_id, staff_group, cycle_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The current cycles of a school (those ending today or later), and the
-- cycles list latest first.
ALTER TABLE cycle
	ADD KEY cycle_school_ends (school_id, ends),
	ADD KEY cycle_school_starts (school_id, starts DESC, staff_group);

-- Requests for a different reviewer carry their school (their
-- appraisal's, set by the trigger below whoever writes one), so the
-- head's lists read that school's requests only: the waiting ones in the
-- order they came, the decided ones latest first.
ALTER TABLE reviewer_request
	ADD COLUMN school_id INT UNSIGNED NULL AFTER appraisal_id;
UPDATE reviewer_request r JOIN appraisal a ON a.id = r.appraisal_id
	SET r.school_id = a.school_id;
-- (The default is there for INSERT ... SELECT, which the server checks
-- before the trigger runs; the foreign key refuses a 0 left in place.)
ALTER TABLE reviewer_request
	MODIFY school_id INT UNSIGNED NOT NULL DEFAULT 0,
	ADD KEY reviewer_request_waiting (school_id, status, id),
	ADD KEY reviewer_request_decided (school_id, decided_at, id),
	ADD CONSTRAINT reviewer_request_school_fk FOREIGN KEY (school_id)
	    REFERENCES school (id);

CREATE TRIGGER reviewer_request_school_i BEFORE INSERT ON reviewer_request
FOR EACH ROW
	SET NEW.school_id = (SELECT school_id FROM appraisal
	    WHERE id = NEW.appraisal_id);

CREATE TRIGGER reviewer_request_school_u BEFORE UPDATE ON reviewer_request
FOR EACH ROW
	SET NEW.school_id = (SELECT school_id FROM appraisal
	    WHERE id = NEW.appraisal_id);

-- What is on the rosters today.
INSERT INTO roster (school_id, staff_group, cycle_id, staff_id, display_name,
	family_name, appraised, head)
SELECT st.school_id, COALESCE(sd.staff_group, 'teacher'), 0, st.id,
	st.display_name, SUBSTRING_INDEX(st.display_name, ' ', -1),
	NOT FIND_IN_SET('headteacher', st.roles)
	    AND NOT COALESCE(sd.exempt_induction, 0),
	FIND_IN_SET('headteacher', st.roles) > 0
FROM staff st LEFT JOIN staff_detail sd ON sd.staff_id = st.id
WHERE st.active = 1 AND NOT FIND_IN_SET('governor', st.roles);
INSERT INTO roster (school_id, staff_group, cycle_id, staff_id, display_name,
	family_name, appraised, head)
SELECT r.school_id, r.staff_group, c.id, r.staff_id, r.display_name,
	r.family_name, 1, 0
FROM roster r JOIN cycle c ON c.school_id = r.school_id
	AND c.staff_group = r.staff_group
WHERE r.cycle_id = 0 AND r.appraised = 1 AND NOT EXISTS (SELECT 1
	FROM appraisal a WHERE a.cycle_id = c.id AND a.reviewee_id = r.staff_id
	AND a.reviewer_id IS NOT NULL);
INSERT INTO list_count (school_id, staff_group, cycle_id, staff, unassigned)
SELECT school_id, staff_group, cycle_id, SUM(cycle_id = 0), SUM(appraised)
FROM roster GROUP BY school_id, staff_group, cycle_id;
INSERT INTO list_count (school_id, staff_group, cycle_id, appraisals)
SELECT c.school_id, c.staff_group, c.id,
	(SELECT COUNT(*) FROM appraisal a WHERE a.cycle_id = c.id)
FROM cycle c
ON DUPLICATE KEY UPDATE appraisals = VALUES(appraisals);

-- One person's rows of roster and their counts, as the person, their
-- details, the cycles of their group and their appraisals are now.
CREATE PROCEDURE roster_person(IN p INT UNSIGNED)
MODIFIES SQL DATA
BEGIN
	UPDATE list_count lc JOIN roster r ON r.school_id = lc.school_id
	    AND r.staff_group = lc.staff_group AND r.cycle_id = lc.cycle_id
	SET lc.staff = lc.staff - (r.cycle_id = 0),
	    lc.unassigned = lc.unassigned - r.appraised
	WHERE r.staff_id = p;
	DELETE FROM roster WHERE staff_id = p;
	INSERT INTO roster (school_id, staff_group, cycle_id, staff_id,
	    display_name, family_name, appraised, head)
	SELECT st.school_id, COALESCE(sd.staff_group, 'teacher'), 0, st.id,
	    st.display_name, SUBSTRING_INDEX(st.display_name, ' ', -1),
	    NOT FIND_IN_SET('headteacher', st.roles)
		AND NOT COALESCE(sd.exempt_induction, 0),
	    FIND_IN_SET('headteacher', st.roles) > 0
	FROM staff st LEFT JOIN staff_detail sd ON sd.staff_id = st.id
	WHERE st.id = p AND st.active = 1
	    AND NOT FIND_IN_SET('governor', st.roles);
	INSERT INTO roster (school_id, staff_group, cycle_id, staff_id,
	    display_name, family_name, appraised, head)
	SELECT r.school_id, r.staff_group, c.id, r.staff_id, r.display_name,
	    r.family_name, 1, 0
	FROM roster r JOIN cycle c ON c.school_id = r.school_id
	    AND c.staff_group = r.staff_group
	WHERE r.staff_id = p AND r.cycle_id = 0 AND r.appraised = 1
	    AND NOT EXISTS (SELECT 1 FROM appraisal a WHERE a.cycle_id = c.id
	    AND a.reviewee_id = p AND a.reviewer_id IS NOT NULL);
	INSERT INTO list_count (school_id, staff_group, cycle_id, staff,
	    unassigned)
	SELECT school_id, staff_group, cycle_id, cycle_id = 0, appraised
	FROM roster WHERE staff_id = p
	ON DUPLICATE KEY UPDATE staff = staff + VALUES(staff),
	    unassigned = unassigned + VALUES(unassigned);
END;

-- Person p's row of cycle c (a change of one appraisal's reviewer).
CREATE PROCEDURE roster_appraisal(IN p INT UNSIGNED, IN c INT UNSIGNED)
MODIFIES SQL DATA
BEGIN
	UPDATE list_count lc JOIN roster r ON r.school_id = lc.school_id
	    AND r.staff_group = lc.staff_group AND r.cycle_id = lc.cycle_id
	SET lc.unassigned = lc.unassigned - 1
	WHERE r.staff_id = p AND r.cycle_id = c;
	DELETE FROM roster WHERE staff_id = p AND cycle_id = c;
	INSERT INTO roster (school_id, staff_group, cycle_id, staff_id,
	    display_name, family_name, appraised, head)
	SELECT r.school_id, r.staff_group, cy.id, r.staff_id, r.display_name,
	    r.family_name, 1, 0
	FROM roster r JOIN cycle cy ON cy.id = c
	    AND cy.school_id = r.school_id AND cy.staff_group = r.staff_group
	WHERE r.staff_id = p AND r.cycle_id = 0 AND r.appraised = 1
	    AND NOT EXISTS (SELECT 1 FROM appraisal a WHERE a.cycle_id = c
	    AND a.reviewee_id = p AND a.reviewer_id IS NOT NULL);
	INSERT INTO list_count (school_id, staff_group, cycle_id, unassigned)
	SELECT school_id, staff_group, cycle_id, 1
	FROM roster WHERE staff_id = p AND cycle_id = c
	ON DUPLICATE KEY UPDATE unassigned = unassigned + 1;
END;

-- Cycle c moved from one school and staff group to another (NULL: it was
-- added, or is gone): its rows of roster and its counts.
CREATE PROCEDURE roster_cycle(IN c INT UNSIGNED,
	IN old_school INT UNSIGNED, IN old_group VARCHAR(16),
	IN new_school INT UNSIGNED, IN new_group VARCHAR(16))
MODIFIES SQL DATA
BEGIN
	DECLARE n INT DEFAULT 0;

	DELETE FROM roster WHERE school_id = old_school
	    AND staff_group = old_group AND cycle_id = c;
	DELETE FROM list_count WHERE school_id = old_school
	    AND staff_group = old_group AND cycle_id = c;
	IF new_school IS NOT NULL THEN
		INSERT INTO roster (school_id, staff_group, cycle_id, staff_id,
		    display_name, family_name, appraised, head)
		SELECT r.school_id, r.staff_group, c, r.staff_id,
		    r.display_name, r.family_name, 1, 0
		FROM roster r WHERE r.school_id = new_school
		    AND r.staff_group = new_group AND r.cycle_id = 0
		    AND r.appraised = 1 AND NOT EXISTS (SELECT 1
		    FROM appraisal a WHERE a.cycle_id = c
		    AND a.reviewee_id = r.staff_id AND a.reviewer_id IS NOT NULL);
		SET n = ROW_COUNT();
		INSERT INTO list_count (school_id, staff_group, cycle_id,
		    unassigned, appraisals)
		VALUES (new_school, new_group, c, n,
		    (SELECT COUNT(*) FROM appraisal WHERE cycle_id = c));
	END IF;
END;

CREATE TRIGGER staff_roster_i AFTER INSERT ON staff FOR EACH ROW
	CALL roster_person(NEW.id);

CREATE TRIGGER staff_roster_u AFTER UPDATE ON staff FOR EACH ROW
BEGIN
	IF NOT (NEW.id <=> OLD.id AND NEW.school_id <=> OLD.school_id
	    AND NEW.active <=> OLD.active AND NEW.roles <=> OLD.roles
	    AND BINARY NEW.display_name <=> BINARY OLD.display_name) THEN
		CALL roster_person(OLD.id);
		IF NEW.id <> OLD.id THEN
			CALL roster_person(NEW.id);
		END IF;
	END IF;
END;

CREATE TRIGGER staff_roster_d AFTER DELETE ON staff FOR EACH ROW
	CALL roster_person(OLD.id);

CREATE TRIGGER staff_detail_roster_i AFTER INSERT ON staff_detail
FOR EACH ROW
BEGIN
	IF NEW.staff_group <> 'teacher' OR NEW.exempt_induction <> 0 THEN
		CALL roster_person(NEW.staff_id);
	END IF;
END;

CREATE TRIGGER staff_detail_roster_u AFTER UPDATE ON staff_detail
FOR EACH ROW
BEGIN
	IF NOT (NEW.staff_id <=> OLD.staff_id
	    AND NEW.staff_group <=> OLD.staff_group
	    AND NEW.exempt_induction <=> OLD.exempt_induction) THEN
		CALL roster_person(OLD.staff_id);
		IF NEW.staff_id <> OLD.staff_id THEN
			CALL roster_person(NEW.staff_id);
		END IF;
	END IF;
END;

CREATE TRIGGER staff_detail_roster_d AFTER DELETE ON staff_detail
FOR EACH ROW
BEGIN
	IF OLD.staff_group <> 'teacher' OR OLD.exempt_induction <> 0 THEN
		CALL roster_person(OLD.staff_id);
	END IF;
END;

CREATE TRIGGER cycle_roster_i AFTER INSERT ON cycle FOR EACH ROW
	CALL roster_cycle(NEW.id, NULL, NULL, NEW.school_id, NEW.staff_group);

CREATE TRIGGER cycle_roster_u AFTER UPDATE ON cycle FOR EACH ROW
BEGIN
	IF NOT (NEW.id <=> OLD.id AND NEW.school_id <=> OLD.school_id
	    AND NEW.staff_group <=> OLD.staff_group) THEN
		CALL roster_cycle(OLD.id, OLD.school_id, OLD.staff_group,
		    NULL, NULL);
		CALL roster_cycle(NEW.id, NULL, NULL, NEW.school_id,
		    NEW.staff_group);
	END IF;
END;

CREATE TRIGGER cycle_roster_d AFTER DELETE ON cycle FOR EACH ROW
	CALL roster_cycle(OLD.id, OLD.school_id, OLD.staff_group, NULL, NULL);

CREATE TRIGGER appraisal_roster_i AFTER INSERT ON appraisal FOR EACH ROW
BEGIN
	INSERT INTO list_count (school_id, staff_group, cycle_id, appraisals)
	SELECT school_id, staff_group, id, 1 FROM cycle WHERE id = NEW.cycle_id
	ON DUPLICATE KEY UPDATE appraisals = appraisals + 1;
	IF NEW.reviewer_id IS NOT NULL THEN
		CALL roster_appraisal(NEW.reviewee_id, NEW.cycle_id);
	END IF;
END;

CREATE TRIGGER appraisal_roster_u AFTER UPDATE ON appraisal FOR EACH ROW
BEGIN
	IF NOT (NEW.cycle_id <=> OLD.cycle_id) THEN
		UPDATE list_count lc JOIN cycle c ON c.school_id = lc.school_id
		    AND c.staff_group = lc.staff_group AND c.id = lc.cycle_id
		SET lc.appraisals = lc.appraisals - 1 WHERE c.id = OLD.cycle_id;
		INSERT INTO list_count (school_id, staff_group, cycle_id,
		    appraisals)
		SELECT school_id, staff_group, id, 1 FROM cycle
		WHERE id = NEW.cycle_id
		ON DUPLICATE KEY UPDATE appraisals = appraisals + 1;
	END IF;
	IF NOT (NEW.cycle_id <=> OLD.cycle_id
	    AND NEW.reviewee_id <=> OLD.reviewee_id
	    AND (NEW.reviewer_id IS NULL) <=> (OLD.reviewer_id IS NULL)) THEN
		CALL roster_appraisal(OLD.reviewee_id, OLD.cycle_id);
		CALL roster_appraisal(NEW.reviewee_id, NEW.cycle_id);
	END IF;
END;

CREATE TRIGGER appraisal_roster_d AFTER DELETE ON appraisal FOR EACH ROW
BEGIN
	UPDATE list_count lc JOIN cycle c ON c.school_id = lc.school_id
	    AND c.staff_group = lc.staff_group AND c.id = lc.cycle_id
	SET lc.appraisals = lc.appraisals - 1 WHERE c.id = OLD.cycle_id;
	IF OLD.reviewer_id IS NOT NULL THEN
		CALL roster_appraisal(OLD.reviewee_id, OLD.cycle_id);
	END IF;
END;
