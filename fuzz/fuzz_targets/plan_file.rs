//! Fuzz target: see fuzz/checks.rs, `plan_file`.
#![no_main]

#[path = "../checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::plan_file(data));
