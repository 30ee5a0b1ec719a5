// Entities of a tenant by type, with their state; pick one for its current fields and the
// timeline of its journal (every create, action, update and delete, who did it and when).
import { enc, get, key } from './api.js';
import { badge, brief, failure, h, pre, put, table, time } from './dom.js';

const picked = { tenant: null, set: null, id: null };

export async function render(root, ctx) {
  if (!ctx.tenant) return put(root, h('p', { text: 'No tenant to show.' }));
  const specs = (await get(`/api/tenants/${enc(ctx.tenant)}/specs`)).specs ?? [];
  if (picked.tenant !== ctx.tenant) Object.assign(picked, { tenant: ctx.tenant, set: specs[0]?.entity_set ?? null, id: null });
  const spec = specs.find((s) => s.entity_set === picked.set) ?? specs[0];
  if (!spec) return put(root, h('p', { text: `${ctx.tenant} has no entity types.` }));
  const pick = h('select', { class: 'entity-set', on: { change: (ev) => { picked.set = ev.target.value; picked.id = null; render(root, ctx); } } },
    specs.map((s) => h('option', { value: s.entity_set, text: `${s.entity_set} (${s.entity_type})`, selected: s === spec })));
  const detail = h('div', { class: 'entity-detail' });
  let list;
  try {
    const r = await get(`/${enc(ctx.tenant)}/odata/${enc(spec.entity_set)}?$top=200&$count=true`);
    const rows = r.value ?? [];
    const fields = (spec.fields ?? []).map((f) => f.name).filter((n) => n !== 'status').slice(0, 4);
    list = h('div', {},
      h('p', { class: 'muted', text: `${r['@odata.count'] ?? rows.length} ${spec.entity_set}${rows.length < (r['@odata.count'] ?? 0) ? `, the first ${rows.length} shown` : ''}` }),
      table([
        ['Id', (e) => h('code', { text: e.Id })],
        ['Status', (e) => badge(e.status ?? '')],
        ...fields.map((f) => [f, (e) => brief(e[f])]),
      ], rows, (e) => { picked.id = e.Id; showEntity(detail, ctx.tenant, spec, e.Id); }, { class: 'entities' }));
  } catch (e) {
    list = failure(e);
  }
  put(root, h('div', { class: 'toolbar' }, h('h2', { text: `Entities in ${ctx.tenant}` }), pick),
    h('div', { class: 'split' }, list, detail));
  if (picked.id) showEntity(detail, ctx.tenant, spec, picked.id);
}

async function showEntity(el, tenant, spec, id) {
  put(el, h('p', { class: 'muted', text: 'Loading…' }));
  try {
    const [entity, hist] = await Promise.all([
      get(`/${enc(tenant)}/odata/${enc(spec.entity_set)}${key(id)}`),
      get(`/api/tenants/${enc(tenant)}/entities/${enc(spec.entity_type)}/${enc(id)}/history`),
    ]);
    const { '@odata.context': _c, '@odata.etag': _e, ...fields } = entity;
    put(el, h('div', { class: 'card' },
      h('header', {}, h('strong', { text: `${spec.entity_type} ` }), h('code', { text: id }), badge(hist.status), h('span', { class: 'muted', text: `seq ${hist.seq}` })),
      pre(fields),
      h('h3', { text: 'History' }),
      h('ol', { class: 'timeline' }, hist.events.map(event)),
      hist.next ? h('p', { class: 'muted', text: `…more events after seq ${hist.next}` }) : null));
  } catch (e) {
    put(el, failure(e));
  }
}

function event(e) {
  const what = e.kind === 'action'
    ? h('span', {}, h('strong', { text: e.action }), ` ${e.from} → ${e.to}`)
    : e.kind === 'created' ? h('span', {}, h('strong', { text: 'created' }), ` in ${e.to}`) : h('strong', { text: e.kind });
  const changes = Array.isArray(e.changes) && e.changes.length
    ? h('div', { class: 'muted' }, 'changes ', e.changes.map((c) => brief(c)).join('; ')) : null;
  return h('li', { dataset: { seq: e.seq } },
    h('div', {}, h('span', { class: 'mono', text: `#${e.seq} ` }), what),
    h('div', { class: 'muted' }, `${time(e.time_ms)} · ${e.actor}`),
    e.params && Object.keys(e.params).length ? h('div', {}, 'params ', h('code', { text: brief(e.params) })) : null,
    e.kind !== 'action' && e.fields ? h('div', {}, 'fields ', h('code', { text: brief(e.fields) })) : null,
    changes);
}
