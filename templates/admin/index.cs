<h1>Set up the appraisal year</h1>
<p>Set up <?cs var:Actor.School ?> for this year's appraisals.</p>
<ul class="task-list">
<?cs if:Admin.CanPolicy ?>
<li><a href="<?cs var:Site.Prefix ?>admin/settings">School policy settings</a>
<p class="small">Who reviews, how many objectives, observation limits, moderation, and the working-day deadlines.</p></li>
<?cs /if ?>
</ul>
<p class="small">The school calendar, cycles, staff details and reviewer assignment will be set up here too.</p>
