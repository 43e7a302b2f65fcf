//! Fuzz target: see fuzz/checks.rs, `dav_response`.
#![no_main]

#[path = "../checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::dav_response(data));
