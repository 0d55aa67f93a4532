#!/usr/bin/env python3
"""Agreement between the writer (f.jsonl) and the blind second reader
(f_second_reader.jsonl) for training set tf. Stdlib only.

Reports Cohen's kappa on label (9 classes), on risk vs not-risk
(risk = suicide, self_harm, eating_disorder, third_party), on tier for items
both readers call risk, a label confusion table, and every disagreement.
Usage: python3 tests/safety/train/tf_agreement.py [--json]
"""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
RISK = {"suicide", "self_harm", "eating_disorder", "third_party"}
ORDER = ["suicide", "self_harm", "eating_disorder", "third_party",
         "research", "history", "medication", "red_flag", "none"]


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return {r["id"]: r for r in map(json.loads, filter(str.strip, f))}


def kappa(a, b):
    n = len(a)
    if n == 0:
        return float("nan")
    po = sum(x == y for x, y in zip(a, b)) / n
    ca, cb = Counter(a), Counter(b)
    pe = sum(ca[k] * cb[k] for k in set(ca) | set(cb)) / (n * n)
    return 1.0 if pe == 1 else (po - pe) / (1 - pe)


def main():
    w, s = load("f.jsonl"), load("f_second_reader.jsonl")
    assert set(w) == set(s), "id sets differ"
    ids = sorted(w)
    wl = [w[i]["label"] for i in ids]
    sl = [s[i]["label"] for i in ids]
    res = {"n": len(ids)}
    res["label_agree"] = sum(x == y for x, y in zip(wl, sl))
    res["kappa_label"] = kappa(wl, sl)
    wr = [x in RISK for x in wl]
    sr = [x in RISK for x in sl]
    res["risk_agree"] = sum(x == y for x, y in zip(wr, sr))
    res["kappa_risk"] = kappa(wr, sr)
    both = [i for i in ids if w[i]["label"] in RISK and s[i]["label"] in RISK]
    wt = [w[i]["tier"] for i in both]
    st = [s[i]["tier"] for i in both]
    res["tier_n"] = len(both)
    res["tier_agree"] = sum(x == y for x, y in zip(wt, st))
    res["kappa_tier"] = kappa(wt, st)
    label_dis = [i for i in ids if w[i]["label"] != s[i]["label"]]
    tier_dis = [i for i in both if w[i]["label"] == s[i]["label"]
                and w[i]["tier"] != s[i]["tier"]]
    res["label_disagreements"] = label_dis
    res["tier_only_disagreements"] = tier_dis
    if "--json" in sys.argv:
        print(json.dumps(res, indent=1))
        return
    print(f"n={res['n']}")
    print(f"label: {res['label_agree']}/{res['n']} agree, kappa={res['kappa_label']:.3f}")
    print(f"risk vs not-risk: {res['risk_agree']}/{res['n']} agree, kappa={res['kappa_risk']:.3f}")
    print(f"tier (both risk, n={res['tier_n']}): {res['tier_agree']} agree, kappa={res['kappa_tier']:.3f}")
    print("\nconfusion (rows = writer, cols = second reader)")
    ab = {l: l[:6] for l in ORDER}
    print(f"{'':16}" + "".join(f"{ab[l]:>7}" for l in ORDER))
    conf = Counter(zip(wl, sl))
    for r in ORDER:
        print(f"{r:16}" + "".join(f"{conf[(r, c)] or '.':>7}" for c in ORDER))
    print(f"\nlabel disagreements ({len(label_dis)}):")
    for i in label_dis:
        print(f"  {i}: writer {w[i]['label']}/{w[i]['tier']}  reader {s[i]['label']}/{s[i]['tier']}  | {w[i]['text'][:90]}")
    print(f"\ntier-only disagreements ({len(tier_dis)}):")
    for i in tier_dis:
        print(f"  {i}: {w[i]['label']} writer {w[i]['tier']}  reader {s[i]['tier']}  | {w[i]['text'][:90]}")


if __name__ == "__main__":
    main()
