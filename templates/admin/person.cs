<?cs include:"error_summary.cs" ?>
<h1>Staff details: <?cs var:Person.Name ?></h1>
<?cs if:Form.Conflict ?>
<div class="error-summary" role="alert" tabindex="-1">
<h2>Someone else saved these details</h2>
<p>While you were editing, someone else saved this person's details. Nothing of yours was saved. The form now shows the details as they are saved; what you typed was:</p>
<dl class="facts">
<?cs each:f = Typed ?><?cs if:f.Label ?><dt><?cs var:f.Label ?></dt><dd><?cs if:string.length(f.Shown) ?><?cs var:f.Shown ?><?cs else ?>(empty)<?cs /if ?></dd><?cs /if ?><?cs /each ?>
<dt>Line managers</dt><dd><?cs if:string.length(Typed.Managers) ?><?cs var:Typed.Managers ?><?cs else ?>(none)<?cs /if ?></dd>
</dl>
</div>
<?cs /if ?>
<p><?cs var:Person.Title ?> (user name <?cs var:Person.Login ?>). <a href="<?cs var:Site.Prefix ?>admin/staff">All staff</a></p>
<form method="post" action="<?cs var:Site.Prefix ?>admin/staff/<?cs var:Person.Id ?>" novalidate>
<input type="hidden" name="csrf" value="<?cs var:CSRF ?>">
<input type="hidden" name="version" value="<?cs var:Form.Version ?>">
<?cs each:f = Fields ?><?cs if:f.Column ?>
<?cs set:err = Form.Error[f.Column] ?>
<?cs if:f.Kind == "word" ?>
<div class="field<?cs if:err ?> field-error<?cs /if ?>">
<label for="<?cs var:f.Column ?>"><?cs var:f.Label ?></label>
<?cs if:err ?><p id="<?cs var:f.Column ?>-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:err ?></p><?cs /if ?>
<select id="<?cs var:f.Column ?>" name="<?cs var:f.Column ?>"<?cs if:err ?> aria-describedby="<?cs var:f.Column ?>-error" aria-invalid="true"<?cs /if ?>>
<?cs if:f.Column == "career_stage" ?><option value="">Not set</option><?cs /if ?>
<?cs each:o = f.Options ?><option value="<?cs var:o.Word ?>"<?cs if:f.Value == o.Word ?> selected<?cs /if ?>><?cs var:o.Label ?></option>
<?cs /each ?></select>
</div>
<?cs elif:f.Kind == "bool" ?>
<div class="field<?cs if:err ?> field-error<?cs /if ?>">
<?cs if:err ?><p id="<?cs var:f.Column ?>-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:err ?></p><?cs /if ?>
<div class="choice"><input type="checkbox" id="<?cs var:f.Column ?>" name="<?cs var:f.Column ?>" value="1"<?cs if:f.Value == "1" ?> checked<?cs /if ?>><label for="<?cs var:f.Column ?>"><?cs var:f.Label ?></label></div>
</div>
<?cs else ?>
<div class="field<?cs if:err ?> field-error<?cs /if ?>">
<label for="<?cs var:f.Column ?>"><?cs var:f.Label ?></label>
<?cs if:f.Hint ?><p class="hint" id="<?cs var:f.Column ?>-hint"><?cs var:f.Hint ?></p><?cs /if ?>
<?cs if:err ?><p id="<?cs var:f.Column ?>-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:err ?></p><?cs /if ?>
<input class="short" type="text" id="<?cs var:f.Column ?>" name="<?cs var:f.Column ?>" value="<?cs var:f.Value ?>"<?cs if:f.Hint || err ?> aria-describedby="<?cs if:f.Hint ?><?cs var:f.Column ?>-hint <?cs /if ?><?cs if:err ?><?cs var:f.Column ?>-error<?cs /if ?>"<?cs /if ?><?cs if:err ?> aria-invalid="true"<?cs /if ?>>
</div>
<?cs /if ?>
<?cs /if ?><?cs /each ?>
<div class="field<?cs if:Form.Error.line_managers ?> field-error<?cs /if ?>">
<label for="line_managers">Line managers</label>
<p class="hint" id="line_managers-hint">Their user names, separated by spaces, for example: rpatel sfletcher</p>
<?cs if:Form.Error.line_managers ?><p id="line_managers-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.line_managers ?></p><?cs /if ?>
<input type="text" id="line_managers" name="line_managers" value="<?cs var:Fields.Managers ?>" aria-describedby="line_managers-hint<?cs if:Form.Error.line_managers ?> line_managers-error<?cs /if ?>">
</div>
<button type="submit" class="button">Save the details</button>
</form>
