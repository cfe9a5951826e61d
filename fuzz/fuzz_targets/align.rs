//! Two small clause lists over a small vocabulary and topic pool: every clause in exactly
//! one row, statuses and topics consistent with the rows' sides.
#![no_main]
use clausewise_fuzz::inputs::{AlignInput, align_as_set};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: AlignInput| {
    clausewise_fuzz::init();
    let (l, r) = input.build();
    clausewise_fuzz::dump(&align_as_set(&l, &r));
    clausewise_fuzz::checks::align(&l, &r);
});
