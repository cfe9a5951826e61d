// 15. Embedded with the real pym.js (new pym.Parent on another origin's page), the iframe
// takes the height of the widget and follows it when the content grows.
import { after, before } from 'node:test';
import { useApp, appTest, assert } from '../lib/harness.mjs';
import { startServer, PYM_DIST_DIR } from '../lib/server.mjs';
import {
  appFrame, frameHeights, waitForFrameFits, allPartiesOn, pollUntil, waitForView, toggleParty,
} from '../lib/views.mjs';

const app = useApp();
let host; // a second origin serving the host page and pym.js
before(async () => { host = await startServer({ mounts: { '/vendor/pym/': PYM_DIST_DIR } }); });
after(async () => { await host?.close(); });

const hostUrl = (appUrl) => `${host.origin}/fixtures/hosts/pym.html?app=${encodeURIComponent(appUrl)}`;
const VIEWPORT = { viewport: { width: 900, height: 700 } };

appTest('pym.Parent: the iframe is as tall as main#clausewise and does not scroll; it follows when parties are turned on', app, async ({ page, server }) => {
  assert.notEqual(host.origin, server.origin);
  await page.goto(hostUrl(`${server.url}?embed=1`));
  const { handle, frame } = await appFrame(page, '#target iframe');

  const src = await handle.getAttribute('src');
  assert.match(src, /[?&]childId=target\b/, `pym.js added childId to the src (${src})`);
  assert.match(src, /[?&]embed=1\b/, 'the src keeps embed=1');

  const first = await waitForFrameFits(handle, frame, 'after load');
  assert.ok(first.rect > 300, `the iframe grew past pym's initial size (now ${first.rect} px)`);

  const messages = await page.evaluate(() => window.__messages.filter((m) => m.fromFrame && typeof m.data === 'string' && m.data.startsWith('pymxPYMx')));
  assert.ok(messages.length > 0, 'the host received pym messages from the frame');
  for (const m of messages) {
    assert.match(m.data, /^pymxPYMxtargetxPYMxheightxPYMx\d+$/, `pym message format (got ${m.data})`);
  }

  await allPartiesOn(frame);
  await waitForView(frame, { parties: ['ua', 'ru', 'us', 'eu'] }, 'all four parties on inside the frame');
  const grown = await pollUntil(() => frameHeights(handle, frame), (h) => h.main > first.main, 'the content grew with all parties on');
  const fits = await waitForFrameFits(handle, frame, 'after turning all parties on');
  assert.ok(fits.rect > first.rect, `the iframe grew (${first.rect} → ${fits.rect} px; content ${grown.main})`);

  // And shrinks back.
  for (const id of ['ua', 'ru', 'us', 'eu']) await toggleParty(frame, id, false);
  await pollUntil(() => frameHeights(handle, frame), (h) => h.main < fits.main, 'the content shrank with all parties off');
  const back = await waitForFrameFits(handle, frame, 'after turning all parties off');
  assert.ok(back.rect < fits.rect, `the iframe shrank (${fits.rect} → ${back.rect} px)`);
}, VIEWPORT);

appTest('pym.Parent with a view in the hash: the frame shows that view and fits it', app, async ({ page, server }) => {
  await page.goto(hostUrl(`${server.url}?embed=1#left=e3&right=us-28&parties=ru`));
  const { handle, frame } = await appFrame(page, '#target iframe');
  await waitForView(frame, { left: 'e3', right: 'us-28', parties: ['ru'] }, 'the hash passed through pym.js applies');
  await waitForFrameFits(handle, frame, 'with the view from the hash');
}, VIEWPORT);

appTest('pym.Parent: switching drafts inside the frame resizes the iframe too', app, async ({ page, server }) => {
  await page.goto(hostUrl(`${server.url}?embed=1`));
  const { handle, frame } = await appFrame(page, '#target iframe');
  const first = await waitForFrameFits(handle, frame, 'after load');
  // us-28 ↔ e3 has other rows than us-28 ↔ ua-20, so the content height changes.
  await frame.selectOption('#right-draft', 'e3');
  await pollUntil(() => frameHeights(handle, frame), (h) => h.main !== first.main, 'the content height changed with another pair');
  await waitForFrameFits(handle, frame, 'after choosing e3 on the right');
}, VIEWPORT);

appTest('the last pym height message is an integer equal to main#clausewise’s offsetHeight', app, async ({ page, server }) => {
  await page.goto(hostUrl(`${server.url}?embed=1`));
  const { handle, frame } = await appFrame(page, '#target iframe');
  const h = await waitForFrameFits(handle, frame, 'after load');
  const last = await pollUntil(
    () => page.evaluate(() => window.__messages.filter((m) => m.fromFrame && typeof m.data === 'string' && m.data.startsWith('pymxPYMx')).map((m) => m.data).pop()),
    (d) => d && Math.abs(Number(d.split('xPYMx').pop()) - h.main) <= 1,
    `the last pym height message is main#clausewise's height (${h.main})`,
  );
  assert.match(last, /^pymxPYMxtargetxPYMxheightxPYMx\d+$/);
}, VIEWPORT);
