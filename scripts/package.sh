#!/usr/bin/env bash
# Builds Convene's Debian package: the desktop app (convene-app, carrying the built UI),
# the `convene` command line in /usr/bin beside it, a desktop entry and the icons.
#   scripts/package.sh            release build (what a user installs)
#   scripts/package.sh --debug    debug build (faster; what the test command checks)
# Prints the path of the .deb on the last line of stdout. Installs what it needs when
# missing (see setup.sh). Works offline: the Tauri CLI comes from the npm package
# @tauri-apps/cli (ui/node_modules), which carries its prebuilt binary.
# AppImage is not built: its bundler downloads tools at build time (docs/packaging.md).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh

profile=release
tauri_flags=()
cargo_flags=(--release)
if [ "${1:-}" = "--debug" ]; then
  profile=debug
  tauri_flags=(--debug)
  cargo_flags=()
fi

ensure_tools
ensure_packages "${CONVENE_BUILD_PACKAGES[@]}"
ensure_ui_deps

convene_say "building the command line (cargo build -p convene-cli, $profile)"
cargo build -p convene-cli "${cargo_flags[@]}" >&2

convene_say "building the UI (ui/dist)"
npm run build --prefix ui >&2

# The package carries the CLI built just above; tauri.conf.json stays profile-free. The UI
# is built above: the CLI would run beforeBuildCommand from the folder above this one.
extra_files=$(printf '{"build":{"beforeBuildCommand":null},"bundle":{"linux":{"deb":{"files":{"/usr/bin/convene":"target/%s/convene"}}}}}' "$profile")

convene_say "building the app and its Debian package (tauri build --bundles deb, $profile)"
ui/node_modules/.bin/tauri build "${tauri_flags[@]}" --bundles deb --config "$extra_files" >&2

deb=$(ls -t target/"$profile"/bundle/deb/*.deb | head -n 1)
convene_say "package: $deb ($(du -k "$deb" | cut -f1) KiB)"
echo "$deb"
