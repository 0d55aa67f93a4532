"""liftqa: evidence-grounded Q&A over articles on strength training for mental health.

    from liftqa import ask
    answer = ask("Does lifting help with anxiety?")
    answer.to_dict()

Importing the package is cheap and changes nothing (not even the environment): heavy
libraries load on first use. Stages, imports flowing one way (import-linter checks it):
base (types, errors, config, text) → ingest, index, references → answer → app.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from liftqa.answer.model import Answer

__all__ = ["ask"]
__version__ = "0.1.0"


def ask(question: str) -> Answer:
    """Answer `question` from the corpus with verbatim, checked quotes (builds the index
    first if it is missing or older than the corpus)."""
    from liftqa.app.service import default_service

    return default_service().ask(question)
