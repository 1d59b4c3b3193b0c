-- 002: the appraisal year: trusts, school policy settings, school calendars,
-- staff details kept by the product, line managers, cycles, appraisals,
-- versioned planning statements with objectives, support and observation
-- plans, and the structure of the standards frameworks.

CREATE TABLE trust (
	id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	code VARCHAR(32) NOT NULL,
	name VARCHAR(200) NOT NULL,
	version INT UNSIGNED NOT NULL DEFAULT 1,
	UNIQUE KEY trust_code (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE school
	ADD COLUMN trust_id INT UNSIGNED NULL AFTER id,
	ADD COLUMN phase ENUM('primary', 'secondary', 'all_through', 'special',
	    'other') NOT NULL DEFAULT 'secondary' AFTER name,
	ADD CONSTRAINT school_trust_fk FOREIGN KEY (trust_id) REFERENCES trust (id);

-- One row per school: every setting of the policy the school chose.
-- Defaults are the model policy's; lib/policy validates every value.
CREATE TABLE school_policy (
	school_id INT UNSIGNED NOT NULL PRIMARY KEY,
	reviewer_mode ENUM('head', 'line_manager') NOT NULL DEFAULT 'line_manager',
	max_reviewees TINYINT UNSIGNED NOT NULL DEFAULT 5,
	leadership_exempt_from_max TINYINT(1) NOT NULL DEFAULT 1,
	moderation ENUM('all', 'sample', 'none') NOT NULL DEFAULT 'all',
	moderation_sample_pct TINYINT UNSIGNED NOT NULL DEFAULT 20,
	head_panel_governors TINYINT UNSIGNED NOT NULL DEFAULT 2,
	head_panel_foundation TINYINT(1) NOT NULL DEFAULT 0,
	adviser ENUM('sip', 'external') NOT NULL DEFAULT 'external',
	objectives_count TINYINT UNSIGNED NOT NULL DEFAULT 3,
	require_pupil_progress TINYINT(1) NOT NULL DEFAULT 1,
	require_team TINYINT(1) NOT NULL DEFAULT 0,
	require_leadership_for_tlr TINYINT(1) NOT NULL DEFAULT 1,
	observation_hours_cap DECIMAL(4, 2) NOT NULL DEFAULT 3.00,
	observation_exempt_ect TINYINT(1) NOT NULL DEFAULT 1,
	observation_exempt_support_plan TINYINT(1) NOT NULL DEFAULT 1,
	rating_scale ENUM('three_level', 'two_level') NOT NULL DEFAULT 'three_level',
	retention_years TINYINT UNSIGNED NOT NULL DEFAULT 6,
	teacher_deadline CHAR(5) NOT NULL DEFAULT '10-31',	-- MM-DD
	head_deadline CHAR(5) NOT NULL DEFAULT '12-31',
	meeting_notice_days TINYINT UNSIGNED NOT NULL DEFAULT 5,
	draft_due_days TINYINT UNSIGNED NOT NULL DEFAULT 5,
	final_due_days TINYINT UNSIGNED NOT NULL DEFAULT 10,
	moderation_due_days TINYINT UNSIGNED NOT NULL DEFAULT 10,
	revised_due_days TINYINT UNSIGNED NOT NULL DEFAULT 10,
	assessment_notice_days TINYINT UNSIGNED NOT NULL DEFAULT 5,
	appeal_window_days TINYINT UNSIGNED NOT NULL DEFAULT 10,
	hearing_due_days TINYINT UNSIGNED NOT NULL DEFAULT 20,
	outcome_due_days TINYINT UNSIGNED NOT NULL DEFAULT 5,
	observation_notice_days TINYINT UNSIGNED NOT NULL DEFAULT 5,
	oral_feedback_days TINYINT UNSIGNED NOT NULL DEFAULT 1,
	written_feedback_days TINYINT UNSIGNED NOT NULL DEFAULT 5,
	version INT UNSIGNED NOT NULL DEFAULT 1,
	CONSTRAINT school_policy_school_fk FOREIGN KEY (school_id)
	    REFERENCES school (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Days the school is closed besides weekends (lib/calendar).
CREATE TABLE school_closure (
	school_id INT UNSIGNED NOT NULL,
	day DATE NOT NULL,
	kind ENUM('bank_holiday', 'holiday', 'closure') NOT NULL,
	label VARCHAR(100) NOT NULL DEFAULT '',
	PRIMARY KEY (school_id, day),
	CONSTRAINT school_closure_school_fk FOREIGN KEY (school_id)
	    REFERENCES school (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- What the product keeps about a person beyond the directory.
CREATE TABLE staff_detail (
	staff_id INT UNSIGNED NOT NULL PRIMARY KEY,
	staff_group ENUM('teacher', 'support', 'headteacher', 'leadership')
	    NOT NULL DEFAULT 'teacher',
	career_stage ENUM('ect1', 'ect2', 'mpr', 'upr1', 'upr2', 'upr3',
	    'leading_practitioner', 'assistant_head', 'deputy_head',
	    'headteacher', 'core1', 'core2', 'core3', 'proficient1',
	    'proficient2', 'proficient3', 'experienced1', 'experienced2',
	    'experienced3') NULL,
	pay_point TINYINT UNSIGNED NULL,		-- M1-M6 on the main range
	years_on_m6 DECIMAL(3, 1) NOT NULL DEFAULT 0,
	tlr TINYINT(1) NOT NULL DEFAULT 0,
	leadership_scale TINYINT(1) NOT NULL DEFAULT 0,
	qts TINYINT(1) NOT NULL DEFAULT 0,
	fte DECIMAL(4, 3) NOT NULL DEFAULT 1.000,
	contract_type ENUM('permanent', 'fixed_term', 'temporary')
	    NOT NULL DEFAULT 'permanent',
	contract_end DATE NULL,
	start_date DATE NULL,
	status_level VARCHAR(100) NOT NULL DEFAULT '',
	exempt_induction TINYINT(1) NOT NULL DEFAULT 0,
	exempt_short_contract TINYINT(1) NOT NULL DEFAULT 0,
	under_capability TINYINT(1) NOT NULL DEFAULT 0,
	support_plan TINYINT(1) NOT NULL DEFAULT 0,
	version INT UNSIGNED NOT NULL DEFAULT 1,
	CONSTRAINT staff_detail_staff_fk FOREIGN KEY (staff_id) REFERENCES staff (id),
	CONSTRAINT staff_detail_fte CHECK (fte > 0 AND fte <= 1),
	CONSTRAINT staff_detail_pay_point CHECK (pay_point IS NULL OR
	    pay_point BETWEEN 1 AND 6)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE line_manager (
	staff_id INT UNSIGNED NOT NULL,
	manager_id INT UNSIGNED NOT NULL,
	PRIMARY KEY (staff_id, manager_id),
	KEY line_manager_manager (manager_id),
	CONSTRAINT line_manager_staff_fk FOREIGN KEY (staff_id) REFERENCES staff (id),
	CONSTRAINT line_manager_manager_fk FOREIGN KEY (manager_id)
	    REFERENCES staff (id),
	CONSTRAINT line_manager_not_self CHECK (staff_id <> manager_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE cycle (
	id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	school_id INT UNSIGNED NOT NULL,
	staff_group ENUM('teacher', 'support', 'headteacher', 'leadership')
	    NOT NULL,
	name VARCHAR(100) NOT NULL,
	starts DATE NOT NULL,
	ends DATE NOT NULL,
	completion_deadline DATE NOT NULL,
	version INT UNSIGNED NOT NULL DEFAULT 1,
	UNIQUE KEY cycle_school_group_start (school_id, staff_group, starts),
	CONSTRAINT cycle_school_fk FOREIGN KEY (school_id) REFERENCES school (id),
	CONSTRAINT cycle_dates CHECK (starts < ends)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One appraisal per reviewee per cycle. state is a lib/workflow word;
-- due_kind/due_day are the running clock (NULL when none).
CREATE TABLE appraisal (
	id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	cycle_id INT UNSIGNED NOT NULL,
	school_id INT UNSIGNED NOT NULL,
	reviewee_id INT UNSIGNED NOT NULL,
	reviewer_id INT UNSIGNED NULL,
	state VARCHAR(32) CHARACTER SET ascii NOT NULL DEFAULT 'not_started',
	state_since DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
	due_kind VARCHAR(32) CHARACTER SET ascii NULL,
	due_day DATE NULL,
	version INT UNSIGNED NOT NULL DEFAULT 1,
	UNIQUE KEY appraisal_cycle_reviewee (cycle_id, reviewee_id),
	KEY appraisal_reviewee (reviewee_id),
	KEY appraisal_reviewer (reviewer_id),
	KEY appraisal_school_state (school_id, state),
	KEY appraisal_school_due (school_id, due_day),
	CONSTRAINT appraisal_cycle_fk FOREIGN KEY (cycle_id) REFERENCES cycle (id),
	CONSTRAINT appraisal_school_fk FOREIGN KEY (school_id) REFERENCES school (id),
	CONSTRAINT appraisal_reviewee_fk FOREIGN KEY (reviewee_id) REFERENCES staff (id),
	CONSTRAINT appraisal_reviewer_fk FOREIGN KEY (reviewer_id) REFERENCES staff (id),
	CONSTRAINT appraisal_not_own_reviewer CHECK (reviewer_id IS NULL OR
	    reviewer_id <> reviewee_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every workflow event fired, with its time: the history of an appraisal
-- and the dates deadlines count from.
CREATE TABLE appraisal_event (
	id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	appraisal_id INT UNSIGNED NOT NULL,
	event VARCHAR(32) CHARACTER SET ascii NOT NULL,
	actor_id INT UNSIGNED NULL,
	at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
	day DATE NOT NULL,
	from_state VARCHAR(32) CHARACTER SET ascii NOT NULL,
	to_state VARCHAR(32) CHARACTER SET ascii NOT NULL,
	note VARCHAR(1000) NOT NULL DEFAULT '',
	KEY appraisal_event_appraisal (appraisal_id, id),
	CONSTRAINT appraisal_event_appraisal_fk FOREIGN KEY (appraisal_id)
	    REFERENCES appraisal (id),
	CONSTRAINT appraisal_event_actor_fk FOREIGN KEY (actor_id) REFERENCES staff (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE reviewer_request (
	id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	appraisal_id INT UNSIGNED NOT NULL,
	reason VARCHAR(2000) NOT NULL,
	status ENUM('pending', 'granted', 'refused') NOT NULL DEFAULT 'pending',
	decided_by INT UNSIGNED NULL,
	decided_at DATETIME NULL,
	decision_reason VARCHAR(2000) NOT NULL DEFAULT '',
	created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
	version INT UNSIGNED NOT NULL DEFAULT 1,
	KEY reviewer_request_appraisal (appraisal_id),
	CONSTRAINT reviewer_request_appraisal_fk FOREIGN KEY (appraisal_id)
	    REFERENCES appraisal (id),
	CONSTRAINT reviewer_request_decider_fk FOREIGN KEY (decided_by)
	    REFERENCES staff (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE meeting (
	id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	appraisal_id INT UNSIGNED NOT NULL,
	kind ENUM('planning', 'revision', 'interim', 'assessment') NOT NULL,
	day DATE NOT NULL,
	time_of_day CHAR(5) NOT NULL DEFAULT '',
	place VARCHAR(200) NOT NULL DEFAULT '',
	held_on DATE NULL,
	version INT UNSIGNED NOT NULL DEFAULT 1,
	KEY meeting_appraisal (appraisal_id, kind),
	CONSTRAINT meeting_appraisal_fk FOREIGN KEY (appraisal_id)
	    REFERENCES appraisal (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A planning statement is a series of versions; a revision makes a new
-- one and the earlier stay readable. Signatures name the person, the time
-- and (implicitly) this version.
CREATE TABLE statement (
	id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	appraisal_id INT UNSIGNED NOT NULL,
	number SMALLINT UNSIGNED NOT NULL,
	status ENUM('draft', 'final', 'signed', 'superseded') NOT NULL DEFAULT 'draft',
	standards_note VARCHAR(2000) NOT NULL DEFAULT '',
	reviewee_comment TEXT NULL,
	reviewer_signed_by INT UNSIGNED NULL,
	reviewer_signed_at DATETIME NULL,
	reviewee_signed_by INT UNSIGNED NULL,
	reviewee_signed_at DATETIME NULL,
	created_by INT UNSIGNED NOT NULL,
	created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
	version INT UNSIGNED NOT NULL DEFAULT 1,
	UNIQUE KEY statement_appraisal_number (appraisal_id, number),
	CONSTRAINT statement_appraisal_fk FOREIGN KEY (appraisal_id)
	    REFERENCES appraisal (id),
	CONSTRAINT statement_creator_fk FOREIGN KEY (created_by) REFERENCES staff (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE objective (
	id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	statement_id INT UNSIGNED NOT NULL,
	position TINYINT UNSIGNED NOT NULL,
	description VARCHAR(2000) NOT NULL,
	success_criteria VARCHAR(2000) NOT NULL,
	timescale ENUM('date', 'multi_cycle') NOT NULL DEFAULT 'date',
	due_day DATE NULL,
	cycle_expectation VARCHAR(1000) NOT NULL DEFAULT '',
	plan_link ENUM('sip', 'dip', 'none') NOT NULL DEFAULT 'sip',
	plan_area VARCHAR(200) NOT NULL DEFAULT '',
	category ENUM('pupil_progress', 'teaching', 'team', 'leadership',
	    'professional_development', 'other') NOT NULL DEFAULT 'teaching',
	determined_by_reviewer TINYINT(1) NOT NULL DEFAULT 0,
	UNIQUE KEY objective_statement_position (statement_id, position),
	CONSTRAINT objective_statement_fk FOREIGN KEY (statement_id)
	    REFERENCES statement (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE support_item (
	id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	objective_id INT UNSIGNED NOT NULL,
	kind ENUM('training', 'coaching', 'time', 'resources', 'other')
	    NOT NULL DEFAULT 'other',
	description VARCHAR(1000) NOT NULL,
	provided ENUM('pending', 'provided', 'not_provided') NOT NULL
	    DEFAULT 'pending',
	KEY support_item_objective (objective_id),
	CONSTRAINT support_item_objective_fk FOREIGN KEY (objective_id)
	    REFERENCES objective (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE observation_plan (
	id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	statement_id INT UNSIGNED NOT NULL,
	minutes SMALLINT UNSIGNED NOT NULL,
	purpose VARCHAR(500) NOT NULL,
	focus VARCHAR(500) NOT NULL DEFAULT '',
	observer_id INT UNSIGNED NULL,
	planned_when VARCHAR(100) NOT NULL DEFAULT '',
	KEY observation_plan_statement (statement_id),
	CONSTRAINT observation_plan_statement_fk FOREIGN KEY (statement_id)
	    REFERENCES statement (id),
	CONSTRAINT observation_plan_observer_fk FOREIGN KEY (observer_id)
	    REFERENCES staff (id),
	CONSTRAINT observation_plan_minutes CHECK (minutes > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Standards frameworks: structure and short titles only. Descriptors are
-- each school's own text, imported per school.
CREATE TABLE standards_framework (
	id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	code VARCHAR(32) NOT NULL,
	name VARCHAR(200) NOT NULL,
	UNIQUE KEY standards_framework_code (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE standard (
	id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	framework_id INT UNSIGNED NOT NULL,
	number VARCHAR(16) NOT NULL,		-- "3", "3c", "Domain 2.4"
	parent_id INT UNSIGNED NULL,
	short_title VARCHAR(200) NOT NULL,
	UNIQUE KEY standard_framework_number (framework_id, number),
	CONSTRAINT standard_framework_fk FOREIGN KEY (framework_id)
	    REFERENCES standards_framework (id),
	CONSTRAINT standard_parent_fk FOREIGN KEY (parent_id) REFERENCES standard (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE standard_descriptor (
	school_id INT UNSIGNED NOT NULL,
	standard_id INT UNSIGNED NOT NULL,
	career_stage VARCHAR(32) NOT NULL DEFAULT '',
	text TEXT NOT NULL,
	PRIMARY KEY (school_id, standard_id, career_stage),
	CONSTRAINT standard_descriptor_school_fk FOREIGN KEY (school_id)
	    REFERENCES school (id),
	CONSTRAINT standard_descriptor_standard_fk FOREIGN KEY (standard_id)
	    REFERENCES standard (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The structure of the Teachers' Standards: Part One, 8 standards.
INSERT INTO standards_framework (code, name) VALUES
	('teachers', 'Teachers'' Standards'),
	('headteachers', 'Headteachers'' standards'),
	('support', 'Support staff standards');
INSERT INTO standard (framework_id, number, short_title)
SELECT id, n, t FROM standards_framework,
	(SELECT '1' n, 'High expectations' t UNION ALL
	 SELECT '2', 'Pupil progress' UNION ALL
	 SELECT '3', 'Subject and curriculum knowledge' UNION ALL
	 SELECT '4', 'Planning and teaching' UNION ALL
	 SELECT '5', 'Adapting teaching' UNION ALL
	 SELECT '6', 'Assessment' UNION ALL
	 SELECT '7', 'Behaviour' UNION ALL
	 SELECT '8', 'Wider professional responsibilities') s
WHERE code = 'teachers';
INSERT INTO standard (framework_id, number, short_title)
SELECT id, n, t FROM standards_framework,
	(SELECT 'D1' n, 'Qualities and knowledge' t UNION ALL
	 SELECT 'D2', 'Pupils and staff' UNION ALL
	 SELECT 'D3', 'Systems and process' UNION ALL
	 SELECT 'D4', 'The self-improving school system') s
WHERE code = 'headteachers';
INSERT INTO standard (framework_id, number, short_title)
SELECT id, n, t FROM standards_framework,
	(SELECT 'core' n, 'Core' t UNION ALL
	 SELECT 'proficient', 'Proficient' UNION ALL
	 SELECT 'experienced', 'Experienced') s
WHERE code = 'support';
