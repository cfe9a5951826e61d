#!/usr/bin/env bash
# Benchmark the reader's page in headless Chromium against a Yew hello world:
#
#   bash scripts/bench_page.sh
#
#   1. installs what is missing (the same tools as the test command: Trunk, wasm-opt,
#      wasm-bindgen, Chromium, tests/e2e's playwright-core)
#   2. builds the reader (release, into dist/) and the hello world in bench/hello with the
#      same Trunk, wasm-opt options and JS minifier (into target/dist-hello/)
#   3. runs bench/page-bench.mjs: medians of the first row against the hello world (a
#      ratio, same run), and on a 20-draft, 300-clause set the first row after the data,
#      the longest main-thread task, a draft switch and a party toggle; writes
#      bench/page-results.md and .json
#
# A benchmark, not a test: it reports numbers and asserts none. About 2 minutes after the
# builds. BENCH_RUNS (9) sets the runs.
set -euo pipefail
# shellcheck source=scripts/lib/setup.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/setup.sh"
cd "$CLAUSEWISE_ROOT"

ensure_chromium
ensure_e2e_deps
ensure_wasm_target
ensure_wasm_opt
ensure_wasm_bindgen
ensure_trunk
build_release
say "building the Yew hello world (bench/hello) with the same options, into target/dist-hello"
mkdir -p target/dist-hello
rm -rf "${CARGO_TARGET_DIR:-$CLAUSEWISE_ROOT/target}/wasm-bindgen/release/snippets"
TRUNK_SKIP_VERSION_CHECK=true TRUNK_BUILD_HTML_OUTPUT=index.html \
  trunk build --release --offline --public-url ./ --dist target/dist-hello bench/hello/index.html \
  || die "trunk build of bench/hello failed"
say "running bench/page-bench.mjs (${BENCH_RUNS:-9} runs)"
node bench/page-bench.mjs
