// 14. Query flags: ?embed=1 renders a compact widget (no footer, no description);
// ?theme=dark|light|auto sets <html data-theme> (auto/absent: follow prefers-color-scheme).
import {
  useApp, appTest, assert, gotoApp, h1Text, loadFixture, selectValues, rowsText, waitForChange, DEFAULT_LEFT, DEFAULT_RIGHT,
} from '../lib/harness.mjs';
import { toggleParty, waitForView } from '../lib/views.mjs';

const app = useApp();

async function layout(page) {
  return page.evaluate(() => {
    const main = document.querySelector('main#clausewise');
    const visible = (sel) => [...document.querySelectorAll(sel)].filter((e) => {
      const r = e.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden';
    }).length;
    return {
      embedClass: main?.classList.contains('embed') ?? null,
      footers: document.querySelectorAll('footer').length,
      descriptions: document.querySelectorAll('.description').length,
      visibleFooters: visible('footer'),
      visibleDescriptions: visible('.description'),
      mainHeight: main?.offsetHeight ?? 0,
    };
  });
}

/** The colour the reader sees behind the text: the first non-transparent of body, html; else white. */
async function backgroundLuminance(page) {
  return page.evaluate(() => {
    const parse = (c) => {
      const m = c.match(/rgba?\(([^)]+)\)/);
      if (!m) return null;
      const [r, g, b, a = 1] = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
      return { r, g, b, a };
    };
    let rgb = null;
    for (const el of [document.body, document.documentElement]) {
      const c = parse(getComputedStyle(el).backgroundColor);
      if (c && c.a > 0) { rgb = c; break; }
    }
    rgb ??= { r: 255, g: 255, b: 255 };
    const lin = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
    return { luminance: 0.2126 * lin(rgb.r) + 0.7152 * lin(rgb.g) + 0.0722 * lin(rgb.b), rgb, theme: document.documentElement.getAttribute('data-theme') };
  });
}
const DARK = 0.2; // relative luminance below this is a dark background
const LIGHT = 0.6; // above this a light one

appTest('without embed=1 the full page has a footer and the description, and main has no "embed" class', app, async ({ page, server }) => {
  await gotoApp(page, server.url);
  const l = await layout(page);
  assert.equal(l.embedClass, false, 'main#clausewise has no "embed" class');
  assert.ok(l.visibleFooters > 0, 'a footer is shown');
  assert.ok(l.visibleDescriptions > 0, 'the .description is shown');
});

appTest('embed=1: main#clausewise has class "embed", no footer and no .description, and it still works', app, async ({ page, server }) => {
  await gotoApp(page, server.url);
  const full = await layout(page);
  await page.goto('about:blank');
  await gotoApp(page, `${server.url}?embed=1`);
  const l = await layout(page);
  assert.equal(l.embedClass, true, 'main#clausewise has the "embed" class');
  assert.equal(l.footers, 0, 'no <footer> is rendered');
  assert.equal(l.descriptions, 0, 'no .description is rendered');
  assert.ok(l.mainHeight < full.mainHeight, `the embed is more compact (${l.mainHeight} < ${full.mainHeight} px)`);
  assert.ok((await h1Text(page)).length > 0, 'the title is still there');
  assert.deepEqual(await selectValues(page), { left: DEFAULT_LEFT, right: DEFAULT_RIGHT });

  const rows0 = await rowsText(page);
  await page.selectOption('#left-draft', 'e3');
  await waitForChange(() => rowsText(page), rows0, 'rows after choosing e3 in the embed');
  await toggleParty(page, 'ua', true);
  await waitForView(page, { parties: ['ua'] }, 'a party toggle works in the embed');
  assert.equal((await layout(page)).footers, 0, 'still no footer after changes');
});

appTest('embed=1 combines with data= and a hash', app, async ({ page, server }) => {
  const fx = loadFixture('second.json');
  await gotoApp(page, `${server.url}?embed=1&data=${encodeURIComponent(server.fixtureUrl('second.json'))}#left=${fx.drafts[1].id}&right=${fx.drafts[0].id}`);
  await page.waitForFunction((t) => document.querySelector('main#clausewise h1')?.textContent.includes(t), fx.title, { timeout: 20_000 });
  await waitForView(page, { left: fx.drafts[1].id, right: fx.drafts[0].id }, 'the hash applies to the data= set');
  const l = await layout(page);
  assert.equal(l.embedClass, true);
  assert.equal(l.footers, 0);
  assert.equal(l.descriptions, 0);
});

appTest('theme=dark: <html data-theme="dark"> and a dark background even when the system prefers light', app, async ({ page, server }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await gotoApp(page, `${server.url}?theme=dark`);
  const bg = await backgroundLuminance(page);
  assert.equal(bg.theme, 'dark');
  assert.ok(bg.luminance < DARK, `the background is dark (${JSON.stringify(bg.rgb)}, luminance ${bg.luminance.toFixed(3)})`);
  const fg = await page.evaluate(() => getComputedStyle(document.body).color);
  assert.notEqual(fg, 'rgb(0, 0, 0)', 'the text is not black on the dark background');
});

appTest('theme=light: <html data-theme="light"> and a light background even when the system prefers dark', app, async ({ page, server }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await gotoApp(page, `${server.url}?theme=light`);
  const bg = await backgroundLuminance(page);
  assert.equal(bg.theme, 'light');
  assert.ok(bg.luminance > LIGHT, `the background is light (${JSON.stringify(bg.rgb)}, luminance ${bg.luminance.toFixed(3)})`);
});

for (const flag of ['?theme=auto', '']) {
  const name = flag ? 'theme=auto' : 'no theme flag';
  appTest(`${name}: no data-theme attribute; colours follow prefers-color-scheme (dark, then light)`, app, async ({ page, server }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await gotoApp(page, `${server.url}${flag}`);
    let bg = await backgroundLuminance(page);
    assert.equal(bg.theme, null, 'no data-theme attribute on <html>');
    assert.ok(bg.luminance < DARK, `dark scheme: the background is dark (${JSON.stringify(bg.rgb)})`);

    await page.emulateMedia({ colorScheme: 'light' });
    bg = await backgroundLuminance(page);
    assert.equal(bg.theme, null);
    assert.ok(bg.luminance > LIGHT, `light scheme: the background is light (${JSON.stringify(bg.rgb)})`);
  });
}

appTest('theme=dark with embed=1 together', app, async ({ page, server }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await gotoApp(page, `${server.url}?embed=1&theme=dark`);
  const bg = await backgroundLuminance(page);
  assert.equal(bg.theme, 'dark');
  assert.ok(bg.luminance < DARK, 'dark background in the embed');
  assert.equal((await layout(page)).embedClass, true);
});
