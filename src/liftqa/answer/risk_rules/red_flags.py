"""Red flags for exercise: urgent symptoms and conditions that need a clinician first."""

from __future__ import annotations

from liftqa.answer.risk_rules.blocks import compile_all

# Signs that exercise needs a clinician first (chest pain, fainting, pregnancy, recent surgery,
# rhabdomyolysis).
# Symptoms now that can be an emergency: the notice says stop and call the emergency number.
RED_URGENT = [
    # Chest and arm: chest pain or pressure, a numb left arm.
    r"\bchest\b[^.?!]{0,40}\b(?:pain|pressure|tight\w*|ach\w*|band|killing|hurts?|heavy|squeez\w*)",
    r"\b(?:pain|pressure|tightness)\b[^.?!]{0,25}\bchest\b",
    r"\b(?:left\s+)?arm\b[^.?!]{0,30}\b(?:numb\w*|tingl\w*|dead)\b|\bnumb\w*\b[^.?!]{0,25}\barm\b|"
    r"\btingling\s+down\s+my\s+(?:left\s+)?arm\b",
    # Fainting, breathlessness, a sudden or severe headache.
    r"\b(?:faint\w*|passed\s+out|blacked\s+out|black\s+out|nearly\s+blacked|collaps\w*|came\s+round|"
    r"lost\s+consciousness|saw\s+stars|desmai\w*)\b",
    r"\b(?:short|shortness)\s+of\s+breath\b|\bbreathless\w*\b|\bcan'?t\s+(?:catch\s+my\s+)?breath",
    r"\b(?:sudden|worst|thunderclap|splitting|severe)\b[^.?!]{0,20}\bheadache\b|\bheadache\b[^.?!]"
    r"{0,30}\b(?:sudden|worst|vision|during\s+(?:a\s+)?(?:lift|set|deadlift|squat))",
    # A condition turned urgent: a racing heart that will not settle or with light-headedness,
    # blood pressure in the hypertensive-crisis range, bleeding or pain in pregnancy, a limb
    # swollen purple or cold, numb legs or lost bladder feeling after a back injury, a weak arm
    # after a pop in the chest.
    r"\bheart\b[^.?!]{0,60}\b(?:won'?t\s+(?:slow|settle|come\s+down|calm)|stays?\s+there|for\s+"
    r"minutes|even\s+\d+\s+minutes|minutes\s+after|light-?\s?headed|dizzy)\b",
    r"\b(?:1[89]\d|2\d\d)\s*/\s*(?:1[0-4]\d|\d{2})\b",
    r"\bpregnan\w*\b[^.?!]{0,80}\b(?:bleed\w*|blood|spotting|cramp\w*|contractions?|belly\s+pain|"
    r"(?:sharp|bad|severe)\s+pain|leak\w*)\b|\b(?:bleed\w*|spotting|cramp\w*)\b[^.?!]{0,60}\bpregnan",
    r"\bswell\w*\b[^.?!]{0,40}\b(?:purple|cold|numb)\b|\b(?:went|turned)\s+purple\b",
    r"\blegs?\b[^.?!]{0,20}\bnumb\w*|\bcan'?t\s+(?:feel\s+when\s+i\s+pee|control\s+my\s+bladder)\b",
    r"\barm'?s?\b[^.?!]{0,15}\bweak\b",
    # Heat illness and rhabdomyolysis: cold sweats, stopped sweating, dark urine.
    r"\bcold\s+sweats?\b|\bstopped\s+sweating\b|\bdizzy\b[^.?!]{0,40}\b(?:heat|sick|headache|vomit)",
    r"\bdark\s+(?:brown|cola|coke)[-\s]colou?red\s+(?:urine|pee)\b|\brhabdo\w*\b",
]
# Conditions that call for a clinician before (more) training: the notice says ask a
# clinician what is safe, and names the emergency symptoms to stop for.
RED_CONDITION = [
    # Heart and blood pressure: heart conditions, a racing heart, uncontrolled blood pressure.
    r"\bheart\s+(?:failure|condition|disease|attack)\b|\bejection\s+fraction\b|\bcardiomyopath\w*"
    r"|\barrhythmi\w*",
    # a racing heart, unless the message is about panic or anxiety, where a racing heart is the
    # symptom asked about ("i get panic attacks when my heart races"; an urgent racing heart is
    # in `RED_URGENT`)
    r"^(?![\s\S]*\b(?:panic\w*|anxi\w*)\b)[\s\S]*?\bheart\b[^.?!]{0,30}\b(?:races?|racing|"
    r"flutter\w*|skipping|200)\b",
    r"\b(?:blood\s+pressure|bp)\b[^.?!]{0,40}\b(?:high|uncontrolled|\d{3}|through\s+the\s+roof|"
    r"not\s+controlled)\b|\bhypertensi\w*\b[^.?!]{0,20}\buncontrolled\b",
    # Pregnancy, and recent surgery or birth.
    r"\bpregnan\w*|\bweeks?\s+pregnant\b|\bplacenta\b|\b\d{1,2}[- ]weeks?\s+(?:scan|along)\b",
    r"\b(?:surgery|operation|op|c[-\s]?section|replacement|repair|gave\s+birth|had\s+a\s+baby|"
    r"stitches|stent|bypass)\b[^.?!]{0,40}\b(?:ago|last\s+week|yesterday|days|weeks)\b|\b(?:days|"
    r"weeks?)\s+(?:after|since)\s+(?:my\s+)?(?:surgery|operation|birth|c[-\s]?section)",
    # Acute injury: a pop or snap, can't bear weight, swelling that turns purple.
    r"\b(?:heard|felt)\s+a\s+(?:pop|snap)\b|\bcan'?t\s+(?:put|bear)\s+(?:any\s+)?weight\b|\bswell\w*"
    r"\b[^.?!]{0,40}\b(?:purple|cold|numb|can'?t)\b|\b(?:went|turned)\s+purple\b",
]
RED_FLAGS = RED_URGENT + RED_CONDITION

P_RED = compile_all(RED_FLAGS)
P_RED_URGENT = compile_all(RED_URGENT)
