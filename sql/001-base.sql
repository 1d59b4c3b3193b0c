-- 001: schools, staff, sessions, log-in throttling, audit.
-- Applied by appraisal-admin migrate with the admin account. Never edit a
-- released migration: add the next number instead.

CREATE TABLE IF NOT EXISTS schema_migrations (
	version INT UNSIGNED NOT NULL PRIMARY KEY,
	name VARCHAR(200) NOT NULL,
	applied_at DATETIME NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE school (
	id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	code VARCHAR(32) NOT NULL,
	name VARCHAR(200) NOT NULL,
	created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
	version INT UNSIGNED NOT NULL DEFAULT 1,
	UNIQUE KEY school_code (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE staff (
	id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	school_id INT UNSIGNED NOT NULL,
	login VARCHAR(256) NOT NULL,
	dn VARCHAR(1024) NOT NULL,
	display_name VARCHAR(200) NOT NULL,
	email VARCHAR(254) NOT NULL DEFAULT '',
	job_title VARCHAR(200) NOT NULL DEFAULT '',
	roles SET('staff', 'teacher', 'support', 'leadership', 'headteacher',
	    'pm_lead', 'cpd_coordinator', 'it_admin', 'governor', 'trust_ceo',
	    'early_career') NOT NULL DEFAULT 'staff',
	active TINYINT(1) NOT NULL DEFAULT 1,
	last_login_at DATETIME NULL,
	synced_at DATETIME NOT NULL,
	version INT UNSIGNED NOT NULL DEFAULT 1,
	UNIQUE KEY staff_login (login),
	KEY staff_school (school_id, active),
	CONSTRAINT staff_school_fk FOREIGN KEY (school_id) REFERENCES school (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Only the SHA-256 of a session token is stored; times are Unix seconds.
CREATE TABLE session (
	token_hash CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL PRIMARY KEY,
	staff_id INT UNSIGNED NOT NULL,
	csrf CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
	created_at BIGINT NOT NULL,
	last_seen_at BIGINT NOT NULL,
	address VARCHAR(64) NOT NULL DEFAULT '',
	KEY session_staff (staff_id),
	KEY session_seen (last_seen_at),
	CONSTRAINT session_staff_fk FOREIGN KEY (staff_id) REFERENCES staff (id)
	    ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE login_throttle (
	kind ENUM('user', 'address') NOT NULL,
	subject VARCHAR(256) NOT NULL,
	failures INT UNSIGNED NOT NULL,
	window_start BIGINT NOT NULL,
	PRIMARY KEY (kind, subject)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE audit (
	id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
	actor_id INT UNSIGNED NULL,
	actor_login VARCHAR(256) NOT NULL DEFAULT '',
	school_id INT UNSIGNED NULL,
	action VARCHAR(255) NOT NULL,
	record_type VARCHAR(32) NOT NULL DEFAULT '',
	record_id BIGINT UNSIGNED NULL,
	result ENUM('ok', 'failed', 'allowed', 'refused') NOT NULL,
	reason VARCHAR(255) NOT NULL DEFAULT '',
	address VARCHAR(64) NOT NULL DEFAULT '',
	KEY audit_actor (actor_id, at),
	KEY audit_record (record_type, record_id, at),
	KEY audit_school (school_id, at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The audit trail is append-only: no row may be changed.
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit FOR EACH ROW
	SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit records cannot be changed';
