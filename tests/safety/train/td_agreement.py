#!/usr/bin/env python3
"""Agreement between the writer's labels (d.jsonl) and the blind second reader
(d_second_reader.jsonl) for training set td. Stdlib only.

Reports Cohen's kappa on label, on risk vs not-risk, on tier for items both
readers call risk, a label confusion table, and lists disagreements.
Usage: python3 tests/safety/train/td_agreement.py [--json]
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
        return float("nan")
    po = sum(x == y for x, y in zip(a, b, strict=True)) / n
    ca, cb = Counter(a), Counter(b)
    pe = sum(ca[k] * cb[k] for k in set(ca) | set(cb)) / (n * n)
    return 1.0 if pe == 1 else (po - pe) / (1 - pe)


def main():
    w = load("d.jsonl")
    s = load("d_second_reader.jsonl")
    assert set(w) == set(s), "id sets differ"
    ids = sorted(w)
    wl = [w[i]["label"] for i in ids]
    sl = [s[i]["label"] for i in ids]
    res = {"n": len(ids)}
    res["label_agree"] = sum(x == y for x, y in zip(wl, sl, strict=True))
    res["kappa_label"] = kappa(wl, sl)
    wr = [x in RISK for x in wl]
    sr = [x in RISK for x in sl]
    res["risk_agree"] = sum(x == y for x, y in zip(wr, sr, strict=True))
    res["kappa_risk"] = kappa(wr, sr)
    both = [i for i in ids if w[i]["label"] in RISK and s[i]["label"] in RISK]
    wt = [w[i]["tier"] for i in both]
    st = [s[i]["tier"] for i in both]
    res["tier_n"] = len(both)
    res["tier_agree"] = sum(x == y for x, y in zip(wt, st, strict=True))
    res["kappa_tier"] = kappa(wt, st)
    conf = Counter(zip(wl, sl, strict=True))
    dis_label = [i for i in ids if w[i]["label"] != s[i]["label"]]
    dis_tier = [i for i in both if w[i]["label"] == s[i]["label"] and w[i]["tier"] != s[i]["tier"]]
    if "--json" in sys.argv:
        res["label_disagreements"] = dis_label
        res["tier_disagreements"] = dis_tier
        print(json.dumps(res, indent=1))
        return
    print(f"n={res['n']}")
    print(f"label: agree {res['label_agree']}/{res['n']}  kappa={res['kappa_label']:.3f}")
    print(f"risk vs not: agree {res['risk_agree']}/{res['n']}  kappa={res['kappa_risk']:.3f}")
    print(
        f"tier (both risk, n={res['tier_n']}): agree {res['tier_agree']}"
        f"  kappa={res['kappa_tier']:.3f}"
    )
    print("\nconfusion (rows = writer, cols = second reader)")
    ab = [x[:6] for x in LABELS]
    print(f"{'':16}" + "".join(f"{a:>7}" for a in ab))
    for r in LABELS:
        print(f"{r:16}" + "".join(f"{conf[(r, c)]:>7}" for c in LABELS))
    print(f"\nlabel disagreements ({len(dis_label)}):")
    for i in dis_label:
        print(
            f"  {i}  writer={w[i]['label']}/{w[i]['tier']}  reader={s[i]['label']}/{s[i]['tier']}"
            f"  | {w[i]['text']}"
        )
    print(f"\ntier disagreements, same label ({len(dis_tier)}):")
    for i in dis_tier:
        print(
            f"  {i}  {w[i]['label']}  writer={w[i]['tier']}  reader={s[i]['tier']}"
            f"  | {w[i]['text']}"
        )


if __name__ == "__main__":
    main()
