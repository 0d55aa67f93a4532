"""Risk in what a person writes, recognised before anything else runs.

`assess(text)` works on the raw text, whatever its length or characters (a message in
crisis is never refused for its form). It normalises the text first — Unicode NFKC,
invisible characters (zero-width, bidi controls) removed, leetspeak and text-speak folded
("k1ll", "kms", "unalive", "wanna") — then applies rules written as *meanings*: a person
(the writer, or someone they worry about) together with an intent, a plan, a means, an act
or a wish, in English, Spanish, French, German, Portuguese and Italian. Gym slang
("killer leg day", "cutting phase", "dead hang", "take it all" of a lift) is not risk.

An optional classifier over sentence embeddings (`RiskModel`, weights shipped with the
package) adds recall by meaning where the rules have no pattern; it is used only with the
embedding model it was trained for.

Classes: suicide, self_harm, eating_disorder (the writer's own risk), third_party (someone
else at risk), research (the topic, no disclosure), history (past, resolved), medication,
red_flag (a medical warning sign around training), none. Tiers for risk: acute (a plan,
means at hand, intent, a time, an act taken or under way, a lethal-amount question) or
elevated (passive ideation, hopelessness, urges, ongoing behaviour).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal, Protocol

import numpy as np

RiskKind = Literal["suicide", "self_harm", "eating_disorder", "third_party"]
Tier = Literal["acute", "elevated", "none"]
OWN_RISK: tuple[RiskKind, ...] = ("suicide", "self_harm", "eating_disorder")

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


# --- rules: meanings, several languages ----------------------------------------------------

_ME = r"(?:i|i'm|i am|i've|i'd|i'll|me|my|myself|mine)"
_SELF = r"(?:my\s*self|myself)"
_OTHER = (
    r"(?:my|our|a|his|her|their)\s+(?:(?:best|close|little|big|older|younger|teenage|"
    r"\d+[- ]year[- ]old)\s+)?(?:friend|mate|buddy|son|daughter|kid|child|teen|wife|husband|"
    r"partner|boyfriend|girlfriend|bf|gf|ex|mum|mom|mother|dad|father|grandad|grandpa|"
    r"grandma|nan|gran|grandfather|grandmother|sister|brother|twin|cousin|niece|nephew|"
    r"uncle|aunt|roommate|flatmate|housemate|colleague|coworker|co-worker|employee|client|"
    r"patient|student|athlete|teammate|gym buddy|training partner|neighbou?r|classmate|"
    r"guy|girl|lad|member|stepdaughter|stepson|fiance|fiancee)s?"
)
_PILLS = (
    r"(?:pills?|tablets?|meds|medication|medicines?|paracetamol|acetaminophen|tylenol|"
    r"ibuprofen|aspirin|sleeping pills|insulin|lithium|sertraline|fluoxetine|caffeine|"
    r"antidepressants?|painkillers?|opioids?|oxy\w*|benzos?|xanax|everything|the (?:whole|"
    r"entire) (?:bottle|pack|box|packet))"
)

_SUICIDE_ACUTE = [
    r"\b(?:going|gonna|about|ready|plan(?:ning)?|decided|tonight|today|tomorrow)\b[^.?!]{0,40}"
    r"\b(?:kill\s+" + _SELF + r"|end\s+(?:it|my\s+life|things|it\s+all)|do\s+it|jump|"
    r"hang\s+" + _SELF + r"|take\s+(?:them\s+)?all|go\s+through\s+with\s+it)\b",
    r"\b(?:kill|end)\w*\s+(?:" + _SELF + r"|it all|my life)\b[^.?!]{0,40}\b(?:tonight|today|"
    r"tomorrow|this weekend|on (?:sunday|monday|tuesday|wednesday|thursday|friday|saturday))",
    r"\b(?:tonight|today|tomorrow)\b[^.?!]{0,25}\b(?:i\s+)?(?:end it|end my life|do it|"
    r"kill\s+" + _SELF + r"|jump)\b",
    r"\b(?:have|got|saved|saving|stockpil\w*|counted|collected|bought|ready)\b[^.?!]{0,30}"
    r"\b(?:pills|tablets|meds|rope|the stuff|a gun|the gun|blade)\b[^.?!]{0,40}"
    r"\b(?:tonight|take|end|die|ready|all of them|for when|for tonight|to do it)\b",
    r"\b(?:took|swallowed|taken|downed)\b[^.?!]{0,30}\b(?:all|whole|entire|every|a bunch|"
    r"a lot|handful|everything)\b[^.?!]{0,30}\b(?:pills?|tablets?|bottle|pack|meds|organi[sz]er)",
    r"\bi\s+(?:took|have taken|just took)\s+an?\s+overdose\b|\boverdosed\b",
    r"\b(?:goodbye|suicide)\s+(?:note|letter|message)s?\b",
    r"\b(?:wrote|written|writing|left)\b[^.?!]{0,20}\b(?:letters?|notes?)\b[^.?!]{0,30}"
    r"\b(?:family|parents|mum|mom|dad|kids|everyone|for when)\b",
    r"\b(?:gave|giving|given)\s+away\b[^.?!]{0,60}\b(?:won'?t|will not|wont)\s+need\b",
    r"\b(?:this is|it'?s)\s+my\s+last\s+(?:workout|session|day|post|message|night)\b|\blast\s+"
    r"(?:\w+\s+)?(?:day|workout|session)\s+ever\b|\bpills\s+are\s+in\s+my\s+(?:bag|pocket|car)\b",
    r"\b(?:lethal|fatal|deadly|kill (?:a person|someone|me|you)|overdose)\b[^.?!]{0,60}"
    r"\b(?:dose|amount|how many|how much|pills?|tablets?|mg)\b",
    r"\b(?:how many|how much|what amount|which)\b[^.?!]{0,60}\b(?:would|will|to|could|does it"
    r" take to)\s+(?:\w+\s+)?(?:kill|be (?:fatal|lethal|deadly)|die|"
    r"become (?:fatal|lethal|deadly)|od)\b",
    r"\b(?:most|least)\b[^.?!]{0,80}\b(?:deadly|lethal|fatal)\b",
    r"\bcame\s+(?:up\s+)?here\s+to\s+do\s+it\b|\blooking\s+over\s+the\s+edge\b",
    r"\bholding\s+(?:the|a)\s+(?:blade|knife|razor|gun|rope)\b",
]
_SUICIDE = [
    r"\bsu+i?c+i?d(?:e|al|ality)\b",
    r"\bkill(?:ing)?\s+" + _SELF + r"\b",
    r"\b(?:end|ending)\s+(?:my\s+(?:own\s+)?life|it\s+all)\b|\btak(?:e|ing)\s+my\s+(?:own\s+)?life\b",
    r"\bnot\s+be\s+(?:anyone|everyone|any\s*one)'?s\s+(?:problem|burden)\b|\bfinally\s+(?:be\s+)?free\b",
    r"\b(?:don'?t|do\s+not|no\s+longer|never)\s+(?:really\s+)?want\s+to\s+"
    r"(?:be\s+alive|live|exist|be\s+here|wake\s+up|go\s+on|be\s+around)\b",
    r"\b(?:want|wanting|wanted|wish)\w*\s+(?:to\s+)?(?:just\s+)?(?:die|be\s+dead|disappear\s+forever|not\s+exist"
    r"|just\s+not\s+exist|fade\s+out|stop\s+existing|never\s+wake\s+up)\b",
    r"\bwish\s+i\s+(?:was|were)\s+(?:dead|never\s+born|gone)\b|\bwish(?:ing)?\s+i\s+(?:didn'?t|"
    r"did\s+not)\s+exist\b|\bwish(?:ing)?\s+(?:you|i)\s+(?:just\s+)?didn'?t\s+exist\b",
    r"\b(?:rather|prefer)\s+(?:not\s+exist|be\s+dead|not\s+be\s+(?:here|alive))\b",
    r"\bbetter\s+off\s+(?:dead|without\s+me|if\s+i\s+(?:was|were)n'?t|with\s+me\s+gone)\b",
    r"\b(?:be|been|am|are)\s+better\s+off\s+without\s+me\b",
    r"\bno\s+(?:point|reason)\s+(?:in\s+|to\s+)?(?:living|live|going\s+on|being\s+alive"
    r"|to\s+live|to\s+go\s+on|in\s+life|anymore)\b",
    r"\b(?:life|living)\s+(?:is\s+not|isn'?t|is\s+no\s+longer)\s+worth\b|\bnot\s+worth\s+living\b",
    r"\bcan'?t\s+(?:go\s+on|do\s+(?:this|it)\s+anymore|keep\s+going)\b",
    r"\bhang(?:ing)?\s+" + _SELF + r"\b|\boverdos(?:e|ing)\b",
    r"\b(?:think|thinking|thought|thoughts)\s+(?:about|of)\s+(?:dying|death|ending\s+(?:it|my\s+life)"
    r"|not\s+being\s+here|killing\s+" + _SELF + r")\b",
    r"\b(?:i'm|i am|feel\s+like)\s+(?:just\s+)?a\s+burden\b|\beveryone'?s?\s+burden\b",
    r"\bburden\s+(?:to|on)\s+(?:everyone|my\s+family|everybody|all\s+of\s+them)\b|\ball(?:en)?\s+nur"
    r"\s+eine\s+last\b",
    r"\bnobody\s+would\s+(?:notice|care|miss\s+me|come\s+to\s+my\s+funeral)\b|\bno\s*one\s+would\s+"
    r"(?:notice|care|miss\s+me)\b|\bwon'?t\s+be\s+(?:around|here)\s+(?:much\s+longer|for\s+long)\b",
    r"\b(?:hope|wish|want|pray)\w*\b[^.?!]{0,30}\bcrush(?:ed|es)?\s+me\b|\bnot\s+(?:the\s+)?"
    r"worst\s+thing\s+if\s+(?:i|the\s+bar)\b",
    r"\bslipping\s+under\s+and\s+staying\b|\bnot\s+wake\s+up\b|\bnever\s+wake\s+up\b",
    r"\bno\s+future\b|\bdon'?t\s+see\s+(?:a|any)\s+future\b|\bnothing\s+to\s+live\s+for\b",
    r"\bhow\s+people\s+do\s+it\b|\breading\s+about\s+(?:ways|how)\s+to\s+die\b",
    r"\b(?:jump|jumping)\s+(?:off|from|in\s+front)\b",
    # es / pt / it / fr / de
    r"\b(?:suicid(?:arme|arse|io|ar|e|er|armi|ário)|selbstmord|suizid\w*)\b",
    r"\bwouldn'?t\s+be\s+the\s+worst\s+thing\s+if\b|\bjust\s+sit\s+there\s+wishing\b",
    r"\b(?:matarme|me\s+matar|quitarme\s+la\s+vida|uccidermi|togliermi\s+la\s+vita|me\s+tuer|"
    r"mich\s+(?:umbringen|töten)|umbringen|farla\s+finita|en\s+finir|acabar\s+con\s+todo|"
    r"acabar\s+com\s+tudo|acabar\s+com\s+a\s+minha\s+vida|mettre\s+fin\s+à\s+mes\s+jours)\b",
    r"\b(?:no\s+quiero|não\s+quero|non\s+voglio|je\s+ne\s+veux|ich\s+will)\s+(?:\w+\s+){0,2}"
    r"(?:vivir|viver|vivere|vivre|leben|despertar|acordar|svegliarmi|exister|existir)\b",
    r"\b(?:plus\s+envie\s+de\s+vivre|keine\s+lust\s+mehr\s+zu\s+leben|nicht\s+mehr\s+leben|"
    r"nicht\s+mehr\s+aufwachen|mejor\s+sin\s+mí|melhor\s+sem\s+mim|meglio\s+senza\s+di\s+me|"
    r"mieux\s+sans\s+moi|besser\s+dran\s+ohne\s+mich|ohne\s+mich\s+(?:wären|wäre)|quiero\s+morir|"
    r"quero\s+morrer|voglio\s+morire|veux\s+mourir|will\s+sterben|morirme|morrer|sparire\s+per\s+sempre)",
    r"\b(?:pastillas|comprimidos|pastiglie|cachets|médicaments|tabletten)\b[^.?!]{0,50}"
    r"\b(?:todas|todos|tutte|tous|alle|esta\s+noche|hoje|stanotte|ce\s+soir|heute)\b",
    r"\b(?:abschiedsbrief|abschiedsnachricht|carta\s+de\s+despedida|lettera\s+d'addio|"
    r"lettre\s+d'adieu|une\s+lettre\s+à\s+mes\s+parents)\b",
]
_SELF_HARM = [
    r"\bself[-\s]?harm|\bself[-\s]?injur|\bnssi\b",
    r"\b(?:cut|cutting|cuts|hurt|hurting|harm|harming|burn|burning|burned|burnt|hit|hitting|"
    r"punch|punching|scratch|scratching|slap|slapping|punish|punishing|bruise|bruising|starve"
    r"|smashed|smash|bang|banging)\s+(?:my\s*self|myself)\b",
    r"\b(?:cut|cutting|cuts|scratch\w*|burn\w*|carv\w*)\s+(?:on\s+)?(?:my\s+)(?:arms?|wrists?|thighs?|"
    r"legs?|stomach|skin|hips?|chest|ankles?|shoulders?|forearms?|upper\s+arms?|hands?)\b",
    r"\b(?:fresh|new|my)\s+(?:cuts|scars)\b|\bhide\s+(?:my|the)\s+(?:cuts|scars|marks)\b",
    r"\bdid\s+it\s+again\b[^.?!]{0,20}(?:🩸|blood|thighs?|arms?|wrists?)",
    r"\bblade\b|\brazor\s+blade\b",
    r"\b(?:on\s+purpose|deliberately)\b[^.?!]{0,40}\b(?:bleed|burn|hurt|cut|blister)|\b(?:bleed|"
    r"burn\w*|hurt|cut)\w*\b[^.?!]{0,40}\bon\s+purpose\b",
    r"\bpunish(?:ment|ing)?\b[^.?!]{0,60}\b(?:squat|run|rows?|lift|train|workout|sets?|reps?|"
    r"erg|wall\s+sits|cardio)\w*|\b(?:squat|run|rows?|train|lift)\w*\b[^.?!]{0,60}\bpunish\w*",
    r"\b(?:deserve|earned|want|need)\s+(?:the|to\s+feel\s+the|to\s+feel)?\s*(?:pain|it\s+to\s+hurt|"
    r"to\s+hurt)\b",
    r"\b(?:on|with)\s+(?:my\s+)?(?:broken|fractured|torn|dislocated|sprained)\s+\w+\b[^.?!]{0,60}"
    r"\b(?:deserve|punish|what\s+i\s+get|weak|want\s+to\s+feel|need\s+the\s+pain)",
    r"\buntil\s+(?:my\s+)?(?:knuckles|skin|hands?)\s+(?:split|bleed|bled|crack)",
    r"\buntil\s+(?:it|i|i'm|my\s+\w+)\s+(?:goes\s+red|bleed\w*|collapse|am\s+numb|numb|cracked|"
    r"bruise\w*|split|give\s+out|gives\s+out)",
    r"\b(?:what\s+i\s+get\s+for|i'?ve\s+earned\s+it|i\s+deserve\s+(?:it|the\s+pain|to\s+hurt))\b",
    r"\b(?:smash|bang|hit|punch)\w*\s+my\s+(?:head|face|fists?)\s+(?:against|into|on)\b",
    # es / pt / it / fr / de
    r"\b(?:me\s+corto|cortarme|me\s+corté|me\s+hago\s+daño|hacerme\s+daño|me\s+cortar|me\s+corto|"
    r"me\s+machuc\w*|me\s+arranho|mi\s+taglio|tagliarmi|mi\s+sono\s+tagliat\w|farmi\s+del\s+male|"
    r"me\s+couper|je\s+me\s+coupe|me\s+scarifier|je\s+me\s+scarifie|me\s+faire\s+du\s+mal|"
    r"je\s+me\s+frappe\w*|ritze\s+mich|mich\s+ritzen|mich\s+(?:selbst\s+)?verletzen|verletze\s+mich|"
    r"schneide\s+mich|me\s+golpeo|mi\s+picchio|me\s+bato)\b",
]
_ED = [
    r"\bstarv(?:e|ing)\s+"
    + _SELF
    + r"\b|\bmak(?:e|ing)\s+"
    + _SELF
    + r"\s+(?:throw\s+up|vomit|sick|"
    r"puke)\b",
    r"\bthrow(?:ing)?\s+up\s+after\s+(?:eating|meals?|i\s+eat|dinner|lunch|breakfast)\b|\bpurg(?:e|ing)\b",
    r"\blaxatives?\b|\bdiuretics?\b|\bwater\s+pills\b",
    r"\b(?:haven'?t|have\s+not|didn'?t|not)\s+(?:eaten|eat)\s+(?:anything\s+)?(?:in|for)\s+(?:days|\d+\s+days|"
    r"two\s+days|three\s+days|four\s+days|a\s+week)\b|\b\d+\s+days\s+(?:no|without)\s+food\b|"
    r"\bday\s+\d+\s+of\s+(?:water\s+only|no\s+food|fasting)\b",
    r"\b(?:not|stopped|barely)\s+eating\s+(?:for\s+days|at\s+all|anything)\b",
    r"\bcalories\s+(?:under|below)\s+\d{3,4}\b|\bif\s+i\s+eat\b[^.?!]{0,40}\b(?:cardio|run|burn|"
    r"treadmill)\b|"
    r"\b(?:under|below|less\s+than)\s+\d{3}\s*(?:cal|kcal|calories)\b|\b\d{3}\s*(?:cal|kcal|calories)\s+a\s+day\b",
    r"\b(?:burn|burning)\s+off\s+(?:every|each|all)\b|\b(?:earn|compensate)\b[^.?!]{0,20}\b(?:food|"
    r"eating|meal|calories)\b",
    r"\bpro[-\s]?ana\b|\bpro[-\s]?mia\b|\bthinspo\b|\bana\s+tips\b",
    r"\b" + _ME + r"\b[^.?!]{0,30}\b(?:anorexi\w*|bulimi\w*|binge[-\s]?(?:eat\w*|and\s+purg\w*)|"
    r"eating\s+disorder)",
    r"\bcan'?t\s+stand\s+feeling\s+full\b|\bhaven'?t\s+kept\s+(?:food|anything)\s+down\b",
    r"\bskip\s+(?:breakfast|meals)\s+and\s+(?:lunch|dinner)\b",
    # es / pt / it / fr / de
    r"\b(?:vomitar|vómito|vomito|vomir|erbrechen|kotze\w*|me\s+provoco|me\s+faço\s+vomitar|mi\s+faccio"
    r"\s+vomitare|me\s+faire\s+vomir|mich\s+übergeben)\b",
    r"\b(?:laxantes?|laxatifs?|lassativi|abführmittel)\b",
    r"\b(?:sin\s+comer|sem\s+comer|senza\s+mangiare|sans\s+manger|nichts\s+gegessen|fast\s+nichts)\b",
    r"\b(?:meno\s+di|menos\s+de|moins\s+de|unter)\s+\d{3}\s+(?:calorie|calorías|calorias|calories|kalorien)",
]
_ED_ACUTE = [
    r"\b(?:faint\w*|passed\s+out|blacked\s+out|collapsed|desmai\w*|desmay\w*|svenut\w*|"
    r"ohnmächtig|évanoui\w*|vision\s+goes\s+(?:grey|gray|black))\b",
    r"\bblood\b|\b(?:heart|chest)\b[^.?!]{0,30}\b(?:flutter\w*|racing|pound\w*|skipping)\b",
    r"\b(?:\d|six|seven|eight|five)\s+(?:or\s+\d\s+)?times\s+a\s+day\b",
    r"\bspitting\s+in\s+a\s+bottle\b|\bbin\s+bag\b|\bsauna\s+suit\b",
]
_THIRD = [
    _OTHER + r"\b[^.?!]{0,80}\b(?:suicid\w*|kill\s+(?:him|her|them)sel(?:f|ves)|"
    r"wants?\s+to\s+die|want\s+to\s+die|end\s+(?:his|her|their)\s+life|self[-\s]?harm\w*|"
    r"cutting|cuts|making\s+(?:him|her|them)sel(?:f|ves)\s+sick|starving|throwing\s+up|purging|"
    r"laxatives|better\s+off\s+without|goodbye|took\s+a\s+bunch|pills|ready\s+to\s+go|"
    r"railing|ledge|bridge|won'?t\s+come\s+down|kill\s+myself|means\s+it|periods?\s+(?:have\s+)?"
    r"stopped|only\s+(?:eats?\s+)?salad|\w+\s+classes\s+a\s+day|"
    r"hurting\s+(?:him|her|them)sel)",
    r"\b(?:mi|mein|meine|minha|meu|ma|mon|mia|mio)\s+\w+\b[^.?!]{0,60}\b(?:quiere\s+morir\w*|"
    r"abschied\w*|suicid\w*|se\s+corta|si\s+taglia|se\s+coupe|quer\s+morrer|vuole\s+morire|"
    r"veut\s+mourir|will\s+sterben)",
]
_RESEARCH = re.compile(
    r"\b(?:research|studies|study|evidence|statistics|rates?|risk\s+factors?|does\s+exercise|"
    r"can\s+exercise|can\s+lifting|how\s+does|is\s+there|prevalence|literature|meta-analys\w*|"
    r"protective|neurochemical|risk|lower|reduce|documented|guidance|policy|data|veterans|"
    r"for\s+my\s+(?:essay|class|thesis|course))\b"
)
_HISTORY = re.compile(
    r"\b(?:years?\s+ago|a\s+decade\s+ago|behind\s+me|in\s+(?:my\s+)?(?:teens|twenties|school|college|university)|recovered|"
    r"in\s+recovery|in\s+remission|used\s+to\s+(?:have|be|self|struggle|cut|starve|purge)|"
    r"had\s+(?:anorexia|bulimia|an\s+eating\s+disorder|a\s+suicide\s+attempt)|history\s+of|"
    r"(?:since|when\s+i\s+was)\s+(?:school|a\s+teen|\d+|young)|clean\s+(?:for|since)|"
    r"haven'?t\s+(?:self[-\s]?harmed|cut|purged)\s+(?:in|for|since)|back\s+then|long\s+time\s+ago)\b"
)
_SLANG_SAFE = re.compile(
    r"\bsuicide\s+(?:grip|sprints?|squats?|runs?|drills?|shuttles?)\b|\bcrushed\s+me\s+on\b|"
    r"\b(?:killer|killing\s+it|killed\s+it|kill\s+(?:the|this|that|my)\s+(?:workout|set|session|"
    r"lights|music|pump|leg\s+day|gains)|dead\s*(?:lift|hang|bug)s?|cutting\s+(?:phase|season|"
    r"cycle|diet|weight|for|and\s+bulking)|(?:on|in)\s+a\s+cut|cut\s+(?:the\s+sleeves|down\s+on|back"
    r"\s+on)|leg\s+day\s+killed|dying\s+(?:to|for|of\s+laughter)|to\s+failure|take\s+it\s+all\s+"
    r"(?:in|the\s+way|back)|rather\s+die\s+than\s+skip|i'?m\s+dead\b[^.?!]{0,5}(?:😭|😂|lol|lmao))"
)

RED_FLAGS = [
    r"\bchest\b[^.?!]{0,40}\b(?:pain|pressure|tight\w*|ach\w*|band|killing|hurts?|heavy|squeez\w*)",
    r"\b(?:pain|pressure|tightness)\b[^.?!]{0,25}\bchest\b",
    r"\b(?:left\s+)?arm\b[^.?!]{0,30}\b(?:numb\w*|tingl\w*|dead)\b|\bnumb\w*\b[^.?!]{0,25}\barm\b|"
    r"\btingling\s+down\s+my\s+(?:left\s+)?arm\b",
    r"\b(?:faint\w*|passed\s+out|blacked\s+out|black\s+out|nearly\s+blacked|collaps\w*|came\s+round|"
    r"lost\s+consciousness|saw\s+stars|desmai\w*)\b",
    r"\b(?:short|shortness)\s+of\s+breath\b|\bbreathless\w*\b|\bcan'?t\s+(?:catch\s+my\s+)?breath",
    r"\b(?:sudden|worst|thunderclap|splitting|severe)\b[^.?!]{0,20}\bheadache\b|\bheadache\b[^.?!]"
    r"{0,30}\b(?:sudden|worst|vision|during\s+(?:a\s+)?(?:lift|set|deadlift|squat))",
    r"\bpregnan\w*|\bweeks?\s+pregnant\b|\bplacenta\b|\b\d{1,2}[- ]weeks?\s+(?:scan|along)\b",
    r"\b(?:surgery|operation|op|c[-\s]?section|replacement|repair|gave\s+birth|had\s+a\s+baby|"
    r"stitches|stent|bypass)\b[^.?!]{0,40}\b(?:ago|last\s+week|yesterday|days|weeks)\b|\b(?:days|"
    r"weeks?)\s+(?:after|since)\s+(?:my\s+)?(?:surgery|operation|birth|c[-\s]?section)",
    r"\bheart\s+(?:failure|condition|disease|attack)\b|\bejection\s+fraction\b|\bcardiomyopath\w*"
    r"|\barrhythmi\w*|\bheart\b[^.?!]{0,30}\b(?:races?|racing|flutter\w*|skipping|200)\b",
    r"\b(?:blood\s+pressure|bp)\b[^.?!]{0,40}\b(?:high|uncontrolled|\d{3}|through\s+the\s+roof|"
    r"not\s+controlled)\b|\bhypertensi\w*\b[^.?!]{0,20}\buncontrolled\b",
    r"\b(?:heard|felt)\s+a\s+(?:pop|snap)\b|\bcan'?t\s+(?:put|bear)\s+(?:any\s+)?weight\b|\bswell\w*"
    r"\b[^.?!]{0,40}\b(?:purple|cold|numb|can'?t)\b|\b(?:went|turned)\s+purple\b",
    r"\bcold\s+sweats?\b|\bstopped\s+sweating\b|\bdizzy\b[^.?!]{0,40}\b(?:heat|sick|headache|vomit)",
    r"\bdark\s+(?:brown|cola|coke)[-\s]colou?red\s+(?:urine|pee)\b|\brhabdo\w*\b",
]
_MEDS = (
    r"antidepressants?|anti-depressants?|ssris?|snris?|maois?|medications?|medicines?|meds"
    r"|pills?|tablets?|prescriptions?|drugs?|fluoxetine|prozac|sertraline|zoloft|escitalopram"
    r"|lexapro|citalopram|celexa|paroxetine|paxil|venlafaxine|effexor|duloxetine|cymbalta"
    r"|bupropion|wellbutrin|mirtazapine|trazodone|lithium|quetiapine|seroquel|aripiprazole"
    r"|abilify|lamotrigine|benzodiazepines?|benzos?|xanax|alprazolam|lorazepam|ativan"
    r"|clonazepam|klonopin|diazepam|valium|propranolol|beta[-\s]?blockers?|metoprolol"
    r"|adderall|ritalin|methylphenidate|vyvanse|concerta|stimulants?|sleeping\s+pills?|"
    r"painkillers?|st\.?\s*john'?s\s+wort|sam-?e|5-?htp|ashwagandha|kava|tramadol|"
    r"pre-?workout|fat\s+burners?|caffeine\s+pills?|creatine|supplements?|insulin|metformin|"
    r"levothyroxine|birth\s+control|the\s+pill|sertralina|fluoxetina|medikament\w*|médicament\w*"
    r"|\d+(?:\.\d+)?\s?(?:mg|mcg)"
)
_MED_RE = re.compile(rf"\b(?:{_MEDS})\b")
_MED_ACTION = re.compile(
    r"\b(?:stop|stopping|quit|quitting|replace|replacing|come\s+off|coming\s+off|get\s+off"
    r"|taper\w*|wean\w*|instead\s+of|reduce|reducing|cut\s+down|cut\s+back|skip\w*|ditch"
    r"|drop|lower|increase|raise|up\s+my|double\w*|halve|combine|combining|mix|mixing|with\s+my"
    r"|on\s+top\s+of|together|interact\w*|safe\s+(?:with|on)|okay\s+(?:with|on)|ok\s+(?:with|on)"
    r"|while\s+on|i'?m\s+on|cancel\s+out|forgot|missed|enough|too\s+much|mg|dose\w*|"
    r"how\s+(?:much|many)|timing|before\s+or\s+after|\d+\s*(?:mg|mcg|ml)?\b)"
)

_C = re.IGNORECASE


def _compile(rules: list[str]) -> list[re.Pattern[str]]:
    return [re.compile(r, _C) for r in rules]


_P_SUICIDE_ACUTE = _compile(_SUICIDE_ACUTE)
_P_SUICIDE = _compile(_SUICIDE)
_P_SELF_HARM = _compile(_SELF_HARM)
_P_ED = _compile(_ED)
_P_ED_ACUTE = _compile(_ED_ACUTE)
_P_THIRD = _compile(_THIRD)
_P_RED = _compile(RED_FLAGS)
_FIRST_PERSON = re.compile(
    r"\b(?:i|i'm|i've|i'd|i'll|me|my|myself|mine|je|j'|ich|mich|mir|yo|me|eu|io)\b"
)
_SELF_HARM_ACUTE = re.compile(
    r"\b(?:right\s+now|won'?t\s+stop\s+bleeding|bleeding\s+(?:a\s+lot|heavily)|need\s+stitches|"
    r"infected|gone\s+white|blistered|badly|smashed|holding\s+the\s+blade|going\s+to\s+do\s+it)\b"
)


@dataclass(frozen=True)
class RiskAssessment:
    """What a message says about risk. `kind`: the risk route (None: no risk); `tier`;
    `red_flag`, `medication`, `research`, `history`: the other routes; `why`: the signal
    that decided (for tests and `liftqa eval`, never shown to users)."""

    kind: RiskKind | None = None
    tier: Tier = "none"
    red_flag: bool = False
    medication: bool = False
    research: bool = False
    history: bool = False
    score: float = 0.0  # the classifier's risk probability (0 without a classifier)
    why: tuple[str, ...] = field(default_factory=tuple)

    @property
    def own_risk(self) -> bool:
        return self.kind in OWN_RISK

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
    t = normalise(text)
    masked = _SLANG_SAFE.sub(" ", t)
    why: list[str] = []
    kind: RiskKind | None = None
    tier: Tier = "none"
    third = _any(_P_THIRD, masked)
    if _any(_P_SUICIDE_ACUTE, masked):
        kind, tier = "suicide", "acute"
        why.append("suicide-acute rule")
    elif _any(_P_SUICIDE, masked):
        kind, tier = "suicide", "elevated"
        why.append("suicide rule")
    if kind is None and _any(_P_SELF_HARM, masked):
        kind, tier = "self_harm", "acute" if _SELF_HARM_ACUTE.search(masked) else "elevated"
        why.append("self-harm rule")
    if kind is None and _any(_P_ED, masked):
        kind = "eating_disorder"
        tier = "acute" if _any(_P_ED_ACUTE, masked) else "elevated"
        why.append("eating-disorder rule")
    if (
        kind is None
        and re.search(r"\bcut(?:ting|s)?\b", t)
        and re.search(r"\b(?:marks|scars|blood|bleed\w*|wrists?|razor)\b", t)
    ):
        kind, tier = "self_harm", "elevated"
        why.append("cutting with marks")
    history = bool(_HISTORY.search(masked))
    research = bool(_RESEARCH.search(masked)) and not _own_statement(masked)
    if kind is not None and third and not _own_statement(masked):
        why.append("about someone else")
        kind = "third_party"
    elif kind is None and third:
        kind, tier = "third_party", "elevated"
        why.append("third-party rule")
    if kind == "third_party" and tier == "none":
        tier = "elevated"
    lethal_question = tier == "acute" and kind == "suicide" and "suicide-acute rule" in why
    if kind is not None and not lethal_question and history and not _current(masked):
        why.append("past, resolved")
        kind, tier = None, "none"
    elif kind in OWN_RISK and research and not lethal_question:
        why.append("research question")
        kind, tier = None, "none"
    red = _any(_P_RED, masked)
    med = bool(_MED_RE.search(masked) and _MED_ACTION.search(masked))
    return RiskAssessment(
        kind=kind,
        tier=tier,
        red_flag=red,
        medication=med,
        research=research and kind is None,
        history=history and kind is None,
        why=tuple(why),
    )


def _own_statement(t: str) -> bool:
    """The writer speaks of their own risk (not a topic, not someone else)."""
    return bool(
        re.search(
            r"\b(?:myself|my\s+(?:own\s+)?life|i\s+(?:want|wanna)\s+to\s+die|i'?m\s+(?:cutting|"
            r"starving|purging|suicidal)|i\s+(?:cut|purge|starve|hurt)\b|i\s+(?:think|thought)\s+"
            r"about\s+(?:dying|suicide|ending)|i\s+(?:don'?t|do\s+not)\s+want\s+to\s+(?:live|be\s+"
            r"alive|exist))",
            t,
        )
    )


def _current(t: str) -> bool:
    """Signs that a past problem is back now."""
    return bool(
        re.search(
            r"\b(?:again|started\s+again|back|relaps\w*|lately|these\s+days|this\s+week|right\s+now|"
            r"tonight|every\s+day|most\s+days)\b",
            t,
        )
    )


def sentences(text: str, limit: int = 32) -> list[str]:
    """The clauses a message is read in (the classifier reads each, and the whole)."""
    t = normalise(text)
    parts = [p.strip() for p in re.split(r"(?<=[.!?;])\s+|\n+", t) if p and p.strip()]
    return parts[:limit] or [t]


# --- the classifier ----------------------------------------------------------------------

MODEL_PATH = Path(__file__).parent / "risk_data" / "model.npz"


@dataclass(frozen=True)
class RiskModel:
    """Multinomial logistic regression over sentence embeddings (numpy only at run time).
    `labels` are "suicide_acute", "suicide_elevated", …, "research", "none"; `crisis_at`
    is the risk probability from which a message gets the crisis route, `check_in_at` the
    one from which an answer carries a gentle check-in line (both calibrated on held-out
    data by `liftqa.app.train_risk`)."""

    embedder: str
    labels: tuple[str, ...]
    coef: np.ndarray
    intercept: np.ndarray
    crisis_at: float
    check_in_at: float

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> RiskModel | None:
        try:
            with np.load(path, allow_pickle=False) as data:
                return cls(
                    embedder=str(data["embedder"]),
                    labels=tuple(str(x) for x in data["labels"]),
                    coef=data["coef"],
                    intercept=data["intercept"],
                    crisis_at=float(data["crisis_at"]),
                    check_in_at=float(data["check_in_at"]),
                )
        except (OSError, KeyError, ValueError):
            return None

    def probabilities(self, vectors: np.ndarray) -> np.ndarray:
        logits = vectors @ self.coef.T + self.intercept
        logits -= logits.max(axis=1, keepdims=True)
        e = np.exp(logits)
        out: np.ndarray = e / e.sum(axis=1, keepdims=True)
        return out

    def risk(self, vectors: np.ndarray) -> tuple[float, RiskKind | None, Tier]:
        """(risk probability, most likely risk kind, its tier) over the rows (sentences):
        the most worrying sentence decides."""
        if len(vectors) == 0:
            return 0.0, None, "none"
        p = self.probabilities(vectors)
        idx = {label: i for i, label in enumerate(self.labels)}
        kinds: tuple[RiskKind, ...] = (*OWN_RISK, "third_party")
        per_kind = {
            k: p[:, idx[f"{k}_acute"]] + p[:, idx[f"{k}_elevated"]]
            for k in kinds
            if f"{k}_acute" in idx
        }
        total = sum(per_kind.values())
        row = int(np.argmax(total))
        score = float(total[row])
        kind = max(per_kind, key=lambda k: float(per_kind[k][row]))
        tier: Tier = (
            "acute"
            if p[row, idx[f"{kind}_acute"]] >= p[row, idx[f"{kind}_elevated"]]
            else "elevated"
        )
        return score, kind, tier


class Embed(Protocol):
    def __call__(self, texts: list[str]) -> list[list[float]]: ...


def assess(text: str, model: RiskModel | None = None, embed: Embed | None = None) -> RiskAssessment:
    """Rules, then (with a model and its embedder) the classifier on each sentence and on
    the whole message. Either can raise the alarm; only rules can lower it (a research
    question, a resolved history)."""
    ruled = assess_rules(text)
    if model is None or embed is None:
        return ruled
    parts = sentences(text)
    whole = normalise(text)[:2000]
    vectors = np.asarray(embed(parts + ([whole] if len(parts) > 1 else [])), dtype=np.float32)
    score, kind, tier = model.risk(vectors)
    if ruled.kind is not None:
        return replace(ruled, score=score)
    if score >= model.crisis_at and kind is not None and not (ruled.research or ruled.history):
        return replace(ruled, kind=kind, tier=tier, score=score, why=(*ruled.why, "classifier"))
    return replace(ruled, score=score)
