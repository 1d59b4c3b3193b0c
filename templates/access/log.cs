<p class="back"><a href="<?cs var:Site.Prefix ?>plan/<?cs var:Acc.Id ?>">Back to your appraisal</a></p>
<h1>Who has opened your appraisal</h1>
<p class="lead">Every time someone other than you opened your appraisal (<?cs var:Acc.Cycle ?>): who, which part, when, and as what. Your own visits are not listed.</p>
<?cs if:Log.0.Who ?>
<div class="table-wrap">
<table>
<caption class="visually-hidden">Views of your appraisal by other people, newest first (<?cs var:Log.Count ?>)</caption>
<thead><tr><th scope="col">When (UTC)</th><th scope="col">Who</th><th scope="col">Part</th><th scope="col">As</th></tr></thead>
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
<p class="small">Line managers see your plan only when the headteacher or the performance-management lead grants them access; your dashboard shows every request and decision.</p>
