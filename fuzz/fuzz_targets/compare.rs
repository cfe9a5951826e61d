//! A valid set built from structured input (1–4 drafts, 0–3 parties, positions): every
//! ordered pair of drafts compared; keys unique, every clause in one row, counts add up.
#![no_main]
use clausewise_fuzz::inputs::CompareInput;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: CompareInput| {
    clausewise_fuzz::init();
    let set = input.build();
    clausewise_fuzz::dump(&set);
    let (valid, _) = clausewise_engine::validate::validate(set);
    let valid = valid.unwrap_or_else(|p| panic!("the harness built an invalid set: {p:?}"));
    clausewise_fuzz::checks::compare_all(&valid);
});
