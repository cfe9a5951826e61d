#!/usr/bin/env bash
# Build the release bundle and serve it locally: bash scripts/serve.sh  (PORT=8080 by default)
set -euo pipefail
# shellcheck source=scripts/lib/setup.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/setup.sh"
cd "$CLAUSEWISE_ROOT"

PORT="${PORT:-8080}"

ensure_build_tools
build_release

command -v python3 >/dev/null 2>&1 || die "python3 is needed to serve dist/ (python3 -m http.server)"
say "serving dist/ at http://127.0.0.1:$PORT/  (Ctrl-C to stop)"
exec python3 -m http.server "$PORT" --bind 127.0.0.1 --directory "$CLAUSEWISE_ROOT/dist"
