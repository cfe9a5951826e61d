#!/usr/bin/env python3
"""Build the clause-alignment development corpus from revised licence texts (GNU, Mozilla).

Usage:
    python3 tests/corpus/split.py            # regenerate the clause sets from texts/
    python3 tests/corpus/split.py --refresh  # first copy the texts from /usr/share/common-licenses
    python3 tests/corpus/split.py --check    # write nothing; fail if a clause set is out of date

Reads tests/corpus/texts/<NAME>.txt (verbatim copies of Debian's
/usr/share/common-licenses/<NAME>), splits each licence into one clause per numbered
section (plus the preamble and the "How to apply" appendix / GFDL addendum for the GNU
texts, the exhibits for the Mozilla ones), and writes one clausewise/1 clause set per
revised pair: tests/corpus/<pair>.json.

Afterwards every hand-written reference mapping tests/corpus/<pair>.mapping.json is
checked against the clause sets (ids exist in the right draft, no duplicates, every clause
is either paired or explained in "notes"). Exits non-zero on any problem.

Standard library only; output is deterministic (same texts in, same bytes out).
"""
import argparse
import json
import os
import re
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TEXTS = os.path.join(HERE, "texts")
SYSTEM_LICENSES = "/usr/share/common-licenses"
UPDATED = "2026-11-24"
# The set's root note, per publisher (each pair names its own).
NOTE_GNU = (
    "Licence texts quoted verbatim from the Free Software Foundation's published versions, "
    "as shipped by Debian in /usr/share/common-licenses."
)
NOTE_MPL = (
    "Licence texts quoted word for word from the versions published by Netscape (1.1) and "
    "the Mozilla Foundation (2.0), in the copies Debian ships in /usr/share/common-licenses."
)
MAX_TEXT = 10_000
MAX_ID = 64
ID_RE = re.compile(r"^[a-z0-9_-]{1,64}$")

# name in /usr/share/common-licenses -> draft metadata. `last` is the highest section
# number the licence is known to have: the splitter fails if it finds anything else.
LICENCES = {
    "GPL-1": {
        "id": "gpl-1",
        "title": "GNU General Public License, version 1",
        "date": "1989-02",
        "author": "Free Software Foundation",
        "last": 10,
        "source": ("GNU GPL v1 (FSF)", "https://www.gnu.org/licenses/old-licenses/gpl-1.0.txt"),
    },
    "GPL-2": {
        "id": "gpl-2",
        "title": "GNU General Public License, version 2",
        "date": "1991-06",
        "author": "Free Software Foundation",
        "last": 12,
        "source": ("GNU GPL v2 (FSF)", "https://www.gnu.org/licenses/old-licenses/gpl-2.0.txt"),
    },
    "GPL-3": {
        "id": "gpl-3",
        "title": "GNU General Public License, version 3",
        "date": "2007-06-29",
        "author": "Free Software Foundation",
        "last": 17,
        "source": ("GNU GPL v3 (FSF)", "https://www.gnu.org/licenses/gpl-3.0.txt"),
    },
    "LGPL-2": {
        "id": "lgpl-2",
        "title": "GNU Library General Public License, version 2",
        "date": "1991-06",
        "author": "Free Software Foundation",
        "last": 16,
        "source": ("GNU LGPL v2 (FSF)", "https://www.gnu.org/licenses/old-licenses/lgpl-2.0.txt"),
    },
    "LGPL-2.1": {
        "id": "lgpl-2-1",
        "title": "GNU Lesser General Public License, version 2.1",
        "date": "1999-02",
        "author": "Free Software Foundation",
        "last": 16,
        "source": ("GNU LGPL v2.1 (FSF)", "https://www.gnu.org/licenses/old-licenses/lgpl-2.1.txt"),
    },
    "GFDL-1.2": {
        "id": "gfdl-1-2",
        "title": "GNU Free Documentation License, version 1.2",
        "date": "2002-11",
        "author": "Free Software Foundation",
        "last": 10,
        "source": ("GNU FDL v1.2 (FSF)", "https://www.gnu.org/licenses/old-licenses/fdl-1.2.txt"),
    },
    "GFDL-1.3": {
        "id": "gfdl-1-3",
        "title": "GNU Free Documentation License, version 1.3",
        "date": "2008-11-03",
        "author": "Free Software Foundation",
        "last": 11,
        "source": ("GNU FDL v1.3 (FSF)", "https://www.gnu.org/licenses/fdl-1.3.txt"),
    },
    # The Mozilla texts have no preamble or appendix: sections start at 1, the title lines
    # above section 1 (`heading`, checked) belong to no clause, and the exhibits after the
    # last section (`exhibits`: line prefix -> clause number, in order) are clauses.
    "MPL-1.1": {
        "id": "mpl-1-1",
        "title": "Mozilla Public License, version 1.1",
        "date": "1999",
        "author": "Netscape Communications Corporation",
        "style": "mpl",
        "first": 1,
        "last": 13,
        "heading": ["MOZILLA PUBLIC LICENSE", "Version 1.1"],
        "exhibits": [("EXHIBIT A -", "exhibit-a")],
        "source": ("Mozilla Public License 1.1 (Mozilla)", "https://www.mozilla.org/en-US/MPL/1.1/"),
    },
    "MPL-2.0": {
        "id": "mpl-2-0",
        "title": "Mozilla Public License, version 2.0",
        "date": "2012-01-03",
        "author": "Mozilla Foundation",
        "style": "mpl",
        "first": 1,
        "last": 10,
        "heading": ["Mozilla Public License Version 2.0"],
        "exhibits": [("Exhibit A - ", "exhibit-a"), ("Exhibit B - ", "exhibit-b")],
        "source": ("Mozilla Public License 2.0 (Mozilla)", "https://www.mozilla.org/en-US/MPL/2.0/"),
    },
}

PAIRS = [
    {
        "name": "gpl-1-to-2",
        "left": "GPL-1",
        "right": "GPL-2",
        "title": "GNU GPL version 1 and version 2",
        "description": (
            "The 1989 and 1991 versions of the GNU General Public License, one clause per "
            "section: version 2 rewords most sections and inserts two new ones before the "
            "clause on future versions, so the later sections are renumbered."
        ),
        "note": NOTE_GNU,
    },
    {
        "name": "lgpl-2-to-2.1",
        "left": "LGPL-2",
        "right": "LGPL-2.1",
        "title": "GNU Library GPL version 2 and Lesser GPL version 2.1",
        "description": (
            "The GNU Library General Public License of 1991 and its 1999 successor, renamed "
            "the Lesser General Public License: the same seventeen sections, a rewritten "
            "preamble and a new shared-library option in section 6."
        ),
        "note": NOTE_GNU,
    },
    {
        "name": "gfdl-1.2-to-1.3",
        "left": "GFDL-1.2",
        "right": "GFDL-1.3",
        "title": "GNU FDL version 1.2 and version 1.3",
        "description": (
            "The GNU Free Documentation License of 2002 and of 2008, one clause per section: "
            "version 1.3 defines the publisher, lets a terminated licence be reinstated, "
            "allows a proxy to accept later versions and adds a relicensing section for wikis."
        ),
        "note": NOTE_GNU,
    },
    {
        "name": "gpl-2-to-3",
        "left": "GPL-2",
        "right": "GPL-3",
        "title": "GNU GPL version 2 and version 3",
        "description": (
            "The 1991 and 2007 versions of the GNU General Public License, one clause per "
            "section: version 3 is a rewrite that reorders, splits and retitles the old "
            "sections and adds new ones on patents, anti-circumvention law and additional terms."
        ),
        "note": NOTE_GNU,
    },
    {
        "name": "mpl-1.1-to-2.0",
        "left": "MPL-1.1",
        "right": "MPL-2.0",
        "title": "Mozilla Public License 1.1 and 2.0",
        "description": (
            "The Mozilla Public License as Netscape wrote it in 1999 and as the Mozilla "
            "Foundation rewrote it in 2012, one clause per section: version 2.0 reorders the "
            "sections, lets a terminated licence be reinstated, moves the choice of courts out "
            "of the miscellaneous section into one on litigation and allows combination with "
            "secondary licences such as the GNU GPL."
        ),
        "note": NOTE_MPL,
    },
]

# Lines that structure the document but belong to no clause. A paragraph made only of
# these is dropped (the copyright header above the preamble is dropped separately).
STRUCTURAL = {
    "Preamble",
    "NO WARRANTY",
    "END OF TERMS AND CONDITIONS",
    "TERMS AND CONDITIONS",
    "TERMS AND CONDITIONS FOR COPYING, DISTRIBUTION AND MODIFICATION",
    "GNU GENERAL PUBLIC LICENSE",
    "GNU LIBRARY GENERAL PUBLIC LICENSE",
    "GNU LESSER GENERAL PUBLIC LICENSE",
}

HEADER_END = "of this license document, but changing it is not allowed."
SECTION_RE = re.compile(r"^ {0,4}(\d+)\.\s+\S")
# A list item inside a section that is not preceded by a blank line (GFDL section 4's
# "A." ... "O."): it still starts its own paragraph.
ITEM_RE = re.compile(r"^\s*(?:[A-Z]\.|[a-z]\))\s+\S")

# Mozilla texts. Their items are written "(a)" (MPL 1.1 section 2 runs them on after
# "claims:" without a blank line), and MPL 1.1 puts a subsection's title on its own line
# directly above its text ("2.1. The Initial Developer Grant." / "The Initial Developer
# hereby grants ..."): such a title line ends its paragraph. A title line is a short
# numbered or lettered line followed by a line that starts a sentence; MPL 2.0's
# definitions ("1.1. \"Contributor\"" / "means ...") go on in lower case and stay whole.
MPL_ITEM_RE = re.compile(r"^\s*(?:[A-Z]\.|\([a-z]\))\s+\S")
MPL_TITLE_RE = re.compile(r"^\s*(?:(?:\d+\.)+|\([a-z]\))\s+\S")
MPL_TITLE_MAX = 48  # titles are at most 41 characters, wrapped text lines 58 or more
# MPL 2.0 draws sections 6 and 7 in a box of asterisks: full rows of "*" and rows
# "*  text  *". Headings are underlined with "-" (and the title with "=").
BOX_EDGE_RE = re.compile(r"^\*+$")
BOX_SIDE_RE = re.compile(r"^\*(.*)\*$")
UNDERLINE_RE = re.compile(r"^(?:-+|=+)$")


class SplitError(Exception):
    pass


def paragraphs(lines, mpl=False):
    """Group raw lines into paragraphs; each paragraph is a list of stripped lines."""
    out, cur = [], []
    item_re = MPL_ITEM_RE if mpl else ITEM_RE
    for k, line in enumerate(lines):
        s = line.strip()
        if not s:
            if cur:
                out.append(cur)
                cur = []
            continue
        if cur and item_re.match(line):
            out.append(cur)
            cur = []
        cur.append(s)
        if mpl and is_mpl_title(line, lines[k + 1] if k + 1 < len(lines) else ""):
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out


def is_mpl_title(line, following):
    """A subsection or item title alone on its line, directly above its text."""
    nxt = following.strip()
    return (
        bool(MPL_TITLE_RE.match(line))
        and len(line.strip()) <= MPL_TITLE_MAX
        and nxt[:1].isupper()
    )


def clause_text(lines, mpl=False):
    """Wrapped lines joined with single spaces, runs of whitespace collapsed, paragraphs
    separated by one "\\n"; structural headings dropped."""
    paras = []
    for p in paragraphs(lines, mpl):
        if all(s in STRUCTURAL for s in p):
            continue
        paras.append(re.sub(r"\s+", " ", " ".join(p)).strip())
    return "\n".join(paras)


def split_licence(name, raw):
    """Returns [(number, text)] in document order."""
    meta = LICENCES[name]
    if meta.get("style") == "mpl":
        return split_mpl(name, raw)
    lines = raw.replace("\r\n", "\n").replace("\f", "").split("\n")

    try:
        start = next(i for i, l in enumerate(lines) if l.strip() == HEADER_END) + 1
    except StopIteration:
        raise SplitError(f"{name}: copyright header not found")

    # Section starts: "N." at the start of a paragraph, numbered 0, 1, 2, ... in order.
    starts, expected = [], 0
    for i in range(start, len(lines)):
        m = SECTION_RE.match(lines[i])
        if m and int(m.group(1)) == expected and not lines[i - 1].strip():
            starts.append((expected, i))
            expected += 1
    if not starts or expected - 1 != meta["last"]:
        raise SplitError(
            f"{name}: found sections 0..{expected - 1}, expected 0..{meta['last']}"
        )

    # The appendix: after "END OF TERMS AND CONDITIONS" (GPL, LGPL) or at "ADDENDUM" (GFDL).
    appendix = None
    last_start = starts[-1][1]
    for i in range(last_start, len(lines)):
        s = lines[i].strip()
        if s == "END OF TERMS AND CONDITIONS" or s.startswith("ADDENDUM"):
            appendix = i
            break
    if appendix is None:
        raise SplitError(f"{name}: no appendix after section {meta['last']}")

    clauses = []
    pre = clause_text(lines[start:starts[0][1]])
    if pre:
        clauses.append(("preamble", pre))
    bounds = [i for _, i in starts] + [appendix]
    for (num, i), end in zip(starts, bounds[1:]):
        body = list(lines[i:end])
        body[0] = re.sub(r"^\d+\.\s+", "", lines[i].lstrip(), count=1)
        text = clause_text(body)
        if not text:
            raise SplitError(f"{name}: section {num} is empty")
        clauses.append((str(num), text))
    number = "addendum" if lines[appendix].strip().startswith("ADDENDUM") else "appendix"
    clauses.append((number, clause_text(lines[appendix:])))
    return clauses


def mpl_lines(raw):
    """The lines of a Mozilla text with MPL 2.0's box of asterisks taken off (a row of
    asterisks becomes a blank line, "*  text  *" becomes "  text") and the underlines of
    headings made blank lines."""
    out = []
    for line in raw.replace("\r\n", "\n").replace("\f", "").split("\n"):
        line = line.rstrip()
        if BOX_EDGE_RE.match(line):
            line = ""
        else:
            m = BOX_SIDE_RE.match(line)
            if m:
                line = m.group(1).rstrip()
        if UNDERLINE_RE.match(line.strip()):
            line = ""
        out.append(line)
    return out


def split_mpl(name, raw):
    """A Mozilla text: one clause per section "1." .. "N.", then one per exhibit. The
    title lines above section 1 must be exactly the licence's `heading`; they and the
    underlines are left out."""
    meta = LICENCES[name]
    lines = mpl_lines(raw)

    starts, expected = [], meta["first"]
    for i in range(len(lines)):
        m = SECTION_RE.match(lines[i])
        if m and int(m.group(1)) == expected and (i == 0 or not lines[i - 1].strip()):
            starts.append((expected, i))
            expected += 1
    if not starts or expected - 1 != meta["last"]:
        raise SplitError(
            f"{name}: found sections {meta['first']}..{expected - 1}, "
            f"expected {meta['first']}..{meta['last']}"
        )
    title = [l.strip() for l in lines[:starts[0][1]] if l.strip()]
    if title != meta["heading"]:
        raise SplitError(f"{name}: unexpected text above section {meta['first']}: {title!r}")

    exhibits, pos = [], starts[-1][1] + 1
    for prefix, number in meta["exhibits"]:
        at = next((i for i in range(pos, len(lines)) if lines[i].startswith(prefix)), None)
        if at is None:
            raise SplitError(f"{name}: no line starting {prefix!r} after section {meta['last']}")
        exhibits.append((number, at))
        pos = at + 1

    clauses = []
    bounds = [i for _, i in starts] + [i for _, i in exhibits] + [len(lines)]
    for (num, i), end in zip(starts, bounds[1:]):
        body = list(lines[i:end])
        body[0] = re.sub(r"^\d+\.\s+", "", lines[i].lstrip(), count=1)
        text = clause_text(body, mpl=True)
        if not text:
            raise SplitError(f"{name}: section {num} is empty")
        clauses.append((str(num), text))
    for (number, i), end in zip(exhibits, bounds[len(starts) + 1:]):
        clauses.append((number, clause_text(lines[i:end], mpl=True)))
    return clauses


def clause_id(draft_id, number):
    suffix = f"s{number}" if number.isdigit() else number
    return f"{draft_id}-{suffix}"


def draft(name, raw):
    meta = LICENCES[name]
    clauses = []
    for number, text in split_licence(name, raw):
        if len(text) > MAX_TEXT:
            raise SplitError(
                f"{name}: section {number} has {len(text)} characters (limit {MAX_TEXT}); "
                "split it at a paragraph boundary and document it in README.md"
            )
        clauses.append({"id": clause_id(meta["id"], number), "number": number, "text": text})
    title, url = meta["source"]
    return {
        "id": meta["id"],
        "title": meta["title"],
        "date": meta["date"],
        "author": meta["author"],
        "sources": [{"title": title, "url": url}],
        "clauses": clauses,
    }


def clause_set(pair, texts):
    return {
        "format": "clausewise/1",
        "title": pair["title"],
        "description": pair["description"],
        "updated": UPDATED,
        "note": pair["note"],
        "drafts": [draft(pair["left"], texts[pair["left"]]), draft(pair["right"], texts[pair["right"]])],
    }


def dump(obj):
    return json.dumps(obj, indent=2, ensure_ascii=False) + "\n"


def check_set(name, cs):
    problems, seen = [], set()
    for d in cs["drafts"]:
        if not ID_RE.match(d["id"]):
            problems.append(f"{name}: bad draft id {d['id']!r}")
        for c in d["clauses"]:
            if not ID_RE.match(c["id"]):
                problems.append(f"{name}: bad clause id {c['id']!r}")
            if c["id"] in seen or c["id"] == d["id"]:
                problems.append(f"{name}: duplicate id {c['id']!r}")
            seen.add(c["id"])
            if not c["text"] or len(c["text"]) > MAX_TEXT:
                problems.append(f"{name}: {c['id']} text length {len(c['text'])}")
    return problems


def check_mapping(name, cs, path):
    """Problems with a hand-written mapping, and its counts."""
    with open(path, encoding="utf-8") as f:
        m = json.load(f)
    left, right = cs["drafts"]
    problems = []
    if (m.get("left"), m.get("right")) != (left["id"], right["id"]):
        problems.append(f"{path}: left/right should be {left['id']!r}/{right['id']!r}")
    lids = [c["id"] for c in left["clauses"]]
    rids = [c["id"] for c in right["clauses"]]
    seen = set()
    for p in m.get("pairs", []):
        if not (isinstance(p, list) and len(p) == 2):
            problems.append(f"{path}: malformed pair {p!r}")
            continue
        l, r = p
        if l not in lids:
            problems.append(f"{path}: {l!r} is not a clause of {left['id']}")
        if r not in rids:
            problems.append(f"{path}: {r!r} is not a clause of {right['id']}")
        if (l, r) in seen:
            problems.append(f"{path}: duplicate pair {p!r}")
        seen.add((l, r))
    notes = m.get("notes", {})
    for k in notes:
        if k not in lids and k not in rids:
            problems.append(f"{path}: note on unknown clause {k!r}")
    paired_l = {l for l, _ in seen}
    paired_r = {r for _, r in seen}
    unmatched = [i for i in lids if i not in paired_l] + [i for i in rids if i not in paired_r]
    for i in unmatched:
        if i not in notes:
            problems.append(f"{path}: {i} is in no pair and has no note saying why")
    counts = {
        "left": len(lids),
        "right": len(rids),
        "pairs": len(seen),
        "unmatched_left": [i for i in lids if i not in paired_l],
        "unmatched_right": [i for i in rids if i not in paired_r],
    }
    return problems, counts


def refresh():
    if not os.path.isdir(SYSTEM_LICENSES):
        sys.exit(
            f"error: {SYSTEM_LICENSES} does not exist on this machine (it comes with Debian's "
            "base-files package); cannot --refresh. The committed copies in "
            f"{os.path.relpath(TEXTS)} are used without --refresh."
        )
    os.makedirs(TEXTS, exist_ok=True)
    for name in LICENCES:
        src = os.path.join(SYSTEM_LICENSES, name)
        if not os.path.isfile(src):
            sys.exit(f"error: {src} is missing")
        dst = os.path.join(TEXTS, name + ".txt")
        old = open(dst, "rb").read() if os.path.exists(dst) else None
        shutil.copyfile(src, dst)
        new = open(dst, "rb").read()
        if old is None:
            print(f"copied {src} -> {os.path.relpath(dst)}")
        elif old != new:
            print(f"UPDATED {os.path.relpath(dst)} from {src}: re-read the mappings")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--refresh", action="store_true",
                    help=f"copy the licence texts from {SYSTEM_LICENSES} into texts/ first")
    ap.add_argument("--check", action="store_true",
                    help="write nothing; exit 1 if a clause set differs from what would be written")
    args = ap.parse_args()
    if args.refresh and args.check:
        ap.error("--refresh and --check do not go together")
    if args.refresh:
        refresh()

    texts = {}
    for name in LICENCES:
        path = os.path.join(TEXTS, name + ".txt")
        if not os.path.isfile(path):
            if os.path.isdir(SYSTEM_LICENSES):
                hint = f"run with --refresh to copy it from {SYSTEM_LICENSES}"
            else:
                hint = (f"and {SYSTEM_LICENSES} (Debian's base-files) does not exist on "
                        "this machine to copy it from")
            sys.exit(f"error: {os.path.relpath(path)} is missing, {hint}")
        with open(path, encoding="utf-8") as f:
            texts[name] = f.read()

    problems = []
    for pair in PAIRS:
        try:
            cs = clause_set(pair, texts)
        except SplitError as e:
            problems.append(str(e))
            continue
        problems += check_set(pair["name"], cs)
        out = os.path.join(HERE, pair["name"] + ".json")
        data = dump(cs)
        if args.check:
            cur = open(out, encoding="utf-8").read() if os.path.exists(out) else None
            if cur != data:
                problems.append(f"{os.path.relpath(out)} is out of date; run split.py")
        else:
            with open(out, "w", encoding="utf-8", newline="\n") as f:
                f.write(data)
        line = "{}: {} {} clauses, {} {} clauses".format(
            pair["name"],
            cs["drafts"][0]["id"], len(cs["drafts"][0]["clauses"]),
            cs["drafts"][1]["id"], len(cs["drafts"][1]["clauses"]),
        )
        mpath = os.path.join(HERE, pair["name"] + ".mapping.json")
        if os.path.exists(mpath):
            mp, counts = check_mapping(pair["name"], cs, mpath)
            problems += mp
            line += "; {} reference pairs, unmatched {} left / {} right".format(
                counts["pairs"], len(counts["unmatched_left"]), len(counts["unmatched_right"]))
        else:
            problems.append(f"{os.path.relpath(mpath)} is missing")
        print(line)

    for p in problems:
        print("problem:", p, file=sys.stderr)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
