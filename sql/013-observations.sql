-- 013: the year's monitoring records of one appraisal (cgi-bin/observe):
-- classroom observations for appraisal, inspections and improvement visits
-- (recorded, not counted towards the observation limit, not evidence),
-- drop-ins and work scrutiny (evidence only once linked to a revision
-- request of the statement: revision_event_id).
--
-- oral_due and written_due are the feedback deadlines counted on the
-- school's calendar when the record is made (lib/observation); the
-- dashboards list the records whose feedback is past them.

CREATE TABLE observation (
	id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	appraisal_id INT UNSIGNED NOT NULL,
	school_id INT UNSIGNED NOT NULL,
	kind ENUM('appraisal', 'inspection', 'improvement', 'drop_in',
	    'work_scrutiny') NOT NULL,
	day DATE NOT NULL,
	class_label VARCHAR(200) NOT NULL,
	minutes SMALLINT UNSIGNED NULL,
	focus VARCHAR(500) NOT NULL DEFAULT '',
	observer_id INT UNSIGNED NOT NULL,
	notice_day DATE NULL,
	oral_due DATE NULL,
	written_due DATE NULL,
	oral_day DATE NULL,
	written_day DATE NULL,
	written_feedback TEXT NULL,
	reviewee_comment TEXT NULL,
	comment_at DATETIME NULL,
	revision_event_id BIGINT UNSIGNED NULL,
	recorded_by INT UNSIGNED NOT NULL,
	recorded_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
	version INT UNSIGNED NOT NULL DEFAULT 1,
	KEY observation_appraisal (appraisal_id, kind, day),
	KEY observation_observer (observer_id, written_due),
	KEY observation_school_due (school_id, written_due),
	CONSTRAINT observation_appraisal_fk FOREIGN KEY (appraisal_id)
	    REFERENCES appraisal (id),
	CONSTRAINT observation_school_fk FOREIGN KEY (school_id)
	    REFERENCES school (id),
	CONSTRAINT observation_observer_fk FOREIGN KEY (observer_id)
	    REFERENCES staff (id),
	CONSTRAINT observation_recorder_fk FOREIGN KEY (recorded_by)
	    REFERENCES staff (id),
	CONSTRAINT observation_event_fk FOREIGN KEY (revision_event_id)
	    REFERENCES appraisal_event (id),
	CONSTRAINT observation_minutes CHECK (minutes IS NULL OR minutes > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
