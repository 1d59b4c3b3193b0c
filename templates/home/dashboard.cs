<h1>Your dashboard</h1>
<section class="card" aria-labelledby="you-heading">
<h2 id="you-heading">You</h2>
<dl class="facts">
<dt>Name</dt><dd><?cs var:Actor.Name ?></dd>
<dt>User name</dt><dd><?cs var:Actor.Login ?></dd>
<dt>School</dt><dd><?cs var:Actor.School ?></dd>
<dt>Job title</dt><dd><?cs alt:Actor.Title ?>Not recorded<?cs /alt ?></dd>
<?cs if:Actor.Mail ?><dt>E-mail</dt><dd><?cs var:Actor.Mail ?></dd><?cs /if ?>
<dt>Roles</dt><dd><ul class="plain"><?cs each:r = Actor.Roles ?><li><?cs var:r ?></li><?cs /each ?></ul></dd>
</dl>
<p class="small">Your name, job title and roles come from the school's directory. If any are wrong, ask IT.</p>
</section>
<section class="card" aria-labelledby="appraisals-heading">
<h2 id="appraisals-heading">Your appraisals</h2>
<p class="empty">Nothing here yet. When your school opens this year's appraisal cycle, your own appraisal will appear here with its next step, who owes it and by when. If you review other staff, their appraisals will appear here too.</p>
</section>
