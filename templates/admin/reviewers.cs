<?cs include:"error_summary.cs" ?>
<h1>Reviewers</h1>
<?cs if:Form.Notice ?><p class="notice" role="status"><?cs var:Form.Notice ?></p><?cs /if ?>
<p><?cs if:Assign.Unassigned == 0 ?>Everyone who is appraised this year has a reviewer.<?cs else ?><strong><?cs var:Assign.Unassigned ?></strong> people who are appraised this year have no reviewer yet.<?cs /if ?></p>

<form method="post" action="<?cs var:Site.Prefix ?>admin/reviewers" novalidate class="step">
<h2>Assign a reviewer</h2>
<input type="hidden" name="csrf" value="<?cs var:CSRF ?>">
<div class="field<?cs if:Form.Error.reviewee ?> field-error<?cs /if ?>">
<label for="reviewee">Member of staff to be appraised</label>
<?cs if:Form.Error.reviewee ?><p id="reviewee-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.reviewee ?></p><?cs /if ?>
<select id="reviewee" name="reviewee">
<option value="">Choose</option>
<?cs each:s = Staff ?><?cs if:!s.Exempt ?><option value="<?cs var:s.Id ?>"<?cs if:Typed.reviewee == s.Id ?> selected<?cs /if ?>><?cs var:s.Name ?></option><?cs /if ?>
<?cs /each ?></select>
</div>
<div class="field<?cs if:Form.Error.reviewer ?> field-error<?cs /if ?>">
<label for="reviewer">Reviewer</label>
<?cs if:Form.Error.reviewer ?><p id="reviewer-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.reviewer ?></p><?cs /if ?>
<select id="reviewer" name="reviewer">
<option value="">Choose</option>
<?cs each:s = Staff ?><option value="<?cs var:s.Id ?>"<?cs if:Typed.reviewer == s.Id ?> selected<?cs /if ?>><?cs var:s.Name ?></option>
<?cs /each ?></select>
</div>
<button type="submit" class="button">Assign</button>
</form>

<h2>This year</h2>
<div class="table-wrap">
<table>
<caption class="visually-hidden">Staff and their reviewers this year</caption>
<thead><tr><th scope="col">Name</th><th scope="col">Job title</th><th scope="col">Reviewer</th><th scope="col">Stage</th></tr></thead>
<tbody>
<?cs each:s = Staff ?><tr<?cs if:!s.ReviewerId && !s.Exempt ?> class="overdue"<?cs /if ?>><th scope="row"><?cs var:s.Name ?></th><td><?cs var:s.Title ?></td><td><?cs if:s.Exempt ?>Not appraised (induction)<?cs elif:s.Reviewer ?><?cs var:s.Reviewer ?><?cs else ?><strong>No reviewer</strong><?cs /if ?></td><td><?cs var:s.State ?></td></tr>
<?cs /each ?>
</tbody>
</table>
</div>
