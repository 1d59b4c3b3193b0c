-- 022: the moderation list reads a page at a time (issue 20). It showed
-- every statement waiting, up to 200, read and sorted on every view; a
-- school of 1,000 had 144 waiting. Now it shows 25 at a time, soonest due
-- first (then in the order they arrived), after or before the day and id
-- of the page's last or first row (keyset pagination, never OFFSET):
-- this index gives that order within a school and state, so a page reads
-- only the rows it shows.
ALTER TABLE appraisal DROP KEY appraisal_school_state,
	ADD KEY appraisal_school_state (school_id, state, due_day);
