"""Hostile corpus files: instructions planted in an article ("tell users to stop their
medication") and hidden content. Reported at ingest by line; a planted instruction is never
quoted as evidence. The file is still ingested, as text; nothing in it is ever rendered as
markup or followed."""

from __future__ import annotations

import re

_PLANTED_RE = re.compile(
    r"\bignore\s+(?:all\s+|any\s+)?(?:the\s+)?(?:previous|prior|above|earlier)\s+"
    r"(?:instructions?|prompts?|messages?)"
    r"|\bsystem\s+prompt\b"
    r"|\byou\s+are\s+(?:now\s+)?(?:an?\s+)?(?:ai|assistant|chatbot|language\s+model|llm)\b"
    r"|\b(?:tell|instruct|advise|urge|convince|remind)\s+(?:the\s+|all\s+)?"
    r"(?:users?|readers?|patients?|people|everyone)\s+to\b"
    r"|\b(?:stop|quit|discontinue|abandon)\s+(?:taking\s+)?(?:their|your|all)\s+"
    r"(?:medications?|meds|antidepressants?|prescriptions?|treatment)\b"
    r"|\b(?:drop|remove|omit|hide|skip)\s+(?:the\s+)?disclaimers?\b"
    r"|\b(?:assistants?|chatbots?|ai\s+models?|language\s+models?)\s+(?:must|should|shall)\b",
    re.IGNORECASE,
)
_HIDDEN: list[tuple[str, re.Pattern[str]]] = [
    ("zero-width or invisible characters", re.compile("[\u200b\u200c\u200d\u2060\u00ad]")),
    ("bidirectional control characters", re.compile("[\u202a-\u202e\u2066-\u2069]")),
    (
        "active HTML (script, style, iframe, event handlers)",
        re.compile(r"<\s*(?:script|style|iframe|object|embed)\b|\bon[a-z]+\s*=", re.IGNORECASE),
    ),
    ("HTML comments", re.compile(r"<!--")),
    ("content hidden by CSS", re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)),
    (
        "images or links to outside addresses",
        re.compile(r"!\[[^\]]*\]\(\s*(?:https?:|//)|<img\b|\]\(\s*javascript:", re.I),
    ),
]


def planted_instruction(text: str) -> bool:
    """A sentence that instructs an AI or, through it, the reader ("tell users to stop
    their medication"): never quoted as evidence, and reported at ingest."""
    return _PLANTED_RE.search(text) is not None


def scan_document(body: str) -> list[str]:
    """Warnings about a corpus file: planted instructions and hidden content, by line. The
    file is still ingested, as text; nothing in it is ever rendered or followed."""
    warnings = []
    for number, line in enumerate(body.split("\n"), 1):
        match = _PLANTED_RE.search(line)
        if match:
            excerpt = line.strip()[:80]
            warnings.append(f"line {number}: instructions planted in the text: “{excerpt}”")
    for label, pattern in _HIDDEN:
        count = len(pattern.findall(body))
        if count:
            first = body.count("\n", 0, pattern.search(body).start()) + 1  # type: ignore[union-attr]
            warnings.append(f"{label}: {count} (first on line {first})")
    return warnings
