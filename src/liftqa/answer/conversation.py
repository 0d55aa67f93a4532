"""Follow-up questions: "what about for anxiety?" after "Does lifting help with depression?"
is searched as "Does lifting help with anxiety?". Rule-based and transparent: the rewritten
question is shown to the user. Safety checks always run on what the user actually typed."""

from __future__ import annotations

import re
from collections.abc import Sequence

# Conditions, outcomes and groups the articles discuss; a follow-up naming one swaps it in.
TOPICS = (
    "major depressive disorder",
    "depression",
    "depressive symptoms",
    "anxiety disorders",
    "anxiety",
    "panic attacks",
    "panic disorder",
    "panic",
    "confidence",
    "self-esteem",
    "self-efficacy",
    "body image",
    "stress",
    "sleep",
    "mood",
    "ptsd",
    "trauma",
    "addiction",
    "older adults",
    "elderly",
    "adolescents",
    "teenagers",
    "women",
    "men",
    "beginners",
    "cognition",
    "memory",
    "focus",
    "motivation",
    "resilience",
    "insomnia",
    "adhd",
    "pregnancy",
    "osteoporosis",
    "hypertension",
    "diabetes",
    "heart disease",
)
_TOPIC_RE = re.compile(
    r"\b(" + "|".join(re.escape(t) for t in sorted(TOPICS, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
_FOLLOW_UP_RE = re.compile(
    r"^\s*(?:and|but|ok(?:ay)?|so)?[\s,]*(?:what|how)\s+about\s+(?:for\s+|with\s+|in\s+|on\s+)?"
    r"(?P<x>.+?)\s*[?.!]*\s*$"
    r"|^\s*(?:and|also)\s+(?:for\s+|with\s+|in\s+)?(?P<y>[^?.!]{2,60}?)\s*[?.!]*\s*$"
    r"|^\s*(?:same|what)\s+for\s+(?P<z>.+?)\s*[?.!]*\s*$",
    re.IGNORECASE,
)
_PRONOUN_RE = re.compile(r"\b(?:it|that|this|they|them|those|these|one)\b", re.IGNORECASE)


def contextualize(question: str, previous: Sequence[str]) -> str:
    """The question to search for, given the user's earlier questions (oldest first)."""
    if not previous:
        return question
    last = previous[-1].strip()
    m = _FOLLOW_UP_RE.match(question)
    if m:
        new = next(g for g in m.groups() if g).strip()
        if _TOPIC_RE.search(last):
            return _TOPIC_RE.sub(new, last, count=1)
        return f"{last} {new}"
    words = re.findall(r"\w+", question)
    if len(words) <= 8 and _PRONOUN_RE.search(question):
        new_topic = _TOPIC_RE.search(question)
        if new_topic and _TOPIC_RE.search(last):
            return _TOPIC_RE.sub(new_topic.group(0), last, count=1)
        return f"{question} {last}"
    return question
