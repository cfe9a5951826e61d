// Runs the benchmark in headless Chromium and prints a Markdown table (also written to
// bench/results.md, with every sample in bench/results.json, and into bench/README.md
// between its results markers). Run it through `bash scripts/bench.sh`, which builds
// bench/out/ first; by hand: `node bench/run.mjs` after that build.
//
// Environment: BENCH_RUNS (default 15), BENCH_WARMUPS (3), BENCH_MIN_SAMPLE_MS (10: each
// sample repeats the work until it lasts that long), CHROMIUM_PATH (/usr/bin/chromium),
// BENCH_ONLY (a substring: run only the cases whose name contains it; results.md and
// README.md are then left alone).

import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(BENCH_DIR, '..');
const CORPUS_DIR = path.join(ROOT, 'tests', 'corpus');
const E2E_DIR = path.join(ROOT, 'tests', 'e2e');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const LAUNCH_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const int = (name, dflt) => {
  const v = process.env[name];
  if (v === undefined || v === '') return dflt;
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a number, not ${JSON.stringify(v)}`);
  return n;
};
const OPTS = { runs: int('BENCH_RUNS', 15), warmups: int('BENCH_WARMUPS', 3), minSampleMs: int('BENCH_MIN_SAMPLE_MS', 10) };
const ONLY = process.env.BENCH_ONLY ?? '';

// playwright-core comes from the e2e tests' packages (tests/e2e/node_modules).
const require = createRequire(path.join(E2E_DIR, 'package.json'));
const { chromium } = require('playwright-core');
const pwVersion = require('playwright-core/package.json').version;
const pkgVersion = (name) => JSON.parse(fs.readFileSync(path.join(BENCH_DIR, 'node_modules', name, 'package.json'), 'utf8')).version;

// ---- the static server ----------------------------------------------------------------

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8', '.wasm': 'application/wasm', '.json': 'application/json; charset=utf-8', '.txt': 'text/plain; charset=utf-8' };

/** Maps a URL path to a file, or null. Only what the page needs is served. */
function fileFor(urlPath) {
  const p = decodeURIComponent(urlPath);
  if (p === '/' || p === '/index.html') return path.join(BENCH_DIR, 'index.html');
  const inside = (dir, rel) => {
    const f = path.resolve(dir, rel);
    return f.startsWith(dir + path.sep) ? f : null;
  };
  if (p.startsWith('/corpus/')) return inside(CORPUS_DIR, p.slice('/corpus/'.length));
  if (p === '/page.js' || p === '/generate.js' || p.startsWith('/out/') || p.startsWith('/node_modules/diff/')) return inside(BENCH_DIR, p.slice(1));
  return null;
}

/** diff-match-patch is CommonJS: wrap it as an ES module. */
function dmpModule() {
  const src = fs.readFileSync(path.join(BENCH_DIR, 'node_modules', 'diff-match-patch', 'index.js'), 'utf8');
  return `const module = { exports: {} }; const exports = module.exports;\n${src}\nexport default module.exports;\n`;
}

function startServer() {
  const server = http.createServer((req, res) => {
    const headers = {
      // Cross-origin isolation: performance.now() then has 5 µs resolution instead of 100 µs.
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Embedder-Policy': 'require-corp',
      'Cache-Control': 'no-store',
    };
    const urlPath = new URL(req.url, 'http://x').pathname;
    if (urlPath === '/favicon.ico') {
      res.writeHead(204, headers);
      res.end();
      return;
    }
    if (urlPath === '/dmp.js') {
      res.writeHead(200, { ...headers, 'Content-Type': TYPES['.js'] });
      res.end(dmpModule());
      return;
    }
    const file = fileFor(urlPath);
    if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, headers);
      res.end('not found');
      return;
    }
    res.writeHead(200, { ...headers, 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

// ---- the cases ------------------------------------------------------------------------

const corpusFiles = fs
  .readdirSync(CORPUS_DIR)
  .filter((f) => f.endsWith('.json') && !f.endsWith('.mapping.json'))
  .sort();
const corpusTexts = fs.readdirSync(path.join(CORPUS_DIR, 'texts')).filter((f) => f.endsWith('.txt')).sort();

const alignCases = [
  ...corpusFiles.map((file) => ({ name: `corpus ${file.replace(/\.json$/, '')}`, kind: 'corpus', file })),
  ...[30, 100, 300].map((n) => ({ name: `generated ${n}`, kind: 'generated', clauses: n, seed: 1000 + n })),
  { name: 'generated 300, same draft both sides', kind: 'same', clauses: 300, seed: 1300 },
];
const diffCases = [
  ...corpusFiles.map((file) => ({ name: `corpus ${file.replace(/\.json$/, '')}`, kind: 'corpus', file })),
  { name: 'generated ~5,000 words, draft edits', kind: 'text', words: 5000, seed: 5001, heavy: false },
  { name: 'generated ~5,000 words, every paragraph reworded', kind: 'text', words: 5000, seed: 5002, heavy: true },
];

// ---- formatting -----------------------------------------------------------------------

const ms = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x >= 1 ? x.toFixed(2) : x.toFixed(3));
const spread = (s) => `±${Math.round(((s.p75 - s.p25) / 2 / s.median) * 100)}%`;
const cell = (s) => `${ms(s.median)} ${spread(s)}`;
const ratio = (x) => (x >= 10 ? x.toFixed(0) : x.toFixed(1)) + '×';
const above = (n, min) => (min === 0 ? (n === 0 ? '+0%' : 'n/a') : `${n - min >= 0 ? '+' : ''}${(((n - min) / min) * 100).toFixed(1)}%`);

function alignTable(results) {
  const lines = [
    '| case | clauses L / R | rows (statuses) | align ms | compare ms |',
    '|---|---|---|---:|---:|',
  ];
  for (const r of results) {
    lines.push(`| ${r.name} | ${r.clauses[0]} / ${r.clauses[1]} | ${r.rows} (${r.summary}) | ${cell(r.stats.align)} | ${cell(r.stats.compare)} |`);
  }
  return lines.join('\n');
}

function diffTimeTable(results) {
  const lines = [
    '| case | words L / R | engine ms | jsdiff ms | dmp word ms | dmp char ms | jsdiff / engine | dmp word / engine | dmp char / engine |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of results) {
    const s = r.stats;
    const q = r.ratios;
    lines.push(
      `| ${r.name} | ${r.words[0]} / ${r.words[1]} | ${cell(s.engine)} | ${cell(s.jsdiff)} | ${cell(s.dmpWord)} | ${cell(s.dmpChar)} | ${ratio(q['jsdiff/engine'])} | ${ratio(q['dmpWord/engine'])} | ${ratio(q['dmpChar/engine'])} |`,
    );
  }
  return lines.join('\n');
}

function diffWordsTable(results) {
  const lines = [
    '| case | minimal | engine | jsdiff | dmp word | dmp char |',
    '|---|---:|---:|---:|---:|---:|',
  ];
  for (const r of results) {
    const c = r.changed;
    const f = (k) => `${c[k]} (${above(c[k], r.minimal)})`;
    lines.push(`| ${r.name} | ${r.minimal} | ${f('engine')} | ${f('jsdiff')} | ${f('dmpWord')} | ${f('dmpChar')} |`);
  }
  return lines.join('\n');
}

function report(env, aligns, diffs) {
  const notes = [];
  for (const r of diffs) {
    if (r.engineChanged !== r.changed.engine) notes.push(`${r.name}: the engine's own count (words in Removed/Added segments) is ${r.engineChanged}, the common count ${r.changed.engine}.`);
  }
  for (const tool of ['engine', 'jsdiff', 'dmpWord', 'dmpChar']) {
    const cases = diffs.filter((r) => !r.exact[tool]).map((r) => r.name);
    if (!cases.length) continue;
    const which = cases.length === diffs.length ? 'in every case' : `in ${cases.join('; ')}`;
    notes.push(`${tool}: its output does not give back the texts' white space exactly (${which}), so its pieces were matched to the texts ignoring white space; words are counted the same way.`);
  }
  return [
    `Measured ${env.date} on ${env.cpu} (${env.cores} cores), ${env.os}; ${env.browser} headless` +
      ` (cross-origin isolated: ${env.crossOriginIsolated ? 'yes, 5 µs timer' : 'no, 100 µs timer'}), playwright-core ${env.playwright}, jsdiff ${env.jsdiff}, diff-match-patch ${env.dmp}.` +
      ` Engine at commit ${env.commit}, built with the workspace release profile (${env.profile}); wasm-opt: ${env.wasmOpt}.` +
      ` Median of ${env.runs} runs after ${env.warmups} warm-up(s); ±: half the interquartile range, relative to the median.` +
      ' Ratios: median over runs of (their time / engine time) within the same run.',
    '',
    '### Alignment (`align::align` alone, and the whole `compare::compare` with every row\'s word diff)',
    '',
    alignTable(aligns),
    '',
    '### Word diff of whole texts: time',
    '',
    diffTimeTable(diffs),
    '',
    '### Word diff of whole texts: changed words (removed + added), and how far above the minimal count',
    '',
    diffWordsTable(diffs),
    ...(notes.length ? ['', 'Notes:', '', ...notes.map((n) => `- ${n}`)] : []),
  ].join('\n');
}

/** The commit measured, and whether the engine had uncommitted changes: "abc1234" or "abc1234 + uncommitted engine changes". */
function engineVersion() {
  const git = (...args) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  try {
    const head = git('rev-parse', '--short', 'HEAD');
    return git('status', '--porcelain', '--', 'crates/engine/src', 'crates/engine/Cargo.toml') ? `${head} + uncommitted engine changes` : head;
  } catch {
    return 'unknown (no git)';
  }
}

/** The workspace's [profile.release] settings, as "opt-level = \"z\", lto = true, …". */
function releaseProfile() {
  const toml = fs.readFileSync(path.join(ROOT, 'Cargo.toml'), 'utf8');
  const m = toml.match(/^\[profile\.release\]\s*\n((?:[^[\n].*\n?)*)/m);
  if (!m) return 'defaults';
  return m[1]
    .split('\n')
    .map((l) => l.replace(/#.*/, '').trim())
    .filter(Boolean)
    .join(', ');
}

// ---- main -----------------------------------------------------------------------------

async function main() {
  if (!fs.existsSync(path.join(BENCH_DIR, 'out', 'clausewise_bench_bg.wasm'))) {
    throw new Error('bench/out/ is missing: build it first (bash scripts/bench.sh does)');
  }
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: install Debian's chromium (scripts/bench.sh does)`);
  const server = await startServer();
  const url = `http://127.0.0.1:${server.address().port}/`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
  try {
    const page = await browser.newPage();
    page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && console.error(`page console: ${m.text()}`));
    await page.goto(url);
    await page.waitForFunction(() => window.bench && (window.bench.ready || window.bench.error), null, { timeout: 30_000 });
    const error = await page.evaluate(() => window.bench.error);
    if (error) throw new Error(`the benchmark page failed to start: ${error}`);
    const info = await page.evaluate((texts) => window.bench.setup({ texts }), corpusTexts);
    const wasmOptVersion = (process.env.BENCH_WASM_OPT_VERSION ?? '').trim() || 'unknown';
    const env = {
      date: new Date().toISOString().slice(0, 10),
      cpu: os.cpus()[0]?.model?.trim() ?? 'unknown CPU',
      cores: os.cpus().length,
      os: `${os.type()} ${os.release()}`,
      browser: `Chromium ${browser.version()}`,
      crossOriginIsolated: info.crossOriginIsolated,
      playwright: pwVersion,
      jsdiff: pkgVersion('diff'),
      dmp: pkgVersion('diff-match-patch'),
      wasmOpt: wasmOptVersion,
      profile: releaseProfile(),
      // scripts/bench.sh records it just before building, so it names what was built.
      commit: process.env.BENCH_ENGINE_COMMIT || engineVersion(),
      ...OPTS,
    };
    console.error(`==> ${env.browser}, cross-origin isolated: ${info.crossOriginIsolated}, vocabulary ${info.vocabulary} words; ${OPTS.runs} runs after ${OPTS.warmups} warm-ups`);

    const aligns = [];
    for (const c of alignCases.filter((c) => c.name.includes(ONLY))) {
      const t0 = Date.now();
      const r = await page.evaluate(([c, o]) => window.bench.alignCase(c, o), [c, OPTS]);
      aligns.push({ name: c.name, ...r });
      console.error(`==> align   ${c.name}: align ${ms(r.stats.align.median)} ms, compare ${ms(r.stats.compare.median)} ms (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
    }
    const diffs = [];
    for (const c of diffCases.filter((c) => c.name.includes(ONLY))) {
      const t0 = Date.now();
      const r = await page.evaluate(([c, o]) => window.bench.diffCase(c, o), [c, OPTS]);
      diffs.push({ name: c.name, ...r });
      const s = r.stats;
      console.error(
        `==> diff    ${c.name}: engine ${ms(s.engine.median)} ms, jsdiff ${ms(s.jsdiff.median)} ms, dmp word ${ms(s.dmpWord.median)} ms, dmp char ${ms(s.dmpChar.median)} ms (${((Date.now() - t0) / 1000).toFixed(0)} s)`,
      );
    }

    const md = report(env, aligns, diffs);
    console.log(md);
    if (!ONLY) {
      fs.writeFileSync(path.join(BENCH_DIR, 'results.md'), `## Latest results\n\n${md}\n`);
      fs.writeFileSync(path.join(BENCH_DIR, 'results.json'), JSON.stringify({ env, aligns, diffs }, null, 1) + '\n');
      const readme = path.join(BENCH_DIR, 'README.md');
      if (fs.existsSync(readme)) {
        const text = fs.readFileSync(readme, 'utf8');
        const start = '<!-- results:start -->';
        const end = '<!-- results:end -->';
        const a = text.indexOf(start);
        const b = text.indexOf(end);
        if (a >= 0 && b > a) fs.writeFileSync(readme, `${text.slice(0, a + start.length)}\n${md}\n${text.slice(b)}`);
      }
      console.error('==> wrote bench/results.md, bench/results.json and the table in bench/README.md');
    }
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((e) => {
  console.error(`==> ERROR: ${e.stack ?? e}`);
  process.exit(1);
});
