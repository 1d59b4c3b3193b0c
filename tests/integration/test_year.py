"""A year of monitoring through the pages (SPEC 4.2), twice: for a
full-time teacher (Megan Pritchard: a limit of 3 hours) and for a teacher
at 0.6 FTE (Oliver Walsh, set to 0.6 on the staff form: 1 h 48), both
reviewed by Sarah Fletcher. Observations with the school's notice up to
the limit (the next one refused with its figures), oral and written
feedback, the teacher's comments, a drop-in, the interim review of every
objective and its support, and evidence; the teacher sees each part as it
is recorded. Nothing is written with SQL but the clean-up of the records
this test makes, so that it can run again on the same stack."""
import datetime
import re

import people
from harness import check
from test_observe import (Person as ObservePerson, back_working_days,
                          closures, last_working_day, lesson, newest,
                          record_forms, set_fte, text)
from test_review import Person as ReviewPerson, filled, interim_form

REVIEWER = "sfletcher"


def clear(stack, aid):
    stack.sql("DELETE FROM observation WHERE appraisal_id = ?", aid)
    stack.sql("DELETE FROM evidence WHERE appraisal_id = ?", aid)
    stack.sql("DELETE p FROM interim_progress p JOIN interim_review r ON "
              "r.id = p.review_id WHERE r.appraisal_id = ?", aid)
    stack.sql("DELETE FROM interim_review WHERE appraisal_id = ?", aid)


def year(stack, teacher, lessons, refused, figures):
    aid = int(stack.appraisal_of(teacher))
    clear(stack, aid)
    closed = closures(stack)
    day = last_working_day(closed)
    told = back_working_days(day, 5, closed)
    rv = ObservePerson(stack, REVIEWER, aid)
    me = ObservePerson(stack, teacher, aid)

    # Observations up to the limit, each with five working days' notice;
    # the reviewer observes, and gives the feedback.
    for minutes in lessons:
        r = rv.post("record", lesson(stack, REVIEWER, minutes, day, told))
        check(r.status == 303, "%s: %d min: %r" % (teacher, minutes, r))
        oid, version = newest(stack, aid)
        r = rv.post("oral", {"obs": oid, "version": version,
                             "oral_day": day.isoformat()})
        check(r.status == 303, "oral feedback: %r" % r)
        _, version = newest(stack, aid)
        r = rv.post("written", {"obs": oid, "version": version,
                                "written_day": day.isoformat(),
                                "written": "Clear explanations; more "
                                           "checking of understanding."})
        check(r.status == 303, "written feedback: %r" % r)
        fresh = record_forms(me.page())[oid]
        r = me.post("comment", {"obs": oid, "version": fresh,
                                "comment": "Agreed; the group was new to "
                                           "the topic."})
        check(r.status == 303, "teacher's comment: %r" % r)
    r = rv.post("record", lesson(stack, REVIEWER, refused, day, told))
    check(r.status == 400 and figures in text(r.body),
          "%s: over the limit not refused with %r: %s" % (
              teacher, figures, text(r.body)[:600]))
    # A drop-in, which is not counted against the limit.
    r = rv.post("dropin", {"d_kind": "drop_in", "d_day": day.isoformat(),
                           "d_class": "Year 8 form time",
                           "d_focus": "Routines", "d_feedback":
                           "Calm start; routines well established.",
                           "d_observer": stack.staff_id(REVIEWER)})
    check(r.status == 303, "drop-in: %r" % r)
    seen = text(me.page())
    check("Agreed; the group was new to the topic." in seen and
          "Calm start; routines well established." in seen,
          "the teacher does not see the year's records")

    # The interim review of every objective and its support, then
    # evidence; the teacher sees both at once.
    rr = ReviewPerson(stack, REVIEWER, aid)
    objectives, support, version = interim_form(rr.page())
    check(len(objectives) >= 3, "objectives on the form: %r" % objectives)
    r = rr.post("interim", filled(objectives, support, version, day))
    check(r.status == 303, "interim review: %r" % r)
    page = rr.page()
    objective = re.search(r'<select id="e_objective" name="e_objective">\s*'
                          r'<option value="">[^<]*</option>\s*<option '
                          r'value="(\d+)"', page).group(1)
    r = rr.post("evidence", {"e_objective": objective,
                             "e_day": day.isoformat(),
                             "e_description": "Moderated assessment results "
                                              "for the autumn term",
                             "e_provider": stack.staff_id(people.HEAD),
                             "e_agreed": "1"})
    check(r.status == 303, "evidence: %r" % r)
    mine = text(ReviewPerson(stack, teacher, aid).page())
    check("Objective 1: data from the autumn check." in mine,
          "the teacher does not see the interim review")
    check("Moderated assessment results for the autumn term" in mine,
          "the teacher does not see the evidence")
    rows = stack.sql("SELECT COALESCE(SUM(minutes), 0) FROM observation "
                     "WHERE appraisal_id = ? AND kind = 'appraisal'", aid)
    return int(rows[0][0])


def test_a_year_for_a_full_time_teacher(stack):
    used = year(stack, people.CPD_COORDINATOR, [60, 60, 60], 5,
                "3 h of 3 h used; this one is 5 min")
    check(used == 180, used)


def test_a_year_for_a_teacher_at_three_fifths(stack):
    """0.6 of the school's three hours is 1 h 48 (SPEC 4.2, pro rata)."""
    teacher = "owalsh"
    was = set_fte(stack, teacher, "0.6")
    try:
        used = year(stack, teacher, [60, 45], 30,
                    "1 h 45 of 1 h 48 used; this one is 30 min")
        check(used == 105, used)
    finally:
        set_fte(stack, teacher, was)
