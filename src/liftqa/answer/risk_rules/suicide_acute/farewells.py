"""Suicide, acute tier: farewells and last things — a note or a farewell letter written or left,
goodbyes said or posted, things given away with no further need of them, a phone switched off
for good, "don't look for me", "won't be here by then"."""

from __future__ import annotations

from liftqa.answer.risk_rules.blocks import (
    NO_MOVE,
    REASON,
    WHEN,
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

FAREWELLS = [
    # The note written: "I already wrote my note" (not notes for class, not a note to the coach).
    r"\b(?:wrote|written|finished|left)\s+my\s+note\b(?!\s+(?:to|for|on|about))",
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
    NO_MOVE
    + r"\b(?:gave|giving|given)\s+away\b[^.?!]{0,60}\b(?:won'?t|will not|wont)\s+need\b"
    + REASON,
    r"\b(?:this is|it'?s)\s+my\s+last\s+(?:workout|session|day|post|message|night)\b|\blast\s+"
    r"(?:\w+\s+)?(?:day|workout|session)\s+ever\b|\bpills\s+are\s+in\s+my\s+(?:bag|pocket|car)\b",
    r"\b(?:foto|photo|picture)\b[^.?!]{0,40}\b(?:pastillas|pills|tablets|comprimidos|pastiglie|"
    r"cachets)\b[^.?!]{0,60}\b(?:adiós|adeus|addio|adieu|goodbye|bye|see\s+ya)\b",
    r"\b(?:lettres?|cartas?|lettere|briefe?)\b[^.?!]{0,40}\b(?:pour\s+mes\s+parents|para\s+mi|para\s+"
    r"os\s+meus|per\s+i\s+miei|für\s+meine|en\s+su\s+cuarto|dans\s+mon\s+sac)\b|\b(?:j'ai\s+donné\s+"
    r"mon\s+chat|le\s+deje\s+mis|hab\s+heute\s+meine\s+\w+\s+verschenkt|brauch\s+sie\s+(?:ja\s+)?(?:eh\s+)?"
    r"nicht\s+mehr)\b",
    # Farewell letters written (a preparatory act), in six languages.
    r"\b(?:j'ai\s+écrit\s+(?:mes|des|les)\s+lettres|escrib[ií]\s+(?:mis\s+|las\s+)?cartas|escrevi\s+"
    r"(?:as\s+|minhas\s+)?cartas|ho\s+scritto\s+(?:le\s+)?(?:mie\s+)?lettere|(?:hab|habe)\s+(?:meine\s+|"
    r"die\s+)?briefe\s+geschrieben|(?:the|my)\s+letters?\s+(?:to\s+\w+\s+(?:\w+\s+)?)?(?:is|are)\s+"
    r"(?:all\s+)?written|(?:wrote|written)\s+(?:all\s+)?my\s+letters)\b",
    # Goodbye letters being written, with a time.
    r"\b(?:writing|write|finish\w*)\s+(?:the|my)\s+(?:goodbye\s+)?letters?\b[^.?!]{0,30}\b" + WHEN,
    # Things given away with no further need of them, or with a day set ("gave my dog and my
    # records away … saturday is the day"; es/pt/it/fr/de too; not before a move).
    NO_MOVE
    + r"(?:\b"
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
    + r"\b)",
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
    # Things given away now with no further need of them ("regalo mis mancuernas … ya no las voy
    # a necesitar", "tô doando meus halteres", "hab meine Hanteln und das Rack verschenkt"; not
    # an advert: "… porque me compré unas nuevas", nor a move abroad: "ich zieh nach Vancouver
    # und verschenke meine Hanteln, drüben brauch ich die nicht mehr").
    NO_MOVE
    + r"\b(?:regalo|estoy\s+regalando|(?:tô|to|estou)\s+doando|doando|sto\s+regalando|je\s+donne|"
    r"(?:hab|habe)\s+(?:\w+\s+){0,5}?verschenkt|verschenke)\b[\s\S]{0,120}\b(?:ya\s+no\s+(?:las?|los?|lo)"
    r"\s+(?:voy\s+a\s+)?necesit\w+|não\s+vou\s+(?:mais\s+)?precisar|non\s+mi\s+serv\w+\s+più|je\s+n'en\s+"
    r"aurai\s+plus\s+besoin|brauch\w*\s+(?:ich\s+)?(?:\w+\s+)?(?:eh\s+|ja\s+|sowieso\s+)?nicht\s+mehr)\b"
    r"(?![^.?!]{0,60}\b(?:porque|pq|xq|perché|parce\s+que|car|weil|da\s+ich|seit|me\s+compré|comprei|"
    r"ho\s+comprato|j'ai\s+acheté|gekauft|nuev[oa]s|nov[oa]s|nuov[ie]|nouveaux|nouvelles|neue\w*|"
    r"gimnasio|academia|palestra|salle|studio|fitnessstudio))",
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
    # A note or a letter written "for after" ("une lettre pour après"; not for after school).
    r"\b(?:un\s+mot|une\s+lettre|una\s+nota|una\s+carta|un\s+biglietto|una\s+lettera|uma\s+carta|um\s+"
    r"bilhete|einen\s+brief|einen\s+zettel|a\s+note|a\s+letter)\s+(?:\w+\s+){0,4}?(?:pour\s+apr[èe]s|"
    r"para\s+despu[ée]s|para\s+depois|per\s+dopo|f[üu]r\s+danach|for\s+after)\b(?!\s+(?:the|la|le|el|"
    r"o|a|il|das|dem|school|work|training|practice|class)\b)",
    # A note explaining why, or saying it is no one's fault (a second review's probes).
    r"^(?=[\s\S]*\b(?:nota|notas|biglietto|brief\w*|lettre|mot|note|letters?|carta|cartas|bilhete|"
    r"zettel)\b)(?=[\s\S]*\b(?:explic[áa]ndo\w*|explaining|spiegando|expliquant|erkl[äa]r\w*|non\s+[èe]\s+"
    r"colpa\s+(?:loro|vostra|tua)|no\s+es\s+culpa\s+(?:suya|vuestra|tuya)|it'?s\s+not\s+(?:their|your)\s+"
    r"fault|ce\s+n'est\s+pas\s+(?:leur|votre|ta)\s+faute|n[ãa]o\s+[ée]\s+culpa\s+(?:deles|de\s+voc[êe]s|"
    r"sua)|wenn\s+ich\s+nicht\s+mehr\s+(?:bin|da\s+bin)|cuando\s+ya\s+no\s+est[ée]|quando\s+non\s+ci\s+"
    r"sar[òo]|quand\s+je\s+ne\s+serai\s+plus|when\s+i'?m\s+gone|ya\s+no\s+hay\s+vuelta\s+atr[áa]s|"
    r"stanotte\s+lo\s+faccio)\b)",
    # The phone switched off for good, or with a goodbye.
    r"\b(?:apago|desligo|vou\s+desligar|spengo|j'[ée]teins|schalte|turning\s+off|switching\s+off)\s+(?:\w+\s+)?"
    r"(?:el\s+m[óo]vil|o\s+celular|il\s+telefono|mon\s+t[ée]l[ée]phone|mein\s+handy|the\s+phone|my\s+"
    r"phone)\b[^.?!]{0,40}\b(?:me\s+despido|n[ãa]o\s+vou\s+voltar|per\s+sempre|c'est\s+la\s+fin|f[üu]r\s+"
    r"immer|for\s+good|forever|goodbye|adi[óo]s)\b",
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
