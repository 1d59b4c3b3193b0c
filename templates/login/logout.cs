<div class="narrow">
<h1>Log out</h1>
<p>You are logged in as <?cs var:Actor.Name ?> (<?cs var:Actor.Login ?>).</p>
<form method="post" action="<?cs var:Site.Prefix ?>logout">
<input type="hidden" name="csrf" value="<?cs var:CSRF ?>">
<button type="submit" class="button">Log out</button>
</form>
</div>
