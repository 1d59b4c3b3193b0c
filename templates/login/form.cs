<div class="narrow">
<?cs include:"error_summary.cs" ?>
<h1>Log in</h1>
<?cs if:Login.Notice ?><p class="notice" role="status"><?cs var:Login.Notice ?></p><?cs /if ?>
<p>Use the user name and password you use to log on to a school computer.</p>
<form method="post" action="<?cs var:Site.Prefix ?>login" novalidate>
<input type="hidden" name="csrf" value="<?cs var:CSRF ?>">
<?cs if:Login.Next ?><input type="hidden" name="next" value="<?cs var:Login.Next ?>"><?cs /if ?>
<div class="field<?cs if:Form.Error.user ?> field-error<?cs /if ?>">
<label for="user">User name</label>
<?cs if:Form.Error.user ?><p id="user-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.user ?></p><?cs /if ?>
<input id="user" name="user" type="text" autocomplete="username" autocapitalize="none" spellcheck="false" maxlength="256" value="<?cs var:Login.User ?>"<?cs if:Form.Error.user ?> aria-describedby="user-error" aria-invalid="true"<?cs /if ?>>
</div>
<div class="field<?cs if:Form.Error.password ?> field-error<?cs /if ?>">
<label for="password">Password</label>
<?cs if:Form.Error.password ?><p id="password-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.password ?></p><?cs /if ?>
<input id="password" name="password" type="password" autocomplete="current-password"<?cs if:Form.Error.password ?> aria-describedby="password-error" aria-invalid="true"<?cs /if ?>>
</div>
<button type="submit" class="button">Log in</button>
</form>
<p class="small">Forgotten your password? Ask IT: it is your school network password.</p>
</div>
