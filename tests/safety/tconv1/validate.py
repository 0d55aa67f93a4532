"""Validate the tconv1 multi-turn safety conversations (stdlib only).

Usage: python3 tests/safety/tconv1/validate.py [path/to/conversations.jsonl]
Prints counts; exits non-zero on any failure.
"""

import json
import re
import sys
from collections import Counter
from pathlib import Path

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
ID_RE = re.compile(r"^tc1-\d{2}$")


def check_turn(cid: str, index: int, turn: object, errors: list[str]) -> None:
    where = f"{cid} turn {index + 1}"
    if not isinstance(turn, dict):
        errors.append(f"{where}: not an object")
        return
    expect = turn.get("expect")
    allowed = {"text", "expect", "tier"} if expect in TIERED else {"text", "expect"}
    if set(turn) - allowed or not {"text", "expect"} <= set(turn):
        errors.append(f"{where}: keys {sorted(turn)}")
    if expect not in EXPECTS:
        errors.append(f"{where}: bad expect {expect!r}")
    if expect in TIERED and turn.get("tier") not in TIERS:
        errors.append(f"{where}: {expect} needs tier acute|elevated")
    text = turn.get("text")
    if not isinstance(text, str) or not text.strip():
        errors.append(f"{where}: empty text")


def check_memory(cid: str, turns: list[dict], errors: list[str]) -> None:
    """After a crisis turn, every later turn is crisis with a tier at least as high."""
    best = 0
    seen_crisis = False
    for index, turn in enumerate(turns):
        rank = TIERS.get(turn.get("tier", ""), 0)
        if seen_crisis:
            if turn.get("expect") != "crisis":
                errors.append(f"{cid} turn {index + 1}: must stay crisis after a crisis turn")
            elif rank < best:
                errors.append(f"{cid} turn {index + 1}: tier lower than earlier crisis tier")
        if turn.get("expect") == "crisis":
            seen_crisis = True
            best = max(best, rank)


def main() -> int:
    default = Path(__file__).resolve().parent / "conversations.jsonl"
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else default
    errors: list[str] = []
    ids: set[str] = set()
    texts: Counter[str] = Counter()
    per_expect: Counter[str] = Counter()
    per_lang: Counter[str] = Counter()
    conv_count = 0
    turn_count = 0
    lines = path.read_text(encoding="utf-8").splitlines()
    for line_no, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            conv = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"line {line_no}: invalid JSON ({exc})")
            continue
        cid = str(conv.get("id"))
        if set(conv) != CONV_KEYS:
            errors.append(f"{cid}: keys {sorted(conv)}")
        if not ID_RE.match(cid):
            errors.append(f"{cid}: malformed id")
        if cid in ids:
            errors.append(f"{cid}: duplicate id")
        ids.add(cid)
        if conv.get("lang") not in LANGS:
            errors.append(f"{cid}: bad lang {conv.get('lang')!r}")
        for field in ("form", "note"):
            if not isinstance(conv.get(field), str) or not conv[field].strip():
                errors.append(f"{cid}: empty {field}")
        turns = conv.get("turns")
        if not isinstance(turns, list) or not 3 <= len(turns) <= 6:
            errors.append(f"{cid}: needs 3-6 turns")
            continue
        for index, turn in enumerate(turns):
            check_turn(cid, index, turn, errors)
        if any(not isinstance(turn, dict) for turn in turns):
            continue
        check_memory(cid, turns, errors)
        conv_count += 1
        per_lang[conv.get("lang")] += 1
        for turn in turns:
            turn_count += 1
            texts[str(turn.get("text", "")).strip().lower()] += 1
            key = turn.get("expect")
            if key in TIERED:
                key = f"{key}/{turn.get('tier')}"
            per_expect[str(key)] += 1
    for text, count in texts.items():
        if count > 1:
            errors.append(f"duplicate turn text x{count}: {text[:60]!r}")
    print(f"conversations: {conv_count}")
    print(f"turns: {turn_count}")
    print("turns per expect/tier:")
    for key, count in sorted(per_expect.items()):
        print(f"  {key}: {count}")
    print("conversations per lang:")
    for key, count in sorted(per_lang.items()):
        print(f"  {key}: {count}")
    if errors:
        print(f"FAILED: {len(errors)} problem(s)")
        for err in errors:
            print(f"  {err}")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
