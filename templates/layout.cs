<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title><?cs if:Form.Errors.0.Message ?>Error: <?cs /if ?><?cs var:Page.Title ?> – <?cs var:Site.Name ?></title>
<link rel="stylesheet" href="<?cs var:Site.Static ?>appraisal.css">
</head>
<body>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
<div class="wrap">
<a class="site-name" href="<?cs var:Site.Prefix ?>"><?cs var:Site.Name ?></a>
<?cs if:Actor.Name ?>
<nav class="site-nav" aria-label="Account">
<ul>
<li><a href="<?cs var:Site.Prefix ?>">Dashboard</a></li>
<li><span class="who"><?cs var:Actor.Name ?><?cs if:Actor.School ?>, <?cs var:Actor.School ?><?cs /if ?></span></li>
<li><form method="post" action="<?cs var:Site.Prefix ?>logout" class="inline-form">
<input type="hidden" name="csrf" value="<?cs var:CSRF ?>">
<button type="submit" class="link-button">Log out</button>
</form></li>
</ul>
</nav>
<?cs /if ?>
</div>
</header>
<main id="main" class="wrap" tabindex="-1">
<?cs include:Page.Template ?>
</main>
<footer class="site-footer">
<div class="wrap"><p>Appraisal: staff performance management. Records are confidential; every view by someone other than you is logged.</p>
<?cs if:string.length(Page.RequestId) ?><p class="small">Request id <code><?cs var:Page.RequestId ?></code>: if you tell IT about a problem with this page, give them this id.</p><?cs /if ?></div>
</footer>
</body>
</html>
