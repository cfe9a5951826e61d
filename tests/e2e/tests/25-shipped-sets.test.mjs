// 25. The shipped sets: a labelled picker switches between them, `?set=<id>` opens one
// directly (the default set needs no request; the others load on demand), the embed code
// keeps the set, and an unknown id says so and shows the default.
import fs from 'node:fs';
import path from 'node:path';
import { useApp, appTest, assert, gotoApp, h1Text, waitForRows } from '../lib/harness.mjs';
import { REPO_ROOT } from '../lib/server.mjs';

const app = useApp();
const dataDir = path.join(REPO_ROOT, 'static/data');
const sets = Object.fromEntries(
  fs.readdirSync(dataDir).filter((f) => f.endsWith('.json'))
    .map((f) => [f.replace(/\.json$/, ''), JSON.parse(fs.readFileSync(path.join(dataDir, f), 'utf8'))]),
);
const other = 'security-guarantees';

appTest('the set picker names every shipped set, marks the current one, and its links switch sets', app, async ({ page, server }) => {
  await gotoApp(page, server.url);
  assert.equal(await h1Text(page), sets['peace-framework'].title);
  assert.equal(await page.getAttribute('#set-picker', 'aria-label'), 'Clause sets');
  const current = await page.$eval('#set-picker [aria-current="page"]', (e) => e.textContent.trim());
  assert.equal(current, sets['peace-framework'].title);
  const links = await page.$$eval('#set-picker a', (as) => as.map((a) => [a.getAttribute('href'), a.textContent.trim()]));
  assert.deepEqual(links.map((l) => l[1]).sort(), Object.keys(sets).filter((id) => id !== 'peace-framework').map((id) => sets[id].title).sort());
  // Links, not a drop-down: moving through the choices with the keyboard never leaves the page.
  await page.focus(`#set-picker a[href$="set=${other}"]`);
  await Promise.all([page.waitForURL(/[?&]set=security-guarantees/), page.keyboard.press('Enter')]);
  await waitForRows(page);
  await page.waitForFunction((t) => document.querySelector('main#clausewise h1')?.textContent.trim() === t, sets[other].title);
  const drafts = await page.$$eval('#left-draft option', (os) => os.map((o) => o.value));
  assert.deepEqual(drafts.sort(), sets[other].drafts.map((d) => d.id).sort());
  assert.equal(await page.$eval('#set-picker [aria-current="page"]', (e) => e.textContent.trim()), sets[other].title);
  // The set's own note is the footer.
  const note = await page.$eval('.cw-note', (p) => p.textContent);
  assert.ok(note.includes(sets[other].note.slice(0, 40)), note);
  // And back to the default.
  await Promise.all([page.waitForURL(/set=peace-framework/), page.click('#set-picker a[href$="set=peace-framework"]')]);
  await waitForRows(page);
  assert.equal(await h1Text(page), sets['peace-framework'].title);
});

appTest('?set=<id> opens that set, keeps the view in the hash, and the embed code keeps the set', app, async ({ page, server }) => {
  const d = sets[other].drafts;
  await gotoApp(page, `${server.url}?set=${other}#left=${d[1].id}&right=${d[3].id}`);
  await page.waitForFunction((t) => document.querySelector('main#clausewise h1')?.textContent.trim() === t, sets[other].title);
  assert.deepEqual(await page.$eval('#left-draft', (s) => s.value), d[1].id);
  assert.deepEqual(await page.$eval('#right-draft', (s) => s.value), d[3].id);
  await page.click('#embed-toggle');
  const code = await page.$eval('#embed-code-iframe', (t) => t.value);
  assert.match(code, /[?&]set=security-guarantees/);
  assert.match(code, /[?&]embed=1/);
});

appTest('an unknown ?set= says so and shows the default set, with or without a view in the hash', app, async ({ page, server }) => {
  await gotoApp(page, `${server.url}?set=no-such-set#left=us-28&right=e3`);
  assert.match(await page.$eval('#url-notice', (n) => n.textContent), /no clause set called “no-such-set”/);
  assert.equal(await page.$eval('#right-draft', (s) => s.value), 'e3', 'the rest of the view applies');
  await gotoApp(page, `${server.url}?set=no-such-set`);
  assert.equal(await h1Text(page), sets['peace-framework'].title);
  const notice = await page.$eval('#url-notice', (n) => n.textContent);
  assert.match(notice, /no clause set called “no-such-set”/);
});
