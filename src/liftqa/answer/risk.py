"""Risk in what a person writes, recognised before anything else runs.

`assess(text)` works on the raw text, whatever its length or characters (a message in
crisis is never refused for its form). It normalises the text first — Unicode NFKC,
invisible characters (zero-width, bidi controls) removed, leetspeak and text-speak folded
("k1ll", "kms", "unalive", "wanna") — then applies rules written as *meanings*: a person
(the writer, or someone they worry about) together with an intent, a plan, a means, an act
or a wish, in English, Spanish, French, German, Portuguese and Italian. Gym slang
("killer leg day", "cutting phase", "dead hang", "take it all" of a lift) is not risk.
The rules themselves are data, in `liftqa.answer.risk_rules`; this module reads with them.

An optional classifier over sentence embeddings (`RiskModel`, in `risk_model`; weights
shipped with the package: a logistic regression stacked with a nearest-neighbour score over
the training sentences) adds recall by meaning where the rules have no pattern; it is used
only with the embedding model it was trained for. A moderate classifier score (or one
alarming clause the whole message does not bear out) is the soft tier: the answer, with one
gentle resource line first (`Asker.safety_check`).

Classes: suicide, self_harm, eating_disorder (the writer's own risk), third_party (someone
else at risk), research (the topic, no disclosure), history (past, resolved), medication,
red_flag (a medical warning sign around training), none. Tiers for risk: acute (a plan,
means at hand, intent, a time, an act taken or under way, a lethal-amount question) or
elevated (passive ideation, hopelessness, urges, ongoing behaviour).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Protocol

import numpy as np

from liftqa.answer.risk_model import Reading, RiskModel
from liftqa.answer.risk_rules import (
    BODY_OR_SYMPTOM,
    FIRST_VOICE,
    HELPER_WORDS,
    HISTORY,
    MEANS_AT_HAND,
    MED_ACTION,
    MED_RE,
    NOT_A_MEDICINE,
    OTHER_PERSON,
    OWNED_MEANS,
    P_ED,
    P_ED_ACUTE,
    P_RED,
    P_RED_URGENT,
    P_SELF_HARM,
    P_SUICIDE,
    P_SUICIDE_ACUTE,
    P_THIRD,
    PAST_YEAR,
    QUOTED_BY_ANOTHER,
    RESEARCH,
    SELF_HARM_ACUTE,
    SLANG_SAFE,
    THIRD_ACUTE,
    THIRD_VOICE,
    TOPIC,
)
from liftqa.types import OWN_RISK, RiskKind, Tier

# --- normalisation -----------------------------------------------------------------------

_LEET = str.maketrans(
    {
        "0": "o",
        "1": "i",
        "3": "e",
        "4": "a",
        "5": "s",
        "7": "t",
        "@": "a",
        "$": "s",
        "!": "i",
        "|": "l",
    }
)
_UNIT = re.compile(
    r"^\d+(?:[.,]\d+)?(?:kg|kgs|lb|lbs|k|x|mg|mcg|ml|g|km|mi|min|mins|h|hr|hrs"
    r"|s|sec|secs|am|pm|st|nd|rd|th|rm|%)?$"
)
# Euphemisms and emoji for suicide and self-harm, read as what they mean: "sewerslide",
# "ctb" (catch the bus), "top myself", "alt+f4 out of life", "cat scratches", 💊 + 😴 forever.
_EUPHEMISMS = tuple(
    (re.compile(pattern), plain)
    for pattern, plain in (
        (r"\bsewer\s*slide\b|\bsuey\s*slide\b|\bsu[i1]c[i1]d[e3]\b", "suicide"),
        (r"\b(?:ctb|catch(?:ing)?\s+the\s+bus)\b", "suicide"),
        (r"\b(?:top|topping|off|offing)\s+myself\b", "kill myself"),
        (r"\balt\s*\+?\s*f4(?:\s+out\s+of)?\b", "end my life and quit"),
        (r"\bcat\s+scratch(?:es)?\b", "self-harm cuts"),
        (r"💊", " pills "),
        (r"🔪", " knife "),
        (r"🩸", " blood "),
        (r"🪦|⚰️?", " grave "),
        (r"😴\s*forever|sleep\s+forever", "never wake up"),
    )
)
_TEXTSPEAK = {
    "kms": "kill myself",
    "kys": "kill yourself",
    "unalive": "kill",
    "unaliving": "killing",
    "unalived": "killed",
    "wanna": "want to",
    "gonna": "going to",
    "gotta": "got to",
    "im": "i'm",
    "ive": "i've",
    "id": "i'd",
    "dont": "don't",
    "cant": "can't",
    "wont": "won't",
    "idk": "i don't know",
    "u": "you",
    "ur": "your",
    "rn": "right now",
    "tn": "tonight",
    "2nite": "tonight",
    "tonite": "tonight",
    "tmrw": "tomorrow",
    "tmr": "tomorrow",
    "bc": "because",
    "cuz": "because",
    "coz": "because",
    "ppl": "people",
    "ded": "dead",
    "nvm": "never mind",
    "anymroe": "anymore",
    "anymore": "anymore",
    "myslef": "myself",
    "mysefl": "myself",
    "ending": "ending",
    "sucide": "suicide",
    "suicde": "suicide",
    "suiside": "suicide",
    "thougts": "thoughts",
    "feal": "feel",
    "somtimes": "sometimes",
    "cuting": "cutting",
    "agian": "again",
    "tonigth": "tonight",
    "goign": "going",
    "evryone": "everyone",
    "beter": "better",
}


# Words only German uses: in a German message "i'm" is the folded "im" (in dem: "im Sport"),
# no English writer.
_GERMAN = re.compile(
    r"\b(?:ich|und|nicht|zur|zum|gibt|mein|meine|für|auch|ist|sich|das|der|wie|auf|einen|einem|"
    r"oder|aber|kann|habe|mich|mir|wenn|weil)\b"
)


def normalise(text: str) -> str:
    """The text as the rules and the classifier read it (never shown to anyone)."""
    text = unicodedata.normalize("NFKC", text)
    out = []
    for ch in text:
        cat = unicodedata.category(ch)
        if cat == "Cf":  # zero-width joiners, bidi overrides: removed
            continue
        out.append(" " if cat in ("Cc", "Zl", "Zp") else ch)
    text = "".join(out).replace("’", "'").replace("‘", "'").lower()
    for pattern, plain in _EUPHEMISMS:
        text = pattern.sub(plain, text)
    words = []
    for token in re.split(r"(\s+)", text):
        core = token.strip('.,;:?!"()')
        if (
            core
            and any(c.isalpha() for c in core)
            and any(c in "0134573@$!|" for c in core)
            and not _UNIT.match(core)
            and not re.fullmatch(r"\d+(?:[x×*]\d+)+", core)
            and len(core) > 2
        ):
            token = token.replace(core, core.translate(_LEET))
            core = token.strip('.,;:?!"()')
        if core in _TEXTSPEAK:
            token = token.replace(core, _TEXTSPEAK[core])
        words.append(token)
    return re.sub(r"[ \t]+", " ", "".join(words)).strip()


@dataclass(frozen=True)
class RiskAssessment:
    """What a message says about risk. `kind`: the risk route (None: no risk); `tier`;
    `red_flag`, `medication`, `research`, `history`: the other routes (`red_flag_condition`:
    the rules read a condition such as pregnancy and no urgent symptom); `why`: the signal
    that decided (for tests and `liftqa eval`, never shown to users)."""

    kind: RiskKind | None = None
    tier: Tier = "none"
    red_flag: bool = False
    red_flag_condition: bool = False
    medication: bool = False
    research: bool = False
    history: bool = False
    score: float = 0.0  # the classifier's risk probability (0 without a classifier)
    # the classifier's share of the acute tier in the whole message's risk (0 without one):
    # a conversation already at risk reads a turn with a high share as acute
    acute_share: float = 0.0
    why: tuple[str, ...] = field(default_factory=tuple)

    @property
    def own_risk(self) -> bool:
        return self.kind in OWN_RISK

    @property
    def severity(self) -> int:
        """How serious the risk is, to keep the most serious one of a conversation: none,
        someone else's (elevated, acute), the writer's own (elevated, acute)."""
        if self.kind is None:
            return 0
        return (2 if self.own_risk else 1) * 2 + (1 if self.tier == "acute" else 0)

    @property
    def label(self) -> str:
        if self.kind is not None:
            return self.kind
        for name in ("red_flag", "medication", "research", "history"):
            if getattr(self, name):
                return name
        return "none"


def _any(patterns: list[re.Pattern[str]], text: str) -> bool:
    return any(p.search(text) for p in patterns)


def assess_rules(text: str) -> RiskAssessment:
    """The rules alone, on the normalised text."""
    return _assess_normalised(normalise(text))


def _assess_normalised(t: str) -> RiskAssessment:
    unslanged = SLANG_SAFE.sub(" ", t)
    masked = TOPIC.sub(" topic ", unslanged)
    why: list[str] = []
    kind: RiskKind | None = None
    tier: Tier = "none"
    third = _any(P_THIRD, masked)
    spans: list[tuple[int, int]] = []  # where the deciding rules matched
    if spans := _hits(P_SUICIDE_ACUTE, masked):
        kind, tier = "suicide", "acute"
        why.append("suicide-acute rule")
    elif spans := _hits(P_SUICIDE, masked):
        kind, tier = "suicide", "elevated"
        why.append("suicide rule")
    if kind is None and (spans := _hits(P_SELF_HARM, masked)):
        kind, tier = "self_harm", "acute" if SELF_HARM_ACUTE.search(masked) else "elevated"
        why.append("self-harm rule")
    if kind is None and (spans := _hits(P_ED, masked)):
        kind = "eating_disorder"
        tier = "acute" if _any(P_ED_ACUTE, masked) else "elevated"
        why.append("eating-disorder rule")
    cut = re.search(r"\bcut(?:ting|s)?\b", t)
    if (
        kind is None
        and cut
        and re.search(r"\b(?:marks|scars|blood|bleed\w*|wrists?|razor)\b", t)
        and not _TRAINING_CUT.search(t)
    ):
        kind, tier = "self_harm", "elevated"
        spans = [cut.span()]
        why.append("cutting with marks")
    if kind is not None and third:
        # the writer's own act with someone else's medicine ("count my mum's pills") is the
        # writer's risk, not the owner's
        third = _any(P_THIRD, OWNED_MEANS.sub(" the pills ", masked))
    asks_lethal = kind == "suicide" and tier == "acute" and bool(_LETHAL_QUESTION.search(masked))
    if kind is not None and not third and not asks_lethal and _someone_elses(masked, spans):
        third = True  # "my roommate … says nothing matters", "mi hermana se tomó …"
    # a past frame ("years ago", "history of") makes a resolved history only when the message
    # speaks of risk at all: "I started lifting years ago" is no history line, and does not
    # silence the classifier
    history = bool(HISTORY.search(masked)) and (bool(why) or _HISTORY_WORD.search(t) is not None)
    research = (
        bool(RESEARCH.search(unslanged) or TOPIC.search(unslanged))
        and not _own_statement(masked)
        and not _FIRST_PERSON_SINGULAR.search(_ROLE.sub(" ", _german_im(masked)))
        # nor in the five other languages: "quiero suicidarme, ¿hay estudios sobre pesas?" is a
        # disclosure, whatever research word follows it
        and not _FIRST_PERSON_ML.search(_ROLE.sub(" ", masked))
        # and every sentence a risk rule read is a question or names research: "Thinking about
        # ending it all tonight. Does lifting help depression in general?" is a disclosure
        and all(
            RESEARCH.search(c) or TOPIC.search(c) or c.rstrip().endswith("?")
            for c in (_sentence(masked, start) for start, _ in spans)
        )
    )
    if (
        kind is not None
        and third
        and not (_own_statement(masked) or _writers_own(masked, spans) or _SAME_HERE.search(masked))
    ):
        why.append("about someone else")
        kind = "third_party"
    elif kind is None and third and _SAME_HERE.search(masked):
        kind, tier = _kind_spoken_of(t), "elevated"  # "lei ha detto che vuole morire, anch'io"
        why.append("the writer too")
    elif kind is None and third:
        kind, tier = "third_party", "elevated"
        why.append("third-party rule")
    if kind == "third_party" and tier == "none":
        tier = "elevated"
    if (kind == "suicide" and MEANS_AT_HAND.search(masked)) or (
        kind == "third_party" and THIRD_ACUTE.search(masked)
    ):
        tier = "acute"  # thoughts with the means at hand; someone else's danger now
    lethal_question = (
        tier == "acute"
        and kind == "suicide"
        and "suicide-acute rule" in why
        and bool(_LETHAL_QUESTION.search(masked))
    )
    long_ago = bool(_LONG_AGO.search(masked))
    if (
        kind is not None
        and not lethal_question
        and history
        and not _current(masked)
        and (tier != "acute" or long_ago)  # an acute sign is never "resolved" without a when
    ):
        why.append("past, resolved")
        kind, tier = None, "none"
    elif kind in OWN_RISK and research and not lethal_question:
        why.append("research question")
        kind, tier = None, "none"
    if kind is None and history and _HISTORY_BACK.search(masked):
        # "I used to cut years ago but today I did it again": the history is back
        kind, tier = _kind_spoken_of(t), "elevated"
        why.append("history back again")
    red = _any(P_RED, masked)
    urgent = red and _any(P_RED_URGENT, masked)
    med = names_a_medicine(masked) and MED_ACTION.search(masked) is not None
    # the research line only where the message is about risk at all
    research = research and (bool(why) or bool(TOPIC.search(unslanged) or _RISK_WORD.search(t)))
    return RiskAssessment(
        kind=kind,
        tier=tier,
        red_flag=red,
        red_flag_condition=red and not urgent,
        medication=med,
        research=research and kind is None,
        history=history and kind is None,
        why=tuple(why),
    )


def _hits(patterns: list[re.Pattern[str]], text: str) -> list[tuple[int, int]]:
    """Where each matching pattern first matches."""
    return [m.span() for p in patterns if (m := p.search(text)) is not None]


_CLAUSE_MARKS = ".!?;,\n"


def _clause_start(t: str, start: int) -> int:
    """Where the clause holding position `start` begins (after the punctuation before it)."""
    return max(t.rfind(c, 0, start) for c in _CLAUSE_MARKS) + 1


def _segment(t: str, start: int, end: int) -> str:
    """The clause around a match: from the punctuation before it to the punctuation after."""
    ends = [i for c in _CLAUSE_MARKS if (i := t.find(c, end)) >= 0]
    return t[_clause_start(t, start) : min(ends) if ends else len(t)]


def _someone_elses(t: str, spans: list[tuple[int, int]]) -> bool:
    """The risk the rules read is someone else's: the message names another person, and
    every clause a rule matched in speaks in their voice ("he's going to", "says", "se
    tomó", "ripete che") and not in the writer's once the other person and the writer's
    worry are set aside ("told me", "I'm scared", "tô preocupada", "what do I do")."""
    if not spans or OTHER_PERSON.search(t) is None:
        return False
    for start, end in spans:
        clause = _segment(t, start, end)
        rest = HELPER_WORDS.sub(" ", OTHER_PERSON.sub(" ", clause))
        if FIRST_VOICE.search(rest) or THIRD_VOICE.search(clause) is None:
            return False
    return True


# The writer saying it is theirs too, after someone else's words: "me too", "same", "I
# actually mean it", "ich auch", "eu também" (six languages).
_SAME_HERE = re.compile(
    r"\b(?:me\s+too|same\s+here|so\s+do\s+i|so\s+am\s+i|i\s+(?:do|did|feel)\s+(?:the\s+same|it\s+too)|"
    r"i\s+(?:actually\s+|really\s+|honestly\s+)?mean\s+it|(?:honestly|tbh|lowkey)\s+same|yo\s+también|"
    r"eu\s+também|anch'?\s?io|moi\s+aussi|ich\s+auch|io\s+anche|a\s+mí\s+también|igual\s+que\s+(?:él|ella))\b"
    r"|\bsame\s*(?:[.!?]|$)"
)


_CONJUNCTIONS = frozenset(
    {"but", "and", "y", "pero", "mais", "et", "aber", "und", "ma", "mas", "e"}
)


def _sentence(t: str, at: int) -> str:
    """The sentence around offset `at`, with its closing mark."""
    start = max(t.rfind(mark, 0, at) for mark in ".!?\n") + 1
    ends = [i for i in (t.find(mark, at) for mark in ".!?\n") if i >= 0]
    return t[start : (min(ends) + 1 if ends else len(t))]


def _inside_quotes(t: str, at: int) -> bool:
    """Offset `at` falls inside a quotation: double or curly quotes, or a single quote opened
    after a space or a colon and not yet closed (an apostrophe inside a word is no quote)."""
    before = t[:at]
    if before.count('"') % 2 == 1 or before.count("“") > before.count("”"):
        return True
    opened = len(re.findall(r"(?:^|[\s:(])'", before))
    closed = len(re.findall(r"\w'(?=[\s.,!?;:)]|$)", before))
    return opened > closed


def _writers_own(t: str, spans: list[tuple[int, int]]) -> bool:
    """Some match is the writer's own ("my dad left and he never calls, I just want to
    die"): the writer's voice in the match or in the few words just before it, no other
    person there ("I saved my friend's goodbye note" is a helper's act), and no one else's
    voice in its clause."""
    for start, end in spans:
        before = t[_clause_start(t, start) : start]
        lead = HELPER_WORDS.sub(" ", OTHER_PERSON.sub(" OTHER ", before)).split()[-3:]
        # only what follows the last "but" or "and" leads into it ("my mum said 'you'll be
        # fine' but tonight I'm going to end it")
        cut = max((i for i, w in enumerate(lead) if w in _CONJUNCTIONS), default=-1)
        lead = lead[cut + 1 :]
        near = " ".join(lead) + " " + t[start:end]
        # another's voice earlier in the clause does not make the writer's words theirs ("ma
        # sœur se fait vomir et moi aussi je veux mourir"); words inside quotation marks are
        # someone's quoted words ("a message on his tablet saying \"tonight I'm going to…\"")
        if "OTHER" in lead or THIRD_VOICE.search(near) or _inside_quotes(t, start):
            continue
        if FIRST_VOICE.search(near):
            return True
    return False


def names_a_medicine(t: str) -> bool:
    """A medicine is named ("sertraline", "my meds"), not a training term that uses a
    medicine's word ("the antidepressant effect of lifting", "exercise prescription")."""
    return MED_RE.search(NOT_A_MEDICINE.sub(" ", t)) is not None


def _german_im(t: str) -> str:
    """`t` without the "i'm" that normalising made of a German "im" ("Metaanalysen zur
    Suizidprävention im Sport": no English writer)."""
    return re.sub(r"\bi'm\b", " ", t) if _GERMAN.search(t) else t


_FIRST_PERSON_SINGULAR = re.compile(r"\b(?:i|i'm|i've|i'd|i'll|me|my|myself|mine)\b")
# The writer speaking in es/pt/it/fr/de (a research question in those languages has none).
_FIRST_PERSON_ML = re.compile(
    r"\b(?:yo|me|mi|mis|quiero|estoy|tengo|voy|puedo|eu|meu|minha|quero|estou|tô|vou|posso|io|"
    r"voglio|sono|ho|vado|je|j'|moi|mon|ma|mes|veux|suis|vais|ich|mich|mir|mein|meine|bin|"
    r"habe|hab)\b|\bm'\w+"
)


_RISK_WORD = re.compile(
    r"\b(?:suicid\w*|self[-\s]?harm\w*|self[-\s]?injur\w*|eating\s+disorders?|anorexi\w*|bulimi\w*|"
    r"overdos\w*|purging|binge\w*|lethal|killing\s+themselves|kill\s+themselves|hopeless\w*)"
)
# What makes a past frame a risk history: a risk word, or the words of a recovery from one
# ("former cutter, eight years clean: does training bring urges back?").
_HISTORY_WORD = re.compile(
    rf"{_RISK_WORD.pattern}|\b(?:cutter|urges?|relaps\w*|starv\w*|used\s+to\s+(?:cut|purge|self))\b"
)

# Who is asking, said in the first person without disclosing anything ("I'm a nurse").
_ROLE = re.compile(
    r"\bi'?m\s+(?:a|an)\s+(?:\w+\s+){0,2}(?:student|nurse|coach|trainer|teacher|researcher|journalist|"
    r"writer|clinician|doctor|gp|therapist|paramedic|psychologist|counsell?or|manager|parent|"
    r"volunteer|instructor|mod|moderator|designer|developer|podcaster|host|owner|editor|reporter|"
    r"lecturer|professor|dietitian|nutritionist|physio\w*)\b|\bi'?m\s+(?:training|studying)\s+to\s+"
    r"(?:be|become)\s+(?:a|an)\s+\w+\b|\b(?:je\s+suis|soy|sou|sono|ich\s+bin)\s+(?:\w+\s+)?(?:coach|"
    r"entraîneur|entrenador|treinador|allenatore|trainer|professeur|profesor|professor|professore|"
    r"lehrer\w*|infirmi[eè]re?|enfermer[oa]|infermier[ea]|étudiante?|estudiante|estudante|studente|"
    r"studentessa|student(?:in)?)\b|"
    # work or study named in es/pt/it/fr/de ("für meine Masterarbeit", "je travaille dans une
    # association de prévention", "para mi tesis")
    r"\b(?:für\s+meine|para\s+mi|para\s+a\s+minha|pra\s+(?:a\s+)?minha|para\s+minha|pour\s+mon|per\s+la\s+mia|per\s+il\s+mio)\s+\w+|"
    # a school or university piece of work under way ("estoy haciendo un trabajo sobre …",
    # "sto scrivendo una tesi", "je prépare un exposé", "ich schreibe eine Hausarbeit")
    r"\b(?:estoy|estou|sto|je|ich)\s+(?:haciendo|fazendo|facendo|escribiendo|escrevendo|scrivendo|"
    r"preparando|fais|prépare|écris|rédige|schreibe|mache)\s+(?:un|una|um|uma|une|eine|einen|ein)\s+"
    r"(?:trabajo|trabalho|lavoro|tesis|tese|tesi|tesina|investigación|pesquisa|ricerca|ensayo|"
    r"artículo|artigo|articolo|mémoire|exposé|thèse|travail|dossier|\w*arbeit|referat|artikel)\b|"
    r"\b(?:je\s+travaille|trabajo|trabalho|lavoro|ich\s+arbeite)\s+(?:dans|pour|comme|en|como|para|em|"
    r"numa|num|in|come|per|als|bei|an)\b|\bi'?m\s+(?:writing|researching|trying\s+"
    r"to\s+understand|studying|putting\s+together|preparing)\b|\b(?:for|in|on)\s+my\s+(?:\w+\s+){0,2}?"
    r"(?:essay|class|thesis|course|article|dissertation|research|clinic|practice|gym|team|textbook|"
    r"podcast|project|presentation|assignment|module|lecture|forum|channel|server|community)\b|"
    r"\bi\s+(?:work|teach|coach|run|manage|own|host|moderate|mod)\b|\bmy\s+(?:\w+\s+)?(?:dissertation|"
    r"thesis|essay|paper|research|course|class|textbook|lecturer|professor|supervisor|podcast)\b"
)


_LONG_AGO = re.compile(
    r"\b(?:\w+\s+years?\s+ago|\w+\s+years?\s+(?:today\s+)?since|when\s+i\s+was|at\s+1\d|in\s+my\s+(?:teens|20s|twenties)|as\s+a\s+"
    r"teen\w*|back\s+in|a\s+decade\s+ago|hace\s+\d+\s+años|il\s+y\s+a\s+\d+\s+ans|vor\s+\d+\s+"
    r"jahren|\d+\s+anni\s+fa|há\s+\d+\s+anos|in\s+" + PAST_YEAR + r")\b"
)


# The writer doing a risk act themself: "i wrote my mom a goodbye letter", "i've been
# giving away my stuff", "i took a bunch of my pills" (not "I took my friend to the ER").
_OWN_ACT = (
    r"\bi\s+(?:have\s+|'ve\s+)?(?:wrote|written|left)\s+(?:\w+\s+){0,3}?(?:goodbye|suicide|farewell)"
    r"\s+(?:letters?|notes?|messages?)|\bi\s+(?:have\s+|'ve\s+)?(?:wrote|written)\s+(?:goodbye\s+)?"
    r"(?:letters?|notes?)\s+to\s+my\b|\bi\s+(?:have\s+|'ve\s+)?(?:been\s+)?(?:giving|gave|given)\s+away"
    r"|\bi\s+(?:have\s+|'ve\s+)?(?:took|taken|swallowed|saved|counted|been\s+saving)\s+(?:all\s+|a\s+"
    r"bunch\s+of\s+|\d+\s+|some\s+|the\s+)?(?:of\s+)?(?:my\s+|the\s+|her\s+|his\s+|\w+'s\s+)?(?:\w+\s+)?"
    r"(?:pills|tablets|meds)\b"
)


def _own_statement(t: str) -> bool:
    """The writer speaks of their own risk (not a topic, not someone else, not another
    person's quoted words)."""
    t = QUOTED_BY_ANOTHER.sub(" ", t)
    return bool(
        re.search(
            r"\b(?:myself|my\s+(?:own\s+)?life|i\s+(?:want|wanna)\s+to\s+die|i'?m\s+(?:cutting|"
            r"starving|purging|suicidal)|i\s+(?:cut|purge|starve|hurt)\b|i\s+(?:think|thought)\s+"
            r"about\s+(?:dying|suicide|ending)|i\s+(?:don'?t|do\s+not)\s+want\s+to\s+(?:live|be\s+"
            r"alive|exist)|(?:better|happier|fine)\s+(?:off\s+)?without\s+me\b|"
            # "asking for a friend but honestly it's me", "the friend is me"
            r"\bfor\s+a\s+friend\b[^.?!]{0,30}\b(?:it'?s|it\s+is)\s+(?:really\s+|actually\s+)?me\b|"
            r"\b(?:the|that|this)\s+friend\s+is\s+(?:really\s+|actually\s+)?me\b|"
            # the writer's own farewell letter in es/pt/it/fr/de
            r"\b(?:mi|minha)\s+carta\s+de\s+despedida\b|\bla\s+mia\s+lettera\s+d'addio\b|\bma\s+lettre\s+"
            r"d'adieu\b|\bmeinen\s+abschiedsbrief\b|" + _OWN_ACT + ")",
            t,
        )
    )


# A medical cause for a wound or a symptom: an operation, a birth.
_MEDICAL_CAUSE = re.compile(
    r"\b(?:c-?section|caesarean|cesarean|surgery|operation|operated|appendix|appendectomy|"
    r"hernia\s+repair|keyhole|laparoscop\w*|gave\s+birth|birth|stitches\s+from|post-?op)\b"
)
# A cut from the gym or the kitchen, not self-harm ("nicked my finger on the knurling").
_GYM_EDGE = (
    r"(?:knurl\w*|callus\w*|chalk|paper|nicked|shaving|cooking|kitchen|barbell|kettlebell|plate"
    r"|rack)"
)
_TRAINING_CUT = re.compile(
    rf"\b{_GYM_EDGE}\b[^.?!]{{0,40}}\bcut\b|\bcut\b[^.?!]{{0,40}}\b{_GYM_EDGE}\b"
)
# A past risk said to be back in the same message ("… years ago, but I did it again").
_HISTORY_BACK = re.compile(
    r"\b(?:did\s+it|doing\s+it|done\s+it|started\s+(?:it|doing\s+it))\s+again\b|\brelapsed\b|"
    r"\b(?:it'?s|it\s+is|they'?re|the\s+urges?\s+(?:is|are))\s+back\b|\b(?:lo\s+volví\s+a\s+hacer|"
    r"voltei\s+a\s+fazer|l'ho\s+rifatto|je\s+l'ai\s+refait|hab\s+es\s+wieder\s+getan)\b"
)
# A question about lethal amounts or methods: never downgraded by a history or research frame.
_LETHAL_QUESTION = re.compile(
    r"\b(?:how\s+(?:many|much)\b[^.?!]{0,40}\b(?:pills?|tablets?|capsules?|mg|grams?|doses?|take|"
    r"taking|would|enough|overdose|od|to\s+(?:die|kill|not\s+wake)|too\s+(?:much|many)|come\s+back|"
    r"wake\s+up)|how\s+(?:high|far)|how\s+long\b"
    r"[^.?!]{0,30}\b(?:die|dying|to\s+die|to\s+bleed|take\s+to)|what\s+(?:amount|dose|height)|which|"
    r"least|most|lethal|fatal|deadly|method|methods|way\s+to|cu[aá]nt|quant|combien|wie\s*viel|"
    # a painless, reliable or sure way is a method question, never research
    r"(?:painless|reliable|surest|quickest|indolor\w*|sans\s+douleur|schmerzlos\w*|senza\s+dolore|"
    r"sem\s+dor)(?:\s+\w+)?\s+(?:ways?|methods?|means|doses?|forma|manera|maneira|mani[èe]re|modo|"
    r"m[ée]thode|weg|methode)(?!\s+to\s+(?:add|build|gain|get\s+(?:stronger|bigger|fit|better)|improve|"
    r"increase|learn|lose\s+(?:weight|fat)|start|train|progress|warm|recover|heal))|(?:ways?|methods?|forma|manera|maneira|mani[èe]re|modo|weg)\s+(?:\w+\s+)?"
    r"(?:painless|indolor\w*|sans\s+douleur|schmerzlos\w*|senza\s+dolore|sem\s+dor))\b"
)


# What does not make a past problem current: a fear for the future ("without it becoming
# obsessive again", "never again"), an anniversary ("five years clean today", "today's one
# year since").
_NOT_NOW = re.compile(
    r"\b(?:without|avoid\w*|prevent\w*|never|so\s+it\s+(?:doesn'?t|does\s+not)|not\s+to)\b[^.?!]{0,50}?"
    r"\bagain\b|\b(?:years?|months?)\s+(?:\S+\s+){0,4}?today\b|\btoday'?s?\s+(?:is\s+)?\w+\s+"
    r"(?:years?|months?)\s+since\b"
)


def _current(t: str) -> bool:
    """Signs that a past problem is back now."""
    t = _NOT_NOW.sub(" ", t)
    return bool(
        re.search(
            r"\b(?:(?<!gym\s)(?<!training\s)(?<!lifting\s)(?<!running\s)(?<!out\s)again|"
            r"started\s+again|(?:it'?s|is|are|they'?re|urges?\s+are)\s+back|coming\s+back|"
            r"relaps\w*|lately|these\s+days|this\s+week|right\s+now|"
            r"tonight|today|every\s+day|most\s+days)\b",
            t,
        )
    )


# Which risk a third-party message spoke of, to read "it's me" as the writer's own.
_SELF_HARM_WORDS = re.compile(
    r"\b(?:cut\w*|self[-\s]?harm\w*|burn\w*|scratch\w*|hurt\w*\s+(?:him|her|them)sel\w*|corta\w*|"
    r"taglia\w*|coupe\w*|ritzt|ritzen|scars?|marks)\b"
)
_EATING_WORDS = re.compile(
    r"\b(?:purg\w*|starv\w*|eat\w*|throw\w*\s+up|laxatives?|weigh\w*|vomit\w*|come|comer|mange\w*|"
    r"isst|essen|mangia\w*|food|meals?|calories)\b"
)


def _kind_spoken_of(text: str) -> RiskKind:
    t = normalise(text)
    if _SELF_HARM_WORDS.search(t):
        return "self_harm"
    if _EATING_WORDS.search(t):
        return "eating_disorder"
    return "suicide"


def sentences(text: str, limit: int = 32) -> list[str]:
    """The clauses a message is read in (the classifier reads each, and the whole)."""
    return _clauses(normalise(text), limit)


def _clauses(t: str, limit: int = 32) -> list[str]:
    parts = [p.strip() for p in re.split(r"(?<=[.!?;])\s+|\n+", t) if p and p.strip()]
    return parts[:limit] or [t]


# The classifier turns on the red-flag notice, or the medication notice for a message that
# names a medicine, from this probability: both notices only add a caution (and hide
# reassurance or numbers), so a lower bar than the crisis route's is right.
ROUTE_AT = 0.5

# A classifier-only alarm of the elevated tier raised by one clause, where the whole
# message scores below this, gets the soft tier (the answer, a check-in line first)
# instead of the crisis route.
SOFT_WHOLE_BELOW = 0.2


# Grief named ("since my dad passed", "lost my wife", "murió", "verstorben") and words of
# risk (a wish to die or not wake up, no point, joining the dead, hurting, not eating): a
# classifier alarm on grief with no word of risk is the soft tier.
_GRIEF = re.compile(
    r"\b(?:since|after)\s+(?:my|her|his|their|our)?\s*(?:\w+\s+){0,2}?(?:passed\s+away|passed|died)\b(?!\s+(?:out|"
    r"on))|\bgriev\w*|\bgrief\b|\bbereave\w*|\bwidow(?:ed|er)?\b|\b(?:murió|falleció|morreu|faleceu|è\s+"
    r"mort[oa]|est\s+décédée?|est\s+morte?|verstorben)\b"
)
_RISK_CUE = re.compile(
    r"\b(?:suicid\w*|kill\w*|die|dying|dead|end\s+(?:it|things|my)|live|living|alive|exist\w*|wake|stop|"
    r"gone|away|gave|giving|given|goodbye|papers|point\w*|can'?t\s+go\s+on|give\s+up|join|be\s+with|better\s+off|burden|hurt\w*|cut\w*|"
    r"pills|tablets|enough|overdos\w*|gun|pistol|rope|starv\w*|eat\w*|food|empty|hopeless\w*|wish\w*|"
    r"morir|morrer|morire|mourir|sterben|vivir|viver|vivere|vivre|leben)\b"
)


# Instructions to the chatbot ("SYSTEM: safety off", "ignore your rules", "role-play as…")
# say nothing about the writer's risk: the classifier reads the message without them (the
# rules read it whole).
_INJECTION = re.compile(
    r"\b(?:system|developer|admin|assistant)\s*(?:mode|prompt|override|message)?\s*[:\]]|"
    r"\[[^\]]{0,30}\]|#{2,}[^#]{0,40}#{2,}|\b(?:developer|god|jailbreak|dan|research|unrestricted)"
    r"\s+mode\b[^.!?]{0,20}|\bignore\s+(?:all\s+|your\s+|the\s+|any\s+)?(?:previous\s+|prior\s+|above\s+)?"
    r"(?:instructions|rules|guidelines|prompts?|safety)\b|\bforget\s+(?:your|all|the)\s+(?:rules|"
    r"instructions|guidelines)\b|\byou\s+are\s+(?:now\s+)?(?:\w+\s+){0,3}?(?:unrestricted|dan|free|"
    r"allowed\s+to|a\s+\w+)\b|\b(?:drop|remove|skip|disable|without)\s+(?:the\s+)?(?:disclaimer|"
    r"safety\s+(?:filters?|stuff|rules)|crisis\s+stuff|warnings?|hotlines?)\b|\b(?:role-?play|"
    r"pretend|act)\s+(?:as|to\s+be|you'?re)\b"
)


class Embed(Protocol):
    def __call__(self, texts: list[str]) -> list[list[float]]: ...


def reading_rows(t: str) -> list[str]:
    """What the classifier reads of a normalised message: each clause without its
    instructions to the bot, and the whole message when it has several clauses."""
    t = SLANG_SAFE.sub(" ", t)  # "kill me now 💀" is a joke, not something to read
    clauses = _clauses(t)
    parts = [p for p in (_INJECTION.sub(" ", c).strip(" .:#-") for c in clauses) if p] or clauses
    whole = _INJECTION.sub(" ", t)[:2000]
    return parts + ([whole] if len(parts) > 1 else [])


def assess(
    text: str,
    model: RiskModel | None = None,
    embed: Embed | None = None,
    then: Callable[[RiskAssessment], object] | None = None,
) -> RiskAssessment:
    """Rules, then (with a model and its embedder) the classifier on each sentence and on
    the whole message. Either can raise the alarm; only rules can lower it (a research
    question, a resolved history). `then`: called with the rules' reading before the
    classifier reads (the asker starts a question's search embedding there, beside the
    classifier's)."""
    t = normalise(text)
    ruled = _assess_normalised(t)
    if then is not None:
        then(ruled)
    if model is None or embed is None:
        return ruled
    vectors = np.asarray(embed(reading_rows(t)), dtype=np.float32)
    reading = model.read(vectors)
    return replace(
        _classified(t, ruled, reading, model, len(vectors)), acute_share=reading.acute_share()
    )


def _classified(
    t: str, ruled: RiskAssessment, reading: Reading, model: RiskModel, rows: int
) -> RiskAssessment:
    """The rules' reading of normalised text `t` with the classifier's `reading` of its
    `rows` clauses."""
    score, kind, tier = reading.risk()
    only_classifier_red = (
        not ruled.red_flag
        and reading.route("red_flag") >= ROUTE_AT
        and BODY_OR_SYMPTOM.search(t) is not None  # exam stress or grief is no red flag
    )
    ruled = replace(
        ruled,
        # the rules name every urgent symptom; a red flag only the classifier reads gets the
        # clinician-first notice (its symptom unnamed), not "stop now" with warning signs only
        red_flag=ruled.red_flag or only_classifier_red,
        red_flag_condition=ruled.red_flag_condition or only_classifier_red,
        # (requiring a word of change, combination or amount as well was measured: the notice
        # on other messages fell 1.3 -> 0.7%, but "Creatine with lisinopril?", "ausschleichen",
        # "sous lithium" lost it; a missed interaction costs more than an extra notice)
        medication=ruled.medication
        or (names_a_medicine(t) and reading.route("medication") >= ROUTE_AT),
    )
    if ruled.kind is not None:
        return _tiered(replace(ruled, score=score), reading, model)
    if score >= model.crisis_at and kind is not None and not (ruled.research or ruled.history):
        if tier == "elevated" and rows > 1 and reading.scores[-1] < SOFT_WHOLE_BELOW:
            # one clause out of context ("i don't really have anyone") that the message as a
            # whole does not bear out: the soft tier (the answer, a check-in line first)
            return replace(ruled, score=score, why=(*ruled.why, "classifier: one clause only"))
        if ruled.red_flag and _MEDICAL_CAUSE.search(t) and not _RISK_CUE.search(t):
            # a wound or a symptom with a medical cause the rules read as a red flag ("appendix
            # out 4 days ago … the wound is red and hot"): the red-flag notice, a check-in line
            return replace(ruled, score=score, why=(*ruled.why, "classifier: medical cause"))
        if _GRIEF.search(t) and not _RISK_CUE.search(t):
            # grief and low mood with no word of risk ("my mum has been really down since my
            # dad passed"): the gentle check-in line, not the crisis route
            return replace(ruled, score=score, why=(*ruled.why, "classifier: grief only"))
        why = (*ruled.why, "classifier")
        if kind in OWN_RISK and _someone_elses(t, [(0, len(t))]):
            kind, why = "third_party", (*why, "about someone else")
        if kind == "third_party" and THIRD_ACUTE.search(t):
            tier = "acute"
        return _tiered(replace(ruled, kind=kind, tier=tier, score=score, why=why), reading, model)
    return replace(ruled, score=score)


def _tiered(found: RiskAssessment, reading: Reading, model: RiskModel) -> RiskAssessment:
    """A risk read as elevated is acute when the whole message's acute share reaches the
    model's `acute_at` ("the blade's next to me", "I blacked out after three hours on the
    treadmill": signs of acts, means and danger the rules do not name). Only ever raises. The
    share is read even where the classifier sees little risk and the rules decided: requiring
    some risk first (at 0.05 or at the check-in threshold) lost acute replies leave-one-set-out
    (v3: 1 and 2 of 63) and removed no over-triage."""
    if found.kind is None or found.tier != "elevated" or reading.acute_share() < model.acute_at:
        return found
    return replace(found, tier="acute", why=(*found.why, "classifier: acute"))
