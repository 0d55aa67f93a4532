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
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
RISK = ("suicide", "self_harm", "eating_disorder", "third_party")
LABELS = RISK + ("red_flag", "medication", "research", "history", "none")
SHORT = {"suicide": "sui", "self_harm": "sh", "eating_disorder": "ed",
         "third_party": "3p", "red_flag": "rf", "medication": "med",
         "research": "res", "history": "hist", "none": "none"}


def load(path):
    with open(path, encoding="utf-8") as f:
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
    writer = load(args[0] if args else os.path.join(HERE, "messages.jsonl"))
    reader = load(args[1] if len(args) > 1 else os.path.join(HERE, "second_reader.jsonl"))
    if set(writer) != set(reader):
        sys.exit("id sets differ: only writer %s, only reader %s"
                 % (sorted(set(writer) - set(reader)), sorted(set(reader) - set(writer))))
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
    for name, pairs in (("label", lab), ("risk_vs_not", risk), ("tier_both_risk", tier),
                        ("tier_both_same_label", tier_same), ("acute_vs_not", acute)):
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
            dis.append({"id": i, "kinds": kinds,
                        "writer": [w["label"], w["tier"], w.get("also", [])],
                        "reader": [r["label"], r["tier"], r.get("also", [])]})
    results["disagreements"] = dis
    results["also_differs"] = [i for i in ids if sorted(writer[i].get("also", []))
                               != sorted(reader[i].get("also", []))]

    if "--json" in argv:
        print(json.dumps(results, indent=1, ensure_ascii=False))
        return

    print("n = %d" % len(ids))
    for name in ("label", "risk_vs_not", "tier_both_risk", "tier_both_same_label", "acute_vs_not"):
        r = results[name]
        print("%-22s kappa %.3f  observed %.3f  n %d" % (name, r["kappa"], r["observed"], r["n"]))
    print()
    print("Confusion (rows writer, columns second reader)")
    conf = Counter(lab)
    print("%6s " % "" + " ".join("%5s" % SHORT[c] for c in LABELS) + "   sum")
    for a in LABELS:
        row = [conf[(a, b)] for b in LABELS]
        print("%6s " % SHORT[a] + " ".join("%5s" % (x if x else ".") for x in row) + "  %4d" % sum(row))
    print("%6s " % "sum" + " ".join("%5d" % sum(conf[(a, b)] for a in LABELS) for b in LABELS))
    print()
    print("Tier confusion on items both call risk (rows writer)")
    tc = Counter(tier)
    for a in ("acute", "elevated"):
        print("%9s " % a + " ".join("%5d" % tc[(a, b)] for b in ("acute", "elevated")))
    print()
    print("also differs on %d items (not adjudicated as disagreements; see ADJUDICATION.md)"
          % len(results["also_differs"]))
    print("%d disagreements (label or tier)" % len(dis))
    for d in dis:
        print("%s  %-11s writer %-16s %-8s  reader %-16s %s"
              % (d["id"], "+".join(d["kinds"]), d["writer"][0], d["writer"][1],
                 d["reader"][0], d["reader"][1]))


if __name__ == "__main__":
    main(sys.argv[1:])
