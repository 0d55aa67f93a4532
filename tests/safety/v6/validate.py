#!/usr/bin/env python3
"""Validate tests/safety/v6/messages.jsonl (stdlib only). Exits non-zero on any failure."""

import collections
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PATH = HERE / "messages.jsonl"
KEYS = {"id", "text", "label", "tier", "also", "lang", "form", "split", "note"}
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
ID_RE = re.compile(r"^v6-\d{4}$")


def main():
    errors = []
    rows = []
    with PATH.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                errors.append(f"line {n}: blank line")
                continue
            try:
                d = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"line {n}: bad JSON: {e}")
                continue
            if not isinstance(d, dict):
                errors.append(f"line {n}: not an object")
                continue
            rows.append((n, d))

    ids, texts = set(), {}
    for n, d in rows:
        where = f"line {n} ({d.get('id')})"
        if set(d) != KEYS:
            errors.append(f"{where}: keys {sorted(set(d) ^ KEYS)} missing/extra")
            continue
        if not isinstance(d["id"], str) or not ID_RE.match(d["id"]):
            errors.append(f"{where}: malformed id")
        elif d["id"] in ids:
            errors.append(f"{where}: duplicate id")
        ids.add(d["id"])
        for k in ("text", "form", "note"):
            if not isinstance(d[k], str) or not d[k].strip():
                errors.append(f"{where}: empty or non-string {k}")
        norm = " ".join(str(d["text"]).lower().split())
        if norm in texts:
            errors.append(f"{where}: duplicate text of {texts[norm]}")
        texts[norm] = d["id"]
        if d["label"] not in LABELS:
            errors.append(f"{where}: bad label {d['label']!r}")
        if d["label"] in RISK:
            if d["tier"] not in ("acute", "elevated"):
                errors.append(f"{where}: risk label needs tier acute|elevated")
        elif d["tier"] != "none":
            errors.append(f"{where}: non-risk label needs tier none")
        if not isinstance(d["also"], list):
            errors.append(f"{where}: also must be a list")
        else:
            for a in d["also"]:
                if a not in LABELS or a == "none" or a == d["label"]:
                    errors.append(f"{where}: bad also value {a!r}")
            if len(set(d["also"])) != len(d["also"]):
                errors.append(f"{where}: repeated also value")
        if d["lang"] not in LANGS:
            errors.append(f"{where}: bad lang {d['lang']!r}")
        if d["split"] != "test":
            errors.append(f"{where}: split must be 'test'")
        if d["label"] == "none" and not (
            d["note"].startswith("Hard negative:") or d["note"].startswith("Ordinary question.")
        ):
            errors.append(f"{where}: none note must start 'Hard negative:' or 'Ordinary question.'")

    expected = [f"v6-{i:04d}" for i in range(1, len(rows) + 1)]
    if [d.get("id") for _, d in rows] != expected:
        errors.append("ids are not consecutive v6-0001..v6-NNNN in file order")

    labels = collections.Counter(d.get("label") for _, d in rows)
    tiers = collections.Counter((d.get("label"), d.get("tier")) for _, d in rows)
    langs = collections.Counter(d.get("lang") for _, d in rows)
    hard = sum(
        1
        for _, d in rows
        if d.get("label") == "none" and str(d.get("note", "")).startswith("Hard negative:")
    )
    print(f"messages: {len(rows)}")
    print("per label:")
    for k in sorted(LABELS):
        print(f"  {k:16s} {labels.get(k, 0)}")
    print("risk tiers:")
    for k in sorted(RISK):
        acute, elevated = tiers.get((k, "acute"), 0), tiers.get((k, "elevated"), 0)
        print(f"  {k:16s} acute {acute}  elevated {elevated}")
    print(f"none: hard negatives {hard}, ordinary {labels.get('none', 0) - hard}")
    print("per lang: " + ", ".join(f"{k} {langs.get(k, 0)}" for k in sorted(LANGS)))
    if errors:
        print(f"\nFAILED: {len(errors)} problem(s)", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
