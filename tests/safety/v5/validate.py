#!/usr/bin/env python3
"""Validate tests/safety/v5/messages.jsonl (stdlib only). Exit code 1 on any failure."""

import collections
import json
import re
import sys
from pathlib import Path

PATH = Path(__file__).resolve().parent / "messages.jsonl"
KEYS = {"id", "text", "label", "tier", "also", "lang", "form", "split", "note"}
RISK = {"suicide", "self_harm", "eating_disorder", "third_party"}
LABELS = RISK | {"research", "history", "medication", "red_flag", "none"}
LANGS = {"en", "es", "fr", "de", "pt", "it"}
ID_RE = re.compile(r"^v5-\d{4}$")


def main():
    errors = []
    rows = []
    with PATH.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                errors.append(f"line {n}: blank line")
                continue
            try:
                rows.append((n, json.loads(line)))
            except json.JSONDecodeError as e:
                errors.append(f"line {n}: bad JSON ({e})")
    ids, texts = set(), {}
    for n, r in rows:
        where = f"line {n} ({r.get('id')})"
        if set(r) != KEYS:
            errors.append(f"{where}: keys {sorted(set(r) ^ KEYS)} missing/extra")
            continue
        if not isinstance(r["id"], str) or not ID_RE.match(r["id"]):
            errors.append(f"{where}: malformed id")
        elif r["id"] in ids:
            errors.append(f"{where}: duplicate id")
        ids.add(r["id"])
        if not isinstance(r["text"], str) or not r["text"].strip():
            errors.append(f"{where}: empty text")
        else:
            key = " ".join(r["text"].lower().split())
            if key in texts:
                errors.append(f"{where}: duplicate text of {texts[key]}")
            texts[key] = r["id"]
        if r["label"] not in LABELS:
            errors.append(f"{where}: bad label {r['label']!r}")
        if r["label"] in RISK:
            if r["tier"] not in ("acute", "elevated"):
                errors.append(f"{where}: risk label needs tier acute|elevated")
        elif r["tier"] != "none":
            errors.append(f"{where}: non-risk label needs tier none")
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
        if not isinstance(r["form"], str) or not r["form"]:
            errors.append(f"{where}: empty form")
        if not isinstance(r["note"], str) or not r["note"]:
            errors.append(f"{where}: empty note")
        elif r["label"] == "none" and not (
            r["note"].startswith("Hard negative:") or r["note"].startswith("Ordinary question.")
        ):
            errors.append(f"{where}: none note must start 'Hard negative:' or 'Ordinary question.'")

    recs = [r for _, r in rows if set(r) == KEYS]
    print(f"messages: {len(recs)}")
    print("per label/tier:")
    for (lab, tier), c in sorted(
        collections.Counter((r["label"], r["tier"]) for r in recs).items()
    ):
        print(f"  {lab:16s} {tier:9s} {c:4d}")
    print("per label:", dict(sorted(collections.Counter(r["label"] for r in recs).items())))
    hn = sum(1 for r in recs if r["label"] == "none" and r["note"].startswith("Hard negative:"))
    print(
        f"none: hard negatives {hn}, ordinary {sum(1 for r in recs if r['label'] == 'none') - hn}"
    )
    langs = collections.Counter(r["lang"] for r in recs)
    non_en = sum(c for lang, c in langs.items() if lang != "en")
    print(
        "per lang:",
        dict(sorted(langs.items())),
        f"non-English {non_en} ({100 * non_en / max(len(recs), 1):.1f}%)",
    )
    print(
        "with also:", dict(sorted(collections.Counter(a for r in recs for a in r["also"]).items()))
    )
    if errors:
        print(f"\nFAILED: {len(errors)} problem(s)")
        for e in errors:
            print("  " + e)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
