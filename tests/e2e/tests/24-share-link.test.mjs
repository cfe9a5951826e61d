// 24. A link that carries its own clause set (#set=, deflate-raw + base64url, as the
// editor writes it) opens the reader on that set with no server; a damaged or
// oversized one gets a readable message and the shipped set stays.
import zlib from 'node:zlib';
import {
  useApp, appTest, assert, gotoApp, h1Text, loadFixture, loadDefaultData, APP_TIMEOUT, waitForRows,
} from '../lib/harness.mjs';

const app = useApp();
const pack = (text) => zlib.deflateRawSync(Buffer.from(text, 'utf8')).toString('base64url');

appTest('a #set= link shows the set it carries, and keeps carrying it as the view changes', app, async ({ page, server }) => {
  const fx = loadFixture('second.json');
  const url = `${server.url}#set=${pack(JSON.stringify(fx))}&left=${fx.drafts[1].id}&right=${fx.drafts[0].id}`;
  await page.goto(url);
  await page.waitForFunction((t) => document.querySelector('main#clausewise h1')?.textContent === t, fx.title, { timeout: APP_TIMEOUT });
  assert.equal(await page.$eval('#left-draft', (s) => s.value), fx.drafts[1].id, 'the view in the link applies to the carried set');
  assert.equal(await page.locator('[role="alert"]').count(), 0);
  await page.selectOption('#left-draft', fx.drafts[0].id);
  await page.waitForFunction(() => location.hash.includes('left='));
  const hash = await page.evaluate(() => location.hash);
  assert.match(hash, /^#set=[A-Za-z0-9_-]+&left=/, `the address still carries the set: ${hash.slice(0, 60)}…`);
  await page.reload();
  await page.waitForFunction((t) => document.querySelector('main#clausewise h1')?.textContent === t, fx.title, { timeout: APP_TIMEOUT });
});

appTest('a damaged #set= link and a decompression bomb are refused with a message; the shipped set stays', app, async ({ page, server }) => {
  const data = loadDefaultData();
  const bomb = pack(' '.repeat(30_000_000)); // ~30 MB of spaces in a few KB of link
  assert.ok(bomb.length < 100_000, `the bomb link is short (${bomb.length} chars)`);
  for (const [payload, expected] of [['not*base64!!', /damaged/], [pack('{"format": ')  , /not JSON/], [bomb, /larger than the limit/]]) {
    await page.goto('about:blank'); // a hash-only change would not reload the page
    await page.goto(`${server.url}#set=${payload}`);
    const alert = page.locator('#load-error');
    await alert.waitFor({ state: 'visible', timeout: APP_TIMEOUT });
    assert.match(await alert.textContent(), expected);
    await waitForRows(page);
    assert.equal(await h1Text(page), data.title, 'the shipped set is shown');
  }
});
