// Browser walk of moderation (cgi-bin/moderate): the head opens the
// statements waiting from the dashboard, records "fine" for one and
// "revise" for Luc Moreau's (the statement the planning walk of
// walks.mjs signs: run this after it), first without reasons (the error
// summary), then with them; the reviewer, Nadia Dubois, reads the
// reasons on the plan page. Every page is checked with axe by the
// caller's audit().
//
// usage, from walks.mjs (its helpers passed in):
//   import { walkModerate } from './walk-moderate.mjs';
//   ['moderation: fine and revise, the reasons on the plan page',
//     () => walkModerate({ base, newPage, login, audit, check })],
const REASONS = 'Objective 2 is close to objective 1; compare the other '
  + 'teachers on the main pay range, whose second objective is about teaching.';

async function decide(page, base, name, outcome, check) {
  await page.goto(base + 'moderate');
  await page.locator('table a[href*="moderate/"]', { hasText: name }).first().click();
  await page.waitForURL(/moderate\/\d+$/);
  check(await page.getByRole('heading', { name: 'Side by side with comparable staff' }).isVisible(),
    'no side-by-side view');
  if (outcome === 'fine') {
    await page.getByLabel(/^Fine:/).check();
  } else {
    await page.getByLabel(/^To be revised:/).check();
  }
}

export async function walkModerate({ base, newPage, login, audit, check }) {
  const head = await newPage();
  await login(head, base, 'hmorgan');
  const link = head.getByRole('link', { name: /^Statements waiting for moderation: \d+/ });
  check(await link.isVisible(), 'no moderation count on the dashboard');
  await link.click();
  await head.waitForURL(/moderate$/);
  await audit(head, 'moderate-list');
  const waiting = await head.locator('table a[href*="moderate/"]').allInnerTexts();
  const names = waiting.map((t) => t.replace(/\s*: moderate the statement\s*$/, '').trim());
  check(names.includes('Luc Moreau'), `Luc Moreau's statement is not waiting (run the planning walk first): ${names}`);
  const fine = names.find((n) => n !== 'Luc Moreau');
  check(fine, 'no second statement waiting for moderation');

  // Fine: on to monitoring.
  await decide(head, base, fine, 'fine', check);
  await audit(head, 'moderate-statement');
  await head.getByRole('button', { name: 'Record the outcome' }).click();
  await head.waitForURL(/moderate\?done=fine$/);
  check(await head.getByText(/goes on to monitoring/).first().isVisible(), 'fine not confirmed');

  // Revise: the reasons are required, then recorded.
  await decide(head, base, 'Luc Moreau', 'revise', check);
  await head.getByRole('button', { name: 'Record the outcome' }).click();
  check(await head.getByText('There is a problem').isVisible(), 'no error summary');
  check(await head.getByText(/Give the reasons/).first().isVisible(), 'missing reasons not explained');
  await audit(head, 'moderate-errors', { phone: false });
  await head.getByLabel('Reasons (needed to ask for a revision)').fill(REASONS);
  await head.getByRole('button', { name: 'Record the outcome' }).click();
  await head.waitForURL(/moderate\?done=revise$/);
  check(await head.locator('table a[href*="plan/"]', { hasText: 'Luc Moreau' }).first().isVisible(),
    'the revision asked for is not listed');
  await audit(head, 'moderate-list-after');

  // The reviewer reads the reasons and is offered the revision.
  const rv = await newPage();
  await login(rv, base, 'ndubois');
  await rv.getByRole('link', { name: 'Luc Moreau' }).first().click();
  await rv.waitForURL(/plan\/\d+$/);
  check(await rv.getByRole('heading', { name: 'Moderation' }).isVisible(), 'no moderation section');
  check(await rv.getByText(REASONS).first().isVisible(), 'reasons not shown to the reviewer');
  check(await rv.getByText('Revise the statement').first().isVisible(), 'no revision offered');
  await audit(rv, 'plan-moderation-revise');
  await head.context().close();
  await rv.context().close();
}
