"""Who is who in the fictional demo directory (tests/stack/directory)."""
SCHOOL_NAME = "Kestrel Vale Academy"
OTHER_SCHOOL_NAME = "Brackenfield Primary School"

HEAD = "hmorgan"
HEAD_NAME = "Helen Morgan"
PM_LEAD = "dokafor"
HEAD_OF_DEPT = "rpatel"
TEACHER = "ebrennan"
TEACHER_NAME = "Emma Brennan"
TEACHER_TITLE = "Teacher of English"
EARLY_CAREER = "kwhitfield"
PART_TIME = "cwright"
SUPPORT = "ckowalski"
CPD_COORDINATOR = "mpritchard"
IT_ADMIN = "cnolan"
GOVERNOR = "rmarsh"
OTHER_SCHOOL_HEAD = "ptennant"
OTHER_SCHOOL_TEACHER = "gmurray"
NO_GROUPS = "nogroups"
NO_SCHOOL = "noschool"

# People whose log-ins the timing and throttling tests may spoil for a
# few minutes; no other test uses them.
TIMING_USERS = ["bosei", "ifarah"]
THROTTLE_USER = "kbell"
