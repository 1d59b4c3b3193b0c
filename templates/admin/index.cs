<h1>Set up the appraisal year</h1>
<p>Set up <?cs var:Actor.School ?> for this year's appraisals.</p>
<ul class="task-list">
<?cs if:Admin.CanPolicy ?>
<li><a href="<?cs var:Site.Prefix ?>admin/settings">School policy settings</a>
<p class="small">Who reviews, how many objectives, observation limits, moderation, and the working-day deadlines.</p></li>
<li><a href="<?cs var:Site.Prefix ?>admin/reviewers">Reviewers</a>
<p class="small">Who reviews whom this year, and who has no reviewer yet.</p></li>
<?cs /if ?>
<?cs if:Admin.CanCalendar ?>
<li><a href="<?cs var:Site.Prefix ?>admin/calendar">School calendar</a>
<p class="small">Bank holidays, school holidays and closure days: deadlines are counted in the working days between them.</p></li>
<?cs /if ?>
</ul>
<p class="small">Cycles and staff details (career stage, FTE, line managers) will be set up here too.</p>
