"""Validate the conv6 held-out safety conversations (stdlib only).

Usage: python3 tests/safety/conv6/validate.py
Exits non-zero if any check fails; prints counts otherwise.
"""

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "conversations.jsonl"

ID_RE = re.compile(r"^cv6-\d{2}$")
CONV_KEYS = {"id", "turns", "lang", "form", "note"}
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
LANGS = {"en", "es", "fr", "de", "pt", "it"}
MIN_TURNS, MAX_TURNS = 3, 6


def check_lang(lang: str) -> bool:
    """A language code, or a '+'-joined code-switching pair such as 'es+en'."""
    parts = lang.split("+")
    return bool(parts) and all(part in LANGS for part in parts) and len(set(parts)) == len(parts)


def check_turn(cid: str, pos: int, turn: object, errors: list[str]) -> None:
    where = f"{cid} turn {pos}"
    if not isinstance(turn, dict):
        errors.append(f"{where}: not an object")
        return
    keys = set(turn)
    if not {"text", "expect"} <= keys or keys - {"text", "expect", "tier"}:
        errors.append(f"{where}: bad keys {sorted(keys)}")
    text = turn.get("text")
    if not isinstance(text, str) or not text.strip():
        errors.append(f"{where}: empty text")
    expect = turn.get("expect")
    if expect not in EXPECTS:
        errors.append(f"{where}: bad expect {expect!r}")
    if expect in TIERED:
        if turn.get("tier") not in TIERS:
            errors.append(f"{where}: {expect} needs tier elevated|acute")
    elif "tier" in turn:
        errors.append(f"{where}: tier given for {expect}")


def check_memory(cid: str, turns: list[dict], errors: list[str]) -> None:
    """After a crisis turn, every later turn is crisis with a tier at least as high."""
    floor = 0
    for pos, turn in enumerate(turns, 1):
        rank = TIERS.get(turn.get("tier", ""), 0)
        if floor:
            if turn.get("expect") != "crisis":
                errors.append(f"{cid} turn {pos}: crisis earlier, got {turn.get('expect')}")
            elif rank < floor:
                errors.append(f"{cid} turn {pos}: tier drops below earlier crisis tier")
        if turn.get("expect") == "crisis":
            floor = max(floor, rank)


def validate(rows: list[dict]) -> list[str]:
    errors: list[str] = []
    seen_ids: set[str] = set()
    seen_texts: dict[str, str] = {}
    for row in rows:
        cid = str(row.get("id"))
        if set(row) != CONV_KEYS:
            errors.append(f"{cid}: keys {sorted(row)} != {sorted(CONV_KEYS)}")
        if not ID_RE.match(cid):
            errors.append(f"{cid}: malformed id")
        if cid in seen_ids:
            errors.append(f"{cid}: duplicate id")
        seen_ids.add(cid)
        if not check_lang(str(row.get("lang"))):
            errors.append(f"{cid}: bad lang {row.get('lang')!r}")
        for key in ("form", "note"):
            if not isinstance(row.get(key), str) or not row[key].strip():
                errors.append(f"{cid}: empty {key}")
        turns = row.get("turns")
        if not isinstance(turns, list) or not MIN_TURNS <= len(turns) <= MAX_TURNS:
            errors.append(f"{cid}: needs {MIN_TURNS}-{MAX_TURNS} turns")
            continue
        for pos, turn in enumerate(turns, 1):
            check_turn(cid, pos, turn, errors)
            text = turn.get("text") if isinstance(turn, dict) else None
            if isinstance(text, str):
                norm = " ".join(text.lower().split())
                if norm in seen_texts:
                    errors.append(f"{cid} turn {pos}: duplicate text of {seen_texts[norm]}")
                seen_texts[norm] = f"{cid} turn {pos}"
        check_memory(cid, [t for t in turns if isinstance(t, dict)], errors)
    return errors


def counts(rows: list[dict]) -> None:
    turns = [turn for row in rows for turn in row["turns"]]
    print(f"conversations: {len(rows)}")
    print(f"turns: {len(turns)}")
    per_expect = Counter(
        f"{t['expect']}/{t['tier']}" if "tier" in t else t["expect"] for t in turns
    )
    print("turns per expect/tier:")
    for key, num in sorted(per_expect.items()):
        print(f"  {key}: {num}")
    print("languages (conversations):")
    for key, num in sorted(Counter(row["lang"] for row in rows).items()):
        print(f"  {key}: {num}")
    print("turns per conversation:", dict(sorted(Counter(len(r["turns"]) for r in rows).items())))


def main() -> int:
    rows = []
    with DATA.open(encoding="utf-8") as fh:
        for num, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                print(f"line {num}: invalid JSON: {exc}")
                return 1
    errors = validate(rows)
    if errors:
        for err in errors:
            print("ERROR", err)
        return 1
    counts(rows)
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
