//! Fuzz target: see fuzz/checks.rs, `ics_import`.
#![no_main]

#[path = "../checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::ics_import(data));
