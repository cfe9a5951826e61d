// 10. Served under /clausewise/ (like GitHub Pages): every request stays there, nothing fails.
import { useApp, appTest, assert, gotoApp, setAllParties, settle } from '../lib/harness.mjs';

const app = useApp();

appTest('under the sub-path /clausewise/ every request stays on the same origin and sub-path, and none fails', app, async ({ page, server }) => {
  const requests = [];
  const bad = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('response', (r) => { if (r.status() >= 400) bad.push(`${r.status()} ${r.url()}`); });
  page.on('requestfailed', (r) => bad.push(`failed (${r.failure()?.errorText}) ${r.url()}`));

  await gotoApp(page, server.url);
  await setAllParties(page, true);
  await settle(page);
  await page.waitForLoadState('networkidle');

  const outside = requests.filter((u) => {
    if (/^(data|blob):/.test(u)) return false;
    const url = new URL(u);
    return url.origin !== server.origin || !url.pathname.startsWith('/clausewise/');
  });
  assert.ok(requests.some((u) => u.endsWith('.wasm')), 'the wasm was requested');
  assert.deepEqual(outside, [], 'requests outside the origin or the sub-path');
  assert.deepEqual(bad, [], 'failed requests or error statuses');
  const wasm = server.log.find((l) => l.path.endsWith('.wasm'));
  assert.equal(wasm?.status, 200);

  // What the server saw, including requests Playwright does not report (Chromium's own
  // /favicon.ico when the page names no icon: a 404 outside the sub-path on GitHub Pages).
  await page.waitForTimeout(500);
  const serverBad = server.log.filter((l) => !l.path.startsWith('/clausewise/') || Number(l.status) >= 400)
    .map((l) => `${l.status} ${l.method} ${l.path}`);
  assert.deepEqual(serverBad, [], 'the server saw requests outside /clausewise/ or answered an error '
    + '(for /favicon.ico: give the page a relative <link rel="icon" href="…"> under the sub-path)');
});
