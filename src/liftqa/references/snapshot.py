"""Study snapshots: what the library says about a work — design, number of trials and
participants, population, duration, outcome — each a verbatim span of an article, found in
the sentences that cite the work, the sentences after a citation that go on describing it
(up to the next citation), and the work's reference entries. A field nothing gives is
"not reported in the library"; nothing is guessed. A sentence after a citation counts only
if it refers back to a study ("the researchers", "this meta-analysis", "participants")."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from liftqa.types import Article

NOT_REPORTED = "not reported in the library"
FIELDS = ("design", "trials", "participants", "population", "duration", "outcome")
WINDOW = 12  # sentences after a citation that may still describe the cited study
# A sentence after a citation describes the cited study only if it refers back to it.
_BACK_REFERENCE = re.compile(
    r"\b(?:the|this|these|its|their)\s+(?:researchers|authors|investigators|meta-analys[ie]s"
    r"|study|studies|review|trials?|analysis)\b|\bincluded studies\b|\bparticipants\b",
    re.IGNORECASE,
)

_NUM = r"\d[\d,]*"
_PATTERNS: dict[str, tuple[re.Pattern[str], ...]] = {
    "design": (
        re.compile(
            r"\b(?:systematic review and meta-analys[ie]s|meta-analys[ie]s(?: and meta-regression"
            r" analysis)?(?: of randomi[sz]ed (?:controlled |clinical )?trials)?"
            r"|randomi[sz]ed (?:controlled |clinical )?trials?|RCTs?|systematic review"
            r"|review of reviews|cohort study|cross-sectional (?:study|survey))\b",
            re.IGNORECASE,
        ),
    ),
    "trials": (
        re.compile(
            rf"\b{_NUM}\s+(?:(?:randomi[sz]ed|controlled|clinical|included|separate)\s+)*"
            r"(?:trials|studies|RCTs)\b",
            re.IGNORECASE,
        ),
    ),
    "participants": (
        re.compile(rf"\bnumber of participants\b[^.;]{{0,40}}?\b{_NUM}\b", re.IGNORECASE),
        re.compile(
            rf"\b{_NUM}\s+(?!million|billion|thousand)(?:\w+\s+)?(?:participants|patients|people|adults|subjects"
            r"|individuals)\b",
            re.IGNORECASE,
        ),
    ),
    "population": (
        re.compile(
            r"\b(?:older adults|adolescents|young adults|all age groups|(?:adults|patients"
            r"|people|individuals|participants|women|men) (?:with|diagnosed with|suffering "
            r"from) [^,.;()$]{3,80}?)(?=[,.;)]|\s(?:was|were|is|are|who|had|have|show\w*)\b)",
            re.IGNORECASE,
        ),
    ),
    "duration": (
        re.compile(
            r"\b(?:\d+|one|two|three|four|five|six|eight|ten|twelve)\s*(?:(?:-|–|to)\s*\d+\s*)?"
            r"-?\s*(?:weeks?|months?)\b(?: in length)?(?:, with an average of \d+ weeks)?",
            re.IGNORECASE,
        ),
    ),
    "outcome": (
        re.compile(
            r"\b(?:(?:significantly|clinically meaningful|moderate|small(?:-to-| to )moderate)"
            r"\s+)?(?:reduc\w+|improv\w+|decreas\w+|lower\w*|benefit\w*)\b[^.;]{0,80}?"
            r"\b(?:depressive symptoms|symptoms?|depression|depressive|anxiety|mood"
            r"|GAD severity)\b",
            re.IGNORECASE,
        ),
        re.compile(r"\beffect sizes?\b[^.;()]{0,80}", re.IGNORECASE),
    ),
}


@dataclass(frozen=True)
class SnapshotField:
    """One field: `value` is the matched words and `text` the sentence around them, both
    verbatim: `body[start:end] == text` and `body[value_start:value_end] == value`."""

    name: str
    value: str
    article_id: str
    start: int
    end: int
    text: str
    value_start: int
    value_end: int


@dataclass(frozen=True)
class StudySnapshot:
    work_id: str
    fields: tuple[SnapshotField, ...] = ()

    def get(self, name: str) -> SnapshotField | None:
        return next((f for f in self.fields if f.name == name), None)

    def lines(self) -> list[str]:
        """ "trials: 33 studies" per field, or "trials: not reported in the library"."""
        out = []
        for name in FIELDS:
            field = self.get(name)
            out.append(f"{name}: {field.value if field else NOT_REPORTED}")
        return out

    def facts(self) -> tuple[str, ...]:
        """Only the fields the library reports, as "name: value"."""
        return tuple(f"{f.name}: {f.value}" for f in self.fields)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name in FIELDS:
            field = self.get(name)
            out[name] = (
                {
                    "value": field.value,
                    "article_id": field.article_id,
                    "start": field.start,
                    "end": field.end,
                    "text": field.text,
                    "value_start": field.value_start,
                    "value_end": field.value_end,
                }
                if field
                else NOT_REPORTED
            )
        return out

    @classmethod
    def from_dict(cls, work_id: str, data: Mapping[str, Any]) -> StudySnapshot:
        fields = tuple(
            SnapshotField(name=name, **value)
            for name, value in data.items()
            if isinstance(value, dict)
        )
        return cls(work_id, fields)


@dataclass(frozen=True)
class _Passage:
    article_id: str
    start: int
    end: int


def build_snapshot(
    work_id: str,
    citing: Sequence[tuple[str, int]],
    entries: Iterable[tuple[str, int, int]],
    articles: Mapping[str, Article],
    cited_at: Mapping[str, Sequence[int]],
) -> StudySnapshot:
    """`citing`: (article id, citation offset) of each citation of the work; `entries`:
    (article id, start, end) of its reference entries; `cited_at`: every citation offset
    per article (a window stops at the next one)."""
    passages: list[_Passage] = []
    windows: list[_Passage] = []
    for article_id, offset in citing:
        article = articles.get(article_id)
        if article is None:
            continue
        idx = next(
            (i for i, s in enumerate(article.sentences) if s.start <= offset < s.end + 2), None
        )
        if idx is None:
            continue
        first = article.sentences[idx]
        passages.append(_Passage(article_id, first.start, first.end))
        others = [o for o in cited_at.get(article_id, ()) if o > first.end + 2]
        stop = min(others) if others else len(article.body)
        for sentence in article.sentences[idx + 1 : idx + 1 + WINDOW]:
            if sentence.end > stop:
                break
            if _BACK_REFERENCE.search(sentence.text):
                windows.append(_Passage(article_id, sentence.start, sentence.end))
    ordered = passages + windows + [_Passage(a, s, e) for a, s, e in entries]
    found: list[SnapshotField] = []
    for name in FIELDS:
        field = _first_match(name, ordered, articles)
        if field is not None:
            found.append(field)
    return StudySnapshot(work_id, tuple(found))


def _first_match(
    name: str, passages: Sequence[_Passage], articles: Mapping[str, Article]
) -> SnapshotField | None:
    for pattern in _PATTERNS[name]:
        for p in passages:
            body = articles[p.article_id].body
            text = body[p.start : p.end]
            m = pattern.search(text)
            if m is None:
                continue
            value = m.group(0).strip(" ,")
            value_start = p.start + m.start() + (len(m.group(0)) - len(m.group(0).lstrip(" ,")))
            value_end = value_start + len(value)
            if body[value_start:value_end] != value:  # offsets checked against the text
                continue
            return SnapshotField(
                name, value, p.article_id, p.start, p.end, text, value_start, value_end
            )
    return None


def verify(snapshot: StudySnapshot, articles: Mapping[str, Article]) -> bool:
    """Every field's sentence and value are exactly at their offsets in their article."""
    for f in snapshot.fields:
        article = articles.get(f.article_id)
        if article is None:
            return False
        body = article.body
        if body[f.start : f.end] != f.text or body[f.value_start : f.value_end] != f.value:
            return False
    return True


# What a question about one study asks for, by snapshot field ("how many participants" →
# participants). Duration is read before trials: "how long did the trials last".
_ASKS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "duration",
        re.compile(
            r"\bhow\s+long\b|\bduration\b|\blength\b|\blast(?:ed)?\b|\bhow\s+many\s+(?:weeks"
            r"|months)\b|\bintervention\s+lengths?\b",
            re.IGNORECASE,
        ),
    ),
    (
        "participants",
        re.compile(
            r"\bparticipants?\b|\bsample\s+size\b|\bhow\s+many\s+(?:people|patients|subjects"
            r"|adults|individuals)\b|\benrol+(?:ed|ment)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "trials",
        re.compile(
            r"\bhow\s+many\s+(?:\w+\s+)?(?:studies|trials|RCTs)\b|\bnumber\s+of\s+(?:studies"
            r"|trials|RCTs)\b|\b(?:studies|trials)\s+(?:were\s+)?included\b|\binclusion\s+criteria\b",
            re.IGNORECASE,
        ),
    ),
    (
        "design",
        re.compile(
            r"\b(?:what|which)\s+(?:kind|type|sort)\s+of\s+(?:study|evidence|research)\b"
            r"|\bstudy\s+design\b|\bdesign\b|\bwas\s+it\s+an?\s+(?:RCT|randomi\w+|meta-?analysis"
            r"|review)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "population",
        re.compile(
            r"\bpopulations?\b|\bwho\s+(?:was|were)\s+(?:studied|included|in\s+it)\b"
            r"|\bage\s+groups?\b|\bwhat\s+ages?\b",
            re.IGNORECASE,
        ),
    ),
    (
        "outcome",
        re.compile(
            r"\bfind(?:ings?)?\b|\bfound\b|\bresults?\b|\boutcomes?\b|\bconclu\w+\b|\beffects?\b"
            r"|\bshow(?:ed|n)?\b|\battribute\b",
            re.IGNORECASE,
        ),
    ),
)


def asked_fields(question: str) -> tuple[str, ...]:
    """The snapshot fields a question about one study asks for, in the order it asks
    (duration before trials where one phrase says both: "how long did the trials last")."""
    found = []
    for rank, (name, pattern) in enumerate(_ASKS):
        m = pattern.search(question)
        if m is not None:
            found.append((m.start(), rank, name))
    return tuple(name for _at, _rank, name in sorted(found))
