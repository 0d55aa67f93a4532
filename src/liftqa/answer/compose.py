"""Compose an answer from retrieved passages: only verbatim quotes, numbered [n], as data.

1. Candidates are the sentences (and reference entries) inside the retrieved passages.
2. Each is scored against the question: cosine of sentence and question embeddings plus
   normalised BM25 over all sentences, plus a small bonus for the best passages.
3. Too weak → abstain with a fixed sentence. Otherwise the best few, without near-
   duplicates, several articles where they agree; a lead-in ending in ":" keeps its list.
4. Where a quote says there is no risk, the library's best statement of risks is added.
5. Quotes are slices of the article body (`body[start:end]`), grouped by article; the
   text of the answer is written by `render`, never here.

Questions about the library itself (who cites a study, provenance, a study's particulars)
are answered by `liftqa.answer.routes`; each quote is built by `liftqa.answer.quoting`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from liftqa.answer.amounts import Dimension, by_dimension, numbers
from liftqa.answer.differences import differences
from liftqa.answer.intent import (
    DEGREE,
    Intent,
    QuestionIntent,
    asks_if_it_helps,
    read_intent,
)
from liftqa.answer.library import Library
from liftqa.answer.model import Answer, ArticleGroup, Quote, Theme, WorkRef
from liftqa.answer.quoting import make_quote, work_ref, works_behind
from liftqa.answer.routes import (
    from_bibliography,
    from_listed_only,
    from_provenance,
    from_study,
    provenance_answer,
)
from liftqa.answer.safety import DISCLAIMER, is_reassurance, mentions_drug_dose
from liftqa.answer.spans import span_of
from liftqa.config import AnswerSettings
from liftqa.index.lexical import phrase_synonyms, synonyms, tokenize, top_k
from liftqa.index.retrieve import SearchIndex
from liftqa.ingest.hostile import planted_instruction
from liftqa.ingest.roles import NEVER_EVIDENCE
from liftqa.references.bibliography import Bibliography
from liftqa.types import Hit, Unit, UnitKind

_NO_RISK_RE = re.compile(
    r"\b(?:no|lacks?|without|free\s+of|zero)\b[^.]{0,25}\b(?:negative\s+|adverse\s+)?"
    r"(?:side\s+effects?|risks?|downsides?)\b",
    re.IGNORECASE,
)
_RISK_RE = re.compile(
    r"\b(?:risks?\s+of\s+\w+\s+injur\w*|injur(?:y|ies)|inherent\s+risks?|adverse\s+events?"
    r"|cause\s+of\s+injury|contraindicat\w*)\b",
    re.IGNORECASE,
)


W_DENSE = 0.4  # weight of meaning vs. vocabulary in a sentence's score
# A sentence's first role shifts its score: findings lead, flourishes and anecdotes trail.
ROLE_PRIOR: dict[str, float] = {
    "finding": 0.04,
    "claim": 0.0,
    "recommendation": 0.02,
    "caution": 0.02,
    "mechanism": 0.02,
    "definition": 0.0,
    "statement": 0.0,
    "lead_in": -0.04,
    "story": -0.2,  # unless the question asks for a story
    "rhetoric": -0.3,  # a flourish is quoted only when nothing else answers
}
EVIDENCE_BONUS = 0.02  # per level: questions of effect prefer studies and effect sizes
EVIDENCE_INTENTS = frozenset({"efficacy", "comparison", "quantity", "population"})
# The conditions and outcomes the articles are about, as stems: a sentence naming the one
# the question asks about ("does lifting help anxiety") answers it before one about another.
CONDITIONS = frozenset(
    {
        "depress",
        "anxieti",
        "anxious",
        "stress",
        "sleep",
        "insomnia",
        "ptsd",
        "trauma",
        "anhedonia",
        "esteem",
        "confid",
        "addict",
        "cognit",
        "memori",
        "panic",
        "mood",
        "loneli",
        "adhd",
        "gad",
        "mdd",
    }
)
PREFERRED_BONUS = 0.06  # the sentence does what the question's intent asks for
# A quantity question ("how often", "how long until", "how heavy") asks for one dimension:
# a sentence stating an amount of it gains this much (programme length does not answer
# "how often"). Measured: also requiring the lead to state one added nothing to the bonus
# on the tuning sets and cost the held-out set p@1, so the bonus alone is used.
DIMENSION_BONUS = 0.12
AMOUNT_WINDOW = 0.12  # how far below the floor the best amount asked for is still quoted
CAUTION_BONUS = 0.06  # risk questions: cautions first
HUB_PENALTY = 0.1  # at most this much off a hub sentence's score

_QUANTITY_QUESTION_RE = re.compile(
    r"\bhow\s+(?:many|much|long|often|frequently|soon|quickly)\b(?!" + DEGREE + r")"
    r"|\bwhat\s+(?:percentage|proportion|share|number|dose|amount)\b|\bhow\s+big\b",
    re.IGNORECASE,
)
# A number that is not a year and not a citation marker glued to a full stop ("life.1").
_QUANTITY_RE = re.compile(r"(?<![.\d])\b(?!(?:19|20)\d{2}\b)\d[\d,]*(?:\.\d+)?")
_BIBLIOGRAPHIC_RE = re.compile(
    r"\b(?:doi|cite[sd]?|citing|citation|reference[sd]?|published|publish|journal|paper|papers"
    r"|authors?|bibliograph\w*|sources?|et\s+al)\b|\b(?:19|20)\d{2}\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Candidate:
    index: int  # into SearchIndex.sentences.units
    unit: Unit
    score: float
    cosine: float


def compose(
    question: str,
    query_vector: Sequence[float],
    hits: Sequence[Hit],
    index: SearchIndex,
    library: Library,
    settings: AnswerSettings,
    reject: Callable[[Unit], bool] | None = None,
    also: Iterable[Intent] = (),
) -> Answer:
    """`reject`: sentences never to quote for this question (e.g. reassurance on a
    question that names a medical red flag); `also`: intents the safety layer reads that
    the wording may not show (a red flag is a risk question: its cautions are quoted).
    Questions about the articles themselves are answered from their provenance; one about
    a study's particulars leads with the sentences of its study snapshot."""
    routed = from_provenance(question, library, settings) or from_listed_only(
        question, library, settings
    )
    if routed is not None:
        return routed
    answer = _compose(question, query_vector, hits, index, library, settings, reject, also)
    study = from_study(question, library)
    if study is None:
        return answer
    spans, work = study
    spans += [(library.articles[q.article_id], q.start, q.end) for q in answer.quotes]
    refs: tuple[WorkRef, ...] = (work_ref(work),)
    refs += tuple(r for r in answer.references if r.id != work.id)
    return provenance_answer(question, library, settings, spans, refs) or answer


def _compose(
    question: str,
    query_vector: Sequence[float],
    hits: Sequence[Hit],
    index: SearchIndex,
    library: Library,
    settings: AnswerSettings,
    reject: Callable[[Unit], bool] | None,
    also: Iterable[Intent],
) -> Answer:
    scorer = Scorer(question, query_vector, index, also)
    if scorer.intent.has("citation"):
        routed = from_bibliography(question, library, settings)
        if routed is not None:
            return routed
        # "what is this based on": the sentences that cite
        scorer.scores = scorer.scores + CITED_BONUS * _cites(index, library.bibliography)
    else:
        scorer.scores = scorer.scores - FLAGGED_PENALTY * _flagged_unless_asked(
            question, index, library.bibliography
        )
    candidates = score_candidates(scorer, question, hits)
    cautions_first = scorer.intent.wants_caution_first  # and reassurance never leads
    if reject is not None:
        candidates = [c for c in candidates if not reject(c.unit)]
    if not candidates or candidates[0].score < settings.min_evidence:
        return abstain(question)
    chosen = select(candidates, index, settings, scorer.wants_quantity, scorer.dimension)
    chosen = _with_other_side(chosen, scorer, settings)
    if reject is not None:
        chosen = [c for c in chosen if not reject(c.unit)]
    floor = _floor(candidates, settings, scorer.wants_quantity, scorer.dimension)
    relevant = {(c.unit.article_id, c.unit.start) for c in candidates if c.score >= floor}
    named = scorer.conditions() if asks_if_it_helps(question) else None
    on_topic = (
        {(c.unit.article_id, c.unit.start) for c in chosen if named[c.index]}
        if named is not None
        else None
    )
    quotes, groups, themes = _number(chosen, library, relevant, cautions_first, on_topic)
    agree = _agreement(chosen, [c for c in candidates if c.score >= floor], index)
    if not quotes:
        return abstain(question)
    retrieved = {(h.unit.article_id, h.unit.start, h.unit.end) for h in hits} | {
        (c.unit.article_id, c.unit.start, c.unit.end) for c in (*candidates, *chosen)
    }  # chosen: the counter-evidence search is retrieval too
    return Answer(
        question=question,
        disclaimer=DISCLAIMER,
        quotes=tuple(quotes),
        groups=tuple(groups),
        lead=1,
        themes=tuple(themes),
        references=tuple(works_behind(quotes, library)),
        conflict=_disagree(chosen),
        differ=differences(quotes, index),
        agreement=tuple(
            max(
                (k for (a, st), k in agree.items() if a == q.article_id and q.start <= st < q.end),
                default=0,
            )
            for q in quotes
        ),
        retrieved=tuple(sorted(retrieved)),
    )


def abstain(question: str) -> Answer:
    """No evidence, no answer: the renderer says the library does not cover it."""
    return Answer(question=question, disclaimer=DISCLAIMER, abstained=True)


@dataclass(frozen=True)
class _Features:
    """What scoring needs of every sentence, derived once per index."""

    quotable: np.ndarray  # bool: may be quoted at all (length, doses, planted instructions)
    reference: np.ndarray  # bool: a reference entry
    quantity: np.ndarray  # bool: carries a quantity
    dimensions: dict[str, np.ndarray]  # dimension → bool: states an amount of it
    prior: np.ndarray  # float: ROLE_PRIOR of the first role
    story: np.ndarray  # bool: first role is a story
    never: np.ndarray  # bool: boilerplate or heading
    evidence: np.ndarray  # float: 0 none, 1 a result, 2 a study, effect size or citation
    roles: dict[str, np.ndarray]  # role → bool, any of the sentence's roles
    hub: np.ndarray  # float 0..1: how far the sentence is a hub (near to very many others)


HUB_K = 10  # a sentence's k nearest sentences: a hub is among many sentences' k nearest
HUB_FROM_Z = 2.0  # a hub from this many standard deviations above the mean k-occurrence
HUB_PROBES = 1000  # at most this many sentences probe for hubs (first question: ~2 s at 67k)


def _hubness(vectors: np.ndarray) -> np.ndarray:
    """Per sentence, 0..1: how much more often than the others it is among the `HUB_K`
    nearest sentences of the library's sentences (generic statements, "Strength training
    offers unique psychological benefits.", are near everything and answer nothing)."""
    n = len(vectors)
    if n <= HUB_K + 1:
        return np.zeros(n, dtype=np.float32)
    # the probes: every sentence, or an even sample of HUB_PROBES in a large library (the
    # counts are only compared with one another); a block at a time keeps memory small
    probes = np.linspace(0, n - 1, min(n, HUB_PROBES)).astype(int)
    counts = np.zeros(n, dtype=np.float32)
    for lo in range(0, len(probes), 1024):
        block = probes[lo : lo + 1024]
        sims = vectors[block] @ vectors.T
        sims[np.arange(len(block)), block] = -np.inf  # not its own neighbour
        nearest = np.argpartition(-sims, HUB_K, axis=1)[:, :HUB_K]
        counts += np.bincount(nearest.ravel(), minlength=n).astype(np.float32)
    spread = float(counts.std()) or 1.0
    z = (counts - counts.mean()) / spread
    hub: np.ndarray = np.clip((z - HUB_FROM_Z) / 4.0, 0.0, 1.0).astype(np.float32)
    return hub


def _features(index: SearchIndex) -> _Features:
    found = index.memo.get("compose.features")
    if isinstance(found, _Features):
        return found
    units = index.sentences
    role_lists = [u.roles for u in units]
    first = [r[0] if r else "" for r in role_lists]
    all_roles = {r for rs in role_lists for r in rs}
    features = _Features(
        quotable=np.array([_quotable(u) for u in units], dtype=bool),
        reference=np.array(
            [u.kind == "reference" or u.extra.get("role") == "reference" for u in units],
            dtype=bool,
        ),
        quantity=np.array([_QUANTITY_RE.search(u.text) is not None for u in units], dtype=bool),
        dimensions=_dimension_masks(units),
        prior=np.array([ROLE_PRIOR.get(r, 0.0) for r in first], dtype=np.float32),
        story=np.array([r == "story" for r in first], dtype=bool),
        never=np.array([r in NEVER_EVIDENCE for r in first], dtype=bool),
        evidence=np.array(
            [float(u.extra.get("evidence", 0) or 0) for u in units], dtype=np.float32
        ),
        roles={role: np.array([role in rs for rs in role_lists], dtype=bool) for role in all_roles},
        hub=_hubness(np.asarray(index.sentence_vectors, dtype=np.float32)),
    )
    index.memo["compose.features"] = features
    return features


def _dimension_masks(units: Sequence[Unit]) -> dict[str, np.ndarray]:
    found = [by_dimension(u.text) for u in units]
    names = {d for f in found for d in f}
    return {d: np.array([d in f for f in found], dtype=bool) for d in names}


class Scorer:
    """One question's view of the sentences: meaning (cosine) plus how much of the question's
    rarer vocabulary a sentence contains (synonyms count in part), shifted by what the
    sentence does against what the question asks (roles × intent); reference entries only
    for citation questions; "how many/long" questions prefer sentences with a quantity.
    Every sentence is scored at once (numpy), so nothing relevant is missed for want of a
    passage hit."""

    def __init__(
        self,
        question: str,
        query_vector: Sequence[float],
        index: SearchIndex,
        also: Iterable[Intent] = (),
    ) -> None:
        self.index = index
        q = np.asarray(query_vector, dtype=np.float32)
        self.cosines = index.sentence_vectors @ q if index.sentences else np.zeros(0)
        self.bibliographic = _BIBLIOGRAPHIC_RE.search(question) is not None
        self.wants_quantity = _QUANTITY_QUESTION_RE.search(question) is not None
        read = read_intent(question)
        self.intent: QuestionIntent = QuestionIntent(read.intents | frozenset(also), read.dimension)
        self.terms = index.sentence_terms.query_terms(question)
        self.phrases = phrase_synonyms(question)  # "what stops people" also means "barriers"
        self.excluded = frozenset(
            t for m in _EXCLUDING_RE.finditer(question) for t in tokenize([m.group(0)])[0]
        )  # "beyond injury, what …": not injury
        kept = {t: w for t, w in self.terms.items() if t not in self.excluded}
        self.terms = kept or self.terms
        if self.intent.has("citation"):  # "based on", "source", "cited": the frame, not the topic
            topic = {t: w for t, w in self.terms.items() if t not in CITATION_FRAME}
            self.terms = topic or self.terms
        self.preferred = self.intent.preferred_roles
        self.dimension: Dimension | None = self.intent.dimension
        self.features = _features(index)
        self.scores = self._score_all() if index.sentences else np.zeros(0, dtype=np.float32)

    def _score_all(self) -> np.ndarray:
        f = self.features
        lexical = self.index.sentence_terms.coverage_all(self.terms, self.phrases)
        score = W_DENSE * self.cosines + (1 - W_DENSE) * lexical
        cite = self.bibliographic or self.intent.has("citation")
        score = score + np.where(f.reference, 0.1 if cite else -0.1, 0.0)
        if self.wants_quantity:
            score = score + 0.08 * (f.quantity & ~f.reference)
        if self.dimension is not None and self.dimension in f.dimensions:
            score = score + DIMENSION_BONUS * (f.dimensions[self.dimension] & ~f.reference)
        prior = f.prior.copy()
        if self.intent.has("story"):
            prior[f.story] = np.maximum(prior[f.story], 0.0)
        score = score + prior - HUB_PENALTY * f.hub
        wanted = np.zeros(len(score), dtype=bool)
        for role in self.preferred:
            if role in f.roles:
                wanted |= f.roles[role]
        score = score + PREFERRED_BONUS * wanted
        if self.intent.intents & EVIDENCE_INTENTS:
            score = score + EVIDENCE_BONUS * f.evidence
        if self.intent.wants_caution_first and "caution" in f.roles:
            score = score + CAUTION_BONUS * f.roles["caution"]
        if self.excluded:
            score = score - EXCLUDED_PENALTY * self.index.sentence_terms.mask_any(self.excluded)
        return np.asarray(score, dtype=np.float32)

    def conditions(self) -> np.ndarray | None:
        """Per sentence: it names a condition the question names ("anxiety", "PTSD" →
        "trauma"), in its words or the articles'; None when the question names none."""
        asked = [t for t in self.terms if t in CONDITIONS]
        if not asked:
            return None
        stems = {
            stem
            for term in asked
            for stem in {term} | synonyms(term) | self.phrases.get(term, frozenset())
        }
        return self.index.sentence_terms.mask_any(stems).astype(np.float32)

    def allowed(self) -> np.ndarray:
        """Which sentences this question may quote."""
        f = self.features
        cite = self.bibliographic or self.intent.has("citation")
        allowed: np.ndarray = f.quotable & ~f.never
        return allowed if cite else allowed & ~f.reference

    def may_quote(self, unit: Unit) -> bool:
        """Reference entries only for citation questions; boilerplate and headings never."""
        role = str(unit.extra.get("role", ""))
        if unit.kind == "reference" or role == "reference":
            return self.intent.has("citation") or self.bibliographic
        return role not in NEVER_EVIDENCE

    def candidate(self, i: int, passage_rank: int | None = None) -> Candidate:
        score = float(self.scores[i])
        if passage_rank is not None and passage_rank < 3:
            score += 0.03
        return Candidate(i, self.index.sentences[i], score, float(self.cosines[i]))


POOL = 60  # best-scoring sentences that become candidates


def score_candidates(scorer: Scorer, question: str, hits: Sequence[Hit]) -> list[Candidate]:
    """The best-scoring quotable sentences of the whole library (a small bonus for those in
    the best retrieved passages), best first."""
    index = scorer.index
    if not index.sentences or not hits:
        return []
    in_hits: dict[int, int] = {}
    for rank, hit in enumerate(hits[:3]):
        for i in index.sentences_within(hit.unit.article_id, hit.unit.start, hit.unit.end):
            in_hits.setdefault(i, rank)
    allowed = scorer.allowed()
    masked = np.where(allowed, scorer.scores, -np.inf)
    pool = {i for i, s in top_k(masked, POOL) if np.isfinite(s)}
    pool |= {i for i in in_hits if allowed[i]}
    out = [scorer.candidate(i, in_hits.get(i)) for i in pool]
    out.sort(key=lambda c: (-c.score, c.unit.id))
    return out


# "Beyond injury, what …", "other than medication, …": what the question sets aside, and
# how much a sentence about it loses.
EXCLUDED_PENALTY = 0.1
_EXCLUDING_RE = re.compile(
    r"\b(?:beyond|besides|other\s+than|apart\s+from|aside\s+from|except(?:\s+for)?|excluding"
    r"|not\s+counting)\s+[\w\s'-]{1,40}?(?=[,;:?.]|\s+(?:what|which|how|who|why|are|is|do"
    r"|does|should|can|could)\b)",
    re.IGNORECASE,
)
# Stems that frame a citation question ("what is this based on", "which source is given")
# rather than name its topic: "evidence-based" sentences are not what it asks for.
CITATION_FRAME = frozenset({"base", "sourc", "cite", "citat", "refer", "attribut", "back", "given"})
CITED_BONUS = 0.12  # citation questions: a sentence that names its source answers them


def _cites(index: SearchIndex, bibliography: Bibliography) -> np.ndarray:
    """Per sentence: it holds an in-text citation (resolved to a work or not)."""
    return _holding(index, "compose.cites", ((x.article_id, x.start) for x in bibliography.links))


def _holding(index: SearchIndex, key: str, offsets: Iterable[tuple[str, int]]) -> np.ndarray:
    """Per sentence: one of these (article, offset) places falls in it (or just after it,
    where a citation follows the full stop); derived once per index under `key`."""
    found = index.memo.get(key)
    if isinstance(found, np.ndarray):
        return found
    at: dict[str, list[int]] = {}
    for article_id, offset in offsets:
        at.setdefault(article_id, []).append(offset)
    mask = np.zeros(len(index.sentences), dtype=bool)
    for i, unit in enumerate(index.sentences):
        mask[i] = any(unit.start <= o < unit.end + 2 for o in at.get(unit.article_id, ()))
    index.memo[key] = mask
    return mask


FLAGGED_PENALTY = 0.1  # a claim whose cited work does not bear it out ranks lower


def _flagged(index: SearchIndex, bibliography: Bibliography) -> np.ndarray:
    """Per sentence: a citation check flags its claim — the cited work is not about
    resistance training, or a figure rests on a mechanism or non-outcome paper (the page
    shows "check this citation" beside it; it should not lead an answer)."""
    claims = (
        (c.article_id, c.start)
        for c in bibliography.checks
        if c.rule in ("topic", "effect") and c.article_id
    )
    return _holding(index, "compose.flagged", claims)


def _flagged_unless_asked(
    question: str, index: SearchIndex, bibliography: Bibliography
) -> np.ndarray:
    """`_flagged`, except the claim the question asks about by its figure or its source
    ("where does the 55% come from", "what did Mitchell find")."""
    flagged = _flagged(index, bibliography)
    if not flagged.any():
        return flagged
    asked_numbers = numbers(question)
    asked_words = {w.lower() for w in re.findall(r"[A-Za-z]{4,}", question)}
    out = flagged.copy()
    for i in np.flatnonzero(flagged):
        text = index.sentences[i].text
        names = {w.lower() for w in re.findall(r"\b([A-Z][a-z]{3,})\s+et\s+al", text)}
        if (asked_numbers & numbers(text)) or (names & asked_words):
            out[i] = False
    return out


AGREE_COS = 0.8  # two sentences of different articles this close make the same claim


def _agreement(
    chosen: Sequence[Candidate], candidates: Sequence[Candidate], index: SearchIndex
) -> dict[tuple[str, int], int]:
    """For each chosen sentence (article, start): how many other articles make nearly the
    same claim among the relevant candidates. (Measured: ranking by it lowered nDCG, so it
    is shown, not scored.)"""
    if not chosen or len(candidates) < 2:
        return {}
    pool = list(candidates[:POOL])
    vectors = index.sentence_vectors[[c.index for c in pool]]
    out = {}
    for cand in chosen:
        close = vectors @ index.sentence_vectors[cand.index] >= AGREE_COS
        others = {pool[j].unit.article_id for j in np.flatnonzero(close)}
        others.discard(cand.unit.article_id)
        out[(cand.unit.article_id, cand.unit.start)] = len(others)
    return out


def _quotable(unit: Unit) -> bool:
    text = unit.text.strip()
    if len(text) < 25 or mentions_drug_dose(text) or (text.endswith(":") and len(text) < 45):
        return False
    if planted_instruction(text):
        return False  # a corpus file talking to the assistant is not evidence
    return unit.kind == "reference" or not text.endswith("?")


NEAR_DUPLICATE = 0.9  # cosine above which two sentences say the same thing


def _states(cand: Candidate, dimension: Dimension | None) -> bool:
    """The candidate states an amount of `dimension` ("3-4 times per week": frequency)."""
    return dimension is not None and dimension in by_dimension(cand.unit.text)


def _same_amount(a: Candidate, b: Candidate, dimension: Dimension | None) -> bool:
    """Two sentences of one article stating the same amounts of the asked dimension."""
    if dimension is None or a.unit.article_id != b.unit.article_id:
        return False
    found = by_dimension(a.unit.text).get(dimension)
    return bool(found) and found == by_dimension(b.unit.text).get(dimension)


def _floor(
    candidates: Sequence[Candidate],
    settings: AnswerSettings,
    wants_quantity: bool = False,
    dimension: Dimension | None = None,
) -> float:
    """The relevance floor: within `quote_window` of the best, and never below
    `min_evidence`. Answers are as long as the evidence, never padded. A "how many"
    question measures from its best sentence that carries a quantity. The floor is
    measured without the asked dimension's bonus: the bonus orders the answer and lets
    amounts of the dimension in, it never narrows it."""
    base = [c.score - (DIMENSION_BONUS if _states(c, dimension) else 0.0) for c in candidates]
    top = max(base)
    if wants_quantity:
        quantified = [
            b for b, c in zip(base, candidates, strict=True) if _QUANTITY_RE.search(c.unit.text)
        ]
        if quantified:
            top = min(top, max(quantified))
    return max(settings.min_evidence, top - settings.quote_window)


def _role(unit: Unit) -> str:
    return str(unit.extra.get("role", ""))


def _has_items(lead: Candidate, index: SearchIndex) -> bool:
    """A list follows this lead-in (at once, or under one subheading: "… barriers to
    implementing a routine:" / "Common Barriers and Solutions" / the items)."""
    after = index.sentences_within(lead.unit.article_id, lead.unit.end, lead.unit.end + 300)
    units = [index.sentences[i] for i in after[:2]]
    if units and _role(units[0]) == "heading":
        units = units[1:]
    return any(u.extra.get("item") for u in units[:1])


def select(
    candidates: list[Candidate],
    index: SearchIndex,
    settings: AnswerSettings,
    wants_quantity: bool = False,
    dimension: Dimension | None = None,
) -> list[Candidate]:
    """The best candidates above the relevance floor, at most `max_quotes`, without
    near-duplicates or dangling lead-ins, at most three from one article. A quantity
    question gets the best amount of what it asks for, within a second window below the
    floor, when none made it above ("how heavy": "60-80% of one-repetition maximum")."""
    floor = _floor(candidates, settings, wants_quantity, dimension)
    chosen: list[Candidate] = []
    per_article: dict[str, int] = {}
    for cand in candidates:
        if cand.score < floor or len(chosen) >= settings.max_quotes:
            break
        vec = index.sentence_vectors[cand.index]
        if any(float(vec @ index.sentence_vectors[c.index]) > NEAR_DUPLICATE for c in chosen):
            continue  # a near-duplicate: the better one is kept
        if any(_same_amount(cand, c, dimension) for c in chosen):
            continue  # the article already gives this amount ("1-2 sessions per week")
        if _role(cand.unit) == "lead_in" and not _has_items(cand, index):
            continue  # a lead-in without its list would dangle
        if per_article.get(cand.unit.article_id, 0) >= 3:
            continue
        chosen.append(cand)
        per_article[cand.unit.article_id] = per_article.get(cand.unit.article_id, 0) + 1
    if AMOUNT_WINDOW and chosen and not any(_states(c, dimension) for c in chosen):
        amount = next((c for c in candidates if _states(c, dimension)), None)
        if amount is not None and amount.score >= floor - AMOUNT_WINDOW:
            chosen = [*chosen[: settings.max_quotes - 1], amount]
    return chosen


def _with_other_side(
    chosen: list[Candidate], scorer: Scorer, settings: AnswerSettings
) -> list[Candidate]:
    """If a chosen quote says strength training has no risks or side effects, add the
    library's best sentence naming risks, so both sides are shown. Only caution is ever
    added: a risk statement never pulls in a "no side effects" claim."""
    says_none = any(_NO_RISK_RE.search(c.unit.text) for c in chosen)
    says_risk = any(_RISK_RE.search(c.unit.text) for c in chosen)
    if not says_none or says_risk:
        return chosen
    others = [
        scorer.candidate(i)
        for i, unit in enumerate(scorer.index.sentences)
        if unit.kind == "sentence" and _quotable(unit) and _RISK_RE.search(unit.text)
    ]
    if not others:
        return chosen
    other = max(others, key=lambda c: (c.score, c.unit.id))
    return [*chosen[: settings.max_quotes - 1], other]


def _theme(cand: Candidate, cautions_first: bool) -> str:
    """Which group a quote belongs to: "cautions", "start" (how to start) or "evidence"."""
    roles = cand.unit.roles
    first = roles[0] if roles else ""
    if "caution" in roles and (first == "caution" or cautions_first):
        return "cautions"
    if first == "recommendation" or ("recommendation" in roles and cand.unit.extra.get("item")):
        return "start"
    return "evidence"


def _by_theme(
    spans: list[tuple[int, float, int, str, int, int, str]], cautions_first: bool
) -> list[tuple[int, float, int, str, int, int, str]]:
    """The lead first, then the rest theme by theme (cautions first for a risk question,
    otherwise themes in order of their best quote)."""
    if len(spans) < 2:
        return spans
    lead, rest = spans[0], spans[1:]
    order = list(dict.fromkeys(s[6] for s in rest))
    if cautions_first and "cautions" in order:
        order.remove("cautions")
        order.insert(0, "cautions")
    return [lead] + [s for theme in order for s in rest if s[6] == theme]


def _lead_rank(text: str, caution: bool, cautions_first: bool) -> int:
    """Questions about a risk: cautions first, reassurance last (it never leads)."""
    if not cautions_first:
        return 0
    if is_reassurance(text) or _NO_RISK_RE.search(text):
        return 2
    return 0 if caution else 1


def _is_caution(cand: Candidate) -> bool:
    return "caution" in cand.unit.roles


def _disagree(chosen: Sequence[Candidate]) -> bool:
    """One article's quote says there is no risk, another article's names risks (one
    article qualifying its own claim is not a disagreement between the articles)."""
    none = {c.unit.article_id for c in chosen if _NO_RISK_RE.search(c.unit.text)}
    risk = {c.unit.article_id for c in chosen if _RISK_RE.search(c.unit.text)}
    return bool(none) and bool(risk) and len(none | risk) > 1


def _number(
    chosen: list[Candidate],
    library: Library,
    relevant: set[tuple[str, int]] | None = None,
    cautions_first: bool = False,
    on_topic: set[tuple[str, int]] | None = None,
) -> tuple[list[Quote], list[ArticleGroup], list[Theme]]:
    """Quotes numbered in reading order: [1], the lead, is the best evidence whatever its
    article (a caution, when the question is about a risk); then the others by theme (what
    the evidence says, how to start, cautions), themes in order of their best quote, most
    relevant first within each. Within an article neighbouring sentences merge into one
    quote. Groups list each article's quotes. `relevant`: (article, start) of the sentences
    above the relevance floor; `on_topic`: (article, start) of the chosen sentences that
    name the condition an effect question asks about ("… help anxiety?"), which lead."""
    relevant = relevant or set()
    by_article: dict[str, list[Candidate]] = {}
    for cand in chosen:
        by_article.setdefault(cand.unit.article_id, []).append(cand)
    # (cautions first?, -score, order, article, start, end, theme)
    spans: list[tuple[int, float, int, str, int, int, str]] = []
    for order, (article_id, group) in enumerate(by_article.items()):
        article = library.articles.get(article_id)
        if article is None:
            continue
        starts = {st for a, st in relevant if a == article_id}
        scored = sorted(
            (span_of(c.unit, article, starts), c.score, _is_caution(c), _theme(c, cautions_first))
            for c in group
        )
        merged: list[tuple[int, int, float, bool, str]] = []
        for (start, end), score, caution, theme in scored:
            gap = article.body[merged[-1][1] : start] if merged else ""
            joins = merged and not gap.strip() and "\n\n" not in gap
            overlaps = merged and start < merged[-1][1] < end
            if joins or overlaps:
                last = merged[-1]
                best_theme = theme if score > last[2] else last[4]
                merged[-1] = (
                    last[0],
                    max(end, last[1]),
                    max(score, last[2]),
                    last[3] or caution,
                    best_theme,
                )
            elif not merged or start >= merged[-1][1]:
                merged.append((start, end, score, caution, theme))
        for start, end, score, caution, theme in merged:
            rank = _lead_rank(article.body[start:end], caution, cautions_first)
            if on_topic is not None and not cautions_first:
                rank = 0 if any(a == article_id and start <= st < end for a, st in on_topic) else 1
            spans.append((rank, -score, order, article_id, start, end, theme))
    spans.sort()
    spans = _by_theme(spans, cautions_first)
    quotes: list[Quote] = []
    numbers: dict[str, list[int]] = {}
    themes: dict[str, list[int]] = {}
    for _first, _neg, _order, article_id, start, end, theme in spans:
        article = library.articles[article_id]
        text = article.body[start:end]  # a slice of the article: verbatim by construction
        if not text or mentions_drug_dose(text) or text.rstrip().endswith(":"):
            continue  # never a dose; never a lead-in without its list
        kind: UnitKind = (
            "reference" if any(r.start == start for r in article.references) else "sentence"
        )
        quotes.append(make_quote(len(quotes) + 1, article, start, end, kind, library))
        numbers.setdefault(article_id, []).append(len(quotes))
        if len(quotes) > 1:  # [1] is the lead
            themes.setdefault(theme, []).append(len(quotes))
    groups = [
        ArticleGroup(
            article_id,
            library.articles[article_id].title,
            library.articles[article_id].author,
            tuple(ns),
        )
        for article_id, ns in numbers.items()
    ]
    return quotes, groups, [Theme(key, tuple(ns)) for key, ns in themes.items()]
