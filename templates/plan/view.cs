<?cs include:"error_summary.cs" ?>
<h1>Appraisal of <?cs var:Plan.Reviewee ?></h1>
<?cs if:Form.Notice ?><p class="notice" role="status"><?cs var:Form.Notice ?></p><?cs /if ?>
<?cs if:Plan.PlanOnly ?><p class="notice">You are reading the plan sections only, as <?cs var:Plan.PlanOnly ?>. <?cs var:Plan.Reviewee ?> can see that you opened it.</p><?cs /if ?>
<?cs if:Plan.IsReviewee ?><p><a href="<?cs var:Site.Prefix ?>access/<?cs var:Plan.Id ?>/log">Who else has opened your appraisal</a></p><?cs /if ?>
<?cs if:Plan.Observe ?><p><a href="<?cs var:Site.Prefix ?>observe/<?cs var:Plan.Id ?>">Observations, drop-ins and work scrutiny</a></p><?cs /if ?>
<?cs if:Form.Conflict ?><div class="error-summary" role="alert" tabindex="-1"><h2>Not saved: the appraisal changed</h2><p><?cs var:Form.Conflict ?></p></div><?cs /if ?>
<dl class="facts">
<dt>Cycle</dt><dd><?cs var:Plan.Cycle ?> (<?cs var:Plan.Starts ?> to <?cs var:Plan.Ends ?>)</dd>
<dt>Reviewer</dt><dd><?cs if:string.length(Plan.Reviewer) ?><?cs var:Plan.Reviewer ?><?cs else ?>Not assigned yet<?cs /if ?></dd>
<dt>Stage</dt><dd><?cs var:Plan.State ?></dd>
<?cs if:Plan.Due ?><dt>Next step due</dt><dd><?cs var:Plan.Due ?><?cs if:Plan.Overdue ?> <strong class="tag tag-overdue">Overdue</strong><?cs /if ?></dd><?cs /if ?>
</dl>
<?cs if:Plan.CanModerate ?><p><a href="<?cs var:Site.Prefix ?>moderate/<?cs var:Plan.Id ?>">Moderate this statement beside those of comparable staff</a></p><?cs /if ?>
<?cs if:Moderation.Outcome ?>
<section class="card" aria-labelledby="moderation-heading">
<h2 id="moderation-heading">Moderation</h2>
<?cs if:Moderation.Outcome == "revise" ?>
<p><?cs var:Moderation.By ?> moderated version <?cs var:Moderation.Version ?> of the statement at <?cs var:Moderation.At ?> and asked for a revised statement, for these reasons:</p>
<p class="text"><?cs var:Moderation.Reasons ?></p>
<p class="small">The reviewer and the reviewee prepare a new version together; the reviewer saves it and both sign it again. It then goes on to monitoring without a second moderation.</p>
<?cs else ?>
<p><?cs var:Moderation.By ?> moderated version <?cs var:Moderation.Version ?> of the statement at <?cs var:Moderation.At ?> and found it consistent and in line with the school's policy: no changes needed.</p>
<?cs if:Moderation.Reasons ?><p class="text"><?cs var:Moderation.Reasons ?></p><?cs /if ?>
<?cs /if ?>
</section>
<?cs /if ?>

<section class="card" aria-labelledby="meeting-heading">
<h2 id="meeting-heading">Planning meeting</h2>
<?cs if:Meeting.Day ?>
<dl class="facts">
<dt>Date</dt><dd><?cs var:Meeting.Day ?><?cs if:Meeting.Time ?>, <?cs var:Meeting.Time ?><?cs /if ?></dd>
<?cs if:Meeting.Place ?><dt>Place</dt><dd><?cs var:Meeting.Place ?></dd><?cs /if ?>
<dt>Held</dt><dd><?cs if:string.length(Meeting.Held) ?><?cs var:Meeting.Held ?><?cs else ?>Not yet<?cs /if ?></dd>
</dl>
<?cs else ?>
<p class="empty">No planning meeting has been arranged yet.</p>
<?cs /if ?>
<?cs if:Plan.Can.arrange_meeting ?>
<form method="post" action="<?cs var:Site.Prefix ?>plan/<?cs var:Plan.Id ?>/meeting" novalidate class="step">
<h3><?cs if:Meeting.Day ?>Move the meeting<?cs else ?>Arrange the planning meeting<?cs /if ?></h3>
<input type="hidden" name="csrf" value="<?cs var:CSRF ?>">
<input type="hidden" name="version" value="<?cs var:Plan.Version ?>">
<div class="field<?cs if:Form.Error.day ?> field-error<?cs /if ?>">
<label for="day">Date</label>
<p class="hint" id="day-hint">At least <?cs var:Plan.NoticeDays ?> working days from today<?cs if:Plan.EarliestMeeting ?>: the earliest is <time datetime="<?cs var:Plan.EarliestMeeting ?>"><?cs var:Plan.EarliestMeetingLabel ?></time><?cs /if ?> (typed as YYYY-MM-DD if your browser asks).</p>
<?cs if:Form.Error.day ?><p id="day-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.day ?></p><?cs /if ?>
<input class="short" type="date" id="day" name="day" value="<?cs var:Typed.day ?>" aria-describedby="day-hint<?cs if:Form.Error.day ?> day-error<?cs /if ?>">
</div>
<div class="field<?cs if:Form.Error.time ?> field-error<?cs /if ?>">
<label for="time">Time (optional)</label>
<?cs if:Form.Error.time ?><p id="time-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.time ?></p><?cs /if ?>
<input class="short" type="text" id="time" name="time" value="<?cs var:Typed.time ?>">
</div>
<div class="field<?cs if:Form.Error.place ?> field-error<?cs /if ?>">
<label for="place">Place (optional)</label>
<?cs if:Form.Error.place ?><p id="place-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.place ?></p><?cs /if ?>
<input type="text" id="place" name="place" value="<?cs var:Typed.place ?>">
</div>
<button type="submit" class="button">Arrange the meeting</button>
</form>
<?cs /if ?>
<?cs if:Plan.Can.hold_meeting ?>
<form method="post" action="<?cs var:Site.Prefix ?>plan/<?cs var:Plan.Id ?>/held" novalidate class="step">
<h3>Record the planning meeting</h3>
<input type="hidden" name="csrf" value="<?cs var:CSRF ?>">
<input type="hidden" name="version" value="<?cs var:Plan.Version ?>">
<div class="field<?cs if:Form.Error.held_on ?> field-error<?cs /if ?>">
<label for="held_on">The meeting was held on</label>
<?cs if:Form.Error.held_on ?><p id="held_on-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.held_on ?></p><?cs /if ?>
<input class="short" type="date" id="held_on" name="held_on" value="<?cs if:string.length(Typed.held_on) ?><?cs var:Typed.held_on ?><?cs else ?><?cs var:Plan.Today ?><?cs /if ?>">
</div>
<button type="submit" class="button">Record the meeting</button>
</form>
<?cs /if ?>
</section>

<section class="card statement" aria-labelledby="statement-heading">
<h2 id="statement-heading">Planning statement<?cs if:Statement.Number ?> (version <?cs var:Statement.Number ?>, <?cs var:Statement.StatusLabel ?>)<?cs /if ?></h2>
<?cs if:Objectives.0.Description ?>
<ol class="objectives">
<?cs each:o = Objectives ?>
<li>
<h3>Objective <?cs var:o.Position ?></h3>
<dl class="facts">
<dt>Objective</dt><dd class="text"><?cs var:o.Description ?></dd>
<dt>Success criteria</dt><dd class="text"><?cs var:o.Criteria ?></dd>
<dt>Timescale</dt><dd><?cs if:o.Timescale == "multi_cycle" ?>Over more than one cycle. By the end of this cycle: <?cs var:o.Expectation ?><?cs else ?>By <?cs var:o.Due ?><?cs /if ?></dd>
<dt>Linked to</dt><dd><?cs if:o.Link == "sip" ?>School improvement plan<?cs elif:o.Link == "dip" ?>Department improvement plan<?cs else ?>No plan<?cs /if ?><?cs if:o.Area ?>: <?cs var:o.Area ?><?cs /if ?></dd>
<dt>Category</dt><dd><?cs var:o.CategoryLabel ?></dd>
<?cs if:o.Determined == "1" ?><dt>Agreement</dt><dd>Determined by the reviewer (not agreed)</dd><?cs /if ?>
<dt>Support</dt><dd><?cs if:o.Support.0.Text ?><ul class="plain"><?cs each:si = o.Support ?><li><?cs var:si.Text ?> (<?cs var:si.KindLabel ?>; <?cs if:si.Provided == "provided" ?>provided<?cs elif:si.Provided == "not_provided" ?>not provided<?cs else ?>not yet recorded<?cs /if ?>)</li><?cs /each ?></ul><?cs else ?>None agreed<?cs /if ?></dd>
</dl>
</li>
<?cs /each ?>
</ol>
<?cs else ?>
<p class="empty">No statement has been drafted yet. The reviewer drafts it after the planning meeting.</p>
<?cs /if ?>
<?cs if:Statement.Number ?>
<h3>Observation plan</h3>
<?cs if:ObsPlan.0.Minutes ?>
<ul class="plain"><?cs each:ob = ObsPlan ?><li><?cs var:ob.Minutes ?> minutes: <?cs var:ob.Purpose ?><?cs if:ob.Focus ?> (focus: <?cs var:ob.Focus ?>)<?cs /if ?><?cs if:ob.When ?>, <?cs var:ob.When ?><?cs /if ?></li><?cs /each ?></ul>
<?cs else ?><p class="empty">No observations planned.</p><?cs /if ?>
<?cs /if ?>
<?cs if:Statement.Comment ?>
<h3>The reviewee's comments</h3>
<p class="text"><?cs var:Statement.Comment ?></p>
<?cs /if ?>
<?cs if:Statement.Number ?>
<h3>Signatures</h3>
<ul class="plain">
<li>Reviewer: <?cs if:Statement.ReviewerSignedAt ?>signed by <?cs var:Statement.ReviewerSignedBy ?> at <?cs var:Statement.ReviewerSignedAt ?><?cs else ?>not signed<?cs /if ?></li>
<li>Reviewee: <?cs if:Statement.RevieweeSignedAt ?>signed by <?cs var:Statement.RevieweeSignedBy ?> at <?cs var:Statement.RevieweeSignedAt ?><?cs else ?>not signed<?cs /if ?></li>
</ul>
<?cs /if ?>

<?cs if:Plan.Can.draft || Plan.Can.redraft || Plan.Can.revise || (Plan.IsReviewer && Statement.Status == "draft") ?>
<?cs if:Plan.Can.revise ?><details class="step"<?cs if:Form.Errors.0.Field || Form.Conflict ?> open<?cs /if ?>><summary>Revise the statement</summary><?cs /if ?>
<form method="post" action="<?cs var:Site.Prefix ?>plan/<?cs var:Plan.Id ?>/statement" novalidate class="step">
<h3><?cs if:Plan.Can.draft ?>Draft the statement<?cs elif:Plan.Can.revise ?>Revise the statement (a new version, signed again by both)<?cs else ?>Edit the draft<?cs /if ?></h3>
<p class="hint">The school's policy asks for <?cs var:Plan.ObjectivesCount ?> objectives. Leave a block empty to fill it in later; the statement can be finalised when all are written.</p>
<input type="hidden" name="csrf" value="<?cs var:CSRF ?>">
<input type="hidden" name="version" value="<?cs var:Plan.Version ?>">
<?cs each:s = Slots ?>
<fieldset class="objective">
<legend>Objective <?cs var:s.N ?></legend>
<?cs set:k = "obj" + s.N + "_description" ?>
<div class="field<?cs if:Form.Error[k] ?> field-error<?cs /if ?>">
<label for="<?cs var:k ?>">What is to be achieved</label>
<?cs if:Form.Error[k] ?><p id="<?cs var:k ?>-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error[k] ?></p><?cs /if ?>
<textarea id="<?cs var:k ?>" name="<?cs var:k ?>" rows="3"><?cs var:s.Description ?></textarea>
</div>
<?cs set:k = "obj" + s.N + "_criteria" ?>
<div class="field<?cs if:Form.Error[k] ?> field-error<?cs /if ?>">
<label for="<?cs var:k ?>">Success criteria: how it will be measured</label>
<?cs if:Form.Error[k] ?><p id="<?cs var:k ?>-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error[k] ?></p><?cs /if ?>
<textarea id="<?cs var:k ?>" name="<?cs var:k ?>" rows="3"><?cs var:s.Criteria ?></textarea>
</div>
<?cs set:k = "obj" + s.N + "_due" ?>
<div class="field<?cs if:Form.Error[k] ?> field-error<?cs /if ?>">
<label for="<?cs var:k ?>">To be achieved by (inside the cycle)</label>
<?cs if:Form.Error[k] ?><p id="<?cs var:k ?>-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error[k] ?></p><?cs /if ?>
<input class="short" type="date" id="<?cs var:k ?>" name="<?cs var:k ?>" value="<?cs var:s.Due ?>">
</div>
<?cs set:k = "obj" + s.N + "_multi" ?>
<div class="choice"><input type="checkbox" id="<?cs var:k ?>" name="<?cs var:k ?>" value="1"<?cs if:s.Multi ?> checked<?cs /if ?>><label for="<?cs var:k ?>">This objective runs over more than one cycle</label></div>
<?cs set:k = "obj" + s.N + "_expectation" ?>
<div class="field<?cs if:Form.Error[k] ?> field-error<?cs /if ?>">
<label for="<?cs var:k ?>">If so, what is expected by the end of this cycle</label>
<?cs if:Form.Error[k] ?><p id="<?cs var:k ?>-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error[k] ?></p><?cs /if ?>
<textarea id="<?cs var:k ?>" name="<?cs var:k ?>" rows="2"><?cs var:s.Expectation ?></textarea>
</div>
<?cs set:k = "obj" + s.N + "_category" ?>
<div class="field<?cs if:Form.Error[k] ?> field-error<?cs /if ?>">
<label for="<?cs var:k ?>">Category</label>
<?cs if:Form.Error[k] ?><p id="<?cs var:k ?>-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error[k] ?></p><?cs /if ?>
<select id="<?cs var:k ?>" name="<?cs var:k ?>">
<?cs each:cat = Categories ?><option value="<?cs var:cat.Word ?>"<?cs if:s.Category == cat.Word ?> selected<?cs /if ?>><?cs var:cat.Label ?></option>
<?cs /each ?></select>
</div>
<?cs set:k = "obj" + s.N + "_link" ?>
<div class="field">
<label for="<?cs var:k ?>">Linked to</label>
<select id="<?cs var:k ?>" name="<?cs var:k ?>">
<option value="sip"<?cs if:s.Link == "sip" ?> selected<?cs /if ?>>School improvement plan</option>
<option value="dip"<?cs if:s.Link == "dip" ?> selected<?cs /if ?>>Department improvement plan</option>
<option value="none"<?cs if:s.Link == "none" ?> selected<?cs /if ?>>No plan</option>
</select>
</div>
<?cs set:k = "obj" + s.N + "_area" ?>
<div class="field">
<label for="<?cs var:k ?>">Area of the plan (optional)</label>
<input type="text" id="<?cs var:k ?>" name="<?cs var:k ?>" value="<?cs var:s.Area ?>">
</div>
<?cs each:sp = s.S ?>
<?cs set:k = "obj" + s.N + "_s" + sp.N + "_text" ?>
<div class="field<?cs if:Form.Error[k] ?> field-error<?cs /if ?>">
<label for="<?cs var:k ?>">Support agreed <?cs var:sp.N ?> (optional)</label>
<?cs if:Form.Error[k] ?><p id="<?cs var:k ?>-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error[k] ?></p><?cs /if ?>
<input type="text" id="<?cs var:k ?>" name="<?cs var:k ?>" value="<?cs var:sp.Text ?>">
</div>
<?cs set:k = "obj" + s.N + "_s" + sp.N + "_kind" ?>
<div class="field<?cs if:Form.Error[k] ?> field-error<?cs /if ?>">
<label for="<?cs var:k ?>">Kind of support <?cs var:sp.N ?></label>
<?cs if:Form.Error[k] ?><p id="<?cs var:k ?>-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error[k] ?></p><?cs /if ?>
<select id="<?cs var:k ?>" name="<?cs var:k ?>">
<?cs each:sk = SupportKinds ?><option value="<?cs var:sk.Word ?>"<?cs if:sp.Kind == sk.Word ?> selected<?cs /if ?>><?cs var:sk.Label ?></option>
<?cs /each ?></select>
</div>
<?cs /each ?>
<?cs set:k = "obj" + s.N + "_determined" ?>
<div class="choice"><input type="checkbox" id="<?cs var:k ?>" name="<?cs var:k ?>" value="1"<?cs if:s.Determined ?> checked<?cs /if ?>><label for="<?cs var:k ?>">Not agreed: I determine this objective as the reviewer</label></div>
</fieldset>
<?cs /each ?>
<fieldset class="objective">
<legend>Observation plan</legend>
<p class="hint"><?cs if:Plan.ObservationCap < 0 ?>The school's policy lets this person be observed more often than its usual limit (first year of early-career teaching, or a support plan about classroom practice).<?cs else ?>At most <?cs var:Plan.ObservationCap ?> minutes in all this cycle for this person (the school's limit, pro rata to their hours).<?cs /if ?> Leave rows empty if none are planned.</p>
<?cs each:ob = ObsSlots ?>
<?cs set:k = "obs" + ob.N + "_minutes" ?>
<div class="field<?cs if:Form.Error[k] ?> field-error<?cs /if ?>">
<label for="<?cs var:k ?>">Observation <?cs var:ob.N ?>: minutes</label>
<?cs if:Form.Error[k] ?><p id="<?cs var:k ?>-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error[k] ?></p><?cs /if ?>
<input class="short" type="text" inputmode="numeric" id="<?cs var:k ?>" name="<?cs var:k ?>" value="<?cs var:ob.Minutes ?>">
</div>
<?cs set:k = "obs" + ob.N + "_purpose" ?>
<div class="field<?cs if:Form.Error[k] ?> field-error<?cs /if ?>">
<label for="<?cs var:k ?>">Observation <?cs var:ob.N ?>: purpose</label>
<?cs if:Form.Error[k] ?><p id="<?cs var:k ?>-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error[k] ?></p><?cs /if ?>
<input type="text" id="<?cs var:k ?>" name="<?cs var:k ?>" value="<?cs var:ob.Purpose ?>">
</div>
<?cs set:k = "obs" + ob.N + "_focus" ?>
<div class="field<?cs if:Form.Error[k] ?> field-error<?cs /if ?>">
<label for="<?cs var:k ?>">Observation <?cs var:ob.N ?>: focus (optional)</label>
<?cs if:Form.Error[k] ?><p id="<?cs var:k ?>-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error[k] ?></p><?cs /if ?>
<input type="text" id="<?cs var:k ?>" name="<?cs var:k ?>" value="<?cs var:ob.Focus ?>">
</div>
<?cs set:k = "obs" + ob.N + "_when" ?>
<div class="field<?cs if:Form.Error[k] ?> field-error<?cs /if ?>">
<label for="<?cs var:k ?>">Observation <?cs var:ob.N ?>: when (optional, e.g. "spring term")</label>
<?cs if:Form.Error[k] ?><p id="<?cs var:k ?>-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error[k] ?></p><?cs /if ?>
<input type="text" id="<?cs var:k ?>" name="<?cs var:k ?>" value="<?cs var:ob.When ?>">
</div>
<?cs /each ?>
</fieldset>
<button type="submit" class="button"><?cs if:Plan.Can.revise ?>Save the new version<?cs else ?>Save the draft<?cs /if ?></button>
</form>
<?cs if:Plan.Can.revise ?></details><?cs /if ?>
<?cs /if ?>

<?cs if:Plan.Can.finalise ?>
<form method="post" action="<?cs var:Site.Prefix ?>plan/<?cs var:Plan.Id ?>/finalise" class="step" id="finalise">
<h3>Finalise the statement</h3>
<?cs if:Form.Error.finalise ?><p class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.finalise ?></p><?cs /if ?>
<p>When the statement is final, you and the reviewee both sign it.</p>
<input type="hidden" name="csrf" value="<?cs var:CSRF ?>">
<input type="hidden" name="version" value="<?cs var:Plan.Version ?>">
<button type="submit" class="button">Finalise the statement</button>
</form>
<?cs /if ?>

<?cs if:Plan.Can.request_changes ?>
<form method="post" action="<?cs var:Site.Prefix ?>plan/<?cs var:Plan.Id ?>/comment" novalidate class="step">
<h3>Comment or ask for changes</h3>
<input type="hidden" name="csrf" value="<?cs var:CSRF ?>">
<input type="hidden" name="version" value="<?cs var:Plan.Version ?>">
<div class="field<?cs if:Form.Error.comment ?> field-error<?cs /if ?>">
<label for="comment">Your comments</label>
<?cs if:Form.Error.comment ?><p id="comment-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.comment ?></p><?cs /if ?>
<textarea id="comment" name="comment" rows="4"><?cs var:Typed.comment ?></textarea>
</div>
<button type="submit" class="button">Send to the reviewer</button>
</form>
<?cs /if ?>

<?cs if:Plan.Can.request_revision ?>
<form method="post" action="<?cs var:Site.Prefix ?>plan/<?cs var:Plan.Id ?>/revision" novalidate class="step">
<h3>Ask for the statement to be revised</h3>
<p>If circumstances change during the cycle, the statement can be revised. The reviewer then writes a new version and you both sign it; this version stays on record.</p>
<input type="hidden" name="csrf" value="<?cs var:CSRF ?>">
<input type="hidden" name="version" value="<?cs var:Plan.Version ?>">
<div class="field<?cs if:Form.Error.reason ?> field-error<?cs /if ?>">
<label for="reason">What should change, and why</label>
<?cs if:Form.Error.reason ?><p id="reason-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.reason ?></p><?cs /if ?>
<textarea id="reason" name="reason" rows="3"><?cs var:Typed.reason ?></textarea>
</div>
<button type="submit" class="button">Ask for a revision</button>
</form>
<?cs /if ?>

<?cs if:Plan.IsReviewer && Statement.Status == "signed" && Objectives.0.Support.0.Id ?>
<form method="post" action="<?cs var:Site.Prefix ?>plan/<?cs var:Plan.Id ?>/support" class="step">
<h3>Record the support provided</h3>
<input type="hidden" name="csrf" value="<?cs var:CSRF ?>">
<input type="hidden" name="version" value="<?cs var:Plan.Version ?>">
<?cs each:o = Objectives ?><?cs each:si = o.Support ?>
<div class="field">
<label for="si_<?cs var:si.Id ?>">Objective <?cs var:o.Position ?>: <?cs var:si.Text ?></label>
<select id="si_<?cs var:si.Id ?>" name="si_<?cs var:si.Id ?>">
<option value="pending"<?cs if:si.Provided == "pending" ?> selected<?cs /if ?>>Not yet recorded</option>
<option value="provided"<?cs if:si.Provided == "provided" ?> selected<?cs /if ?>>Provided</option>
<option value="not_provided"<?cs if:si.Provided == "not_provided" ?> selected<?cs /if ?>>Not provided</option>
</select>
</div>
<?cs /each ?><?cs /each ?>
<button type="submit" class="button">Save</button>
</form>
<?cs /if ?>

<?cs if:Versions.0.Number ?>
<h3>Versions of the statement</h3>
<ul class="plain">
<?cs each:v = Versions ?><li><a href="<?cs var:Site.Prefix ?>plan/<?cs var:Plan.Id ?>/version/<?cs var:v.Number ?>">Version <?cs var:v.Number ?></a>: <?cs var:v.Status ?>, written <?cs var:v.Created ?></li>
<?cs /each ?></ul>
<?cs /if ?>

<?cs if:Plan.Can.sign_reviewer || Plan.Can.sign_reviewee ?>
<form method="post" action="<?cs var:Site.Prefix ?>plan/<?cs var:Plan.Id ?>/sign" class="step">
<h3>Sign the statement</h3>
<p>By signing you confirm version <?cs var:Statement.Number ?> of the statement as shown above. Your name and the time are recorded.</p>
<input type="hidden" name="csrf" value="<?cs var:CSRF ?>">
<input type="hidden" name="version" value="<?cs var:Plan.Version ?>">
<button type="submit" class="button">Sign as <?cs if:Plan.Can.sign_reviewer ?>reviewer<?cs else ?>reviewee<?cs /if ?></button>
</form>
<?cs /if ?>
</section>

<?cs if:History.0.Event ?>
<section class="card" aria-labelledby="history-heading">
<h2 id="history-heading">History</h2>
<div class="table-wrap">
<table>
<caption class="visually-hidden">Steps taken in this appraisal, oldest first</caption>
<thead><tr><th scope="col">When</th><th scope="col">Step</th><th scope="col">By</th><th scope="col">Note</th></tr></thead>
<tbody>
<?cs each:h = History ?><tr><td><?cs var:h.At ?></td><td><?cs var:h.Event ?></td><td><?cs if:string.length(h.Who) ?><?cs var:h.Who ?><?cs else ?>Automatic<?cs /if ?></td><td class="text"><?cs var:h.Note ?></td></tr>
<?cs /each ?>
</tbody>
</table>
</div>
</section>
<?cs /if ?>
