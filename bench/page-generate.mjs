// A long clause set for the page benchmark: 20 drafts of 300 clauses (the format's
// limits), each draft rewording, adding and dropping a few, 4 parties with 400 positions.
// Deterministic (a fixed seed), so runs compare.
export function longSet({ drafts = 20, clauses = 300, seed = 7 } = {}) {
  let x = seed;
  const rnd = (n) => { x = (x * 1103515245 + 12345) % 2147483648; return x % n; };
  const words = 'the parties agree that army border trade sanctions elections amnesty within days after signing shall be guaranteed by a joint commission monitoring ceasefire line of contact reconstruction fund assets'.split(' ');
  const sentence = (n) => Array.from({ length: n }, () => words[rnd(words.length)]).join(' ');
  let texts = Array.from({ length: clauses }, () => `${sentence(18 + rnd(24))}.`);
  const topics = Array.from({ length: clauses }, (_, i) => ({ id: `t${i}`, label: `Topic ${i + 1}: ${sentence(3)}` }));
  const out = [];
  for (let d = 0; d < drafts; d++) {
    texts = texts.map((t) => {
      if (rnd(10) > 1) return t;
      const w = t.split(' ');
      w[rnd(w.length)] = words[rnd(words.length)];
      return w.join(' ');
    });
    const kept = texts.map((t, i) => ({ t, i })).filter(() => rnd(50) !== 0).slice(0, clauses);
    out.push({
      id: `d${d + 1}`,
      title: `Draft ${d + 1}`,
      author: 'Benchmark',
      date: `2025-${String(1 + Math.floor(d / 2)).padStart(2, '0')}-${d % 2 ? '20' : '05'}`,
      sources: [{ title: `Source of draft ${d + 1}`, url: `https://example.org/draft-${d + 1}` }],
      clauses: kept.map(({ t, i }) => ({ id: `d${d + 1}-c${i}`, number: String(i + 1), topic: `t${i}`, text: t })),
    });
  }
  const parties = [['ua', 'Ukraine'], ['ru', 'Russia'], ['us', 'United States'], ['eu', 'Europe']].map(([id, name]) => ({ id, name }));
  const stances = ['supports', 'opposes', 'conditional', 'proposed', 'unclear'];
  const positions = Array.from({ length: 400 }, (_, k) => ({
    party: parties[k % 4].id,
    topic: `t${rnd(clauses)}`,
    stance: stances[rnd(stances.length)],
    summary: sentence(12),
    date: '2025-06-01',
    sources: [{ title: 'A report', url: `https://example.org/p${k}` }],
  }));
  return { format: 'clausewise/1', title: 'Benchmark: 20 drafts of 300 clauses', updated: '2026-11-24', parties, topics, drafts: out, positions };
}
