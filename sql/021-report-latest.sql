-- 021: where each appraisal's report stands, so that the assessment and
-- report page (review/ID/report) reads its versions in the one statement
-- of the page (SQL_REPORT_PAGE) by primary key, rather than working out
-- the newest version in that statement (common table expressions over
-- report cost MariaDB 34 ms to plan).
--
-- report_latest: one row per appraisal with a report, naming its newest
-- version (issued or being drafted: what the reviewer works on) and its
-- newest issued version (what everyone else reads; NULL until the first
-- is issued). Kept by the triggers below in the same statement, so the
-- same transaction, as any change to report, whatever makes it (the
-- pages, the demo data, a test or a person at the database): a version
-- added, issued, renumbered, moved or deleted. Issued versions stay
-- locked (016's report_locked): these triggers only read report. The
-- pointers carry no foreign key: a draft deleted by hand must not be
-- refused for the pointer to it, which its trigger then moves.

CREATE TABLE report_latest (
	appraisal_id INT UNSIGNED NOT NULL PRIMARY KEY,
	newest_id INT UNSIGNED NOT NULL,
	issued_id INT UNSIGNED NULL,
	CONSTRAINT report_latest_appraisal_fk FOREIGN KEY (appraisal_id)
	    REFERENCES appraisal (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Appraisal p's row as its versions are now (none: no row). The reads
-- lock what they read, so a transaction that began before another's
-- version was committed still points at it.
CREATE PROCEDURE report_latest_of(IN p INT UNSIGNED)
MODIFIES SQL DATA
BEGIN
	DECLARE newest, issued INT UNSIGNED DEFAULT NULL;

	SELECT id INTO newest FROM report WHERE appraisal_id = p
	    ORDER BY number DESC LIMIT 1 LOCK IN SHARE MODE;
	IF newest IS NULL THEN
		DELETE FROM report_latest WHERE appraisal_id = p;
	ELSE
		SELECT id INTO issued FROM report WHERE appraisal_id = p
		    AND issued_at IS NOT NULL
		    ORDER BY number DESC LIMIT 1 LOCK IN SHARE MODE;
		INSERT INTO report_latest (appraisal_id, newest_id, issued_id)
		    VALUES (p, newest, issued)
		    ON DUPLICATE KEY UPDATE newest_id = VALUES(newest_id),
		    issued_id = VALUES(issued_id);
	END IF;
END;

-- Where the reports stand today.
INSERT INTO report_latest (appraisal_id, newest_id, issued_id)
SELECT a.appraisal_id,
	(SELECT r.id FROM report r WHERE r.appraisal_id = a.appraisal_id
	    ORDER BY r.number DESC LIMIT 1),
	(SELECT r.id FROM report r WHERE r.appraisal_id = a.appraisal_id
	    AND r.issued_at IS NOT NULL ORDER BY r.number DESC LIMIT 1)
FROM (SELECT DISTINCT appraisal_id FROM report) a;

CREATE TRIGGER report_latest_i AFTER INSERT ON report FOR EACH ROW
	CALL report_latest_of(NEW.appraisal_id);

-- A comment, a saved draft or anything else that leaves which versions
-- exist, their order and which are issued as they were changes nothing.
CREATE TRIGGER report_latest_u AFTER UPDATE ON report FOR EACH ROW
BEGIN
	IF NOT (NEW.id <=> OLD.id AND NEW.appraisal_id <=> OLD.appraisal_id
	    AND NEW.number <=> OLD.number
	    AND (NEW.issued_at IS NULL) <=> (OLD.issued_at IS NULL)) THEN
		CALL report_latest_of(OLD.appraisal_id);
		IF NEW.appraisal_id <> OLD.appraisal_id THEN
			CALL report_latest_of(NEW.appraisal_id);
		END IF;
	END IF;
END;

CREATE TRIGGER report_latest_d AFTER DELETE ON report FOR EACH ROW
	CALL report_latest_of(OLD.appraisal_id);
