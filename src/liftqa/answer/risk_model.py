"""The risk classifier's weights and what it reads in a message.

`RiskModel` is a multinomial logistic regression over sentence embeddings, stacked with a
nearest-neighbour score over the training sentences (numpy only at run time); its weights
are a small file built reproducibly by `liftqa.app.train_risk`. `Reading` is what it read in
one message: class probabilities and a risk score per row (each clause, and the whole
message). Which rows it reads, and how its reading joins the rules', is `liftqa.answer.risk`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from liftqa.types import OWN_RISK, RiskKind, Tier

MODEL_PATH = Path(__file__).parent / "risk_data" / "model.npz"


@dataclass(frozen=True)
class RiskModel:
    """Multinomial logistic regression over sentence embeddings, stacked with a
    nearest-neighbour score (numpy only at run time). `labels` are "suicide_acute",
    "suicide_elevated", …, "research", "none". `bank`: the training sentences'
    embeddings (float32 at run time; stored as int8, unit vectors × 127) and `bank_risk`
    which of them are risk; a sentence's neighbour score is the mean cosine of its `k`
    nearest risk sentences minus that of its `k` nearest non-risk ones. The risk score of
    a sentence is sigmoid(w_lr · logit(LR risk probability) + w_knn · neighbour score)
    (without a bank: the LR probability). `crisis_at` is the score from which a message
    gets the crisis route, `check_in_at` the one from which an answer carries a gentle
    check-in line (both calibrated on out-of-fold scores by `liftqa.app.train_risk`)."""

    embedder: str
    labels: tuple[str, ...]
    coef: np.ndarray
    intercept: np.ndarray
    crisis_at: float
    check_in_at: float
    bank: np.ndarray | None = None
    bank_risk: np.ndarray | None = None
    k: int = 3
    w_lr: float = 0.3
    w_knn: float = 28.0
    # the acute share (`Reading.acute_share`) from which a message at risk is read acute
    # whatever tier its most worrying clause had (above 1: never)
    acute_at: float = 2.0

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> RiskModel | None:
        try:
            with np.load(path, allow_pickle=False) as data:
                has_bank = "bank" in data.files
                return cls(
                    embedder=str(data["embedder"]),
                    labels=tuple(str(x) for x in data["labels"]),
                    coef=data["coef"],
                    intercept=data["intercept"],
                    crisis_at=float(data["crisis_at"]),
                    check_in_at=float(data["check_in_at"]),
                    bank=data["bank"].astype(np.float32) / 127.0 if has_bank else None,
                    bank_risk=data["bank_risk"].astype(bool) if has_bank else None,
                    k=int(data["k"]) if has_bank else 3,
                    w_lr=float(data["w_lr"]) if has_bank else 0.3,
                    w_knn=float(data["w_knn"]) if has_bank else 28.0,
                    acute_at=float(data["acute_at"]) if "acute_at" in data.files else 2.0,
                )
        except (OSError, KeyError, ValueError):
            return None

    def probabilities(self, vectors: np.ndarray) -> np.ndarray:
        logits = vectors @ self.coef.T + self.intercept
        logits -= logits.max(axis=1, keepdims=True)
        e = np.exp(logits)
        out: np.ndarray = e / e.sum(axis=1, keepdims=True)
        return out

    def neighbours(self, vectors: np.ndarray) -> np.ndarray:
        """Per row: mean cosine of the k nearest risk sentences minus that of the k nearest
        non-risk ones (0 without a bank)."""
        if self.bank is None or self.bank_risk is None:
            return np.zeros(len(vectors), dtype=np.float32)
        sims = vectors.astype(np.float32) @ self.bank.T
        k = self.k

        def top(block: np.ndarray) -> np.ndarray:
            kk = min(k, block.shape[1])
            out: np.ndarray = np.partition(block, -kk, axis=1)[:, -kk:].mean(axis=1)
            return out

        diff: np.ndarray = top(sims[:, self.bank_risk]) - top(sims[:, ~self.bank_risk])
        return diff

    def read(self, vectors: np.ndarray) -> Reading:
        """The class probabilities and the risk score of every row (sentence), computed
        once for all the questions asked of a message."""
        if len(vectors) == 0:
            return Reading(self.labels, np.zeros((0, len(self.labels))), np.zeros(0))
        p = self.probabilities(vectors)
        idx = {label: i for i, label in enumerate(self.labels)}
        total = sum(p[:, idx[f"{k}_acute"]] + p[:, idx[f"{k}_elevated"]] for k in _kinds(idx))
        if self.bank is not None:
            q = np.clip(total, 1e-7, 1 - 1e-7)
            z = self.w_lr * np.log(q / (1 - q)) + self.w_knn * self.neighbours(vectors)
            total = 1.0 / (1.0 + np.exp(-z))
        return Reading(self.labels, p, np.asarray(total))

    def risk(self, vectors: np.ndarray) -> tuple[float, RiskKind | None, Tier]:
        """(risk score, most likely risk kind, its tier) over the rows (sentences): the
        most worrying sentence decides."""
        return self.read(vectors).risk()


def _kinds(idx: dict[str, int]) -> tuple[RiskKind, ...]:
    """The risk kinds the model has classes for."""
    kinds: tuple[RiskKind, ...] = (*OWN_RISK, "third_party")
    return tuple(k for k in kinds if f"{k}_acute" in idx)


@dataclass(frozen=True)
class Reading:
    """What the classifier read in a message: `probs` per row and class, `scores` the risk
    score per row (the last row is the whole message when it has several clauses)."""

    labels: tuple[str, ...]
    probs: np.ndarray
    scores: np.ndarray

    def risk(self) -> tuple[float, RiskKind | None, Tier]:
        """(risk score, most likely risk kind, its tier): the most worrying row decides."""
        if len(self.scores) == 0:
            return 0.0, None, "none"
        p = self.probs
        idx = {label: i for i, label in enumerate(self.labels)}
        row = int(np.argmax(self.scores))
        per_kind = {
            k: p[row, idx[f"{k}_acute"]] + p[row, idx[f"{k}_elevated"]] for k in _kinds(idx)
        }
        kind = max(per_kind, key=lambda k: float(per_kind[k]))
        tier: Tier = (
            "acute"
            if p[row, idx[f"{kind}_acute"]] >= p[row, idx[f"{kind}_elevated"]]
            else "elevated"
        )
        return float(self.scores[row]), kind, tier

    def acute_share(self) -> float:
        """How much of the whole message's risk probability (the last row) is of the acute
        tier, over all risk kinds: acts, means, times and danger look alike whichever risk
        they belong to, so the pooled share reads the tier better than one kind's pair of
        classes (leave-one-set-out, bench/safety_loso.py)."""
        if len(self.scores) == 0:
            return 0.0
        idx = {label: i for i, label in enumerate(self.labels)}
        kinds = _kinds(idx)
        acute = sum(float(self.probs[-1, idx[f"{k}_acute"]]) for k in kinds)
        elevated = sum(float(self.probs[-1, idx[f"{k}_elevated"]]) for k in kinds)
        return acute / (acute + elevated) if acute + elevated > 0 else 0.0

    def route(self, label: str) -> float:
        """The highest probability of a non-risk route ("red_flag", "medication") over the
        rows; 0 when the model has no such label."""
        if len(self.scores) == 0 or label not in self.labels:
            return 0.0
        return float(self.probs[:, self.labels.index(label)].max())
