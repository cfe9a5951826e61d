#!/usr/bin/env bash
# Build the release bundle into dist/ without serving it (used by the Pages workflow):
#   bash scripts/build.sh
set -euo pipefail
# shellcheck source=scripts/lib/setup.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/setup.sh"
cd "$CLAUSEWISE_ROOT"

ensure_build_tools
build_release
bash tools/measure_size.sh dist
