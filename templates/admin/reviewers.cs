<?cs include:"error_summary.cs" ?>
<h1>Reviewers</h1>
<?cs if:Form.Notice ?><p class="notice" role="status"><?cs var:Form.Notice ?></p><?cs /if ?>
<p><?cs if:Assign.Unassigned == 0 ?>Everyone who is appraised this year has a reviewer.<?cs elif:Assign.Unassigned == 1 ?><strong>1</strong> person who is appraised this year has no reviewer yet: <a href="<?cs var:Site.Prefix ?>admin/reviewers?unassigned=1">show who</a>.<?cs else ?><strong><?cs var:Assign.Unassigned ?></strong> people who are appraised this year have no reviewer yet: <a href="<?cs var:Site.Prefix ?>admin/reviewers?unassigned=1">show who</a>.<?cs /if ?></p>
<?cs if:Admin.CanDecide ?><p><a href="<?cs var:Site.Prefix ?>admin/reviewer-requests">Requests for a different reviewer</a></p><?cs /if ?>

<h2>This year</h2>
<form method="get" action="<?cs var:Site.Prefix ?>admin/reviewers" role="search">
<div class="field">
<label for="q">Filter by name or user name</label>
<p class="hint" id="q-hint">The start of a name (for example Emma, or Emma Bren), a whole family name (Brennan) or a user name (ebrennan).</p>
<input type="search" id="q" name="q" value="<?cs var:List.Q ?>" aria-describedby="q-hint">
</div>
<div class="field">
<div class="choice"><input type="checkbox" id="unassigned" name="unassigned" value="1"<?cs if:List.Unassigned ?> checked<?cs /if ?>><label for="unassigned">Only people without a reviewer</label></div>
</div>
<button type="submit" class="button">Filter</button>
</form>
<?cs if:List.Shown > 0 ?>
<p class="small" role="status"><?cs include:"admin/list_status.cs" ?></p>
<div class="table-wrap">
<table>
<caption class="visually-hidden">Staff and their reviewers this year</caption>
<thead><tr><th scope="col">Name</th><th scope="col">Job title</th><th scope="col">Reviewer</th><th scope="col">Stage</th></tr></thead>
<tbody>
<?cs each:s = Staff ?><tr<?cs if:!s.ReviewerId && !s.Exempt && s.Head != 1 ?> class="overdue"<?cs /if ?>><th scope="row"><?cs var:s.Name ?><br><span class="small"><?cs var:s.Login ?></span></th><td><?cs var:s.Title ?></td><td><?cs if:s.Exempt ?>Not appraised (induction)<?cs elif:s.Head == 1 ?>The governors' panel<?cs elif:s.Reviewer ?><?cs var:s.Reviewer ?><?cs else ?><strong>No reviewer</strong><?cs if:s.Proposed ?><br><span class="small">Proposed: <?cs var:s.Proposed ?></span><?cs /if ?><?cs /if ?></td><td><?cs var:s.State ?></td></tr>
<?cs /each ?>
</tbody>
</table>
</div>
<?cs include:"admin/pager.cs" ?>
<?cs else ?>
<p class="empty">Nobody<?cs if:List.Unassigned ?> without a reviewer<?cs /if ?><?cs if:List.Q ?> matches “<?cs var:List.Q ?>”<?cs /if ?>.</p>
<?cs /if ?>

<form method="post" action="<?cs var:Site.Prefix ?>admin/reviewers" novalidate class="step">
<h2>Assign a reviewer</h2>
<?cs if:Form.Conflict ?>
<div class="error-summary" role="alert" tabindex="-1">
<h2>Someone else assigned a reviewer at the same time</h2>
<p>Nothing of yours was saved. The list above shows who reviews whom now; your choice is still in the form below. Check it, then save again if you still want it.</p>
</div>
<?cs /if ?>
<input type="hidden" name="csrf" value="<?cs var:CSRF ?>">
<input type="hidden" name="q" value="<?cs var:List.Q ?>">
<?cs if:List.After > 0 ?><input type="hidden" name="after" value="<?cs var:List.After ?>"><?cs elif:List.Before > 0 ?><input type="hidden" name="before" value="<?cs var:List.Before ?>"><?cs /if ?>
<?cs if:List.Unassigned ?><input type="hidden" name="unassigned" value="1"><?cs /if ?>
<div class="field<?cs if:Form.Error.reviewee ?> field-error<?cs /if ?>">
<label for="reviewee">Member of staff to be appraised</label>
<p class="hint" id="reviewee-hint">The people on this page of the list; filter the list to find someone else.</p>
<?cs if:Form.Error.reviewee ?><p id="reviewee-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.reviewee ?></p><?cs /if ?>
<select id="reviewee" name="reviewee" aria-describedby="reviewee-hint<?cs if:Form.Error.reviewee ?> reviewee-error<?cs /if ?>">
<option value="">Choose</option>
<?cs each:s = Staff ?><?cs if:!s.Exempt && s.Head != 1 && s.Id != Assign.Me ?><option value="<?cs var:s.Id ?>"<?cs if:Typed.reviewee == s.Id ?> selected<?cs /if ?>><?cs var:s.Name ?></option><?cs /if ?>
<?cs /each ?></select>
</div>
<div class="field<?cs if:Form.Error.reviewer ?> field-error<?cs /if ?>">
<?cs if:Reviewers.Typed ?>
<label for="reviewer">Reviewer: their user name</label>
<p class="hint" id="reviewer-hint">The school has too many staff to list here: type the reviewer's user name, for example jcarver (shown under each name in the list above).</p>
<?cs if:Form.Error.reviewer ?><p id="reviewer-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.reviewer ?></p><?cs /if ?>
<input type="text" id="reviewer" name="reviewer" value="<?cs var:Typed.reviewer ?>" autocomplete="off" spellcheck="false" aria-describedby="reviewer-hint<?cs if:Form.Error.reviewer ?> reviewer-error<?cs /if ?>"<?cs if:Form.Error.reviewer ?> aria-invalid="true"<?cs /if ?>>
<?cs else ?>
<label for="reviewer">Reviewer</label>
<?cs if:Form.Error.reviewer ?><p id="reviewer-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.reviewer ?></p><?cs /if ?>
<select id="reviewer" name="reviewer"<?cs if:Form.Error.reviewer ?> aria-describedby="reviewer-error" aria-invalid="true"<?cs /if ?>>
<option value="">Choose</option>
<?cs each:p = Reviewers.List ?><option value="<?cs var:p.Id ?>"<?cs if:Typed.reviewer == p.Id ?> selected<?cs /if ?>><?cs var:p.Name ?></option>
<?cs /each ?></select>
<?cs /if ?>
</div>
<button type="submit" class="button">Assign</button>
</form>

<form method="post" action="<?cs var:Site.Prefix ?>admin/reviewers/import" novalidate enctype="multipart/form-data" class="step">
<h2>Assign many at once</h2>
<input type="hidden" name="csrf" value="<?cs var:CSRF ?>">
<div class="field<?cs if:Form.Error.assignments ?> field-error<?cs /if ?>">
<label for="assignments">Assignments (CSV), one per line</label>
<p class="hint" id="assignments-hint">Each line is <code>reviewee,reviewer</code> with user names, for example <code>ebrennan,jcarver</code>; a first line <code>reviewee,reviewer</code> is allowed. Nobody may get more reviewees than the school's policy allows. Everything is assigned, or nothing if a line is wrong.</p>
<?cs if:Form.Error.assignments ?><p id="assignments-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.assignments ?></p><?cs /if ?>
<?cs if:!Typed.assignments && Assign.Proposals ?><p class="hint" id="assignments-proposed">Filled in with the reviewers the school's policy proposes for the people without one on this page of the list (<?cs if:Assign.ByHead == 1 ?>the headteacher reviews everyone<?cs else ?>each person's line manager, where they have one<?cs /if ?>). Check the lines, change any, then assign.</p><?cs /if ?>
<textarea id="assignments" name="assignments" rows="8" aria-describedby="assignments-hint<?cs if:!Typed.assignments && Assign.Proposals ?> assignments-proposed<?cs /if ?><?cs if:Form.Error.assignments ?> assignments-error<?cs /if ?>"><?cs if:Typed.assignments ?><?cs var:Typed.assignments ?><?cs else ?><?cs var:Assign.Proposals ?><?cs /if ?></textarea>
</div>
<div class="field">
<label for="assignments_file">Or choose a CSV file</label>
<p class="hint" id="assignments_file-hint">A file chosen here is imported instead of anything pasted above.</p>
<input type="file" id="assignments_file" name="assignments_file" accept=".csv,text/csv" aria-describedby="assignments_file-hint">
</div>
<button type="submit" class="button">Assign from the list</button>
</form>
