//! Any bytes as a clause-set file: `check` never panics; a valid set re-checks the same
//! after `to_json`; JSON survives `write_compact`. See `clausewise_fuzz::checks`.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    clausewise_fuzz::init();
    clausewise_fuzz::checks::decode_bytes(data);
});
