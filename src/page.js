// The page around the app, in plain JS: each of these is one or two DOM calls, which
// cost far less here than as Rust bindings in every reader's download. No state, no
// policy: what the hash means is Rust's business (url_state.rs).

const params = () => new URLSearchParams(location.search);

export const queryParam = (name) => params().get(name) || undefined;

export const hash = () => location.hash;

export const search = () => location.search;

// Inside an iframe history entries would belong to the host page's Back button, so
// they are replaced, not pushed. The URL is spelt out because a bare "#…" would resolve
// against <base href> and drop the query (embed=1, data=, childId=…). A sandboxed page
// may refuse either call: then the view simply is not in the address.
export function setHash(h, push) {
  try {
    history[push ? 'pushState' : 'replaceState'](null, '', location.pathname + location.search + h);
  } catch (_) {}
  noteView();
}

// What a printed page says at its foot (see the print styles): this view's address and the day.
const noteView = () => { document.body.dataset.view = `${location.href} · ${new Date().toISOString().slice(0, 10)}`; };

export const inIframe = () => window.parent !== window;

export function setTheme(theme) {
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
}

export function embedUrl(h) {
  const url = new URL(location.href);
  for (const added of ['childId', 'initialWidth', 'parentTitle', 'parentUrl']) url.searchParams.delete(added);
  url.searchParams.set('embed', '1');
  url.hash = h;
  return url.href;
}

// Next/previous change: rows that are not kept, in page order, from the one that has the
// focus (or was reached last). The polite status names it for screen readers.
let stepped = -1;
export function stepChange(dir) {
  const rows = [...document.querySelectorAll('#rows .row:not([data-status="kept"])')];
  const status = document.getElementById('step-status');
  if (!rows.length) { status.textContent = 'No changes shown.'; return; }
  const here = rows.indexOf(document.activeElement?.closest('.row'));
  const from = here >= 0 ? here : stepped;
  stepped = from < 0 ? (dir > 0 ? 0 : rows.length - 1) : Math.min(rows.length - 1, Math.max(0, from + dir));
  const row = rows[stepped];
  row.focus();
  status.textContent = `Change ${stepped + 1} of ${rows.length}: ${row.querySelector('.topic-label').textContent}, ${row.dataset.status}`;
}

export const fieldValue = (id) => document.getElementById(id)?.value ?? '';

// The search as the app holds it (`#rows`'s `data-query`, the engine's reading of `q=`):
// the search field's text, and its hits marked with the CSS Custom Highlight API (no
// element added, so the DOM stays the app's). Done again, once a frame at most, when the
// rows or the search change (rows made later are marked too). The field is written only
// when the search itself changed, so a render while someone types never wipes what they
// typed (which a Yew `value` would).
let queued = 0;
let shownQuery;
function showSearch() {
  queued = 0;
  const q = document.getElementById('rows')?.dataset.query ?? '';
  const field = document.getElementById('row-search');
  if (field && q !== shownQuery) field.value = q;
  shownQuery = q;
  if (!globalThis.Highlight) return;
  // One highlight grown range by range (a spread of 100,000 ranges would overflow the
  // call), of static ranges (nothing for the browser to keep up to date).
  const hits = new Highlight();
  if (q) {
    const re = new RegExp(q.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi');
    for (const el of document.querySelectorAll('#rows .clause-text:not(.not-reported), #rows .topic-label')) {
      const walk = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n; (n = walk.nextNode());) {
        for (const m of n.data.matchAll(re)) {
          hits.add(new StaticRange({ startContainer: n, startOffset: m.index, endContainer: n, endOffset: m.index + m[0].length }));
        }
      }
    }
  }
  CSS.highlights.set('hit', hits);
}
const searchLater = () => { queued ||= requestAnimationFrame(showSearch); };

// Resolves in a task of its own, after the browser has had its chance to paint.
export const nextTask = () => new Promise((r) => setTimeout(r));

export function scrollToTopic(topic) {
  const row = document.querySelector(`.row[data-topic="${CSS.escape(topic)}"]`);
  if (row) row.scrollIntoView({ block: 'start' });
}

// Fetches a clause set as text, bounded: refuses a declared length over `limit` before
// reading, stops reading past `limit` (a gzip bomb is counted as it inflates), gives up
// after `ms` (a server that never answers or never finishes), and refuses bytes that are
// not UTF-8. Rejects with a short code that Rust words for the reader.
export async function fetchText(url, limit, ms) {
  const ctl = new AbortController();
  const timer = setTimeout(() => ctl.abort(), ms);
  const fail = (code) => { ctl.abort(); throw code; };
  try {
    let res;
    try { res = await fetch(url, { signal: ctl.signal }); } catch (_) { fail(ctl.signal.aborted ? 'timeout' : 'unreachable'); }
    if (!res.ok) fail(`status:${res.status} ${res.statusText}`);
    const declared = Number(res.headers.get('content-length'));
    if (declared > limit) fail(`large:${declared}`);
    const bytes = await readCapped(res.body.getReader(), limit, () => fail('large:'), () => fail(ctl.signal.aborted ? 'timeout' : 'cut'));
    try { return utf8(bytes); } catch (_) { fail('encoding'); }
  } finally {
    clearTimeout(timer);
  }
}

// A clause set carried by a link (`#set=`: base64url of deflate-raw JSON, as the editor
// writes it), inflated with the browser's own DecompressionStream and counted as it
// inflates, so a small link cannot become a huge set. Rejects with `large`, `corrupt` or
// `encoding`.
export async function inflateLink(b64, limit) {
  let bytes;
  try {
    bytes = Uint8Array.from(atob(b64.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
  } catch (_) { throw 'corrupt'; }
  const reader = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const inflated = await readCapped(reader, limit, () => { reader.cancel(); throw 'large'; }, () => { throw 'corrupt'; });
  try { return utf8(inflated); } catch (_) { throw 'encoding'; }
}

// A stream read to its end as one buffer, counted as it arrives: `tooBig` is called (and
// must throw) past `limit` bytes, `broken` if the stream fails.
async function readCapped(reader, limit, tooBig, broken) {
  const parts = [];
  let n = 0;
  for (;;) {
    let chunk;
    try { chunk = await reader.read(); } catch (_) { broken(); }
    if (chunk.done) return new Blob(parts).arrayBuffer();
    n += chunk.value.length;
    if (n > limit) tooBig();
    parts.push(chunk.value);
  }
}

const utf8 = (bytes) => new TextDecoder('utf-8', { fatal: true }).decode(bytes);

// Calls back with the new hash on a pasted link, Back and Forward.
export function onHashChange(callback) {
  const handler = () => callback(location.hash);
  addEventListener('hashchange', handler);
  addEventListener('popstate', handler);
}

// Inside an iframe, tells the host page the content height whenever it changes, in
// each protocol newsroom pages listen for. Outside an iframe, sends nothing.
// Once, at start: j/k step through the changes (outside text fields), the printed page
// gets its footer, and inside an iframe the content height is reported as it changes.
export function watchPage() {
  noteView();
  addEventListener('keydown', (e) => {
    // Only while reading the rows (or nothing has the focus), never in a field: a
    // single-letter shortcut must not fire where it was not meant.
    const t = e.target;
    if (e.ctrlKey || e.metaKey || e.altKey || t.matches('input') || (t !== document.body && !t.closest('#rows, .row-tools'))) return;
    if (e.key === 'j' || e.key === 'k') { e.preventDefault(); stepChange(e.key === 'j' ? 1 : -1); }
  });
  // An opened fold's button is gone: the focus moves to the first row it showed.
  addEventListener('click', (e) => {
    const fold = e.target.closest('.kept-fold');
    if (fold) setTimeout(() => document.getElementById(`row-${fold.dataset.first}`)?.closest('.row')?.focus());
  });
  new MutationObserver(searchLater).observe(document.body, { childList: true, subtree: true, characterData: true, attributeFilter: ['data-query'] });
  searchLater(); // a link that opens with a search
  if (!inIframe()) return;
  const q = params();
  const childId = q.get('childId'); // added by pym.js's Parent
  const key = q.get('id') || 'clausewise'; // Datawrapper finds iframe[src*=key]
  let last = 0;
  new ResizeObserver(() => {
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    const post = (m) => parent.postMessage(m, '*');
    if (childId) post(`pymxPYMx${childId}xPYMxheightxPYMx${height}`);
    post({ 'datawrapper-height': { [key]: height } });
    post({ sentinel: 'amp', type: 'embed-size', height });
    post(JSON.stringify({ src: location.href, context: 'iframe.resize', height }));
  }).observe(document.body);
}
