-- The fictional demo trust's schools. Staff come from the directory
-- (appraisal-admin sync-directory). Safe to load twice.
INSERT INTO school (code, name) VALUES
	('KVA', 'Kestrel Vale Academy'),
	('BPS', 'Brackenfield Primary School')
ON DUPLICATE KEY UPDATE name = VALUES(name);
