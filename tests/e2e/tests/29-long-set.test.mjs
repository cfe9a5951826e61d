// 29. A long negotiation (20 drafts × 300 clauses, the benchmark's set): the first rows
// appear before the rest, which are made a chunk at a time; in the end every row of the
// summary's counts is in the page (so find-in-page sees every clause), a link to a row
// near the end lands on it at once, and the page answers while the rows are being made.
import { after, before } from 'node:test';
import { useApp, appTest, assert } from '../lib/harness.mjs';
import { pollUntil } from '../lib/views.mjs';
import { longSet } from '../../../bench/page-generate.mjs';

const app = useApp({ routes: { '/long.json': { body: JSON.stringify(longSet()), type: 'application/json' } } });
const rowsInPage = (page) => page.$$eval('#rows article.row', (rs) => rs.length);
const countsSum = (page) => page.$eval('#summary', (s) =>
  ['kept', 'changed', 'moved', 'added', 'removed', 'unreported'].reduce((n, k) => n + Number(s.getAttribute(`data-${k}`) ?? 0), 0));

appTest('every row of a 300-clause comparison ends up in the page, a chunk at a time; a link far down lands on its row', app, async ({ page, server }) => {
  const origin = new URL(server.url).origin;
  // What the page looked like whenever #rows changed: busy or not, how many rows, and
  // whether the linked row was there.
  await page.addInitScript(() => {
    window.__seen = [];
    new MutationObserver(() => {
      const rows = document.getElementById('rows');
      if (rows) window.__seen.push([rows.hasAttribute('aria-busy'), rows.querySelectorAll('article.row').length, !!rows.querySelector('[data-topic="t280"]')]);
    }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-busy'] });
  });
  await page.goto(`${server.url}?data=${encodeURIComponent(`${origin}/long.json`)}#left=d1&right=d10&topic=t280`);
  const far = page.locator('#rows article.row[data-topic="t280"]');
  await far.waitFor({ timeout: 20_000 });
  // The linked row is made with the first rows and scrolled to.
  assert.ok(await far.evaluate((r) => r.classList.contains('focused')));
  const box = await far.evaluate((r) => { const b = r.getBoundingClientRect(); return [b.top, innerHeight]; });
  assert.ok(box[0] >= -2 && box[0] < box[1], `row t280 is on screen (top ${box[0]} of ${box[1]})`);
  const total = await countsSum(page);
  assert.ok(total >= 290, `the summary counts ${total} rows`);
  await pollUntil(() => rowsInPage(page), (n) => n === total, `all ${total} rows in the page`);
  await pollUntil(() => page.$eval('#rows', (r) => r.hasAttribute('aria-busy')), (busy) => !busy, 'no longer busy');
  // The linked row came in the first chunk (with the rows above it, which would otherwise
  // push it off screen), the rest after; the page said it was busy until the last chunk.
  const seen = await page.evaluate(() => window.__seen);
  const first = seen.find(([, , linked]) => linked);
  assert.ok(first && first[0] && first[1] < total, `the linked row came before the rest: ${JSON.stringify(first)}`);
  assert.ok(seen.some(([busy, n]) => busy && n > 0) && !seen.at(-1)[0], 'busy while rows were being made, then not');
  // The browser's find (window.find, as Ctrl+F) reaches the last clause, off screen.
  const last = await page.$eval('#rows article.row:last-of-type .side-right .clause-text', (p) => p.textContent.trim());
  assert.ok(last.length > 20);
  assert.ok(await page.evaluate((t) => window.find(t), last.slice(0, 60)), 'find-in-page finds the last clause');
});

appTest('a party toggle on a long comparison shows positions and keeps every row', app, async ({ page, server }) => {
  const origin = new URL(server.url).origin;
  await page.goto(`${server.url}?data=${encodeURIComponent(`${origin}/long.json`)}#left=d1&right=d10`);
  await page.locator('#rows article.row').first().waitFor({ timeout: 20_000 });
  await page.click('#party-toggles input.party-toggle');
  await pollUntil(() => page.$$eval('#rows .position', (ps) => ps.length), (n) => n > 0, 'positions shown');
  const total = await countsSum(page);
  await pollUntil(() => rowsInPage(page), (n) => n === total, `all ${total} rows in the page`);
});
