"""Judged quality gates with the real model: the project's judged set
(tests/judged/questions.jsonl) must not fall below the levels measured when it was
written, overall and for each persona. Raise these gates when answers improve; never
lower them to let a change through. On shared/eval/dev_judged.jsonl (when it sits beside
the clone) `liftqa eval` must give exactly the figures of the reference scorer judged.py."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

from conftest import SHARED, cli_env, run_python
from liftqa.app.judged import FIGURES, evaluate_judged, load_judged
from liftqa.app.service import Service

pytestmark = pytest.mark.integration
OWN = Path(__file__).with_name("judged") / "questions.jsonl"
DEV = SHARED / "eval" / "dev_judged.jsonl"
REFERENCE_SCORER = SHARED / "eval" / "judged.py"

# Measured on 2026-11-23 after issue 12's routing and vocabulary work (red flags quote
# cautions, provenance and study-snapshot routing, the users' words table, effect questions
# led by the condition asked), extractive answers, all-MiniLM-L6-v2; gates 0.01 below:
# overall p1 0.872, p1_key 0.723, key 0.915, prec 0.661, ndcg5 0.513 (47 questions);
# patients 0.889, 0.667, 0.926, 0.625, 0.460; clinicians 0.850, 0.800, 0.900, 0.710, 0.584.
# Before that work: 0.617, 0.489, 0.702, 0.523, 0.375; before issue 12's selection: 0.617,
# 0.447, 0.660, 0.415, 0.363. On 2026-11-24 (intent reading, question-frame words, flagged
# claims ranked lower, medication-change quotes, a short bullet comes with its lead-in):
# overall 0.915, 0.745, 0.915, 0.675, 0.509; patients 0.926, 0.704, 0.926, 0.651, 0.470;
# clinicians 0.900, 0.800, 0.900, 0.708, 0.562 (clinicians' nDCG@5 fell 0.02: list items
# merged with their lead-in count as one quote). Gates 0.01-0.02 below.
GATES: dict[str, dict[str, float]] = {
    "overall": {"p1": 0.90, "p1_key": 0.73, "key": 0.90, "prec": 0.66, "ndcg5": 0.50},
    "patient": {"p1": 0.91, "p1_key": 0.69, "key": 0.91, "prec": 0.64, "ndcg5": 0.46},
    "clinician": {"p1": 0.88, "p1_key": 0.79, "key": 0.89, "prec": 0.70, "ndcg5": 0.55},
}
# shared/eval/dev_judged.jsonl, measured the same day (p1 0.812, p1_key 0.625, key 0.906,
# prec 0.604, ndcg5 0.474; before: 0.781, 0.594, 0.875, 0.580, 0.448): no regression below.
# 2026-11-24: 0.844, 0.656, 0.906, 0.614, 0.482; after the quantity dimensions the same day:
# 0.844, 0.688, 0.938, 0.621, 0.494.
DEV_GATES = {"p1": 0.82, "p1_key": 0.67, "key": 0.92, "prec": 0.61, "ndcg5": 0.48}
# tests/judged/heldout/questions.jsonl (30 questions, written blind 2026-11-23): held out
# until 2026-11-24, a tuning set since (its misses were read). Measured then 0.733, 0.533,
# 0.800, 0.582, 0.422; after the intent and question-frame changes of 2026-11-24 0.833,
# 0.567, 0.867, 0.613, 0.447. No regression below.
HELDOUT = Path(__file__).with_name("judged") / "heldout" / "questions.jsonl"
# After the same changes: 0.900, 0.633, 0.900, 0.680, 0.504.
HELDOUT_GATES = {"p1": 0.88, "p1_key": 0.62, "key": 0.88, "prec": 0.66, "ndcg5": 0.49}
# tests/judged/heldout2/questions.jsonl (30 questions, written blind 2026-11-24, second
# reader and a third-reader adjudication): the held-out set, never tuned on; only its
# overall figures are printed and read. Measured 2026-11-24 when it landed: p1 0.700,
# p1_key 0.600, key 0.733, prec 0.538, ndcg5 0.457 (the code before that day's changes:
# 0.700, 0.600, 0.733, 0.527, 0.459 — the changes tuned on heldout barely carry over).
HELDOUT2 = Path(__file__).with_name("judged") / "heldout2" / "questions.jsonl"
# Then a flagged claim ranking lower (a new-user test saw claims the page marks "check this
# citation" lead patient answers): 0.700, 0.600, 0.700, 0.545, 0.455 (one question lost a key
# quote, precision rose; on the tuning sets p1 +0.02-0.03, nDCG@5 up or level).
# After the quantity dimensions ("how often" wants a frequency), the urgent-red-flag and
# medication filters and the degree reading of "how much it helps" (2026-11-24): 0.733,
# 0.600, 0.733, 0.592, 0.486.
# After the hub discount (weight chosen on the tuning sets, heldout2 measured once):
# 0.733, 0.600, 0.767, 0.611, 0.493.
HELDOUT2_GATES = {"p1": 0.72, "p1_key": 0.59, "key": 0.75, "prec": 0.60, "ndcg5": 0.48}
# tests/judged/multilingual/questions.jsonl: the 30 heldout questions in Spanish, French,
# German, Portuguese and Italian (150; a helper's translations, grades unchanged). Before the
# questions were searched for in the articles' words, 131 of 150 abstained: 0.093, 0.087,
# 0.107, 0.078, 0.057. With the glossary as first written: 0.393, 0.260, 0.527, 0.371, 0.236;
# after its gaps on this set were filled (a tuning set since): 0.707, 0.487, 0.767, 0.667,
# 0.399 (English, the same questions: 0.900, 0.633, 0.900, 0.665, 0.496); after a review's
# fixes (words with another meaning, names kept, medication questions in another language
# quote only what defers to the prescriber): 0.747, 0.527, 0.773, 0.685, 0.406.
MULTILINGUAL = Path(__file__).with_name("judged") / "multilingual" / "questions.jsonl"
MULTILINGUAL_GATES = {"p1": 0.73, "p1_key": 0.51, "key": 0.76, "prec": 0.67, "ndcg5": 0.39}
# tests/judged/multilingual2/questions.jsonl: the 30 heldout2 questions in the same five
# languages (another helper, blind to the first translation): held out, read once with the
# glossary as tuned on multilingual/: 0.680, 0.520, 0.653, 0.572, 0.375 (0.040, 0.040, 0.047,
# 0.023, 0.028 before, 145 of 150 without a quote; English, the same questions: 0.733, 0.600,
# 0.767, 0.611, 0.493); read a second time after the review's fixes: 0.667, 0.507, 0.633,
# 0.562, 0.362.
MULTILINGUAL2 = Path(__file__).with_name("judged") / "multilingual2" / "questions.jsonl"
MULTILINGUAL2_GATES = {"p1": 0.65, "p1_key": 0.49, "key": 0.62, "prec": 0.55, "ndcg5": 0.35}


def _in_real_index(service: Service, args: list[str]) -> subprocess.CompletedProcess[str]:
    index = service.settings.index
    env = cli_env(index.corpus_dir.parent, index=index.index_dir.name, real_model=True)
    env["LIFTQA_CORPUS_DIR"] = str(index.corpus_dir)
    return run_python(args, env)


def test_own_judged_set_meets_the_gates_overall_and_per_persona(real_service: Service) -> None:
    library = real_service.library()
    report = evaluate_judged(load_judged(OWN), real_service.ask, lambda a: library.articles[a].body)
    figures = report.figures()
    print(json.dumps({k: v for k, v in figures.items() if k != "by_type"}, indent=1))
    assert figures["verbatim_rate"] == 1.0
    rows = {"overall": figures, **figures["by_persona"]}
    missed = [
        f"{who} {name} = {rows[who][name]:.3f} < {gate}"
        for who, gates in GATES.items()
        for name, gate in gates.items()
        if rows[who][name] < gate
    ]
    assert not missed, missed


def test_own_judged_set_passes_the_cli_gates(real_service: Service) -> None:
    lowest = {name: min(g[name] for g in GATES.values()) for name in FIGURES}
    gates = [
        arg for name, v in lowest.items() for arg in (f"--min-{name.replace('_', '-')}", str(v))
    ]
    result = _in_real_index(
        real_service,
        [
            "-m",
            "liftqa",
            "eval",
            str(OWN),
            "--json",
            "--gate-personas",
            "--min-verbatim",
            "1",
            *gates,
        ],
    )
    assert result.returncode == 0, result.stderr
    figures: dict[str, Any] = json.loads(result.stdout)
    assert figures["gates_missed"] == [] and figures["questions"] >= 40


@pytest.mark.skipif(not REFERENCE_SCORER.is_file(), reason="shared/eval is not beside this clone")
def test_liftqa_eval_equals_the_reference_scorer_on_the_dev_set(
    real_service: Service, tmp_path: Path
) -> None:
    ours = _in_real_index(real_service, ["-m", "liftqa", "eval", str(DEV), "--json"])
    assert ours.returncode == 0, ours.stderr
    out = tmp_path / "reference.json"
    theirs = _in_real_index(real_service, [str(REFERENCE_SCORER), str(DEV), "--out", str(out)])
    assert theirs.returncode == 0, theirs.stderr
    mine, reference = json.loads(ours.stdout), json.loads(out.read_text(encoding="utf-8"))
    for name in FIGURES:
        assert mine[name] == reference["summary"][name], name
        for persona in ("patient", "clinician"):
            assert mine["by_persona"][persona][name] == reference["by_persona"][persona][name]
    assert all(mine[name] >= gate for name, gate in DEV_GATES.items()), mine


@pytest.mark.parametrize(
    ("path", "gates"),
    [
        (HELDOUT, HELDOUT_GATES),
        (HELDOUT2, HELDOUT2_GATES),
        (MULTILINGUAL, MULTILINGUAL_GATES),
        (MULTILINGUAL2, MULTILINGUAL2_GATES),
    ],
    ids=["heldout", "heldout2", "multilingual", "multilingual2"],
)
def test_held_out_judged_set_meets_its_gates(
    real_service: Service, path: Path, gates: dict[str, float]
) -> None:
    library = real_service.library()
    report = evaluate_judged(
        load_judged(path), real_service.ask, lambda a: library.articles[a].body
    )
    figures = report.figures()
    overall = {name: round(figures[name], 3) for name in FIGURES}
    print(json.dumps(overall))
    assert figures["verbatim_rate"] == 1.0
    assert all(overall[name] >= gate for name, gate in gates.items()), overall
