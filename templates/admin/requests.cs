<h1>Requests for a different reviewer</h1>
<?cs if:Form.Notice ?><p class="notice" role="status"><?cs var:Form.Notice ?></p><?cs /if ?>
<p>Members of staff may ask for a different reviewer, with their reasons. Grant a request by choosing the new reviewer (within the school's limit of reviewees per reviewer), or refuse it with a reason. The reviewee sees your decision; the appraisal carries on where it is.</p>
<h2>Waiting for a decision</h2>
<?cs if:Pending.0.Id ?>
<div class="table-wrap">
<table>
<caption class="visually-hidden">Requests waiting for a decision, oldest first</caption>
<thead><tr><th scope="col">Reviewee</th><th scope="col">Reviewer now</th><th scope="col">Cycle</th><th scope="col">Asked on</th></tr></thead>
<tbody>
<?cs each:r = Pending ?><tr><th scope="row"><a href="<?cs var:Site.Prefix ?>admin/reviewer-requests/<?cs var:r.Id ?>">Decide on <?cs var:r.Reviewee ?>'s request</a></th><td><?cs if:string.length(r.Reviewer) ?><?cs var:r.Reviewer ?><?cs else ?>None<?cs /if ?></td><td><?cs var:r.Cycle ?></td><td><?cs var:r.Sent ?></td></tr>
<?cs /each ?>
</tbody>
</table>
</div>
<?cs else ?>
<p class="empty">No requests are waiting.</p>
<?cs /if ?>
<h2>Decided recently</h2>
<?cs if:Decided.0.Id ?>
<div class="table-wrap">
<table>
<caption class="visually-hidden">Requests decided recently, latest first</caption>
<thead><tr><th scope="col">Reviewee</th><th scope="col">Decision</th><th scope="col">Reviewer before</th><th scope="col">Reviewer after</th><th scope="col">Reason</th><th scope="col">Decided</th></tr></thead>
<tbody>
<?cs each:r = Decided ?><tr><th scope="row"><?cs var:r.Reviewee ?></th><td><?cs var:r.StatusLabel ?></td><td><?cs var:r.Old ?></td><td><?cs if:r.Status == "granted" ?><?cs var:r.New ?><?cs else ?><?cs var:r.Old ?><?cs /if ?></td><td><?cs var:r.Decision ?></td><td><?cs var:r.Decided ?> by <?cs var:r.By ?></td></tr>
<?cs /each ?>
</tbody>
</table>
</div>
<?cs else ?>
<p class="empty">None yet.</p>
<?cs /if ?>
