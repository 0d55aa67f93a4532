#!/usr/bin/env python3
"""Agreement between the v8 writer (messages.jsonl) and the blind second reader
(second_reader.jsonl). Standard library only.

Reports Cohen's kappa on
  * label (all nine labels),
  * risk vs not-risk (risk = suicide, self_harm, eating_disorder, third_party),
  * tier (acute/elevated) on the items both readers call risk,
plus a label confusion table and the list of disagreements.

Usage: python3 agreement.py [messages.jsonl] [second_reader.jsonl] [--json]
"""

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
RISK = ("suicide", "self_harm", "eating_disorder", "third_party")
LABELS = (*RISK, "red_flag", "medication", "research", "history", "none")
SHORT = {
    "suicide": "sui",
    "self_harm": "sh",
    "eating_disorder": "ed",
    "third_party": "3p",
    "red_flag": "rf",
    "medication": "med",
    "research": "res",
    "history": "hist",
    "none": "none",
}


def load(path):
    with Path(path).open(encoding="utf-8") as f:
        return {r["id"]: r for r in (json.loads(line) for line in f if line.strip())}


def kappa(pairs):
    """Cohen's kappa for a list of (a, b) category pairs."""
    n = len(pairs)
    if n == 0:
        return float("nan"), 0.0, 0
    po = sum(a == b for a, b in pairs) / n
    ca = Counter(a for a, _ in pairs)
    cb = Counter(b for _, b in pairs)
    pe = sum(ca[k] * cb[k] for k in set(ca) | set(cb)) / (n * n)
    k = 1.0 if pe == 1 else (po - pe) / (1 - pe)
    return k, po, n


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    writer = load(args[0] if args else HERE / "messages.jsonl")
    reader = load(args[1] if len(args) > 1 else HERE / "second_reader.jsonl")
    if set(writer) != set(reader):
        only_writer = sorted(set(writer) - set(reader))
        only_reader = sorted(set(reader) - set(writer))
        sys.exit(f"id sets differ: only writer {only_writer}, only reader {only_reader}")
    ids = sorted(writer)

    lab = [(writer[i]["label"], reader[i]["label"]) for i in ids]
    risk = [(a in RISK, b in RISK) for a, b in lab]
    both = [i for i in ids if writer[i]["label"] in RISK and reader[i]["label"] in RISK]
    tier = [(writer[i]["tier"], reader[i]["tier"]) for i in both]
    # tier on the items both call risk AND give the same label
    same = [i for i in both if writer[i]["label"] == reader[i]["label"]]
    tier_same = [(writer[i]["tier"], reader[i]["tier"]) for i in same]
    # urgency: risk label at acute in either reading
    acute = [(writer[i]["tier"] == "acute", reader[i]["tier"] == "acute") for i in ids]

    results = {}
    for name, pairs in (
        ("label", lab),
        ("risk_vs_not", risk),
        ("tier_both_risk", tier),
        ("tier_both_same_label", tier_same),
        ("acute_vs_not", acute),
    ):
        k, po, n = kappa(pairs)
        results[name] = {"kappa": round(k, 3), "observed": round(po, 3), "n": n}

    dis = []
    for i in ids:
        w, r = writer[i], reader[i]
        kinds = []
        if w["label"] != r["label"]:
            kinds.append("label")
        if w["tier"] != r["tier"]:
            kinds.append("tier")
        if kinds:
            dis.append(
                {
                    "id": i,
                    "kinds": kinds,
                    "writer": [w["label"], w["tier"], w.get("also", [])],
                    "reader": [r["label"], r["tier"], r.get("also", [])],
                }
            )
    results["disagreements"] = dis
    results["also_differs"] = [
        i for i in ids if sorted(writer[i].get("also", [])) != sorted(reader[i].get("also", []))
    ]

    if "--json" in argv:
        print(json.dumps(results, indent=1, ensure_ascii=False))
        return

    print(f"n = {len(ids):d}")
    for name in ("label", "risk_vs_not", "tier_both_risk", "tier_both_same_label", "acute_vs_not"):
        r = results[name]
        print(f"{name:<22} kappa {r['kappa']:.3f}  observed {r['observed']:.3f}  n {r['n']:d}")
    print()
    print("Confusion (rows writer, columns second reader)")
    conf = Counter(lab)
    print(f"{'':>6} " + " ".join(f"{SHORT[c]:>5}" for c in LABELS) + "   sum")
    for a in LABELS:
        row = [conf[(a, b)] for b in LABELS]
        cells = " ".join(f"{x if x else '.'!s:>5}" for x in row)
        print(f"{SHORT[a]:>6} {cells}  {sum(row):4d}")
    print(f"{'sum':>6} " + " ".join(f"{sum(conf[(a, b)] for a in LABELS):5d}" for b in LABELS))
    print()
    print("Tier confusion on items both call risk (rows writer)")
    tc = Counter(tier)
    for a in ("acute", "elevated"):
        print(f"{a:>9} " + " ".join(f"{tc[(a, b)]:5d}" for b in ("acute", "elevated")))
    print()
    print(
        f"also differs on {len(results['also_differs']):d} items"
        " (not adjudicated as disagreements; see ADJUDICATION.md)"
    )
    print(f"{len(dis):d} disagreements (label or tier)")
    for d in dis:
        kind_str = "+".join(d["kinds"])
        (wl, wt, _), (rl, rt, _) = d["writer"], d["reader"]
        print(f"{d['id']!s}  {kind_str:<11} writer {wl!s:<16} {wt!s:<8}  reader {rl!s:<16} {rt!s}")


if __name__ == "__main__":
    main(sys.argv[1:])
