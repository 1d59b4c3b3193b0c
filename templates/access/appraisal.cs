<?cs include:"error_summary.cs" ?>
<p class="back"><a href="<?cs var:Site.Prefix ?>access">All access requests</a></p>
<h1>Access to the plan of <?cs var:Acc.Reviewee ?></h1>
<?cs if:Form.Notice ?><p class="notice" role="status"><?cs var:Form.Notice ?></p><?cs /if ?>
<dl class="facts">
<dt>Cycle</dt><dd><?cs var:Acc.Cycle ?></dd>
</dl>
<?cs if:Acc.CanRead ?><p><a href="<?cs var:Site.Prefix ?>plan/<?cs var:Acc.Id ?>">Open the plan of <?cs var:Acc.Reviewee ?></a> (your reading is logged, and <?cs var:Acc.Reviewee ?> can see it).</p><?cs /if ?>

<?cs if:Acc.CanRequest && Acc.Open ?><p class="notice">You have a request waiting for a decision, or access that is still running: see below.</p><?cs /if ?>
<?cs if:Acc.CanRequest && !Acc.Open ?>
<section class="card" aria-labelledby="ask-heading">
<h2 id="ask-heading">Ask to see the plan</h2>
<form method="post" action="<?cs var:Site.Prefix ?>access/<?cs var:Acc.Id ?>/request" novalidate class="step">
<input type="hidden" name="csrf" value="<?cs var:CSRF ?>">
<div class="field<?cs if:Form.Error.why ?> field-error<?cs /if ?>">
<label for="why">Why you need to see the plan</label>
<p class="hint" id="why-hint">The headteacher or the performance-management lead decides. <?cs var:Acc.Reviewee ?> sees your request, the decision and every time you open the plan.</p>
<?cs if:Form.Error.why ?><p id="why-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.why ?></p><?cs /if ?>
<textarea id="why" name="why" rows="4" aria-describedby="why-hint<?cs if:Form.Error.why ?> why-error<?cs /if ?>"><?cs var:Typed.why ?></textarea>
</div>
<button type="submit" class="button">Ask for access</button>
</form>
</section>
<?cs /if ?>

<section class="card" aria-labelledby="requests-heading">
<h2 id="requests-heading"><?cs if:Acc.CanDecide ?>Requests from line managers<?cs else ?>Your requests<?cs /if ?></h2>
<?cs if:Requests.0.Id ?>
<?cs each:g = Requests ?>
<article class="request" aria-labelledby="request-<?cs var:g.Id ?>-heading">
<h3 id="request-<?cs var:g.Id ?>-heading"><?cs var:g.Manager ?>: <?cs var:g.StateLabel ?></h3>
<dl class="facts">
<dt>Asked</dt><dd><?cs var:g.RequestedAt ?></dd>
<dt>Reason given</dt><dd class="text"><?cs var:g.Reason ?></dd>
<?cs if:g.DecidedBy ?><dt>Decided by</dt><dd><?cs var:g.DecidedBy ?>, <?cs var:g.DecidedAt ?></dd><?cs /if ?>
<?cs if:g.DecisionReason ?><dt>Reason for the decision</dt><dd class="text"><?cs var:g.DecisionReason ?></dd><?cs /if ?>
<?cs if:g.WithdrawnBy ?><dt>Withdrawn by</dt><dd><?cs var:g.WithdrawnBy ?>, <?cs var:g.WithdrawnAt ?></dd><dt>Reason for withdrawing</dt><dd class="text"><?cs var:g.WithdrawalReason ?></dd><?cs /if ?>
</dl>
<?cs if:Acc.CanDecide && g.State == "requested" ?>
<form method="post" action="<?cs var:Site.Prefix ?>access/<?cs var:Acc.Id ?>/decide" novalidate class="step">
<input type="hidden" name="csrf" value="<?cs var:CSRF ?>">
<input type="hidden" name="request" value="<?cs var:g.Id ?>">
<input type="hidden" name="version" value="<?cs var:g.Version ?>">
<fieldset class="field<?cs if:Target == g.Id && Form.Error.decision ?> field-error<?cs /if ?>">
<legend>Decision on the request of <?cs var:g.Manager ?></legend>
<?cs if:Target == g.Id && Form.Error.decision ?><p class="error-message" id="decision"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.decision ?></p><?cs /if ?>
<div class="choice"><input type="radio" id="decision-grant-<?cs var:g.Id ?>" name="decision" value="grant"<?cs if:Target != g.Id || Typed.decision != "refuse" ?> checked<?cs /if ?>><label for="decision-grant-<?cs var:g.Id ?>">Grant access to the plan</label></div>
<div class="choice"><input type="radio" id="decision-refuse-<?cs var:g.Id ?>" name="decision" value="refuse"<?cs if:Target == g.Id && Typed.decision == "refuse" ?> checked<?cs /if ?>><label for="decision-refuse-<?cs var:g.Id ?>">Refuse</label></div>
</fieldset>
<div class="field<?cs if:Target == g.Id && Form.Error.until ?> field-error<?cs /if ?>">
<label for="until<?cs if:Target != g.Id ?>-<?cs var:g.Id ?><?cs /if ?>">Access ends after (optional, when granting)</label>
<p class="hint" id="until-hint-<?cs var:g.Id ?>">The last day the line manager can read the plan. Leave empty for no end date; you can withdraw access at any time.</p>
<?cs if:Target == g.Id && Form.Error.until ?><p id="until-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.until ?></p><?cs /if ?>
<input class="short" type="date" id="until<?cs if:Target != g.Id ?>-<?cs var:g.Id ?><?cs /if ?>" name="until" value="<?cs if:Target == g.Id ?><?cs var:Typed.until ?><?cs /if ?>" aria-describedby="until-hint-<?cs var:g.Id ?><?cs if:Target == g.Id && Form.Error.until ?> until-error<?cs /if ?>">
</div>
<div class="field<?cs if:Target == g.Id && Form.Error.reason ?> field-error<?cs /if ?>">
<label for="reason<?cs if:Target != g.Id ?>-<?cs var:g.Id ?><?cs /if ?>">Reason for the decision (needed when refusing)</label>
<?cs if:Target == g.Id && Form.Error.reason ?><p id="reason-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.reason ?></p><?cs /if ?>
<textarea id="reason<?cs if:Target != g.Id ?>-<?cs var:g.Id ?><?cs /if ?>" name="reason" rows="3"<?cs if:Target == g.Id && Form.Error.reason ?> aria-describedby="reason-error"<?cs /if ?>><?cs if:Target == g.Id ?><?cs var:Typed.reason ?><?cs /if ?></textarea>
</div>
<button type="submit" class="button">Record the decision<span class="visually-hidden"> on the request of <?cs var:g.Manager ?></span></button>
</form>
<?cs /if ?>
<?cs if:!Acc.CanDecide && Acc.CanRequest && g.State == "requested" ?>
<form method="post" action="<?cs var:Site.Prefix ?>access/<?cs var:Acc.Id ?>/cancel" class="step">
<input type="hidden" name="csrf" value="<?cs var:CSRF ?>">
<input type="hidden" name="request" value="<?cs var:g.Id ?>">
<input type="hidden" name="version" value="<?cs var:g.Version ?>">
<p>Asked by mistake, or no longer needed? Taking the request back tells <?cs var:Acc.Reviewee ?> and the headteacher that it was withdrawn.</p>
<button type="submit" class="button">Take back this request</button>
</form>
<?cs /if ?>
<?cs if:Acc.CanDecide && g.Running ?>
<form method="post" action="<?cs var:Site.Prefix ?>access/<?cs var:Acc.Id ?>/withdraw" novalidate class="step">
<input type="hidden" name="csrf" value="<?cs var:CSRF ?>">
<input type="hidden" name="request" value="<?cs var:g.Id ?>">
<input type="hidden" name="version" value="<?cs var:g.Version ?>">
<div class="field<?cs if:Target == g.Id && Form.Error.wreason ?> field-error<?cs /if ?>">
<label for="wreason<?cs if:Target != g.Id ?>-<?cs var:g.Id ?><?cs /if ?>">Reason for withdrawing the access of <?cs var:g.Manager ?></label>
<?cs if:Target == g.Id && Form.Error.wreason ?><p id="wreason-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.wreason ?></p><?cs /if ?>
<textarea id="wreason<?cs if:Target != g.Id ?>-<?cs var:g.Id ?><?cs /if ?>" name="wreason" rows="2"<?cs if:Target == g.Id && Form.Error.wreason ?> aria-describedby="wreason-error"<?cs /if ?>><?cs if:Target == g.Id ?><?cs var:Typed.wreason ?><?cs /if ?></textarea>
</div>
<button type="submit" class="button">Withdraw access<span class="visually-hidden"> of <?cs var:g.Manager ?></span></button>
</form>
<?cs /if ?>
</article>
<?cs /each ?>
<?cs else ?>
<p class="empty"><?cs if:Acc.CanDecide ?>No line manager has asked for access to this plan.<?cs else ?>You have not asked for access to this plan.<?cs /if ?></p>
<?cs /if ?>
</section>
