#!/usr/bin/env python3
"""Agreement between the conv2 writer (conversations.jsonl) and the blind second
reader (second_reader.jsonl). Stdlib only.

Prints per-turn Cohen's kappa on `expect`, on risk (crisis or helper) vs not, and on
`tier` over turns where both readers say crisis/helper; a confusion table on `expect`;
and every disagreement (expect or tier). Exit status 0 always (measurement, not a test).

Usage: python3 tests/safety/conv2/agreement.py
"""

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
RISK = ("crisis", "helper")


def load(name):
    with (HERE / name).open(encoding="utf-8") as f:
        return {d["id"]: d for d in (json.loads(line) for line in f if line.strip())}


def kappa(pairs):
    """Cohen's kappa for a list of (label_a, label_b)."""
    n = len(pairs)
    if n == 0:
        return float("nan"), 0.0, 0
    po = sum(a == b for a, b in pairs) / n
    ca = Counter(a for a, _ in pairs)
    cb = Counter(b for _, b in pairs)
    pe = sum(ca[k] * cb[k] for k in set(ca) | set(cb)) / (n * n)
    k = 1.0 if pe == 1 else (po - pe) / (1 - pe)
    return k, po, n


def main():
    writer = load("conversations.jsonl")
    second = load("second_reader.jsonl")
    if set(writer) != set(second):
        sys.exit(f"id sets differ: {sorted(set(writer) ^ set(second))}")
    rows = []  # (id, turn, w_expect, w_tier, s_expect, s_tier)
    for cid in sorted(writer):
        wt, st = writer[cid]["turns"], second[cid]["turns"]
        if len(wt) != len(st):
            sys.exit(f"{cid}: turn counts differ ({len(wt)} vs {len(st)})")
        for i, (w, s) in enumerate(zip(wt, st, strict=True), 1):
            rows.append((cid, i, w["expect"], w.get("tier"), s["expect"], s.get("tier")))

    k_exp = kappa([(r[2], r[4]) for r in rows])
    k_risk = kappa([(r[2] in RISK, r[4] in RISK) for r in rows])
    both = [r for r in rows if r[2] in RISK and r[4] in RISK]
    k_tier = kappa([(r[3], r[5]) for r in both])
    k_full = kappa([((r[2], r[3]), (r[4], r[5])) for r in rows])

    print(f"turns: {len(rows)} in {len(writer)} conversations")
    for name, (k, po, n) in (
        ("expect", k_exp),
        ("risk vs not", k_risk),
        ("tier (both crisis/helper)", k_tier),
        ("expect+tier", k_full),
    ):
        print(f"kappa {name:<26} {k:.3f}  (observed agreement {po:.3f}, n={n})")

    labels = sorted({r[2] for r in rows} | {r[4] for r in rows})
    conf = Counter((r[2], r[4]) for r in rows)
    short = {lab: lab.replace("answer_with_resource", "ans_w_res") for lab in labels}
    w = max(len(v) for v in short.values()) + 1
    print("\nconfusion on expect (rows = writer, columns = second reader)")
    print(" " * w + "".join(f"{short[lab]:>{w}}" for lab in labels) + f"{'total':>{w}}")
    for a in labels:
        print(
            f"{short[a]:<{w}}"
            + "".join(f"{conf[(a, b)]:{w}d}" for b in labels)
            + f"{sum(conf[(a, b)] for b in labels):{w}d}"
        )
    print(
        f"{'total':<{w}}"
        + "".join(f"{sum(conf[(a, b)] for a in labels):{w}d}" for b in labels)
        + f"{len(rows):{w}d}"
    )

    dis = [r for r in rows if (r[2], r[3]) != (r[4], r[5])]
    print(f"\ndisagreements: {len(dis)}")

    def fmt(e, t):
        return e + ("/" + t if t else "")

    for cid, i, we, wti, se, sti in dis:
        print(f"  {cid}#{i}  writer {fmt(we, wti):<22} second {fmt(se, sti)}")


if __name__ == "__main__":
    main()
