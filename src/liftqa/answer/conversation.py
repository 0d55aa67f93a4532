"""Follow-up questions: "what about for anxiety?" after "Does lifting help with depression?"
is searched as "Does lifting help with anxiety?". Rule-based and transparent: the rewritten
question is shown to the user. Safety checks always run on what the user actually typed.

The rules, in order (only the last two questions matter; the caller drops risk turns):
1. A frame that returns to something ("going back to X", "back to X", "returning to X") is
   stripped. With a question of its own after X ("going back to Gordon - did supervision
   matter?") the rest is searched as it stands; X alone is treated like "what about X?".
2. "what/how about X", "and X?", "also X?", "same for X": X replaces what it names in the
   previous question — a named study ("Kirsch 2008", "Gordon et al.", "the Cuijpers
   meta-analysis") replaces the named study, a condition or outcome (anxiety, sleep) the
   condition, a group (older adults, women) the group; a group the previous question lacks
   is added ("… in older adults?"). Nothing to replace: X is added to the previous question.
3. A short message with a pronoun ("how often should I do it?") or with no content words of
   its own ("what should I do first?", "tell me more") carries the previous question; one
   naming its own condition or group swaps it in ("does it help with confidence too?").
4. Anything else names its own subject and starts a new topic: searched as typed.
The previous question is itself resolved against the one before it, so a chain of
follow-ups keeps its subject ("… depression?" → "what about anxiety?" → "and for women?").
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

# Conditions and outcomes the articles discuss; a follow-up naming one swaps it in.
CONDITIONS = (
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
    "schizophrenia",
    "bipolar disorder",
    "ocd",
    "chronic pain",
    "fatigue",
    "wellbeing",
    "well-being",
    "quality of life",
)
# Populations; a follow-up naming one swaps it in, or adds it when there was none.
GROUPS = (
    "older adults",
    "older people",
    "elderly",
    "seniors",
    "adolescents",
    "teenagers",
    "teens",
    "children",
    "young adults",
    "students",
    "women",
    "men",
    "beginners",
    "veterans",
    "athletes",
)
TOPICS = CONDITIONS + GROUPS


def _alternation(words: Sequence[str]) -> re.Pattern[str]:
    ordered = sorted(words, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(w) for w in ordered) + r")\b", re.IGNORECASE)


_CONDITION_RE = _alternation(CONDITIONS)
_GROUP_RE = _alternation(GROUPS)
_TOPIC_RE = _alternation(TOPICS)

_FOLLOW_UP_RE = re.compile(
    r"^\s*(?:and|but|ok(?:ay)?|so)?[\s,]*(?:what|how)\s+about\s+(?:for\s+|with\s+|in\s+|on\s+)?"
    r"(?P<x>.+?)\s*[?.!]*\s*$"
    r"|^\s*(?:and|also)\s+(?:for\s+|with\s+|in\s+)?(?P<y>[^?.!]{2,60}?)\s*[?.!]*\s*$"
    r"|^\s*(?:same|what)\s+for\s+(?P<z>.+?)\s*[?.!]*\s*$",
    re.IGNORECASE,
)
# "going back to X", "back to X", "returning to X", "coming back to X": X, then maybe a question.
_RETURN_RE = re.compile(
    r"^\s*(?:(?:and|but|ok(?:ay)?|so)[\s,]+)?"
    r"(?:(?:going|coming|getting|jumping|turning)\s+back|back|returning|to\s+return)\s+to\s+"
    r"(?P<x>.+?)\s*(?:(?:\s[-–—]+|[-–—]{2}|[:;,]|[.?!](?=\s))\s*(?P<q>.*?))?\s*[?.!]*\s*$",
    re.IGNORECASE | re.DOTALL,
)
# A study referred to, not named: "in it", "from that meta-analysis", "the same trial".
_STUDY_REF_RE = re.compile(
    r"\b(?:in|from|of|by|for)\s+(?:it|that\s+one|this\s+one)\b|\b(?:that|this|the\s+same)\s+"
    r"(?:meta[-\s]?analys[ie]s|study|trial|paper|review|rct)\b",
    re.IGNORECASE,
)
_PRONOUN_RE = re.compile(r"\b(?:it|that|this|they|them|those|these|one)\b", re.IGNORECASE)
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_YEAR = r"\(?(?:19|20)\d{2}[a-z]?\)?"
# What may follow an author's family name as part of the citation.
_CITATION_TAIL_RE = re.compile(
    r"(?:\s+(?:and|&)\s+[^\W\d_]+)?(?:\s+et\s+al\b\.?)?(?:,?\s*" + _YEAR + r")?"
)
_NAMED_TAIL_RE = re.compile(r"\s+et\s+al\b|,?\s*" + _YEAR, re.IGNORECASE)
_STUDY_AFTER_RE = re.compile(
    r"(?:'s)?\s+(?:meta-analys[ie]s|study|studies|trial|review|paper|rct)\b", re.IGNORECASE
)

# Words that carry no subject of their own: a message made only of these is a follow-up.
_FUNCTION_WORDS = frozenset(
    re.findall(
        r"\S+",
        """
    a about after again all also am an and any anything are as at be because been before
    being best better but by can could did do does doing done else even first for from get
    go going good had has have how i i'm im if in into is isn't it its just know let like
    me more most much my need next no not now of off ok okay on one or other our out over
    please really right say should so some something start started starting begin tell than
    thanks that that's the their them then there these they thing things this those to too
    try up us very want was way we well were what what's when where which who why will with
    would yes you your explain mean means example examples detail details
""",
    )
)


def contextualize(question: str, previous: Sequence[str], names: Collection[str] = ()) -> str:
    """The question to search for, given the user's earlier questions (oldest first).
    `names`: authors' family names the library cites (lowercase), so a follow-up naming one
    in lower case ("what about cuijpers?") is known to name a study."""
    known = frozenset(n.lower() for n in names)
    last = _resolved_last(previous, known)
    back = _RETURN_RE.match(question)
    if back:
        rest = (back.group("q") or "").strip()
        subject = back.group("x").strip()
        if _content_words(rest):  # X and a question of its own: a new, self-contained subject
            return f"{subject}: {question[back.start('q') :].strip()}"
        if last is None:
            return subject
        question = f"what about {subject}?"
    if last is None:
        return question
    if _STUDY_REF_RE.search(question) and _named_span(question, known, initial=False) is None:
        named = _named_span(last, known, initial=False)
        if named is not None:  # "what is the effect size in it?" after "… cites Gordon 2018"
            return f"{question} {last[named[0] : named[1]]}"
    m = _FOLLOW_UP_RE.match(question)
    if m:
        new = next(g for g in m.groups() if g).strip()
        if len(_content_words(new) - _slot_words(new, known)) >= 3:
            return question  # "what about doing squats twice a week at home?": its own subject
        return _swap_in(new, last, known) or f"{last} {new}"
    short = len(_WORD_RE.findall(question)) <= 8
    if (
        short
        and _named_span(question, known, initial=False) is None
        and (_PRONOUN_RE.search(question) or not _content_words(question))
    ):
        if _CONDITION_RE.search(question) or _GROUP_RE.search(question):
            swapped = _swap_in(question, last, known, whole=False)
            if swapped:
                return swapped
        return f"{last} {question}"
    return question


def _resolved_last(previous: Sequence[str], known: frozenset[str]) -> str | None:
    """The previous question, itself read as a follow-up of the one before it."""
    if not previous or not previous[-1].strip():
        return None
    return contextualize(previous[-1].strip(), previous[-2:-1], known)


def _content_words(text: str) -> set[str]:
    return {w.lower() for w in _WORD_RE.findall(text)} - _FUNCTION_WORDS


def _slot_words(text: str, known: frozenset[str]) -> set[str]:
    """The words of `text` that name a condition, a group or a study."""
    spans = [m.group(0) for m in _TOPIC_RE.finditer(text)]
    named = _named_span(text, known, initial=True)
    if named:
        spans.append(text[named[0] : named[1]])
    return {w.lower() for span in spans for w in _WORD_RE.findall(span)}


def _named_span(text: str, known: frozenset[str], *, initial: bool) -> tuple[int, int] | None:
    """Where `text` names a study by its authors: "Kirsch 2008", "Gordon et al. (2018)",
    "the Gordon meta-analysis" (the author part only), "cuijpers" when it is a known name.
    A capitalised first word counts only with `initial` or with a year or "et al." after it."""
    for m in _WORD_RE.finditer(text):
        word = m.group(0)
        low = word.lower()
        if low in _FUNCTION_WORDS or _TOPIC_RE.fullmatch(word):
            continue
        tail = _NAMED_TAIL_RE.match(text, m.end())
        at_start = not text[: m.start()].strip(" \t\"'(")
        capital = word[0].isupper() and not word.isupper()
        by_name = (capital and (not at_start or initial or low in known)) or (
            initial and low in known
        )
        if tail or by_name or (capital and _STUDY_AFTER_RE.match(text, m.end())):
            end = _CITATION_TAIL_RE.match(text, m.end())
            return m.start(), (end.end() if end else m.end())
    return None


def _swap_in(new: str, last: str, known: frozenset[str], *, whole: bool = True) -> str | None:
    """`last` with what `new` names swapped in (its study, condition, group), or None when
    nothing lines up. `whole`: `new` is just the thing named ("what about X?")."""
    result = last
    changed = False
    named = _named_span(new, known, initial=whole)
    if named:
        old = _named_span(last, known, initial=False)
        if old:
            result = result[: old[0]] + new[named[0] : named[1]].strip() + result[old[1] :]
            changed = True
    condition = _CONDITION_RE.search(new)
    if condition:
        old_condition = _CONDITION_RE.search(result)
        if old_condition:
            result = _CONDITION_RE.sub(lambda _: condition.group(0), result, count=1)
            changed = True
    group = _GROUP_RE.search(new)
    if group:
        if _GROUP_RE.search(result):
            result = _GROUP_RE.sub(lambda _: group.group(0), result, count=1)
            changed = True
        elif changed or condition is None:  # add the group to the same question
            body = result.rstrip(" ?.!")
            result = f"{body} in {group.group(0)}{result[len(body) :]}"
            changed = True
    if whole and not changed and condition is None and group is None and named is None:
        return None
    return result if changed else None
