// 2. Switching drafts with the two selects changes rows and summary; the swap button swaps them.
import {
  useApp, appTest, assert, gotoApp, selectValues, summaryCounts, rowsText, waitForChange,
  DEFAULT_LEFT, DEFAULT_RIGHT,
} from '../lib/harness.mjs';

const app = useApp();
// The counts only (the text also names the drafts, so it changes anyway).
const sig = ({ text, ...counts }) => JSON.stringify(counts);

appTest('choosing another left draft changes the rows and the summary', app, async ({ page, server }) => {
  await gotoApp(page, server.url);
  const rows0 = await rowsText(page);
  const sum0 = await summaryCounts(page);

  await page.selectOption('#left-draft', 'e3');
  await waitForChange(() => rowsText(page), rows0, 'rows after choosing e3 on the left');
  assert.deepEqual(await selectValues(page), { left: 'e3', right: DEFAULT_RIGHT });
  const sum1 = await summaryCounts(page);
  assert.notEqual(sig(sum1), sig(sum0), 'summary counts change for e3 ↔ ua-20');

  const rows1 = await rowsText(page);
  await page.selectOption('#right-draft', 'us-28');
  await waitForChange(() => rowsText(page), rows1, 'rows after choosing us-28 on the right');
  assert.deepEqual(await selectValues(page), { left: 'e3', right: 'us-28' });
  assert.notEqual(sig(await summaryCounts(page)), sig(sum1), 'summary counts change for e3 ↔ us-28');
});

appTest('the swap button swaps the two drafts (added ↔ removed)', app, async ({ page, server }) => {
  await gotoApp(page, server.url);
  const rows0 = await rowsText(page);
  const sum0 = await summaryCounts(page);

  await page.click('#swap-drafts');
  await waitForChange(() => rowsText(page), rows0, 'rows after swapping');
  assert.deepEqual(await selectValues(page), { left: DEFAULT_RIGHT, right: DEFAULT_LEFT });
  const sum1 = await summaryCounts(page);
  assert.equal(sum1.added, sum0.removed, 'after a swap, "added" is the old "removed"');
  assert.equal(sum1.removed, sum0.added, 'after a swap, "removed" is the old "added"');
  for (const k of ['kept', 'changed', 'moved']) assert.equal(sum1[k], sum0[k], `"${k}" is the same after a swap`);

  const rows1 = await rowsText(page);
  await page.click('#swap-drafts');
  await waitForChange(() => rowsText(page), rows1, 'rows after swapping back');
  assert.deepEqual(await selectValues(page), { left: DEFAULT_LEFT, right: DEFAULT_RIGHT });
  assert.equal(await rowsText(page), rows0, 'swapping twice restores the rows');
});
