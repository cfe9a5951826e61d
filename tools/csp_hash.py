#!/usr/bin/env python3
"""Trunk post_build hook: move Trunk's inline bootstrap into an external file.

Trunk 0.21 writes one inline ``<script type="module">`` into index.html that
imports the wasm-bindgen glue and starts the app. A strict Content-Security-Policy
served as a header, such as

    default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; base-uri 'self'

blocks every inline script. This hook, for release builds only, writes that
script's text unchanged to ``boot-<hash>.js`` next to index.html in
``$TRUNK_STAGING_DIR`` and replaces the inline script by
``<script type="module" src="./boot-<hash>.js"></script>``. It adds nothing else.

The relative imports in the bootstrap (``./reader-….js``, ``./…_bg.wasm``)
resolve the same from the external file, because it sits in the same folder as
index.html. Debug builds (``trunk serve``) are left alone: Trunk adds an inline
autoreload script there.

Usage: as a Trunk hook (reads TRUNK_PROFILE and TRUNK_STAGING_DIR, and the page name
from TRUNK_BUILD_HTML_OUTPUT when Trunk was given one, e.g. ``edit.html``; otherwise
``index.html``), or by hand on a built file: ``python3 tools/csp_hash.py dist/index.html``.
"""

import hashlib
import os
import re
import sys

# <script ...> ... </script>, attributes possibly unquoted (Trunk's minifier
# writes `<script type=module>`).
SCRIPT_RE = re.compile(r"<script\b([^>]*)>(.*?)</script\s*>", re.S | re.I)
TYPE_MODULE_RE = re.compile(r"""\btype\s*=\s*(["']?)module\1(?=[\s/>]|$)""", re.I)
SRC_RE = re.compile(r"\bsrc\s*=", re.I)


def externalize(html: str, out_dir: str) -> tuple[str, list[str]]:
    written = []

    def replace(m: re.Match) -> str:
        attrs, body = m.group(1), m.group(2)
        if SRC_RE.search(attrs) or not TYPE_MODULE_RE.search(attrs) or not body.strip():
            return m.group(0)
        data = body.strip().encode("utf-8") + b"\n"
        name = "boot-%s.js" % hashlib.sha256(data).hexdigest()[:16]
        with open(os.path.join(out_dir, name), "wb") as f:
            f.write(data)
        written.append(name)
        return '<script type="module" src="./%s"></script>' % name

    return SCRIPT_RE.sub(replace, html), written


def inline_scripts(html: str) -> list[str]:
    return [m.group(0)[:120] for m in SCRIPT_RE.finditer(html)
            if not SRC_RE.search(m.group(1)) and m.group(2).strip()]


def main() -> int:
    if len(sys.argv) > 1:
        path = sys.argv[1]
    else:
        if os.environ.get("TRUNK_PROFILE") != "release":
            return 0
        staging = os.environ.get("TRUNK_STAGING_DIR")
        if not staging:
            print("csp_hash.py: TRUNK_STAGING_DIR is not set", file=sys.stderr)
            return 1
        path = os.path.join(staging, os.environ.get("TRUNK_BUILD_HTML_OUTPUT") or "index.html")

    with open(path, encoding="utf-8") as f:
        html = f.read()
    new_html, written = externalize(html, os.path.dirname(os.path.abspath(path)))

    if not written and re.search(r"""<script\b[^>]*\bsrc\s*=\s*["']?\./boot-[0-9a-f]{16}\.js""", html):
        print("csp_hash.py: %s already loads an external boot script" % path)
        return 0
    if not written:
        print("csp_hash.py: no inline <script type=module> found in %s "
              "(did Trunk's output change?)" % path, file=sys.stderr)
        return 1
    left = inline_scripts(new_html)
    if left:
        print("csp_hash.py: inline scripts remain in %s; a strict CSP would block them:\n  %s"
              % (path, "\n  ".join(left)), file=sys.stderr)
        return 1

    with open(path, "w", encoding="utf-8") as f:
        f.write(new_html)
    print("csp_hash.py: moved the inline bootstrap of %s to %s" % (path, ", ".join(written)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
