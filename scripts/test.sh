#!/usr/bin/env bash
# Run every test of the project: bash scripts/test.sh
#   1. native tests               cargo test (the whole workspace: engine, command line, reader)
#   2. browser component tests    cargo test -p clausewise --target wasm32-unknown-unknown --test browser (headless Chromium)
#   3. release build              trunk build --release --offline --public-url ./
#   4. download-size budget       tools/measure_size.sh dist   (gzip total <= 150 KB; the editor's size is printed)
#   5. fuzzing, briefly           FUZZ_SECONDS=10 bash scripts/fuzz.sh (every target; the long run is separate)
#   6. end-to-end tests           node --test tests/e2e/tests/*.test.mjs (playwright-core + Chromium)
# Installs whatever is missing first. Stops at the first failing step.
set -euo pipefail
# shellcheck source=scripts/lib/setup.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/setup.sh"
cd "$CLAUSEWISE_ROOT"

ensure_build_tools
ensure_chromium
ensure_e2e_deps

step() {
  local n="$1" name="$2"
  shift 2
  say "step $n/6: $name"
  local rc
  # A subshell outside any `||`/`if` context, so `set -e` still applies inside
  # shell functions such as build_release.
  set +e
  ("$@")
  rc=$?
  set -e
  if [ "$rc" -ne 0 ]; then
    printf '==> FAILED: step %s/6 (%s) exited with status %s\n' "$n" "$name" "$rc" >&2
    exit "$rc"
  fi
}

[ -f .cargo/config.toml ] && grep -q 'wasm-bindgen-test-runner' .cargo/config.toml \
  || die ".cargo/config.toml must set runner = \"wasm-bindgen-test-runner\" for wasm32-unknown-unknown"

step 1 "native tests (cargo test: engine, command line, reader)" cargo test
step 2 "browser component tests (cargo test -p clausewise --target wasm32-unknown-unknown --test browser)" \
  env CHROMEDRIVER=/usr/bin/chromedriver cargo test -p clausewise --target wasm32-unknown-unknown --test browser
step 3 "release build" build_release
step 4 "download size (tools/measure_size.sh dist)" bash tools/measure_size.sh dist
# The editor has no budget; its size is printed so a change in it is seen.
bash tools/measure_size.sh dist edit.html | tail -n 1
bash tools/measure_size.sh dist overview.html | tail -n 1
step 5 "fuzzing, briefly (FUZZ_SECONDS=10 bash scripts/fuzz.sh; the long run is separate)" \
  env FUZZ_SECONDS="${FUZZ_SECONDS:-10}" bash scripts/fuzz.sh
say "step 6/6: end-to-end tests (node --test tests/e2e; e2e 20 runs the clausewise command line too)"
cargo build --bin clausewise
export CLAUSEWISE_CLI="$CLAUSEWISE_ROOT/target/debug/clausewise"
exec node --test --test-concurrency=1 --test-reporter=tap tests/e2e/tests/*.test.mjs
