// 13. Every row has a permalink (a.row-link): clicking it focuses the row (class "focused",
// aria-current="true", topic=… in the hash); loading with #topic=… scrolls to that row.
import { useApp, appTest, assert, gotoApp, waitForRows, settle, DEFAULT_LEFT, DEFAULT_RIGHT } from '../lib/harness.mjs';
import { viewOfHash, waitForHashView, waitForView, pollUntil, assertHashKeyOrder } from '../lib/views.mjs';

const app = useApp();

/** How far the row is inside the viewport (0 = not at all). */
async function rowInViewport(page, topic) {
  return page.$eval(`#rows article.row[data-topic="${topic}"]`, (r) => {
    const b = r.getBoundingClientRect();
    const visible = Math.min(b.bottom, innerHeight) - Math.max(b.top, 0);
    return { top: b.top, bottom: b.bottom, innerHeight, visible: Math.max(0, visible), scrollY };
  });
}

appTest('every row with a topic has a "Link" a.row-link whose href is the current view plus its topic', app, async ({ page, server }) => {
  await gotoApp(page, server.url);
  const links = await page.$$eval('#rows article.row', (rows) => rows.map((r) => {
    const a = r.querySelector('a.row-link');
    return { topic: r.getAttribute('data-topic'), href: a?.getAttribute('href') ?? null, text: a?.textContent.trim() ?? null, name: a ? (a.getAttribute('aria-label') || a.textContent).trim() : null };
  }));
  const withTopic = links.filter((l) => l.topic);
  assert.ok(withTopic.length > 0, 'rows have topics');
  for (const l of withTopic) {
    assert.ok(l.href, `row "${l.topic}" has an a.row-link`);
    assert.match(l.text, /Link/, `row "${l.topic}": the link text says "Link" (got "${l.text}")`);
    assert.ok(l.href.startsWith('#'), `row "${l.topic}": the href is a hash link (got ${l.href})`);
    assertHashKeyOrder(l.href, `row "${l.topic}" href`);
    const v = viewOfHash(l.href);
    assert.equal(v.topic, l.topic, `row "${l.topic}": href names its topic (${l.href})`);
    assert.equal(v.left, DEFAULT_LEFT, `row "${l.topic}": href keeps the left draft (${l.href})`);
    assert.equal(v.right, DEFAULT_RIGHT, `row "${l.topic}": href keeps the right draft (${l.href})`);
  }

  // The hrefs follow the view.
  await page.selectOption('#left-draft', 'e3');
  await page.locator('#party-toggles input.party-toggle[value="ru"]').check();
  await pollUntil(() => page.$eval('#rows article.row[data-topic="territory"] a.row-link', (a) => a.getAttribute('href')),
    (h) => { const v = viewOfHash(h); return v.left === 'e3' && v.parties.join() === 'ru' && v.topic === 'territory'; },
    'the territory row link follows the chosen view (left e3, parties ru)');
});

appTest('clicking a row link focuses that row: class, aria-current, hash; another link moves the focus', app, async ({ page, server }) => {
  await gotoApp(page, server.url);
  assert.equal(await page.locator('#rows article.row.focused').count(), 0, 'no row is focused at first');
  assert.equal(await page.locator('#rows article.row[aria-current]').count(), 0, 'no row has aria-current at first');

  await page.locator('#rows article.row[data-topic="elections"] a.row-link').click();
  await waitForHashView(page, { topic: 'elections', left: DEFAULT_LEFT, right: DEFAULT_RIGHT }, 'after clicking the elections link');
  await waitForView(page, { focused: ['elections'], current: ['elections'] }, 'the elections row is focused');
  assert.equal(await page.getAttribute('#rows article.row[data-topic="elections"]', 'aria-current'), 'true');
  const box = await rowInViewport(page, 'elections');
  assert.ok(box.visible > 0, `the focused row is in the viewport (${JSON.stringify(box)})`);

  await page.locator('#rows article.row[data-topic="army-size"] a.row-link').click();
  await waitForHashView(page, { topic: 'army-size' }, 'after clicking the army-size link');
  await waitForView(page, { focused: ['army-size'], current: ['army-size'] }, 'the focus moved to army-size (only one row focused)');
  assert.equal(await page.getAttribute('#rows article.row[data-topic="elections"]', 'aria-current'), null, 'elections lost aria-current');
});

appTest('the focused row stays focused when the drafts or parties change', app, async ({ page, server }) => {
  await gotoApp(page, `${server.url}#topic=amnesty`);
  await waitForView(page, { focused: ['amnesty'] }, 'amnesty focused from the hash');
  await page.locator('#party-toggles input.party-toggle[value="ua"]').check();
  await waitForHashView(page, { parties: ['ua'], topic: 'amnesty' }, 'the topic stays in the hash after a party toggle');
  await waitForView(page, { focused: ['amnesty'] }, 'amnesty still focused after a party toggle');
});

appTest('loading with #topic=territory scrolls to the territory row and marks it', app, async ({ page, server }) => {
  await page.goto(`${server.url}#topic=territory`);
  await waitForRows(page);
  await waitForView(page, { left: DEFAULT_LEFT, right: DEFAULT_RIGHT, focused: ['territory'], current: ['territory'] }, 'territory focused');
  const rowCount = await page.locator('#rows article.row').count();
  const index = await page.$$eval('#rows article.row', (rs) => rs.findIndex((r) => r.getAttribute('data-topic') === 'territory'));
  assert.ok(index > 3 && index < rowCount, `territory is far down the list (row ${index} of ${rowCount}), so it needs a scroll`);
  const box = await pollUntil(() => rowInViewport(page, 'territory'), (b) => b.visible > 0,
    'the territory row intersects the viewport after load');
  assert.ok(box.scrollY > 0, `the page scrolled (scrollY ${box.scrollY})`);
  await settle(page);
  assert.ok(page.url().includes('topic=territory'), 'the hash keeps the topic');
}, { viewport: { width: 1000, height: 700 } });

appTest('loading with #left=e3&right=ua-20&topic=elections at phone width scrolls to that row too', app, async ({ page, server }) => {
  await page.goto(`${server.url}#left=e3&right=ua-20&topic=elections`);
  await waitForRows(page);
  await waitForView(page, { left: 'e3', right: 'ua-20', focused: ['elections'], current: ['elections'] }, 'elections focused');
  await pollUntil(() => rowInViewport(page, 'elections'), (b) => b.visible > 0, 'the elections row intersects the viewport');
}, { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
