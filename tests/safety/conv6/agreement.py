"""Inter-reader agreement for the conv6 held-out safety conversations (stdlib only).

Compares the writer's labels (conversations.jsonl) with the blind second reader's labels
(second_reader.jsonl), turn by turn, and prints:

- Cohen's kappa on `expect` (all seven labels),
- Cohen's kappa on risk (crisis or helper) vs not,
- Cohen's kappa on tier, over turns where both readers say crisis/helper,
- a confusion table (rows: writer, columns: second reader),
- every disagreement as id#turn.

Usage: python3 tests/safety/conv6/agreement.py
"""

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
WRITER = HERE / "conversations.jsonl"
READER = HERE / "second_reader.jsonl"
RISK = {"crisis", "helper"}
ORDER = [
    "crisis",
    "helper",
    "answer",
    "answer_with_resource",
    "caution",
    "red_flag",
    "medication",
]


def load(path: Path) -> dict[str, list[dict]]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return {row["id"]: row["turns"] for row in rows}


def cohen_kappa(first: list[str], second: list[str]) -> float:
    """Cohen's kappa for two equal-length label sequences (1.0 if chance agreement is 1)."""
    total = len(first)
    if total == 0:
        return float("nan")
    observed = sum(a == b for a, b in zip(first, second, strict=True)) / total
    count_first, count_second = Counter(first), Counter(second)
    expected = sum(count_first[lab] * count_second[lab] for lab in count_first) / total**2
    if expected == 1:
        return 1.0
    return (observed - expected) / (1 - expected)


def pairs(writer: dict, reader: dict) -> list[tuple[str, int, dict, dict]]:
    if set(writer) != set(reader):
        sys.exit(f"id mismatch: {sorted(set(writer) ^ set(reader))}")
    out = []
    for cid in sorted(writer):
        w_turns, r_turns = writer[cid], reader[cid]
        if len(w_turns) != len(r_turns):
            sys.exit(f"{cid}: {len(w_turns)} writer turns vs {len(r_turns)} reader turns")
        for pos, (w_turn, r_turn) in enumerate(zip(w_turns, r_turns, strict=True), start=1):
            out.append((cid, pos, w_turn, r_turn))
    return out


def label(turn: dict) -> str:
    tier = turn.get("tier")
    return f"{turn['expect']}/{tier}" if tier else turn["expect"]


def confusion(rows: list[tuple[str, int, dict, dict]]) -> str:
    table = Counter((w_turn["expect"], r_turn["expect"]) for _, _, w_turn, r_turn in rows)
    labels = [lab for lab in ORDER if any(lab in key for key in table)]
    short = {lab: lab[:10] for lab in labels}
    head = "writer \\ reader".ljust(22) + "".join(short[lab].rjust(11) for lab in labels)
    lines = [head]
    for w_lab in labels:
        cells = "".join(str(table[(w_lab, r_lab)]).rjust(11) for r_lab in labels)
        lines.append(w_lab.ljust(22) + cells)
    return "\n".join(lines)


def main() -> int:
    rows = pairs(load(WRITER), load(READER))
    w_expect = [w_turn["expect"] for _, _, w_turn, _ in rows]
    r_expect = [r_turn["expect"] for _, _, _, r_turn in rows]
    w_risk = [str(lab in RISK) for lab in w_expect]
    r_risk = [str(lab in RISK) for lab in r_expect]
    both = [
        (w_turn, r_turn)
        for _, _, w_turn, r_turn in rows
        if w_turn["expect"] in RISK and r_turn["expect"] in RISK
    ]
    w_tier = [w_turn.get("tier", "") for w_turn, _ in both]
    r_tier = [r_turn.get("tier", "") for _, r_turn in both]

    agree_expect = sum(a == b for a, b in zip(w_expect, r_expect, strict=True))
    agree_risk = sum(a == b for a, b in zip(w_risk, r_risk, strict=True))
    agree_tier = sum(a == b for a, b in zip(w_tier, r_tier, strict=True))
    print(f"turns: {len(rows)} in {len({cid for cid, _, _, _ in rows})} conversations")
    k_expect = cohen_kappa(w_expect, r_expect)
    k_risk = cohen_kappa(w_risk, r_risk)
    k_tier = cohen_kappa(w_tier, r_tier)
    print(f"kappa expect: {k_expect:.3f} (raw agreement {agree_expect}/{len(rows)})")
    print(f"kappa risk:   {k_risk:.3f} (raw agreement {agree_risk}/{len(rows)})")
    print(f"kappa tier:   {k_tier:.3f} (raw agreement {agree_tier}/{len(both)} turns both risk)")
    print()
    print(confusion(rows))
    print()
    diffs = [
        (cid, pos, w_turn, r_turn)
        for cid, pos, w_turn, r_turn in rows
        if label(w_turn) != label(r_turn)
    ]
    print(f"disagreements (expect or tier): {len(diffs)}")
    for cid, pos, w_turn, r_turn in diffs:
        print(f"  {cid}#{pos}: writer {label(w_turn)}, reader {label(r_turn)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
