# shellcheck shell=bash
# Shared setup for scripts/serve.sh and scripts/test.sh (sourced, not run).
#
# Every ensure_* function installs one thing only when it is missing, and says
# which it did: "==> installing X" or "==> X already present (version)".
# Nothing here needs a TTY or stdin (CI runs as root with no stdin).

# Versions the project is pinned to.
CLAUSEWISE_TRUNK_VERSION="0.21.14"
CLAUSEWISE_BINARYEN_VERSION="132"
CLAUSEWISE_TERSER_VERSION="5"

CLAUSEWISE_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CLAUSEWISE_CACHE="${XDG_CACHE_HOME:-$HOME/.cache}/clausewise"
CLAUSEWISE_BINARYEN_DIR="$CLAUSEWISE_CACHE/binaryen"

say() { printf '==> %s\n' "$*"; }
warn() { printf '==> WARNING: %s\n' "$*" >&2; }
die() { printf '==> ERROR: %s\n' "$*" >&2; exit 1; }

path_prepend() {
  case ":$PATH:" in
    *":$1:"*) ;;
    *) export PATH="$1:$PATH" ;;
  esac
}

# cargo-installed tools live in $CARGO_HOME/bin.
path_prepend "${CARGO_HOME:-$HOME/.cargo}/bin"

is_root() { [ "$(id -u)" = "0" ]; }

# Wait while another `cargo install` of the same tool runs (e.g. started by hand
# or by a parallel run of this script): a second one would only fight for
# cargo's locks and build everything twice.
wait_for_cargo_install() {
  local what="$1" pids waited=0
  while pids="$(pgrep -f "cargo install.*$what" || true)" && [ -n "$pids" ]; do
    if [ $((waited % 60)) -eq 0 ]; then
      say "waiting for a running 'cargo install' of $what to finish (pid $(echo "$pids" | tr '\n' ' '))"
    fi
    sleep 10
    waited=$((waited + 10))
  done
}

ensure_rust() {
  command -v cargo >/dev/null 2>&1 || die "cargo not found: install Rust with rustup (https://rustup.rs) first"
  command -v rustup >/dev/null 2>&1 || die "rustup not found: the wasm32 target is installed with rustup"
}

ensure_wasm_target() {
  ensure_rust
  if rustup target list --installed | grep -qx 'wasm32-unknown-unknown'; then
    say "rust target wasm32-unknown-unknown already present ($(rustc --version))"
  else
    say "installing rust target wasm32-unknown-unknown"
    rustup target add wasm32-unknown-unknown
  fi
}

# ensure_cargo_tool CRATE VERSION MINUTES COMMAND...: installs CRATE@VERSION with
# `cargo install --locked` unless `COMMAND --version` already says VERSION (its second
# word), waiting first for an install of it that is already running.
tool_version() { "$@" --version 2>/dev/null | awk '{print $2}'; }

ensure_cargo_tool() {
  local crate="$1" want="$2" minutes="$3"
  shift 3
  ensure_rust
  if [ "$(tool_version "$@")" != "$want" ]; then
    wait_for_cargo_install "$crate"
  fi
  if [ "$(tool_version "$@")" = "$want" ]; then
    say "$crate already present ($("$@" --version))"
    return 0
  fi
  say "installing $crate $want (cargo install --locked; about $minutes min on 2 cores)"
  cargo install --locked "$crate@$want"
  [ "$(tool_version "$@")" = "$want" ] \
    || die "$crate $want was installed but '$* --version' says: $("$@" --version 2>&1 || true)"
}

ensure_trunk() {
  ensure_cargo_tool trunk "$CLAUSEWISE_TRUNK_VERSION" 15 trunk
}

# The version of the `wasm-bindgen` crate in Cargo.lock; the CLI must match it exactly.
lockfile_wasm_bindgen_version() {
  local lock="$CLAUSEWISE_ROOT/Cargo.lock"
  if [ ! -f "$lock" ]; then
    say "Cargo.lock missing: generating it (cargo generate-lockfile)" >&2
    (cd "$CLAUSEWISE_ROOT" && cargo generate-lockfile) >&2
  fi
  awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/^version = "|"$/, ""); print; exit }' "$lock"
}

wasm_bindgen_version() { wasm-bindgen --version 2>/dev/null | awk '{print $2}'; }

ensure_wasm_bindgen() {
  ensure_rust
  local want
  want="$(lockfile_wasm_bindgen_version)"
  [ -n "$want" ] || die "no wasm-bindgen package found in Cargo.lock"
  if [ "$(wasm_bindgen_version)" != "$want" ]; then
    wait_for_cargo_install wasm-bindgen-cli
  fi
  if [ "$(wasm_bindgen_version)" = "$want" ] && command -v wasm-bindgen-test-runner >/dev/null 2>&1; then
    say "wasm-bindgen-cli already present ($(wasm-bindgen --version), as in Cargo.lock)"
    return 0
  fi
  # Without --locked: the CLI's own lockfile names a webpki-roots release the registry lacks.
  say "installing wasm-bindgen-cli $want (version of wasm-bindgen in Cargo.lock; about 5 min)"
  cargo install --force "wasm-bindgen-cli@$want"
  [ "$(wasm_bindgen_version)" = "$want" ] \
    || die "wasm-bindgen-cli $want was installed but 'wasm-bindgen --version' says: $(wasm-bindgen --version 2>&1 || true)"
}

ensure_node() {
  [ -z "${_CLAUSEWISE_NODE_OK:-}" ] || return 0
  command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 \
    || die "node and npm are needed (Node.js >= 20 with npm): install them, e.g. from https://nodejs.org, then re-run"
  local major
  major="$(node -p 'process.versions.node.split(".")[0]')"
  [ "$major" -ge 20 ] || die "Node.js >= 20 is needed (found $(node --version)); install a newer Node.js and re-run"
  say "node already present ($(node --version), npm $(npm --version 2>/dev/null))"
  _CLAUSEWISE_NODE_OK=1
}

ensure_wasm_opt() {
  ensure_node
  local bin="$CLAUSEWISE_BINARYEN_DIR/node_modules/.bin"
  if [ -x "$bin/wasm-opt" ] && "$bin/wasm-opt" --version 2>/dev/null | grep -q "version $CLAUSEWISE_BINARYEN_VERSION" \
    && [ -x "$bin/terser" ]; then
    say "wasm-opt and terser already present ($("$bin/wasm-opt" --version), terser $("$bin/terser" --version | awk '{print $2}'), in $bin)"
  else
    # Debian's binaryen (108) is too old for current rustc output; npm's binaryen@132 works.
    say "installing wasm-opt and the JS minifier (npm binaryen@$CLAUSEWISE_BINARYEN_VERSION terser@$CLAUSEWISE_TERSER_VERSION into $CLAUSEWISE_BINARYEN_DIR)"
    mkdir -p "$CLAUSEWISE_BINARYEN_DIR"
    npm install --prefix "$CLAUSEWISE_BINARYEN_DIR" --no-audit --no-fund "binaryen@$CLAUSEWISE_BINARYEN_VERSION" "terser@$CLAUSEWISE_TERSER_VERSION"
    "$bin/wasm-opt" --version | grep -q "version $CLAUSEWISE_BINARYEN_VERSION" \
      || die "wasm-opt from binaryen@$CLAUSEWISE_BINARYEN_VERSION does not run: $("$bin/wasm-opt" --version 2>&1 || true)"
  fi
  path_prepend "$bin"
}

ensure_chromium() {
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    say "chromium already present ($(/usr/bin/chromium --version 2>/dev/null | head -n1); $(/usr/bin/chromedriver --version 2>/dev/null | head -n1 | cut -d' ' -f1-2))"
    return 0
  fi
  if ! is_root; then
    die "Chromium and ChromeDriver are missing (/usr/bin/chromium, /usr/bin/chromedriver). Install them as root:
    sudo apt-get update && sudo apt-get install -y chromium chromium-driver
then re-run."
  fi
  say "installing chromium and chromium-driver (apt-get)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y chromium chromium-driver </dev/null
  [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] \
    || die "apt-get installed chromium/chromium-driver but /usr/bin/chromium or /usr/bin/chromedriver is missing"
}

# npm packages of tests/e2e (playwright-core, axe-core, pym.js). Never downloads a
# browser: the tests drive Debian's /usr/bin/chromium.
ensure_e2e_deps() {
  ensure_node
  local dir="$CLAUSEWISE_ROOT/tests/e2e" stamp want
  [ -f "$dir/package.json" ] || die "tests/e2e/package.json is missing"
  stamp="$dir/node_modules/.clausewise-deps"
  want="$(cat "$dir/package.json" "$dir/package-lock.json" 2>/dev/null | sha256sum | cut -d' ' -f1)"
  if [ -d "$dir/node_modules" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$want" ]; then
    say "e2e npm packages already present ($(cd "$dir" && node -p 'const l=require("./package-lock.json").packages; Object.keys(l).filter(k=>k).map(k=>k.replace("node_modules/","")+"@"+l[k].version).join(", ")' 2>/dev/null))"
    return 0
  fi
  export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
  if [ -f "$dir/package-lock.json" ]; then
    say "installing e2e npm packages (npm ci in tests/e2e)"
    (cd "$dir" && npm ci --no-audit --no-fund)
  else
    say "installing e2e npm packages (npm install in tests/e2e: no package-lock.json)"
    (cd "$dir" && npm install --no-audit --no-fund)
  fi
  want="$(cat "$dir/package.json" "$dir/package-lock.json" 2>/dev/null | sha256sum | cut -d' ' -f1)"
  printf '%s\n' "$want" >"$stamp"
}

ensure_crates() {
  say "fetching crates (cargo fetch; the release build then runs --offline)"
  (cd "$CLAUSEWISE_ROOT" && cargo fetch)
}

# Everything the release build needs.
ensure_build_tools() {
  ensure_wasm_target
  ensure_wasm_bindgen
  ensure_wasm_opt
  ensure_trunk
}

# Release build into dist/ with relative asset URLs (works under any sub-path): the
# reader (index.html), then the editor (edit.html) and the overview page (overview.html),
# each a bundle of its own. Trunk builds one page per run and empties its dist first, so
# the others are built into target/dist-<page> and their files copied next to the
# reader's without replacing any (the shared ones, app CSS and page.js, are the same bytes).
build_release() {
  ensure_crates
  # wasm-bindgen writes each binary's JS snippets into one shared folder, and Trunk
  # preloads every file in it: cleared before each page, so the reader's page does not
  # preload the editor's glue (and the other way round).
  local snippets="${CARGO_TARGET_DIR:-$CLAUSEWISE_ROOT/target}/wasm-bindgen/release/snippets"
  rm -rf "$snippets"
  say "building release (trunk build --release --offline --public-url ./)"
  # A failed build must stop here: the dist/ of an earlier build would otherwise pass for
  # this one.
  (cd "$CLAUSEWISE_ROOT" && TRUNK_SKIP_VERSION_CHECK=true trunk build --release --offline --public-url ./) \
    || die "trunk build of index.html failed"
  [ -f "$CLAUSEWISE_ROOT/dist/index.html" ] || die "trunk build finished but dist/index.html is missing"
  build_other_page edit.html "the editor"
  build_other_page overview.html "the overview page"
}

# Builds another page of the site (PAGE: edit.html, overview.html; WHAT: its name in the
# messages) into target/dist-<page>, then copies its files into dist/ beside the reader's.
build_other_page() {
  local page="$1" what="$2"
  local out="$CLAUSEWISE_ROOT/target/dist-${page%.html}"
  local snippets="${CARGO_TARGET_DIR:-$CLAUSEWISE_ROOT/target}/wasm-bindgen/release/snippets"
  say "building $what (trunk build --release --offline --public-url ./ $page, into dist/$page)"
  # TRUNK_BUILD_HTML_OUTPUT names the output page; the post-build hooks read it too.
  # Trunk needs its dist folder to exist.
  mkdir -p "$out"
  rm -rf "$snippets"
  (cd "$CLAUSEWISE_ROOT" && TRUNK_SKIP_VERSION_CHECK=true TRUNK_BUILD_HTML_OUTPUT="$page" \
    trunk build --release --offline --public-url ./ --dist "$out" "$page") \
    || die "trunk build of $page failed"
  [ -f "$out/$page" ] || die "trunk build of $page finished but $out/$page is missing"
  # -n: never replace a reader file (coreutils 9.2 alone exits 1 when it skips one; the
  # check below is what tells whether the copy worked).
  cp -R -n "$out"/. "$CLAUSEWISE_ROOT/dist/" || true
  [ -f "$CLAUSEWISE_ROOT/dist/$page" ] || die "dist/$page is missing after copying $what's files"
}
