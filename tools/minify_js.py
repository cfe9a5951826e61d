#!/usr/bin/env python3
"""Trunk post_build hook: minify the wasm-bindgen JS glue with terser.

Trunk 0.21's own JS minifier gives up on the glue (``export default``), leaving it
unminified: about 1.8 KB more gzip for every reader. This runs terser on each .js in
the staging dir and rewrites the ``integrity`` (SRI) of the tags that load it, so the
browser still verifies what it runs. Release builds only; without terser on PATH it
says so and leaves the files as they are (the size check will then tell).

The page is ``index.html`` unless Trunk was told another output name with
``TRUNK_BUILD_HTML_OUTPUT`` (the editor: ``edit.html``), which the hook inherits.
"""

import base64
import hashlib
import os
import re
import shutil
import subprocess
import sys


def sri(data: bytes) -> str:
    return "sha384-" + base64.b64encode(hashlib.sha384(data).digest()).decode()


def main() -> int:
    if os.environ.get("TRUNK_PROFILE") != "release":
        return 0
    staging = os.environ.get("TRUNK_STAGING_DIR")
    if not staging:
        print("minify_js.py: TRUNK_STAGING_DIR is not set", file=sys.stderr)
        return 1
    terser = shutil.which("terser")
    if not terser:
        print("minify_js.py: WARNING: terser not on PATH; the JS glue stays unminified")
        return 0
    index_path = os.path.join(staging, os.environ.get("TRUNK_BUILD_HTML_OUTPUT") or "index.html")
    with open(index_path, encoding="utf-8") as f:
        html = f.read()
    # The glue and boot scripts at the top, and wasm-bindgen snippets (src/page.js).
    names = [n for n in sorted(os.listdir(staging)) if n.endswith(".js")]
    for root, _, files in os.walk(os.path.join(staging, "snippets")):
        names += [os.path.relpath(os.path.join(root, f), staging) for f in sorted(files) if f.endswith(".js")]
    for name in names:
        path = os.path.join(staging, name)
        subprocess.run([terser, path, "--module", "--compress", "--mangle", "--output", path], check=True)
        with open(path, "rb") as f:
            digest = sri(f.read())

        def fix(tag: re.Match) -> str:
            text = tag.group(0)
            if name not in text:
                return text
            return re.sub(r"integrity=(\"?)sha384-[A-Za-z0-9+/=]+\1", "integrity=\\1%s\\1" % digest, text)

        html = re.sub(r"<(?:link|script)\b[^>]*>", fix, html)
        print("minify_js.py: minified %s" % name)
    with open(index_path, "w", encoding="utf-8") as f:
        f.write(html)
    return 0


if __name__ == "__main__":
    sys.exit(main())
