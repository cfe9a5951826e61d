//! The word diff: readable, punctuation-aware, and always able to give both texts back.

use clausewise_engine::diff::{Segment, SegmentKind, diff_words, new_text, old_text, tokenize};

fn render(segs: &[Segment]) -> String {
    segs.iter()
        .map(|s| match s.kind {
            SegmentKind::Equal => s.text.clone(),
            SegmentKind::Removed => format!("[-{}-]", s.text),
            SegmentKind::Added => format!("{{+{}+}}", s.text),
        })
        .collect()
}

#[test]
fn tokens_keep_numbers_and_contractions_whole() {
    assert_eq!(
        tokenize("Kyiv's army: 600,000 (non-aggression)."),
        vec![
            "Kyiv's",
            " ",
            "army",
            ":",
            " ",
            "600,000",
            " ",
            "(",
            "non-aggression",
            ")",
            "."
        ]
    );
}

#[test]
fn punctuation_is_separate_from_words() {
    let d = diff_words("Trade resumes.", "Trade resumes;");
    assert_eq!(render(&d), "Trade resumes[-.-]{+;+}");
}

#[test]
fn a_changed_number_is_one_change() {
    let d = diff_words(
        "The army is capped at 600,000 soldiers.",
        "The army is capped at 800,000 soldiers in peacetime.",
    );
    assert_eq!(
        render(&d),
        "The army is capped at [-600,000-]{+800,000+} soldiers{+ in peacetime+}."
    );
}

#[test]
fn no_confetti_from_tiny_shared_words() {
    // "the" and the spaces are shared, but a reader sees one rewritten phrase.
    let d = diff_words(
        "Russia and Ukraine and Europe sign the pact.",
        "Russia and NATO under the treaty sign the pact.",
    );
    let changes = d.iter().filter(|s| s.kind != SegmentKind::Equal).count();
    assert!(changes <= 2, "{}", render(&d));
    assert_eq!(
        render(&d),
        "Russia and [-Ukraine and Europe-]{+NATO under the treaty+} sign the pact."
    );
}

#[test]
fn identical_and_empty_texts() {
    assert_eq!(diff_words("", ""), vec![]);
    assert_eq!(render(&diff_words("same", "same")), "same");
    assert_eq!(render(&diff_words("", "new text")), "{+new text+}");
    assert_eq!(render(&diff_words("old text", "")), "[-old text-]");
}

#[test]
fn removals_come_before_additions_in_each_change() {
    let d = diff_words("a b c d", "a x c y");
    for w in d.windows(2) {
        assert!(
            !(w[0].kind == SegmentKind::Added && w[1].kind == SegmentKind::Removed),
            "{}",
            render(&d)
        );
    }
}

/// xorshift64*: a reproducible stream of pseudo-random numbers with no extra crate.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const PIECES: &[&str] = &[
    "the",
    "army",
    "600,000",
    "800,000",
    "Kyiv's",
    " ",
    "  ",
    "\n",
    ",",
    ".",
    ";",
    "—",
    "NATO",
    "é",
    "ü",
    "Україна",
    "🙂",
    "a",
    "non-aggression",
    "(",
    ")",
    "\"",
    "<b>",
    "&amp;",
    "\t",
    "x-",
];

fn random_text(rng: &mut Rng) -> String {
    (0..rng.below(40))
        .map(|_| PIECES[rng.below(PIECES.len())])
        .collect()
}

fn mutate(rng: &mut Rng, s: &str) -> String {
    let mut toks: Vec<String> = tokenize(s).into_iter().map(str::to_string).collect();
    for _ in 0..rng.below(6) {
        let piece = PIECES[rng.below(PIECES.len())].to_string();
        match rng.below(3) {
            0 if !toks.is_empty() => {
                let i = rng.below(toks.len());
                toks.remove(i);
            }
            1 => {
                let i = rng.below(toks.len() + 1);
                toks.insert(i, piece);
            }
            _ if !toks.is_empty() => {
                let i = rng.below(toks.len());
                toks[i] = piece;
            }
            _ => toks.push(piece),
        }
    }
    toks.concat()
}

#[test]
fn both_texts_are_recoverable_from_random_diffs() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for case in 0..3_000 {
        let old = random_text(&mut rng);
        let new = if case % 3 == 0 {
            random_text(&mut rng)
        } else {
            mutate(&mut rng, &old)
        };
        let d = diff_words(&old, &new);
        assert_eq!(
            old_text(&d),
            old,
            "old side of case {case}: {old:?} → {new:?}"
        );
        assert_eq!(
            new_text(&d),
            new,
            "new side of case {case}: {old:?} → {new:?}"
        );
        assert!(
            d.iter().all(|s| !s.text.is_empty()),
            "empty segment in case {case}"
        );
        for w in d.windows(2) {
            assert_ne!(w[0].kind, w[1].kind, "unmerged neighbours in case {case}");
        }
    }
}

#[test]
fn tokens_rebuild_the_text() {
    let mut rng = Rng(42);
    for _ in 0..2_000 {
        let t = random_text(&mut rng);
        assert_eq!(tokenize(&t).concat(), t);
    }
}

#[test]
fn the_diff_is_stable() {
    let a = "Ukraine holds elections within 100 days.";
    let b = "Ukraine holds elections as soon as possible after signing.";
    assert_eq!(diff_words(a, b), diff_words(a, b));
    assert_eq!(
        render(&diff_words(a, b)),
        "Ukraine holds elections [-within 100 days-]{+as soon as possible after signing+}."
    );
}

#[test]
fn spaces_stay_outside_changes() {
    assert_eq!(
        render(&diff_words("The army is large.", "The army large.")),
        "The army[- is-] large."
    );
    assert_eq!(render(&diff_words("a b", "a  b")), "a[- -]{+  +}b");
}

#[test]
fn a_rewritten_sentence_is_read_as_a_rewrite_not_shredded() {
    // Few words survive a rewrite: the diff stays minimal, and the row is shown as a
    // rewrite (both texts whole, shared phrases marked) instead of confetti.
    let old =
        "Crimea, Luhansk and Donetsk are recognised de facto as Russian, including by the US.";
    let new = "In Donetsk, Luhansk, Zaporizhzhia and Kherson, troop positions on signing become the de facto line of contact.";
    let d = diff_words(old, new);
    assert!(clausewise_engine::compare::is_rewrite(&d), "{}", render(&d));
    // A light edit is not.
    let light = diff_words(
        "The army is capped at 600,000.",
        "The army is capped at 800,000.",
    );
    assert!(!clausewise_engine::compare::is_rewrite(&light));
}

#[test]
fn a_surviving_phrase_stays_visible() {
    let d = diff_words(
        "Russia, Ukraine and Europe conclude a comprehensive non-aggression agreement, and all ambiguities of the past 30 years are considered settled.",
        "Russia and Ukraine conclude a full and unconditional non-aggression agreement.",
    );
    let kept: String = d
        .iter()
        .filter(|s| s.kind == SegmentKind::Equal)
        .map(|s| s.text.as_str())
        .collect();
    assert!(kept.contains("non-aggression agreement"), "{}", render(&d));
}
