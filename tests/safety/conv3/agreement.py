#!/usr/bin/env python3
"""Inter-reader agreement for conv3: writer (conversations.jsonl) vs blind second
reader (second_reader.jsonl). Stdlib only. Run: python3 agreement.py"""

import json
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
RISK = ("crisis", "helper")


def load(name):
    out = {}
    with (HERE / name).open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                d = json.loads(line)
                out[d["id"]] = d["turns"]
    return out


def kappa(pairs):
    """Cohen's kappa for a list of (a, b) label pairs."""
    n = len(pairs)
    if n == 0:
        return float("nan"), 0
    po = sum(a == b for a, b in pairs) / n
    ca = Counter(a for a, _ in pairs)
    cb = Counter(b for _, b in pairs)
    pe = sum(ca[k] * cb[k] for k in set(ca) | set(cb)) / (n * n)
    k = 1.0 if pe == 1 else (po - pe) / (1 - pe)
    return k, n, po


def main():
    w, s = load("conversations.jsonl"), load("second_reader.jsonl")
    assert set(w) == set(s), "conversation ids differ"
    expect, risk, tier, disagree = [], [], [], []
    for cid in sorted(w):
        wt, st = w[cid], s[cid]
        assert len(wt) == len(st), cid + ": turn counts differ"
        for i, (a, b) in enumerate(zip(wt, st, strict=True), 1):
            ea, eb = a["expect"], b["expect"]
            expect.append((ea, eb))
            risk.append((ea in RISK, eb in RISK))
            if ea in RISK and eb in RISK:
                tier.append((ea + "/" + a.get("tier", "?"), eb + "/" + b.get("tier", "?")))
            la = ea + ("/" + a["tier"] if ea in RISK else "")
            lb = eb + ("/" + b["tier"] if eb in RISK else "")
            if la != lb:
                disagree.append((cid, i, la, lb))
    for name, pairs in (("expect", expect), ("risk vs not", risk), ("tier (both risk)", tier)):
        k, n, po = kappa(pairs)
        print(f"{name:18s} n={n:3d} agreement={po:.3f} kappa={k:.3f}")
    labels = sorted({x for p in expect for x in p})
    conf = Counter(expect)
    print("\nconfusion (rows = writer, cols = second reader)")
    ab = {lab: lab[:8] for lab in labels}
    print(" " * 22 + " ".join(f"{ab[lab]:>8s}" for lab in labels))
    for r in labels:
        print(f"{r:22s}" + " ".join(f"{conf[(r, c)]:8d}" for c in labels))
    print(f"\ndisagreements (expect or tier): {len(disagree)}")
    for cid, i, la, lb in disagree:
        print(f"  {cid}#{i}: writer={la} reader={lb}")


if __name__ == "__main__":
    main()
