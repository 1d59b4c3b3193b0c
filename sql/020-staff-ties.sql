-- 020: most staff review nobody, line-manage nobody, have asked to see
-- nobody's plan and have observed nobody, so most of the lists of their
-- dashboard are always empty; planning them is most of what the
-- dashboard costs the database (issue 20). staff_ties counts, per member
-- of staff, the rows that would fill those lists: appraisals they review,
-- people they line-manage, requests for access they made as a line
-- manager, observations they made. Kept by the triggers below in the
-- same statement (so the same transaction) as every change to those
-- rows, whatever makes it; a row whose count falls to 0 is removed. The
-- session's statement reads it, and the dashboard of someone with no row
-- reads their own lists only (SQL_DASH_OWN). It decides only which lists
-- a dashboard reads, never what anyone may see: lib/access decides that
-- from the records themselves.

CREATE TABLE staff_ties (
	staff_id INT UNSIGNED NOT NULL PRIMARY KEY,
	n INT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO staff_ties (staff_id, n)
SELECT id, SUM(k) FROM (
	SELECT reviewer_id AS id, COUNT(*) AS k FROM appraisal
	WHERE reviewer_id IS NOT NULL GROUP BY reviewer_id
	UNION ALL SELECT manager_id, COUNT(*) FROM line_manager
	GROUP BY manager_id
	UNION ALL SELECT manager_id, COUNT(*) FROM access_grant
	GROUP BY manager_id
	UNION ALL SELECT observer_id, COUNT(*) FROM observation
	GROUP BY observer_id) t
GROUP BY id;

CREATE PROCEDURE staff_ties_add(IN p INT UNSIGNED, IN k INT)
BEGIN
	IF p IS NOT NULL THEN
		INSERT INTO staff_ties (staff_id, n) VALUES (p, k)
		ON DUPLICATE KEY UPDATE n = n + k;
		IF k < 0 THEN
			DELETE FROM staff_ties WHERE staff_id = p AND n <= 0;
		END IF;
	END IF;
END;

CREATE TRIGGER appraisal_ties_i AFTER INSERT ON appraisal FOR EACH ROW
	CALL staff_ties_add(NEW.reviewer_id, 1);

CREATE TRIGGER appraisal_ties_u AFTER UPDATE ON appraisal FOR EACH ROW
BEGIN
	IF NOT (NEW.reviewer_id <=> OLD.reviewer_id) THEN
		CALL staff_ties_add(OLD.reviewer_id, -1);
		CALL staff_ties_add(NEW.reviewer_id, 1);
	END IF;
END;

CREATE TRIGGER appraisal_ties_d AFTER DELETE ON appraisal FOR EACH ROW
	CALL staff_ties_add(OLD.reviewer_id, -1);

CREATE TRIGGER line_manager_ties_i AFTER INSERT ON line_manager
FOR EACH ROW
	CALL staff_ties_add(NEW.manager_id, 1);

CREATE TRIGGER line_manager_ties_u AFTER UPDATE ON line_manager
FOR EACH ROW
BEGIN
	IF NOT (NEW.manager_id <=> OLD.manager_id) THEN
		CALL staff_ties_add(OLD.manager_id, -1);
		CALL staff_ties_add(NEW.manager_id, 1);
	END IF;
END;

CREATE TRIGGER line_manager_ties_d AFTER DELETE ON line_manager
FOR EACH ROW
	CALL staff_ties_add(OLD.manager_id, -1);

CREATE TRIGGER access_grant_ties_i AFTER INSERT ON access_grant
FOR EACH ROW
	CALL staff_ties_add(NEW.manager_id, 1);

CREATE TRIGGER access_grant_ties_u AFTER UPDATE ON access_grant
FOR EACH ROW
BEGIN
	IF NOT (NEW.manager_id <=> OLD.manager_id) THEN
		CALL staff_ties_add(OLD.manager_id, -1);
		CALL staff_ties_add(NEW.manager_id, 1);
	END IF;
END;

CREATE TRIGGER access_grant_ties_d AFTER DELETE ON access_grant
FOR EACH ROW
	CALL staff_ties_add(OLD.manager_id, -1);

CREATE TRIGGER observation_ties_i AFTER INSERT ON observation
FOR EACH ROW
	CALL staff_ties_add(NEW.observer_id, 1);

CREATE TRIGGER observation_ties_u AFTER UPDATE ON observation
FOR EACH ROW
BEGIN
	IF NOT (NEW.observer_id <=> OLD.observer_id) THEN
		CALL staff_ties_add(OLD.observer_id, -1);
		CALL staff_ties_add(NEW.observer_id, 1);
	END IF;
END;

CREATE TRIGGER observation_ties_d AFTER DELETE ON observation
FOR EACH ROW
	CALL staff_ties_add(OLD.observer_id, -1);
