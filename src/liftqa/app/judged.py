"""Score answers against a relevance-judged set (the `dev_judged.jsonl` format):
`{"id", "persona": "patient|clinician", "type", "q", "grades": [{"phrase", "grade", "file"}],
"note"}`. Every relevant sentence of the corpus is graded 2 (key evidence a good answer leads
with) or 1 (relevant support); every other sentence counts 0.

A quote's grade is the highest grade of the judged phrases it contains (whitespace-
normalised); quotes are read in the order of their numbers [1], [2], … . Figures, averaged
over questions (the same formulas as the reference scorer `shared/eval/judged.py`):

    p1       quote [1] has grade >= 1
    p1_key   quote [1] has grade 2
    key      some quote has grade 2
    prec     share of the answer's quotes with grade >= 1 (an abstention counts 0)
    ndcg5    nDCG over quotes [1]-[5], gain 2^grade - 1, ideal = the judged grades sorted
"""

from __future__ import annotations

import json
import math
import re
import statistics
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from liftqa.answer.model import Answer
from liftqa.app.evaluate import all_verbatim, timed
from liftqa.errors import ConfigError

FIGURES = ("p1", "p1_key", "key", "prec", "ndcg5")
PERSONAS = ("patient", "clinician")


@dataclass(frozen=True)
class JudgedPhrase:
    """A phrase of one corpus sentence, with that sentence's grade for a question."""

    phrase: str
    grade: int  # 2 = key evidence, 1 = relevant support
    file: str


@dataclass(frozen=True)
class JudgedItem:
    id: str
    persona: str
    type: str
    question: str
    grades: tuple[JudgedPhrase, ...]


@dataclass(frozen=True)
class JudgedResult:
    item: JudgedItem
    grades: tuple[int, ...]  # the grade of each quote, in the order [1], [2], …
    abstained: bool
    crisis: bool
    verbatim: bool
    seconds: float
    quotes: tuple[str, ...] = ()  # the quotes' text, whitespace-normalised, in order

    @property
    def ndcg5(self) -> float:
        return ndcg(self.grades, [g.grade for g in self.item.grades])


def norm(text: str) -> str:
    """Whitespace-normalised text: runs of whitespace become one space, ends stripped."""
    return re.sub(r"\s+", " ", text).strip()


def grade_of(text: str, grades: Iterable[JudgedPhrase]) -> int:
    """The highest grade of the judged phrases `text` contains; 0 when it contains none."""
    t = norm(text)
    return max((g.grade for g in grades if norm(g.phrase) in t), default=0)


def ndcg(got: Sequence[int], ideal: Sequence[int], k: int = 5) -> float:
    """nDCG@k with gain 2^grade - 1 and the log2(rank + 1) discount; 0 when nothing is
    judged relevant."""
    dcg = sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(got[:k]))
    best = sorted(ideal, reverse=True)[:k]
    idcg = sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(best))
    return dcg / idcg if idcg else 0.0


def summary(results: Sequence[JudgedResult]) -> dict[str, Any]:
    """The five figures (and counts) over `results`, unrounded."""
    n = len(results) or 1
    return {
        "n": len(results),
        "p1": sum(1 for r in results if r.grades and r.grades[0] >= 1) / n,
        "p1_key": sum(1 for r in results if r.grades and r.grades[0] == 2) / n,
        "key": sum(1 for r in results if 2 in r.grades) / n,
        "prec": sum(
            sum(1 for g in r.grades if g >= 1) / len(r.grades) if r.grades else 0.0 for r in results
        )
        / n,
        "ndcg5": sum(r.ndcg5 for r in results) / n,
        "abstained": sum(1 for r in results if r.abstained),
    }


@dataclass
class JudgedReport:
    results: list[JudgedResult] = field(default_factory=list)

    def figures(self) -> dict[str, Any]:
        rs = self.results
        latencies = sorted(r.seconds * 1000 for r in rs)
        personas = [p for p in PERSONAS if any(r.item.persona == p for r in rs)]
        personas += sorted({r.item.persona for r in rs} - set(personas))
        types = sorted({r.item.type for r in rs})
        return {
            "judged": True,
            "questions": len(rs),
            **{k: v for k, v in summary(rs).items() if k != "n"},
            "verbatim_rate": sum(r.verbatim for r in rs) / len(rs) if rs else None,
            "latency_ms_median": round(statistics.median(latencies), 1) if latencies else None,
            "by_persona": {p: summary([r for r in rs if r.item.persona == p]) for p in personas},
            "by_type": {t: summary([r for r in rs if r.item.type == t]) for t in types},
            "worst": [
                {
                    "id": r.item.id,
                    "q": r.item.question,
                    "ndcg5": round(r.ndcg5, 3),
                    "grades": list(r.grades),
                    "quotes": [q[:140] for q in r.quotes],
                }
                for r in sorted(rs, key=lambda r: r.ndcg5)[:5]
            ],
        }


def is_judged_set(path: Path) -> bool:
    """A relevance-judged set (rows with `grades`) rather than a phrase set."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            return isinstance(row, dict) and "grades" in row and "q" in row
    return False


def load_judged(path: Path) -> list[JudgedItem]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ConfigError(f"cannot read {path} ({exc.strerror})") from exc
    items = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            grades = tuple(
                JudgedPhrase(str(g["phrase"]), int(g["grade"]), str(g.get("file", "")))
                for g in row["grades"]
            )
            if any(g.grade not in (1, 2) or not norm(g.phrase) for g in grades):
                raise ValueError("grades are 1 or 2, phrases are not empty")
            items.append(
                JudgedItem(
                    id=str(row.get("id", n)),
                    persona=str(row.get("persona", "")),
                    type=str(row.get("type", "")),
                    question=str(row["q"]),
                    grades=grades,
                )
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise ConfigError(
                f"{path}:{n} is not a judged question row",
                hint='expected {"q": …, "grades": [{"phrase": …, "grade": 1 or 2, "file": …}]}',
            ) from exc
    return items


def evaluate_judged(
    items: Iterable[JudgedItem],
    ask: Callable[[str], Answer],
    body_of: Callable[[str], str],
) -> JudgedReport:
    """`ask` answers a question; `body_of(article_id)` gives the article text to check
    quotes against."""
    report = JudgedReport()
    for item in items:
        answer, seconds = timed(ask, item.question)
        quotes = sorted(answer.quotes, key=lambda q: q.n)
        report.results.append(
            JudgedResult(
                item=item,
                grades=tuple(grade_of(q.text, item.grades) for q in quotes),
                abstained=answer.abstained,
                crisis=answer.crisis,
                verbatim=all_verbatim(answer, body_of),
                seconds=seconds,
                quotes=tuple(norm(q.text) for q in quotes),
            )
        )
    return report


# --- agreement between two readers (the second-reader protocol, tests/judged/GUIDELINES.md) --


def weighted_kappa(pairs: Sequence[tuple[int, int]], levels: int = 3) -> float:
    """Cohen's kappa with linear weights for grades 0..levels-1 given by two readers to the
    same items: 1 when they agree everywhere, 0 at chance level."""
    n = len(pairs)
    if not n:
        return 1.0

    def weight(a: int, b: int) -> float:
        return abs(a - b) / (levels - 1)

    observed = sum(weight(a, b) for a, b in pairs) / n
    first = [sum(1 for a, _ in pairs if a == g) / n for g in range(levels)]
    second = [sum(1 for _, b in pairs if b == g) / n for g in range(levels)]
    expected = sum(
        first[i] * second[j] * weight(i, j) for i in range(levels) for j in range(levels)
    )
    return 1.0 - observed / expected if expected else 1.0


def overlap(first: set[Any], second: set[Any]) -> float:
    """Jaccard overlap of two readers' sets (of relevant, or of key, sentences)."""
    union = first | second
    return len(first & second) / len(union) if union else 1.0
