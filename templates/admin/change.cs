<?cs include:"error_summary.cs" ?>
<h1>Ask for a different reviewer</h1>
<?cs if:Form.Notice ?><p class="notice" role="status"><?cs var:Form.Notice ?></p><?cs /if ?>
<dl class="facts">
<dt>Cycle</dt><dd><?cs var:Change.Cycle ?></dd>
<dt>Your reviewer</dt><dd><?cs if:string.length(Change.Reviewer) ?><?cs var:Change.Reviewer ?><?cs else ?>Not assigned yet<?cs /if ?></dd>
</dl>
<?cs if:Change.Pending ?>
<p>Your request is with the headteacher. You will see their decision here.</p>
<?cs else ?>
<form method="post" action="<?cs var:Site.Prefix ?>admin/change-reviewer/<?cs var:Change.Id ?>" novalidate class="step">
<input type="hidden" name="csrf" value="<?cs var:CSRF ?>">
<div class="field<?cs if:Form.Error.reason ?> field-error<?cs /if ?>">
<label for="reason">Why would you like a different reviewer?</label>
<p class="hint" id="reason-hint">The headteacher reads your reasons and decides. A change of reviewer does not restart your appraisal.</p>
<?cs if:Form.Error.reason ?><p id="reason-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.reason ?></p><?cs /if ?>
<textarea id="reason" name="reason" rows="6" aria-describedby="reason-hint<?cs if:Form.Error.reason ?> reason-error<?cs /if ?>"><?cs var:Typed.reason ?></textarea>
</div>
<button type="submit" class="button">Send the request</button>
</form>
<?cs /if ?>
<h2>Your requests</h2>
<?cs if:Requests.0.Status ?>
<?cs each:r = Requests ?>
<section class="card" aria-label="Request sent <?cs var:r.Sent ?>">
<dl class="facts">
<dt>Sent</dt><dd><?cs var:r.Sent ?></dd>
<dt>Your reasons</dt><dd><?cs var:r.Reason ?></dd>
<dt>Decision</dt><dd><strong><?cs var:r.StatusLabel ?></strong><?cs if:r.Decided ?> on <?cs var:r.Decided ?><?cs /if ?></dd>
<?cs if:r.Status == "granted" ?><dt>New reviewer</dt><dd><?cs var:r.New ?> (before: <?cs var:r.Old ?>)</dd><?cs /if ?>
<?cs if:r.Decision ?><dt>The headteacher's reason</dt><dd><?cs var:r.Decision ?></dd><?cs /if ?>
</dl>
</section>
<?cs /each ?>
<?cs else ?>
<p class="empty">You have not asked for a different reviewer.</p>
<?cs /if ?>
<p><a href="<?cs var:Site.Prefix ?>">Back to your dashboard</a></p>
