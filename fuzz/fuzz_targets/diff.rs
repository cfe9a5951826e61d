//! Two texts (split at the first 0xFF byte): the word diff rebuilds both exactly, with or
//! without a work budget.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    clausewise_fuzz::init();
    clausewise_fuzz::checks::diff_bytes(data);
});
