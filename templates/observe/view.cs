<?cs include:"error_summary.cs" ?>
<h1>Observations of <?cs var:Obs.Reviewee ?></h1>
<?cs if:Form.Notice ?><p class="notice" role="status"><?cs var:Form.Notice ?></p><?cs /if ?>
<?cs if:!Obs.ReadAll ?><p class="notice">You see the records you made as an observer, and nothing else of this appraisal. <?cs var:Obs.Reviewee ?> can see that you opened them.</p><?cs /if ?>
<?cs if:Obs.IsReviewee ?><p><a href="<?cs var:Site.Prefix ?>access/<?cs var:Obs.Id ?>/log">Who else has opened your appraisal</a></p><?cs /if ?>
<?cs if:Obs.Concerns ?><p><a href="<?cs var:Site.Prefix ?>concern/<?cs var:Obs.Id ?>">Performance concerns about <?cs var:Obs.Reviewee ?></a> (the informal stage and the transition to capability; seen by them, the headteacher and the performance-management lead only)</p><?cs /if ?>
<dl class="facts">
<dt>Cycle</dt><dd><?cs var:Obs.Cycle ?></dd>
<?cs if:Obs.ReadAll ?>
<dt>Reviewer</dt><dd><?cs if:string.length(Obs.Reviewer) ?><?cs var:Obs.Reviewer ?><?cs else ?>Not assigned yet<?cs /if ?></dd>
<dt>Stage</dt><dd><?cs var:Obs.State ?></dd>
<dt>Classroom observation for appraisal</dt><dd><?cs if:Obs.NoCap ?><?cs var:Obs.Used ?> so far; the school's policy lets <?cs var:Obs.Reviewee ?> be observed more often than its usual limit<?cs else ?><?cs var:Obs.Used ?> of <?cs var:Obs.Cap ?> used this cycle (the school's limit, pro rata to their hours)<?cs /if ?></dd>
<?cs /if ?>
</dl>

<section class="card" aria-labelledby="lessons-heading">
<h2 id="lessons-heading">Classroom observations and visits</h2>
<?cs if:Lessons.0.Id ?>
<?cs each:r = Lessons ?>
<article class="record" id="record-<?cs var:r.Id ?>" aria-labelledby="record-<?cs var:r.Id ?>-heading">
<h3 id="record-<?cs var:r.Id ?>-heading"><?cs var:r.Kind ?>, <?cs var:r.Day ?></h3>
<dl class="facts">
<dt>Class</dt><dd><?cs var:r.Class ?></dd>
<?cs if:r.Minutes ?><dt>Length</dt><dd><?cs var:r.Minutes ?></dd><?cs /if ?>
<?cs if:r.Focus ?><dt>Focus</dt><dd class="text"><?cs var:r.Focus ?></dd><?cs /if ?>
<dt>Observer</dt><dd><?cs var:r.Observer ?></dd>
<?cs if:r.Notice ?><dt>Teacher told on</dt><dd><?cs var:r.Notice ?></dd><?cs /if ?>
<?cs if:r.OralDay ?><dt>Oral feedback</dt><dd>Given on <?cs var:r.OralDay ?></dd><?cs elif:r.OralDue ?><dt>Oral feedback</dt><dd>Due by <?cs var:r.OralDue ?><?cs if:r.OralOverdue ?> <strong class="tag tag-overdue">Overdue</strong><?cs /if ?></dd><?cs /if ?>
<?cs if:r.WrittenDay ?><dt>Written feedback</dt><dd class="text"><?cs var:r.Feedback ?> <span class="small">(<?cs var:r.WrittenDay ?>)</span></dd><?cs elif:r.WrittenDue ?><dt>Written feedback</dt><dd>Due by <?cs var:r.WrittenDue ?><?cs if:r.WrittenOverdue ?> <strong class="tag tag-overdue">Overdue</strong><?cs /if ?></dd><?cs /if ?>
<dt>For appraisal</dt><dd><?cs var:r.Standing ?><?cs if:r.Revision ?> Revision requested on <?cs var:r.Revision ?>.<?cs /if ?></dd>
<?cs if:r.Comment ?><dt>The teacher's comments</dt><dd class="text"><?cs var:r.Comment ?> <span class="small">(<?cs var:r.CommentAt ?>)</span></dd><?cs /if ?>
</dl>
<?cs if:r.CanOral ?>
<?cs set:fid = "oral_day-" + r.Id ?><?cs if:Target == r.Id ?><?cs set:fid = "oral_day" ?><?cs /if ?>
<form method="post" action="<?cs var:Site.Prefix ?>observe/<?cs var:Obs.Id ?>/oral" novalidate class="step">
<input type="hidden" name="csrf" value="<?cs var:CSRF ?>">
<input type="hidden" name="obs" value="<?cs var:r.Id ?>">
<input type="hidden" name="version" value="<?cs var:r.Version ?>">
<div class="field<?cs if:Target == r.Id && Form.Error.oral_day ?> field-error<?cs /if ?>">
<label for="<?cs var:fid ?>">Day oral feedback was given</label>
<?cs if:Target == r.Id && Form.Error.oral_day ?><p id="oral_day-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.oral_day ?></p><?cs /if ?>
<input class="short" type="date" id="<?cs var:fid ?>" name="oral_day" max="<?cs var:Obs.Today ?>" value="<?cs if:Target == r.Id ?><?cs var:Typed.oral_day ?><?cs /if ?>">
</div>
<button type="submit" class="button">Record oral feedback</button>
</form>
<?cs /if ?>
<?cs include:"observe/feedback_forms.cs" ?>
</article>
<?cs /each ?>
<?cs else ?>
<p class="empty">None recorded yet.</p>
<?cs /if ?>
</section>

<section class="card" aria-labelledby="looks-heading">
<h2 id="looks-heading">Drop-ins and work scrutiny</h2>
<?cs if:Looks.0.Id ?>
<?cs each:r = Looks ?>
<article class="record" id="record-<?cs var:r.Id ?>" aria-labelledby="record-<?cs var:r.Id ?>-heading">
<h3 id="record-<?cs var:r.Id ?>-heading"><?cs var:r.Kind ?>, <?cs var:r.Day ?></h3>
<dl class="facts">
<dt>Class</dt><dd><?cs var:r.Class ?></dd>
<?cs if:r.Focus ?><dt>Focus</dt><dd class="text"><?cs var:r.Focus ?></dd><?cs /if ?>
<dt>Observer</dt><dd><?cs var:r.Observer ?></dd>
<?cs if:r.WrittenDay ?><dt>Written feedback</dt><dd class="text"><?cs var:r.Feedback ?> <span class="small">(<?cs var:r.WrittenDay ?>)</span></dd><?cs elif:r.WrittenDue ?><dt>Written feedback</dt><dd>Due by <?cs var:r.WrittenDue ?><?cs if:r.WrittenOverdue ?> <strong class="tag tag-overdue">Overdue</strong><?cs /if ?></dd><?cs /if ?>
<dt>For appraisal</dt><dd><?cs var:r.Standing ?><?cs if:r.Revision ?> Revision requested on <?cs var:r.Revision ?>.<?cs /if ?></dd>
<?cs if:r.Comment ?><dt>The teacher's comments</dt><dd class="text"><?cs var:r.Comment ?> <span class="small">(<?cs var:r.CommentAt ?>)</span></dd><?cs /if ?>
</dl>
<?cs include:"observe/feedback_forms.cs" ?>
<?cs if:r.CanLink && Obs.RevisionDay ?>
<form method="post" action="<?cs var:Site.Prefix ?>observe/<?cs var:Obs.Id ?>/link" novalidate class="inline-form">
<input type="hidden" name="csrf" value="<?cs var:CSRF ?>">
<input type="hidden" name="obs" value="<?cs var:r.Id ?>">
<input type="hidden" name="version" value="<?cs var:r.Version ?>">
<button type="submit" class="button">It led to the revision requested on <?cs var:Obs.RevisionDay ?></button>
</form>
<?cs /if ?>
</article>
<?cs /each ?>
<?cs else ?>
<p class="empty">None recorded yet.</p>
<?cs /if ?>
</section>

<?cs if:Obs.CanRecord ?>
<section class="card" aria-labelledby="record-heading">
<h2 id="record-heading">Record a classroom observation or visit</h2>
<form method="post" action="<?cs var:Site.Prefix ?>observe/<?cs var:Obs.Id ?>/record" novalidate class="step">
<input type="hidden" name="csrf" value="<?cs var:CSRF ?>">
<div class="field<?cs if:Form.Error.kind ?> field-error<?cs /if ?>">
<label for="kind">Kind</label>
<p class="hint" id="kind-hint">Inspections and improvement visits are recorded, but they do not count towards the limit and are not appraisal evidence.</p>
<?cs if:Form.Error.kind ?><p id="kind-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.kind ?></p><?cs /if ?>
<select id="kind" name="kind" aria-describedby="kind-hint<?cs if:Form.Error.kind ?> kind-error<?cs /if ?>">
<?cs each:k = LessonKinds ?><option value="<?cs var:k.Word ?>"<?cs if:Typed.kind == k.Word ?> selected<?cs /if ?>><?cs var:k.Label ?></option>
<?cs /each ?></select>
</div>
<div class="field<?cs if:Form.Error.day ?> field-error<?cs /if ?>">
<label for="day">Date of the observation</label>
<?cs if:Form.Error.day ?><p id="day-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.day ?></p><?cs /if ?>
<input class="short" type="date" id="day" name="day" max="<?cs var:Obs.Today ?>" value="<?cs var:Typed.day ?>"<?cs if:Form.Error.day ?> aria-describedby="day-error"<?cs /if ?>>
</div>
<div class="field<?cs if:Form.Error.class ?> field-error<?cs /if ?>">
<label for="class">Class or lesson</label>
<?cs if:Form.Error.class ?><p id="class-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.class ?></p><?cs /if ?>
<input type="text" id="class" name="class" value="<?cs var:Typed.class ?>"<?cs if:Form.Error.class ?> aria-describedby="class-error"<?cs /if ?>>
</div>
<div class="field<?cs if:Form.Error.minutes ?> field-error<?cs /if ?>">
<label for="minutes">Length in minutes</label>
<?cs if:Form.Error.minutes ?><p id="minutes-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.minutes ?></p><?cs /if ?>
<input class="short" type="text" inputmode="numeric" id="minutes" name="minutes" value="<?cs var:Typed.minutes ?>"<?cs if:Form.Error.minutes ?> aria-describedby="minutes-error"<?cs /if ?>>
</div>
<div class="field<?cs if:Form.Error.focus ?> field-error<?cs /if ?>">
<label for="focus">Focus</label>
<?cs if:Form.Error.focus ?><p id="focus-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.focus ?></p><?cs /if ?>
<textarea id="focus" name="focus" rows="2"<?cs if:Form.Error.focus ?> aria-describedby="focus-error"<?cs /if ?>><?cs var:Typed.focus ?></textarea>
</div>
<?cs set:pk = "" ?><?cs include:"observe/observer_field.cs" ?>
<div class="field<?cs if:Form.Error.notice ?> field-error<?cs /if ?>">
<label for="notice">Day the teacher was told</label>
<p class="hint" id="notice-hint">For an observation for appraisal: at least <?cs var:Obs.NoticeDays ?> working days before it, on the school's calendar.</p>
<?cs if:Form.Error.notice ?><p id="notice-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.notice ?></p><?cs /if ?>
<input class="short" type="date" id="notice" name="notice" max="<?cs var:Obs.Today ?>" value="<?cs var:Typed.notice ?>" aria-describedby="notice-hint<?cs if:Form.Error.notice ?> notice-error<?cs /if ?>">
</div>
<p class="hint">Oral feedback is due <?cs var:Obs.OralDays ?> working day<?cs if:Obs.OralDays != 1 ?>s<?cs /if ?> after an observation for appraisal, written feedback <?cs var:Obs.WrittenDays ?>.</p>
<button type="submit" class="button">Record the observation</button>
</form>
</section>

<section class="card" aria-labelledby="dropin-heading">
<h2 id="dropin-heading">Record a drop-in or work scrutiny</h2>
<form method="post" action="<?cs var:Site.Prefix ?>observe/<?cs var:Obs.Id ?>/dropin" novalidate class="step">
<input type="hidden" name="csrf" value="<?cs var:CSRF ?>">
<div class="field<?cs if:Form.Error.d_kind ?> field-error<?cs /if ?>">
<label for="d_kind">Kind</label>
<p class="hint" id="d_kind-hint">These count as appraisal evidence only if they lead to a revision of the statement.</p>
<?cs if:Form.Error.d_kind ?><p id="d_kind-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.d_kind ?></p><?cs /if ?>
<select id="d_kind" name="d_kind" aria-describedby="d_kind-hint<?cs if:Form.Error.d_kind ?> d_kind-error<?cs /if ?>">
<?cs each:k = LookKinds ?><option value="<?cs var:k.Word ?>"<?cs if:Typed.d_kind == k.Word ?> selected<?cs /if ?>><?cs var:k.Label ?></option>
<?cs /each ?></select>
</div>
<div class="field<?cs if:Form.Error.d_day ?> field-error<?cs /if ?>">
<label for="d_day">Date</label>
<?cs if:Form.Error.d_day ?><p id="d_day-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.d_day ?></p><?cs /if ?>
<input class="short" type="date" id="d_day" name="d_day" max="<?cs var:Obs.Today ?>" value="<?cs var:Typed.d_day ?>"<?cs if:Form.Error.d_day ?> aria-describedby="d_day-error"<?cs /if ?>>
</div>
<div class="field<?cs if:Form.Error.d_class ?> field-error<?cs /if ?>">
<label for="d_class">Class</label>
<?cs if:Form.Error.d_class ?><p id="d_class-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.d_class ?></p><?cs /if ?>
<input type="text" id="d_class" name="d_class" value="<?cs var:Typed.d_class ?>"<?cs if:Form.Error.d_class ?> aria-describedby="d_class-error"<?cs /if ?>>
</div>
<div class="field<?cs if:Form.Error.d_focus ?> field-error<?cs /if ?>">
<label for="d_focus">Focus</label>
<?cs if:Form.Error.d_focus ?><p id="d_focus-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.d_focus ?></p><?cs /if ?>
<textarea id="d_focus" name="d_focus" rows="2"<?cs if:Form.Error.d_focus ?> aria-describedby="d_focus-error"<?cs /if ?>><?cs var:Typed.d_focus ?></textarea>
</div>
<?cs set:pk = "d_" ?><?cs include:"observe/observer_field.cs" ?>
<div class="field<?cs if:Form.Error.d_feedback ?> field-error<?cs /if ?>">
<label for="d_feedback">Feedback (optional)</label>
<?cs if:Form.Error.d_feedback ?><p id="d_feedback-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.d_feedback ?></p><?cs /if ?>
<textarea id="d_feedback" name="d_feedback" rows="4"<?cs if:Form.Error.d_feedback ?> aria-describedby="d_feedback-error"<?cs /if ?>><?cs var:Typed.d_feedback ?></textarea>
</div>
<button type="submit" class="button">Record it</button>
</form>
</section>
<?cs /if ?>
