#!/usr/bin/env bash
# Builds Convene with its UI and starts it: the command the README gives.
# Installs the system and npm packages it needs when they are missing (see setup.sh).
# The database is ~/.local/share/eu.convene.app/convene.db; CONVENE_DB=FILE chooses another.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
ensure_tools
ensure_packages "${CONVENE_BUILD_PACKAGES[@]}"
ensure_ui_deps
build_app
app=target/debug/convene-app
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  ensure_packages xvfb
  convene_say "no display: running in a virtual screen (xvfb-run); close with Ctrl+C"
  exec xvfb-run -a -s "-screen 0 1280x800x24" "$app" "$@"
fi
convene_say "starting Convene"
exec "$app" "$@"
