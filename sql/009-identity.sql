-- 009: a person is bound to their directory entry for good. Each staff row
-- keeps the entry's immutable identifier (entryUUID on OpenLDAP,
-- objectGUID on Active Directory, as text), and log-in names are compared
-- exactly: another account whose name differs only in case or accents is
-- another person, and an entry other than the bound one is refused under
-- that name, never rebound. Rows from before this migration are bound at
-- their next log-in or directory sync.

ALTER TABLE staff
	MODIFY login VARCHAR(256) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin
	    NOT NULL,
	ADD COLUMN directory_id VARCHAR(128) CHARACTER SET ascii
	    COLLATE ascii_bin NULL AFTER login,
	ADD UNIQUE KEY staff_directory_id (directory_id);
