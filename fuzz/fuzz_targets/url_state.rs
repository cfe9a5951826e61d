//! Any string as the page's hash, read against the shipped clause set; what it accepted,
//! formatted again, reads back the same with nothing ignored.
#![no_main]
use clausewise_engine::validate::ValidClauseSet;
use libfuzzer_sys::fuzz_target;
use std::sync::LazyLock;

static SET: LazyLock<ValidClauseSet> = LazyLock::new(|| {
    clausewise_engine::load(include_str!("../../static/data/peace-framework.json"))
        .expect("the shipped set is valid")
});

fuzz_target!(|hash: &str| {
    clausewise_fuzz::init();
    clausewise_fuzz::checks::url_state(hash, &SET);
});
