#!/usr/bin/env bash
# Coverage-guided fuzzing of the engine with cargo-fuzz and libFuzzer, on stable Rust:
#
#   bash scripts/fuzz.sh                      # every target, 20 s each
#   bash scripts/fuzz.sh decode diff          # only these targets
#   FUZZ_SECONDS=600 bash scripts/fuzz.sh     # a long run: 10 minutes each
#   bash scripts/fuzz.sh list                 # the targets
#   bash scripts/fuzz.sh dump TARGET INPUT OUT.json
#                                             # an align/compare input as a clause-set file
#
#   1. installs cargo-fuzz if it is missing (cargo install --locked; about 2 min)
#   2. fills fuzz/corpus/TARGET/ with seeds (not committed): fuzz/seeds/TARGET/ (small,
#      hand-made, committed) and, for decode and diff, the project's clause sets
#      (static/data, tests/fixtures/sets, tests/e2e/fixtures, tests/corpus) and pairs of
#      their clause texts. The corpus grows from run to run.
#   3. runs each target for FUZZ_SECONDS (one worker; -timeout=2 s: a slower input is a
#      failure) and prints, per target, how many inputs it ran and whether one failed.
#      A failing input is saved under fuzz/artifacts/TARGET/; make it a test in
#      crates/engine/tests/regressions.rs (see fuzz/README.md).
#
# Needs no nightly: with FUZZ_SANITIZER=none (the default) cargo-fuzz passes only stable
# -C flags (-Cpasses=sancov-module ...). The engine is safe Rust, so AddressSanitizer
# finds nothing more and costs about 5× the speed; FUZZ_SANITIZER=address turns it on,
# which needs -Zsanitizer and so RUSTC_BOOTSTRAP=1 (set here, for that build only; it
# builds into fuzz/target/asan/).
#
# Options (environment): FUZZ_SECONDS (20), FUZZ_RUNS (no limit: stop after this many
# inputs), FUZZ_TIMEOUT (2, seconds per input), FUZZ_SANITIZER (none|address),
# FUZZ_MAX_LEN (largest input; per target by default), CLAUSEWISE_FUZZ_STRICT=1 (stop at
# bugs already known too, see fuzz/README.md), FUZZ_ARGS (more libFuzzer flags, e.g.
# "-seed=1").
set -euo pipefail
# shellcheck source=scripts/lib/setup.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/setup.sh"
cd "$CLAUSEWISE_ROOT"

CARGO_FUZZ_VERSION="0.13.2"
TARGETS=(decode url_state diff align compare)
FUZZ_DIR="$CLAUSEWISE_ROOT/fuzz"
FUZZ_SECONDS="${FUZZ_SECONDS:-20}"
FUZZ_RUNS="${FUZZ_RUNS:-}"
FUZZ_TIMEOUT="${FUZZ_TIMEOUT:-2}"
FUZZ_SANITIZER="${FUZZ_SANITIZER:-none}"
FUZZ_ARGS="${FUZZ_ARGS:-}"
TRIPLE="$(rustc -vV | awk '/^host:/ {print $2}')"

# Largest input libFuzzer makes, per target: clause sets are big, but a smaller input
# is tried many more times per second.
max_len() {
  if [ -n "${FUZZ_MAX_LEN:-}" ]; then
    echo "$FUZZ_MAX_LEN"
    return 0
  fi
  case "$1" in
    decode) echo 16384 ;;
    # The word diff is quadratic in the words of unlike texts: 256 bytes keep it at
    # thousands of inputs a second; longer texts are the engine tests' and bench's job.
    diff) echo 256 ;;
    url_state) echo 1024 ;;
    *) echo 4096 ;;
  esac
}

ensure_cargo_fuzz() {
  ensure_cargo_tool cargo-fuzz "$CARGO_FUZZ_VERSION" 2 cargo fuzz
}

# The cargo-fuzz flags for the chosen sanitizer, and where that build goes.
fuzz_build_args() {
  case "$FUZZ_SANITIZER" in
    none) echo "-s none" ;;
    address) echo "-s address --target-dir $FUZZ_DIR/target/asan" ;;
    *) die "FUZZ_SANITIZER must be none or address, not '$FUZZ_SANITIZER'" ;;
  esac
}

target_binary() {
  case "$FUZZ_SANITIZER" in
    address) echo "$FUZZ_DIR/target/asan/$TRIPLE/release/$1" ;;
    *) echo "$FUZZ_DIR/target/$TRIPLE/release/$1" ;;
  esac
}

cargo_fuzz() {
  if [ "$FUZZ_SANITIZER" = "address" ]; then
    RUSTC_BOOTSTRAP=1 cargo fuzz "$@"
  else
    cargo fuzz "$@"
  fi
}

# The project's clause-set files: seeds for decode, and the source of diff's text pairs.
seed_sets() {
  find static/data tests/fixtures/sets tests/e2e/fixtures tests/corpus -maxdepth 2 -name '*.json' 2>/dev/null | sort
}

# Seeds made at run time from the project's sets (python3; skipped without it):
#  decode: every set as it is, and each set cut down to a few clauses and positions
#          (a small valid set is mutated far more often than a 100 KB one);
#  diff:   the texts of clauses that correspond between consecutive drafts (same topic,
#          else same place), as "old<0xFF>new": whole when they fit in diff's max_len,
#          else sentence by sentence.
make_seeds() {
  local target="$1" corpus="$FUZZ_DIR/corpus/$1"
  mkdir -p "$corpus"
  if [ -d "$FUZZ_DIR/seeds/$target" ]; then
    cp -n "$FUZZ_DIR/seeds/$target"/* "$corpus"/ 2>/dev/null || true
  fi
  case "$target" in
    decode | diff) ;;
    *) return 0 ;;
  esac
  if ! command -v python3 >/dev/null 2>&1; then
    warn "python3 not found: $target starts from fuzz/seeds/$target only"
    return 0
  fi
  local files
  files="$(seed_sets)"
  [ -n "$files" ] || return 0
  # shellcheck disable=SC2086
  python3 - "$target" "$corpus" "$(max_len "$target")" $files <<'PY'
import hashlib, json, os, re, sys
target, corpus, limit, files = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4:]
def put(data):
    name = "seed-" + hashlib.sha1(data).hexdigest()
    path = os.path.join(corpus, name)
    if not os.path.exists(path):
        with open(path, "wb") as f:
            f.write(data)
made = 0
for path in files:
    raw = open(path, "rb").read()
    try:
        doc = json.loads(raw)
    except Exception:
        doc = None
    if target == "decode":
        put(raw)
        made += 1
        if isinstance(doc, dict) and isinstance(doc.get("drafts"), list):
            small = dict(doc)
            small["drafts"] = [dict(d, clauses=d.get("clauses", [])[:3]) if isinstance(d, dict) else d
                               for d in doc["drafts"][:3]]
            if isinstance(doc.get("positions"), list):
                small["positions"] = doc["positions"][:4]
            put(json.dumps(small, indent=2, ensure_ascii=False).encode())
            made += 1
    elif target == "diff" and isinstance(doc, dict) and isinstance(doc.get("drafts"), list):
        drafts = [d for d in doc["drafts"] if isinstance(d, dict) and isinstance(d.get("clauses"), list)]
        for a, b in zip(drafts, drafts[1:]):
            by_topic = {c.get("topic"): c for c in b["clauses"] if isinstance(c, dict) and c.get("topic")}
            for i, c in enumerate(a["clauses"]):
                if not isinstance(c, dict):
                    continue
                other = by_topic.get(c.get("topic")) if c.get("topic") else None
                if other is None and i < len(b["clauses"]):
                    other = b["clauses"][i]
                old, new = c.get("text"), other.get("text") if isinstance(other, dict) else None
                if not (isinstance(old, str) and isinstance(new, str)):
                    continue
                # The whole clauses if they fit, else their sentences pairwise.
                pairs = [(old, new)]
                if len(old.encode()) + len(new.encode()) >= limit:
                    split = lambda t: re.findall(r"[^.;:]*[.;:]?\s*", t)
                    pairs = list(zip(split(old), split(new)))
                for o, n in pairs:
                    data = o.encode() + b"\xff" + n.encode()
                    if len(data) <= limit and o != n and len(data) > 1:
                        put(data)
                        made += 1
print(f"==> {made} seeds for {target} from the project's clause sets", flush=True)
PY
}

# Runs one target; prints its summary line and records it in $SUMMARY.
run_target() {
  local target="$1" corpus="$FUZZ_DIR/corpus/$1" artifacts="$FUZZ_DIR/artifacts/$1"
  local log="$FUZZ_DIR/artifacts/$target.log" stamp rc=0 dict=()
  make_seeds "$target"
  mkdir -p "$artifacts"
  stamp="$(mktemp)"
  [ -f "$FUZZ_DIR/dict/$target.dict" ] && dict=("-dict=$FUZZ_DIR/dict/$target.dict")
  local limits=("-max_total_time=$FUZZ_SECONDS")
  [ -n "$FUZZ_RUNS" ] && limits+=("-runs=$FUZZ_RUNS")
  say "fuzzing $target for ${FUZZ_SECONDS}s${FUZZ_RUNS:+ or $FUZZ_RUNS inputs} (corpus fuzz/corpus/$target: $(find "$corpus" -type f | wc -l) files; log $log)"
  # shellcheck disable=SC2046,SC2086
  cargo_fuzz run $(fuzz_build_args) "$target" "$corpus" -- \
    "${limits[@]}" "-timeout=$FUZZ_TIMEOUT" -report_slow_units=1 -rss_limit_mb=4096 \
    "-max_len=$(max_len "$target")" -print_final_stats=1 "${dict[@]}" $FUZZ_ARGS \
    >"$log" 2>&1 || rc=$?
  local execs seconds found
  execs="$(awk -F': *' '/^stat::number_of_executed_units/ {n=$2} END {print n}' "$log")"
  [ -n "$execs" ] || execs="$(awk '/^Done [0-9]+ runs/ {n=$2} END {print n}' "$log")"
  # A failure stops libFuzzer before its final statistics: its last status line says.
  [ -n "$execs" ] || execs="$(awk '/^#[0-9]+[ \t]/ {n=substr($1, 2)} END {print n}' "$log")"
  seconds="$(awk '/^Done [0-9]+ runs in/ {s=$5} END {print s}' "$log")"
  found="$(find "$artifacts" -type f -newer "$stamp" \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' -o -name 'leak-*' -o -name 'slow-unit-*' \) | sort)"
  rm -f "$stamp"
  local line
  if [ "$rc" -ne 0 ] || [ -n "$found" ]; then
    line="$target: ${execs:-?} executions, FAILURE (exit $rc): ${found:-see $log}"
    grep -E -A2 "^thread .* panicked at|^==[0-9]+== ERROR|^ALARM|^SUMMARY|^Slowest unit" "$log" | head -n 8 | sed 's/^/    /' >&2 || true
    if [ "$rc" -ne 0 ] && [ -z "$found" ]; then
      tail -n 20 "$log" >&2
    fi
    FAILED=1
  else
    line="$target: ${execs:-?} executions in ${seconds:-$FUZZ_SECONDS} s, no failure (corpus: $(find "$corpus" -type f | wc -l) files)"
  fi
  say "$line"
  SUMMARY+=("$line")
}

# An align/compare input (the fuzzer's bytes) written as the clause-set file the target
# built from it: what crates/engine/tests/regressions.rs replays.
dump_input() {
  local target="$1" input="$2" out="$3"
  case "$target" in
    align | compare) ;;
    *) die "dump is for align and compare; $target's input is already the file to keep" ;;
  esac
  [ -f "$input" ] || die "no such input: $input"
  # shellcheck disable=SC2046
  cargo_fuzz build $(fuzz_build_args) "$target"
  rm -f "$out"
  CLAUSEWISE_FUZZ_DUMP="$out" "$(target_binary "$target")" "$input" >/dev/null 2>&1 || true
  [ -s "$out" ] || die "the target wrote no input to $out"
  say "wrote $out (the $target input built from $input)"
}

main() {
  case "${1:-}" in
    list)
      printf '%s\n' "${TARGETS[@]}"
      return 0
      ;;
    dump)
      [ $# -eq 4 ] || die "usage: bash scripts/fuzz.sh dump TARGET INPUT OUT.json"
      ensure_cargo_fuzz
      dump_input "$2" "$3" "$4"
      return 0
      ;;
  esac
  local chosen=("$@")
  [ ${#chosen[@]} -gt 0 ] || chosen=("${TARGETS[@]}")
  local t
  for t in "${chosen[@]}"; do
    [[ " ${TARGETS[*]} " == *" $t "* ]] || die "unknown target '$t' (targets: ${TARGETS[*]})"
  done
  ensure_cargo_fuzz
  say "building the fuzz targets (cargo fuzz build $(fuzz_build_args); fuzz/ is its own workspace)"
  # shellcheck disable=SC2046
  cargo_fuzz build $(fuzz_build_args) || die "the fuzz targets do not build"
  FAILED=0
  SUMMARY=()
  for t in "${chosen[@]}"; do
    run_target "$t"
  done
  say "summary ($(date -u '+%Y-%m-%d %H:%M UTC'), FUZZ_SECONDS=$FUZZ_SECONDS, sanitizer $FUZZ_SANITIZER):"
  printf '    %s\n' "${SUMMARY[@]}"
  if [ "$FAILED" -ne 0 ]; then
    die "a target found a failing input: see fuzz/artifacts/ and fuzz/README.md"
  fi
}

main "$@"
