-- 016: the end of the cycle: the annual assessment and the final report
-- (cgi-bin/review), and appeals against it (cgi-bin/appeal). SPEC 4.3,
-- 4.5.
--
-- The school's rule for the upper pay range: how many consecutive
-- successful reports, and how many years at the top of the main range.
--
-- A report is a series of versions (report.number 1, 2 ...). The
-- reviewer drafts a version; issuing it locks it (issued_at set): the
-- triggers below refuse any change to an issued version's content, its
-- objectives or its standards, so a correction is always a new version
-- with its reason. The reviewee's comment is the one thing added to an
-- issued version.
--
-- The rating is kept as given: its word, the words of the scale it was
-- on and the label people read then, so a later change of the school's
-- scale never rewrites a past rating. Each objective's outcome records
-- whether the reviewee is held to it (support not provided, or a
-- significant absence: not held).
--
-- One appeal per appraisal (no further appeal). Who hears it is decided
-- by the product when it is lodged (hearer_kind: the head, or the trust
-- CEO or a governor when the head took part in the review) and never
-- changed; heard_by is the person who arranged the hearing.

ALTER TABLE school_policy
	ADD COLUMN ups_reports TINYINT UNSIGNED NOT NULL DEFAULT 2,
	ADD COLUMN ups_years_on_m6 TINYINT UNSIGNED NOT NULL DEFAULT 1;

CREATE TABLE report (
	id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	appraisal_id INT UNSIGNED NOT NULL,
	school_id INT UNSIGNED NOT NULL,
	number INT UNSIGNED NOT NULL,
	statement_id INT UNSIGNED NOT NULL,
	reason VARCHAR(2000) NOT NULL DEFAULT '',
	absence VARCHAR(2000) NOT NULL DEFAULT '',
	framework VARCHAR(32) CHARACTER SET ascii NOT NULL,
	career_stage VARCHAR(32) CHARACTER SET ascii NOT NULL DEFAULT '',
	standards_comment TEXT NOT NULL,
	rating_scale VARCHAR(16) CHARACTER SET ascii NOT NULL DEFAULT '',
	rating VARCHAR(32) CHARACTER SET ascii NULL,
	rating_label VARCHAR(100) NOT NULL DEFAULT '',
	rating_successful TINYINT(1) NULL,
	training_needs TEXT NOT NULL,
	aspirations TEXT NOT NULL,
	pay_eligible TINYINT(1) NOT NULL DEFAULT 0,
	pay_recommendation ENUM('progression', 'no_progression') NULL,
	created_by INT UNSIGNED NOT NULL,
	created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
	issued_at DATETIME NULL,
	issued_day DATE NULL,
	issued_by INT UNSIGNED NULL,
	reviewee_comment TEXT NULL,
	comment_at DATETIME NULL,
	version INT UNSIGNED NOT NULL DEFAULT 1,
	UNIQUE KEY report_appraisal_number (appraisal_id, number),
	KEY report_school_issued (school_id, issued_day),
	CONSTRAINT report_appraisal_fk FOREIGN KEY (appraisal_id)
	    REFERENCES appraisal (id),
	CONSTRAINT report_school_fk FOREIGN KEY (school_id)
	    REFERENCES school (id),
	CONSTRAINT report_statement_fk FOREIGN KEY (statement_id)
	    REFERENCES statement (id),
	CONSTRAINT report_creator_fk FOREIGN KEY (created_by)
	    REFERENCES staff (id),
	CONSTRAINT report_issuer_fk FOREIGN KEY (issued_by)
	    REFERENCES staff (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE report_objective (
	report_id INT UNSIGNED NOT NULL,
	objective_id INT UNSIGNED NOT NULL,
	outcome ENUM('met', 'good_progress', 'not_met') NOT NULL,
	comment VARCHAR(4000) NOT NULL,
	held_to TINYINT(1) NOT NULL DEFAULT 1,
	why_not_held VARCHAR(200) NOT NULL DEFAULT '',
	PRIMARY KEY (report_id, objective_id),
	CONSTRAINT report_objective_report_fk FOREIGN KEY (report_id)
	    REFERENCES report (id),
	CONSTRAINT report_objective_objective_fk FOREIGN KEY (objective_id)
	    REFERENCES objective (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE report_standard (
	report_id INT UNSIGNED NOT NULL,
	standard_id INT UNSIGNED NOT NULL,
	judgement ENUM('met', 'partly_met', 'not_met') NOT NULL,
	comment VARCHAR(2000) NOT NULL DEFAULT '',
	PRIMARY KEY (report_id, standard_id),
	CONSTRAINT report_standard_report_fk FOREIGN KEY (report_id)
	    REFERENCES report (id),
	CONSTRAINT report_standard_standard_fk FOREIGN KEY (standard_id)
	    REFERENCES standard (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE appeal (
	id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	appraisal_id INT UNSIGNED NOT NULL,
	school_id INT UNSIGNED NOT NULL,
	report_id INT UNSIGNED NOT NULL,
	grounds TEXT NOT NULL,
	disputed SET('objectives', 'standards', 'rating', 'pay', 'training')
	    NOT NULL,
	lodged_by INT UNSIGNED NOT NULL,
	lodged_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
	lodged_day DATE NOT NULL,
	hearer_kind ENUM('head', 'trust_ceo', 'governor') NOT NULL,
	heard_by INT UNSIGNED NULL,
	hearing_day DATE NULL,
	hearing_time CHAR(5) NOT NULL DEFAULT '',
	hearing_place VARCHAR(200) NOT NULL DEFAULT '',
	companion VARCHAR(200) NOT NULL DEFAULT '',
	held_day DATE NULL,
	companion_attended TINYINT(1) NULL,
	hearing_notes TEXT NULL,
	outcome ENUM('upheld', 'overturned') NULL,
	outcome_reasons TEXT NULL,
	outcome_day DATE NULL,
	version INT UNSIGNED NOT NULL DEFAULT 1,
	UNIQUE KEY appeal_appraisal (appraisal_id),
	KEY appeal_school (school_id, outcome),
	CONSTRAINT appeal_appraisal_fk FOREIGN KEY (appraisal_id)
	    REFERENCES appraisal (id),
	CONSTRAINT appeal_school_fk FOREIGN KEY (school_id)
	    REFERENCES school (id),
	CONSTRAINT appeal_report_fk FOREIGN KEY (report_id)
	    REFERENCES report (id),
	CONSTRAINT appeal_lodger_fk FOREIGN KEY (lodged_by)
	    REFERENCES staff (id),
	CONSTRAINT appeal_hearer_fk FOREIGN KEY (heard_by)
	    REFERENCES staff (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- An issued report is locked: only the reviewee's comment (and the row
-- version that guards it) may change.
CREATE TRIGGER report_locked BEFORE UPDATE ON report FOR EACH ROW
BEGIN
	IF OLD.issued_at IS NOT NULL AND NOT (
	    NEW.number <=> OLD.number AND NEW.statement_id <=> OLD.statement_id
	    AND NEW.reason <=> OLD.reason AND NEW.absence <=> OLD.absence
	    AND NEW.framework <=> OLD.framework
	    AND NEW.standards_comment <=> OLD.standards_comment
	    AND NEW.rating <=> OLD.rating
	    AND NEW.rating_label <=> OLD.rating_label
	    AND NEW.rating_successful <=> OLD.rating_successful
	    AND NEW.training_needs <=> OLD.training_needs
	    AND NEW.aspirations <=> OLD.aspirations
	    AND NEW.pay_eligible <=> OLD.pay_eligible
	    AND NEW.pay_recommendation <=> OLD.pay_recommendation
	    AND NEW.issued_at <=> OLD.issued_at
	    AND NEW.issued_day <=> OLD.issued_day
	    AND NEW.issued_by <=> OLD.issued_by) THEN
		SIGNAL SQLSTATE '45000'
		    SET MESSAGE_TEXT = 'an issued report is never changed';
	END IF;
END;

CREATE TRIGGER report_objective_locked_u BEFORE UPDATE ON report_objective
FOR EACH ROW
BEGIN
	IF (SELECT issued_at FROM report WHERE id = OLD.report_id) IS NOT NULL
	THEN
		SIGNAL SQLSTATE '45000'
		    SET MESSAGE_TEXT = 'an issued report is never changed';
	END IF;
END;

CREATE TRIGGER report_objective_locked_d BEFORE DELETE ON report_objective
FOR EACH ROW
BEGIN
	IF (SELECT issued_at FROM report WHERE id = OLD.report_id) IS NOT NULL
	THEN
		SIGNAL SQLSTATE '45000'
		    SET MESSAGE_TEXT = 'an issued report is never changed';
	END IF;
END;

CREATE TRIGGER report_objective_locked_i BEFORE INSERT ON report_objective
FOR EACH ROW
BEGIN
	IF (SELECT issued_at FROM report WHERE id = NEW.report_id) IS NOT NULL
	THEN
		SIGNAL SQLSTATE '45000'
		    SET MESSAGE_TEXT = 'an issued report is never changed';
	END IF;
END;

CREATE TRIGGER report_standard_locked_u BEFORE UPDATE ON report_standard
FOR EACH ROW
BEGIN
	IF (SELECT issued_at FROM report WHERE id = OLD.report_id) IS NOT NULL
	THEN
		SIGNAL SQLSTATE '45000'
		    SET MESSAGE_TEXT = 'an issued report is never changed';
	END IF;
END;

CREATE TRIGGER report_standard_locked_d BEFORE DELETE ON report_standard
FOR EACH ROW
BEGIN
	IF (SELECT issued_at FROM report WHERE id = OLD.report_id) IS NOT NULL
	THEN
		SIGNAL SQLSTATE '45000'
		    SET MESSAGE_TEXT = 'an issued report is never changed';
	END IF;
END;

CREATE TRIGGER report_standard_locked_i BEFORE INSERT ON report_standard
FOR EACH ROW
BEGIN
	IF (SELECT issued_at FROM report WHERE id = NEW.report_id) IS NOT NULL
	THEN
		SIGNAL SQLSTATE '45000'
		    SET MESSAGE_TEXT = 'an issued report is never changed';
	END IF;
END;
