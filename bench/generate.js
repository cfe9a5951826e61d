// Deterministic generator of benchmark clause sets and texts (no topics: the aligner has
// to pair clauses by their wording). Plain ES module with no dependencies: the benchmark
// page imports it, and so can node.
//
// Vocabulary: the words of the GNU licence texts in tests/corpus/texts, ranked by how
// often they occur there, followed by made-up words (names, terms of art) up to
// VOCABULARY_SIZE. Words are drawn with Zipf–Mandelbrot frequencies (weight of rank r is
// 1 / (r + 2.7)), so "the", "of", "to" are common and most of the vocabulary is rare, as
// in real prose. Clauses are 40–120 words of sentences of 6–26 words, with commas and
// the odd number.

export const VOCABULARY_SIZE = 4000;

/** mulberry32: a small seeded PRNG, so every run benchmarks the same texts. */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  next.int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)); // inclusive
  next.pick = (arr) => arr[Math.floor(next() * arr.length)];
  return next;
}

const SYLLABLES = [
  'ka', 'ren', 'to', 'mi', 'sal', 'dor', 've', 'lin', 'qua', 'ter', 'ob', 'stra', 'ni', 'pel',
  'ga', 'mon', 'ri', 'us', 'the', 'an', 'cor', 'di', 'fel', 'ix', 'ol', 'pra', 'sen', 'tu',
];

/** The vocabulary, commonest first: words of `texts`, then made-up words. */
export function vocabulary(texts, size = VOCABULARY_SIZE, seed = 7) {
  const counts = new Map();
  for (const t of texts) {
    for (const w of t.toLowerCase().match(/[a-z]+(?:'[a-z]+)?/g) ?? []) {
      counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  }
  const words = [...counts.entries()]
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
    .map(([w]) => w)
    .slice(0, size);
  const seen = new Set(words);
  const random = rng(seed);
  while (words.length < size) {
    let w = '';
    const n = random.int(2, 4);
    for (let i = 0; i < n; i++) w += random.pick(SYLLABLES);
    if (!seen.has(w)) {
      seen.add(w);
      words.push(w);
    }
  }
  return words;
}

/** Draws words with Zipf–Mandelbrot frequencies. */
export function zipf(words, random) {
  const cum = new Float64Array(words.length);
  let total = 0;
  for (let r = 0; r < words.length; r++) {
    total += 1 / (r + 1 + 2.7);
    cum[r] = total;
  }
  return () => {
    const x = random() * total;
    let lo = 0;
    let hi = words.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return words[lo];
  };
}

// A clause is an array of items { w, p }: a word and the punctuation after it ("", ",",
// "."). Capitals are added when rendering.

function word(draw, random) {
  return random() < 0.015 ? String(random.int(2, 2030)) : draw();
}

function sentenceItems(draw, random, n) {
  const items = [];
  for (let i = 0; i < n; i++) {
    items.push({ w: word(draw, random), p: i < n - 1 && i > 1 && random() < 0.08 ? ',' : '' });
  }
  items[items.length - 1].p = '.';
  return items;
}

/** A clause of `minWords`–`maxWords` words. */
export function clauseItems(draw, random, minWords = 40, maxWords = 120) {
  const target = random.int(minWords, maxWords);
  const items = [];
  while (items.length < target) {
    const n = Math.min(random.int(6, 26), target - items.length);
    items.push(...sentenceItems(draw, random, Math.max(n, 1)));
  }
  return items;
}

export function render(items) {
  let out = '';
  let capital = true;
  for (const { w, p } of items) {
    if (out) out += ' ';
    out += capital ? w[0].toUpperCase() + w.slice(1) : w;
    out += p;
    capital = p === '.';
  }
  return out;
}

/** Rewords a clause: `share` of its words substituted, deleted or inserted. */
export function reword(items, draw, random, share) {
  const out = items.map((x) => ({ ...x }));
  const edits = Math.max(1, Math.round(share * items.length));
  for (let e = 0; e < edits; e++) {
    const i = random.int(0, out.length - 1);
    const kind = random();
    if (kind < 0.6) {
      out[i] = { w: word(draw, random), p: out[i].p };
    } else if (kind < 0.8 && out.length > 2) {
      const [gone] = out.splice(i, 1);
      if (gone.p && i > 0 && !out[i - 1].p) out[i - 1].p = gone.p;
      else if (gone.p === '.' && i > 0) out[i - 1].p = '.';
    } else {
      out.splice(i, 0, { w: word(draw, random), p: '' });
    }
  }
  out[out.length - 1].p = '.';
  return out;
}

/** Splits a clause at the sentence end nearest its middle (or simply in the middle). */
function split(items) {
  const ends = items.map((x, i) => (x.p === '.' && i < items.length - 1 ? i + 1 : -1)).filter((i) => i > 0);
  const mid = items.length / 2;
  const at = ends.length ? ends.reduce((b, i) => (Math.abs(i - mid) < Math.abs(b - mid) ? i : b)) : Math.floor(mid);
  const a = items.slice(0, at).map((x) => ({ ...x }));
  a[a.length - 1].p = '.';
  return [a, items.slice(at)];
}

function distinct(random, count, from) {
  const pool = [...from];
  const out = [];
  while (out.length < count && pool.length) out.push(pool.splice(random.int(0, pool.length - 1), 1)[0]);
  return out;
}

/**
 * Two drafts of `n` clauses: the right one is the left with ~10% of clauses reworded
 * (5–30% of their words edited), ~5% removed, ~5% added, a few moved, one split in two,
 * two adjacent ones merged, and renumbered. At most 300 clauses a draft (the format's
 * limit).
 */
export function draftPair(words, n, seed) {
  const random = rng(seed);
  const draw = zipf(words, random);
  const left = Array.from({ length: n }, () => clauseItems(draw, random));
  const all = left.map((_, i) => i);
  const removed = new Set(distinct(random, Math.max(1, Math.round(n * 0.05)), all));
  const kept = all.filter((i) => !removed.has(i));
  const reworded = new Set(distinct(random, Math.max(1, Math.round(n * 0.1)), kept));
  const plain = kept.filter((i) => !reworded.has(i));
  const [splitAt] = distinct(random, 1, plain);
  const mergeable = plain.filter((i) => i !== splitAt && i + 1 < n && i + 1 !== splitAt && !removed.has(i + 1) && !reworded.has(i + 1));
  const [mergeAt] = distinct(random, 1, mergeable);
  const edits = { removed: removed.size, reworded: reworded.size, split: 1, merged: mergeAt === undefined ? 0 : 1 };

  // Each entry: the clause's items and where it came from (for the moves).
  let right = [];
  for (let i = 0; i < n; i++) {
    if (removed.has(i) || (mergeAt !== undefined && i === mergeAt + 1)) continue;
    if (reworded.has(i)) right.push(reword(left[i], draw, random, 0.05 + random() * 0.25));
    else if (i === splitAt) right.push(...split(left[i]));
    else if (i === mergeAt) right.push([...left[i], ...left[i + 1]]);
    else right.push(left[i]);
  }
  const moves = 2 + Math.floor(n / 100);
  for (let m = 0; m < moves; m++) {
    const from = random.int(0, right.length - 1);
    const [c] = right.splice(from, 1);
    let to = random.int(0, right.length);
    if (Math.abs(to - from) < 3) to = (from + Math.floor(right.length / 2)) % (right.length + 1);
    right.splice(to, 0, c);
  }
  edits.moved = moves;
  const adds = Math.min(Math.max(1, Math.round(n * 0.05)), 300 - right.length);
  for (let a = 0; a < adds; a++) right.splice(random.int(0, right.length), 0, clauseItems(draw, random));
  edits.added = Math.max(adds, 0);
  right = right.slice(0, 300);
  return { left, right, edits };
}

function draft(id, title, clauses) {
  return {
    id,
    title,
    date: '2026-01',
    author: 'clausewise benchmark generator',
    clauses: clauses.map((items, i) => ({ id: `${id}-${i + 1}`, number: String(i + 1), text: render(items) })),
  };
}

/** A clause-set file (text) with drafts "left" and "right" generated by `draftPair`. */
export function generatedSet(words, n, seed) {
  const { left, right, edits } = draftPair(words, n, seed);
  const set = {
    format: 'clausewise/1',
    title: `Generated drafts, ${n} clauses`,
    drafts: [draft('left', 'Left draft', left), draft('right', 'Right draft', right)],
  };
  return { json: JSON.stringify(set), left: 'left', right: 'right', clauses: [left.length, right.length], edits };
}

/** A clause-set file with one draft of `n` clauses, to compare with itself. */
export function sameDraftSet(words, n, seed) {
  const random = rng(seed);
  const draw = zipf(words, random);
  const clauses = Array.from({ length: n }, () => clauseItems(draw, random));
  const set = { format: 'clausewise/1', title: `Generated draft, ${n} clauses`, drafts: [draft('only', 'The draft', clauses)] };
  return { json: JSON.stringify(set), left: 'only', right: 'only', clauses: [n, n], edits: null };
}

/**
 * Two texts of about `words` words (paragraphs joined with "\n"). `heavy`: every
 * paragraph reworded by 5–30%; otherwise the draft edits of `draftPair`.
 */
export function textPair(vocab, words, seed, heavy) {
  const random = rng(seed);
  const draw = zipf(vocab, random);
  const paragraphs = [];
  let count = 0;
  while (count < words) {
    const p = clauseItems(draw, random);
    paragraphs.push(p);
    count += p.length;
  }
  let other;
  if (heavy) {
    other = paragraphs.map((p) => reword(p, draw, random, 0.05 + random() * 0.25));
  } else {
    // Reuse the draft edits on these paragraphs.
    const pair = draftPairFrom(paragraphs, draw, random);
    other = pair;
  }
  return { old: paragraphs.map(render).join('\n'), new: other.map(render).join('\n') };
}

function draftPairFrom(paragraphs, draw, random) {
  const n = paragraphs.length;
  const out = [];
  for (let i = 0; i < n; i++) {
    const x = random();
    if (x < 0.05) continue; // removed
    if (x < 0.15) out.push(reword(paragraphs[i], draw, random, 0.05 + random() * 0.25));
    else out.push(paragraphs[i]);
    if (random() < 0.05) out.push(clauseItems(draw, random)); // added
  }
  // two moves
  for (let m = 0; m < 2; m++) {
    const [c] = out.splice(random.int(0, out.length - 1), 1);
    out.splice(random.int(0, out.length), 0, c);
  }
  return out;
}
