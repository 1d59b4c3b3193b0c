<?cs include:"error_summary.cs" ?>
<h1>School policy settings</h1>
<?cs if:Form.Notice ?><p class="notice" role="status"><?cs var:Form.Notice ?></p><?cs /if ?>
<?cs if:Form.Conflict ?>
<div class="error-summary" role="alert" tabindex="-1">
<h2>Someone else saved these settings</h2>
<p>While you were editing, someone else saved the settings. Nothing of yours was saved. The form still shows what you typed; where the saved setting is now different, it is shown beside it. Check them, then save again if you still want your changes.</p>
</div>
<?cs /if ?>
<p>These settings are the policy <?cs var:Actor.School ?> chose. Deadlines are counted in working days on the school's calendar.</p>
<?cs if:Sections.0.Title ?><nav aria-labelledby="settings-contents"><h2 id="settings-contents" class="small-heading">Contents</h2><ul class="plain"><?cs each:g = Sections ?><li><a href="#section-<?cs var:g.Index ?>"><?cs var:g.Title ?></a></li><?cs /each ?></ul></nav><?cs /if ?>
<form method="post" action="<?cs var:Site.Prefix ?>admin/settings" novalidate>
<input type="hidden" name="csrf" value="<?cs var:CSRF ?>">
<input type="hidden" name="version" value="<?cs var:Form.Version ?>">
<?cs each:g = Sections ?>
<section class="settings-section" aria-labelledby="section-<?cs var:g.Index ?>">
<h2 id="section-<?cs var:g.Index ?>"><?cs var:g.Title ?></h2>
<?cs each:s = g.Settings ?>
<?cs set:err = Form.Error[s.Column] ?>
<?cs if:s.Kind == "number" || s.Kind == "monthday" ?>
<div class="field<?cs if:err ?> field-error<?cs /if ?>">
<label for="<?cs var:s.Column ?>"><?cs var:s.Label ?></label>
<?cs if:s.Hint ?><p class="hint" id="<?cs var:s.Column ?>-hint"><?cs var:s.Hint ?></p><?cs /if ?>
<?cs if:s.Pending ?><p class="hint pending" id="<?cs var:s.Column ?>-pending"><?cs var:s.Pending ?></p><?cs /if ?>
<?cs if:err ?><p id="<?cs var:s.Column ?>-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:err ?></p><?cs /if ?>
<?cs if:s.Saved ?><p class="hint" id="<?cs var:s.Column ?>-saved">Saved now: <?cs var:s.Saved ?></p><?cs /if ?>
<input class="<?cs if:s.Kind == "monthday" ?>medium<?cs else ?>short<?cs /if ?>" type="text"<?cs if:s.Kind == "number" ?> inputmode="decimal"<?cs /if ?> id="<?cs var:s.Column ?>" name="<?cs var:s.Column ?>" value="<?cs var:s.Value ?>"<?cs if:s.Hint || s.Pending || err ?> aria-describedby="<?cs if:s.Hint ?><?cs var:s.Column ?>-hint <?cs /if ?><?cs if:s.Pending ?><?cs var:s.Column ?>-pending <?cs /if ?><?cs if:err ?><?cs var:s.Column ?>-error<?cs /if ?>"<?cs /if ?><?cs if:err ?> aria-invalid="true"<?cs /if ?>>
</div>
<?cs else ?>
<div class="field<?cs if:err ?> field-error<?cs /if ?>">
<fieldset id="<?cs var:s.Column ?>"<?cs if:s.Hint || s.Pending || err ?> aria-describedby="<?cs if:s.Hint ?><?cs var:s.Column ?>-hint <?cs /if ?><?cs if:s.Pending ?><?cs var:s.Column ?>-pending <?cs /if ?><?cs if:err ?><?cs var:s.Column ?>-error<?cs /if ?>"<?cs /if ?>>
<legend><?cs var:s.Label ?></legend>
<?cs if:s.Hint ?><p class="hint" id="<?cs var:s.Column ?>-hint"><?cs var:s.Hint ?></p><?cs /if ?>
<?cs if:s.Pending ?><p class="hint pending" id="<?cs var:s.Column ?>-pending"><?cs var:s.Pending ?></p><?cs /if ?>
<?cs if:err ?><p id="<?cs var:s.Column ?>-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:err ?></p><?cs /if ?>
<?cs if:s.Saved ?><p class="hint" id="<?cs var:s.Column ?>-saved">Saved now: <?cs var:s.Saved ?></p><?cs /if ?>
<?cs if:s.Kind == "bool" ?>
<div class="choice"><input type="radio" id="<?cs var:s.Column ?>-1" name="<?cs var:s.Column ?>" value="1"<?cs if:s.Value == "1" ?> checked<?cs /if ?>><label for="<?cs var:s.Column ?>-1">Yes</label></div>
<div class="choice"><input type="radio" id="<?cs var:s.Column ?>-0" name="<?cs var:s.Column ?>" value="0"<?cs if:s.Value == "0" ?> checked<?cs /if ?>><label for="<?cs var:s.Column ?>-0">No</label></div>
<?cs else ?>
<?cs each:o = s.Options ?>
<div class="choice"><input type="radio" id="<?cs var:s.Column ?>-<?cs var:o.Word ?>" name="<?cs var:s.Column ?>" value="<?cs var:o.Word ?>"<?cs if:s.Value == o.Word ?> checked<?cs /if ?>><label for="<?cs var:s.Column ?>-<?cs var:o.Word ?>"><?cs var:o.Label ?></label></div>
<?cs /each ?>
<?cs /if ?>
</fieldset>
</div>
<?cs /if ?>
<?cs /each ?>
</section>
<?cs /each ?>
<button type="submit" class="button">Save settings</button>
</form>
