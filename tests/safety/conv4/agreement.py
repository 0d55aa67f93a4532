#!/usr/bin/env python3
"""Agreement between the conv4 writer (conversations.jsonl) and the blind second
reader (second_reader.jsonl): per-turn Cohen's kappa on `expect`, on risk
(crisis or helper) vs not, and on tier where both readers say crisis/helper;
a confusion table and the list of disagreements. Stdlib only.

Usage: python3 agreement.py [--json]
"""

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
RISK = {"crisis", "helper"}


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


def fmt(x):
    """expect, or expect/tier when a tier is given."""
    return x[0] + (f"/{x[1]}" if x[1] else "")


def turns():
    w, r = load("conversations.jsonl"), load("second_reader.jsonl")
    if set(w) != set(r):
        sys.exit(f"id mismatch: {sorted(set(w) ^ set(r))}")
    out = []
    for cid in sorted(w):
        wt, rt = w[cid]["turns"], r[cid]["turns"]
        if len(wt) != len(rt):
            sys.exit(f"{cid}: {len(wt)} writer turns vs {len(rt)} reader turns")
        for i, (a, b) in enumerate(zip(wt, rt, strict=True), 1):
            out.append(
                (
                    cid,
                    i,
                    a.get("text", ""),
                    (a["expect"], a.get("tier")),
                    (b["expect"], b.get("tier")),
                )
            )
    return out


def main():
    rows = turns()
    exp = [(w[0], r[0]) for *_, w, r in rows]
    risk = [(w[0] in RISK, r[0] in RISK) for *_, w, r in rows]
    tier = [(w[1], r[1]) for *_, w, r in rows if w[0] in RISK and r[0] in RISK]
    full = [(w, r) for *_, w, r in rows]
    res = {
        "turns": len(rows),
        "expect": {"agree": sum(a == b for a, b in exp), "kappa": kappa(exp)},
        "risk": {"agree": sum(a == b for a, b in risk), "kappa": kappa(risk)},
        "tier": {"n": len(tier), "agree": sum(a == b for a, b in tier), "kappa": kappa(tier)},
        "expect+tier": {"agree": sum(a == b for a, b in full)},
        "disagreements": [
            {"id": c, "turn": i, "writer": w, "reader": r, "text": t}
            for c, i, t, w, r in rows
            if w != r
        ],
    }
    if "--json" in sys.argv:
        print(json.dumps(res, indent=1, ensure_ascii=False))
        return
    n = len(rows)
    print(f"turns: {n}")
    for k in ("expect", "risk"):
        print(f"{k:7s} agree {res[k]['agree']}/{n}  kappa {res[k]['kappa']:.3f}")
    t = res["tier"]
    print(f"tier    agree {t['agree']}/{t['n']} (both risk)  kappa {t['kappa']:.3f}")
    print(f"expect+tier agree {res['expect+tier']['agree']}/{n}")
    labels = sorted({a for a, _ in exp} | {b for _, b in exp})
    cm = Counter(exp)
    ab = {lab: lab[:8] for lab in labels}
    print("\nconfusion (rows = writer, cols = reader)")
    print(" " * 21 + " ".join(f"{ab[lab]:>8s}" for lab in labels))
    for a in labels:
        print(f"{a:21s}" + " ".join(f"{cm[(a, b)]:8d}" for b in labels))
    print(f"\ndisagreements (expect or tier): {len(res['disagreements'])}")
    for d in res["disagreements"]:
        print(
            f"  {d['id']}#{d['turn']}: writer {fmt(d['writer'])}  reader {fmt(d['reader'])}"
            f"  | {d['text'][:90]}"
        )


if __name__ == "__main__":
    main()
