// The platform API as the human calls it: every request carries the token they logged in with,
// so Cedar decides each one for them. Live updates read the tenant's SSE feed with fetch (an
// EventSource cannot send the Authorization header) and resume with Last-Event-ID.

const KEY = 'temper.observe.token';

export const token = () => sessionStorage.getItem(KEY);
export const setToken = (t) => sessionStorage.setItem(KEY, t);
export const clearToken = () => sessionStorage.removeItem(KEY);
export const enc = encodeURIComponent;

export class ApiError extends Error {
  constructor(status, body) {
    super(body?.error?.message ?? `HTTP ${status}`);
    this.status = status;
    this.body = body;
  }
}

async function call(method, path, body, accept) {
  const headers = { Authorization: `Bearer ${token() ?? ''}` };
  if (accept) headers.Accept = accept;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const r = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await r.text();
  if (r.status === 401) window.dispatchEvent(new CustomEvent('temper:unauthorized'));
  let data = text;
  if ((r.headers.get('content-type') ?? '').includes('json')) {
    try { data = text ? JSON.parse(text) : null; } catch { data = text; }
  }
  if (!r.ok) throw new ApiError(r.status, typeof data === 'object' ? data : { error: { message: text } });
  return data;
}

export const get = (path) => call('GET', path);
export const post = (path, body = {}) => call('POST', path, body);
export const getText = (path, accept) => call('GET', path, undefined, accept);

/** OData key literal: quotes doubled, then percent-encoded. */
export const key = (id) => `('${enc(String(id).replaceAll("'", "''"))}')`;

/** Follows a tenant's journal; `onEvent(event)` per frame, `onState('on'|'retry'|'off')`.
 *  Returns a function that stops it. */
export function follow(tenant, onEvent, onState) {
  const ctl = new AbortController();
  let last = null;
  let stopped = false;
  (async () => {
    while (!stopped) {
      try {
        const headers = { Authorization: `Bearer ${token() ?? ''}`, Accept: 'text/event-stream' };
        if (last !== null) headers['Last-Event-ID'] = last;
        // The first connection starts from now (the page shows the current state already);
        // a reconnection resumes after the last event seen.
        const from = last === null ? '?after=now' : '';
        const r = await fetch(`/api/tenants/${enc(tenant)}/events${from}`, { headers, signal: ctl.signal });
        if (!r.ok || !r.body) throw new Error(`events: HTTP ${r.status}`);
        onState('on');
        const reader = r.body.pipeThrough(new TextDecoderStream()).getReader();
        let buf = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buf += value;
          let cut;
          while ((cut = buf.indexOf('\n\n')) >= 0) {
            const frame = parse(buf.slice(0, cut));
            buf = buf.slice(cut + 2);
            if (frame) {
              if (frame.id !== null) last = frame.id;
              onEvent(frame);
            }
          }
        }
      } catch (e) {
        if (stopped) return;
      }
      if (stopped) return;
      onState('retry');
      await new Promise((res) => setTimeout(res, 2000));
    }
  })();
  return () => { stopped = true; ctl.abort(); onState('off'); };
}

function parse(text) {
  let id = null, kind = 'message';
  const data = [];
  for (const line of text.split('\n')) {
    if (line.startsWith(':')) continue;
    const i = line.indexOf(':');
    const [field, value] = i < 0 ? [line, ''] : [line.slice(0, i), line.slice(i + 1).replace(/^ /, '')];
    if (field === 'id') id = value;
    else if (field === 'event') kind = value;
    else if (field === 'data') data.push(value);
  }
  if (!data.length) return null;
  try { return { id, kind, data: JSON.parse(data.join('\n')) }; } catch { return { id, kind, data: data.join('\n') }; }
}
