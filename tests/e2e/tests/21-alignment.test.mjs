// 21. A set without topics: rows matched by wording say so and how strongly, a weak
// match is shown as a possible match, and a split clause's row numbers each part.
import { useApp, appTest, assert, appUrlWithData, gotoApp } from '../lib/harness.mjs';

const app = useApp();

appTest('untopiced rows show their score, a possible match, and both numbers of a split', app, async ({ page, server }) => {
  await gotoApp(page, appUrlWithData(server, server.fixtureUrl('untopiced.json')));
  const rows = await page.$$eval('#rows article.row', (rs) => rs.map((r) => ({
    status: r.dataset.status,
    match: r.dataset.match ?? null,
    score: r.dataset.score ? Number(r.dataset.score) : null,
    head: r.querySelector('.row-head').textContent,
    right: r.querySelector('.side-right')?.textContent ?? '',
    possible: r.classList.contains('possible'),
  })));
  assert.equal(rows.length, 6, 'six rows: kept, changed, split, possible, removed, added');

  const byWording = rows.filter((r) => r.match === 'wording');
  assert.ok(byWording.length >= 3, 'rows matched by wording are marked as such');
  for (const r of byWording) {
    assert.match(r.head, /matched by wording, \d+ %/, `the head says how strongly: "${r.head}"`);
    assert.equal(r.head.match(/(\d+) %/)[1], String(Math.round(r.score / 10)), 'the percentage shown is the score');
  }

  const possible = rows.filter((r) => r.match === 'possible');
  assert.equal(possible.length, 1, 'one weak match');
  assert.ok(possible[0].possible, 'its row is styled as possible');
  assert.match(possible[0].head, /possible match, \d+ %/, `it says "possible match", not "matched": "${possible[0].head}"`);
  assert.doesNotMatch(possible[0].head, /matched by wording/);
  assert.ok(possible[0].score < 500);

  const split = rows.find((r) => r.right.includes('§ 3') && r.right.includes('§ 4'));
  assert.ok(split, `the split row names where each of its clauses begins: ${rows.map((r) => r.right).join(' | ')}`);
  assert.match(split.right, /§ 3\s*Each member town appoints two wardens\.[\s\S]*§ 4\s*The wardens inspect/);

  // Added and removed clauses are shown whole, with the row's label, not as a wall of marks.
  const marks = await page.$$eval('#rows article.row[data-status="added"] ins, #rows article.row[data-status="removed"] del', (els) => els.length);
  assert.equal(marks, 0, 'no <ins>/<del> in added or removed rows');
  assert.ok(rows.some((r) => r.status === 'added') && rows.some((r) => r.status === 'removed'));
});
