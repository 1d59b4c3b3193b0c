// Browser walk of the interim review page (cgi-bin/review): Fiona
// Gallagher's reviewer opens it from his dashboard, records an interim
// review (first with the errors shown beside the fields), adds an item of
// evidence from a colleague in the list of usual people and one from a
// colleague outside it by typing her name (first a name nobody has), and
// Fiona reads them and adds her comment; every page axe-checked by the
// caller's audit().
//
// Call it from walks.mjs with that file's helpers:
//   import { walkReview } from './walk-review.mjs';
//   ['interim review: progress, support, evidence, the reviewee\'s comment',
//     () => walkReview({ newPage, base, login, logout, audit, check })],
// It records on the demo appraisal of fgallagher (in progress, reviewer
// owalsh); each run adds one more interim review and two items of evidence.

function iso(d) {
  return d.toISOString().slice(0, 10);
}

export async function walkReview({ newPage, base, login, logout, audit, check }) {
  const rv = await newPage();
  await login(rv, base, 'owalsh');
  await rv.getByRole('row', { name: /Fiona Gallagher/ }).getByRole('link', { name: 'interim review and evidence' }).click();
  await rv.waitForURL(/review\/\d+/);
  const url = rv.url();
  check(await rv.getByRole('heading', { level: 1, name: 'Interim review and evidence: Fiona Gallagher' }).isVisible(), 'no heading');
  await audit(rv, 'review-reviewer');

  // Only the day: every objective's progress and comment are asked for.
  await rv.getByLabel('Day the review was held').fill(iso(new Date()));
  await rv.getByRole('button', { name: 'Record the interim review' }).click();
  check(await rv.getByText('There is a problem').isVisible(), 'no error summary');
  check(await rv.getByLabel('Day the review was held').inputValue() === iso(new Date()), 'typed day lost');
  await audit(rv, 'review-errors', { phone: false });

  const progress = rv.locator('input[type=radio][value=on_track]');
  for (let i = 0; i < await progress.count(); i++) await progress.nth(i).check();
  const comments = rv.locator('textarea[name^=comment_]');
  for (let i = 0; i < await comments.count(); i++) {
    await comments.nth(i).fill(`Objective ${i + 1}: on course at the spring check.`);
  }
  const support = rv.locator('input[type=radio][value=provided]');
  for (let i = 0; i < await support.count(); i++) await support.nth(i).check();
  await rv.getByRole('button', { name: 'Record the interim review' }).click();
  await rv.waitForURL(/done=1/);
  check(await rv.getByText('Saved.').isVisible(), 'not saved');
  check(await rv.getByText('Objective 1: on course at the spring check.').isVisible(), 'review not shown');

  // Evidence, from a colleague with direct knowledge.
  await rv.getByLabel('What the evidence is').fill('Attendance follow-up log, autumn term');
  await rv.getByLabel('Objective', { exact: true }).selectOption({ index: 1 });
  await rv.getByLabel('Day', { exact: true }).fill(iso(new Date()));
  await rv.getByLabel(/Provided by/).selectOption({ label: 'Helen Morgan' });
  await rv.getByLabel('Yes, agreed at planning').check();
  await rv.getByRole('button', { name: 'Add the evidence' }).click();
  await rv.waitForURL(/done=1/);
  check(await rv.getByText('Attendance follow-up log, autumn term').isVisible(), 'evidence not shown');
  await audit(rv, 'review-recorded');

  // More evidence, from someone not in the list: typed by name, first misspelt.
  check(!(await rv.locator('#e_provider option', { hasText: 'Amara Okonkwo' }).count()), 'Amara Okonkwo listed as a usual person');
  await rv.getByLabel('What the evidence is').fill('SEN support plan reviews for two Year 9 pupils');
  await rv.getByLabel('Objective', { exact: true }).selectOption({ index: 1 });
  await rv.getByLabel('Day', { exact: true }).fill(iso(new Date()));
  await rv.getByLabel('Another member of staff').fill('Amara Okonko');
  await rv.getByLabel('No, not agreed at planning').check();
  await rv.getByRole('button', { name: 'Add the evidence' }).click();
  check(await rv.getByText('We cannot find anyone called Amara Okonko').first().isVisible(), 'no error for a name nobody has');
  check(await rv.locator('#e_description').inputValue() === 'SEN support plan reviews for two Year 9 pupils', 'typed evidence lost');
  check(await rv.locator('#e_provider_name').inputValue() === 'Amara Okonko', 'typed name lost');
  await audit(rv, 'review-name-error', { phone: false });
  await rv.locator('#e_provider_name').fill('Amara Okonkwo');
  await rv.getByRole('button', { name: 'Add the evidence' }).click();
  await rv.waitForURL(/done=1/);
  check(await rv.locator('tr', { hasText: 'SEN support plan reviews for two Year 9 pupils' }).getByText('Amara Okonkwo').isVisible(), 'typed provider not recorded');
  await logout(rv, base);
  await rv.context().close();

  // Fiona reads the review and the evidence at once, and comments.
  const re = await newPage();
  await login(re, base, 'fgallagher');
  await re.getByRole('link', { name: /Your interim review and evidence/ }).click();
  await re.waitForURL(/review\/\d+/);
  check(re.url() === url, 'another appraisal');
  check(await re.getByText('Attendance follow-up log, autumn term').isVisible(), 'reviewee does not see the evidence');
  await re.getByLabel('Your comment on this interim review').last().fill('Agreed; the log is kept weekly now.');
  await re.getByRole('button', { name: 'Add your comment' }).last().click();
  await re.waitForURL(/done=1/);
  check(await re.getByText('the log is kept weekly now').first().isVisible(), 'comment not shown');
  await audit(re, 'review-reviewee');
  await logout(re, base);
  await re.context().close();
}
