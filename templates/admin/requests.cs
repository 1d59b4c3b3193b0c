<?cs include:"error_summary.cs" ?>
<h1>Requests for a different reviewer</h1>
<?cs if:Form.Notice ?><p class="notice" role="status"><?cs var:Form.Notice ?></p><?cs /if ?>
<p>Members of staff may ask for a different reviewer, with their reasons. Grant a request by choosing the new reviewer (within the school's limit of reviewees per reviewer), or refuse it with a reason. The reviewee sees your decision; the appraisal carries on where it is.</p>
<h2>Waiting for a decision</h2>
<?cs if:Pending.0.Id ?>
<?cs each:r = Pending ?>
<section class="card" aria-labelledby="request-<?cs var:r.Id ?>-heading">
<h3 id="request-<?cs var:r.Id ?>-heading"><?cs var:r.Reviewee ?></h3>
<dl class="facts">
<dt>Cycle</dt><dd><?cs var:r.Cycle ?></dd>
<dt>Reviewer now</dt><dd><?cs alt:r.Reviewer ?>None<?cs /alt ?></dd>
<dt>Asked on</dt><dd><?cs var:r.Sent ?></dd>
<dt>Reasons</dt><dd><?cs var:r.Reason ?></dd>
</dl>
<form method="post" action="<?cs var:Site.Prefix ?>admin/reviewer-requests/<?cs var:r.Id ?>" novalidate class="step">
<input type="hidden" name="csrf" value="<?cs var:CSRF ?>">
<input type="hidden" name="version" value="<?cs var:r.Version ?>">
<div class="field<?cs if:r.Error.decision ?> field-error<?cs /if ?>">
<fieldset id="decision-<?cs var:r.Id ?>"<?cs if:r.Error.decision ?> aria-describedby="decision-<?cs var:r.Id ?>-error"<?cs /if ?>>
<legend>Decision on <?cs var:r.Reviewee ?>'s request</legend>
<?cs if:r.Error.decision ?><p id="decision-<?cs var:r.Id ?>-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:r.Error.decision ?></p><?cs /if ?>
<div class="choice"><input type="radio" id="decision-<?cs var:r.Id ?>-grant" name="decision" value="grant"<?cs if:r.Typed.decision == "grant" ?> checked<?cs /if ?>><label for="decision-<?cs var:r.Id ?>-grant">Grant: change the reviewer</label></div>
<div class="choice"><input type="radio" id="decision-<?cs var:r.Id ?>-refuse" name="decision" value="refuse"<?cs if:r.Typed.decision == "refuse" ?> checked<?cs /if ?>><label for="decision-<?cs var:r.Id ?>-refuse">Refuse</label></div>
</fieldset>
</div>
<div class="field<?cs if:r.Error.reviewer ?> field-error<?cs /if ?>">
<label for="reviewer-<?cs var:r.Id ?>">New reviewer (when granting)</label>
<?cs if:r.Error.reviewer ?><p id="reviewer-<?cs var:r.Id ?>-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:r.Error.reviewer ?></p><?cs /if ?>
<select id="reviewer-<?cs var:r.Id ?>" name="reviewer"<?cs if:r.Error.reviewer ?> aria-describedby="reviewer-<?cs var:r.Id ?>-error" aria-invalid="true"<?cs /if ?>>
<option value="">Choose</option>
<?cs each:p = Reviewers ?><?cs if:p.Id != r.RevieweeId ?><option value="<?cs var:p.Id ?>"<?cs if:r.Typed.reviewer == p.Id ?> selected<?cs /if ?>><?cs var:p.Name ?></option><?cs /if ?>
<?cs /each ?></select>
</div>
<div class="field<?cs if:r.Error.reason ?> field-error<?cs /if ?>">
<label for="reason-<?cs var:r.Id ?>">Your reason (needed when refusing)</label>
<?cs if:r.Error.reason ?><p id="reason-<?cs var:r.Id ?>-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:r.Error.reason ?></p><?cs /if ?>
<textarea id="reason-<?cs var:r.Id ?>" name="reason" rows="3"<?cs if:r.Error.reason ?> aria-describedby="reason-<?cs var:r.Id ?>-error" aria-invalid="true"<?cs /if ?>><?cs var:r.Typed.reason ?></textarea>
</div>
<button type="submit" class="button">Record the decision<span class="visually-hidden"> on <?cs var:r.Reviewee ?>'s request</span></button>
</form>
</section>
<?cs /each ?>
<?cs else ?>
<p class="empty">No requests are waiting.</p>
<?cs /if ?>
<h2>Decided recently</h2>
<?cs if:Decided.0.Id ?>
<div class="table-wrap">
<table>
<caption class="visually-hidden">Requests decided recently, latest first</caption>
<thead><tr><th scope="col">Reviewee</th><th scope="col">Decision</th><th scope="col">Reviewer before</th><th scope="col">Reviewer after</th><th scope="col">Reason</th><th scope="col">Decided</th></tr></thead>
<tbody>
<?cs each:r = Decided ?><tr><th scope="row"><?cs var:r.Reviewee ?></th><td><?cs var:r.StatusLabel ?></td><td><?cs var:r.Old ?></td><td><?cs if:r.Status == "granted" ?><?cs var:r.New ?><?cs else ?><?cs var:r.Old ?><?cs /if ?></td><td><?cs var:r.Decision ?></td><td><?cs var:r.Decided ?> by <?cs var:r.By ?></td></tr>
<?cs /each ?>
</tbody>
</table>
</div>
<?cs else ?>
<p class="empty">None yet.</p>
<?cs /if ?>
