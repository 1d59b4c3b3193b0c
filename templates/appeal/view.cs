<?cs include:"error_summary.cs" ?>
<h1>Appeal: <?cs var:Ap.Reviewee ?></h1>
<?cs if:Form.Notice ?><p class="notice" role="status"><?cs var:Form.Notice ?></p><?cs /if ?>
<p><a href="<?cs var:Site.Prefix ?>review/<?cs var:Ap.Id ?>/report">The annual assessment and final report</a> · <a href="<?cs var:Site.Prefix ?>plan/<?cs var:Ap.Id ?>">The planning statement</a></p>
<dl class="facts">
<dt>Cycle</dt><dd><?cs var:Ap.Cycle ?></dd>
<dt>Reviewer</dt><dd><?cs if:string.length(Ap.Reviewer) ?><?cs var:Ap.Reviewer ?><?cs else ?>Not assigned<?cs /if ?></dd>
<dt>Stage</dt><dd><?cs var:Ap.State ?></dd>
<?cs if:Ap.ReportNumber ?><dt>Final report</dt><dd>Version <?cs var:Ap.ReportNumber ?>, issued on <?cs var:Ap.ReportDay ?><?cs if:string.length(Ap.Rating) ?>: <?cs var:Ap.Rating ?><?cs /if ?></dd><?cs /if ?>
</dl>

<?cs if:Window.Open ?>
<section class="card" aria-labelledby="window-heading">
<h2 id="window-heading">Appeal window</h2>
<p><?cs if:Ap.IsReviewee ?>You may appeal<?cs else ?><?cs var:Ap.Reviewee ?> may appeal<?cs /if ?> until <strong><?cs var:Window.Until ?></strong>: <?cs var:Window.DaysLeft ?> working day<?cs if:Window.DaysLeft != 1 ?>s<?cs /if ?> left, today included. After that day the appraisal closes by itself. There is one appeal, however many entries it disputes, and no further appeal after its outcome.</p>
</section>
<?cs elif:string.length(Window.Closed) ?>
<p class="notice">The appeal window closed on <?cs var:Window.Closed ?>, and the appraisal is closed.</p>
<?cs elif:Window.NoReport ?>
<p class="notice">There is no final report to appeal against yet.</p>
<?cs /if ?>

<?cs if:Can.Lodge ?>
<section class="card" aria-labelledby="lodge-heading">
<h2 id="lodge-heading">Lodge an appeal</h2>
<form method="post" action="<?cs var:Site.Prefix ?>appeal/<?cs var:Ap.Id ?>/lodge" novalidate>
<input type="hidden" name="csrf" value="<?cs var:CSRF ?>">
<input type="hidden" name="version" value="<?cs var:Ap.Version ?>">
<fieldset class="field<?cs if:Form.Error.disputed_objectives ?> field-error<?cs /if ?>">
<legend>The entries of the report you dispute</legend>
<?cs if:Form.Error.disputed_objectives ?><p id="disputed_objectives-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.disputed_objectives ?></p><?cs /if ?>
<?cs each:d = Disputable ?>
<div class="choice"><input type="checkbox" id="disputed_<?cs var:d.Word ?>" name="disputed_<?cs var:d.Word ?>" value="1"<?cs if:d.Checked ?> checked<?cs /if ?>><label for="disputed_<?cs var:d.Word ?>"><?cs var:d.Label ?></label></div>
<?cs /each ?>
</fieldset>
<div class="field<?cs if:Form.Error.grounds ?> field-error<?cs /if ?>">
<label for="grounds">The grounds of your appeal</label>
<p class="hint">Set them out in full: they are what the hearing considers.</p>
<?cs if:Form.Error.grounds ?><p id="grounds-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.grounds ?></p><?cs /if ?>
<textarea id="grounds" name="grounds" rows="8"><?cs var:Form.grounds ?></textarea>
</div>
<button type="submit" class="button">Lodge the appeal</button>
</form>
</section>
<?cs /if ?>

<?cs if:Appeal.Lodged ?>
<section class="card" aria-labelledby="appeal-heading">
<h2 id="appeal-heading">The appeal</h2>
<dl class="facts">
<dt>Lodged</dt><dd>By <?cs var:Appeal.Lodger ?> on <?cs var:Appeal.LodgedDay ?></dd>
<dt>Entries disputed</dt><dd><ul><?cs each:d = Disputed ?><li><?cs var:d ?></li><?cs /each ?></ul></dd>
<dt>Grounds</dt><dd class="text"><?cs var:Appeal.Grounds ?></dd>
<dt>Heard by</dt><dd><?cs var:Appeal.Hearer ?><?cs if:string.length(Appeal.HearerName) ?>: <?cs var:Appeal.HearerName ?><?cs /if ?></dd>
<?cs if:string.length(Appeal.HearingDue) ?><dt>Hearing due by</dt><dd><?cs var:Appeal.HearingDue ?><?cs if:Appeal.Overdue ?> <strong class="tag tag-overdue">Overdue</strong><?cs /if ?></dd><?cs /if ?>
</dl>
</section>

<section class="card" aria-labelledby="hearing-heading">
<h2 id="hearing-heading">The hearing</h2>
<?cs if:string.length(Appeal.HearingDay) ?>
<dl class="facts">
<dt>Day</dt><dd><?cs var:Appeal.HearingDay ?><?cs if:string.length(Appeal.HearingTime) ?>, <?cs var:Appeal.HearingTime ?><?cs /if ?></dd>
<?cs if:string.length(Appeal.HearingPlace) ?><dt>Place</dt><dd><?cs var:Appeal.HearingPlace ?></dd><?cs /if ?>
<dt>Companion</dt><dd><?cs if:string.length(Appeal.Companion) ?><?cs var:Appeal.Companion ?><?cs else ?>None named<?cs /if ?></dd>
<?cs if:string.length(Appeal.HeldDay) ?><dt>Held on</dt><dd><?cs var:Appeal.HeldDay ?></dd><dt>Companion attended</dt><dd><?cs var:Appeal.Attended ?></dd><?cs /if ?>
<?cs if:string.length(Appeal.Notes) ?><dt>Notes of the hearing</dt><dd class="text"><?cs var:Appeal.Notes ?></dd><?cs /if ?>
</dl>
<?cs else ?>
<p class="empty">Not arranged yet.</p>
<?cs /if ?>
<?cs if:Can.Hearing ?>
<h3 id="arrange-heading"><?cs if:string.length(Appeal.HearingDay) ?>Move the hearing<?cs else ?>Arrange the hearing<?cs /if ?></h3>
<form method="post" action="<?cs var:Site.Prefix ?>appeal/<?cs var:Ap.Id ?>/hearing" novalidate aria-labelledby="arrange-heading">
<input type="hidden" name="csrf" value="<?cs var:CSRF ?>">
<input type="hidden" name="version" value="<?cs var:Ap.Version ?>">
<input type="hidden" name="appeal_version" value="<?cs var:Appeal.Version ?>">
<div class="field<?cs if:Form.Error.day ?> field-error<?cs /if ?>">
<label for="day">Day of the hearing</label>
<p class="hint">A working day, by <?cs var:Appeal.HearingDue ?>.</p>
<?cs if:Form.Error.day ?><p id="day-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.day ?></p><?cs /if ?>
<input class="short" type="date" id="day" name="day" min="<?cs var:Ap.Today ?>" max="<?cs var:Appeal.HearingDueIso ?>" value="<?cs var:Form.day ?>">
</div>
<div class="field<?cs if:Form.Error.time ?> field-error<?cs /if ?>">
<label for="time">Time (optional)</label>
<?cs if:Form.Error.time ?><p id="time-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.time ?></p><?cs /if ?>
<input class="short" type="text" id="time" name="time" value="<?cs var:Form.time ?>">
</div>
<div class="field<?cs if:Form.Error.place ?> field-error<?cs /if ?>">
<label for="place">Place (optional)</label>
<?cs if:Form.Error.place ?><p id="place-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.place ?></p><?cs /if ?>
<input type="text" id="place" name="place" value="<?cs var:Form.place ?>">
</div>
<div class="field<?cs if:Form.Error.companion ?> field-error<?cs /if ?>">
<label for="companion">Companion or union representative (optional)</label>
<p class="hint">Whoever <?cs var:Ap.Reviewee ?> brings to the hearing.</p>
<?cs if:Form.Error.companion ?><p id="companion-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.companion ?></p><?cs /if ?>
<input type="text" id="companion" name="companion" value="<?cs var:Form.companion ?>">
</div>
<button type="submit" class="button"><?cs if:string.length(Appeal.HearingDay) ?>Move the hearing<?cs else ?>Arrange the hearing<?cs /if ?></button>
</form>
<?cs /if ?>
<?cs if:Can.Held ?>
<h3 id="held-heading">Record the hearing</h3>
<form method="post" action="<?cs var:Site.Prefix ?>appeal/<?cs var:Ap.Id ?>/held" novalidate aria-labelledby="held-heading">
<input type="hidden" name="csrf" value="<?cs var:CSRF ?>">
<input type="hidden" name="version" value="<?cs var:Ap.Version ?>">
<input type="hidden" name="appeal_version" value="<?cs var:Appeal.Version ?>">
<div class="field<?cs if:Form.Error.held_day ?> field-error<?cs /if ?>">
<label for="held_day">Day the hearing was held</label>
<?cs if:Form.Error.held_day ?><p id="held_day-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.held_day ?></p><?cs /if ?>
<input class="short" type="date" id="held_day" name="held_day" max="<?cs var:Ap.Today ?>" value="<?cs var:Form.held_day ?>">
</div>
<fieldset class="field<?cs if:Form.Error.attended ?> field-error<?cs /if ?>">
<legend>Did a companion come to the hearing?</legend>
<?cs if:Form.Error.attended ?><p id="attended-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.attended ?></p><?cs /if ?>
<div class="choice"><input type="radio" id="attended" name="attended" value="1"<?cs if:Form.attended == "1" ?> checked<?cs /if ?>><label for="attended">Yes</label></div>
<div class="choice"><input type="radio" id="attended-no" name="attended" value="0"<?cs if:Form.attended == "0" ?> checked<?cs /if ?>><label for="attended-no">No</label></div>
</fieldset>
<div class="field<?cs if:Form.Error.notes ?> field-error<?cs /if ?>">
<label for="notes">Notes of the hearing (optional)</label>
<?cs if:Form.Error.notes ?><p id="notes-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.notes ?></p><?cs /if ?>
<textarea id="notes" name="notes" rows="4"><?cs var:Form.notes ?></textarea>
</div>
<button type="submit" class="button">Record the hearing</button>
</form>
<?cs /if ?>
</section>

<section class="card" aria-labelledby="outcome-heading">
<h2 id="outcome-heading">Outcome</h2>
<?cs if:string.length(Appeal.Outcome) ?>
<dl class="facts">
<dt>Outcome</dt><dd><?cs var:Appeal.Outcome ?></dd>
<dt>Written on</dt><dd><?cs var:Appeal.OutcomeDay ?></dd>
<dt>Reasons</dt><dd class="text"><?cs var:Appeal.Reasons ?></dd>
</dl>
<p class="small">The outcome is final: there is no further appeal.</p>
<?cs elif:string.length(Appeal.OutcomeDue) ?>
<p>Due in writing by <strong><?cs var:Appeal.OutcomeDue ?></strong><?cs if:Appeal.Overdue ?> <strong class="tag tag-overdue">Overdue</strong><?cs /if ?>.</p>
<?cs else ?>
<p class="empty">Written after the hearing.</p>
<?cs /if ?>
<?cs if:Can.Outcome ?>
<form method="post" action="<?cs var:Site.Prefix ?>appeal/<?cs var:Ap.Id ?>/outcome" novalidate>
<input type="hidden" name="csrf" value="<?cs var:CSRF ?>">
<input type="hidden" name="version" value="<?cs var:Ap.Version ?>">
<input type="hidden" name="appeal_version" value="<?cs var:Appeal.Version ?>">
<fieldset class="field<?cs if:Form.Error.outcome ?> field-error<?cs /if ?>">
<legend>The outcome</legend>
<?cs if:Form.Error.outcome ?><p id="outcome-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.outcome ?></p><?cs /if ?>
<?cs each:w = Outcomes ?>
<div class="choice"><input type="radio" id="outcome<?cs if:name(w) != "0" ?>-<?cs var:w.Word ?><?cs /if ?>" name="outcome" value="<?cs var:w.Word ?>"<?cs if:Form.outcome == w.Word ?> checked<?cs /if ?>><label for="outcome<?cs if:name(w) != "0" ?>-<?cs var:w.Word ?><?cs /if ?>"><?cs var:w.Label ?></label></div>
<?cs /each ?>
</fieldset>
<div class="field<?cs if:Form.Error.reasons ?> field-error<?cs /if ?>">
<label for="reasons">The outcome in writing, with its reasons</label>
<?cs if:Form.Error.reasons ?><p id="reasons-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.reasons ?></p><?cs /if ?>
<textarea id="reasons" name="reasons" rows="6"><?cs var:Form.reasons ?></textarea>
</div>
<button type="submit" class="button">Record the outcome</button>
</form>
<?cs /if ?>
</section>
<?cs /if ?>
