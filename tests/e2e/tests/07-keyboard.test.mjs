// 7. Keyboard: Tab reaches every control, Space toggles a party, focus is visible.
import {
  useApp, appTest, assert, gotoApp, selectValues, settle, DEFAULT_PARTIES, DEFAULT_LEFT, DEFAULT_RIGHT,
} from '../lib/harness.mjs';

const app = useApp();
const MAX_TABS = 120;

// Describe document.activeElement and whether it (or, for a checkbox, its label) shows a focus indicator.
async function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { key: 'body', indicator: false };
    const key = el.classList.contains('party-toggle') ? `party:${el.value}` : el.id ? `#${el.id}` : el.tagName.toLowerCase();
    const shows = (e) => {
      if (!e) return false;
      const s = getComputedStyle(e);
      const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
      const shadow = s.boxShadow && s.boxShadow !== 'none';
      return outline || shadow;
    };
    return { key, indicator: shows(el) || (el.type === 'checkbox' && shows(el.closest('label'))) };
  });
}

async function tabUntil(page, want) {
  for (let i = 0; i < MAX_TABS; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (f.key === want) return f;
  }
  throw new Error(`Tab never reached ${want} in ${MAX_TABS} presses`);
}

appTest('Tab reaches both selects, the swap button and every party toggle, each with a visible focus indicator', app, async ({ page, server }) => {
  await gotoApp(page, server.url);
  const wanted = ['#left-draft', '#right-draft', '#swap-drafts', ...DEFAULT_PARTIES.map((p) => `party:${p}`)];
  const seen = new Map();
  for (let i = 0; i < MAX_TABS && seen.size < wanted.length; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (wanted.includes(f.key) && !seen.has(f.key)) seen.set(f.key, f.indicator);
  }
  assert.deepEqual(wanted.filter((w) => !seen.has(w)), [], 'every control is reachable with Tab');
  const noIndicator = [...seen].filter(([, ok]) => !ok).map(([k]) => k);
  assert.deepEqual(noIndicator, [], 'every focused control shows an outline or box-shadow');
});

appTest('Space on a focused party toggle turns it on and off', app, async ({ page, server }) => {
  await gotoApp(page, server.url);
  const party = DEFAULT_PARTIES[0];
  const box = `#party-toggles input.party-toggle[value="${party}"]`;
  await tabUntil(page, `party:${party}`);
  assert.equal(await page.$eval(box, (e) => e.checked), false);
  await page.keyboard.press('Space');
  await settle(page);
  assert.equal(await page.$eval(box, (e) => e.checked), true, 'Space checks the toggle');
  assert.ok((await page.locator(`#rows .position[data-party="${party}"]`).count()) > 0, `${party} positions shown`);
  await page.keyboard.press('Space');
  await settle(page);
  assert.equal(await page.$eval(box, (e) => e.checked), false, 'Space again unchecks it');
  assert.equal(await page.locator(`#rows .position[data-party="${party}"]`).count(), 0, `${party} positions hidden`);
});

appTest('Enter on the focused swap button swaps the drafts', app, async ({ page, server }) => {
  await gotoApp(page, server.url);
  await tabUntil(page, '#swap-drafts');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('#left-draft')?.value !== 'us-28');
  assert.deepEqual(await selectValues(page), { left: DEFAULT_RIGHT, right: DEFAULT_LEFT });
});
