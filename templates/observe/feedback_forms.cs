<?cs if:r.CanWritten ?>
<?cs set:fid = "written_day-" + r.Id ?><?cs set:tid = "written-" + r.Id ?><?cs if:Target == r.Id ?><?cs set:fid = "written_day" ?><?cs set:tid = "written" ?><?cs /if ?>
<form method="post" action="<?cs var:Site.Prefix ?>observe/<?cs var:Obs.Id ?>/written" novalidate class="step">
<input type="hidden" name="csrf" value="<?cs var:CSRF ?>">
<input type="hidden" name="obs" value="<?cs var:r.Id ?>">
<input type="hidden" name="version" value="<?cs var:r.Version ?>">
<div class="field<?cs if:Target == r.Id && Form.Error.written ?> field-error<?cs /if ?>">
<label for="<?cs var:tid ?>">Written feedback</label>
<?cs if:Target == r.Id && Form.Error.written ?><p id="written-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.written ?></p><?cs /if ?>
<textarea id="<?cs var:tid ?>" name="written" rows="5"><?cs if:Target == r.Id ?><?cs var:Typed.written ?><?cs /if ?></textarea>
</div>
<div class="field<?cs if:Target == r.Id && Form.Error.written_day ?> field-error<?cs /if ?>">
<label for="<?cs var:fid ?>">Day it was given</label>
<?cs if:Target == r.Id && Form.Error.written_day ?><p id="written_day-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.written_day ?></p><?cs /if ?>
<input class="short" type="date" id="<?cs var:fid ?>" name="written_day" max="<?cs var:Obs.Today ?>" value="<?cs if:Target == r.Id ?><?cs var:Typed.written_day ?><?cs /if ?>">
</div>
<button type="submit" class="button">Record written feedback</button>
</form>
<?cs /if ?>
<?cs if:r.CanComment ?>
<?cs set:cid = "comment-" + r.Id ?><?cs if:Target == r.Id ?><?cs set:cid = "comment" ?><?cs /if ?>
<form method="post" action="<?cs var:Site.Prefix ?>observe/<?cs var:Obs.Id ?>/comment" novalidate class="step">
<input type="hidden" name="csrf" value="<?cs var:CSRF ?>">
<input type="hidden" name="obs" value="<?cs var:r.Id ?>">
<input type="hidden" name="version" value="<?cs var:r.Version ?>">
<div class="field<?cs if:Target == r.Id && Form.Error.comment ?> field-error<?cs /if ?>">
<label for="<?cs var:cid ?>">Your comments on this record</label>
<?cs if:Target == r.Id && Form.Error.comment ?><p id="comment-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.comment ?></p><?cs /if ?>
<textarea id="<?cs var:cid ?>" name="comment" rows="4"><?cs if:Target == r.Id ?><?cs var:Typed.comment ?><?cs else ?><?cs var:r.Comment ?><?cs /if ?></textarea>
</div>
<button type="submit" class="button"><?cs if:r.Comment ?>Save your changed comments<?cs else ?>Add your comments<?cs /if ?></button>
</form>
<?cs /if ?>
