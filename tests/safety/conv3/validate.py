#!/usr/bin/env python3
"""Validate tests/safety/conv3/conversations.jsonl (stdlib only).

Usage: python3 validate.py [conversations.jsonl] [--texts TEXTS.jsonl]

Checks: ids unique and well-formed (cv3-NN, in order), exact keys, 3-6 turns,
expect values, tier present exactly for crisis and helper, the memory rule
(after a crisis turn every later turn is crisis with a tier at least as high;
after a helper turn every later turn is helper with a tier at least as high,
or crisis), languages, forms non-empty, no duplicate turn texts (after
whitespace/case normalisation). With --texts, also checks that a texts-only
file (id + turn texts) matches the conversations exactly.
Prints counts and exits 1 on any failure.
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
LANGS = {"en", "es", "fr", "de", "pt", "it", "es-en", "fr-en", "de-en", "pt-en", "it-en"}
CONV_KEYS = {"id", "turns", "lang", "form", "note"}
ID_RE = re.compile(r"^cv3-\d{2}$")


def norm(text):
    return " ".join(text.lower().split())


def main(argv):
    here = Path(__file__).resolve().parent
    args = [a for a in argv if not a.startswith("--")]
    texts_path = None
    if "--texts" in argv:
        i = argv.index("--texts")
        texts_path = Path(argv[i + 1])
        args = [a for a in args if a != argv[i + 1]]
    path = Path(args[0]) if args else here / "conversations.jsonl"

    errors = []
    convs = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            errors.append(f"line {n}: blank line")
            continue
        try:
            convs.append((n, json.loads(line)))
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: bad JSON: {e}")

    seen_ids = set()
    seen_texts = {}
    expect_count = Counter()
    tier_count = Counter()
    lang_count = Counter()
    form_count = Counter()
    turn_total = 0
    for idx, (n, c) in enumerate(convs, 1):
        where = f"line {n}"
        if not isinstance(c, dict):
            errors.append(f"{where}: not an object")
            continue
        if set(c) != CONV_KEYS:
            errors.append(f"{where}: keys {sorted(c)} != {sorted(CONV_KEYS)}")
        cid = c.get("id")
        where = f"{cid or where}"
        if not isinstance(cid, str) or not ID_RE.match(cid):
            errors.append(f"{where}: malformed id")
        elif cid in seen_ids:
            errors.append(f"{where}: duplicate id")
        elif cid != f"cv3-{idx:02d}":
            errors.append(f"{where}: out of order (expected cv3-{idx:02d})")
        seen_ids.add(cid)
        lang = c.get("lang")
        if lang not in LANGS:
            errors.append(f"{where}: lang {lang!r} not in {sorted(LANGS)}")
        lang_count[lang] += 1
        for k in ("form", "note"):
            if not isinstance(c.get(k), str) or not c.get(k, "").strip():
                errors.append(f"{where}: {k} missing or empty")
        form_count[c.get("form")] += 1
        turns = c.get("turns")
        if not isinstance(turns, list) or not 3 <= len(turns) <= 6:
            errors.append(f"{where}: turns must be a list of 3-6")
            continue
        state = None  # (expect, tier rank) carried by the memory rule
        for t_i, t in enumerate(turns, 1):
            tw = f"{where} turn {t_i}"
            if not isinstance(t, dict):
                errors.append(f"{tw}: not an object")
                continue
            exp = t.get("expect")
            keys = {"text", "expect"} | ({"tier"} if exp in TIERED else set())
            if set(t) != keys:
                errors.append(f"{tw}: keys {sorted(t)} != {sorted(keys)}")
            text = t.get("text")
            if not isinstance(text, str) or not text.strip():
                errors.append(f"{tw}: empty text")
                text = ""
            key = norm(text)
            if key in seen_texts:
                errors.append(f"{tw}: duplicate text (also {seen_texts[key]})")
            seen_texts[key] = tw
            if exp not in EXPECTS:
                errors.append(f"{tw}: expect {exp!r} not in {sorted(EXPECTS)}")
                continue
            rank = 0
            if exp in TIERED:
                if t.get("tier") not in TIERS:
                    errors.append(f"{tw}: tier {t.get('tier')!r} must be elevated|acute")
                else:
                    rank = TIERS[t["tier"]]
            # memory rule
            if state is not None:
                s_exp, s_rank = state
                if s_exp == "crisis":
                    if exp != "crisis":
                        errors.append(
                            f"{tw}: after a crisis turn expect must stay crisis, got {exp}"
                        )
                    elif rank < s_rank:
                        errors.append(f"{tw}: crisis tier dropped below the highest so far")
                elif s_exp == "helper":
                    if exp not in TIERED:
                        errors.append(
                            f"{tw}: after a helper turn expect must be helper or crisis, got {exp}"
                        )
                    elif exp == "helper" and rank < s_rank:
                        errors.append(f"{tw}: helper tier dropped below the highest so far")
            if exp == "crisis":
                prev = state[1] if state and state[0] == "crisis" else 0
                state = ("crisis", max(rank, prev))
            elif exp == "helper":
                prev = state[1] if state and state[0] == "helper" else 0
                state = ("helper", max(rank, prev))
            expect_count[exp] += 1
            if exp in TIERED:
                tier_count[f"{exp}/{t.get('tier')}"] += 1
            turn_total += 1

    if texts_path is not None:
        rows = [
            json.loads(row)
            for row in texts_path.read_text(encoding="utf-8").splitlines()
            if row.strip()
        ]
        mine = [{"id": c["id"], "turns": [t["text"] for t in c["turns"]]} for _, c in convs]
        if rows != mine:
            errors.append(f"{texts_path}: does not match the conversations' ids/texts")
        else:
            print(f"texts file {texts_path}: matches ({len(rows)} conversations)")

    nonen = sum(v for k, v in lang_count.items() if k != "en")
    print(f"conversations: {len(convs)}")
    print(f"turns: {turn_total}")
    print("turns per expect:")
    for k in sorted(expect_count):
        print(f"  {k}: {expect_count[k]}")
    print("turns per expect/tier:")
    for k in sorted(tier_count):
        print(f"  {k}: {tier_count[k]}")
    print(
        "conversations per language: "
        + ", ".join(f"{k}={v}" for k, v in sorted(lang_count.items()))
    )
    print(f"non-English or code-switched conversations: {nonen}/{len(convs)}")
    if errors:
        print(f"\nFAILED ({len(errors)} problems):")
        for e in errors:
            print("  " + e)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
