// Browser walk of the observations page (cgi-bin/observe): Joanna Reid's
// reviewer records a classroom observation by himself with the notice the
// school asks for, gives oral and written feedback, records a drop-in by a
// colleague outside the list of usual observers by typing her name (first
// a name nobody has), and Joanna appends her comments; every page
// axe-checked by the caller's audit().
//
// Call it from walks.mjs with that file's helpers, e.g. as a walk:
//   import { walkObserve } from './walk-observe.mjs';
//   ['observations: record, feedback, the teacher\'s comments',
//     () => walkObserve({ newPage, base, login, logout, audit, check })],
// It records on the demo appraisal of jreid (in progress, reviewer
// jcarver): run it once per fresh stack, or after deleting that
// appraisal's observation records (it stops at the limit otherwise).

const DAY = 24 * 60 * 60 * 1000;

function iso(d) {
  return d.toISOString().slice(0, 10);
}

// The last weekday on or before today (UTC), and the weekday n working
// days (Mondays to Fridays) before a day. The demo calendar's closures
// are holidays, none in the few days before the stack's today in term.
function lastWeekday(d) {
  while (d.getUTCDay() === 0 || d.getUTCDay() === 6) d = new Date(d - DAY);
  return d;
}

function weekdaysBefore(d, n) {
  while (n > 0) {
    d = new Date(d - DAY);
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) n--;
  }
  return d;
}

export async function walkObserve({ newPage, base, login, logout, audit, check }) {
  const rv = await newPage();
  await login(rv, base, 'jcarver');
  const id = await rv.evaluate(async (b) => {
    const html = await (await fetch(b)).text();
    const m = html.match(/plan\/(\d+)">Joanna Reid/);
    return m ? m[1] : null;
  }, base);
  check(id, 'Joanna Reid not on the reviewer\'s dashboard');
  const url = `${base}observe/${id}`;
  await rv.goto(url);
  check(await rv.getByRole('heading', { name: 'Observations of Joanna Reid' }).isVisible(), 'no heading');
  await audit(rv, 'observe-reviewer');

  // A notice one day short: refused beside the field, typed values kept.
  const day = lastWeekday(new Date());
  await rv.getByLabel('Kind').first().selectOption('appraisal');
  await rv.getByLabel('Date of the observation').fill(iso(day));
  await rv.getByLabel('Class or lesson').fill('Year 10 English, set 1');
  await rv.getByLabel('Length in minutes').fill('30');
  await rv.getByLabel('Focus').first().fill('Questioning');
  await rv.locator('#observer').selectOption({ label: 'James Carver' });
  await rv.getByLabel('Day the teacher was told').fill(iso(weekdaysBefore(day, 2)));
  await rv.getByRole('button', { name: 'Record the observation' }).click();
  check(await rv.getByText('There is a problem').isVisible(), 'no error summary');
  check(await rv.getByLabel('Class or lesson').inputValue() === 'Year 10 English, set 1', 'typed class lost');
  await audit(rv, 'observe-errors', { phone: false });
  await rv.getByLabel('Day the teacher was told').fill(iso(weekdaysBefore(day, 7)));
  await rv.getByRole('button', { name: 'Record the observation' }).click();
  await rv.waitForURL(/done=1/);
  check(await rv.getByText('Saved.').isVisible(), 'not saved');

  // The observer (here the reviewer himself) gives oral, then written feedback.
  await rv.getByLabel('Day oral feedback was given').first().fill(iso(new Date()));
  await rv.getByRole('button', { name: 'Record oral feedback' }).first().click();
  await rv.waitForURL(/done=1/);
  await rv.getByLabel('Written feedback').first().fill('Good wait time; push the follow-up questions further.');
  await rv.getByLabel('Day it was given').first().fill(iso(new Date()));
  await rv.getByRole('button', { name: 'Record written feedback' }).first().click();
  await rv.waitForURL(/done=1/);
  check(await rv.getByText('Good wait time').first().isVisible(), 'written feedback not shown');
  await audit(rv, 'observe-feedback');

  // A drop-in by someone not in the list: typed by name, first misspelt.
  check(!(await rv.locator('#d_observer option', { hasText: 'Vera Lindqvist' }).count()), 'Vera Lindqvist listed as a usual observer');
  await rv.locator('#d_kind').selectOption('drop_in');
  await rv.locator('#d_day').fill(iso(day));
  await rv.locator('#d_class').fill('Year 8 science');
  await rv.locator('#d_focus').fill('Practical write-ups');
  await rv.getByLabel('Another member of staff').nth(1).fill('Vera Lindquist');
  await rv.getByRole('button', { name: 'Record it' }).click();
  check(await rv.getByText('We cannot find anyone called Vera Lindquist').first().isVisible(), 'no error for a name nobody has');
  check(await rv.locator('#d_class').inputValue() === 'Year 8 science', 'typed class lost');
  check(await rv.locator('#d_observer_name').inputValue() === 'Vera Lindquist', 'typed name lost');
  await audit(rv, 'observe-name-error', { phone: false });
  await rv.locator('#d_observer_name').fill('Vera Lindqvist');
  await rv.getByRole('button', { name: 'Record it' }).click();
  await rv.waitForURL(/done=1/);
  check(await rv.locator('section[aria-labelledby="looks-heading"]').getByText('Vera Lindqvist').first().isVisible(), 'typed observer not recorded');
  await logout(rv, base);
  await rv.context().close();

  // The teacher reads it and appends her comments.
  const re = await newPage();
  await login(re, base, 'jreid');
  await re.goto(url);
  check(await re.getByText('Good wait time').first().isVisible(), 'teacher does not see the feedback');
  await re.getByLabel('Your comments on this record').first().fill('Thank you; the set had mocks that week.');
  await re.getByRole('button', { name: 'Add your comments' }).first().click();
  await re.waitForURL(/done=1/);
  check(await re.getByText('the set had mocks that week').first().isVisible(), 'comment not shown');
  await audit(re, 'observe-reviewee');
  await logout(re, base);
  await re.context().close();
}
