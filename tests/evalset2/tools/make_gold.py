#!/usr/bin/env python3
"""Writes tests/evalset2/gold.json from the entries in gold_a.py (e21-e30) and gold_b.py (e31-e40). The gold lives
as Python so every entry can carry a comment on how its date window was derived."""
import json, os, sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
G = {}
for module in ("gold_a", "gold_b"):
    if os.path.exists(os.path.join(here, module + ".py")):
        G.update(__import__(module).G)

KEYS = ["title", "date", "explicit_date", "window", "leaders_required", "leaders_acceptable", "leaders_forbidden",
        "topics_required", "topics_acceptable", "must_contain", "must_not_contain", "headings"]
out = {k: {f: G[k][f] for f in KEYS} for k in sorted(G)}
with open(os.path.join(here, "..", "gold.json"), "w", encoding="utf-8") as f:
    json.dump(out, f, ensure_ascii=False, indent=1)
    f.write("\n")
