// Installed apps of every tenant: name, version, the reference they came from, the manifest
// and artifact digests they are pinned to, and their status.
import { enc, get } from './api.js';
import { badge, failure, h, put, table, time } from './dom.js';

export async function render(root, ctx) {
  const lists = await Promise.all(ctx.tenants.map((t) =>
    get(`/api/tenants/${enc(t.tenant)}/apps`).then((r) => r.apps ?? [], (e) => ({ error: e, tenant: t.tenant }))));
  const rows = lists.filter(Array.isArray).flat();
  const errors = lists.filter((l) => !Array.isArray(l));
  put(root,
    h('div', { class: 'toolbar' }, h('h2', { text: 'Installed apps' }), h('span', { class: 'muted', text: `${rows.length} app(s)` })),
    rows.length ? table([
      ['Tenant', (a) => a.tenant],
      ['App', (a) => h('strong', { text: a.app })],
      ['Version', (a) => a.pin.version],
      ['Reference', (a) => h('code', { text: a.pin.reference })],
      ['Pinned digest', (a) => h('code', { class: 'digest', text: a.pin.digest })],
      ['Artifact', (a) => h('code', { text: a.pin.artifact_digest })],
      ['Installed', (a) => time(a.pin.installed_at_ms)],
      ['Status', (a) => [badge(a.status, a.status === 'installed' ? 'ok' : 'bad'), a.error ? h('div', { class: 'error', text: a.error }) : null]],
      ['Earlier pins', (a) => String(a.history?.length ?? 0)],
    ], rows, null, { class: 'apps' }) : h('p', { class: 'muted', text: 'No app is installed.' }),
    errors.map((e) => h('div', {}, `${e.tenant}: `, failure(e.error))));
}
