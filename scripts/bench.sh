#!/usr/bin/env bash
# Benchmark the engine against jsdiff and diff-match-patch in headless Chromium:
#
#   bash scripts/bench.sh
#
#   1. installs what is missing: the wasm32 target, wasm-bindgen-cli (the version in
#      Cargo.lock), wasm-opt, Chromium, tests/e2e's npm packages (playwright-core) and
#      bench/'s (jsdiff, diff-match-patch: npm ci)
#   2. builds the harness: cargo build -p clausewise-bench --release --target wasm32-unknown-unknown,
#      then wasm-bindgen --target web --out-dir bench/out, then wasm-opt with the reader's
#      own options (index.html's data-wasm-opt-params), so the engine runs as it ships
#   3. runs bench/run.mjs: prints the Markdown tables and writes bench/results.md,
#      bench/results.json and the table in bench/README.md
#
# A benchmark, not a test: it reports numbers and asserts none. Takes 5–10 minutes on
# 2 cores (most of it jsdiff and diff-match-patch on gpl-2-to-3). Options (environment):
# BENCH_RUNS (15), BENCH_WARMUPS (3), BENCH_MIN_SAMPLE_MS (10), BENCH_ONLY (substring of
# case names), BENCH_WASM_OPT=0 (skip wasm-opt). See bench/README.md.
set -euo pipefail
# shellcheck source=scripts/lib/setup.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/setup.sh"
cd "$CLAUSEWISE_ROOT"

BENCH_DIR="$CLAUSEWISE_ROOT/bench"
WASM_IN="$CLAUSEWISE_ROOT/target/wasm32-unknown-unknown/release/clausewise_bench.wasm"
WASM_OUT="$BENCH_DIR/out/clausewise_bench_bg.wasm"

# npm packages of bench/ (jsdiff, diff-match-patch), reinstalled only when
# package.json or package-lock.json changed.
ensure_bench_deps() {
  ensure_node
  local stamp="$BENCH_DIR/node_modules/.clausewise-deps" want
  want="$(cat "$BENCH_DIR/package.json" "$BENCH_DIR/package-lock.json" | sha256sum | cut -d' ' -f1)"
  if [ -d "$BENCH_DIR/node_modules" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$want" ]; then
    say "bench npm packages already present ($(cd "$BENCH_DIR" && node -p 'const l=require("./package-lock.json").packages; Object.keys(l).filter(k=>k).map(k=>k.replace("node_modules/","")+"@"+l[k].version).join(", ")'))"
    return 0
  fi
  say "installing bench npm packages (npm ci in bench/)"
  (cd "$BENCH_DIR" && npm ci --no-audit --no-fund)
  printf '%s\n' "$want" >"$stamp"
}

say "bench 1/3: tools and packages"
ensure_wasm_target
ensure_wasm_bindgen
ensure_wasm_opt
ensure_chromium
ensure_e2e_deps
ensure_bench_deps

# What is built: the commit, and whether the engine's sources had uncommitted changes.
ENGINE_COMMIT="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
if [ -n "$(git status --porcelain -- crates/engine/src crates/engine/Cargo.toml 2>/dev/null)" ]; then
  ENGINE_COMMIT="$ENGINE_COMMIT + uncommitted engine changes"
fi
say "bench 2/3: building the harness (cargo build -p clausewise-bench --release --target wasm32-unknown-unknown)"
cargo build -p clausewise-bench --release --target wasm32-unknown-unknown
[ -f "$WASM_IN" ] || die "cargo build finished but $WASM_IN is missing"
say "wasm-bindgen --target web --out-dir bench/out"
rm -rf "$BENCH_DIR/out"
wasm-bindgen --target web --out-dir "$BENCH_DIR/out" "$WASM_IN"
WASM_OPT_VERSION="none"
if [ "${BENCH_WASM_OPT:-1}" != "0" ]; then
  # The reader's options, read from index.html so the two never drift apart.
  params="$(sed -n 's/.*data-wasm-opt-params="\([^"]*\)".*/\1/p' index.html | head -n1)"
  [ -n "$params" ] || params="--flatten --rereloop -Oz --strip-producers --strip-target-features"
  say "wasm-opt -Oz $params (as the reader's release build)"
  # shellcheck disable=SC2086 # the options are words
  wasm-opt -Oz $params "$WASM_OUT" -o "$WASM_OUT.opt"
  mv "$WASM_OUT.opt" "$WASM_OUT"
  WASM_OPT_VERSION="$(wasm-opt --version | awk '{print $3}') (-Oz $params)"
else
  say "BENCH_WASM_OPT=0: skipping wasm-opt"
fi
say "engine module: $(wc -c <"$WASM_OUT") bytes"

say "bench 3/3: running (node bench/run.mjs: ${BENCH_RUNS:-15} runs after ${BENCH_WARMUPS:-3} warm-ups per case; 5–10 minutes)"
BENCH_WASM_OPT_VERSION="$WASM_OPT_VERSION" BENCH_ENGINE_COMMIT="$ENGINE_COMMIT" node "$BENCH_DIR/run.mjs"
