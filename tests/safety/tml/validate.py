#!/usr/bin/env python3
"""Validate tests/safety/tml/messages.jsonl (stdlib only). Exit 1 on any failure."""
import json
import re
import sys
from collections import Counter
from pathlib import Path

PATH = Path(__file__).with_name("messages.jsonl")
KEYS = {"id", "text", "label", "tier", "also", "lang", "form", "split", "note"}
RISK = {"suicide", "self_harm", "eating_disorder", "third_party"}
LABELS = RISK | {"research", "history", "none"}
LANGS = {"es", "fr", "de", "pt", "it"}
ID_RE = re.compile(r"^tml-\d{4}$")


def main() -> int:
    errors = []
    rows = []
    for n, line in enumerate(PATH.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            errors.append(f"line {n}: blank line")
            continue
        try:
            rows.append((n, json.loads(line)))
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: bad JSON ({e})")
    ids, texts = Counter(), Counter()
    for n, r in rows:
        if set(r) != KEYS:
            errors.append(f"line {n}: keys {sorted(set(r) ^ KEYS)} missing/extra")
            continue
        if not isinstance(r["id"], str) or not ID_RE.match(r["id"]):
            errors.append(f"line {n}: bad id {r['id']!r}")
        ids[r["id"]] += 1
        if not isinstance(r["text"], str) or not r["text"].strip():
            errors.append(f"line {n}: empty text")
        else:
            texts[" ".join(r["text"].lower().split())] += 1
        if r["label"] not in LABELS:
            errors.append(f"line {n}: bad label {r['label']!r}")
        if r["label"] in RISK and r["tier"] not in {"acute", "elevated"}:
            errors.append(f"line {n}: risk label needs acute|elevated, got {r['tier']!r}")
        if r["label"] not in RISK and r["tier"] != "none":
            errors.append(f"line {n}: non-risk label needs tier none, got {r['tier']!r}")
        if not isinstance(r["also"], list) or any(a not in LABELS or a == r["label"] for a in r["also"]):
            errors.append(f"line {n}: bad also {r['also']!r}")
        if r["lang"] not in LANGS:
            errors.append(f"line {n}: bad lang {r['lang']!r}")
        for k in ("form", "note", "split"):
            if not isinstance(r[k], str) or not r[k].strip():
                errors.append(f"line {n}: empty {k}")
    errors += [f"duplicate id {i}" for i, c in ids.items() if c > 1]
    errors += [f"duplicate text {t!r}" for t, c in texts.items() if c > 1]

    recs = [r for _, r in rows if set(r) == KEYS]
    print(f"messages: {len(recs)}")
    print("by label:", dict(sorted(Counter(r["label"] for r in recs).items())))
    print("by label/tier:", dict(sorted(Counter(f"{r['label']}/{r['tier']}" for r in recs).items())))
    print("by lang:", dict(sorted(Counter(r["lang"] for r in recs).items())))
    print("by lang/label:")
    for lang in sorted(LANGS):
        c = Counter(r["label"] for r in recs if r["lang"] == lang)
        print(f"  {lang}: {dict(sorted(c.items()))}")
    if errors:
        print(f"FAILED: {len(errors)} problem(s)")
        for e in errors:
            print("  " + e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
