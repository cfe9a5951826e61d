// 23. The editor (edit.html), release build under /clausewise/: paste two versions of the
// GNU GPL, check the split and the rows, unpair and re-pair one, rename its topic, add a
// party and a sourced position, download the JSON (checked with `clausewise check`),
// copy the share link and open it in the reader, reload and find the work restored; in a
// sandboxed frame, the editor says work will not be kept and still makes a link.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { useApp, appTest, assert, APP_TIMEOUT, waitForRows, settle, E2E_DIR } from '../lib/harness.mjs';
import { REPO_ROOT } from '../lib/server.mjs';
import { pollUntil } from '../lib/views.mjs';

const CLI = process.env.CLAUSEWISE_CLI ?? path.join(REPO_ROOT, 'target', 'debug', 'clausewise');
const TEXTS = path.join(E2E_DIR, 'fixtures', 'texts');
const GPL1 = fs.readFileSync(path.join(TEXTS, 'GPL-1.txt'), 'utf8');
const GPL2 = fs.readFileSync(path.join(TEXTS, 'GPL-2.txt'), 'utf8');
const require = createRequire(import.meta.url);
const AXE = path.join(path.dirname(require.resolve('axe-core/package.json')), 'axe.min.js');

// Sections 0–10 of v1 and 0–12 of v2, each after its preamble (the licence's header and
// preamble). v2 inserts §7 and §8, so v1 §7–§10 are v2 §9–§12.
const COUNTS = [12, 14];
const DRAFTS = [
  { title: 'GNU GPL version 1', date: '1989-02', author: 'Free Software Foundation', text: GPL1 },
  { title: 'GNU GPL version 2', date: '1991-06', author: 'Free Software Foundation', text: GPL2 },
];
const TOPIC = 'Distribution in object code or executable form';
const PARTY = 'Free Software Foundation';
const SUMMARY = 'Wrote both versions; v2 adds the written offer for three years.';

const app = useApp({ cors: true });
const editorUrl = (server) => `${server.url}edit.html`;

function cliCheck(file) {
  try {
    return JSON.parse(execFileSync(CLI, ['check', '--json', file], { encoding: 'utf8' }));
  } catch (e) {
    if (e.status === 1) return JSON.parse(e.stdout);
    throw new Error(`${CLI} failed (build it with: cargo build --bin clausewise): ${e.message}`);
  }
}

async function openEditor(page, url) {
  await page.goto(url);
  await page.waitForSelector('#ed-save-status', { timeout: APP_TIMEOUT });
}

const row = (page, left, right) => page.locator(`#ed-rows article.ed-row[data-left="${left}"][data-right="${right}"]`);
const problems = (page) => page.$eval('#ed-checks', (el) => Number(el.dataset.problems));

async function pasteDrafts(page) {
  for (const [i, d] of DRAFTS.entries()) {
    await page.fill(`#draft-${i}-title`, d.title);
    await page.fill(`#draft-${i}-date`, d.date);
    await page.fill(`#draft-${i}-author`, d.author);
    // The text area is labelled with the draft's title (the automation contract).
    const area = page.getByRole('textbox', { name: d.title, exact: true });
    assert.equal(await area.evaluate((el) => el.tagName), 'TEXTAREA', `the text area of “${d.title}” is found by its title`);
    await area.fill(d.text);
  }
}

async function shareLink(page) {
  const el = page.locator('[data-share-link]');
  await el.waitFor({ timeout: APP_TIMEOUT });
  return (await el.evaluate((e) => e.value ?? e.href));
}

appTest('paste two drafts, align, unpair and re-pair, rename, party and position, download, link, reload', app, async ({ page, server, browser, t }) => {
  await openEditor(page, editorUrl(server));
  await page.fill('#set-title', 'GNU General Public License, versions 1 and 2');
  await pasteDrafts(page);

  // The split: the preamble, then one clause per numbered section.
  for (const [i, n] of COUNTS.entries()) {
    await pollUntil(() => page.$eval(`#draft-${i}-count`, (el) => Number(el.dataset.clauseCount)), (c) => c === n, `draft ${i + 1} has ${n} clauses`);
  }

  // The rows: every clause in exactly one row; v1 §7 is v2 §9; v2 §7 and §8 are new.
  const rows = await page.$$eval('#ed-rows article.ed-row', (els) => els.map((e) => ({ left: e.dataset.left, right: e.dataset.right, status: e.dataset.status })));
  t.diagnostic(`rows: ${rows.map((r) => `${r.left || '-'}|${r.right || '-'}`).join(' ')}`);
  const lefts = rows.flatMap((r) => (r.left ? r.left.split(' ') : []));
  const rights = rows.flatMap((r) => (r.right ? r.right.split(' ') : []));
  assert.equal(lefts.length, COUNTS[0]);
  assert.equal(rights.length, COUNTS[1]);
  assert.ok(rows.some((r) => r.left === 'draft-1-7' && r.right === 'draft-2-9'), 'v1 §7 pairs with v2 §9');
  assert.ok(rows.some((r) => r.left === '' && r.right === 'draft-2-7'), 'v2 §7 is new');
  assert.equal(await row(page, 'draft-1-3', 'draft-2-3').count(), 1, 'v1 §3 pairs with v2 §3');

  // Unpair §3, then pair it again by picking both sides: a confirmed row, one topic.
  await row(page, 'draft-1-3', 'draft-2-3').getByRole('button', { name: 'Unpair' }).click();
  await row(page, 'draft-1-3', '').waitFor();
  await row(page, '', 'draft-2-3').waitFor();
  assert.equal(await row(page, 'draft-1-3', 'draft-2-3').count(), 0, 'unpaired');
  await row(page, 'draft-1-3', '').getByRole('button', { name: /^Pick to pair: clause 3 of/ }).click();
  await row(page, '', 'draft-2-3').getByRole('button', { name: /^Pick to pair: clause 3 of/ }).click();
  await page.click('#ed-pair-picked');
  const paired = row(page, 'draft-1-3', 'draft-2-3');
  await paired.waitFor();
  assert.equal(await paired.getAttribute('data-confirmed'), 'true', 'the re-paired row is confirmed');
  const topic = await paired.getAttribute('data-topic');
  assert.ok(topic, 'the confirmed row has a topic');

  // Rename its topic.
  const label = paired.getByLabel('Topic label');
  assert.ok((await label.inputValue()).length > 0, 'a label is suggested from the clause');
  await label.fill(TOPIC);

  // A party, and a sourced position on that row.
  await page.fill('#new-party-name', PARTY);
  await page.getByRole('button', { name: 'Add party' }).click();
  await paired.getByRole('button', { name: 'Add a position on this row' }).click();
  const pos = paired.locator('fieldset.ed-position');
  await pos.waitFor();
  await pos.getByLabel('Stance').selectOption('proposed');
  await pos.getByLabel('Date', { exact: true }).fill('1991-06');
  await pos.getByLabel('Summary').fill(SUMMARY);
  await pos.getByRole('button', { name: 'Add a source' }).click();
  await pos.getByLabel('Source 1 title').fill('GNU GPL v2 (FSF)');
  await pos.getByLabel('Source 1 link (optional)').fill('https://www.gnu.org/licenses/old-licenses/gpl-2.0.txt');
  await pollUntil(() => problems(page), (n) => n === 0, 'the set has no problems');

  // Download the JSON: `clausewise check` passes it.
  const download = page.getByRole('button', { name: /^Download the clause set/ });
  assert.match(await download.evaluate((b) => b.textContent), /^Download/);
  const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
  const saved = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cw-editor-')), file.suggestedFilename());
  await file.saveAs(saved);
  const report = cliCheck(saved);
  assert.equal(report.valid, true, `clausewise check: ${JSON.stringify(report.files[0].problems)}`);
  const set = JSON.parse(fs.readFileSync(saved, 'utf8'));
  assert.deepEqual(set.drafts.map((d) => d.clauses.length), COUNTS);
  assert.equal(set.topics.find((x) => x.id === topic)?.label, TOPIC);
  assert.equal(set.positions.length, 1);
  assert.equal(set.positions[0].sources[0].title, 'GNU GPL v2 (FSF)');

  // Copy the link; it opens the reader with the same rows and the position.
  const link = await shareLink(page);
  assert.ok(link.startsWith(`${server.url}index.html#set=`), `the link points at the reader: ${link.slice(0, 80)}`);
  assert.ok(link.length < 100_000, 'the link is short enough to share');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await pollUntil(() => page.evaluate(() => navigator.clipboard.readText()), (c) => c === link, 'the clipboard holds the link');
  const editorRows = await page.locator('#ed-rows article.ed-row').count();

  const reader = await page.context().newPage();
  await reader.goto(link);
  await waitForRows(reader);
  assert.equal(await reader.locator('main#clausewise h1').first().textContent(), 'GNU General Public License, versions 1 and 2');
  assert.equal(await reader.locator('#rows article.row').count(), editorRows, 'the reader shows as many rows as the editor');
  const readerRow = reader.locator(`#rows article.row[data-topic="${topic}"]`);
  assert.match(await readerRow.textContent(), new RegExp(TOPIC));
  const position = readerRow.locator('.position');
  assert.equal(await position.count(), 1, 'the position shows on its row');
  assert.match(await position.textContent(), /v2 adds the written offer/);
  assert.match(await position.textContent(), /GNU GPL v2 \(FSF\)/);
  await reader.close();

  // Reload: the work is back, and says it is saved.
  await pollUntil(() => page.$eval('#ed-save-status', (e) => e.dataset.saved), (s) => s === 'true', 'the work is saved');
  await page.reload();
  await page.waitForSelector('#ed-save-status');
  assert.equal(await page.$eval('#ed-save-status', (e) => e.textContent), 'Saved in this browser.');
  assert.equal(await page.inputValue('#set-title'), 'GNU General Public License, versions 1 and 2');
  for (const [i, n] of COUNTS.entries()) {
    assert.equal(await page.$eval(`#draft-${i}-count`, (el) => Number(el.dataset.clauseCount)), n);
  }
  const back = row(page, 'draft-1-3', 'draft-2-3');
  assert.equal(await back.getByLabel('Topic label').inputValue(), TOPIC);
  assert.equal(await back.locator('fieldset.ed-position').getByLabel('Summary').inputValue(), SUMMARY);
  assert.equal(await shareLink(page), link, 'the restored work makes the same link');
}, { permissions: ['clipboard-read', 'clipboard-write'] });

appTest('merge two clauses and split one at the cursor', app, async ({ page, server }) => {
  await openEditor(page, editorUrl(server));
  await pasteDrafts(page);
  await pollUntil(() => page.$eval('#draft-0-count', (el) => Number(el.dataset.clauseCount)), (c) => c === COUNTS[0], 'split');
  await page.getByRole('button', { name: 'Merge with next: clause 9 and the one after it' }).first().click();
  await pollUntil(() => page.$eval('#draft-0-count', (el) => Number(el.dataset.clauseCount)), (c) => c === COUNTS[0] - 1, 'merged');
  assert.equal(await page.locator('#draft-0 li.ed-piece[data-clause="draft-1-9-10"]').count(), 1, 'the merged clause is “9–10”');
  // Put the cursor before "a) cause the modified files" in v1 §2 and split there.
  const at = GPL1.indexOf('a) cause the modified files');
  await page.$eval('#draft-0-text', (el, at) => { el.focus(); el.setSelectionRange(at, at); }, at);
  await page.click('#draft-0 button:has-text("Split clause at cursor")');
  await pollUntil(() => page.$eval('#draft-0-count', (el) => Number(el.dataset.clauseCount)), (c) => c === COUNTS[0], 'split at the cursor');
  const parts = await page.$$eval('#draft-0 li.ed-piece[data-clause^="draft-1-2"] .ed-excerpt', (els) => els.map((e) => e.textContent));
  assert.equal(parts.length, 2, 'clause 2 is in two parts');
  assert.match(parts[1], /^a\) cause the modified files/);
});

appTest('a malformed file or link gets a message naming the problem and where; the work stays', app, async ({ page, server }) => {
  await openEditor(page, editorUrl(server));
  await page.fill('#set-title', 'Work in progress');
  await page.setInputFiles('#open-files', { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{\n  "format": "clausewise/1",\n  "title": "x",\n  "drafts": [ }\n') });
  const alert = page.locator('#ed-message[role="alert"]');
  await alert.waitFor();
  assert.match(await alert.textContent(), /Could not open “broken.json”: the file is not JSON: .* at line 4, column \d+/);
  const bad = JSON.stringify({ format: 'clausewise/1', title: 'x', drafts: [{ id: 'd', title: 'D', date: '2025-02-31', author: 'A', clauses: [{ id: 'c', number: 1, text: 'Hi' }] }] });
  await page.setInputFiles('#open-files', { name: 'bad-date.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
  await pollUntil(() => alert.textContent(), (s) => s.includes('drafts[0] "d" › date'), 'the message names the field');
  await page.fill('#open-link', `${server.url}index.html#set=AAAA-not-deflate`);
  await page.getByRole('button', { name: 'Open link' }).click();
  await pollUntil(() => alert.textContent(), (s) => /Could not open the link: its set=… part is damaged/.test(s), 'the link is refused');
  assert.equal(await page.inputValue('#set-title'), 'Work in progress', 'the work in progress stays');
});

appTest('open the shipped set, start over (asks first), bring the work back', app, async ({ page, server }) => {
  await openEditor(page, editorUrl(server));
  await page.click('#open-shipped');
  await pollUntil(() => page.inputValue('#set-title'), (v) => v.includes('peace framework'), 'the shipped set opens');
  assert.equal(await page.locator('#ed-rows article.ed-row[data-confirmed="true"]').count() > 0, true, 'its topics are confirmed rows');
  await pollUntil(() => problems(page), (n) => n === 0, 'the shipped set is valid in the editor');
  await shareLink(page);
  await page.click('#ed-reset');
  assert.equal(await page.locator('#ed-reset-yes').count(), 1, 'start over asks first');
  await page.click('#ed-reset-no');
  assert.match(await page.inputValue('#set-title'), /peace framework/);
  await page.click('#ed-reset');
  await page.click('#ed-reset-yes');
  await pollUntil(() => page.inputValue('#set-title'), (v) => v === '', 'started over');
  await page.click('#ed-undo');
  await pollUntil(() => page.inputValue('#set-title'), (v) => v.includes('peace framework'), 'the work is back');
});

appTest('axe: no serious or critical violations; usable at 768 px', app, async ({ page, server, t }) => {
  await openEditor(page, editorUrl(server));
  await pasteDrafts(page);
  await page.fill('#new-party-name', PARTY);
  await page.getByRole('button', { name: 'Add party' }).click();
  await page.locator('#ed-rows article.ed-row').first().getByRole('button', { name: 'Add a position on this row' }).click();
  await page.locator('#ed-rows fieldset.ed-position').first().waitFor();
  await settle(page);
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const r = await window.axe.run(document);
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  for (const v of violations) t.diagnostic(`axe ${v.impact} ${v.id}: ${v.help} [${v.nodes.join(' | ')}]`);
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(bad.map((v) => `${v.impact} ${v.id}: ${v.help} [${v.nodes.join(' | ')}]`), []);

  await page.setViewportSize({ width: 768, height: 1000 });
  await settle(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `no sideways scrolling at 768 px (${overflow} px too wide)`);
  // Keyboard: Tab reaches the first field, and focus is visible.
  await page.focus('#set-title');
  const outline = await page.$eval('#set-title', (el) => getComputedStyle(el).outlineStyle);
  assert.notEqual(outline, 'none', 'the focused field shows a focus ring');
});

appTest('in <iframe sandbox="allow-scripts"> the editor says work will not be kept and still makes a link', app, async ({ page, server }) => {
  const host = `${server.origin}/fixtures/hosts/sandbox.html?app=${encodeURIComponent(editorUrl(server))}`;
  await page.goto(host);
  const frame = await (await page.waitForSelector('iframe#cw')).contentFrame();
  await frame.waitForSelector('#ed-save-status', { timeout: APP_TIMEOUT });
  assert.equal(await frame.evaluate(() => self.origin), 'null', 'the frame is sandboxed');
  assert.match(await frame.$eval('#ed-save-status', (e) => e.textContent), /will not be kept/);
  for (const [i, d] of DRAFTS.entries()) {
    await frame.fill(`#draft-${i}-title`, d.title);
    await frame.fill(`#draft-${i}-date`, d.date);
    await frame.fill(`#draft-${i}-author`, d.author);
    await frame.fill(`#draft-${i}-text`, d.text);
  }
  await frame.fill('#set-title', 'GPL in a sandbox');
  const el = frame.locator('[data-share-link]');
  await el.waitFor({ timeout: APP_TIMEOUT });
  const link = await el.inputValue();
  assert.ok(link.startsWith(`${server.url}index.html#set=`), 'a link is made in the sandbox');
  assert.match(await frame.$eval('#ed-save-status', (e) => e.textContent), /will not be kept/, 'it still says so');
});
