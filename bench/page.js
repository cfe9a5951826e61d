// The benchmark page: loads the engine (WebAssembly, built by scripts/bench.sh), jsdiff and
// diff-match-patch, and exposes `window.bench` for bench/run.mjs to drive. Every number
// of one case is measured here, in this page, in one go, with the tools interleaved.

import init, * as engine from './out/clausewise_bench.js';
import { diffWords } from './node_modules/diff/libesm/index.js';
import DiffMatchPatch from './dmp.js';
import * as gen from './generate.js';

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  return s[lo] + (s[Math.min(lo + 1, s.length - 1)] - s[lo]) * (i - lo);
};
const stats = (xs) => ({ median: median(xs), p25: quantile(xs, 0.25), p75: quantile(xs, 0.75), min: Math.min(...xs), samples: xs });

let sink = 0; // keeps the JavaScript engines from dropping the work

/** Wraps `fn()` as a timed tool: `(k) => ms per call over k calls`. */
const jsTool = (fn) => (k) => {
  const t0 = performance.now();
  for (let i = 0; i < k; i++) sink += fn().length;
  return (performance.now() - t0) / k;
};

/**
 * Measures tools `{ name: (k) => ms per iteration over k iterations }`: each is run a
 * few times alone to choose k (so a sample lasts at least `minSampleMs`), then
 * `warmups` samples each, then `runs` samples each, interleaved (run r starts with tool
 * r mod n, so no tool always goes first). Returns the statistics of each tool and, for
 * each pair (a, b) asked for, the median over runs of the ratio a / b within the run.
 */
function measure(tools, { runs, warmups, minSampleMs }, ratios = []) {
  const names = Object.keys(tools);
  const k = {};
  for (const n of names) {
    // The fastest of a few single calls (at least 2, more while under 100 ms in all):
    // the first calls also pay for compilation and tier-up.
    const start = performance.now();
    let fastest = Infinity;
    for (let i = 0; i < 2 || (i < 20 && performance.now() - start < 100); i++) fastest = Math.min(fastest, tools[n](1));
    k[n] = Math.max(1, Math.min(100000, Math.ceil(minSampleMs / Math.max(fastest, 0.001))));
  }
  for (let w = 0; w < warmups; w++) for (const n of names) tools[n](k[n]);
  const samples = Object.fromEntries(names.map((n) => [n, []]));
  for (let r = 0; r < runs; r++) {
    for (let i = 0; i < names.length; i++) {
      const n = names[(r + i) % names.length];
      samples[n].push(tools[n](k[n]));
    }
  }
  const out = { iterations: k, stats: {}, ratios: {} };
  for (const n of names) out.stats[n] = stats(samples[n]);
  for (const [a, b] of ratios) out.ratios[`${a}/${b}`] = median(samples[a].map((x, r) => x / samples[b][r]));
  return out;
}

// ---- changed words, counted the same way for every tool ----------------------------

/**
 * Marks the characters of `text` that `pieces` ({ changed, text }: the pieces of one
 * side of a diff, in order) say are changed. When the pieces do not spell `text` exactly
 * (jsdiff may move white space), they are matched to it character by character, white
 * space skipped. Returns { changed: Uint8Array, exact }.
 */
function markChanged(text, pieces) {
  const changed = new Uint8Array(text.length);
  const isSpace = (c) => c === 32 || c === 10 || c === 9 || c === 13 || /\s/.test(String.fromCharCode(c));
  let pos = 0;
  let exact = true;
  for (const p of pieces) {
    if (exact && text.startsWith(p.text, pos)) {
      if (p.changed) changed.fill(1, pos, pos + p.text.length);
      pos += p.text.length;
      continue;
    }
    exact = false;
    for (let i = 0; i < p.text.length; i++) {
      const c = p.text.charCodeAt(i);
      if (isSpace(c)) continue;
      while (pos < text.length && isSpace(text.charCodeAt(pos))) pos++;
      if (text.charCodeAt(pos) !== c) throw new Error(`diff output does not spell its input (at ${pos})`);
      if (p.changed) changed[pos] = 1;
      pos++;
    }
  }
  if (text.slice(pos).trim() !== '') throw new Error('diff output ends before its input');
  return { changed, exact };
}

/** Words (engine tokens starting with a letter or digit, UTF-16 spans) touching a change. */
function touched(spans, changed) {
  let n = 0;
  for (let i = 0; i < spans.length; i += 2) {
    for (let j = spans[i]; j < spans[i + 1]; j++) {
      if (changed[j]) {
        n++;
        break;
      }
    }
  }
  return n;
}

/** `pieces`: [{ kind: 'equal' | 'removed' | 'added', text }]. */
function changedWords(oldText, newText, oldSpans, newSpans, pieces) {
  const o = markChanged(oldText, pieces.filter((p) => p.kind !== 'added').map((p) => ({ text: p.text, changed: p.kind === 'removed' })));
  const n = markChanged(newText, pieces.filter((p) => p.kind !== 'removed').map((p) => ({ text: p.text, changed: p.kind === 'added' })));
  return { count: touched(oldSpans, o.changed) + touched(newSpans, n.changed), exact: o.exact && n.exact };
}

const KINDS = ['equal', 'removed', 'added'];

function enginePieces(a, b) {
  const flat = engine.diff_pieces(a, b);
  const out = [];
  let i = 0;
  let j = 0;
  for (let x = 0; x < flat.length; x += 2) {
    const kind = KINDS[flat[x]];
    const len = flat[x + 1];
    const text = kind === 'added' ? b.slice(j, j + len) : a.slice(i, i + len);
    if (kind !== 'added') i += len;
    if (kind !== 'removed') j += len;
    out.push({ kind, text });
  }
  return out;
}

const jsdiffPieces = (changes) => changes.map((c) => ({ kind: c.added ? 'added' : c.removed ? 'removed' : 'equal', text: c.value }));
const dmpPieces = (diffs) => diffs.map(([op, text]) => ({ kind: op < 0 ? 'removed' : op > 0 ? 'added' : 'equal', text }));

// ---- diff-match-patch ---------------------------------------------------------------

const dmp = new DiffMatchPatch();
dmp.Diff_Timeout = 0; // no time limit: the same diff on every machine

/**
 * diff-match-patch in word mode: the "linesToChars" trick on words. Each token (a word
 * or a punctuation mark, with the white space after it) becomes one character, the
 * character strings are diffed (diff_main, no line pre-pass, no clean-up), and
 * diff_charsToLines_ turns the characters back into tokens.
 */
const TOKEN = /[\p{L}\p{N}]+\s*|[^\p{L}\p{N}\s]\s*|^\s+/gu;
function dmpWordDiff(a, b) {
  const tokens = [''];
  const index = new Map();
  const encode = (text) => {
    let s = '';
    for (const t of text.match(TOKEN) ?? []) {
      let c = index.get(t);
      if (c === undefined) {
        c = tokens.length;
        if (c > 0xd7ff) throw new Error('too many distinct tokens for diff-match-patch word mode');
        tokens.push(t);
        index.set(t, c);
      }
      s += String.fromCharCode(c);
    }
    return s;
  };
  const ca = encode(a);
  const cb = encode(b);
  const diffs = dmp.diff_main(ca, cb, false);
  dmp.diff_charsToLines_(diffs, tokens);
  return diffs;
}

/** diff-match-patch in character mode, as usually used: diff_main (with its line pre-pass), then diff_cleanupSemantic. */
function dmpCharDiff(a, b) {
  const diffs = dmp.diff_main(a, b);
  dmp.diff_cleanupSemantic(diffs);
  return diffs;
}

// ---- the cases ------------------------------------------------------------------------

let vocab = null;

async function setup({ texts }) {
  const bodies = await Promise.all(texts.map((t) => fetch(`./corpus/texts/${t}`).then((r) => r.text())));
  vocab = gen.vocabulary(bodies);
  return { vocabulary: vocab.length, crossOriginIsolated: self.crossOriginIsolated, userAgent: navigator.userAgent, cores: navigator.hardwareConcurrency };
}

async function corpusSet(file) {
  return fetch(`./corpus/${file}`).then((r) => r.text());
}

/** The clause set of a case: { json, left, right, label }. */
async function setOf(c) {
  if (c.kind === 'corpus') {
    const json = await corpusSet(c.file);
    const drafts = JSON.parse(json).drafts;
    return { json, left: drafts[0].id, right: drafts[1].id, edits: null };
  }
  if (c.kind === 'generated') return gen.generatedSet(vocab, c.clauses, c.seed);
  if (c.kind === 'same') return gen.sameDraftSet(vocab, c.clauses, c.seed);
  throw new Error(`unknown case kind ${c.kind}`);
}

/** Alignment alone (align::align) and the whole comparison (compare::compare) of one set. */
async function alignCase(c, opts) {
  const s = await setOf(c);
  const set = new engine.BenchSet(s.json);
  try {
    const result = measure(
      {
        align: (k) => set.time_align(s.left, s.right, k),
        compare: (k) => set.time_compare(s.left, s.right, k),
      },
      opts,
    );
    return {
      ...result,
      left: s.left,
      right: s.right,
      clauses: [set.clause_count(s.left), set.clause_count(s.right)],
      rows: set.compare_rows(s.left, s.right),
      summary: set.align_summary(s.left, s.right),
      edits: s.edits,
      bytes: s.json.length,
    };
  } finally {
    set.free();
  }
}

function joined(set, id) {
  return set.drafts
    .find((d) => d.id === id)
    .clauses.map((cl) => cl.text)
    .filter((t) => t != null)
    .join('\n');
}

/** The two texts of a word-diff case: { old, new }. */
async function textsOf(c) {
  if (c.kind === 'corpus') {
    const set = JSON.parse(await corpusSet(c.file));
    return { old: joined(set, set.drafts[0].id), new: joined(set, set.drafts[1].id) };
  }
  if (c.kind === 'text') return gen.textPair(vocab, c.words, c.seed, c.heavy);
  throw new Error(`unknown case kind ${c.kind}`);
}

/** Word diff of two whole texts: the engine, jsdiff and diff-match-patch (two modes). */
async function diffCase(c, opts) {
  const { old: a, new: b } = await textsOf(c);
  const result = measure(
    {
      engine: (k) => engine.time_diff_words(a, b, k),
      jsdiff: jsTool(() => diffWords(a, b)),
      dmpWord: jsTool(() => dmpWordDiff(a, b)),
      dmpChar: jsTool(() => dmpCharDiff(a, b)),
    },
    opts,
    [
      ['jsdiff', 'engine'],
      ['dmpWord', 'engine'],
      ['dmpChar', 'engine'],
    ],
  );
  const oldSpans = engine.word_spans(a);
  const newSpans = engine.word_spans(b);
  const count = (pieces) => changedWords(a, b, oldSpans, newSpans, pieces);
  const uniform = {
    engine: count(enginePieces(a, b)),
    jsdiff: count(jsdiffPieces(diffWords(a, b))),
    dmpWord: count(dmpPieces(dmpWordDiff(a, b))),
    dmpChar: count(dmpPieces(dmpCharDiff(a, b))),
  };
  return {
    ...result,
    words: [oldSpans.length / 2, newSpans.length / 2],
    chars: [a.length, b.length],
    minimal: engine.min_changed_words(a, b),
    // The engine's own count (words in its Removed and Added segments).
    engineChanged: engine.diff_words(a, b),
    changed: Object.fromEntries(Object.entries(uniform).map(([k, v]) => [k, v.count])),
    exact: Object.fromEntries(Object.entries(uniform).map(([k, v]) => [k, v.exact])),
  };
}

window.bench = { setup, alignCase, diffCase, ready: false, sink: () => sink };
init().then(
  () => {
    window.bench.ready = true;
  },
  (e) => {
    window.bench.error = String(e);
  },
);
