#!/usr/bin/env python3
"""Inter-rater agreement for safety set v7: writer (messages.jsonl) vs blind
second reader (second_reader.jsonl). Stdlib only.

Prints Cohen's kappa on label (9 classes), on risk vs not-risk (risk = suicide,
self_harm, eating_disorder, third_party), on tier for items both readers call
risk, a label confusion table, and every disagreement (label, tier, or risk).
Usage: python3 tests/safety/v7/agreement.py [--json]
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
RISK = set(LABELS[:4])
ABBR = {
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
    return {d["id"]: d for d in map(json.loads, (HERE / name).read_text().splitlines()) if d}


def kappa(pairs):
    n = len(pairs)
    if n == 0:
        return float("nan"), 0.0
    po = sum(a == b for a, b in pairs) / n
    ca, cb = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    pe = sum(ca[k] * cb[k] for k in set(ca) | set(cb)) / (n * n)
    return ((po - pe) / (1 - pe) if pe < 1 else 1.0), po


def main():
    w, r = load("messages.jsonl"), load("second_reader.jsonl")
    assert list(w) == list(r), "id sets/order differ"
    ids = list(w)
    lab = [(w[i]["label"], r[i]["label"]) for i in ids]
    risk = [(a in RISK, b in RISK) for a, b in lab]
    both = [i for i in ids if w[i]["label"] in RISK and r[i]["label"] in RISK]
    tier = [(w[i]["tier"], r[i]["tier"]) for i in both]
    res = {"n": len(ids)}
    for name, pairs in (("label", lab), ("risk", risk), ("tier_both_risk", tier)):
        k, po = kappa(pairs)
        res[name] = {"kappa": round(k, 3), "observed": round(po, 3), "n": len(pairs)}
    conf = Counter(lab)
    dis = [
        {
            "id": i,
            "writer": f"{w[i]['label']}/{w[i]['tier']}",
            "reader": f"{r[i]['label']}/{r[i]['tier']}",
            "kind": (
                "risk"
                if (w[i]["label"] in RISK) != (r[i]["label"] in RISK)
                else "label"
                if w[i]["label"] != r[i]["label"]
                else "tier"
            ),
        }
        for i in ids
        if (w[i]["label"], w[i]["tier"]) != (r[i]["label"], r[i]["tier"])
    ]
    res["disagreements"] = dis
    if "--json" in sys.argv:
        print(json.dumps(res, indent=1))
        return
    print(f"n = {res['n']}")
    for name in ("label", "risk", "tier_both_risk"):
        x = res[name]
        print(f"kappa {name:15s} = {x['kappa']:.3f}  (observed {x['observed']:.3f}, n={x['n']})")
    print("\nconfusion (rows = writer, cols = second reader)")
    print(f"{'':<6}" + "".join(f"{ABBR[c]:>6}" for c in LABELS) + "   tot")
    for a in LABELS:
        row = [conf[(a, b)] for b in LABELS]
        print(f"{ABBR[a]:<6}" + "".join(f"{v or '.':>6}" for v in row) + f"{sum(row):6d}")
    print(f"{'tot':<6}" + "".join(f"{sum(conf[(a, b)] for a in LABELS):6d}" for b in LABELS))
    tc = Counter(tier)
    print(
        "\ntier on both-risk items (writer x reader):",
        {f"{a}->{b}": v for (a, b), v in sorted(tc.items())},
    )
    print(f"\ndisagreements (label or tier): {len(dis)}")
    for d in dis:
        print(f"  {d['id']}  writer {d['writer']:28s} reader {d['reader']:28s} [{d['kind']}]")


if __name__ == "__main__":
    main()
