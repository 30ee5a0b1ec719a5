// The Observe dashboard in headless Chromium (playwright-core driving Debian's chromium), as a
// human uses it: log in with the admin token, approve the agent's pending decision at a chosen
// scope after previewing its policy, see the agent's retry succeed, walk agents, entities and
// apps, open a spec's diagram and a counterexample, watch a new denial arrive live (SSE), log
// out. A screenshot of every step goes to $TEMPER_ARTIFACTS. Run by host/tests/observe_browser.rs,
// which starts the server and reads the JSON this prints (last line) and the exit status.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const env = (k, fallback) => {
  const v = process.env[k] ?? fallback;
  if (v === undefined) throw new Error(`set ${k}`);
  return v;
};
const URL_ = env('TEMPER_URL');
const ADMIN = env('TEMPER_ADMIN_TOKEN');
const AGENT = env('TEMPER_AGENT_TOKEN');
const DECISION = env('TEMPER_DECISION');
const TENANT = env('TEMPER_TENANT', 'tasks');
const CEX_TENANT = env('TEMPER_CEX_TENANT', '');
const PROPOSAL = env('TEMPER_PROPOSAL', '');
const OUT = env('TEMPER_ARTIFACTS');
const { chromium } = await import(pathToFileURL(join(env('TEMPER_PLAYWRIGHT'), 'index.mjs')).href);

mkdirSync(OUT, { recursive: true });
const result = { ok: false, steps: [], screenshots: [], console_errors: [] };
const browser = await chromium.launch({ executablePath: env('TEMPER_CHROMIUM'), headless: true, args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
page.setDefaultTimeout(20000);
page.on('pageerror', (e) => result.console_errors.push(`pageerror: ${e.message}`));
page.on('console', (m) => { if (m.type() === 'error') result.console_errors.push(m.text()); });

let n = 0;
async function shot(name) {
  n += 1;
  const path = join(OUT, `${String(n).padStart(2, '0')}-${name}.png`);
  await page.evaluate(() => document.getElementById('toast')?.replaceChildren());
  await page.screenshot({ path, fullPage: true });
  result.screenshots.push(path);
}
function step(name, facts = {}) {
  result.steps.push({ step: name, ...facts });
}
function check(cond, message) {
  if (!cond) throw new Error(message);
}
async function view(name) {
  await page.click(`#nav a[data-view="${name}"]`);
  await page.waitForSelector(`#view[data-view="${name}"][data-rendered]`);
}
async function tenant(t) {
  await page.selectOption('#tenant', t);
  await page.waitForFunction((t) => document.querySelector('#live')?.textContent.includes(t), t);
}

async function agentCreate(title) {
  const r = await fetch(`${URL_}/${TENANT}/odata/Tasks`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${AGENT}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ title }),
  });
  return { status: r.status, body: await r.json() };
}

try {
  // Log in: nothing shows before a token; a wrong token is refused; the admin's works.
  await page.goto(`${URL_}/observe`);
  await page.waitForSelector('#login-form');
  check(await page.isHidden('#view'), 'the dashboard shows nothing before login');
  await page.fill('#token', 'not-a-token');
  await page.click('#login-form button');
  await page.waitForFunction(() => document.querySelector('#login-error').textContent.length > 0);
  await shot('login');
  await page.fill('#token', ADMIN);
  await page.click('#login-form button');
  await page.waitForSelector('#nav:not([hidden])');
  await page.waitForSelector('#live.on');
  check(await page.isHidden('#login'), 'the login form is gone once logged in');
  await tenant(TENANT);
  step('login', { principal: await page.textContent('#who') });

  // Decisions: the agent's denial waits with its scopes; preview one, approve at it.
  const card = `.decision[data-decision="${DECISION}"]`;
  await page.waitForSelector(card);
  check((await page.textContent(card)).includes('create'), 'the card names the denied action');
  await shot('decisions');
  await page.check(`${card} input[type=radio][value="medium"]`);
  await page.click(`${card} .preview-btn`);
  await page.waitForSelector(`${card} pre.policy`);
  const policy = await page.textContent(`${card} pre.policy`);
  check(policy.includes('permit') && policy.includes('resource is Task'), `the medium policy: ${policy}`);
  await shot('preview');
  await page.fill(`${card} input.reason`, 'the triage bot files tasks');
  await page.click(`${card} .approve-btn`);
  await page.waitForSelector(`.card.approved[data-decision="${DECISION}"], ${card} p.approved`);
  await shot('approved');
  step('approve', { decision: DECISION, scope: 'medium', policy });

  // The agent retries and succeeds; the Agents view shows its denial, then its success.
  const retry = await agentCreate('filed by the triage bot');
  check(retry.status === 201, `the agent's retry answered ${retry.status}: ${JSON.stringify(retry.body)}`);
  result.retry = { status: retry.status, id: retry.body.Id };
  await view('agents');
  const bot = page.locator('table.agents tr', { hasText: 'triage-bot' });
  await bot.click();
  await page.waitForSelector('table.recent');
  const recent = await page.textContent('table.recent');
  check(recent.includes('ok 201') && recent.includes('failed 403'), `recent activity: ${recent}`);
  await shot('agents');
  step('agent retry', { status: retry.status, task: retry.body.Id });

  // Entities: the retried task, its state and its history timeline.
  await view('entities');
  await page.locator('table.entities tr', { hasText: retry.body.Id }).click();
  await page.waitForSelector('.entity-detail ol.timeline li');
  const timeline = await page.textContent('.entity-detail ol.timeline');
  check(timeline.includes('created') && timeline.includes('triage-bot'), `timeline: ${timeline}`);
  await shot('entity-history');
  step('entity history', { id: retry.body.Id });

  // Specs: the state machine diagram, drawn by the server.
  await view('specs');
  await page.waitForSelector('.diagram svg [data-state]');
  const states = await page.$$eval('.diagram svg [data-state]', (gs) => gs.map((g) => g.getAttribute('data-state')));
  for (const s of ['Backlog', 'Todo', 'InProgress', 'Done', 'Cancelled']) check(states.includes(s), `state ${s} in ${states}`);
  await page.waitForSelector('.verification .spec-report');
  await shot('spec-diagram');
  step('diagram', { states });

  // A counterexample: in a stored verification report, or in a proposal that failed.
  if (CEX_TENANT) {
    await tenant(CEX_TENANT);
    await page.waitForSelector('.verification .spec-report');
    const cex = page.locator('.verification details.cex.counterexample').first();
    await cex.evaluate((d) => { d.closest('details.level').open = true; });
    await cex.locator('summary').click();
    const table = cex.locator('table.steps, table.prepost');
    await table.first().waitFor();
    const text = await cex.textContent();
    await shot('counterexample');
    step('counterexample', { tenant: CEX_TENANT, text: text.slice(0, 400) });
    await tenant(TENANT);
  }
  if (PROPOSAL) {
    await view('evolution');
    await page.locator('table.proposals tr', { hasText: PROPOSAL }).click();
    await page.waitForSelector('.evolution-decision');
    const approve = page.locator('.evolution-decision button[data-verdict="approve"]');
    check(await approve.isDisabled(), 'Approve is disabled for a proposal that failed verification');
    const why = await page.textContent('.evolution-decision .why');
    // The failing level's trace: each step's action, parameters, state and changes.
    const cex = page.locator('.report details.level.failed details.cex.counterexample').first();
    await cex.locator('summary').click();
    await cex.locator('table.steps').waitFor();
    check((await cex.textContent()).includes('Inc'), 'the trace names the action that breaks the invariant');
    check((await page.textContent('pre.diff')).length > 0, 'the diff is shown');
    await shot('proposal-counterexample');
    step('proposal', { id: PROPOSAL, why, trace: (await cex.textContent()).slice(0, 400) });
  }

  // Apps: what is installed, pinned by digest.
  await view('apps');
  await page.waitForSelector('table.apps code.digest');
  const digest = await page.textContent('table.apps code.digest');
  check(digest.startsWith('sha256:'), `pinned digest ${digest}`);
  await shot('apps');
  step('apps', { digest });

  // Live: a new denial shows up in the open Decisions view without a reload.
  await view('decisions');
  const before = await page.locator('.decision').count();
  const denied = await fetch(`${URL_}/${TENANT}/odata/Tasks('${encodeURIComponent(retry.body.Id)}')`, {
    method: 'DELETE', headers: { Authorization: `Bearer ${AGENT}` },
  });
  const live = await denied.json();
  check(denied.status === 403 && live.error?.decision, `the delete was denied with a decision: ${JSON.stringify(live)}`);
  await page.waitForSelector(`.decision[data-decision="${live.error.decision}"]`);
  await shot('live-update');
  step('live update', { decision: live.error.decision, cards_before: before });

  // Log out: the token is gone from the tab.
  await page.click('#logout');
  await page.waitForSelector('#login-form');
  const kept = await page.evaluate(() => sessionStorage.getItem('temper.observe.token'));
  check(kept === null, 'log out clears the token');
  step('logout');
  const errors = result.console_errors.filter((e) => !/status of 40[13]/.test(e));
  check(errors.length === 0, `the page logged errors: ${errors.join(' | ')}`);
  result.ok = true;
} catch (e) {
  result.error = String(e?.stack ?? e);
  try { await shot('failure'); } catch { /* the page may be gone */ }
} finally {
  await browser.close();
}
console.log(JSON.stringify(result));
process.exit(result.ok ? 0 : 1);
