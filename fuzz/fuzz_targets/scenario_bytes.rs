//! Arbitrary bytes as a scenario file: decode, parse, validate, and play it if it validates clean.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    htl_fuzz::check::scenario_bytes(data);
});
