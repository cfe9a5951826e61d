// 5. A bad ?data= shows an alert naming the problem, and the widget keeps the default data, usable.
import {
  useApp, appTest, assert, h1Text, loadDefaultData, appUrlWithData, selectValues, rowsText, waitForChange,
  waitForRows, DEFAULT_LEFT, DEFAULT_RIGHT,
} from '../lib/harness.mjs';

const app = useApp();

const CASES = [
  { name: 'broken JSON', file: 'broken.json', expect: /not (valid )?JSON/i },
  { name: 'an unknown topic id', file: 'invalid.json', expect: /nope/ },
  { name: 'an unreachable URL (404)', file: 'does-not-exist.json', expect: /404/ },
  { name: 'a javascript: source link', file: 'hostile-link.json', expect: /javascript:/ },
];

for (const c of CASES) {
  appTest(`?data= with ${c.name} shows an alert and keeps the default data usable`, app, async ({ page, server }) => {
    const data = loadDefaultData();
    await page.goto(appUrlWithData(server, server.fixtureUrl(c.file)));
    const alert = page.locator('main#clausewise [role="alert"]').first();
    await alert.waitFor({ state: 'visible', timeout: 20_000 });
    await page.waitForFunction(() => document.querySelector('main#clausewise [role="alert"]')?.textContent.trim().length > 0);
    const text = (await alert.textContent()).trim();
    assert.match(text, c.expect, `the alert names the problem (alert: "${text}")`);
    assert.equal(await alert.getAttribute('id'), 'load-error');

    await waitForRows(page);
    assert.ok((await h1Text(page)).includes(data.title), 'the default data is shown');
    assert.deepEqual(await selectValues(page), { left: DEFAULT_LEFT, right: DEFAULT_RIGHT });
    const rows0 = await rowsText(page);
    await page.selectOption('#left-draft', 'e3');
    await waitForChange(() => rowsText(page), rows0, 'rows after choosing e3 (widget still usable)');
    assert.equal((await selectValues(page)).left, 'e3');
  });
}
