// 26. What changed first: `show=changes` folds runs of kept rows into one line ("7 kept
// clauses — show"), the summary's counts are buttons that show only rows of their status,
// previous/next change (buttons, `j`/`k`) move the focus from change to change and say
// which politely, all of it in the hash; and a printed PDF of the default comparison has
// every row, no controls, and the source addresses.
import { useApp, appTest, assert, gotoApp, summaryCounts, settle } from '../lib/harness.mjs';
import { currentHash, parseHash, assertHashKeyOrder, pollUntil } from '../lib/views.mjs';

const app = useApp();

async function shown(page) {
  return page.$$eval('#rows > *', (els) => els.map((e) =>
    e.matches('article.row') ? { row: e.dataset.status } : { fold: Number(e.dataset.count), text: e.textContent.trim() }));
}

appTest('show=changes folds every run of kept rows, a fold opens, and the toggle writes the hash', app, async ({ page, server }) => {
  await gotoApp(page, server.url);
  const counts = await summaryCounts(page);
  const all = await shown(page);
  assert.equal(all.filter((x) => x.row === 'kept').length, Number(counts.kept));
  assert.ok(Number(counts.kept) > 0, 'the default comparison has kept rows');

  await page.click('#fold-kept');
  await pollUntil(() => currentHash(page), (h) => parseHash(h).params.show === 'changes', 'show=changes in the hash');
  assert.equal(await page.getAttribute('#fold-kept', 'aria-pressed'), 'true');
  const folded = await shown(page);
  assert.equal(folded.filter((x) => x.row === 'kept').length, 0, 'no kept row left unfolded');
  const folds = folded.filter((x) => x.fold);
  assert.equal(folds.reduce((n, f) => n + f.fold, 0), Number(counts.kept), 'the folds hold every kept row');
  for (const f of folds) assert.match(f.text, new RegExp(`^${f.fold} kept clauses? — show$`));
  assert.deepEqual(folded.filter((x) => x.row).map((x) => x.row), all.filter((x) => x.row !== 'kept').map((x) => x.row),
    'the changed rows stay, in order');
  assertHashKeyOrder(await currentHash(page));

  // Opening a fold shows its rows; the others stay folded.
  const first = folds[0].fold;
  await page.locator('#rows .kept-fold button').first().click();
  await pollUntil(() => shown(page), (s) => s.filter((x) => x.row === 'kept').length === first, 'the opened fold’s rows');
  // The button is gone: the focus is on the first row it showed, not lost to the page.
  await pollUntil(() => page.evaluate(() => document.activeElement?.closest('article.row')?.dataset.status ?? null),
    (s) => s === 'kept', 'the focus on the first opened row');

  // A link with show=changes opens folded; a reload keeps it.
  await page.reload();
  await page.waitForSelector('#rows .kept-fold');
  assert.equal(await page.getAttribute('#fold-kept', 'aria-pressed'), 'true');
});

appTest('each count is a button that shows only its rows, pressed again shows all, and status= round-trips', app, async ({ page, server }) => {
  await gotoApp(page, server.url);
  const counts = await summaryCounts(page);
  const total = (await shown(page)).length;
  for (const status of ['changed', 'added', 'kept']) {
    const button = page.locator(`#summary button.count[data-status="${status}"]`);
    assert.match(await button.textContent(), new RegExp(`^${counts[status]} ${status}$`));
    await button.click();
    await pollUntil(() => currentHash(page), (h) => parseHash(h).params.status === status, `status=${status}`);
    const rows = await shown(page);
    assert.equal(rows.length, Number(counts[status]), `only the ${status} rows`);
    assert.ok(rows.every((x) => x.row === status));
    assert.equal(await button.getAttribute('aria-pressed'), 'true');
    await button.click();
    await pollUntil(() => shown(page), (s) => s.length === total, 'every row again');
    assert.equal(parseHash(await currentHash(page)).params.status, undefined);
  }
  // From the address.
  await gotoApp(page, `${server.url}#left=us-28&right=ua-20&status=added`);
  assert.ok((await shown(page)).every((x) => x.row === 'added'));
  assert.equal(await page.getAttribute('#summary button[data-status="added"]', 'aria-pressed'), 'true');
});

appTest('j/k and the buttons move between changes and announce them politely', app, async ({ page, server }) => {
  await gotoApp(page, server.url);
  const changes = await page.$$eval('#rows article.row:not([data-status="kept"])', (rs) => rs.map((r) => r.id || r.getAttribute('aria-labelledby')));
  assert.ok(changes.length >= 3);
  const focused = () => page.evaluate(() => document.activeElement?.closest('article.row')?.getAttribute('aria-labelledby') ?? null);
  assert.equal(await page.getAttribute('#step-status', 'aria-live'), 'polite');
  await page.keyboard.press('j');
  assert.equal(await focused(), changes[0]);
  assert.match(await page.textContent('#step-status'), new RegExp(`^Change 1 of ${changes.length}: .+, \\w+$`));
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  assert.equal(await focused(), changes[2]);
  await page.keyboard.press('k');
  assert.equal(await focused(), changes[1]);
  assert.match(await page.textContent('#step-status'), new RegExp(`^Change 2 of ${changes.length}`));
  await page.click('#next-change');
  assert.equal(await focused(), changes[2]);
  await page.click('#prev-change');
  assert.equal(await focused(), changes[1]);
  // In a text field the letters are typed, not taken as steps.
  await page.focus('#left-draft');
  await page.keyboard.press('j');
  assert.equal(await focused(), null);
  await settle(page);
});

appTest('a printed PDF of the default comparison has every row, no controls, and the source addresses', app, async ({ page, server }) => {
  await gotoApp(page, server.url);
  await page.emulateMedia({ media: 'print' });
  const hidden = await page.$$eval('.controls, .row-tools, .row-link, .row-history', (els) => els.every((e) => getComputedStyle(e).display === 'none'));
  assert.ok(hidden, 'controls are not printed');
  const rows = await page.$$eval('#rows article.row', (rs) => rs.map((r) => getComputedStyle(r).breakInside));
  assert.ok(rows.length > 20 && rows.every((b) => b === 'avoid'), 'no row split across pages where avoidable');
  const cols = await page.$eval('#rows article.row .sides', (s) => getComputedStyle(s).gridTemplateColumns.split(' ').length);
  assert.equal(cols, 2, 'both columns side by side');
  const after = await page.$eval('#rows .sources a[href^="http"]', (a) => getComputedStyle(a, '::after').content);
  assert.match(after, /https?:\/\//, 'source addresses are written out');
  const foot = await page.evaluate(() => getComputedStyle(document.body, '::after').content);
  assert.match(foot, /This view: .*#left=.* · \d{4}-\d{2}-\d{2}/, 'the view’s link and date');
  for (const format of ['A4', 'Letter']) {
    const pdf = await page.pdf({ format, printBackground: false });
    assert.ok(pdf.length > 20_000, `${format}: a PDF with content (${pdf.length} bytes)`);
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    assert.ok(pages >= 5, `${format}: ${pages} pages for every row`);
  }
});

appTest('a search (q=) shows only the rows with the words, marks them, round-trips, and Show every row ends it', app, async ({ page, server }) => {
  await gotoApp(page, server.url);
  const total = await page.locator('#rows article.row').count();
  // Typed in the box: Enter searches; a j typed there is a letter, not "next change".
  await page.focus('#row-search');
  await page.keyboard.type('jk');
  assert.equal(await page.inputValue('#row-search'), 'jk');
  assert.equal(await page.textContent('#step-status'), '', 'j in the search box does not step');
  // What is typed survives the page re-rendering meanwhile (here: the address changes).
  await page.fill('#row-search', ' AMNESTY ');
  await page.evaluate(() => { location.hash += '&show=changes'; });
  await pollUntil(() => page.getAttribute('#fold-kept', 'aria-pressed'), (v) => v === 'true', 'the view changed');
  assert.equal(await page.inputValue('#row-search'), ' AMNESTY ', 'the typed text is still there');
  await page.evaluate(() => { location.hash = location.hash.replace('&show=changes', ''); });
  await pollUntil(() => page.getAttribute('#fold-kept', 'aria-pressed'), (v) => v === 'false', 'the view changed back');
  await page.press('#row-search', 'Enter');
  await pollUntil(() => currentHash(page), (h) => parseHash(h).params.q === 'AMNESTY', 'q= in the hash, trimmed');
  await pollUntil(() => page.locator('#rows article.row').count(), (n) => n < total, 'fewer rows');
  const rows = await page.$$eval('#rows article.row', (rs) => rs.map((r) => r.textContent.toLowerCase()));
  assert.ok(rows.length > 0);
  for (const text of rows) assert.ok(text.includes('amnesty'), 'every row shown has the word');
  assert.match(await page.textContent('.part-note'), new RegExp(`Rows with “AMNESTY”: ${rows.length}\\.`));
  // Marked where they occur (CSS highlights: one range per occurrence in the texts).
  const marks = () => page.evaluate(() => CSS.highlights.get('hit')?.size ?? 0);
  const marked = await pollUntil(marks, (n) => n >= rows.length, 'hits marked');
  // A link with q= opens the same view, marked too.
  const hash = await currentHash(page);
  const other = await page.context().newPage();
  await gotoApp(other, `${server.url}${hash}`);
  assert.equal(await other.locator('#rows article.row').count(), rows.length);
  assert.equal(await other.inputValue('#row-search'), 'AMNESTY');
  await pollUntil(() => other.evaluate(() => CSS.highlights.get('hit')?.size ?? 0), (n) => n === marked, 'the same hits marked from the link');
  await other.close();
  await page.click('#all-topics');
  await pollUntil(() => page.locator('#rows article.row').count(), (n) => n === total, 'every row again');
  assert.equal(parseHash(await currentHash(page)).params.q, undefined);
  await pollUntil(marks, (n) => n === 0, 'no marks left');
  // With kept rows folded, the count is still of rows: those shown plus those in folds.
  await gotoApp(page, `${server.url}#left=us-28&right=ua-20&show=changes&q=the`);
  const lines = await shown(page);
  assert.ok(lines.some((l) => l.fold), 'some kept rows with "the" are folded');
  const rowsFound = lines.reduce((n, l) => n + (l.fold ?? 1), 0);
  assert.match(await page.textContent('.part-note'), new RegExp(`Rows with “the”: ${rowsFound}\\.`));
});
