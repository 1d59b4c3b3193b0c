<h1><?cs var:Error.Title ?></h1>
<p class="lead"><?cs var:Error.Message ?></p>
<?cs if:Actor.Name ?>
<p><a href="<?cs var:Site.Prefix ?>">Go to your dashboard</a></p>
<?cs else ?>
<p><a href="<?cs var:Site.Prefix ?>login">Go to the log-in page</a></p>
<?cs /if ?>
<p class="small">Error code <?cs var:Error.Status ?>, request id
<code><?cs var:Error.RequestId ?></code>. If you tell IT about this, give
them this id: it finds what happened in the server's log.</p>
