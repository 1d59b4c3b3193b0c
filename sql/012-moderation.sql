-- 012: moderation of planning statements (SPEC 4.4; seed 003, section 5).
-- One row per appraisal, written in the transaction that records both
-- signatures of its first signed statement: whether it went to moderation
-- and why (decision: the headteacher reviewed it, the school moderates
-- all, a sample, or none; for a sample the draw, 0-99, and the sample's
-- percentage), then the outcome the head or PM lead recorded: fine, or
-- revise with reasons (shown to the reviewer and the reviewee). Later
-- signings of the same appraisal (a revised statement) find the row and
-- go on to monitoring. 'unrecorded': a statement that reached moderation
-- before this table existed.
CREATE TABLE moderation (
	id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	appraisal_id INT UNSIGNED NOT NULL,
	school_id INT UNSIGNED NOT NULL,
	statement_number SMALLINT UNSIGNED NOT NULL,
	decision ENUM('head_reviews', 'all', 'sample_in', 'sample_out', 'none',
	    'unrecorded') NOT NULL,
	draw TINYINT UNSIGNED NULL,
	sample_pct TINYINT UNSIGNED NULL,
	selected TINYINT(1) NOT NULL,
	outcome ENUM('not_moderated', 'waiting', 'fine', 'revise') NOT NULL,
	reasons VARCHAR(1000) NOT NULL DEFAULT '',
	decided_by INT UNSIGNED NULL,
	decided_at DATETIME NULL,
	created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
	UNIQUE KEY moderation_appraisal (appraisal_id),
	KEY moderation_school (school_id, outcome),
	CONSTRAINT moderation_appraisal_fk FOREIGN KEY (appraisal_id)
	    REFERENCES appraisal (id),
	CONSTRAINT moderation_school_fk FOREIGN KEY (school_id)
	    REFERENCES school (id),
	CONSTRAINT moderation_decider_fk FOREIGN KEY (decided_by)
	    REFERENCES staff (id),
	CONSTRAINT moderation_draw CHECK (draw IS NULL OR draw < 100),
	CONSTRAINT moderation_pct CHECK (sample_pct IS NULL OR
	    sample_pct BETWEEN 1 AND 100)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
