"""liftqa benchmarks: prints figures (medians; these machines are noisy). Not a test.

    python bench/bench.py                 # real corpus, ONNX vs sentence-transformers
    python bench/bench.py --scale 10,100  # plus generated corpora 10x and 100x the size
    python bench/bench.py --documents     # PDF and HTML extraction: pages per second

Every measurement runs in a fresh process, so import costs, model loads and peak memory
(ru_maxrss of that process) are its own. Queries are the shared dev questions when
../shared/eval/dev.jsonl exists, else the project's own tests/eval_questions.jsonl, plus
the project's judged questions. `ask` is timed twice: each question asked for the first
time in a warm process (nothing of it cached: what a user asking something new waits), and
the same questions asked again (two more passes: the query-embedding and risk caches
answer part of it). The crisis reply is timed on 120 of the project's labelled risk
messages, each asked once: what someone in crisis waits.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
DEV = ROOT.parent / "shared" / "eval" / "dev.jsonl"
QUESTIONS = DEV if DEV.is_file() else ROOT / "tests" / "eval_questions.jsonl"
# the questions timed: the dev questions (or the project's own) and the project's judged
# questions, each distinct question once
QUESTION_FILES = [QUESTIONS, ROOT / "tests" / "judged" / "questions.jsonl"]
BACKENDS = {"onnx": "minilm", "sentence-transformers": "minilm-st"}


PEAK = (
    "\nimport resource as _r, json as _j\n"
    "print(_j.dumps({'peak_mb': _r.getrusage(_r.RUSAGE_SELF).ru_maxrss / 1024}))\n"
)


def child(code: str, env: dict[str, str]) -> tuple[dict[str, Any], float, float]:
    """Run `code` in a fresh Python; it prints one JSON line. → (result, wall s, peak MB of
    that process)."""
    started = time.perf_counter()
    proc = subprocess.run(
        [PY, "-c", code + PEAK],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        cwd=ROOT,
        check=False,
    )
    wall = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"benchmark child failed:\n{proc.stderr[-3000:]}")
    lines = proc.stdout.strip().splitlines()
    return json.loads(lines[-2]), wall, float(json.loads(lines[-1])["peak_mb"])


def ingest_script(env: dict[str, str], runs: int) -> float:
    """`python ingest.py` as users run it, into a new index each time: median wall s."""
    times = []
    for i in range(runs):
        index = Path(env["LIFTQA_INDEX_DIR"] + f"-script{i}")
        started = time.perf_counter()
        subprocess.run(
            [PY, "ingest.py"],
            capture_output=True,
            check=True,
            cwd=ROOT,
            env={**os.environ, **env, "LIFTQA_INDEX_DIR": str(index)},
        )
        times.append(time.perf_counter() - started)
        shutil.rmtree(index, ignore_errors=True)
    return statistics.median(times)


INGEST = """
import json, time
t0 = time.perf_counter()
from liftqa.app.service import build_service
from liftqa.config import Settings
from liftqa.index.embed import make_embedder
s = Settings.from_env()
e = make_embedder(s.index.embedder)
t1 = time.perf_counter(); e.embed_documents(["warm the model up"]); t2 = time.perf_counter()
r = build_service(s, embedder=e).ingest()
print(json.dumps({"import_s": t1 - t0, "model_load_s": t2 - t1, "ingest_s": r.seconds,
                  "units": r.added, "chunks": r.chunks, "sentences": r.sentences}))
"""

QUERIES = """
import json, statistics, time
from liftqa.app.service import build_service, serve_questions_here
serve_questions_here()  # as the CLI and the app do
qs = []
for path in QUESTIONS_FILES:
    qs += [json.loads(l)["q"] for l in open(path) if l.strip()]
qs = list(dict.fromkeys(qs))
p = build_service()
p.ask("warm-up: strength training and mood")
hybrid = p.retriever().search
new, ask, search = [], [], []
for q in qs:  # each asked for the first time: nothing of it is cached yet
    t = time.perf_counter(); p.ask(q); new.append(time.perf_counter() - t)
crisis = []  # what someone in crisis waits: the labelled risk messages, each once
risky = [m["text"] for m in map(json.loads, open(SAFETY_FILE)) if m.get("label") in
         ("suicide", "self_harm", "eating_disorder")][:120]
for m in risky:
    t = time.perf_counter(); p.ask(m); crisis.append(time.perf_counter() - t)
for _ in range(2):  # asked again (the query and risk caches answer part of it)
    for q in qs:
        t = time.perf_counter(); p.ask(q); ask.append(time.perf_counter() - t)
        t = time.perf_counter(); hybrid.search(q)
        search.append(time.perf_counter() - t)
def pct(xs, f): xs = sorted(xs); return 1000 * xs[min(len(xs) - 1, int(f * len(xs)))]
print(json.dumps({"new_p50": pct(new, .5), "new_p95": pct(new, .95),
                  "ask_p50": pct(ask, .5), "ask_p95": pct(ask, .95),
                  "search_p50": pct(search, .5), "search_p95": pct(search, .95), "n": len(new),
                  "crisis_p50": pct(crisis, .5), "crisis_p95": pct(crisis, .95)}))
"""

QUERY_SCRIPT = QUERIES.replace("QUESTIONS_FILES", repr([str(f) for f in QUESTION_FILES])).replace(
    "SAFETY_FILE", repr(str(ROOT / "tests" / "safety" / "messages.jsonl"))
)


def cold_ask(env: dict[str, str], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(
            [PY, "-m", "liftqa", "ask", "--json", "How long should I hold a plank?"],
            capture_output=True,
            env={**os.environ, **env},
            cwd=ROOT,
            check=True,
        )
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def import_time(module: str, runs: int) -> float:
    times = []
    for _ in range(runs):
        result, _, _ = child(
            f"import time, json; t = time.perf_counter(); import {module}; "
            "print(json.dumps({'s': time.perf_counter() - t}))",
            {},
        )
        times.append(result["s"])
    return statistics.median(times)


def make_corpus(factor: int, dest: Path, seed: int = 7) -> Path:
    """`factor` times the real corpus: articles recombined from the real articles' headings
    and sentences (same sizes), so BM25 and embeddings see realistic text."""
    sys.path.insert(0, str(ROOT / "src"))
    from liftqa.ingest.corpus import parse_file

    articles = [parse_file(p) for p in sorted((ROOT / "corpus").glob("*.txt"))]
    sentences = [s.text for a in articles for s in a.sentences]
    headings = [s.title for a in articles for s in a.sections if s.title]
    rng = random.Random(seed)
    dest.mkdir(parents=True, exist_ok=True)
    for copy in range(factor):
        for a in articles:
            parts, size = [], 0
            while size < len(a.body):
                paragraph = " ".join(rng.choice(sentences) for _ in range(rng.randint(2, 6)))
                block = (
                    f"{rng.choice(headings)}\n\n{paragraph}" if rng.random() < 0.3 else paragraph
                )
                parts.append(block)
                size += len(block) + 2
            (dest / f"gen-{copy:03d}-{a.id}.txt").write_text("\n\n".join(parts), encoding="utf-8")
    return dest


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", default="", help="comma-separated factors, e.g. 10,100")
    parser.add_argument("--runs", type=int, default=5, help="runs for cold-start medians")
    parser.add_argument("--scale-only", action="store_true", help="skip the real-corpus table")
    parser.add_argument(
        "--documents",
        action="store_true",
        help="only PDF/HTML extraction throughput (needs the test extra: reportlab)",
    )
    args = parser.parse_args()
    if args.documents:
        documents_table(args.runs)
        return
    work = Path(tempfile.mkdtemp(prefix="liftqa-bench-"))
    print(f"questions: {QUESTIONS.relative_to(ROOT.parent)}; cores: {os.cpu_count()}")
    print(
        f"import liftqa: {import_time('liftqa', args.runs) * 1000:.0f} ms; "
        f"import liftqa.app.service: {import_time('liftqa.app.service', args.runs):.2f} s"
    )

    if not args.scale_only:
        real_corpus_table(work, args.runs)
    factors = [int(f) for f in args.scale.split(",") if f.strip()]
    scale_table(work, factors)
    shutil.rmtree(work, ignore_errors=True)


def real_corpus_table(work: Path, runs: int) -> None:
    print("\n## Real corpus, side by side\n")
    print(
        "| backend | python ingest.py s | import s | model load s | ingest s | units/s "
        "| peak MB (ingest) | cold ask s | new question p50/p95 ms | asked again p50/p95 ms "
        "| search p50/p95 ms | crisis reply p50/p95 ms | peak MB (queries) |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for label, embedder in BACKENDS.items():
        index = work / f"real-{embedder}"
        env = {
            "LIFTQA_EMBEDDER": embedder,
            "LIFTQA_INDEX_DIR": str(index),
            "LIFTQA_CORPUS_DIR": str(ROOT / "corpus"),
        }
        ing, _, ing_mb = child(INGEST, env)
        q, _, q_mb = child(QUERY_SCRIPT, env)
        cold = cold_ask(env, runs)
        script = ingest_script(env, runs)
        print(
            f"| {label} | {script:.1f} | {ing['import_s']:.1f} | {ing['model_load_s']:.1f} | "
            f"{ing['ingest_s']:.1f} | {ing['units'] / ing['ingest_s']:.0f} | {ing_mb:.0f} | "
            f"{cold:.2f} | {q['new_p50']:.1f} / {q['new_p95']:.1f} | "
            f"{q['ask_p50']:.1f} / {q['ask_p95']:.1f} | "
            f"{q['search_p50']:.1f} / {q['search_p95']:.1f} | "
            f"{q['crisis_p50']:.1f} / {q['crisis_p95']:.1f} | {q_mb:.0f} |"
        )


def scale_table(work: Path, factors: list[int]) -> None:
    if factors:
        print("\n## Scale (ONNX)\n")
        print(
            "| corpus | articles | passages | sentences | ingest s | units/s | peak MB "
            "| new question p50/p95 ms | asked again p50/p95 ms | search p50/p95 ms |"
        )
        print("|---|---|---|---|---|---|---|---|---|---|")
        for factor in factors:
            corpus = make_corpus(factor, work / f"corpus-{factor}x")
            env = {
                "LIFTQA_EMBEDDER": "minilm",
                "LIFTQA_INDEX_DIR": str(work / f"ix-{factor}x"),
                "LIFTQA_CORPUS_DIR": str(corpus),
            }
            ing, _, mb = child(INGEST, env)
            q, _, _ = child(QUERY_SCRIPT, env)
            print(
                f"| {factor}x | {5 * factor} | {ing['chunks']} | {ing['sentences']} | "
                f"{ing['ingest_s']:.0f} | {ing['units'] / ing['ingest_s']:.0f} | {mb:.0f} | "
                f"{q['new_p50']:.1f} / {q['new_p95']:.1f} | "
                f"{q['ask_p50']:.1f} / {q['ask_p95']:.1f} | "
                f"{q['search_p50']:.1f} / {q['search_p95']:.1f} |",
                flush=True,
            )


def documents_table(runs: int) -> None:
    """Extraction throughput (pdfminer.six / trafilatura plus liftqa's clean-up and parse):
    the corpus articles typeset as PDF and as HTML, and a dense two-column 200-page PDF."""
    import textwrap

    sys.path.insert(0, str(ROOT / "tests"))
    from documents import article_html, article_pdf, two_column_pdf  # needs reportlab
    from liftqa.ingest.corpus import parse_file
    from liftqa.ingest.parse import parse_bytes

    articles = [parse_file(p) for p in sorted((ROOT / "corpus").glob("*.txt"))]
    pdfs = [article_pdf(a.body) for a in articles]
    pages = [parse_bytes(raw, name="a.pdf", default_id="a") for raw in pdfs]
    htmls = [article_html(a.body, title=a.title, author=a.author).encode() for a in articles]
    words = " ".join(a.body for a in articles).split()
    lines = textwrap.wrap(" ".join(words * 12), 48)
    columns = [lines[i : i + 55] for i in range(0, 400 * 55, 55)]
    dense = two_column_pdf(
        list(zip(columns[0::2], columns[1::2], strict=True)), header="Bench Journal 2026"
    )

    def timed(raws: list[bytes], name: str) -> float:
        best = []
        for _ in range(max(1, runs // 2)):
            started = time.perf_counter()
            for raw in raws:
                parse_bytes(raw, name=name, default_id="a")
            best.append(time.perf_counter() - started)
        return statistics.median(best)

    n_pages = sum(len(a.page_starts) for a in pages)
    kb = sum(len(h) for h in htmls) / 1024
    t_pdf, t_dense, t_html = timed(pdfs, "a.pdf"), timed([dense], "d.pdf"), timed(htmls, "a.html")
    print("\n## Documents: extraction + parse (one process, median)\n")
    print("| input | pages | MB | seconds | pages/s |")
    print("|---|---|---|---|---|")
    print(
        f"| 5 corpus articles as PDF (one column) | {n_pages} | "
        f"{sum(map(len, pdfs)) / 1e6:.2f} | {t_pdf:.2f} | {n_pages / t_pdf:.0f} |"
    )
    print(
        f"| 200-page two-column PDF | 200 | {len(dense) / 1e6:.2f} | {t_dense:.2f} | "
        f"{200 / t_dense:.0f} |"
    )
    print(
        f"| 5 corpus articles as HTML | ({kb:.0f} KB) | {kb / 1024:.2f} | {t_html:.2f} | "
        f"{len(htmls) / t_html:.0f} articles/s |"
    )


if __name__ == "__main__":
    main()
