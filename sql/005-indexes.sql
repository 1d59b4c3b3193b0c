-- Indexes found by the benchmark at trust scale (tests/bench): the head's
-- counts by stage read only the index of the school's current cycles.
ALTER TABLE appraisal ADD KEY appraisal_cycle_state (cycle_id, state);
