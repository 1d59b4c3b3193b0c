<?cs include:"error_summary.cs" ?>
<h1>Appraisal cycles</h1>
<?cs if:Form.Notice ?><p class="notice" role="status"><?cs var:Form.Notice ?></p><?cs /if ?>
<p>Each staff group of <?cs var:Actor.School ?> has one cycle at a time, with the date its reviews must be complete.</p>
<?cs if:Cycles.0.Id ?>
<div class="table-wrap">
<table>
<caption class="visually-hidden">The school's cycles, latest first</caption>
<thead><tr><th scope="col">Cycle</th><th scope="col">Staff group</th><th scope="col">Starts</th><th scope="col">Ends</th><th scope="col">Reviews complete by</th><th scope="col" class="num">Appraisals</th></tr></thead>
<tbody>
<?cs each:cy = Cycles ?><tr><th scope="row"><a href="<?cs var:Site.Prefix ?>admin/cycles/<?cs var:cy.Id ?>"><?cs var:cy.Name ?><span class="visually-hidden">: change</span></a></th><td><?cs var:cy.Group ?></td><td><?cs var:cy.Starts ?></td><td><?cs var:cy.Ends ?></td><td><?cs var:cy.Deadline ?></td><td class="num"><?cs var:cy.Appraisals ?></td></tr>
<?cs /each ?>
</tbody>
</table>
</div>
<?cs else ?>
<p class="empty">No cycles yet: add one for each staff group below.</p>
<?cs /if ?>
<form method="post" action="<?cs var:Site.Prefix ?>admin/cycles" novalidate class="step">
<h2>Add a cycle</h2>
<input type="hidden" name="csrf" value="<?cs var:CSRF ?>">
<?cs include:"admin/cycle_fields.cs" ?>
<button type="submit" class="button">Add the cycle</button>
</form>
