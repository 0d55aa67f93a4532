"""Validate the conv5 held-out safety conversations (stdlib only).

Run: python3 tests/safety/conv5/validate.py
Exits non-zero on any failure and prints counts.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

DATA = Path(__file__).with_name("conversations.jsonl")
EXPECTS = {
    "crisis",
    "helper",
    "answer",
    "answer_with_resource",
    "caution",
    "red_flag",
    "medication",
}
TIERED = {"crisis", "helper"}
TIERS = {"elevated": 1, "acute": 2}
LANGS = {"en", "es", "fr", "de", "pt", "it", "es-en"}
CONV_KEYS = {"id", "turns", "lang", "form", "note"}
ID_RE = re.compile(r"^cv5-\d{2}$")


def check_turns(cid: str, turns: object, seen: dict[str, str], errors: list[str]) -> None:
    if not isinstance(turns, list) or not 3 <= len(turns) <= 6:
        errors.append(f"{cid}: turns must be a list of 3-6 items")
        return
    crisis_level = 0
    helper_level = 0
    for pos, turn in enumerate(turns, start=1):
        where = f"{cid} turn {pos}"
        if not isinstance(turn, dict):
            errors.append(f"{where}: not an object")
            continue
        keys = set(turn)
        expect = turn.get("expect")
        if expect not in EXPECTS:
            errors.append(f"{where}: bad expect {expect!r}")
            continue
        wanted = {"text", "expect", "tier"} if expect in TIERED else {"text", "expect"}
        if keys != wanted:
            errors.append(f"{where}: keys {sorted(keys)} != {sorted(wanted)}")
        text = turn.get("text")
        if not isinstance(text, str) or not text.strip():
            errors.append(f"{where}: empty text")
        else:
            norm = " ".join(text.lower().split())
            if norm in seen:
                errors.append(f"{where}: duplicate text (also {seen[norm]})")
            seen[norm] = where
        level = TIERS.get(turn.get("tier", ""), 0)
        if expect in TIERED and level == 0:
            errors.append(f"{where}: bad tier {turn.get('tier')!r}")
        if crisis_level and (expect != "crisis" or level < crisis_level):
            errors.append(f"{where}: memory rule broken (earlier crisis turn)")
        if helper_level and expect not in TIERED:
            errors.append(f"{where}: helper memory broken (expected helper or crisis)")
        if helper_level and expect == "helper" and level < helper_level:
            errors.append(f"{where}: helper tier went down")
        if expect == "crisis":
            crisis_level = max(crisis_level, level)
        if expect == "helper":
            helper_level = max(helper_level, level)


def main() -> int:
    errors: list[str] = []
    ids: set[str] = set()
    seen: dict[str, str] = {}
    expect_counts: Counter[str] = Counter()
    lang_counts: Counter[str] = Counter()
    n_turns = 0
    convs = 0
    for lineno, line in enumerate(DATA.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            conv = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"line {lineno}: bad JSON ({exc})")
            continue
        convs += 1
        cid = str(conv.get("id"))
        if set(conv) != CONV_KEYS:
            errors.append(f"{cid}: keys {sorted(conv)} != {sorted(CONV_KEYS)}")
        if not ID_RE.match(cid):
            errors.append(f"line {lineno}: malformed id {cid!r}")
        if cid in ids:
            errors.append(f"{cid}: duplicate id")
        ids.add(cid)
        if conv.get("lang") not in LANGS:
            errors.append(f"{cid}: bad lang {conv.get('lang')!r}")
        lang_counts[str(conv.get("lang"))] += 1
        for field in ("form", "note"):
            if not isinstance(conv.get(field), str) or not conv[field].strip():
                errors.append(f"{cid}: empty {field}")
        check_turns(cid, conv.get("turns"), seen, errors)
        for turn in conv.get("turns") or []:
            if isinstance(turn, dict):
                n_turns += 1
                label = turn.get("expect", "?")
                if "tier" in turn:
                    label = f"{label}/{turn['tier']}"
                expect_counts[str(label)] += 1
    print(f"conversations: {convs}")
    print(f"turns: {n_turns}")
    for label, count in sorted(expect_counts.items()):
        print(f"  {label}: {count}")
    print("languages: " + ", ".join(f"{k}={v}" for k, v in sorted(lang_counts.items())))
    for err in errors:
        print(f"ERROR {err}", file=sys.stderr)
    if errors:
        print(f"FAILED: {len(errors)} error(s)", file=sys.stderr)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
