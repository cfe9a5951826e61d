// 28. The overview page (overview.html, its own bundle): every topic × every draft, each
// cell a link to its row in the reader; a topic's history (#history=<topic>) lists every
// draft that has it in date order with the right point numbers and the parties'
// positions placed in time; the reader's rows link to their history; axe finds nothing
// serious on the overview, the history, or the reader with everything open.
import path from 'node:path';
import { createRequire } from 'node:module';
import { useApp, appTest, assert, gotoApp, loadDefaultData, setAllParties, settle } from '../lib/harness.mjs';
import { currentHash, parseHash, pollUntil } from '../lib/views.mjs';

const app = useApp();
const AXE = path.join(path.dirname(createRequire(import.meta.url).resolve('axe-core/package.json')), 'axe.min.js');
const data = loadDefaultData();
const byDate = [...data.drafts].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

async function axe(page, what) {
  await page.addScriptTag({ path: AXE });
  const bad = await page.evaluate(async () => (await window.axe.run(document)).violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`));
  assert.deepEqual(bad, [], `axe on ${what}`);
}

const openOverview = async (page, server, rest = '') => {
  await page.goto(`${server.url}overview.html${rest}`);
  await page.waitForSelector('#overview table, #history', { timeout: 20_000 });
};

appTest('the overview has a line per topic a draft has and a cell per draft, in date order; cells open their row', app, async ({ page, server }) => {
  await openOverview(page, server);
  const heads = await page.$$eval('#overview thead th[data-draft]', (ths) => ths.map((t) => t.dataset.draft));
  assert.deepEqual(heads, byDate.map((d) => d.id));
  const topics = await page.$$eval('#overview tbody tr', (trs) => trs.map((t) => t.dataset.topic));
  const used = new Set(data.drafts.flatMap((d) => d.clauses.map((c) => c.topic)).filter(Boolean));
  assert.deepEqual(new Set(topics), used);
  // Army size: 600,000 in the US plan, changed to 800,000 in the E3 text.
  const army = await page.$$eval('tr[data-topic="army-size"] td[data-cell]', (tds) => tds.map((t) => [t.dataset.draft, t.dataset.cell]));
  assert.deepEqual(army[0], ['us-28', 'present']);
  assert.deepEqual(army[1], ['e3', 'changed']);
  // Each party's latest stance is a word, not only a colour.
  const stances = await page.$$eval('tr[data-topic="army-size"] td.stance', (tds) => tds.map((t) => t.textContent.trim()));
  assert.ok(stances.length > 0 && stances.every((s) => /supports|opposes|conditional|proposed|unclear/.test(s)), stances.join());
  // The E3 cell opens the reader on that row: US plan against the E3 text.
  await Promise.all([page.waitForURL(/index\.html/), page.click('tr[data-topic="army-size"] td[data-draft="e3"] a')]);
  await page.waitForSelector('#rows article.row.focused[data-topic="army-size"]', { timeout: 20_000 });
  const view = parseHash(await currentHash(page)).params;
  assert.equal(view.left, 'us-28');
  assert.equal(view.right, 'e3');
  await axe(page, 'the reader after following a cell');
});

appTest('a topic history lists every draft in date order with its points, positions in time, and round-trips in the hash', app, async ({ page, server }) => {
  await openOverview(page, server);
  await page.click('tr[data-topic="army-size"] a.to-history');
  await page.waitForSelector('#history');
  assert.equal(parseHash(await currentHash(page)).params.history, 'army-size');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'history-head', 'the focus moves to the history');
  const steps = await page.$$eval('#history .history-draft', (ls) => ls.map((l) => [l.dataset.draft, l.dataset.points]));
  const expected = byDate.map((d) => [d.id, d.clauses.filter((c) => c.topic === 'army-size').map((c) => c.number).join(',')]);
  assert.deepEqual(steps, expected);
  const text = await page.textContent('#history');
  assert.match(text, /600,000/);
  assert.match(text, /800,000/);
  // Positions sit between the drafts by date.
  const dates = await page.$$eval('#history .history-list > li time', (ts) => ts.map((t) => t.getAttribute('datetime')));
  assert.deepEqual(dates, [...dates].sort(), 'date order');
  await axe(page, 'the history');
  // The address reopens it; "All topics" goes back.
  await page.reload();
  await page.waitForSelector('#history');
  await page.click('#history-close');
  await page.waitForSelector('#overview table');
  await axe(page, 'the overview');
});

appTest('each topic row of the reader links to its history, keeping ?set=', app, async ({ page, server }) => {
  await gotoApp(page, `${server.url}?set=security-guarantees`);
  const href = await page.getAttribute('#rows article.row[data-topic] a.row-history', 'href');
  assert.match(href, /^overview\.html\?set=security-guarantees#history=/);
  await Promise.all([page.waitForURL(/overview\.html/), page.click('#rows article.row[data-topic] a.row-history')]);
  await page.waitForSelector('#history', { timeout: 20_000 });
  assert.match(await page.textContent('h1'), /Security guarantees/);
});

appTest('axe: the reader with everything open (folds, a status filter, a search, all parties, the embed panel)', app, async ({ page, server }) => {
  await gotoApp(page, `${server.url}#left=us-28&right=ua-20&show=changes&q=the`);
  await setAllParties(page, true);
  await page.click('#embed-toggle');
  await page.click('#summary button[data-status="changed"]');
  await pollUntil(() => currentHash(page), (h) => parseHash(h).params.status === 'changed', 'status=changed');
  assert.equal(parseHash(await currentHash(page)).params.q, 'the');
  assert.ok(await page.locator('#rows article.row').count() > 0, 'rows that match both');
  await settle(page);
  await axe(page, 'the reader with everything open');
});

appTest('the overview searches the text (hits marked, q= in the hash) and filters topics by type-ahead (topics=), opening them in the reader', app, async ({ page, server }) => {
  await openOverview(page, server);
  await page.fill('#search', 'Elections');
  await page.press('#search', 'Enter');
  await page.waitForSelector('#search-results');
  assert.equal(parseHash(await currentHash(page)).params.q, 'Elections');
  const expected = data.drafts.flatMap((d) => d.clauses.filter((c) => /elections/i.test(c.text ?? '')).map((c) => c.id));
  const listed = await page.$$eval('#search-results li', (ls) => ls.map((l) => l.dataset.clause));
  assert.deepEqual(listed.sort(), expected.sort(), 'every clause that contains the word, case aside');
  const marks = await page.$$eval('#search-results mark.hit', (ms) => ms.map((m) => m.textContent.toLowerCase()));
  assert.ok(marks.length >= expected.length && marks.every((m) => m === 'elections'), marks.join());
  // Only topics with a hit stay in the table.
  const rows = await page.$$eval('#overview tbody tr', (trs) => trs.map((t) => t.dataset.topic));
  const hitTopics = new Set(data.drafts.flatMap((d) => d.clauses.filter((c) => /elections/i.test(c.text ?? '')).map((c) => c.topic)));
  assert.deepEqual(new Set(rows), hitTopics);

  // The topic filter: a label typed (any case) becomes a chip; the table narrows.
  await page.fill('#search', '');
  await page.press('#search', 'Enter');
  await page.fill('#topic-filter', "size of ukraine's armed forces");
  await page.press('#topic-filter', 'Enter');
  await page.fill('#topic-filter', 'territory');
  await page.press('#topic-filter', 'Enter');
  await pollUntil(() => page.$$eval('#overview tbody tr', (trs) => trs.map((t) => t.dataset.topic).join()), (v) => v === 'army-size,territory' || v === 'territory,army-size', 'two topics');
  assert.equal(parseHash(await currentHash(page)).params.topics, 'army-size,territory');
  // The address reopens the same filter.
  await page.reload();
  await page.waitForSelector('#filters .chip');
  assert.deepEqual(await page.$$eval('#filters .chip', (cs) => cs.map((c) => c.dataset.topic)), ['army-size', 'territory']);
  // Into the reader: only those rows.
  await Promise.all([page.waitForURL(/index\.html/), page.click('#open-in-reader')]);
  await page.waitForSelector('#rows article.row', { timeout: 20_000 });
  const inReader = await page.$$eval('#rows article.row', (rs) => rs.map((r) => r.dataset.topic));
  assert.deepEqual([...new Set(inReader)].sort(), ['army-size', 'territory']);
  // A chip's × removes it.
  await page.goBack();
  await page.waitForSelector('#filters .chip');
  await page.click('#filters .chip[data-topic="territory"] button');
  await pollUntil(() => currentHash(page), (h) => parseHash(h).params.topics === 'army-size', 'topics=army-size');
  await axe(page, 'the overview with its filters');
});
