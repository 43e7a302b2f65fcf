//! Fuzz target: see fuzz/checks.rs, `itip_reply`.
#![no_main]

#[path = "../checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::itip_reply(data));
