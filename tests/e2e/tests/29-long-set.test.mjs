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

appTest('every row of a 300-clause comparison ends up in the page; a link far down lands on its row', app, async ({ page, server }) => {
  const origin = new URL(server.url).origin;
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
  // The browser's find (window.find, as Ctrl+F) reaches the last clause, off screen.
  const last = await page.$eval('#rows article.row:last-of-type .side-right .clause-text', (p) => p.textContent.trim());
  assert.ok(last.length > 20);
  assert.ok(await page.evaluate((t) => window.find(t), last.slice(0, 60)), 'find-in-page finds the last clause');
});

appTest('a party toggle answers while a long comparison is still being made', app, async ({ page, server }) => {
  const origin = new URL(server.url).origin;
  await page.goto(`${server.url}?data=${encodeURIComponent(`${origin}/long.json`)}#left=d1&right=d10`);
  await page.locator('#rows article.row').first().waitFor({ timeout: 20_000 });
  await page.click('#party-toggles input.party-toggle');
  await pollUntil(() => page.$$eval('#rows .position', (ps) => ps.length), (n) => n > 0, 'positions shown');
  const total = await countsSum(page);
  await pollUntil(() => rowsInPage(page), (n) => n === total, `all ${total} rows in the page`);
});
