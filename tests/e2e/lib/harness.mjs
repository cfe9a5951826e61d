// Shared helpers for the end-to-end tests: browser launch, one page per test
// with panic detection, and small DOM readers for the clausewise DOM contract.
//
// Each test file calls `useApp()` at top level, which starts a static server
// and a browser for the file, and then writes tests with `appTest(name, fn)`:
// every such test gets a fresh browser context and fails if the page threw an
// uncaught error or logged a Rust panic.

import { before, after, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startServer, DIST_DIR, E2E_DIR, REPO_ROOT } from './server.mjs';

export { assert, DIST_DIR, E2E_DIR };

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; base-uri 'self'";
export const APP_TIMEOUT = 20_000;

// Default data (drafts us-28, e3, ua-20; parties ua, ru, us, eu).
export const DEFAULT_LEFT = 'us-28';
export const DEFAULT_RIGHT = 'ua-20';
export const DEFAULT_DRAFTS = ['us-28', 'e3', 'ua-20'];
export const DEFAULT_PARTIES = ['ua', 'ru', 'us', 'eu'];
export const STATUSES = ['kept', 'changed', 'moved', 'added', 'removed', 'unreported'];
export const STANCES = ['supports', 'opposes', 'conditional', 'proposed', 'unclear'];
export const COUNT_KEYS = ['kept', 'changed', 'moved', 'added', 'removed', 'unreported'];

const PANIC_RE = /panicked|RuntimeError: unreachable|unreachable executed|wasm-bindgen: imported JS function that was not marked as `catch` threw an error/i;

// The shipped default set (the app compiles this file in).
export function loadDefaultData() {
  const file = path.join(REPO_ROOT, 'static', 'data', 'peace-framework.json');
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

export function loadFixture(name) {
  return JSON.parse(fs.readFileSync(path.join(E2E_DIR, 'fixtures', name), 'utf8'));
}

export async function launchBrowser() {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: install Debian's chromium (scripts/test.sh does)`);
  return chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
}

/**
 * Start a server and a browser for this test file. Returns a live object whose
 * `server` and `browser` fields are filled in `before`.
 * Options are passed to startServer (e.g. { headers: { 'Content-Security-Policy': STRICT_CSP } }).
 */
export function useApp(serverOptions = {}) {
  const ctx = { server: null, browser: null };
  before(async () => {
    if (!fs.existsSync(path.join(DIST_DIR, 'index.html'))) {
      throw new Error(`${DIST_DIR}/index.html not found: build the release first (scripts/test.sh does)`);
    }
    ctx.server = await startServer(serverOptions);
    ctx.browser = await launchBrowser();
  });
  after(async () => {
    await ctx.browser?.close();
    await ctx.server?.close();
  });
  return ctx;
}

/** Open a fresh context + page that records uncaught errors, console errors and panics. */
export async function openPage(browser, contextOptions = {}) {
  const context = await browser.newContext(contextOptions);
  const page = await context.newPage();
  const problems = { pageErrors: [], panics: [], consoleErrors: [] };
  page.on('pageerror', (err) => {
    problems.pageErrors.push(String(err?.stack ?? err));
  });
  page.on('console', (msg) => {
    const text = msg.text();
    if (PANIC_RE.test(text)) problems.panics.push(`console.${msg.type()}: ${text}`);
    else if (msg.type() === 'error') problems.consoleErrors.push(text);
  });
  page.on('crash', () => problems.pageErrors.push('page crashed'));
  return { context, page, problems };
}

export function assertNoPanics(problems) {
  const bad = [...problems.pageErrors.map((e) => `pageerror: ${e}`), ...problems.panics];
  assert.deepEqual(bad, [], `the page threw or panicked:\n${bad.join('\n')}`);
}

/** A test with a fresh page; fails on any uncaught page error or panic. */
export function appTest(name, ctx, fn, contextOptions = {}) {
  test(name, async (t) => {
    const { context, page, problems } = await openPage(ctx.browser, contextOptions);
    try {
      await fn({ page, problems, server: ctx.server, browser: ctx.browser, t });
      assertNoPanics(problems);
    } catch (err) {
      if (problems.consoleErrors.length) t.diagnostic(`console errors: ${problems.consoleErrors.join(' | ')}`);
      throw err;
    } finally {
      await context.close();
    }
  });
}

/** URL of the app with ?data=<dataUrl>. */
export function appUrlWithData(server, dataUrl) {
  return `${server.url}?data=${encodeURIComponent(dataUrl)}`;
}

/** Wait until the widget shows rows. */
export async function waitForRows(page) {
  // Every row made (a long comparison is made a chunk at a time, #rows busy meanwhile).
  await page.waitForSelector('main#clausewise #rows:not([aria-busy]) article.row', { timeout: APP_TIMEOUT });
}

export async function gotoApp(page, url) {
  await page.goto(url);
  await waitForRows(page);
}

export async function h1Text(page) {
  return (await page.locator('main#clausewise h1').first().textContent())?.trim() ?? '';
}

export async function summaryCounts(page) {
  return page.$eval('#summary', (el, keys) => {
    const out = {};
    for (const k of keys) out[k] = el.getAttribute(`data-${k}`);
    out.text = el.textContent;
    return out;
  }, COUNT_KEYS);
}

export async function rowsText(page) {
  return page.$eval('#rows', (el) => el.textContent);
}

/** [{ topic, status, disagree, parties: [...] }] for every row. */
export async function rowsInfo(page) {
  return page.$$eval('#rows article.row', (rows) =>
    rows.map((r) => ({
      topic: r.getAttribute('data-topic'),
      hasTopicAttr: r.hasAttribute('data-topic'),
      status: r.getAttribute('data-status'),
      disagree: r.getAttribute('data-disagree'),
      parties: [...r.querySelectorAll('.position')].map((p) => p.getAttribute('data-party')),
    })),
  );
}

export async function selectValues(page) {
  return {
    left: await page.$eval('#left-draft', (s) => s.value),
    right: await page.$eval('#right-draft', (s) => s.value),
  };
}

/** Wait until `fn()` (run in node) returns a value different from `before`. */
export async function waitForChange(read, before, what, timeout = 5_000) {
  const until = Date.now() + timeout;
  let now = await read();
  while (now === before && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 50));
    now = await read();
  }
  assert.notEqual(now, before, `${what} did not change within ${timeout} ms`);
  return now;
}

export async function setParty(page, partyId, on) {
  const box = page.locator(`#party-toggles input.party-toggle[value="${partyId}"]`);
  if (on) await box.check();
  else await box.uncheck();
}

export async function setAllParties(page, on) {
  const ids = await page.$$eval('#party-toggles input.party-toggle', (els) => els.map((e) => e.value));
  for (const id of ids) await setParty(page, id, on);
  return ids;
}

/** Give the app a moment to settle (Yew renders on the next tick). */
export async function settle(page) {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
}
