// 1. The default data loads: two drafts chosen, rows, summary, diff marks with a non-colour cue.
import {
  useApp, appTest, assert, gotoApp, h1Text, loadDefaultData, selectValues, summaryCounts, rowsInfo,
  DEFAULT_LEFT, DEFAULT_RIGHT, DEFAULT_DRAFTS, STATUSES, COUNT_KEYS,
} from '../lib/harness.mjs';

const app = useApp();
const WORDS = { kept: 'kept', changed: 'changed', added: 'added', removed: 'removed', moved: 'moved', unreported: 'wording not reported' };

appTest('default data loads with us-28 left and ua-20 right, rows, summary and legend', app, async ({ page, server }) => {
  const data = loadDefaultData();
  await gotoApp(page, server.url);

  assert.ok((await h1Text(page)).includes(data.title), `h1 should show the data title "${data.title}"`);
  assert.deepEqual(await selectValues(page), { left: DEFAULT_LEFT, right: DEFAULT_RIGHT });
  for (const id of ['left-draft', 'right-draft']) {
    const { options, label } = await page.$eval(`#${id}`, (s) => ({
      options: [...s.options].map((o) => o.value),
      label: [...s.labels].map((l) => l.textContent.trim()).join(' '),
    }));
    assert.deepEqual([...options].sort(), [...DEFAULT_DRAFTS].sort(), `#${id} options are the draft ids`);
    assert.ok(label.length > 0, `#${id} has a <label> with text`);
  }

  const summary = await summaryCounts(page);
  assert.ok(await page.locator('#summary').isVisible(), '#summary is visible');
  for (const k of COUNT_KEYS) {
    assert.match(String(summary[k]), /^\d+$/, `#summary data-${k} is an integer (got ${summary[k]})`);
    const n = Number(summary[k]);
    if (n > 0) assert.match(summary.text, new RegExp(`\\b${n}\\s+${WORDS[k]}\\b`, 'i'), `summary text names "${n} ${WORDS[k]}"`);
  }
  assert.ok(COUNT_KEYS.some((k) => Number(summary[k]) > 0), 'some count is non-zero');
  assert.ok(await page.locator('#legend').isVisible(), '#legend is visible');

  const topicIds = new Set(data.topics.map((t) => t.id));
  const rows = await rowsInfo(page);
  assert.ok(rows.length > 0, 'rows are present');
  for (const [i, r] of rows.entries()) {
    assert.ok(r.hasTopicAttr, `row ${i} has a data-topic attribute`);
    if (r.topic) assert.ok(topicIds.has(r.topic), `row ${i} data-topic "${r.topic}" is a topic id of the data`);
    assert.ok(STATUSES.includes(r.status), `row ${i} data-status "${r.status}" is one of ${STATUSES.join('|')}`);
  }
  const sides = await page.$$eval('#rows article.row', (rs) =>
    rs.map((r) => ({ status: r.dataset.status, left: !!r.querySelector('.side-left'), right: !!r.querySelector('.side-right') })));
  for (const [i, s] of sides.entries()) {
    assert.ok(s.left || s.right, `row ${i} has a .side-left or .side-right`);
    if (s.status === 'changed') assert.ok(s.left && s.right, `changed row ${i} has both sides`);
  }
});

appTest('word diffs use <ins>/<del> with a non-colour cue', app, async ({ page, server }) => {
  await gotoApp(page, server.url);
  const marks = await page.evaluate(() => {
    const cue = (el, line) => {
      const s = getComputedStyle(el);
      const before = getComputedStyle(el, '::before').content;
      const after = getComputedStyle(el, '::after').content;
      const pseudo = [before, after].some((c) => c && c !== 'none' && c !== 'normal' && c !== '""');
      return { deco: s.textDecorationLine, pseudo, ok: s.textDecorationLine.includes(line) || pseudo };
    };
    const ins = [...document.querySelectorAll('#rows ins')];
    const del = [...document.querySelectorAll('#rows del')];
    return {
      ins: ins.length, del: del.length,
      insBad: ins.map((e) => cue(e, 'underline')).filter((c) => !c.ok),
      delBad: del.map((e) => cue(e, 'line-through')).filter((c) => !c.ok),
    };
  });
  assert.ok(marks.ins > 0, 'some <ins> in #rows');
  assert.ok(marks.del > 0, 'some <del> in #rows');
  assert.deepEqual(marks.insBad, [], '<ins> is underlined or has ::before/::after content');
  assert.deepEqual(marks.delBad, [], '<del> is struck through or has ::before/::after content');
});
