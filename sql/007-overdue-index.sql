-- The head's counts by stage also count what is overdue in each stage:
-- the index of the school's current cycles carries the due day, so the
-- count still reads the index alone.
ALTER TABLE appraisal DROP KEY appraisal_cycle_state,
	ADD KEY appraisal_cycle_state_due (cycle_id, state, due_day);
