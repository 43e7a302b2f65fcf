#!/usr/bin/env bash
# Development: the Vite dev server (hot reload) and the app in dev mode loading it from
# http://127.0.0.1:5173. Users run scripts/run.sh instead, which builds the UI into the app.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
ensure_tools
ensure_packages "${CONVENE_BUILD_PACKAGES[@]}"
ensure_ui_deps
(cd ui && exec node_modules/.bin/vite) &
vite=$!
trap 'kill -INT "$vite" 2>/dev/null || true' EXIT
until (exec 3<>/dev/tcp/127.0.0.1/5173) 2>/dev/null; do sleep 0.2; done
cargo run -p convene -- "$@"
