"""Suicide, acute tier: acts taken — an overdose, a count or a whole box of medicine swallowed,
an attempt that did not work, bleeding that does not stop."""

from __future__ import annotations

from liftqa.answer.risk_rules.blocks import (
    DRUG,
    PILLS_ML,
)

# Medicine taken (preterite and perfect, es/fr/pt/it) and a whole box, bottle or strip of it
# (laxatives are the eating-disorder rules', food and protein are no overdose).
_TAKEN = (
    r"(?:me\s+(?:he\s+)?tomado|me\s+tomé|tomé|j'ai\s+(?:pris|avalé)|ho\s+(?:preso|ingoiato)|tomei|"
    r"engoli)"
)

_WHOLE_BOX = (
    r"(?:(?:bote|frasco|caja|blíster|boîte|plaquette|flacon|caixa|cartela|scatola|flacone|"
    r"confezione|blister)\s+(?:enter[oa]|entière|inteir[oa]|inter[oa])|(?:toda\s+la|toute\s+la|"
    r"tout\s+le|tutta\s+la|tutto\s+il|toda\s+a|todo\s+o)\s+(?:bote|frasco|caja|blíster|boîte|"
    r"plaquette|flacon|caixa|cartela|scatola|flacone|confezione|blister))(?![^.?!]{0,20}\b(?:de|"
    r"di|da|do)\s+(?:prote\w*|whey|creatin\w*|batido|helado|cereal\w*|galletas|gelato|biscotti|"
    r"laxa\w*|lassativ\w*|diur[ée]t\w*))"
)

# No medicine: what a box, tub or strip of supplements, sweets or food holds.
_NOT_MEDICINE_ML = (
    r"(?![^.?!]{0,25}\b(?:prote\w*|whey|creatin\w*|laxa\w*|lassativ\w*|abführ\w*|vitamin\w*|"
    r"suplement\w*|supplément\w*|integrator\w*|pre-?entreno|pré-?treino|pre-?workout|cafeína|caffein\w*|"
    r"koffein\w*|caféine|colágeno|collagen\w*|kollagen|biscuits|galletas|biscotti|chocolate|bonbons|"
    r"caramel\w*|caramelle|süßigkeiten|cereal\w*|helado|gelato|glace|eis|magnesi\w*|omega))"
)

# Swallowed, said in es/pt/it/fr/de ("me tragué", "mi sono presa", "hab … geschluckt").
_SWALLOWED_ML = (
    r"(?:j'ai\s+(?:pris|avalé)|me\s+(?:he\s+)?tom(?:é|ado)|tomé|tomei|engoli|ho\s+(?:preso|ingoiato)|"
    r"me\s+tragué|(?:acabo\s+de\s+)?tragarme|me\s+bebí|mi\s+sono\s+(?:pres[oa]|ingoiat[oa]|bevut[oa])|"
    r"(?:hab|habe)\s+(?:\w+\s+)?(?:genommen|geschluckt))"
)

ACTS = [
    # Acts taken: a count of medicine swallowed, an overdose, an attempt that "didn't work",
    # bleeding that won't stop (es/pt/it/fr/de too).
    r"\b(?:took|swallowed|taken|downed)\b[^.?!]{0,30}\b(?:all|whole|entire|every|a bunch|"
    r"a lot|handful|everything)\b[^.?!]{0,30}\b(?:pills?|tablets?|bottle|pack|meds|organi[sz]er)",
    r"\bi\s+(?:took|have taken|just took)\s+an?\s+overdose\b|\boverdosed\b",
    r"\b(?:took|taken|swallowed|downed)\s+(?:about\s+|like\s+|maybe\s+)?(?:\d{2,3}|twenty|"
    r"thirty|forty|fifty|a\s+handful|handfuls)\s+(?:of\s+)?(?:my\s+|the\s+|her\s+|his\s+)?" + DRUG,
    r"\b(?:took|swallowed|downed|taken|had)\s+(?:a\s+load|loads|a\s+bunch|a\s+handful|everything|all)"
    r"\s+(?:of\s+)?(?:in\s+the\s+(?:cabinet|cupboard|drawer)|my\s+\w+|the\s+\w+|pills|tablets|meds)",
    r"\b(?:me\s+tomé|tomé|tomei|ho\s+preso|j'ai\s+pris|ich\s+habe)\s+(?:\w+\s+){0,3}(?:pastillas|"
    r"comprimidos|pílulas|remédios|pastiglie|farmaci|cachets|médicaments|tabletten)\b",
    r"\b(?:tomei|me\s+tomé|ho\s+preso|j'ai\s+pris|hab\w*\s+(?:\w+\s+)?genommen)\b[^.?!]{0,30}\b(?:a\s+"
    r"cartela\s+toda|todas?|tutte|toutes?|alle|la\s+scatola|la\s+boîte)\b(?![^.?!]{0,25}\b(?:laxa\w*|"
    r"lassativ\w*|abführ\w*|prote\w*|whey|creatin\w*|vitamin\w*|suplement\w*|supplément\w*|"
    r"integrator\w*|nahrungsergänz\w*|pre-?entreno|pré-?treino|pre-?workout|cafeína|caffein\w*|"
    r"koffein\w*|biscuits|galletas|biscotti|bonbons|caramelle))|\btomei\s+a\s+"
    r"cartela\b",
    r"\b(?:tried|attempted)\s+(?:last\s+night|yesterday|this\s+morning|again|on\s+\w+day)\b[^.?!]{0,80}"
    r"\b(?:didn'?t\s+work|woke\s+up|failed|still\s+here)\b",
    r"\b(?:sanguinando|sangrando|saignant|blute\w*)\b|\bstill\s+bleeding\b|\bwon'?t\s+stop\s+"
    r"bleeding\b",
    # Pills already taken, all of them (de/es/pt/it/fr): an act taken.
    r"\b(?:hab\w*\s+(?:die\s+|alle\s+|meine\s+)?tabletten\s+(?:schon\s+|gerade\s+)?genommen|me\s+tom[eé]\s+"
    r"(?:todas\s+)?(?:las\s+|mis\s+)?pastillas|tomei\s+(?:todos\s+)?(?:os\s+|meus\s+)?comprimidos|ho\s+preso\s+"
    r"(?:tutte\s+)?(?:le\s+)?(?:mie\s+)?pastiglie|j'ai\s+(?:pris|avalé)\s+(?:tous\s+)?(?:mes\s+|les\s+)?"
    r"(?:cachets|comprimés|médicaments))\b",
    # Half or all of a box of pills taken (fr/es/pt/it/de).
    r"\b(?:j'ai\s+(?:déjà\s+)?(?:pris|avalé)|me\s+tom[eé]|tomei|ho\s+preso|hab\w*\s+(?:\w+\s+)?genommen)\s+"
    r"(?:la\s+moitié\s+de\s+|la\s+mitad\s+de\s+|metade\s+d[ao]\s+|metà\s+(?:della\s+)?|die\s+hälfte\s+)?"
    r"(?:la\s+|el\s+|a\s+|o\s+|die\s+)?(?:boîte|caja|caixa|scatola|packung|blister|plaquette)\b",
    # All of a supply already swallowed ("took them all twenty minutes ago", "swallowed the lot").
    r"\b(?:i|i'?ve|already|just)\s+(?:took|taken|swallowed|downed)\s+(?:them|'em)\s+all\b|\b(?:i|i'?ve|"
    r"already|just)\s+(?:took|taken|swallowed|downed)\s+(?:all\s+of\s+them|the\s+(?:whole\s+)?lot)\b",
    # The whole strip or box swallowed, "will I wake up" (fr/es/pt/it/de and English).
    r"\b(?:avale|avaler|prends|tomo|tomar|tomas|prendo|prendere|nehme|swallow|take)\s+(?:\w+\s+){0,2}?"
    r"(?:toute?s?|todas?|todos|tutt[ae]|alle|all|the\s+whole)\b[^.?!]{0,60}\b(?:réveill\w*|despiert\w*|"
    r"despertar|acord\w*|svegli\w*|aufwach\w*|wake\s+up)\b",
    # A whole box, bottle or strip of medicine swallowed ("me he tomado un bote entero de
    # paracetamol", "j'ai avalé toute la boîte", "hab die ganze Packung geschluckt").
    r"\b"
    + _TAKEN
    + r"\s+(?:\w+\s+){0,3}?"
    + _WHOLE_BOX
    + r"\b(?:[^.?!]{0,30}\b"
    + PILLS_ML
    + r")?",
    r"\b(?:die|eine)\s+ganze\s+(?:packung|schachtel|dose|flasche|tablettenpackung)\b[^.?!]{0,40}"
    r"\b(?:genommen|geschluckt)\b",
    # Said the way people say it in es/pt/it/fr/de (the multilingual probe set, tml).
    # A whole box or strip of one's medicine swallowed ("j'ai avalé toute ma boîte de xanax",
    # "acabo de tragarme la caja entera de paracetamol", "hab vorhin den ganzen blister tramadol
    # geschluckt"; not a tub of pre-workout or a box of biscuits).
    r"\b"
    + _SWALLOWED_ML
    + r"\s+(?:\w+\s+)?(?:toute?\s+(?:ma|mon|la|le)|toda\s+(?:mi|la|a\s+minha|a)|"
    r"todo\s+(?:mi|el|o)|tutt[ao]\s+(?:la\s+mia|il\s+mio|la|il)|(?:el|la|o|a|le|il)\s+)?\s*(?:boîte|"
    r"plaquette|flacon|caja|bote|frasco|blíster|caixa|cartela|scatola|flacone|confezione|blister)"
    r"(?:\s+(?:entera|entero|inteir[oa]|intera|intero|entière))?\b" + _NOT_MEDICINE_ML,
    r"\b(?:den\s+ganzen|die\s+ganze|eine\s+ganze|alle\s+meine)\s+(?:\w+\s+){0,2}?(?:blister|packung|"
    r"schachtel|dose|flasche|tabletten|pillen)\b[^.?!]{0,40}\b(?:geschluckt|genommen|eingeworfen)\b"
    + _NOT_MEDICINE_ML,
    # All of one's pills or drops taken ("mi sono presa tutte le gocce di En che avevo", "ho
    # ingoiato tutte le pillole di mia madre", "j'ai avalé toutes mes pilules") or a count of
    # them ("ich hab gerade 30 Tabletten genommen").
    r"\b"
    + _SWALLOWED_ML
    + r"\s+(?:\w+\s+)?(?:tutte|todas|todos|toutes|tous|alle)\s+(?:le\s+|las\s+|"
    r"as\s+|os\s+|les\s+|meine\s+|mis\s+|minhas\s+|meus\s+|mes\s+|le\s+mie\s+)?(?:gocce|gotas|gouttes|"
    r"tropfen|pastiglie|pillole|compresse|pastillas|pílulas|comprimidos|remédios|comprimés|pilules|"
    r"cachets|tabletten|pillen)\b",
    r"\b\d{2,}\s+(?:tabletten|pillen|pastillas|pastiglie|comprimidos|comprimés|cachets|pilules|pillole|"
    r"compresse|pílulas)\b[^.?!]{0,30}\b(?:genommen|geschluckt|tomado|tomé|tomei|ingoiat\w*|pres[eoa]|"
    r"pris|avalé|engoli|tragué)\b|\b"
    + _SWALLOWED_ML
    + r"\s+(?:\w+\s+)?\d{2,}\s+(?:tabletten|pillen|"
    r"pastillas|pastiglie|comprimidos|comprimés|cachets|pilules|pillole|compresse|pílulas)\b",
    r"\b(?:hab|habe)\s+(?:\w+\s+)?(?:alle|die\s+ganzen)\s+(?:meine\s+)?\w*(?:tabletten|pillen)\s+(?:\w+\s+)?"
    r"(?:geschluckt|genommen|eingeworfen)\b",
]
