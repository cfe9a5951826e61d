// 12. The view lives in the URL hash (#left=…&right=…&parties=…&topic=…): it survives a
// reload and a copied URL, Back/Forward step through views, a pasted hash applies, and bad
// values are ignored with a polite notice.
import {
  useApp, appTest, assert, gotoApp, waitForRows, selectValues, openPage, assertNoPanics, rowsText, waitForChange,
  DEFAULT_LEFT, DEFAULT_RIGHT,
} from '../lib/harness.mjs';
import {
  currentHash, viewOfHash, parseHash, assertHashKeyOrder, waitForHashView, waitForView, viewOnScreen, toggleParty, pollUntil,
} from '../lib/views.mjs';

const app = useApp();

/** Choose a view through the UI: left e3, right us-28, parties ua + us, topic "elections" (its row link). */
async function chooseView(page) {
  await page.selectOption('#left-draft', 'e3');
  await waitForHashView(page, { left: 'e3' }, 'after choosing e3 on the left');
  await page.selectOption('#right-draft', 'us-28');
  await waitForHashView(page, { left: 'e3', right: 'us-28' }, 'after choosing us-28 on the right');
  await toggleParty(page, 'ua', true);
  await toggleParty(page, 'us', true);
  await waitForHashView(page, { parties: ['ua', 'us'] }, 'after turning ua and us on');
  await page.locator('#rows article.row[data-topic="elections"] a.row-link').click();
  await waitForHashView(page, { left: 'e3', right: 'us-28', parties: ['ua', 'us'], topic: 'elections' }, 'after the elections row link');
}

const CHOSEN = { left: 'e3', right: 'us-28', parties: ['ua', 'us'], focused: ['elections'], current: ['elections'] };

appTest('each change rewrites the hash: left, right, parties (in order, omitted when none), topic; keys in order', app, async ({ page, server }) => {
  await gotoApp(page, server.url);

  await page.selectOption('#left-draft', 'e3');
  let hash = await waitForHashView(page, { left: 'e3', right: DEFAULT_RIGHT }, 'after choosing e3');
  assert.equal(hash, `#left=e3&right=${DEFAULT_RIGHT}`, 'no parties, no topic: only left and right');

  await page.selectOption('#right-draft', 'us-28');
  hash = await waitForHashView(page, { left: 'e3', right: 'us-28' }, 'after choosing us-28 on the right');
  assert.equal(hash, '#left=e3&right=us-28');

  await page.click('#swap-drafts');
  hash = await waitForHashView(page, { left: 'us-28', right: 'e3' }, 'after swapping');
  assert.equal(hash, '#left=us-28&right=e3');

  await toggleParty(page, 'ua', true);
  hash = await waitForHashView(page, { parties: ['ua'] }, 'after turning ua on');
  assert.equal(hash, '#left=us-28&right=e3&parties=ua');

  await toggleParty(page, 'eu', true);
  hash = await waitForHashView(page, { parties: ['ua', 'eu'] }, 'after turning eu on');
  assertHashKeyOrder(hash);
  assert.deepEqual(viewOfHash(hash).parties, ['ua', 'eu'], 'parties in the data’s order, comma-separated');

  await page.locator('#rows article.row[data-topic="army-size"] a.row-link').click();
  hash = await waitForHashView(page, { topic: 'army-size' }, 'after the army-size row link');
  assertHashKeyOrder(hash);
  assert.deepEqual(parseHash(hash).keys, ['left', 'right', 'parties', 'topic']);

  await toggleParty(page, 'ua', false);
  await toggleParty(page, 'eu', false);
  hash = await waitForHashView(page, { parties: [] }, 'after turning all parties off');
  assert.deepEqual(parseHash(hash).keys, ['left', 'right', 'topic'], `"parties" is omitted when none is on (${hash})`);
  assert.equal(viewOfHash(hash).topic, 'army-size', 'the topic stays');
});

appTest('reload restores left, right, parties and the focused topic', app, async ({ page, server }) => {
  await gotoApp(page, server.url);
  await chooseView(page);
  const before = await currentHash(page);
  await page.reload();
  await waitForRows(page);
  await waitForView(page, CHOSEN, 'after reload');
  assert.equal(await currentHash(page), before, 'the hash is unchanged by the reload');
});

appTest('the copied URL opened in a fresh browser context shows the same view', app, async ({ page, server, browser }) => {
  await gotoApp(page, server.url);
  await chooseView(page);
  const copied = page.url();
  assert.ok(copied.includes('#'), `the page URL carries the view (${copied})`);

  const other = await openPage(browser);
  try {
    await gotoApp(other.page, copied);
    await waitForView(other.page, CHOSEN, 'a fresh page with the copied URL');
    assertNoPanics(other.problems);
  } finally {
    await other.context.close();
  }
});

appTest('each piece alone round-trips through a typed URL (left / right / parties / topic)', app, async ({ page, server }) => {
  const cases = [
    { hash: '#left=e3', want: { left: 'e3', right: DEFAULT_RIGHT, parties: [] } },
    { hash: '#right=e3', want: { left: DEFAULT_LEFT, right: 'e3', parties: [] } },
    { hash: '#left=ua-20&right=us-28', want: { left: 'ua-20', right: 'us-28', parties: [] } },
    { hash: '#parties=ru', want: { left: DEFAULT_LEFT, right: DEFAULT_RIGHT, parties: ['ru'] } },
    { hash: '#left=us-28&right=ua-20&parties=ua,ru,us,eu', want: { parties: ['ua', 'ru', 'us', 'eu'] } },
    { hash: '#topic=amnesty', want: { left: DEFAULT_LEFT, right: DEFAULT_RIGHT, focused: ['amnesty'], current: ['amnesty'] } },
  ];
  for (const c of cases) {
    await page.goto('about:blank');
    await gotoApp(page, server.url + c.hash);
    await waitForView(page, c.want, `loading ${c.hash}`);
    if (c.want.parties?.length) {
      const shown = await page.$$eval('#rows .position', (els) => [...new Set(els.map((e) => e.getAttribute('data-party')))]);
      for (const p of shown) assert.ok(c.want.parties.includes(p), `${c.hash}: only positions of parties that are on (saw ${p})`);
    }
  }
});

appTest('Back and Forward step through views (pushState) and restore them', app, async ({ page, server }) => {
  await gotoApp(page, server.url);
  const historyStart = await page.evaluate(() => history.length);

  await page.selectOption('#left-draft', 'e3');
  await waitForHashView(page, { left: 'e3' }, 'after choosing e3');
  await toggleParty(page, 'ua', true);
  await waitForHashView(page, { left: 'e3', parties: ['ua'] }, 'after turning ua on');
  await page.locator('#rows article.row[data-topic="territory"] a.row-link').click();
  await waitForHashView(page, { topic: 'territory' }, 'after the territory row link');
  assert.ok(await page.evaluate(() => history.length) >= historyStart + 3, 'each change added a history entry');

  await page.goBack();
  await waitForView(page, { left: 'e3', parties: ['ua'], focused: [] }, 'Back #1: the topic is no longer focused');
  await page.goBack();
  await waitForView(page, { left: 'e3', right: DEFAULT_RIGHT, parties: [] }, 'Back #2: ua is off again');
  await waitForHashView(page, { left: 'e3', parties: [] }, 'Back #2 hash');
  await page.goBack();
  await waitForView(page, { left: DEFAULT_LEFT, right: DEFAULT_RIGHT, parties: [] }, 'Back #3: the default view');

  await page.goForward();
  await waitForView(page, { left: 'e3', parties: [] }, 'Forward #1: e3 again');
  await page.goForward();
  await waitForView(page, { left: 'e3', parties: ['ua'] }, 'Forward #2: ua on again');
  await page.goForward();
  await waitForView(page, { left: 'e3', parties: ['ua'], focused: ['territory'] }, 'Forward #3: territory focused again');

  // After stepping through history the page still works normally.
  const rows0 = await rowsText(page);
  await page.selectOption('#left-draft', 'ua-20');
  await waitForChange(() => rowsText(page), rows0, 'the page is still usable after Back/Forward');
});

appTest('with embed=1 changes replace the history entry instead of adding one', app, async ({ page, server }) => {
  await gotoApp(page, `${server.url}?embed=1`);
  const start = await page.evaluate(() => history.length);
  await page.selectOption('#left-draft', 'e3');
  await waitForHashView(page, { left: 'e3' }, 'embed=1: the hash still follows the view');
  await toggleParty(page, 'ru', true);
  await waitForHashView(page, { parties: ['ru'] }, 'embed=1: parties in the hash');
  await page.locator('#rows article.row[data-topic="elections"] a.row-link').click();
  await waitForHashView(page, { topic: 'elections' }, 'embed=1: topic in the hash');
  assert.equal(await page.evaluate(() => history.length), start, 'history.length did not grow (replaceState)');
});

appTest('rewriting the hash keeps the query (embed=1, theme=, data=, id=, childId=) untouched, also after a reload', app, async ({ page, server }) => {
  const query = `?embed=1&theme=light&id=cw-7&childId=x&data=${encodeURIComponent(server.fixtureUrl('second.json'))}`;
  await page.goto(`${server.url}${query}`);
  await page.waitForFunction(() => document.querySelector('#left-draft')?.value === 'd1', null, { timeout: 20_000 });
  await toggleParty(page, 'north', true);
  await page.selectOption('#left-draft', 'd2');
  await waitForHashView(page, { left: 'd2', parties: ['north'] }, 'the hash follows the view');
  assert.equal(await page.evaluate(() => location.search), query, 'location.search is unchanged');
  await page.reload();
  await waitForRows(page);
  await waitForView(page, { left: 'd2', parties: ['north'] }, 'after reload: the hash applies to the data= set');
  assert.equal(await page.evaluate(() => location.search), query, 'location.search is unchanged after reload');
  assert.equal(await page.evaluate(() => document.querySelector('main#clausewise').classList.contains('embed')), true, 'still embedded after reload');
});

appTest('a pasted or edited hash (hashchange) updates the view', app, async ({ page, server }) => {
  await gotoApp(page, server.url);
  const rows0 = await rowsText(page);
  await page.evaluate(() => { location.hash = '#left=e3&right=ua-20'; });
  await waitForView(page, { left: 'e3', right: 'ua-20', parties: [] }, 'after setting location.hash to #left=e3&right=ua-20');
  await waitForChange(() => rowsText(page), rows0, 'rows after the hash change');

  await page.evaluate(() => { location.hash = '#left=e3&right=us-28&parties=ru,eu&topic=territory'; });
  await waitForView(page, { left: 'e3', right: 'us-28', parties: ['ru', 'eu'], focused: ['territory'] }, 'after a full pasted hash');
  assert.ok(await page.locator('#rows .position[data-party="ru"]').count() > 0 || await page.locator('#rows .position[data-party="eu"]').count() > 0,
    'positions of the parties in the pasted hash are shown');

  await page.evaluate(() => { location.hash = '#left=ua-20&right=e3'; });
  await waitForView(page, { left: 'ua-20', right: 'e3', parties: [], focused: [] }, 'parties and topic go when the pasted hash has none');
});

appTest('a bad hash is ignored piece by piece: the rest applies and #url-notice names what was ignored', app, async ({ page, server }) => {
  await page.goto(`${server.url}#left=nope&parties=ua,zz&topic=nonsense&junk`);
  await waitForRows(page);
  await waitForView(page, { left: DEFAULT_LEFT, right: DEFAULT_RIGHT, parties: ['ua'], focused: [] }, 'valid parts applied, unknown ones ignored');
  assert.ok(await page.locator('#rows .position[data-party="ua"]').count() > 0, 'ua positions are shown');

  const notice = page.locator('#url-notice');
  await notice.waitFor({ state: 'visible', timeout: 5_000 });
  assert.equal(await notice.getAttribute('role'), 'status', '#url-notice is a polite role="status" region');
  const text = await pollUntil(() => notice.textContent(), (t) => /nope/.test(t) && /zz/.test(t) && /nonsense/.test(t),
    '#url-notice names the ignored values nope, zz and nonsense');
  assert.ok(text.trim().length > 0);
  const alerts = await page.$$eval('[role="alert"]', (els) => els.map((e) => e.textContent.trim()).filter(Boolean));
  assert.deepEqual(alerts, [], 'a bad URL is not an alert');

  // Still usable.
  const rows0 = await rowsText(page);
  await page.selectOption('#left-draft', 'e3');
  await waitForChange(() => rowsText(page), rows0, 'rows after choosing e3');
  assert.deepEqual(await selectValues(page), { left: 'e3', right: DEFAULT_RIGHT });
});

appTest('a pasted bad hash also shows the notice; a good hash shows none', app, async ({ page, server }) => {
  await gotoApp(page, `${server.url}#left=e3&right=ua-20&parties=ru`);
  const quiet = await page.evaluate(() => {
    const n = document.querySelector('#url-notice');
    if (!n) return true;
    const r = n.getBoundingClientRect();
    return n.textContent.trim() === '' || r.width === 0 || r.height === 0 || getComputedStyle(n).visibility === 'hidden';
  });
  assert.ok(quiet, 'no visible #url-notice text for a valid hash');

  await page.evaluate(() => { location.hash = '#left=e3&right=missing-draft'; });
  await waitForView(page, { left: 'e3', right: DEFAULT_RIGHT }, 'the unknown right draft is ignored (default right)');
  const notice = page.locator('#url-notice');
  await notice.waitFor({ state: 'visible', timeout: 5_000 });
  await pollUntil(() => notice.textContent(), (t) => t.includes('missing-draft'), '#url-notice names "missing-draft"');
});

appTest('malformed hashes never crash or blank the page', app, async ({ page, server }) => {
  const hashes = [
    '#', '#&&&', '#=', '#left=', '#left=&right=&parties=&topic=', '#left=e3&left=ua-20', '#parties=,,,ua,,',
    '#parties=ua,ua,ua', '#%E0%A4%A', '#left=%ZZ', '#topic=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
    '#left=e3&right=e3', `#left=${'x'.repeat(5000)}`, '#LEFT=E3', '#left=e3;right=us-28', '#?left=e3',
  ];
  for (const hash of hashes) {
    await page.goto('about:blank');
    await page.goto(server.url + hash);
    await waitForRows(page);
    const v = await viewOnScreen(page);
    assert.ok(v.left && v.right, `${hash.slice(0, 40)}: both selects have a value`);
    assert.ok(await page.locator('#rows article.row').count() > 0, `${hash.slice(0, 40)}: rows are shown`);
    assert.equal(await page.locator('script:not([src])').filter({ hasText: 'alert(1)' }).count(), 0, 'no injected script');
  }
});
