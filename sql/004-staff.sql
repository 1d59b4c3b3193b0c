-- 004: staff details and reviewer changes. staff_detail, line_manager and
-- cycle (002) already hold every column the admin pages edit; this adds
-- who the reviewer was and who replaced them on a reviewee's request for a
-- different reviewer, and the indexes the paginated staff pages read.

ALTER TABLE reviewer_request
	ADD COLUMN old_reviewer_id INT UNSIGNED NULL AFTER reason,
	ADD COLUMN new_reviewer_id INT UNSIGNED NULL AFTER decided_at,
	ADD KEY reviewer_request_status (status, id),
	ADD CONSTRAINT reviewer_request_old_fk FOREIGN KEY (old_reviewer_id)
	    REFERENCES staff (id),
	ADD CONSTRAINT reviewer_request_new_fk FOREIGN KEY (new_reviewer_id)
	    REFERENCES staff (id);

-- A school's staff in name order, a page at a time.
ALTER TABLE staff ADD KEY staff_school_name (school_id, active, display_name);
