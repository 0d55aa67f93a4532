"""Agreement between two readers of a judged set (second-reader protocol, GUIDELINES.md).

    .venv/bin/python tests/judged/agreement.py tests/judged/questions.jsonl second_reader.jsonl

Phrases are mapped to the parsed sentences of `corpus/`; every (question, sentence) pair
not graded by a reader counts 0. Prints linearly weighted Cohen's kappa over all pairs,
the overlap (Jaccard) of the relevant and of the key sentences, and the sentences to
adjudicate: two grades apart, or key for one reader only.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from liftqa.app.judged import norm, overlap, weighted_kappa
from liftqa.ingest.corpus import parse_file

ROOT = Path(__file__).resolve().parents[2]


def grades(
    path: Path, sentences: dict[str, list[tuple[int, str]]]
) -> dict[tuple[str, str, int], int]:
    out: dict[tuple[str, str, int], int] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        for g in row["grades"]:
            phrase = norm(g["phrase"])
            hits = [start for start, text in sentences[g["file"]] if phrase in text]
            if len(hits) != 1:
                sys.exit(f"{path}: {row['id']}: {phrase!r} is in {len(hits)} sentences")
            key = (str(row["id"]), g["file"], hits[0])
            out[key] = max(out.get(key, 0), int(g["grade"]))
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("first", type=Path)
    ap.add_argument("second", type=Path)
    ap.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    args = ap.parse_args()
    sentences = {
        p.name: [(s.start, norm(s.text)) for s in parse_file(p).sentences]
        for p in sorted(args.corpus.glob("*.txt"))
    }
    a, b = grades(args.first, sentences), grades(args.second, sentences)
    questions = sorted({q for q, _, _ in a} | {q for q, _, _ in b})
    every = [(q, f, s) for q in questions for f, sents in sentences.items() for s, _ in sents]
    pairs = [(a.get(k, 0), b.get(k, 0)) for k in every]
    print(f"questions {len(questions)}, pairs {len(pairs)}")
    print(f"weighted kappa      {weighted_kappa(pairs):.3f}")
    print(
        f"relevant overlap    {overlap({k for k, g in a.items()}, {k for k, g in b.items()}):.3f}"
    )
    print(
        "key overlap         "
        f"{overlap({k for k, g in a.items() if g == 2}, {k for k, g in b.items() if g == 2}):.3f}"
    )
    text = {(f, s): t for f, sents in sentences.items() for s, t in sents}
    for k in sorted(set(a) | set(b)):
        ga, gb = a.get(k, 0), b.get(k, 0)
        if abs(ga - gb) == 2 or (2 in (ga, gb) and ga != gb):
            print(f"ADJUDICATE {k[0]} first={ga} second={gb} {k[1][:3]}: {text[k[1], k[2]][:120]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
