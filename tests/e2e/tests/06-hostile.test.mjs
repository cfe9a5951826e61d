// 6. Markup in the data is shown as text, never parsed; nothing runs.
import {
  useApp, appTest, assert, gotoApp, h1Text, loadFixture, appUrlWithData, setAllParties, settle,
} from '../lib/harness.mjs';

const app = useApp();

appTest('HTML in every string of a valid set is shown literally and never executed', app, async ({ page, server }) => {
  const fx = loadFixture('hostile.json');
  await gotoApp(page, appUrlWithData(server, server.fixtureUrl('hostile.json')));
  await page.waitForFunction((t) => document.querySelector('main#clausewise h1')?.textContent.includes(t), 'Hostile set (e2e fixture)', { timeout: 20_000 });
  assert.equal(await h1Text(page), fx.title, 'the title is shown as literal text');

  const on = await setAllParties(page, true);
  assert.ok(on.length > 0, 'party toggles exist');
  await settle(page);
  assert.ok((await page.locator('#rows .position').count()) > 0, 'positions are rendered');

  const report = await page.evaluate(() => {
    const root = document.querySelector('main#clausewise');
    const onAttrs = [...root.querySelectorAll('*')].flatMap((el) =>
      [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName}[${a.name}]`));
    return {
      text: root.innerText,
      elements: [...root.querySelectorAll('img, script, b, iframe, object, embed')].map((e) => e.outerHTML.slice(0, 80)),
      onAttrs,
      hrefs: [...root.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')),
      sourceHrefs: [...root.querySelectorAll('a.source')].map((a) => a.getAttribute('href')),
      pwned: typeof window.__pwned,
      alerts: [...document.querySelectorAll('[role="alert"]')].map((e) => e.textContent.trim()).filter(Boolean),
    };
  });
  assert.ok(report.text.includes('<img src=x'), 'the literal text "<img src=x" is visible');
  assert.ok(report.text.includes('<b>bold</b>'), 'the literal text "<b>bold</b>" is visible');
  assert.deepEqual(report.elements, [], 'no img/script/b/iframe/object/embed element inside the widget');
  assert.deepEqual(report.onAttrs, [], 'no on* attribute inside the widget');
  assert.equal(report.pwned, 'undefined', 'window.__pwned was never set');
  assert.ok(report.sourceHrefs.length > 0, 'source links are rendered');
  for (const h of report.sourceHrefs) assert.match(h, /^https?:\/\//, `every a.source link is http(s) (got ${h})`);
  for (const h of report.hrefs) assert.doesNotMatch(h, /^\s*(javascript|data|vbscript):/i, `no script link (got ${h})`);
  assert.deepEqual(report.alerts, [], 'the valid hostile set is not reported as an error');
});
