<?cs include:"error_summary.cs" ?>
<h1>School calendar</h1>
<?cs if:Form.Notice ?><p class="notice" role="status"><?cs var:Form.Notice ?></p><?cs /if ?>
<p>Deadlines are counted in working days: weekends and the days below are not working days.
<?cs if:Calendar.Count > 0 ?>The calendar holds <?cs var:Calendar.Count ?> closure days from <?cs var:Calendar.First ?> to <?cs var:Calendar.Last ?>.<?cs else ?>No closure days have been imported yet.<?cs /if ?></p>
<form method="post" action="<?cs var:Site.Prefix ?>admin/calendar" novalidate enctype="multipart/form-data" class="step">
<h2>Import closure days</h2>
<input type="hidden" name="csrf" value="<?cs var:CSRF ?>">
<div class="field<?cs if:Form.Error.csv ?> field-error<?cs /if ?>">
<label for="csv">Dates, one per line</label>
<p class="hint" id="csv-hint">Each line is <code>date,kind,label</code> or <code>from,to,kind,label</code>, with dates as YYYY-MM-DD and kind one of bank_holiday, holiday or closure. For example: <code>2026-12-21,2027-01-01,holiday,Christmas holiday</code>. Everything is imported, or nothing if a line is wrong.</p>
<?cs if:Form.Error.csv ?><p id="csv-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.csv ?></p><?cs /if ?>
<textarea id="csv" name="csv" rows="10" aria-describedby="csv-hint<?cs if:Form.Error.csv ?> csv-error<?cs /if ?>"><?cs var:Typed.csv ?></textarea>
</div>
<div class="field">
<label for="csv_file">Or choose a CSV file</label>
<p class="hint" id="csv_file-hint">A file chosen here is imported instead of anything pasted above.</p>
<input type="file" id="csv_file" name="csv_file" accept=".csv,text/csv" aria-describedby="csv_file-hint">
</div>
<button type="submit" class="button">Import</button>
</form>
<form method="post" action="<?cs var:Site.Prefix ?>admin/calendar/ics" novalidate enctype="multipart/form-data" class="step">
<h2>Import from an iCalendar file (.ics)</h2>
<input type="hidden" name="csrf" value="<?cs var:CSRF ?>">
<div class="field<?cs if:Form.Error.ics ?> field-error<?cs /if ?>">
<label for="ics">The iCalendar file's text</label>
<p class="hint" id="ics-hint">Open the term-dates file the school or local authority publishes (it starts with <code>BEGIN:VCALENDAR</code>) in a text editor and paste all of it here. Every event becomes closed days from its start to its end, labelled with its summary, so leave out events that are not closures (such as INSET days or the first day of term). Everything is imported, or nothing if the file is wrong.</p>
<?cs if:Form.Error.ics ?><p id="ics-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.ics ?></p><?cs /if ?>
<textarea id="ics" name="ics" rows="10" aria-describedby="ics-hint<?cs if:Form.Error.ics ?> ics-error<?cs /if ?>"><?cs var:Typed.ics ?></textarea>
</div>
<div class="field">
<label for="ics_file">Or choose the .ics file</label>
<p class="hint" id="ics_file-hint">A file chosen here is imported instead of anything pasted above.</p>
<input type="file" id="ics_file" name="ics_file" accept=".ics,text/calendar" aria-describedby="ics_file-hint">
</div>
<div class="field<?cs if:Form.Error.kind ?> field-error<?cs /if ?>">
<fieldset id="kind"<?cs if:Form.Error.kind ?> aria-describedby="kind-error"<?cs /if ?>>
<legend>What kind of days are they?</legend>
<?cs if:Form.Error.kind ?><p id="kind-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.kind ?></p><?cs /if ?>
<div class="choice"><input type="radio" id="kind-holiday" name="kind" value="holiday"<?cs if:Typed.kind == "holiday" || !Typed.kind ?> checked<?cs /if ?>><label for="kind-holiday">School holidays</label></div>
<div class="choice"><input type="radio" id="kind-bank_holiday" name="kind" value="bank_holiday"<?cs if:Typed.kind == "bank_holiday" ?> checked<?cs /if ?>><label for="kind-bank_holiday">Bank holidays</label></div>
<div class="choice"><input type="radio" id="kind-closure" name="kind" value="closure"<?cs if:Typed.kind == "closure" ?> checked<?cs /if ?>><label for="kind-closure">Closure days</label></div>
</fieldset>
</div>
<button type="submit" class="button">Import the iCalendar file</button>
</form>
