<?cs # The observer of one of the page's forms, whose fields begin with pk ("" or "d_"): the usual observers in a list, or another member of staff by their full name (cgi-bin/observe-observer.c, staff_pick.cs). ?>
<?cs set:pick_id = pk + "observer" ?><?cs set:pick_name = pk + "observer_name" ?>
<?cs if:Obs.ChooseObserver ?>
<?cs set:pick_label = "Observer" ?><?cs set:pick_choose = "Choose the observer" ?><?cs set:pick_which = "observed" ?>
<?cs set:pick_hint = "The usual observers: the reviewer, the headteacher, the leadership team, " + Obs.Reviewee + "'s line managers, and those named in the observation plan or who have observed them already. A teacher is observed by someone with QTS." ?>
<?cs include:"staff_pick.cs" ?>
<?cs else ?>
<?cs if:Form.Error[pick_id] ?><div class="field field-error"><p id="<?cs var:pick_id ?>" class="error-message"><span class="visually-hidden">Error:</span> <?cs var:Form.Error[pick_id] ?></p></div><?cs /if ?>
<p>Observer: you (<?cs var:Obs.Me ?>).</p>
<?cs /if ?>
