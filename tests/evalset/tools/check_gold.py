#!/usr/bin/env python3
"""Sanity check of gold.json against the raw articles: every must_contain phrase and heading must occur in the
article once entities, mojibake and the legacy encoding are undone; every must_not_contain string must occur in the
raw file in some form (so the junk test can fail); titles must occur; windows must contain the date."""
import html, json, os, re, sys, unicodedata

here = os.path.dirname(os.path.abspath(__file__))
# The set to check: this folder's by default, or another laid out the same way (tests/evalset2).
root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..")
gold = json.load(open(os.path.join(root, "gold.json"), encoding="utf-8"))


def demojibake(s):
    def fix(m):
        t = m.group(0)
        try:
            return bytes(ord(c) if ord(c) < 256 else ord(c.encode("cp1252")) for c in t).decode("utf-8")
        except Exception:
            return t
    out = []
    for line in s.split("\n"):
        try:
            b = bytearray()
            for c in line:
                try:
                    b += c.encode("cp1252")
                except UnicodeEncodeError:
                    b += bytes([ord(c)]) if ord(c) < 256 else c.encode("utf-8")
            fixed = b.decode("utf-8")
            out.append(fixed if fixed != line else line)
        except UnicodeDecodeError:
            out.append(line)
    return "\n".join(out)


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


bad = 0
for key, g in gold.items():
    path = next(os.path.join(root, "articles", f) for f in os.listdir(os.path.join(root, "articles")) if f.startswith(key + "."))
    data = open(path, "rb").read()
    try:
        raw = data.decode("utf-8")
    except UnicodeDecodeError:
        raw = data.decode("cp1252")
    clean = html.unescape(demojibake(raw.replace("\ufeff", "").replace("\r", "")))
    clean = clean.replace("\u00a0", " ").replace("\u200b", "")
    clean = norm(re.sub(r"<[^>]+>", " ", clean).replace("*", "").replace("_", ""))
    problems = []
    for k in g["must_contain"] + g["headings"]:
        if norm(k.replace("*", "").replace("_", "")) not in clean:
            problems.append(f"keep phrase not in text: {k!r}")
    for j in g["must_not_contain"]:
        if j != "\ufffd" and j not in raw and j not in clean and j not in html.unescape(raw):  # U+FFFD: a decoder that gave up
            problems.append(f"junk not in raw: {j!r}")
    if g["title"] and norm(g["title"]) not in clean:
        problems.append(f"title not in text: {g['title']!r}")
    lo, hi = g["window"]
    if not lo <= g["date"] <= hi:
        problems.append("date outside window")
    words = len(re.findall(r"\w+", clean))
    print(f"{key}: {os.path.basename(path)} {words} words" + ("" if not problems else " | " + "; ".join(problems)))
    bad += bool(problems)
sys.exit(1 if bad else 0)
