<?cs if:Form.Errors.0.Message ?>
<div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1">
<h2 id="error-summary-title">There is a problem</h2>
<ul>
<?cs each:e = Form.Errors ?><li><a href="#<?cs var:e.Field ?>"><?cs var:e.Message ?></a></li>
<?cs /each ?></ul>
</div>
<?cs /if ?>
