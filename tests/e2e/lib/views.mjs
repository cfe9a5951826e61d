// Helpers for the view-state, embedding and self-sizing tests (12–19): the URL hash,
// party toggles, the focused row, frames and iframe heights.
//
// The hash contract: `#left=<draft>&right=<draft>&parties=<id>,<id>&topic=<topic>`,
// keys in that order, `parties` left out when none is on, `topic` when none is chosen.

import { assert, APP_TIMEOUT } from './harness.mjs';

export const HASH_KEYS = ['left', 'right', 'parties', 'topic', 'show', 'status', 'topics'];

/** Parse a hash (`#a=b&c=d`, with or without `#`) into { keys: [...], params: {...} }. */
export function parseHash(hash) {
  const sp = new URLSearchParams(String(hash ?? '').replace(/^#/, ''));
  const keys = [...sp.keys()];
  const params = {};
  for (const [k, v] of sp) params[k] = v;
  return { keys, params };
}

/** The view a hash names: { left, right, parties: [...], topic }. */
export function viewOfHash(hash) {
  const { params } = parseHash(hash);
  return {
    left: params.left ?? null,
    right: params.right ?? null,
    parties: params.parties ? params.parties.split(',').filter(Boolean) : [],
    topic: params.topic ?? null,
  };
}

/** Keys present in the hash appear in the contract's order and only once each. */
export function assertHashKeyOrder(hash, what = 'hash') {
  const { keys } = parseHash(hash);
  assert.equal(new Set(keys).size, keys.length, `${what}: no key repeats (${hash})`);
  for (const k of keys) assert.ok(HASH_KEYS.includes(k), `${what}: unexpected key "${k}" (${hash})`);
  const order = keys.map((k) => HASH_KEYS.indexOf(k));
  assert.deepEqual(order, [...order].sort((a, b) => a - b), `${what}: keys in the order ${HASH_KEYS.join(', ')} (${hash})`);
}

/** Poll `read()` (run in node) until `ok(value)` holds; fail naming `what` and the last value. */
export async function pollUntil(read, ok, what, timeout = 5_000) {
  const until = Date.now() + timeout;
  let value = await read();
  while (!ok(value) && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 50));
    value = await read();
  }
  assert.ok(ok(value), `${what} (last value: ${JSON.stringify(value)})`);
  return value;
}

/** The view on screen in a page or frame: selects, checked party toggles, focused row(s). */
export async function viewOnScreen(pageOrFrame) {
  return pageOrFrame.evaluate(() => ({
    left: document.querySelector('#left-draft')?.value ?? null,
    right: document.querySelector('#right-draft')?.value ?? null,
    parties: [...document.querySelectorAll('#party-toggles input.party-toggle')].filter((e) => e.checked).map((e) => e.value),
    focused: [...document.querySelectorAll('#rows article.row.focused')].map((r) => r.getAttribute('data-topic')),
    current: [...document.querySelectorAll('#rows article.row[aria-current="true"]')].map((r) => r.getAttribute('data-topic')),
  }));
}

/** Wait until the view on screen matches `want` (any of left/right/parties/focused given). */
export async function waitForView(pageOrFrame, want, what = 'view', timeout = 5_000) {
  const matches = (v) => Object.entries(want).every(([k, x]) =>
    Array.isArray(x) ? JSON.stringify([...v[k]].sort()) === JSON.stringify([...x].sort()) : v[k] === x);
  return pollUntil(() => viewOnScreen(pageOrFrame), matches, `${what}: expected ${JSON.stringify(want)}`, timeout);
}

export async function currentHash(page) {
  return page.evaluate(() => location.hash);
}

/** Wait until the page's hash, as a view, matches `want` (subset of left/right/parties/topic). */
export async function waitForHashView(page, want, what = 'hash', timeout = 5_000) {
  const matches = (h) => {
    const v = viewOfHash(h);
    return Object.entries(want).every(([k, x]) =>
      Array.isArray(x) ? JSON.stringify([...v[k]].sort()) === JSON.stringify([...x].sort()) : v[k] === x);
  };
  return pollUntil(() => currentHash(page), matches, `${what}: location.hash should name ${JSON.stringify(want)}`, timeout);
}

/** Click the party toggle `id` in a page or frame and wait until its checked state is `on`. */
export async function toggleParty(pageOrFrame, id, on) {
  const box = pageOrFrame.locator(`#party-toggles input.party-toggle[value="${id}"]`);
  if (on) await box.check();
  else await box.uncheck();
}

/** The content frame of the first `selector` iframe in `page`, once it shows rows. */
export async function appFrame(page, selector = 'iframe') {
  const handle = await page.waitForSelector(selector, { timeout: APP_TIMEOUT });
  const frame = await handle.contentFrame();
  assert.ok(frame, `${selector} has a content frame`);
  await frame.waitForSelector('main#clausewise #rows article.row', { timeout: APP_TIMEOUT });
  return { handle, frame };
}

/** Heights that matter for a self-sizing iframe: the iframe box in the host, and inside it. */
export async function frameHeights(handle, frame) {
  const box = await handle.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { rect: r.height, client: el.clientHeight };
  });
  const inner = await frame.evaluate(() => {
    const main = document.querySelector('main#clausewise');
    return {
      main: main ? main.offsetHeight : null,
      scroll: document.documentElement.scrollHeight,
      viewport: document.documentElement.clientHeight,
    };
  });
  return { ...box, ...inner };
}

/** Wait until the iframe is as tall as its content (±tolerance) and its document does not scroll. */
export async function waitForFrameFits(handle, frame, what, tolerance = 4, timeout = 5_000) {
  return pollUntil(
    () => frameHeights(handle, frame),
    (h) => h.main > 0 && Math.abs(h.rect - h.main) <= tolerance && h.scroll <= h.client + tolerance,
    `${what}: iframe height should follow main#clausewise (±${tolerance} px) with no vertical scroll inside`,
    timeout,
  );
}

/** Turn every party toggle inside `frame` on; returns their ids. */
export async function allPartiesOn(frame) {
  const ids = await frame.$$eval('#party-toggles input.party-toggle', (els) => els.map((e) => e.value));
  for (const id of ids) await toggleParty(frame, id, true);
  return ids;
}

/** Is this message one of the four self-sizing formats (pym, Datawrapper, AMP, Embedly)? */
export function sizingFormat(data) {
  if (typeof data === 'string') {
    if (data.startsWith('pymxPYMx')) return 'pym';
    if (data.trim().startsWith('{')) {
      try {
        const o = JSON.parse(data);
        if (o && o.context === 'iframe.resize') return 'embedly';
      } catch { /* not JSON */ }
    }
    return null;
  }
  if (data && typeof data === 'object') {
    if ('datawrapper-height' in data) return 'datawrapper';
    if (data.sentinel === 'amp' && data.type === 'embed-size') return 'amp';
  }
  return null;
}
