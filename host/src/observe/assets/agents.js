// What agents did in a tenant (from trajectories): dispatches, failures, denials and their
// rate, the actions they tried most, when last seen; pick one for its recent rows.
import { enc, get } from './api.js';
import { badge, brief, h, put, table, time } from './dom.js';

const WINDOWS = [['last hour', 3600e3], ['last 24 hours', 86400e3], ['last 7 days', 7 * 86400e3], ['all time', 0]];
let windowMs = 86400e3;
let selected = null;

export async function render(root, ctx) {
  if (!ctx.tenant) return put(root, h('p', { text: 'No tenant to show.' }));
  const since = windowMs ? `&since=${Date.now() - windowMs}` : '';
  const r = await get(`/api/tenants/${enc(ctx.tenant)}/agents?recent=20${since}`);
  const detail = h('div', { class: 'agent-detail' });
  const pickWindow = h('select', { on: { change: (ev) => { windowMs = Number(ev.target.value); render(root, ctx); } } },
    WINDOWS.map(([label, ms]) => h('option', { value: ms, text: label, selected: ms === windowMs })));
  const rows = r.agents ?? [];
  put(root,
    h('div', { class: 'toolbar' }, h('h2', { text: `Agents in ${ctx.tenant}` }), pickWindow,
      h('span', { class: 'muted', text: `${r.rows_read} dispatch(es) read${r.truncated ? ' (the newest only)' : ''}` })),
    rows.length ? table([
      ['Principal', (a) => h('code', { text: a.agent })],
      ['Dispatches', (a) => String(a.dispatches)],
      ['Failures', (a) => String(a.failures)],
      ['Denials', (a) => String(a.denials)],
      ['Denial rate', (a) => `${(a.denial_rate * 100).toFixed(0)}%`],
      ['Actions', (a) => a.actions.slice(0, 5).map((x) => `${x.action} ×${x.count}`).join(', ')],
      ['Last seen', (a) => time(a.last_seen_ms)],
    ], rows, (a) => { selected = a.agent; showAgent(detail, a); }, { class: 'agents' }) : h('p', { class: 'muted', text: 'No dispatches in this window.' }),
    detail);
  const again = rows.find((a) => a.agent === selected);
  if (again) showAgent(detail, again);
}

function showAgent(el, a) {
  put(el, h('h3', {}, 'Recent activity of ', h('code', { text: a.agent })),
    a.decisions.length ? h('p', { class: 'muted', text: `decisions opened: ${a.decisions.join(', ')}` }) : null,
    table([
      ['Time', (t) => time(t.time_ms)],
      ['Origin', (t) => t.origin],
      ['Action', (t) => t.action ?? ''],
      ['Entity', (t) => [t.entity_type, t.entity_id].filter(Boolean).join(' ')],
      ['Result', (t) => badge(`${t.ok ? 'ok' : 'failed'} ${t.http_status}`, t.ok ? 'ok' : 'bad')],
      ['Error', (t) => [t.error_code, t.error].filter(Boolean).join(': ')],
      ['Cedar', (t) => [t.authz_decision, t.decision_id].filter(Boolean).join(' ')],
      ['Params', (t) => brief(t.params)],
    ], a.recent, null, { class: 'recent' }));
}
