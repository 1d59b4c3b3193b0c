-- 017: what every page needs of its school and what rarely changes, the
-- policy settings and the calendar of closures, is kept by each program
-- process and read again only when the school's version in school_config
-- moves. The triggers move it in the same transaction as any change to
-- either, whichever program, tool or restore makes the change, so no
-- process uses a stale copy once the change is committed. A school with
-- no row is at version 1; the first change makes the row, at 2. (The
-- version has a table of its own so that statements reading school while
-- they write the policy, such as a seed's INSERT ... SELECT FROM school,
-- still run.)

CREATE TABLE school_config (
	school_id INT UNSIGNED NOT NULL PRIMARY KEY,
	version BIGINT UNSIGNED NOT NULL,
	CONSTRAINT school_config_school_fk FOREIGN KEY (school_id)
	    REFERENCES school (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TRIGGER school_policy_version_i AFTER INSERT ON school_policy
FOR EACH ROW
	INSERT INTO school_config (school_id, version) VALUES (NEW.school_id, 2)
	    ON DUPLICATE KEY UPDATE version = version + 1;

CREATE TRIGGER school_policy_version_u AFTER UPDATE ON school_policy
FOR EACH ROW
BEGIN
	INSERT INTO school_config (school_id, version) VALUES (NEW.school_id, 2)
	    ON DUPLICATE KEY UPDATE version = version + 1;
	IF OLD.school_id <> NEW.school_id THEN
		INSERT INTO school_config (school_id, version)
		    VALUES (OLD.school_id, 2)
		    ON DUPLICATE KEY UPDATE version = version + 1;
	END IF;
END;

CREATE TRIGGER school_policy_version_d AFTER DELETE ON school_policy
FOR EACH ROW
	INSERT INTO school_config (school_id, version) VALUES (OLD.school_id, 2)
	    ON DUPLICATE KEY UPDATE version = version + 1;

CREATE TRIGGER school_closure_version_i AFTER INSERT ON school_closure
FOR EACH ROW
	INSERT INTO school_config (school_id, version) VALUES (NEW.school_id, 2)
	    ON DUPLICATE KEY UPDATE version = version + 1;

CREATE TRIGGER school_closure_version_u AFTER UPDATE ON school_closure
FOR EACH ROW
BEGIN
	INSERT INTO school_config (school_id, version) VALUES (NEW.school_id, 2)
	    ON DUPLICATE KEY UPDATE version = version + 1;
	IF OLD.school_id <> NEW.school_id THEN
		INSERT INTO school_config (school_id, version)
		    VALUES (OLD.school_id, 2)
		    ON DUPLICATE KEY UPDATE version = version + 1;
	END IF;
END;

CREATE TRIGGER school_closure_version_d AFTER DELETE ON school_closure
FOR EACH ROW
	INSERT INTO school_config (school_id, version) VALUES (OLD.school_id, 2)
	    ON DUPLICATE KEY UPDATE version = version + 1;
