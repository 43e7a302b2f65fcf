#!/usr/bin/env bash
# Installs what building, running and testing Convene needs, when it is missing:
#   system packages (Debian/Ubuntu, apt-get), the UI's npm packages (npm ci in ui/),
#   and, for the end-to-end tests, tauri-driver (cargo install).
# Sourced by scripts/run.sh and scripts/test-all.sh; run alone it installs everything.
# Rust (cargo) and Node.js 20.19+ (npm) must already be installed.

# Building and running the app (Tauri 2 on WebKitGTK 4.1).
CONVENE_BUILD_PACKAGES=(libwebkit2gtk-4.1-dev libgtk-3-dev libayatana-appindicator3-dev librsvg2-dev
  build-essential pkg-config libssl-dev)
# Driving the real window in the end-to-end tests, screenshots and input; timing whole
# commands (hyperfine) and the .docx peer (pandoc) for scripts/bench-e2e.sh.
CONVENE_TEST_PACKAGES=(xvfb webkit2gtk-driver imagemagick xdotool x11-utils poppler-utils hyperfine pandoc)

convene_say() { printf '\n== %s\n' "$*" >&2; }

convene_as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null; then sudo "$@"
  else echo "need root to run: $*" >&2; return 1
  fi
}

# ensure_packages PKG...: apt-get installs the packages that are not installed yet.
ensure_packages() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    convene_say "installing system packages: ${missing[*]}"
    convene_as_root apt-get update
    DEBIAN_FRONTEND=noninteractive convene_as_root apt-get install -y --no-install-recommends "${missing[@]}"
  fi
}

ensure_tools() {
  command -v cargo >/dev/null || { echo "cargo is missing: install Rust from https://rustup.rs" >&2; return 1; }
  command -v npm >/dev/null || { echo "npm is missing: install Node.js 20.19 or newer" >&2; return 1; }
}

# ensure_ui_deps: npm ci in ui/ when node_modules is missing or older than package-lock.json.
ensure_ui_deps() {
  local stamp=ui/node_modules/.convene-lock-sha256
  local want
  want=$(sha256sum ui/package-lock.json | cut -d' ' -f1)
  if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    convene_say "installing the UI's npm packages (npm ci)"
    (cd ui && npm ci --no-audit --no-fund)
    echo "$want" > "$stamp"
  fi
}

# ensure_interop: the independent readers the interop tests run over Convene's files:
#   python `icalendar` and `python-docx` in target/interop/venv (tests/interop/requirements.txt),
#   `ical.js` and `ical-generator` in tests/interop/node_modules (its package-lock.json).
#   python-holidays in target/interop/holidays-venv (tests/interop/holidays/requirements.txt).
# Exports CONVENE_INTEROP_PYTHON, CONVENE_INTEROP_HOLIDAYS_PYTHON and
# CONVENE_INTEROP_NODE_MODULES for the tests.
ensure_interop() {
  local venv=target/interop/venv
  local stamp=$venv/.convene-requirements-sha256
  local want
  want=$(sha256sum tests/interop/requirements.txt | cut -d' ' -f1)
  if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    convene_say "creating the interop virtualenv ($venv: icalendar, python-docx)"
    rm -rf "$venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check -r tests/interop/requirements.txt
    echo "$want" > "$stamp"
  fi
  local nstamp=tests/interop/node_modules/.convene-lock-sha256
  want=$(sha256sum tests/interop/package-lock.json | cut -d' ' -f1)
  if [ "$(cat "$nstamp" 2>/dev/null)" != "$want" ]; then
    convene_say "installing the interop npm packages (ical.js, ical-generator)"
    (cd tests/interop && npm ci --no-audit --no-fund)
    echo "$want" > "$nstamp"
  fi
  local hvenv=target/interop/holidays-venv
  local hstamp=$hvenv/.convene-requirements-sha256
  want=$(sha256sum tests/interop/holidays/requirements.txt | cut -d' ' -f1)
  if [ "$(cat "$hstamp" 2>/dev/null)" != "$want" ]; then
    convene_say "creating the python-holidays virtualenv ($hvenv)"
    rm -rf "$hvenv"
    python3 -m venv "$hvenv"
    "$hvenv/bin/pip" install --quiet --disable-pip-version-check -r tests/interop/holidays/requirements.txt &&
      echo "$want" > "$hstamp"
  fi
  CONVENE_INTEROP_PYTHON="$PWD/$venv/bin/python"
  CONVENE_INTEROP_HOLIDAYS_PYTHON="$PWD/$hvenv/bin/python"
  CONVENE_INTEROP_NODE_MODULES="$PWD/tests/interop/node_modules"
  export CONVENE_INTEROP_PYTHON CONVENE_INTEROP_HOLIDAYS_PYTHON CONVENE_INTEROP_NODE_MODULES
}

# ensure_dav_servers: the servers the CalDAV/WebDAV tests run against (Radicale and Xandikos; WsgiDAV for
#   plans in a WebDAV folder) and python `caldav`, in target/interop/dav-venv
#   (tests/interop/dav/requirements.txt). Exports CONVENE_DAV_PYTHON for tests/cli/dav_*.rs.
ensure_dav_servers() {
  local venv=target/interop/dav-venv
  local stamp=$venv/.convene-requirements-sha256
  local want
  want=$(sha256sum tests/interop/dav/requirements.txt | cut -d' ' -f1)
  if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    convene_say "creating the CalDAV/WebDAV test virtualenv ($venv: radicale, xandikos, wsgidav, caldav)"
    rm -rf "$venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check -r tests/interop/dav/requirements.txt &&
      echo "$want" > "$stamp"
  fi
  CONVENE_DAV_PYTHON="$PWD/$venv/bin/python"
  export CONVENE_DAV_PYTHON
}

# ensure_secret_service: a real Secret Service for tests/cli/dav_keyring.rs, which starts its
#   own D-Bus session bus (dbus-daemon, dbus-send) and GNOME Keyring on it, headless and
#   unlocked from standard input; the keyring crate talks to it as to a desktop's.
ensure_secret_service() {
  ensure_packages dbus-daemon dbus-bin gnome-keyring
}

# The features that turn on the interop test targets (each has required-features =
# ["interop"]). scripts/test-all.sh runs them in its one `cargo test --workspace` with these
# features, so nothing is compiled twice; scripts/test-interop.sh runs only them.
CONVENE_INTEROP_FEATURES=convene-core/interop,convene-plan-export/interop,convene-cli/interop

# ensure_all_interop: everything the interop tests need: the readers (ensure_interop),
# pdftotext, the CalDAV/WebDAV servers and the Secret Service's packages.
ensure_all_interop() {
  ensure_interop
  command -v pdftotext >/dev/null || ensure_packages poppler-utils
  ensure_dav_servers
  ensure_secret_service
}

ensure_tauri_driver() {
  if ! command -v tauri-driver >/dev/null && [ ! -x "${CARGO_HOME:-$HOME/.cargo}/bin/tauri-driver" ]; then
    convene_say "installing tauri-driver (cargo install tauri-driver --locked)"
    cargo install tauri-driver --locked
  fi
}

# build_app: the UI into ui/dist, then the app carrying it (target/debug/convene-app).
build_app() {
  convene_say "building the UI (ui/dist)"
  npm run build --prefix ui
  convene_say "building the app with the built UI (cargo build --features custom-protocol)"
  cargo build -p convene --features custom-protocol
}

# build_e2e_app: the app the end-to-end tests drive: build_app's build plus the test hooks
# (feature e2e-hooks, src-tauri/src/test_hooks.rs). Same dependencies and features as
# build_app, so switching between the two recompiles only the convene crate (docs/e2e.md).
build_e2e_app() {
  convene_say "building the UI (ui/dist)"
  npm run build --prefix ui
  convene_say "building the app with the built UI and the test hooks (--features custom-protocol,e2e-hooks)"
  cargo build -p convene --features custom-protocol,e2e-hooks
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -euo pipefail
  cd "$(dirname "$0")/.."
  ensure_tools
  ensure_packages "${CONVENE_BUILD_PACKAGES[@]}" "${CONVENE_TEST_PACKAGES[@]}"
  ensure_ui_deps
  ensure_interop
  ensure_tauri_driver
fi
