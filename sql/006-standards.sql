-- The parts of each standards framework: numbering and short titles of
-- our own (the full descriptors are each school's text, imported per
-- school into standard_descriptor). Teachers' Standards: the numbered
-- parts under each of the 8 standards; headteachers' standards: the six
-- characteristics of each of the 4 domains. Support-staff levels stay
-- whole (their expectations are per school).
INSERT INTO standard (framework_id, number, parent_id, short_title)
SELECT f.id, s.n, p.id, s.t
FROM standards_framework f
	JOIN (SELECT '1.1' n, '1' parent, 'A safe, stimulating environment built on respect' t
	UNION ALL SELECT '1.2', '1', 'Stretching goals for every pupil'
	UNION ALL SELECT '1.3', '1', 'Modelling the attitudes and behaviour expected'
	UNION ALL SELECT '2.1', '2', 'Accountable for attainment and progress'
	UNION ALL SELECT '2.2', '2', 'Building on what pupils already know'
	UNION ALL SELECT '2.3', '2', 'Pupils reflect on their own progress'
	UNION ALL SELECT '2.4', '2', 'Knowing how pupils learn'
	UNION ALL SELECT '2.5', '2', 'Pupils responsible for their own work'
	UNION ALL SELECT '3.1', '3', 'Secure subject knowledge'
	UNION ALL SELECT '3.2', '3', 'Developments in the subject; scholarship'
	UNION ALL SELECT '3.3', '3', 'Literacy and standard English in every subject'
	UNION ALL SELECT '3.4', '3', 'Early reading: systematic synthetic phonics'
	UNION ALL SELECT '3.5', '3', 'Early mathematics'
	UNION ALL SELECT '4.1', '4', 'Good use of lesson time'
	UNION ALL SELECT '4.2', '4', 'Love of learning and curiosity'
	UNION ALL SELECT '4.3', '4', 'Homework and learning beyond lessons'
	UNION ALL SELECT '4.4', '4', 'Reflecting on what works in lessons'
	UNION ALL SELECT '4.5', '4', 'Contributing to the curriculum'
	UNION ALL SELECT '5.1', '5', 'Adapting teaching to the class'
	UNION ALL SELECT '5.2', '5', 'Barriers to learning and overcoming them'
	UNION ALL SELECT '5.3', '5', 'Stages of pupils'' development'
	UNION ALL SELECT '5.4', '5', 'Pupils with SEND, high ability or EAL'
	UNION ALL SELECT '6.1', '6', 'Assessing the subject, statutory assessment included'
	UNION ALL SELECT '6.2', '6', 'Formative and summative assessment'
	UNION ALL SELECT '6.3', '6', 'Using data to set targets and plan'
	UNION ALL SELECT '6.4', '6', 'Feedback and marking pupils act on'
	UNION ALL SELECT '7.1', '7', 'Rules and routines; the behaviour policy'
	UNION ALL SELECT '7.2', '7', 'High expectations of behaviour; fair sanctions'
	UNION ALL SELECT '7.3', '7', 'Managing classes to involve and motivate'
	UNION ALL SELECT '7.4', '7', 'Relationships and authority'
	UNION ALL SELECT '8.1', '8', 'The wider life of the school'
	UNION ALL SELECT '8.2', '8', 'Working with colleagues'
	UNION ALL SELECT '8.3', '8', 'Deploying support staff'
	UNION ALL SELECT '8.4', '8', 'Own professional development'
	UNION ALL SELECT '8.5', '8', 'Communicating with parents') s
	JOIN standard p ON p.framework_id = f.id AND p.number = s.parent
WHERE f.code = 'teachers';

INSERT INTO standard (framework_id, number, parent_id, short_title)
SELECT f.id, s.n, p.id, s.t
FROM standards_framework f
	JOIN (SELECT 'D1.1' n, 'D1' parent, 'Values and moral purpose' t
	UNION ALL SELECT 'D1.2', 'D1', 'Positive relationships with the school community'
	UNION ALL SELECT 'D1.3', 'D1', 'Leading by example'
	UNION ALL SELECT 'D1.4', 'D1', 'Current knowledge of education; own development'
	UNION ALL SELECT 'D1.5', 'D1', 'Political and financial judgement'
	UNION ALL SELECT 'D1.6', 'D1', 'Communicating the school''s vision'
	UNION ALL SELECT 'D2.1', 'D2', 'Ambitious standards for every pupil'
	UNION ALL SELECT 'D2.2', 'D2', 'Excellent teaching'
	UNION ALL SELECT 'D2.3', 'D2', 'Open classrooms and shared practice'
	UNION ALL SELECT 'D2.4', 'D2', 'Staff development'
	UNION ALL SELECT 'D2.5', 'D2', 'Talent and succession'
	UNION ALL SELECT 'D2.6', 'D2', 'Staff accountable for conduct and practice'
	UNION ALL SELECT 'D3.1', 'D3', 'Efficient systems and organisation'
	UNION ALL SELECT 'D3.2', 'D3', 'A safe, calm environment; safeguarding'
	UNION ALL SELECT 'D3.3', 'D3', 'Fair performance management of all staff'
	UNION ALL SELECT 'D3.4', 'D3', 'Strong governance'
	UNION ALL SELECT 'D3.5', 'D3', 'Curriculum-led financial planning'
	UNION ALL SELECT 'D3.6', 'D3', 'Distributed leadership'
	UNION ALL SELECT 'D4.1', 'D4', 'Working with other schools'
	UNION ALL SELECT 'D4.2', 'D4', 'Partnership with other public services'
	UNION ALL SELECT 'D4.3', 'D4', 'Research-informed challenge'
	UNION ALL SELECT 'D4.4', 'D4', 'Shaping the teaching profession'
	UNION ALL SELECT 'D4.5', 'D4', 'Innovation in improvement and governance'
	UNION ALL SELECT 'D4.6', 'D4', 'Influencing beyond the school') s
	JOIN standard p ON p.framework_id = f.id AND p.number = s.parent
WHERE f.code = 'headteachers';
