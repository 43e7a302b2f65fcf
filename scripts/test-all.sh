#!/usr/bin/env bash
# Runs every test of Convene, installing what they need when it is missing:
#   0. code style: cargo fmt --check (rustfmt.toml) and cargo clippy on every target of the
#      workspace with warnings as errors; svelte-check runs in step 2
#   1. cargo test --workspace  (core, CLI and shell unit and integration tests; the
#      end-to-end tests, package convene-e2e, are left out here: they need the built app),
#      with the interop tests among them (the features of scripts/test-interop.sh, in the
#      same build: python icalendar, ical.js, python-docx and pdftotext read what Convene
#      exports; real CalDAV and WebDAV servers)
#   2. the UI's type check and vitest tests (npm run check / npm test in ui/)
#   3. the UI built into ui/dist and the app carrying it with the test hooks
#      (cargo build --features custom-protocol,e2e-hooks: run.sh's build plus the hooks,
#      so run.sh afterwards recompiles only the convene crate; docs/e2e.md)
#   4. the end-to-end tests (package convene-e2e) in the real window under Xvfb, through
#      tauri-driver (screenshots in tests/e2e/screenshots/, driver logs in target/e2e/)
#   5. the Debian package (scripts/test-package.sh: built, unpacked, its CLI run, its
#      libraries covered by Depends; docs/packaging.md)
#   6. the end-to-end benchmark's smoke run (scripts/bench-e2e.sh --smoke --debug): the script
#      works on a small size; its figures are printed, not judged
# .ci/run calls this script. CONVENE_SKIP_E2E=1 skips steps 3 and 4: the end-to-end tests
# are then reported as ignored, not passed. CONVENE_FREE_DISK=1 (set by .ci/run) removes
# the test programs of steps 1 and 4 once they have run, so the later builds have room on
# a small disk (about 2.3 GB); without it they are kept, so the next run need not link
# them again.
# Each step's heading gives the room left on the disk.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh

started=$SECONDS
step() { convene_say "$* ($((SECONDS - started)) s so far, $(df -h --output=avail . | tail -n 1 | tr -d ' ') free on the disk)"; }

# The test programs cargo linked into target/debug/deps (files without an extension that
# only that folder holds: what `cargo test` ran, not a binary a later step copies from
# target/debug/, nor a build script or proc-macro library, which later builds reuse).
free_test_programs() {
  [ "${CONVENE_FREE_DISK:-}" = "1" ] || return 0
  find target/debug/deps -maxdepth 1 -type f -perm -u+x ! -name '*.*' -links 1 -delete
}

ensure_tools
ensure_packages "${CONVENE_BUILD_PACKAGES[@]}" "${CONVENE_TEST_PACKAGES[@]}"
ensure_ui_deps
ensure_all_interop
ensure_tauri_driver

step "code style: cargo fmt --check, cargo clippy --workspace --all-targets -D warnings"
cargo fmt --all --check
cargo clippy --workspace --all-targets -- -D warnings

step "Rust tests: cargo test --workspace (all but the end-to-end tests), the interop tests among them"
cargo test --workspace --exclude convene-e2e --features "$CONVENE_INTEROP_FEATURES"

free_test_programs

step "UI type check and unit tests"
npm run check --prefix ui
npm test --prefix ui

if [ "${CONVENE_SKIP_E2E:-}" = "1" ]; then
  step "CONVENE_SKIP_E2E=1: the end-to-end tests are not run (each is reported as ignored)"
  cargo test -p convene-e2e
else
  step "building the app the end-to-end tests drive (UI, custom-protocol, e2e-hooks)"
  build_e2e_app

  step "end-to-end tests in the real window (Xvfb, tauri-driver, WebKitWebDriver)"
  # tests/e2e/dav_plans.rs starts WsgiDAV from CONVENE_DAV_PYTHON (ensure_all_interop's).
  xvfb-run -a -s "-screen 0 1280x800x24" cargo test -p convene-e2e
  free_test_programs
fi

step "the Debian package"
scripts/test-package.sh

step "the end-to-end benchmark, smoke run (figures printed, not judged)"
scripts/bench-e2e.sh --smoke --debug

step "all tests passed"
