//! Times the word diff of whole corpus texts natively (a quick check while working; the
//! real benchmark is scripts/bench.sh, in the browser beside jsdiff and diff-match-patch).
use std::time::Instant;
fn main() {
    for name in std::env::args()
        .skip(1)
        .collect::<Vec<_>>()
        .iter()
        .map(String::as_str)
        .chain(if std::env::args().len() > 1 {
            vec![]
        } else {
            vec![
                "gfdl-1.2-to-1.3",
                "gpl-1-to-2",
                "lgpl-2-to-2.1",
                "gpl-2-to-3",
                "mpl-1.1-to-2.0",
            ]
        })
    {
        let text = std::fs::read_to_string(format!("tests/corpus/{name}.json")).unwrap();
        let set = clausewise_engine::load(&text).unwrap();
        let whole = |i: usize| {
            set.drafts[i]
                .clauses
                .iter()
                .filter_map(|c| c.text.as_deref())
                .collect::<Vec<_>>()
                .join("\n")
        };
        let (a, b) = (whole(0), whole(1));
        let n = 50;
        let time = |f: &dyn Fn()| {
            let t = Instant::now();
            for _ in 0..n {
                f();
            }
            t.elapsed().as_secs_f64() * 1000.0 / n as f64
        };
        let diff = time(&|| {
            std::hint::black_box(clausewise_engine::diff::diff_words(&a, &b));
        });
        let tok = time(&|| {
            std::hint::black_box(clausewise_engine::diff::tokenize(&a));
            std::hint::black_box(clausewise_engine::diff::tokenize(&b));
        });
        println!("{name:<16} diff {diff:.2} ms, of which tokenizing both {tok:.2} ms");
    }
}
