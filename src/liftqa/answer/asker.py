"""Answering a question, from an immutable `Snapshot` of the index.

    question → validate → safety (crisis / dosing) → [snapshot] → follow-up context →
    retrieve → compose (quotes as data) → safety notices first → optional LLM wording

The snapshot is asked for only when retrieval needs it, so a crisis question never waits
for an index or a model. The asker keeps no state between questions.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from typing import Any

from liftqa.answer import safety
from liftqa.answer.compose import compose
from liftqa.answer.conversation import contextualize
from liftqa.answer.library import Snapshot
from liftqa.answer.model import Answer, Resources
from liftqa.answer.question import validate_question
from liftqa.config import Settings
from liftqa.types import QueryEmbedder

ChatModelProvider = Callable[[], Any]  # → a LangChain chat model, or None


class Asker:
    def __init__(
        self,
        settings: Settings,
        embedder: QueryEmbedder,
        chat_model: ChatModelProvider | None = None,
    ) -> None:
        """`chat_model`: called once a question has quotes, to word them (None: never)."""
        self.settings = settings
        self.embedder = embedder
        self.chat_model = chat_model or (lambda: None)

    def ask(
        self, question: object, history: Sequence[str], snapshot: Callable[[], Snapshot]
    ) -> Answer:
        return deque(self.ask_stream(question, history, snapshot), maxlen=1)[0]

    def ask_stream(
        self, question: object, history: Sequence[str], snapshot: Callable[[], Snapshot]
    ) -> Iterator[Answer]:
        """The answer as it grows: first the extractive answer (quotes, safety notices);
        then, when a chat model is configured, the verified sentences one by one; the last
        one yielded is final. `history`: the user's earlier questions, oldest first."""
        text = validate_question(question, self.settings.answer.max_question_chars)
        check = safety.check(text)
        resources = (
            Resources(check.crisis, safety.crisis_message(check.crisis))
            if check.crisis is not None
            else None
        )
        if check.blocks_retrieval and resources is not None:
            yield Answer(question=text, disclaimer=safety.DISCLAIMER, resources=resources)
            return
        current = snapshot()
        query = contextualize(text, [h for h in history if isinstance(h, str)][-5:])
        vector = self.embedder.embed_query(query)
        hits = current.search.search(query, vector)
        composed = compose(
            query, vector, hits, current.search.index, current.library, self.settings.answer
        )
        answer = replace(
            composed,
            question=text,
            searched_for=query if query != text else None,
            resources=resources,
            notices=check.notices,
        )
        yield answer
        model = self.chat_model() if answer.quotes and resources is None else None
        if model is not None:
            yield from self._worded(model, text, answer)

    def _worded(self, model: Any, question: str, answer: Answer) -> Iterator[Answer]:
        from liftqa.answer.wording import Verifier, stream_verified

        verifier = Verifier(answer.quotes, self.embedder)
        kept: list[str] = []
        removed: list[str] = []
        llm = self.settings.llm
        try:
            for verdict in stream_verified(model, question, answer.quotes, verifier, llm.timeout):
                if verdict.kept:
                    kept.append(verdict.sentence)
                    yield replace(answer, mode="llm", worded=tuple(kept), removed=tuple(removed))
                else:
                    removed.append(f"{verdict.sentence} ({verdict.reason})")
        except Exception as exc:
            removed.append(f"(the model failed: {exc.__class__.__name__})")
            kept = []
        total = len(kept) + len(removed)
        if not kept or len(kept) < llm.min_kept * total:
            yield replace(answer, removed=tuple(removed))
        else:
            yield replace(answer, mode="llm", worded=tuple(kept), removed=tuple(removed))
