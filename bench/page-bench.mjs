// The page benchmark (scripts/bench_page.sh runs it): in headless Chromium, medians of
//  - the time to the first row of the default page, against a Yew hello world built with
//    the same toolchain and options (time to its <h1>), as a ratio measured in the same run;
//  - on a 20-draft, 300-clause set (bench/page-generate.mjs): the time to the first row after
//    the data arrived, the longest main-thread task after that, and how long a draft switch
//    and a party toggle take to paint.
// Reports numbers, asserts none. Writes bench/page-results.md and .json.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { longSet } from './page-generate.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { chromium } = createRequire(path.join(root, 'tests/e2e/package.json'))('playwright-core');
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const dirs = { '/reader/': path.join(root, 'dist'), '/hello/': path.join(root, 'target/dist-hello') };
const long = JSON.stringify(longSet());
const types = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };

const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  if (url.pathname === '/long.json') { res.writeHead(200, { 'content-type': 'application/json' }); res.end(long); return; }
  const prefix = Object.keys(dirs).find((p) => url.pathname.startsWith(p));
  if (!prefix) { res.writeHead(404); res.end(); return; }
  let file = path.join(dirs[prefix], decodeURIComponent(url.pathname.slice(prefix.length)) || 'index.html');
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
  if (!file.startsWith(dirs[prefix]) || !fs.existsSync(file)) { res.writeHead(404); res.end(); return; }
  res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
  fs.createReadStream(file).pipe(res);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

// Runs before the page: when a selector first matches, and every long task.
const probe = (selector) => {
  window.__bench = { first: null, tasks: [] };
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__bench.tasks.push([e.startTime, e.duration]); })
    .observe({ type: 'longtask', buffered: true });
  new MutationObserver((_, obs) => {
    if (document.querySelector(selector)) { window.__bench.first = performance.now(); obs.disconnect(); }
  }).observe(document, { childList: true, subtree: true });
};

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
async function load(url, selector) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(probe, selector);
  await page.goto(url);
  await page.waitForFunction(() => window.__bench.first !== null, null, { timeout: 60_000 });
  return { context, page };
}
// Time from an action in the page to the next frame painted after it.
const paintAfter = (page, action) => page.evaluate(async (action) => {
  const t0 = performance.now();
  if (action.select) {
    const s = document.querySelector(action.select);
    s.value = action.value;
    s.dispatchEvent(new Event('change', { bubbles: true }));
  } else document.querySelector(action.click).click();
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  return performance.now() - t0;
}, action);

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };
const samples = { hello: [], reader: [], longFirstRow: [], longLongestTask: [], longSwitch: [], longToggle: [] };
for (let i = 0; i < RUNS; i++) {
  // Alternate, so drift on a noisy machine falls on both.
  for (const [key, url, sel] of [['hello', `${origin}/hello/`, 'main h1'], ['reader', `${origin}/reader/`, '#rows article.row']]) {
    const { context, page } = await load(url, sel);
    samples[key].push(await page.evaluate(() => window.__bench.first));
    await context.close();
  }
  const { context, page } = await load(`${origin}/reader/?data=/long.json`, '#rows article.row[data-topic="t0"]');
  const m = await page.evaluate(() => {
    const data = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/long.json'));
    const since = data.responseEnd;
    return { rowAfterData: window.__bench.first - since, longest: Math.max(0, ...window.__bench.tasks.filter(([s, d]) => s + d > since).map(([, d]) => d)) };
  });
  samples.longFirstRow.push(m.rowAfterData);
  samples.longLongestTask.push(m.longest);
  samples.longSwitch.push(await paintAfter(page, { select: '#right-draft', value: 'd10' }));
  samples.longToggle.push(await paintAfter(page, { click: '#party-toggles input.party-toggle' }));
  await context.close();
}
await browser.close();
server.close();

const med = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, Math.round(median(v) * 10) / 10]));
const ratio = Math.round((med.reader / med.hello) * 100) / 100;
const lines = [
  `Page benchmark (${new Date().toISOString().slice(0, 10)}; headless Chromium, ${RUNS} runs, medians, ms)`,
  '',
  '| measure | median |',
  '|---|---|',
  `| Yew hello world: first paint of its heading | ${med.hello} |`,
  `| reader, default page: first row | ${med.reader} |`,
  `| **ratio, reader first row / hello world** | **${ratio}×** |`,
  `| 20 drafts × 300 clauses: first row after the data arrived | ${med.longFirstRow} |`,
  `| 20 drafts × 300 clauses: longest main-thread task after the data arrived | ${med.longLongestTask} |`,
  `| 20 drafts × 300 clauses: draft switch to paint | ${med.longSwitch} |`,
  `| 20 drafts × 300 clauses: party toggle to paint | ${med.longToggle} |`,
];
console.log(lines.join('\n'));
fs.writeFileSync(path.join(root, 'bench/page-results.md'), `${lines.join('\n')}\n`);
fs.writeFileSync(path.join(root, 'bench/page-results.json'), `${JSON.stringify({ runs: RUNS, medians: med, ratio, samples }, null, 2)}\n`);
