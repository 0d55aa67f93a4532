"""Build the risk classifier's weights, reproducibly: `python -m liftqa.app.train_risk`.

Training data: the curated exemplar clauses shipped with the package
(`liftqa/answer/risk_data/exemplars.jsonl`) plus the project's labelled sets that are open
for tuning (`TRAINING_SETS`: tests/safety/messages.jsonl, both splits, tests/safety/v2/ to
v7/ (tuning sets, each once held out) and the training-only sets in tests/safety/train/,
a to e: c, d and e written on 2026-11-24 for breadth of registers and languages, e for quiet
and indirect English; and tests/safety/tml/, 250 messages in Spanish, French, German,
Portuguese and Italian). The held-out sets (v8, v9) are never read here (see tests/safety/README.md
for which set is used for what).
Rows: each message whole, and each clause of an ordinary, research or history message (the
app reads every clause and the whole, and the most worrying row decides: a clause of an
ordinary message is an ordinary clause, while a risk, red-flag or medication message's
signal may sit in one clause only, so its other clauses are not labelled). Learning what
ordinary clauses look like let the crisis threshold fall from 0.979 to about 0.93 at the
same out-of-fold false-alarm budget (leave-one-set-out, bench/safety_loso.py: v3 78 → 85,
v7 81 → 87 crisis route, false alarms about the same).
Thresholds: chosen on out-of-fold predictions for the labelled messages (5 folds, fixed
seed) — `crisis_at` the lowest threshold at which at most `--crisis-fa` of the non-risk
messages would get the crisis reply, `check_in_at` the lowest at which at most
`--check-in-fa` would get a check-in line, `acute_at` the lowest acute share
(`Reading.acute_share`) that at most `--acute-fa` of the elevated risk messages reach (a risk
read as elevated is acute from there). (The rules run beside it: see `risk.assess`.)
Writes `liftqa/answer/risk_data/model.npz` (about a megabyte and a half).

`train()` is also what `bench/safety_loso.py` calls to measure generalisation (train on
all labelled sets but one, assess the one left out).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

from liftqa.answer.risk import normalise, reading_rows
from liftqa.answer.risk_model import MODEL_PATH, RiskModel

RISK = ("suicide", "self_harm", "eating_disorder", "third_party")
ROOT = Path(__file__).resolve().parents[3]
EXEMPLARS = MODEL_PATH.parent / "exemplars.jsonl"
TRAINING_SETS = (
    ROOT / "tests" / "safety" / "messages.jsonl",
    ROOT / "tests" / "safety" / "v2" / "messages.jsonl",
    ROOT / "tests" / "safety" / "v3" / "messages.jsonl",
    ROOT / "tests" / "safety" / "train" / "a.jsonl",
    ROOT / "tests" / "safety" / "train" / "b.jsonl",
    ROOT / "tests" / "safety" / "train" / "c.jsonl",
    ROOT / "tests" / "safety" / "train" / "d.jsonl",
    ROOT / "tests" / "safety" / "v4" / "messages.jsonl",
    ROOT / "tests" / "safety" / "v5" / "messages.jsonl",
    ROOT / "tests" / "safety" / "v6" / "messages.jsonl",
    ROOT / "tests" / "safety" / "v7" / "messages.jsonl",
    ROOT / "tests" / "safety" / "train" / "e.jsonl",
    # the multilingual probe set (es/fr/de/pt/it), a tuning set since it was written
    ROOT / "tests" / "safety" / "tml" / "messages.jsonl",
)

# texts → unit-length row vectors (the embedding model the classifier is trained for)
EmbedRows = Callable[[list[str]], np.ndarray]


def _label(item: dict[str, str]) -> str:
    return f"{item['label']}_{item['tier']}" if item["label"] in RISK else item["label"]


def read_set(path: Path) -> list[dict[str, Any]]:
    """A labelled set's scored messages (one JSON object a line)."""
    items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return [m for m in items if m.get("split") != "unscored"]


K_NEIGHBOURS = 3  # the neighbour score's k
W_LR, W_KNN = 0.3, 28.0  # the stack: w_lr · logit(LR) + w_knn · neighbour score


def fit_model(
    x: np.ndarray,
    y: Sequence[str],
    embedder_name: str,
    crisis_at: float = 1.0,
    check_in_at: float = 1.0,
) -> RiskModel:
    """The classifier on these row vectors and labels: a logistic regression stacked with
    a neighbour score over the same rows (stored as int8, as the shipped file keeps them)."""
    from sklearn.linear_model import LogisticRegression

    clf = LogisticRegression(C=8.0, max_iter=5000, class_weight="balanced").fit(x, list(y))
    return RiskModel(
        embedder=embedder_name,
        labels=tuple(str(c) for c in clf.classes_),
        coef=clf.coef_.astype(np.float32),
        intercept=clf.intercept_.astype(np.float32),
        crisis_at=crisis_at,
        check_in_at=check_in_at,
        bank=np.round(x * 127).astype(np.int8).astype(np.float32) / 127.0,  # as stored
        bank_risk=np.array([label.rsplit("_", 1)[0] in RISK for label in y]),
        k=K_NEIGHBOURS,
        w_lr=W_LR,
        w_knn=W_KNN,
    )


MIN_CLAUSE_WORDS = 3  # shorter clauses ("ok", "lol") carry nothing to learn from
# Whose clauses are training rows of their message's label: a clause of an ordinary message
# is ordinary, and a research or history frame is not a risk in any clause. A red-flag or
# medication message is like a risk message: its signal may sit in one clause only (the rest
# of "chest pain last night. good beginner program?" is no red flag), so only its whole is.
CLAUSE_LABELS = frozenset({"none", "research", "history"})


def ordinary_clauses(messages: Sequence[dict[str, Any]]) -> tuple[list[str], list[int]]:
    """The clauses the app reads of each ordinary, research or history message (as
    `reading_rows` splits them, the whole message left out), with the index of their
    message."""
    clauses: list[str] = []
    owners: list[int] = []
    for i, m in enumerate(messages):
        if m["label"] not in CLAUSE_LABELS:
            continue
        rows = reading_rows(normalise(m["text"]))
        for clause in rows[:-1] if len(rows) > 1 else []:
            if len(clause.split()) >= MIN_CLAUSE_WORDS:
                clauses.append(clause)
                owners.append(i)
    return clauses, owners


def budget_threshold(values: Sequence[float], budget: float) -> float:
    """The lowest threshold that at most `budget` (a share) of `values` reach; 2.0 (never
    reached) when there are no values."""
    ranked = sorted(values, reverse=True)
    allowed = int(budget * len(ranked))  # this many may reach it
    if allowed >= len(ranked):
        return float(ranked[-1]) if ranked else 2.0
    return float(ranked[allowed]) + 1e-6


def train(
    exemplars: Sequence[dict[str, Any]],
    messages: Sequence[dict[str, Any]],
    embed: EmbedRows,
    embedder_name: str,
    crisis_fa: float = 0.015,
    check_in_fa: float = 0.10,
    acute_fa: float = 0.05,
) -> tuple[RiskModel, float]:
    """The classifier fitted on the exemplars and the labelled messages, its thresholds
    set on out-of-fold predictions (the same `RiskModel.risk` that runs in the app); with
    the share of risk messages the classifier alone catches out-of-fold."""
    from sklearn.model_selection import StratifiedKFold

    x_ex = embed([normalise(e["text"]) for e in exemplars])
    y_ex = [_label(e) for e in exemplars]
    x_cal = embed([normalise(m["text"])[:2000] for m in messages])
    y_cal = [_label(m) for m in messages]
    clauses, owners = ordinary_clauses(messages)
    x_clauses = embed(clauses) if clauses else np.zeros((0, x_cal.shape[1]), dtype=np.float32)

    def fit(rows: list[int], crisis_at: float = 1.0, check_in_at: float = 1.0) -> RiskModel:
        kept = set(rows)
        own = [j for j, owner in enumerate(owners) if owner in kept]
        x = np.vstack([x_ex, x_cal[rows], x_clauses[own]])
        y = y_ex + [y_cal[i] for i in rows] + [y_cal[owners[j]] for j in own]
        return fit_model(x, y, embedder_name, crisis_at, check_in_at)

    def read(model: RiskModel, text: str) -> tuple[float, float]:
        """(risk score, acute share) of a message."""
        reading = model.read(embed(reading_rows(normalise(text))))
        return reading.risk()[0], reading.acute_share()

    coarse = [m["label"] if m["label"] in RISK else "safe" for m in messages]
    out_of_fold: dict[int, float] = {}
    acute_share: dict[int, float] = {}
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
    for fold_train, held in folds.split(messages, coarse):
        fold_model = fit(list(fold_train))
        for i in held:
            out_of_fold[int(i)], acute_share[int(i)] = read(fold_model, messages[i]["text"])
    negatives = [out_of_fold[i] for i, m in enumerate(messages) if m["label"] not in RISK]
    crisis_at = budget_threshold(negatives, crisis_fa)
    check_in_at = min(crisis_at, budget_threshold(negatives, check_in_fa))
    # at most `acute_fa` of the elevated risk messages would be read acute by their share
    elevated = [
        share
        for i, share in acute_share.items()
        if messages[i]["label"] in RISK and messages[i]["tier"] != "acute"
    ]
    acute_at = budget_threshold(elevated, acute_fa)
    model = replace(fit(list(range(len(messages))), crisis_at, check_in_at), acute_at=acute_at)
    positives = [out_of_fold[i] for i, m in enumerate(messages) if m["label"] in RISK]
    caught = sum(s >= crisis_at for s in positives) / len(positives)
    return model, caught


def save(model: RiskModel, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    extra: dict[str, Any] = {}
    if model.bank is not None and model.bank_risk is not None:
        extra = {
            "bank": np.round(model.bank * 127).astype(np.int8),
            "bank_risk": model.bank_risk.astype(np.uint8),
            "k": np.array(model.k),
            "w_lr": np.array(model.w_lr),
            "w_knn": np.array(model.w_knn),
        }
    arrays: dict[str, Any] = {
        "embedder": np.array(model.embedder),
        "labels": np.array(list(model.labels)),
        "coef": model.coef,
        "intercept": model.intercept,
        "crisis_at": np.array(model.crisis_at),
        "check_in_at": np.array(model.check_in_at),
        "acute_at": np.array(model.acute_at),
        **extra,
    }
    np.savez_compressed(path, **arrays)


def main(argv: list[str] | None = None) -> int:
    from liftqa.index.embed import make_embedder

    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    parser.add_argument("--crisis-fa", type=float, default=0.015)
    parser.add_argument("--check-in-fa", type=float, default=0.10)
    parser.add_argument("--acute-fa", type=float, default=0.05)
    args = parser.parse_args(argv)
    embedder = make_embedder("minilm", 64)

    def embed(texts: list[str]) -> np.ndarray:
        return np.asarray(embedder.embed_documents(texts), dtype=np.float32)

    exemplars = read_set(EXEMPLARS)
    messages = [m for path in TRAINING_SETS for m in read_set(path)]
    model, caught = train(
        exemplars, messages, embed, embedder.name, args.crisis_fa, args.check_in_fa, args.acute_fa
    )
    save(model, args.out)
    print(
        f"wrote {args.out}: crisis_at={model.crisis_at:.3f} check_in_at={model.check_in_at:.3f} "
        f"acute_at={model.acute_at:.3f}; "
        f"out-of-fold on the labelled messages: the classifier alone catches {caught:.1%} "
        "of risk messages"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
