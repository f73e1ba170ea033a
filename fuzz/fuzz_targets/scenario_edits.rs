//! A bundled scenario with token and line edits chosen by the input, then the same checks.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    htl_fuzz::edits::scenario_edits(data);
});
