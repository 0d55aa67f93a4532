#!/usr/bin/env python3
"""Validate the conv2 held-out safety conversations (stdlib only).

Usage: python3 tests/safety/conv2/validate.py [path/to/conversations.jsonl]
Prints counts; exits 1 if any check fails.
"""

import collections
import json
import re
import sys
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
LANGS = {"en", "es", "fr", "de", "pt", "it"}
CONV_KEYS = {"id", "turns", "lang", "form", "note"}
ID_RE = re.compile(r"^cv2-\d{2}$")


def lang_ok(lang):
    # a single code, or a code-switching pair such as "es-en"
    parts = lang.split("-") if isinstance(lang, str) else []
    return 1 <= len(parts) <= 2 and all(p in LANGS for p in parts) and len(set(parts)) == len(parts)


def norm(text):
    return " ".join(text.casefold().split())


def main(path):
    errors = []
    convs = []
    with Path(path).open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                errors.append(f"line {n}: blank line")
                continue
            try:
                convs.append((n, json.loads(line)))
            except json.JSONDecodeError as e:
                errors.append(f"line {n}: bad JSON: {e}")

    ids = set()
    seen_text = {}
    per_expect = collections.Counter()
    per_lang = collections.Counter()
    per_form = collections.Counter()
    nturns = 0
    for n, c in convs:
        where = f"line {n}"
        if not isinstance(c, dict):
            errors.append(f"{where}: not an object")
            continue
        cid = c.get("id")
        where = f"{cid or 'line ' + str(n)}"
        if set(c) != CONV_KEYS:
            errors.append(f"{where}: keys {sorted(c)} != {sorted(CONV_KEYS)}")
        if not isinstance(cid, str) or not ID_RE.match(cid):
            errors.append(f"{where}: malformed id {cid!r}")
        elif cid in ids:
            errors.append(f"{where}: duplicate id")
        else:
            ids.add(cid)
        if not lang_ok(c.get("lang")):
            errors.append(f"{where}: bad lang {c.get('lang')!r}")
        for k in ("form", "note"):
            if not isinstance(c.get(k), str) or not c.get(k).strip():
                errors.append(f"{where}: empty {k}")
        turns = c.get("turns")
        if not isinstance(turns, list) or not 3 <= len(turns) <= 6:
            errors.append(f"{where}: needs 3-6 turns")
            continue
        per_lang[c.get("lang")] += 1
        per_form[c.get("form")] += 1
        crisis_max = 0  # highest crisis tier so far (0 = none)
        helper_max = 0  # highest helper tier so far (0 = none)
        for i, t in enumerate(turns, 1):
            tw = f"{where} turn {i}"
            nturns += 1
            if not isinstance(t, dict):
                errors.append(f"{tw}: not an object")
                continue
            keys = set(t)
            exp = t.get("expect")
            tier = t.get("tier")
            want = {"text", "expect"} | ({"tier"} if exp in TIERED else set())
            if keys != want:
                errors.append(f"{tw}: keys {sorted(keys)} != {sorted(want)}")
            if exp not in EXPECTS:
                errors.append(f"{tw}: unknown expect {exp!r}")
                continue
            if exp in TIERED and tier not in TIERS:
                errors.append(f"{tw}: {exp} needs tier acute|elevated, got {tier!r}")
                continue
            text = t.get("text")
            if not isinstance(text, str) or not text.strip():
                errors.append(f"{tw}: empty text")
            else:
                key = norm(text)
                if key in seen_text:
                    errors.append(f"{tw}: duplicate text (also {seen_text[key]})")
                seen_text.setdefault(key, tw)
            rank = TIERS.get(tier, 0)
            # memory rule: once crisis, always crisis, tier never drops
            if crisis_max:
                if exp != "crisis":
                    errors.append(f"{tw}: after a crisis turn expect must be crisis, got {exp}")
                elif rank < crisis_max:
                    errors.append(f"{tw}: crisis tier dropped below an earlier turn")
            # third-party rule: after helper, only helper (tier kept) or crisis
            elif helper_max:
                if exp not in TIERED:
                    errors.append(
                        f"{tw}: after a helper turn expect must be helper or crisis, got {exp}"
                    )
                elif exp == "helper" and rank < helper_max:
                    errors.append(f"{tw}: helper tier dropped below an earlier turn")
            if exp == "crisis":
                crisis_max = max(crisis_max, rank)
            elif exp == "helper":
                helper_max = max(helper_max, rank)
            per_expect[exp + (f"/{tier}" if exp in TIERED else "")] += 1

    print(f"conversations: {len(convs)}")
    print(f"turns: {nturns}")
    print("turns per expect/tier:")
    for k in sorted(per_expect):
        print(f"  {k:22} {per_expect[k]}")
    print("conversations per lang:")
    for k in sorted(per_lang):
        print(f"  {k:22} {per_lang[k]}")
    print("conversations per form:")
    for k in sorted(per_form):
        print(f"  {k:22} {per_form[k]}")
    if errors:
        print(f"\nFAILED: {len(errors)} problem(s)")
        for e in errors:
            print("  " + e)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    default = Path(__file__).resolve().parent / "conversations.jsonl"
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else default))
