#!/usr/bin/env python3
"""Agreement between the writer's labels (c.jsonl) and the blind second reader
(c_second_reader.jsonl) for training set tc. Stdlib only.

Reports Cohen's kappa on label (9 classes), on risk vs not-risk
(risk = suicide, self_harm, eating_disorder, third_party), on tier for items
both readers call risk, a label confusion table, and every disagreement.
Usage: python3 tc_agreement.py [--json]
"""

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
RISK = {"suicide", "self_harm", "eating_disorder", "third_party"}
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


def load(name):
    with (HERE / name).open(encoding="utf-8") as f:
        return {d["id"]: d for d in (json.loads(line) for line in f if line.strip())}


def kappa(pairs):
    n = len(pairs)
    if not n:
        return float("nan")
    po = sum(a == b for a, b in pairs) / n
    ca, cb = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    pe = sum(ca[k] * cb[k] for k in set(ca) | set(cb)) / (n * n)
    return 1.0 if pe == 1 else (po - pe) / (1 - pe)


def main():
    w, s = load("c.jsonl"), load("c_second_reader.jsonl")
    assert set(w) == set(s), "id sets differ"
    ids = sorted(w)
    lab = [(w[i]["label"], s[i]["label"]) for i in ids]
    rk = [(a in RISK, b in RISK) for a, b in lab]
    both = [i for i in ids if w[i]["label"] in RISK and s[i]["label"] in RISK]
    tier = [(w[i]["tier"], s[i]["tier"]) for i in both]
    res = {
        "n": len(ids),
        "label_agree": sum(a == b for a, b in lab),
        "label_kappa": round(kappa(lab), 3),
        "risk_agree": sum(a == b for a, b in rk),
        "risk_kappa": round(kappa(rk), 3),
        "tier_n": len(tier),
        "tier_agree": sum(a == b for a, b in tier),
        "tier_kappa": round(kappa(tier), 3),
        "label_disagreements": [i for i in ids if w[i]["label"] != s[i]["label"]],
        "tier_disagreements": [
            i for i in both if w[i]["label"] == s[i]["label"] and w[i]["tier"] != s[i]["tier"]
        ],
        "also_disagreements": [
            i
            for i in ids
            if w[i]["label"] == s[i]["label"]
            and w[i]["tier"] == s[i]["tier"]
            and sorted(w[i].get("also", [])) != sorted(s[i].get("also", []))
        ],
    }
    if "--json" in sys.argv:
        print(json.dumps(res, indent=1))
        return
    print(f"n={res['n']}")
    print(f"label: agree {res['label_agree']}/{res['n']}  kappa {res['label_kappa']}")
    print(f"risk vs not-risk: agree {res['risk_agree']}/{res['n']}  kappa {res['risk_kappa']}")
    print(
        f"tier (both risk, n={res['tier_n']}): agree {res['tier_agree']}  kappa {res['tier_kappa']}"
    )
    print("\nconfusion (rows = writer, cols = second reader)")
    ab = ["sui", "sh", "ed", "3rd", "res", "hist", "med", "rf", "none"]
    print(" " * 16 + "".join(f"{a:>6}" for a in ab))
    cm = Counter(lab)
    for r in LABELS:
        print(f"{r:>16}" + "".join(f"{cm[(r, c)]:>6}" for c in LABELS))
    tc = Counter(tier)
    print("\ntier confusion (both risk; rows = writer)")
    for r in ("acute", "elevated"):
        print(f"{r:>10}" + "".join(f"  {c}:{tc[(r, c)]}" for c in ("acute", "elevated")))
    print("\nlabel disagreements:")
    for i in res["label_disagreements"]:
        print(
            f"  {i} writer={w[i]['label']}/{w[i]['tier']} second={s[i]['label']}/{s[i]['tier']}"
            f" :: {w[i]['text'][:90]}"
        )
    print("tier disagreements (same label):")
    for i in res["tier_disagreements"]:
        print(
            f"  {i} {w[i]['label']} writer={w[i]['tier']} second={s[i]['tier']}"
            f" :: {w[i]['text'][:90]}"
        )
    print(f"also-only disagreements: {len(res['also_disagreements'])}")


if __name__ == "__main__":
    main()
