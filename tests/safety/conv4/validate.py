#!/usr/bin/env python3
"""Validate tests/safety/conv4/conversations.jsonl (stdlib only).

Checks: ids unique and well formed (cv4-NN), keys, expect values, tier present
exactly for crisis/helper, the memory rule (after a crisis turn every later turn
is crisis with a tier at least as high; after a helper turn every later turn is
helper with a tier at least as high, or crisis), languages, no duplicate turn
texts, 3-6 turns per conversation. Prints counts; exits 1 on any failure.
"""

import json
import re
import sys
from collections import Counter
from pathlib import Path

PATH = Path(__file__).with_name("conversations.jsonl")
KEYS = {"id", "turns", "lang", "form", "note"}
TURN_KEYS = {"text", "expect", "tier"}
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
ID_RE = re.compile(r"^cv4-\d{2}$")


def main() -> int:
    errors = []
    ids = set()
    texts = {}
    n_conv = 0
    turns_total = 0
    by_expect = Counter()
    by_lang = Counter()
    by_form = Counter()
    for lineno, line in enumerate(PATH.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            errors.append(f"line {lineno}: blank line")
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"line {lineno}: bad JSON ({exc})")
            continue
        n_conv += 1
        cid = obj.get("id", f"<line {lineno}>")
        if set(obj) != KEYS:
            errors.append(f"{cid}: keys {sorted(obj)} != {sorted(KEYS)}")
        if not isinstance(cid, str) or not ID_RE.match(cid):
            errors.append(f"{cid}: malformed id")
        if cid in ids:
            errors.append(f"{cid}: duplicate id")
        ids.add(cid)
        lang = obj.get("lang")
        if lang not in LANGS:
            errors.append(f"{cid}: lang {lang!r} not in {sorted(LANGS)}")
        by_lang[lang] += 1
        by_form[obj.get("form")] += 1
        for k in ("form", "note"):
            if not isinstance(obj.get(k), str) or not obj.get(k).strip():
                errors.append(f"{cid}: empty {k}")
        turns = obj.get("turns")
        if not isinstance(turns, list) or not 3 <= len(turns) <= 6:
            errors.append(f"{cid}: turns must be a list of 3-6")
            continue
        state = None  # (expect, tier rank) of the memory so far
        for i, t in enumerate(turns, 1):
            where = f"{cid} turn {i}"
            turns_total += 1
            if (
                not isinstance(t, dict)
                or not set(t) <= TURN_KEYS
                or not {"text", "expect"} <= set(t)
            ):
                errors.append(f"{where}: bad keys {sorted(t) if isinstance(t, dict) else t}")
                continue
            text, exp, tier = t["text"], t["expect"], t.get("tier")
            if not isinstance(text, str) or not text.strip():
                errors.append(f"{where}: empty text")
            else:
                key = " ".join(text.lower().split())
                if key in texts:
                    errors.append(f"{where}: duplicate text (also {texts[key]})")
                texts[key] = where
            if exp not in EXPECTS:
                errors.append(f"{where}: expect {exp!r} unknown")
                continue
            if exp in TIERED:
                if tier not in TIERS:
                    errors.append(f"{where}: {exp} needs tier elevated|acute, got {tier!r}")
                    continue
                by_expect[f"{exp}/{tier}"] += 1
            else:
                if "tier" in t:
                    errors.append(f"{where}: tier given for {exp}")
                by_expect[exp] += 1
            rank = TIERS.get(tier, 0)
            if state is not None:
                prev, prank = state
                if prev == "crisis" and (exp != "crisis" or rank < prank):
                    errors.append(f"{where}: memory rule broken (crisis earlier, now {exp}/{tier})")
                if prev == "helper" and exp == "helper" and rank < prank:
                    errors.append(f"{where}: helper tier dropped")
                if prev == "helper" and exp not in TIERED:
                    errors.append(f"{where}: helper earlier, now {exp}")
            if exp in TIERED:
                if (
                    state is None
                    or state[0] not in TIERED
                    or (exp == "crisis" and state[0] == "helper")
                ):
                    state = (exp, rank)
                else:
                    state = (exp, max(rank, state[1]))
    if n_conv == 0:
        errors.append("no conversations")
    print(f"conversations: {n_conv}")
    print(f"turns: {turns_total}")
    print("turns per expect/tier:")
    for k, v in sorted(by_expect.items()):
        print(f"  {k}: {v}")
    print("conversations per lang:", dict(sorted(by_lang.items())))
    print("conversations per form:", dict(sorted(by_form.items())))
    if errors:
        print(f"\n{len(errors)} error(s):")
        for e in errors:
            print("  " + e)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
