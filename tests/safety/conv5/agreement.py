"""Agreement between the conv5 writer and the blind second reader (stdlib only).

Run: python3 tests/safety/conv5/agreement.py
Prints per-turn Cohen's kappa on expect, on risk (crisis/helper) vs not, and on tier
where both readers give crisis/helper, then a confusion table and every disagreement.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent
WRITER = HERE / "conversations.jsonl"
READER = HERE / "second_reader.jsonl"
RISK = {"crisis", "helper"}


def load(path: Path) -> dict[str, list[dict[str, str]]]:
    rows = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            conv = json.loads(line)
            rows[conv["id"]] = conv["turns"]
    return rows


def kappa(first: list[str], second: list[str]) -> float:
    """Cohen's kappa for two equal-length label lists."""
    total = len(first)
    if total == 0:
        return float("nan")
    observed = sum(a == b for a, b in zip(first, second, strict=True)) / total
    count_a, count_b = Counter(first), Counter(second)
    expected = sum(count_a[lab] * count_b[lab] for lab in count_a) / (total * total)
    if expected == 1:
        return 1.0 if observed == 1 else float("nan")
    return (observed - expected) / (1 - expected)


def main() -> int:
    writer, reader = load(WRITER), load(READER)
    if set(writer) != set(reader):
        print("id mismatch:", sorted(set(writer) ^ set(reader)))
        return 1
    pairs = []
    for cid in sorted(writer):
        w_turns, r_turns = writer[cid], reader[cid]
        if len(w_turns) != len(r_turns):
            print(f"{cid}: turn count differs")
            return 1
        for pos, (w_turn, r_turn) in enumerate(zip(w_turns, r_turns, strict=True), start=1):
            pairs.append((cid, pos, w_turn, r_turn))

    w_exp = [w["expect"] for _, _, w, _ in pairs]
    r_exp = [r["expect"] for _, _, _, r in pairs]
    w_risk = [str(lab in RISK) for lab in w_exp]
    r_risk = [str(lab in RISK) for lab in r_exp]
    both = [(w, r) for _, _, w, r in pairs if w["expect"] in RISK and r["expect"] in RISK]
    w_tier = [w["tier"] for w, _ in both]
    r_tier = [r["tier"] for _, r in both]

    agree = sum(a == b for a, b in zip(w_exp, r_exp, strict=True))
    print(f"turns: {len(pairs)} in {len(writer)} conversations")
    print(f"expect: agree {agree}/{len(pairs)}  kappa {kappa(w_exp, r_exp):.3f}")
    risk_agree = sum(a == b for a, b in zip(w_risk, r_risk, strict=True))
    print(f"risk vs not: agree {risk_agree}/{len(pairs)}  kappa {kappa(w_risk, r_risk):.3f}")
    tier_agree = sum(a == b for a, b in zip(w_tier, r_tier, strict=True))
    print(f"tier (both risk): agree {tier_agree}/{len(both)}  kappa {kappa(w_tier, r_tier):.3f}")

    labels = sorted(set(w_exp) | set(r_exp))
    table = Counter(zip(w_exp, r_exp, strict=True))
    width = max(len(lab) for lab in labels) + 1
    print("\nconfusion (rows writer, columns second reader)")
    print(" " * width + " ".join(f"{lab[:8]:>8}" for lab in labels))
    for row in labels:
        cells = " ".join(f"{table[(row, col)]:>8}" for col in labels)
        print(f"{row:<{width}}{cells}")

    print("\ndisagreements (expect or tier)")
    for cid, pos, w_turn, r_turn in pairs:
        w_lab = w_turn["expect"] + (f"/{w_turn['tier']}" if "tier" in w_turn else "")
        r_lab = r_turn["expect"] + (f"/{r_turn['tier']}" if "tier" in r_turn else "")
        if w_lab != r_lab:
            print(f"  {cid}#{pos}: writer {w_lab}  reader {r_lab}  ({r_turn.get('note', '')})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
