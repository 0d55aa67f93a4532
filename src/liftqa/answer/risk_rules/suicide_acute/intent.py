"""Suicide, acute tier: the act announced — intent with a time or a decision, a plan, a
means and a time together ("tonight's the night", "me voy a matar", "ya tengo la cuerda,
mañana lo hago")."""

from __future__ import annotations

from liftqa.answer.risk_rules.blocks import (
    JUMP,
    KILL_SELF_INTENT_ML,
    PILLS_ML,
    SELF,
    WHEN,
    WHEN_ML,
)

# Taking all of one's pills (es/fr/de/pt/it): "me tomo todas las pastillas", "nehme alle".
_TAKE_ALL = (
    r"(?:tomo|tomar|tomaré|tomarei|prends|prendre|prendrai|prendo|prendere|prenderò|nehme|nehm|"
    r"schlucke|schlucken|ingoio|avale|avaler|engulo|engolir)\s+(?:\w+\s+){0,2}?(?:todas|todos|"
    r"toutes|tous|tutte|tutti|alle)\s+(?:(?:las|los|os|as|mes|les|le|i|meine|die|mis|meus|minhas|"
    r"mie|miei)\s+)?" + PILLS_ML + r"\b"
)

INTENT = [
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
    # Intent stated as a decision without a time: "I've decided I'm ending things after the
    # wedding" (not "thinking about ending things", which is ideation).
    r"\b(?:i'?m|i\s+am)\s+(?:ending|going\s+to\s+end|about\s+to\s+end)\s+(?:things|it\s+all|"
    r"my\s+life)\b(?!\s+with\b)|\b(?:decided|planned|planning)\b[^.?!]{0,40}\bending\s+(?:it|things|"
    r"it\s+all|my\s+life)\b(?!\s+with\b)",
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
    # A date set, goodbye messages scheduled, everything ready with a time or "kill myself".
    r"\bi'?ve\s+(?:got|set|picked|chosen)\s+a\s+date\b|\bscheduled\s+(?:\w+\s+){0,2}?(?:emails?|messages?|"
    r"posts?|texts?)\b[^.?!]{0,40}\b(?:to\s+(?:my|all\s+my)\s+(?:mum|mom|dad|family|brother|sister|kids|"
    r"children|son|daughter|wife|husband|partner|friends|parents)|goodbye)\b[^.?!]{0,60}\b(?:tomorrow|"
    r"tonight|\d+\s*(?:am|pm))\b",
    r"\b(?:already\s+have|got|have)\s+everything\s+(?:ready|i\s+need|sorted)?\b[^.?!]{0,60}\b"
    r"(?:suicide|kill\s+myself|end\s+it|"
    + WHEN
    + r")\b|\b(?:planning|going)\s+to\s+(?:suicide|kill\s+"
    r"myself)\b[^.?!]{0,30}\b" + WHEN,
    # Pills and drink with "never wake up", tonight.
    r"\bpills\b[^.?!]{0,40}\bnever\s+wake\s+up\b|\bnever\s+wake\s+up\b[^.?!]{0,20}\b" + WHEN,
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
    # A rope at hand and the act announced ("j'ai la corde dans le garage pis je vais le faire à
    # soir"; not a jump rope).
    r"\b(?:j'ai\s+(?:la|une)\s+corde|tengo\s+(?:la|una)\s+(?:cuerda|soga)|tenho\s+(?:a|uma)\s+corda|"
    r"ho\s+(?:la|una)\s+corda|(?:hab|habe)\s+(?:\w+\s+)?(?:den|einen|an|a)\s+(?:strick|seil))\b"
    r"(?!\s+(?:à\s+sauter|de\s+saltar|de\s+pular|per\s+saltare|zum\s+springen))[^.?!]{0,80}\b(?:je\s+vais"
    r"\s+le\s+faire|voy\s+a\s+hacerlo|lo\s+voy\s+a\s+hacer|vou\s+fazer\s+isso|vou\s+fazer|lo\s+faccio|"
    r"lo\s+farò|ich\s+(?:mach|tu)\w*\s+es|" + WHEN_ML + r"|à\s+soir)\b",
    # A weapon or a rope got for tonight ("ich hab mir eine Waffe besorgt für heute Nacht").
    r"\b(?:hab|habe)\s+mir\s+(?:eine|ein|einen)\s+(?:waffe|pistole|strick|seil)\s+(?:besorgt|gekauft)\b",
    # Intent with words between the verb and "um" ("ich bring mich heute nacht um"; not "ich
    # bringe mich um meinen Schlaf"), hanging oneself ("ich häng mich heute nacht auf"), or the
    # means laid out ("die tabletten liegen schon bereit").
    r"\bich\s+bring\w*\s+mich\s+(?:\w+\s+){1,3}um\b(?!\s+(?:meinen|meine|mein|den|die|das|seinen|ihren)"
    r"\b)|\bich\s+häng\w*\s+mich\s+(?:\w+\s+){0,3}auf\b|\b(?:tabletten|pillen|strick|messer|klinge)\s+"
    r"(?:liegt|liegen)\s+(?:\w+\s+)?bereit\b",
    # "Tonight I do it" with a means or a place named ("tengo las pastillas … esta noche lo hago").
    r"^(?=[\s\S]*\b(?:pastillas|pills|comprim\w*|cachets|pastiglie|pillole|tabletten|cuerda|corde|"
    r"corda|seil|strick|rope|pistola|pistolet|arma|gun|fusil|puente|pont|ponte|br[üu]cke|bridge|"
    r"v[íi]as|voies|binari|gleise|tracks)\b)[\s\S]*?\b(?:(?:esta\s+noche|hoy|ce\s+soir|stasera|stanotte|"
    r"heute\s+nacht|hoje(?:\s+[àa]\s+noite)?|tonight)\s+(?:lo\s+hago|je\s+le\s+fais|lo\s+faccio|mach\s+"
    r"ich\s+es|(?:eu\s+)?fa[çc]o|i\s+do\s+it|i'?m\s+doing\s+it)|(?:lo\s+hago|je\s+le\s+fais|lo\s+faccio|"
    r"i'?ll\s+do\s+it)\s+(?:esta\s+noche|ce\s+soir|stasera|tonight))\b",
]
