"""A turn read in its conversation, by the rules: `in_context(text, found, earlier)`.

"The friend is me" after a turn about someone at risk is the writer's own risk; "started
again" after a resolved history is that risk again; a research follow-up stays research; a
dose question after a turn that named a medicine is a medication question; a short turn
that completes the last one's meaning is read with it. The reading of one message alone is
`liftqa.answer.risk.assess`; `Asker.safety_check` reads every turn through both.
"""

from __future__ import annotations

import re
from dataclasses import replace

from liftqa.answer.risk import (
    _FIRST_PERSON_SINGULAR,
    RiskAssessment,
    _any,
    _assess_normalised,
    _kind_spoken_of,
    normalise,
)
from liftqa.answer.risk_rules import (
    FIRST_VOICE,
    MEANS_AT_HAND,
    P_ED_ACUTE,
    SELF_HARM_ACUTE,
    THIRD_ACUTE,
    THIRD_VOICE,
)
from liftqa.types import RiskKind

# The other person named by a pronoun as the object of the turn ("tell her parents", "get
# him help"), in a follow-up to a turn about someone at risk.
_OTHER_NAMED = re.compile(r"\b(?:him|her|them|his|their)\b")
# A helper's question about what to do ("how do I raise it", "do I have to tell her parents",
# "should I call", "I don't know how to"): its "I" is not a disclosure.
_HELPER_QUESTION = re.compile(
    r"\b(?:how|what|when|where|who)\s+(?:do|should|can|would)\s+i\s+(?:tell|help|talk|raise|bring|"
    r"approach|support|ask|say|reach|handle|start|check|word|respond|react|get\s+(?:him|her|them)|"
    r"do\b(?!\s+(?:to|about)\s+(?:me|my|myself)))\b|\b(?:do|should|must|can)\s+i\s+"
    r"(?:have\s+to\s+|need\s+to\s+|just\s+)?(?:tell|call|ring|say|ask|raise|bring|talk|speak|text|"
    r"message|contact|report|leave|wait|stay|go)\b|\bi\s+(?:don'?t|do\s+not)\s+know\s+(?:how|what|"
    r"where|if|whether)\b|\bi'?m\s+bad\s+at\s+this\b"
)
# The writer saying the person they asked about is themself: "the friend is me", "I'm the
# one doing it", "so am I", "me too" (es/pt/it/fr/de too).
_ITS_ME = re.compile(
    r"\b(?:the|my|that|this)\s+(?:friend|mate|person|girl|guy|kid)\s+(?:is|was)\s+(?:actually\s+|really\s+)?"
    r"me\b|\b(?:it'?s|it\s+is|it\s+was)\s+(?:actually\s+|really\s+)?(?:me|about\s+me|for\s+me|myself)\b|"
    r"\bi'?m\s+(?:actually\s+|really\s+)?the\s+one\b|\b(?:so\s+am\s+i|so\s+do\s+i|me\s+too|same\s+here)\b|"
    r"\bi\s+(?:do|did|have\s+done)\s+(?:it|that|the\s+same)\s+too\b|\basking\s+for\s+myself\b|"
    r"\b(?:soy\s+yo|yo\s+también|sou\s+eu|eu\s+também|sono\s+io|anch'?io|c'est\s+moi|moi\s+aussi|"
    r"das\s+bin\s+ich|ich\s+auch)\b|\bthat'?s\s+(?:actually\s+|really\s+)?(?:me|about\s+me)\b|"
    r"\bi\s+(?:was|am|'?m)\s+(?:actually\s+|really\s+)?(?:talking|asking)\s+about\s+(?:me|myself)\b|"
    r"\bi\s+meant\s+(?:me|myself)\b|\b(?:bin\s+ich\s+(?:das\s+)?selbst|ich\s+bin\s+(?:das|es)\s+"
    r"selbst|en\s+realidad\s+soy\s+yo|hablaba\s+de\s+mí|en\s+fait\s+c'est\s+moi|je\s+parlais\s+de\s+moi|"
    r"in\s+realtà\s+sono\s+io|parlavo\s+di\s+me|na\s+verdade\s+sou\s+eu|falava\s+de\s+mim)\b"
)
# A message that says an old problem is back: "started again", "relapsed", "it's back".
_BACK = re.compile(
    r"\b(?:again|started\s+again|relaps\w*|(?:it'?s|is|they'?re|are)\s+back|back\s+to\s+(?:it|"
    r"doing\s+it)|otra\s+vez|de\s+nuevo|de\s+novo|outra\s+vez|di\s+nuovo|ancora|encore|wieder)\b"
)
# "how many attempts do you get per lift again?": "again" jogs a memory, nothing is back.
_JOG = re.compile(r"^\s*(?:how|what|when|where|which|who)\b[^.!]*\bagain\s*\??\s*$")
# A follow-up that changes or doses the medicine the previous turn named.
_MED_FOLLOW_UP = re.compile(
    r"\b(?:dose|doses|dosage|dosing|mg|go\s+(?:up|down|from)|higher|lower|double|halve|skip\w*|"
    r"stop\w*|quit|come\s+off|taper\w*|maximum|max|instead|switch\w*|swap\w*|mix\w*|combine\w*|"
    r"with\s+(?:it|that|them)|on\s+(?:it|that|them))\b"
)
# A follow-up about the symptom or training ("it's gone now, can I train?", "keep going?").
_ABOUT_TRAINING = re.compile(
    r"\b(?:train\w*|lift\w*|gym|workout|session|sets?|reps?|exercis\w*|run\w*|keep\s+going|carry\s+on|"
    r"continue|gone|better|fine|okay|ok|eased|finish\w*)\b"
)
_FOLLOW_UP = re.compile(
    r"^\s*(?:and|also|what\s+about|how\s+about|same\s+for|any|ok|okay|so|but|then)\b", re.IGNORECASE
)


def _kind_of_history(found: RiskAssessment, text: str) -> RiskKind:
    if "self-harm rule" in found.why or "cutting with marks" in found.why:
        return "self_harm"
    if "eating-disorder rule" in found.why:
        return "eating_disorder"
    if any(w.startswith("suicide") for w in found.why):
        return "suicide"
    return _kind_spoken_of(text)


def _acute_sign(worst: RiskAssessment, t: str) -> bool:
    """A later turn that makes the conversation's risk acute: fainting after an eating
    disorder, a wound that needs care after self-harm, someone else not answering."""
    if worst.kind == "third_party":
        return THIRD_ACUTE.search(t) is not None
    if worst.kind == "eating_disorder":
        return _any(P_ED_ACUTE, t)
    if worst.kind == "self_harm":
        return SELF_HARM_ACUTE.search(t) is not None
    return MEANS_AT_HAND.search(t) is not None


def in_context(
    text: str, found: RiskAssessment, earlier: list[tuple[str, RiskAssessment]]
) -> RiskAssessment:
    """This turn's reading (`found`) given the turns before it (text and reading, oldest
    first), by the rules: "the friend is me" after a turn about someone at risk is the
    writer's own risk; "started again" after a resolved history is that risk again; a
    follow-up to a research question that names a risk without speaking of the writer
    stays a research question; a dose or change question after a turn that named a
    medicine is a medication question; a short turn that completes the last one's meaning
    ("how many would it take" after "my mum's sleeping pills") is read with it."""
    if not earlier:
        return found
    t = normalise(text)
    last_text, last = earlier[-1]
    if (
        found.tier != "acute"
        and not any("rule" in w for w in found.why)
        and (last.red_flag or last.medication)
        and len(t.split()) <= 8
        and _ABOUT_TRAINING.search(t) is not None
    ):
        # a short follow-up to a medical question ("it's gone now. can I train today?" after
        # chest pain) is about the symptom, not a worry about the writer: the classifier's
        # reading is set aside (the red-flag notice stays, from the earlier turn)
        return replace(
            found, kind=None, tier="none", score=0.0, why=(*found.why, "medical follow-up")
        )
    if (
        found.own_risk
        and any(e[1].kind == "third_party" for e in earlier)
        and not any(e[1].own_risk for e in earlier)
        and (THIRD_VOICE.search(t) or _OTHER_NAMED.search(t))
        # any "i" ("i think he's right…", "i'm terrified … looking up ways") keeps it the
        # writer's, but not the "i" of a helper's question ("how do I raise it without
        # embarrassing her", "do I have to tell her parents")
        and not FIRST_VOICE.search(_HELPER_QUESTION.sub(" ", t))
    ):
        # "what if he's already looked up ways to do it" after a turn about a friend at risk:
        # the same other person, named by a pronoun only
        tier = "acute" if found.tier == "acute" or THIRD_ACUTE.search(t) else found.tier
        return replace(
            found, kind="third_party", tier=tier, why=(*found.why, "the other person again")
        )
    if found.kind is None:
        third = next((e for e in reversed(earlier) if e[1].kind == "third_party"), None)
        if third is not None and _ITS_ME.search(t):
            kind = _kind_spoken_of(third[0])
            return replace(found, kind=kind, tier=third[1].tier, why=(*found.why, "it's me"))
        past = next((e for e in reversed(earlier) if e[1].history and e[1].kind is None), None)
        if past is not None and _BACK.search(t) and not _JOG.search(t):
            kind = _kind_of_history(past[1], past[0])
            return replace(found, kind=kind, tier="elevated", why=(*found.why, "back again"))
        if last.kind is None and not (last.research or last.history) and len(t.split()) <= 25:
            joined = _assess_normalised(f"{normalise(last_text)} {t}")
            if joined.kind is not None and joined.kind != "third_party":
                return replace(
                    found,
                    kind=joined.kind,
                    tier=joined.tier,
                    why=(*found.why, "with the turn before"),
                )
        worst = max((e[1] for e in earlier), key=lambda r: r.severity)
        if worst.kind is not None and worst.tier != "acute" and _acute_sign(worst, t):
            return replace(found, kind=worst.kind, tier="acute", why=(*found.why, "now acute"))
    elif (
        found.own_risk
        and last.research
        and "classifier" not in found.why
        and _FOLLOW_UP.search(t)
        and not _FIRST_PERSON_SINGULAR.search(t)
    ):
        return replace(
            found, kind=None, tier="none", research=True, why=(*found.why, "research follow-up")
        )
    if not found.medication and last.medication and _MED_FOLLOW_UP.search(t):
        found = replace(found, medication=True, why=(*found.why, "medication follow-up"))
    return found
