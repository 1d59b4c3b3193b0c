<?cs include:"error_summary.cs" ?>
<h1><?cs var:Request.Reviewee ?>'s request for a different reviewer</h1>
<dl class="facts">
<dt>Cycle</dt><dd><?cs var:Request.Cycle ?></dd>
<dt>Reviewer now</dt><dd><?cs if:string.length(Request.Reviewer) ?><?cs var:Request.Reviewer ?><?cs else ?>None<?cs /if ?></dd>
<dt>Asked on</dt><dd><?cs var:Request.Sent ?></dd>
<dt>Reasons</dt><dd><?cs var:Request.Reason ?></dd>
<?cs if:Request.Status != "pending" ?>
<dt>Decision</dt><dd><?cs var:Request.StatusLabel ?><?cs if:Request.New ?>: <?cs var:Request.New ?> reviews<?cs /if ?></dd>
<?cs if:Request.Decision ?><dt>Reason given</dt><dd><?cs var:Request.Decision ?></dd><?cs /if ?>
<?cs /if ?>
</dl>
<?cs if:Request.Status == "pending" ?>
<form method="post" action="<?cs var:Site.Prefix ?>admin/reviewer-requests/<?cs var:Request.Id ?>" novalidate class="step">
<h2>Your decision</h2>
<input type="hidden" name="csrf" value="<?cs var:CSRF ?>">
<input type="hidden" name="version" value="<?cs var:Request.Version ?>">
<div class="field<?cs if:Form.Error.decision ?> field-error<?cs /if ?>">
<fieldset id="decision"<?cs if:Form.Error.decision ?> aria-describedby="decision-error"<?cs /if ?>>
<legend>Grant or refuse the request</legend>
<?cs if:Form.Error.decision ?><p id="decision-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.decision ?></p><?cs /if ?>
<div class="choice"><input type="radio" id="decision-grant" name="decision" value="grant"<?cs if:Typed.decision == "grant" ?> checked<?cs /if ?>><label for="decision-grant">Grant: change the reviewer</label></div>
<div class="choice"><input type="radio" id="decision-refuse" name="decision" value="refuse"<?cs if:Typed.decision == "refuse" ?> checked<?cs /if ?>><label for="decision-refuse">Refuse</label></div>
</fieldset>
</div>
<div class="field<?cs if:Form.Error.reviewer ?> field-error<?cs /if ?>">
<?cs if:Reviewers.Typed ?>
<label for="reviewer">New reviewer (when granting): their user name</label>
<p class="hint" id="reviewer-hint">The school has too many staff to list here: type the reviewer's user name, for example jcarver.</p>
<?cs if:Form.Error.reviewer ?><p id="reviewer-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.reviewer ?></p><?cs /if ?>
<input type="text" id="reviewer" name="reviewer" value="<?cs var:Typed.reviewer ?>" autocomplete="off" spellcheck="false" aria-describedby="reviewer-hint<?cs if:Form.Error.reviewer ?> reviewer-error<?cs /if ?>"<?cs if:Form.Error.reviewer ?> aria-invalid="true"<?cs /if ?>>
<?cs else ?>
<label for="reviewer">New reviewer (when granting)</label>
<?cs if:Form.Error.reviewer ?><p id="reviewer-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.reviewer ?></p><?cs /if ?>
<select id="reviewer" name="reviewer"<?cs if:Form.Error.reviewer ?> aria-describedby="reviewer-error" aria-invalid="true"<?cs /if ?>>
<option value="">Choose</option>
<?cs each:p = Reviewers.List ?><?cs if:p.Id != Request.RevieweeId ?><option value="<?cs var:p.Id ?>"<?cs if:Typed.reviewer == p.Id ?> selected<?cs /if ?>><?cs var:p.Name ?></option><?cs /if ?>
<?cs /each ?></select>
<?cs /if ?>
</div>
<div class="field<?cs if:Form.Error.reason ?> field-error<?cs /if ?>">
<label for="reason">Your reason (needed when refusing; the reviewee sees it)</label>
<?cs if:Form.Error.reason ?><p id="reason-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.reason ?></p><?cs /if ?>
<textarea id="reason" name="reason" rows="4"<?cs if:Form.Error.reason ?> aria-describedby="reason-error" aria-invalid="true"<?cs /if ?>><?cs var:Typed.reason ?></textarea>
</div>
<button type="submit" class="button">Record the decision</button>
</form>
<?cs /if ?>
<p><a href="<?cs var:Site.Prefix ?>admin/reviewer-requests">All requests</a></p>
