// 16. Self-sizing without pym.js: Datawrapper's and AMP's resize messages size the iframe on
// a host page; the Embedly/Medium JSON string arrives too; a top-level page posts nothing.
import { after, before } from 'node:test';
import { useApp, appTest, assert, gotoApp, setAllParties, settle } from '../lib/harness.mjs';
import { startServer } from '../lib/server.mjs';
import { appFrame, frameHeights, waitForFrameFits, allPartiesOn, pollUntil, waitForView, sizingFormat } from '../lib/views.mjs';

const app = useApp();
let host; // another origin, like a newsroom CMS
before(async () => { host = await startServer(); });
after(async () => { await host?.close(); });

const hostUrl = (name, appUrl) => `${host.origin}/fixtures/hosts/${name}.html?app=${encodeURIComponent(appUrl)}`;
const VIEWPORT = { viewport: { width: 900, height: 700 } };

/** Messages the host received from the app's frame, in one format. */
async function frameMessages(page, format) {
  const all = await page.evaluate(() => window.__messages.filter((m) => m.fromFrame).map((m) => m.data));
  return all.filter((d) => sizingFormat(d) === format);
}

appTest('Datawrapper: {"datawrapper-height": {clausewise: h}} sizes the iframe to its content, and follows growth', app, async ({ page, server }) => {
  assert.notEqual(host.origin, server.origin);
  await page.goto(hostUrl('datawrapper', `${server.url}?embed=1`));
  const { handle, frame } = await appFrame(page, 'iframe#cw');
  const first = await waitForFrameFits(handle, frame, 'Datawrapper host after load');
  assert.ok(first.rect > 300, `the iframe grew past its initial 150 px (now ${first.rect})`);

  const dw = await frameMessages(page, 'datawrapper');
  assert.ok(dw.length > 0, 'datawrapper-height messages arrived');
  for (const d of dw) {
    assert.deepEqual(Object.keys(d['datawrapper-height']), ['clausewise'], 'the key is "clausewise" when the URL has no id=');
    const h = d['datawrapper-height'].clausewise;
    assert.ok(Number.isInteger(h) && h > 0, `the height is a positive integer (got ${JSON.stringify(h)})`);
  }

  await allPartiesOn(frame);
  await pollUntil(() => frameHeights(handle, frame), (h) => h.main > first.main, 'the content grew with all parties on');
  const grown = await waitForFrameFits(handle, frame, 'Datawrapper host after all parties on');
  assert.ok(grown.rect > first.rect, `the iframe followed (${first.rect} → ${grown.rect} px)`);
}, VIEWPORT);

appTest('Datawrapper: with id=<key> in the URL the message uses that key', app, async ({ page, server }) => {
  await page.goto(hostUrl('datawrapper', `${server.url}?embed=1&id=cw-demo-7`));
  const { handle, frame } = await appFrame(page, 'iframe#cw');
  await waitForFrameFits(handle, frame, 'Datawrapper host with id=cw-demo-7');
  const dw = await frameMessages(page, 'datawrapper');
  assert.ok(dw.length > 0, 'datawrapper-height messages arrived');
  for (const d of dw) assert.deepEqual(Object.keys(d['datawrapper-height']), ['cw-demo-7'], 'the key is the id= parameter');
}, VIEWPORT);

appTest('AMP: {sentinel: "amp", type: "embed-size", height} sizes the iframe to its content, and follows growth', app, async ({ page, server }) => {
  await page.goto(hostUrl('amp', `${server.url}?embed=1#left=e3&right=ua-20`));
  const { handle, frame } = await appFrame(page, 'iframe#cw');
  await waitForView(frame, { left: 'e3', right: 'ua-20' }, 'the hash applies in the AMP frame');
  const first = await waitForFrameFits(handle, frame, 'AMP host after load');

  const amp = await frameMessages(page, 'amp');
  assert.ok(amp.length > 0, 'AMP embed-size messages arrived');
  for (const d of amp) assert.ok(Number.isInteger(d.height) && d.height > 0, `AMP height is a positive integer (got ${JSON.stringify(d.height)})`);

  await allPartiesOn(frame);
  await pollUntil(() => frameHeights(handle, frame), (h) => h.main > first.main, 'the content grew with all parties on');
  const grown = await waitForFrameFits(handle, frame, 'AMP host after all parties on');
  assert.ok(grown.rect > first.rect, `the iframe followed (${first.rect} → ${grown.rect} px)`);
}, VIEWPORT);

appTest('Embedly/Medium: a JSON string {src, context: "iframe.resize", height} arrives with the current height', app, async ({ page, server }) => {
  await page.goto(hostUrl('amp', `${server.url}?embed=1`));
  const { handle, frame } = await appFrame(page, 'iframe#cw');
  const h = await waitForFrameFits(handle, frame, 'after load (AMP host)');
  const last = await pollUntil(
    async () => (await frameMessages(page, 'embedly')).map((s) => JSON.parse(s)).pop() ?? null,
    (m) => m && Math.abs(m.height - h.main) <= 1,
    `the last Embedly message carries main#clausewise's height (${h.main})`,
  );
  assert.equal(last.context, 'iframe.resize');
  assert.equal(typeof last.height, 'number');
  assert.ok(Number.isInteger(last.height), 'integer height');
  assert.equal(typeof last.src, 'string');
  const src = new URL(last.src);
  assert.equal(src.origin + src.pathname, server.url, `src is the frame's location.href (${last.src})`);
  assert.equal(src.searchParams.get('embed'), '1');
}, VIEWPORT);

appTest('in an iframe without childId= the Datawrapper, AMP and Embedly messages arrive but no pym one; with childId= pym too', app, async ({ page, server }) => {
  // The Datawrapper host loads the app without childId=.
  await page.goto(hostUrl('datawrapper', `${server.url}?embed=1`));
  const { handle, frame } = await appFrame(page, 'iframe#cw');
  await waitForFrameFits(handle, frame, 'after load');
  for (const f of ['datawrapper', 'amp', 'embedly']) {
    await pollUntil(() => frameMessages(page, f).then((m) => m.length), (n) => n > 0, `a ${f} message arrived`);
  }
  assert.deepEqual(await frameMessages(page, 'pym'), [], 'no pym message without childId in the URL');

  // With childId= (what pym.Parent adds) the pym string comes as well, with the same height.
  await page.goto(hostUrl('datawrapper', `${server.url}?embed=1&initialWidth=900&childId=example`));
  const again = await appFrame(page, 'iframe#cw');
  const h = await waitForFrameFits(again.handle, again.frame, 'after load with childId');
  const pym = await pollUntil(() => frameMessages(page, 'pym'), (m) => m.length > 0, 'pym messages with childId=example');
  assert.match(pym.at(-1), /^pymxPYMxexamplexPYMxheightxPYMx\d+$/);
  assert.ok(Math.abs(Number(pym.at(-1).split('xPYMx').pop()) - h.main) <= 4, 'the pym height is the content height');
}, VIEWPORT);

for (const flags of ['', '?embed=1']) {
  appTest(`a top-level page${flags ? ' with embed=1' : ''} posts no resize message (pym, Datawrapper, AMP, Embedly)`, app, async ({ page, server }) => {
    await page.addInitScript(() => {
      window.__messages = [];
      window.addEventListener('message', (e) => window.__messages.push(e.data));
    });
    await gotoApp(page, server.url + flags);
    await setAllParties(page, true);
    await settle(page);
    await page.selectOption('#left-draft', 'e3');
    await settle(page);
    await page.setViewportSize({ width: 500, height: 700 });
    // Give a ResizeObserver and any posted messages time to be delivered (no assertion on time).
    await page.waitForTimeout(750);
    const got = await page.evaluate(() => window.__messages);
    const sizing = got.filter((d) => sizingFormat(d));
    assert.deepEqual(sizing, [], 'no resize messages when not in an iframe');
  });
}
