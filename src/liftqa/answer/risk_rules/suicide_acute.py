"""Suicide, acute tier: intent with a time, being at the edge, means at hand, acts taken,
farewells, method and lethality questions."""

from __future__ import annotations

import re

from liftqa.answer.risk_rules.blocks import (
    DRUG,
    JUMP,
    KILL_SELF_INTENT_ML,
    PILLS_ML,
    REASON,
    RX,
    SELF,
    SUPPLY,
    WEAPON,
    WHEN,
    WHEN_ML,
    compile_all,
)

# A medicine one could save up: the prescription words, not "tablet's" (the device).
_SAVED_RX = (
    r"(?:"
    + RX
    + r"|oxy\w*)\b(?!'s)(?!\s+(?:cool|list|app|schedule|info|needles|supplies|pouch|case))"
)

# Intent, plan, means, acts and method questions (the C-SSRS's intent, plan, preparatory acts
# and acts): `risk` reads any of them as suicide, acute tier.
# A jump announced (es/pt/it/fr/de and English) and a height to jump from.
_JUMP_SAID = (
    r"(?:voy\s+a\s+(?:saltar|tirarme)|vou\s+(?:pular|me\s+jogar|saltar)|je\s+vais\s+sauter|"
    r"mi\s+butto|salto\s+giù|mi\s+lancio|ich\s+(?:werde\s+)?spring\w*|(?:going\s+to|gonna|i'?ll|"
    r"i\s+will)\s+" + JUMP + r")"
)
_HEIGHT = (
    r"(?:azotea|techo|edificio|puente|ventana|telhado|prédio|ponte|janela|toit|pont|fenêtre|tetto|"
    r"finestra|palazzo|dach|brücke|fenster|roof|bridge|window|building|ledge|balcony)"
)
_GIVEN_AWAY = (
    r"(?:(?:gave|giving|given|give)\s+(?:\w+\s+){0,5}?away|rehomed|"
    r"regal[ée]\s+(?:\w+\s+){0,3}?(?:mis?|todas|todos)|di\s+(?:todas\s+)?mis\s+cosas|"
    r"dei\s+(?:todas\s+)?(?:as\s+)?minhas\s+coisas|doei\s+(?:\w+\s+)?minhas|dei\s+(?:o\s+|"
    r"a\s+)?(?:meus?|minhas?)\b|ho\s+(?:dato\s+via|regalato)|j'ai\s+donné\s+(?:toutes\s+)?mes|"
    r"(?:hab|habe)\s+(?:\w+\s+){0,3}?(?:verschenkt|weggegeben))"
)
_NO_NEED = (
    r"(?:won'?t|wont)\s+need"
    + REASON
    + r"|no\s+(?:me\s+)?(?:harán|hará)\s+falta|ya\s+no\s+(?:las?|los?|lo)\s+(?:voy\s+a\s+)?"
    r"necesit\w+|no\s+(?:las?|los?|lo)\s+voy\s+a\s+necesitar|não\s+vou\s+(?:mais\s+)?precisar|"
    r"non\s+mi\s+serv\w+\s+più|je\s+n'en\s+aurai\s+plus\s+besoin|brauch\w*\s+(?:ich\s+)?"
    r"(?:sie|es|das)\s+nicht\s+mehr"
)
_DAY_SET = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|this\s+weekend)"
    r"\s+is\s+the\s+day\b(?!\s+(?:of|for|before|after|when\s+(?:we|my|the)))|(?:el\s+)?(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo|mañana)\s+es\s+"
    r"el\s+día|sabato\s+è\s+il\s+giorno|samedi\s+c'est\s+le\s+jour|samstag\s+ist\s+der\s+tag"
)
# Taking all of one's pills (es/fr/de/pt/it): "me tomo todas las pastillas", "nehme alle".
_TAKE_ALL = (
    r"(?:tomo|tomar|tomaré|tomarei|prends|prendre|prendrai|prendo|prendere|prenderò|nehme|nehm|"
    r"schlucke|schlucken|ingoio|avale|avaler|engulo|engolir)\s+(?:\w+\s+){0,2}?(?:todas|todos|"
    r"toutes|tous|tutte|tutti|alle)\s+(?:(?:las|los|os|as|mes|les|le|i|meine|die|mis|meus|minhas|"
    r"mie|miei)\s+)?" + PILLS_ML + r"\b"
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

SUICIDE_ACUTE = [
    # Intent with a time or a decision: "going to end it tonight", "I'm doing it on friday",
    # "I've decided", "tonight's the night", "won't be around after sunday" (es/pt/it/fr/de too).
    r"\b(?:going|gonna|about|ready|plan(?:ning)?|decided|tonight|today|tomorrow)\b[^.?!]{0,40}"
    r"\b(?:kill\s+" + SELF + r"|end\s+(?:it|my\s+life|things|it\s+all)|do\s+it|" + JUMP + r"|"
    r"hang\s+" + SELF + r"|take\s+(?:them\s+)?all|go\s+through\s+with\s+it)\b",
    r"\b(?:kill|end)\w*\s+(?:" + SELF + r"|it all|my life)\b[^.?!]{0,40}\b(?:tonight|today|"
    r"tomorrow|this weekend|on (?:sunday|monday|tuesday|wednesday|thursday|friday|saturday))",
    r"\b(?:tonight|today|tomorrow)\b[^.?!]{0,25}\b(?:i\s+)?(?:end it|end my life|do it|"
    r"kill\s+" + SELF + r"|" + JUMP + r")\b",
    r"\btonight'?s\s+the\s+night\b|\b(?:done|finished)\s+with\s+everything\b(?!\s+(?:for|at|on)\b)"
    r"|\bwon'?t\s+need\s+(?:it|this|them)\s+(?:past|after|beyond)\s+" + WHEN,
    r"\b(?:i'?m|i\s+am)\s+(?:doing|going\s+to\s+do|gonna\s+do)\s+it\s+(?:on\s+|this\s+|by\s+)?"
    + WHEN
    + r"\b|\bi'?ve\s+"
    r"decided\s*[.!]|\bthe\s+note\s+is\s+(?:already\s+)?(?:written|done|ready)\b|\bnote\b[^.?!]{0,40}"
    r"\bsaying\s+sorry\b",
    r"\bwon'?t\s+be\s+(?:around|here|alive)\s+(?:after|past|by|beyond)\s+" + WHEN + r"|\bwon'?t"
    r"\s+need\s+(?:it|them|this|these|any\s+of\s+it)\s+where\s+i'?m\s+going\b",
    r"\bwon'?t\s+be\s+(?:here|around|alive)\s+(?:next|by\s+next|after\s+next)\s+(?:week|month|"
    r"weekend)\b|\bi'?m\s+(?:checking|tapping)\s+out\b(?!\s+(?:of\s+)?(?:the\s+)?(?:gym|hotel|"
    r"books?|early))|\bmy\s+last\s+(?:workout|session|pr|lift)\b[^.?!]{0,80}\b(?:sunday|monday|"
    r"tuesday|wednesday|thursday|friday|saturday|tonight|tomorrow|then)\b",
    r"\beverything'?s\s+(?:set|ready|sorted|planned)\s+for\s+(?:tonight|tomorrow|" + WHEN + r")\b|"
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
    r"\b(?:pills|tablets|meds|(?<!jump\s)(?<!skipping\s)(?<!battle\s)rope|the stuff|a gun|the gun|"
    r"blade)\b"
    r"[^.?!]{0,40}"
    r"\b(?:tonight|take|end|die|ready|all of them|for when|for tonight|to do it)\b",
    r"\b(?:\d{2,3}|twenty|thirty|forty|fifty)\s+(?:of\s+)?(?:my\s+)?" + DRUG + r"\b[^.?!]{0,60}"
    r"\b(?:lined\s+up|vodka|whisky|whiskey|alcohol|tonight|the\s+night|enough\s+(?:now|to))",
    r"\b\d{2,4}\s+of\s+my\s+(?:\w+\s+){0,2}?" + DRUG + r"\b[^.?!]{0,40}\benough\b",
    r"\b(?:enough|sufficient)\b[^.?!]{0,25}\bto\s+(?:do\s+it|die|end\s+it|not\s+wake|kill\s+"
    r"(?:me|myself)|go\s+to\s+sleep\s+forever)\b",
    r"\b(?:bought|got|getting|collect\w*|sav\w*|hoard\w*|stock\w*)\b[^.?!]{0,60}\b(?:from\s+"
    r"(?:a\s+)?different\s+(?:pharmac\w*|chemists?|doctors?)|so\s+(?:they|nobody|no\s+one)\s+"
    r"(?:wouldn'?t|won'?t|would\s+not)\s+(?:notice|know))",
    r"\bi\s+have\s+enough\s+now\b",
    # Saving pills "just in case", counting them: a preparatory act whatever the question around it.
    r"\b(?:saving|saved|stockpil\w*|hoard\w*|stash\w*)\s+(?:up\s+)?(?:my\s+|some\s+|all\s+(?:my\s+)?)?"
    r"(?:pills|tablets|meds|medication|sleeping\s+pills|painkillers)\b(?!\s+(?:list|app|schedule|info|"
    r"reminders?|for\s+(?:the\s+)?recycl\w*))",
    r"\b(?:pills|tablets|meds)\b[^.?!]{0,40}\b(?:and|then)\s+count\s+them\b|\bcount(?:ing)?\s+(?:the|my)\s+"
    r"(?:pills|tablets)\b",
    # The note written: "I already wrote my note" (not notes for class, not a note to the coach).
    r"\b(?:wrote|written|finished|left)\s+my\s+note\b(?!\s+(?:to|for|on|about))",
    r"\b"
    + SUPPLY
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
    + WEAPON
    + r"(?:'s|\s+is|\s+are)?\s+(?:on\s+the\s+(?:table|desk|bed)|in\s+the\s+(?:garage|"
    r"car|shed|drawer)|in\s+my\s+(?:gym\s+)?(?:bag|pocket|car)|under\s+my\s+bed|ready)\b",
    r"\b(?:coltello|pillole|pastiglie|couteau|cachets|cuchillo|pastillas|messer|tabletten)\b[^.?!]{0,40}"
    r"\b(?:sul\s+comodino|sur\s+la\s+table|en\s+la\s+mesa|auf\s+dem\s+tisch|pronte|prêts|listas)\b",
    r"\b(?:googling|searching|looking\s+up)\s+methods\b|"
    # ways looked up, a preparatory act ("i looked up ways to do it last night", "i keep
    # looking up ways to die"): a method question (not "how to do it properly")
    r"\b(?:look(?:ed|ing)?\s+up|googl\w+|search\w*(?:\s+for)?|research\w*)\s+(?:\w+\s+){0,2}?"
    r"(?:ways|methods|how)\s+to\s+(?:die|do\s+it\b(?!\s+(?:properly|right|correctly|better|safely|"
    r"well|at\s+home))|kill\s+(?:myself|himself|herself|themselves)|end\s+(?:it|my\s+life))\b|"
    r"\bgot\s+home\s+with\s+everything\s+i\s+need\b|"
    r"\b(?:everything|all)\s+i\s+need\b[^.?!]{0,40}\blast\s+(?:workout|session|day)\b",
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
    # Farewells and last things: goodbye notes and letters, goodbyes posted or said ("this is my
    # goodbye", "tell my mum I love her", "it's time"; from clinical practice), things given
    # away, "my last workout ever", a photo of pills with a goodbye.
    r"\b(?:goodbye|suicide)\s+(?:note|letter|message)s?\b",
    r"\b(?:wrote|written|writing|left)\b[^.?!]{0,20}\b(?:letters?|notes?)\b[^.?!]{0,30}"
    r"\b(?:family|parents|mum|mom|dad|kids|everyone|for when)\b"
    # (not for a time capsule, a birthday, a trip or a thank-you)
    r"(?![^.?!]{0,60}\b(?:time\s+capsule|birthday|christmas|cards?|school|camp|holiday|trip|"
    r"thank[-\s]you|wedding|graduation|to\s+(?:feed|pick\s+up|call|buy)|about\s+the|that\s+i'?d|"
    r"saying\s+i'?(?:ll|d|\s+will)|while\s+i'?m)\b)",
    r"\b(?:posted|sent|wrote|written|recorded|left)\s+(?:my\s+|a\s+)?goodbyes?\b(?!\s+to\s+(?:my\s+"
    r"old|the\s+old))|\bmy\s+goodbye\s+(?:post|message|video|text|letter)\b",
    r"\b(?:this\s+is\s+(?:my\s+)?(?:goodbye|the\s+end)|final\s+goodbye|saying\s+(?:my\s+)?"
    r"goodbyes?(?!\s+to\s+(?:my\s+|the\s+|this\s+)?(?:old|gym|city|job|house|flat|team|coach))|see\s+you\s+(?:on\s+the\s+other\s+side|in\s+the\s+next\s+life)|by\s+the\s+time\s+"
    r"(?:you|anyone|someone)\s+reads?\s+this|when\s+you\s+read\s+this\s+i'?(?:ll|\s+will)\s+be)\b",
    r"\b(?:tell|let)\s+my\s+(?:mum|mom|dad|family|kids|wife|husband|partner|sister|brother)\s+"
    r"(?:i\s+love|that\s+i\s+love|i'?m\s+sorry)\b",
    r"\b(?:it'?s|it\s+is)\s+time\s*[.!]?\s*(?:i'?m\s+ready|goodbye|bye)\b|\bi'?ve\s+made\s+(?:my\s+)?"
    r"peace\s+with\s+(?:it|dying|going|leaving)\b",
    r"\b(?:gave|giving|given)\s+away\b[^.?!]{0,60}\b(?:won'?t|will not|wont)\s+need\b" + REASON,
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
    # too much of a medicine named before ("can you take paracetamol before training? … how
    # much is too much of it": the turns are read together)
    r"\b"
    + RX
    + r"\b[\s\S]{0,120}?\bhow\s+(?:many|much)\s+(?:of\s+(?:it|them|those|these)\s+(?:is|are|"
    r"would\s+be|'?s)\s+too\s+(?:many|much)|(?:is|are|would\s+be|'?s)\s+too\s+(?:many|much)\s+of\s+"
    r"(?:it|them|those|these))\b",
    # an amount to go under and stay there ("how many units would it take to go low and just
    # stay there": insulin; "to go to sleep and not come back")
    r"\bhow\s+(?:many|much)\s+(?:(?:\w+\s+)?(?:units|insulin|pills|tablets|"
    + RX
    + r")\s+|of\s+(?:it|them|those|these)\s+)?(?:would\s+it\s+take|to\s+take|do\s+i\s+need)\b"
    r"[^.?!]{0,30}"
    r"\b(?:go|drop|fall|get)\s+(?:low|under|down|to\s+sleep|asleep)\s+and\s+(?:just\s+)?(?:stay|not\s+"
    r"(?:come\s+(?:back|round|up)|wake)|never\s+(?:come\s+back|wake))\b",
    r"\b(?:dose|amount|quantity|number)\b[^.?!]{0,60}\b(?:would|will|could|to)\s+(?:\w+\s+)?(?:be\s+)?"
    r"(?:fatal|lethal|deadly|kill)\b",
    r"\bhow\s+(?:many|much)\b[^.?!]{0,50}\b" + RX + r"\b[^.?!]{0,40}\btoo\s+(?:many|much)\b|"
    r"\btoo\s+many\s+(?:\w+\s+)?" + RX + r"\b[^.?!]{0,30}\bat\s+once\b|\b" + RX + r"\b[^.?!]{0,40}"
    r"\b(?:at\s+once|in\s+one\s+go)\b[^.?!]{0,30}\b(?:too\s+many|too\s+much|dangerous|kill|die)",
    r"\b(?:amount|dose|much|many)\b[^.?!]{0,40}\btoo\s+much\s+to\s+survive\b|\b(?:hold|take)\s+"
    r"(?:my\s+|the\s+)?(?:whole\s+)?(?:body\s+)?weight\b[^.?!]{0,60}\b(?:doorframe|door\s+frame|"
    r"beam|rail|hook)\b[^.?!]{0,60}\b(?:hypothetic\w*|gives?\s+way|before\s+it\s+gives)",
    r"\b(?:most|least)\b[^.?!]{0,80}\b(?:deadly|lethal|fatal)\b",
    r"\bleast\s+painful\s+(?:ways?|methods?)\b|\bpainless\s+(?:ways?|methods?)\s+to\b"
    r"(?!\s+(?:get\s+rid|remove|treat|heal|fix|pop|stretch|warm\s+up|lose|build|break\s+in|file|shave|"
    r"wax|tape|take\s+off|deal\s+with|do|track|measure|train|learn|perform|start|gain|add|improve))|\b(?:way|method)s?"
    r"\b[^.?!]{0,40}\b(?:lowest|least)\s+(?:chance\s+of\s+)?surviv\w*",
    # (a heart stopped by a sport, caffeine or a stimulant in the same sentence is a health
    # worry: "can running a marathon stop your heart?")
    r"(?:^|(?<=[.?!]))(?:(?=[^.?!]*\b(?:how\s+(?:much|many)|would\s+it\s+take|for\s+good|enough\s+to)\b)|"
    r"(?![^.?!]*\b(?:marathons?|running|exercis\w*|training|workouts?|lifting|cardio|punch\w*|boxing|"
    r"spar\w*|ultra|race|"
    r"sprint\w*|caffeine|coffee|pre-?workout|energy\s+drinks?|creatine|sauna\s+session)\b))[^.?!]*?"
    r"\bstop\s+(?:someone'?s|a\s+person'?s|somebody'?s|my|your|the|a)\s+heart\b"
    r"(?!\s+(?:attacks?|disease|problems?|from|racing|pounding))|\buntil\s+(?:the|my)"
    r"\s+heart\s+(?:gives\s+out|stops)\b(?!\s+(?:racing|pounding|beating\s+so|hurting))|\b(?:od|overdose)\s+on\b(?!\s+(?:pre[-\s]?workout|caffeine|"
    r"coffee|carbs|sugar)\s+(?:lol|lmao|😂))|\b(?:before|until)\s+it'?s\s+(?:lethal|fatal|deadly)\b|"
    r"\b(?:most\s+reliable|painless)\b[^.?!]{0,40}\b(?:method|way|means)\b"
    # (not a painless way to deal with calluses, tape or a stretch)
    r"(?!\s+(?:to\s+)?(?:get\s+rid|remove|treat|heal|fix|pop|stretch|warm\s+up|lose|build|break\s+in|"
    r"file|shave|wax|tape|take\s+off|deal\s+with|do|track|measure|count|weigh|test|check|train|learn|"
    r"perform|work\s+out|start|get\s+(?:into|started|better|stronger)|gain|add|improve|increase))",
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
    r"\b(?:cu[aá]nt[oa]s?|quant[oaie]s?|combien|wie\s*viele?)\b[^.?!]{0,60}(?:para\s+(?:morir|"
    r"morrer|no\s+despertar|não\s+acordar)|per\s+morire|pour\s+mourir|um\s+zu\s+sterben|"
    r"tödlich|hacen\s+falta\s+para)",
    r"\b(?:qual\s+a\s+dose\s+letal|dose\s+letale|dose\s+létale|dosis\s+letal|tödliche\s+dosis|"
    r"seriam\s+fatais|sarebbero\s+fatali|serían\s+fatales|seraient\s+mortel\w*|caída\s+es\s+mortal|"
    r"servono\s+per\s+non\s+svegliarsi|le\s+moins\s+douloureux|menos\s+doloros[oa]|meno\s+dolorosa|"
    r"am\s+wenigsten\s+schmerzhaft)\b",
    # Means acquired or put in place (a rope bought, charcoal and tape with the car in the
    # garage, pills or a gun hidden and ready; es/pt/it/fr/de too).
    r"\b(?:bought|ordered|got|picked\s+up)\s+(?:a\s+|the\s+|some\s+)?(?<!jump\s)(?<!skipping\s)(?<!battle\s)"
    r"(?<!climbing\s)(?:rope|noose|charcoal|helium|"
    r"bullets|ammo)\b[^.?!]{0,40}\b(?:already|ready|today|yesterday|wardrobe|closet|car|garage)\b",
    r"\b(?:rope|noose|charcoal|gun|pistol|rifle)\s+(?:is|are|'s)\s+(?:already\s+)?(?:hidden|ready|"
    r"loaded|in\s+(?:my|the)\s+\w+|at\s+the\s+back\s+of|under\s+my)\b",
    r"\b(?:carbone|carbón|carvão|charbon|grillkohle|holzkohle|charcoal)\b[^.?!]{0,80}\b(?:nastro|cinta|"
    r"fita|scotch|klebeband|tape|garage|garaje|garagem|macchina|auto|car|voiture|coche|carro)\b",
    r"\b(?:compr(?:é|ei)|ho\s+comprato|j'ai\s+acheté|hab\w*\s+(?:mir\s+)?(?:ein|eine|einen)?)\s*"
    r"(?:una?\s+|la\s+|o\s+|a\s+|une\s+|du\s+)?(?:cuerda|corda|corde|seil|strick|soga)\b",
    # Farewell letters written (a preparatory act), in six languages.
    r"\b(?:j'ai\s+écrit\s+(?:mes|des|les)\s+lettres|escrib[ií]\s+(?:mis\s+|las\s+)?cartas|escrevi\s+"
    r"(?:as\s+|minhas\s+)?cartas|ho\s+scritto\s+(?:le\s+)?(?:mie\s+)?lettere|(?:hab|habe)\s+(?:meine\s+|"
    r"die\s+)?briefe\s+geschrieben|(?:the|my)\s+letters?\s+(?:to\s+\w+\s+(?:\w+\s+)?)?(?:is|are)\s+"
    r"(?:all\s+)?written|(?:wrote|written)\s+(?:all\s+)?my\s+letters)\b",
    # Walking into water or traffic as a plan; a second attempt meant to work.
    r"\b(?:going\s+to|gonna|will|i'?ll|plan\s+to)\s+(?:just\s+)?(?:walk|step|drive|swim)\s+(?:into|in\s+"
    r"front\s+of|out\s+into)\s+(?:the\s+)?(?:river|sea|ocean|lake|traffic|a\s+train|the\s+train|a\s+"
    r"truck|a\s+wall)\b",
    r"\b(?:tried|attempt\w*|survived|didn'?t\s+work)\b[\s\S]{0,160}(?:\b(?:do\s+it\s+(?:properly|right)|"
    r"get\s+it\s+right|finish\s+(?:it|the\s+job)|make\s+sure\s+it\s+works)\s+this\s+time\b|\bthis\s+time\s+"
    r"(?:i'?ll|i\s+will|i'?m\s+(?:going\s+to|gonna))\s+(?:do\s+it\s+(?:properly|right)|get\s+it\s+right|"
    r"finish\s+it|make\s+sure))",
    # A means in hand and a time: "got the knife in my hand … tonight's the one".
    r"\b(?:knife|blade|razor|pills|tablets|rope|gun|pistol)\b[^.?!]{0,80}\b(?:tonight|today)(?:'s|\s+"
    r"is)\s+the\s+(?:one|night|day)\b",
    # A day named and "I'm done": "Sunday I'm done", "after friday I'm gone".
    r"\b"
    + WHEN
    + r",?\s+i'?m\s+(?:done|gone|out\s+of\s+here)\b(?!\s+(?:with|training|lifting|cutting))",
    # How much of a medicine to not wake up, to die (pt/es/it/fr/de).
    r"\b(?:cu[aá]nt[oa]s?|quant[oaie]s?|combien|wie\s*viele?)\b[^.?!]{0,60}\b(?:no\s+despertar\w*|"
    r"não\s+acordar|non\s+svegliar\w*|ne\s+plus\s+(?:me\s+|se\s+)?réveiller|nicht\s+mehr\s+aufwach\w*|"
    r"para\s+morir|pra\s+morrer|para\s+morrer|per\s+morire|pour\s+mourir|um\s+zu\s+sterben)\b",
    # Pills already taken, all of them (de/es/pt/it/fr): an act taken.
    r"\b(?:hab\w*\s+(?:die\s+|alle\s+|meine\s+)?tabletten\s+(?:schon\s+|gerade\s+)?genommen|me\s+tom[eé]\s+"
    r"(?:todas\s+)?(?:las\s+|mis\s+)?pastillas|tomei\s+(?:todos\s+)?(?:os\s+|meus\s+)?comprimidos|ho\s+preso\s+"
    r"(?:tutte\s+)?(?:le\s+)?(?:mie\s+)?pastiglie|j'ai\s+(?:pris|avalé)\s+(?:tous\s+)?(?:mes\s+|les\s+)?"
    r"(?:cachets|comprimés|médicaments))\b",
    # A date set, messages scheduled, letters being written tonight, "everything I need"
    # bought or ready (es/pt/it/fr/de too).
    r"\bi'?ve\s+(?:got|set|picked|chosen)\s+a\s+date\b|\bscheduled\s+(?:\w+\s+){0,2}?(?:emails?|messages?|"
    r"posts?|texts?)\b[^.?!]{0,40}\b(?:to\s+(?:my|all\s+my)\s+(?:mum|mom|dad|family|brother|sister|kids|"
    r"children|son|daughter|wife|husband|partner|friends|parents)|goodbye)\b[^.?!]{0,60}\b(?:tomorrow|"
    r"tonight|\d+\s*(?:am|pm))\b",
    r"\b(?:writing|write|finish\w*)\s+(?:the|my)\s+(?:goodbye\s+)?letters?\b[^.?!]{0,30}\b" + WHEN,
    r"\b(?:ho\s+comprato|compr[eé]|comprei|j'ai\s+acheté|hab\w*\s+(?:\w+\s+)?gekauft|bought|got)\s+"
    r"(?:tutto|todo|tudo|tout|alles|everything)\s+(?:quello\s+che\s+serve|lo\s+que\s+(?:necesito|hace\s+"
    r"falta)|o\s+que\s+preciso|ce\s+qu'il\s+faut|was\s+ich\s+brauche|i\s+need)\b",
    r"\b(?:already\s+have|got|have)\s+everything\s+(?:ready|i\s+need|sorted)?\b[^.?!]{0,60}\b"
    r"(?:suicide|kill\s+myself|end\s+it|"
    + WHEN
    + r")\b|\b(?:planning|going)\s+to\s+(?:suicide|kill\s+"
    r"myself)\b[^.?!]{0,30}\b" + WHEN,
    # Exhaust fumes: a hose taped to the car, the engine running in the garage.
    r"\bhose\b[^.?!]{0,60}\b(?:taped|exhaust|garage|window)\b|\bengine\s+(?:is\s+)?running\b[^.?!]{0,60}"
    r"\bgarage\b|\bgarage\b[^.?!]{0,60}\bengine\s+(?:is\s+)?running\b",
    # Pills and drink with "never wake up", tonight.
    r"\bpills\b[^.?!]{0,40}\bnever\s+wake\s+up\b|\bnever\s+wake\s+up\b[^.?!]{0,20}\b" + WHEN,
    # Lethal-amount questions: "how many would do it", "would that be enough" (of pills).
    r"\bhow\s+many\b[^.?!]{0,60}\b(?:would|will|could)\s+(?:\w+\s+){0,2}?(?:do\s+it|be\s+enough|kill)\b",
    r"\b(?:took|take|taking|swallow\w*)\s+(?:all|the\s+(?:whole|full)\s+(?:box|bottle|pack))\b[\s\S]{0,120}"
    r"\b(?:would|is)\s+(?:that|it|this)\s+(?:\w+\s+)?be\s+enough\b",
    # Half or all of a box of pills taken (fr/es/pt/it/de).
    r"\b(?:j'ai\s+(?:déjà\s+)?(?:pris|avalé)|me\s+tom[eé]|tomei|ho\s+preso|hab\w*\s+(?:\w+\s+)?genommen)\s+"
    r"(?:la\s+moitié\s+de\s+|la\s+mitad\s+de\s+|metade\s+d[ao]\s+|metà\s+(?:della\s+)?|die\s+hälfte\s+)?"
    r"(?:la\s+|el\s+|a\s+|o\s+|die\s+)?(?:boîte|caja|caixa|scatola|packung|blister|plaquette)\b",
    # Ways for anyone to end a life, asked in any person ("how can a 70kg person end their
    # life at home"): a method question, whatever the framing.
    r"\b(?:ways?|methods?|how)\b[^.?!]{0,60}\b(?:end|take)\s+(?:their|his|her|one'?s|my|your|a)\s+"
    r"(?:own\s+)?life\b(?!\s+(?:back|into|seriously|in\s+(?:\w+\s+)?hands|by\s+the))",
    # All of a supply already swallowed ("took them all twenty minutes ago", "swallowed the lot").
    r"\b(?:i|i'?ve|already|just)\s+(?:took|taken|swallowed|downed)\s+(?:them|'em)\s+all\b|\b(?:i|i'?ve|"
    r"already|just)\s+(?:took|taken|swallowed|downed)\s+(?:all\s+of\s+them|the\s+(?:whole\s+)?lot)\b",
    # The whole strip or box swallowed, "will I wake up" (fr/es/pt/it/de and English).
    r"\b(?:avale|avaler|prends|tomo|tomar|tomas|prendo|prendere|nehme|swallow|take)\s+(?:\w+\s+){0,2}?"
    r"(?:toute?s?|todas?|todos|tutt[ae]|alle|all|the\s+whole)\b[^.?!]{0,60}\b(?:réveill\w*|despiert\w*|"
    r"despertar|acord\w*|svegli\w*|aufwach\w*|wake\s+up)\b",
    # A jump announced from a height ("voy a saltar" on the roof; es/pt/it/fr/de and English).
    r"\b"
    + _JUMP_SAID
    + r"\b[\s\S]{0,120}\b"
    + _HEIGHT
    + r"\b|\b"
    + _HEIGHT
    + r"\b[\s\S]{0,120}\b"
    + _JUMP_SAID
    + r"\b",
    # Things given away with no further need of them, or with a day set ("gave my dog and my
    # records away … saturday is the day"; es/pt/it/fr/de too).
    r"\b"
    + _GIVEN_AWAY
    + r"\b[\s\S]{0,120}\b(?:"
    + _NO_NEED
    + r"|"
    + _DAY_SET
    + r")|\b(?:"
    + _NO_NEED
    + r"|"
    + _DAY_SET
    + r")\b[\s\S]{0,120}\b"
    + _GIVEN_AWAY
    + r"\b",
    # A rope bought, said in German word order ("hab ich mir heute einen Strick gekauft").
    r"\b(?:strick|seil|schlinge)\b[^.?!]{0,40}\bgekauft\b|\bgekauft\b[^.?!]{0,30}\b(?:strick|"
    r"schlinge)\b",
    # All of one's pills to be taken at a set time ("esta noche me tomo todas las pastillas",
    # "heute nacht nehme ich alle tabletten"; es/fr/de/pt/it, either order).
    r"\b"
    + WHEN_ML
    + r"\b[^.?!]{0,40}\b"
    + _TAKE_ALL
    + r"|\b"
    + _TAKE_ALL
    + r"[^.?!]{0,40}\b"
    + WHEN_ML
    + r"\b",
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
    # Lethal-dose questions: "qué dosis es mortal", "quelle dose est mortelle", "dose letale",
    # "tödliche Menge" (es/fr/de/pt/it).
    r"\b(?:dosis|dose|dosi|menge|quantité|cantidad|quantidade|quantità)\b[^.?!]{0,40}\b(?:mortal|"
    r"mortelle|mortel|letal|létale|letale|tödlich)\w*|\b(?:mortal|mortelle|letale|létale|"
    r"tödliche)\s+(?:dosis|dose|dosi|menge)\b",
    # Killing oneself with a time set, said as the writer's own intent in es/fr/de/pt/it,
    # either order in one clause ("stanotte voglio farla finita", "ce soir je vais en finir",
    # "heute Nacht bring ich mich um"; not "hier mon psy m'a demandé si je voulais me tuer").
    r"\b"
    + WHEN_ML
    + r"\b[^.?!,;]{0,40}\b"
    + KILL_SELF_INTENT_ML
    + r"\b|\b"
    + KILL_SELF_INTENT_ML
    + r"\b[^.?!,;]{0,40}\b"
    + WHEN_ML
    + r"\b",
    # "esta noche me mato", "mañana me mato": a bare "me mato" only after a time and not about
    # training ("hoy me mato en el gym" is training hard)
    r"\b" + WHEN_ML + r"\s+(?:\w+\s+){0,2}?me\s+mato\b(?!\s+(?:en|entrenando|haciendo|a|con|de|"
    r"corriendo|trabajando|estudiando)\b)",
    # A rope at hand and a time set ("ya tengo la cuerda, mañana lo hago"; not a skipping rope).
    r"\b(?:tengo|tenho|ho|j'ai|hab\w*|compré|comprei|ho\s+comprato)\s+(?:\w+\s+){0,2}?(?:cuerda|"
    r"soga|corda|corde|strick|seil)\b(?!\s+(?:de|para|per|pour|à|pra|da|zum)\s+(?:saltar|sauter|"
    r"pular|saltare|springen|pilates|yoga))[^.?!]{0,60}\b" + WHEN_ML + r"\b",
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
    # A farewell to everyone with a last word ("mi último mensaje: adiós a todos, perdón por
    # todo", "ma décision est prise, adieu à tous", "mi dispiace per tutto, addio a tutti"; not
    # "me voy de vacaciones, adiós a todos"), and the writer's own farewell letter written.
    r"^(?![\s\S]*\b(?:retir\w*|instructor|retreat|festival|lol|haha|new\s+year|moving|leaving\s+for|"
    r"till\s+the|until\s+the|see\s+you|hell\s+week|last\s+(?:class|day|session)\s+as|vacaciones|"
    r"vacances|vacanze|f[ée]rias|urlaub)\b)(?=[\s\S]*\b(?:(?:good)?bye\s+(?:every(?:one|body)|all|y'?all)\b(?![^.?!]{0,30}\b(?:see\s+you|"
    r"until|till|back\s+(?:on|in|next)|holiday|vacation|trip))|(?:adiós|adios|adeus|addio)\s+a\s+(?:todos|todas|tutti|tod[oa]s)|adieu\s+à\s+tous|"
    r"abschied\s+von\s+allen|lebt\s+(?:alle\s+)?wohl))(?=[\s\S]*\b(?:perd[oó]n\s+por\s+todo|perdão\s+por\s+"
    r"tudo|scusate\s+(?:per\s+)?tutto|mi\s+dispiace\s+per\s+tutto|pardon\s+pour\s+tout|désolée?\s+pour\s+"
    r"tout|verzeiht\s+mir|es\s+tut\s+mir\s+leid|(?:mi\s+)?últim[oa]\s+(?:mensaje|mensagem|post)|(?:il\s+mio\s+)?"
    r"ultimo\s+messaggio|(?:ma\s+)?dernière?\s+(?:lettre|message)|letzte[rn]?\s+(?:post|nachricht|brief)|"
    r"decisión\s+(?:está\s+)?tomada|décision\s+est\s+prise|ho\s+deciso|decidi|mi\s+despedida|gracias\s+"
    r"por\s+todo|obrigad[oa]\s+por\s+tudo|grazie\s+di\s+tutto|merci\s+pour\s+tout|danke\s+für\s+alles|"
    r"thanks?\s+(?:you\s+)?for\s+everything|sorry\s+for\s+everything|love\s+you\s+all|my\s+phone\s+"
    r"(?:is|will\s+be)\s+off|this\s+is\s+my\s+last))",
    r"\b(?:escrib[íi]|ya\s+escrib[íi]|escrevi|ho\s+scritto|j'ai\s+écrit|(?:hab|habe)\s+(?:\w+\s+)?geschrieben|"
    r"est\s+écrite|está\s+escrita|finden)\b[^.?!]{0,40}\b(?:mi\s+carta\s+de\s+despedida|minha\s+carta\s+de\s+"
    r"despedida|la\s+mia\s+lettera\s+d'addio|ma\s+lettre\s+d'adieu|meinen\s+abschiedsbrief)|\b(?:mi\s+carta\s+de"
    r"\s+despedida|minha\s+carta\s+de\s+despedida|la\s+mia\s+lettera\s+d'addio|ma\s+lettre\s+d'adieu|meinen\s+"
    r"abschiedsbrief)\b[^.?!]{0,40}\b(?:escrita|escrit[ao]|scritta|écrite|geschrieben|finden|encontrar\w*|"
    r"troveranno|trouveront)\b",
    # Means to be bought ("voy a comprar veneno y esta noche se acaba"; not rat poison or a jump
    # rope), a loaded gun, a weapon to be turned on oneself.
    r"\b(?:voy\s+a\s+comprar|vou\s+comprar|vado\s+a\s+comprare|je\s+vais\s+acheter|ich\s+kauf\w*\s+mir)\s+"
    r"(?:\w+\s+)?(?:veneno|veleno|poison|gift|pistola|arma|pistolet|waffe|soga|cuerda|corda|corde|strick)\b"
    r"(?!\s+(?:para|per|pour|für|de|zum)\s+(?:ratas|ratones|cucarachas|topi|rats|souris|ratten|mäuse|saltar|"
    r"sauter|pular|saltare|springen))",
    r"\b(?:pistola|arma|revólver|pistolet|waffe|pistole)\s+(?:\w+\s+)?(?:cargad[oa]|carregad[oa]|carica|"
    r"caricata|chargée?|geladen)\b",
    r"\b(?:usar(?:la|lo)?|usá-la|usa-la)\s+(?:\w+\s+)?(?:en|em|contra|su\s+di|nela)\s+(?:mí|mim|me)\b|"
    r"\bl'utiliser\s+contre\s+moi\b|\bgegen\s+mich\s+(?:zu\s+)?(?:richten|verwenden)\b",
    # All of them to be taken tonight ("je vais tous les prendre ce soir", "stasera le prendo
    # tutte").
    r"\b(?:(?:je\s+vais\s+)?(?:tous|toutes)\s+les\s+prendre|les\s+prendre\s+(?:tous|toutes)|le\s+prendo\s+"
    r"tutte|li\s+prendo\s+tutti|me\s+las\s+tomo\s+todas|me\s+los\s+tomo\s+todos|vou\s+tomar\s+(?:todos|"
    r"todas)\s+(?:(?:os|as)\s+)?(?:(?:meus|minhas)\s+)?(?:comprimidos|remédios|pílulas|pastilhas)|nehm\w*\s+"
    r"(?:ich\s+)?sie\s+alle)\b[^.?!]{0,40}\b"
    + WHEN_ML
    + r"\b|\b"
    + WHEN_ML
    + r"\b[^.?!]{0,40}\b(?:(?:je\s+vais\s+)?(?:tous|toutes)\s+les\s+prendre|le\s+prendo\s+"
    r"tutte|li\s+prendo\s+tutti|me\s+las\s+tomo\s+todas|me\s+los\s+tomo\s+todos|vou\s+tomar\s+"
    r"(?:todos|todas)\s+(?:(?:os|as)\s+)?(?:(?:meus|minhas)\s+)?(?:comprimidos|remédios|pílulas|"
    r"pastilhas)|nehm\w*\s+ich\s+sie\s+alle)\b",
    # Things given away now with no further need of them ("regalo mis mancuernas … ya no las voy
    # a necesitar", "tô doando meus halteres", "hab meine Hanteln und das Rack verschenkt"; not
    # an advert: "… porque me compré unas nuevas").
    r"\b(?:regalo|estoy\s+regalando|(?:tô|to|estou)\s+doando|doando|sto\s+regalando|je\s+donne|"
    r"(?:hab|habe)\s+(?:\w+\s+){0,5}?verschenkt|verschenke)\b[\s\S]{0,120}\b(?:ya\s+no\s+(?:las?|los?|lo)"
    r"\s+(?:voy\s+a\s+)?necesit\w+|não\s+vou\s+(?:mais\s+)?precisar|non\s+mi\s+serv\w+\s+più|je\s+n'en\s+"
    r"aurai\s+plus\s+besoin|brauch\w*\s+(?:ich\s+)?(?:\w+\s+)?(?:eh\s+|ja\s+|sowieso\s+)?nicht\s+mehr)\b"
    r"(?![^.?!]{0,60}\b(?:porque|pq|xq|perché|parce\s+que|car|weil|da\s+ich|seit|me\s+compré|comprei|"
    r"ho\s+comprato|j'ai\s+acheté|gekauft|nuev[oa]s|nov[oa]s|nuov[ie]|nouveaux|nouvelles|neue\w*|"
    r"gimnasio|academia|palestra|salle|studio|fitnessstudio))",
    # A rope at hand and the act announced ("j'ai la corde dans le garage pis je vais le faire à
    # soir"; not a jump rope).
    r"\b(?:j'ai\s+(?:la|une)\s+corde|tengo\s+(?:la|una)\s+(?:cuerda|soga)|tenho\s+(?:a|uma)\s+corda|"
    r"ho\s+(?:la|una)\s+corda|(?:hab|habe)\s+(?:\w+\s+)?(?:den|einen|an|a)\s+(?:strick|seil))\b"
    r"(?!\s+(?:à\s+sauter|de\s+saltar|de\s+pular|per\s+saltare|zum\s+springen))[^.?!]{0,80}\b(?:je\s+vais"
    r"\s+le\s+faire|voy\s+a\s+hacerlo|lo\s+voy\s+a\s+hacer|vou\s+fazer\s+isso|vou\s+fazer|lo\s+faccio|"
    r"lo\s+farò|ich\s+(?:mach|tu)\w*\s+es|" + WHEN_ML + r"|à\s+soir)\b",
    # A weapon or a rope got for tonight ("ich hab mir eine Waffe besorgt für heute Nacht").
    r"\b(?:hab|habe)\s+mir\s+(?:eine|ein|einen)\s+(?:waffe|pistole|strick|seil)\s+(?:besorgt|gekauft)\b",
    # How many tablets not to wake up or to die, however framed ("combien de comprimés de
    # doliprane faut-il pour ne pas se réveiller ? c'est pour un roman", "quantos comprimidos de
    # rivotril matam?"; not melatonin to sleep through the night).
    r"^(?![\s\S]*\b(?:melatonin\w*|durchschlafen|nachts\s+nicht|dormir\s+(?:de\s+un\s+tirón|toda\s+la\s+"
    r"noche|a\s+noite\s+toda)|dormir\s+toute\s+la\s+nuit|dormire\s+tutta\s+la\s+notte))[\s\S]*?\b(?:"
    r"combien|cuántas?|cuantas?|quantos?|quantas?|quante?|quanti|wie\s+viele?)\s+(?:de\s+|di\s+)?"
    r"(?:comprimés|pastillas|comprimidos|pastiglie|tabletten|pilules|cachets|pillole|gouttes|gotas|"
    r"gocce|tropfen|remédios|pílulas)\b[^.?!]{0,60}\b(?:ne\s+(?:pas|plus)\s+se\s+réveiller|no\s+"
    r"despertar\w*|não\s+acordar|non\s+svegliarsi|nicht\s+(?:mehr\s+)?(?:aufzuwachen|aufwachen)|mourir|"
    r"morir|morrer|morire|sterben|tuer|tuent|matar|mata[mn]?|uccidere|uccidono|töten|tötet|mortel\w*|"
    r"mortal\w*|letal\w*|létal\w*|tödlich\w*)\b",
    # Intent with words between the verb and "um" ("ich bring mich heute nacht um"; not "ich
    # bringe mich um meinen Schlaf"), hanging oneself ("ich häng mich heute nacht auf"), or the
    # means laid out ("die tabletten liegen schon bereit").
    r"\bich\s+bring\w*\s+mich\s+(?:\w+\s+){1,3}um\b(?!\s+(?:meinen|meine|mein|den|die|das|seinen|ihren)"
    r"\b)|\bich\s+häng\w*\s+mich\s+(?:\w+\s+){0,3}auf\b|\b(?:tabletten|pillen|strick|messer|klinge)\s+"
    r"(?:liegt|liegen)\s+(?:\w+\s+)?bereit\b",
    # A jump announced from a height, in dialect or with the pronoun after the verb ("amanhã
    # atiro-me da ponte", "morgen spring i von da bruckn", "je vais me jeter par la fenêtre";
    # not "me tiro al suelo y hago el puente de glúteos").
    r"\b(?:atiro-me|me\s+atiro|me\s+tiro|me\s+butto|mi\s+butto|spring\s+i|springe?\s+ich|je\s+me\s+jette|"
    r"me\s+jeter|me\s+jogo|jogo-me|mi\s+lancio)\s+(?:\w+\s+){0,2}?(?:de|del|desde|da|do|dal|dalla|dallo|"
    r"giù\s+dal|'a\s+coppa|von|vom|du|de\s+la|par|aus|from|off)\s+(?:[\w']+\s+){0,3}?(?:ponte|puente|pont|"
    r"brücke|bruck\w*|brugg\w*|tetto|techo|telhado|toit|dach|edificio|prédio|palazzo|fenêtre|fenster|"
    r"ventana|finestra|janela|azotea|balcón|balcone|varanda|balcon|balkon)\b",
    # Written from the misses of a blind training set (tg, eighth session), narrowed after a
    # review's probes (389 messages that share their words).
    # A medicine saved up, with a time, an amount or "instead of taking" ("been saving my
    # sertraline for a month … I have enough", "a month of quetiapine saved up", "tô guardando
    # os remédios da minha vó faz um mês. acho que já dá"; not a tablet's videos, iron tablets
    # for after training or paracetamol for the gym's first-aid box).
    r"^(?![\s\S]*\b(?:trip|travel\w*|viaje|voyage|viagem|viaggio|reise|dispos\w*|expired|caducad\w*|"
    r"vencid\w*|p[ée]rim\w*|scadut\w*|abgelaufen\w*|return\s+them|take\s+(?:them\s+)?back|pharmacy|"
    r"cool\s+bag|empty|bottles|in\s+case\s+the\s+pain|migraine\w*|headaches?|anticonceptiv\w*|"
    r"contracepti\w*|birth\s+control|descart\w*|smalti\w*|entsorg\w*|farmacia|pharmacie|apotheke|"
    r"vac[íi]os|screws|taquilla|die\s+abgelaufen)\b)[\s\S]*?(?:"
    r"\b(?:saving|saved|stockpil\w*|hoard\w*|stash\w*|putting\s+aside|put\s+aside|keeping|kept)\s+"
    r"(?:up\s+)?(?:every\s+|all\s+(?:of\s+)?)?(?:my\s+|the\s+|some\s+)?(?:\w+\s+)?"
    + _SAVED_RX
    + r"(?=[^.?!]{0,60}\b(?:enough|weeks?|months?|since|instead\s+of\s+taking|now)\b)|\b(?:weeks?|"
    r"months?|\d{2,3})\s+(?:worth\s+)?of\s+(?:my\s+)?(?:\w+\s+)?"
    + _SAVED_RX
    + r"\s+(?:saved|stashed|hoarded|stockpiled|put\s+aside)\b|"
    r"\b(?=[\s\S]{0,100}\b(?:(?:hace|faz|h[áa]|"
    r"depuis|seit|da|desde|per|for|pendant|durante|por)\s+(?:\w+\s+){0,2}?(?:mes|meses|m[êe]s|semanas?|"
    r"mois|semaines?|monat\w*|wochen|mese|mesi|settiman\w*)|suficientes?|bastantes?|assez|genug|"
    r"abbastanza|j[áa]\s+d[áa]|ya\s+(?:es|son|tengo)|en\s+lugar\s+de\s+tomar\w*|au\s+lieu\s+de\s+les\s+"
    r"prendre|em\s+vez\s+de\s+(?:os\s+)?tomar|invece\s+di\s+prender\w*|statt\s+sie\s+zu\s+nehmen)\b)"
    r"(?:guardando|juntando|acumulando|"
    r"guardé|junté|guardei|juntei|acumulé|acumulei|tenho\s+guardado|tengo\s+guardad[oa]s|"
    r"mettendo\s+da\s+parte|messo\s+da\s+parte|accumulando|accumulato|conservato|mets\s+de\s+côté|"
    r"mis\s+de\s+côté|j'accumule|garde|stocke|sammle|gesammelt|horte|gehortet|gebunkert|bunkere|"
    r"hebe)\s+(?:\w+\s+){0,3}?(?:\w*tabletten|"
    + PILLS_ML
    + r")\b(?![^.?!]{0,40}\b(?:magnesi\w*|magnésium|fer|ferro|eisen|vitamin\w*|blister|recycl\w*|"
    r"botiquín|vendas|para\s+levar|pra\s+levar|pour\s+les\s+prendre\s+après)\b))",
    # A lethal question with a substance or the act announced ("does mixing alcohol and benzos
    # stop your breathing? how much of each. i have both here", "how many hours in a sauna
    # without water before organs shut down? going to try it tonight"; es/pt/it/fr/de: "combien
    # de comprimés pour que le cœur s'arrête"; not a heart that stops racing or pounding).
    r"^(?![\s\S]*\b(?:apn(?:o|e)?ea|apn[ée]e|apnea|sleep|snor\w*|freediv\w*|plong\w*|cpap|punch\w*|"
    r"boxing|spar\w*|ultra|race|syncop\w*|faint\w*|skipping|arrhythm\w*|gleichm[äa][ßs]ig|palpitation\w*|"
    r"electrolyte\w*)\b)"
    r"(?=[\s\S]*\b(?:stops?|stopping|shut\w*\s+down|shuts\s+down)\s+(?:your|my|the|one'?s|someone'?s|"
    r"his|her)\s+(?:breathing|heart|organs)\b|[\s\S]*\b(?:stop\s+breathing|heart\s+(?:just\s+)?stop\b|"
    r"smettere\s+di\s+respirare|dejar\s+de\s+respirar|parar\s+de\s+respirar|arr[êe]ter\s+de\s+respirer|"
    r"aufh[öo]ren\s+zu\s+atmen)|[\s\S]*\b(?:organs?|heart|"
    r"breathing)\s+(?:shut\w*\s+down|stops?|stopping|fail\w*)\b(?!\s+(?:racing|pounding|beating\s+so|"
    r"hurting))|[\s\S]*\b(?:c(?:œ|oe)ur\s+s'arr[êe]t\w*|coraz[óo]n\s+se\s+(?:pare|detenga|detiene|para)|"
    r"cora[çc][ãa]o\s+(?:pare|parar)|cuore\s+si\s+ferm\w*|herz\s+(?:stehen\s*bleibt|aufh[öo]rt))\b)"
    r"(?=[\s\S]*\b(?:how\s+(?:much|many|long)|combien|cu[áa]nt[oa]s?|quant[oa]s?|quant[ie]|wie\s*viel\w*)"
    r"\b)(?=[\s\S]*\b(?:mix\w*|pills|tablets|benzos?|oxy\w*|alcohol|vodka|whisk(?:e)?y|drinks?|"
    r"overdos\w*|insulin|without\s+water|try\s+it|going\s+to|gonna|tonight|not\s+come\s+(?:out|back)|"
    r"comprim\w*|pastillas|cachets|pastiglie|pillole|tabletten|bo[îi]te|caixa|caja|scatola|alcol|alcool|"
    r"alkohol|benzodiazepin\w*|propranolol|" + RX + r")\b)",
    # Sure not to survive, of a person and a means ("si alguien se tira a las vías, es seguro que
    # no sobrevive?", "se eu pular da ponte é certo que não sobrevivo?"); heights to fall from
    # ("quanto deve essere alto un ponte perché sia sicuro"; not a box jump, a bench or a pulse).
    r"^(?![\s\S]*\b(?:another\s+(?:fall|ca[íi]da|chute|sturz|caduta|queda)|otra\s+ca[íi]da|balance|"
    r"equilibrio|[ée]quilibre|gleichgewicht|equil[íi]brio|parkour|bungee|[ée]lastique|puenting|cliff\s+"
    r"div\w*|plongeon|tuffo|bici|bike|v[ée]lo|fahrrad)\b)"
    r"(?=[\s\S]*\b(?:jump\w*|fall\w*|tracks|train|bridge|roof|pills|tira|tirarse|salta\w*|pul(?:ar|o)|"
    r"v[íi]as|tren|trem|puente|ponte|pont|br[üu]cke|springe?|buttar\w*|sauter|pastillas|comprimidos|"
    r"ca[íi]da|queda|chute|sturz|caduta)\b)(?=[\s\S]*\b(?:sure|certain|guaranteed|seguro|segura|sicuro|"
    r"sicura|s[ûu]re?|cert[oa]|cierto|sicher)\b[^.?!]{0,40}\b(?:(?:you|i|someone|somebody|a\s+person|"
    r"one|he|she|they|people|anyone)\s+(?:won'?t|wouldn'?t|doesn'?t|don'?t|will\s+not|would\s+not)\s+"
    r"survive|no\s+sobreviv\w*|n[ãa]o\s+sobreviv\w*|non\s+sopravviv\w*|ne\s+survi\w*\s+pas|nicht\s+"
    r"[üu]berleb\w*)\b)",
    r"(?:^|(?<=[.?!]))(?![^.?!]*\b(?:box|boxen|bank|banco|bench|banc|panca|puls|pulse|step|steps|parkour|"
    r"bungee|[ée]lastique|puenting|garage|"
    r"caixa|caja|scatola|heart\s+rate|frequenza)\b)[^.?!]*?\b(?:qu[ée]\s+altura|de\s+que\s+altura|quelle\s+hauteur|welche[rs]?\s+h[öo]he|wie\s+hoch|quanto\s+"
    r"(?:deve\s+essere\s+)?alt[oa]|da\s+che\s+altezza)\b[^.?!]{0,40}\b"
    + r"(?:"
    + _HEIGHT
    + r"|sturz|ca[íi]da|queda|chute|caduta|butt\w*|tir[áa]ndo\w*|jogando\w*|springen|sauter|"
    r"jump\w*)\b"
    r"[^.?!]{0,40}\b(?:sicur[oa]|segur[oa]|s[ûu]re?|sicher|mortal|letal|mortel\w*|t[öo]dlich|morir|"
    r"morrer|morire|mourir|sterben|mata|uccide|t[öo]tet|tue|muore|certeza|certezza)\b",
    # A farewell letter left for someone close ("chu rendu au pont … j'ai laissé une lettre à ma
    # blonde"; not a note about being at the gym, a letter to a landlord or asking for leave).
    r"\b(?:j'ai\s+laissé|dejé|deixei|ho\s+lasciato|(?:hab|habe)\s+(?:\w+\s+)?hinterlassen)\s+(?:une|una|"
    r"uma|un|einen)\s+(?:lettre|carta|lettera|brief)\s+(?:à|a|para|pra|per|pour|für)\s+(?:ma|mon|mes|mi|"
    r"mis|minha|meu|mia|mio|meine?n?|la\s+mia|il\s+mio)\s+(?:blonde|chum|femme|mari|copine|copain|fils|"
    r"fille|famille|m[èe]re|p[èe]re|parents|novi[oa]|espos[oa]|mujer|marido|madre|padre|mam[áa]|pap[áa]|"
    r"hij[oa]s?|familia|namorad[oa]|m[ãa]e|pai|filh[oa]s?|fam[íi]lia|moglie|marito|ragazz[oa]|"
    r"fidanzat[oa]|figli[oa]?|famiglia|mamma|pap[àa]|frau|mann|freundin|freund|kinder|familie|eltern|"
    r"mutter|vater|sohn|tochter)\b(?![^.?!]{0,60}\b(?:porque|pour\s+(?:le|la|lui)|per\s+(?:la|il)|"
    r"pedindo|wegen|para\s+(?:pedir|avisar)|antes\s+de|avant\s+de|prima\s+del\w*|vor\s+dem|antes\s+da|"
    r"campeonato|competici[óo]n|competi[çc][ãa]o|marat[óo]n|maratona|stage|torneo|tournoi|turnier|"
    r"wettkampf|gara|agradec\w*|remerci\w*|ringrazi\w*|cursi|mochila|cuscino|lonchera)\b)|\b(?:left|leaving)\s+(?:a\s+)?(?:letter|note)s?\s+"
    r"for\s+(?:my\s+)?(?:wife|husband|girlfriend|boyfriend|gf|bf|partner|mum|mom|dad|parents|family|"
    r"kids|children|son|daughter|sister|brother)\b(?![^.?!]{0,40}\b(?:that\s+i'?d|that\s+i\s+would|"
    r"saying|to\s+(?:feed|pick|call|say|tell|remind)|about|because|while|until|teacher|on\s+the\s+"
    r"fridge|late|before\s+(?:his|her|my|their|the)|lunchbox|thank\w*|competition|race|meet)\b)",
    # A train timed at a crossing or the tracks ("the 6:40 freight doesn't slow down at the
    # crossing near my place. been timing it all week"; not a commute timed to fit a workout).
    r"^(?![\s\S]*\b(?:commute|so\s+i\s+can|so\s+i\s+(?:catch|make)|warm-?up|barrier|noise|loud|wakes?\s+"
    r"me|sleep|stay\s+(?:well\s+)?back|run\s+along|driver|cicl\w*|bike|dismess\w*|abandoned|disused|"
    r"pista)\b)(?=[\s\S]*\b"
    r"(?:freight|train|express|tram|tren|trem|treno|zug|g[üu]terzug)\b)(?=[\s\S]*\b(?:crossing|tracks|"
    r"paso\s+a\s+nivel|passage\s+[àa]\s+niveau|bahn[üu]bergang|passagem\s+de\s+n[íi]vel|passaggio\s+a\s+"
    r"livello|v[íi]as|voies|gleise|trilhos|binari)\b)(?=[\s\S]*\b(?:timing|timed|clocking|clocked|"
    r"cronometr\w*|chronom[ée]tr\w*|doesn'?t\s+slow\s+down|no\s+frena|ne\s+ralentit\s+pas|bremst\s+"
    r"nicht|n[ãa]o\s+diminui|non\s+rallenta)\b)",
    # A gun in the house, knowing where its ammunition is, and thinking of it or being alone
    # ("mon père a un fusil de chasse dans le garage et je sais où sont les cartouches. j'y pense
    # à chaque série. ce week-end je serai seul"; not a massage gun, not a hunting trip).
    r"^(?![\s\S]*\b(?:farm|foxes|vermin|licen[cs]e|season|course|lesson|because\s+(?:i|we)\s+(?:want|"
    r"need|have))\b)(?=[\s\S]*(?<!massage\s)(?<!nail\s)(?<!glue\s)(?<!heat\s)(?<!nerf\s)(?<!water\s)\b(?:gun|rifle|"
    r"shotgun|pistol|fusil|escopeta|espingarda|fucile|gewehr|\w+gewehr|pistole|waffe|revolver|"
    r"rev[óo]lver)\b)(?=[\s\S]*\b(?:i\s+know\s+where|je\s+sais\s+o[ùu]|s[ée],?\s+d[óo]nde|sei\s+onde|"
    r"so\s+dove|wei[ßs],?\s+(?:ich\s+)?wo)\s+(?:\w+\s+){0,4}?(?:cartouches|munitions|balles|balas|"
    r"cartuchos|munici[óo]n|muni[çc][ãa]o|proiettili|cartucce|munition|patronen|shells|bullets|ammo|"
    r"ammunition)\b)(?=[\s\S]*\b(?:j'y\s+pense|i\s+(?:keep\s+)?think(?:ing)?\s+about\s+(?:it|that|"
    r"them)|can'?t\s+stop\s+thinking|tempt\w*|lo\s+pienso|penso\s+nisso|ci\s+penso|denke\s+(?:\w+\s+)?"
    r"dran|alone\s+this|je\s+serai\s+seule?|estar[ée]\s+sol[oa]|vou\s+estar\s+sozinh[oa]|sar[òo]\s+"
    r"sol[oa]|bin\s+(?:\w+\s+)?allein)\b)",
    # Pills collected, said in German word order ("ich hab seit Wochen Tabletten gesammelt"), and
    # how many of a medicine to kill a person (it/es/pt/fr/de: "quante compresse di tachipirina
    # servono per uccidere una persona", for a story or not).
    r"\b(?:\w*tabletten|pillen|medikamente)\s+(?:\w+\s+)?(?:gesammelt|gehortet|gebunkert|"
    r"zur[üu]ckgelegt)\b(?![^.?!]{0,30}\b(?:recycl\w*|blister|leere|abgelaufen\w*|entsorg\w*)\b)",
    r"\b(?:quant[ei]|cu[áa]nt[oa]s|quant[oa]s|combien|wie\s*viele?)\b[^.?!]{0,60}\b(?:per\s+uccidere|"
    r"para\s+matar|pour\s+tuer|um\s+(?:\w+\s+){0,2}?zu\s+t[öo]ten)\b",
    # Going onto the tracks ("stasera vado sui binari", "heute Nacht gehe ich auf die Gleise"),
    # throwing oneself under a train (said of oneself or reported: "elle allait se jeter sous un
    # train ce soir"), "tonight I do it" with a means named, a note written "for after".
    r"\b(?:vado|voy|vou|je\s+vais|ich\s+gehe|gehe\s+ich|i'?m\s+going|going|gonna|i'?ll\s+go)\s+"
    r"(?:\w+\s+){0,2}?"
    r"(?:sui\s+binari|a\s+las\s+v[íi]as|(?:a|pa)\s+la\s+v[íi]a|aos\s+trilhos|pros\s+trilhos|sur\s+les\s+"
    r"voies|sur\s+les\s+rails|auf\s+die\s+gleise|(?:on|onto)\s+the\s+(?:tracks|railway|line))\b",
    r"\b(?:se\s+jeter|me\s+jeter|tirarse|tirarme|jogar-?se|me\s+jogar|buttarsi|buttarmi|sich|mich)\s+"
    r"(?:sous|debajo\s+de|bajo|delante\s+de|embaixo\s+d[eo]|na\s+frente\s+d[eo]|sotto|davanti\s+a|vor)\s+"
    r"(?:un|el|le|um|o|il|un|einen|den|the|a)\s+(?:train|tren|trem|treno|zug|camion|cami[óo]n|"
    r"caminh[ãa]o|tir|lkw|bus|autob[úu]s|[ôo]nibus)\b|\b(?:throw(?:ing)?|jump(?:ing)?)\s+(?:my|him|her|"
    r"them)sel(?:f|ves)\s+(?:under|in\s+front\s+of)\s+(?:a|the)\s+(?:train|truck|lorry|bus)\b",
    r"^(?=[\s\S]*\b(?:pastillas|pills|comprim\w*|cachets|pastiglie|pillole|tabletten|cuerda|corde|"
    r"corda|seil|strick|rope|pistola|pistolet|arma|gun|fusil|puente|pont|ponte|br[üu]cke|bridge|"
    r"v[íi]as|voies|binari|gleise|tracks)\b)[\s\S]*?\b(?:(?:esta\s+noche|hoy|ce\s+soir|stasera|stanotte|"
    r"heute\s+nacht|hoje(?:\s+[àa]\s+noite)?|tonight)\s+(?:lo\s+hago|je\s+le\s+fais|lo\s+faccio|mach\s+"
    r"ich\s+es|(?:eu\s+)?fa[çc]o|i\s+do\s+it|i'?m\s+doing\s+it)|(?:lo\s+hago|je\s+le\s+fais|lo\s+faccio|"
    r"i'?ll\s+do\s+it)\s+(?:esta\s+noche|ce\s+soir|stasera|tonight))\b",
    r"\b(?:un\s+mot|une\s+lettre|una\s+nota|una\s+carta|un\s+biglietto|una\s+lettera|uma\s+carta|um\s+"
    r"bilhete|einen\s+brief|einen\s+zettel|a\s+note|a\s+letter)\s+(?:\w+\s+){0,4}?(?:pour\s+apr[èe]s|"
    r"para\s+despu[ée]s|para\s+depois|per\s+dopo|f[üu]r\s+danach|for\s+after)\b(?!\s+(?:the|la|le|el|"
    r"o|a|il|das|dem|school|work|training|practice|class)\b)",
    # From a second review's fresh probes: medicine not taken and kept ("I pretend to take my
    # zopiclone and put it in a tin … three weeks' worth", "da un mese nascondo le pastiglie
    # invece di prenderle. ormai ne ho abbastanza"); a survival question from a height ("sono
    # sul cornicione, dal settimo piano si muore?"); a note explaining why, or for when one is
    # gone; the phone switched off for good; a gun taken, loaded or with "I can't go on".
    r"^(?=[\s\S]*\b(?:instead(?:\s+of\s+taking)?|en\s+vez\s+de\s+tom\w*|em\s+vez\s+de\s+tom\w*|invece\s+di\s+"
    r"prender\w*|au\s+lieu\s+de\s+les\s+prendre|statt\s+sie\s+zu\s+nehmen|pretend\s+to\s+take|sin\s+"
    r"tom[áa]rme\w*|je\s+ne\s+(?:les\s+)?prends\s+plus|escondo|nascondo|je\s+les\s+mets\s+de\s+c[ôo]t[ée]|"
    r"la\s+voy\s+metiendo)\b)(?=[\s\S]*\b(?:enough|worth|bastantes?|suficientes?|abbastanza|assez|genug|"
    r"n[ãa]o\s+acordar|no\s+despertar|non\s+svegliarmi)\b)(?=[\s\S]*\b(?:"
    + RX
    + r"|"
    + PILLS_ML
    + r"|somn[ií]f\w*|quetiapina|zopiclone|pastiglie|pastillas)\b)",
    r"^(?=[\s\S]*\b(?:piso|parking|viaduto|viaducto|ponte|puente|pont|cornicione|palazzo|toit|immeuble|"
    r"[ée]tages?|floors?|storeys?|roof|bridge|dach|br[üu]cke|stockwerk|andar(?:es)?|azotea|terrazza|"
    r"balc[óo]n|ledge)\b)(?=[\s\S]*\b(?:sobreviv\w*|survi\w*|sopravviv\w*|[üu]berleb\w*|si\s+muore|se\s+"
    r"muere|se\s+morre|morre)\b)(?=[\s\S]*\?)(?=[\s\S]*\b(?:estoy|estou|t[ôo]|sono|je\s+suis|ich\s+bin|"
    r"i'?m|desde\s+aqu[íi]|daqui|da\s+qui|d'ici|von\s+hier|from\s+here)\b)",
    r"^(?=[\s\S]*\b(?:nota|notas|biglietto|brief\w*|lettre|mot|note|letters?|carta|cartas|bilhete|"
    r"zettel)\b)(?=[\s\S]*\b(?:explic[áa]ndo\w*|explaining|spiegando|expliquant|erkl[äa]r\w*|non\s+[èe]\s+"
    r"colpa\s+(?:loro|vostra|tua)|no\s+es\s+culpa\s+(?:suya|vuestra|tuya)|it'?s\s+not\s+(?:their|your)\s+"
    r"fault|ce\s+n'est\s+pas\s+(?:leur|votre|ta)\s+faute|n[ãa]o\s+[ée]\s+culpa\s+(?:deles|de\s+voc[êe]s|"
    r"sua)|wenn\s+ich\s+nicht\s+mehr\s+(?:bin|da\s+bin)|cuando\s+ya\s+no\s+est[ée]|quando\s+non\s+ci\s+"
    r"sar[òo]|quand\s+je\s+ne\s+serai\s+plus|when\s+i'?m\s+gone|ya\s+no\s+hay\s+vuelta\s+atr[áa]s|"
    r"stanotte\s+lo\s+faccio)\b)",
    r"\b(?:apago|desligo|vou\s+desligar|spengo|j'[ée]teins|schalte|turning\s+off|switching\s+off)\s+(?:\w+\s+)?"
    r"(?:el\s+m[óo]vil|o\s+celular|il\s+telefono|mon\s+t[ée]l[ée]phone|mein\s+handy|the\s+phone|my\s+"
    r"phone)\b[^.?!]{0,40}\b(?:me\s+despido|n[ãa]o\s+vou\s+voltar|per\s+sempre|c'est\s+la\s+fin|f[üu]r\s+"
    r"immer|for\s+good|forever|goodbye|adi[óo]s)\b",
    r"\b(?:peguei|tom[ée]|cog[íi]|saqu[ée]|i\s+took|i\s+got|i\s+have|j'ai\s+pris|ho\s+preso|tengo|tenho|"
    r"hab\w*\s+\w*\s*geholt)\s+(?:\w+\s+){0,3}?(?:arma|pistola|escopeta|gun|rifle|pistol|fusil|fucile|"
    r"gewehr|waffe)\b[\s\S]{0,80}\b(?:carregad\w*|cargad\w*|loaded|charg[ée]\w*|caric\w*|geladen|n[ãa]o\s+"
    r"aguento|no\s+quiero\s+seguir|ya\s+no\s+puedo|can'?t\s+(?:go\s+on|do\s+this)|je\s+n'en\s+peux\s+plus|"
    r"non\s+ce\s+la\s+faccio)\b",
    # Don't look for me, after a last word or a phone switched off ("gracias por todo, coach.
    # mi móvil va a estar apagado desde esta noche, no me busquéis"); my own things given away
    # and not being there ("ya no voy a estar para la competencia, le regalé mi cinturón").
    r"^(?=[\s\S]*\b(?:gracias\s+por\s+todo|thanks?\s+(?:you\s+)?for\s+everything|merci\s+pour\s+tout|"
    r"obrigad[oa]\s+por\s+tudo|grazie\s+(?:di|per)\s+tutto|danke\s+f[üu]r\s+alles|perd[óo]n|desculp\w+|"
    r"pardon|scusa\w*|verzeih\w*|sorry|adi[óo]s|adieu|adeus|addio|goodbye|apagado|desligado|[ée]teint|"
    r"spento|ausgeschaltet|phone\s+(?:is\s+|will\s+be\s+)?off)\b)[\s\S]*?\b(?:no\s+me\s+(?:busqu[ée]is|"
    r"busquen|busques)|n[ãa]o\s+me\s+procur(?:em|es)|ne\s+me\s+cherchez\s+pas|ne\s+me\s+cherche\s+pas|"
    r"non\s+cercatemi|non\s+cercarmi|sucht\s+mich\s+nicht|such\s+mich\s+nicht|don'?t\s+(?:come\s+)?"
    r"look(?:ing)?\s+for\s+me)\b(?!\s+(?:at|in|en|no|na|nel|nella|[àa]|au|al|im|a\s+la|on)\b)",
    r"^(?![\s\S]*\b(?:turno|shift|porque|because|nuev[oa]|new\s+one|equipo\s+el\s+a[ñn]o)\b)"
    r"(?=[\s\S]*\b(?:ya\s+no\s+voy\s+a\s+estar|no\s+voy\s+a\s+estar\s+para|n[ãa]o\s+vou\s+(?:mais\s+)?"
    r"estar|je\s+ne\s+serai\s+plus\s+l[àa]|non\s+ci\s+sar[òo]\s+pi[ùu]|won'?t\s+be\s+there\s+any\s*more)"
    r"\b)(?=[\s\S]*\b(?:regal[ée]\s+(?:mi|mis)|dei\s+(?:o\s+meu|a\s+minha|os\s+meus|as\s+minhas|meu|minha)|"
    r"j'ai\s+donn[ée]\s+(?:mon|ma|mes)|ho\s+regalato\s+(?:il\s+mio|la\s+mia|i\s+miei|le\s+mie)|gave\s+"
    r"away\s+my|gave\s+my\s+\w+\s+(?:away|to))\b)",
    # Not here by then, with a last word and no reason given ("I won't be here by then. Wanted
    # to say the coaching meant a lot"; "ya no voy a estar aquí para entonces, gracias por todo";
    # not a lease ending or a move); "won't be around much longer" alone is the elevated tier's.
    r"(?:\b(?:won'?t|wont|will\s+not|not\s+going\s+to|i'?m\s+not\s+gonna)\s+be\s+(?:here|around|alive)"
    r"\s+by\s+then|\b(?:ya\s+)?no\s+voy\s+a\s+estar\s+(?:aqu[íi]\s+)?para\s+entonces|\bje\s+ne\s+serai\s+"
    r"plus\s+l[àa]\s+d'ici\s+l[àa]|\bn[ãa]o\s+vou\s+(?:mais\s+)?estar\s+(?:mais\s+)?aqui\s+at[ée]\s+l[áa]|"
    r"\bnon\s+ci\s+sar[òo]\s+pi[ùu]\s+per\s+allora|\bich\s+bin\s+bis\s+dahin\s+nicht\s+mehr\s+da)\b(?![\s\S]{0,80}\b(?:because|lease|"
    r"wedding|exams?|surgery|relocat\w*|new\s+job|leaving\s+for|trip|moving|move|porque|parce\s+que|"
    r"weil|perch[ée]|mudo|mudan\w*|d[ée]m[ée]nag\w*|umzug|ziehe|trasferi\w*|turno|turn|shift|horaires|"
    r"ausbildung|lavoro|trabalho|trabajo|boulot|job|arbeit)\b)(?=[\s\S]{0,80}\b"
    r"(?:wanted\s+to\s+say|thank\s+you\s+for\s+everything|thanks\s+for\s+everything|meant\s+(?:a\s+"
    r"lot|everything|the\s+world)|goodbye|love\s+(?:you|ya|u)|take\s+care|sorry|gracias\s+por\s+todo|"
    r"merci\s+pour\s+tout|obrigad[oa]\s+por\s+tudo|grazie\s+(?:di|per)\s+tutto|danke\s+f[üu]r\s+alles|"
    r"adi[óo]s|adieu|adeus|addio|gracias|merci|obrigad[oa]|grazie|danke)\b)",
]

P_SUICIDE_ACUTE = compile_all(SUICIDE_ACUTE)

# Means at hand or kept ready (pills saved or hidden, a rope or gun in the house; es/pt/it/fr/de
# too): with suicidal thoughts in the same message, the reading is acute.
MEANS_AT_HAND = re.compile(
    r"\b(?:have|got|kept|keep|keeping|saved|saving|stockpil\w*|hoard\w*|hidden|hid|hide|stashed)\s+"
    r"(?:\w+\s+){0,3}?(?:pills|tablets|meds|(?<!jump\s)(?<!skipping\s)(?<!battle\s)rope|gun|pistol|"
    r"blade|razor)\b|\b(?:pills|tablets|meds|gun|pistol|rope|blade|razor)\s+(?:is|are)\s+(?:\w+\s+)?"
    r"(?:in\s+(?:my|the)|under\s+my|hidden|ready|loaded)\b|"
    r"\b(?:tengo|guardo|tenho|ho|j'ai|hab\w*)\s+(?:\w+\s+){0,2}?(?:pastillas|comprimidos|pastiglie|"
    r"cachets|comprimés|tabletten)\s+(?:\w+\s+)?(?:guardad[oa]s|escondid[oa]s|nascost[ei]|conservat[ei]|"
    r"cachés|cachées|versteckt|gesammelt|juntad[oa]s|acumulad[oa]s|en\s+el\s+cajón|no\s+armário|"
    r"nel\s+cassetto|dans\s+le\s+tiroir|in\s+der\s+schublade)|"
    # a gun at hand (es/pt/it/fr/de: "tengo la pistola en el cajón", "tenho a arma aqui")
    r"\b(?:tengo|tenho|ho|j'ai|hab\w*)\s+(?:la|el|a|o|l'|die|eine?n?|una?|uma|um)\s*(?:arma|pistola|"
    r"revólver|arme|pistolet|waffe|pistole)\s+(?:aqu[ií]|acá|qui|ici|hier|en\s+el\s+cajón|no\s+armário|"
    r"nel\s+cassetto|dans\s+le\s+tiroir|in\s+der\s+schublade|cargad[oa]|carregad[oa]|carica|chargée?|"
    r"geladen)\b"
)
