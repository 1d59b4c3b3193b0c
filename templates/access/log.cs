<p class="back"><a href="<?cs var:Site.Prefix ?>plan/<?cs var:Acc.Id ?>">Back to your appraisal</a></p>
<h1>Who has opened your appraisal</h1>
<p class="lead">Every time someone other than you opened your appraisal (<?cs var:Acc.Cycle ?>): who, which part, when, and as what. Your own visits are not listed.</p>
<?cs if:Log.0.Who ?>
<div class="table-wrap">
<table>
<caption class="visually-hidden">Views of your appraisal by other people, newest first (<?cs var:Log.Count ?>)</caption>
<thead><tr><th scope="col">When</th><th scope="col">Who</th><th scope="col">Part</th><th scope="col">As</th></tr></thead>
<tbody>
<?cs each:l = Log ?><?cs if:l.Who ?><tr><td><?cs var:l.At ?></td><th scope="row"><?cs var:l.Who ?></th><td><?cs var:l.Part ?></td><td><?cs var:l.As ?></td></tr>
<?cs /if ?><?cs /each ?>
</tbody>
</table>
</div>
<?cs if:Log.Earlier || Log.Paged ?><ul class="plain">
<?cs if:Log.Earlier ?><li><a href="<?cs var:Site.Prefix ?>access/<?cs var:Acc.Id ?>/log?before=<?cs var:Log.Earlier ?>">Earlier views</a></li><?cs /if ?>
<?cs if:Log.Paged ?><li><a href="<?cs var:Site.Prefix ?>access/<?cs var:Acc.Id ?>/log">The latest views</a></li><?cs /if ?>
</ul><?cs /if ?>
<?cs elif:Log.Paged ?>
<p class="empty">No earlier views.</p>
<p><a href="<?cs var:Site.Prefix ?>access/<?cs var:Acc.Id ?>/log">The latest views</a></p>
<?cs else ?>
<p class="empty">Nobody other than you has opened your appraisal.</p>
<?cs /if ?>
<section class="card" aria-labelledby="grants-heading">
<h2 id="grants-heading">Line managers' requests to see your plan</h2>
<p class="small">A line manager sees your plan only when the headteacher or the performance-management lead grants access, and only while it runs.</p>
<?cs if:Requests.0.Id ?>
<div class="table-wrap">
<table>
<caption class="visually-hidden">Requests for access to your plan, newest first</caption>
<thead><tr><th scope="col">Line manager</th><th scope="col">Asked</th><th scope="col">Their reason</th><th scope="col">Decision</th><th scope="col">Decided by, and why</th></tr></thead>
<tbody>
<?cs each:g = Requests ?><tr><th scope="row"><?cs var:g.Manager ?></th><td><?cs var:g.RequestedAt ?></td><td class="text"><?cs var:g.Reason ?></td><td><?cs var:g.StateLabel ?></td><td><?cs if:g.DecidedBy ?><?cs var:g.DecidedBy ?><?cs if:g.DecisionReason ?>: <?cs var:g.DecisionReason ?><?cs /if ?><?cs /if ?><?cs if:g.WithdrawnBy ?><br>Withdrawn by <?cs var:g.WithdrawnBy ?>: <?cs var:g.WithdrawalReason ?><?cs /if ?></td></tr>
<?cs /each ?>
</tbody>
</table>
</div>
<?cs else ?>
<p class="empty">No line manager has asked to see your plan.</p>
<?cs /if ?>
</section>
