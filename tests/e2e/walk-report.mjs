// Browser walk of the end of the cycle (cgi-bin/review-report.c,
// review-assess.c, appeal.c): Mair Jones's reviewer opens the annual
// assessment from her dashboard, saves the empty form first (the errors
// shown beside the fields, what was typed kept), then the whole
// assessment, and issues the report; Mair reads the appeal window on her
// dashboard, comments on the report and lodges an appeal; the head (who
// took no part in the review, so hears it) arranges the hearing, records
// it held and writes the outcome (upheld). Every page axe-checked by the
// caller's audit().
//
// Call it from walks.mjs with that file's helpers:
//   import { walkReport } from './walk-report.mjs';
//   ['end of the cycle: assessment, report, comment, appeal, hearing, outcome',
//     () => walkReport({ newPage, base, login, logout, audit, check })],
// It works on the demo appraisal of mjones (annual assessment meeting
// held, reviewer aokonkwo), and leaves it closed with the appeal upheld:
// it runs once per fresh stack. Everything moves through the pages; the
// hearing is arranged on the first working day the page accepts, and held
// today (the day arranged when today is a working day; the page takes a
// hearing held from the day of the appeal to today).

function iso(d) {
  return d.toISOString().slice(0, 10);
}

export async function walkReport({ newPage, base, login, logout, audit, check }) {
  // ---- the reviewer: the assessment and the report -----------------------
  const rv = await newPage();
  await login(rv, base, 'aokonkwo');
  await rv.getByRole('row', { name: /Mair Jones/ }).getByRole('link', { name: 'assessment and report' }).click();
  await rv.waitForURL(/review\/\d+\/report$/);
  const url = rv.url();
  const id = url.match(/review\/(\d+)\/report$/)[1];
  check(await rv.getByRole('heading', { level: 1, name: 'Annual assessment and final report: Mair Jones' }).isVisible(),
    'no heading');
  check(await rv.getByText('SENCo office').isVisible(), 'assessment meeting not shown');
  await audit(rv, 'report-reviewer');

  // The empty form (one field typed): refused beside its fields, kept.
  const save = rv.getByRole('button', { name: 'Save the assessment' });
  check(await save.count() === 1, 'no "Save the assessment" button for the reviewer');
  await rv.getByLabel('Aspirations (optional)').fill('To train as an ELSA next year.');
  await save.click();
  check(await rv.getByText('There is a problem').isVisible(), 'no error summary');
  check(await rv.getByLabel('Aspirations (optional)').inputValue() === 'To train as an ELSA next year.',
    'typed aspirations lost');
  check(await rv.locator('.error-message').count() > 1, 'no errors beside the fields');
  await audit(rv, 'report-assess-errors', { phone: false });
  // A link of the summary takes the keyboard to its field.
  const first = rv.locator('.error-summary a').first();
  const target = (await first.getAttribute('href')).slice(1);
  await first.click();
  check(await rv.evaluate(() => document.activeElement.id) === target, 'summary link did not focus its field');

  // Every objective, every standard, the rating and the needs.
  const outcomes = rv.locator('input[type=radio][name^=outcome_][value=met]');
  const nobj = await outcomes.count();
  check(nobj > 0, 'no objectives to assess');
  for (let i = 0; i < nobj; i++) await outcomes.nth(i).check();
  const ocomments = rv.locator('textarea[name^=ocomment_]');
  check(await ocomments.count() === nobj, 'a comment box missing for an objective');
  for (let i = 0; i < nobj; i++) await ocomments.nth(i).fill(`Objective ${i + 1}: met, as the criteria asked.`);
  const judgements = rv.locator('input[type=radio][name^=judgement_][value=met]');
  const nstd = await judgements.count();
  for (let i = 0; i < nstd; i++) await judgements.nth(i).check();
  const scomments = rv.locator('textarea[name^=scomment_]');
  for (let i = 0; i < await scomments.count(); i++) await scomments.nth(i).fill(`Standard ${i + 1}: seen throughout the year.`);
  await rv.getByLabel('Evaluation against the standards').fill('Mair meets the standards for her role in full.');
  const rating = rv.getByRole('group', { name: 'Overall rating' }).getByRole('radio');
  check(await rating.count() > 1, 'no rating choices');
  await rating.first().check();
  if (await rv.getByRole('group', { name: 'Pay recommendation' }).count() > 0) {
    await rv.getByLabel('Pay progression', { exact: true }).check();
  }
  await rv.getByLabel('Training and development needs').fill('Emotional literacy support (ELSA) training.');
  await save.click();
  await rv.waitForLoadState();
  check(/report\?done=1/.test(rv.url()), `not saved: ${await rv.locator('.error-summary, main h1').first().textContent()}`);
  check(await rv.getByText('Saved.').isVisible(), 'not saved');
  check(await rv.getByText('Objective 1: met, as the criteria asked.').first().isVisible(), 'draft not shown');
  await audit(rv, 'report-draft');

  // Issue it.
  const issue = rv.getByRole('button', { name: /^Issue version 1 of the report$/ });
  check(await issue.count() === 1, 'no issue button');
  await issue.click();
  await rv.waitForURL(/report\?done=1/);
  check(await rv.getByRole('heading', { name: 'Final report, version 1' }).isVisible(), 'not issued');
  check(await rv.getByRole('heading', { name: 'Appeal window' }).isVisible(), 'no appeal window');
  await audit(rv, 'report-issued');
  await logout(rv, base);
  await rv.context().close();

  // ---- Mair: the window, her comment, the appeal -------------------------
  const me = await newPage();
  await login(me, base, 'mjones');
  const window = me.getByText(/You may appeal against your final report until .*: \d+ working days? left/);
  check(await window.isVisible(), 'no appeal window on the dashboard');
  check(!/: 0 working days/.test(await window.textContent()), 'no working days left on the day of issue');
  await audit(me, 'dashboard-report-issued');
  await me.getByRole('link', { name: /Your annual assessment and final report/ }).click();
  await me.waitForURL(/review\/\d+\/report$/);
  check(me.url() === url, 'another appraisal');
  check(await me.getByText('Objective 1: met, as the criteria asked.').isVisible(), 'reviewee does not see the report');
  check(await me.getByRole('button', { name: 'Save the assessment' }).count() === 0, 'the reviewee is offered the assessment');
  await audit(me, 'report-reviewee');
  await me.getByLabel('Your comments on the report').fill('I disagree with the third objective: the moderation meetings were cancelled.');
  await me.getByRole('button', { name: 'Add your comments' }).click();
  await me.waitForURL(/report\?done=1/);
  check(await me.getByText('the moderation meetings were cancelled').first().isVisible(), 'comment not shown');
  check(await me.getByRole('button', { name: 'Add your comments' }).count() === 0, 'comment offered twice');
  await audit(me, 'report-commented', { phone: false });

  await me.getByRole('link', { name: 'Appeal against the report' }).click();
  await me.waitForURL(/appeal\/\d+$/);
  check(me.url() === `${base}appeal/${id}`, 'another appeal');
  await audit(me, 'appeal-reviewee');
  // Grounds without an entry disputed: refused, the grounds kept.
  const grounds = 'The moderation meetings of objective 3 were cancelled by the school, not by me.';
  await me.getByLabel('The grounds of your appeal').fill(grounds);
  await me.getByRole('button', { name: 'Lodge the appeal' }).click();
  check(await me.getByText('There is a problem').isVisible(), 'no error summary');
  check(await me.getByLabel('The grounds of your appeal').inputValue() === grounds, 'typed grounds lost');
  await audit(me, 'appeal-lodge-errors', { phone: false });
  await me.getByLabel('The assessment of the objectives').check();
  await me.getByLabel('The overall rating').check();
  await me.getByRole('button', { name: 'Lodge the appeal' }).click();
  await me.waitForURL(/appeal\/\d+\?done=1$/);
  check(await me.getByText(grounds).isVisible(), 'grounds not shown');
  check(await me.getByText('The headteacher').first().isVisible(), 'not heard by the head');
  check(await me.getByRole('button', { name: 'Arrange the hearing' }).count() === 0, 'the reviewee is offered the hearing');
  await audit(me, 'appeal-lodged');
  await logout(me, base);
  await me.context().close();

  // ---- the head: hearing and outcome -------------------------------------
  const head = await newPage();
  await login(head, base, 'hmorgan');
  await head.goto(`${base}appeal/${id}`);
  check(await head.getByRole('heading', { level: 1, name: 'Appeal: Mair Jones' }).isVisible(), 'no heading');
  await audit(head, 'appeal-head');
  // The first working day the page accepts: today, or the next one.
  const arrange = head.getByRole('button', { name: 'Arrange the hearing' });
  check(await arrange.count() === 1, 'no "Arrange the hearing" button for the head');
  const max = await head.getByLabel('Day of the hearing').getAttribute('max');
  let day = new Date(`${iso(new Date())}T00:00:00Z`);
  for (;;) {
    check(iso(day) <= max, `no working day accepted by ${max}`);
    await head.getByLabel('Day of the hearing').fill(iso(day));
    await head.getByLabel('Place (optional)').fill("Head's office");
    await head.getByLabel('Companion or union representative (optional)').fill('Gareth Lloyd (union)');
    await head.getByRole('button', { name: 'Arrange the hearing' }).click();
    await head.waitForLoadState();
    if (head.url().endsWith('?done=1')) break;
    check(await head.getByText('The school is closed that day').first().isVisible(),
      `${iso(day)} refused: ${await head.locator('.error-summary').textContent()}`);
    await audit(head, 'appeal-hearing-errors', { phone: false });
    day = new Date(day.getTime() + 24 * 60 * 60 * 1000);
  }
  check(await head.getByText('Gareth Lloyd (union)').isVisible(), 'companion not shown');
  await audit(head, 'appeal-hearing');

  // Held today (the day arranged, when today is a working day), the
  // companion there.
  await head.getByLabel('Day the hearing was held').fill(iso(new Date()));
  await head.getByRole('group', { name: 'Did a companion come to the hearing?' }).getByLabel('Yes').check();
  await head.getByLabel('Notes of the hearing (optional)').fill('The meetings were cancelled twice for inspection.');
  await head.getByRole('button', { name: 'Record the hearing' }).click();
  await head.waitForURL(/appeal\/\d+\?done=1$/);
  check(await head.getByText('The meetings were cancelled twice for inspection.').isVisible(), 'notes not shown');
  await audit(head, 'appeal-held');

  // The outcome, first without reasons.
  await head.getByLabel('Upheld: the report stands').check();
  await head.getByRole('button', { name: 'Record the outcome' }).click();
  check(await head.getByText('There is a problem').isVisible(), 'no error summary');
  check(await head.getByLabel('Upheld: the report stands').isChecked(), 'chosen outcome lost');
  await audit(head, 'appeal-outcome-errors', { phone: false });
  await head.getByLabel('The outcome in writing, with its reasons').fill(
    'The objective was assessed fairly: two of the three meetings could have been held in the summer term.');
  await head.getByRole('button', { name: 'Record the outcome' }).click();
  await head.waitForURL(/appeal\/\d+\?done=1$/);
  check(await head.getByText('Upheld: the report stands').isVisible(), 'outcome not shown');
  check(await head.getByText('there is no further appeal').first().isVisible(), 'finality not said');
  check(await head.getByRole('button', { name: 'Record the outcome' }).count() === 0, 'outcome offered twice');
  await audit(head, 'appeal-outcome');
  // The head reads the report too (audited).
  await head.getByRole('link', { name: 'The annual assessment and final report' }).click();
  await head.waitForURL(/review\/\d+\/report$/);
  check(await head.getByText('the moderation meetings were cancelled').first().isVisible(), 'comment not shown to the head');
  await audit(head, 'report-head');
  await logout(head, base);
  await head.context().close();
}
