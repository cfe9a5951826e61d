#!/usr/bin/env python3
"""Prints the README's table for each shipped clause set (static/data/*.json): drafts,
positions per party, the latest dated item, and the share of sources by kind (the kinds
are in tests/data-policy/source-hosts.tsv). Run after changing a set and paste the output
into README.md's "The shipped data" section.

    python3 tools/data_report.py
"""
import json, pathlib, collections, urllib.parse

ROOT = pathlib.Path(__file__).resolve().parent.parent
KINDS = {}
for line in (ROOT / "tests/data-policy/source-hosts.tsv").read_text().splitlines():
    if line.strip() and not line.startswith("#"):
        host, kind, *_ = line.split("\t")
        KINDS[host.strip().lower()] = kind.strip()
LABEL = {"official": "official", "wire": "wire services", "outlet": "news outlets",
         "state-media": "state media (labelled)"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]

def human(d):
    p = d.split("-")
    if len(p) == 1: return p[0]
    if len(p) == 2: return f"{MONTHS[int(p[1]) - 1]} {p[0]}"
    return f"{int(p[2])} {MONTHS[int(p[1]) - 1][:3]} {p[0]}"

def cited(v, out):
    if isinstance(v, dict):
        if isinstance(v.get("url"), str) and "title" in v: out.append(v["url"])
        for x in v.values(): cited(x, out)
    elif isinstance(v, list):
        for x in v: cited(x, out)

files = sorted((ROOT / "static/data").glob("*.json"), key=lambda p: (p.stem != "peace-framework", p.stem))
for f in files:
    s = json.loads(f.read_text())
    print(f"### {s['title']} (`{f.name}`, `?set={f.stem}`)\n")
    print("| draft | date | clauses | wording not reported |\n|---|---|---|---|")
    for d in s["drafts"]:
        unreported = sum(1 for c in d["clauses"] if c.get("text") is None)
        print(f"| {d['title']} | {human(d['date'])} | {len(d['clauses'])} | {unreported} |")
    names = {p["id"]: p["name"] for p in s.get("parties", [])}
    pos = s.get("positions", [])
    per = collections.Counter(p["party"] for p in pos)
    whole = sum(1 for p in pos if not p.get("topic"))
    parts = ", ".join(f"{names.get(k, k)} {n}" for k, n in per.most_common())
    print(f"\nPositions: {len(pos)} ({parts}), of which {whole} about a whole draft or the set.")
    dated = [(d["date"], "draft: " + d["title"]) for d in s["drafts"]]
    dated += [(p["date"], f"{names.get(p['party'], p['party'])}: {p['summary']}") for p in pos]
    last = max(dated, key=lambda x: x[0])
    what = last[1] if len(last[1]) <= 90 else last[1][:89].rsplit(" ", 1)[0] + " …"
    print(f"Latest dated item: {human(last[0])} ({what}). Facts last checked: {human(s.get('updated', '?'))}.")
    urls = []
    cited(s, urls)
    distinct = sorted(set(urls))
    kinds = collections.Counter(KINDS.get(urllib.parse.urlsplit(u).hostname or "", "unclassified") for u in distinct)
    share = ", ".join(f"{LABEL.get(k, k)} {round(100 * n / len(distinct))} %" for k, n in kinds.most_common())
    print(f"Sources: {len(distinct)} distinct addresses ({len(urls)} citations): {share}.\n")
