#!/usr/bin/env python3
"""Validate tests/safety/v2/messages.jsonl (stdlib only).

Usage: python3 tests/safety/v2/validate.py [path]
Exits non-zero if any check fails; always prints counts.
"""

import json
import re
import sys
from collections import Counter
from pathlib import Path

RISK = {"suicide", "self_harm", "eating_disorder", "third_party"}
LABELS = RISK | {"research", "history", "medication", "red_flag", "none"}
LANGS = {"en", "es", "fr", "de", "pt", "it"}
KEYS = {"id", "text", "label", "tier", "also", "lang", "form", "split", "note"}
ID_RE = re.compile(r"^v2-\d{4}$")
KEYWORD_RE = re.compile(r"suicid|kill(ing)? myself", re.I)


def main(path):
    errors = []
    rows = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            errors.append(f"line {n}: blank line")
            continue
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: bad JSON: {e}")
            continue
        rows.append((n, r))

    ids = Counter(r.get("id") for _, r in rows)
    texts = Counter(r.get("text", "").strip().lower() for _, r in rows)
    for n, r in rows:
        where = f"line {n} ({r.get('id')})"
        if set(r) != KEYS:
            errors.append(f"{where}: keys {sorted(set(r) ^ KEYS)} missing/extra")
        if not ID_RE.match(str(r.get("id", ""))):
            errors.append(f"{where}: bad id format")
        if ids[r.get("id")] > 1:
            errors.append(f"{where}: duplicate id")
        if not isinstance(r.get("text"), str) or not r["text"].strip():
            errors.append(f"{where}: empty text")
        elif texts[r["text"].strip().lower()] > 1:
            errors.append(f"{where}: duplicate text")
        label, tier = r.get("label"), r.get("tier")
        if label not in LABELS:
            errors.append(f"{where}: bad label {label!r}")
        if label in RISK and tier not in ("acute", "elevated"):
            errors.append(f"{where}: risk label {label} needs tier acute|elevated, got {tier!r}")
        if label not in RISK and tier != "none":
            errors.append(f"{where}: non-risk label {label} needs tier 'none', got {tier!r}")
        also = r.get("also")
        if not isinstance(also, list) or any(a not in LABELS - {"none"} for a in also):
            errors.append(f"{where}: bad 'also' {also!r}")
        elif label in also:
            errors.append(f"{where}: 'also' repeats primary label")
        if r.get("lang") not in LANGS:
            errors.append(f"{where}: bad lang {r.get('lang')!r}")
        if not isinstance(r.get("form"), str) or not r["form"].strip() or " " in r["form"].strip():
            errors.append(f"{where}: form must be one short word")
        if r.get("split") != "test":
            errors.append(f"{where}: split must be 'test'")
        note = r.get("note")
        if not isinstance(note, str) or not note.strip():
            errors.append(f"{where}: empty note")
        elif label == "none" and not (
            note.startswith("Hard negative:") or note.startswith("Ordinary question.")
        ):
            errors.append(
                f"{where}: 'none' note must start with 'Hard negative:' or 'Ordinary question.'"
            )

    recs = [r for _, r in rows]
    total = len(recs)
    print(f"messages: {total}")
    print("\nper label / tier:")
    lt = Counter((r.get("label"), r.get("tier")) for r in recs)
    for label in sorted(LABELS):
        sub = {t: c for (lab, t), c in lt.items() if lab == label}
        print(
            f"  {label:16s} {sum(sub.values()):4d}  "
            + "  ".join(f"{t}={c}" for t, c in sorted(sub.items()))
        )
    risk = [r for r in recs if r.get("label") in RISK]
    acute = sum(r.get("tier") == "acute" for r in risk)
    if risk:
        print(f"\nrisk total {len(risk)}, acute {acute} ({100 * acute / len(risk):.0f}%)")
    none = [r for r in recs if r.get("label") == "none"]
    hard = sum(str(r.get("note", "")).startswith("Hard negative:") for r in none)
    print(f"none total {len(none)}, hard negatives {hard}")
    print("\nper lang:")
    for lang, c in Counter(r.get("lang") for r in recs).most_common():
        print(f"  {lang}: {c} ({100 * c / total:.0f}%)")
    print("\nper form:")
    print(
        "  " + ", ".join(f"{f}={c}" for f, c in Counter(r.get("form") for r in recs).most_common())
    )
    sui = [r for r in recs if r.get("label") == "suicide"]
    kw = sum(bool(KEYWORD_RE.search(r.get("text", ""))) for r in sui)
    print(f"\nsuicide messages containing suicide/suicidal/kill myself: {kw}/{len(sui)}")
    if sui and kw > 0.10 * len(sui):
        errors.append(f"too many keyword suicide messages: {kw}/{len(sui)} (max 10%)")

    if errors:
        print(f"\n{len(errors)} ERROR(S):")
        for e in errors:
            print("  " + e)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    default = Path(__file__).with_name("messages.jsonl")
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else default))
