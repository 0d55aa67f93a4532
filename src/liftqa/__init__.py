"""liftqa: evidence-grounded Q&A over articles on strength training for mental health.

    from liftqa import ask
    answer = ask("Does lifting help with anxiety?")
    answer.to_dict()

Importing the package is cheap: heavy libraries load on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from liftqa.config import set_offline_env

set_offline_env()

if TYPE_CHECKING:
    from liftqa.types import Answer

__all__ = ["ask"]
__version__ = "0.1.0"


def ask(question: str) -> Answer:
    """Answer `question` from the corpus with verbatim, checked quotes (builds the index
    first if it is missing or older than the corpus)."""
    from liftqa.pipeline import default_pipeline

    return default_pipeline().ask(question)
