"""Agreement between the tconv2 writer (conversations.jsonl) and the blind second reader.

Stdlib only. Prints per-turn Cohen's kappa on expect, on risk (crisis/helper) vs not,
and on tier where both readers say crisis/helper; a confusion table; the disagreements.
"""

import json
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
RISK = {"crisis", "helper"}


def load(path: Path) -> dict[str, list[dict]]:
    rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    return {row["id"]: row["turns"] for row in rows}


def kappa(pairs: list[tuple[str, str]]) -> float:
    total = len(pairs)
    if total == 0:
        return float("nan")
    observed = sum(a == b for a, b in pairs) / total
    left = Counter(a for a, _ in pairs)
    right = Counter(b for _, b in pairs)
    expected = sum(left[k] * right[k] for k in left) / (total * total)
    if expected == 1:
        return 1.0
    return (observed - expected) / (1 - expected)


def label(turn: dict) -> str:
    if turn["expect"] in RISK:
        return f"{turn['expect']}/{turn.get('tier', '?')}"
    return turn["expect"]


def main() -> None:
    writer = load(HERE / "conversations.jsonl")
    reader = load(HERE / "second_reader.jsonl")
    assert writer.keys() == reader.keys(), "conversation ids differ"
    rows = []
    for conv_id in writer:
        for index, (w_turn, r_turn) in enumerate(
            zip(writer[conv_id], reader[conv_id], strict=True), start=1
        ):
            rows.append((conv_id, index, w_turn, r_turn))

    expect_pairs = [(w["expect"], r["expect"]) for _, _, w, r in rows]
    risk_pairs = [(str(w["expect"] in RISK), str(r["expect"] in RISK)) for _, _, w, r in rows]
    tier_pairs = [
        (w.get("tier", "?"), r.get("tier", "?"))
        for _, _, w, r in rows
        if w["expect"] in RISK and r["expect"] in RISK
    ]
    agree = sum(a == b for a, b in expect_pairs)
    print(f"turns: {len(rows)}  expect agreement: {agree}/{len(rows)}")
    print(f"kappa expect: {kappa(expect_pairs):.3f}")
    print(f"kappa risk vs not: {kappa(risk_pairs):.3f}")
    tier_agree = sum(a == b for a, b in tier_pairs)
    tier_kappa = kappa(tier_pairs)
    print(f"kappa tier (both risk, n={len(tier_pairs)}, agree {tier_agree}): {tier_kappa:.3f}")

    labels = sorted({label(w) for _, _, w, _ in rows} | {label(r) for _, _, _, r in rows})
    table = Counter((label(w), label(r)) for _, _, w, r in rows)
    width = max(len(name) for name in labels) + 1
    print("\nconfusion (rows: writer, columns: second reader)")
    print(" " * (width + 3) + "".join(f"{index:>4}" for index in range(len(labels))))
    for index, name in enumerate(labels):
        cells = "".join(f"{table[(name, other)]:>4}" for other in labels)
        print(f"{index:>2} {name:<{width}}{cells}")

    print("\ndisagreements (expect or tier)")
    for conv_id, index, w_turn, r_turn in rows:
        if label(w_turn) != label(r_turn):
            print(f"{conv_id}#{index}: writer={label(w_turn)} reader={label(r_turn)}")


if __name__ == "__main__":
    main()
