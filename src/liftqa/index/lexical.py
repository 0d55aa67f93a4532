"""Lexical search: tokenization (Snowball stems, stop words), BM25 (bm25s) and rarity-
weighted term coverage. No chromadb: the answer stage uses these directly."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import bm25s
import numpy as np
import Stemmer

from liftqa.types import Unit

_STEMMER = Stemmer.Stemmer("english")
# bm25s's English list plus the words questions are made of ("how", "what", "should"…),
# which would otherwise count as rare, telling terms.
_QUESTION_WORDS = (
    "what whats how why when where which who whom whose does doe do did done should would "
    "could can may might must shall will many much i im ive me my mine myself we our you your "
    "yours it its they them their there here any some about tell know get got also just "
    "really very anything something someone anyone thing things way ways lot lots please have "
    "has had having be been being am main key major actual actually exactly specific "
    "specifically particular particularly generally overall kind kinds type types claim claims "
    "dont doesnt didnt cant wont isnt arent im ive ur u supposed all anymore lately yesterday like "
    # how a question refers to the library, not what it asks about ("what role do the articles
    # attribute to inflammation"): rare in the text, so they would outweigh the topic
    "article articles role roles attribute attributes attributed mention mentions mentioned "
    "discuss discusses discussed describe describes described according"
)
STOPWORDS = sorted(set(bm25s.stopwords.STOPWORDS_EN) | set(_QUESTION_WORDS.split()))


# British and American spellings of one stem ("behavioural activation", "programme").
SPELLING: dict[str, str] = {
    "behaviour": "behavior",
    "programm": "program",
    "generalis": "general",
    "randomis": "random",
    "organis": "organiz",
    "recognis": "recogn",
    "centr": "center",
    "fibr": "fiber",
    "anaemia": "anemia",
    "oestrogen": "estrogen",
    "haemoglobin": "hemoglobin",
    "colour": "color",
    "favour": "favor",
}


# bm25s's tokenization (`bm25s.tokenize`: scikit-learn's token pattern on lower-cased text,
# stop words out, then stemmed), done here without its per-call cost (three progress bars
# and a stop-word set built for every text: 0.2 ms a question, several times an answer)
_TOKEN = re.compile(r"(?u)\b\w\w+\b")
_STOP = frozenset(STOPWORDS)


def tokenize(texts: Sequence[str]) -> list[list[str]]:
    """Lower-cased, stop words removed, Snowball-stemmed: "Lifting" and "lifts" → "lift";
    British spellings as American ones ("behavioural" → "behavior")."""
    if isinstance(texts, str):  # one text, as bm25s takes it
        texts = [texts]
    out: list[list[str]] = []
    for text in texts:
        words = [w for w in _TOKEN.findall(text.lower()) if w not in _STOP]
        out.append([SPELLING.get(t, t) for t in _STEMMER.stemWords(words)])
    return out


# Users' words and the articles' words for the same thing, as groups of stems: a question
# term also matches the other members of its group (at SYNONYM_WEIGHT of its own weight).
SYNONYM_GROUPS: tuple[frozenset[str], ...] = (
    frozenset({"lift", "weight", "weightlift", "gym", "resist", "strength", "powerlift", "ret"}),
    frozenset({"depress", "low", "sad", "down", "blue"}),
    frozenset(
        {
            "anxieti",
            "anxious",
            "nervous",
            "panic",
            "worri",
            "gad",
            "scare",
            "afraid",
            "fear",
            "frighten",
            "intimid",
        }
    ),
    frozenset({"med", "medic", "antidepress", "pill", "drug", "pharmacotherapi"}),
    frozenset({"therapi", "psychotherapi", "counsel"}),
    frozenset({"often", "frequenc", "week", "session"}),
    frozenset({"hour", "minut", "durat", "long"}),
    frozenset({"heavi", "intens", "load"}),
    frozenset({"sleep", "insomnia"}),
    frozenset({"older", "elder", "age", "senior", "old"}),
    frozenset({"safe", "risk", "caution", "danger"}),
    frozenset({"blood", "hypertens", "cardiovascular"}),
    frozenset({"confid", "esteem", "self-esteem", "self-worth"}),
    # From the articles' own words (issue 12): what users say ↔ what the articles say.
    frozenset({"ptsd", "trauma", "traumat"}),
    frozenset({"anhedonia", "enjoy", "pleasur"}),
    frozenset({"max", "maximum", "1rm"}),
    frozenset({"barrier", "obstacl", "hurdl"}),
    frozenset({"lone", "loneli", "communiti", "belong", "social"}),
    frozenset({"workout", "session"}),
    frozenset({"rep", "repetit"}),
    frozenset({"prescript", "guidelin"}),
)
SYNONYM_WEIGHT = 0.7
CONTEXT_WEIGHT = 0.4  # a term found only where the text stands (its section, its list)
# The same table for the dense side: a user's phrase → the articles' phrase, appended to the
# question before it is embedded ("does lifting help?" is also "… resistance training").
PHRASES: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(
            r"\b(?:lift\w*|weight\s*lift\w*|weights|weight\s+training|gym|pumping\s+iron"
            r"|powerlift\w*)\b",
            re.IGNORECASE,
        ),
        "resistance training",
    ),
    (
        re.compile(
            r"\b(?:feel(?:ing)?\s+(?:low|down|blue|sad)|low\s+mood|sad(?:ness)?|bummed)\b",
            re.IGNORECASE,
        ),
        "depression",
    ),
    (re.compile(r"\b(?:nervous|panic\w*|anxious|worr(?:y|ied|ying))\b", re.IGNORECASE), "anxiety"),
    # "is it better than running?": in this library "it" is strength training
    (
        re.compile(
            r"^\W*(?:is|does|can|will|would|could|should|do\s+i\s+need)\s+it\b", re.IGNORECASE
        ),
        "resistance training",
    ),
    (re.compile(r"\b(?:meds|pills)\b", re.IGNORECASE), "medication"),
    (re.compile(r"\bptsd\b|\bpost-?\s?traumatic\b", re.IGNORECASE), "trauma"),
    (
        re.compile(
            r"\b(?:don'?t|dont|do\s+not|can'?t|cant|cannot|no\s+longer)\s+(?:\w+\s+)?enjoy\b"
            r"|\blost\s+(?:all\s+)?interest\b|\bnothing\s+(?:is\s+)?fun\b|\bno\s+(?:pleasure|joy)\b",
            re.IGNORECASE,
        ),
        "anhedonia (loss of pleasure)",
    ),
    (
        re.compile(
            r"(?:%|\bpercent(?:age)?)\s+of\s+(?:my\s+|your\s+|the\s+)?max\b|\b1\s?rm\b"
            r"|\bone[-\s]rep(?:etition)?\s+max\b|\bmax(?:imum)?\s+(?:lift|weight)\b",
            re.IGNORECASE,
        ),
        "one-repetition maximum",
    ),
    (
        re.compile(
            r"\bwhat\s+(?:stops|keeps|prevents|holds)\b|\bhard\s+to\s+(?:start|begin|get\s+"
            r"(?:started|going))\b|\bget\s+past\b|\bobstacles?\b|\bexcuses?\b",
            re.IGNORECASE,
        ),
        "barriers",
    ),
    (
        re.compile(
            r"\b(?:alone|lonely|loneliness|isolated|no\s+friends|(?:don'?t|dont)\s+(?:really\s+)?"
            r"have\s+anyone)\b",
            re.IGNORECASE,
        ),
        "community, belonging, social",
    ),
    (
        re.compile(
            r"\bhow\s+long\s+(?:should\s+|does\s+|do\s+)?(?:each|a|my|one|the|your)\s+"
            r"(?:workout|session)s?\b|\b(?:workout|session)\s+(?:length|duration)\b"
            r"|\bhalf\s+an\s+hour\b",
            re.IGNORECASE,
        ),
        "session duration, minutes",
    ),
    (
        re.compile(
            r"\bobsess\w*\s+(?:over|about|with)\s+(?:my|your|their)\s+(?:body|looks?|appearance"
            r"|weight)\b|\bin\s+the\s+mirror\b|\bhow\s+i\s+look\b|\bhate\s+(?:my|the\s+way\s+i)"
            r"\s+(?:body|look)\b",
            re.IGNORECASE,
        ),
        "body dysmorphia, aesthetics, physique",
    ),
    (
        re.compile(
            r"\bdo(?:es)?\s+to\s+(?:your|my|the|our)\s+brains?\b|\bbrain\s+chemi\w+\b"
            r"|\bchemicals?\s+in\s+(?:your|my|the)\s+brain\b",
            re.IGNORECASE,
        ),
        "neurotransmitters, BDNF, endorphins",
    ),
    (
        re.compile(
            r"\bantidepressant\s+(?:response|effects?|benefits?)(?=\s+(?:to|of|from)\s+(?:resistance"
            r"|strength|exercise|training|lifting)\b)",
            re.IGNORECASE,
        ),
        "reductions in depressive symptoms",
    ),
    (
        re.compile(r"\bhow\s+(?:often|frequently|many\s+(?:times|days|sessions))\b", re.IGNORECASE),
        "sessions per week, frequency",
    ),
    (
        re.compile(
            r"\b(?:already|currently|still)\s+(?:on|taking)\b|\bwhile\s+(?:on|taking)\b"
            r"|\bon\s+top\s+of\s+(?:my\s+)?(?:meds|medication|pills|therapy)\b",
            re.IGNORECASE,
        ),
        "combined with, complementary",
    ),
    (
        re.compile(
            r"\b(?:i'?m|im|i\s+am)\s+[6-9]\d\b|\btoo\s+old\b|\bin\s+my\s+[6-9]0s\b"
            r"|\bretired\b|\bpensioners?\b",
            re.IGNORECASE,
        ),
        "older adults, elderly",
    ),
)


def expand_for_meaning(question: str) -> str:
    """The question with the articles' words for what it names in users' words."""
    extra = [phrase for pattern, phrase in PHRASES if pattern.search(question)]
    extra = [p for p in extra if p.lower() not in question.lower()]
    return f"{question} ({', '.join(extra)})" if extra else question


def phrase_synonyms(question: str) -> dict[str, frozenset[str]]:
    """For the lexical side: each stem of a user's phrase the table knows → the stems of
    the articles' phrase ("what stops people" → "stop" → {"barrier"}), counted like
    synonyms for this question only. Short stems ("one") are left out, and so is a phrase
    the question already uses ("session duration")."""
    out: dict[str, frozenset[str]] = {}
    asked: set[str] | None = None
    for pattern, phrase in PHRASES:
        found = [m.group(0) for m in pattern.finditer(question)]
        if not found:
            continue
        theirs = frozenset(t for t in tokenize([phrase])[0] if len(t) >= 4)
        asked = set(tokenize([question])[0]) if asked is None else asked
        if len(theirs & asked) * 2 >= len(theirs):
            continue  # the question already says it (mostly) in the articles' words
        for t in (x for f in tokenize(found) for x in f):
            out[t] = out.get(t, frozenset()) | (theirs - {t})
    return out


def phrase_stems(question: str) -> list[str]:
    """The stems of the articles' phrases for what the question says in users' words."""
    return [t for stems in phrase_synonyms(question).values() for t in sorted(stems)]


_SYNONYMS: dict[str, frozenset[str]] = {}
for _group in SYNONYM_GROUPS:
    for _stem in _group:
        _SYNONYMS[_stem] = _SYNONYMS.get(_stem, frozenset()) | (_group - {_stem})


def synonyms(stem: str) -> frozenset[str]:
    """The other stems of `stem`'s synonym groups ("lift" → "resist", "strength", …)."""
    return _SYNONYMS.get(stem, frozenset())


def expand_query(tokens: Sequence[str]) -> list[str]:
    """The query's stems, then their synonyms not already there (for BM25)."""
    out = list(dict.fromkeys(tokens))
    seen = set(out)
    for token in tokens:
        for syn in sorted(synonyms(token)):
            if syn not in seen:
                seen.add(syn)
                out.append(syn)
    return out


@functools.lru_cache(maxsize=8192)
def correct(token: str, vocabulary: frozenset[str]) -> str:
    """A misspelt query stem ("anxeiti", "insomina") → the known stem one edit away (two
    for longer words) with the same first letter; another form of a known stem
    ("methodolog" → "method") → that stem; known or unmatched stems are returned as they
    are. Candidates come from a deletion index of the vocabulary, so this stays fast."""
    if token in vocabulary or len(token) < 5 or token in _SYNONYMS:
        return token
    speller = _speller(vocabulary)
    related = [token[:k] for k in range(len(token) - 1, 4, -1) if token[:k] in vocabulary]
    related += speller.longer.get(token, [])
    if related:
        return max(related, key=lambda w: (min(len(w), len(token)), -len(w), w))
    if len(token) < 7:
        return token  # too short to tell a typo from another word ("powder" is not "power")
    limit = 1 if len(token) < 10 else 2
    candidates = {w for d in _deletions(token, limit) for w in speller.deletes.get(d, ())}
    best, best_d = token, limit + 1
    for word in sorted(candidates):
        if word[0] != token[0]:
            continue
        d = _edit_distance(token, word, limit)
        if d < best_d:
            best, best_d = word, d
    return best if best_d <= limit else token


@dataclass(frozen=True)
class _Speller:
    deletes: dict[str, tuple[str, ...]]  # a word with up to two letters deleted → words
    longer: dict[str, list[str]]  # a prefix of five or more letters → words starting so


@functools.lru_cache(maxsize=8)
def _speller(vocabulary: frozenset[str]) -> _Speller:
    deletes: dict[str, set[str]] = {}
    longer: dict[str, list[str]] = {}
    for word in vocabulary:
        if len(word) < 4:
            continue
        for d in _deletions(word, 2):
            deletes.setdefault(d, set()).add(word)
        for k in range(5, len(word)):
            longer.setdefault(word[:k], []).append(word)
    return _Speller({d: tuple(sorted(ws)) for d, ws in deletes.items()}, longer)


def _deletions(word: str, depth: int) -> set[str]:
    out = {word}
    frontier = {word}
    for _ in range(depth):
        frontier = {w[:i] + w[i + 1 :] for w in frontier for i in range(len(w))}
        out |= frontier
    return out


def _edit_distance(a: str, b: str, cap: int) -> int:
    """Damerau–Levenshtein (adjacent swaps count once), stopping early past `cap`."""
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > cap:
            return cap + 1
        prev2, prev = prev, cur
    return prev[-1]


class LexicalIndex:
    """BM25 over a fixed list of units; `scores(query)` gives one score per unit."""

    def __init__(self, units: Sequence[Unit], tokens: list[list[str]] | None = None) -> None:
        """`tokens`: the units' texts already tokenized, when the caller has them."""
        self.units = list(units)
        self._bm25: Any = None
        self.vocabulary: frozenset[str] = frozenset()
        if self.units:
            self._bm25 = bm25s.BM25()
            corpus = tokens if tokens is not None else tokenize([u.text for u in self.units])
            self.vocabulary = frozenset(t for doc in corpus for t in doc)
            _speller(self.vocabulary)  # built with the index, not on a question's time
            self._bm25.index(corpus, show_progress=False)

    def scores(self, query: str) -> np.ndarray:
        if self._bm25 is None:
            return np.zeros(0, dtype=np.float32)
        vocabulary = self.vocabulary
        tokens = expand_query([correct(t, vocabulary) for t in tokenize([query])[0]])
        tokens += [t for t in phrase_stems(query) if t not in tokens]
        tokens = [t for t in tokens if t in vocabulary]
        if not tokens:
            return np.zeros(len(self.units), dtype=np.float32)
        return np.asarray(self._bm25.get_scores(tokens), dtype=np.float32)

    def top(self, query: str, k: int) -> list[tuple[int, float]]:
        return top_k(self.scores(query), k, positive_only=True)


def top_k(scores: np.ndarray, k: int, *, positive_only: bool = False) -> list[tuple[int, float]]:
    """The k best (index, score), best first, ties by index: a partial selection, so it
    stays fast on a large corpus."""
    if scores.size == 0 or k <= 0:
        return []
    part = np.argpartition(-scores, k - 1)[:k] if scores.size > k else np.arange(scores.size)
    order = part[np.lexsort((part, -scores[part]))]
    return [(int(i), float(scores[i])) for i in order if not positive_only or scores[i] > 0]


class TermCoverage:
    """How much of a question's vocabulary a text covers, weighted by rarity (IDF): 1.0 when
    every (stemmed, non-stopword) question term occurs in it. Unlike BM25 normalised by the
    best match, this is absolute: a question whose words the corpus lacks scores low."""

    def __init__(
        self,
        texts: Sequence[str],
        tokens: list[list[str]] | None = None,
        context: Sequence[Sequence[str]] | None = None,
    ) -> None:
        """`context`: per text, the stems of where it stands (its article's title and its
        section), which count as covered too, so "Frequency and Duration" items answer "how
        often"."""
        if tokens is None:
            tokens = tokenize(texts) if texts else []
        self.term_sets = [frozenset(t) for t in tokens]
        contexts = context if context is not None else [()] * len(tokens)
        self.context_sets = [
            frozenset(c) - t for c, t in zip(contexts, self.term_sets, strict=True)
        ]
        self._context_postings: dict[str, list[int]] = {}
        for i, terms in enumerate(self.context_sets):
            for term in terms:
                self._context_postings.setdefault(term, []).append(i)
        self._postings: dict[str, list[int]] = {}
        for i, terms in enumerate(self.term_sets):
            for term in terms:
                self._postings.setdefault(term, []).append(i)
        n = len(self.term_sets)
        df: dict[str, int] = {}
        for terms in self.term_sets:
            for term in terms:
                df[term] = df.get(term, 0) + 1
        self._n = n
        self._idf = {t: float(np.log((n + 1) / (c + 0.5))) for t, c in df.items()}
        self._vocabulary = frozenset(self._idf)
        _speller(self._vocabulary)

    def idf(self, term: str) -> float:
        """Squared IDF: the rare word a question hinges on ("hippocampus") outweighs the
        common ones it shares with everything ("training")."""
        return self._idf.get(term, float(np.log((self._n + 1) / 0.5))) ** 2

    def query_terms(self, query: str) -> dict[str, float]:
        """Each (spelling-corrected) question stem with its weight."""
        vocabulary = self._vocabulary
        return {
            t: self.idf(t)
            for t in dict.fromkeys(correct(t, vocabulary) for t in tokenize([query])[0])
        }

    def _mask(self, term: str, postings: dict[str, list[int]] | None = None) -> np.ndarray:
        mask = np.zeros(len(self.term_sets), dtype=bool)
        mask[(self._postings if postings is None else postings).get(term, [])] = True
        return mask

    def mask_any(self, stems: set[str] | frozenset[str]) -> np.ndarray:
        """Per text: it has any of these stems."""
        mask = np.zeros(len(self.term_sets), dtype=bool)
        for stem in stems:
            mask[self._postings.get(stem, [])] = True
        return mask

    def coverage_all(
        self, terms: dict[str, float], extra: dict[str, frozenset[str]] | None = None
    ) -> np.ndarray:
        """`coverage(terms, i)` for every text at once; `extra`: the articles' phrase for
        a term of this question (`phrase_synonyms`), counted in proportion to how much of
        the phrase a text has ("session duration, minutes": "short sessions (20-30
        minutes)" more than "2-3 sessions per week")."""
        got = np.zeros(len(self.term_sets), dtype=np.float64)
        total = sum(terms.values())
        if total <= 0 or not self.term_sets:
            return got
        for t, w in terms.items():
            has = self._mask(t)
            near = self.mask_any(synonyms(t))
            phrase = (extra or {}).get(t, frozenset())
            part = np.zeros(len(has), dtype=np.float64)
            for stem in phrase:
                part += self._mask(stem)
            credit = np.maximum(near.astype(np.float64), part / max(len(phrase), 1))
            around = self._mask(t, self._context_postings)
            for other in synonyms(t) | phrase:  # "Common Barriers and Solutions" items
                around |= self._mask(other, self._context_postings)
            got += w * has + SYNONYM_WEIGHT * w * credit * ~has
            got += CONTEXT_WEIGHT * w * (around & ~has & (credit == 0))
        return got / total

    def coverage(
        self, terms: dict[str, float], i: int, extra: dict[str, frozenset[str]] | None = None
    ) -> float:
        """Share of the question's weight text `i` covers: a term counts fully when the text
        has it, at SYNONYM_WEIGHT when it has one of its synonyms (or, in proportion, the
        articles' phrase for it), at CONTEXT_WEIGHT when only where it stands has it. One
        text's view of `coverage_all`."""
        return float(self.coverage_all(terms, extra)[i])
