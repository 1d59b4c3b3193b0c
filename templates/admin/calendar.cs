<?cs include:"error_summary.cs" ?>
<h1>School calendar</h1>
<?cs if:Form.Notice ?><p class="notice" role="status"><?cs var:Form.Notice ?></p><?cs /if ?>
<p>Deadlines are counted in working days: weekends and the days below are not working days.
<?cs if:Calendar.Count > 0 ?>The calendar holds <?cs var:Calendar.Count ?> closure days from <?cs var:Calendar.First ?> to <?cs var:Calendar.Last ?>.<?cs else ?>No closure days have been imported yet.<?cs /if ?></p>
<form method="post" action="<?cs var:Site.Prefix ?>admin/calendar" novalidate class="step">
<h2>Import closure days</h2>
<input type="hidden" name="csrf" value="<?cs var:CSRF ?>">
<div class="field<?cs if:Form.Error.csv ?> field-error<?cs /if ?>">
<label for="csv">Dates, one per line</label>
<p class="hint" id="csv-hint">Each line is <code>date,kind,label</code> or <code>from,to,kind,label</code>, with dates as YYYY-MM-DD and kind one of bank_holiday, holiday or closure. For example: <code>2026-12-21,2027-01-01,holiday,Christmas holiday</code>. Everything is imported, or nothing if a line is wrong.</p>
<?cs if:Form.Error.csv ?><p id="csv-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.csv ?></p><?cs /if ?>
<textarea id="csv" name="csv" rows="10" aria-describedby="csv-hint<?cs if:Form.Error.csv ?> csv-error<?cs /if ?>"><?cs var:Typed.csv ?></textarea>
</div>
<button type="submit" class="button">Import</button>
</form>
