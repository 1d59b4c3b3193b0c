-- 022: three pages read only what they show (issue 20).
--
-- The moderation list showed every statement waiting, up to 200, read and
-- sorted on every view; a school of 1,000 had 144 waiting. Now it shows
-- 25 at a time, soonest due first (then in the order they arrived), after
-- or before the day and id of the page's last or first row (keyset
-- pagination, never OFFSET): this index gives that order within a school
-- and state, so a page reads only the rows it shows.
ALTER TABLE appraisal DROP KEY appraisal_school_state,
	ADD KEY appraisal_school_state (school_id, state, due_day);

-- A reviewee's access log lists the reads of their record by others:
-- with the result in the index it reads those, not every refusal that
-- names the record (anyone can cause those).
ALTER TABLE audit DROP KEY audit_record,
	ADD KEY audit_record (record_type, record_id, result, at);

-- signed_statement: each appraisal's signed statement (at most one is
-- signed at a time: signing a new version supersedes the one before),
-- with the cycle and the reviewee's career stage, TLR and leadership
-- scale, kept by the triggers below in the same statement as every
-- change of a statement or of staff details. The moderation page sets a
-- statement beside those of comparable staff (same cycle, stage, TLR and
-- leadership scale, with a signed statement): it read every appraisal of
-- the cycle, and every statement of the trust, three times a view; now
-- it reads the few it shows from the index signed_peer.
CREATE TABLE signed_statement (
	appraisal_id INT UNSIGNED NOT NULL PRIMARY KEY,
	statement_id INT UNSIGNED NOT NULL,
	cycle_id INT UNSIGNED NOT NULL,
	career_stage VARCHAR(32) NOT NULL,
	tlr TINYINT(1) NOT NULL,
	leadership_scale TINYINT(1) NOT NULL,
	UNIQUE KEY signed_statement_statement (statement_id),
	KEY signed_peer (cycle_id, career_stage, tlr, leadership_scale,
	    appraisal_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO signed_statement (appraisal_id, statement_id, cycle_id,
	career_stage, tlr, leadership_scale)
SELECT a.id, MAX(s.id), a.cycle_id, COALESCE(sd.career_stage, ''),
	COALESCE(sd.tlr, 0), COALESCE(sd.leadership_scale, 0)
FROM statement s JOIN appraisal a ON a.id = s.appraisal_id
LEFT JOIN staff_detail sd ON sd.staff_id = a.reviewee_id
WHERE s.status = 'signed'
GROUP BY a.id, a.cycle_id, sd.career_stage, sd.tlr, sd.leadership_scale;

-- Statement s of appraisal a is signed now: it is the appraisal's.
CREATE PROCEDURE signed_statement_set(IN a INT UNSIGNED, IN s INT UNSIGNED)
BEGIN
	INSERT INTO signed_statement (appraisal_id, statement_id, cycle_id,
		career_stage, tlr, leadership_scale)
	SELECT ap.id, s, ap.cycle_id, COALESCE(sd.career_stage, ''),
		COALESCE(sd.tlr, 0), COALESCE(sd.leadership_scale, 0)
	FROM appraisal ap LEFT JOIN staff_detail sd
		ON sd.staff_id = ap.reviewee_id
	WHERE ap.id = a
	ON DUPLICATE KEY UPDATE statement_id = VALUES(statement_id);
END;

CREATE TRIGGER statement_signed_i AFTER INSERT ON statement FOR EACH ROW
BEGIN
	IF NEW.status = 'signed' THEN
		CALL signed_statement_set(NEW.appraisal_id, NEW.id);
	END IF;
END;

CREATE TRIGGER statement_signed_u AFTER UPDATE ON statement FOR EACH ROW
BEGIN
	IF NEW.status = 'signed' THEN
		CALL signed_statement_set(NEW.appraisal_id, NEW.id);
	ELSEIF OLD.status = 'signed' THEN
		DELETE FROM signed_statement WHERE statement_id = OLD.id;
	END IF;
END;

CREATE TRIGGER statement_signed_d AFTER DELETE ON statement FOR EACH ROW
	DELETE FROM signed_statement WHERE statement_id = OLD.id;

-- The reviewee's details as the comparison sees them.
CREATE PROCEDURE signed_statement_detail(IN p INT UNSIGNED,
    IN stage VARCHAR(32), IN t TINYINT, IN l TINYINT)
BEGIN
	UPDATE signed_statement ss JOIN appraisal a ON a.id = ss.appraisal_id
	SET ss.career_stage = COALESCE(stage, ''), ss.tlr = COALESCE(t, 0),
		ss.leadership_scale = COALESCE(l, 0)
	WHERE a.reviewee_id = p;
END;

CREATE TRIGGER staff_detail_signed_i AFTER INSERT ON staff_detail
FOR EACH ROW
	CALL signed_statement_detail(NEW.staff_id, NEW.career_stage, NEW.tlr,
	    NEW.leadership_scale);

CREATE TRIGGER staff_detail_signed_u AFTER UPDATE ON staff_detail
FOR EACH ROW
BEGIN
	IF NOT (NEW.career_stage <=> OLD.career_stage AND NEW.tlr <=> OLD.tlr
	    AND NEW.leadership_scale <=> OLD.leadership_scale) THEN
		CALL signed_statement_detail(NEW.staff_id, NEW.career_stage,
		    NEW.tlr, NEW.leadership_scale);
	END IF;
END;

CREATE TRIGGER staff_detail_signed_d AFTER DELETE ON staff_detail
FOR EACH ROW
	CALL signed_statement_detail(OLD.staff_id, NULL, NULL, NULL);
