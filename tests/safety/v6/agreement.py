#!/usr/bin/env python3
"""Inter-rater agreement between the v6 writer (messages.jsonl) and the blind
second reader (second_reader.jsonl). Stdlib only.

Reports Cohen's kappa on label, on risk vs not-risk (risk = suicide, self_harm,
eating_disorder, third_party), on tier for items both readers call risk, a
label confusion table, and lists every disagreement (label, tier or also).

Usage: python3 agreement.py [--json]
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
        return {r["id"]: r for r in (json.loads(line) for line in f if line.strip())}


def kappa(a, b):
    n = len(a)
    if n == 0:
        return float("nan"), 0.0
    po = sum(x == y for x, y in zip(a, b, strict=True)) / n
    ca, cb = Counter(a), Counter(b)
    pe = sum(ca[k] * cb[k] for k in set(ca) | set(cb)) / (n * n)
    return ((po - pe) / (1 - pe) if pe < 1 else 1.0), po


def main():
    w, s = load("messages.jsonl"), load("second_reader.jsonl")
    assert set(w) == set(s), "id sets differ"
    ids = sorted(w)
    wl = [w[i]["label"] for i in ids]
    sl = [s[i]["label"] for i in ids]
    k_label, po_label = kappa(wl, sl)
    k_risk, po_risk = kappa([x in RISK for x in wl], [x in RISK for x in sl])
    both = [i for i in ids if w[i]["label"] in RISK and s[i]["label"] in RISK]
    k_tier, po_tier = kappa([w[i]["tier"] for i in both], [s[i]["tier"] for i in both])
    out = {
        "n": len(ids),
        "label": {"kappa": round(k_label, 3), "agree": round(po_label, 3)},
        "risk_vs_not": {"kappa": round(k_risk, 3), "agree": round(po_risk, 3)},
        "tier_both_risk": {"n": len(both), "kappa": round(k_tier, 3), "agree": round(po_tier, 3)},
        "label_disagreements": [i for i in ids if w[i]["label"] != s[i]["label"]],
        "tier_disagreements": [
            i for i in ids if w[i]["label"] == s[i]["label"] and w[i]["tier"] != s[i]["tier"]
        ],
        "also_disagreements": [
            i
            for i in ids
            if w[i]["label"] == s[i]["label"]
            and set(w[i].get("also", [])) != set(s[i].get("also", []))
        ],
    }
    if "--json" in sys.argv:
        print(json.dumps(out, indent=1))
        return
    print(f"n = {out['n']}")
    for k in ("label", "risk_vs_not", "tier_both_risk"):
        print(
            f"{k:15s} kappa={out[k]['kappa']:.3f} observed agreement={out[k]['agree']:.3f}"
            + (f" (n={out[k]['n']})" if "n" in out[k] else "")
        )
    labs = [lab for lab in LABELS if lab in set(wl) | set(sl)]
    conf = Counter(zip(wl, sl, strict=True))
    ab = {lab: lab[:8] for lab in labs}
    print("\nConfusion (rows = writer, columns = second reader)")
    print(f"{'':16s}" + "".join(f"{ab[lab]:>9s}" for lab in labs))
    for r in labs:
        print(f"{r:16s}" + "".join(f"{conf[(r, c)]:9d}" for c in labs))
    print("\nLabel disagreements:")
    for i in out["label_disagreements"]:
        print(
            f"  {i}: writer {w[i]['label']}/{w[i]['tier']} vs second {s[i]['label']}/{s[i]['tier']}"
        )
    print("Tier disagreements (same label):")
    for i in out["tier_disagreements"]:
        print(f"  {i}: {w[i]['label']} writer {w[i]['tier']} vs second {s[i]['tier']}")
    print("Also disagreements (same label):")
    for i in out["also_disagreements"]:
        print(f"  {i}: writer {w[i].get('also')} vs second {s[i].get('also')}")


if __name__ == "__main__":
    main()
