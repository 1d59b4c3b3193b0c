<?cs include:"error_summary.cs" ?>
<h1>Import staff details</h1>
<p>Paste the whole staff list as CSV (for example exported from the school's information system): one row per person, found by their user name in the directory. Every row is checked first; if any is wrong, nothing is imported and each fault is listed with its line and column. People not in the list keep their details.</p>
<form method="post" action="<?cs var:Site.Prefix ?>admin/staff/import" novalidate enctype="multipart/form-data" class="step">
<input type="hidden" name="csrf" value="<?cs var:CSRF ?>">
<div class="field<?cs if:Form.Error.staff ?> field-error<?cs /if ?>">
<label for="staff">Staff list (CSV)</label>
<div class="hint" id="staff-hint">
<p>The first line names the columns, exactly: <code><?cs var:Import.Header ?></code></p>
<p>staff_group is teacher, support, headteacher or leadership; career_stage is empty or one of ect1, ect2, mpr, upr1, upr2, upr3, leading_practitioner, assistant_head, deputy_head, headteacher, core1 to core3, proficient1 to proficient3, experienced1 to experienced3; pay_point 1 to 6 or empty; yes/no columns take 1 or 0; fte a fraction like 0.6; contract_type permanent, fixed_term or temporary; dates YYYY-MM-DD or empty; line_managers their user names separated by spaces. Quote a value that holds a comma. At most <?cs var:Import.MaxKB ?> KB at once: import a longer list in parts.</p>
<p>For example: <code>ebrennan,teacher,mpr,4,0,0,1,1,permanent,,2019-09-01,0,0,0,0,jcarver</code></p>
</div>
<?cs if:Form.Error.staff ?><p id="staff-error" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error.staff ?></p><?cs /if ?>
<textarea id="staff" name="staff" rows="14" aria-describedby="staff-hint<?cs if:Form.Error.staff ?> staff-error<?cs /if ?>"><?cs var:Typed.staff ?></textarea>
</div>
<div class="field">
<label for="staff_file">Or choose the CSV file</label>
<p class="hint" id="staff_file-hint">A file chosen here is imported instead of anything pasted above.</p>
<input type="file" id="staff_file" name="staff_file" accept=".csv,text/csv" aria-describedby="staff_file-hint">
</div>
<button type="submit" class="button">Import</button>
</form>
<p><a href="<?cs var:Site.Prefix ?>admin/staff">All staff</a></p>
