-- The GRANT statements for the programs' database account, for the schema
-- as it stands: SELECT, INSERT, UPDATE, DELETE on every table, except the
-- audit trail (SELECT and INSERT only: it is append-only) and the record
-- of migrations (SELECT only). MariaDB cannot take one table out of a
-- database-wide grant, so the grants are per table: run this again (as
-- root) after every `appraisal-admin migrate`, since a migration may add
-- a table. It only prints the statements; pipe them into the client:
--
--   { echo "SET @account = '''appraisal''@''localhost''';";
--     cat /usr/share/appraisal/sql/grants.sql; } |
--       mariadb -N appraisal | mariadb appraisal
--
-- Not a migration (no number): appraisal-admin migrate does not run it.
SELECT CONCAT('GRANT ',
	CASE table_name
	    WHEN 'audit' THEN 'SELECT, INSERT'
	    WHEN 'schema_migrations' THEN 'SELECT'
	    ELSE 'SELECT, INSERT, UPDATE, DELETE' END,
	' ON `', table_schema, '`.`', table_name, '` TO ', @account, ';')
FROM information_schema.tables
WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'
ORDER BY table_name;
