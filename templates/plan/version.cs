<p class="back"><a href="<?cs var:Site.Prefix ?>plan/<?cs var:Plan.Id ?>">Back to the appraisal of <?cs var:Plan.Reviewee ?></a></p>
<h1>Planning statement, version <?cs var:Statement.Number ?></h1>
<dl class="facts">
<dt>Reviewee</dt><dd><?cs var:Plan.Reviewee ?></dd>
<dt>Reviewer</dt><dd><?cs if:string.length(Plan.Reviewer) ?><?cs var:Plan.Reviewer ?><?cs else ?>Not assigned<?cs /if ?></dd>
<dt>Cycle</dt><dd><?cs var:Plan.Cycle ?> (<?cs var:Plan.Starts ?> to <?cs var:Plan.Ends ?>)</dd>
<dt>Status of this version</dt><dd><?cs var:Statement.StatusLabel ?></dd>
</dl>
<section class="card statement" aria-labelledby="objectives-heading">
<h2 id="objectives-heading">Objectives</h2>
<?cs if:Objectives.0.Description ?>
<ol class="objectives">
<?cs each:o = Objectives ?>
<li>
<h3>Objective <?cs var:o.Position ?></h3>
<dl class="facts">
<dt>Objective</dt><dd class="text"><?cs var:o.Description ?></dd>
<dt>Success criteria</dt><dd class="text"><?cs var:o.Criteria ?></dd>
<dt>Timescale</dt><dd><?cs if:o.Timescale == "multi_cycle" ?>Over more than one cycle. By the end of this cycle: <?cs var:o.Expectation ?><?cs else ?>By <?cs var:o.Due ?><?cs /if ?></dd>
<dt>Category</dt><dd><?cs var:o.CategoryLabel ?></dd>
<?cs if:o.Determined == "1" ?><dt>Agreement</dt><dd>Determined by the reviewer (not agreed)</dd><?cs /if ?>
<dt>Support</dt><dd><?cs if:o.Support.0.Text ?><ul class="plain"><?cs each:si = o.Support ?><li><?cs var:si.Text ?> (<?cs var:si.KindLabel ?>)</li><?cs /each ?></ul><?cs else ?>None agreed<?cs /if ?></dd>
</dl>
</li>
<?cs /each ?>
</ol>
<?cs else ?>
<p class="empty">This version has no objectives.</p>
<?cs /if ?>
<h3>Observation plan</h3>
<?cs if:ObsPlan.0.Minutes ?>
<ul class="plain"><?cs each:ob = ObsPlan ?><li><?cs var:ob.Minutes ?> minutes: <?cs var:ob.Purpose ?><?cs if:ob.Focus ?> (focus: <?cs var:ob.Focus ?>)<?cs /if ?><?cs if:ob.When ?>, <?cs var:ob.When ?><?cs /if ?></li><?cs /each ?></ul>
<?cs else ?><p class="empty">No observations planned.</p><?cs /if ?>
<h3>Signatures</h3>
<ul class="plain">
<li>Reviewer: <?cs if:Statement.ReviewerSignedAt ?>signed by <?cs var:Statement.ReviewerSignedBy ?> at <?cs var:Statement.ReviewerSignedAt ?><?cs else ?>not signed<?cs /if ?></li>
<li>Reviewee: <?cs if:Statement.RevieweeSignedAt ?>signed by <?cs var:Statement.RevieweeSignedBy ?> at <?cs var:Statement.RevieweeSignedAt ?><?cs else ?>not signed<?cs /if ?></li>
</ul>
</section>
