// The dashboard's shell: log in (the token stays in this tab's sessionStorage), the tenant
// picker, the views, and live updates — each event of the tenant's journal refreshes the
// visible view (coalesced).
import { clearToken, follow, get, setToken, token } from './api.js';
import { failure, h, put } from './dom.js';
import * as decisions from './decisions.js';
import * as agents from './agents.js';
import * as entities from './entities.js';
import * as specs from './specs.js';
import * as evolution from './evolution.js';
import * as apps from './apps.js';

const VIEWS = { decisions, agents, entities, specs, evolution, apps };
const $ = (id) => document.getElementById(id);
const ctx = { tenant: null, tenants: [], principal: null, events: 0 };
let stopFeed = null;
let feedTenant = null;
let pending = null;
let rendering = Promise.resolve();

function current() {
  const name = location.hash.replace(/^#/, '').split('/')[0];
  return VIEWS[name] ? name : 'decisions';
}

/** Renders the current view (one render at a time; a refresh waits for the one running). */
function show() {
  rendering = rendering.then(async () => {
    const name = current();
    document.querySelectorAll('#nav a').forEach((a) => a.classList.toggle('active', a.dataset.view === name));
    const root = $('view');
    root.dataset.view = name;
    try {
      await VIEWS[name].render(root, ctx);
    } catch (e) {
      put(root, failure(e));
    }
    root.dataset.rendered = String(Date.now());
    feed(VIEWS[name].feedTenant?.(ctx) ?? ctx.tenant);
  });
  return rendering;
}

/** Live updates from one tenant's journal; every event schedules one refresh. */
function feed(tenant) {
  if (!tenant || tenant === feedTenant) return;
  stopFeed?.();
  feedTenant = tenant;
  const live = $('live');
  stopFeed = follow(tenant, () => {
    ctx.events += 1;
    live.title = `Live: ${ctx.events} event(s) from ${tenant}`;
    clearTimeout(pending);
    pending = setTimeout(show, 500);
  }, (state) => {
    live.className = `live ${state}`;
    live.textContent = state === 'on' ? `live · ${tenant}` : state === 'retry' ? 'reconnecting…' : 'offline';
  });
}

async function enter() {
  const [found, caps] = await Promise.all([get('/api/tenants'), get('/api/capabilities')]);
  ctx.tenants = found.tenants ?? [];
  ctx.principal = caps.principal;
  const names = ctx.tenants.map((t) => t.tenant);
  const saved = sessionStorage.getItem('temper.observe.tenant');
  ctx.tenant = names.includes(saved) ? saved : names.find((n) => n !== 'temper-system') ?? names[0] ?? null;
  put($('tenant'), names.map((n) => h('option', { value: n, text: n, selected: n === ctx.tenant })));
  $('who').textContent = ctx.principal ?? '';
  $('login').hidden = true;
  for (const id of ['nav', 'session', 'view']) $(id).hidden = false;
  await show();
}

function leave(message) {
  stopFeed?.();
  stopFeed = null;
  feedTenant = null;
  clearToken();
  for (const id of ['nav', 'session', 'view']) $(id).hidden = true;
  put($('view'));
  $('login').hidden = false;
  $('login-error').textContent = message ?? '';
  $('token').value = '';
  $('token').focus();
}

$('login-form').addEventListener('submit', async (ev) => {
  ev.preventDefault();
  setToken($('token').value.trim());
  try {
    await enter();
  } catch (e) {
    leave(e.status === 401 ? 'That token is not valid (unknown, revoked or mistyped).' : String(e.message ?? e));
  }
});
$('logout').addEventListener('click', () => leave('Logged out.'));
$('tenant').addEventListener('change', (ev) => {
  ctx.tenant = ev.target.value;
  sessionStorage.setItem('temper.observe.tenant', ctx.tenant);
  show();
});
window.addEventListener('hashchange', show);
window.addEventListener('temper:unauthorized', () => { if (token()) leave('Your token was refused; log in again.'); });

if (token()) enter().catch(() => leave('Log in again.'));
else leave();
