#!/usr/bin/env bash
# Size of what a reader downloads on first load, raw and gzip -9.
#
#   tools/measure_size.sh [DIST_DIR]        (default: dist)
#
# Counted: index.html; every .js, .wasm and .css at the top of DIST_DIR (Trunk's
# hashed bundle, the wasm-bindgen glue, the external boot script); every local
# file that index.html or a counted .css references (src=, href=, url(...)).
# The default clause set is compiled into the .wasm (see src/load.rs), so it is counted
# there; the copy in dist/data/ is for people who want the file, not fetched by the page.
# Exits 1 if the gzip total exceeds the budget of 150 KB (150,000 bytes).
set -euo pipefail

DIST="${1:-dist}"
BUDGET_BYTES=150000

[ -f "$DIST/index.html" ] || { echo "measure_size: $DIST/index.html not found (build first)" >&2; exit 2; }
command -v gzip >/dev/null || { echo "measure_size: gzip not found" >&2; exit 2; }

declare -A seen=()
files=()
add() {
  local rel="$1"
  rel="${rel#./}"
  [ -n "$rel" ] || return 0
  [ -f "$DIST/$rel" ] || return 0
  [ -n "${seen[$rel]:-}" ] && return 0
  seen[$rel]=1
  files+=("$rel")
}

# Local references in a text file (quoted or unquoted attributes, CSS url()).
refs() {
  grep -oE '(src|href)=("[^"]*"|'"'"'[^'"'"']*'"'"'|[^ >"'"'"']+)|url\(("[^"]*"|'"'"'[^'"'"']*'"'"'|[^)"'"'"']*)\)' "$1" \
    | sed -E 's/^(src|href)=//; s/^url\(//; s/\)$//; s/^["'"'"']//; s/["'"'"']$//' \
    | grep -vE '^(https?:|data:|blob:|mailto:|javascript:|#|//)' \
    | sed -E 's/[?#].*$//' || true
}

add index.html
while IFS= read -r f; do add "${f#"$DIST"/}"; done < <(find "$DIST" -maxdepth 1 -type f \( -name '*.js' -o -name '*.wasm' -o -name '*.css' \) | sort)
# wasm-bindgen JS snippets (src/page.js), imported by the glue on every load.
while IFS= read -r f; do add "${f#"$DIST"/}"; done < <(find "$DIST/snippets" -type f -name '*.js' 2>/dev/null | sort)
while IFS= read -r r; do add "$r"; done < <(refs "$DIST/index.html")
for f in "${files[@]}"; do
  case "$f" in
    *.css) while IFS= read -r r; do add "$(dirname "$f")/$r"; done < <(refs "$DIST/$f") ;;
  esac
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
awk -v g="$total_gz" -v b="$BUDGET_BYTES" 'BEGIN { printf "gzip total %d B = %.1f KB of a %.1f KB budget (1 KB = 1000 B)\n", g, g / 1000, b / 1000 }'

if [ "$total_gz" -gt "$BUDGET_BYTES" ]; then
  echo "measure_size: FAIL: gzip total $total_gz B exceeds the budget of $BUDGET_BYTES B" >&2
  exit 1
fi
echo "measure_size: OK (within budget)"
