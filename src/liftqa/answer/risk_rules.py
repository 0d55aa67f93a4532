"""The safety layer's rules, as data: the regular expressions `liftqa.answer.risk` reads a
message with. They match the normalised text (`risk.normalise`: lower case; leetspeak,
textspeak and hidden characters folded), case-insensitively, in English and in Spanish,
Portuguese, Italian, French and German.

One section per class, each list defined once:

- building blocks: fragments the rules share (`_ME`, `_SELF`, `_OTHER`, `_MEDS`, `_DRUG`,
  `_RX`, `_BODY`, `_WHEN`, `_WEAPON`, ...);
- suicide, acute (`_SUICIDE_ACUTE`): intent with a time, being at the edge, means at hand,
  acts taken, farewells, method and lethality questions;
- suicide, elevated or passive (`_SUICIDE`): suicide named, wishing to be dead, passive
  ideation, burden, hopelessness, euphemisms, preparations;
- self-harm (`_SELF_HARM`, and `SELF_HARM_ACUTE` for its acute tier);
- eating disorder (`_ED`); eating disorder, acute (`_ED_ACUTE`);
- someone else at risk (`_THIRD`);
- frames that change a reading: risk as a topic (`TOPIC`), research or writing (`RESEARCH`),
  a resolved history (`HISTORY`), gym slang (`SLANG_SAFE`);
- red flags for exercise (`RED_FLAGS`);
- medication (`MED_RE`, `MED_ACTION`);
- the compiled lists `risk` imports (`P_SUICIDE_ACUTE`, `P_SUICIDE`, ...).

Inside a list the rules are grouped by meaning, one comment per family. A list is read with
`any()`, so the order inside it does not matter.

To add a rule: write the meaning, not the example (any body part, any medicine, any
weekday, the other languages where they say it the same way); put it in its class's family
(or start a family with a comment); check it against the hard negatives of `tests/safety`
(gym slang, training talk: "kill this set", "cutting phase", "burn in my legs"); and add one
test for it in `tests/test_risk.py`."""

from __future__ import annotations

import re

# --- building blocks ------------------------------------------------------------------------------
# Fragments the rules below are built from: who ("me", "myself", someone close), which
# medicines, which body parts, when, which means.
# The writer: first person singular, and "myself" (with "my self").
_ME = r"(?:i|i'm|i am|i've|i'd|i'll|me|my|myself|mine)"
_SELF = r"(?:my\s*self|myself)"
# Someone else: a friend, relative, partner, client, athlete, ... (the third-party rules).
_OTHER = (
    r"(?:my|our|a|his|her|their)\s+(?:(?:best|close|little|big|older|younger|teenage|"
    r"\d+[- ]year[- ]old)\s+)?(?:friend|mate|buddy|son|daughter|kid|child|teen|wife|husband|"
    r"partner|boyfriend|girlfriend|bf|gf|ex|mum|mom|mother|dad|father|grandad|grandpa|"
    r"grandma|nan|gran|grandfather|grandmother|sister|brother|twin|cousin|niece|nephew|"
    r"uncle|aunt|roommate|flatmate|housemate|colleague|coworker|co-worker|employee|client|"
    r"patient|student|athlete|teammate|gym buddy|training partner|neighbou?r|classmate|"
    r"guy|girl|lad|member|stepdaughter|stepson|fiance|fiancee)s?"
)
# Pills and what is swallowed in an overdose (kept; no rule uses it at present).
_PILLS = (
    r"(?:pills?|tablets?|meds|medication|medicines?|paracetamol|acetaminophen|tylenol|"
    r"ibuprofen|aspirin|sleeping pills|insulin|lithium|sertraline|fluoxetine|caffeine|"
    r"antidepressants?|painkillers?|opioids?|oxy\w*|benzos?|xanax|everything|the (?:whole|"
    r"entire) (?:bottle|pack|box|packet))"
)
# Every medicine, supplement or dose a message can name (the medication route).
_MEDS = (
    r"antidepressants?|anti-depressants?|ssris?|snris?|maois?|medications?|medicines?|meds"
    r"|pills?|tablets?|prescriptions?|drugs?|fluoxetine|prozac|sertraline|zoloft|escitalopram"
    r"|lexapro|citalopram|celexa|paroxetine|paxil|venlafaxine|effexor|duloxetine|cymbalta"
    r"|bupropion|wellbutrin|mirtazapine|trazodone|lithium|quetiapine|seroquel|aripiprazole"
    r"|abilify|lamotrigine|benzodiazepines?|benzos?|xanax|alprazolam|lorazepam|ativan"
    r"|clonazepam|klonopin|diazepam|valium|propranolol|beta[-\s]?blockers?|metoprolol"
    r"|adderall|ritalin|methylphenidate|vyvanse|concerta|stimulants?|sleeping\s+pills?|"
    r"painkillers?|st\.?\s*john'?s\s+wort|sam-e|s-adenosyl\w*|5-?htp|ashwagandha|kava|tramadol|"
    r"pre-?workout|fat\s+burners?|caffeine\s+pills?|creatine|supplements?|insulin|metformin|"
    r"levothyroxine|birth\s+control|the\s+pill|sertralina|fluoxetina|medikament\w*|médicament\w*"
    r"|\d+(?:\.\d+)?\s?(?:mg|mcg)"
)
# Any medicine, with the common painkillers and the other languages' words for pills.
_DRUG = (
    rf"(?:{_MEDS}|paracetamol|acetaminophen|tylenol|ibuprofen|aspirin|pastillas|pastiglie|"
    r"comprimidos|comprimés|cachets|tabletten|pillen)"
)
# Prescription medicines and pills (not supplements, caffeine or pre-workout): "how much of
# this is too much" about them is an overdose-amount question.
_RX = (
    r"(?:pills?|tablets?|meds|medication|antidepressants?|ssris?|snris?|sleeping\s+(?:pills?|"
    r"tablets?)|painkillers?|paracetamol|acetaminophen|tylenol|ibuprofen|aspirin|fluoxetine|prozac|"
    r"sertraline|zoloft|escitalopram|lexapro|citalopram|celexa|paroxetine|paxil|venlafaxine|"
    r"effexor|duloxetine|cymbalta|bupropion|wellbutrin|mirtazapine|trazodone|lithium|quetiapine|"
    r"seroquel|aripiprazole|abilify|lamotrigine|benzodiazepines?|benzos?|xanax|alprazolam|"
    r"lorazepam|ativan|clonazepam|klonopin|diazepam|valium|propranolol|amitriptyline|zopiclone|"
    r"zolpidem|ambien|tramadol|codeine|oxycodone|insulin|digoxin)"
)
# Body parts where self-harm is done; `_BODY` is the group (legs are left out of it).
_BODY_PARTS = (
    r"arms?|wrists?|thighs?|stomach|belly|tummy|skin|hips?|ankles?|forearms?|hands?|palms?|"
    r"fingers?|knuckles?|ribs?|calf|calves|shins?|feet|foot|face|neck|breasts?"
)
_BODY = rf"(?:{_BODY_PARTS})"  # not legs: "burn in my legs" is training talk
# A time close enough to be a plan: tonight, tomorrow, a weekday.
_WHEN = (
    r"(?:tonight|today|tomorrow|this\s+(?:weekend|week)|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday)"
)
# Means of hanging, shooting or cutting, not "jump rope", "battle rope", "nail gun".
_WEAPON = (
    r"(?<!jump\s)(?<!skipping\s)(?<!climbing\s)(?<!battle\s)(?<!massage\s)(?<!nail\s)(?<!glue\s)"
    r"(?:rope|noose|gun|shotgun|rifle|pistol|razor|blade)"
)
# A supply of pills.
_SUPPLY = r"(?:pills|tablets|meds|oxy\w*|the\s+whole\s+(?:bottle|packet|box))"


# --- suicide, acute -------------------------------------------------------------------------------
# Intent, plan, means, acts and method questions (the C-SSRS's intent, plan, preparatory acts
# and acts): `risk` reads any of them as suicide, acute tier.
_SUICIDE_ACUTE = [
    # Intent with a time or a decision: "going to end it tonight", "I'm doing it on friday",
    # "I've decided", "tonight's the night", "won't be around after sunday" (es/pt/it/fr/de too).
    r"\b(?:going|gonna|about|ready|plan(?:ning)?|decided|tonight|today|tomorrow)\b[^.?!]{0,40}"
    r"\b(?:kill\s+" + _SELF + r"|end\s+(?:it|my\s+life|things|it\s+all)|do\s+it|jump|"
    r"hang\s+" + _SELF + r"|take\s+(?:them\s+)?all|go\s+through\s+with\s+it)\b",
    r"\b(?:kill|end)\w*\s+(?:" + _SELF + r"|it all|my life)\b[^.?!]{0,40}\b(?:tonight|today|"
    r"tomorrow|this weekend|on (?:sunday|monday|tuesday|wednesday|thursday|friday|saturday))",
    r"\b(?:tonight|today|tomorrow)\b[^.?!]{0,25}\b(?:i\s+)?(?:end it|end my life|do it|"
    r"kill\s+" + _SELF + r"|jump)\b",
    r"\btonight'?s\s+the\s+night\b|\b(?:done|finished)\s+with\s+everything\b(?!\s+(?:for|at|on)\b)"
    r"|\bwon'?t\s+need\s+(?:it|this|them)\s+(?:past|after|beyond)\s+" + _WHEN,
    r"\b(?:i'?m|i\s+am)\s+(?:doing|going\s+to\s+do|gonna\s+do)\s+it\s+(?:on\s+|this\s+|by\s+)?"
    + _WHEN
    + r"\b|\bi'?ve\s+"
    r"decided\s*[.!]|\bthe\s+note\s+is\s+(?:already\s+)?(?:written|done|ready)\b|\bnote\b[^.?!]{0,40}"
    r"\bsaying\s+sorry\b",
    r"\bwon'?t\s+be\s+(?:around|here|alive)\s+(?:after|past|by|beyond)\s+" + _WHEN + r"|\bwon'?t"
    r"\s+need\s+(?:it|them|this|these|any\s+of\s+it)\s+where\s+i'?m\s+going\b",
    r"\bwon'?t\s+be\s+(?:here|around|alive)\s+(?:next|by\s+next|after\s+next)\s+(?:week|month|"
    r"weekend)\b|\bi'?m\s+(?:checking|tapping)\s+out\b(?!\s+(?:of\s+)?(?:the\s+)?(?:gym|hotel|"
    r"books?|early))|\bmy\s+last\s+(?:workout|session|pr|lift)\b[^.?!]{0,80}\b(?:sunday|monday|"
    r"tuesday|wednesday|thursday|friday|saturday|tonight|tomorrow|then)\b",
    r"\beverything'?s\s+(?:set|ready|sorted|planned)\s+for\s+(?:tonight|tomorrow|" + _WHEN + r")\b|"
    r"\b(?:logging|signing)\s+off\s+(?:for\s+good|permanently|forever)\b|\bno\s+respawn\b",
    r"\b(?:me\s+voy\s+a\s+(?:matar|colgar)|me\s+voy\s+a\s+tirar\s+(?:del|de\s+un|por)|ya\s+lo\s+"
    r"decid\w*|vou\s+me\s+matar|mi\s+ammazzo|je\s+vais\s+me\s+tuer|ich\s+bringe\s+mich\s+um)\b",
    r"\b(?:ya\s+lo\s+decidí|já\s+decidi|ho\s+deciso|j'ai\s+décidé|ich\s+habe\s+(?:mich\s+)?"
    r"entschieden)\s*[.!]|\bacabo\s+com\s+tudo\b|\b(?:messo\s+da\s+parte|mis\s+de\s+côté|"
    r"zur\s+seite\s+gelegt|guardé|guardei)\b[^.?!]{0,40}\b(?:farmaci|pastiglie|médicaments|"
    r"cachets|tabletten|pastillas|comprimidos)\b",
    r"\b(?:la\s+faccio\s+finita|acaba\s+tudo|se\s+acaba\s+todo|c'est\s+fini\s+ce\s+soir|ich\s+mach"
    r"(?:e)?\s+schluss)\b|\b(?:lo\s+tengo\s+decidido|ho\s+preparato\s+tutto|j'ai\s+tout\s+préparé|"
    r"já\s+escrevi\s+as\s+cartas)\b|\bme\s+tiro\s+(?:del|de\s+un|por\s+el)\b",
    r"\b(?:ce\s+soir|esta\s+noche|hoje\s+à\s+noite|stanotte|heute\s+nacht)\s+je\s+saute\b|\bje\s+saute"
    r"\s+ce\s+soir\b|\bmorgen\s+früh\s+ist\s+es\s+soweit\b|\b(?:es\s+ist|c'est)\s+(?:soweit|le\s+moment)"
    r"\b",
    # At the edge, or there to do it: standing on a roof, bridge or the tracks, "came here to do
    # it", "the pull is so strong", "letting go of the wheel", stepping in front of a train.
    r"\bcame\s+(?:up\s+)?here\s+to\s+do\s+it\b|\blooking\s+over\s+the\s+edge\b",
    r"\b(?:standing|stood|sitting|sat)\s+(?:on|at)\s+(?:the\s+)?(?:top\s+of\s+|edge\s+of\s+)?(?:the\s+"
    r")?(?:roof|ledge|bridge|car\s+park|parking\s+garage|cliff|tracks)\b|\b(?:oben\s+auf\s+dem|auf\s+"
    r"der)\s+(?:parkhaus|dach|brücke)\b|\b(?:fährt|fahre|geht|gehe)\s+(?:jetzt\s+)?zur\s+brücke\b",
    r"\b(?:parked|standing|sat|sitting)\s+(?:up\s+)?(?:at|on|by)\s+(?:the\s+)?(?:cliffs?|edge|"
    r"bridge|tracks|railway|roof|top\s+floor)\b",
    r"\b(?:telhado|prédio|ponte|puente|techo|azotea|tetto|toit|pont|dach|brücke)\b[^.?!]{0,60}"
    r"\b(?:pular|saltar|saltare|sauter|springen|tirarme)\b",
    r"\b(?:take|taking|swallow|swallowing)\s+(?:all|every\s+one)\s+of\s+(?:my|the|them)\b|\b(?:jump|"
    r"step)\w*\s+in\s+front\s+of\s+(?:a|the)\s+(?:train|bus|truck|lorry|car)\b|\bdriv\w*\s+(?:my\s+"
    r"car\s+)?off\s+(?:a|the)\s+(?:cliff|bridge|road)\b",
    r"\bthe\s+pull\s+is\s+(?:so\s+|really\s+|too\s+)?strong\b",
    r"\b(?:won'?t|will\s+not)\s+be\s+needing\s+(?:them|it|these)\b|\bletting\s+go\s+of\s+the\s+wheel\b",
    # "won't be needing the stairs back down", "won't need the ticket home": no way back.
    r"\b(?:won'?t|will\s+not)\s+(?:be\s+)?need(?:ing)?\s+(?:the|a|my)\s+(?:stairs|lift|elevator|"
    r"ticket|ride|car|bus)\s+(?:back|home|down|again)\b",
    # Intent stated as a decision without a time: "I've decided I'm ending things after the
    # wedding" (not "thinking about ending things", which is ideation).
    r"\b(?:i'?m|i\s+am)\s+(?:ending|going\s+to\s+end|about\s+to\s+end)\s+(?:things|it\s+all|"
    r"my\s+life)\b(?!\s+with\b)|\b(?:decided|planned|planning)\b[^.?!]{0,40}\bending\s+(?:it|things|"
    r"it\s+all|my\s+life)\b(?!\s+with\b)",
    # Means gathered or at hand: pills saved, counted, lined up or collected from different
    # pharmacies ("enough now"); a rope bought; a rope, gun or blade ready or looked at.
    r"\b(?:have|got|saved|saving|stockpil\w*|counted|collected|bought|ready)\b[^.?!]{0,30}"
    r"\b(?:pills|tablets|meds|rope|the stuff|a gun|the gun|blade)\b[^.?!]{0,40}"
    r"\b(?:tonight|take|end|die|ready|all of them|for when|for tonight|to do it)\b",
    r"\b(?:\d{2,3}|twenty|thirty|forty|fifty)\s+(?:of\s+)?(?:my\s+)?" + _DRUG + r"\b[^.?!]{0,60}"
    r"\b(?:lined\s+up|vodka|whisky|whiskey|alcohol|tonight|the\s+night|enough\s+(?:now|to))",
    r"\b\d{2,4}\s+of\s+my\s+(?:\w+\s+){0,2}?" + _DRUG + r"\b[^.?!]{0,40}\benough\b",
    r"\b(?:enough|sufficient)\b[^.?!]{0,25}\bto\s+(?:do\s+it|die|end\s+it|not\s+wake|kill\s+"
    r"(?:me|myself)|go\s+to\s+sleep\s+forever)\b",
    r"\b(?:bought|got|getting|collect\w*|sav\w*|hoard\w*|stock\w*)\b[^.?!]{0,60}\b(?:from\s+"
    r"(?:a\s+)?different\s+(?:pharmac\w*|chemists?|doctors?)|so\s+(?:they|nobody|no\s+one)\s+"
    r"(?:wouldn'?t|won'?t|would\s+not)\s+(?:notice|know))",
    r"\bi\s+have\s+enough\s+now\b",
    # Saving pills "just in case", counting them: a preparatory act whatever the question around it.
    r"\b(?:saving|saved|stockpil\w*|hoard\w*|stash\w*)\s+(?:up\s+)?(?:my\s+|some\s+|all\s+(?:my\s+)?)?"
    r"(?:pills|tablets|meds|medication|sleeping\s+pills|painkillers)\b",
    r"\b(?:pills|tablets|meds)\b[^.?!]{0,40}\b(?:and|then)\s+count\s+them\b|\bcount(?:ing)?\s+(?:the|my)\s+"
    r"(?:pills|tablets)\b",
    # The note written: "I already wrote my note" (not notes for class, not a note to the coach).
    r"\b(?:wrote|written|finished|left)\s+my\s+note\b(?!\s+(?:to|for|on|about))",
    r"\b"
    + _SUPPLY
    + r"(?:'s|\s+is|\s+are)?\s+(?:(?:all\s+)?out\s+on\s+the\s+(?:table|desk|bed|counter)|"
    r"(?:lined|counted|set)\s+(?:up|out)|ready\s+(?:for\s+tonight|to\s+go))\b|\bgot\s+the\s+bottle\s+of"
    r"\s+(?:my|his|her)\s+\w+'?s?\s+\w+\s+in\s+my\b",
    r"\b(?:bought|got|ordered)\s+(?:a|some)\s+rope\b|\b(?:acheté|compré|comprei|comprato|gekauft)"
    r"\b[^.?!]{0,30}\b(?:corde|cuerda|soga|corda|seil|strick)\b|\b(?:une|la)\s+corde\b[^.?!]{0,40}"
    r"\b(?:acheté|aujourd'hui)\b",
    r"\bholding\s+(?:the|a)\s+(?:blade|knife|razor|gun|rope)\b",
    r"(?<!jump\s)(?<!skipping\s)(?<!climbing\s)\b(?:rope|noose|gun|pistol|razor|blade)\b[^.?!]{0,60}"
    r"\b(?:keep\s+(?:going\s+out\s+to\s+look|looking\s+at|thinking\s+about|staring\s+at)|"
    r"is\s+tied)\b",
    r"\b"
    + _WEAPON
    + r"(?:'s|\s+is|\s+are)?\s+(?:on\s+the\s+(?:table|desk|bed)|in\s+the\s+(?:garage|"
    r"car|shed|drawer)|in\s+my\s+(?:gym\s+)?(?:bag|pocket|car)|under\s+my\s+bed|ready)\b",
    r"\b(?:coltello|pillole|pastiglie|couteau|cachets|cuchillo|pastillas|messer|tabletten)\b[^.?!]{0,40}"
    r"\b(?:sul\s+comodino|sur\s+la\s+table|en\s+la\s+mesa|auf\s+dem\s+tisch|pronte|prêts|listas)\b",
    r"\b(?:googling|searching|looking\s+up)\s+methods\b|\bgot\s+home\s+with\s+everything\s+i\s+need\b|"
    r"\b(?:everything|all)\s+i\s+need\b[^.?!]{0,40}\blast\s+(?:workout|session|day)\b",
    # Acts taken: a count of medicine swallowed, an overdose, an attempt that "didn't work",
    # bleeding that won't stop (es/pt/it/fr/de too).
    r"\b(?:took|swallowed|taken|downed)\b[^.?!]{0,30}\b(?:all|whole|entire|every|a bunch|"
    r"a lot|handful|everything)\b[^.?!]{0,30}\b(?:pills?|tablets?|bottle|pack|meds|organi[sz]er)",
    r"\bi\s+(?:took|have taken|just took)\s+an?\s+overdose\b|\boverdosed\b",
    r"\b(?:took|taken|swallowed|downed)\s+(?:about\s+|like\s+|maybe\s+)?(?:\d{2,3}|twenty|"
    r"thirty|forty|fifty|a\s+handful|handfuls)\s+(?:of\s+)?(?:my\s+|the\s+|her\s+|his\s+)?" + _DRUG,
    r"\b(?:took|swallowed|downed|taken|had)\s+(?:a\s+load|loads|a\s+bunch|a\s+handful|everything|all)"
    r"\s+(?:of\s+)?(?:in\s+the\s+(?:cabinet|cupboard|drawer)|my\s+\w+|the\s+\w+|pills|tablets|meds)",
    r"\b(?:me\s+tomé|tomé|tomei|ho\s+preso|j'ai\s+pris|ich\s+habe)\s+(?:\w+\s+){0,3}(?:pastillas|"
    r"comprimidos|pílulas|remédios|pastiglie|farmaci|cachets|médicaments|tabletten)\b",
    r"\b(?:tomei|me\s+tomé|ho\s+preso|j'ai\s+pris|hab\w*\s+(?:\w+\s+)?genommen)\b[^.?!]{0,30}\b(?:a\s+"
    r"cartela\s+toda|todas?|tutte|toutes?|alle|la\s+scatola|la\s+boîte)\b|\btomei\s+a\s+cartela\b",
    r"\b(?:tried|attempted)\s+(?:last\s+night|yesterday|this\s+morning|again|on\s+\w+day)\b[^.?!]{0,80}"
    r"\b(?:didn'?t\s+work|woke\s+up|failed|still\s+here)\b",
    r"\b(?:sanguinando|sangrando|saignant|blute\w*)\b|\bstill\s+bleeding\b|\bwon'?t\s+stop\s+"
    r"bleeding\b",
    # Farewells and last things: goodbye notes and letters, goodbyes posted or said ("this is my
    # goodbye", "tell my mum I love her", "it's time"; from clinical practice), things given
    # away, "my last workout ever", a photo of pills with a goodbye.
    r"\b(?:goodbye|suicide)\s+(?:note|letter|message)s?\b",
    r"\b(?:wrote|written|writing|left)\b[^.?!]{0,20}\b(?:letters?|notes?)\b[^.?!]{0,30}"
    r"\b(?:family|parents|mum|mom|dad|kids|everyone|for when)\b",
    r"\b(?:posted|sent|wrote|written|recorded|left)\s+(?:my\s+|a\s+)?goodbyes?\b(?!\s+to\s+(?:my\s+"
    r"old|the\s+old))|\bmy\s+goodbye\s+(?:post|message|video|text|letter)\b",
    r"\b(?:this\s+is\s+(?:my\s+)?(?:goodbye|the\s+end)|final\s+goodbye|saying\s+(?:my\s+)?"
    r"goodbyes?(?!\s+to\s+(?:my\s+|the\s+|this\s+)?(?:old|gym|city|job|house|flat|team|coach))|see\s+you\s+(?:on\s+the\s+other\s+side|in\s+the\s+next\s+life)|by\s+the\s+time\s+"
    r"(?:you|anyone|someone)\s+reads?\s+this|when\s+you\s+read\s+this\s+i'?(?:ll|\s+will)\s+be)\b",
    r"\b(?:tell|let)\s+my\s+(?:mum|mom|dad|family|kids|wife|husband|partner|sister|brother)\s+"
    r"(?:i\s+love|that\s+i\s+love|i'?m\s+sorry)\b",
    r"\b(?:it'?s|it\s+is)\s+time\s*[.!]?\s*(?:i'?m\s+ready|goodbye|bye)\b|\bi'?ve\s+made\s+(?:my\s+)?"
    r"peace\s+with\s+(?:it|dying|going|leaving)\b",
    r"\b(?:gave|giving|given)\s+away\b[^.?!]{0,60}\b(?:won'?t|will not|wont)\s+need\b",
    r"\b(?:this is|it'?s)\s+my\s+last\s+(?:workout|session|day|post|message|night)\b|\blast\s+"
    r"(?:\w+\s+)?(?:day|workout|session)\s+ever\b|\bpills\s+are\s+in\s+my\s+(?:bag|pocket|car)\b",
    r"\b(?:foto|photo|picture)\b[^.?!]{0,40}\b(?:pastillas|pills|tablets|comprimidos|pastiglie|"
    r"cachets)\b[^.?!]{0,60}\b(?:adiós|adeus|addio|adieu|goodbye|bye|see\s+ya)\b",
    r"\b(?:lettres?|cartas?|lettere|briefe?)\b[^.?!]{0,40}\b(?:pour\s+mes\s+parents|para\s+mi|para\s+"
    r"os\s+meus|per\s+i\s+miei|für\s+meine|en\s+su\s+cuarto|dans\s+mon\s+sac)\b|\b(?:j'ai\s+donné\s+"
    r"mon\s+chat|le\s+deje\s+mis|hab\s+heute\s+meine\s+\w+\s+verschenkt|brauch\s+sie\s+(?:ja\s+)?(?:eh\s+)?"
    r"nicht\s+mehr)\b",
    # Method and lethality questions, whatever the framing (a story, a hypothetical): fatal
    # doses, how many pills are too many at once, deadly heights, painless or reliable methods,
    # what happens when someone hangs, searches for ways (es/pt/it/fr/de too).
    r"\b(?:lethal|fatal|deadly|kill (?:a person|someone|me|you)|overdose)\b[^.?!]{0,60}"
    r"\b(?:dose|amount|how many|how much|pills?|tablets?|mg)\b",
    r"\b(?:how many|how much|what amount|which)\b[^.?!]{0,60}\b(?:would|will|to|could|does it"
    r" take to)\s+(?:\w+\s+)?(?:kill|be (?:fatal|lethal|deadly)|die|not\s+wake\s+up|"
    r"never\s+wake\s+up|become (?:fatal|lethal|deadly)|od)\b",
    r"\b(?:dose|amount|quantity|number)\b[^.?!]{0,60}\b(?:would|will|could|to)\s+(?:\w+\s+)?(?:be\s+)?"
    r"(?:fatal|lethal|deadly|kill)\b",
    r"\bhow\s+(?:many|much)\b[^.?!]{0,50}\b" + _RX + r"\b[^.?!]{0,40}\btoo\s+(?:many|much)\b|"
    r"\btoo\s+many\s+(?:\w+\s+)?"
    + _RX
    + r"\b[^.?!]{0,30}\bat\s+once\b|\b"
    + _RX
    + r"\b[^.?!]{0,40}"
    r"\b(?:at\s+once|in\s+one\s+go)\b[^.?!]{0,30}\b(?:too\s+many|too\s+much|dangerous|kill|die)",
    r"\b(?:amount|dose|much|many)\b[^.?!]{0,40}\btoo\s+much\s+to\s+survive\b|\b(?:hold|take)\s+"
    r"(?:my\s+|the\s+)?(?:whole\s+)?(?:body\s+)?weight\b[^.?!]{0,60}\b(?:doorframe|door\s+frame|"
    r"beam|rail|hook)\b[^.?!]{0,60}\b(?:hypothetic\w*|gives?\s+way|before\s+it\s+gives)",
    r"\b(?:most|least)\b[^.?!]{0,80}\b(?:deadly|lethal|fatal)\b",
    r"\bleast\s+painful\s+(?:way|method)\b|\bpainless\s+(?:way|method)\s+to\b|\b(?:way|method)s?"
    r"\b[^.?!]{0,40}\b(?:lowest|least)\s+(?:chance\s+of\s+)?surviv\w*",
    r"\bstop\s+(?:someone'?s|a\s+person'?s|somebody'?s|my|your|the|a)\s+heart\b"
    r"(?!\s+(?:attacks?|disease|problems?|from|racing|pounding))|\buntil\s+(?:the|my)"
    r"\s+heart\s+(?:gives\s+out|stops)\b|\b(?:od|overdose)\s+on\b(?!\s+(?:pre[-\s]?workout|caffeine|"
    r"coffee|carbs|sugar)\s+(?:lol|lmao|😂))|\b(?:before|until)\s+it'?s\s+(?:lethal|fatal|deadly)\b|"
    r"\b(?:most\s+reliable|painless)\b[^.?!]{0,40}\b(?:method|way|means)\b",
    r"\b(?:fatal|lethal|deadly|survivable)\b[^.?!]{0,40}\b(?:height|fall|storeys?|stories)\b|"
    r"\b(?:height|fall)\b[^.?!]{0,40}\b(?:be\s+(?:definitely\s+)?(?:fatal|lethal|deadly)|to\s+die"
    r"|definitely\s+kill)",
    r"\b(?:height|fall|drop)\b[^.?!]{0,40}\b(?:always|definitely|guaranteed)\s+(?:fatal|lethal|"
    r"deadly)\b",
    r"\bwhat\s+(?:actually\s+)?happens\b[^.?!]{0,30}\bwhen\s+(?:someone|a\s+person|people)\s+"
    r"(?:hangs?(?:\s+(?:him|her|them)sel(?:f|ves))?\s*[?.]|hanged|overdoses?|od'?s|jumps?\s+"
    r"(?:off|from)|drowns?|bleeds?\s+out)",
    r"\b(?:does|would|will)\s+(?:drowning|hanging|bleeding\s+out|an?\s+overdose|jumping)\s+hurt\b|"
    r"\bhow\s+long\s+can\s+(?:someone|a\s+person|you)\s+(?:last|survive)\s+without\s+(?:food\s+or\s+"
    r"water|water)\b[^.?!]{0,60}\b(?:decided|stop|choose)",
    r"\bhow\s+long\s+(?:does|would|will|did)\s+it\s+take\s+(?:\w+\s+){0,3}?to\s+die\b|\b(?:carbon\s+"
    r"monoxide|exhaust\s+fumes)\b[^.?!]{0,80}\b(?:die|dying|kill|quick|painless|how\s+long)\b",
    r"\b(?:let|drop|lower)\s+(?:it|the\s+bar|the\s+weight|\d+\s*(?:kg|lbs?)?)\s+(?:come\s+down\s+|fall\s+|"
    r"drop\s+)?(?:on|onto|across)\s+my\s+(?:neck|throat)\b|\b(?:neck|throat)\b[^.?!]{0,60}\bwould\s+"
    r"(?:that|it|this)\s+be\s+(?:quick|painless|instant)\b",
    r"\bpile\s+of\s+pills\b|\bsearch(?:es|ed)?\b[^.?!]{0,60}\b(?:how\s+many\s+\w+\s+(?:are|is)\s+"
    r"(?:fatal|lethal)|ways\s+to\s+die|how\s+to\s+(?:kill|hang|overdose))",
    r"\b(?:cu[aá]nt[oa]s?|quant[oa]s?|combien|wie\s*viele?)\b[^.?!]{0,60}(?:para\s+(?:morir|"
    r"morrer|no\s+despertar|não\s+acordar)|per\s+morire|pour\s+mourir|um\s+zu\s+sterben|"
    r"tödlich|hacen\s+falta\s+para)",
    r"\b(?:qual\s+a\s+dose\s+letal|dose\s+letale|dose\s+létale|dosis\s+letal|tödliche\s+dosis|"
    r"seriam\s+fatais|sarebbero\s+fatali|serían\s+fatales|seraient\s+mortel\w*|caída\s+es\s+mortal|"
    r"servono\s+per\s+non\s+svegliarsi|le\s+moins\s+douloureux|menos\s+doloros[oa]|meno\s+dolorosa|"
    r"am\s+wenigsten\s+schmerzhaft)\b",
]


# --- suicide, elevated or passive -----------------------------------------------------------------
# Suicide named, the wish to be dead, passive ideation, burden, hopelessness and preparations
# without a time: `risk` reads them as suicide, elevated tier (unless an acute rule matched).
_SUICIDE = [
    # Suicide named; killing oneself, hanging oneself, ending one's life, jumping off (en,
    # es/pt/it/fr/de).
    r"\bsu+i?c+i?d(?:e|al|ality)\b",
    r"\bkill(?:ing)?\s+" + _SELF + r"\b",
    r"\b(?:end|ending)\s+(?:my\s+(?:own\s+)?life|it\s+all)\b|\btak(?:e|ing)\s+my\s+(?:own\s+)?life\b",
    r"\bhang(?:ing)?\s+" + _SELF + r"\b|\boverdos(?:e|ing)\b",
    r"\b(?:jump|jumping)\s+(?:off|from|in\s+front)\b",
    r"\b(?:suicid(?:arme|arse|io|ar|e|er|armi|ário)|selbstmord|suizid\w*)\b",
    r"\b(?:matarme|me\s+matar|quitarme\s+la\s+vida|uccidermi|togliermi\s+la\s+vita|me\s+tuer|"
    r"mich\s+(?:umbringen|töten)|umbringen|farla\s+finita|en\s+finir|acabar\s+con\s+todo|"
    r"acabar\s+com\s+tudo|acabar\s+com\s+a\s+minha\s+vida|mettre\s+fin\s+à\s+mes\s+jours)\b",
    r"\b(?:buttarmi|tirarme|jogar-me|me\s+jeter|mich\s+stürzen)\s+(?:dal|del|de|da|du|vom)\b|"
    r"\bsmettere\s+di\s+esistere\b|\bdejar\s+de\s+existir\b|\bparar\s+de\s+existir\b|\bcesser\s+"
    r"d'exister\b|\baufhören\s+zu\s+existieren\b|\bnon\s+ce\s+la\s+faccio\s+più\b",
    # Wish to be dead or not to exist: "don't want to live", "wish I was dead", "rather not
    # exist", not waking up, disappearing for good (es/pt/it/fr/de too).
    r"\b(?:don'?t|do\s+not|no\s+longer|never)\s+(?:really\s+)?want\s+to\s+"
    r"(?:be\s+alive|live|exist|be\s+here|wake\s+up|go\s+on|be\s+around)\b",
    r"\b(?:don'?t|do\s+not|no\s+longer)\s+(?:want|wish)\s+to\s+(?:wake\s+up|be\s+alive|exist|be\s+here|"
    r"keep\s+going|carry\s+on|continue)\b|\b(?:tired|done)\s+of\s+(?:trying|fighting|everything)\s*"
    r"[.!]?\s*$",
    r"\b(?:want|wanting|wanted|wish)\w*\s+(?:to\s+)?(?:just\s+)?(?:die|be\s+dead|disappear\s+forever|not\s+exist"
    r"|just\s+not\s+exist|fade\s+out|stop\s+existing|never\s+wake\s+up)\b",
    r"\bwish\s+i\s+(?:was|were)\s+(?:dead|never\s+born|gone)\b|\bwish(?:ing)?\s+i\s+(?:didn'?t|"
    r"did\s+not)\s+exist\b|\bwish(?:ing)?\s+(?:you|i)\s+(?:just\s+)?didn'?t\s+exist\b",
    r"\b(?:rather|prefer)\s+(?:not\s+exist|be\s+dead|not\s+be\s+(?:here|alive))\b",
    r"\b(?:want|wanted|wanna|wish|rather|prefer)\w*\s+(?:to\s+)?(?:just\s+)?(?:disappear|vanish|"
    r"be\s+gone|not\s+be\s+here|not\s+be\s+around|sleep\s+forever|fall\s+asleep\s+and\s+(?:never|"
    r"not)|go\s+to\s+sleep\s+and\s+(?:never|not))\b",
    r"\bslipping\s+under\s+and\s+staying\b|\bnot\s+wake\s+up\b|\bnever\s+wake\s+up\b",
    r"\b(?:wish|wishes|hope)\s+i\s+(?:just\s+)?(?:wouldn'?t|won'?t|didn'?t|don'?t)\s+wake\s+up\b",
    r"\b(?:hope|hoping|pray\w*)\s+(?:that\s+)?(?:i\s+)?(?:don'?t|do\s+not|won'?t|never)\s+(?:grow"
    r"\s+old|wake|make\s+it\s+to|get\s+old|see\s+(?:another|next))\b",
    r"\b(?:stopped|stop|don'?t|no\s+longer)\s+car(?:e|ing)\s+(?:whether|if)\s+i\s+(?:wake|live|"
    r"die|make\s+it|am\s+alive)\b",
    r"\b(?:no\s+quiero|não\s+quero|non\s+voglio|je\s+ne\s+veux|ich\s+will)\s+(?:\w+\s+){0,2}"
    r"(?:vivir|viver|vivere|vivre|leben|despertar|acordar|svegliarmi|exister|existir)\b",
    r"\b(?:plus\s+envie\s+de\s+vivre|keine\s+lust\s+mehr\s+zu\s+leben|nicht\s+mehr\s+leben|"
    r"nicht\s+mehr\s+aufwachen|mejor\s+sin\s+mí|melhor\s+sem\s+mim|meglio\s+senza\s+di\s+me|"
    r"mieux\s+sans\s+moi|besser\s+dran\s+ohne\s+mich|ohne\s+mich\s+(?:wären|wäre)|quiero\s+morir|"
    r"quero\s+morrer|voglio\s+morire|veux\s+mourir|will\s+sterben|morirme|morrer|sparire\s+per\s+sempre)",
    r"\b(?:no\s+despertar|dormir\w*\s+y\s+no\s+despertar|não\s+acordar|dormir\s+e\s+não\s+acordar|"
    r"non\s+svegliarmi\s+più|ne\s+plus\s+me\s+réveiller|nicht\s+mehr\s+(?:auf)?(?:zu)?wachen)\b",
    r"\b(?:quiero|quisiera|quería|queria|me\s+gustaría|vorrei|voglio|je\s+veux|j'aimerais|envie\s+de"
    r"|ich\s+will|ich\s+möchte|quero|gostaria\s+de)\s+(?:\w+\s+){0,2}(?:desaparecer|sumir|sparire|"
    r"disparaître|verschwinden)\b",
    r"\b(?:no\s+estar\s+(?:más\s+)?aquí|não\s+estar\s+mais\s+aqui|non\s+esserci\s+più|ne\s+plus\s+"
    r"exister|ne\s+plus\s+être\s+là|nicht\s+mehr\s+(?:da\s+)?(?:sein|existieren)|lebensmüde)\b",
    r"\b(?:sumir|desaparecer|sparire|disparaître)\s+de\s+vez\b|\bsumir\s+para\s+sempre\b",
    # Passive ideation said sideways: "wouldn't be the worst thing if the bar slipped", a bus
    # hitting me, walking into the sea, swerving into traffic, joining someone who died.
    r"\b(?:hope|wish|want|pray)\w*\b[^.?!]{0,30}\bcrush(?:ed|es)?\s+me\b|\bnot\s+(?:the\s+)?"
    r"worst\s+thing\s+if\s+(?:i|the\s+bar)\b",
    r"\bwouldn'?t\s+be\s+the\s+worst\s+thing\s+if\b|\bjust\s+sit\s+there\s+wishing\b",
    # Death by accident welcomed: "it'd be fine if my heart just stopped", "if I tore my aorta
    # I'd be okay with that", "I don't care if I get crushed at this point", "if something
    # goes wrong it goes wrong" (lifting alone), "I'd rather the plane went down".
    r"\b(?:fine|okay|ok|alright|a\s+relief|relieved|peaceful|wouldn'?t\s+mind)\s+(?:\w+\s+){0,2}?if\s+"
    r"(?:my\s+heart|i|the\s+bar|it\s+all)\s+(?:just\s+)?(?:stopped|gave\s+out|died|didn'?t\s+wake\s+up|"
    r"never\s+woke\s+up|crushed\s+me|ended)\b",
    r"\bif\s+(?:i|my\s+heart|the\s+bar)\b[^.?!]{0,60}\b(?:died|die|stopped|tore|crushed|didn'?t\s+"
    r"wake|never\s+woke|killed)\b[^.?!]{0,40}\b(?:i'?d|i\s+would)\s+(?:\w+\s+){0,2}?(?:be\s+)?"
    r"(?:(?:okay|ok|fine|alright|at\s+peace)\s+with\s+(?:that|it|this)|relieved|not\s+mind)\b",
    r"\b(?:don'?t|do\s+not|stopped|no\s+longer)\s+(?:even\s+|really\s+)?car(?:e|ing)\s+(?:anymore\s+)?"
    r"(?:if|whether)\s+i\s+(?:get\s+|got\s+)?(?:crushed|killed|die|dead)\b|\b(?:don'?t|do\s+not)\s+"
    r"(?:even\s+|really\s+)?care\s+if\s+i\s+get\s+(?:hurt|injured)\s+(?:at\s+this\s+point|anymore|any"
    r"\s+more)\b",
    r"\bif\s+(?:something|anything|it)\s+goes\s+wrong,?\s+(?:it\s+goes\s+wrong|so\s+be\s+it)\b",
    r"\b(?:i'?d|i\s+would)\s+(?:honestly\s+|really\s+)?rather\s+(?:the\s+(?:plane|car|bus|train)\s+"
    r"(?:went\s+down|crashed)|(?:just\s+)?(?:be\s+dead|not\s+wake\s+up|not\s+be\s+(?:here|alive|"
    r"around)|die)\b(?!\s+than))",
    r"\b(?:if\s+the\s+bar\s+slipped|if\s+i\s+didn'?t\s+wake\s+up|a\s+crash)\b[^.?!]{0,50}\b(?:wouldn'?t"
    r"\s+be\s+(?:so|that|the\s+worst|too)|not\s+(?:be\s+)?(?:so|that)\s+bad|wouldn'?t\s+mind|fine\s+by"
    r"\s+me)",
    r"\bdying\s+(?:wouldn'?t|would\s+not)\s+be\s+(?:so\s+|that\s+|too\s+)?bad\b|\b(?:wouldn'?t|"
    r"would\s+not|won'?t)\s+(?:step|get|move|jump)\s+out\s+of\s+the\s+way\b|\b(?:hit|run\s+over|"
    r"knocked\s+down)\s+by\s+a\s+(?:bus|car|truck|lorry|train)\b[^.?!]{0,40}\b(?:relieved|wouldn'?t"
    r"\s+mind|be\s+(?:fine|okay|ok|good))\b",
    r"\b(?:bus|car|truck|lorry|train)\s+(?:hit|hits|ran\s+over|runs\s+over|killed)\s+me\b[^.?!]"
    r"{0,60}\b(?:relieved|wouldn'?t\s+mind|be\s+(?:fine|okay|ok|good))\b",
    r"\bwalk(?:ing)?\s+into\s+the\s+(?:sea|ocean|river|lake|traffic)\b|\bswerv\w*\s+into\s+(?:the\s+"
    r")?(?:central\s+reservation|oncoming|a\s+(?:tree|wall|truck|lorry)|traffic)\b",
    r"\bwouldn'?t\s+have\s+to\s+keep\s+(?:trying|going|fighting)\b|\b(?:drove|drive|driving|crash\w*)"
    r"\s+into\s+a\s+(?:tree|wall|pole|bridge)\b",
    r"\b(?:passed|died|lost|death)\b[\s\S]{0,160}\b(?:join|be\s+with)\s+(?:her|him|them)\b(?!\s+"
    r"(?:at|in|for|on|old|new|gym|class|team))",
    # Burden and "better off without me": "I'm a burden", "nobody would miss me", "they'd be
    # happier", the family would get the insurance (es/pt/it/fr/de too).
    r"\bnot\s+be\s+(?:anyone|everyone|any\s*one)'?s\s+(?:problem|burden)\b|\bfinally\s+(?:be\s+)?free\b",
    r"\bbetter\s+off\s+(?:dead|without\s+me|if\s+i\s+(?:was|were)n'?t|with\s+me\s+gone)\b",
    r"\b(?:be|been|am|are)\s+better\s+off\s+without\s+me\b",
    r"\b(?:lighter|better|happier|easier|simpler|calmer)\s+(?:off\s+)?(?:without\s+me|if\s+i\s+"
    r"(?:was|were)\s+(?:gone|dead)|if\s+i\s+(?:wasn'?t|weren'?t|was\s+not|were\s+not)\s+(?:here|"
    r"around))\b|\b(?:cope|manage|do)\s+better\s+if\s+i\s+(?:wasn'?t|weren'?t|was\s+not|were\s+not)"
    r"\b",
    r"\b(?:they|everyone|everybody|people|my\s+family)\s+would\s+be\s+(?:happier|better|fine|"
    r"relieved)\s+(?:off\s+)?(?:if\s+i\s+(?:was|were)\s+gone|without\s+me)",
    r"\beveryone'?s\s+better\s+off\b|\bwould\s+manage\s+(?:fine|better)\s+if\s+i\s+(?:wasn'?t|weren'?t)"
    r"\b|\bshort-term'?s\s+all\s+i'?ve\s+got\b|\bwon'?t\s+need\s+the\s+\d+\s+week\b",
    r"\b(?:i'm|i am|feel\s+like)\s+(?:just\s+)?a\s+burden\b|\beveryone'?s?\s+burden\b",
    r"\bburden\s+(?:to|on)\s+(?:everyone|my\s+family|everybody|all\s+of\s+them)\b|\ball(?:en)?\s+nur"
    r"\s+eine\s+last\b",
    r"\b(?:nobody|no\s*one|no-one)\s+would\s+(?:even\s+|really\s+|ever\s+|actually\s+)?(?:notice|care|"
    r"miss\s+me|come\s+to\s+my\s+funeral)\b|\bwon'?t\s+be\s+(?:around|here)\s+(?:much\s+longer|for\s+long)\b",
    r"\b(?:nobody|no\s+one|no-one)\s+(?:is\s+going\s+to|will|would)\s+miss\s+(?:me|it)\b|\bgoing\s+to"
    r"\s+make\s+it\s+much\s+longer\b|\bjust\s+waiting\s+(?:for\s+it\s+to\s+(?:end|be\s+over)|to\s+"
    r"(?:die|go|not\s+be\s+here))|\bi'?m\s+(?:honestly\s+)?just\s+waiting\b[.!]?$",
    r"\b(?:won'?t|will\s+not|wouldn'?t)\s+have\s+to\s+worry\s+about\s+me\b|\beveryone\s+(?:will|would)"
    r"\s+move\s+on\b|\bsoon\s+(?:it\s+)?(?:won'?t|will\s+not)\s+matter\b|\bnot\s+(?:going\s+to|gonna)\s+"
    r"be\s+(?:around|here)\s+(?:for|to\s+see|much)\b",
    r"\b(?:wife|husband|partner|family|kids)\s+would\s+get\s+the\s+(?:life\s+)?insurance\b",
    # "the kids would honestly be fine without me" (not "fine without me this weekend").
    r"\b(?:would|'d|will)\s+(?:\w+\s+){0,2}?(?:be\s+)?(?:fine|better|happier|okay|ok|relieved)\s+"
    r"(?:off\s+)?without\s+me\b(?!\s+(?:for|while|during|at|on|in|this|next|tonight|today|tomorrow))",
    r"\b(?:family|wife|husband|kids)(?:'d|\s+would)\s+(?:get|be)\s+(?:more|better)\b[^.?!]{0,40}\b(?:"
    r"policy|insurance|without\s+me|than\s+from\s+me)",
    r"\b(?:un\s+peso\s+per\s+tutti|una\s+carga\s+para\s+todos|um\s+peso\s+para\s+todos|un\s+"
    r"fardeau\s+pour\s+tout|eine\s+last\s+für\s+alle)\b|\bmeglio\s+se\s+non\s+ci\s+fossi\b|\bmejor\s+"
    r"si\s+no\s+estuviera\b|\bmelhor\s+se\s+eu\s+não\s+estivesse\b|\bmieux\s+si\s+je\s+n'étais\s+"
    r"(?:pas|plus)\s+là\b|\bbesser\s+(?:ohne\s+mich|wenn\s+ich\s+nicht\s+mehr)\b",
    r"\b(?:un\s+poids\s+pour\s+tout\s+le\s+monde|ils\s+seraient\s+soulagés|ohne\s+mich\s+besser\s+dran|"
    r"ya\s+no\s+quiero\s+seguir|j'ai\s+plus\s+envie\s+d'être\s+là|disparaître\s+pour\s+de\s+bon|"
    r"sarebbe\s+meglio\s+mort[oa])\b",
    # Hopelessness and entrapment: no point or reason to live, not worth living, can't go on,
    # no way out (from clinical practice), no future, tired of living, the only reason I'm still
    # here (es/pt/it/fr/de too).
    r"\bno\s+(?:point|reason)\s+(?:in\s+|to\s+)?(?:living|live|going\s+on|being\s+alive"
    r"|to\s+live|to\s+go\s+on|in\s+life|anymore)\b",
    # "some days i don't see the point of being alive", "can't see any reason to go on" (a
    # new-user test, 2026-11-24: inside a training question it got only the check-in line).
    r"\b(?:don'?t|do\s+not|can'?t|cannot|no\s+longer)\s+see\s+(?:the\s+|any\s+|a\s+)?(?:point|"
    r"reason)\s+(?:of|in|to|for)\s+(?:being\s+alive|being\s+here|living|life|going\s+on|go\s+on|"
    r"existing|waking\s+up|carrying\s+on|it\s+all|any\s+of\s+it|staying\s+alive)\b",
    r"\b(?:life|living)\s+(?:is\s+not|isn'?t|is\s+no\s+longer)\s+worth\b|\bnot\s+worth\s+living\b",
    r"\bcan'?t\s+(?:go\s+on|do\s+(?:this|it)\s+anymore|keep\s+going)\b",
    r"\b(?:no\s+way\s+out|trapped\s+with\s+no|can'?t\s+see\s+a\s+way\s+out|can'?t\s+take\s+(?:it|this"
    r"|much\s+more)\s+(?:anymore|any\s+more|much\s+longer)|i\s+give\s+up\s+on\s+(?:everything|"
    r"myself|life))\b",
    r"\bno\s+future\b|\bdon'?t\s+see\s+(?:a|any)\s+future\b|\bnothing\s+to\s+live\s+for\b",
    r"\bdon'?t\s+see\s+myself\s+(?:being\s+)?(?:here|alive|around)\b|\bcan'?t\s+picture\s+(?:myself"
    r"\s+)?(?:being\s+)?(?:here|alive|old|a\s+future)\b|\bstopped\s+planning\s+anything\b",
    r"\bcan'?t\s+see\s+myself\s+(?:being\s+)?(?:here|alive|around)\b|\bfuture\s+i'?m\s+not\s+(?:going\s+"
    r"to\s+be|gonna\s+be)\s+(?:in|around|here|part\s+of)\b",
    r"\b(?:haven'?t|have\s+not)\s+(?:ended|done)\s+(?:things|it)\b|\bonly\s+reason\s+i'?m\s+(?:still"
    r"\s+)?(?:here|alive|around)\b|\bonly\s+(?:thing|reason)\b[^.?!]{0,40}\b(?:keeping\s+me\s+"
    r"(?:here|alive|going|tied)|haven'?t\s+ended)|\b(?:keeping|keeps|stopping|stops)\s+me\s+from\s+"
    r"(?:ending\s+(?:it|things|my\s+life)|killing\s+myself|doing\s+it)\b",
    r"\b(?:tired|sick|exhausted|weary)\s+of\s+(?:living|being\s+alive|life|existing|being\s+here)"
    r"\b|\bi'?m\s+done\s+trying\b(?!\s+to\b)|\bi'?m\s+done\s+with\s+(?:life|it\s+all|living)\b|"
    r"\bgive\s+up\s+on\s+(?:life|living)\b",
    r"\b(?:stop|quit|give\s+up)\s+fighting\b[^.?!]{0,60}\b(?:tired|don'?t\s+mean|anymore)|"
    r"\bselfish\s+to\s+(?:stop\s+fighting|give\s+up|go)\b",
    r"\b(?:what'?s|what\s+is)\s+the\s+point\b[^a-z]*(?:$|nothing|of\s+(?:living|anything|trying|"
    r"going\s+on|it\s+all|being\s+here|me))",
    r"\b(?:cansad[oa]\s+de\s+vivir|cansad[oa]\s+de\s+viver|stanc[oa]\s+di\s+vivere|fatigu[ée]e?\s+"
    r"de\s+vivre|müde\s+(?:zu\s+leben|vom\s+leben))\b",
    r"\b(?:no\s+veo|não\s+vejo|non\s+vedo|je\s+ne\s+vois|ich\s+sehe)\s+(?:\w+\s+){0,2}(?:d'|l')?"
    r"(?:futuro|avenir|zukunft)\b|\bkeine\s+zukunft\b",
    # No future planned: "I don't plan on being around that long", "won't need a programme
    # past March", "no voy a estar aquí en un año" (es/pt/it/fr/de too).
    r"\b(?:don'?t|do\s+not)\s+(?:plan|intend|expect)\s+(?:on|to)\s+(?:be(?:ing)?\s+)?(?:around|here|"
    r"alive)\b|\bwon'?t\s+need\s+(?:a|any|the|my)\s+(?:programme|program|plan|membership|routine)\s+"
    r"(?:past|after|beyond)\b",
    r"\b(?:no\s+voy\s+a\s+estar\s+aqu[ií]|não\s+vou\s+estar\s+(?:mais\s+)?aqui|non\s+ci\s+sarò|je\s+ne"
    r"\s+serai\s+plus\s+là|nicht\s+mehr\s+da\s+sein\s+werde)\b",
    # Nothing makes sense any more, no wish to live (es/pt/it/fr/de; "I not want to live").
    r"\b(?:no\s+le\s+veo\s+(?:el\s+)?sentido\s+a\s+(?:nada|la\s+vida|vivir)|não\s+vejo\s+sentido\s+(?:em\s+|"
    r"n[ao]\s+)?(?:nada|vida|viver)|non\s+ha\s+più\s+senso\s+(?:niente|nulla|vivere)|plus\s+aucun\s+sens|"
    r"(?:hat|macht)\s+(?:alles\s+)?keinen\s+sinn\s+mehr)\b",
    r"\b(?:non\s+ho\s+più\s+voglia\s+di\s+vivere|no\s+tengo\s+ganas\s+de\s+vivir|não\s+tenho\s+(?:mais\s+)?"
    r"vontade\s+de\s+viver|keine\s+lust\s+(?:mehr\s+)?aufs?\s+leben)\b|\bnot\s+want\s+(?:to\s+)?live\b"
    r"(?!\s+(?:in|at|with|near|like|on|off|there))",
    r"\b(?:si\s+j'étais\s+plus\s+là|si\s+je\s+n'étais\s+plus\s+là|egal,?\s+wenn\s+ich\s+(?:morgen\s+)?"
    r"nicht\s+mehr\s+aufwache|no\s+le\s+veo\s+sentido\s+a\s+seguir|não\s+vejo\s+sentido\s+em\s+continuar|"
    r"non\s+vedo\s+(?:il\s+)?senso\s+(?:di|a)\s+(?:andare\s+avanti|continuare))\b",
    # Euphemisms: "permanent solution", "lights out for good", "the long nap", "unalive",
    # "kms", "tap out" (from clinical practice and the training-only sets).
    r"\b(?:lights?\s+(?:off|out)\s+for\s+good|turn(?:ing)?\s+(?:the\s+)?lights\s+off\s+for\s+good|"
    r"check(?:ing)?\s+out\s+for\s+good|tap(?:ping)?\s+out\s+for\s+good|the\s+long\s+nap)\b",
    r"\b(?:permanent\s+solution|end\s+the\s+pain\s+for\s+good|make\s+(?:it|the\s+pain)\s+stop\s+for"
    r"\s+good|want\s+(?:the|this)\s+pain\s+to\s+(?:stop|end)\s+(?:for\s+good|forever)|sleep\s+"
    r"forever|never\s+wake|unalive\w*|kms)\b",
    r"\b(?:might|gonna|going\s+to|want\s+to)\s+(?:just\s+)?tap\s+out\b(?!\s+(?:of|on)\b)|\bswap\s+places"
    r"\s+with\s+(?:anyone|someone)\s+in\s+a\s+coffin\b|\b(?:pricing|planning|plan)\s+(?:out\s+)?(?:my|"
    r"what\s+my)\s+funeral\b|\brun\s+out\s+of\s+reasons\b|\bif\s+i'?m\s+not\s+around\s+(?:anymore|any"
    r"\s+more)\b|\bthe\s+last\s+one\s*(?:🙃|\.|$)|\bi\s+just\s+want\s+it\s+(?:all\s+)?to\s+stop\b",
    # Thoughts of dying and looking into ways: thinking about dying, "how people do it",
    # searching for ways.
    r"\b(?:think|thinking|thought|thoughts)\s+(?:about|of)\s+(?:dying|death|not\s+waking\s+up|ending\s+"
    r"(?:it|my\s+life|things|it\s+all)"
    r"|not\s+being\s+here|killing\s+" + _SELF + r")\b",
    r"\bthoughts?\s+of\s+(?:ending\s+things|ending\s+it|dying|not\s+being\s+here)\b[^.?!]{0,60}"
    r"\b(?:every\s+day|daily|all\s+the\s+time|always|constantly|yes|only)\b",
    r"\bhow\s+people\s+do\s+it\b|\breading\s+about\s+(?:ways|how)\s+to\s+die\b",
    r"\b(?:google|googled|googling|search\w*|look\w*\s+up)\s+(?:for\s+)?ways\b|\bways\s+to\s+(?:die|"
    r"go|end\s+it|not\s+wake)\b",
    # Preparations and farewells without a time: affairs in order, a will, pets rehomed,
    # passwords left, accounts deleted, stuff given away, "thank you for everything ... goodbye",
    # a farewell letter or pills for tonight in another language.
    r"\b(?:my\s+affairs\s+(?:are\s+)?in\s+order|(?:wrote|written|updated|made|finished)\s+(?:my|a)\s+"
    r"will\b[^.?!]{0,60}\b(?:just\s+in\s+case|ready|done|now|sorted)|(?:rehom\w*|found\s+a\s+(?:new\s+)?"
    r"home\s+for)\s+my\s+(?:dog|cat|pets?|rabbit|bird)\b|(?:left|wrote\s+down|sent)\s+(?:\w+\s+)?(?:my\s+)?"
    r"passwords?\b)",
    r"\b(?:cancel\w*|deleted?|deleting)\s+(?:\w+\s+){0,2}(?:subscriptions|accounts|photos|"
    r"pictures)\b[\s\S]{0,80}\b(?:cleaner|lighter|ready|tidy|sell|give)\w*",
    r"\b(?:giv(?:e|ing)|gave|given)\s+(?:\w+\s+){0,4}away\b[^.?!]{0,80}(?:won'?t\s+need|where\s+i'?m"
    r"\s+going|tidying\s+up|sorting\s+things|won'?t\s+be\s+around|not\s+sure\s+why)|\bwho\s+should\s+"
    r"i\s+give\s+my\s+\w+\s+to\b[^.?!]{0,80}\bwon'?t\s+be\b",
    r"\b(?:gave|giving|given)\s+away\s+(?:my\s+)?(?:dog|cat|pets?|rabbit|bird|hamster|all\s+(?:my\s+)?"
    r"(?:stuff|things|belongings)|my\s+(?:stuff|things|belongings|possessions)|everything)\b",
    r"\b(?:giving|gave|given)\s+(?:\w+\s+){0,2}stuff\s+away\b|\bdon'?t\s+see\s+(?:much|any)\s+"
    r"(?:reason|point)\s+(?:to|in)\s+(?:carry\w*\s+on|go\w*\s+on|living|keep\w*\s+going)\b",
    r"\bthank\s+you\s+for\s+everything\b[^.?!]{0,40}(?:goodbye|bye|sorry|for\s+the\s+last\s+time)|"
    r"\bsorry\s+for\s+everything\b[^.?!]{0,60}(?:goodbye|bye|love\s+you|won'?t)",
    r"\b(?:abschiedsbrief|abschiedsnachricht|carta\s+de\s+despedida|lettera\s+d'addio|"
    r"lettre\s+d'adieu|une\s+lettre\s+à\s+mes\s+parents)\b",
    r"\b(?:pastillas|comprimidos|pastiglie|cachets|médicaments|tabletten)\b[^.?!]{0,50}"
    r"\b(?:todas|todos|tutte|tous|alle|esta\s+noche|hoje|stanotte|ce\s+soir|heute)\b",
]


# --- self-harm ------------------------------------------------------------------------------------
# Self-harm named, acts and wounds, urges, and pain as deserved punishment (training through an
# injury included): `risk` reads them as self-harm; `SELF_HARM_ACUTE` makes the tier acute.
_SELF_HARM = [
    # Self-harm named ("sh", NSSI), relapse and urges: "relapsed", "cutting again", "3 weeks
    # clean ... talk me out of it", "urge to cut".
    r"\bself[-\s]?harm|\bself[-\s]?injur|\bnssi\b",
    r"\bsh[-'’]?ing\b|\bself[-\s]?harming\b|\bsh[-'’](?:d|ed)\b",
    r"\b(?:relapsed|started\s+again)\b[^.?!]{0,30}\b(?:sh|self[-\s]?harm\w*|cutting)\b|\bfrom\s+sh\b|"
    r"\bstopping\s+me\s+from\s+(?:sh|cutting|self[-\s]?harm\w*)\b|\b\(sh\)",
    r"\b(?:relapsed|slipped\s+up|did\s+it\s+again)\b[^.?!]{0,40}\b(?:cut\w*|burn\w*|blade|razor|"
    r"scratch\w*|marks|scars|sh)\b|\b(?:days|weeks|months)\s+(?:clean|free)\s+(?:from\s+)?(?:sh|"
    r"self[-\s]?harm|cutting)\b[^.?!]{0,40}\b(?:gone|ruined|broke|lost|reset)\b",
    r"\b(?:been\s+)?cutting\s+again\b|\bhide\s+(?:my\s+|the\s+)?(?:cuts|scars|burns|marks)\b|\b(?:fresh|"
    r"new)\s+ones\s+on\s+my\b",
    r"\b(?:urge|urges|pull|craving)\s+to\s+(?:cut|burn\s+myself|hurt\s+myself|harm\s+myself|bleed"
    r"|self[-\s]?harm|sh)\b",
    r"\bwant\s+to\s+so\s+bad\b[^.?!]{0,40}\b(?:days?\s+clean|talk\s+me\s+out)\b|\b\d+\s+(?:days?|"
    r"weeks?)\s+clean\b[^.?!]{0,40}\btalk\s+me\s+out\b",
    # Cutting, burning, hitting oneself: a verb with "myself" or with a body part, banging one's
    # head, pulling hair (es/pt/it/fr/de too, also about someone else in those languages).
    r"\b(?:cut|cutting|cuts|hurt|hurting|harm|harming|burn|burning|burned|burnt|hit|hitting|"
    r"punch|punching|scratch|scratching|slap|slapping|punish|punishing|bruise|bruising|starve"
    r"|smashed|smash|bang|banging)\s+(?:my\s*self|myself)\b",
    r"\b(?:cut|cutting|cuts|scratch\w*|burn\w*|carv\w*)\s+(?:on\s+)?(?:my\s+)(?:arms?|wrists?|thighs?|"
    r"legs?|stomach|skin|hips?|chest|ankles?|shoulders?|forearms?|upper\s+arms?|hands?)\b",
    r"\bi\s+(?:\w+\s+)?(?:cut|carved|sliced|slashed|burned|burnt|scratched|scraped|gouged)\b[^.?!]"
    r"{0,30}\b(?:into|on|in|across)\s+(?:my|both)\s+" + _BODY + r"\b",
    r"\b(?:pinch|bite|bit|pinched|hit|punch|slap|scratch)\w*\s+(?:and\s+\w+\s+)?my\s+(?:legs?|"
    + _BODY_PARTS
    + r")\b[^.?!]{0,60}\b(?:bruise\w*|bleed\w*|marks|til|till|until)\b",
    r"\b(?:smash|bang|hit|punch)\w*\s+my\s+(?:head|face|fists?)\s+(?:against|into)\b",
    r"\b(?:hitting|hit|bang\w*|smash\w*)\s+my\s+(?:thighs?|legs?|arms?|head)\s+with\b",
    r"\b(?:je\s+me\s+tape\s+la\s+tête|ich\s+schlag\w*\s+mir|me\s+golpeo\s+la\s+cabeza|mi\s+prendo\s+a"
    r"\s+pugni|bang(?:ing)?\s+(?:my|your)\s+head\s+against)\b",
    r"\b(?:hurt|hurting|injure|injuring|punish|punishing)\s+(?:my\s+)?(?:body|self)\s+on\s+purpose\b|"
    r"\b(?:pull(?:ing)?\s+(?:out\s+)?my\s+hair|bang(?:ing)?\s+my\s+head)\b[^.?!]{0,40}\b(?:until|"
    r"till|hard|again|when)\b",
    r"\b(?:me\s+corto|cortarme|me\s+corté|me\s+hago\s+daño|hacerme\s+daño|me\s+cortar|me\s+corto|"
    r"me\s+machuc\w*|me\s+arranho|mi\s+taglio|tagliarmi|mi\s+sono\s+tagliat\w|farmi\s+del\s+male|"
    r"me\s+couper|je\s+me\s+coupe|me\s+scarifier|je\s+me\s+scarifie|me\s+faire\s+du\s+mal|"
    r"je\s+me\s+frappe\w*|ritze\s+mich|mich\s+ritzen|mich\s+(?:selbst\s+)?verletzen|verletze\s+mich|"
    r"schneide\s+mich|me\s+golpeo|mi\s+picchio|me\s+bato)\b",
    r"\b(?:me\s+acabo\s+de\s+cortar|me\s+he\s+cortado|mi\s+sono\s+appena\s+tagliat\w|aufgeritzt|"
    r"geritzt|me\s+suis\s+coupée?|je\s+me\s+suis\s+(?:encore\s+)?(?:coupée?|scarifiée?))\b",
    r"\b(?:me\s+(?:quemo|quemé|golpeo|lastimo)|me\s+volví\s+a\s+cortar|quemarme|lastimarme|"
    r"queimei\s+(?:o|a|meu|minha)|me\s+queim\w*|me\s+cortei|me\s+machuquei|mi\s+(?:do\s+pugni|"
    r"brucio|sono\s+(?:tagliat|bruciat)\w*)|je\s+me\s+(?:coupe|brûle|griffe)|me\s+suis\s+(?:\w+\s+)?"
    r"(?:coupée?|scarifiée?|brûlée?)|scarifi\w*|ritz\w*|mich\s+(?:zu\s+)?verletzen|schmerzen\s+"
    r"verdiene|ich\s+verdiene\s+(?:die\s+)?schmerzen)\b",
    r"\b(?:si\s+fa\s+male\s+da\s+solo|se\s+hace\s+daño|se\s+machuca|se\s+fait\s+du\s+mal|verletzt\s+"
    r"sich)\b",
    # Wounds and marks: fresh cuts, scars hidden, "until it bleeds", picking at scabs, "the
    # marks are from me".
    r"\b(?:fresh|new|my)\s+(?:cuts|scars)\b|\bhide\s+(?:my|the)\s+(?:cuts|scars|marks)\b",
    r"\b(?:fresh|new|old)\s+cuts\b|\bcuts\s+on\s+(?:my\s+)?(?:arms?|forearms?|thighs?|wrists?|legs)"
    r"\b|\b(?:don'?t|do\s+not)\s+want\s+(?:people|anyone|them)\s+(?:seeing|to\s+see)\s+my\s+(?:arms|"
    r"wrists|thighs|scars)\b",
    r"\bdid\s+it\s+again\b[^.?!]{0,20}(?:🩸|blood|thighs?|arms?|wrists?)",
    # "the ones on my thigh are gaping", "fresh-ish ones", "steri strips for the ones on my arm".
    r"\bon\s+my\s+(?:thighs?|arms?|forearms?|wrists?|stomach|hips?)\b[^.?!]{0,40}\b(?:gaping|won'?t\s+"
    r"close|need\s+stitches|steri[-\s]?strips?)\b|\b(?:gaping|steri[-\s]?strips?)\b[^.?!]{0,40}\bon\s+"
    r"my\s+(?:thighs?|arms?|forearms?|wrists?|stomach|hips?)\b|\bthe\s+ones\s+on\s+my\s+(?:thighs?|"
    r"arms?|forearms?|wrists?|stomach|hips?)\s+(?:are|is)\s+(?:gaping|deep|bleeding|open)\b",
    r"\bfresh(?:-?ish)?\s+(?:ones|cuts|scars|marks)\b",
    r"\buntil\s+(?:my\s+)?(?:knuckles|skin|hands?)\s+(?:split|bleed|bled|crack)",
    r"\buntil\s+(?:it|i|i'm|they|my\s+\w+)\s+(?:goes\s+red|bleed\w*|collapse|am\s+numb|numb|cracked|"
    r"bruise\w*|split|give\s+out|gives\s+out)",
    r"\bi\s+want\s+(?:the\s+)?(?:marks|scars|it\s+to\s+bleed|to\s+see\s+blood|to\s+bleed)\b|"
    r"\b(?:until|till)\s+(?:they|it|my\s+\w+(?:\s+\w+)?)\s+bleeds?\b",
    r"\b(?:picking|pick)\s+at\s+(?:my\s+)?(?:old\s+)?(?:scars|scabs|wounds)\b|\breopened\s+my\s+\w+\b|"
    r"\bkeeps\s+opening\s+up\b|\b(?:ice|lighter|iron|bügeleisen|lametta|cuchilla|lâmina)\b[^.?!]{0,40}"
    r"\b(?:my\s+skin|my\s+hip|goes\s+white|again|verbrannt|profondo|non\s+smette)\b",
    r"\b(?:the\s+)?marks\s+on\s+my\s+\w+\s+are\s+from\s+me\b|\bwant\s+it\s+to\s+give\s+out\b|"
    r"\b(?:on\s+purpose|deliberately)\b[^.?!]{0,40}[.!]?\s*i\s+deserved\s+it\b",
    # On purpose, deliberately, to feel something (es/pt/it/fr/de too).
    r"\b(?:on\s+purpose|deliberately)\b[^.?!]{0,40}\b(?:bleed|burn|hurt|cut|blister)|\b(?:bleed|"
    r"burn\w*|hurt|cut)\w*\b[^.?!]{0,40}\bon\s+purpose\b",
    r"\b(?:dropped|drop)\s+(?:a\s+)?(?:plate|weight|dumbbell|kettlebell)\s+on\s+my\s+\w+\s+"
    r"(?:deliberately|on\s+purpose)|\bdeliberately\s+dropped\b",
    r"\bto\s+feel\s+something\b|\b(?:numb|the\s+noise)\b[^.?!]{0,60}\b(?:press|pain|hurt|bruis\w*|"
    r"rip|cut)\w*|\b(?:rip|tear|bleed)\b[^.?!]{0,20}\bon\s+purpose\b",
    r"\b(?:de\s+propósito|a\s+propósito|apposta|exprès|absichtlich)\b[^.?!]{0,60}\b(?:quem|queim|"
    r"brucia|brûl|verletz|gebrochen)\w*|\b(?:quem|queim|brucia|brûl|verletz)\w*\b[^.?!]{0,60}"
    r"\b(?:de\s+propósito|a\s+propósito|apposta|exprès|absichtlich)\b",
    r"\b(?:mi\s+faccio\s+(?:del\s+)?male|me\s+hago\s+daño|me\s+machuco|je\s+me\s+fais\s+mal|ich\s+tu"
    r"\s+mir\s+weh)\b[^.?!]{0,40}\b(?:apposta|a\s+propósito|de\s+propósito|exprès|absichtlich)\b",
    r"\bme\s+(?:acabo\s+de|he|volví\s+a)\s+(?:quemar|quemado|cortar|cortado|golpear|golpeado)\b",
    # A wound or injury made on purpose: bruises pressed, a wall punched, a bar dragged, a
    # hand held to a heater, a lift forced on an injured joint "until something popped".
    r"\b(?:on\s+purpose|deliberately|intentionally|purposely|purposefully)\b[^.?!]{0,80}\b(?:bruis\w*|"
    r"blister\w*|bleed\w*|punch\w*|swollen|split|popped|broke|scald\w*|heater|stove|hob|iron|"
    r"radiator|lighter|flame|candle|(?:injured|sprained|broken|fractured|torn)\s+\w+)\b",
    r"\b(?:bruis\w*|blister\w*|punch\w*\s+(?:the\s+|a\s+)?(?:wall|door|mirror)|heater|stove|hob|"
    r"radiator|lighter|flame|drag\w*\s+(?:\w+\s+){0,2}down\s+my\s+\w+)\b[^.?!]{0,60}\b(?:on\s+purpose|"
    r"deliberately|intentionally|purposely)\b",
    r"\bon\s+(?:my\s+)?(?:injured|sprained|broken|fractured)\s+\w+\s+until\s+(?:something|it)\s+"
    r"(?:popped|snapped|tore|gave)\b",
    r"\b(?:going\s+to|gonna|want\s+to|i'?ll|planning\s+to)\s+drop\s+(?:a|the)\s+(?:plate|weight|"
    r"dumbbell|kettlebell|bar)\s+on\s+my\s+\w+\b|\b(?:which|what|how\s+(?:heavy|much))\b[^.?!]{0,40}"
    r"\b(?:would|will|to)\s+(?:actually\s+|definitely\s+)?(?:break|fracture)\s+(?:a|my)\s+(?:bone|"
    r"foot|hand|wrist|arm|toe|finger)\b",
    r"\b(?:pinch|bite|bit|pinched|punch|slap|scratch)\w*\s+(?:and\s+\w+\s+)?my\s+(?:legs?|"
    + _BODY_PARTS
    + r")\b[^.?!]{0,60}\b(?:after|whenever|every\s+time|because)\b",
    r"\buntil\s+(?:it|they|my\s+\w+)\s+(?:goes?|turns?|are|is)\s+(?:purple|black|blue)\b|\bfinché\s+"
    r"(?:non\s+)?divent\w*\s+(?:viola|nero|nera)\b|\bhasta\s+que\s+(?:se\s+pone|queda)\s+morad\w*",
    # The tool: a blade or razor carried.
    r"\bblade\b|\brazor\s+blade\b",
    r"\b(?:took|brought|have|got|carry|carrying|holding)\s+(?:the|a|my)\s+(?:razor|blade|knife)\s+"
    r"(?:with\s+me|in\s+my|to\s+the)\b",
    # Pain as deserved punishment, training as punishment or on an injury: "I deserve the
    # pain", "punishment squats", "running on my broken foot because I deserve it".
    r"\b(?:deserve|earned|want|need)\s+(?:the|to\s+feel\s+the|to\s+feel)?\s*(?:pain|it\s+to\s+hurt|"
    r"to\s+hurt)\b",
    r"\b(?:what\s+i\s+get\s+for|i'?ve\s+earned\s+it|i\s+deserve\s+(?:it|the\s+pain|to\s+hurt))\b",
    r"\b(?:need|deserve|have|ought)\s+to\s+be\s+punished\b|\bpunished\s+for\s+(?:existing|being\s+"
    r"alive|living|being\s+me|eating|being\s+born)\b|\bthe\s+pain\s+is\s+(?:what\s+i'?m\s+after|the\s+"
    r"(?:whole\s+)?point|what\s+i\s+want)\b",
    r"\bdon'?t\s+deserve\s+to\s+(?:stop|rest|eat|sleep)\b|\bpain\s+is\s+what\s+i\s+deserve\b|"
    r"\bi\s+deserve\s+(?:the\s+)?pain\b",
    r"\bpunish\w*\b[^.?!]{0,60}\bhate\s+(?:myself|yourself)\b|\bhate\s+myself\b[^.?!]{0,60}"
    r"\bpunish",
    r"\b(?:i|myself)\b[^.?!]{0,60}\bas\s+(?:a\s+)?punishment\b|\bpunish(?:ing)?\s+(?:my\s*self|"
    r"my\s+body)\b|\b(?:should|deserve\s+to)\s+suffer\b|\bbecause\s+i\s+(?:hate\s+myself|deserve\s+"
    r"(?:it|the\s+pain))\b",
    r"\bpunish(?:ment|ing)?\b[^.?!]{0,60}\b(?:squat|run|rows?|lift|train|workout|sets?|reps?|"
    r"erg|wall\s+sits|cardio)\w*|\b(?:squat|run|rows?|train|lift)\w*\b[^.?!]{0,60}\bpunish\w*",
    r"\b(?:on|with)\s+(?:my\s+)?(?:broken|fractured|torn|dislocated|sprained)\s+\w+\b[^.?!]{0,60}"
    r"\b(?:deserve|punish|what\s+i\s+get|weak|want\s+to\s+feel|need\s+the\s+pain)",
    r"\b(?:train|training|run|running|lift|lifting|walk|walking|squat\w*)\s+(?:through|on|with)\s+"
    r"(?:the|my|a)\s+(?:stress\s+)?(?:fracture|broken|torn|sprain\w*|injur\w*)\b[^.?!]{0,80}"
    r"\b(?:deserve|suffer|punish)\w*",
]
# Self-harm is acute when it is happening now or the wound needs care.
SELF_HARM_ACUTE = re.compile(
    r"\b(?:right\s+now|won'?t\s+stop\s+bleeding|bleeding\s+(?:a\s+lot|heavily)|need\s+stitches|"
    r"infected|gone\s+white|blistered|badly|smashed|holding\s+the\s+blade|going\s+to\s+do\s+it|"
    r"gaping|(?<!not\s)(?<!nothing\s)(?<!not\sthat\s)deep|swollen|popped|weeping|sunk\s+in|can'?t\s+move\s+(?:the|my)\s+fingers|break\s+a\s+"
    r"bone|ampollas|vesciche|cloques)\b"
)


# --- eating disorder ------------------------------------------------------------------------------
# Disordered eating described as one's own: `risk` reads it as an eating disorder, elevated
# tier unless an `_ED_ACUTE` sign is there too.
_ED = [
    # The disorder named as one's own, pro-ana content, or its signs (a very low BMI, periods
    # stopped).
    r"\b" + _ME + r"\b[^.?!]{0,30}\b(?:anorexi\w*|bulimi\w*|binge[-\s]?(?:eat\w*|and\s+purg\w*)|"
    r"eating\s+disorder)",
    r"\bpro[-\s]?ana\b|\bpro[-\s]?mia\b|\bthinspo\b|\bana\s+tips\b",
    r"\bbmi\s*(?:of\s+)?(?:1[0-7](?:\.\d)?)\b|\b(?:period|periods)\s+(?:has\s+|have\s+)?stopped\b"
    r"[^.?!]{0,60}\b(?:eat|eating|food|train|lean|weight)\w*",
    # Periods gone with weight loss or training in the same message, either order.
    r"\b(?:lose|losing|lost|weight|lean\w*|cut|eat\w*|food|calories|athletes?|toning)\b[\s\S]{0,200}"
    r"\bperiods?'?s?\s+(?:has\s+|have\s+)?(?:been\s+)?(?:stopped|gone|missing|disappeared)\b",
    r"\bperiods?'?s?\s+(?:has\s+|have\s+)?(?:been\s+)?(?:gone|missing|disappeared)\b[\s\S]{0,200}\b(?:lose|"
    r"losing|lost|weight|lean\w*|cut|eat\w*|food|calories|athletes?|toning)\b",
    # Purging: making oneself sick, vomiting after meals, laxatives, diuretics, ipecac, chewing
    # and spitting, binge and purge (es/pt/it/fr/de too).
    r"\bstarv(?:e|ing)\s+"
    + _SELF
    + r"\b|\bmak(?:e|ing)\s+"
    + _SELF
    + r"\s+(?:throw\s+up|vomit|sick|"
    r"puke)\b",
    r"\bmak(?:e|ing|in'?)\s+myself\s+(?:sick|throw\s+up|vomit|puke)\b|\b(?:have\s+to|need\s+to|"
    r"make\s+myself)\s+throw\s+(?:it\s+|them\s+|this\s+)?up\b|\bthrow\s+up\b[^.?!]"
    r"{0,60}\b(?:make\s+me\s+fat|fat|weight|calories)\b",
    r"\bthrow(?:ing)?\s+up\s+after\s+(?:eating|meals?|i\s+eat|dinner|lunch|breakfast)\b|\bpurg(?:e|ing)\b",
    r"\b(?:vomitando|vomitar|vomiting|throwing\s+up)\s+(?:después|after|depois|dopo|après)\b",
    r"\b(?:purg\w*|throw(?:ing)?\s+up|vomit\w*|laxatives?)\b[^.?!]{0,40}\b(?:after\s+(?:every|each|"
    r"most)\s+(?:meal|time)|every\s+day|daily|again)\b",
    r"\bbefore\s+throwing\s+up\b|\bso\s+i\s+(?:don'?t|do\s+not)\s+eat\b|\bspitting\s+in\s+a\s+bottle\b",
    r"\bbinge\w*\s+(?:and|then)\s+(?:\w+\s+){0,2}(?:starve|purge|fast)\w*|\bchew\w*\s+(?:\w+\s+){0,3}"
    r"and\s+spit\w*|\bspit\w*\s+it\s+out\b[^.?!]{0,40}\bcalories\b",
    r"\blaxatives?\b|\bdiuretics?\b|\bwater\s+(?:pills|tablets)\b|\b(?:furosemide|lasix|"
    r"bendroflumethiazide|hydrochlorothiazide)\b",
    r"\b(?:thrown|threw|throw(?:ing)?)\s+up\s+(?:\d+|two|three|four|five|six|several|many)\s+times\b",
    r"\bipecac\b|\b(?:entwässerungstabletten|diuréticos?|diurétiques?|diuretici)\b|\bnothing\s+but\s+"
    r"(?:black\s+)?(?:coffee|water|gum)\b|\b(?:cancel|burn|zerar|queimar\s+tudo)\b[^.?!]{0,40}\b(?:out\s+)?"
    r"(?:a\s+sandwich|what\s+i\s+ate|x-burguer|the\s+meal|it\s+off)\b",
    r"\b(?:vomitar|vómito|vomito|vomir|erbrechen|kotze\w*|me\s+provoco|me\s+faço\s+vomitar|mi\s+faccio"
    r"\s+vomitare|me\s+faire\s+vomir|mich\s+übergeben)\b",
    r"\b(?:laxantes?|laxatifs?|lassativi|abführmittel)\b",
    # Restriction: not eating for days, fasting, skipping meals, one food a day, hiding food,
    # fear of food, can't stand feeling full (es/pt/it/fr/de too).
    r"\b(?:haven'?t|have\s+not|didn'?t|not)\s+(?:eaten|eat)\s+(?:anything\s+)?(?:in|for)\s+(?:days|\d+\s+days|"
    r"two\s+days|three\s+days|four\s+days|a\s+week)\b|\b\d+\s+days\s+(?:no|without)\s+food\b|"
    r"\bday\s+\d+\s+of\s+(?:water\s+only|no\s+food|fasting)\b",
    r"\b(?:not|stopped|barely)\s+eating\s+(?:for\s+days|at\s+all|anything)\b",
    r"\b(?:only|just)\s+(?:had|drunk|drank|been\s+(?:having|drinking))\s+(?:water|black\s+coffee|"
    r"diet\s+coke)\s+since\b|\b(?:haven'?t|have\s+not)\s+eaten\s+(?:anything\s+)?since\b",
    r"\b(?:scared|terrified|afraid)\s+of\s+(?:carbs|food|eating|calories)\b|\bhaven'?t\s+eaten\s+"
    r"any\s+\w+\s+in\s+\d+\s+(?:months|weeks)\b",
    r"\b(?:skipp?(?:ing|ed)?\s+(?:all\s+)?(?:my\s+)?meals|fasting|not\s+eating)\b[^.?!]{0,40}\b(?:for\s+"
    r"(?:\d+|two|three|four|five|several)\s+days|all\s+week|since\s+(?:monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|last\s+week))\b",
    r"\bskip\s+(?:breakfast|meals)\s+and\s+(?:lunch|dinner)\b",
    r"\bonly\s+(?:eat|eating|had)\s+(?:one|an?|1)\s+(?!meal\b)\w+(?:\s+\w+)?\s+a\s+day\b|\bhid(?:e|ing)"
    r"\s+(?:my\s+)?(?:food|lunch|meals|dinner)\b|\b(?:don'?t|won'?t)\s+eat\s+(?:the\s+next\s+day|for\s+"
    r"(?:a|two|\d+)\s+days?)\b|\b(?:want\s+to\s+)?stop\s+eating\s+so\b",
    r"\bonly\s+eat\s+(?:one|an?)\s+(?:apple|meal|yogurt|banana)\s+a\s+day\b",
    # Terms of the illness itself: safe foods, body checking, restricting after a bad look; not
    # eating hidden behind a story ("I tell my family I'm fasting", "I told mum I'd eaten").
    r"\b(?:my|only|eat|eating)\s+(?:my\s+)?safe\s+foods?\b|\bbody[-\s]?check(?:ing|s)?\b|\brestrict\w*"
    r"\s+(?:the\s+next\s+day|again|harder|for\s+(?:days|a\s+week))\b",
    r"\b(?:tell|told|telling)\s+(?:my\s+)?(?:family|parents|mum|mom|dad|friends|everyone|people)\b"
    r"[^.?!]{0,40}\b(?:i'?m\s+fasting|i'?ve\s+(?:already\s+)?eaten|i\s+(?:already\s+)?ate|i'?d\s+eaten)\b",
    r"\bcan'?t\s+stand\s+feeling\s+full\b|\bhaven'?t\s+kept\s+(?:food|anything)\s+down\b",
    r"\b(?:sin\s+comer|sem\s+comer|senza\s+mangiare|sans\s+manger|nichts\s+gegessen|fast\s+nichts)\b",
    r"\b(?:non\s+mangio\s+da|no\s+como\s+desde|não\s+como\s+há|je\s+ne\s+mange\s+(?:plus|pas)\s+depuis|"
    r"ess\w*\s+seit\s+\w+\s+\w+\s+nur|hab\s+seit\s+\w+\s+nix\s+gegessen)\b",
    # Calories under a threshold: "under 800", "500 a day", "down to 600" (not a surplus or a
    # deficit; es/pt/it/fr/de too).
    r"\bcalories\s+(?:under|below)\s+\d{3,4}\b|\bif\s+i\s+eat\b[^.?!]{0,40}\b(?:cardio|run|burn|"
    r"treadmill)\b|"
    r"\b(?:under|below|less\s+than)\s+\d{3}\s*(?:cal|kcal|calories)\b|\b\d{3}\s*(?:cal|kcal|calories)\s+a\s+day\b",
    r"\b(?:calories|cals|kcal)\s+(?:around|at|under|below)\s+\d{3}\b",
    r"\b\d{3}\s*(?:cal|kcal|calories|cals)\s+(?:max|maximum|tops|total|per\s+day|daily|or\s+less|for\s+"
    r"(?:\d+|two|three|four|a)\s+(?:days|weeks?|months?))\b|\bmax(?:imum)?\s+(?:of\s+)?\d{3}\s*(?:cal|"
    r"kcal|calories|cals)\b",
    r"\b(?:at|on)\s+\d{3}\s+(?:a\s+day|calories|cals|kcal)\b[^.?!]{0,40}\b(?:still|fat|more|lower"
    r"|less)\b|\blowest\s+calor\w*\b",
    r"\beat(?:ing)?\s+(?:maybe|only|about|around|like|just|under)?\s*\d{3}\s*(?:cal|kcal|calories)"
    r"\b(?!\s*(?:surplus|deficit|above|below|over|under|more|less|extra))|\b(?:already\s+at|down\s+"
    r"to|going\s+down\s+to)\s+\d{3}\s*(?:cal|kcal|calories)?\b(?!\s*(?:surplus|deficit|above|below|"
    r"over|under|more|less|extra|kg|lbs?|g\b|grams))",
    r"\b(?:meno\s+di|menos\s+de|moins\s+de|unter)\s+\d{3}\s+(?:calorie|calorías|calorias|calories|kalorien)",
    r"\b(?:como|comer)\s+(?:solo\s+)?\d{3}\s+calor\w*|\b(?:si\s+como|se\s+como|se\s+mangio|"
    r"si\s+je\s+mange|quand\s+je\s+mange|wenn\s+ich\s+(?:was\s+)?esse)\b[^.?!]{0,60}\b(?:devo|"
    r"tengo\s+que|tenho\s+que|je\s+dois|muss|vomit\w*)",
    # Compensation: earning food, burning off what was eaten, "if I eat I have to run" (the
    # other languages too).
    r"\b(?:burn|burning)\s+off\s+(?:every|each|all)\b|\b(?:earn|compensate)\b[^.?!]{0,20}\b(?:food|"
    r"eating|meal|calories)\b",
    # "pay for dinner with two hours of cardio", "only eat once I've burned 1000", "two hours on
    # the stairmaster after every meal", "if I go over I do fasted cardio", "every time I eat
    # off plan I make myself do 100 pushups" (es/de too).
    r"\bpay\w*\s+for\s+(?:dinner|food|meals?|lunch|breakfast|snacks?|eating|what\s+(?:she|he|i|they)"
    r"\s+eats?)\s+with\b|\b(?:haven'?t|hasn'?t|not)\s+earned\s+(?:it|food|dinner|a\s+meal|my\s+\w+)\b|"
    r"\bnicht\s+verdient\b|\bno\s+me\s+lo\s+merezco\b",
    r"\b(?:only|don'?t|won'?t|can'?t)\s+eat\s+(?:until|unless|after|once|before)\s+i(?:'?ve|\s+have)?\s+"
    r"(?:burn\w*|done|run|ran|worked\s+out)|\besse\s+erst,?\s+wenn\s+ich\b[^.?!]{0,40}\bverbrannt",
    r"\b(?:\d+|two|three|four)\s+hours?\b[^.?!]{0,40}\bafter\s+(?:every|each)\s+(?:meal|time\s+i\s+eat|"
    r"snack)\b",
    r"\bif\s+i\s+(?:go\s+over|overeat|eat\s+too\s+much|slip\s+up|binge|mess\s+up)\b[^.?!]{0,60}\b(?:cardio|"
    r"run|burn|hours?|fast\w*|skip|restrict\w*)|\bsi\s+me\s+paso\b[^.?!]{0,40}\b(?:cardio|horas|ayunas|"
    r"corro)",
    r"\b(?:every\s+time|whenever|if|when)\s+i\s+(?:eat|ate|have\s+eaten)\b[^.?!]{0,60}\bmake\s+myself\b",
    r"\b(?:after|when)\s+i\s+binge\b[^.?!]{0,60}\b(?:erase|burn|make\s+up\s+for|undo|cancel|"
    r"compensate|hours?)\b",
    r"\bif\s+i\s+(?:eat|ate)\b[^.?!]{0,60}\b(?:have\s+to|must|need\s+to|make\s+myself)\s+"
    r"(?:\w+\s+){0,2}(?:burn|run|cardio|throw\s+up|purge|work\s+it\s+off|train\s+it\s+off)|"
    r"\b(?:burn|burned)\s+(?:off\s+)?(?:all|everything)\s+(?:i\s+eat|i\s+ate)\b",
    r"\b(?:feel|felt)\s+(?:so\s+)?(?:disgusting|gross|fat)\s+(?:after|when)\s+(?:i\s+)?eat\w*\b[^.?!]"
    r"{0,60}\b(?:so\s+i|and\s+then\s+i|have\s+to|make\s+myself)\b",
    r"\b(?:übergebe\s+mich|esse\s+nur\s+(?:noch\s+)?(?:einen|eine|ein)|si\s+je\s+ne\s+brûle|"
    r"brûle\s+(?:pas\s+)?tout\s+ce\s+que\s+je\s+mange)\b",
]


# --- eating disorder, acute -----------------------------------------------------------------------
# Signs that make an eating-disorder reading acute (medical danger now).
_ED_ACUTE = [
    # Medical danger: fainting or nearly fainting, blood, a racing or fluttering heart.
    r"\b(?:faint\w*|passed\s+out|blacked\s+out|collapsed|desmai\w*|desmay\w*|svenut\w*|"
    r"ohnmächtig|évanoui\w*|vision\s+goes\s+(?:grey|gray|black))\b",
    r"\b(?:nearly|almost)\s+(?:passed\s+out|fainted|collapsed|blacked\s+out)\b",
    r"\bblood\b|\b(?:heart|chest)\b[^.?!]{0,30}\b(?:flutter\w*|racing|pound\w*|skip\w*|irregular|"
    r"weird|funny)\b|\bpalpitations\b",
    # Electrolytes: cramps, dizziness after purging, diuretics or days without food.
    r"\b(?:cramp\w*|dizzy|dizziness|light-?headed)\b",
    # Extreme frequency or methods: purging several times a day, spitting, a bin bag or a sauna
    # suit.
    r"\b(?:\d|six|seven|eight|five)\s+(?:or\s+\d\s+)?times\s+a\s+day\b",
    r"\bspitting\s+in\s+a\s+bottle\b|\bbin\s+bag\b|\bsauna\s+suit\b",
]


# --- someone else at risk -------------------------------------------------------------------------
# A friend, relative, client or athlete at risk: `risk` reads these as third party unless the
# message is also about the writer.
_THIRD = [
    # Someone named with a risk word (suicide, self-harm, purging, a bridge, giving things
    # away, cuts on them; es/pt/it/fr/de too).
    _OTHER + r"\b[^.?!]{0,80}\b(?:suicid\w*|kill\s+(?:him|her|them)sel(?:f|ves)|"
    r"wants?\s+to\s+die|want\s+to\s+die|end\s+(?:his|her|their)\s+life|self[-\s]?harm\w*|"
    r"cutting|cuts|making\s+(?:him|her|them)sel(?:f|ves)\s+sick|starving|throwing\s+up|purging|"
    r"laxatives|better\s+off\s+without|goodbye|took\s+a\s+bunch|pills|ready\s+to\s+go|"
    r"railing|ledge|bridge|won'?t\s+come\s+down|kill\s+myself|means\s+it|periods?\s+(?:have\s+)?"
    r"stopped|only\s+(?:eats?\s+)?salad|\w+\s+classes\s+a\s+day|"
    r"hurting\s+(?:him|her|them)sel)",
    _OTHER + r"\b[^.?!]{0,80}\b(?:giv(?:en|ing)\s+away|barely\s+eats|hiding\s+food|won'?t\s+eat|"
    r"stopped\s+eating|searches)\b",
    r"\b(?:mi|mein|meine|minha|meu|ma|mon|mia|mio)\s+\w+\b[^.?!]{0,60}\b(?:quiere\s+morir\w*|"
    r"abschied\w*|suicid\w*|se\s+corta|si\s+taglia|si\s+fa\s+(?:dei\s+)?tagli|se\s+hace\s+cortes|"
    r"ritzt\s+sich|se\s+coupe|quer\s+morrer|vuole\s+morire|non\s+ha\s+più\s+senso\s+vivere|"
    r"veut\s+mourir|will\s+sterben)",
    r"\b(?:mi|mein|meine|minha|meu|ma|mon|mia|mio)\s+\w+\b[^.?!]{0,80}\b(?:pastillas|"
    r"tabletten|pastiglie|comprimidos)\b[^.?!]{0,40}\b(?:adiós|adeus|addio|tschüss)\b|\bspringt\b",
    r"\b(?:kid|student|athlete|player|client|member|one\s+of\s+(?:my|the))\b[^.?!]{0,60}\b(?:has\s+"
    r"cuts|cuts\s+on|scars\s+on|burns\s+on)\b",
    r"\b(?:tiene|tem|ha|a)\s+(?:cortes|marcas\s+de\s+corte|tagli|des\s+coupures)\b|\b(?:mandarme|"
    r"m'envoyer|mandou|mandato|geschrieben)\b[^.?!]{0,60}\b(?:despidi\w*|adieu|adeus|addio|"
    r"tabletten\s+genommen)\b",
    # A client, athlete or teammate who pays for food with exercise, writes about not wanting to
    # exist, does not care if he gets hurt.
    r"\b(?:one|a|my|our)\s+(?:of\s+(?:my|our|the)\s+)?(?:clients?|athletes?|patients?|members?|"
    r"students?|lifters?|trainees?|players?|lads|girls|guys|teammates?)\b[^.?!]{0,80}\b(?:pay\w*\s+for\s+"
    r"(?:dinner|food|meals?|lunch)|not\s+wanting\s+to\s+(?:exist|live|be\s+alive)|(?:doesn'?t|does\s+"
    r"not)\s+care\s+if\s+(?:he|she|they)\s+gets?\s+(?:hurt|killed|injured))",
    r"\b(?:client|patient|athlete|member|friend|mate)\b[^.?!]{0,60}\b(?:doesn'?t|does\s+not)\s+see"
    r"\s+the\s+point\s+(?:anymore|any\s+more)\b",
    # What they said or did: texted goodbye, said they're a burden, gave things away,
    # stockpiling their medication, not eating for days.
    r"\b(?:my|our)\s+\w+(?:\s+\w+)?\s+(?:said|says|texted|posted|messaged|wrote)\b[^.?!]{0,60}\b(?:"
    r"goodbye|won'?t\s+be\s+(?:here|around)|end\s+it|kill\s+(?:him|her|them)sel\w*|not\s+worth\s+"
    r"living|better\s+off\s+without|sorry\s+for\s+everything)",
    r"\b(?:he|she|they)\s+(?:gave|has\s+given|is\s+giving|have\s+given)\s+away\b|\b(?:he|she|they)"
    r"(?:'?s|\s+is|\s+are|'?re)\s+(?:saying|talking\s+about)\s+(?:goodbye|dying|not\s+being\s+(?:here|"
    r"around)|ending\s+it)",
    r"\b(?:he|she|they|"
    + _OTHER
    + r")\b[^.?!]{0,20}\b(?:saying|talking\s+about|thinking\s+about|talks\s+about)\s+"
    r"(?:dying|not\s+being\s+(?:here|around)|ending\s+(?:it|things|his\s+life|her\s+life|their\s+"
    r"lives?))\b",
    r"\b(?:keeps?|kept)\s+saying\s+(?:he|she|they)(?:'?s|'?re|\s+is|\s+are)\s+(?:a\s+burden|"
    r"worthless|better\s+off\s+dead)",
    r"\b(?:she|he|they)\s+(?:has|have|had)\s+been\s+(?:stockpiling|saving|hoarding|collecting)\s+"
    r"(?:her|his|their)\s+(?:medication|meds|pills|tablets)",
    r"\b(?:she|he|they)\s+(?:hasn'?t|hadn'?t|haven'?t)\s+(?:eaten|been\s+eating)\s+(?:for|in)\s+"
    r"(?:days|a\s+week|\d+\s+days)",
]


# --- frames that change a reading -----------------------------------------------------------------
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


# --- red flags ------------------------------------------------------------------------------------
# Signs that exercise needs a clinician first (chest pain, fainting, pregnancy, recent surgery,
# rhabdomyolysis).
# Symptoms now that can be an emergency: the notice says stop and call the emergency number.
_RED_URGENT = [
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
_RED_CONDITION = [
    # Heart and blood pressure: heart conditions, a racing heart, uncontrolled blood pressure.
    r"\bheart\s+(?:failure|condition|disease|attack)\b|\bejection\s+fraction\b|\bcardiomyopath\w*"
    r"|\barrhythmi\w*",
    # a racing heart, unless the message is about panic or anxiety, where a racing heart is the
    # symptom asked about ("i get panic attacks when my heart races"; an urgent racing heart is
    # in `_RED_URGENT`)
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
RED_FLAGS = _RED_URGENT + _RED_CONDITION


# --- medication -----------------------------------------------------------------------------------
# A medicine named with something done to it (stop, taper, combine, dose): the medication route.
MED_RE = re.compile(rf"\b(?:{_MEDS})\b")
# Medicine words that name no medicine: "the antidepressant effect of training", "exercise
# prescription", "prescription parameters" (clinicians' questions about training, not drugs).
NOT_A_MEDICINE = re.compile(
    r"\banti-?depressant\s+(?:and\s+anxiolytic\s+)?(?:effects?|responses?|actions?|benefits?|"
    r"propert\w+|potential|efficacy|outcomes?|mechanisms?)\b|\b(?:exercise|training|strength|"
    r"resistance)\s+prescriptions?\b|\bprescriptions?\s+(?:parameters?|guidelines?|variables?|"
    r"for\s+(?:exercise|training|resistance|strength))\b"
)
# Changing a medicine: stopping, tapering, skipping, raising or lowering it.
_MED_CHANGE = (
    r"stop|stopping|quit|quitting|replace|replacing|come\s+off|coming\s+off|get\s+off"
    r"|taper\w*|wean\w*|instead\s+of|reduce|reducing|cut\s+down|cut\s+back|skip\w*|ditch"
    r"|drop|lower|increase|raise|up\s+my|double\w*|halve"
)
MED_CHANGE = re.compile(rf"\b(?:{_MED_CHANGE}|swap\w*|switch\w*)\b")
MED_ACTION = re.compile(
    rf"\b(?:{_MED_CHANGE}"
    r"|combine|combining|mix|mixing|with\s+my|add|adding"
    r"|on\s+top\s+of|together|interact\w*|safe\s+(?:with|on)|okay\s+(?:with|on)|ok\s+(?:with|on)"
    r"|while\s+on|i'?m\s+on|cancel\s+out|forgot|missed|enough|too\s+much|mg|dose\w*|"
    r"how\s+(?:much|many)|timing|before\s+or\s+after|\d+\s*(?:mg|mcg|ml)?\b)"
)


# --- compiled -------------------------------------------------------------------------------------
# The lists as `risk` reads them: compiled once, case-insensitive.
_C = re.IGNORECASE


def _compile(rules: list[str]) -> list[re.Pattern[str]]:
    return [re.compile(r, _C) for r in rules]


P_SUICIDE_ACUTE = _compile(_SUICIDE_ACUTE)
P_SUICIDE = _compile(_SUICIDE)
P_SELF_HARM = _compile(_SELF_HARM)
P_ED = _compile(_ED)
P_ED_ACUTE = _compile(_ED_ACUTE)
P_THIRD = _compile(_THIRD)
P_RED = _compile(RED_FLAGS)
P_RED_URGENT = _compile(_RED_URGENT)
