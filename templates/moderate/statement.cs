<?cs include:"error_summary.cs" ?>
<h1>Moderation: the statement of <?cs var:Mod.Reviewee ?></h1>
<?cs if:Form.Conflict ?><div class="error-summary" role="alert" tabindex="-1"><h2>Not saved: the appraisal changed</h2><p><?cs var:Form.Conflict ?></p></div><?cs /if ?>
<dl class="facts">
<dt>Reviewer</dt><dd><?cs var:Mod.Reviewer ?></dd>
<dt>Cycle</dt><dd><?cs var:Mod.Cycle ?></dd>
<dt>Career stage</dt><dd><?cs if:string.length(Mod.Stage) ?><?cs var:Mod.Stage ?><?cs else ?>Not recorded<?cs /if ?></dd>
<dt>Responsibility</dt><dd><?cs if:Mod.Tlr == "1" ?>Holds a TLR<?cs else ?>No TLR<?cs /if ?>; <?cs if:Mod.Leadership == "1" ?>on the leadership scale<?cs else ?>not on the leadership scale<?cs /if ?></dd>
<dt>Statement</dt><dd>Version <?cs var:Mod.Statement ?></dd>
<dt>Stage</dt><dd><?cs var:Mod.State ?></dd>
<?cs if:Mod.Due ?><dt>Due</dt><dd><?cs var:Mod.Due ?><?cs if:Mod.Overdue ?> <strong class="tag tag-overdue">Overdue</strong><?cs /if ?></dd><?cs /if ?>
</dl>
<?cs if:Mod.Why ?><p><strong>Why it is here:</strong> <?cs var:Mod.Why ?>.</p><?cs /if ?>
<?cs if:Mod.Outcome ?><p><strong>Outcome recorded:</strong> <?cs if:Mod.Outcome == "revise" ?>a revised statement asked for<?cs else ?>fine, no changes needed<?cs /if ?>, by <?cs var:Mod.OutcomeBy ?> at <?cs var:Mod.OutcomeAt ?>.<?cs if:Mod.OutcomeReasons ?> Reasons: <span class="text"><?cs var:Mod.OutcomeReasons ?></span><?cs /if ?></p><?cs /if ?>
<p><a href="<?cs var:Site.Prefix ?>plan/<?cs var:Mod.Id ?>">Open the whole plan of <?cs var:Mod.Reviewee ?></a> (observation plan, comments, signatures, history)</p>

<section class="card" aria-labelledby="compare-heading">
<h2 id="compare-heading">Side by side with comparable staff</h2>
<p>Staff in the same cycle at the same career stage, with the same TLR and leadership-scale position, whose statements are signed<?cs if:Mod.Peers > #0 ?>: <?cs var:Mod.Peers ?> on this page<?cs /if ?>. Each of them can see in their access log that you read their statement for moderation.</p>
<?cs if:Mod.Peers == #0 ?><p class="empty">No comparable member of staff has a signed statement<?cs if:List.Start ?> on this page<?cs /if ?>.</p><?cs /if ?>
<?cs if:Rows.0.Position ?>
<div class="table-wrap" tabindex="0" role="region" aria-label="Objectives side by side (scrolls sideways on a narrow screen)">
<table class="compare">
<caption class="visually-hidden">Objectives and support, one column per member of staff, the statement in moderation first</caption>
<thead><tr><th scope="col">Objective</th><?cs each:p = People ?><th scope="col"><?cs var:p.Name ?><?cs if:p.Moderated ?> (the statement moderated)<?cs /if ?><br><span class="small">Reviewer: <?cs var:p.Reviewer ?>; version <?cs var:p.Statement ?>; <?cs var:p.State ?></span></th><?cs /each ?></tr></thead>
<tbody>
<?cs each:r = Rows ?><tr><th scope="row">Objective <?cs var:r.Position ?></th><?cs each:x = r.Cells ?><td><?cs if:x.Has ?>
<p class="text"><?cs var:x.Description ?></p>
<p class="small"><strong>Success criteria:</strong> <span class="text"><?cs var:x.Criteria ?></span></p>
<p class="small"><strong>Category:</strong> <?cs var:x.Category ?>. <strong>Linked to:</strong> <?cs var:x.Link ?><?cs if:x.Area ?>: <?cs var:x.Area ?><?cs /if ?>. <strong>By:</strong> <?cs if:x.Due ?><?cs var:x.Due ?><?cs else ?>over more than one cycle; this cycle: <?cs var:x.Expectation ?><?cs /if ?><?cs if:x.Determined ?> (determined by the reviewer)<?cs /if ?></p>
<p class="small"><strong>Support:</strong> <?cs if:x.Support.0.Text ?><?cs each:s = x.Support ?><?cs var:s.Text ?> (<?cs var:s.Kind ?>). <?cs /each ?><?cs else ?>none agreed<?cs /if ?></p>
<?cs else ?><span class="small">No objective <?cs var:r.Position ?> for <?cs var:x.Name ?></span><?cs /if ?></td><?cs /each ?></tr>
<?cs /each ?>
</tbody>
</table>
</div>
<?cs else ?>
<p class="empty">The statement has no objectives.</p>
<?cs /if ?>
<?cs if:List.Prev || List.Next || List.Start ?>
<nav class="pager" aria-label="More comparable staff">
<ul class="task-list">
<?cs if:List.Start ?><li><a href="<?cs var:List.Start ?>">The first comparable staff</a></li><?cs /if ?>
<?cs if:List.Prev ?><li><a href="<?cs var:List.Prev ?>" rel="prev">Previous comparable staff</a></li><?cs /if ?>
<?cs if:List.Next ?><li><a href="<?cs var:List.Next ?>" rel="next">More comparable staff</a></li><?cs /if ?>
</ul>
</nav>
<?cs /if ?>
</section>

<?cs if:Mod.Open ?>
<section class="card" aria-labelledby="outcome-heading">
<h2 id="outcome-heading">Outcome</h2>
<form method="post" action="<?cs var:Site.Prefix ?>moderate/<?cs var:Mod.Id ?>" novalidate class="step">
<input type="hidden" name="csrf" value="<?cs var:CSRF ?>">
<input type="hidden" name="version" value="<?cs var:Mod.Version ?>">
<fieldset class="field<?cs if:Form.Error.outcome ?> field-error<?cs /if ?>">
<legend>The statement of <?cs var:Mod.Reviewee ?> is</legend>
<?cs if:Form.Error.outcome ?><p class="error-message" id="outcome-error"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.outcome ?></p><?cs /if ?>
<div class="choice"><input type="radio" id="outcome" name="outcome" value="fine"<?cs if:Typed.outcome != "revise" ?> checked<?cs /if ?>><label for="outcome">Fine: consistent with comparable staff and with the school's policy; it goes on to monitoring</label></div>
<div class="choice"><input type="radio" id="outcome-revise" name="outcome" value="revise"<?cs if:Typed.outcome == "revise" ?> checked<?cs /if ?>><label for="outcome-revise">To be revised: the reviewer and the reviewee prepare a revised statement, due in the working days the school's policy sets</label></div>
</fieldset>
<div class="field<?cs if:Form.Error.reasons ?> field-error<?cs /if ?>">
<label for="reasons">Reasons (needed to ask for a revision)</label>
<p class="hint" id="reasons-hint">The reviewer and the reviewee read them on the plan page. At most 1000 characters.</p>
<?cs if:Form.Error.reasons ?><p id="reasons-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.reasons ?></p><?cs /if ?>
<textarea id="reasons" name="reasons" rows="4" aria-describedby="reasons-hint<?cs if:Form.Error.reasons ?> reasons-error<?cs /if ?>"><?cs var:Typed.reasons ?></textarea>
</div>
<button type="submit" class="button">Record the outcome</button>
</form>
</section>
<?cs else ?>
<?cs if:Form.Conflict && Typed.reasons ?><section class="card" aria-labelledby="typed-heading"><h2 id="typed-heading">What you typed (not saved)</h2><p class="text"><?cs var:Typed.reasons ?></p></section><?cs /if ?>
<p class="notice">This statement is not waiting for moderation now (its stage: <?cs var:Mod.State ?>), so no outcome can be recorded.</p>
<?cs /if ?>
<p><a href="<?cs var:Site.Prefix ?>moderate">Back to the statements waiting for moderation</a></p>
