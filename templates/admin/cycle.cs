<?cs include:"error_summary.cs" ?>
<h1>Cycle: <?cs var:Cycle.Name ?></h1>
<?cs if:Form.Conflict ?>
<div class="error-summary" role="alert" tabindex="-1">
<h2>Someone else saved this cycle</h2>
<p>While you were editing, someone else saved this cycle. Nothing of yours was saved. The form now shows the cycle as it is saved; what you typed was:</p>
<dl class="facts">
<dt>Staff group</dt><dd><?cs var:Typed.Group ?></dd>
<dt>Name</dt><dd><?cs var:Typed.Name ?></dd>
<dt>Starts</dt><dd><?cs var:Typed.Starts ?></dd>
<dt>Ends</dt><dd><?cs var:Typed.Ends ?></dd>
<dt>Reviews complete by</dt><dd><?cs var:Typed.Deadline ?></dd>
</dl>
</div>
<?cs /if ?>
<p><a href="<?cs var:Site.Prefix ?>admin/cycles">All cycles</a></p>
<form method="post" action="<?cs var:Site.Prefix ?>admin/cycles/<?cs var:Cycle.Id ?>" novalidate>
<input type="hidden" name="csrf" value="<?cs var:CSRF ?>">
<input type="hidden" name="version" value="<?cs var:Cycle.Version ?>">
<?cs include:"admin/cycle_fields.cs" ?>
<button type="submit" class="button">Save the cycle</button>
</form>
