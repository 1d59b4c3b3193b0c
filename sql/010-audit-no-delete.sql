-- The audit trail is append-only: no row may be deleted either (001 already
-- refuses UPDATE). The programs' database account has only SELECT and
-- INSERT on audit (see sql/grants.sql), so it cannot even try; this trigger
-- also stops the schema owner and root from deleting by mistake.
--
-- Retention: the one deletion the product will allow is the admin tool's
-- retention purge (appraisal-admin, schema owner's account). It sets the
-- session variable @appraisal_audit_retention = 'purge' in its own
-- connection, deletes only rows older than the retention period, and
-- clears the variable again. A session variable can be set by anyone who
-- can connect, which is why it is not the only guard: the programs'
-- account has no DELETE privilege on audit at all.
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit FOR EACH ROW
BEGIN
	IF @appraisal_audit_retention IS NULL OR
	    @appraisal_audit_retention <> 'purge' THEN
		SIGNAL SQLSTATE '45000'
		    SET MESSAGE_TEXT = 'audit records cannot be deleted';
	END IF;
END;
