-- 011: a school that has not chosen who reviews gets the model policy's
-- first option: the headteacher reviews everyone (SPEC 1; seed 003,
-- section 4). Schools whose settings are stored keep what they hold.
ALTER TABLE school_policy
	ALTER COLUMN reviewer_mode SET DEFAULT 'head';
