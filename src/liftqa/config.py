"""Settings, grouped by concern (index, retrieval, answer, app, llm): frozen dataclasses with a
description on every field, each overridable by one `LIFTQA_<NAME>` environment variable
(e.g. `LIFTQA_CHROMA_URL`, `LIFTQA_TOP_K`, `LIFTQA_LLM`).

    settings = Settings.from_env()                 # environment over defaults
    settings = Settings.build(corpus_dir=Path("c"))  # flat names, as the CLI flags use them
    settings.index.corpus_dir, settings.retrieval.top_k, settings.llm.model

Importing this module changes nothing: the offline environment (`OFFLINE_ENV`) is set by
the modules that import the heavy libraries, and by the entry points.
"""

from __future__ import annotations

import os
from dataclasses import Field, dataclass, field, fields, replace
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
    """Nothing phones home: called before sentence-transformers, chromadb or gradio load."""
    for key, value in OFFLINE_ENV.items():
        os.environ[key] = value


def _f(default: Any, description: str, env: str = "") -> Any:
    """A settings field: its default, what it means, and its environment name (default: the
    field's own name)."""
    return field(default=default, metadata={"description": description, "env": env})


@dataclass(frozen=True)
class IndexSettings:
    corpus_dir: Path = _f(Path("corpus"), "Folder of articles (.txt/.md, optional YAML header).")
    index_dir: Path = _f(Path(".liftqa"), "Folder of the embedded Chroma index and the lock.")
    chroma_url: str = _f("", "http(s)://host:port of a Chroma server; empty = embedded on disk.")
    collection_prefix: str = _f("liftqa", "Prefix of the Chroma collection names.")
    chunk_size: int = _f(900, "Max characters per passage chunk (the model reads 256 tokens).")
    chunk_overlap: int = _f(150, "Characters shared by neighbouring chunks of a section.")
    embedder: str = _f(
        "minilm",
        "minilm = all-MiniLM-L6-v2 via onnxruntime (default); minilm-st = the same model via "
        "sentence-transformers; fake = deterministic hashing, for tests only.",
    )
    embed_batch_size: int = _f(32, "Texts embedded per batch at ingest.")


@dataclass(frozen=True)
class RetrievalSettings:
    top_k: int = _f(10, "Passages the hybrid retriever returns.")
    candidate_k: int = _f(24, "Candidates each side (dense, BM25) contributes before fusion.")
    rrf_k: int = _f(60, "Reciprocal-rank-fusion constant: score = sum 1/(rrf_k + rank).")


@dataclass(frozen=True)
class AnswerSettings:
    max_quotes: int = _f(5, "Most quotes in one answer.")
    quote_window: float = _f(
        0.12, "Relevance floor: quotes scoring within this much of the best one are kept."
    )
    min_evidence: float = _f(
        0.3, "Abstain unless the best quotable sentence scores at least this (dense+lexical)."
    )
    max_question_chars: int = _f(2000, "Longer questions are refused with a clear message.")


@dataclass(frozen=True)
class AppSettings:
    host: str = _f("127.0.0.1", "Address the app listens on (0.0.0.0 exposes it to the network).")
    port: int = _f(7860, "Port the app listens on.")
    auth: str = _f("", "user:password to require a login in the app (empty: no login).")
    concurrency: int = _f(4, "Questions the app answers at the same time.")
    queue_size: int = _f(64, "Questions waiting in the app's queue; past it: 'busy, try again'.")
    max_history: int = _f(50, "Earlier questions of a conversation that are read (the latest).")
    max_request_bytes: int = _f(
        1_000_000, "Largest request body the app reads; larger ones are refused (413)."
    )
    max_query_chars: int = _f(200, "Longest reference search; longer ones are refused.")


@dataclass(frozen=True)
class LLMSettings:
    model: str = _f(
        "", "ollama:MODEL, openai:MODEL or module:factory to word answers; empty: off.", env="LLM"
    )
    url: str = _f(
        "", "Base URL of the Ollama server (default http://127.0.0.1:11434).", env="LLM_URL"
    )
    timeout: float = _f(
        30.0, "Seconds the model may stay silent before the extractive answer.", env="LLM_TIMEOUT"
    )
    min_kept: float = _f(
        0.5, "Share of the model's sentences that must survive verification.", env="LLM_MIN_KEPT"
    )


GROUPS: dict[str, type] = {
    "index": IndexSettings,
    "retrieval": RetrievalSettings,
    "answer": AnswerSettings,
    "app": AppSettings,
    "llm": LLMSettings,
}


@dataclass(frozen=True)
class Settings:
    index: IndexSettings = field(default_factory=IndexSettings)
    retrieval: RetrievalSettings = field(default_factory=RetrievalSettings)
    answer: AnswerSettings = field(default_factory=AnswerSettings)
    app: AppSettings = field(default_factory=AppSettings)
    llm: LLMSettings = field(default_factory=LLMSettings)

    @classmethod
    def build(cls, **flat: Any) -> Settings:
        """Settings from flat names (`corpus_dir=…`, `top_k=…`, `llm=…` for `llm.model`);
        None means "not given". An unknown name is a ConfigError."""
        return cls().updated(**flat)

    def updated(self, **flat: Any) -> Settings:
        given = {k: v for k, v in flat.items() if v is not None}
        by_group: dict[str, dict[str, Any]] = {}
        for name, value in given.items():
            group, attr = _locate(name)
            by_group.setdefault(group, {})[attr] = value
        return replace(
            self,
            **{g: replace(getattr(self, g), **values) for g, values in by_group.items()},
        )

    @classmethod
    def from_env(cls, **overrides: Any) -> Settings:
        """Defaults, then `LIFTQA_*` environment variables, then `overrides` (flat names;
        None values are skipped, so unset CLI flags pass straight through)."""
        values: dict[str, Any] = {}
        for env_name, (_group, f) in _ENV_FIELDS.items():
            raw = os.environ.get(f"LIFTQA_{env_name}")
            if raw is not None:
                values[env_name.lower()] = _coerce(env_name, raw, f.default)
        return cls.build(**{**values, **{k: v for k, v in overrides.items() if v is not None}})

    @staticmethod
    def describe() -> dict[str, str]:
        """`LIFTQA_<NAME>` → what it means, for every setting."""
        return {f"LIFTQA_{e}": f.metadata["description"] for e, (_g, f) in _ENV_FIELDS.items()}


def _env_name(f: Field[Any]) -> str:
    return str(f.metadata.get("env") or f.name.upper())


_ENV_FIELDS: dict[str, tuple[str, Field[Any]]] = {
    _env_name(f): (group, f) for group, kind in GROUPS.items() for f in fields(kind)
}


def _locate(flat_name: str) -> tuple[str, str]:
    """ "top_k" → ("retrieval", "top_k"); "llm_timeout" → ("llm", "timeout")."""
    entry = _ENV_FIELDS.get(flat_name.upper())
    if entry is None:
        raise ConfigError(
            f"unknown setting {flat_name!r}",
            hint="see Settings.describe() for the names",
        )
    group, f = entry
    return group, f.name


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
            f"LIFTQA_{name}={raw!r} is not a valid {type(default).__name__}",
            hint=f"unset it or give a value like {default!r}",
        ) from exc
    return raw
