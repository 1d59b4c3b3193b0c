<?cs def:overdue_pager() ?><?cs if:Overdue.Prev || Overdue.Next ?>
<nav class="pager" aria-label="Pages of the overdue steps">
<ul class="task-list">
<?cs if:Overdue.Start ?><li><a href="<?cs var:Overdue.Start ?>">First page<span class="visually-hidden"> of the overdue steps</span></a></li><?cs /if ?>
<?cs if:Overdue.Prev ?><li><a href="<?cs var:Overdue.Prev ?>" rel="prev">Previous page<span class="visually-hidden"> of the overdue steps</span></a></li><?cs /if ?>
<?cs if:Overdue.Next ?><li><a href="<?cs var:Overdue.Next ?>" rel="next">Next page<span class="visually-hidden"> of the overdue steps</span></a></li><?cs /if ?>
</ul>
</nav>
<?cs /if ?><?cs /def ?>
<p class="back"><a href="<?cs var:Site.Prefix ?>">Back to your dashboard</a></p>
<h1>Overdue steps: <?cs var:Actor.School ?></h1>
<p class="lead">Every appraisal whose next step was due before today (<?cs var:Overdue.Today ?>), longest overdue first, until its final report is issued.</p>
<section class="card" aria-labelledby="overdue-heading">
<h2 id="overdue-heading"><?cs if:Overdue.Count == #1 ?>One step is overdue<?cs elif:Overdue.Count > #0 ?><?cs var:Overdue.Count ?> steps are overdue<?cs else ?>Nothing is overdue<?cs /if ?></h2>
<?cs if:Overdue.Rows.0.Id ?>
<div class="table-wrap">
<table>
<caption class="visually-hidden">Overdue appraisal steps, longest overdue first</caption>
<thead><tr><th scope="col">Reviewee</th><th scope="col">Reviewer</th><th scope="col">Stage</th><th scope="col">Owed by</th><th scope="col">Was due</th></tr></thead>
<tbody>
<?cs each:o = Overdue.Rows ?><tr class="overdue"><th scope="row"><a href="<?cs var:Site.Prefix ?>plan/<?cs var:o.Id ?>"><?cs var:o.Person ?></a></th><td><?cs if:string.length(o.Reviewer) ?><?cs var:o.Reviewer ?><?cs else ?>Not yet chosen<?cs /if ?></td><td><?cs var:o.State ?></td><td><?cs var:o.Owner ?></td><td><?cs var:o.Due ?></td></tr>
<?cs /each ?>
</tbody>
</table>
</div>
<?cs call:overdue_pager() ?>
<?cs else ?>
<p class="empty">Every step due so far has been taken.</p>
<?cs /if ?>
</section>
