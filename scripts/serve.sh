#!/usr/bin/env bash
# Builds what is missing and serves the web page from build/web on 127.0.0.1.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
if [ "${1:-}" = "--help" ]; then
  cat <<'USAGE'
usage: scripts/serve.sh [PORT]
Builds Lede if needed and serves the static page (build/web) on http://127.0.0.1:PORT/ (default 8080).
USAGE
  exit 0
fi
port="${1:-8080}"
"$LEDE_ROOT/scripts/build.sh"
log "serving build/web (Ctrl-C stops)"
exec python3 "$LEDE_ROOT/scripts/static_server.py" "$LEDE_ROOT/build/web" --port "$port"
