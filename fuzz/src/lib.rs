//! Shared code of the fuzz targets: the property checks (also replayed by
//! `crates/engine/tests/regressions.rs`) and the structured-input builders.

pub mod checks;
pub mod inputs;

/// When `CLAUSEWISE_FUZZ_DUMP` names a file, a structured target writes the input it built
/// there as a clause-set file: how a crash of `align` or `compare` becomes a file that
/// `crates/engine/tests/regressions.rs` can replay without `arbitrary`
/// (`bash scripts/fuzz.sh dump TARGET CRASH_FILE OUT.json`).
pub fn dump(set: &clausewise_engine::model::ClauseSet) {
    if let Some(path) = std::env::var_os("CLAUSEWISE_FUZZ_DUMP") {
        std::fs::write(&path, clausewise_engine::model::to_json(set)).expect("writing the dump");
    }
}

/// Called by every target before its checks: known, unfixed bugs are looked past unless
/// `CLAUSEWISE_FUZZ_STRICT=1` (see `checks::tolerate_known_bugs`).
pub fn init() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let strict = std::env::var_os("CLAUSEWISE_FUZZ_STRICT").is_some_and(|v| v == "1");
        checks::tolerate_known_bugs(!strict);
    });
}
