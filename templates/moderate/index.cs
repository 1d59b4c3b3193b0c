<?cs def:mod_pager(l, what) ?><?cs if:l.Prev || l.Next ?>
<nav class="pager" aria-label="Pages of the <?cs var:what ?>">
<ul class="task-list">
<?cs if:l.Start ?><li><a href="<?cs var:l.Start ?>">First page<span class="visually-hidden"> of the <?cs var:what ?></span></a></li><?cs /if ?>
<?cs if:l.Prev ?><li><a href="<?cs var:l.Prev ?>" rel="prev">Previous page<span class="visually-hidden"> of the <?cs var:what ?></span></a></li><?cs /if ?>
<?cs if:l.Next ?><li><a href="<?cs var:l.Next ?>" rel="next">Next page<span class="visually-hidden"> of the <?cs var:what ?></span></a></li><?cs /if ?>
</ul>
</nav>
<?cs /if ?><?cs /def ?>
<h1>Moderation of planning statements</h1>
<?cs if:Form.Notice ?><p class="notice" role="status"><?cs var:Form.Notice ?></p><?cs /if ?>
<p class="lead">Signed statements the school moderates come here. Check each against those of staff with similar experience and responsibility, and against the school's policy, within 10 working days of its planning meeting: it is fine, or the reviewer and the reviewee prepare a revised statement.</p>

<section class="card" aria-labelledby="waiting-heading">
<h2 id="waiting-heading">Waiting for moderation<?cs if:Waiting.Count ?> (<?cs var:Waiting.Count ?>)<?cs /if ?></h2>
<?cs if:Waiting.Rows.0.Id ?>
<div class="table-wrap">
<table>
<caption class="visually-hidden">Statements waiting for moderation, soonest due first</caption>
<thead><tr><th scope="col">Reviewee</th><th scope="col">Career stage</th><th scope="col">Reviewer</th><th scope="col">Cycle</th><th scope="col">Due</th></tr></thead>
<tbody>
<?cs each:a = Waiting.Rows ?><?cs if:a.Id ?>
<tr<?cs if:a.Overdue ?> class="overdue"<?cs /if ?>><th scope="row"><?cs if:a.Mine ?><?cs var:a.Reviewee ?> <span class="small">(you reviewed it: the other moderator decides)</span><?cs else ?><a href="<?cs var:Site.Prefix ?>moderate/<?cs var:a.Id ?>"><?cs var:a.Reviewee ?><span class="visually-hidden">: moderate the statement</span></a><?cs /if ?></th><td><?cs if:string.length(a.Stage) ?><?cs var:a.Stage ?><?cs else ?>Not recorded<?cs /if ?></td><td><?cs var:a.Reviewer ?></td><td><?cs var:a.Cycle ?></td><td><?cs var:a.Due ?><?cs if:a.Overdue ?> <strong class="tag tag-overdue">Overdue</strong><?cs /if ?></td></tr>
<?cs /if ?><?cs /each ?>
</tbody>
</table>
</div>
<?cs call:mod_pager(Waiting, "statements waiting for moderation") ?>
<?cs else ?>
<p class="empty">No statement is waiting for moderation.</p>
<?cs /if ?>
</section>

<section class="card" aria-labelledby="revising-heading">
<h2 id="revising-heading">Revised statements asked for<?cs if:Revising.Count ?> (<?cs var:Revising.Count ?>)<?cs /if ?></h2>
<?cs if:Revising.Rows.0.Id ?>
<div class="table-wrap">
<table>
<caption class="visually-hidden">Revised statements moderation asked for, soonest due first</caption>
<thead><tr><th scope="col">Reviewee</th><th scope="col">Reviewer</th><th scope="col">Cycle</th><th scope="col">Revised statement due</th></tr></thead>
<tbody>
<?cs each:a = Revising.Rows ?><?cs if:a.Id ?>
<tr<?cs if:a.Overdue ?> class="overdue"<?cs /if ?>><th scope="row"><a href="<?cs var:Site.Prefix ?>plan/<?cs var:a.Id ?>"><?cs var:a.Reviewee ?><span class="visually-hidden">: the plan</span></a></th><td><?cs var:a.Reviewer ?></td><td><?cs var:a.Cycle ?></td><td><?cs var:a.Due ?><?cs if:a.Overdue ?> <strong class="tag tag-overdue">Overdue</strong><?cs /if ?></td></tr>
<?cs /if ?><?cs /each ?>
</tbody>
</table>
</div>
<?cs call:mod_pager(Revising, "revised statements asked for") ?>
<?cs else ?>
<p class="empty">No revised statement is outstanding.</p>
<?cs /if ?>
</section>
