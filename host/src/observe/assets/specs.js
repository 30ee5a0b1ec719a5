// A tenant's specs: each state machine drawn by the server (SVG), and the verification
// cascade's report on the deployed files with its counterexample traces.
import { enc, get, getText } from './api.js';
import { badge, failure, h, put } from './dom.js';
import { report } from './report.js';

let open = { tenant: null, type: null };

export async function render(root, ctx) {
  if (!ctx.tenant) return put(root, h('p', { text: 'No tenant to show.' }));
  const r = await get(`/api/tenants/${enc(ctx.tenant)}/specs`);
  const specs = r.specs ?? [];
  if (open.tenant !== ctx.tenant) open = { tenant: ctx.tenant, type: specs[0]?.entity_type ?? null };
  const spec = specs.find((s) => s.entity_type === open.type);
  // Everything is fetched before the view is replaced, so a live refresh never blanks it.
  const [svg, ver] = await Promise.allSettled([
    spec ? getText(`/api/tenants/${enc(ctx.tenant)}/specs/${enc(spec.entity_type)}/diagram.svg`, 'image/svg+xml') : null,
    get(`/api/tenants/${enc(ctx.tenant)}/verification`),
  ]);
  const diagram = h('div', { class: 'diagram' }, svg.status === 'fulfilled' ? (svg.value && inline(svg.value)) : failure(svg.reason));
  const verdict = h('div', { class: 'verification' }, ver.status === 'fulfilled' ? report(ver.value.report) : failure(ver.reason));
  const tabs = h('div', { class: 'toolbar spec-tabs' }, specs.map((s) => h('button', {
    type: 'button', class: s.entity_type === open.type ? 'primary' : null, dataset: { spec: s.entity_type }, text: s.entity_type,
    on: { click: () => { open.type = s.entity_type; render(root, ctx); } },
  })));
  put(root,
    h('div', { class: 'toolbar' }, h('h2', { text: `Specs in ${ctx.tenant}` }), h('span', { class: 'muted', text: `version ${r.version}` })),
    tabs,
    spec ? h('div', { class: 'card' },
      h('header', {}, h('strong', { text: spec.entity_type }), h('span', { class: 'muted', text: `entity set ${spec.entity_set} · spec ${spec.spec}` })),
      h('p', {}, 'states ', spec.states.map((s) => [badge(s, s === spec.initial ? 'ok' : spec.terminal.includes(s) ? 'terminal' : 'state'), ' '])),
      diagram,
      h('details', {}, h('summary', { text: `${spec.actions.length} action(s)` }), h('ul', {}, spec.actions.map((a) =>
        h('li', {}, h('code', { text: a.name }), ` ${a.from.join(' | ') || 'any'} → ${a.to ?? '(same)'}`, a.guard ? h('span', { class: 'muted' }, ' guard ', h('code', { text: a.guard })) : null))))) : null,
    h('h3', { text: 'Verification' }), verdict);
}

/** The server's SVG as a node: parsed as XML (never as HTML), with anything that could run
 *  script removed even though the server writes none. */
export function inline(text) {
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  const svg = doc.documentElement;
  if (svg.nodeName !== 'svg') return h('p', { class: 'error', text: 'The diagram could not be read.' });
  svg.querySelectorAll('script, foreignObject, a, use').forEach((n) => n.remove());
  for (const n of [svg, ...svg.querySelectorAll('*')]) {
    for (const a of [...n.attributes]) if (/^on/i.test(a.name) || /href$/i.test(a.name)) n.removeAttribute(a.name);
  }
  return document.importNode(svg, true);
}
