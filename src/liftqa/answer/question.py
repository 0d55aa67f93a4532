"""What the user typed → the question liftqa searches, or an InputError saying what to do.

Dependency-free on purpose: bad input is refused before any model or index loads.
"""

from __future__ import annotations

import re
import unicodedata

from liftqa.errors import InputError


def validate_question(question: object, max_chars: int) -> str:
    """The question as it will be searched, or InputError with what to do instead."""
    if not isinstance(question, str):
        raise InputError("The question must be text.")
    if any(0xD800 <= ord(c) <= 0xDFFF for c in question):
        raise InputError(
            "The question contains characters that are not valid text.",
            hint="retype it, or paste it as plain text",
        )
    if any(unicodedata.category(c) == "Cc" and c not in "\n\t\r" for c in question):
        raise InputError(
            "The question contains control characters.",
            hint="retype it, or paste it as plain text",
        )
    text = question.strip()
    if not text:
        raise InputError(
            "The question is empty.",
            hint='ask something, e.g. "Does strength training help with anxiety?"',
        )
    if len(text) > max_chars:
        raise InputError(
            f"The question is {len(text):,} characters long; the limit is {max_chars:,}.",
            hint="shorten it to the question itself",
        )
    return text


# Markup pasted into a question is not what it asks: scripts and styles with their contents,
# tags, markdown images, the addresses of links (their text is kept), bare addresses.
_MARKUP = re.compile(
    r"<(script|style)\b[^>]*>.*?</\1\s*>|</?[a-z][\w-]*(?:\s[^<>]*)?/?>|!\[[^\]]*\]\([^)]*\)|(?<=\])\([^)]*\)|[\[\]]|"
    r"\b\w+://\S+",
    re.IGNORECASE | re.DOTALL,
)


def searchable(text: str) -> str:
    """What a question asks once markup is set aside ("<b>hi</b> ![x](…) what helps
    anxiety" → "hi what helps anxiety"); the question itself when nothing is left."""
    plain = re.sub(r"\s+", " ", _MARKUP.sub(" ", text)).strip()
    return plain or text
