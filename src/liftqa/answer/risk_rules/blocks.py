"""Fragments the rules are built from: who (the writer, someone close), which medicines,
which body parts, when, which means."""

from __future__ import annotations

import datetime
import re
import unicodedata

# Fragments the rules below are built from: who ("me", "myself", someone close), which
# medicines, which body parts, when, which means.
# The writer: first person singular, and "myself" (with "my self").
ME = r"(?:i|i'm|i am|i've|i'd|i'll|me|my|myself|mine)"
SELF = r"(?:my\s*self|myself)"
# Someone else: a friend, relative, partner, client, athlete, ... (the third-party rules).
OTHER = (
    # a child named by age ("my 15-year-old", "our 16yo"; leetspeak folding makes "15" "is")
    r"(?:(?:my|our|his|her|their)\s+\w{1,3}(?:[- ]year[- ]old|\s?yo)\b(?!\s+(?:self|me|myself)\b)|"
    r"(?:my|our|a|his|her|their)\s+(?:(?:best|close|little|big|older|younger|teenage|"
    r"\d+[- ]year[- ]old)\s+)?(?:friend|mate|buddy|son|daughter|kid|child|teen|wife|husband|"
    r"partner|boyfriend|girlfriend|bf|gf|ex|mum|mom|mother|dad|father|grandad|grandpa|"
    r"grandma|nan|gran|grandfather|grandmother|sister|brother|twin|cousin|niece|nephew|"
    r"uncle|aunt|roommate|flatmate|housemate|colleague|coworker|co-worker|employee|client|"
    r"patient|student|athlete|teammate|gym buddy|training partner|neighbou?r|classmate|"
    r"guy|girl|lad|member|stepdaughter|stepson|fiance|fiancee|teenager)s?)"
)
# Pills and what is swallowed in an overdose (kept; no rule uses it at present).
PILLS = (
    r"(?:pills?|tablets?|meds|medication|medicines?|paracetamol|acetaminophen|tylenol|"
    r"ibuprofen|aspirin|sleeping pills|insulin|lithium|sertraline|fluoxetine|caffeine|"
    r"antidepressants?|painkillers?|opioids?|oxy\w*|benzos?|xanax|everything|the (?:whole|"
    r"entire) (?:bottle|pack|box|packet))"
)
# Every medicine, supplement or dose a message can name (the medication route).
MEDS = (
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
DRUG = (
    rf"(?:{MEDS}|paracetamol|acetaminophen|tylenol|ibuprofen|aspirin|pastillas|pastiglie|"
    r"comprimidos|comprimés|cachets|tabletten|pillen)"
)
# Prescription medicines and pills (not supplements, caffeine or pre-workout): "how much of
# this is too much" about them is an overdose-amount question.
RX = (
    r"(?:pills?|tablets?|meds|medication|antidepressants?|ssris?|snris?|sleeping\s+(?:pills?|"
    r"tablets?)|painkillers?|paracetamol|acetaminophen|tylenol|ibuprofen|aspirin|fluoxetine|prozac|"
    r"sertraline|zoloft|escitalopram|lexapro|citalopram|celexa|paroxetine|paxil|venlafaxine|"
    r"effexor|duloxetine|cymbalta|bupropion|wellbutrin|mirtazapine|trazodone|lithium|quetiapine|"
    r"seroquel|aripiprazole|abilify|lamotrigine|benzodiazepines?|benzos?|xanax|alprazolam|"
    r"lorazepam|ativan|clonazepam|klonopin|diazepam|valium|propranolol|amitriptyline|zopiclone|"
    r"zolpidem|ambien|tramadol|codeine|oxycodone|insulin|digoxin)"
)
# Body parts where self-harm is done; `BODY` is the group (legs are left out of it).
BODY_PARTS = (
    r"arms?|wrists?|thighs?|stomach|belly|tummy|skin|hips?|ankles?|forearms?|hands?|palms?|"
    r"fingers?|knuckles?|ribs?|calf|calves|shins?|feet|foot|face|neck|breasts?"
)
BODY = rf"(?:{BODY_PARTS})"  # not legs: "burn in my legs" is training talk
# A time close enough to be a plan: tonight, tomorrow, a weekday.
WHEN = (
    r"(?:tonight|today|tomorrow|this\s+(?:weekend|week)|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday)"
)
# Means of hanging, shooting or cutting, not "jump rope", "battle rope", "nail gun".
WEAPON = (
    r"(?<!jump\s)(?<!skipping\s)(?<!climbing\s)(?<!battle\s)(?<!massage\s)(?<!nail\s)(?<!glue\s)"
    r"(?:rope|noose|gun|shotgun|rifle|pistol|razor|blade)"
)
# A year at least two years back ("in 2009", "in 2015"): a past that can be resolved.
_NOW = datetime.date.today().year
PAST_YEAR = "(?:" + "|".join(str(y) for y in range(_NOW - 2, 1939, -1)) + ")"
# "jump" as a fall, not a training move ("jump on the box", "jump rope", "jump squats").
JUMP = (
    r"jump(?!s|\s+(?:on|onto|up|rope|ropes|squats?|lunges?|higher|over|back\s+in|start|"
    r"in(?:to)?\s+(?:a|the|my|some)?\s*(?:pool|program\w*|gym|workout|training|class|routine|session)))"
)
# "won't need it since I joined a gym" gives its reason: no farewell.
REASON = (
    r"(?!\s+(?:it|them|this|that|these|those)?\s*(?:any\s*more\s+)?(?:since|because|now\s+that|as\s+i|"
    r"cause|cos|cuz|after\s+i|when\s+i))"
)
# A supply of pills.
SUPPLY = r"(?:pills|tablets|meds|oxy\w*|the\s+whole\s+(?:bottle|packet|box))"
# A move, emigration or a long trip (six languages): gear given away before "I move to
# Vancouver" is no farewell. `NO_MOVE` starts a rule that holds only where no move is named,
# or where one is denied ("no es por ninguna mudanza", "kein Umzug, nichts").
_MOVE = (
    r"(?:umz(?:ug|ieh\w*)|zieh\w*\s+(?!mich\b)(?:[\w']+\s+){0,3}?nach|wander\w*\s+(?:[\w']+\s+){0,4}?aus"
    r"|auswander\w*"
    r"|me\s+mudo|mudanza|mudan[çc]a|vou\s+me\s+mudar|(?:irse|me\s+voy|nos\s+vamos)\s+a\s+vivir"
    r"|(?:ir|vou|tô\s+indo|estou\s+indo)\s+morar|(?:andare|vado)\s+a\s+vivere|trasloc\w*"
    r"|mi\s+trasferisco|déménag\w*|(?:partir|je\s+pars)\s+vivre|emigr\w*|relocat\w*"
    r"|moving\s+(?:to|abroad|overseas|house|out|away|back\s+to|in\s+with|country|cities)"
    r"|work\s+and\s+travel|gap\s+year|backpacking)"
)
NO_MOVE = (
    r"^(?![\s\S]*(?<!ninguna\s)(?<!ningún\s)(?<!ningun\s)(?<!kein\s)(?<!keinen\s)(?<!nenhuma\s)"
    r"(?<!nessun\s)(?<!aucun\s)(?<!no\s)(?<!not\s)\b" + _MOVE + r"\b)[\s\S]*?"
)
# A height to jump or fall from (six languages).
HEIGHT = (
    r"(?:azotea|techo|edificio|puente|ventana|telhado|prédio|ponte|janela|toit|pont|fenêtre|tetto|"
    r"finestra|palazzo|dach|brücke|fenster|roof|bridge|window|building|ledge|balcony)"
)


def _bare(ch: str) -> str:
    """A letter without its accent ("é" -> "e", "ç" -> "c"); other characters as they are."""
    base = unicodedata.normalize("NFD", ch)[0]
    return base if base.isascii() and base.isalpha() and base != ch else ""


def accent_free(rule: str) -> str:
    """A rule that also reads its words typed without accents, as people often write them
    ("avale", "nao", "piu"): each accented letter becomes a class of itself and its bare
    letter (added to a class it already stands in)."""
    out: list[str] = []
    in_class = escaped = False
    for ch in rule:
        bare = "" if escaped else _bare(ch)
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == "[" and not in_class:
            in_class = True
        elif ch == "]" and in_class:
            in_class = False
        if bare:
            out.append(ch + bare if in_class else f"[{ch}{bare}]")
        else:
            out.append(ch)
    return "".join(out)


def compile_all(rules: list[str]) -> list[re.Pattern[str]]:
    """A class's rules as `risk` reads them: compiled once, case-insensitive, accents
    optional."""
    return [re.compile(accent_free(r), re.IGNORECASE) for r in rules]


# A time close enough to be a plan, in es/fr/de/pt/it: tonight, today, tomorrow.
WHEN_ML = (
    r"(?:esta\s+noche|hoy|mañana|ce\s+soir|cette\s+nuit|demain|aujourd'hui|heute(?:\s+(?:nacht|"
    r"abend))?|morgen|hoje(?:\s+à\s+noite)?|esta\s+noite|amanhã|stanotte|stasera|oggi|domani)"
)
# Killing oneself with the pronoun before the verb that leads to it (es/pt/it): "me quiero
# matar", "me quisiera morir" is no kill; "(eu) me quero matar", "quero-me matar", "matar-me",
# "mi voglio ammazzare", "mi vado a uccidere".
_PROCLITIC_KILL = (
    r"me\s+(?:quiero|quisiera|voy\s+a|tengo\s+que|pienso|quero|queria|vou|vo)\s+(?:matar|suicidar|quitar\s+"
    r"la\s+vida)\b|(?:quero|vou|queria)-me\s+matar\b|matar-me\b|mi\s+(?:voglio|vorrei|vado\s+ad?|sto\s+"
    r"per)\s+(?:ammazzare|uccidere|togliere\s+la\s+vita)\b"
)
# Killing oneself said in es/fr/de/pt/it, infinitive or conjugated (the suicide rule's one
# list): "me voy a matar", "me quito la vida" (not a bare "me mato": "el leg day me mató"),
# "bring(e) ich mich um", "je me tue", "mi ammazzo", "farla finita", "en finir".
KILL_SELF_ML = (
    r"(?:matarme|me\s+matar|me\s+voy\s+a\s+matar\b|acabar\s+com\s+a\s+minha\s+vida|umbringen|(?:quitarme|me\s+(?:voy\s+a\s+)?quit(?:o|ar|e))\s+la\s+vida|"
    r"suicid(?:arme|arte|o|ar-me)|me\s+suicid\w*|vou\s+me\s+matar\b|"
    r"tirar\s+(?:a\s+)?minha\s+(?:própria\s+)?vida|uccidermi|mi\s+(?:uccido|ammazzo|tolgo\s+la\s+vita|"
    r"suicido)|togliermi\s+la\s+vita|ammazzarmi|(?:la\s+)?(?:farla|faccio)\s+finita|me\s+tuer|"
    r"me\s+foutre\s+en\s+l'air|me\s+flinguer|me\s+pendre|ahorcarme|me\s+(?:quiero\s+|voy\s+a\s+)?"
    r"ahorcar|enforcar-me|me\s+enforcar|impiccarmi|mi\s+impicco|mich\s+(?:aufhängen|aufzuhängen)|"
    r"je\s+(?:vais\s+)?me\s+(?:tue|tuer|suicide|suicider)|en\s+finir(?!\s+avec)|mettre\s+fin\s+à\s+mes\s+"
    r"jours|(?:ich\s+)?bring(?:e)?\s+(?:ich\s+)?mich\s+um|mich\s+(?:umbringen|töten|umzubringen)|"
    r"(?:ich\s+)?(?:töte|erhänge)\s+mich|mir\s+das\s+leben\s+nehmen|"
    r"acabar\s+con\s+todo(?!\s+(?:lo|el|la|los|las|este|esta|eso|de)\b)|"
    r"acabar\s+com\s+tudo(?!\s+(?:o|a|os|as|isso|de)\b)|" + _PROCLITIC_KILL + r")"
    # the pronoun before a wish or a plan: "me quiero matar", "eu me quero matar", "quero-me
    # matar", "mi voglio ammazzare"
)
# The writer's own intent to kill themself, said in the first person in es/fr/de/pt/it
# (not a question or a report: "m'a demandé si je voulais me tuer", "ob ich mich umbringen
# will"): with a time, the acute rule.
KILL_SELF_INTENT_ML = (
    r"(?:me\s+voy\s+a\s+(?:matar|quitar\s+la\s+vida|suicidar)|me\s+quito\s+la\s+vida|me\s+suicido|"
    r"(?:quiero|voy\s+a)\s+(?:matarme|quitarme\s+la\s+vida|suicidarme|acabar\s+con\s+todo"
    r"(?!\s+(?:lo|el|la|los|las|este|esta|eso|de)\b))|vou\s+me\s+(?:matar|suicidar)|"
    r"(?:quero|vou)\s+(?:me\s+matar|acabar\s+com\s+tudo(?!\s+(?:o|a|os|as|isso|de)\b)|tirar\s+a\s+"
    r"minha\s+vida)|(?:voglio|vado\s+a)\s+(?:farla\s+finita|uccidermi|ammazzarmi|togliermi\s+la\s+"
    r"vita)|la\s+faccio\s+finita|mi\s+(?:ammazzo|uccido|tolgo\s+la\s+vita)|je\s+(?:vais|veux)\s+"
    r"(?:me\s+tuer|en\s+finir(?!\s+avec)|me\s+suicider|me\s+pendre|me\s+foutre\s+en\s+l'air|me\s+"
    r"flinguer)|me\s+voy\s+a\s+ahorcar|vou\s+me\s+enforcar|mi\s+impicco|je\s+me\s+tue|(?:bringe?\s+ich\s+mich|ich\s+"
    r"bringe\s+mich)\s+um|(?:werde|will)\s+ich\s+mich\s+umbringen|ich\s+(?:werde|will)\s+mich\s+"
    r"umbringen|" + _PROCLITIC_KILL + r")"
)
# Pills and medicines in es/fr/de/pt/it, with the commonest painkillers by name.
PILLS_ML = (
    r"(?:pastillas|pastiglie|pillole|pilules|pillen|comprimidos|comprimés|compresse|cachets|"
    r"tabletten|remédios|medicamentos|médicaments|medicinali|farmaci|medikamente|paracetamol|"
    r"paracétamol|doliprane|dafalgan|efferalgan|tachipirina|ibuprofeno?|aspirina|aspirine)"
)


# Eating almost nothing (and, said of someone else, weight lost), and the signs that come with
# an eating disorder: for the writer's own (`eating.ED`) and someone else's (`third_party.THIRD`).
NOT_EATING = (
    r"(?:barely|hardly)\s+(?:eat(?:s|ing)?|eaten)(?!\s+(?:\w+\s+)?(?:breakfast|lunch|dinner|carbs|meat|"
    r"veg\w*|sugar|before|after))|eat(?:s|ing)?\s+(?:almost\s+)?nothing(?!\s+(?:before|after|in\s+the))|"
    r"not\s+eating\s+(?:at\s+all|anything)|skip(?:s|ping)\s+(?:most\s+|all\s+)?meals(?!\s+on\s+(?:my\s+)?"
    r"(?:cut|workdays?|weekdays?))"
)
RESTRICTING = (
    NOT_EATING + r"|lost\s+(?:a\s+lot\s+of|so\s+much)\s+weight|(?:lost|dropped)\s+\d+\s*"
    r"(?:kg|kilos?|lbs?|pounds)"
)
ED_SIGN = (
    r"runs?\s+twice|running\s+twice|twice\s+a\s+day|exercis\w+\s+for\s+hours|hours\s+of\s+cardio|"
    r"weighs?\s+(?:him|her|them|my)sel(?:f|ves)|weighing\s+(?:him|her|them|my)sel\w*|hoodies?|baggy|"
    r"faint\w*|passed\s+out|periods?\s+stopped|throw\w*\s+up|laxatives"
)
