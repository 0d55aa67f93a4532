"""Frames that change a reading: risk as a topic, a research or writing question, someone
else's medicine, a resolved history, gym slang."""

from __future__ import annotations

import re

# Risk as a topic, a research or writing question, a resolved history, gym slang: `risk` masks
# or discounts a reading with them.
# Risk named as a topic (prevention, rates, signs, guidelines): not a disclosure by itself.
TOPIC = re.compile(
    r"\b(?:suicid\w*|self[-\s]?harm\w*|eating\s+disorders?)\s+(?:prevention|research|rates?|"
    r"awareness|statistics|guidelines|risk\s+factors|screening|training|policy|protocols?)\b|"
    r"\b(?:died|dies|lost|loses|losing|death|deaths)\s+(?:\w+\s+){0,3}?(?:by|to)\s+suicide\b|"
    r"\bsuicide\s+(?:severity|scale|attempt\s+survivor|loss|bereave\w*)|\bnon-?suicidal\b|"
    r"\b(?:taux\s+de\s+suicide|suicide\s+rate|suizidrate|tasa\s+de\s+suicidio)\b|\b(?:member|"
    r"student|client|athlete|patient|someone|person)\s+(?:who\s+)?(?:discloses?|disclosed|reports?|"
    r"mentions?)\s+(?:suicidal\s+\w+|self[-\s]?harm\w*|an\s+eating\s+disorder)|"
    r"\b(?:risk|rates?|prevalence|signs?|warning\s+signs)\s+of\s+(?:suicid\w*|self[-\s]?harm\w*|"
    r"eating\s+disorders?)\b|\bat\s+risk\s+of\s+(?:suicid\w*|self[-\s]?harm\w*)"
)
# Someone's medicine in the writer's hands ("the bottle of my mum's sleeping pills"): the
# owner is not the person at risk, so the third-party rules read it as "the pills".
OWNED_MEANS = re.compile(
    r"\b(?:my|his|her|their|our)\s+\w+?(?:'s|s'|s)\s+(?:\w+\s+)?(?:pills|tablets|meds|medication|"
    r"medicines?|painkillers)\b"
)
# A research, study or writing frame (essays, novels, statistics).
RESEARCH = re.compile(
    r"\b(?:research|studies|study|evidence|statistics|rates?|risk\s+factors?|does\s+exercise|"
    r"can\s+exercise|can\s+lifting|how\s+does|is\s+there|prevalence|literature|meta-analys\w*|"
    r"protective|neurochemical|risk|lower|reduce|documented|guidance|policy|data|veterans|"
    r"for\s+my\s+(?:essay|class|thesis|course)|effective\s+for|warning\s+signs|relationship\s+"
    r"between|why\s+do\s+people|studied|psychology\s+class|understand\s+it|how\s+common|"
    r"dissertation|assignment|homework|paper|studien|estudios|études|studi|estudos|"
    r"writing\s+a\s+(?:short\s+)?(?:story|novel|screenplay|script)|in\s+my\s+(?:novel|story|book|"
    r"screenplay)|main\s+character|clinically|difference\s+between)\b"
)
# A resolved history: years ago, recovered, in remission, clean for months.
HISTORY = re.compile(
    r"\b(?:years?\s+ago|a\s+decade\s+ago|behind\s+me|in\s+(?:my\s+)?(?:teens|twenties|school|college|university)|recovered|"
    r"in\s+recovery|in\s+remission|used\s+to\s+(?:have|be|self|struggle|cut|starve|purge)|"
    r"had\s+(?:anorexia|bulimia|an\s+eating\s+disorder|a\s+suicide\s+attempt)|history\s+of|"
    r"(?:since|when\s+i\s+was)\s+(?:school|a\s+teen|\d+|young)|clean\s+(?:for|since)|"
    r"haven'?t\s+(?:self[-\s]?harmed|cut|purged)\s+(?:in|for|since)|back\s+then|long\s+time\s+ago|"
    r"former\s+\w+|(?:\d+|\w+)\s+(?:years?|months?)\s+(?:\w+\s+){0,2}?(?:clean|free|sober)|"
    r"(?:late|early|in\s+my)\s+(?:teens|20s|30s|twenties|thirties)|at\s+1\d\b|survivor|old\s+"
    r"(?:\w+\s+)?scars|i'?m\s+\d+\s+now|hace\s+\d+\s+años|"
    r"il\s+y\s+a\s+\d+\s+ans|vor\s+\d+\s+jahren|\d+\s+anni\s+fa|há\s+\d+\s+anos|discharged|was\s+in\s+"
    r"(?:an?\s+)?(?:\w+\s+){0,3}(?:program|programme|treatment|inpatient)|back\s+in\s+(?:uni|school|college|the\s+day)|worked\s+on\s+"
    r"it\s+in\s+therapy)\b"
)
# Gym slang and jokes removed before reading: "kill this set", "cutting phase", "deadlifts",
# "suicide sprints", "I want to die lol".
SLANG_SAFE = re.compile(
    r"(?:want\s+to\s+die|wanna\s+die|quiero\s+morir\w*|me\s+quiero\s+morir|kill\s+me)\b[^.?!]{0,50}"
    r"(?:😭|😂|🤣|💀|\blol\b|\blmao\b|haha|of\s+embarrassment|de\s+(?:la\s+)?verg[uü]enza)|\bif\s+i\s+"
    r"die\s+(?:on|during|under)\s+(?:the\s+)?\w+[^.?!]{0,60}(?:😂|🤣|💀|\blol\b|\blmao\b|haha)|"
    r"\boverdosed\s+on\s+(?:pre[-\s]?workout|caffeine|coffee|carbs|sugar|cardio)\b|\bsuicide\s+(?:grip|sprints?|squats?|runs?|drills?|shuttles?|sets?|push-?ups?|burpees?)\b|\bcrushed\s+me\s+on\b|"
    r"\b(?:killer|killing\s+it|killed\s+it|kill\s+(?:the|this|that|my)\s+(?:workout|set|session|"
    r"lights|music|pump|leg\s+day|gains)|dead\s*(?:lift|hang|bug)s?|cutting\s+(?:phase|season|"
    r"cycle|diet|weight|for|and\s+bulking)|(?:on|in)\s+a\s+cut|cut\s+(?:the\s+sleeves|down\s+on|back"
    r"\s+on)|leg\s+day\s+killed|dying\s+(?:to|for|of\s+laughter)|to\s+failure|take\s+it\s+all\s+"
    r"(?:in|the\s+way|back)|rather\s+die\s+than\s+skip|i'?m\s+dead\b[^.?!]{0,5}(?:😭|😂|lol|lmao))"
)
