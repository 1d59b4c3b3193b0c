<?cs include:"error_summary.cs" ?>
<h1>Interim review and evidence: <?cs var:Rev.Reviewee ?></h1>
<?cs if:Form.Notice ?><p class="notice" role="status"><?cs var:Form.Notice ?></p><?cs /if ?>
<p><a href="<?cs var:Site.Prefix ?>plan/<?cs var:Rev.Id ?>">The planning statement</a> · <a href="<?cs var:Site.Prefix ?>observe/<?cs var:Rev.Id ?>">Observations</a><?cs if:Rev.IsReviewee ?> · <a href="<?cs var:Site.Prefix ?>access/<?cs var:Rev.Id ?>/log">Who else has opened your appraisal</a><?cs /if ?></p>
<dl class="facts">
<dt>Cycle</dt><dd><?cs var:Rev.Cycle ?></dd>
<dt>Reviewer</dt><dd><?cs if:string.length(Rev.Reviewer) ?><?cs var:Rev.Reviewer ?><?cs else ?>Not assigned yet<?cs /if ?></dd>
<dt>Stage</dt><dd><?cs var:Rev.State ?></dd>
<dt>Interim review due</dt><dd><?cs if:Rev.WindowFrom ?>From <?cs var:Rev.WindowFrom ?> to <?cs var:Rev.WindowTo ?> (the school's window)<?cs else ?>The school's window for interim reviews falls outside this cycle<?cs /if ?><?cs if:Rev.Overdue ?> <strong class="tag tag-overdue">Overdue</strong><?cs /if ?></dd>
<?cs if:Rev.Statement ?><dt>Statement reviewed</dt><dd>Version <?cs var:Rev.Statement ?>, signed</dd><?cs /if ?>
</dl>
<?cs if:!Rev.Monitoring ?><p class="notice">Interim reviews and evidence are recorded while the statement is being monitored, from when it is signed until the annual assessment.</p><?cs /if ?>

<section class="card" aria-labelledby="reviews-heading">
<h2 id="reviews-heading">Interim reviews</h2>
<?cs if:Reviews.0.Id ?>
<?cs each:r = Reviews ?>
<article class="record" id="interim-<?cs var:r.Id ?>" aria-labelledby="interim-<?cs var:r.Id ?>-heading">
<h3 id="interim-<?cs var:r.Id ?>-heading">Interim review held on <?cs var:r.Day ?></h3>
<p class="small">Recorded by <?cs var:r.By ?> at <?cs var:r.At ?>, on version <?cs var:r.Statement ?> of the statement.</p>
<div class="table-wrap">
<table>
<caption class="visually-hidden">Progress on each objective at this review</caption>
<thead><tr><th scope="col">Objective</th><th scope="col">Progress</th><th scope="col">Comment</th></tr></thead>
<tbody>
<?cs each:g = r.Progress ?>
<tr><th scope="row"><?cs var:g.Position ?>. <?cs var:g.Description ?></th><td><?cs var:g.Label ?></td><td class="text"><?cs var:g.Comment ?></td></tr>
<?cs /each ?>
</tbody>
</table>
</div>
<?cs if:r.Comment ?><dl class="facts"><dt>Comment of <?cs var:Rev.Reviewee ?></dt><dd class="text"><?cs var:r.Comment ?> <span class="small">(<?cs var:r.CommentAt ?>)</span></dd></dl><?cs /if ?>
<?cs if:r.CanComment ?>
<?cs set:cid = "comment-" + r.Id ?><?cs if:Target == r.Id ?><?cs set:cid = "comment" ?><?cs /if ?>
<form method="post" action="<?cs var:Site.Prefix ?>review/<?cs var:Rev.Id ?>/comment" novalidate class="step">
<input type="hidden" name="csrf" value="<?cs var:CSRF ?>">
<input type="hidden" name="review" value="<?cs var:r.Id ?>">
<input type="hidden" name="version" value="<?cs var:r.Version ?>">
<div class="field<?cs if:Target == r.Id && Form.Error.comment ?> field-error<?cs /if ?>">
<label for="<?cs var:cid ?>">Your comment on this interim review</label>
<?cs if:Target == r.Id && Form.Error.comment ?><p id="comment-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.comment ?></p><?cs /if ?>
<textarea id="<?cs var:cid ?>" name="comment" rows="4"><?cs if:Target == r.Id ?><?cs var:Typed.comment ?><?cs else ?><?cs var:r.Comment ?><?cs /if ?></textarea>
</div>
<button type="submit" class="button"><?cs if:r.Comment ?>Save your changed comment<?cs else ?>Add your comment<?cs /if ?></button>
</form>
<?cs /if ?>
</article>
<?cs /each ?>
<?cs else ?>
<p class="empty">None recorded yet.</p>
<?cs /if ?>
</section>

<?cs if:Rev.CanWrite ?>
<section class="card" aria-labelledby="interim-form-heading">
<h2 id="interim-form-heading">Record an interim review</h2>
<form method="post" action="<?cs var:Site.Prefix ?>review/<?cs var:Rev.Id ?>/interim" novalidate>
<input type="hidden" name="csrf" value="<?cs var:CSRF ?>">
<input type="hidden" name="version" value="<?cs var:Rev.StatementVersion ?>">
<div class="field<?cs if:Form.Error.held_day ?> field-error<?cs /if ?>">
<label for="held_day">Day the review was held</label>
<?cs if:Form.Error.held_day ?><p id="held_day-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.held_day ?></p><?cs /if ?>
<input class="short" type="date" id="held_day" name="held_day" min="<?cs var:Rev.Starts ?>" max="<?cs var:Rev.Today ?>" value="<?cs var:Typed.held_day ?>">
</div>
<?cs each:o = Objectives ?>
<fieldset class="objective">
<legend>Objective <?cs var:o.Position ?>: <?cs var:o.Description ?></legend>
<p class="small">Success criteria: <?cs var:o.Criteria ?></p>
<fieldset class="field<?cs if:o.ProgressError ?> field-error<?cs /if ?>">
<legend>Progress on objective <?cs var:o.Position ?></legend>
<?cs if:o.ProgressError ?><p id="progress_<?cs var:o.Id ?>-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:o.ProgressError ?></p><?cs /if ?>
<?cs each:w = ProgressWords ?>
<div class="choice"><input type="radio" id="progress_<?cs var:o.Id ?><?cs if:name(w) != "0" ?>-<?cs var:w.Word ?><?cs /if ?>" name="progress_<?cs var:o.Id ?>" value="<?cs var:w.Word ?>"<?cs if:o.TypedProgress == w.Word ?> checked<?cs /if ?>><label for="progress_<?cs var:o.Id ?><?cs if:name(w) != "0" ?>-<?cs var:w.Word ?><?cs /if ?>"><?cs var:w.Label ?></label></div>
<?cs /each ?>
</fieldset>
<div class="field<?cs if:o.CommentError ?> field-error<?cs /if ?>">
<label for="comment_<?cs var:o.Id ?>">Comment on objective <?cs var:o.Position ?></label>
<?cs if:o.CommentError ?><p id="comment_<?cs var:o.Id ?>-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:o.CommentError ?></p><?cs /if ?>
<textarea id="comment_<?cs var:o.Id ?>" name="comment_<?cs var:o.Id ?>" rows="3"><?cs var:o.TypedComment ?></textarea>
</div>
<?cs each:s = o.Support ?>
<fieldset class="field<?cs if:s.Error ?> field-error<?cs /if ?>">
<legend>Support (<?cs var:s.Kind ?>): <?cs var:s.Description ?></legend>
<?cs if:s.Error ?><p id="support_<?cs var:s.Id ?>-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:s.Error ?></p><?cs /if ?>
<?cs set:sv = s.Typed ?><?cs if:!s.Typed && s.Word != "pending" ?><?cs set:sv = s.Word ?><?cs /if ?>
<div class="choice"><input type="radio" id="support_<?cs var:s.Id ?>" name="support_<?cs var:s.Id ?>" value="provided"<?cs if:sv == "provided" ?> checked<?cs /if ?>><label for="support_<?cs var:s.Id ?>">Provided</label></div>
<div class="choice"><input type="radio" id="support_<?cs var:s.Id ?>-no" name="support_<?cs var:s.Id ?>" value="not_provided"<?cs if:sv == "not_provided" ?> checked<?cs /if ?>><label for="support_<?cs var:s.Id ?>-no">Not provided</label></div>
</fieldset>
<?cs /each ?>
</fieldset>
<?cs /each ?>
<button type="submit" class="button">Record the interim review</button>
</form>
</section>
<?cs /if ?>

<section class="card" aria-labelledby="support-heading">
<h2 id="support-heading">Support agreed in the statement</h2>
<?cs set:any = 0 ?>
<?cs each:o = Objectives ?><?cs each:s = o.Support ?><?cs set:any = 1 ?><?cs /each ?><?cs /each ?>
<?cs if:any ?>
<div class="table-wrap">
<table>
<caption class="visually-hidden">Each support item of the statement and whether it was provided</caption>
<thead><tr><th scope="col">Objective</th><th scope="col">Support</th><th scope="col">Provided</th></tr></thead>
<tbody>
<?cs each:o = Objectives ?><?cs each:s = o.Support ?>
<tr><th scope="row"><?cs var:o.Position ?></th><td><?cs var:s.Kind ?>: <?cs var:s.Description ?></td><td><?cs var:s.Status ?></td></tr>
<?cs /each ?><?cs /each ?>
</tbody>
</table>
</div>
<?cs else ?>
<p class="empty">No support recorded in the statement.</p>
<?cs /if ?>
</section>

<section class="card" aria-labelledby="evidence-heading">
<h2 id="evidence-heading">Evidence</h2>
<p class="small">Evidence is added by the reviewer as it is collected, from staff with direct professional knowledge of the work, and <?cs var:Rev.Reviewee ?> sees each item as soon as it is added. Each item says whether it is of a kind agreed at planning.</p>
<?cs if:Evidence.0.Id ?>
<div class="table-wrap">
<table>
<caption class="visually-hidden">Evidence collected this cycle, earliest first</caption>
<thead><tr><th scope="col">Evidence</th><th scope="col">Objective</th><th scope="col">Day</th><th scope="col">Provided by</th><th scope="col">At planning</th></tr></thead>
<tbody>
<?cs each:e = Evidence ?>
<tr id="evidence-<?cs var:e.Id ?>"><th scope="row" class="text"><?cs var:e.Description ?></th><td><?cs var:e.Position ?></td><td><?cs var:e.Day ?></td><td><?cs var:e.Provider ?></td><td><?cs var:e.Agreed ?></td></tr>
<?cs /each ?>
</tbody>
</table>
</div>
<?cs else ?>
<p class="empty">None added yet.</p>
<?cs /if ?>
<?cs if:Rev.CanWrite ?>
<h3 id="evidence-form-heading">Add evidence</h3>
<form method="post" action="<?cs var:Site.Prefix ?>review/<?cs var:Rev.Id ?>/evidence" novalidate aria-labelledby="evidence-form-heading">
<input type="hidden" name="csrf" value="<?cs var:CSRF ?>">
<div class="field<?cs if:Form.Error.e_description ?> field-error<?cs /if ?>">
<label for="e_description">What the evidence is</label>
<?cs if:Form.Error.e_description ?><p id="e_description-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.e_description ?></p><?cs /if ?>
<textarea id="e_description" name="e_description" rows="3"><?cs var:Typed.e_description ?></textarea>
</div>
<div class="field<?cs if:Form.Error.e_objective ?> field-error<?cs /if ?>">
<label for="e_objective">Objective</label>
<?cs if:Form.Error.e_objective ?><p id="e_objective-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.e_objective ?></p><?cs /if ?>
<select id="e_objective" name="e_objective">
<option value="">Choose an objective</option>
<?cs each:o = Objectives ?><option value="<?cs var:o.Id ?>"<?cs if:Typed.e_objective == o.Id ?> selected<?cs /if ?>><?cs var:o.Position ?>. <?cs var:o.Description ?></option>
<?cs /each ?></select>
</div>
<div class="field<?cs if:Form.Error.e_day ?> field-error<?cs /if ?>">
<label for="e_day">Day</label>
<?cs if:Form.Error.e_day ?><p id="e_day-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.e_day ?></p><?cs /if ?>
<input class="short" type="date" id="e_day" name="e_day" min="<?cs var:Rev.Starts ?>" max="<?cs var:Rev.Today ?>" value="<?cs var:Typed.e_day ?>">
</div>
<?cs set:pick_id = "e_provider" ?><?cs set:pick_name = "e_provider_name" ?>
<?cs set:pick_label = "Provided by (a member of staff with direct professional knowledge)" ?><?cs set:pick_choose = "Choose a member of staff" ?><?cs set:pick_which = "provided it" ?>
<?cs set:pick_hint = "The usual people: the reviewer, the headteacher, the leadership team, " + Rev.Reviewee + "'s line managers, and those named in the observation plan or who have observed them." ?>
<?cs include:"staff_pick.cs" ?>
<fieldset class="field<?cs if:Form.Error.e_agreed ?> field-error<?cs /if ?>">
<legend>Was this kind of evidence agreed at planning?</legend>
<?cs if:Form.Error.e_agreed ?><p id="e_agreed-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.e_agreed ?></p><?cs /if ?>
<div class="choice"><input type="radio" id="e_agreed" name="e_agreed" value="1"<?cs if:Typed.e_agreed == "1" ?> checked<?cs /if ?>><label for="e_agreed">Yes, agreed at planning</label></div>
<div class="choice"><input type="radio" id="e_agreed-no" name="e_agreed" value="0"<?cs if:Typed.e_agreed == "0" ?> checked<?cs /if ?>><label for="e_agreed-no">No, not agreed at planning</label></div>
</fieldset>
<button type="submit" class="button">Add the evidence</button>
</form>
<?cs /if ?>
</section>
