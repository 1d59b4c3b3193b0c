-- 015: performance concerns (SPEC 4.2; cgi-bin/concern): the record of the
-- informal stage when there are concerns about a member of staff's
-- performance (the concerns, the support to be given, the day progress is
-- reviewed, the implications if it does not improve), the person's
-- comment, and its outcome: resolved (the appraisal goes on) or a written
-- notice that the capability procedure now applies (the appraisal is
-- suspended, event SUSPEND, and the staff details marked under_capability
-- in the same transaction; RESUME clears it).
--
-- At most one record of an appraisal is open (outcome NULL) at a time:
-- open_appraisal_id is the appraisal's id while the record is open and
-- NULL once it is decided, so the unique key holds that rule.

CREATE TABLE concern (
	id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	appraisal_id INT UNSIGNED NOT NULL,
	school_id INT UNSIGNED NOT NULL,
	open_appraisal_id INT UNSIGNED NULL,
	concerns TEXT NOT NULL,
	support TEXT NOT NULL,
	review_day DATE NOT NULL,
	implications TEXT NOT NULL,
	recorded_by INT UNSIGNED NOT NULL,
	recorded_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
	reviewee_comment TEXT NULL,
	comment_at DATETIME NULL,
	outcome ENUM('resolved', 'capability') NULL,
	outcome_note TEXT NULL,
	decided_by INT UNSIGNED NULL,
	decided_at DATETIME NULL,
	version INT UNSIGNED NOT NULL DEFAULT 1,
	UNIQUE KEY concern_open (open_appraisal_id),
	KEY concern_appraisal (appraisal_id, id),
	KEY concern_school_review (school_id, outcome, review_day),
	CONSTRAINT concern_appraisal_fk FOREIGN KEY (appraisal_id)
	    REFERENCES appraisal (id),
	CONSTRAINT concern_school_fk FOREIGN KEY (school_id)
	    REFERENCES school (id),
	CONSTRAINT concern_recorder_fk FOREIGN KEY (recorded_by)
	    REFERENCES staff (id),
	CONSTRAINT concern_decider_fk FOREIGN KEY (decided_by)
	    REFERENCES staff (id),
	CONSTRAINT concern_open_state CHECK ((outcome IS NULL) =
	    (open_appraisal_id IS NOT NULL))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
