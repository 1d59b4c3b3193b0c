-- 014: the interim review of an appraisal in progress, and the evidence
-- collected during the cycle (cgi-bin/review; SPEC 4.2).
--
-- The school's window for interim reviews: two days of the year (MM-DD),
-- by default the second half of the spring term. An appraisal in progress
-- with no interim review once its window has ended is overdue.
--
-- An interim review belongs to the signed statement it reviewed: one
-- progress word and a comment per objective (interim_progress); the
-- reviewee may add a comment (reviewee_comment, version-checked).
--
-- Evidence: what it is, the day, who provided it (a member of staff of
-- the school with direct professional knowledge), the objective it is
-- against, and whether it is of a kind agreed at planning (agreed = 1) or
-- not (agreed = 0: shown as not agreed at planning, for the assessment to
-- weigh). The reviewee sees each item as soon as it is added.

ALTER TABLE school_policy
	ADD COLUMN interim_from CHAR(5) NOT NULL DEFAULT '02-23',	-- MM-DD
	ADD COLUMN interim_to CHAR(5) NOT NULL DEFAULT '03-31';

CREATE TABLE interim_review (
	id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	appraisal_id INT UNSIGNED NOT NULL,
	school_id INT UNSIGNED NOT NULL,
	statement_id INT UNSIGNED NOT NULL,
	held_day DATE NOT NULL,
	recorded_by INT UNSIGNED NOT NULL,
	recorded_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
	reviewee_comment TEXT NULL,
	comment_at DATETIME NULL,
	version INT UNSIGNED NOT NULL DEFAULT 1,
	KEY interim_review_appraisal (appraisal_id, held_day),
	CONSTRAINT interim_review_appraisal_fk FOREIGN KEY (appraisal_id)
	    REFERENCES appraisal (id),
	CONSTRAINT interim_review_school_fk FOREIGN KEY (school_id)
	    REFERENCES school (id),
	CONSTRAINT interim_review_statement_fk FOREIGN KEY (statement_id)
	    REFERENCES statement (id),
	CONSTRAINT interim_review_recorder_fk FOREIGN KEY (recorded_by)
	    REFERENCES staff (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE interim_progress (
	review_id INT UNSIGNED NOT NULL,
	objective_id INT UNSIGNED NOT NULL,
	progress ENUM('on_track', 'some_concerns', 'not_on_track') NOT NULL,
	comment VARCHAR(4000) NOT NULL,
	PRIMARY KEY (review_id, objective_id),
	CONSTRAINT interim_progress_review_fk FOREIGN KEY (review_id)
	    REFERENCES interim_review (id),
	CONSTRAINT interim_progress_objective_fk FOREIGN KEY (objective_id)
	    REFERENCES objective (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE evidence (
	id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	appraisal_id INT UNSIGNED NOT NULL,
	school_id INT UNSIGNED NOT NULL,
	objective_id INT UNSIGNED NOT NULL,
	description VARCHAR(1000) NOT NULL,
	day DATE NOT NULL,
	provider_id INT UNSIGNED NOT NULL,
	agreed TINYINT(1) NOT NULL DEFAULT 1,
	added_by INT UNSIGNED NOT NULL,
	added_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
	KEY evidence_appraisal (appraisal_id, day),
	CONSTRAINT evidence_appraisal_fk FOREIGN KEY (appraisal_id)
	    REFERENCES appraisal (id),
	CONSTRAINT evidence_school_fk FOREIGN KEY (school_id)
	    REFERENCES school (id),
	CONSTRAINT evidence_objective_fk FOREIGN KEY (objective_id)
	    REFERENCES objective (id),
	CONSTRAINT evidence_provider_fk FOREIGN KEY (provider_id)
	    REFERENCES staff (id),
	CONSTRAINT evidence_adder_fk FOREIGN KEY (added_by)
	    REFERENCES staff (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
