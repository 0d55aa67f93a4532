#!/usr/bin/env python3
"""Validate tests/safety/v3/messages.jsonl (stdlib only).

Checks: valid JSON per line, exact key set, unique ids and texts, label/tier/
lang/split values, tier consistent with label, 'also' labels valid and not equal
to the primary label, hard-negative notes only on 'none'. Prints counts per
label, tier, label x tier and language. Exit code 1 on any error.

Usage: python3 tests/safety/v3/validate.py [path/to/messages.jsonl]
"""

import json
import re
import sys
from collections import Counter
from pathlib import Path

RISK = {"suicide", "self_harm", "eating_disorder", "third_party"}
OTHER = {"research", "history", "medication", "red_flag", "none"}
LABELS = RISK | OTHER
LANGS = {"en", "es", "fr", "de", "pt", "it"}
KEYS = {"id", "text", "label", "tier", "also", "lang", "form", "split", "note"}
ID_RE = re.compile(r"^v3-\d{4}$")


def validate(path):
    errors = []
    rows = []
    with Path(path).open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                errors.append(f"line {n}: blank line")
                continue
            try:
                r = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"line {n}: bad JSON: {e}")
                continue
            if not isinstance(r, dict) or set(r) != KEYS:
                got = sorted(r) if isinstance(r, dict) else type(r)
                errors.append(f"line {n}: keys {got} != {sorted(KEYS)}")
                continue
            rows.append((n, r))

    ids, texts = Counter(), Counter()
    for n, r in rows:
        where = f"line {n} ({r.get('id')})"
        ids[r["id"]] += 1
        texts[r["text"].strip().lower()] += 1
        if not (isinstance(r["id"], str) and ID_RE.match(r["id"])):
            errors.append(f"{where}: bad id")
        if not isinstance(r["text"], str) or not r["text"].strip():
            errors.append(f"{where}: empty text")
        if r["label"] not in LABELS:
            errors.append(f"{where}: bad label {r['label']!r}")
        if r["label"] in RISK and r["tier"] not in ("acute", "elevated"):
            errors.append(f"{where}: risk label needs tier acute|elevated, got {r['tier']!r}")
        if r["label"] in OTHER and r["tier"] != "none":
            errors.append(f"{where}: non-risk label needs tier none, got {r['tier']!r}")
        if not isinstance(r["also"], list) or any(
            a not in LABELS or a == "none" for a in r["also"]
        ):
            errors.append(f"{where}: bad also {r['also']!r}")
        elif r["label"] in r["also"] or len(set(r["also"])) != len(r["also"]):
            errors.append(f"{where}: also repeats a label")
        if r["lang"] not in LANGS:
            errors.append(f"{where}: bad lang {r['lang']!r}")
        if r["split"] != "test":
            errors.append(f"{where}: split must be 'test'")
        if not isinstance(r["form"], str) or not r["form"] or len(r["form"]) > 24:
            errors.append(f"{where}: form must be a short word")
        if not isinstance(r["note"], str) or not r["note"].strip():
            errors.append(f"{where}: empty note")
        elif (
            r["note"].startswith(("Hard negative:", "Ordinary question.")) and r["label"] != "none"
        ):
            errors.append(f"{where}: hard-negative/ordinary note on a non-'none' label")
    for k, c in ids.items():
        if c > 1:
            errors.append(f"duplicate id {k} x{c}")
    for k, c in texts.items():
        if c > 1:
            errors.append(f"duplicate text x{c}: {k[:60]!r}")
    return rows, errors


def main():
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("messages.jsonl")
    rows, errors = validate(path)
    recs = [r for _, r in rows]
    print(f"{path}: {len(recs)} messages")
    print("\nper label:")
    for k, v in sorted(Counter(r["label"] for r in recs).items(), key=lambda x: -x[1]):
        print(f"  {k:16} {v}")
    print("\nper tier:")
    for k, v in sorted(Counter(r["tier"] for r in recs).items()):
        print(f"  {k:16} {v}")
    print("\nrisk label x tier:")
    for k, v in sorted(
        Counter((r["label"], r["tier"]) for r in recs if r["label"] in RISK).items()
    ):
        print(f"  {k[0]:16} {k[1]:9} {v}")
    print("\nper lang:")
    for k, v in sorted(Counter(r["lang"] for r in recs).items(), key=lambda x: -x[1]):
        print(f"  {k:16} {v}")
    risk = [r for r in recs if r["label"] in RISK]
    acute = sum(r["tier"] == "acute" for r in risk)
    hn = sum(r["note"].startswith("Hard negative:") for r in recs)
    sui = [r for r in recs if r["label"] == "suicide"]
    explicit = sum(bool(re.search(r"suicid|kill(ing)? myself", r["text"], re.I)) for r in sui)
    non_en = sum(r["lang"] != "en" for r in recs)
    print(f"\nrisk messages: {len(risk)}, acute: {acute} ({100 * acute / max(len(risk), 1):.0f}%)")
    print(f"hard negatives: {hn}")
    print(f"suicide messages with explicit words: {explicit}/{len(sui)}")
    print(f"non-English: {non_en} ({100 * non_en / max(len(recs), 1):.0f}%)")
    if errors:
        print(f"\n{len(errors)} ERROR(S):")
        for e in errors:
            print("  " + e)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
