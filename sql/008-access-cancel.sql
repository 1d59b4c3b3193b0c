-- A line manager may take back their own request before it is decided:
-- such a request is withdrawn without ever having been decided.
ALTER TABLE access_grant DROP CONSTRAINT access_grant_decided,
	ADD CONSTRAINT access_grant_decided CHECK (state = 'requested' OR
	    decided_by IS NOT NULL OR withdrawn_by IS NOT NULL);
