#!/usr/bin/env python3
"""Check a clausewise/1 clause-set file against docs/clause-set-format.md.

Usage: python3 tools/check_data.py [path]   (default: static/data/peace-framework.json)

Prints every problem with its location, then counts. Exits 1 if any problem was found.
Standard library only.
"""
import datetime
import json
import os
import re
import sys
from collections import Counter, OrderedDict

DEFAULT_PATH = os.path.join("static", "data", "peace-framework.json")

MAX_FILE_BYTES = 2_000_000
MAX_PARTIES = 16
MAX_TOPICS = 500
MAX_DRAFTS = 20
MAX_CLAUSES_PER_DRAFT = 300
MAX_POSITIONS = 2000
MAX_SOURCES = 20
MAX_TEXT = 10_000
MAX_SHORT = 1_000  # title, label, summary, name, author, note
MAX_ID = 64
MAX_URL = 2_000

STANCES = ("supports", "opposes", "conditional", "proposed", "unclear")
ID_RE = re.compile(r"^[a-z0-9_-]{1,64}$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
COLOR_RE = re.compile(r"^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")
HTML_RE = re.compile(r"<\s*/?\s*[a-zA-Z][^>]*>")

# field -> (required, kind). kinds: id, short, text, date, color, url, sources, list, ref-*
ROOT_FIELDS = OrderedDict([
    ("format", True), ("title", True), ("description", True), ("updated", True),
    ("parties", True), ("topics", True), ("drafts", True), ("positions", True),
])
PARTY_FIELDS = OrderedDict([("id", True), ("name", True), ("color", False)])
TOPIC_FIELDS = OrderedDict([("id", True), ("label", True)])
DRAFT_FIELDS = OrderedDict([
    ("id", True), ("title", True), ("date", True), ("author", True), ("note", False),
    ("sources", True), ("clauses", True),
])
CLAUSE_FIELDS = OrderedDict([
    ("id", True), ("number", True), ("topic", False), ("text", True), ("sources", False),
    ("uncertain", False),
])
POSITION_FIELDS = OrderedDict([
    ("party", True), ("topic", True), ("stance", True), ("summary", True), ("date", True),
    ("draft", False), ("text", False), ("sources", True), ("uncertain", False),
])
SOURCE_FIELDS = OrderedDict([("title", True), ("url", True)])


def type_name(v):
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "boolean"
    if isinstance(v, int):
        return "integer"
    if isinstance(v, float):
        return "number"
    if isinstance(v, str):
        return "string"
    if isinstance(v, list):
        return "array"
    if isinstance(v, dict):
        return "object"
    return type(v).__name__


class Checker:
    def __init__(self):
        self.problems = []

    def err(self, where, msg):
        self.problems.append(f"{where}: {msg}" if where else msg)

    # -- generic helpers -------------------------------------------------
    def fields(self, obj, spec, where):
        """Check obj is an object with required fields present and no unknown fields."""
        if not isinstance(obj, dict):
            self.err(where, f"invalid type: {type_name(obj)}, expected an object")
            return False
        for name, required in spec.items():
            if required and name not in obj:
                self.err(where, f"missing required field `{name}`")
        for name in obj:
            if name not in spec:
                self.err(where, f"unknown field `{name}`")
        return True

    def string(self, obj, name, where, limit=None, required=True, allow_empty=False):
        if name not in obj:
            return None
        v = obj[name]
        loc = f"{where} › {name}"
        if not isinstance(v, str):
            self.err(loc, f"invalid type: {type_name(v)}, expected a string")
            return None
        if not allow_empty and not v.strip():
            self.err(loc, "must not be empty")
        if limit is not None and len(v) > limit:
            self.err(loc, f"too long: {len(v)} characters (at most {limit})")
        if HTML_RE.search(v):
            self.err(loc, "looks like it contains HTML markup")
        return v

    def ident(self, obj, name, where):
        v = self.string(obj, name, where, limit=MAX_ID)
        if v is not None and not ID_RE.match(v):
            self.err(f"{where} › {name}", f"invalid id {json.dumps(v, ensure_ascii=False)}: "
                     f"use 1–{MAX_ID} characters of a-z 0-9 - _")
        return v

    def date(self, obj, name, where):
        v = self.string(obj, name, where)
        if v is None:
            return None
        if not DATE_RE.match(v):
            self.err(f"{where} › {name}", f"{json.dumps(v)} is not a YYYY-MM-DD date")
            return None
        try:
            datetime.date.fromisoformat(v)
        except ValueError:
            self.err(f"{where} › {name}", f"{json.dumps(v)} is not a real calendar date")
            return None
        return v

    def array(self, obj, name, where, limit, min_items=0):
        if name not in obj:
            return []
        v = obj[name]
        loc = f"{where} › {name}" if where else name
        if not isinstance(v, list):
            self.err(loc, f"invalid type: {type_name(v)}, expected an array")
            return []
        if len(v) > limit:
            self.err(loc, f"too many items: {len(v)} (at most {limit})")
        if len(v) < min_items:
            self.err(loc, f"needs at least {min_items} item(s)")
        return v

    def sources(self, obj, where, required):
        if "sources" not in obj:
            return
        items = self.array(obj, "sources", where, MAX_SOURCES, min_items=1 if required else 0)
        for i, s in enumerate(items):
            loc = f"{where} › sources[{i}]"
            if not self.fields(s, SOURCE_FIELDS, loc):
                continue
            self.string(s, "title", loc, MAX_SHORT)
            url = self.string(s, "url", loc, MAX_URL)
            if url is not None:
                low = url.strip().lower()
                if not (low.startswith("http://") or low.startswith("https://")) or len(url.strip()) <= len("https://"):
                    self.err(f"{loc} › url", f"{json.dumps(url, ensure_ascii=False)} is not an http(s) link")
                elif any(c.isspace() for c in url):
                    self.err(f"{loc} › url", "contains whitespace")

    # -- document ----------------------------------------------------------
    def check(self, doc):
        if not self.fields(doc, ROOT_FIELDS, "root"):
            return
        fmt = doc.get("format")
        if "format" in doc and fmt != "clausewise/1":
            self.err("format", f"expected \"clausewise/1\", got {json.dumps(fmt, ensure_ascii=False)}")
        self.string(doc, "title", "root", MAX_SHORT)
        self.string(doc, "description", "root", MAX_TEXT)
        self.date(doc, "updated", "root")

        # parties
        party_ids = {}
        for i, p in enumerate(self.array(doc, "parties", "", MAX_PARTIES)):
            loc = f"parties[{i}]"
            if not self.fields(p, PARTY_FIELDS, loc):
                continue
            pid = self.ident(p, "id", loc)
            self.string(p, "name", loc, MAX_SHORT)
            if "color" in p:
                c = self.string(p, "color", loc)
                if c is not None and not COLOR_RE.match(c):
                    self.err(f"{loc} › color", f"{json.dumps(c)} is not #rgb or #rrggbb")
            if pid is not None:
                if pid in party_ids:
                    self.err(loc, f"duplicate party id \"{pid}\" (first used at {party_ids[pid]})")
                else:
                    party_ids[pid] = loc

        # topics
        topic_ids = {}
        for i, t in enumerate(self.array(doc, "topics", "", MAX_TOPICS)):
            loc = f"topics[{i}]"
            if not self.fields(t, TOPIC_FIELDS, loc):
                continue
            tid = self.ident(t, "id", loc)
            self.string(t, "label", loc, MAX_SHORT)
            if tid is not None:
                if tid in topic_ids:
                    self.err(loc, f"duplicate topic id \"{tid}\" (first used at {topic_ids[tid]})")
                else:
                    topic_ids[tid] = loc

        # drafts and clauses
        draft_ids = {}
        clause_ids = {}
        self.draft_clause_counts = []
        self.draft_topics = {}
        for i, d in enumerate(self.array(doc, "drafts", "", MAX_DRAFTS)):
            dloc = f"drafts[{i}]"
            if isinstance(d, dict) and isinstance(d.get("id"), str):
                dloc += f" \"{d['id']}\""
            if not self.fields(d, DRAFT_FIELDS, dloc):
                continue
            did = self.ident(d, "id", dloc)
            self.string(d, "title", dloc, MAX_SHORT)
            self.date(d, "date", dloc)
            self.string(d, "author", dloc, MAX_SHORT)
            self.string(d, "note", dloc, MAX_SHORT)
            self.sources(d, dloc, required=True)
            if did is not None:
                if did in draft_ids:
                    self.err(dloc, f"duplicate draft id \"{did}\" (first used at {draft_ids[did]})")
                else:
                    draft_ids[did] = dloc
            clauses = self.array(d, "clauses", dloc, MAX_CLAUSES_PER_DRAFT)
            self.draft_clause_counts.append((did, len(clauses)))
            topics_here = set()
            for j, c in enumerate(clauses):
                cloc = f"{dloc} › clauses[{j}]"
                if isinstance(c, dict) and isinstance(c.get("id"), str):
                    cloc += f" \"{c['id']}\""
                if not self.fields(c, CLAUSE_FIELDS, cloc):
                    continue
                cid = self.ident(c, "id", cloc)
                self.string(c, "number", cloc, MAX_ID)
                self.string(c, "text", cloc, MAX_TEXT)
                self.string(c, "uncertain", cloc, MAX_SHORT)
                if "topic" in c:
                    tid = self.string(c, "topic", cloc)
                    if tid is not None:
                        if tid not in topic_ids:
                            self.err(f"{cloc} › topic", f"unknown topic \"{tid}\"")
                        topics_here.add(tid)
                self.sources(c, cloc, required=False)
                if cid is not None:
                    short = f"{dloc.split(' ')[0]} › clauses[{j}]"
                    if cid in clause_ids:
                        self.err(cloc, f"duplicate clause id \"{cid}\" (first used at {clause_ids[cid]})")
                    else:
                        clause_ids[cid] = short
            if did is not None:
                self.draft_topics[did] = topics_here

        # positions
        self.party_counts = Counter()
        for i, p in enumerate(self.array(doc, "positions", "", MAX_POSITIONS)):
            loc = f"positions[{i}]"
            if not self.fields(p, POSITION_FIELDS, loc):
                continue
            party = self.string(p, "party", loc)
            if party is not None:
                if party not in party_ids:
                    self.err(f"{loc} › party", f"unknown party \"{party}\"")
                self.party_counts[party] += 1
            topic = self.string(p, "topic", loc)
            if topic is not None and topic not in topic_ids:
                self.err(f"{loc} › topic", f"unknown topic \"{topic}\"")
            stance = self.string(p, "stance", loc)
            if stance is not None and stance not in STANCES:
                self.err(f"{loc} › stance", f"\"{stance}\" is not one of {', '.join(STANCES)}")
            self.string(p, "summary", loc, MAX_SHORT)
            self.date(p, "date", loc)
            if "draft" in p:
                did = self.string(p, "draft", loc)
                if did is not None and did not in draft_ids:
                    self.err(f"{loc} › draft", f"unknown draft \"{did}\"")
            self.string(p, "text", loc, MAX_TEXT)
            self.string(p, "uncertain", loc, MAX_SHORT)
            self.sources(p, loc, required=True)


def main(argv):
    path = argv[1] if len(argv) > 1 else DEFAULT_PATH
    try:
        size = os.path.getsize(path)
        with open(path, "rb") as f:
            raw = f.read()
    except OSError as e:
        print(f"{path}: cannot read: {e}")
        return 1
    ck = Checker()
    if size > MAX_FILE_BYTES:
        ck.err("file", f"too large: {size} bytes (at most {MAX_FILE_BYTES})")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        print(f"{path}: not valid UTF-8: {e}")
        return 1

    def no_dupes(pairs):
        obj = {}
        for k, v in pairs:
            if k in obj:
                ck.err("json", f"duplicate key `{k}` in one object")
            obj[k] = v
        return obj

    try:
        doc = json.loads(text, object_pairs_hook=no_dupes)
    except json.JSONDecodeError as e:
        print(f"{path}: invalid JSON: {e}")
        return 1

    ck.check(doc)

    for p in ck.problems:
        print(p)

    # counts
    print(f"-- {path}: {size} bytes")
    if isinstance(doc, dict):
        n_topics = len(doc.get("topics", []) or []) if isinstance(doc.get("topics"), list) else 0
        print(f"drafts: {len(getattr(ck, 'draft_clause_counts', []))}, topics: {n_topics}")
        for did, n in getattr(ck, "draft_clause_counts", []):
            print(f"  clauses in {did}: {n}")
        total = sum(getattr(ck, "party_counts", Counter()).values())
        print(f"positions: {total}")
        for party, n in sorted(getattr(ck, "party_counts", Counter()).items()):
            print(f"  {party}: {n}")
    if ck.problems:
        print(f"FAILED: {len(ck.problems)} problem(s)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
