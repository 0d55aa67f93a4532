#!/usr/bin/env python3
"""Validate the liftqa v4 held-out safety set (messages.jsonl). Stdlib only.

Usage: python3 validate.py [path/to/messages.jsonl]
Exits non-zero on any failure; prints counts per label, label/tier, lang, form.
"""

import json
import re
import sys
from collections import Counter
from pathlib import Path

LABELS = {
    "suicide",
    "self_harm",
    "eating_disorder",
    "third_party",
    "research",
    "history",
    "medication",
    "red_flag",
    "none",
}
RISK = {"suicide", "self_harm", "eating_disorder", "third_party"}
TIERS = {"acute", "elevated", "none"}
LANGS = {"en", "es", "fr", "de", "pt", "it"}
KEYS = ["id", "text", "label", "tier", "also", "lang", "form", "split", "note"]
ID_RE = re.compile(r"^v4-\d{4}$")


def main() -> int:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("messages.jsonl")
    errors = []
    rows = []
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                errors.append(f"line {n}: blank line")
                continue
            try:
                rows.append((n, json.loads(line)))
            except json.JSONDecodeError as e:
                errors.append(f"line {n}: bad JSON ({e})")
    ids, texts = Counter(), Counter()
    for n, r in rows:
        where = f"line {n} ({r.get('id', '?')})"
        if not isinstance(r, dict):
            errors.append(f"{where}: not an object")
            continue
        if sorted(r) != sorted(KEYS):
            errors.append(f"{where}: keys {sorted(r)} != {sorted(KEYS)}")
        rid = r.get("id", "")
        if not isinstance(rid, str) or not ID_RE.match(rid):
            errors.append(f"{where}: malformed id {rid!r}")
        ids[rid] += 1
        text = r.get("text")
        if not isinstance(text, str) or not text.strip():
            errors.append(f"{where}: empty text")
        else:
            texts[" ".join(text.lower().split())] += 1
        label, tier = r.get("label"), r.get("tier")
        if label not in LABELS:
            errors.append(f"{where}: bad label {label!r}")
        if tier not in TIERS:
            errors.append(f"{where}: bad tier {tier!r}")
        elif label in RISK and tier == "none":
            errors.append(f"{where}: risk label {label} needs tier acute|elevated")
        elif label in LABELS - RISK and tier != "none":
            errors.append(f"{where}: label {label} must have tier none")
        also = r.get("also")
        if not isinstance(also, list):
            errors.append(f"{where}: also must be a list")
        else:
            for a in also:
                if a not in LABELS - {"none"}:
                    errors.append(f"{where}: bad also value {a!r}")
                if a == label:
                    errors.append(f"{where}: also repeats the main label")
            if len(set(also)) != len(also):
                errors.append(f"{where}: duplicate also values")
        if r.get("lang") not in LANGS:
            errors.append(f"{where}: bad lang {r.get('lang')!r}")
        if r.get("split") != "test":
            errors.append(f"{where}: split must be 'test'")
        if not isinstance(r.get("form"), str) or not r.get("form"):
            errors.append(f"{where}: empty form")
        note = r.get("note")
        if not isinstance(note, str) or not note:
            errors.append(f"{where}: empty note")
        elif label == "none" and not note.startswith(("Hard negative:", "Ordinary question.")):
            errors.append(
                f"{where}: none-label note must start 'Hard negative:' or 'Ordinary question.'"
            )
    for k, c in ids.items():
        if c > 1:
            errors.append(f"duplicate id {k} x{c}")
    for k, c in texts.items():
        if c > 1:
            errors.append(f"duplicate text x{c}: {k[:60]}")

    recs = [r for _, r in rows if isinstance(r, dict)]
    print(f"messages: {len(recs)}")
    print("\nper label:")
    for k, v in sorted(Counter(r.get("label") for r in recs).items()):
        print(f"  {k:16} {v}")
    print("\nper label/tier:")
    for (lab, t), v in sorted(Counter((r.get("label"), r.get("tier")) for r in recs).items()):
        print(f"  {lab:16} {t:9} {v}")
    none = [r for r in recs if r.get("label") == "none"]
    hn = sum(1 for r in none if str(r.get("note", "")).startswith("Hard negative:"))
    print(f"\nnone: {len(none)} (hard negatives {hn}, ordinary {len(none) - hn})")
    print("\nper lang:")
    lang = Counter(r.get("lang") for r in recs)
    for k, v in sorted(lang.items()):
        print(f"  {k:4} {v}")
    if recs:
        print(f"  non-English share: {100 * (len(recs) - lang.get('en', 0)) / len(recs):.1f}%")
    print(f"\nwith secondary labels (also): {sum(1 for r in recs if r.get('also'))}")
    if errors:
        print(f"\nFAILED: {len(errors)} problem(s)", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
