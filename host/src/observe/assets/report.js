// A verification cascade report (the deploy gate's, or a proposal's): per spec, per level,
// the verdict and summary, and each counterexample — a trace of steps (action, parameters,
// state, changes) — or the pre/post states of an SMT counterexample.
import { badge, brief, h, pre, table } from './dom.js';

export function report(r) {
  if (!r) return h('p', { class: 'muted', text: 'No report.' });
  return h('div', { class: 'report' },
    h('p', {}, badge(r.passed ? 'passed' : 'failed'), ` ${r.specs?.length ?? 0} spec(s), ${r.elapsed_ms ?? 0} ms`, r.cached ? ' (cached)' : ''),
    (r.specs ?? []).map(spec));
}

function spec(s) {
  return h('div', { class: 'card spec-report', dataset: { spec: s.spec } },
    h('header', {}, h('strong', { text: s.spec }), badge(s.passed ? 'passed' : 'failed'), h('span', { class: 'muted', text: s.file })),
    s.errors?.length ? h('ul', { class: 'error' }, s.errors.map((e) => h('li', { text: e }))) : null,
    s.gaps?.length ? h('details', {}, h('summary', { text: `${s.gaps.length} gap(s) in the model` }), h('ul', {}, s.gaps.map((g) => h('li', { text: g })))) : null,
    (s.levels ?? []).map(level));
}

function level(l) {
  const cex = l.details?.counterexamples ?? [];
  const warn = l.details?.warnings ?? [];
  return h('details', { class: `level ${l.outcome}`, open: l.outcome === 'failed', dataset: { level: l.level } },
    h('summary', {}, h('strong', { text: `${l.level} ` }), badge(l.outcome), ` ${l.summary}`),
    cex.map((c, i) => example(c, `Counterexample ${i + 1}`, 'counterexample')),
    warn.map((w, i) => example(w, `Warning ${i + 1}`, 'warning')),
    l.unchecked?.length ? h('details', {}, h('summary', { text: `${l.unchecked.length} thing(s) not checked` }), h('ul', {}, l.unchecked.map((u) => h('li', { text: u })))) : null,
    l.text ? h('details', {}, h('summary', { text: 'as text' }), pre(l.text)) : null);
}

/** One counterexample or warning: its trace as a step table when it has one. */
export function example(c, label, kind) {
  const trace = c.trace ?? c;
  const title = [trace.kind ?? c.kind, trace.property ?? c.property, trace.what ?? c.failure ?? c.message ?? c.what]
    .filter(Boolean).join(' · ');
  const replay = c.seed !== undefined ? `seed ${c.seed}` : c.replay ?? c.command ?? null;
  return h('details', { class: `cex ${kind}` },
    h('summary', {}, h('strong', { text: `${label}: ` }), title || brief(c)),
    Array.isArray(trace.steps) ? steps(trace.steps) : null,
    c.pre || c.post ? table([['', (r) => r[0]], ['state', (r) => brief(r[1])]],
      [['before', c.pre], ['params', c.params], ['after', c.post]].filter((r) => r[1] !== undefined), null, { class: 'prepost' }) : null,
    replay ? h('p', { class: 'muted' }, 'replay: ', h('code', { text: brief(replay) })) : null,
    Array.isArray(trace.steps) || c.pre ? null : pre(c));
}

function steps(list) {
  return table([
    ['#', (s) => String(s.i)],
    ['Action', (s) => (s.action === null || s.action === undefined ? '(initial)' : s.action)],
    ['Params', (s) => brief(s.params)],
    ['State', (s) => s.status ?? brief(s.state)],
    ['Changes', (s) => (s.changes ?? []).map((c) => `${c.var}: ${brief(c.from)} → ${brief(c.to)}`).join(', ')],
    ['', (s) => (s.refused ? badge('refused', 'bad') : '')],
  ], list.map((s, i) => ({ ...s, i })), null, { class: 'steps' });
}
