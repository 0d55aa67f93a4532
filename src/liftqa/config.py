"""Settings: one frozen dataclass, a description on every field, overridable through
`LIFTQA_<FIELD>` environment variables (e.g. `LIFTQA_CHROMA_URL`, `LIFTQA_TOP_K`)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from liftqa.errors import ConfigError

OFFLINE_ENV = {
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "HF_DATASETS_OFFLINE": "1",
    "GRADIO_ANALYTICS_ENABLED": "False",
    "ANONYMIZED_TELEMETRY": "False",
    "TOKENIZERS_PARALLELISM": "false",
    "HF_HUB_DISABLE_PROGRESS_BARS": "1",
    "TRANSFORMERS_VERBOSITY": "error",
    "TRANSFORMERS_NO_ADVISORY_WARNINGS": "1",
}


def set_offline_env() -> None:
    """Nothing phones home: set before sentence-transformers, chromadb or gradio import."""
    for key, value in OFFLINE_ENV.items():
        os.environ[key] = value


def _f(default: Any, description: str) -> Any:
    return field(default=default, metadata={"description": description})


@dataclass(frozen=True)
class Settings:
    corpus_dir: Path = _f(Path("corpus"), "Folder of articles (.txt/.md, optional YAML header).")
    index_dir: Path = _f(Path(".liftqa"), "Folder of the embedded Chroma index and the lock.")
    chroma_url: str = _f("", "http(s)://host:port of a Chroma server; empty = embedded on disk.")
    collection_prefix: str = _f("liftqa", "Prefix of the Chroma collection names.")
    chunk_size: int = _f(900, "Max characters per passage chunk (the model reads 256 tokens).")
    chunk_overlap: int = _f(150, "Characters shared by neighbouring chunks of a section.")
    top_k: int = _f(10, "Passages the hybrid retriever returns.")
    candidate_k: int = _f(24, "Candidates each side (dense, BM25) contributes before fusion.")
    rrf_k: int = _f(60, "Reciprocal-rank-fusion constant: score = sum 1/(rrf_k + rank).")
    max_quotes: int = _f(5, "Most quotes in one answer.")
    quote_window: float = _f(0.2, "Quotes scoring within this much of the best one are kept.")
    min_evidence: float = _f(
        0.3, "Abstain unless the best quotable sentence scores at least this (dense+lexical)."
    )
    max_question_chars: int = _f(2000, "Longer questions are refused with a clear message.")
    embed_batch_size: int = _f(32, "Texts embedded per batch at ingest.")
    host: str = _f("127.0.0.1", "Address the app listens on (0.0.0.0 exposes it to the network).")
    port: int = _f(7860, "Port the app listens on.")
    auth: str = _f("", "user:password to require a login in the app (empty: no login).")
    concurrency: int = _f(4, "Questions the app answers at the same time.")
    queue_size: int = _f(64, "Questions waiting in the app's queue; past it: 'busy, try again'.")
    llm: str = _f("", "ollama:MODEL, openai:MODEL or module:factory to word answers; empty: off.")
    llm_url: str = _f("", "Base URL of the Ollama server (default http://127.0.0.1:11434).")
    llm_timeout: float = _f(30.0, "Seconds the model may stay silent before the extractive answer.")
    llm_min_kept: float = _f(0.5, "Share of the model's sentences that must survive verification.")
    embedder: str = _f(
        "minilm",
        "minilm = all-MiniLM-L6-v2 via onnxruntime (default); minilm-st = the same model via "
        "sentence-transformers; fake = deterministic hashing, for tests only.",
    )

    @classmethod
    def from_env(cls, **overrides: Any) -> Settings:
        values: dict[str, Any] = {}
        for f in fields(cls):
            raw = os.environ.get(f"LIFTQA_{f.name.upper()}")
            if raw is None:
                continue
            values[f.name] = _coerce(f.name, raw, f.default)
        given = {k: v for k, v in overrides.items() if v is not None}  # unset flags
        return replace(cls(), **{**values, **given})

    @staticmethod
    def describe() -> dict[str, str]:
        return {f.name: f.metadata["description"] for f in fields(Settings)}


def _coerce(name: str, raw: str, default: Any) -> Any:
    try:
        if isinstance(default, Path):
            return Path(raw)
        if isinstance(default, bool):
            return raw.strip().lower() in {"1", "true", "yes", "on"}
        if isinstance(default, int):
            return int(raw)
        if isinstance(default, float):
            return float(raw)
    except ValueError as exc:
        raise ConfigError(
            f"LIFTQA_{name.upper()}={raw!r} is not a valid {type(default).__name__}",
            hint=f"unset it or give a value like {default!r}",
        ) from exc
    return raw
