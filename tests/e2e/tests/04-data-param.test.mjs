// 4. ?data=<url> loads another clause set, from the same origin and (with CORS) from another one.
import { after, before } from 'node:test';
import {
  useApp, appTest, assert, gotoApp, h1Text, loadFixture, appUrlWithData, selectValues, rowsInfo,
} from '../lib/harness.mjs';
import { startServer } from '../lib/server.mjs';

const app = useApp();
let corsServer;
before(async () => { corsServer = await startServer({ cors: true }); });
after(async () => { await corsServer?.close(); });

async function assertSecondSetShown(page) {
  const fx = loadFixture('second.json');
  await page.waitForFunction((t) => document.querySelector('main#clausewise h1')?.textContent.includes(t), fx.title, { timeout: 20_000 });
  assert.ok((await h1Text(page)).includes(fx.title));
  const options = await page.$eval('#left-draft', (s) => [...s.options].map((o) => o.value));
  assert.deepEqual(options.sort(), fx.drafts.map((d) => d.id).sort(), 'the selects offer the second set’s drafts');
  assert.deepEqual(await selectValues(page), { left: 'd1', right: 'd2' });
  const topics = new Set((await rowsInfo(page)).map((r) => r.topic));
  for (const t of ['water', 'border', 'fees']) assert.ok(topics.has(t), `a row for topic "${t}"`);
  const alert = await page.$$eval('[role="alert"]', (els) => els.map((e) => e.textContent.trim()).filter(Boolean));
  assert.deepEqual(alert, [], 'no load error is shown');
}

appTest('?data= with a same-origin URL loads that clause set', app, async ({ page, server }) => {
  await gotoApp(page, appUrlWithData(server, server.fixtureUrl('second.json')));
  await assertSecondSetShown(page);
});

appTest('?data= with a cross-origin URL served with CORS loads that clause set', app, async ({ page, server }) => {
  assert.notEqual(corsServer.origin, server.origin);
  await gotoApp(page, appUrlWithData(server, corsServer.fixtureUrl('second.json')));
  await assertSecondSetShown(page);
});
