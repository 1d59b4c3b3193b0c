// Browser walk of the performance concerns page (cgi-bin/concern): the
// head of Brackenfield records concerns about Omar Akhtar (the empty form
// refused beside its fields first), Omar reads them from his dashboard
// and comments, the head gives written notice that the capability
// procedure applies (the appraisal is suspended) and then resumes it
// (back to not started); every page axe-checked by the caller's audit().
//
// Call it from walks.mjs with that file's helpers, e.g. as a walk:
//   import { walkConcern } from './walk-concern.mjs';
//   ['performance concerns: recorded, commented, capability, resumed',
//     () => walkConcern({ newPage, base, login, logout, audit, check })],
// It works on the demo appraisal of oakhtar (in progress, reviewed by the
// head ptennant), which no other test uses; it ends with the appraisal
// resumed (not started) and every record decided, so it can run again.

const DAY = 24 * 60 * 60 * 1000;

function iso(d) {
  return d.toISOString().slice(0, 10);
}

export async function walkConcern({ newPage, base, login, logout, audit, check }) {
  const head = await newPage();
  await login(head, base, 'ptennant');
  const id = await head.evaluate(async (b) => {
    const html = await (await fetch(b)).text();
    const m = html.match(/plan\/(\d+)">Omar Akhtar/);
    return m ? m[1] : null;
  }, base);
  check(id, 'Omar Akhtar not on the head\'s dashboard');
  const url = `${base}concern/${id}`;
  await head.goto(url);
  check(await head.getByRole('heading', { name: 'Performance concerns: Omar Akhtar' }).isVisible(), 'no heading');
  await audit(head, 'concern-head');

  // The empty form: refused beside its fields, what was typed kept.
  await head.getByLabel('Support to be given').fill('Coaching on phonics with the Year 1 lead, weekly.');
  await head.getByRole('button', { name: 'Record the concerns' }).click();
  check(await head.getByText('There is a problem').isVisible(), 'no error summary');
  check(await head.getByLabel('Support to be given').inputValue() ===
    'Coaching on phonics with the Year 1 lead, weekly.', 'typed support lost');
  await audit(head, 'concern-errors', { phone: false });
  await head.getByLabel('The concerns, and how serious they are').fill('Reading records are not kept up to date.');
  await head.getByLabel('Day progress will be reviewed').fill(iso(new Date(Date.now() + 21 * DAY)));
  await head.getByLabel('What follows if performance does not improve').fill('Formal procedures may follow.');
  await head.getByRole('button', { name: 'Record the concerns' }).click();
  await head.waitForURL(/done=recorded/);
  check(await head.getByText('Reading records are not kept up to date.').isVisible(), 'record not shown');
  await logout(head, base);
  await head.context().close();

  // Omar finds them on his dashboard and comments.
  const me = await newPage();
  await login(me, base, 'oakhtar');
  await me.getByRole('link', { name: /Concerns recorded/ }).click();
  await me.waitForURL(/concern\/\d+/);
  check(await me.getByText('Reading records are not kept up to date.').isVisible(), 'the person does not see it');
  await me.getByLabel('Your comment on the latest record').fill('I will bring the records up to date this week.');
  await me.getByRole('button', { name: 'Add your comment' }).click();
  await me.waitForURL(/done=comment/);
  check(await me.getByText('I will bring the records up to date this week.').first().isVisible(), 'comment not shown');
  await audit(me, 'concern-person');
  await logout(me, base);
  await me.context().close();

  // The head: the capability notice, then resuming the appraisal.
  const h2 = await newPage();
  await login(h2, base, 'ptennant');
  await h2.goto(url);
  await h2.getByLabel(/give written notice that the capability procedure/).check();
  await h2.getByLabel('What the review found, or the written notice').fill('Your performance is now managed under the capability procedure.');
  await h2.getByRole('button', { name: 'Record the outcome' }).click();
  await h2.waitForURL(/done=capability/);
  check(await h2.getByText(/this appraisal is suspended/).isVisible(), 'not suspended');
  await audit(h2, 'concern-suspended');
  await h2.getByLabel('Why the appraisal resumes').fill('Performance is satisfactory again.');
  await h2.getByRole('button', { name: 'Resume the appraisal' }).click();
  await h2.waitForURL(/done=resumed/);
  check(await h2.getByText('Not started').first().isVisible(), 'not back to not started');
  await logout(h2, base);
  await h2.context().close();
}
