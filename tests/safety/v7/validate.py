#!/usr/bin/env python3
"""Validate tests/safety/v7/messages.jsonl (stdlib only). Exits non-zero on any failure."""

import collections
import json
import re
import sys
from pathlib import Path

PATH = Path(__file__).with_name("messages.jsonl")
KEYS = ["id", "text", "label", "tier", "also", "lang", "form", "split", "note"]
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
LANGS = {"en", "es", "fr", "de", "pt", "it"}
ID_RE = re.compile(r"^v7-\d{4}$")


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
            errors.append(f"line {n}: bad JSON: {e}")
    ids, texts = set(), {}
    for n, r in rows:
        where = f"line {n} ({r.get('id')})"
        if sorted(r) != sorted(KEYS):
            errors.append(f"{where}: keys {sorted(r)} != {sorted(KEYS)}")
            continue
        if not isinstance(r["id"], str) or not ID_RE.match(r["id"]):
            errors.append(f"{where}: malformed id")
        if r["id"] in ids:
            errors.append(f"{where}: duplicate id")
        ids.add(r["id"])
        for k in ("text", "form", "note"):
            if not isinstance(r[k], str) or not r[k].strip():
                errors.append(f"{where}: empty or non-string {k}")
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
        if r["lang"] not in LANGS:
            errors.append(f"{where}: bad lang {r['lang']!r}")
        if r["split"] != "test":
            errors.append(f"{where}: split must be 'test'")
        if r["label"] == "none" and not (
            r["note"].startswith("Hard negative:") or r["note"].startswith("Ordinary question.")
        ):
            errors.append(f"{where}: none-note must start 'Hard negative:' or 'Ordinary question.'")
        key = " ".join(str(r["text"]).lower().split())
        if key in texts:
            errors.append(f"{where}: duplicate text of {texts[key]}")
        texts[key] = r["id"]
    expected = [f"v7-{i:04d}" for i in range(1, len(rows) + 1)]
    if [r.get("id") for _, r in rows] != expected:
        errors.append("ids are not sequential v7-0001..")

    valid = [r for _, r in rows if isinstance(r, dict) and "label" in r]
    print(f"messages: {len(valid)}")
    print("per label/tier:")
    for (lab, tier), c in sorted(
        collections.Counter((r["label"], r.get("tier")) for r in valid).items()
    ):
        print(f"  {lab:16s} {tier:9s} {c}")
    print("per label:", dict(sorted(collections.Counter(r["label"] for r in valid).items())))
    print("per lang:", dict(sorted(collections.Counter(r.get("lang") for r in valid).items())))
    nn = [r for r in valid if r["label"] == "none"]
    print(
        "none: hard negatives",
        sum(r["note"].startswith("Hard negative:") for r in nn),
        "/ ordinary",
        sum(r["note"].startswith("Ordinary question.") for r in nn),
    )
    print("with also:", sum(bool(r.get("also")) for r in valid))
    if errors:
        print(f"\nFAILED: {len(errors)} problem(s)")
        for e in errors:
            print("  -", e)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
