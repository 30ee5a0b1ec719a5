// Evolution: what the platform observed agents could not do, the spec changes proposed for it
// (analyses with a diff, the verification verdict, what the change makes newly legal or
// illegal, the entities it would strand) and the human decision on each — Approve deploys
// through the verification gate, and is refused while the proposal is not verified.
import { enc, get, post } from './api.js';
import { badge, brief, failure, h, put, table, time, toast } from './dom.js';
import { report } from './report.js';

const SYS = 'temper-system';
let openId = null;

export const feedTenant = () => SYS;

export async function render(root, ctx) {
  if (openId) return proposal(root, ctx, openId);
  const sets = ['Observations', 'Analyses', 'EvolutionDecisions', 'Insights'];
  const lists = await Promise.all(sets.map((s) => get(`/${SYS}/odata/${s}?$top=200`).then((r) => r.value ?? [], (e) => ({ error: e }))));
  const [obs, analyses, decisions, insights] = lists;
  const part = (title, rows, cols, onPick) => [h('h3', { text: title }),
    Array.isArray(rows) ? (rows.length ? table(cols, rows, onPick, { class: title.toLowerCase() }) : h('p', { class: 'muted', text: 'None yet.' })) : failure(rows.error)];
  const run = h('button', { type: 'button', text: 'Run pattern detection now', on: { click: async () => {
    try {
      const r = await post('/api/evolution/run', {});
      toast(`${r.findings?.length ?? 0} finding(s): ${r.created?.length ?? 0} new, ${r.updated?.length ?? 0} updated`);
      render(root, ctx);
    } catch (e) { toast(e.message, true); }
  } } });
  put(root,
    h('div', { class: 'toolbar' }, h('h2', { text: 'Evolution' }), run, h('span', { class: 'muted', text: `records of tenant ${SYS}` })),
    part('Proposals', analyses, [
      ['Id', (a) => h('code', { text: a.Id })], ['Status', (a) => badge(a.status)], ['Tenant', (a) => a.target_tenant],
      ['Root cause', (a) => a.root_cause], ['Verification', (a) => (a.verification ? badge(a.verification) : '')], ['By', (a) => a.proposed_by],
    ], (a) => { openId = a.Id; render(root, ctx); }),
    part('Decisions', decisions, [
      ['Id', (d) => h('code', { text: d.Id })], ['Status', (d) => badge(d.status)], ['Proposal', (d) => d.analysis_id],
      ['Tenant', (d) => d.target_tenant], ['Decided by', (d) => d.decided_by ?? ''], ['Outcome', (d) => d.outcome ?? ''],
    ], (d) => { if (d.analysis_id) { openId = d.analysis_id; render(root, ctx); } }),
    part('Observations', obs, [
      ['Id', (o) => h('code', { text: o.Id })], ['Status', (o) => badge(o.status)], ['Pattern', (o) => o.pattern],
      ['Tenant', (o) => o.target_tenant], ['Subject', (o) => o.subject], ['Statement', (o) => o.statement],
      ['Seen', (o) => `${o.observed ?? ''} (threshold ${o.threshold ?? '—'}) ×${o.recurrences ?? 1}`], ['Trend', (o) => o.trend ?? ''],
      ['Last', (o) => time(o.last_ms)],
    ]),
    part('Insights', insights, [['Id', (i) => h('code', { text: i.Id })], ['Status', (i) => badge(i.status)], ['Record', (i) => brief(strip(i))]]));
}

function strip(e) {
  const { '@odata.etag': _e, Id: _i, status: _s, ...rest } = e;
  return rest;
}

async function proposal(root, ctx, id) {
  const back = h('button', { type: 'button', text: '← All records', on: { click: () => { openId = null; render(root, ctx); } } });
  let p;
  try {
    p = await get(`/api/evolution/proposals/${enc(id)}`);
  } catch (e) {
    return put(root, h('div', { class: 'toolbar' }, back), failure(e));
  }
  const a = p.analysis ?? {};
  const d = p.decision && typeof p.decision === 'object' ? p.decision : null;
  const decisionId = d?.Id ?? (typeof p.decision === 'string' ? p.decision : null);
  put(root,
    h('div', { class: 'toolbar' }, back, h('h2', {}, 'Proposal ', h('code', { text: id })), badge(a.status ?? ''),
      h('span', { class: 'muted', text: `for tenant ${a.target_tenant ?? ''} (version ${a.base_version ?? '?'}) by ${a.proposed_by ?? ''}` })),
    h('div', { class: 'card' }, h('p', {}, h('strong', { text: 'Root cause: ' }), a.root_cause ?? ''), h('p', { text: a.description ?? '' }),
      a.observation_id ? h('p', { class: 'muted', text: `from observation ${a.observation_id}` }) : null),
    decide(p, d, decisionId, () => render(root, ctx)),
    h('h3', { text: 'Change' }), diff(p.diff ?? a.spec_diff ?? ''),
    h('h3', {}, 'Verification ', badge(p.passed ? 'passed' : 'failed')), report(p.verification),
    h('h3', { text: 'Refinement' }), refinement(p.refinement ?? []),
    h('h3', { text: 'Stranded entities' }),
    (p.stranded ?? []).length ? table([['Type', (s) => s.entity_type], ['Id', (s) => h('code', { text: s.id })], ['In state', (s) => s.status]], p.stranded, null, { class: 'stranded' })
      : h('p', { class: 'muted', text: 'No live entity would be left in a removed state.' }));
}

function decide(p, d, id, done) {
  if (!id) return h('p', { class: 'muted', text: 'No decision is attached to this proposal.' });
  const status = d?.status ?? 'Pending';
  const open = ['Pending', 'Deferred'].includes(status);
  const rationale = h('input', { type: 'text', placeholder: 'rationale (journaled)', class: 'rationale' });
  const why = p.passed ? null : 'Approve is disabled: the proposal did not pass verification (see the counterexamples below).';
  const act = (verdict, label, cls, disabled) => h('button', { type: 'button', class: cls, text: label, disabled: disabled || !open,
    title: disabled ? why : null, dataset: { verdict },
    on: { click: async (ev) => {
      ev.target.disabled = true;
      try {
        const r = await post(`/api/evolution/decisions/${enc(id)}/${verdict}`, { rationale: rationale.value });
        const dd = r.decision ?? r;
        toast(`${verdict}: ${dd.status ?? 'done'}${dd.deployed_version ? ` (version ${dd.deployed_version} live)` : ''}`);
        done();
      } catch (e) {
        const dd = e.body?.decision;
        toast(dd ? `${verdict}: ${dd.status} — ${dd.outcome ?? ''}` : e.message, true);
        if (dd) done(); else ev.target.disabled = false;
      }
    } } });
  return h('div', { class: 'card evolution-decision' },
    h('header', {}, h('strong', {}, 'Decision ', h('code', { text: id })), badge(status),
      d?.decided_by ? h('span', { class: 'muted', text: `by ${d.decided_by}: ${d.rationale ?? ''}` }) : null,
      d?.deployed_version ? h('span', { text: `deployed as version ${d.deployed_version}` }) : null),
    open ? h('div', { class: 'actions' }, rationale, act('approve', 'Approve', 'primary', !p.passed), act('reject', 'Reject', 'danger', false),
      act('defer', 'Defer', null, false)) : null,
    why && open ? h('p', { class: 'error why', text: why }) : null);
}

function diff(text) {
  return h('pre', { class: 'diff' }, text.split('\n').map((l) => {
    const cls = l.startsWith('+++') || l.startsWith('---') ? 'file' : l.startsWith('@@') ? 'hunk' : l.startsWith('+') ? 'add' : l.startsWith('-') ? 'del' : null;
    return h('span', { class: cls }, `${l}\n`);
  }));
}

function refinement(list) {
  if (!list.length) return h('p', { class: 'muted', text: 'No state machine changes.' });
  const moves = (xs) => (xs ?? []).map((m) => (typeof m === 'object' ? `${m.state}·${m.action}` : String(m))).join(', ');
  const names = (xs) => (xs ?? []).map((x) => (typeof x === 'object' ? brief(x) : String(x))).join(', ');
  return table([
    ['Type', (r) => h('strong', { text: r.entity_type })],
    ['States', (r) => [r.added_states?.length ? `+ ${names(r.added_states)} ` : '', r.removed_states?.length ? `− ${names(r.removed_states)}` : '']],
    ['Actions', (r) => [r.added_actions?.length ? `+ ${names(r.added_actions)} ` : '', r.removed_actions?.length ? `− ${names(r.removed_actions)}` : '']],
    ['Newly legal', (r) => moves(r.newly_legal)],
    ['Newly illegal', (r) => moves(r.newly_illegal)],
    ['Guards changed', (r) => (r.guards_changed ?? []).map((g) => h('div', {}, h('code', { text: g.action }), `: ${g.before ?? '—'} → ${g.after ?? '—'}`))],
    ['Targets changed', (r) => names(r.targets_changed)],
    ['', (r) => badge(r.conservative ? 'conservative' : 'widens', r.conservative ? 'ok' : 'pending')],
  ], list, null, { class: 'refinement' });
}


