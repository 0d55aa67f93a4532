"""Safety: crisis detection and resources, medication-dose guard, the disclaimer.

Runs before retrieval (a crisis question never waits for a model or an index) and on
every answer path. Patterns are first-person and self-directed, so gym slang ("killer leg
day", "this workout is killing my legs", "kill the lights", "dead hang") is no alarm.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from liftqa.answer.model import Notice

CrisisKind = Literal["suicide", "self_harm", "eating_disorder"]

DISCLAIMER = (
    "Educational information quoted from the articles listed, not medical advice. Talk to a "
    "clinician before starting strength training, especially if you have a heart, "
    "blood-pressure, joint or metabolic condition or are pregnant, and do not start, stop "
    "or change any medication on your own."
)

_HELPLINES = (
    "- In the US: call or text 988 (Suicide & Crisis Lifeline), any time, free.\n"
    "- If you are in immediate danger, call your local emergency number now "
    "(911 in the US, 112 in the EU, 999 in the UK).\n"
    "- Elsewhere: findahelpline.com lists free, confidential helplines in your country."
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

DOSE_NOTICE = (
    "liftqa never gives medication doses. How much of a medicine to take, and whether to "
    "change it, is a question for your prescriber or pharmacist, who knows your health and "
    "your other medicines."
)
MEDICATION_CHANGE_NOTICE = (
    "Do not start, stop or change a medication on your own: talk to your prescriber first. "
    "The articles describe strength training as a complement to treatment, not a "
    "replacement for it."
)

_I = r"(?:i|i'm|im|i am|i've|ive|i'd|me|my|myself)"
_CRISIS_RULES: list[tuple[CrisisKind, str]] = [
    ("suicide", r"\bsu+i?c+i?d(?:e|al|ality)\b"),
    ("suicide", r"\bkill(?:ing)?\s+(?:my\s*self|myself)\b|\bkms\b|\bunalive\b"),
    ("suicide", r"\b(?:end|ending|take|taking)\s+(?:my\s+(?:own\s+)?life|it\s+all)\b"),
    (
        "suicide",
        r"\b(?:don'?t|do\s+not|no\s+longer|never)\s+want\s+to\s+"
        r"(?:be\s+alive|live|exist|be\s+here|wake\s+up|go\s+on)\b",
    ),
    ("suicide", r"\bwant(?:ing|ed)?\s+to\s+die\b|\bwish\s+i\s+(?:was|were)\s+dead\b"),
    ("suicide", r"\bbetter\s+off\s+(?:dead|without\s+me)\b"),
    (
        "suicide",
        r"\bno\s+(?:point|reason)\s+(?:in\s+|to\s+)?(?:living|live|going\s+on|being\s+alive"
        r"|to\s+live|to\s+go\s+on|in\s+life)\b",
    ),
    ("suicide", r"\b(?:life|living)\s+(?:is\s+not|isn'?t|is\s+no\s+longer)\s+worth\b"),
    ("suicide", r"\bnot\s+worth\s+living\b"),
    ("suicide", r"\bcan'?t\s+go\s+on\s+(?:anymore|living|like\s+this)"),
    ("suicide", r"\bhang(?:ing)?\s+myself\b|\boverdos(?:e|ing)\b"),
    ("self_harm", r"\bself[-\s]?harm|\bself[-\s]?injur"),
    (
        "self_harm",
        r"\b(?:cut|cutting|hurt|hurting|harm|harming|burn|burning)\s+(?:my\s*self|myself)\b",
    ),
    (
        "eating_disorder",
        r"\bstarv(?:e|ing)\s+myself\b|\bmak(?:e|ing)\s+myself\s+(?:throw\s+up|vomit|sick)\b"
        r"|\bthrow(?:ing)?\s+up\s+after\s+(?:eating|meals?|i\s+eat)\b|\bpurg(?:e|ing)\b"
        r"|\blaxatives?\b|\bhaven'?t\s+eaten\s+(?:in|for)\s+(?:days|\d+\s+days)\b"
        r"|\b(?:not|stopped)\s+eating\s+(?:for\s+days|at\s+all|anything)\b",
    ),
    (
        "eating_disorder",
        rf"\b{_I}\b[^.?!]{{0,30}}\b(?:anorexi\w*|bulimi\w*|binge[-\s]?eat\w*"
        r"|eating\s+disorder)",
    ),
]
_CRISIS_PATTERNS = [(kind, re.compile(p, re.IGNORECASE)) for kind, p in _CRISIS_RULES]

_MEDS = (
    r"antidepressants?|anti-depressants?|ssris?|snris?|maois?|medications?|medicines?|meds"
    r"|pills?|tablets?|prescriptions?|drugs?|fluoxetine|prozac|sertraline|zoloft|escitalopram"
    r"|lexapro|citalopram|celexa|paroxetine|paxil|venlafaxine|effexor|duloxetine|cymbalta"
    r"|bupropion|wellbutrin|mirtazapine|trazodone|lithium|quetiapine|seroquel|aripiprazole"
    r"|abilify|lamotrigine|benzodiazepines?|benzos?|xanax|alprazolam|lorazepam|ativan"
    r"|clonazepam|klonopin|diazepam|valium|propranolol|beta[-\s]?blockers?|metoprolol"
    r"|adderall|ritalin|methylphenidate|stimulants?|sleeping\s+pills?|painkillers?"
)
_MED_RE = re.compile(rf"\b(?:{_MEDS})\b", re.IGNORECASE)
_DOSE_RE = re.compile(
    r"\b(?:mg|milligrams?|mcg|micrograms?|µg|ml|doses?|dosages?|dosing|titrat\w*)\b"
    r"|\bhow\s+(?:much|many)\b|\b\d+(?:\.\d+)?\s*(?:mg|mcg|ml)\b",
    re.IGNORECASE,
)
_CHANGE_RE = re.compile(
    r"\b(?:stop|stopping|quit|quitting|replace|replacing|come\s+off|coming\s+off|get\s+off"
    r"|taper|tapering|wean|instead\s+of|reduce|reducing|cut\s+down|cut\s+back|skip|ditch"
    r"|drop|lower|increase|double|halve)\b",
    re.IGNORECASE,
)
# A quantity of a drug in any text we might show: never shown.
DRUG_DOSE_RE = re.compile(
    r"\b\d+(?:[.,]\d+)?\s?(?:mg|milligrams?|mcg|micrograms?|µg|ml|millilit(?:er|re)s?)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class SafetyCheck:
    crisis: CrisisKind | None
    dose: bool
    medication_change: bool

    @property
    def notices(self) -> tuple[Notice, ...]:
        out = []
        if self.dose:
            out.append(Notice("dose", DOSE_NOTICE))
        if self.medication_change:
            out.append(Notice("medication", MEDICATION_CHANGE_NOTICE))
        return tuple(out)

    @property
    def blocks_retrieval(self) -> bool:
        """Suicide and self-harm answers carry resources only, never an exercise plan."""
        return self.crisis in ("suicide", "self_harm")


def detect_crisis(text: str) -> CrisisKind | None:
    normalised = text.replace("’", "'")
    for kind, pattern in _CRISIS_PATTERNS:
        if pattern.search(normalised):
            return kind
    return None


def check(question: str) -> SafetyCheck:
    mentions_med = _MED_RE.search(question) is not None
    return SafetyCheck(
        crisis=detect_crisis(question),
        dose=mentions_med and _DOSE_RE.search(question) is not None,
        medication_change=mentions_med and _CHANGE_RE.search(question) is not None,
    )


def crisis_message(kind: CrisisKind) -> str:
    return CRISIS_MESSAGES[kind]


def mentions_drug_dose(text: str) -> bool:
    return DRUG_DOSE_RE.search(text) is not None
