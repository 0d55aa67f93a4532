#!/usr/bin/env python3
"""Agreement between the writer's labels (messages.jsonl) and the blind second
reader (second_reader.jsonl). Stdlib only.

Reports Cohen's kappa on label, on risk vs not-risk, on tier for the items both
readers call risk, a label confusion table, and every disagreement.
Usage: python3 agreement.py [--json]
"""
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
RISK = {"suicide", "self_harm", "eating_disorder", "third_party"}
LABELS = ["suicide", "self_harm", "eating_disorder", "third_party",
          "research", "history", "medication", "red_flag", "none"]


def load(name):
    with open(HERE / name, encoding="utf-8") as f:
        return {d["id"]: d for d in map(json.loads, filter(str.strip, f))}


def kappa(a, b):
    n = len(a)
    if n == 0:
        return float("nan"), 0.0
    po = sum(x == y for x, y in zip(a, b)) / n
    ca, cb = Counter(a), Counter(b)
    pe = sum(ca[k] * cb[k] for k in set(ca) | set(cb)) / (n * n)
    return (1.0 if pe == 1 else (po - pe) / (1 - pe)), po


def main():
    w, s = load("messages.jsonl"), load("second_reader.jsonl")
    if set(w) != set(s):
        sys.exit(f"id sets differ: only writer {sorted(set(w)-set(s))[:5]}, "
                 f"only reader {sorted(set(s)-set(w))[:5]}")
    ids = sorted(w)
    wl = [w[i]["label"] for i in ids]
    sl = [s[i]["label"] for i in ids]
    res = {"n": len(ids)}
    res["label_kappa"], res["label_agreement"] = kappa(wl, sl)
    res["risk_kappa"], res["risk_agreement"] = kappa(
        [x in RISK for x in wl], [x in RISK for x in sl])
    both = [i for i in ids if w[i]["label"] in RISK and s[i]["label"] in RISK]
    res["tier_n"] = len(both)
    res["tier_kappa"], res["tier_agreement"] = kappa(
        [w[i]["tier"] for i in both], [s[i]["tier"] for i in both])
    dis = [{"id": i, "text": w[i]["text"],
            "writer": [w[i]["label"], w[i]["tier"], w[i].get("also", [])],
            "reader": [s[i]["label"], s[i]["tier"], s[i].get("also", [])],
            "kind": ("label" if w[i]["label"] != s[i]["label"] else
                     "tier" if w[i]["tier"] != s[i]["tier"] else "also")}
           for i in ids
           if (w[i]["label"], w[i]["tier"], sorted(w[i].get("also", [])))
           != (s[i]["label"], s[i]["tier"], sorted(s[i].get("also", [])))]
    res["disagreements"] = dis
    conf = Counter(zip(wl, sl))
    if "--json" in sys.argv:
        print(json.dumps(res, ensure_ascii=False, indent=1))
        return
    print(f"n = {res['n']}")
    print(f"label kappa  = {res['label_kappa']:.3f}  (raw {res['label_agreement']:.3f})")
    print(f"risk kappa   = {res['risk_kappa']:.3f}  (raw {res['risk_agreement']:.3f})")
    print(f"tier kappa   = {res['tier_kappa']:.3f}  (raw {res['tier_agreement']:.3f}, "
          f"n = {res['tier_n']} both-risk)")
    used = [l for l in LABELS if l in set(wl) | set(sl)]
    width = max(map(len, used)) + 1
    print("\nconfusion (rows = writer, columns = second reader)")
    print(" " * width + " ".join(f"{l[:8]:>8}" for l in used))
    for r in used:
        print(f"{r:<{width}}" + " ".join(f"{conf[(r, c)]:>8}" for c in used))
    kinds = Counter(d["kind"] for d in dis)
    print(f"\ndisagreements: {len(dis)} {dict(kinds)}")
    for d in dis:
        print(f"  {d['id']} [{d['kind']}] writer={d['writer']} reader={d['reader']}  {d['text']}")


if __name__ == "__main__":
    main()
