"""Safety: crisis detection and resources, medication-dose guard, the disclaimer.

Runs before retrieval (a crisis question never waits for a model or an index) and on
every answer path. Patterns are first-person and self-directed, so gym slang ("killer leg
day", "this workout is killing my legs", "kill the lights", "dead hang") is no alarm.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import Literal

from liftqa.answer.language import language
from liftqa.answer.model import Notice, Resources
from liftqa.answer.risk import RiskAssessment, assess_rules, normalise
from liftqa.answer.risk_rules import MED_CHANGE, MEDS
from liftqa.types import RiskKind

CrisisKind = Literal["suicide", "self_harm", "eating_disorder"]

DISCLAIMER = (
    "Educational information quoted from the articles listed, not medical advice. Talk to a "
    "clinician before starting strength training, especially if you have a heart, "
    "blood-pressure, joint or metabolic condition or are pregnant, and do not start, stop "
    "or change any medication on your own."
)

# The disclaimer of a reply that quotes nothing (the crisis route).
CRISIS_DISCLAIMER = (
    "Not medical advice: liftqa is not a crisis service and not a clinician, and these are "
    "general resources. If you are in danger, call your local emergency number."
)

_HELPLINES = (
    "- In the US: call or text 988 (Suicide & Crisis Lifeline), any time, free.\n"
    "- If you are in immediate danger, call your local emergency number now "
    "(911 in the US, 112 in the EU, 999 in the UK).\n"
    "- Elsewhere: findahelpline.com lists free, confidential helplines in your country and "
    "language."
)

CRISIS_MESSAGES: dict[CrisisKind, str] = {
    "suicide": (
        "It sounds like you are going through something really painful, and I'm glad you "
        "said it. You deserve support right now, and you don't have to carry this alone.\n"
        f"{_HELPLINES}\n"
        "If you can, tell someone you trust how you are feeling today. Exercise can support "
        "recovery over time, but it is not a substitute for help right now."
    ),
    "self_harm": (
        "Thank you for saying this. Wanting to hurt yourself is a sign of how much you are "
        "carrying, and you deserve care and support now.\n"
        f"{_HELPLINES}\n"
        "If you can, reach out to someone you trust or to your doctor today. Exercise is not "
        "a substitute for that support."
    ),
    "eating_disorder": (
        "What you describe sounds hard, and eating and body concerns deserve real support. "
        "Please talk to your doctor or an eating-disorder specialist soon.\n"
        f"{_HELPLINES}\n"
        "The articles advise that people with a history of eating disorders train only with "
        "the guidance of a mental health professional, focusing on function, not appearance."
    ),
}

MEDICATION_NOTICE = (
    "liftqa never gives medication doses or advice on changing, stopping or combining "
    "medicines (including supplements, pre-workouts and herbal remedies). Ask your "
    "prescriber or pharmacist, who knows your health and your other medicines, before any "
    "change; the articles describe strength training as a complement to treatment, not a "
    "replacement for it."
)
DOSE_NOTICE = (
    "liftqa never gives medication doses. How much of a medicine to take, and whether to "
    "change it, is a question for your prescriber or pharmacist, who knows your health and "
    "your other medicines."
)
MEDICATION_CHANGE_NOTICE = MEDICATION_NOTICE
_AMOUNT_RE = re.compile(
    r"\b(?:mg|milligrams?|mcg|micrograms?|µg|ml|doses?|dosages?|dosing|strength|titrat\w*|"
    r"how\s+(?:much|many)|double\w*|halve|\d+(?:[.,]\d+)?(?:\s?(?:mg|mcg|µg|ml))?)\b"
)

_ASKS_AMOUNT = re.compile(
    r"\b(?:how\s+(?:much|many)|what\s+(?:dose|dosage|strength|amount)|which\s+(?:dose|dosage|strength)|"
    r"doses?|dosage|dosing|titrat\w*|double\w*|halve|up\s+to\s+\d+(?:mg|mcg|ml)?|from\s+\d+\s*(?:mg)?\s+to\s+"
    r"\d+(?:mg|mcg|ml)?|more\s+than\s+\d+(?:mg|mcg|ml)?|(?:take|have|use|try)\s+\d+(?:[.,]\d+)?\s?(?:mg|mcg|µg|ml)|\d+(?:[.,]\d+)?\s?(?:mg|mcg|µg|ml)"
    r"\s+(?:of\s+\w+\s+)?(?:or|instead|ok|okay|safe|enough|too))\b"
)

# A quantity of a drug in any text we might show: never shown.
DRUG_DOSE_RE = re.compile(
    r"\b\d+(?:[.,]\d+)?\s?(?:mg|milligrams?|mcg|micrograms?|µg|ml|millilit(?:er|re)s?)\b",
    re.IGNORECASE,
)

ACUTE_FIRST = (
    "If you might act on these thoughts, or you have already hurt yourself or taken "
    "something, call your local emergency number now (911 in the US, 112 in the EU, 999 in "
    "the UK) or go to the nearest emergency department. If you can, move away from anything "
    "you could use to hurt yourself and stay near another person.\n"
)
THIRD_PARTY_MESSAGE = (
    "It is good that you are looking out for them. If they are in immediate danger or have "
    "already hurt themselves or taken something, call your local emergency number now (911 "
    "in the US, 112 in the EU, 999 in the UK) and stay with them if it is safe.\n"
    "- In the US, 988 (call or text) also helps people who are worried about someone else.\n"
    "- Elsewhere: findahelpline.com lists free, confidential helplines in their country and "
    "language.\n"
    "Ask them directly and calmly how they are, listen without judging, and help them reach "
    "a doctor or a crisis line; you do not have to handle this alone.\n"
    "If it is about eating (restricting, purging, exercising to make up for food), a doctor "
    "can check their physical health, and eating-disorder services (findahelpline.com lists "
    "them too) support both them and the people around them."
)
RED_FLAG_NOTICE = (
    "Stop training for now. Chest pain or pressure, a numb arm, fainting, severe "
    "breathlessness or a sudden severe headache can be an emergency: call your local "
    "emergency number. Otherwise, see a clinician before you lift again (after surgery or a "
    "birth, in pregnancy, with a heart condition or high blood pressure, or with a new "
    "injury, ask them what is safe for you)."
)
# A condition named without an urgent symptom (pregnancy, a recent operation or birth, a
# heart condition, high blood pressure, a new injury): a clinician first, not an alarm.
CONDITION_NOTICE = (
    "Ask your clinician what is safe for you before you start or keep lifting: in pregnancy, "
    "after surgery or a birth, with a heart condition or high blood pressure, or with a new "
    "injury, the right load and exercises change. If you ever get chest pain or pressure, a "
    "numb arm, fainting, severe breathlessness or a sudden severe headache while training, "
    "stop and call your local emergency number."
)
RESEARCH_LINE = (
    "If this topic touches you personally, support is available any time: findahelpline.com "
    "lists free, confidential helplines in your country and language (988 in the US)."
)
CHECK_IN_LINE = (
    "Some of what you wrote sounds heavy. If you are going through a hard time, you do not "
    "have to face it alone: findahelpline.com lists free, confidential helplines in your "
    "country and language (988 in the US; your local emergency number if you are in danger)."
)
# A question in another language: the articles (and their search) are English.
LANGUAGE_LINE = (
    "The articles in this library are in English, so the quotes are in English and a "
    "question asked in English finds the most. "
    "(Pregunta en inglés · Posez la question en anglais · Frag auf Englisch · "
    "Pergunte em inglês · Chiedi in inglese.)"
)
# A resolved history. The articles' own advice (train with a professional's guidance) is
# about eating disorders, exercise addiction and body dysmorphia only, so only an
# eating-disorder history is told the articles advise it.
HISTORY_LINE = (
    "The articles advise training with the guidance of a mental-health professional when "
    "there is a history like this; if old patterns return, reach out to your care team early."
)
HISTORY_LINE_OTHER = (
    "If old patterns or thoughts return, reach out to your care team early; findahelpline.com "
    "lists free, confidential helplines in your country and language."
)
# Quotes never shown on a question that names a medical red flag.
REASSURANCE_RE = re.compile(
    r"\bno\s+(?:negative\s+)?side[-\s]effects?\b|\bgenerally\s+safe\b|\bperfectly\s+safe\b"
    r"|\bsafe\s+for\s+(?:everyone|most|all)\b|\bno\s+(?:real\s+)?risks?\b|\blow[-\s]risk\b"
    r"|\bvery\s+safe\b|\bharmless\b",
    re.IGNORECASE,
)


# What a quote on an urgent red-flag question may say: a warning sign, stopping, seeing a
# clinician (besides the sentences whose role is a caution).
_WARNING_RE = re.compile(
    r"\b(?:stop|seek|consult\w*|physician|doctor|clinician|provider|specialist|medical|"
    r"emergency|warning|pain|dizz\w*|faint\w*|breath\w*|chest|heart|cardi\w*|"
    r"blood\s+pressure|hypertension|caution\w*|careful\w*|clearance|screening)\b",
    re.IGNORECASE,
)


def speaks_of_warning_signs(text: str) -> bool:
    """The sentence names a warning sign, stopping, or seeing a clinician."""
    return _WARNING_RE.search(text) is not None


def is_reassurance(text: str) -> bool:
    return REASSURANCE_RE.search(text) is not None


@dataclass(frozen=True)
class SafetyCheck:
    """What the safety layer does with one question (in its conversation)."""

    risk: RiskAssessment
    remembered: RiskAssessment | None = None  # the risk an earlier turn disclosed
    check_in: bool = False  # the classifier is worried, but below the crisis route
    risk_text: str = ""  # the message itself
    # the most serious medical red flag an earlier turn named ("chest pain when I bench",
    # then "what about leg day?"): its notice stays on every later answer
    earlier_red_flag: RiskAssessment | None = None

    @property
    def route(self) -> RiskAssessment | None:
        """The risk the reply is for: the most serious of this message's and the
        conversation's (an acute disclosure stays acute after "jk", a writer's own risk
        outranks someone else's)."""
        if self.risk.kind is None:
            return self.remembered
        if self.remembered is not None and self.remembered.severity > self.risk.severity:
            return self.remembered
        return self.risk

    @property
    def crisis(self) -> RiskKind | None:
        route = self.route
        return route.kind if route is not None else None

    @property
    def blocks_retrieval(self) -> bool:
        """Risk (own or someone else's) gets resources only, never training content."""
        return self.crisis is not None

    @property
    def resources(self) -> Resources | None:
        route = self.route
        if route is None or route.kind is None:
            return None
        text = crisis_message(route.kind, route.tier, language(self.risk_text))
        return Resources(route.kind, text, route.tier)

    @property
    def red_flag_risk(self) -> RiskAssessment | None:
        """The assessment whose red flag the reply answers: this message's, else the
        conversation's."""
        return self.risk if self.risk.red_flag else self.earlier_red_flag

    @property
    def red_flag(self) -> bool:
        return self.red_flag_risk is not None

    @property
    def shows_resources(self) -> bool:
        """The reply shows a helpline: the crisis reply, or the check-in or research line."""
        return self.crisis is not None or any(
            n.kind in ("check_in", "research") for n in self.notices
        )

    @property
    def red_flag_notice(self) -> str:
        """The urgent notice for a symptom that can be an emergency; the clinician-first
        notice for a condition and no urgent symptom, or when only the classifier read a red
        flag (it cannot say which; the notice still names the urgent symptoms)."""
        red = self.red_flag_risk
        return CONDITION_NOTICE if red is not None and red.red_flag_condition else RED_FLAG_NOTICE

    @property
    def urgent_red_flag(self) -> bool:
        """A symptom that can be an emergency (not a condition alone): its answer quotes
        only what the articles say about warning signs and seeing a clinician, never a
        set-and-rep plan under a notice that says stop."""
        red = self.red_flag_risk
        return red is not None and not red.red_flag_condition

    @cached_property
    def _normalised(self) -> str:
        """The message as the rules read it (normalised once per check)."""
        return normalise(self.risk_text)

    @property
    def dose(self) -> bool:
        """A medicine and a question of amount: how much, which dose or strength, doubling,
        going from one amount to another; a strength the writer only mentions ("I'm on
        sertraline 50mg, can I lift?") is not a dose question."""
        t = self._normalised
        return self.risk.medication and (
            _ASKS_AMOUNT.search(t) is not None
            or (_AMOUNT_RE.search(t) is not None and MED_CHANGE.search(t) is not None)
        )

    @property
    def medication_change(self) -> bool:
        return self.risk.medication and not self.dose

    @property
    def changes_medication(self) -> bool:
        """A medicine with an amount or a strength (asked about or only mentioned), or a
        change to it (stop, taper, skip, raise, swap), or any medication question in another
        language: its answer quotes only what speaks of medicines and who decides about them."""
        t = self._normalised
        return self.risk.medication and (
            _AMOUNT_RE.search(t) is not None
            or MED_CHANGE.search(t) is not None
            # the words of a change are known in English only: in another language every
            # medication question is answered as if it asked to change ("¿puedo dejar la
            # sertralina?" must not get "comparable to antidepressants")
            or language(self.risk_text) != "en"
        )

    @property
    def notices(self) -> tuple[Notice, ...]:
        out = []
        # the soft tier: one gentle resource line first, then the answer as usual
        if self.check_in and not self.risk.research:
            out.append(Notice("check_in", CHECK_IN_LINE))
        if self.red_flag:
            out.append(Notice("red_flag", self.red_flag_notice))
        if self.dose:
            out.append(Notice("dose", DOSE_NOTICE))
        elif self.risk.medication:
            out.append(Notice("medication", MEDICATION_NOTICE))
        if self.risk.research:
            out.append(Notice("research", RESEARCH_LINE))
        elif self.risk.history:
            eating = "eating-disorder rule" in self.risk.why or not self.risk.why
            out.append(Notice("history", HISTORY_LINE if eating else HISTORY_LINE_OTHER))
        return tuple(out)


def check(question: str, risk: RiskAssessment | None = None) -> SafetyCheck:
    """The safety check of one message by the rules alone (see `Asker` for the classifier
    and the conversation)."""
    return SafetyCheck(risk if risk is not None else assess_rules(question), risk_text=question)


# For a writer in another language, one line in it comes first: the emergency number and
# findahelpline.com, which lists helplines in their country and language (the rest of the
# reply, and the US line in it, is in English).
LOCAL_FIRST: dict[str, str] = {
    "es": (
        "Si hay peligro, llama ahora al número de emergencias (112 en Europa). En "
        "findahelpline.com encontrarás líneas de ayuda gratuitas y confidenciales en tu país y "
        "en tu idioma."
    ),
    "fr": (
        "En cas de danger, appelle tout de suite le numéro d'urgence (112 en Europe). "
        "findahelpline.com liste des lignes d'écoute gratuites et confidentielles dans ton pays "
        "et dans ta langue."
    ),
    "de": (
        "Bei Gefahr ruf sofort den Notruf an (112 in Europa). findahelpline.com listet "
        "kostenlose, vertrauliche Hilfetelefone in deinem Land und in deiner Sprache."
    ),
    "pt": (
        "Em caso de perigo, ligue já para o número de emergência (112 na Europa, 192 no "
        "Brasil). Em findahelpline.com encontra linhas de apoio gratuitas e confidenciais no "
        "seu país e na sua língua."
    ),
    "it": (
        "Se c'è pericolo, chiama subito il numero di emergenza (112 in Europa). Su "
        "findahelpline.com trovi linee di ascolto gratuite e riservate nel tuo paese e nella "
        "tua lingua."
    ),
}


def crisis_message(kind: str, tier: str = "elevated", lang: str = "en") -> str:
    """The fixed reply for a risk: acute → the emergency step first; a writer in another
    language gets one line in it before everything else."""
    if kind == "third_party":
        message = THIRD_PARTY_MESSAGE
    else:
        message = CRISIS_MESSAGES[kind]  # type: ignore[index]
        message = ACUTE_FIRST + message if tier == "acute" else message
    local = LOCAL_FIRST.get(lang)
    return f"{local}\n{message}" if local else message


# What a quote must speak of to answer a medication question: medicines, or the people
# and plans that decide about them ("a complement, not a replacement for medication",
# "consult your healthcare provider before changing your treatment plan").
_ABOUT_MEDICATION_RE = re.compile(
    rf"\b(?:{MEDS}|pharmacotherap\w*|treatments?|provider|prescrib\w*|pharmacist|psychiatr\w*"
    r"|doctors?|physicians?|clinicians?|side\s+effects?)\b",
    re.IGNORECASE,
)


def about_medication(text: str) -> bool:
    """The sentence speaks of medicines or of who decides about them."""
    return _ABOUT_MEDICATION_RE.search(text) is not None


# What such a quote must also do on a question about changing a medicine: name who decides
# (prescriber, doctor, pharmacist, "consult before changing") or say that training adds to
# medicine and does not replace it. Comparisons that invite the swap ("comparable to
# antidepressants", "an alternative form of treatment", "unlike medication") never.
_DEFERS_RE = re.compile(
    r"\b(?:providers?|prescribers?|pharmacists?|psychiatrists?|doctors?|physicians?|clinicians?"
    r"|complement\w*|consult\w*|treatment\s+plan|discuss\w*|not\s+(?:as\s+)?(?:a\s+)?(?:standalone\s+)?"
    r"(?:replacement|substitute)|rather\s+than\s+a\s+replacement|(?:not|n't)\b[^.!?]{0,40}\breplace\w*"
    r"|not\s+to\s+(?:discard|abandon|stop|forego))\b",
    re.IGNORECASE,
)
_SWAP_RE = re.compile(
    r"\b(?:alternatives?|comparable|similar|instead|unlike|as\s+effective|primary\s+form|fall\s+short"
    r"|unhelpful|inadequate|no\s+negative\s+side\s+effects)\b",
    re.IGNORECASE,
)


def defers_on_medication(text: str) -> bool:
    """The sentence speaks of medicines and leaves changing them to the people who decide
    (or says training adds to them), without a comparison that invites the swap."""
    return (
        about_medication(text)
        and _DEFERS_RE.search(text) is not None
        and _SWAP_RE.search(text) is None
    )


def mentions_drug_dose(text: str) -> bool:
    return DRUG_DOSE_RE.search(text) is not None


def detect_crisis(text: str) -> str | None:
    """The risk route the rules give a message (None: no risk)."""
    return assess_rules(text).kind
