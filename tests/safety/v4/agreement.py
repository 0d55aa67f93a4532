#!/usr/bin/env python3
"""Inter-rater agreement for safety set v4: writer (messages.jsonl) vs blind second
reader (second_reader.jsonl). Stdlib only. Prints Cohen's kappa on label, on risk vs
not-risk, on tier for items both readers call risk, a confusion table, and the list
of disagreements. `--json` prints the figures as JSON.

Usage: python3 tests/safety/v4/agreement.py [--json]
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
        return {d["id"]: d for d in map(json.loads, f) if d}


def kappa(a, b):
    """Cohen's kappa for two equal-length sequences of categories."""
    n = len(a)
    if n == 0:
        return float("nan")
    po = sum(x == y for x, y in zip(a, b, strict=True)) / n
    ca, cb = Counter(a), Counter(b)
    pe = sum(ca[k] * cb[k] for k in set(ca) | set(cb)) / (n * n)
    return 1.0 if pe == 1 else (po - pe) / (1 - pe)


def main():
    w, r = load("messages.jsonl"), load("second_reader.jsonl")
    assert set(w) == set(r), "id sets differ"
    ids = sorted(w)
    wl = [w[i]["label"] for i in ids]
    rl = [r[i]["label"] for i in ids]
    wr = [x in RISK for x in wl]
    rr = [x in RISK for x in rl]
    both = [i for i in ids if w[i]["label"] in RISK and r[i]["label"] in RISK]
    wt = [w[i]["tier"] for i in both]
    rt = [r[i]["tier"] for i in both]
    res = {
        "n": len(ids),
        "label_agreement": sum(x == y for x, y in zip(wl, rl, strict=True)) / len(ids),
        "label_kappa": kappa(wl, rl),
        "risk_agreement": sum(x == y for x, y in zip(wr, rr, strict=True)) / len(ids),
        "risk_kappa": kappa(wr, rr),
        "tier_n_both_risk": len(both),
        "tier_agreement": (
            sum(x == y for x, y in zip(wt, rt, strict=True)) / len(both) if both else None
        ),
        "tier_kappa": kappa(wt, rt),
        "full_tier_kappa_all_items": kappa(
            [w[i]["tier"] for i in ids], [r[i]["tier"] for i in ids]
        ),
        "label_disagreements": sum(x != y for x, y in zip(wl, rl, strict=True)),
        "tier_only_disagreements": sum(
            1 for i in ids if w[i]["label"] == r[i]["label"] and w[i]["tier"] != r[i]["tier"]
        ),
    }
    if "--json" in sys.argv:
        print(json.dumps(res, indent=2))
        return
    for k, v in res.items():
        print(f"{k:28s} {v:.3f}" if isinstance(v, float) else f"{k:28s} {v}")
    # confusion table: rows writer, columns second reader
    short = {
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
    conf = Counter(zip(wl, rl, strict=True))
    print("\nconfusion (rows = writer, columns = second reader)")
    print("writer\\2nd".ljust(11) + "".join(short[c].rjust(6) for c in LABELS) + "   sum")
    for a in LABELS:
        row = [conf[(a, b)] for b in LABELS]
        print(short[a].ljust(11) + "".join(str(x).rjust(6) for x in row) + str(sum(row)).rjust(6))
    print(
        "sum".ljust(11) + "".join(str(sum(conf[(a, b)] for a in LABELS)).rjust(6) for b in LABELS)
    )
    print("\ndisagreements (id, writer label/tier, second reader label/tier)")
    for i in ids:
        if (w[i]["label"], w[i]["tier"]) != (r[i]["label"], r[i]["tier"]):
            print(
                f"{i}  {w[i]['label']}/{w[i]['tier']} {w[i].get('also')}  vs  "
                f"{r[i]['label']}/{r[i]['tier']} {r[i].get('also')}"
            )


if __name__ == "__main__":
    main()
