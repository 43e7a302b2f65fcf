//! Every input the fuzzers were given or found, replayed on stable in the ordinary test
//! run: the seed corpus (fuzz/seeds/), the minimized corpus (fuzz/corpus/) and every input
//! that once made a reader fail (fuzz/artifacts/), each fed to the same check the fuzz
//! target runs (fuzz/checks.rs): no panic, a clean `Ok` or `Err`, and a database unchanged
//! on `Err`. Registered in the CLI package, which depends on both convene-core and
//! convene-plan-export (the Markdown sanitizer), and has libdav (the calendar server's answers)
//! among its test dependencies.

#[path = "../../fuzz/checks.rs"]
mod checks;

use std::path::Path;

/// A fuzz target's check: the bytes of one input.
type Check = fn(&[u8]);

const TARGETS: &[(&str, Check)] = &[
    ("urbact_import", checks::urbact_import),
    ("ics_import", checks::ics_import),
    ("itip_reply", checks::itip_reply),
    ("plan_file", checks::plan_file),
    ("json_import", checks::json_import),
    ("markdown", checks::markdown),
    ("dav_response", checks::dav_response),
];

fn fuzz_dir() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../fuzz"))
}

#[test]
fn every_committed_corpus_and_found_input_is_read_without_a_panic() {
    for (target, check) in TARGETS {
        let mut fed = 0;
        for folder in ["seeds", "corpus", "artifacts"] {
            let Ok(entries) = std::fs::read_dir(fuzz_dir().join(folder).join(target)) else { continue };
            for entry in entries {
                let path = entry.unwrap().path();
                let bytes = std::fs::read(&path).unwrap();
                if let Err(panic) = std::panic::catch_unwind(|| check(&bytes)) {
                    let said = panic
                        .downcast_ref::<String>()
                        .cloned()
                        .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()));
                    panic!("{target}: {} made the reader fail: {}", path.display(), said.unwrap_or_default());
                }
                fed += 1;
            }
        }
        assert!(fed > 0, "{target} has no committed inputs");
    }
}
