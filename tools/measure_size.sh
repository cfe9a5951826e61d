#!/usr/bin/env bash
# Size of what one page downloads on first load, raw and gzip -9.
#
#   tools/measure_size.sh [DIST_DIR] [PAGE]     (defaults: dist index.html)
#   tools/measure_size.sh dist edit.html        (the editor)
#
# Counted: PAGE itself; every local file it references (src=, href=: the stylesheet, the
# boot script, the modulepreloaded JS glue and wasm-bindgen snippets, the preloaded wasm,
# the favicon); every local file a counted .js imports or names ("./x.js", './x.wasm':
# the boot script loads the glue and the wasm, the glue imports its snippets); every local
# file a counted .css references (url(...)). Files of another page in the same DIST_DIR
# are not counted.
# The default clause set is compiled into the reader's .wasm (see src/load.rs), so it is
# counted there; the copy in dist/data/ is for people who want the file, not fetched.
# For index.html (the reader), exits 1 if the gzip total exceeds the budget of 150 KB
# (150,000 bytes). Other pages have no budget: their size is reported.
set -euo pipefail

DIST="${1:-dist}"
PAGE="${2:-index.html}"
BUDGET_BYTES=150000

[ -f "$DIST/$PAGE" ] || { echo "measure_size: $DIST/$PAGE not found (build first)" >&2; exit 2; }
command -v gzip >/dev/null || { echo "measure_size: gzip not found" >&2; exit 2; }

declare -A seen=()
files=()
add() {
  local rel
  rel="$(realpath -m --relative-to="$DIST" "$DIST/$1")"
  [ -n "$rel" ] || return 0
  [ -f "$DIST/$rel" ] || return 0
  [ -n "${seen[$rel]:-}" ] && return 0
  seen[$rel]=1
  files+=("$rel")
}

local_only() {
  grep -vE '^(https?:|data:|blob:|mailto:|javascript:|#|//)' | sed -E 's/[?#].*$//' || true
}

# Local references in an HTML or CSS file (quoted or unquoted attributes, CSS url()).
refs() {
  grep -oE '(src|href)=("[^"]*"|'"'"'[^'"'"']*'"'"'|[^ >"'"'"']+)|url\(("[^"]*"|'"'"'[^'"'"']*'"'"'|[^)"'"'"']*)\)' "$1" \
    | sed -E 's/^(src|href)=//; s/^url\(//; s/\)$//; s/^["'"'"']//; s/["'"'"']$//' \
    | local_only
}

# Relative module specifiers and file names in a JS file: "./x.js", '../y.wasm'.
js_refs() {
  grep -oE '["'"'"'](\./|\.\./)[^"'"'"']+\.(js|mjs|wasm)["'"'"']' "$1" \
    | sed -E 's/^["'"'"']//; s/["'"'"']$//' \
    | local_only
}

add "$PAGE"
# Breadth-first through what each counted file references.
i=0
while [ "$i" -lt "${#files[@]}" ]; do
  f="${files[$i]}"
  dir="$(dirname "$f")"
  case "$f" in
    *.html | *.css) while IFS= read -r r; do add "$dir/$r"; done < <(refs "$DIST/$f") ;;
    *.js | *.mjs) while IFS= read -r r; do add "$dir/$r"; done < <(js_refs "$DIST/$f") ;;
  esac
  i=$((i + 1))
done

total_raw=0
total_gz=0
printf '%-60s %10s %10s\n' "file (first load)" "raw B" "gzip -9 B"
printf '%-60s %10s %10s\n' "-----------------" "-----" "---------"
for f in "${files[@]}"; do
  raw=$(wc -c <"$DIST/$f")
  gz=$(gzip -9 -c "$DIST/$f" | wc -c)
  total_raw=$((total_raw + raw))
  total_gz=$((total_gz + gz))
  printf '%-60s %10d %10d\n' "$f" "$raw" "$gz"
done
printf '%-60s %10s %10s\n' "" "-----" "---------"
printf '%-60s %10d %10d\n' "total (${#files[@]} files)" "$total_raw" "$total_gz"

if [ "$PAGE" != "index.html" ]; then
  awk -v g="$total_gz" -v p="$PAGE" 'BEGIN { printf "gzip total %d B = %.1f KB for %s (1 KB = 1000 B; no budget: the budget is the reader'"'"'s)\n", g, g / 1000, p }'
  exit 0
fi
awk -v g="$total_gz" -v b="$BUDGET_BYTES" 'BEGIN { printf "gzip total %d B = %.1f KB of a %.1f KB budget (1 KB = 1000 B)\n", g, g / 1000, b / 1000 }'

if [ "$total_gz" -gt "$BUDGET_BYTES" ]; then
  echo "measure_size: FAIL: gzip total $total_gz B exceeds the budget of $BUDGET_BYTES B" >&2
  exit 1
fi
echo "measure_size: OK (within budget)"
