"""Leave-one-set-out (LOSO) generalisation of the safety layer: prints a table. Not a test.

    python bench/safety_loso.py            # v1 to v7 and train (a-e) each left out once
    python bench/safety_loso.py --only v3  # one column

For each labelled set S: the classifier is trained (`liftqa.app.train_risk.train`, the
exemplars plus every other labelled set, thresholds on out-of-fold predictions as in the
shipped model), then the FULL `assess()` (rules + classifier) reads every message of S,
and the route is decided as `Asker.safety_check` does (crisis route, or a check-in line).
Rows: crisis-route recall, acute recall, the acute reply (emergency first) on acute and on
elevated messages, resources shown (crisis route or check-in line),
false alarms on all non-risk messages and on the hard negatives (`none`), red-flag and
medication recall. Rules were written from the misses of v1, v2 and v4 to v7, so those
columns flatter the rules; v3's column is the most honest (few rules came from it), and the
held-out set (v8) is never read here.

Embeddings are cached (by text) in --cache so reruns take seconds.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from liftqa.answer import safety  # noqa: E402
from liftqa.answer.risk import assess  # noqa: E402
from liftqa.app.evaluate import safety_figures  # noqa: E402
from liftqa.app.train_risk import EXEMPLARS, TRAINING_SETS, read_set, train  # noqa: E402

SETS = {
    "v1": [TRAINING_SETS[0]],
    "v2": [TRAINING_SETS[1]],
    "v3": [TRAINING_SETS[2]],
    "v4": [TRAINING_SETS[7]],
    "v5": [TRAINING_SETS[8]],
    "v6": [TRAINING_SETS[9]],
    "v7": [TRAINING_SETS[10]],
    "train": [*TRAINING_SETS[3:7], TRAINING_SETS[11]],
}
ROWS = (
    ("crisis-route recall", "risk_recall"),
    ("acute recall", "acute_recall"),
    ("elevated recall", "elevated_recall"),
    ("acute reply on acute", "acute_reply"),
    ("acute reply on elevated", "elevated_read_acute"),
    ("resources shown", "resources_shown"),
    ("FA non-risk", "false_alarm_rate"),
    ("FA hard negatives", "hard_negative_false_alarm_rate"),
    ("check-in on non-risk", "check_in_rate_non_risk"),
    ("red-flag recall", "red_flag_recall"),
    ("red-flag notice on others", "red_flag_on_others"),
    ("medication recall", "medication_recall"),
    ("medication notice on others", "medication_on_others"),
)


class CachedEmbed:
    """The embedding model behind a by-text cache kept on disk."""

    def __init__(self, cache: Path) -> None:
        from liftqa.index.embed import make_embedder

        self.embedder = make_embedder("minilm", 64)
        self.cache = cache
        self.vectors: dict[str, np.ndarray] = {}
        if cache.is_file():
            with np.load(cache, allow_pickle=False) as data:
                self.vectors = dict(
                    zip((str(t) for t in data["texts"]), data["vectors"], strict=True)
                )
        self.dirty = False

    def __call__(self, texts: list[str]) -> np.ndarray:
        missing = list(dict.fromkeys(t for t in texts if t not in self.vectors))
        if missing:
            for text, vector in zip(missing, self.embedder.embed_documents(missing), strict=True):
                self.vectors[text] = np.asarray(vector, dtype=np.float32)
            self.dirty = True
        return np.vstack([self.vectors[t] for t in texts]) if texts else np.zeros((0, 384))

    def rows(self, texts: list[str]) -> list[list[float]]:
        return [list(map(float, v)) for v in self(texts)]

    def save(self) -> None:
        if self.dirty:
            texts = list(self.vectors)
            np.savez(
                self.cache, texts=np.array(texts), vectors=np.vstack(list(self.vectors.values()))
            )


def column(
    name: str, embed: CachedEmbed, exemplars: list[dict[str, object]], crisis_fa: float
) -> dict[str, object]:
    held = [m for path in SETS[name] for m in read_set(path)]
    rest = [m for other, paths in SETS.items() if other != name for p in paths for m in read_set(p)]
    model, _ = train(exemplars, rest, embed, embed.embedder.name, crisis_fa=crisis_fa)

    def check(text: str) -> safety.SafetyCheck:
        risk = assess(text, model, embed.rows)
        check_in = risk.kind is None and risk.score >= model.check_in_at
        return safety.SafetyCheck(risk, None, check_in, text)

    return safety_figures(held, check)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--only", choices=list(SETS), action="append")
    parser.add_argument("--cache", type=Path, default=Path("/tmp/liftqa-loso-embeddings.npz"))
    parser.add_argument("--crisis-fa", type=float, default=0.015, help="as in train_risk")
    parser.add_argument("--missed", action="store_true", help="list the missed ids too")
    args = parser.parse_args(argv)
    embed = CachedEmbed(args.cache)
    exemplars = read_set(EXEMPLARS)
    names = args.only or list(SETS)
    started = time.perf_counter()
    figures = {}
    for name in names:
        figures[name] = column(name, embed, exemplars, args.crisis_fa)
        embed.save()
    print(f"{'left out →':24}" + "".join(f"{n:>9}" for n in names))
    print(f"{'messages':24}" + "".join(f"{figures[n]['n']:>9}" for n in names))
    for label, key in ROWS:
        cells = []
        for n in names:
            value = figures[n][key]
            cells.append(f"{value:>9.1%}" if isinstance(value, float) else f"{'-':>9}")
        print(f"{label:24}" + "".join(cells))
    if args.missed:
        for n in names:
            print(n, "missed:", " ".join(map(str, figures[n]["missed"])))
    print(f"({time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
