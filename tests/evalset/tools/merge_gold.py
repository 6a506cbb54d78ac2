#!/usr/bin/env python3
"""Writes SET/gold.json from the entries of every SET/tools/gold_*.py (tests/evalset2: gold_a, gold_b; tests/evalset3:
gold_c, gold_d). The gold lives as Python so every entry can carry a comment on how its date window was derived.

    python3 tests/evalset/tools/merge_gold.py tests/evalset3
"""
import glob, json, os, sys

if len(sys.argv) != 2:
    sys.exit("usage: merge_gold.py SET_DIR")
tools = os.path.join(sys.argv[1], "tools")
sys.path.insert(0, tools)
G = {}
for path in sorted(glob.glob(os.path.join(tools, "gold_*.py"))):
    G.update(__import__(os.path.splitext(os.path.basename(path))[0]).G)

KEYS = ["title", "date", "explicit_date", "window", "leaders_required", "leaders_acceptable", "leaders_forbidden",
        "topics_required", "topics_acceptable", "must_contain", "must_not_contain", "headings"]
out = {k: {f: G[k][f] for f in KEYS} for k in sorted(G)}
with open(os.path.join(sys.argv[1], "gold.json"), "w", encoding="utf-8") as f:
    json.dump(out, f, ensure_ascii=False, indent=1)
    f.write("\n")
