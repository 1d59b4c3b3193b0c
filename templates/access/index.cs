<h1>Access to appraisal plans</h1>
<p class="lead">A line manager sees a member of staff's plan only after asking, with a reason, and being granted access by the headteacher or the performance-management lead. The member of staff is told, and sees every time the plan is opened.</p>

<?cs if:Overview.School ?>
<section class="card" aria-labelledby="pending-heading">
<h2 id="pending-heading">Requests waiting for a decision</h2>
<?cs if:Pending.0.Manager ?>
<div class="table-wrap">
<table>
<caption class="visually-hidden">Requests for access waiting for a decision, oldest first</caption>
<thead><tr><th scope="col">Line manager</th><th scope="col">Plan of</th><th scope="col">Reason</th><th scope="col">Asked</th></tr></thead>
<tbody>
<?cs each:g = Pending ?><tr><th scope="row"><a href="<?cs var:Site.Prefix ?>access/<?cs var:g.Appraisal ?>"><?cs var:g.Manager ?><span class="visually-hidden">: decide on the request for the plan of <?cs var:g.Reviewee ?></span></a></th><td><?cs var:g.Reviewee ?></td><td class="text"><?cs var:g.Reason ?></td><td><?cs var:g.At ?></td></tr>
<?cs /each ?>
</tbody>
</table>
</div>
<?cs else ?>
<p class="empty">No requests are waiting.</p>
<?cs /if ?>
</section>

<section class="card" aria-labelledby="current-heading">
<h2 id="current-heading">Access granted now</h2>
<?cs if:Current.0.Manager ?>
<div class="table-wrap">
<table>
<caption class="visually-hidden">Line managers who can read a plan now</caption>
<thead><tr><th scope="col">Line manager</th><th scope="col">Plan of</th><th scope="col">Until</th><th scope="col">Granted by</th></tr></thead>
<tbody>
<?cs each:g = Current ?><tr><th scope="row"><a href="<?cs var:Site.Prefix ?>access/<?cs var:g.Appraisal ?>"><?cs var:g.Manager ?><span class="visually-hidden">: access to the plan of <?cs var:g.Reviewee ?></span></a></th><td><?cs var:g.Reviewee ?></td><td><?cs var:g.Until ?></td><td><?cs var:g.By ?></td></tr>
<?cs /each ?>
</tbody>
</table>
</div>
<?cs else ?>
<p class="empty">No line manager has access to a plan now.</p>
<?cs /if ?>
</section>
<?cs /if ?>

<section class="card" aria-labelledby="managed-heading">
<h2 id="managed-heading">Staff you line manage</h2>
<?cs if:Managed.0.Name ?>
<div class="table-wrap">
<table>
<caption class="visually-hidden">Staff you line manage and your access to their plans</caption>
<thead><tr><th scope="col">Name</th><th scope="col">Job title</th><th scope="col">Cycle</th><th scope="col">Your access</th></tr></thead>
<tbody>
<?cs each:m = Managed ?><tr><th scope="row"><a href="<?cs var:Site.Prefix ?>access/<?cs var:m.Appraisal ?>"><?cs var:m.Name ?></a></th><td><?cs var:m.Title ?></td><td><?cs var:m.Cycle ?></td><td><?cs var:m.State ?></td></tr>
<?cs /each ?>
</tbody>
</table>
</div>
<?cs else ?>
<p class="empty">The school's staff structure names nobody you line manage this year.</p>
<?cs /if ?>
</section>
