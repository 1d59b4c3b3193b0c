<?cs include:"error_summary.cs" ?>
<h1>Annual assessment and final report: <?cs var:Rev.Reviewee ?></h1>
<?cs if:Form.Notice ?><p class="notice" role="status"><?cs var:Form.Notice ?></p><?cs /if ?>
<p><a href="<?cs var:Site.Prefix ?>plan/<?cs var:Rev.Id ?>">The planning statement</a> · <a href="<?cs var:Site.Prefix ?>review/<?cs var:Rev.Id ?>">Interim review and evidence</a><?cs if:Rev.AppealLink ?> · <a href="<?cs var:Site.Prefix ?>appeal/<?cs var:Rev.Id ?>">Appeal</a><?cs /if ?></p>
<dl class="facts">
<dt>Cycle</dt><dd><?cs var:Rev.Cycle ?></dd>
<dt>Reviewer</dt><dd><?cs if:string.length(Rev.Reviewer) ?><?cs var:Rev.Reviewer ?><?cs else ?>Not assigned yet<?cs /if ?></dd>
<dt>Stage</dt><dd><?cs var:Rev.State ?></dd>
<?cs if:string.length(Rev.Deadline) ?><dt>Report due by</dt><dd><?cs var:Rev.Deadline ?><?cs if:Rev.Overdue ?> <strong class="tag tag-overdue">Overdue</strong><?cs /if ?></dd><?cs /if ?>
</dl>

<?cs if:Window.Open ?>
<section class="card" aria-labelledby="window-heading">
<h2 id="window-heading">Appeal window</h2>
<p><?cs if:Rev.IsReviewee ?>You may appeal<?cs else ?><?cs var:Rev.Reviewee ?> may appeal<?cs /if ?> against the report in writing, with the grounds, until <strong><?cs var:Window.Until ?></strong>: <?cs var:Window.DaysLeft ?> working day<?cs if:Window.DaysLeft != 1 ?>s<?cs /if ?> left, today included. After that day the appraisal closes by itself.</p>
<?cs if:Rev.IsReviewee ?><p><a class="button" href="<?cs var:Site.Prefix ?>appeal/<?cs var:Rev.Id ?>">Appeal against the report</a></p><?cs /if ?>
</section>
<?cs /if ?>

<section class="card" aria-labelledby="meeting-heading" id="meeting">
<h2 id="meeting-heading">Annual assessment meeting</h2>
<?cs if:string.length(Meeting.Day) ?>
<dl class="facts"><dt>Day</dt><dd><?cs var:Meeting.Day ?></dd>
<?cs if:string.length(Meeting.Time) ?><dt>Time</dt><dd><?cs var:Meeting.Time ?></dd><?cs /if ?>
<?cs if:string.length(Meeting.Place) ?><dt>Place</dt><dd><?cs var:Meeting.Place ?></dd><?cs /if ?></dl>
<?cs else ?>
<p class="empty">Not arranged yet.</p>
<?cs /if ?>
<?cs if:Can.Arrange ?>
<form method="post" action="<?cs var:Site.Prefix ?>review/<?cs var:Rev.Id ?>/arrange" novalidate class="step">
<input type="hidden" name="csrf" value="<?cs var:CSRF ?>">
<input type="hidden" name="version" value="<?cs var:Rev.Version ?>">
<div class="field<?cs if:Form.Error.day ?> field-error<?cs /if ?>">
<label for="day"><?cs if:string.length(Meeting.Day) ?>Move the meeting to<?cs else ?>Day of the meeting<?cs /if ?></label>
<p class="hint">A working day, with the school's notice<?cs if:string.length(Rev.Deadline) ?>; the report is due by <?cs var:Rev.Deadline ?><?cs /if ?>.</p>
<?cs if:Form.Error.day ?><p id="day-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.day ?></p><?cs /if ?>
<input class="short" type="date" id="day" name="day" min="<?cs var:Rev.Today ?>" value="<?cs var:Typed.day ?>">
</div>
<div class="field<?cs if:Form.Error.time ?> field-error<?cs /if ?>">
<label for="time">Time (optional)</label>
<?cs if:Form.Error.time ?><p id="time-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.time ?></p><?cs /if ?>
<input class="short" type="text" id="time" name="time" value="<?cs var:Typed.time ?>">
</div>
<div class="field<?cs if:Form.Error.place ?> field-error<?cs /if ?>">
<label for="place">Place (optional)</label>
<?cs if:Form.Error.place ?><p id="place-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.place ?></p><?cs /if ?>
<input type="text" id="place" name="place" value="<?cs var:Typed.place ?>">
</div>
<button type="submit" class="button"><?cs if:string.length(Meeting.Day) ?>Move the meeting<?cs else ?>Arrange the meeting<?cs /if ?></button>
</form>
<?cs /if ?>
</section>

<?cs if:Report.Number ?>
<section class="card" aria-labelledby="report-heading" id="report">
<h2 id="report-heading"><?cs if:Report.Issued ?>Final report<?cs else ?>Report being drafted<?cs /if ?>, version <?cs var:Report.Number ?></h2>
<?cs if:Report.Older ?><p class="notice">This is an earlier version. <a href="<?cs var:Site.Prefix ?>review/<?cs var:Rev.Id ?>/report">See the newest</a>.</p><?cs /if ?>
<?cs if:Report.Issued ?><p class="small">Issued by <?cs var:Report.IssuedBy ?> on <?cs var:Report.IssuedDay ?>. An issued report is never changed: a correction is a new version, with its reason.</p><?cs else ?><p class="small">Not issued: only the reviewer sees this version until it is issued.</p><?cs /if ?>
<?cs if:string.length(Report.Reason) ?><p><strong>Why this version:</strong> <?cs var:Report.Reason ?></p><?cs /if ?>
<?cs if:string.length(Report.Absence) ?><p><strong>Significant absence recorded:</strong> <?cs var:Report.Absence ?></p><?cs /if ?>
<h3>Objectives</h3>
<div class="table-wrap">
<table>
<caption class="visually-hidden">The outcome of each objective</caption>
<thead><tr><th scope="col">Objective</th><th scope="col">Outcome</th><th scope="col">Comment</th></tr></thead>
<tbody>
<?cs each:o = Objectives ?>
<tr><th scope="row"><?cs var:o.Position ?>. <?cs var:o.Description ?><?cs if:string.length(o.RecordedNotHeld) ?><br><span class="tag">Not held to this objective</span> <span class="small"><?cs var:o.RecordedNotHeld ?></span><?cs /if ?></th><td><?cs var:o.OutcomeLabel ?></td><td class="text"><?cs var:o.Comment ?></td></tr>
<?cs /each ?>
</tbody>
</table>
</div>
<h3>Against the standards</h3>
<div class="table-wrap">
<table>
<caption class="visually-hidden">The judgement on each standard</caption>
<thead><tr><th scope="col">Standard</th><th scope="col">Judgement</th><th scope="col">Comment</th></tr></thead>
<tbody>
<?cs each:s = Standards ?>
<tr><th scope="row"><?cs var:s.Label ?></th><td><?cs var:s.JudgementLabel ?></td><td class="text"><?cs var:s.Comment ?></td></tr>
<?cs /each ?>
</tbody>
</table>
</div>
<p class="text"><?cs var:Report.StandardsComment ?></p>
<dl class="facts">
<?cs if:string.length(Report.Rating) ?><dt>Overall rating</dt><dd><?cs var:Report.Rating ?></dd><?cs /if ?>
<?cs if:string.length(Report.Pay) ?><dt>Pay recommendation</dt><dd><?cs var:Report.Pay ?></dd><?cs /if ?>
<?cs if:string.length(Report.Training) ?><dt>Training and development needs</dt><dd class="text"><?cs var:Report.Training ?></dd><?cs /if ?>
<?cs if:string.length(Report.Aspirations) ?><dt>Aspirations</dt><dd class="text"><?cs var:Report.Aspirations ?></dd><?cs /if ?>
<?cs if:string.length(Report.Comment) ?><dt>Comment of <?cs var:Rev.Reviewee ?></dt><dd class="text"><?cs var:Report.Comment ?> <span class="small">(<?cs var:Report.CommentAt ?>)</span></dd><?cs /if ?>
</dl>
<?cs if:Can.Comment ?>
<form method="post" action="<?cs var:Site.Prefix ?>review/<?cs var:Rev.Id ?>/report/comment" novalidate class="step">
<input type="hidden" name="csrf" value="<?cs var:CSRF ?>">
<input type="hidden" name="report_version" value="<?cs var:Report.Version ?>">
<div class="field<?cs if:Form.Error.comment ?> field-error<?cs /if ?>">
<label for="comment">Your comments on the report</label>
<p class="hint">Added to the report as it stands; you can add them once.</p>
<?cs if:Form.Error.comment ?><p id="comment-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.comment ?></p><?cs /if ?>
<textarea id="comment" name="comment" rows="5"><?cs var:Typed.comment ?></textarea>
</div>
<button type="submit" class="button">Add your comments</button>
</form>
<?cs /if ?>
</section>
<?cs /if ?>

<?cs if:Ups.Shown ?>
<section class="card" aria-labelledby="ups-heading">
<h2 id="ups-heading">Upper pay range</h2>
<p>The school's rule: <?cs var:Ups.Reports ?> consecutive successful reports and at least <?cs var:Ups.Years ?> year<?cs if:Ups.Years != 1 ?>s<?cs /if ?> at point 6 of the main range. On point <?cs var:Ups.PayPoint ?> of the main range, <?cs var:Ups.YearsOnM6 ?> years at point 6.</p>
<p><strong><?cs if:Ups.Eligible == "1" ?>Eligible to apply for the upper pay range.<?cs else ?>Not yet eligible for the upper pay range.<?cs /if ?></strong></p>
<?cs if:History.0.Cycle ?>
<div class="table-wrap"><table>
<caption>Reports of earlier cycles</caption>
<thead><tr><th scope="col">Cycle</th><th scope="col">Rating</th><th scope="col">Issued</th></tr></thead>
<tbody><?cs each:h = History ?><tr><th scope="row"><?cs var:h.Cycle ?></th><td><?cs var:h.Rating ?></td><td><?cs var:h.Day ?></td></tr><?cs /each ?></tbody>
</table></div>
<?cs /if ?>
</section>
<?cs /if ?>

<?cs if:Can.Assess ?>
<section class="card" aria-labelledby="assess-heading" id="assessment">
<h2 id="assess-heading">Record the assessment</h2>
<p class="small">Every part is needed before the report can be issued. Saving keeps it as a draft that only you see.</p>
<form method="post" action="<?cs var:Site.Prefix ?>review/<?cs var:Rev.Id ?>/assess" novalidate>
<input type="hidden" name="csrf" value="<?cs var:CSRF ?>">
<input type="hidden" name="version" value="<?cs var:Rev.Version ?>">
<input type="hidden" name="report_version" value="<?cs if:Report.Issued || !Report.Version ?>0<?cs else ?><?cs var:Report.Version ?><?cs /if ?>">
<h3>The cycle</h3>
<div class="field<?cs if:Form.Error.absence ?> field-error<?cs /if ?>">
<label for="absence">Significant absence during the cycle (optional)</label>
<p class="hint">If recorded, the person is not held to their objectives, and the report says so beside each one.</p>
<?cs if:Form.Error.absence ?><p id="absence-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.absence ?></p><?cs /if ?>
<textarea id="absence" name="absence" rows="2"><?cs var:Form.absence ?></textarea>
</div>
<h3>Objectives</h3>
<?cs each:o = Objectives ?>
<fieldset class="objective">
<legend>Objective <?cs var:o.Position ?>: <?cs var:o.Description ?></legend>
<p class="small">Success criteria: <?cs var:o.Criteria ?></p>
<?cs if:string.length(o.NotHeld) ?><p class="notice"><strong>Not held to this objective:</strong> <?cs var:o.NotHeld ?>.</p><?cs /if ?>
<fieldset class="field<?cs if:o.OutcomeError ?> field-error<?cs /if ?>">
<legend>Outcome of objective <?cs var:o.Position ?></legend>
<?cs if:o.OutcomeError ?><p id="outcome_<?cs var:o.Id ?>-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:o.OutcomeError ?></p><?cs /if ?>
<?cs each:w = Outcomes ?>
<div class="choice"><input type="radio" id="outcome_<?cs var:o.Id ?><?cs if:name(w) != "0" ?>-<?cs var:w.Word ?><?cs /if ?>" name="outcome_<?cs var:o.Id ?>" value="<?cs var:w.Word ?>"<?cs if:o.Outcome == w.Word ?> checked<?cs /if ?>><label for="outcome_<?cs var:o.Id ?><?cs if:name(w) != "0" ?>-<?cs var:w.Word ?><?cs /if ?>"><?cs var:w.Label ?></label></div>
<?cs /each ?>
</fieldset>
<div class="field<?cs if:o.CommentError ?> field-error<?cs /if ?>">
<label for="ocomment_<?cs var:o.Id ?>">Comment on objective <?cs var:o.Position ?></label>
<?cs if:o.CommentError ?><p id="ocomment_<?cs var:o.Id ?>-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:o.CommentError ?></p><?cs /if ?>
<textarea id="ocomment_<?cs var:o.Id ?>" name="ocomment_<?cs var:o.Id ?>" rows="3"><?cs var:o.Typed ?></textarea>
</div>
</fieldset>
<?cs /each ?>
<h3>Against the standards</h3>
<?cs each:s = Standards ?>
<fieldset class="objective">
<legend>Standard <?cs var:s.Label ?></legend>
<?cs if:string.length(s.Descriptor) ?><p class="small text"><?cs var:s.Descriptor ?></p><?cs /if ?>
<fieldset class="field<?cs if:s.JudgementError ?> field-error<?cs /if ?>">
<legend>Judgement: <?cs var:s.Label ?></legend>
<?cs if:s.JudgementError ?><p id="judgement_<?cs var:s.Id ?>-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:s.JudgementError ?></p><?cs /if ?>
<?cs each:w = Judgements ?>
<div class="choice"><input type="radio" id="judgement_<?cs var:s.Id ?><?cs if:name(w) != "0" ?>-<?cs var:w.Word ?><?cs /if ?>" name="judgement_<?cs var:s.Id ?>" value="<?cs var:w.Word ?>"<?cs if:s.Judgement == w.Word ?> checked<?cs /if ?>><label for="judgement_<?cs var:s.Id ?><?cs if:name(w) != "0" ?>-<?cs var:w.Word ?><?cs /if ?>"><?cs var:w.Label ?></label></div>
<?cs /each ?>
</fieldset>
<div class="field<?cs if:s.CommentError ?> field-error<?cs /if ?>">
<label for="scomment_<?cs var:s.Id ?>">Comment: <?cs var:s.Label ?> (optional)</label>
<?cs if:s.CommentError ?><p id="scomment_<?cs var:s.Id ?>-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:s.CommentError ?></p><?cs /if ?>
<textarea id="scomment_<?cs var:s.Id ?>" name="scomment_<?cs var:s.Id ?>" rows="2"><?cs var:s.Typed ?></textarea>
</div>
</fieldset>
<?cs /each ?>
<div class="field<?cs if:Form.Error.standards_comment ?> field-error<?cs /if ?>">
<label for="standards_comment">Evaluation against the standards</label>
<?cs if:Form.Error.standards_comment ?><p id="standards_comment-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.standards_comment ?></p><?cs /if ?>
<textarea id="standards_comment" name="standards_comment" rows="4"><?cs var:Form.standards_comment ?></textarea>
</div>
<h3>Rating and pay</h3>
<fieldset class="field<?cs if:Form.Error.rating ?> field-error<?cs /if ?>">
<legend>Overall rating</legend>
<?cs if:Form.Error.rating ?><p id="rating-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.rating ?></p><?cs /if ?>
<?cs each:w = Ratings ?>
<div class="choice"><input type="radio" id="rating<?cs if:name(w) != "0" ?>-<?cs var:w.Word ?><?cs /if ?>" name="rating" value="<?cs var:w.Word ?>"<?cs if:Form.rating == w.Word ?> checked<?cs /if ?>><label for="rating<?cs if:name(w) != "0" ?>-<?cs var:w.Word ?><?cs /if ?>"><?cs var:w.Label ?></label></div>
<?cs /each ?>
</fieldset>
<?cs if:Form.PayEligible ?>
<fieldset class="field<?cs if:Form.Error.pay ?> field-error<?cs /if ?>">
<legend>Pay recommendation</legend>
<?cs if:Form.Error.pay ?><p id="pay-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.pay ?></p><?cs /if ?>
<?cs each:w = PayWords ?>
<div class="choice"><input type="radio" id="pay<?cs if:name(w) != "0" ?>-<?cs var:w.Word ?><?cs /if ?>" name="pay" value="<?cs var:w.Word ?>"<?cs if:Form.pay == w.Word ?> checked<?cs /if ?>><label for="pay<?cs if:name(w) != "0" ?>-<?cs var:w.Word ?><?cs /if ?>"><?cs var:w.Label ?></label></div>
<?cs /each ?>
</fieldset>
<?cs /if ?>
<h3>Development</h3>
<div class="field<?cs if:Form.Error.training_needs ?> field-error<?cs /if ?>">
<label for="training_needs">Training and development needs</label>
<p class="hint">These go to the CPD coordinator.</p>
<?cs if:Form.Error.training_needs ?><p id="training_needs-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.training_needs ?></p><?cs /if ?>
<textarea id="training_needs" name="training_needs" rows="3"><?cs var:Form.training_needs ?></textarea>
</div>
<div class="field<?cs if:Form.Error.aspirations ?> field-error<?cs /if ?>">
<label for="aspirations">Aspirations (optional)</label>
<?cs if:Form.Error.aspirations ?><p id="aspirations-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.aspirations ?></p><?cs /if ?>
<textarea id="aspirations" name="aspirations" rows="3"><?cs var:Form.aspirations ?></textarea>
</div>
<button type="submit" class="button">Save the assessment</button>
</form>
</section>
<?cs /if ?>

<?cs if:Can.Issue ?>
<section class="card" aria-labelledby="issue-heading" id="issue">
<h2 id="issue-heading"><?cs if:Can.Reassess ?>Issue the reconsidered report<?cs else ?>Issue the report<?cs /if ?></h2>
<p>Once issued, version <?cs var:Report.Number ?> is locked and <?cs var:Rev.Reviewee ?> can read it, comment on it and appeal against it.</p>
<form method="post" action="<?cs var:Site.Prefix ?>review/<?cs var:Rev.Id ?>/issue" novalidate class="step">
<input type="hidden" name="csrf" value="<?cs var:CSRF ?>">
<input type="hidden" name="version" value="<?cs var:Rev.Version ?>">
<input type="hidden" name="report_version" value="<?cs var:Report.Version ?>">
<button type="submit" class="button">Issue version <?cs var:Report.Number ?> of the report</button>
</form>
</section>
<?cs elif:string.length(Can.IssueFrom) ?>
<p class="notice">The report can be issued after the assessment meeting on <?cs var:Can.IssueFrom ?>.</p>
<?cs /if ?>

<?cs if:Can.Correct ?>
<section class="card" aria-labelledby="correct-heading">
<h2 id="correct-heading"><?cs if:Can.Reassess ?>Reconsider the disputed entries<?cs else ?>Correct the report<?cs /if ?></h2>
<p><?cs if:Can.Reassess ?>The appeal was upheld: the entries it disputed come back to you to reconsider. Begin a new version, change what needs changing, then issue it.<?cs else ?>An issued report is never edited: a correction is a new version, with its reason, issued in turn.<?cs /if ?></p>
<form method="post" action="<?cs var:Site.Prefix ?>review/<?cs var:Rev.Id ?>/correct" novalidate class="step">
<input type="hidden" name="csrf" value="<?cs var:CSRF ?>">
<input type="hidden" name="version" value="<?cs var:Rev.Version ?>">
<div class="field<?cs if:Form.Error.reason ?> field-error<?cs /if ?>">
<label for="reason">Why a new version</label>
<?cs if:Form.Error.reason ?><p id="reason-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.reason ?></p><?cs /if ?>
<textarea id="reason" name="reason" rows="2"><?cs var:Typed.reason ?></textarea>
</div>
<button type="submit" class="button">Begin a new version</button>
</form>
</section>
<?cs /if ?>

<?cs if:Versions.1.Number ?>
<section class="card" aria-labelledby="versions-heading">
<h2 id="versions-heading">Versions of the report</h2>
<ul>
<?cs each:x = Versions ?><li><?cs if:x.Shown ?>Version <?cs var:x.Number ?> (shown)<?cs else ?><a href="<?cs var:Site.Prefix ?>review/<?cs var:Rev.Id ?>/report?v=<?cs var:x.Number ?>">Version <?cs var:x.Number ?></a><?cs /if ?>: <?cs var:x.Issued ?><?cs if:string.length(x.Reason) ?>. <?cs var:x.Reason ?><?cs /if ?></li>
<?cs /each ?>
</ul>
</section>
<?cs /if ?>
