#!/usr/bin/env bash
# Runs every test of Convene, installing what they need when it is missing:
#   1. cargo test --workspace  (core, CLI and shell unit and integration tests; the
#      end-to-end tests are not built here: they need the `custom-protocol` feature)
#   1b. the interop tests (scripts/test-interop.sh): python icalendar, ical.js, python-docx
#      and pdftotext read what Convene exports
#   2. the UI's type check and vitest tests (npm run check / npm test in ui/)
#   3. the UI built into ui/dist
#   4. the app built carrying ui/dist (cargo's custom-protocol feature) and the end-to-end
#      tests in the real window under Xvfb, through tauri-driver
#      (screenshots in tests/e2e/screenshots/, driver logs in target/e2e/)
# .ci/run calls this script. CONVENE_SKIP_E2E=1 skips step 4 (saying so).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh

started=$SECONDS
step() { convene_say "$* ($((SECONDS - started)) s so far)"; }

ensure_tools
ensure_packages "${CONVENE_BUILD_PACKAGES[@]}" "${CONVENE_TEST_PACKAGES[@]}"
ensure_ui_deps
ensure_interop
ensure_tauri_driver

step "Rust tests: cargo test --workspace"
cargo test --workspace

step "interop tests: files Convene writes, read by parsers nobody here wrote"
scripts/test-interop.sh

step "UI type check and unit tests"
npm run check --prefix ui
npm test --prefix ui

step "building the UI (ui/dist)"
npm run build --prefix ui

step "end-to-end tests in the real window (Xvfb, tauri-driver, WebKitWebDriver)"
xvfb-run -a -s "-screen 0 1280x800x24" cargo test -p convene --features custom-protocol --test e2e

step "all tests passed"
