"""What a question asks for (its intents), read from its wording, and which sentence roles
answer it best.

Intents: efficacy ("does it help"), quantity ("how many/often/much"), list ("which …",
"what are the …"), how-to ("how do I start", "what exercises"), comparison ("X or Y",
"compared with"), risk/safety ("is it safe", a condition, panic, injury, heavy loads),
mechanism ("why", "what does it do to the brain"), population ("who benefits most", "older
adults", "pregnant"), time course ("how long until"), citation/provenance ("which article
cites", "DOI", "what is this based on", "written with AI"), and story ("what did the …
say", someone's experience). A question may carry several. A quantity or time question
also names the dimension of the amount it asks for ("how often" → frequency, see
`liftqa.answer.amounts`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from liftqa.answer.amounts import Dimension, asked_dimension

Intent = Literal[
    "efficacy",
    "quantity",
    "list",
    "howto",
    "comparison",
    "risk",
    "mechanism",
    "population",
    "time",
    "citation",
    "story",
]

_I = re.IGNORECASE
# What follows "how much" in a question of degree, not of an amount: "how much people
# benefit", "how much it helps", "how much better".
DEGREE = (
    r"\s+(?:\w+\s+){0,2}?(?:benefits?|helps?|improves?|changes?|matters?|differs?|better|"
    r"worse)\b"
)
_PATTERNS: dict[Intent, re.Pattern[str]] = {
    "efficacy": re.compile(
        r"\b(?:help|helps|helping|work|works|effective|effectiveness|efficacy|benefit\w*"
        r"|improv\w*|reduc\w*|effect|effects|evidence|proven|hype|actually|worth\s+it"
        r"|make\s+(?:me|you)\s+feel|feel\s+better|does\s+\w+\s+(?:help|work))\b",
        _I,
    ),
    "quantity": re.compile(
        r"\bhow\s+(?:many|much|often|frequently|long|heavy|hard)\b(?!" + DEGREE + r")"
        r"|\b(?:dose|dosage|frequency"
        r"|sets?|reps?|repetitions|minutes|sessions|times\s+a\s+week|per\s+week|intensity"
        r"|volume|parameters|number\s+of|effect\s+sizes?|pooled|participants)\b",
        _I,
    ),
    "list": re.compile(
        r"\b(?:which|what\s+are\s+(?:the|some)|list|examples?|types?\s+of|kinds?\s+of"
        r"|main|ways)\b",
        _I,
    ),
    "howto": re.compile(
        r"\bhow\s+(?:do|should|can|would)\s+(?:i|we|you|they|patients?)\b"
        r"|\bhow\s+(?:am|are|is)\s+(?:i|we|you|one)\s+(?:supposed|meant|going)\s+to\b|\b(?:start"
        r"|started|starting|begin|beginner|routine|program(?:me)?|plan|exercises|(?:what|which|best|good|some)\s+exercise|prescription"
        r"|prescribe|workout|instead|at\s+home|what\s+should\s+i\s+do|tips?|advice|stick\s+(?:with|to)"
        r"|keep\s+at\s+it|motivat\w*)\b",
        _I,
    ),
    "comparison": re.compile(
        r"\b(?:compare[sd]?|comparison|versus|vs\.?|better\s+(?:than|for)|worse\s+than|instead|than"
        r"|or\s+(?:both|therapy|medication|cardio|running|aerobic)|combin\w+|both|alongside)\b",
        _I,
    ),
    "risk": re.compile(
        r"\b(?:safe|safety|unsafe|risks?|risky|danger\w*|side[\s-]?effects?|downsides?"
        r"|harm\w*|hurt|injur\w*|pain|worse|contraindicat\w*|clearance|caution\w*|careful"
        r"|pregnan\w*|blood\s+pressure|hypertension|heart|cardiac|diabetes|osteoporosis"
        r"|eating\s+disorder|panic\w*|heavy|trigger\w*|set\s+off|beta[\s-]?blockers?|frail\w*"
        r"|(?:ask|see|tell|consult|check\s+with|talk\s+to)\s+(?:my|a|your|the)\s+(?:doctor|gp"
        r"|physician|psychiatrist|clinician)"
        r"|is\s+it\s+ok(?:ay)?|(?:check|know|consider|watch\s+out\s+for)\s+before|(?:quit|stop|come\s+off|replace)\s+my|(?:quit|stop|come\s+off|taking|replace)\s+(?:\w+\s+){0,2}"
        r"(?:meds|medications?|antidepress\w*|pills))\b",
        _I,
    ),
    "mechanism": re.compile(
        r"\b(?:why|mechanisms?|how\s+does\s+(?:it|lifting|training|exercise|strength|resistance)"
        r"(?:\s+[\w-]+){0,2}?\s+(?:work|works|change|changes|affect|affects|act|help|helps|reduce"
        r"|improve|lower|boost|do\s+that)"
        r"|brain|neuro\w*|bdnf|hormon\w*|cortisol|serotonin|dopamine|endorphins?"
        r"|inflammat\w*|hpa|igf|biolog\w*|chemistry|psychological\s+mechanisms?|self-efficacy"
        r"|mastery|explain\w*|mediators?|pathways?|what\s+does\s+it\s+do)\b",
        _I,
    ),
    "population": re.compile(
        r"\b(?:who|which\s+(?:patients|people|groups)|older|elderly|age\w*|young|adolescents?"
        r"|teens?|women|men|pregnan\w*|severity|severe|mild|moderate|populations?"
        r"|frail\w*|veterans?|beginners?)\b",
        _I,
    ),
    "time": re.compile(
        r"\bhow\s+(?:long|soon|quickly|fast)\b|\b(?:till|until|weeks?|months?|notice"
        r"|when\s+will|time\s+course|timeline)\b",
        _I,
    ),
    "citation": re.compile(
        r"(?i:\b(?:cites?|cited|citing|citations?|doi|references?|bibliograph\w*|published"
        r"|journal|which\s+(?:article|source|paper)s?|what\s+(?:is|are|was|were)\s+(?:this|that|it"
        r"|these|those|the)(?:\s+[\w-]+){0,8}\s+based\s+on|based\s+on\s+what|where\s+(?:does|do|did)"
        r"\s+(?:this|that|it|they|these)\s+(?:come|came)\s+from|sources?\s+(?:for|behind)|what\s+sources?\s+(?:is|are|was|were)"
        r"\s+(?:given|cited)"
        r"|what\s+(?:studies|study|research|evidence)\s+(?:is|are|was|were)\s+(?:cited|behind)"
        r"|(?:backed|supported)\s+by\s+what|written\s+(?:with|by)"
        r"|co-?created|with\s+(?:the\s+help\s+of\s+)?ai|provenance|who\s+wrote|author\s+of)\b)"
        r"|\b[A-Z][a-z]+(?:\s+et\s+al\.?)?,?\s+(?:19|20)\d{2}\b",
    ),
    "story": re.compile(
        r"\bdid\s+(?:\w+\s+){1,4}say\b|\b(?:story|stories|anecdot\w*|case\s+stud\w*|someone"
        r"|somebody|guy|man|woman|girl|boy|veteran|addict)\b",
        _I,
    ),
}

# The roles that answer each intent best, most wanted first.
PREFERRED: dict[Intent, tuple[str, ...]] = {
    "efficacy": ("finding", "claim"),
    "quantity": ("finding", "recommendation"),
    "list": ("finding", "recommendation", "caution"),
    "howto": ("recommendation",),
    "comparison": ("finding",),
    "risk": ("caution",),
    "mechanism": ("mechanism", "definition"),
    "population": ("finding", "caution"),
    "time": ("finding", "recommendation"),
    "citation": ("finding", "reference"),
    "story": ("story",),
}


@dataclass(frozen=True)
class QuestionIntent:
    intents: frozenset[Intent]
    dimension: Dimension | None = None  # the amount a quantity question asks for

    def has(self, intent: Intent) -> bool:
        return intent in self.intents

    @property
    def preferred_roles(self) -> frozenset[str]:
        """The roles the intents ask for; a question about mechanisms ("what mechanisms
        explain the antidepressant effect") wants mechanisms, not the effect's findings."""
        intents = self.intents - {"efficacy"} if "mechanism" in self.intents else self.intents
        return frozenset(r for i in intents for r in PREFERRED[i])

    @property
    def wants_caution_first(self) -> bool:
        """A question naming a risk, a condition, panic, heaviness or injury: cautions lead,
        never reassurance."""
        return self.has("risk")


def read_intent(question: str) -> QuestionIntent:
    intents = frozenset(i for i, p in _PATTERNS.items() if p.search(question))
    asks_amount = bool(intents & {"quantity", "time"})
    return QuestionIntent(intents, asked_dimension(question) if asks_amount else None)


_HELPS_RE = re.compile(
    r"\b(?:help|helps|helping|work|works|effective|benefit\w*|improv\w*|reduc\w*|eas\w+"
    r"|relieve\w*|good\s+for|do\s+anything|feel\s+better|make\s+(?:me|you)\s+feel)\b",
    _I,
)


def asks_if_it_helps(question: str) -> bool:
    """Whether training helps with something ("can lifting help with PTSD?", "does it do
    anything for anxiety"), as against questions about the evidence itself ("what are the
    limitations of the evidence on …")."""
    return _HELPS_RE.search(question) is not None
