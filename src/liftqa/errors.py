"""One error tree. Every error carries a message for people and a hint on what to do; the
edges (CLI, UI) translate them, nothing else catches them.

    LiftQAError
    ├── InputError         the question itself is unusable (empty, too long, control chars)
    ├── CorpusError        a corpus file cannot be read or parsed (reported by name, skipped)
    ├── IndexUnavailableError   the index is missing, locked, built by another model, unreachable
    │   ├── IndexLockedError  another ingest holds the lock
    │   └── IndexStorageError the disk or the database failed: full, no permission, damaged
    └── ConfigError        a setting has a value that cannot work
"""

from __future__ import annotations


class LiftQAError(Exception):
    exit_code = 1

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} ({self.hint})" if self.hint else self.message


class InputError(LiftQAError):
    exit_code = 2


class CorpusError(LiftQAError):
    def __init__(self, path: str, message: str, hint: str = "") -> None:
        super().__init__(f"{path}: {message}", hint)
        self.path = path
        self.reason = message


class IndexUnavailableError(LiftQAError):
    exit_code = 3


class IndexLockedError(IndexUnavailableError):
    pass


class IndexStorageError(IndexUnavailableError):
    """Storage failed under the index: `kind` is "full", "permission" or "damaged", and the
    hint says what fixes it."""

    def __init__(self, message: str, hint: str = "", kind: str = "damaged") -> None:
        super().__init__(message, hint)
        self.kind = kind


class ConfigError(LiftQAError):
    exit_code = 2
