"""Feedback on quotes, stored locally: one SQLite file under the index folder
(`feedback.sqlite3`), nothing sent anywhere. `liftqa feedback` lists it; `liftqa feedback
export --judged` writes it as judged evaluation lines (JSONL) the team can turn into
regression cases; `read_judged` reads such lines back."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import closing, contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Literal, get_args

from liftqa.errors import IndexStorageError, InputError

Verdict = Literal["helpful", "doesnt_support", "wrong_study", "unclear"]
VERDICTS: tuple[Verdict, ...] = get_args(Verdict)
VERDICT_LABELS: dict[Verdict, str] = {
    "helpful": "helpful",
    "doesnt_support": "doesn't support the statement",
    "wrong_study": "wrong study",
    "unclear": "unclear",
}
FILE_NAME = "feedback.sqlite3"
MAX_TEXT = 5000

_SCHEMA = """
CREATE TABLE IF NOT EXISTS feedback (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created TEXT NOT NULL,
    question TEXT NOT NULL,
    n INTEGER NOT NULL,
    article_id TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    quote TEXT NOT NULL,
    verdict TEXT NOT NULL,
    works TEXT NOT NULL DEFAULT '[]'
)
"""


@dataclass(frozen=True)
class Feedback:
    """One judgement of one quote given for one question."""

    question: str
    n: int
    article_id: str
    start: int
    end: int
    quote: str
    verdict: Verdict
    works: tuple[str, ...] = ()  # the work ids the quote cites
    created: str = field(default="")
    id: int | None = None

    def judged(self) -> dict[str, object]:
        """An evaluation line: the question, the quote (checkable by its offsets), the
        judgement, and whether the quote supports the answer."""
        return {
            "id": f"feedback-{self.id}",
            "kind": "judged",
            "q": self.question,
            "quote": {
                "n": self.n,
                "article_id": self.article_id,
                "start": self.start,
                "end": self.end,
                "text": self.quote,
            },
            "works": list(self.works),
            "verdict": self.verdict,
            "supports": self.verdict == "helpful",
            "created": self.created,
        }


class FeedbackStore:
    """The SQLite file; each call opens and closes its own connection (thread-safe)."""

    def __init__(self, index_dir: Path) -> None:
        self.path = index_dir / FILE_NAME

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with closing(sqlite3.connect(self.path, timeout=10)) as conn, conn:
                conn.execute(_SCHEMA)
                yield conn
        except (sqlite3.Error, OSError) as exc:
            raise IndexStorageError(
                f"cannot use the feedback file {self.path} ({exc})",
                hint="check the index folder's permissions and free disk space",
                kind="permission",
            ) from exc

    def add(self, item: Feedback) -> Feedback:
        if item.verdict not in VERDICTS:
            raise InputError(
                f"unknown feedback {item.verdict!r}", hint=f"use one of {', '.join(VERDICTS)}"
            )
        created = item.created or dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        with self._connect() as conn:
            cur = conn.execute(
                'INSERT INTO feedback (created, question, n, article_id, start, "end", quote,'
                " verdict, works) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    created,
                    item.question[:MAX_TEXT],
                    item.n,
                    item.article_id,
                    item.start,
                    item.end,
                    item.quote[:MAX_TEXT],
                    item.verdict,
                    json.dumps(list(item.works)),
                ),
            )
            new_id = cur.lastrowid
        return Feedback(**{**asdict(item), "created": created, "id": new_id})

    def all(self) -> list[Feedback]:
        if not self.path.exists():
            return []
        with self._connect() as conn:
            rows = conn.execute(
                'SELECT id, created, question, n, article_id, start, "end", quote, verdict,'
                " works FROM feedback ORDER BY id"
            ).fetchall()
        return [
            Feedback(
                id=r[0],
                created=r[1],
                question=r[2],
                n=r[3],
                article_id=r[4],
                start=r[5],
                end=r[6],
                quote=r[7],
                verdict=r[8],
                works=tuple(json.loads(r[9])),
            )
            for r in rows
        ]


def judged_lines(items: Iterable[Feedback]) -> str:
    """Judged evaluation lines: for each question and quote, the latest judgement only (a
    second click on the same quote replaces the first; every click stays in the store)."""
    latest: dict[tuple[str, str, int, int], Feedback] = {}
    for item in items:  # oldest first
        latest.pop(key := (item.question, item.article_id, item.start, item.end), None)
        latest[key] = item
    return "".join(json.dumps(i.judged(), ensure_ascii=False) + "\n" for i in latest.values())


def read_judged(text: str) -> list[Feedback]:
    """Judged evaluation lines back into feedback (the round trip of the export)."""
    out = []
    for line in text.splitlines():
        if not line.strip():
            continue
        data = json.loads(line)
        quote = data["quote"]
        out.append(
            Feedback(
                id=int(data["id"].rpartition("-")[2]),
                created=data["created"],
                question=data["q"],
                n=quote["n"],
                article_id=quote["article_id"],
                start=quote["start"],
                end=quote["end"],
                quote=quote["text"],
                verdict=data["verdict"],
                works=tuple(data["works"]),
            )
        )
    return out
