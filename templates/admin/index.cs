<h1>Set up the appraisal year</h1>
<p>Set up <?cs var:Actor.School ?> for this year's appraisals.</p>
<ul class="task-list">
<?cs if:Admin.CanPolicy ?>
<li><a href="<?cs var:Site.Prefix ?>admin/settings">School policy settings</a>
<p class="small">Who reviews, how many objectives, observation limits, moderation, and the working-day deadlines.</p></li>
<li><a href="<?cs var:Site.Prefix ?>admin/reviewers">Reviewers</a>
<p class="small">Who reviews whom this year, one by one or from a list, and who has no reviewer yet.</p></li>
<li><a href="<?cs var:Site.Prefix ?>admin/staff">Staff details</a>
<p class="small">Staff group, career stage, FTE, QTS, contracts, exemptions and line managers; import the whole staff list.</p></li>
<?cs /if ?>
<?cs if:Admin.CanDecide ?>
<li><a href="<?cs var:Site.Prefix ?>admin/reviewer-requests">Requests for a different reviewer</a><?cs if:Admin.Waiting > 0 ?> <strong class="tag"><?cs var:Admin.Waiting ?> waiting</strong><?cs /if ?>
<p class="small">Grant or refuse a member of staff's request, with a reason.</p></li>
<?cs /if ?>
<?cs if:Admin.CanCalendar ?>
<li><a href="<?cs var:Site.Prefix ?>admin/calendar">School calendar</a>
<p class="small">Bank holidays, school holidays and closure days, from CSV or an iCalendar file: deadlines are counted in the working days between them.</p></li>
<li><a href="<?cs var:Site.Prefix ?>admin/cycles">Appraisal cycles</a>
<p class="small">The cycle of each staff group: its dates and when its reviews must be complete.</p></li>
<?cs /if ?>
</ul>
