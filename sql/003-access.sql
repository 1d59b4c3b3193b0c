-- 003: line-manager access to a reviewee's plan. A line manager asks,
-- with a reason; the head or the performance-management lead grants
-- (optionally until a date) or refuses, with a reason; a grant can be
-- withdrawn. Rows are never deleted: they are the history the reviewee
-- and the line manager see. Every step is also in the audit table.

CREATE TABLE access_grant (
	id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	appraisal_id INT UNSIGNED NOT NULL,
	school_id INT UNSIGNED NOT NULL,
	manager_id INT UNSIGNED NOT NULL,
	requested_by INT UNSIGNED NOT NULL,
	requested_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
	reason VARCHAR(2000) NOT NULL,
	state ENUM('requested', 'granted', 'refused', 'withdrawn') NOT NULL
	    DEFAULT 'requested',
	decided_by INT UNSIGNED NULL,
	decided_at DATETIME NULL,
	decision_reason VARCHAR(2000) NOT NULL DEFAULT '',
	until_day DATE NULL,		-- last day of access; NULL: no end date
	withdrawn_by INT UNSIGNED NULL,
	withdrawn_at DATETIME NULL,
	withdrawal_reason VARCHAR(2000) NOT NULL DEFAULT '',
	version INT UNSIGNED NOT NULL DEFAULT 1,
	KEY access_grant_appraisal (appraisal_id, manager_id, state),
	KEY access_grant_manager (manager_id, id),
	KEY access_grant_school (school_id, state),
	CONSTRAINT access_grant_appraisal_fk FOREIGN KEY (appraisal_id)
	    REFERENCES appraisal (id),
	CONSTRAINT access_grant_school_fk FOREIGN KEY (school_id)
	    REFERENCES school (id),
	CONSTRAINT access_grant_manager_fk FOREIGN KEY (manager_id)
	    REFERENCES staff (id),
	CONSTRAINT access_grant_requester_fk FOREIGN KEY (requested_by)
	    REFERENCES staff (id),
	CONSTRAINT access_grant_decider_fk FOREIGN KEY (decided_by)
	    REFERENCES staff (id),
	CONSTRAINT access_grant_withdrawer_fk FOREIGN KEY (withdrawn_by)
	    REFERENCES staff (id),
	CONSTRAINT access_grant_decided CHECK (state = 'requested' OR
	    decided_by IS NOT NULL)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
