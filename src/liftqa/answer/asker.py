"""Answering a question, from an immutable `Snapshot` of the index.

    question → risk (raw text, and the conversation's earlier turns) → validate →
    [snapshot] → follow-up context (risk turns left out) → retrieve → compose (quotes as
    data) → safety notices first → optional LLM wording

Risk is assessed first, on the raw text: a message in crisis gets the resources whatever
its length or characters, before validation. An earlier turn's disclosure keeps the
resources first for the rest of the conversation (held in the history the caller passes,
never stored). The snapshot is asked for only when retrieval needs it, so a crisis
question never waits for an index. The asker keeps no state between questions (a cache of
risk assessments by text aside).
"""

from __future__ import annotations

import unicodedata
from collections import OrderedDict, deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from threading import Lock
from typing import Any, Generic, TypeVar

from liftqa.answer import safety
from liftqa.answer.compose import compose
from liftqa.answer.conversation import contextualize
from liftqa.answer.crosslingual import in_english
from liftqa.answer.language import language
from liftqa.answer.library import Snapshot
from liftqa.answer.model import Answer, Notice
from liftqa.answer.overlap import Overlap, Pending, inline
from liftqa.answer.question import searchable, validate_question
from liftqa.answer.risk import RiskAssessment, assess, normalise
from liftqa.answer.risk_context import in_context
from liftqa.answer.risk_model import RiskModel
from liftqa.answer.risk_rules.plan import LETHAL_MEANS, PLAN_CUE, TRAINING_WORDS
from liftqa.config import Settings
from liftqa.errors import InputError
from liftqa.index.lexical import expand_for_meaning
from liftqa.references.bibliography import Bibliography
from liftqa.types import QueryEmbedder, RiskKind, Unit

ChatModelProvider = Callable[[], Any]  # → a LangChain chat model, or None
V = TypeVar("V")

# In a conversation where the writer has disclosed a risk of the elevated tier, a later turn
# that names an element of a plan is acute when the classifier is worried about it (at its
# check-in threshold) and it names lethal means or a drop (ideation with means at hand), or the
# classifier reads at least this share of it as the acute tier. Measured on the tuning
# conversations (conv2, tconv1-3): 13 more acute turns read acute, no turn labelled elevated
# raised; on a review's 138 probes (the disclosure, then a turn naming a plan element, innocently
# or not): 11 more of 61 plans read acute, 1 more of 77 training turns read acute (4 without
# the training-question exception: "¿el puente de glúteos en el suelo sirve igual?"). Reading the
# disclosure and the turn together as well (acute share >= 0.4) caught 2 more plans and raised
# 8 more training turns ("¿puedo tomar las pastillas de hierro con el batido?"); medicine, a
# bridge, a floor or a train as means raised glute bridges, commutes and the gym's floor.
CONVERSATION_ACUTE_SHARE = 0.6


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
        model = RiskModel.load()
        # The classifier reads the embeddings it was trained on, or none (rules alone).
        self.risk_model = model if model is not None and model.embedder == embedder.name else None
        self._risks: _Recent[RiskAssessment] = _Recent(2048)
        self._names: tuple[Bibliography, frozenset[str]] | None = None
        # a question's search embedding runs beside its risk reading (see `overlap`), with a
        # model whose runs take one core each (the ONNX one); with another (sentence-
        # transformers, whose runs spread over every core) side by side is slower: in turn
        self._overlap = Overlap(workers=2 if getattr(embedder, "side_by_side", False) else 0)
        # the search vectors of queries searched for (a guess's is embedded uncached, and kept
        # only once its message is known to be no risk)
        self._searched: _Recent[list[float]] = _Recent(512)

    def assess(
        self, text: str, then: Callable[[RiskAssessment], object] | None = None
    ) -> RiskAssessment:
        """The risk in one message (cached by text: a conversation's history is re-read on
        every turn). `then`: called with the rules' reading once it is known (with the whole
        reading when the message was read before; see `risk.assess`)."""
        cached = self._risks.get(text)
        if cached is not None:
            if then is not None:
                then(cached)
            return cached
        found = assess(text, self.risk_model, self.embedder.embed_documents, then)
        self._risks.put(text, found)
        return found

    def _assessed(self, text: str) -> RiskAssessment | None:
        """The risk in a message already read (None: not yet read)."""
        return self._risks.peek(text)

    def safety_check(
        self,
        text: str,
        history: Sequence[str],
        then: Callable[[RiskAssessment], object] | None = None,
    ) -> safety.SafetyCheck:
        """This message's risk, and the most serious risk an earlier turn disclosed, each
        turn read in its conversation (`risk_context.in_context`: "the friend is me", "started
        again" after a history, a research follow-up, a dose question after a medicine). A
        worry below the crisis route (the check-in line) is remembered too: once a message
        got the check-in line, every later answer in the conversation starts with it; so is
        a medical red flag (its notice, and only cautions after an urgent one)."""
        read: list[tuple[str, RiskAssessment]] = []  # each turn read in its conversation
        turns = [*history, text]
        for i, earlier in enumerate(turns):
            # the search guess is started only in a conversation no earlier turn of which
            # was read as a risk (its answer is the resources, searched for nothing)
            clear = i == len(turns) - 1 and all(r.kind is None for _, r in read)
            found = in_context(earlier, self.assess(earlier, then if clear else None), read)
            read.append((earlier, self._escalated(earlier, found, read)))
        risk = read.pop()[1]
        remembered = None
        red: RiskAssessment | None = None
        worried = self._worrying(risk)
        for _, found in read:
            worried = worried or self._worrying(found)
            if found.kind is not None and (
                remembered is None or found.severity > remembered.severity
            ):
                remembered = found
            if found.red_flag and (red is None or red.red_flag_condition):
                red = found  # an urgent symptom outranks a condition
        return safety.SafetyCheck(risk, remembered, risk.kind is None and worried, text, red)

    def _escalated(
        self, text: str, found: RiskAssessment, earlier: list[tuple[str, RiskAssessment]]
    ) -> RiskAssessment:
        """A turn of a conversation where the writer disclosed suicidal thoughts or self-harm
        at the elevated tier, read as the writer's own acute risk when it names an element of
        a plan (`PLAN_CUE`), is no training question, and the classifier is worried about it:
        lethal means or a drop, or an acute reading ("Morgen bin ich allein am Dach, sechster
        Stock" after "wär eh besser wenn ich nimmer aufwach"). Histories and research
        questions are left as they are."""
        model = self.risk_model
        if model is None or (found.own_risk and found.tier == "acute"):
            return found
        if found.history or found.research:
            return found  # "two years ago I stood on the roof, but that's over"
        # suicide or self-harm disclosed (an eating disorder's acute tier is a medical danger,
        # read by its own rules, not a plan)
        own = [r for _, r in earlier if r.kind in ("suicide", "self_harm")]
        if not own or any(r.tier == "acute" for r in own):
            return found
        t = normalise(text)
        if PLAN_CUE.search(t) is None or found.score < model.check_in_at:
            return found
        if "?" in t and TRAINING_WORDS.search(t) is not None:
            return found  # a training question is no plan ("bench press on the roof terrace?")
        means = LETHAL_MEANS.search(t) is not None
        if means:
            why = "classifier: means in a conversation at risk"
        elif found.acute_share >= CONVERSATION_ACUTE_SHARE:
            why = "classifier: a plan in a conversation at risk"
        else:
            return found
        # someone else's means in a conversation where the writer is at risk ("my brother keeps
        # his rifle in the spare room") are the writer's access to them
        kind: RiskKind | None = found.kind
        if kind not in ("suicide", "self_harm"):
            kind = "suicide" if means else own[-1].kind
        return replace(found, kind=kind, tier="acute", why=(*found.why, why))

    def _worrying(self, risk: RiskAssessment) -> bool:
        """The classifier is worried about this message, below the crisis route (and it is
        not a research question). A resolved history the classifier still worries about gets
        the gentle line beside the history line: "clean for two years, but lately…"."""
        model = self.risk_model
        return (
            model is not None
            and risk.kind is None
            and risk.score >= model.check_in_at
            and not risk.research  # its research line already names the helplines
        )

    def _author_names(self, bibliography: Bibliography) -> frozenset[str]:
        """The cited authors' family names (lowercase), so a follow-up naming one in lower
        case is read as naming a study; kept while the snapshot's bibliography is the same."""
        held = self._names
        if held is None or held[0] is not bibliography:
            names = frozenset(
                family.lower()
                for work in bibliography.works.values()
                for author in work.authors
                if len(family := author.split(",")[0].strip()) > 2
            )
            held = self._names = (bibliography, names)
        return held[1]

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
        earlier = [h for h in history if isinstance(h, str)]
        raw = question if isinstance(question, str) else ""
        try:
            guess = self._speculate(question, earlier)
        except Exception:  # a guess is optional: nothing in it may stop the safety check
            guess = None
        try:
            yield from self._answer(question, raw, earlier, snapshot, guess)
        finally:
            if guess is not None:
                guess.drop()

    def _answer(
        self,
        question: object,
        raw: str,
        earlier: list[str],
        snapshot: Callable[[], Snapshot],
        guess: _Guess | None,
    ) -> Iterator[Answer]:
        check = self.safety_check(raw, earlier, guess.start if guess is not None else None)
        if check.blocks_retrieval:  # before validation: never refused for its form
            yield Answer(
                question=_shown(raw, self.settings.answer.max_question_chars),
                disclaimer=safety.CRISIS_DISCLAIMER,
                resources=check.resources,
            )
            return
        text = validate_question(question, self.settings.answer.max_question_chars)
        current = snapshot()
        context = self._context(earlier, self.assess) or []  # (every turn is read: a list)
        names = self._author_names(current.library.bibliography)
        query = _query(text, context, names)
        expanded = expand_for_meaning(query)
        vector = self._search_vector(expanded, guess)
        hits = current.search.search(query, vector)
        reject = _rejecting(check)
        composed = compose(
            query,
            vector,
            hits,
            current.search.index,
            current.library,
            self.settings.answer,
            reject=reject,
            also=("risk",) if check.red_flag else (),
        )
        foreign = (Notice("language", safety.LANGUAGE_LINE),) if language(text) != "en" else ()
        answer = replace(
            composed,
            question=text,
            searched_for=query if query != text else None,
            notices=check.notices + foreign,
        )
        yield answer
        model = self.chat_model() if answer.quotes else None
        if model is not None:
            yield from self._worded(model, text, answer)

    def _context(
        self, earlier: Sequence[str], read: Callable[[str], RiskAssessment | None]
    ) -> list[str] | None:
        """The earlier turns a follow-up is searched with: risk, even a worry below the crisis
        route, is never searched for. `read`: a turn's risk (None: not known, and neither is
        the context)."""
        most = self.settings.answer.max_question_chars
        kept: list[str] = []
        for turn in earlier:
            if len(turn) > most:
                continue
            found = read(turn)
            if found is None:
                return None
            if found.kind is None and not self._worrying(found):
                kept.append(turn)
        return kept[-5:]

    def _search_vector(self, expanded: str, guess: _Guess | None) -> list[float]:
        """The vector `expanded` (a query cleared by the safety check) is searched with: the
        guess's when it guessed this query, else embedded now; kept for the next time."""
        vector = self._searched.get(expanded)
        if vector is not None:
            return vector
        if guess is not None and guess.query == expanded:
            vector = guess.vector()
        else:
            vector = self.embedder.embed_documents([expanded])[0]
        self._searched.put(expanded, vector)
        return vector

    def _speculate(self, question: object, earlier: Sequence[str]) -> _Guess | None:
        """The question's search, guessed before its safety check, so that its embedding can
        run while the classifier reads the risk. Started only once the rules have read the
        message and found no risk (a message the rules read as a risk is never embedded for a
        search), embedded uncached, and used only
        if the query the answer searches for turns out the same. Built only from what is known
        without reading anything new (earlier turns already read, the cited names of the last
        snapshot). None: no guess (an input error, a turn not yet read, a query searched
        before)."""
        try:
            text = validate_question(question, self.settings.answer.max_question_chars)
        except InputError:
            return None
        context = self._context(earlier, self._assessed)
        if context is None:
            return None
        held = self._names
        expanded = expand_for_meaning(_query(text, context, held[1] if held else frozenset()))
        if self._searched.peek(expanded) is not None:
            return None  # its vector is at hand

        def embedding() -> list[float]:
            return self.embedder.embed_documents([expanded])[0]

        return _Guess(expanded, embedding, self._overlap)

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


def _rejecting(check: safety.SafetyCheck) -> Callable[[Unit], bool] | None:
    """The sentences this question may never quote: reassurance on a red-flag question, and
    on an urgent one (chest pain, fainting) anything but cautions and warning signs (a
    set-and-rep plan under "stop training for now" reads as permission); on a question
    about changing a medicine or its amount, whatever does not leave that change to the
    people who decide (an effect size or "comparable to antidepressants" beside "can I drop
    my dose" reads as advice)."""
    red, urgent, medication = check.red_flag, check.urgent_red_flag, check.changes_medication
    if not (red or medication):
        return None

    def rejected(unit: Unit) -> bool:
        text = unit.text
        if red and safety.is_reassurance(text):
            return True
        if urgent and not (
            unit.extra.get("role") == "caution" or safety.speaks_of_warning_signs(text)
        ):
            return True
        return medication and not safety.defers_on_medication(text)

    return rejected


def _shown(raw: str, limit: int) -> str:
    """A message as echoed back in a crisis reply: printable, at most `limit` characters."""
    text = "".join(" " if unicodedata.category(c) in ("Cc", "Cs") else c for c in raw)
    return text.strip()[:limit] or "…"


class _Recent(Generic[V]):
    """The last `size` values kept by text (the least recently used goes first); safe to
    share between the threads serving users side by side."""

    def __init__(self, size: int) -> None:
        self._items: OrderedDict[str, V] = OrderedDict()
        self._size = size
        self._lock = Lock()

    def get(self, key: str) -> V | None:
        """The value kept for `key`, now the most recently used (None: none kept)."""
        with self._lock:
            value = self._items.get(key)
            if value is not None:
                self._items.move_to_end(key)
            return value

    def peek(self, key: str) -> V | None:
        """The value kept for `key`, its place unchanged."""
        with self._lock:
            return self._items.get(key)

    def put(self, key: str, value: V) -> None:
        with self._lock:
            self._items[key] = value
            while len(self._items) > self._size:
                self._items.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()


class _Guess:
    """A guessed search query and its embedding, started at most once, and only for a
    message the rules read as no risk."""

    def __init__(self, query: str, embed: Callable[[], list[float]], overlap: Overlap) -> None:
        self.query = query
        self._embed = embed
        self._overlap = overlap
        self._pending: Pending[list[float]] | None = None

    def start(self, ruled: RiskAssessment) -> None:
        """Called with the rules' reading of the message (never raises: a guess is
        optional, the safety check it is called from is not)."""
        if ruled.kind is None and self._pending is None:
            try:
                self._pending = self._overlap.start(self._embed)
            except Exception:
                self._pending = None

    def vector(self) -> list[float]:
        """(Asked for only once the safety check has cleared the message.)"""
        return (self._pending or inline(self._embed)).result()

    def drop(self) -> None:
        if self._pending is not None:
            self._pending.drop()


def _query(text: str, context: Sequence[str], names: frozenset[str]) -> str:
    """What a validated question is searched for, after the conversation's `context`; a
    question in another language in the articles' (English) words."""
    return contextualize(_in_english(searchable(text)), [_in_english(h) for h in context], names)


def _in_english(question: str) -> str:
    """A question in Spanish, French, German, Portuguese or Italian in the articles' words
    (`crosslingual.in_english`); an English question, or one naming nothing of the library's
    domain, as it is."""
    lang = language(question)
    return (in_english(question, lang) or question) if lang != "en" else question
