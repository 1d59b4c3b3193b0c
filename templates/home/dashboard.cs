<h1>Your dashboard</h1>
<?cs if:Dash.Today ?><p class="small">Today is <?cs var:Dash.Today ?>.</p><?cs /if ?>

<section class="card" aria-labelledby="mine-heading">
<h2 id="mine-heading">Your appraisal</h2>
<?cs if:Dash.Mine.0.State ?>
<?cs each:a = Dash.Mine ?><?cs if:a.State ?>
<dl class="facts">
<dt>Cycle</dt><dd><?cs var:a.Cycle ?></dd>
<dt>Reviewer</dt><dd><?cs if:string.length(a.Person) ?><?cs var:a.Person ?><?cs else ?>Not assigned yet<?cs /if ?></dd>
<dt>Stage</dt><dd><?cs var:a.State ?></dd>
<dt>Next step</dt><dd><?cs var:a.Next ?> <span class="small">(owed by: <?cs var:a.Owner ?>)</span></dd>
<?cs if:a.Due ?><dt>Due</dt><dd><?cs var:a.Due ?><?cs if:a.Overdue ?> <strong class="tag tag-overdue">Overdue</strong><?cs /if ?></dd><?cs /if ?>
</dl>
<?cs if:a.Window ?><p><strong>You may appeal against your final report until <?cs var:a.Due ?></strong>: <?cs var:a.WindowDays ?> working day<?cs if:a.WindowDays != 1 ?>s<?cs /if ?> left, today included.</p><?cs /if ?>
<p><a href="<?cs var:Site.Prefix ?>plan/<?cs var:a.Id ?>">Open your appraisal<span class="visually-hidden"> for <?cs var:a.Cycle ?></span></a></p>
<?cs if:a.Report ?><p><a href="<?cs var:Site.Prefix ?>review/<?cs var:a.Id ?>/report">Your annual assessment and final report<span class="visually-hidden"> for <?cs var:a.Cycle ?></span></a></p><?cs /if ?>
<?cs if:a.Appeal || a.Window ?><p><a href="<?cs var:Site.Prefix ?>appeal/<?cs var:a.Id ?>">Your appeal<span class="visually-hidden"> for <?cs var:a.Cycle ?></span></a></p><?cs /if ?>
<?cs if:a.Monitored ?><p><a href="<?cs var:Site.Prefix ?>review/<?cs var:a.Id ?>">Your interim review and evidence<span class="visually-hidden"> for <?cs var:a.Cycle ?></span></a></p><?cs /if ?>
<p><a href="<?cs var:Site.Prefix ?>access/<?cs var:a.Id ?>/log">Who else has opened your appraisal<span class="visually-hidden"> for <?cs var:a.Cycle ?></span></a></p>
<?cs if:a.Person ?><p class="small"><a href="<?cs var:Site.Prefix ?>admin/change-reviewer/<?cs var:a.Id ?>">Ask for a different reviewer<span class="visually-hidden"> for <?cs var:a.Cycle ?></span></a></p><?cs /if ?>
<?cs /if ?><?cs /each ?>
<?cs else ?>
<p class="empty">You have no appraisal open this year. When your school opens this year's appraisal cycle and assigns your reviewer, your appraisal will appear here with its next step, who owes it and by when. Staff in their induction year are not appraised.</p>
<?cs /if ?>
<?cs if:Dash.ToMe.0.Manager ?>
<h3>Line managers' access to your plan</h3>
<ul class="plain">
<?cs each:g = Dash.ToMe ?><li><strong><?cs var:g.Manager ?></strong>: <?cs var:g.State ?><?cs if:g.DecidedBy ?> (<?cs var:g.DecidedBy ?>)<?cs /if ?>. <span class="small">Reason asked: &ldquo;<?cs var:g.Reason ?>&rdquo;<?cs if:g.Decision ?> Reason for the decision: &ldquo;<?cs var:g.Decision ?>&rdquo;<?cs /if ?></span></li>
<?cs /each ?></ul>
<?cs /if ?>
</section>

<?cs if:Dash.Reviewing.0.State ?>
<section class="card" aria-labelledby="reviewing-heading">
<h2 id="reviewing-heading">Staff you review (<?cs var:Dash.Reviewing.Count ?>)</h2>
<div class="table-wrap">
<table>
<caption class="visually-hidden">Appraisals you review, soonest due first</caption>
<thead><tr><th scope="col">Reviewee</th><th scope="col">Stage</th><th scope="col">Next step</th><th scope="col">Owed by</th><th scope="col">Due</th></tr></thead>
<tbody>
<?cs each:a = Dash.Reviewing ?><?cs if:a.State ?>
<tr<?cs if:a.Overdue ?> class="overdue"<?cs /if ?>><th scope="row"><a href="<?cs var:Site.Prefix ?>plan/<?cs var:a.Id ?>"><?cs var:a.Person ?></a></th><td><?cs var:a.State ?><?cs if:a.Monitored ?> <span class="small">(<a href="<?cs var:Site.Prefix ?>review/<?cs var:a.Id ?>">interim review and evidence</a>)</span><?cs /if ?><?cs if:a.Report ?> <span class="small">(<a href="<?cs var:Site.Prefix ?>review/<?cs var:a.Id ?>/report">assessment and report</a>)</span><?cs /if ?><?cs if:a.Appeal ?> <span class="small">(<a href="<?cs var:Site.Prefix ?>appeal/<?cs var:a.Id ?>">appeal</a>)</span><?cs /if ?></td><td><?cs var:a.Next ?></td><td><?cs var:a.Owner ?></td><td><?cs var:a.Due ?><?cs if:a.Overdue ?> <strong class="tag tag-overdue">Overdue</strong><?cs /if ?></td></tr>
<?cs /if ?><?cs /each ?>
</tbody>
</table>
</div>
</section>
<?cs /if ?>

<?cs if:Dash.Hear.0.Person ?>
<section class="card" aria-labelledby="hear-heading">
<h2 id="hear-heading">Appeals for you to hear</h2>
<div class="table-wrap">
<table>
<caption class="visually-hidden">Appeals against final reports waiting for you, soonest due first</caption>
<thead><tr><th scope="col">Member of staff</th><th scope="col">Stage</th><th scope="col">Due</th></tr></thead>
<tbody>
<?cs each:h = Dash.Hear ?>
<tr<?cs if:h.Overdue ?> class="overdue"<?cs /if ?>><th scope="row"><a href="<?cs var:Site.Prefix ?>appeal/<?cs var:h.Id ?>"><?cs var:h.Person ?></a></th><td><?cs var:h.State ?></td><td><?cs var:h.Due ?><?cs if:h.Overdue ?> <strong class="tag tag-overdue">Overdue</strong><?cs /if ?></td></tr>
<?cs /each ?>
</tbody>
</table>
</div>
</section>
<?cs /if ?>

<?cs if:Dash.Feedback.0.Person ?>
<section class="card" aria-labelledby="feedback-heading">
<h2 id="feedback-heading">Observation feedback overdue</h2>
<div class="table-wrap">
<table>
<caption class="visually-hidden">Observations whose oral or written feedback is past its day, earliest first</caption>
<thead><tr><th scope="col">Teacher observed</th><th scope="col">Observed on</th><th scope="col">Observer</th><th scope="col">Feedback overdue</th></tr></thead>
<tbody>
<?cs each:f = Dash.Feedback ?>
<tr class="overdue"><th scope="row"><a href="<?cs var:Site.Prefix ?>observe/<?cs var:f.Appraisal ?>"><?cs var:f.Person ?></a></th><td><?cs var:f.Day ?></td><td><?cs var:f.Observer ?></td><td><?cs if:f.OralDue ?>Oral, due <?cs var:f.OralDue ?><?cs /if ?><?cs if:f.OralDue && f.WrittenDue ?>; <?cs /if ?><?cs if:f.WrittenDue ?>Written, due <?cs var:f.WrittenDue ?><?cs /if ?> <strong class="tag tag-overdue">Overdue</strong></td></tr>
<?cs /each ?>
</tbody>
</table>
</div>
</section>
<?cs /if ?>

<?cs if:Dash.Interim.0.Person ?>
<section class="card" aria-labelledby="interim-heading">
<h2 id="interim-heading">Interim reviews overdue</h2>
<div class="table-wrap">
<table>
<caption class="visually-hidden">Appraisals in progress with no interim review once the school's window has ended</caption>
<thead><tr><th scope="col">Member of staff</th><th scope="col">Reviewer</th><th scope="col">Interim review due by</th></tr></thead>
<tbody>
<?cs each:f = Dash.Interim ?>
<tr class="overdue"><th scope="row"><a href="<?cs var:Site.Prefix ?>review/<?cs var:f.Appraisal ?>"><?cs var:f.Person ?></a></th><td><?cs var:f.Reviewer ?></td><td><?cs var:f.Due ?> <strong class="tag tag-overdue">Overdue</strong></td></tr>
<?cs /each ?>
</tbody>
</table>
</div>
</section>
<?cs /if ?>

<?cs if:Dash.MyConcerns.0.Appraisal ?>
<section class="card" aria-labelledby="my-concerns-heading">
<h2 id="my-concerns-heading">Performance concerns about you</h2>
<ul class="plain">
<?cs each:k = Dash.MyConcerns ?><li><a href="<?cs var:Site.Prefix ?>concern/<?cs var:k.Appraisal ?>"><?cs if:k.Suspended ?>The capability procedure applies: your appraisal is suspended<?cs else ?>Concerns recorded; progress is reviewed on <?cs var:k.Review ?><?cs /if ?></a></li>
<?cs /each ?></ul>
</section>
<?cs /if ?>

<?cs if:Dash.ConcernsShown ?>
<section class="card" aria-labelledby="concerns-heading">
<h2 id="concerns-heading">Performance concerns</h2>
<?cs if:Dash.Concerns.0.Person ?>
<div class="table-wrap">
<table>
<caption class="visually-hidden">Open records of performance concerns by the day progress is reviewed, then appraisals suspended under the capability procedure</caption>
<thead><tr><th scope="col">Member of staff</th><th scope="col">Recorded by</th><th scope="col">Progress reviewed on</th></tr></thead>
<tbody>
<?cs each:k = Dash.Concerns ?>
<tr<?cs if:k.Overdue ?> class="overdue"<?cs /if ?>><th scope="row"><a href="<?cs var:Site.Prefix ?>concern/<?cs var:k.Appraisal ?>"><?cs var:k.Person ?></a></th><td><?cs var:k.By ?></td><td><?cs if:k.Suspended ?>Appraisal suspended: the capability procedure applies<?cs else ?><?cs var:k.Review ?><?cs if:k.Overdue ?> <strong class="tag tag-overdue">Review overdue</strong><?cs elif:k.DueToday ?> <strong class="tag">Review due today</strong><?cs /if ?><?cs /if ?></td></tr>
<?cs /each ?>
</tbody>
</table>
</div>
<?cs else ?>
<p class="empty">No open performance concerns.</p>
<?cs /if ?>
</section>
<?cs /if ?>

<?cs if:Dash.Asked.0.Person || Dash.Manages ?>
<section class="card" aria-labelledby="asked-heading">
<h2 id="asked-heading">Plans of staff you line manage</h2>
<?cs if:Dash.Asked.0.Person ?>
<ul class="plain">
<?cs each:g = Dash.Asked ?><li><a href="<?cs var:Site.Prefix ?>access/<?cs var:g.Appraisal ?>"><?cs var:g.Person ?></a>: <?cs var:g.State ?><?cs if:g.Decision ?> <span class="small">(<?cs var:g.Decision ?>)</span><?cs /if ?></li>
<?cs /each ?></ul>
<?cs else ?>
<p class="empty">You have not asked to see anyone's plan.</p>
<?cs /if ?>
<p><a href="<?cs var:Site.Prefix ?>access">Ask to see a plan, or see where your requests stand</a></p>
</section>
<?cs /if ?>

<?cs if:Dash.School.Shown ?>
<section class="card" aria-labelledby="school-heading">
<h2 id="school-heading">School progress: <?cs var:Actor.School ?></h2>
<?cs if:Dash.School.States.0.Label ?>
<div class="table-wrap">
<table>
<caption class="visually-hidden">Appraisals this year by stage</caption>
<thead><tr><th scope="col">Stage</th><th scope="col" class="num">Appraisals</th><th scope="col" class="num">Overdue</th></tr></thead>
<tbody>
<?cs each:s = Dash.School.States ?><tr><th scope="row"><?cs var:s.Label ?></th><td class="num"><?cs var:s.Count ?></td><td class="num"><?cs var:s.Overdue ?></td></tr>
<?cs /each ?>
</tbody>
</table>
</div>
<?cs else ?>
<p class="empty">No appraisals have been opened this year.</p>
<?cs /if ?>
<p><a href="<?cs var:Site.Prefix ?>moderate">Statements waiting for moderation: <?cs if:Dash.Moderation.Count ?><?cs var:Dash.Moderation.Count ?><?cs else ?>0<?cs /if ?></a><?cs if:Dash.Moderation.Overdue > #0 ?> <strong class="tag tag-overdue"><?cs var:Dash.Moderation.Overdue ?> overdue</strong><?cs /if ?></p>
<p><a href="<?cs var:Site.Prefix ?>access">Line managers' requests for access waiting for a decision: <?cs var:Dash.Pending ?></a></p>
<h3>Overdue</h3>
<?cs if:Dash.Overdue.0.Person ?>
<p><?cs if:Dash.School.Overdue > #5 ?><?cs var:Dash.School.Overdue ?> steps are overdue this year; the 5 longest overdue are listed.<?cs elif:Dash.School.Overdue == #1 ?>One step is overdue this year.<?cs else ?><?cs var:Dash.School.Overdue ?> steps are overdue this year.<?cs /if ?></p>
<div class="table-wrap">
<table>
<caption class="visually-hidden">Overdue appraisal steps, oldest first</caption>
<thead><tr><th scope="col">Reviewee</th><th scope="col">Reviewer</th><th scope="col">Stage</th><th scope="col">Owed by</th><th scope="col">Was due</th></tr></thead>
<tbody>
<?cs each:o = Dash.Overdue ?><tr class="overdue"><th scope="row"><?cs var:o.Person ?></th><td><?cs var:o.Reviewer ?></td><td><?cs var:o.State ?></td><td><?cs var:o.Owner ?></td><td><?cs var:o.Due ?></td></tr>
<?cs /each ?>
</tbody>
</table>
</div>
<p><a href="<?cs var:Site.Prefix ?>overdue">Every overdue step, a page at a time</a></p>
<?cs else ?>
<p class="empty">Nothing is overdue.</p>
<?cs /if ?>
<h3>Final reports overdue</h3>
<?cs if:Dash.Reports.0.Person ?>
<div class="table-wrap">
<table>
<caption class="visually-hidden">Appraisals whose final report was not issued by the cycle's completion deadline, longest overdue first</caption>
<thead><tr><th scope="col">Reviewee</th><th scope="col">Reviewer</th><th scope="col">Stage</th><th scope="col">Report due by</th></tr></thead>
<tbody>
<?cs each:o = Dash.Reports ?><tr class="overdue"><th scope="row"><a href="<?cs var:Site.Prefix ?>review/<?cs var:o.Id ?>/report"><?cs var:o.Person ?></a></th><td><?cs var:o.Reviewer ?></td><td><?cs var:o.State ?></td><td><?cs var:o.Due ?> <strong class="tag tag-overdue">Overdue</strong></td></tr>
<?cs /each ?>
</tbody>
</table>
</div>
<?cs else ?>
<p class="empty">Every report due so far has been issued.</p>
<?cs /if ?>
</section>
<?cs /if ?>

<section class="card" aria-labelledby="you-heading">
<h2 id="you-heading">You</h2>
<dl class="facts">
<dt>Name</dt><dd><?cs var:Actor.Name ?></dd>
<dt>User name</dt><dd><?cs var:Actor.Login ?></dd>
<dt>School</dt><dd><?cs var:Actor.School ?></dd>
<dt>Job title</dt><dd><?cs if:string.length(Actor.Title) ?><?cs var:Actor.Title ?><?cs else ?>Not recorded<?cs /if ?></dd>
<?cs if:Actor.Mail ?><dt>E-mail</dt><dd><?cs var:Actor.Mail ?></dd><?cs /if ?>
<dt>Roles</dt><dd><ul class="plain"><?cs each:r = Actor.Roles ?><li><?cs var:r ?></li><?cs /each ?></ul></dd>
</dl>
<p class="small">Your name, job title and roles come from the school's directory. If any are wrong, ask IT.</p>
</section>
