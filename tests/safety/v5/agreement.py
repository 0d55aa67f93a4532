#!/usr/bin/env python3
"""Inter-rater agreement between the v5 writer (messages.jsonl) and the blind
second reader (second_reader.jsonl). Standard library only.

Reports Cohen's kappa on label (9 classes), on risk vs not-risk (risk =
suicide, self_harm, eating_disorder, third_party), on tier for items both
readers call risk, a label confusion table, and every disagreement.

    python3 tests/safety/v5/agreement.py [--json]
"""

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
LABELS = [
    "suicide",
    "self_harm",
    "eating_disorder",
    "third_party",
    "research",
    "history",
    "medication",
    "red_flag",
    "none",
]
RISK = {"suicide", "self_harm", "eating_disorder", "third_party"}
SHORT = {
    "suicide": "sui",
    "self_harm": "sh",
    "eating_disorder": "ed",
    "third_party": "3p",
    "research": "res",
    "history": "hist",
    "medication": "med",
    "red_flag": "rf",
    "none": "none",
}


def load(name):
    with (HERE / name).open(encoding="utf-8") as f:
        return {d["id"]: d for d in map(json.loads, filter(str.strip, f))}


def kappa(a, b):
    """Cohen's kappa for two equal-length lists of categories."""
    n = len(a)
    if n == 0:
        return float("nan")
    po = sum(x == y for x, y in zip(a, b, strict=False)) / n
    ca, cb = Counter(a), Counter(b)
    pe = sum(ca[k] * cb[k] for k in set(ca) | set(cb)) / (n * n)
    return 1.0 if pe == 1 else (po - pe) / (1 - pe)


def main():
    w, s = load("messages.jsonl"), load("second_reader.jsonl")
    if set(w) != set(s):
        sys.exit(f"id sets differ: {sorted(set(w) ^ set(s))}")
    ids = sorted(w)
    wl = [w[i]["label"] for i in ids]
    sl = [s[i]["label"] for i in ids]
    wr = [x in RISK for x in wl]
    sr = [x in RISK for x in sl]
    both = [i for i in ids if w[i]["label"] in RISK and s[i]["label"] in RISK]
    wt = [w[i]["tier"] for i in both]
    st = [s[i]["tier"] for i in both]
    res = {
        "n": len(ids),
        "label": {
            "agree": sum(x == y for x, y in zip(wl, sl, strict=True)),
            "kappa": kappa(wl, sl),
        },
        "risk": {"agree": sum(x == y for x, y in zip(wr, sr, strict=True)), "kappa": kappa(wr, sr)},
        "tier_both_risk": {
            "n": len(both),
            "agree": sum(x == y for x, y in zip(wt, st, strict=False)),
            "kappa": kappa(wt, st),
        },
        "disagreements": [
            {
                "id": i,
                "writer": [w[i]["label"], w[i]["tier"]],
                "second": [s[i]["label"], s[i]["tier"]],
                "text": w[i]["text"],
            }
            for i in ids
            if (w[i]["label"], w[i]["tier"]) != (s[i]["label"], s[i]["tier"])
        ],
    }
    if "--json" in sys.argv:
        print(json.dumps(res, ensure_ascii=False, indent=1))
        return
    n = res["n"]
    for k in ("label", "risk"):
        r = res[k]
        share = 100 * r["agree"] / n
        print(f"{k:<16} agree {r['agree']:3d}/{n} ({share:.1f}%)  kappa {r['kappa']:.3f}")
    t = res["tier_both_risk"]
    share = 100 * t["agree"] / max(t["n"], 1)
    name = "tier(both risk)"
    print(f"{name:<16} agree {t['agree']:3d}/{t['n']} ({share:.1f}%)  kappa {t['kappa']:.3f}")
    print("\nconfusion (rows = writer, cols = second reader)")
    conf = Counter(zip(wl, sl, strict=False))
    print(f"{'':<6}" + "".join(f"{SHORT[c]:>6}" for c in LABELS) + "   sum")
    for r in LABELS:
        cells = "".join(f"{conf[(r, c)] or '.':>6}" for c in LABELS)
        print(f"{SHORT[r]:<6}{cells}{wl.count(r):6d}")
    print(f"{'sum':<6}" + "".join(f"{sl.count(c):6d}" for c in LABELS))
    print(f"\ndisagreements (label or tier): {len(res['disagreements'])}")
    for d in res["disagreements"]:
        (wa, wb), (sa, sb) = d["writer"], d["second"]
        print(f"  {d['id']}  writer {wa}/{wb}  second {sa}/{sb}  | {d['text'][:90]}")


if __name__ == "__main__":
    main()
