// 20. People's own clause sets: the reader and `clausewise check` agree on every fixture
// (same problems, same paths), and a class exercise written the friendly way loads.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {
  useApp, appTest, assert, appUrlWithData, gotoApp, h1Text, setAllParties, settle, APP_TIMEOUT,
} from '../lib/harness.mjs';
import { REPO_ROOT } from '../lib/server.mjs';

const SETS = path.join(REPO_ROOT, 'tests', 'fixtures', 'sets');
const CLI = process.env.CLAUSEWISE_CLI ?? path.join(REPO_ROOT, 'target', 'debug', 'clausewise');
const app = useApp({ mounts: { '/sets/': SETS } });

function cliCheck(file) {
  try {
    return JSON.parse(execFileSync(CLI, ['check', '--json', file], { encoding: 'utf8' }));
  } catch (e) {
    if (e.status === 1) return JSON.parse(e.stdout);
    throw new Error(`${CLI} failed (build it with: cargo build --bin clausewise): ${e.message}`);
  }
}

const fixtures = ['valid', 'shape', 'invalid'].flatMap((kind) =>
  fs.readdirSync(path.join(SETS, kind)).filter((f) => f.endsWith('.json')).sort().map((f) => `${kind}/${f}`));

appTest('every fixture gets the same verdict and the same problems from the reader and the command line', app, async ({ page, server }) => {
  assert.ok(fixtures.length >= 10, `fixtures found in tests/fixtures/sets (${fixtures.length})`);
  for (const rel of fixtures) {
    const report = cliCheck(path.join(SETS, rel)).files[0];
    const expected = report.problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message));
    assert.equal(report.valid, rel.startsWith('valid/'), `${rel}: the CLI's verdict matches the fixture's folder`);
    await page.goto(appUrlWithData(server, `${server.origin ?? new URL(server.url).origin}/sets/${rel}`));
    if (report.valid) {
      await page.waitForFunction(() => !document.querySelector('.loading') && document.querySelector('#rows article.row'), null, { timeout: APP_TIMEOUT });
      assert.equal(await page.locator('[role="alert"]').count(), 0, `${rel}: the reader shows no error for a valid set`);
      const title = JSON.parse(fs.readFileSync(path.join(SETS, rel), 'utf8').replace(/^\uFEFF/, '')).title;
      assert.equal(await h1Text(page), title, `${rel}: the reader shows the set`);
      continue;
    }
    const alert = page.locator('#load-error');
    await alert.waitFor({ state: 'visible', timeout: APP_TIMEOUT });
    const shown = await page.$$eval('#load-error .problems li:not(.more)', (lis) => lis.map((li) => li.textContent));
    const message = await page.$eval('#load-error p', (p) => p.textContent);
    if (expected.length === 1) {
      assert.ok(message.includes(expected[0]), `${rel}: the reader names the one problem the CLI reports\n  CLI:    ${expected[0]}\n  reader: ${message}`);
    } else {
      assert.deepEqual(shown, expected.slice(0, shown.length), `${rel}: the reader lists the CLI's problems in the same order`);
      assert.equal(shown.length, Math.min(expected.length, 10), `${rel}: the first ten problems are listed`);
    }
  }
});

appTest('a class exercise written the friendly way loads with its parties, rows and "no source given"', app, async ({ page, server }) => {
  const rel = 'valid/class-exercise-positions.json';
  const data = JSON.parse(fs.readFileSync(path.join(SETS, rel), 'utf8'));
  await gotoApp(page, appUrlWithData(server, `${new URL(server.url).origin}/sets/${rel}`));
  assert.equal(await h1Text(page), data.title);
  const on = await setAllParties(page, true);
  assert.deepEqual(on, data.parties.map((p) => p.id), 'one toggle per party');
  await settle(page);
  const text = await page.$eval('main#clausewise', (m) => m.innerText);
  assert.match(text, /No source given/, 'an unsourced position is visibly marked');
  assert.ok((await page.locator('#rows article.row').count()) > 0, 'rows are shown');
  // Month-only dates are shown as written, not invented as a day.
  const months = data.drafts.filter((d) => /^\d{4}-\d{2}$/.test(d.date));
  for (const d of months) {
    const [y, m] = d.date.split('-');
    const name = new Date(Date.UTC(+y, +m - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
    assert.ok(text.includes(`${name} ${y}`), `draft date ${d.date} is shown as "${name} ${y}"`);
  }
});
