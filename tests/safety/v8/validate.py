#!/usr/bin/env python3
"""Validate tests/safety/v8/messages.jsonl (stdlib only). Exits non-zero on any failure."""

import collections
import json
import re
import sys
from pathlib import Path

PATH = Path(__file__).with_name("messages.jsonl")
KEYS = {"id", "text", "label", "tier", "also", "lang", "form", "split", "note"}
RISK = {"suicide", "self_harm", "eating_disorder", "third_party"}
LABELS = RISK | {"research", "history", "medication", "red_flag", "none"}
LANGS = {"en", "es", "fr", "de", "pt", "it"}
ID_RE = re.compile(r"^v8-\d{4}$")


def main() -> int:
    errors = []
    rows = []
    for n, line in enumerate(PATH.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            errors.append(f"line {n}: blank line")
            continue
        try:
            rows.append((n, json.loads(line)))
        except json.JSONDecodeError as exc:
            errors.append(f"line {n}: bad JSON ({exc})")

    ids, texts = set(), {}
    for n, r in rows:
        where = f"line {n} ({r.get('id', '?')})"
        if set(r) != KEYS:
            errors.append(f"{where}: keys {sorted(set(r) ^ KEYS)} missing or extra")
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
            if r["tier"] not in {"acute", "elevated"}:
                errors.append(f"{where}: risk label needs tier acute|elevated, got {r['tier']!r}")
        elif r["tier"] != "none":
            errors.append(f"{where}: non-risk label needs tier 'none', got {r['tier']!r}")
        if not isinstance(r["also"], list) or any(
            a not in LABELS - {"none"} or a == r["label"] for a in r["also"]
        ):
            errors.append(f"{where}: bad also {r['also']!r}")
        elif len(set(r["also"])) != len(r["also"]):
            errors.append(f"{where}: repeated value in also")
        if r["lang"] not in LANGS:
            errors.append(f"{where}: bad lang {r['lang']!r}")
        if not isinstance(r["form"], str) or not r["form"].strip():
            errors.append(f"{where}: empty form")
        if r["split"] != "test":
            errors.append(f"{where}: split must be 'test'")
        if not isinstance(r["note"], str) or not r["note"].strip():
            errors.append(f"{where}: empty note")
        elif r["label"] == "none" and not r["note"].startswith(
            ("Hard negative:", "Ordinary question.")
        ):
            errors.append(
                f"{where}: a none note must start 'Hard negative:' or 'Ordinary question.'"
            )

    good = [r for _, r in rows if set(r) == KEYS]
    print(f"messages: {len(good)}")
    print("per label/tier:")
    for (label, tier), k in sorted(
        collections.Counter((r["label"], r["tier"]) for r in good).items()
    ):
        print(f"  {label:16} {tier:9} {k:4}")
    print("per label:", dict(sorted(collections.Counter(r["label"] for r in good).items())))
    none_rows = [r for r in good if r["label"] == "none"]
    print(
        "none: hard negatives",
        sum(r["note"].startswith("Hard negative:") for r in none_rows),
        "/ ordinary",
        sum(r["note"].startswith("Ordinary question.") for r in none_rows),
    )
    langs = collections.Counter(r["lang"] for r in good)
    print(
        "per lang:",
        dict(sorted(langs.items())),
        f"(non-English {sum(v for k, v in langs.items() if k != 'en')})",
    )
    print("with also:", sum(bool(r["also"]) for r in good))

    if errors:
        print(f"\nFAILED: {len(errors)} problem(s)", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
