#!/usr/bin/env python3
"""Agreement between the writer (e.jsonl) and the blind second reader
(e_second_reader.jsonl) for training set te. Stdlib only.

Reports Cohen's kappa on label (9 classes), on risk vs not-risk
(risk = suicide, self_harm, eating_disorder, third_party), on tier for items
both readers call risk, a confusion table, and every disagreement.
Usage: python3 te_agreement.py [--json]
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
        return float("nan"), float("nan")
    po = sum(x == y for x, y in zip(a, b, strict=True)) / n
    ca, cb = Counter(a), Counter(b)
    pe = sum(ca[k] * cb[k] for k in set(ca) | set(cb)) / (n * n)
    k = 1.0 if pe == 1 else (po - pe) / (1 - pe)
    return po, k


def main():
    w, s = load("e.jsonl"), load("e_second_reader.jsonl")
    ids = [i for i in w if i in s]
    assert len(ids) == len(w) == len(s), (len(w), len(s), len(ids))
    wl = [w[i]["label"] for i in ids]
    sl = [s[i]["label"] for i in ids]
    res = {"n": len(ids)}
    res["label_agreement"], res["label_kappa"] = kappa(wl, sl)
    wr = [x in RISK for x in wl]
    sr = [x in RISK for x in sl]
    res["risk_agreement"], res["risk_kappa"] = kappa(wr, sr)
    both = [i for i in ids if w[i]["label"] in RISK and s[i]["label"] in RISK]
    wt = [w[i]["tier"] for i in both]
    st = [s[i]["tier"] for i in both]
    res["tier_n"] = len(both)
    res["tier_agreement"], res["tier_kappa"] = kappa(wt, st)
    same = [i for i in both if w[i]["label"] == s[i]["label"]]
    res["tier_same_label_n"] = len(same)
    res["tier_same_label_agreement"], res["tier_same_label_kappa"] = kappa(
        [w[i]["tier"] for i in same], [s[i]["tier"] for i in same]
    )
    # safety-relevant incl. red_flag, for information
    wf = [x in RISK | {"red_flag"} for x in wl]
    sf = [x in RISK | {"red_flag"} for x in sl]
    res["risk_or_redflag_agreement"], res["risk_or_redflag_kappa"] = kappa(wf, sf)
    dis_label = [i for i in ids if w[i]["label"] != s[i]["label"]]
    dis_tier = [i for i in same if w[i]["tier"] != s[i]["tier"]]
    res["label_disagreements"] = len(dis_label)
    res["tier_disagreements_same_label"] = len(dis_tier)
    if "--json" in sys.argv:
        print(json.dumps(res, indent=1))
        return
    for k, v in res.items():
        print(f"{k:32s} {v:.3f}" if isinstance(v, float) else f"{k:32s} {v}")
    print("\nconfusion (rows = writer, cols = second reader)")
    cm = Counter(zip(wl, sl, strict=True))
    short = {lab: lab[:6] for lab in LABELS}
    print(f"{'':16s}" + "".join(f"{short[lab]:>7s}" for lab in LABELS) + "    sum")
    for a in LABELS:
        row = [cm[(a, b)] for b in LABELS]
        print(f"{a:16s}" + "".join(f"{c:7d}" for c in row) + f"{sum(row):7d}")
    print(f"{'sum':16s}" + "".join(f"{sum(cm[(a, b)] for a in LABELS):7d}" for b in LABELS))
    print(
        "\ntier confusion on items both call risk (writer -> reader):",
        dict(Counter(zip(wt, st, strict=True))),
    )
    print("\nlabel disagreements:")
    for i in dis_label:
        pair = f"writer={w[i]['label']}/{w[i]['tier']}  reader={s[i]['label']}/{s[i]['tier']}"
        print(f"  {i}  {pair}  | {w[i]['text'][:90]}")
    print("\ntier disagreements (same risk label):")
    for i in dis_tier:
        pair = f"writer={w[i]['tier']}  reader={s[i]['tier']}"
        print(f"  {i}  {w[i]['label']}  {pair}  | {w[i]['text'][:90]}")
    also_d = [i for i in ids if sorted(w[i].get("also", [])) != sorted(s[i].get("also", []))]
    print(f"\n'also' differs on {len(also_d)} items (informational)")


if __name__ == "__main__":
    main()
