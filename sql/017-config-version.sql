-- 017: what every page needs of its school and what rarely changes, the
-- policy settings and the calendar of closures, is kept by each program
-- process and read again only when school.config_version moves. The
-- triggers move it in the same transaction as any change to either,
-- whichever program, tool or restore makes the change, so no process
-- ever uses a stale copy past the next request.

ALTER TABLE school
	ADD COLUMN config_version BIGINT UNSIGNED NOT NULL DEFAULT 1;

CREATE TRIGGER school_policy_version_i AFTER INSERT ON school_policy
FOR EACH ROW
	UPDATE school SET config_version = config_version + 1
	WHERE id = NEW.school_id;

CREATE TRIGGER school_policy_version_u AFTER UPDATE ON school_policy
FOR EACH ROW
	UPDATE school SET config_version = config_version + 1
	WHERE id IN (OLD.school_id, NEW.school_id);

CREATE TRIGGER school_policy_version_d AFTER DELETE ON school_policy
FOR EACH ROW
	UPDATE school SET config_version = config_version + 1
	WHERE id = OLD.school_id;

CREATE TRIGGER school_closure_version_i AFTER INSERT ON school_closure
FOR EACH ROW
	UPDATE school SET config_version = config_version + 1
	WHERE id = NEW.school_id;

CREATE TRIGGER school_closure_version_u AFTER UPDATE ON school_closure
FOR EACH ROW
	UPDATE school SET config_version = config_version + 1
	WHERE id IN (OLD.school_id, NEW.school_id);

CREATE TRIGGER school_closure_version_d AFTER DELETE ON school_closure
FOR EACH ROW
	UPDATE school SET config_version = config_version + 1
	WHERE id = OLD.school_id;
