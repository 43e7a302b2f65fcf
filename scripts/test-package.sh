#!/usr/bin/env bash
# The Debian package test: builds the package (scripts/package.sh --debug: the same
# packaging as a release, faster to build) and checks it with tests/package/check_deb.py
# (contents, desktop entry, the CLI run from a dpkg -x scratch root, shared libraries
# covered by Depends). Called by scripts/test-all.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
ensure_packages binutils
deb=$(scripts/package.sh --debug | tail -n 1)
python3 tests/package/check_deb.py "$deb" src-tauri/core/examples-data/urbact-network-pages.txt
