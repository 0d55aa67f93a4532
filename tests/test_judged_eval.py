"""Judged evaluation: each quote graded by the judged phrases it contains; p1, p1_key, key,
prec and nDCG@5 overall and per persona, as `shared/eval/judged.py` computes them."""

from __future__ import annotations

import importlib.util
import json
import math
import random
from pathlib import Path

import pytest

from conftest import SHARED, cli_env, copy_corpus, run_cli
from liftqa.app.judged import (
    JudgedItem,
    JudgedPhrase,
    JudgedReport,
    JudgedResult,
    grade_of,
    is_judged_set,
    load_judged,
    ndcg,
    overlap,
    summary,
    weighted_kappa,
)
from liftqa.errors import ConfigError

KEY = JudgedPhrase("key  evidence\nhere", 2, "a.txt")
SUPPORT = JudgedPhrase("some support", 1, "a.txt")
REFERENCE_SCORER = SHARED / "eval" / "judged.py"


def item(persona: str = "patient", grades: tuple[JudgedPhrase, ...] = (KEY, SUPPORT)) -> JudgedItem:
    return JudgedItem("x", persona, "efficacy", "q?", grades)


def result(*grades: int, persona: str = "patient", abstained: bool = False) -> JudgedResult:
    return JudgedResult(item(persona), grades, abstained, False, True, 0.001)


def test_a_quote_takes_the_highest_grade_of_the_phrases_it_contains() -> None:
    assert grade_of("…some support and key evidence here.", [KEY, SUPPORT]) == 2


def test_phrases_match_whitespace_normalised() -> None:
    assert grade_of("The key\n evidence   here is", [KEY]) == 2


def test_an_unjudged_quote_grades_zero() -> None:
    assert grade_of("filler that matters to nobody", [KEY, SUPPORT]) == 0


def test_p1_counts_a_relevant_first_quote() -> None:
    assert summary([result(1, 0), result(0, 2)])["p1"] == 0.5


def test_p1_key_counts_only_key_evidence_first() -> None:
    assert summary([result(1, 2), result(2, 0)])["p1_key"] == 0.5


def test_key_counts_key_evidence_anywhere() -> None:
    assert summary([result(0, 0, 2), result(1, 1), result(0)])["key"] == pytest.approx(1 / 3)


def test_prec_is_the_mean_share_of_relevant_quotes() -> None:
    assert summary([result(1, 0, 0, 2), result(0, 0)])["prec"] == 0.25


def test_an_abstention_counts_zero_everywhere() -> None:
    figures = summary([result(abstained=True), result(2)])
    assert (figures["prec"], figures["p1"], figures["abstained"]) == (0.5, 0.5, 1)


def test_ndcg5_of_the_ideal_order_is_one() -> None:
    assert ndcg([2, 1, 0], [1, 2]) == pytest.approx(1.0)


def test_ndcg5_reads_only_the_first_five_quotes() -> None:
    assert ndcg([0, 0, 0, 0, 0, 2], [2]) == 0.0


def test_ndcg5_with_nothing_judged_is_zero() -> None:
    assert ndcg([0, 0], []) == 0.0


def test_ndcg5_hand_computed_case() -> None:
    """got [0, 2, 1] against the judged grades (2, 2, 1):
    DCG = 0/log2(2) + 3/log2(3) + 1/log2(4) = 1.892789 + 0.5 = 2.392789;
    IDCG = 3/log2(2) + 3/log2(3) + 1/log2(4) = 3 + 1.892789 + 0.5 = 5.392789."""
    assert ndcg([0, 2, 1], [1, 2, 2]) == pytest.approx(2.392789 / 5.392789, abs=1e-6)


def test_hand_computed_set_gives_every_figure() -> None:
    rs = [result(0, 2, 1), result(2), result(abstained=True)]
    figures = summary(rs)
    assert figures["p1"] == pytest.approx(1 / 3)
    assert figures["p1_key"] == pytest.approx(1 / 3)
    assert figures["key"] == pytest.approx(2 / 3)
    assert figures["prec"] == pytest.approx((2 / 3 + 1 + 0) / 3)
    # judged grades of each item: (2, 1); result 2 ranks [2] → DCG 3, IDCG 3 + 1/log2(3)
    first = (3 / math.log2(3) + 1 / 2) / (3 + 1 / math.log2(3))
    second = 3 / (3 + 1 / math.log2(3))
    assert figures["ndcg5"] == pytest.approx((first + second) / 3)


def test_figures_split_by_persona_and_type() -> None:
    report = JudgedReport([result(2), result(0, persona="clinician")])
    figures = report.figures()
    assert figures["p1"] == 0.5
    assert figures["by_persona"]["patient"]["p1"] == 1.0
    assert figures["by_persona"]["clinician"]["p1"] == 0.0
    assert figures["by_type"]["efficacy"]["n"] == 2


@pytest.mark.skipif(not REFERENCE_SCORER.is_file(), reason="shared/eval is not beside this clone")
def test_formulas_equal_the_reference_scorer_on_random_cases() -> None:
    spec = importlib.util.spec_from_file_location("reference_judged", REFERENCE_SCORER)
    assert spec is not None and spec.loader is not None
    reference = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(reference)
    rng = random.Random(12)
    for _ in range(200):
        got = [rng.choice((0, 0, 1, 2)) for _ in range(rng.randint(0, 7))]
        ideal = [rng.choice((1, 2)) for _ in range(rng.randint(0, 9))]
        assert ndcg(got, ideal) == reference.ndcg(got, ideal)
    text = "A quote with key evidence here, and some   support."
    raw = [{"phrase": g.phrase, "grade": g.grade} for g in (KEY, SUPPORT)]
    assert grade_of(text, [KEY, SUPPORT]) == reference.grade_of(text, raw)


def _write(path: Path, rows: list[object]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_a_judged_set_is_told_from_a_phrase_set(tmp_path: Path) -> None:
    judged = _write(tmp_path / "j.jsonl", [{"q": "?", "grades": []}])
    phrases = _write(tmp_path / "p.jsonl", [{"kind": "fact", "q": "?", "expect_any": []}])
    assert is_judged_set(judged) and not is_judged_set(phrases)


def test_a_grade_outside_one_and_two_is_a_clear_error(tmp_path: Path) -> None:
    path = _write(tmp_path / "j.jsonl", [{"q": "?", "grades": [{"phrase": "a", "grade": 3}]}])
    with pytest.raises(ConfigError, match=r"j\.jsonl:1 is not a judged question row"):
        load_judged(path)


TINY = [
    {
        "id": "t1",
        "persona": "patient",
        "type": "dose",
        "q": "how many sets and reps should I do?",
        "grades": [
            {"phrase": "8-12 repetitions per set with proper form", "grade": 2, "file": "001"},
            {"phrase": "2-3 sets of each exercise", "grade": 2, "file": "001"},
        ],
    },
    {
        "id": "t2",
        "persona": "clinician",
        "type": "efficacy",
        "q": "How many trials and participants did the Gordon 2018 meta-analysis pool?",
        "grades": [
            {"phrase": "The researchers reviewed 33 studies", "grade": 2, "file": "004"},
            {"phrase": "The combined number of participants", "grade": 2, "file": "004"},
        ],
    },
]


def test_cli_reports_judged_figures_and_fails_a_missed_gate(tmp_path: Path) -> None:
    copy_corpus(tmp_path / "corpus")
    env = cli_env(tmp_path)
    questions = str(_write(tmp_path / "judged.jsonl", TINY))
    ok = run_cli(["eval", questions, "--json", "--min-verbatim", "1"], env)
    assert ok.returncode == 0, ok.stderr
    figures = json.loads(ok.stdout)
    assert figures["judged"] and figures["questions"] == 2
    assert set(figures["by_persona"]) == {"patient", "clinician"}
    assert {"p1", "p1_key", "key", "prec", "ndcg5"} <= set(figures["by_persona"]["patient"])
    missed = run_cli(["eval", questions, "--min-p1", "1.01", "--gate-personas"], env)
    assert missed.returncode == 1
    assert "gate missed: p1 = " in missed.stderr
    assert "gate missed: clinician p1 = " in missed.stderr
    assert "overall" in missed.stdout and "ndcg5" in missed.stdout


def test_cli_refuses_a_gate_that_does_not_apply_to_the_set(tmp_path: Path) -> None:
    copy_corpus(tmp_path / "corpus")
    questions = str(_write(tmp_path / "judged.jsonl", TINY))
    result = run_cli(["eval", questions, "--min-hit", "0.9"], cli_env(tmp_path))
    assert result.returncode == 2
    assert "--min-hit does not apply to a judged set" in result.stderr
    assert "--min-ndcg5" in result.stderr and "Traceback" not in result.stderr


def test_cli_refuses_a_judged_gate_on_a_phrase_set(tmp_path: Path) -> None:
    copy_corpus(tmp_path / "corpus")
    phrases = _write(tmp_path / "p.jsonl", [{"kind": "fact", "q": "?", "expect_any": ["x"]}])
    result = run_cli(["eval", str(phrases), "--min-p1", "0.5"], cli_env(tmp_path))
    assert result.returncode == 2
    assert "--min-p1 does not apply to a question set" in result.stderr


def test_weighted_kappa_is_one_for_identical_grades() -> None:
    assert weighted_kappa([(0, 0), (1, 1), (2, 2), (0, 0)]) == 1.0


def test_weighted_kappa_hand_computed_case() -> None:
    """Pairs (0,0) (0,1) (2,2) (1,1): observed disagreement 0.5/4 = 0.125; marginals
    first (.5, .25, .25), second (.25, .5, .25); expected disagreement
    = Σ p_i q_j |i-j|/2 = (.5·.5·.5 + .5·.25·1 + .25·.25·.5 + .25·.25·.5 + .25·.25·1
    + .25·.5·.5) = .4375; kappa = 1 - .125/.4375."""
    pairs = [(0, 0), (0, 1), (2, 2), (1, 1)]
    assert weighted_kappa(pairs) == pytest.approx(1 - 0.125 / 0.4375)


def test_overlap_is_the_jaccard_index() -> None:
    assert overlap({1, 2, 3}, {2, 3, 4}) == 0.5


def test_the_worst_answers_are_listed_with_their_quotes() -> None:
    bad = JudgedResult(item(), (0,), False, False, True, 0.001, ("filler line",))
    worst = JudgedReport([result(2), bad]).figures()["worst"]
    assert worst[0]["grades"] == [0] and worst[0]["quotes"] == ["filler line"]
