// 22. Hostile inputs for ?data=: oversize (declared, undeclared, gzip bomb), slow, stalled
// and silent servers, absurd nesting, many unknown fields, a late shape error in a big file,
// bad bytes, a BOM, wrong content types, a redirect, markup and javascript: everywhere, and
// a set at every limit at once.
//
// For every case: within 5 s of the response ending (of the request starting, for servers
// that never end; 20 s + 5 s for the stalled ones) the page shows either the set or a
// readable #load-error; the page stays usable (another left draft changes the rows; a party
// toggle answers within 200 ms); no console error except the network errors the case
// provokes; no main-thread task over 500 ms once the ?data= fetch has started; the JS heap
// ends (after a forced GC) within +50 MB of where it was when the fetch started.
//
// Big inputs are generated at run time (fixtures/hostile/sets.mjs), not committed.

import { before, after, test } from 'node:test';
import zlib from 'node:zlib';
import { chromium } from 'playwright-core';
import {
  assert, openPage, assertNoPanics, CHROMIUM, LAUNCH_ARGS, loadDefaultData, appUrlWithData,
} from '../lib/harness.mjs';
import { startServer, DIST_DIR } from '../lib/server.mjs';
import * as S from '../fixtures/hostile/sets.mjs';
import fs from 'node:fs';
import path from 'node:path';

const MB = 1024 * 1024;
const OUTCOME_MS = 5_000; // the set or the message, after the response ended
const STALL_MS = 20_000 + 5_000; // the reader's 20 s limit, plus the same margin
const TOGGLE_MS = 200;
const LONG_TASK_MS = 500;
const HEAP_GROWTH = 50 * MB;
const MESSAGE_CHARS = 1_000; // the sentence, and each listed problem
const PAINT_MS = 1_000; // case 15: each interaction paints within this
const FORBIDDEN = /Reflect|JsValue|serde|panicked|floating point|unwrap|RuntimeError/i;
// Network errors Chromium logs itself when a case breaks the connection on purpose.
const NETWORK_ERROR = /^Failed to load resource/;

const DEFAULT_TITLE = loadDefaultData().title;

// ---------------------------------------------------------------------------------------
// Browser and server for the file. Our own launch: `--enable-precise-memory-info` makes
// performance.memory exact (otherwise Chromium reports coarse, cached buckets).

const app = { server: null, browser: null };
before(async () => {
  if (!fs.existsSync(path.join(DIST_DIR, 'index.html'))) throw new Error(`${DIST_DIR}/index.html not found: build the release first`);
  app.server = await startServer();
  app.browser = await chromium.launch({ executablePath: CHROMIUM, args: [...LAUNCH_ARGS, '--enable-precise-memory-info'] });
});
after(async () => {
  await app.browser?.close();
  await app.server?.close();
});

// Runs in the page before anything else: long tasks, when (and with what heap) each fetch
// started. The fetch wrapper only records; it passes every call through unchanged.
const INIT = () => {
  const cw = (window.__cw = { longtasks: [], fetches: [] });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) cw.longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (_) {
    cw.noLongtasks = true;
  }
  const original = window.fetch;
  window.fetch = function (input, init) {
    cw.fetches.push({
      url: String(input?.url ?? input),
      t: performance.now(),
      heap: performance.memory?.usedJSHeapSize ?? null,
    });
    return original.apply(this, arguments);
  };
};

/** A test with a fresh context, instrumented; fails on page errors and panics. */
function hostileTest(name, options, fn) {
  const run = async (t) => {
    const { context, page, problems } = await openPage(app.browser);
    await page.addInitScript(INIT);
    const cdp = await context.newCDPSession(page);
    const observed = {};
    try {
      await fn({ page, problems, cdp, server: app.server, t, observed });
      assertNoPanics(problems);
    } catch (err) {
      if (problems.consoleErrors.length) t.diagnostic(`console errors: ${problems.consoleErrors.join(' | ')}`);
      throw err;
    } finally {
      t.diagnostic(`observed: ${JSON.stringify(observed)}`);
      await context.close();
    }
  };
  return [name, options, run];
}
const caseTest = (name, options, fn) => test(...hostileTest(name, options, fn));

// ---------------------------------------------------------------------------------------
// Server side: routes that record when a request came, when its headers and its last byte
// went out, and when the connection closed (and whether the response had finished).

let routeCounter = 0;
function route(name, handler) {
  const pathname = `/hostile/${++routeCounter}-${name}`;
  const requests = [];
  const url = app.server.route(pathname, (req, res) => {
    const r = { at: Date.now(), headersAt: null, endAt: null, closedAt: null, finished: false, written: 0 };
    requests.push(r);
    const write = res.write.bind(res);
    res.write = (chunk, ...rest) => {
      if (!r.headersAt) r.headersAt = Date.now();
      r.written += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length;
      return write(chunk, ...rest);
    };
    const writeHead = res.writeHead.bind(res);
    res.writeHead = (...args) => {
      r.headersAt = Date.now();
      return writeHead(...args);
    };
    res.on('finish', () => { r.endAt = Date.now(); });
    res.on('close', () => { r.closedAt = Date.now(); r.finished = res.writableFinished; });
    handler(req, res, r);
  });
  return { url, pathname, requests, get last() { return requests.at(-1); } };
}

const JSON_TYPE = 'application/json; charset=utf-8';

/** A complete response, at once or in `chunks` pieces `every` ms apart. */
function sendBody(res, body, { type = JSON_TYPE, status = 200, headers = {}, chunks = 1, every = 0 } = {}) {
  const buf = Buffer.isBuffer(body) ? body : Buffer.from(body);
  const h = { 'Cache-Control': 'no-store', ...headers };
  if (type) h['Content-Type'] = type;
  if (chunks === 1) {
    h['Content-Length'] = buf.length;
    res.writeHead(status, h);
    return res.end(buf);
  }
  res.writeHead(status, h);
  const size = Math.ceil(buf.length / chunks);
  let i = 0;
  const next = () => {
    if (res.destroyed) return;
    const part = buf.subarray(i * size, (i + 1) * size);
    i += 1;
    if (i >= chunks) return res.end(part);
    res.write(part);
    setTimeout(next, every);
  };
  next();
}

const jsonRoute = (name, obj, opts) => route(name, (req, res) => sendBody(res, typeof obj === 'string' || Buffer.isBuffer(obj) ? obj : JSON.stringify(obj), opts));

// ---------------------------------------------------------------------------------------
// Page side.

/** Open the app with ?data=<url>. */
async function open(page, dataUrl) {
  await page.goto(appUrlWithData(app.server, dataUrl), { waitUntil: 'commit' });
}

/**
 * Wait for the outcome: 'alert' (a #load-error with text) or 'set' (the h1 shows `title`
 * and there are rows). Returns { kind, at } with `at` in node time.
 */
async function outcome(page, title, timeout) {
  const handle = await page.waitForFunction((title) => {
    const a = document.querySelector('#load-error');
    if (a && a.textContent.trim()) return 'alert';
    const h = document.querySelector('main#clausewise h1');
    if (title && h && h.textContent.includes(title) && document.querySelector('#rows article.row')) return 'set';
    return false;
  }, title, { timeout, polling: 50 });
  const kind = await handle.jsonValue();
  return { kind, at: Date.now() };
}

async function readAlert(page) {
  return page.$eval('#load-error', (el) => ({
    text: el.textContent.trim(),
    sentence: el.querySelector('p')?.textContent.trim() ?? '',
    problems: [...el.querySelectorAll('ul.problems li')].map((li) => li.textContent.trim()),
    retry: !!el.querySelector('button.retry'),
    role: el.getAttribute('role'),
    elements: [...el.querySelectorAll('*')].map((e) => e.tagName.toLowerCase()).filter((t) => !['p', 'strong', 'ul', 'li', 'button'].includes(t)),
  }));
}

/** The message is readable: names the problem, no internals, not a dump of the input. */
function assertReadable(alert, expect, what) {
  assert.equal(alert.role, 'alert');
  for (const re of [].concat(expect)) assert.match(alert.text, re, `${what}: the message names the problem (message: "${alert.text.slice(0, 600)}")`);
  assert.doesNotMatch(alert.text, FORBIDDEN, `${what}: no internals in the message`);
  assert.ok(alert.sentence.length <= MESSAGE_CHARS, `${what}: the sentence is at most ${MESSAGE_CHARS} characters (got ${alert.sentence.length})`);
  for (const p of alert.problems) assert.ok(p.length <= MESSAGE_CHARS, `${what}: each listed problem is at most ${MESSAGE_CHARS} characters (got ${p.length})`);
  assert.ok(alert.problems.length <= 11, `${what}: at most 10 problems and a "…and N more" line`);
  assert.deepEqual(alert.elements, [], `${what}: the message creates no element of its own`);
}

/** The page answers: another left draft changes the rows, a party toggle answers in 200 ms. */
async function assertUsable(page, observed) {
  const before = await page.evaluate(() => ({
    left: document.querySelector('#left-draft').value,
    options: [...document.querySelector('#left-draft').options].map((o) => o.value),
    rows: document.querySelector('#rows').textContent,
  }));
  const other = before.options.find((v) => v !== before.left);
  assert.ok(other, 'there is another draft to choose');
  await page.selectOption('#left-draft', other);
  await page.waitForFunction((rows) => document.querySelector('#rows').textContent !== rows, before.rows, { timeout: 5_000 })
    .catch(() => assert.fail(`the rows did not change within 5 s after choosing draft ${other} on the left`));
  assert.equal(await page.$eval('#left-draft', (s) => s.value), other);

  const toggle = await page.evaluate(async () => {
    const sel = '#party-toggles input.party-toggle';
    const box = document.querySelector(sel);
    if (!box) return { none: true };
    const value = box.value;
    const was = box.checked;
    const find = () => document.querySelector(`${sel}[value="${CSS.escape(value)}"]`);
    const done = () => { const b = find(); return !!b && b.checked !== was && b.closest('label').classList.contains('on') !== was; };
    const t0 = performance.now();
    box.click();
    if (!done()) {
      await new Promise((resolve) => {
        const mo = new MutationObserver(() => { if (done()) { mo.disconnect(); resolve(); } });
        mo.observe(document.querySelector('main#clausewise'), { subtree: true, childList: true, attributes: true, characterData: true });
        setTimeout(() => { mo.disconnect(); resolve(); }, 5_000);
      });
    }
    return { ms: performance.now() - t0, answered: done(), value };
  });
  observed.toggleMs = toggle.ms === undefined ? null : Math.round(toggle.ms);
  assert.ok(!toggle.none, 'there is a party toggle');
  assert.ok(toggle.answered, `the party toggle ${toggle.value} answered`);
  assert.ok(toggle.ms <= TOGGLE_MS, `the party toggle answered within ${TOGGLE_MS} ms (took ${Math.round(toggle.ms)} ms)`);
}

/** Long tasks since the ?data= fetch started, and the heap then and now (after a GC). */
async function metrics(page, cdp, dataUrl) {
  await cdp.send('HeapProfiler.collectGarbage');
  return page.evaluate((dataUrl) => {
    const cw = window.__cw;
    const first = cw.fetches.find((f) => f.url === dataUrl);
    const since = first?.t ?? 0;
    const tasks = cw.longtasks.filter((t) => t.start + t.duration >= since);
    return {
      fetched: !!first,
      noLongtasks: !!cw.noLongtasks,
      longtasks: tasks.map((t) => Math.round(t.duration)),
      maxLongtask: Math.round(Math.max(0, ...tasks.map((t) => t.duration))),
      heapAtFetch: first?.heap ?? null,
      heapNow: performance.memory?.usedJSHeapSize ?? null,
    };
  }, dataUrl);
}

function assertMetrics(m, observed, { longtaskTodo, t } = {}) {
  observed.maxLongtaskMs = m.maxLongtask;
  observed.longtasksMs = m.longtasks;
  observed.heapGrowthMB = m.heapAtFetch == null ? null : +((m.heapNow - m.heapAtFetch) / MB).toFixed(1);
  assert.ok(m.fetched, 'the page fetched the ?data= address');
  assert.ok(!m.noLongtasks, 'long tasks can be observed');
  assert.ok(m.heapAtFetch != null && m.heapNow != null, 'the heap can be read');
  assert.ok(m.heapNow - m.heapAtFetch <= HEAP_GROWTH, `the JS heap is back within +50 MB (grew ${(observed.heapGrowthMB)} MB)`);
  const longtasks = () => assert.ok(m.maxLongtask <= LONG_TASK_MS,
    `no main-thread task over ${LONG_TASK_MS} ms after the fetch started (longest: ${m.maxLongtask} ms; all: ${m.longtasks.join(', ')})`);
  // A known failure is reported as a TODO subtest, so the rest of the case still counts.
  if (longtaskTodo) return t.test(`no main-thread task over ${LONG_TASK_MS} ms after the fetch started`, { todo: longtaskTodo }, longtasks);
  longtasks();
}

function assertConsole(problems, { network = false } = {}, observed) {
  const errors = problems.consoleErrors.filter((e) => !(network && NETWORK_ERROR.test(e)));
  observed.consoleErrors = problems.consoleErrors;
  assert.deepEqual(errors, [], 'no console error');
}

/**
 * The whole check for one case: open, wait for the outcome, then the message or the set,
 * usability, console, long tasks and heap.
 *   expect: 'set' (with `title`) or 'alert' (with `message` regexps)
 *   ref:    (request record) => node time the 5 s start from (default: the response's end)
 */
async function runCase({ page, problems, cdp, observed }, r, {
  expect, title, message, ref = (q) => q.endAt, within = OUTCOME_MS, network = false, wait = within + 20_000, retry, during,
  checkMetrics = true,
}) {
  const started = Date.now();
  await open(page, r.url);
  if (during) await during();
  const { kind, at } = await outcome(page, title, wait);
  const q = r.requests[0];
  assert.ok(q, 'the server saw the request');
  const from = ref(q) ?? at; // a response that never ended: measured from `ref`'s fallback
  observed.outcome = kind;
  observed.outcomeAfterMs = at - from;
  observed.sinceOpenMs = at - started;
  if (kind === 'alert') observed.message = (await readAlert(page)).text;
  assert.equal(kind, expect, `expected the ${expect === 'set' ? 'set' : 'message'}, got ${kind === 'alert' ? `the message "${observed.message}"` : 'the set'}`);
  assert.ok(at - from <= within, `the outcome came within ${within} ms (took ${at - from} ms)`);
  let alert = null;
  if (kind === 'alert') {
    alert = await readAlert(page);
    assertReadable(alert, message, 'the message');
    // Waiting again helps a slow or broken connection, not a bad file.
    if (retry !== undefined) assert.equal(alert.retry, retry, `a Try again button ${retry ? 'is' : 'is not'} offered`);
    assert.ok((await page.$eval('main#clausewise h1', (h) => h.textContent)).includes(DEFAULT_TITLE), 'the previous (default) set stays on screen');
    assert.ok((await page.locator('#rows article.row').count()) > 0, 'the previous set still has rows');
  } else {
    assert.equal(await page.locator('#load-error').count(), 0, 'no load error for a set that loads');
  }
  await assertUsable(page, observed);
  assertConsole(problems, { network }, observed);
  if (checkMetrics) assertMetrics(await metrics(page, cdp, r.url), observed);
  return { alert, request: q };
}

// ---------------------------------------------------------------------------------------
// (1)–(3) Too large.

const TOO_LARGE = /too large|larger than the limit/i;
const BYTES = (n) => new RegExp(String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '[ ,.\u202f\u00a0]?'));

caseTest('(1) a declared Content-Length of 300 MB is refused before reading, naming the size', {}, async (c) => {
  const r = route('declared-300mb.json', (req, res, rec) => {
    res.writeHead(200, { 'Content-Type': JSON_TYPE, 'Content-Length': String(300_000_000) });
    const junk = Buffer.alloc(16 * 1024, 0x20);
    const tick = () => {
      if (res.destroyed || res.writableEnded) return;
      res.write(junk);
      rec.timer = setTimeout(tick, 100);
    };
    tick();
  });
  try {
    const { request } = await runCase(c, r, { expect: 'alert', message: [TOO_LARGE, BYTES(300_000_000), BYTES(2_000_000)], ref: (q) => q.headersAt, network: true, retry: false });
    // The reader stops: the connection is closed soon after the headers, with little sent.
    const until = Date.now() + OUTCOME_MS;
    while (!request.closedAt && Date.now() < until) await new Promise((res) => setTimeout(res, 50));
    c.observed.closedAfterMs = request.closedAt ? request.closedAt - request.headersAt : null;
    c.observed.bytesSent = request.written;
    assert.ok(request.closedAt, 'the reader closed the connection');
    assert.ok(request.closedAt - request.headersAt <= OUTCOME_MS, `closed within ${OUTCOME_MS} ms of the headers`);
    assert.ok(request.written < 2_000_000, `it stopped long before the limit (${request.written} bytes sent)`);
  } finally {
    clearTimeout(r.last?.timer);
  }
});

caseTest('(2) an undeclared (chunked) 3 MB body: reading stops past 2,000,000 bytes', {}, async (c) => {
  const total = 3 * 1000 * 1000;
  const r = route('chunked-3mb.json', (req, res) => {
    res.writeHead(200, { 'Content-Type': JSON_TYPE }); // no Content-Length: chunked
    res.write('{"format":"clausewise/1","title":"');
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    let sent = 0;
    const tick = () => {
      if (res.destroyed) return;
      if (sent >= total) return res.end('"}');
      res.write(chunk);
      sent += chunk.length;
      setTimeout(tick, 20);
    };
    tick();
  });
  // "reading stopped there" is only said when the count passed the limit while streaming.
  const { request } = await runCase(c, r, { expect: 'alert', message: [TOO_LARGE, BYTES(2_000_000), /stopped/], ref: (q) => q.at, network: true, retry: false });
  // How far the server got before the reader hung up (kernel buffers can take the rest).
  c.observed.bytesSent = request.written;
  c.observed.serverFinished = request.finished;
});

caseTest('(3) a gzip bomb (200 MB inflated) is stopped as too large', {}, async (c) => {
  const bomb = zlib.gzipSync(Buffer.alloc(200 * 1000 * 1000, 0x20), { level: 9 });
  c.observed.compressedBytes = bomb.length;
  const r = jsonRoute('bomb.json', bomb, { headers: { 'Content-Encoding': 'gzip' } });
  await runCase(c, r, { expect: 'alert', message: [TOO_LARGE], ref: (q) => q.at, network: true, retry: false });
});

// (4)–(6) Slow, stalled and silent servers.

caseTest('(4) a server that trickles a valid set over 3 s: the set appears', {}, async (c) => {
  const title = 'Trickled set (hostile e2e)';
  const r = jsonRoute('trickle.json', S.baseSet(title), { chunks: 31, every: 100 });
  const { request } = await runCase(c, r, { expect: 'set', title });
  c.observed.servedOverMs = request.endAt - request.headersAt;
  assert.ok(request.endAt - request.headersAt >= 2_500, 'the body really took about 3 s');
});

/** A stalled or silent route that turns healthy once `heal()` is called. */
function healableRoute(name, stall, title) {
  let healthy = false;
  const held = [];
  const r = route(name, (req, res) => {
    if (healthy) return sendBody(res, JSON.stringify(S.baseSet(title)));
    held.push(res);
    stall(res);
  });
  r.heal = () => { healthy = true; };
  r.release = () => held.forEach((res) => res.destroy());
  return r;
}

async function stalledCase(c, r, title) {
  try {
    await runCase(c, r, {
      expect: 'alert', message: [/20 seconds/, /did not send|within/i], ref: (q) => q.at, within: STALL_MS, wait: STALL_MS + 10_000, network: true, retry: true,
      // While the request hangs, the shipped set is on screen and answers.
      during: async () => {
        await c.page.waitForSelector('#rows article.row', { timeout: 10_000 });
        await c.page.waitForSelector('main#clausewise p.loading', { timeout: 5_000 });
        const usable = {};
        await assertUsable(c.page, usable);
        c.observed.toggleMsWhileLoading = usable.toggleMs;
        assert.equal(await c.page.locator('#load-error').count(), 0, 'no message before the limit');
      },
    });
    // The address works now: Try again loads the set.
    r.heal();
    const t0 = Date.now();
    await c.page.click('#load-error button.retry');
    const { kind } = await outcome(c.page, title, OUTCOME_MS + 5_000);
    c.observed.retryMs = Date.now() - t0;
    assert.equal(kind, 'set', 'Try again loads the set');
    assert.equal(await c.page.locator('#load-error').count(), 0, 'the message is gone once the set loads');
    assert.ok(r.requests.length >= 2, 'Try again fetched the address again');
    await assertUsable(c.page, c.observed);
  } finally {
    r.release();
  }
}

test('(5)–(6) stalled and silent servers', { concurrency: 2 }, async (t) => {
  await Promise.all([
    t.test(...hostileTest('(5) a server that sends headers and part of the body, then nothing: a 20 s message and Try again', {}, async (c) => {
      const title = 'Set after a stall (hostile e2e)';
      const r = healableRoute('stalled.json', (res) => {
        res.writeHead(200, { 'Content-Type': JSON_TYPE, 'Content-Length': '5000' });
        res.write('{"format":"clausewise/1","title":"Half a se');
      }, title);
      await stalledCase(c, r, title);
    })),
    t.test(...hostileTest('(6) a server that never answers: a 20 s message and Try again', {}, async (c) => {
      const title = 'Set after silence (hostile e2e)';
      const r = healableRoute('silent.json', () => {}, title);
      await stalledCase(c, r, title);
    })),
  ]);
});

// (7)–(12) What the bytes say.

caseTest('(7a) 100,000 levels of [ nesting: a message about nesting, at once', {}, async (c) => {
  const r = jsonRoute('deep-arrays.json', '['.repeat(100_000) + ']'.repeat(100_000));
  await runCase(c, r, { expect: 'alert', message: [/not JSON/i, /nested too deeply|nest/i, /32/], retry: false });
});

caseTest('(7b) 100,000 levels of {"a": nesting: a message about nesting, at once', {}, async (c) => {
  const r = jsonRoute('deep-objects.json', '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000));
  await runCase(c, r, { expect: 'alert', message: [/not JSON/i, /nested too deeply|nest/i, /32/], retry: false });
});

caseTest('(8) a 1 MB set with 100,000 unknown fields: the set appears', {}, async (c) => {
  const title = 'Unknown fields (hostile e2e)';
  const body = JSON.stringify(S.unknownKeysSet(title, 100_000));
  c.observed.bytes = body.length;
  const r = jsonRoute('unknown-keys.json', body);
  await runCase(c, r, { expect: 'set', title });
});

caseTest('(9) a wrong stance in the last of 1,900 positions of a 1.5 MB set is named by its path', {}, async (c) => {
  const body = JSON.stringify(S.manyPositionsSet('Late shape error (hostile e2e)', { n: 1900, bytes: 1_500_000, badLast: true }));
  c.observed.bytes = body.length;
  const r = jsonRoute('late-error.json', body);
  await runCase(c, r, { expect: 'alert', message: [/positions\[1899\] › stance/, /sort of agrees/], retry: false });
});

caseTest('(10) invalid UTF-8 bytes: a message saying so', {}, async (c) => {
  const good = JSON.stringify(S.baseSet('Bad bytes (hostile e2e)'));
  const at = good.indexOf('Both sides');
  const body = Buffer.concat([Buffer.from(good.slice(0, at)), Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xed, 0xa0, 0x80]), Buffer.from(good.slice(at))]);
  const r = jsonRoute('bad-utf8.json', body);
  await runCase(c, r, { expect: 'alert', message: [/UTF-8/], retry: false });
});

caseTest('(11) a UTF-8 BOM before a valid set: the set appears', {}, async (c) => {
  const title = 'BOM set (hostile e2e)';
  const body = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify(S.baseSet(title)))]);
  const r = jsonRoute('bom.json', body);
  await runCase(c, r, { expect: 'set', title });
});

caseTest('(12a) valid JSON served as text/html: the set appears', {}, async (c) => {
  const title = 'Served as HTML (hostile e2e)';
  const r = jsonRoute('as-html.json', S.baseSet(title), { type: 'text/html; charset=utf-8' });
  await runCase(c, r, { expect: 'set', title });
});

caseTest('(12b) an HTML page instead of JSON: a "not JSON" message', {}, async (c) => {
  const html = '<!doctype html><html><head><title>Sign in</title><script>window.__pwned=1</script></head><body><h1>Please sign in</h1><img src=x onerror="window.__pwned=1"></body></html>';
  const r = jsonRoute('page.json', html, { type: 'text/html; charset=utf-8' });
  await runCase(c, r, { expect: 'alert', message: [/not JSON/i], retry: false });
  assert.equal(await c.page.evaluate(() => typeof window.__pwned), 'undefined', 'nothing in the page ran');
});

// (13) A redirect.

caseTest('(13) a 302 redirect to a valid set: the set appears', {}, async (c) => {
  const title = 'Redirected set (hostile e2e)';
  const target = jsonRoute('redirect-target.json', S.baseSet(title));
  const r = route('redirect.json', (req, res) => {
    res.writeHead(302, { Location: target.pathname, 'Cache-Control': 'no-store' });
    res.end();
  });
  await runCase(c, r, { expect: 'set', title, ref: () => target.requests[0]?.endAt });
});

// (14) Markup and javascript: everywhere.

caseTest('(14a) HTML and javascript: in every string of a valid set: shown as text, no element created', {}, async (c) => {
  const title = 'Markup everywhere (hostile e2e)';
  const r = jsonRoute('markup.json', S.hostileSet(title));
  await runCase(c, r, { expect: 'set', title });
  await c.page.evaluate(async () => {
    for (const b of document.querySelectorAll('#party-toggles input.party-toggle')) if (!b.checked) b.click();
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  });
  const report = await c.page.evaluate(() => {
    const root = document.querySelector('main#clausewise');
    return {
      text: root.innerText,
      positions: root.querySelectorAll('#rows .position').length,
      elements: [...root.querySelectorAll('img, script, b, iframe, object, embed')].map((e) => e.outerHTML.slice(0, 80)),
      onAttrs: [...root.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName}[${a.name}]`)),
      hrefs: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')),
      anchorsFromData: [...root.querySelectorAll('a')].filter((a) => a.textContent === 'link').length,
      pwned: typeof window.__pwned,
    };
  });
  assert.ok(report.positions > 0, 'positions are shown');
  assert.ok(report.text.includes('<img src=x'), 'the markup is visible as text');
  assert.ok(report.text.includes('javascript:window.__pwned=1'), 'javascript: is visible as text');
  assert.deepEqual(report.elements, [], 'no element made from the data');
  assert.deepEqual(report.onAttrs, [], 'no on* attribute');
  assert.equal(report.anchorsFromData, 0, 'no link made from the data');
  for (const h of report.hrefs) assert.doesNotMatch(h, /^\s*(javascript|data|vbscript):/i, `no script link (got ${h})`);
  assert.equal(report.pwned, 'undefined', 'nothing ran');
});

caseTest('(14b) javascript: urls (with markup everywhere else) are refused, naming the path', {}, async (c) => {
  const r = jsonRoute('js-urls.json', S.hostileSet('Script links (hostile e2e)', { badUrls: true }));
  const { alert } = await runCase(c, r, { expect: 'alert', message: [/sources\[0\] › url/, /javascript:window\.__pwned=1/, /not a web link/], retry: false });
  assert.ok(alert.problems.length >= 2, 'each bad url is listed');
  for (const p of alert.problems.filter((p) => !p.startsWith('…'))) assert.match(p, /› url: "javascript:/, `each problem names a url path (got "${p}")`);
  assert.equal(await c.page.evaluate(() => typeof window.__pwned), 'undefined', 'nothing ran');
  assert.equal(await c.page.locator('#load-error a').count(), 0, 'no link inside the message');
});

// (15) Every limit at once.

// Found by this suite: each comparison runs in one main-thread task, and four unrelated
// 10,000-character proposals were diffed exactly within a 100,000,000-step budget, giving
// 400–611 ms tasks. Since then the budget is charged by a sound bound on Myers's work and
// is 40,000,000 steps, and the diff is anchored on unique words: asserted like every case.
const LIMITS_LONGTASK_TODO = null;

caseTest('(15) a set at every limit at once (~2 MB) loads, and each interaction paints within 1 s', {}, async (c) => {
  const title = 'Every limit at once (hostile e2e)';
  const set = S.limitsSet(title);
  const body = JSON.stringify(set);
  c.observed.bytes = Buffer.byteLength(body);
  assert.ok(c.observed.bytes <= S.FILE_LIMIT && c.observed.bytes >= S.FILE_LIMIT - 10_000, `the file is just under the limit (${c.observed.bytes} bytes)`);
  const r = jsonRoute('limits.json', body);
  // Long tasks and the heap are checked at the end, over the load and every interaction.
  await runCase(c, r, { expect: 'set', title, checkMetrics: false });

  // (runCase's usability check has already moved the left draft and turned one party on.)
  const ids = set.drafts.map((d) => d.id);
  const now = await c.page.evaluate(() => ({
    left: document.querySelector('#left-draft').value,
    off: [...document.querySelectorAll('#party-toggles input.party-toggle')].filter((b) => !b.checked).map((b) => b.value),
  }));
  const timings = [];
  const measure = async (what, action) => {
    const m = await c.page.evaluate(async (action) => {
      const sig = () => {
        const rows = document.querySelector('#rows');
        // Not the <select>s' values (set here before the app does anything): what the app renders.
        return [document.querySelector('#summary')?.textContent, rows.childElementCount,
          rows.firstElementChild?.textContent, rows.lastElementChild?.textContent,
          rows.querySelectorAll('.position').length,
          [...document.querySelectorAll('#party-toggles label.on')].length].join('|');
      };
      const before = sig();
      const t0 = performance.now();
      if (action.kind === 'left' || action.kind === 'right') {
        const s = document.querySelector(`#${action.kind}-draft`);
        s.value = action.id;
        s.dispatchEvent(new Event('input', { bubbles: true }));
        s.dispatchEvent(new Event('change', { bubbles: true }));
      } else if (action.kind === 'party') {
        document.querySelector(`#party-toggles input.party-toggle[value="${action.id}"]`).click();
      } else if (action.kind === 'swap') {
        document.querySelector('#swap-drafts').click();
      }
      let changed = sig() !== before;
      if (!changed) {
        await new Promise((resolve) => {
          const mo = new MutationObserver(() => { if (sig() !== before) { changed = true; mo.disconnect(); resolve(); } });
          mo.observe(document.querySelector('main#clausewise'), { subtree: true, childList: true, attributes: true, characterData: true });
          setTimeout(() => { mo.disconnect(); resolve(); }, 10_000);
        });
      }
      const tDom = performance.now();
      await new Promise((r) => requestAnimationFrame(r));
      const tRaf = performance.now();
      // After the frame: a message posted from rAF runs once that frame has been painted.
      await new Promise((r) => { const ch = new MessageChannel(); ch.port1.onmessage = r; ch.port2.postMessage(0); });
      const tPaint = performance.now();
      return { changed, dom: tDom - t0, raf: tRaf - t0, paint: tPaint - t0, after: sig() };
    }, action);
    timings.push({ what, dom: Math.round(m.dom), raf: Math.round(m.raf), paint: Math.round(m.paint) });
    assert.ok(m.changed, `${what}: the page changed`);
    return m;
  };
  // The widest comparisons: first against last (long clauses, the most reordering), and
  // the neighbours of both.
  const [first, second, penultimate, last] = [ids[0], ids[1], ids.at(-2), ids.at(-1)];
  const pick = async (side, id) => {
    assert.notEqual(await c.page.$eval(`#${side}-draft`, (s) => s.value), id);
    await measure(`${side} → ${id}`, { kind: side, id });
  };
  await pick('left', now.left === second ? ids[2] : second);
  await pick('right', penultimate);
  await pick('left', first);
  await pick('right', last);
  for (const id of now.off) await measure(`party ${id} on`, { kind: 'party', id });
  assert.equal(await c.page.locator('#party-toggles input.party-toggle:not(:checked)').count(), 0, 'every party is on');
  await measure('swap', { kind: 'swap' });
  await measure('swap back', { kind: 'swap' });
  c.observed.interactions = timings;
  const positions = await c.page.locator('#rows .position').count();
  c.observed.positionsShown = positions;
  assert.ok(positions > 0, 'with every party on, positions are shown');
  const slow = timings.filter((x) => x.raf > PAINT_MS || x.paint > PAINT_MS);
  assert.deepEqual(slow, [], `every interaction paints within ${PAINT_MS} ms`);
  const m = await metrics(c.page, c.cdp, r.url);
  await assertMetrics(m, c.observed, { t: c.t, longtaskTodo: LIMITS_LONGTASK_TODO });
});
