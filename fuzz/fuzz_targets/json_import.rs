//! Fuzz target: see fuzz/checks.rs, `json_import`.
#![no_main]

#[path = "../checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::json_import(data));
