// Browser walks of Appraisal in Debian's chromium (playwright-core), with
// axe-core checks of every page visited, screenshots at desktop and phone
// widths and in print, keyboard-only and no-JavaScript walks.
//
// usage: node walks.mjs STATE [filter]   (STATE/stack.env names the stack)
// Ends with "e2e: N passed, N failed, N skipped".
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { walkModerate } from './walk-moderate.mjs';
import { walkObserve } from './walk-observe.mjs';
import { walkReview } from './walk-review.mjs';
import { walkConcern } from './walk-concern.mjs';
import { walkReport } from './walk-report.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const results = path.join(here, 'results');
const PASSWORD = 'appraisal-demo';
const CHROMIUM = process.env.APPRAISAL_CHROMIUM || '/usr/bin/chromium';
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

const counts = { passed: 0, failed: 0, skipped: 0 };
const axeReport = [];
// Every page a walk lands on, and every page axe checked, by path (ids as
// #) and the names of its query parameters: each visited must be checked.
const visited = new Map();
const audited = new Set();
function pageKey(url) {
  const u = new URL(url);
  const q = [...u.searchParams.keys()].sort().join('&');
  return u.pathname.replace(/\/\d+/g, '/#') + (q ? `?${q}` : '');
}

function env(state) {
  const out = {};
  for (const line of fs.readFileSync(path.join(state, 'stack.env'), 'utf8').split('\n')) {
    const m = line.match(/^([A-Z_]+)=(.*)$/);
    if (m) out[m[1]] = m[2];
  }
  return out;
}

function check(cond, message) {
  if (!cond) throw new Error(message);
}

async function test(name, fn) {
  const t = Date.now();
  try {
    await fn();
    counts.passed++;
    console.log(`ok   ${name} (${((Date.now() - t) / 1000).toFixed(2)}s)`);
  } catch (e) {
    counts.failed++;
    console.log(`FAIL ${name}: ${e.message}`);
  }
}

// Every page visited: axe at WCAG 2.2 A/AA, and screenshots.
async function audit(page, name, { phone = true } = {}) {
  audited.add(pageKey(page.url()));
  await test(`axe ${name}`, async () => {
    await page.addScriptTag({ path: path.join(here, 'node_modules/axe-core/axe.min.js') });
    const r = await page.evaluate(async (tags) => {
      const res = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
      return res.violations.map((v) => ({ id: v.id, impact: v.impact,
        targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
    }, AXE_TAGS);
    axeReport.push(`${name}: ${r.length} violations`);
    check(r.length === 0, JSON.stringify(r));
  });
  await page.screenshot({ path: path.join(results, `${name}-desktop.png`), fullPage: true });
  if (phone) {
    const size = page.viewportSize();
    await page.setViewportSize(PHONE);
    await page.screenshot({ path: path.join(results, `${name}-phone.png`), fullPage: true });
    const scroll = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await page.setViewportSize(size);
    await test(`no sideways scrolling on a phone: ${name}`, async () => check(scroll <= 0, `${scroll}px too wide`));
  }
}

async function login(page, base, user) {
  await page.goto(base + 'login');
  await page.getByLabel('User name').fill(user);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.waitForURL(base);
}

async function logout(page, base) {
  await page.getByRole('button', { name: 'Log out' }).first().click();
  await page.waitForURL(/login\?ended=1/);
}

async function main() {
  const state = process.argv[2];
  const filter = process.argv[3] || '';
  if (!state) {
    console.error('usage: node walks.mjs STATE [filter]');
    process.exit(2);
  }
  const base = env(state).APPRAISAL_URL;
  let chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch (e) {
    console.log(`FAIL e2e: playwright-core is not installed (${e.message}); run tests/e2e/install`);
    console.log('e2e: 0 passed, 1 failed, 0 skipped');
    return 1;
  }
  if (!fs.existsSync(CHROMIUM)) {
    console.log(`FAIL e2e: no chromium at ${CHROMIUM} (APPRAISAL_CHROMIUM); apt-get install chromium, or run tests/e2e/install`);
    console.log('e2e: 0 passed, 1 failed, 0 skipped');
    return 1;
  }
  fs.mkdirSync(results, { recursive: true });
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'appraisal-e2e-'));
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    env: { ...process.env, HOME: profile },
  });
  const newPage = async (opts = {}) => {
    const ctx = await browser.newContext({ viewport: DESKTOP, bypassCSP: true, ...opts });
    const page = await ctx.newPage();
    page.on('framenavigated', (f) => {
      if (f === page.mainFrame() && f.url().startsWith(base)) {
        const k = pageKey(f.url());
        if (!visited.has(k)) visited.set(k, f.url());
      }
    });
    return page;
  };
  const walks = [
    ['teacher, keyboard only', async () => {
      const page = await newPage();
      await page.goto(base + 'login');
      await audit(page, 'login');
      for (let i = 0; i < 10; i++) {
        await page.keyboard.press('Tab');
        if (await page.evaluate(() => document.activeElement.id) === 'user') break;
      }
      check(await page.evaluate(() => document.activeElement.id) === 'user', 'Tab never reached the user name');
      await page.keyboard.type('ebrennan');
      await page.keyboard.press('Tab');
      check(await page.evaluate(() => document.activeElement.id) === 'password', 'Tab did not go to the password');
      await page.keyboard.type(PASSWORD);
      await page.keyboard.press('Enter');
      await page.waitForURL(base);
      check(await page.getByText('Emma Brennan').first().isVisible(), 'name not shown');
      check(await page.getByText('Kestrel Vale Academy').first().isVisible(), 'school not shown');
      await audit(page, 'dashboard-teacher');
      await page.emulateMedia({ media: 'print' });
      await page.screenshot({ path: path.join(results, 'dashboard-teacher-print.png'), fullPage: true });
      check(!(await page.getByRole('button', { name: 'Log out' }).isVisible()), 'navigation printed');
      await page.emulateMedia({ media: 'screen' });
      // Open the appraisal with the keyboard.
      for (let i = 0; i < 30; i++) {
        await page.keyboard.press('Tab');
        if ((await page.evaluate(() => document.activeElement.textContent)).startsWith('Open your appraisal')) break;
      }
      await page.keyboard.press('Enter');
      await page.waitForURL(/plan\/\d+/);
      await audit(page, 'plan-reviewee');
      await page.goto(base);
      for (let i = 0; i < 10; i++) {
        await page.keyboard.press('Tab');
        if (await page.evaluate(() => document.activeElement.textContent) === 'Log out') break;
      }
      await page.keyboard.press('Enter');
      await page.waitForURL(/login\?ended=1/);
      check(await page.getByText('You have logged out.').isVisible(), 'no logged-out notice');
      await audit(page, 'logged-out', { phone: false });
      await page.goto(base);
      check(page.url().includes('/login?next='), 'dashboard open after log-out');
      await audit(page, 'login-next', { phone: false });
      await page.context().close();
    }],
    ['failed log-in: error summary linked to fields', async () => {
      const page = await newPage();
      await page.goto(base + 'login');
      await page.getByRole('button', { name: 'Log in' }).click();
      check(await page.getByText('There is a problem').isVisible(), 'no error summary');
      await audit(page, 'login-errors');
      await page.getByRole('link', { name: 'Enter your password' }).click();
      check(await page.evaluate(() => document.activeElement.id) === 'password', 'summary link did not focus the field');
      await page.getByLabel('User name').fill('rpatel');
      await page.getByLabel('Password').fill('not-the-password');
      await page.getByRole('button', { name: 'Log in' }).click();
      check(await page.getByLabel('User name').inputValue() === 'rpatel', 'typed user name lost');
      await page.context().close();
    }],
    ['reviewer: dashboard and a reviewee\'s plan', async () => {
      const page = await newPage();
      await login(page, base, 'jcarver');
      check(await page.getByRole('heading', { name: /Staff you review/ }).isVisible(), 'no reviewing list');
      await audit(page, 'dashboard-reviewer');
      await page.getByRole('link', { name: 'Patrick Doyle' }).click();
      await page.waitForURL(/plan\/\d+/);
      await audit(page, 'plan-reviewer');
      await page.emulateMedia({ media: 'print' });
      await page.screenshot({ path: path.join(results, 'plan-print.png'), fullPage: true });
      await page.emulateMedia({ media: 'screen' });
      await logout(page, base);
      await page.context().close();
    }],
    ['planning: reviewer and reviewee take turns in two browsers', async () => {
      // Nadia Dubois reviews Luc Moreau; their appraisal has not started in
      // the demo data (so this walk runs once per fresh stack).
      const rv = await newPage();
      const re = await newPage();
      await login(rv, base, 'ndubois');
      await login(re, base, 'lmoreau');
      await rv.getByRole('link', { name: 'Luc Moreau' }).click();
      await rv.waitForURL(/plan\/\d+$/);
      const url = rv.url();
      await re.goto(url);
      check(await re.getByRole('button', { name: 'Arrange the meeting' }).count() === 0,
        'the reviewee is offered the reviewer\'s step');
      // A day in the past is refused, with the error summary.
      const arrange = rv.getByRole('button', { name: 'Arrange the meeting' });
      check(await arrange.count() === 1, 'no "Arrange the meeting" button for the reviewer');
      await rv.getByLabel('Date').fill('2026-01-01');
      await arrange.click();
      check(await rv.getByText('There is a problem').isVisible(), 'no error summary for a day in the past');
      await audit(rv, 'plan-errors', { phone: false });
      // Arrange the meeting on the earliest day the hint offers.
      const earliest = await rv.locator('#day-hint time').getAttribute('datetime');
      await rv.getByLabel('Date').fill(earliest);
      await rv.getByLabel('Place (optional)').fill('Languages office');
      await rv.getByRole('button', { name: 'Arrange the meeting' }).click();
      await rv.waitForURL(/plan\/\d+\?done=1$/);
      check(await rv.getByText('Languages office').isVisible(), 'place not shown');
      await rv.getByRole('button', { name: 'Record the meeting' }).click();
      await rv.waitForURL(/done=1/);
      // Draft two of the three objectives: the reviewer may save a partial draft.
      const obj = async (n, what, category) => {
        await rv.locator(`#obj${n}_description`).fill(what);
        await rv.locator(`#obj${n}_criteria`).fill(`Measured at the summer data drop (${n})`);
        await rv.locator(`#obj${n}_due`).fill('2027-06-30');
        await rv.locator(`#obj${n}_category`).selectOption(category);
      };
      await obj(1, 'Raise Year 10 French speaking marks by half a grade', 'pupil_progress');
      await obj(2, 'Plan a scheme of work for Year 7 Spanish', 'teaching');
      await audit(rv, 'plan-draft-form');
      await rv.getByRole('button', { name: 'Save the draft' }).click();
      await rv.waitForURL(/done=1/);
      // Finalising with two of the school's three objectives is refused.
      await rv.getByRole('button', { name: 'Finalise the statement' }).click();
      check(await rv.getByText('There is a problem').isVisible(), 'no error summary');
      check(await rv.getByText(/asks for 3 objectives/).first().isVisible(), 'rule not explained');
      await audit(rv, 'plan-finalise-errors', { phone: false });
      // The reviewee reads the draft and asks for a change.
      await re.reload();
      check(await re.getByText('Raise Year 10 French speaking marks').isVisible(), 'draft not shown to the reviewee');
      await re.getByLabel('Your comments').fill('Could the third objective be about the languages trip?');
      await audit(re, 'plan-reviewee-comment');
      await re.getByRole('button', { name: 'Send to the reviewer' }).click();
      await re.waitForURL(/done=1/);
      // The reviewer sees the comment and completes the statement.
      await rv.reload();
      check(await rv.getByText('languages trip').first().isVisible(), 'comment not shown to the reviewer');
      await obj(3, 'Lead the Year 9 languages trip with a speaking task', 'team');
      await rv.getByRole('button', { name: 'Save the draft' }).click();
      await rv.waitForURL(/done=1/);
      await rv.getByRole('button', { name: 'Finalise the statement' }).click();
      await rv.waitForURL(/done=1/);
      // Both sign, each in their own browser.
      await re.reload();
      await re.getByRole('button', { name: 'Sign as reviewee' }).click();
      await re.waitForURL(/done=1/);
      await rv.reload();
      await rv.getByRole('button', { name: 'Sign as reviewer' }).click();
      await rv.waitForURL(/done=1/);
      await re.reload();
      check(await re.getByText('signed by Nadia Dubois').isVisible(), 'reviewer signature not shown');
      check(await re.getByText('signed by Luc Moreau').isVisible(), 'reviewee signature not shown');
      await audit(re, 'plan-signed');
      await re.emulateMedia({ media: 'print' });
      await re.screenshot({ path: path.join(results, 'plan-signed-print.png'), fullPage: true });
      check(!(await re.getByRole('button', { name: 'Log out' }).isVisible()), 'navigation printed');
      await re.emulateMedia({ media: 'screen' });
      await rv.context().close();
      await re.context().close();
    }],
    // After the planning walk: it signs the statement moderated here.
    ['moderation: fine and revise, the reasons on the plan page',
      () => walkModerate({ base, newPage, login, audit, check })],
    ['head: school progress and setting up the year', async () => {
      const page = await newPage();
      await login(page, base, 'hmorgan');
      check(await page.getByRole('heading', { name: /School progress/ }).isVisible(), 'no school progress');
      await audit(page, 'dashboard-head');
      // Every overdue step, from the dashboard's link, by the keyboard.
      await page.getByRole('link', { name: 'Every overdue step, a page at a time' }).focus();
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/overdue$/);
      check(await page.getByRole('heading', { level: 1, name: /Overdue steps/ }).isVisible(), 'overdue: no heading');
      check(await page.getByRole('heading', { level: 2, name: /steps? (is|are) overdue/ }).isVisible(), 'overdue: no count');
      await audit(page, 'overdue');
      for (const [slug, title] of [['admin', 'Set up the appraisal year'], ['admin/settings', 'School policy settings'],
        ['admin/reviewers', 'Reviewers'], ['admin/cycles', 'Appraisal cycles'], ['admin/staff', 'Staff details'],
        ['admin/staff/import', 'Import staff details'], ['admin/reviewer-requests', 'Requests for a different reviewer']]) {
        await page.goto(base + slug);
        check(await page.getByRole('heading', { level: 1, name: title }).isVisible(), `${slug}: no heading`);
        await audit(page, slug.replaceAll('/', '-'));
      }
      // One person's details, and a bad value kept with its error.
      await page.goto(base + 'admin/staff?q=Brennan');
      await audit(page, 'admin-staff-search', { phone: false });
      await page.getByRole('link', { name: 'Emma Brennan' }).click();
      await page.waitForURL(/admin\/staff\/\d+/);
      await audit(page, 'admin-person');
      await page.getByLabel('Full-time equivalent (FTE)').fill('1.5');
      await page.getByRole('button', { name: 'Save the details' }).click();
      check(await page.getByText('There is a problem').isVisible(), 'no error summary');
      check(await page.getByLabel('Full-time equivalent (FTE)').inputValue() === '1.5', 'typed FTE lost');
      await audit(page, 'admin-person-errors', { phone: false });
      // A cycle, and a bulk assignment with a bad line.
      await page.goto(base + 'admin/cycles');
      await page.getByRole('link', { name: /Teachers 2026-27/ }).click();
      await page.waitForURL(/admin\/cycles\/\d+/);
      await audit(page, 'admin-cycle');
      await page.goto(base + 'admin/reviewers');
      await page.getByLabel('Assignments (CSV), one per line').fill('nosuch,jcarver');
      await page.getByRole('button', { name: 'Assign from the list' }).click();
      check(await page.getByText('Line 1: column reviewee').first().isVisible(), 'bad line not named');
      await audit(page, 'admin-reviewers-errors', { phone: false });
      // The pending request for a different reviewer, with a missing decision.
      await page.goto(base + 'admin/reviewer-requests');
      await page.getByRole('link', { name: "Decide on Fiona Gallagher's request" }).click();
      await page.waitForURL(/reviewer-requests\/\d+/);
      await audit(page, 'admin-reviewer-request');
      await page.getByRole('button', { name: 'Record the decision' }).click();
      check(await page.getByText('Choose whether to grant or refuse').first().isVisible(), 'no error');
      await audit(page, 'admin-reviewer-request-errors', { phone: false });
      // A statement revised during the year: both versions readable.
      await page.goto(base);
      await page.getByRole('link', { name: 'Daniel Okafor' }).first().click();
      await page.waitForURL(/plan\/\d+/);
      await audit(page, 'plan-revised');
      await page.getByRole('link', { name: 'Version 1' }).click();
      await page.waitForURL(/plan\/\d+\/version\/1/);
      check(await page.getByRole('heading', { level: 1, name: /version 1/ }).isVisible(), 'no version heading');
      await audit(page, 'plan-version');
      await page.emulateMedia({ media: 'print' });
      await page.screenshot({ path: path.join(results, 'plan-version-print.png'), fullPage: true });
      await page.emulateMedia({ media: 'screen' });
      await page.goto(base + 'logout');
      await audit(page, 'logout', { phone: false });
      await page.getByRole('main').getByRole('button', { name: 'Log out' }).click();
      await page.waitForURL(/login\?ended=1/);
      await page.context().close();
    }],
    ['line-manager access: ask, decide, read, the access log', async () => {
      // Sarah Fletcher line-manages Emma Brennan and has not asked to see
      // her plan (no integration test asks for it either).
      const page = await newPage();
      await login(page, base, 'sfletcher');
      await audit(page, 'dashboard-line-manager');
      await page.getByRole('link', { name: /Ask to see a plan/ }).click();
      await page.waitForURL(/access$/);
      check(await page.getByRole('heading', { level: 1, name: 'Access to appraisal plans' }).isVisible(), 'no heading');
      await audit(page, 'access-index-line-manager');
      await page.getByRole('link', { name: 'Emma Brennan' }).click();
      await page.waitForURL(/access\/\d+$/);
      await audit(page, 'access-request');
      const ask = page.getByRole('button', { name: 'Ask for access' });
      check(await ask.count() === 1, 'no "Ask for access" button for a line manager who has not asked');
      {
        await ask.click();
        check(await page.getByText('There is a problem').isVisible(), 'no error summary');
        await audit(page, 'access-request-errors', { phone: false });
        await page.getByRole('link', { name: 'Say why you need to see the plan' }).click();
        check(await page.evaluate(() => document.activeElement.id) === 'why', 'summary link did not focus the field');
        // Ask, then take the request back: it was a mistake.
        await page.getByLabel('Why you need to see the plan').fill('Covering her Year 9 class next term.');
        await page.getByRole('button', { name: 'Ask for access' }).click();
        const takeBack = page.getByRole('button', { name: 'Take back this request' });
        await takeBack.waitFor();
        await audit(page, 'access-request-pending', { phone: false });
        await takeBack.click();
        await page.getByRole('button', { name: 'Ask for access' }).waitFor();
        check(await page.getByText('Withdrawn').first().isVisible(), 'taken-back request not shown');
      }
      await logout(page, base);
      await login(page, base, 'hmorgan');
      await page.getByRole('link', { name: /requests for access waiting/ }).click();
      await page.waitForURL(/access$/);
      await audit(page, 'access-index-head');
      await page.getByRole('link', { name: /decide on the request for the plan of Patrick Doyle/ }).click();
      await page.waitForURL(/access\/\d+$/);
      await audit(page, 'access-decide');
      await page.getByLabel('Refuse').check();
      await page.getByRole('button', { name: /Record the decision/ }).first().click();
      check(await page.getByText('There is a problem').isVisible(), 'no error summary');
      check(await page.getByLabel('Refuse').isChecked(), 'typed choice lost');
      await audit(page, 'access-decide-errors', { phone: false });
      await logout(page, base);
      await login(page, base, 'sfletcher');
      await page.getByRole('link', { name: 'Patrick Doyle' }).first().click();
      await page.waitForURL(/access\/\d+$/);
      await page.getByRole('link', { name: /Open the plan of Patrick Doyle/ }).click();
      await page.waitForURL(/plan\/\d+$/);
      check(await page.getByText('You are reading the plan sections only').isVisible(), 'no plan-only notice');
      await audit(page, 'plan-line-manager');
      await logout(page, base);
      await login(page, base, 'pdoyle');
      await page.getByRole('link', { name: /Who else has opened your appraisal/ }).first().click();
      await page.waitForURL(/access\/\d+\/log$/);
      check(await page.getByRole('rowheader', { name: 'Sarah Fletcher' }).first().isVisible(), 'read not in the log');
      await audit(page, 'access-log');
      await page.emulateMedia({ media: 'print' });
      await page.screenshot({ path: path.join(results, 'access-log-print.png'), fullPage: true });
      await page.emulateMedia({ media: 'screen' });
      await logout(page, base);
      await page.context().close();
    }],
    ['IT administrator: the calendar', async () => {
      const page = await newPage();
      await login(page, base, 'cnolan');
      await page.goto(base + 'admin/calendar');
      await audit(page, 'admin-calendar');
      await page.getByLabel('Dates, one per line').fill('2027-07-32,closure,Not a day');
      await page.getByRole('button', { name: 'Import', exact: true }).click();
      check(await page.getByText('Line 1').first().isVisible(), 'bad line not named');
      await audit(page, 'admin-calendar-errors', { phone: false });
      await page.getByLabel("The iCalendar file's text").fill('BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:2027\nEND:VEVENT\nEND:VCALENDAR');
      await page.getByRole('button', { name: 'Import the iCalendar file' }).click();
      check(await page.getByText('Line 3: DTSTART').first().isVisible(), 'bad ics line not named');
      await audit(page, 'admin-calendar-ics-errors', { phone: false });
      // The same file chosen as a file: the upload is read the same way.
      await page.getByLabel("The iCalendar file's text").fill('');
      await page.getByLabel('Or choose the .ics file').setInputFiles({ name: 'terms.ics', mimeType: 'text/calendar',
        buffer: Buffer.from('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20271301\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n') });
      await page.getByRole('button', { name: 'Import the iCalendar file' }).click();
      check(await page.getByText('Line 3: DTSTART').first().isVisible(), 'uploaded file not read');
      await page.goto(base + 'admin/cycles');
      await page.getByRole('button', { name: 'Add the cycle' }).click();
      check(await page.getByText('There is a problem').isVisible(), 'no error summary');
      await audit(page, 'admin-cycles-errors', { phone: false });
      await page.context().close();
    }],
    ['observations: record, feedback, the teacher\'s comments',
      () => walkObserve({ newPage, base, login, logout, audit, check })],
    ['interim review: progress, support, evidence, the reviewee\'s comment',
      () => walkReview({ newPage, base, login, logout, audit, check })],
    ['performance concerns: recorded, commented, capability, resumed',
      () => walkConcern({ newPage, base, login, logout, audit, check })],
    ['end of the cycle: assessment, report, comment, appeal, hearing, outcome',
      () => walkReport({ newPage, base, login, logout, audit, check })],
    ['reviewee: asking for a different reviewer', async () => {
      const page = await newPage();
      await login(page, base, 'fgallagher');
      await page.getByRole('link', { name: /Ask for a different reviewer/ }).click();
      await page.waitForURL(/change-reviewer\/\d+/);
      check(await page.getByText(/with the headteacher/).isVisible(), 'pending request not shown');
      await audit(page, 'change-reviewer-pending');
      await logout(page, base);
      await login(page, base, 'ebrennan');
      await page.getByRole('link', { name: /Ask for a different reviewer/ }).click();
      await page.waitForURL(/change-reviewer\/\d+/);
      await page.getByRole('button', { name: 'Send the request' }).click();
      check(await page.getByText('There is a problem').isVisible(), 'no error summary');
      await audit(page, 'change-reviewer-errors');
      await page.context().close();
    }],
    ['without JavaScript: log in and out', async () => {
      const page = await newPage({ javaScriptEnabled: false });
      await login(page, base, 'ebrennan');
      check(await page.getByText('Your appraisal').first().isVisible(), 'dashboard not usable');
      await logout(page, base);
      await page.context().close();
    }],
    ['200% zoom: no sideways scrolling', async () => {
      const page = await newPage({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
      await login(page, base, 'hmorgan');
      for (const slug of ['', 'admin/settings', 'admin/reviewers', 'admin/cycles', 'admin/staff', 'admin/reviewer-requests']) {
        await page.goto(base + slug);
        const over = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        check(over <= 0, `${slug || 'dashboard'}: ${over}px too wide at 200%`);
      }
      await page.context().close();
    }],
    ['page not found', async () => {
      const page = await newPage();
      const r = await page.goto(base + 'no-such-page');
      check(r.status() === 404, `status ${r.status()}`);
      await audit(page, 'not-found', { phone: false });
      await page.context().close();
    }],
  ];
  for (const [name, fn] of walks) {
    if (name.includes(filter)) await test(`walk: ${name}`, fn);
  }
  await test('every page visited was checked by axe', async () => {
    const missed = [...visited.keys()].filter((k) => !audited.has(k));
    console.log(`     pages visited: ${visited.size}, checked by axe: ${audited.size}`);
    check(missed.length === 0, `visited, never checked: ${missed.map((k) => visited.get(k)).join(', ')}`);
  });
  await browser.close();
  fs.rmSync(profile, { recursive: true, force: true });
  console.log(axeReport.join('\n'));
  console.log(`e2e: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  return counts.failed ? 1 : 0;
}

main().then((rc) => process.exit(rc), (e) => {
  console.log(`FAIL e2e runner: ${e.stack}`);
  console.log(`e2e: ${counts.passed} passed, ${counts.failed + 1} failed, ${counts.skipped} skipped`);
  process.exit(1);
});
