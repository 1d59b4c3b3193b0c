-- 019: the head's and PM lead's dashboard counts a school's appraisals by
-- state without reading them (issue 20): in a school of 1,000 with five
-- years behind it the count read 6,000 appraisals on every view.
--
-- state_count: how many appraisals of a cycle are in a state with a due
-- day, kept by the triggers below in the same statement (so the same
-- transaction) as every insert, move or delete of an appraisal, whatever
-- makes it (the pages, the admin tool, the demo data, a person at the
-- database). An appraisal with no due day counts under 9999-12-31, a day
-- that is never past, so "overdue" (due day before today) and "the
-- appeal window has ended" are still decided when the page is read, from
-- a few rows per cycle: one per state and due day in use. A row whose
-- count falls to 0 is removed.

CREATE TABLE state_count (
	cycle_id INT UNSIGNED NOT NULL,
	state VARCHAR(32) NOT NULL,
	due_day DATE NOT NULL,
	n INT NOT NULL,
	PRIMARY KEY (cycle_id, state, due_day)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO state_count (cycle_id, state, due_day, n)
SELECT cycle_id, state, COALESCE(due_day, '9999-12-31'), COUNT(*)
FROM appraisal GROUP BY cycle_id, state, COALESCE(due_day, '9999-12-31');

CREATE PROCEDURE state_count_add(IN c INT UNSIGNED, IN s VARCHAR(32),
    IN d DATE, IN k INT)
BEGIN
	INSERT INTO state_count (cycle_id, state, due_day, n)
	VALUES (c, s, COALESCE(d, '9999-12-31'), k)
	ON DUPLICATE KEY UPDATE n = n + k;
	IF k < 0 THEN
		DELETE FROM state_count WHERE cycle_id = c AND state = s
		    AND due_day = COALESCE(d, '9999-12-31') AND n <= 0;
	END IF;
END;

CREATE TRIGGER appraisal_state_count_i AFTER INSERT ON appraisal
FOR EACH ROW
	CALL state_count_add(NEW.cycle_id, NEW.state, NEW.due_day, 1);

CREATE TRIGGER appraisal_state_count_u AFTER UPDATE ON appraisal
FOR EACH ROW
BEGIN
	IF NOT (NEW.cycle_id <=> OLD.cycle_id AND NEW.state <=> OLD.state
	    AND NEW.due_day <=> OLD.due_day) THEN
		CALL state_count_add(OLD.cycle_id, OLD.state, OLD.due_day, -1);
		CALL state_count_add(NEW.cycle_id, NEW.state, NEW.due_day, 1);
	END IF;
END;

CREATE TRIGGER appraisal_state_count_d AFTER DELETE ON appraisal
FOR EACH ROW
	CALL state_count_add(OLD.cycle_id, OLD.state, OLD.due_day, -1);
