// 8. Phone width (375x740): no sideways scrolling; the two sides stack.
import { useApp, appTest, assert, gotoApp, setAllParties, settle } from '../lib/harness.mjs';

const app = useApp();
const WIDTH = 375;

async function noSidewaysScroll(page, when) {
  const w = await page.evaluate(() => ({ doc: document.documentElement.scrollWidth, body: document.body.scrollWidth }));
  assert.ok(w.doc <= WIDTH, `${when}: documentElement.scrollWidth ${w.doc} <= ${WIDTH}`);
  assert.ok(w.body <= WIDTH, `${when}: body.scrollWidth ${w.body} <= ${WIDTH}`);
}

appTest('at 375x740 there is no sideways scroll and both sides are visible, stacked', app, async ({ page, server }) => {
  await gotoApp(page, server.url);
  await noSidewaysScroll(page, 'default view');

  const row = page.locator('#rows article.row[data-status="changed"]').first();
  assert.ok((await row.count()) > 0, 'a changed row exists');
  await row.scrollIntoViewIfNeeded();
  const left = await row.locator('.side-left').boundingBox();
  const right = await row.locator('.side-right').boundingBox();
  assert.ok(left && left.width > 0 && left.height > 0, 'left side is visible');
  assert.ok(right && right.width > 0 && right.height > 0, 'right side is visible');
  assert.ok(await row.locator('.side-left').isVisible() && await row.locator('.side-right').isVisible());
  assert.ok(right.y >= left.y + left.height - 1, `sides are stacked (left y=${left.y} h=${left.height}, right y=${right.y})`);
  for (const [n, b] of [['left', left], ['right', right]]) {
    assert.ok(b.x >= 0 && b.x + b.width <= WIDTH + 0.5, `${n} side fits the width (x=${b.x}, w=${b.width})`);
  }

  await setAllParties(page, true);
  await settle(page);
  await noSidewaysScroll(page, 'all parties on');
}, { viewport: { width: WIDTH, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
