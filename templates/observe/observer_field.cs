<?cs # The observer of one of the page's forms, whose fields begin with pk ("" or "d_"): the usual observers in a list, or another member of staff by their full name (cgi-bin/observe-observer.c). After a name several people bear, the list offers just them. ?>
<?cs set:pick_id = pk + "observer" ?><?cs set:pick_name = pk + "observer_name" ?>
<?cs if:Obs.ChooseObserver ?>
<?cs set:pick_matches = Matches.Field == pick_name ?>
<div class="field<?cs if:Form.Error[pick_id] ?> field-error<?cs /if ?>">
<label for="<?cs var:pick_id ?>">Observer</label>
<p class="hint" id="<?cs var:pick_id ?>-hint"><?cs if:pick_matches ?>The people called <?cs var:Matches.Name ?>: choose which of them observed.<?cs else ?>The usual observers: the reviewer, the headteacher, the leadership team, <?cs var:Obs.Reviewee ?>'s line managers, and those named in the observation plan or who have observed them already. A teacher is observed by someone with QTS.<?cs /if ?></p>
<?cs if:Form.Error[pick_id] ?><p id="<?cs var:pick_id ?>-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error[pick_id] ?></p><?cs /if ?>
<select id="<?cs var:pick_id ?>" name="<?cs var:pick_id ?>" aria-describedby="<?cs var:pick_id ?>-hint<?cs if:Form.Error[pick_id] ?> <?cs var:pick_id ?>-error<?cs /if ?>">
<option value="">Choose the observer</option>
<?cs if:pick_matches ?><?cs each:p = Matches.People ?><option value="<?cs var:p.Id ?>"<?cs if:Typed[pick_id] == p.Id ?> selected<?cs /if ?>><?cs var:p.Name ?></option>
<?cs /each ?><?cs else ?><?cs each:p = Observers ?><option value="<?cs var:p.Id ?>"<?cs if:Typed[pick_id] == p.Id ?> selected<?cs /if ?>><?cs var:p.Name ?></option>
<?cs /each ?><?cs /if ?></select>
</div>
<div class="field<?cs if:Form.Error[pick_name] ?> field-error<?cs /if ?>">
<label for="<?cs var:pick_name ?>">Another member of staff</label>
<p class="hint" id="<?cs var:pick_name ?>-hint"><?cs if:pick_matches ?>Choose which of them in the list above; the name may stay as it is.<?cs else ?>Not in the list? Type their full name, for example Emma Brennan, and leave the list at &ldquo;Choose the observer&rdquo;.<?cs /if ?></p>
<?cs if:Form.Error[pick_name] ?><p id="<?cs var:pick_name ?>-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error[pick_name] ?></p><?cs /if ?>
<input type="text" id="<?cs var:pick_name ?>" name="<?cs var:pick_name ?>" value="<?cs var:Typed[pick_name] ?>" autocomplete="off" spellcheck="false" aria-describedby="<?cs var:pick_name ?>-hint<?cs if:Form.Error[pick_name] ?> <?cs var:pick_name ?>-error<?cs /if ?>">
</div>
<?cs else ?>
<?cs if:Form.Error[pick_id] ?><div class="field field-error"><p id="<?cs var:pick_id ?>" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error[pick_id] ?></p></div><?cs /if ?>
<p>Observer: you (<?cs var:Obs.Me ?>).</p>
<?cs /if ?>
