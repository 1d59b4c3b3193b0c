<?cs # A member of staff a form names (cgi-bin/staff-pick.c): the usual people (Usual) in the list pick_id, or anyone else of the school by full name in pick_name. Set before: pick_id, pick_name, pick_label (the list's label), pick_hint (who the usual people are), pick_choose (the list's first option), pick_which ("observed": "choose which of them observed"). After a name several people bear, the list offers just them (Matches). ?>
<?cs set:pick_matches = Matches.Field == pick_name ?>
<div class="field<?cs if:Form.Error[pick_id] ?> field-error<?cs /if ?>">
<label for="<?cs var:pick_id ?>"><?cs var:pick_label ?></label>
<p class="hint" id="<?cs var:pick_id ?>-hint"><?cs if:pick_matches ?>The people called <?cs var:Matches.Name ?>: choose which of them <?cs var:pick_which ?>.<?cs else ?><?cs var:pick_hint ?><?cs /if ?></p>
<?cs if:Form.Error[pick_id] ?><p id="<?cs var:pick_id ?>-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error[pick_id] ?></p><?cs /if ?>
<select id="<?cs var:pick_id ?>" name="<?cs var:pick_id ?>" aria-describedby="<?cs var:pick_id ?>-hint<?cs if:Form.Error[pick_id] ?> <?cs var:pick_id ?>-error<?cs /if ?>">
<option value=""><?cs var:pick_choose ?></option>
<?cs if:pick_matches ?><?cs each:p = Matches.People ?><option value="<?cs var:p.Id ?>"<?cs if:Typed[pick_id] == p.Id ?> selected<?cs /if ?>><?cs var:p.Name ?></option>
<?cs /each ?><?cs else ?><?cs each:p = Usual ?><option value="<?cs var:p.Id ?>"<?cs if:Typed[pick_id] == p.Id ?> selected<?cs /if ?>><?cs var:p.Name ?></option>
<?cs /each ?><?cs /if ?></select>
</div>
<div class="field<?cs if:Form.Error[pick_name] ?> field-error<?cs /if ?>">
<label for="<?cs var:pick_name ?>">Another member of staff</label>
<p class="hint" id="<?cs var:pick_name ?>-hint"><?cs if:pick_matches ?>Choose which of them in the list above; the name may stay as it is.<?cs else ?>Not in the list? Type their full name, for example Emma Brennan, and leave the list at &ldquo;<?cs var:pick_choose ?>&rdquo;.<?cs /if ?></p>
<?cs if:Form.Error[pick_name] ?><p id="<?cs var:pick_name ?>-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error[pick_name] ?></p><?cs /if ?>
<input type="text" id="<?cs var:pick_name ?>" name="<?cs var:pick_name ?>" value="<?cs var:Typed[pick_name] ?>" autocomplete="off" spellcheck="false" aria-describedby="<?cs var:pick_name ?>-hint<?cs if:Form.Error[pick_name] ?> <?cs var:pick_name ?>-error<?cs /if ?>">
</div>
