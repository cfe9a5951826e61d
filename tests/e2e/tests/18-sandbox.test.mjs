// 18. Inside <iframe sandbox="allow-scripts"> (opaque origin: no storage, no same-origin
// access) the widget renders, its controls work and nothing panics.
//
// The app is served with `Access-Control-Allow-Origin: *`, as GitHub Pages serves it: an
// opaque-origin document fetches its module script and wasm in CORS mode (Origin: null).
import { useApp, appTest, assert, DEFAULT_LEFT, DEFAULT_RIGHT } from '../lib/harness.mjs';
import { appFrame, waitForView, pollUntil, viewOfHash, sizingFormat } from '../lib/views.mjs';

const app = useApp({ cors: true });

const hostUrl = (server, appUrl) => `${server.origin}/fixtures/hosts/sandbox.html?app=${encodeURIComponent(appUrl)}`;

appTest('sandbox="allow-scripts": rows render, a party toggle and a draft switch work (frameLocator), no panic', app, async ({ page, server }) => {
  await page.goto(hostUrl(server, `${server.url}?embed=1`));
  const { frame } = await appFrame(page, 'iframe#cw');
  assert.equal(await page.getAttribute('iframe#cw', 'sandbox'), 'allow-scripts');
  assert.equal(await frame.evaluate(() => self.origin), 'null', 'the frame has an opaque origin');
  const storage = await frame.evaluate(() => { try { return typeof localStorage.length; } catch (e) { return `blocked: ${e.name}`; } });
  assert.match(storage, /^blocked/, 'storage is blocked in the frame (the test really is sandboxed)');

  const fl = page.frameLocator('iframe#cw');
  assert.ok(await fl.locator('#rows article.row').count() > 0, 'rows render');
  assert.equal(await fl.locator('#left-draft').inputValue(), DEFAULT_LEFT);
  assert.equal(await fl.locator('#right-draft').inputValue(), DEFAULT_RIGHT);

  const box = fl.locator('#party-toggles input.party-toggle[value="ua"]');
  await box.check();
  await pollUntil(() => fl.locator('#rows .position[data-party="ua"]').count(), (n) => n > 0, 'ua positions appear after checking the toggle');
  assert.equal(await box.isChecked(), true);
  await box.uncheck();
  await pollUntil(() => fl.locator('#rows .position[data-party="ua"]').count(), (n) => n === 0, 'ua positions go after unchecking');

  await fl.locator('#left-draft').selectOption('e3');
  await waitForView(frame, { left: 'e3', right: DEFAULT_RIGHT }, 'a draft switch works in the sandbox');
  await fl.locator('#swap-drafts').click();
  await waitForView(frame, { left: DEFAULT_RIGHT, right: 'e3' }, 'swap works in the sandbox');
});

appTest('sandbox="allow-scripts": the hash in the src applies and the frame keeps its hash in step (replaceState)', app, async ({ page, server }) => {
  await page.goto(hostUrl(server, `${server.url}?embed=1#left=e3&right=us-28&parties=ru&topic=territory`));
  const { frame } = await appFrame(page, 'iframe#cw');
  await waitForView(frame, { left: 'e3', right: 'us-28', parties: ['ru'], focused: ['territory'] }, 'the view from the src hash');
  const fl = page.frameLocator('iframe#cw');
  await fl.locator('#party-toggles input.party-toggle[value="eu"]').check();
  await pollUntil(() => frame.evaluate(() => location.hash), (h) => viewOfHash(h).parties.join() === 'ru,eu', 'the frame’s hash names parties ru,eu');
  await fl.locator('#rows article.row[data-topic="elections"] a.row-link').click();
  await waitForView(frame, { focused: ['elections'] }, 'a row link works in the sandbox');
  // The host page itself did not navigate.
  assert.ok(page.url().startsWith(hostUrl(server, '').split('?')[0]), 'the host page stays put');
});

appTest('sandbox="allow-scripts": the resize messages still reach the host', app, async ({ page, server }) => {
  await page.goto(hostUrl(server, `${server.url}?embed=1`));
  const { frame } = await appFrame(page, 'iframe#cw');
  const formats = await pollUntil(
    async () => [...new Set((await page.evaluate(() => window.__messages.filter((m) => m.fromFrame).map((m) => m.data))).map(sizingFormat).filter(Boolean))].sort(),
    (f) => ['amp', 'datawrapper', 'embedly'].every((x) => f.includes(x)),
    'Datawrapper, AMP and Embedly messages arrive from the sandboxed frame',
  );
  assert.ok(!formats.includes('pym'), 'no pym message without childId');
  await pollUntil(
    async () => ({
      amp: await page.evaluate(() => window.__messages.filter((m) => m.fromFrame && m.data?.sentinel === 'amp').map((m) => m.data.height).pop()),
      main: await frame.$eval('main#clausewise', (m) => m.offsetHeight),
    }),
    (h) => Math.abs(h.amp - h.main) <= 4,
    'the last AMP height is the content height',
  );
});
