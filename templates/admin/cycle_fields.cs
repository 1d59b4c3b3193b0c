<div class="field<?cs if:Form.Error.group ?> field-error<?cs /if ?>">
<fieldset id="group"<?cs if:Form.Error.group ?> aria-describedby="group-error"<?cs /if ?>>
<legend>Staff group</legend>
<?cs if:Form.Error.group ?><p id="group-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.group ?></p><?cs /if ?>
<?cs each:g = Groups ?>
<div class="choice"><input type="radio" id="group-<?cs var:g.Word ?>" name="group" value="<?cs var:g.Word ?>"<?cs if:Cycle.Group == g.Word ?> checked<?cs /if ?>><label for="group-<?cs var:g.Word ?>"><?cs var:g.Label ?></label></div>
<?cs /each ?>
</fieldset>
</div>
<div class="field<?cs if:Form.Error.name ?> field-error<?cs /if ?>">
<label for="name">Name</label>
<p class="hint" id="name-hint">For example: Teachers 2027-28</p>
<?cs if:Form.Error.name ?><p id="name-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.name ?></p><?cs /if ?>
<input type="text" id="name" name="name" value="<?cs var:Cycle.Name ?>" aria-describedby="name-hint<?cs if:Form.Error.name ?> name-error<?cs /if ?>">
</div>
<div class="field<?cs if:Form.Error.starts ?> field-error<?cs /if ?>">
<label for="starts">Starts</label>
<p class="hint" id="starts-hint">YYYY-MM-DD, typically 2027-09-01 for teachers</p>
<?cs if:Form.Error.starts ?><p id="starts-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.starts ?></p><?cs /if ?>
<input class="short" type="text" id="starts" name="starts" value="<?cs var:Cycle.Starts ?>" aria-describedby="starts-hint<?cs if:Form.Error.starts ?> starts-error<?cs /if ?>">
</div>
<div class="field<?cs if:Form.Error.ends ?> field-error<?cs /if ?>">
<label for="ends">Ends</label>
<p class="hint" id="ends-hint">YYYY-MM-DD, after the start; support staff often end on 31 March</p>
<?cs if:Form.Error.ends ?><p id="ends-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.ends ?></p><?cs /if ?>
<input class="short" type="text" id="ends" name="ends" value="<?cs var:Cycle.Ends ?>" aria-describedby="ends-hint<?cs if:Form.Error.ends ?> ends-error<?cs /if ?>">
</div>
<div class="field<?cs if:Form.Error.deadline ?> field-error<?cs /if ?>">
<label for="deadline">Reviews complete by</label>
<p class="hint" id="deadline-hint">YYYY-MM-DD, on or after the end and no later than the school's policy allows: <?cs var:Policy.StaffDeadline ?> after the end for staff, <?cs var:Policy.HeadDeadline ?> for the head</p>
<?cs if:Form.Error.deadline ?><p id="deadline-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.deadline ?></p><?cs /if ?>
<input class="short" type="text" id="deadline" name="deadline" value="<?cs var:Cycle.Deadline ?>" aria-describedby="deadline-hint<?cs if:Form.Error.deadline ?> deadline-error<?cs /if ?>">
</div>
