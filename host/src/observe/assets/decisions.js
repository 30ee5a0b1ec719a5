// Pending governance decisions of every tenant (and the platform's own): the request, who
// asked, the scopes a human can approve at, the Cedar policy each would write (previewed by
// the server), and Approve / Deny — each the human's own Cedar-authorized call.
import { enc, get, post } from './api.js';
import { badge, brief, failure, h, pre, put, time, toast } from './dom.js';

// What the human chose per decision, kept across live refreshes.
const chosen = new Map();
// What this page decided, shown until the page is left (the cards themselves move on).
const decidedHere = [];
let status = 'pending';

export async function render(root, ctx) {
  const tenants = [...ctx.tenants.map((t) => t.tenant), '_platform'];
  const lists = await Promise.all(tenants.map((t) =>
    get(`/api/tenants/${enc(t)}/decisions?status=${status}`).then((r) => r.decisions ?? [], (e) => ({ error: e, tenant: t }))));
  const cards = [];
  const errors = [];
  lists.forEach((l) => (Array.isArray(l) ? cards.push(...l.map((d) => card(d))) : errors.push(l)));
  const pick = h('select', { on: { change: (ev) => { status = ev.target.value; render(root, ctx); } } },
    ['pending', 'approved', 'denied', 'all'].map((s) => h('option', { value: s, text: s, selected: s === status })));
  put(root,
    h('div', { class: 'toolbar' }, h('h2', { text: 'Decisions' }), h('label', {}, 'Show ', pick),
      h('span', { class: 'muted', text: `${cards.length} ${status === 'all' ? '' : status} decision(s) across ${tenants.length} tenant(s)` })),
    decidedHere.map((x) => h('div', { class: `card ${x.verdict}`, dataset: { decision: x.id } }, badge(x.verdict),
      ` ${x.id} (${x.tenant}) ${x.verdict}${x.scope ? ` at ${x.scope}` : ''} — `, x.policy ? h('code', { text: x.policy.id }) : 'the agent stays refused',
      x.policy ? pre(x.policy.text, 'policy') : null)),
    cards.length ? cards : h('p', { class: 'muted', text: 'Nothing is waiting for a decision.' }),
    errors.map((e) => h('div', { class: 'muted' }, `${e.tenant}: `, failure(e.error))));
}

function card(d) {
  const pick = chosen.get(d.id) ?? { scope: d.scopes?.[0]?.name ?? 'narrow', reason: '', preview: null };
  chosen.set(d.id, pick);
  const attrs = Object.entries(d.principal_attrs ?? {}).map(([k, v]) => `${k}=${brief(v)}`).join(', ');
  const body = h('div', { class: 'card decision', dataset: { decision: d.id, tenant: d.tenant } },
    h('header', {}, h('strong', { class: 'mono', text: d.id }), badge(d.status), h('span', { class: 'muted', text: `tenant ${d.tenant}` })),
    h('p', {}, h('strong', { text: d.principal }), attrs ? h('span', { class: 'muted', text: ` (${attrs})` }) : null,
      ' asks ', h('code', { text: d.action }), ' on ', h('code', { text: d.resource })),
    h('p', { class: 'muted' }, 'request ', h('code', { text: d.request ?? '' }), ` · denials ${d.denials} · first ${time(d.created_ms)} · last ${time(d.last_denied_ms)}`,
      d.session ? ` · session ${d.session}` : ''),
    d.status === 'pending' ? decide(d, pick) : decided(d));
  return body;
}

function decided(d) {
  return h('p', {}, `${d.status} by ${d.decided_by ?? '—'} at ${time(d.decided_ms)}`,
    d.scope ? ` · scope ${Object.values(d.scope).join(', ')}` : '', d.reason ? ` · “${d.reason}”` : '',
    d.policy_id ? h('span', {}, ' · policy ', h('code', { text: d.policy_id })) : null);
}

function decide(d, pick) {
  const out = h('div', { class: 'preview' }, pick.preview ? pre(pick.preview, 'policy') : null);
  const scopes = h('div', { class: 'scopes', role: 'radiogroup' }, (d.scopes ?? []).map((s) =>
    h('label', {},
      h('input', { type: 'radio', name: `scope-${d.id}`, value: s.name, checked: s.name === pick.scope,
        on: { change: () => { pick.scope = s.name; pick.preview = null; put(out); } } }),
      h('span', { class: 'name', text: s.name }), h('span', { text: s.summary }))));
  const reason = h('input', { type: 'text', class: 'reason', placeholder: 'reason (optional, journaled)', value: pick.reason,
    on: { input: (ev) => { pick.reason = ev.target.value; } } });
  const base = `/api/tenants/${enc(d.tenant)}/decisions/${enc(d.id)}`;
  const act = (label, cls, fn) => h('button', { type: 'button', class: cls, text: label, on: { click: async (ev) => {
    ev.target.disabled = true;
    try { await fn(); } catch (e) { put(out, failure(e)); toast(e.message, true); } finally { ev.target.disabled = false; }
  } } });
  return h('div', {}, h('h3', { text: 'Approve at scope' }), scopes,
    h('div', { class: 'actions' },
      act('Preview policy', 'preview-btn', async () => {
        const r = await post(`${base}/preview`, { scope: pick.scope });
        pick.preview = r.policy.text;
        put(out, h('p', { class: 'muted' }, 'Approving installs ', h('code', { text: r.policy.id }), ':'), pre(r.policy.text, 'policy'));
      }),
      reason,
      act('Approve', 'primary approve-btn', async () => {
        const r = await post(`${base}/approve`, { scope: pick.scope, reason: pick.reason });
        chosen.delete(d.id);
        decidedHere.unshift({ id: d.id, tenant: d.tenant, verdict: 'approved', scope: pick.scope, policy: r.policy });
        toast(`Approved ${d.id} at ${pick.scope}: installed ${r.policy?.id ?? 'the policy'}`);
        put(out, h('p', { class: 'approved' }, badge('approved'), ` at ${pick.scope}; installed `, h('code', { text: r.policy?.id ?? '' })),
          r.policy ? pre(r.policy.text, 'policy') : null);
      }),
      act('Deny', 'danger deny-btn', async () => {
        await post(`${base}/deny`, { reason: pick.reason });
        chosen.delete(d.id);
        decidedHere.unshift({ id: d.id, tenant: d.tenant, verdict: 'denied' });
        toast(`Denied ${d.id}`);
        put(out, h('p', {}, badge('denied'), ' the agent is told its request stays refused'));
      })),
    out);
}
