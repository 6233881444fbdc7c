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
if [ ! -f "$LEDE_ROOT/build/web/index.html" ]; then
  log "the web page is not built yet: it arrives with the web module (issue 3)."
  log "meanwhile the native CLI is ready: echo 'text' | build/native/lede analyze"
  exit 0
fi
log "serving build/web (Ctrl-C stops)"
exec python3 "$LEDE_ROOT/scripts/static_server.py" "$LEDE_ROOT/build/web" --port "$port"
