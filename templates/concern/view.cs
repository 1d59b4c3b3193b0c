<?cs include:"error_summary.cs" ?>
<h1>Performance concerns: <?cs var:Concern.Person ?></h1>
<?cs if:Form.Notice ?><p class="notice" role="status"><?cs var:Form.Notice ?></p><?cs /if ?>
<?cs if:Form.Conflict ?><div class="error-summary" role="alert" tabindex="-1"><h2>Not saved: the records changed</h2><p><?cs var:Form.Conflict ?></p></div><?cs /if ?>
<dl class="facts">
<dt>Cycle</dt><dd><?cs var:Concern.Cycle ?></dd>
<dt>Stage of the appraisal</dt><dd><?cs var:Concern.State ?></dd>
</dl>
<?cs if:Concern.Suspended ?><p class="notice">The capability procedure applies: this appraisal is suspended until the headteacher or the performance-management lead resumes it. It then begins again with a new planning meeting.</p><?cs /if ?>
<?cs if:Concern.Mine ?><p>These records are seen by you, the headteacher and the performance-management lead only. Your access log lists every time someone else reads them.</p><?cs else ?><p>Seen by the member of staff, the headteacher and the performance-management lead only. This read is listed in the member of staff's access log.</p><?cs /if ?>

<?cs if:Form.Conflict && ((Typed.Form == "record" && !Can.Record) || (Typed.Form == "outcome" && !Can.Decide) || (Typed.Form == "comment" && !Can.Comment) || (Typed.Form == "resume" && !Can.Resume)) ?>
<section class="card" aria-labelledby="typed-heading">
<h2 id="typed-heading">What you typed (not saved)</h2>
<?cs if:Typed.concerns ?><p class="text"><?cs var:Typed.concerns ?></p><?cs /if ?>
<?cs if:Typed.support ?><p class="text"><?cs var:Typed.support ?></p><?cs /if ?>
<?cs if:Typed.implications ?><p class="text"><?cs var:Typed.implications ?></p><?cs /if ?>
<?cs if:Typed.note ?><p class="text"><?cs var:Typed.note ?></p><?cs /if ?>
<?cs if:Typed.comment ?><p class="text"><?cs var:Typed.comment ?></p><?cs /if ?>
</section>
<?cs /if ?>

<?cs if:Records.0.Id ?>
<?cs each:r = Records ?>
<section class="card" aria-labelledby="record-<?cs var:r.Id ?>">
<h2 id="record-<?cs var:r.Id ?>"><?cs if:r.Open ?>Open concerns<?cs else ?>Concerns<?cs /if ?> recorded by <?cs var:r.By ?> at <?cs var:r.At ?></h2>
<h3>The concerns</h3>
<p class="text"><?cs var:r.Concerns ?></p>
<h3>Support to be given</h3>
<p class="text"><?cs var:r.Support ?></p>
<h3>Progress reviewed on</h3>
<p><?cs var:r.Review ?><?cs if:r.Overdue ?> <strong class="tag tag-overdue">Review overdue</strong><?cs elif:r.DueToday ?> <strong class="tag">Review due today</strong><?cs /if ?></p>
<h3>If performance does not improve</h3>
<p class="text"><?cs var:r.Implications ?></p>
<h3>Comment of the member of staff</h3>
<?cs if:r.Comment ?><p class="text"><?cs var:r.Comment ?></p><p class="small">Written at <?cs var:r.CommentAt ?></p><?cs else ?><p class="empty">No comment.</p><?cs /if ?>
<h3>Outcome</h3>
<?cs if:r.Outcome == "capability" ?><p>The capability procedure applies: written notice given by <?cs var:r.DecidedBy ?> at <?cs var:r.DecidedAt ?>.</p><p class="text"><?cs var:r.OutcomeNote ?></p>
<?cs elif:r.Outcome == "resolved" ?><p>Resolved: recorded by <?cs var:r.DecidedBy ?> at <?cs var:r.DecidedAt ?>; the appraisal goes on as normal.</p><p class="text"><?cs var:r.OutcomeNote ?></p>
<?cs else ?><p class="empty">Not decided yet: progress is reviewed on <?cs var:r.Review ?>.</p><?cs /if ?>
</section>
<?cs /each ?>
<?cs else ?>
<p class="empty">No performance concerns are recorded on this appraisal.</p>
<?cs /if ?>

<?cs if:Can.Comment ?>
<section class="card" aria-labelledby="comment-heading">
<h2 id="comment-heading">Your comment</h2>
<form method="post" action="<?cs var:Site.Prefix ?>concern/<?cs var:Concern.Id ?>/comment" novalidate class="step">
<input type="hidden" name="csrf" value="<?cs var:CSRF ?>">
<input type="hidden" name="version" value="<?cs var:Records.0.Version ?>">
<div class="field<?cs if:Form.Error.comment ?> field-error<?cs /if ?>">
<label for="comment">Your comment on the latest record</label>
<p class="hint" id="comment-hint">The headteacher and the performance-management lead read it. At most 4000 characters.</p>
<?cs if:Form.Error.comment ?><p id="comment-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.comment ?></p><?cs /if ?>
<textarea id="comment" name="comment" rows="4" aria-describedby="comment-hint<?cs if:Form.Error.comment ?> comment-error<?cs /if ?>"><?cs if:Typed.Form == "comment" ?><?cs var:Typed.comment ?><?cs else ?><?cs var:Records.0.Comment ?><?cs /if ?></textarea>
</div>
<button type="submit" class="button"><?cs if:Records.0.Comment ?>Save your changed comment<?cs else ?>Add your comment<?cs /if ?></button>
</form>
</section>
<?cs /if ?>

<?cs if:Can.Decide ?>
<section class="card" aria-labelledby="outcome-heading">
<h2 id="outcome-heading">Outcome of the review of progress</h2>
<form method="post" action="<?cs var:Site.Prefix ?>concern/<?cs var:Concern.Id ?>/outcome" novalidate class="step">
<input type="hidden" name="csrf" value="<?cs var:CSRF ?>">
<input type="hidden" name="version" value="<?cs var:Records.0.Version ?>">
<fieldset class="field<?cs if:Form.Error.outcome ?> field-error<?cs /if ?>">
<legend>After reviewing progress</legend>
<?cs if:Form.Error.outcome ?><p class="error-message" id="outcome-error"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.outcome ?></p><?cs /if ?>
<div class="choice"><input type="radio" id="outcome" name="outcome" value="resolved"<?cs if:Typed.outcome == "resolved" ?> checked<?cs /if ?>><label for="outcome">Resolved: enough improvement; the appraisal goes on as normal</label></div>
<div class="choice"><input type="radio" id="outcome-capability" name="outcome" value="capability"<?cs if:Typed.outcome == "capability" ?> checked<?cs /if ?>><label for="outcome-capability">Not enough improvement: give written notice that the capability procedure now applies (the appraisal is suspended)</label></div>
</fieldset>
<div class="field<?cs if:Form.Error.note ?> field-error<?cs /if ?>">
<label for="note">What the review found, or the written notice</label>
<p class="hint" id="note-hint">The member of staff reads it here. At most 4000 characters.</p>
<?cs if:Form.Error.note ?><p id="note-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.note ?></p><?cs /if ?>
<textarea id="note" name="note" rows="5" aria-describedby="note-hint<?cs if:Form.Error.note ?> note-error<?cs /if ?>"><?cs if:Typed.Form == "outcome" ?><?cs var:Typed.note ?><?cs /if ?></textarea>
</div>
<button type="submit" class="button">Record the outcome</button>
</form>
</section>
<?cs /if ?>

<?cs if:Can.Resume ?>
<section class="card" aria-labelledby="resume-heading">
<h2 id="resume-heading">Resume the appraisal</h2>
<p>When performance is satisfactory again, resume the appraisal: it goes back to "not started" and begins again with a new planning meeting. The staff details stop saying the capability procedure applies.</p>
<form method="post" action="<?cs var:Site.Prefix ?>concern/<?cs var:Concern.Id ?>/resume" novalidate class="step">
<input type="hidden" name="csrf" value="<?cs var:CSRF ?>">
<input type="hidden" name="version" value="<?cs var:Concern.Version ?>">
<div class="field<?cs if:Form.Error.note ?> field-error<?cs /if ?>">
<label for="resume-note">Why the appraisal resumes</label>
<?cs if:Form.Error.note ?><p id="note-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.note ?></p><?cs /if ?>
<textarea id="resume-note" name="note" rows="3"><?cs if:Typed.Form == "resume" ?><?cs var:Typed.note ?><?cs /if ?></textarea>
</div>
<button type="submit" class="button">Resume the appraisal</button>
</form>
</section>
<?cs /if ?>

<?cs if:Can.Record ?>
<section class="card" aria-labelledby="record-heading">
<h2 id="record-heading">Record concerns (the informal stage)</h2>
<p>After meeting the member of staff: what the concerns are, the support they will have, when progress is reviewed and what follows if it does not improve. They see this record and may comment.</p>
<form method="post" action="<?cs var:Site.Prefix ?>concern/<?cs var:Concern.Id ?>" novalidate class="step">
<input type="hidden" name="csrf" value="<?cs var:CSRF ?>">
<input type="hidden" name="version" value="<?cs var:Concern.Version ?>">
<div class="field<?cs if:Form.Error.concerns ?> field-error<?cs /if ?>">
<label for="concerns">The concerns, and how serious they are</label>
<?cs if:Form.Error.concerns ?><p id="concerns-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.concerns ?></p><?cs /if ?>
<textarea id="concerns" name="concerns" rows="5"><?cs if:Typed.Form == "record" ?><?cs var:Typed.concerns ?><?cs /if ?></textarea>
</div>
<div class="field<?cs if:Form.Error.support ?> field-error<?cs /if ?>">
<label for="support">Support to be given</label>
<?cs if:Form.Error.support ?><p id="support-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.support ?></p><?cs /if ?>
<textarea id="support" name="support" rows="4"><?cs if:Typed.Form == "record" ?><?cs var:Typed.support ?><?cs /if ?></textarea>
</div>
<div class="field<?cs if:Form.Error.review_day ?> field-error<?cs /if ?>">
<label for="review_day">Day progress will be reviewed</label>
<?cs if:Form.Error.review_day ?><p id="review_day-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.review_day ?></p><?cs /if ?>
<input class="short" type="date" id="review_day" name="review_day" min="<?cs var:Concern.Today ?>" value="<?cs if:Typed.Form == "record" ?><?cs var:Typed.review_day ?><?cs /if ?>">
</div>
<div class="field<?cs if:Form.Error.implications ?> field-error<?cs /if ?>">
<label for="implications">What follows if performance does not improve</label>
<?cs if:Form.Error.implications ?><p id="implications-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.implications ?></p><?cs /if ?>
<textarea id="implications" name="implications" rows="3"><?cs if:Typed.Form == "record" ?><?cs var:Typed.implications ?><?cs /if ?></textarea>
</div>
<button type="submit" class="button">Record the concerns</button>
</form>
</section>
<?cs /if ?>
<p><a href="<?cs var:Site.Prefix ?>">Back to your dashboard</a></p>
