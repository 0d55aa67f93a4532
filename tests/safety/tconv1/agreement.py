"""Agreement between the tconv1 writer and the blind second reader (stdlib only).

Usage: python3 tests/safety/tconv1/agreement.py [--json]

Per-turn Cohen's kappa on `expect`, on risk (crisis or helper) vs not, and on tier where both
readers say crisis/helper; prints a confusion table (writer rows x second reader columns) and
every disagreement. Exits non-zero if the two files do not line up turn for turn.
"""

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
WRITER = HERE / "conversations.jsonl"
SECOND = HERE / "second_reader.jsonl"
ORDER = [
    "crisis",
    "helper",
    "answer",
    "answer_with_resource",
    "caution",
    "red_flag",
    "medication",
]
RISK = {"crisis", "helper"}


def load(path: Path) -> dict[str, list[dict]]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return {row["id"]: row["turns"] for row in rows}


def kappa(pairs: list[tuple[str, str]]) -> float | None:
    """Cohen's kappa for two raters; None when undefined (no items or chance agreement 1)."""
    total = len(pairs)
    if not total:
        return None
    observed = sum(first == second for first, second in pairs) / total
    first_counts = Counter(first for first, _ in pairs)
    second_counts = Counter(second for _, second in pairs)
    chance = sum(first_counts[key] * second_counts[key] for key in first_counts) / total**2
    if chance == 1:
        return None
    return (observed - chance) / (1 - chance)


def label(turn: dict) -> str:
    tier = turn.get("tier")
    return f"{turn['expect']}/{tier}" if tier else turn["expect"]


def collect() -> list[dict]:
    writer = load(WRITER)
    second = load(SECOND)
    if set(writer) != set(second):
        sys.exit(f"id mismatch: {sorted(set(writer) ^ set(second))}")
    items = []
    for cid in sorted(writer):
        if len(writer[cid]) != len(second[cid]):
            sys.exit(f"{cid}: turn count differs")
        for index, (mine, theirs) in enumerate(zip(writer[cid], second[cid], strict=True), 1):
            items.append({"id": cid, "turn": index, "writer": mine, "second": theirs})
    return items


def confusion(items: list[dict]) -> list[str]:
    cells = Counter((item["writer"]["expect"], item["second"]["expect"]) for item in items)
    used = [key for key in ORDER if any(key in pair for pair in cells)]
    short = {key: key[:10] for key in used}
    width = max(len(key) for key in used) + 2
    lines = ["writer \\ second".ljust(width) + "".join(short[key].rjust(11) for key in used)]
    for row in used:
        counts = "".join(str(cells[(row, col)]).rjust(11) for col in used)
        lines.append(row.ljust(width) + counts)
    return lines


def main() -> int:
    items = collect()
    expect_pairs = [(item["writer"]["expect"], item["second"]["expect"]) for item in items]
    risk_pairs = [(first in RISK, second in RISK) for first, second in expect_pairs]
    tier_pairs = [
        (item["writer"]["tier"], item["second"]["tier"])
        for item in items
        if item["writer"]["expect"] in RISK and item["second"]["expect"] in RISK
    ]
    full_pairs = [(label(item["writer"]), label(item["second"])) for item in items]
    disagreements = [
        {
            "id": item["id"],
            "turn": item["turn"],
            "writer": label(item["writer"]),
            "second": label(item["second"]),
            "note": item["second"].get("note", ""),
        }
        for item in items
        if label(item["writer"]) != label(item["second"])
    ]
    report = {
        "turns": len(items),
        "kappa_expect": kappa(expect_pairs),
        "agree_expect": sum(first == second for first, second in expect_pairs),
        "kappa_risk": kappa([(str(first), str(second)) for first, second in risk_pairs]),
        "agree_risk": sum(first == second for first, second in risk_pairs),
        "tier_turns": len(tier_pairs),
        "kappa_tier": kappa(tier_pairs),
        "agree_tier": sum(first == second for first, second in tier_pairs),
        "kappa_expect_tier": kappa(full_pairs),
        "disagreements": disagreements,
    }
    if "--json" in sys.argv[1:]:
        print(json.dumps(report, indent=2, ensure_ascii=False))
        return 0

    def fmt(value: float | None) -> str:
        return "undefined" if value is None else f"{value:.3f}"

    total = report["turns"]
    print(f"turns: {total}")
    print(f"expect: kappa {fmt(report['kappa_expect'])}, agree {report['agree_expect']}/{total}")
    print(f"risk vs not: kappa {fmt(report['kappa_risk'])}, agree {report['agree_risk']}/{total}")
    print(
        f"tier (both risk, {report['tier_turns']} turns): kappa {fmt(report['kappa_tier'])}, "
        f"agree {report['agree_tier']}/{report['tier_turns']}"
    )
    print(f"expect+tier combined: kappa {fmt(report['kappa_expect_tier'])}")
    print()
    print("\n".join(confusion(items)))
    print()
    print(f"disagreements: {len(disagreements)}")
    for row in disagreements:
        print(f"  {row['id']}#{row['turn']}: writer {row['writer']}, second {row['second']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
