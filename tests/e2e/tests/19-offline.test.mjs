// 19. Offline-safe: a whole session asks only the page's own origin, and once loaded the page
// keeps working with the network cut off (all requests aborted, context offline).
import {
  useApp, appTest, assert, gotoApp, setAllParties, setParty, settle, rowsText, waitForChange, selectValues,
  DEFAULT_RIGHT,
} from '../lib/harness.mjs';
import { waitForView, waitForHashView, pollUntil } from '../lib/views.mjs';

const app = useApp();

/** Record every request of the context, and those that failed. */
function recordRequests(context) {
  const requests = [];
  const bad = [];
  context.on('request', (r) => requests.push(r.url()));
  context.on('requestfailed', (r) => bad.push(`failed (${r.failure()?.errorText}) ${r.url()}`));
  context.on('response', (r) => { if (r.status() >= 400) bad.push(`${r.status()} ${r.url()}`); });
  return { requests, bad };
}

/** Cut the network: abort every request of the context from now on, and go offline. */
async function cutNetwork(context) {
  const blocked = [];
  await context.route('**/*', (route) => {
    blocked.push(route.request().url());
    return route.abort('internetdisconnected');
  });
  await context.setOffline(true);
  return blocked;
}

const offOrigin = (urls, origin) => urls.filter((u) => !/^(data|blob|about):/.test(u) && new URL(u).origin !== origin);

appTest('a full session (load, toggles, draft switch, swap) requests nothing outside the page’s origin', app, async ({ page, server }) => {
  const rec = recordRequests(page.context());
  await gotoApp(page, server.url);
  await setAllParties(page, true);
  await settle(page);
  const rows0 = await rowsText(page);
  await page.selectOption('#left-draft', 'e3');
  await waitForChange(() => rowsText(page), rows0, 'rows after choosing e3');
  await page.click('#swap-drafts');
  await setAllParties(page, false);
  await page.waitForLoadState('networkidle');
  assert.ok(rec.requests.some((u) => u.endsWith('.wasm')), 'the wasm was requested');
  assert.deepEqual(offOrigin(rec.requests, server.origin), [], 'requests to other origins');
  assert.deepEqual(rec.bad, [], 'failed requests');
});

appTest('a full session with the new view features (hash, topic link, Back, embed panel) stays on the page’s origin', app, async ({ page, server }) => {
  const rec = recordRequests(page.context());
  await gotoApp(page, `${server.url}#left=e3&right=ua-20&parties=ru`);
  await waitForView(page, { left: 'e3', parties: ['ru'] }, 'view from the hash');
  await page.locator('#rows article.row[data-topic="territory"] a.row-link').click();
  await waitForHashView(page, { topic: 'territory' }, 'after the row link');
  await page.goBack();
  await waitForView(page, { focused: [] }, 'Back');
  await page.click('#embed-toggle');
  await page.locator('#embed-panel').waitFor({ state: 'visible', timeout: 5_000 });
  await page.waitForLoadState('networkidle');
  assert.deepEqual(offOrigin(rec.requests, server.origin), [], 'requests to other origins');
  assert.deepEqual(rec.bad, [], 'failed requests');
});

appTest('after load, with all network blocked, toggles, draft switch and swap keep working', app, async ({ page, server, t }) => {
  await gotoApp(page, server.url);
  await page.waitForLoadState('networkidle');
  const blocked = await cutNetwork(page.context());
  assert.equal(await page.evaluate(() => navigator.onLine), false, 'the page is offline');

  for (const p of ['ua', 'ru', 'us', 'eu']) {
    await setParty(page, p, true);
    await pollUntil(() => page.locator(`#party-toggles input.party-toggle[value="${p}"]`).isChecked(), (c) => c, `${p} toggle checked offline`);
  }
  await settle(page);
  assert.ok(await page.locator('#rows .position').count() > 0, 'positions shown offline');
  const rows0 = await rowsText(page);
  await page.selectOption('#left-draft', 'e3');
  await waitForChange(() => rowsText(page), rows0, 'rows after choosing e3 offline');
  await page.click('#swap-drafts');
  await pollUntil(() => selectValues(page), (v) => v.left === DEFAULT_RIGHT && v.right === 'e3', 'swap offline');
  await setAllParties(page, false);
  await settle(page);
  assert.equal(await page.locator('#rows .position').count(), 0, 'positions hidden offline');
  if (blocked.length) t.diagnostic(`requests attempted while offline: ${blocked.join(', ')}`);
  assert.deepEqual(offOrigin(blocked, server.origin), [], 'nothing tried to reach another origin');
});

appTest('after load, with all network blocked, a pasted hash, a row link, Back and the embed panel keep working', app, async ({ page, server, t }) => {
  await gotoApp(page, server.url);
  await page.waitForLoadState('networkidle');
  const blocked = await cutNetwork(page.context());

  await page.evaluate(() => { location.hash = '#left=e3&right=us-28&parties=eu'; });
  await waitForView(page, { left: 'e3', right: 'us-28', parties: ['eu'] }, 'a pasted hash applies offline');
  await page.locator('#rows article.row[data-topic="amnesty"] a.row-link').click();
  await waitForView(page, { focused: ['amnesty'] }, 'a row link focuses its row offline');
  await page.goBack();
  await waitForView(page, { focused: [], parties: ['eu'] }, 'Back works offline');
  await page.click('#embed-toggle');
  await page.locator('#embed-panel').waitFor({ state: 'visible', timeout: 5_000 });
  assert.match(await page.$eval('textarea#embed-code-iframe', (e) => e.value), /<iframe\b/, 'the embed code is there offline');
  await page.evaluate(() => { location.hash = '#left=ua-20&right=e3'; });
  await waitForView(page, { left: 'ua-20', right: 'e3', parties: [] }, 'another pasted hash applies offline');
  if (blocked.length) t.diagnostic(`requests attempted while offline: ${blocked.join(', ')}`);
});
