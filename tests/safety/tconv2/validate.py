"""Validate tests/safety/tconv2/conversations.jsonl (stdlib only); print counts."""

import json
import re
import sys
from collections import Counter
from pathlib import Path

PATH = Path(__file__).with_name("conversations.jsonl")
EXPECTS = {
    "crisis",
    "helper",
    "answer",
    "answer_with_resource",
    "caution",
    "red_flag",
    "medication",
}
TIERS = {"elevated": 1, "acute": 2}
LANGS = {"en", "es", "fr", "de", "pt", "it"}
KEYS = {"id", "turns", "lang", "form", "note"}


def main() -> int:
    errors: list[str] = []
    ids: set[str] = set()
    texts: set[str] = set()
    expects: Counter[str] = Counter()
    langs: Counter[str] = Counter()
    n_turns = 0
    lines = PATH.read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines, 1):
        row = json.loads(line)
        cid = row.get("id", "")
        if set(row) != KEYS:
            errors.append(f"line {number}: keys {sorted(row)}")
        if not re.fullmatch(r"tc2-\d{2}", cid) or cid in ids:
            errors.append(f"line {number}: bad or duplicate id {cid!r}")
        ids.add(cid)
        if row.get("lang") not in LANGS:
            errors.append(f"{cid}: lang {row.get('lang')!r}")
        langs[row.get("lang")] += 1
        crisis_level = 0
        for index, turn in enumerate(row.get("turns", []), 1):
            n_turns += 1
            expect, tier = turn.get("expect"), turn.get("tier")
            if expect not in EXPECTS:
                errors.append(f"{cid} t{index}: expect {expect!r}")
            needs_tier = expect in {"crisis", "helper"}
            if needs_tier != (tier is not None) or (needs_tier and tier not in TIERS):
                errors.append(f"{cid} t{index}: tier {tier!r} with {expect!r}")
            if crisis_level and (expect != "crisis" or TIERS.get(tier, 0) < crisis_level):
                errors.append(f"{cid} t{index}: memory rule broken")
            if expect == "crisis":
                crisis_level = max(crisis_level, TIERS.get(tier, 0))
            text = turn.get("text", "").strip().lower()
            if text in texts:
                errors.append(f"{cid} t{index}: duplicate text")
            texts.add(text)
            expects[f"{expect}/{tier}" if tier else expect] += 1
    print(f"conversations: {len(lines)}  turns: {n_turns}")
    for key, count in sorted(expects.items()):
        print(f"  {key}: {count}")
    print("languages:", dict(sorted(langs.items())))
    for error in errors:
        print("ERROR", error)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
