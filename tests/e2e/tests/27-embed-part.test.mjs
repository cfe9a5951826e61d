// 27. Embedding a part: `topics=army-size` shows only that topic's row with the heading
// and legend compact; under a pym.js parent at 600 px wide, with positions off, the frame
// is at most 600 px tall and follows a party toggle; the embed panel offers "this row
// only" once a row's link is followed; "Show every row" clears the filter.
import { after, before } from 'node:test';
import { useApp, appTest, assert, gotoApp } from '../lib/harness.mjs';
import { startServer, PYM_DIST_DIR } from '../lib/server.mjs';
import { appFrame, waitForFrameFits, pollUntil, frameHeights, toggleParty, currentHash, parseHash } from '../lib/views.mjs';

const app = useApp();
let host;
before(async () => { host = await startServer({ mounts: { '/vendor/pym/': PYM_DIST_DIR } }); });
after(async () => { await host?.close(); });
const hostUrl = (appUrl) => `${host.origin}/fixtures/hosts/pym.html?app=${encodeURIComponent(appUrl)}`;

appTest('topics=army-size under pym.js at 600 px: one row, a frame at most 600 px tall that follows a party toggle', app, async ({ page, server }) => {
  await page.goto(hostUrl(`${server.url}?embed=1#left=us-28&right=ua-20&topics=army-size`));
  const { handle, frame } = await appFrame(page, '#target iframe');
  await frame.waitForSelector('#rows article.row');
  const topics = await frame.$$eval('#rows article.row', (rs) => rs.map((r) => r.dataset.topic));
  assert.deepEqual(topics, ['army-size']);
  assert.ok(await frame.$eval('main#clausewise', (m) => m.classList.contains('part')));
  const first = await waitForFrameFits(handle, frame, 'one row, positions off');
  assert.ok(first.rect <= 600, `the frame is ${first.rect} px tall`);
  await toggleParty(frame, 'ua', true);
  const grown = await pollUntil(() => frameHeights(handle, frame), (h) => h.main > first.main, 'Ukraine’s positions shown');
  const fits = await waitForFrameFits(handle, frame, 'after turning Ukraine on');
  assert.ok(fits.rect > first.rect, `the frame grew (${first.rect} → ${fits.rect}; content ${grown.main})`);
}, { viewport: { width: 600, height: 800 } });

appTest('the embed panel offers this row only after a row link; Show every row clears topics=', app, async ({ page, server }) => {
  await gotoApp(page, server.url);
  await page.click('#embed-toggle');
  assert.equal(await page.$('#embed-code-row'), null, 'no row chosen yet');
  await page.locator('#rows article.row[data-topic="army-size"] a.row-link').click();
  const code = await page.$eval('#embed-code-row', (t) => t.value);
  const src = code.match(/'(http[^']+)'/)[1];
  const url = new URL(src);
  assert.equal(url.searchParams.get('embed'), '1');
  assert.equal(parseHash(url.hash).params.topics, 'army-size');
  // The snippet's address shows just that row.
  await gotoApp(page, src.replace(/[?&]embed=1/, ''));
  assert.deepEqual(await page.$$eval('#rows article.row', (rs) => rs.map((r) => r.dataset.topic)), ['army-size']);
  assert.match(await page.textContent('.part-note'), /Only Size of Ukraine's armed forces/);
  await page.click('#all-topics');
  await pollUntil(() => page.$$eval('#rows article.row', (rs) => rs.length), (n) => n > 20, 'every row again');
  assert.equal(parseHash(await currentHash(page)).params.topics, undefined);
});
