<h1>Staff details</h1>
<?cs if:Form.Notice ?><p class="notice" role="status"><?cs var:Form.Notice ?></p><?cs /if ?>
<p>What <?cs var:Actor.School ?> keeps about each member of staff beyond the directory. <a href="<?cs var:Site.Prefix ?>admin/staff/import">Import the whole staff list from a CSV file</a>.</p>
<form method="get" action="<?cs var:Site.Prefix ?>admin/staff" role="search">
<div class="field">
<label for="q">Filter by name or user name</label>
<p class="hint" id="q-hint">The start of a name (for example Emma, or Emma Bren), a whole family name (Brennan) or a user name (ebrennan).</p>
<input type="search" id="q" name="q" value="<?cs var:List.Q ?>" aria-describedby="q-hint">
</div>
<button type="submit" class="button">Filter</button>
</form>
<?cs if:List.Shown > 0 ?>
<p class="small" role="status"><?cs include:"admin/list_status.cs" ?></p>
<div class="table-wrap">
<table>
<caption class="visually-hidden">Staff details, by name</caption>
<thead><tr><th scope="col">Name</th><th scope="col">Staff group</th><th scope="col">Career stage</th><th scope="col" class="num">FTE</th><th scope="col">QTS</th><th scope="col">Line managers</th></tr></thead>
<tbody>
<?cs each:s = Staff ?><tr><th scope="row"><a href="<?cs var:Site.Prefix ?>admin/staff/<?cs var:s.Id ?>"><?cs var:s.Name ?></a><br><span class="small"><?cs var:s.Title ?></span></th><td><?cs if:string.length(s.Group) ?><?cs var:s.Group ?><?cs else ?>Not set<?cs /if ?></td><td><?cs var:s.Stage ?></td><td class="num"><?cs var:s.Fte ?></td><td><?cs if:s.Qts == "1" ?>Yes<?cs else ?>No<?cs /if ?></td><td><?cs var:s.Managers ?></td></tr>
<?cs /each ?>
</tbody>
</table>
</div>
<?cs include:"admin/pager.cs" ?>
<?cs else ?>
<p class="empty">Nobody<?cs if:List.Q ?> matches “<?cs var:List.Q ?>”<?cs /if ?>.</p>
<?cs /if ?>
