// 3. Party toggles show and hide each party's positions; disagreement is flagged.
import {
  useApp, appTest, assert, gotoApp, loadDefaultData, loadFixture, appUrlWithData, rowsInfo, setParty, settle, selectValues,
  DEFAULT_PARTIES, STANCES,
} from '../lib/harness.mjs';

const app = useApp();

async function positionsOf(page, party) {
  return page.$$eval(`#rows article.row .position[data-party="${party}"]`, (els) =>
    els.map((el) => {
      const row = el.closest('article.row');
      const time = el.querySelector('time');
      const links = [...el.querySelectorAll('a.source')];
      const r = el.getBoundingClientRect();
      return {
        topic: row?.getAttribute('data-topic'),
        stance: el.getAttribute('data-stance'),
        text: el.textContent.replace(/\s+/g, ' '),
        time: time ? { datetime: time.getAttribute('datetime'), text: time.textContent.trim() } : null,
        hrefs: links.map((a) => a.getAttribute('href')),
        visible: r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden',
      };
    }));
}

const norm = (s) => s.replace(/\s+/g, ' ').trim();

appTest('each party toggle shows that party’s positions (stance, summary, date, http(s) source) and hides them again', app, async ({ page, server }) => {
  const data = loadDefaultData();
  await gotoApp(page, server.url);
  const { left, right } = await selectValues(page);
  const shownDrafts = new Set([left, right]);

  const toggles = await page.$$eval('#party-toggles input.party-toggle[type="checkbox"]', (els) =>
    els.map((e) => ({ value: e.value, checked: e.checked, label: e.closest('label')?.textContent.trim() ?? '' })));
  assert.deepEqual(toggles.map((t) => t.value).sort(), [...DEFAULT_PARTIES].sort(), 'one toggle per party');

  for (const party of DEFAULT_PARTIES) {
    const name = data.parties.find((p) => p.id === party).name;
    const toggle = toggles.find((t) => t.value === party);
    assert.ok(toggle.label.includes(name), `the toggle for "${party}" sits in a <label> naming "${name}" (got "${toggle.label}")`);
    if (toggle.checked) await setParty(page, party, false);
    await settle(page);
    assert.equal((await positionsOf(page, party)).length, 0, `no ${party} positions while its toggle is off`);

    await setParty(page, party, true);
    await settle(page);
    const rows = await rowsInfo(page);
    const rowTopics = new Set(rows.map((r) => r.topic).filter(Boolean));
    const mine = data.positions.filter((p) => p.party === party);
    const anyTopics = new Set(mine.map((p) => p.topic));
    // Positions that are surely relevant to the shown pair: no draft, or one of the two drafts shown.
    const mustTopics = new Set(mine.filter((p) => !p.draft || shownDrafts.has(p.draft)).map((p) => p.topic));
    const expected = [...mustTopics].filter((t) => rowTopics.has(t));
    const shown = await positionsOf(page, party);

    if (expected.length > 0) assert.ok(shown.length > 0, `${party}: positions appear after toggling on`);
    for (const topic of expected) {
      assert.ok(shown.some((p) => p.topic === topic), `${party}: the "${topic}" row shows a position`);
    }
    for (const p of shown) {
      assert.ok(anyTopics.has(p.topic), `${party}: a position is shown on row "${p.topic}" but the data has none there`);
      assert.ok(p.visible, `${party}: position on "${p.topic}" is visible`);
      assert.ok(STANCES.includes(p.stance), `${party}: data-stance "${p.stance}" is valid`);
      assert.ok(p.text.toLowerCase().includes(p.stance), `${party}: position on "${p.topic}" shows the stance word "${p.stance}"`);
      const candidates = mine.filter((d) => d.topic === p.topic && d.stance === p.stance);
      assert.ok(candidates.length > 0, `${party}: stance "${p.stance}" on "${p.topic}" comes from the data`);
      assert.ok(candidates.some((d) => p.text.includes(norm(d.summary))), `${party}: position on "${p.topic}" shows its summary`);
      assert.ok(p.time, `${party}: position on "${p.topic}" has a <time>`);
      const when = p.time.datetime || p.time.text;
      assert.ok(candidates.some((d) => when.startsWith(d.date)), `${party}: <time> on "${p.topic}" carries the date (got ${JSON.stringify(p.time)})`);
      assert.ok(p.hrefs.length > 0, `${party}: position on "${p.topic}" has an a.source link`);
      for (const h of p.hrefs) assert.match(h, /^https?:\/\//, `${party}: source link is http(s) (got ${h})`);
    }

    await setParty(page, party, false);
    await settle(page);
    assert.equal((await positionsOf(page, party)).length, 0, `${party}: positions disappear after toggling off`);
  }
});

appTest('two parties on at once show both parties’ positions', app, async ({ page, server }) => {
  await gotoApp(page, server.url);
  const counts = {};
  for (const party of DEFAULT_PARTIES) {
    await setParty(page, party, true);
    await settle(page);
    counts[party] = (await positionsOf(page, party)).length;
    await setParty(page, party, false);
  }
  const withPositions = DEFAULT_PARTIES.filter((p) => counts[p] > 0);
  assert.ok(withPositions.length >= 2, `at least two parties have positions on the default view (${JSON.stringify(counts)})`);
  const [a, b] = withPositions;
  await setParty(page, a, true);
  await setParty(page, b, true);
  await settle(page);
  assert.equal((await positionsOf(page, a)).length, counts[a], `${a} positions shown with ${b} also on`);
  assert.equal((await positionsOf(page, b)).length, counts[b], `${b} positions shown with ${a} also on`);
});

appTest('a row where the parties that are on disagree shows the disagreement marker', app, async ({ page, server }) => {
  const fx = loadFixture('second.json');
  await gotoApp(page, appUrlWithData(server, server.fixtureUrl('second.json')));
  assert.deepEqual(await selectValues(page), { left: fx.drafts[0].id, right: fx.drafts[1].id });

  const disagreeRows = () => page.$$eval('#rows article.row[data-disagree="true"]', (rs) => rs.map((r) => r.getAttribute('data-topic')));
  const flags = () => page.$$eval('#rows article.row .disagree-flag', (fs) => fs.map((f) => f.closest('article.row').getAttribute('data-topic')));

  assert.deepEqual(await disagreeRows(), [], 'no disagreement while no party is on');
  await setParty(page, 'north', true);
  await settle(page);
  assert.deepEqual(await disagreeRows(), [], 'one party alone cannot disagree');
  assert.deepEqual(await flags(), [], 'no .disagree-flag with one party on');

  // water: north supports, south opposes; border: both support.
  await setParty(page, 'south', true);
  await settle(page);
  assert.deepEqual(await disagreeRows(), ['water'], 'exactly the "water" row has data-disagree="true"');
  const flag = page.locator('#rows article.row[data-topic="water"] .disagree-flag');
  assert.ok(await flag.isVisible(), 'the water row shows a visible .disagree-flag');
  assert.match(await flag.textContent(), /Parties disagree/);
  assert.equal(await page.locator('#rows article.row[data-topic="border"] .disagree-flag').count(), 0, 'agreeing row "border" has no flag');

  await setParty(page, 'north', false);
  await settle(page);
  assert.deepEqual(await disagreeRows(), [], 'the flag goes when one of the two parties is turned off');
  assert.deepEqual(await flags(), []);
});
