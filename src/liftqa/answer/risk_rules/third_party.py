"""Someone else at risk: a friend, relative, client or athlete."""

from __future__ import annotations

import re

from liftqa.answer.risk_rules.blocks import ED_SIGN, OTHER, RESTRICTING, compile_all

# Text that does not speak of the writer ("my mom says I'm barely eating" is the writer's).
_NOT_ME = r"(?:(?!\b(?:i|i'm|im|i've|ive|me|my|myself)\b)[^.?!])"
_RELATIVE_ML = r"\b(?:mi|mein|meine|minha|meu|ma|mon|mia|mio|il\s+mio|la\s+mia)\s+\w+(?:\s+\w+)?"
# Someone close, by a person's noun (es/pt/it/fr/de): "mi hermano", "o meu aluno", "une de mes
# clientes", "ein Freund von mir", "unser Sohn", "una compañera del gym" (not "mi vida", "ma
# décision", "il mio ultimo messaggio", nor the Italian "mi" of "mi hanno detto").
_PERSON_ML = (
    r"(?:herman[oa]s?|amig[oa]s?|novi[oa]|pareja|madre|padre|mamá|papá|hij[oa]s?|prim[oa]s?|tí[oa]|"
    r"abuel[oa]|compañer[oa]s?|compa|cliente|clienta|alumn[oa]s?|viej[oa]|colega|vecin[oa]|espos[oa]|"
    r"marido|mujer|irmão|irmã|namorad[oa]|mãe|pai|filh[oa]s?|avó|avô|alun[oa]s?|companheir[oa]|"
    r"parceir[oa]|fratello|sorella|amic[oa]|amici|ragazz[oa]|fidanzat[oa]|mamma|papà|figli[oa]|cugin[oa]|"
    r"zi[oa]|nonn[oa]|compagn[oa]|allievo|allieva|marito|moglie|coinquilin[oa]|frère|sœur|ami|amie|pote|"
    r"copain|copine|chum|blonde|mère|père|maman|papa|fils|fille|cousin|cousine|oncle|tante|coloc|"
    r"collègue|client|cliente|élève|mari|femme|conjoint|conjointe|bruder|schwester|freund|freundin|"
    r"kumpel|spezl|mutter|vater|mama|sohn|tochter|onkel|oma|opa|mitbewohner\w*|kolleg\w*|kund\w*|"
    r"schüler\w*|mann|frau|partner\w*|kind|neffe|nichte)"
)
_SOMEONE_CLOSE_ML = (
    r"\b(?:(?:mi|mis|mein\w*|mei|unser\w*|minha|meu|o\s+meu|a\s+minha|nosso|nossa|ma|mon|mes|notre|"
    r"nos|mia|mio|il\s+mio|la\s+mia|i\s+miei|le\s+mie|nostr[oa]|nuestr[oa]s?|un[ao]?|une|um|uma|ein\w*)"
    r"\s+(?:\w+\s+)?"
    + _PERSON_ML
    + r"(?:e?s)?|(?:une?|un[oa]?|um|uma)\s+(?:de\s+|d[oa]s\s+|de(?:i|lle)\s+)"
    r"(?:mes|mis|meus|minhas|miei|mie)\s+"
    + _PERSON_ML
    + r"(?:e?s)?|"
    + _PERSON_ML
    + r"(?:e?s)?\s+von\s+mir)\b"
)
# Someone named before what they do to themself, in es/pt/it/fr/de: a subject pronoun or
# someone close ("ele se corta", "mio figlio si brucia").
_SOMEONE_NAMED_ML = (
    r"(?:\b(?:[ée]l|ella|ele|ela|lui|lei|er|sie|il|elle)\b|" + _SOMEONE_CLOSE_ML + r")"
)
_NOT_EATING_ML = (
    r"isst\s+kaum|isst\s+fast\s+nichts|non\s+mangia|salta\s+i\s+pasti|saute\s+(?:des|les)\s+repas|"
    r"se\s+salta\s+(?:las\s+)?comidas|pula\s+(?:as\s+)?refeições|lässt\s+mahlzeiten\s+aus|casi\s+no\s+come|"
    r"come\s+muy\s+poco|quase\s+não\s+come|ne\s+mange\s+(?:presque\s+)?rien|mal\s+come|ne\s+mange\s+"
    r"(?:quasi|presque)\s+(?:plus|rien)|non\s+mangia\s+quasi\s+(?:più|niente|nulla)|isst\s+fast\s+nichts"
)
_ED_SIGN_ML = (
    r"trainiert|si\s+allena|entrena|treina|s'entraîne|corre|court|läuft|wiegt\s+sich|si\s+pesa|se\s+"
    r"pesa|se\s+pèse|vomit\w*|erbricht|zweimal|due\s+volte|dos\s+veces|duas\s+vezes|deux\s+fois"
)
# Someone else's words reported in es/pt/it/fr/de: told me, wrote to me, posted, keeps saying.
_REPORTED_ML = (
    r"\b(?:me\s+(?:contó|dijo|escribió|mandó|confesó|contou|disse|escreveu|mandou)|mi\s+ha\s+(?:detto|"
    r"scritto|confessato)|m'a\s+(?:dit|écrit|avoué|envoyé)|hat\s+mir\s+(?:gesagt|geschrieben|erzählt)|"
    r"(?:él|ella|ele|ela|lui|lei|il|elle|er|sie)\s+(?:\w+\s+)?(?:dice|dijo|escribió|publicó|disse|escreveu|"
    r"mandou|postou|falou|ha\s+detto|ha\s+scritto|dit|a\s+dit|a\s+écrit|répète|sagt|sagte|schreibt|"
    r"schrieb|meinte)|(?:ele|ela)\s+mandou\s+no\s+grupo)\b"
)
# What they said of themselves: a wish to die, a plan, self-harm, no reason to go on, not
# needing things any more (es/pt/it/fr/de).
_THEIR_RISK_ML = (
    r"se\s+corta|se\s+cortó|se\s+hace\s+cortes|se\s+quiere\s+(?:matar|morir)|quiere\s+morir\w*|"
    r"quer\s+morrer|vuole\s+morire|si\s+taglia|veut\s+mourir|n'a\s+plus\s+(?:de\s+)?raison\s+de\s+"
    r"(?:vivre|se\s+lever)|se\s+coupe|(?:er|sie)\s+will\s+(?:nicht\s+mehr\s+leben|sterben)|"
    r"(?:nicht\s+mehr\s+leben|sterben)\s+will|ritzt\s+sich"
)
# Their words in the first person, only inside the quotation marks that follow the report
# ("me escribió 'ya sé cómo lo voy a hacer'"): unquoted, "no aguanto más" is the writer's own.
_THEIR_QUOTED_ML = (
    r"['\"“][^'\"”]{0,60}\b(?:no\s+aguanto\s+más|ya\s+sé\s+cómo|no\s+me\s+busques|me\s+voy\s+a\s+matar|"
    r"não\s+aguento\s+mais|vou\s+acabar\s+com\s+(?:isso|tudo)|vou\s+me\s+matar|non\s+ce\s+la\s+faccio\s+"
    r"più|la\s+faccio\s+finita|je\s+veux\s+mourir|je\s+vais\s+en\s+finir|ich\s+will\s+(?:nicht\s+mehr|"
    r"sterben)|ich\s+bring\w*\s+mich\s+um)"
)
# Things given away by someone who says they will not need them again.
_GIVEN_AWAY_ML = (
    r"\b(?:il\s+a\s+donné|elle\s+a\s+donné|ha\s+regalato|regaló|deu\s+(?:o|a)|hat\s+\w+\s+verschenkt)\b"
    r"[^.?!]{0,80}\b(?:n'en\s+aura\s+plus\s+besoin|no\s+(?:la|lo|las|los)\s+va\s+a\s+necesitar|não\s+vai\s+"
    r"mais\s+precisar|non\s+gli\s+serv\w+\s+più|braucht?\s+\w+\s+nicht\s+mehr)"
)

# Someone else's wish or plan to kill themself, said of them (es/pt/it/fr/de).
_THEIR_WISH_ML = (
    r"(?:si\s+vuole\s+(?:ammazzare|uccidere|suicidare)|vuole\s+(?:ammazzarsi|uccidersi|suicidarsi|farla\s+"
    r"finita)|se\s+quiere\s+(?:suicidar|quitar\s+la\s+vida)|quiere\s+(?:matarse|suicidarse|quitarse\s+la\s+"
    r"vida)|se\s+quer\s+matar|quer\s+se\s+(?:matar|suicidar)|veut\s+se\s+(?:tuer|suicider|foutre\s+en\s+"
    r"l'air)|veut\s+en\s+finir(?!\s+avec)|will\s+sich\s+(?:\w+\s+)?umbringen|sich\s+umbringen\s+will|bringt\s+sich\s+"
    r"um\b|si\s+ammazza\b|si\s+uccide\b|se\s+va\s+a\s+matar|vai\s+se\s+matar|va\s+se\s+tuer|keinen?\s+bock\s+"
    r"mehr\s+(?:zu\s+leben|auf\s+(?:das\s+)?leben)|(?:acaba|acabar)\s+com\s+tudo|acabar\s+con\s+todo)"
)

# A friend, relative, client or athlete at risk: `risk` reads these as third party unless the
# message is also about the writer.
THIRD = [
    # Someone named with a risk word (suicide, self-harm, purging, a bridge, giving things
    # away, cuts on them; es/pt/it/fr/de too).
    OTHER + r"\b[^.?!]{0,80}\b(?:suicid\w*|kill(?:s|ing|ed)?\s+(?:him|her|them)sel(?:f|ves)|"
    r"want(?:s|ing|ed)?\s+to\s+die|end(?:ing)?\s+(?:his|her|their)\s+life|tak(?:e|ing)\s+(?:his|her|"
    r"their)\s+(?:own\s+)?life|self[-\s]?harm\w*|"
    r"cutting|cuts|making\s+(?:him|her|them)sel(?:f|ves)\s+sick|starving|throwing\s+up|purging|"
    r"laxatives|better\s+off\s+without|goodbye|took\s+a\s+bunch|pills|ready\s+to\s+go|"
    r"railing|ledge|bridge|won'?t\s+come\s+down|kill\s+myself|means\s+it|periods?\s+(?:have\s+)?"
    r"stopped|only\s+(?:eats?\s+)?salad|\w+\s+classes\s+a\s+day|"
    r"hurting\s+(?:him|her|them)sel)",
    OTHER + r"\b[^.?!]{0,80}\b(?:giv(?:en|ing)\s+away|barely\s+eats|hiding\s+food|won'?t\s+eat|"
    r"stopped\s+eating|searches)\b",
    # Someone named eating almost nothing with a second sign of an eating disorder (training or
    # running it off, weighing, weight lost, hiding the body, fainting), either order: "my
    # sister is barely eating and runs twice a day", "one of my athletes has lost a lot of
    # weight and faints at practice" (not "skipping meals because of exams" alone).
    OTHER
    + r"\b"
    + _NOT_ME
    + r"{0,80}\b(?:(?:"
    + RESTRICTING
    + r")\b"
    + _NOT_ME
    + r"{0,60}\b(?:"
    + ED_SIGN
    + r")|(?:"
    + ED_SIGN
    + r")\b"
    + _NOT_ME
    + r"{0,60}\b(?:"
    + RESTRICTING
    + r"))",
    r"\b(?:mi|mein|meine|minha|meu|ma|mon|mia|mio)\s+\w+\b[^.?!]{0,60}\b(?:quiere\s+morir\w*|"
    r"abschied\w*|suicid\w*|se\s+corta(?!\s+(?:solo\s+|sola\s+)?(?:el|la|las|los)\s+(?:pelo|"
    r"uñas|flequillo|barba|puntas))|si\s+taglia(?!\s+(?:i|la|le)\s+(?:capelli|unghie|barba))|si\s+fa\s+(?:dei\s+)?tagli|se\s+hace\s+cortes|"
    r"ritzt\s+sich|se\s+coupe|quer\s+morrer|vuole\s+morire|non\s+ha\s+più\s+senso\s+vivere|"
    r"veut\s+mourir|will\s+sterben|sich\s+(?:das\s+leben\s+zu\s+nehmen|umzubringen|etwas\s+anzutun)|"
    r"quitarse\s+la\s+vida|suicidarse|se\s+matar|tirar\s+a\s+própria\s+vida|togliersi\s+la\s+vita|"
    r"uccidersi|se\s+suicider|mettre\s+fin\s+à\s+ses\s+jours|se\s+tuer|"
    # reflexive forms with a verb between or in the progressive ("se quiere matar", "will sich
    # umbringen", "se está cortando", "tá se cortando", "si sta tagliando"; not hair or nails)
    r"se\s+(?:quiere|quer|va\s+a|vai|vuole|veut)\s+(?:matar|suicidar|tuer|suicider)|"
    r"sich\s+(?:umbringen|töten|ritzen)|se\s+scarifi\w*|se\s+taillad\w*|(?:se\s+est[aá]|"
    r"est[aá]\s+se|t[aá]\s+se|si\s+sta)\s+(?:cortando|tagliando|quemando|queimando|lastimando|"
    r"machucando)(?!\s+(?:el|la|o|a|i|le|les)\s+(?:pelo|cabelo|capelli|cheveux|barba|uñas|unhas|"
    r"unghie|ongles))|est[aá]\s+cort[aá]ndose)",
    r"\b(?:mi|mein|meine|minha|meu|ma|mon|mia|mio)\s+\w+\b[^.?!]{0,80}\b(?:pastillas|"
    r"tabletten|pastiglie|comprimidos)\b[^.?!]{0,40}\b(?:adiós|adeus|addio|tschüss)\b|\b(?:er|sie)\b[^.?!]{0,60}\bspringt\b",
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
    + OTHER
    + r")\b[^.?!]{0,20}\b(?:saying|talking\s+about|thinking\s+about|talks\s+about)\s+"
    r"(?:dying|not\s+being\s+(?:here|around)|ending\s+(?:it|things|his\s+life|her\s+life|their\s+"
    r"lives?))\b",
    r"\b(?:keeps?|kept)\s+saying\s+(?:he|she|they)(?:'?s|'?re|\s+is|\s+are)\s+(?:a\s+burden|"
    r"worthless|better\s+off\s+dead)",
    r"\b(?:she|he|they)\s+(?:has|have|had)\s+been\s+(?:stockpiling|saving|hoarding|collecting)\s+"
    r"(?:her|his|their)\s+(?:medication|meds|pills|tablets)",
    r"\b(?:she|he|they)\s+(?:hasn'?t|hadn'?t|haven'?t)\s+(?:eaten|been\s+eating)\s+(?:for|in)\s+"
    r"(?:days|a\s+week|\d+\s+days)",
    # A relative who has taken their pills (es/pt/it/fr/de).
    r"\b(?:mi|mein|meine|minha|meu|ma|mon|mia|mio)\s+\w+\b[^.?!]{0,60}\b(?:se\s+tom[oó]|tomou|ha\s+preso|"
    r"a\s+pris|a\s+avalé|hat\s+(?:\w+\s+){0,3}genommen)\b[^.?!]{0,30}\b(?:pastillas|comprimidos|pastiglie|"
    r"cachets|comprimés|médicaments|tabletten|pills)\b",
    # Someone reported, in es/pt/it/fr/de, as saying or writing a wish to die, a plan, self-harm
    # or that they cannot go on ("me contó que a veces se corta", "me escribió 'ya sé cómo lo
    # voy a hacer'", "ele mandou no grupo 'não aguento mais, vou acabar com isso hoje'", "il
    # répète qu'il n'a plus de raison de se lever", "il a donné sa montre … qu'il n'en aura plus
    # besoin").
    _REPORTED_ML + r"[^.?!]{0,80}\b(?:" + _THEIR_RISK_ML + r")",
    _REPORTED_ML + r"\s*(?:que|che|dass|qu')?\s*[:,]?\s*" + _THEIR_QUOTED_ML,
    _GIVEN_AWAY_ML,
    # A relative who hurts themself, makes themself sick or barely eats (not "isst kaum Gemüse",
    # "non mangia carne") (es/pt/it/fr/de).
    r"\b(?:mi|mein|meine|minha|meu|ma|mon|mia|mio|il\s+mio|la\s+mia)\s+\w+(?:\s+\w+)?\b[^.?!]{0,80}\b(?:"
    r"si\s+fa\s+del\s+male|se\s+hace\s+daño|se\s+lastima|se\s+machuca|se\s+fait\s+du\s+mal|tut\s+sich\s+"
    r"weh|verletzt\s+sich|se\s+fait\s+vomir|se\s+provoca\s+el\s+vómito|vomita\s+después|(?:isst\s+kaum(?:\s+"
    r"(?:was|etwas|noch(?:\s+was)?))?|non\s+mangia\s+quasi\s+(?:niente|nulla)|casi\s+no\s+come|come\s+muy\s+poco|quase\s+não\s+come|mangia\s+"
    r"pochissimo|ne\s+mange\s+(?:presque\s+)?rien)(?=\s*(?:[.,;!?]|$|y\b|e\b|et\b|und\b)))",
    # A relative eating almost nothing, with a second sign (training twice a day, weighing,
    # vomiting), either order, in es/pt/it/fr/de ("mia figlia si pesa ogni giorno e salta i pasti").
    r"(?:"
    + _RELATIVE_ML
    + r"|"
    + _SOMEONE_CLOSE_ML
    + r")"
    + r"\b[^.?!]{0,80}\b(?:(?:"
    + _NOT_EATING_ML
    + r")\b[^.?!]{0,60}\b(?:"
    + _ED_SIGN_ML
    + r")|(?:"
    + _ED_SIGN_ML
    + r")\b[^.?!]{0,60}\b(?:"
    + _NOT_EATING_ML
    + r"))",
    # A relative who hardly eats any more (fr/es/pt/it/de).
    r"\b(?:mon|ma|mi|meu|minha|mio|mia|mein|meine)\s+\w+(?:\s+\w+)?\b[^.?!]{0,60}\b(?:ne\s+mange\s+"
    r"(?:presque\s+)?plus|no\s+come\s+(?:casi\s+)?nada|não\s+come\s+(?:quase\s+)?nada|non\s+mangia\s+"
    r"(?:quasi\s+)?più|isst\s+(?:fast\s+)?nichts\s+mehr)\b",
    # Someone else using a means on themself, hitting themself (it/es/pt/fr/de), very thin and
    # training for hours, an essay about not being around.
    r"\b(?:he|she|they)(?:'s|\s+is|\s+has)\s+(?:got\s+)?(?:a\s+)?(?:knife|blade|gun|pills)\b[^.?!]{0,80}"
    r"\b(?:on\s+(?:him|her|them)sel(?:f|ves)|kill\s+(?:him|her|them)sel\w*)\b",
    r"\bsi\s+dà\s+(?:dei\s+)?pugni\b|\bse\s+(?:golpea|pega)\b|\bse\s+bate\b|\bse\s+frappe\b|\bschlägt\s+sich\b",
    r"\b(?:my|our)\s+(?:gf|girlfriend|bf|boyfriend|wife|husband|partner|daughter|son|sister|brother|friend)"
    r"\b[^.?!]{0,60}\bhours\s+of\s+cardio\b[\s\S]{0,80}\b(?:thin|cries|skinny)\b",
    r"\b(?:essay|poem|post|story)\s+about\b[^.?!]{0,60}\bnot\s+wanting\s+to\s+'?be\s+around\b",
    # Said the way people say it in es/pt/it/fr/de (the multilingual probe set, tml).
    # Someone close who says they want to kill themself ("mio fratello dice che si vuole
    # ammazzare", "mein Bruder meint, er hat keinen Bock mehr zu leben").
    _SOMEONE_CLOSE_ML
    + r"\b[^.?!]{0,80}\b"
    + _THEIR_WISH_ML
    + r"(?!\s+(?:a\s+entrenar|entrenando|de\s+(?:entrenar|trabajo|risa)|di\s+(?:allenamento|"
    r"palestra|"
    r"lavoro|fatica)|in\s+palestra|en\s+el\s+gym|no\s+treino|treinando|à\s+la\s+salle|au\s+travail|"
    r"im\s+(?:studio|gym|training)))",
    # A goodbye message from someone close ("il mio ragazzo mi ha scritto addio e non risponde
    # più", "mi viejo me mandó un mensaje despidiéndose", "mandou mensagem de despedida"; not
    # "adiós al gluten" or a coach who moved gyms).
    _SOMEONE_CLOSE_ML + r"[^.?!]{0,60}\b(?:(?:mensaje|mensagem|messaggio|message|nachricht|brief|"
    r"carta|lettera|lettre|sms|texto)\s+(?:de\s+|d'|di\s+)?(?:despedida|addio|adieu|abschied|adiós|adeus)|"
    r"despidiéndose|se\s+despidió\s+de\s+todos|se\s+despediu\s+de\s+todos|(?:scritto|escrito|escribió|"
    r"écrit|geschrieben|mandado|mandó|mandou|texté|envoyé|mandato)\s+[^.?!]{0,40}\b(?:addio|adiós|adieu|"
    r"adeus)|abschiedsbrief\w*|abschiedsnachricht\w*|lettera\s+d'addio|lettre\s+d'adieu)",
    # Someone close with the means ready ("mi compa dice q ya tiene lista la pistola", "mei
    # Spezl hod gsagt er hod scho an Strick im Keller"; not rat poison or a battle rope).
    _SOMEONE_CLOSE_ML
    + r"[^.?!]{0,60}\b(?:(?:tiene|tem|ha|hat|hod|a)\s+(?:ya|já|già|déjà|schon|scho)\s+(?:\w+\s+)?|"
    r"(?:ya|já|già|déjà|schon|scho)\s+(?:\w+\s+)?(?:tiene|tem|ha|hat|hod|"
    r"a|comprou|compró|comprato|acheté|gekauft|besorgt)\b)[^.?!]{0,30}\b(?:pistola|revólver|pistolet|"
    r"fusil|waffe|pistole|strick|soga|corda|corde|seil)\b|"
    + _SOMEONE_CLOSE_ML
    + r"[^.?!]{0,60}\b(?:"
    r"pistola|revólver|pistolet|fusil|waffe|pistole|strick|soga|corda|corde)\s+(?:\w+\s+)?(?:lista|"
    r"listo|preparad\w+|pronta|pronto|prêt\w*|bereit|higlegt|hingelegt)\b",
    # Someone close with the means who says they will do it ("mi amigo tiene una pistola y dice
    # que hoy lo hace", "mon pote a une corde … il dit qu'il va le faire ce soir").
    _SOMEONE_CLOSE_ML
    + r"[^.?!]{0,60}\b(?:pistola|revólver|pistolet|fusil|waffe|pistole|strick|soga|"
    r"cuerda|corda|corde|seil|veneno|veleno|poison)\b[^.?!]{0,60}\b(?:lo\s+hace|lo\s+va\s+a\s+hacer|va\s+"
    r"le\s+faire|vai\s+fazer(?:\s+isso)?|lo\s+fa|lo\s+farà|es\s+tu[nt]|macht\s+es|se\s+mata|se\s+tue|si\s+"
    r"ammazza|se\s+mata|bringt\s+sich\s+um)\b",
    # Someone close swallowing all their pills ("mon chum m'a texté qu'il allait prendre toutes
    # ses pilules d'un coup").
    _SOMEONE_CLOSE_ML
    + r"\b[^.?!]{0,80}\b(?:prendre|tomar|tomarse|prendere|nehmen|schlucken|avaler|engolir|"
    r"a\s+avalé|a\s+pris|se\s+tomó|"
    r"tomou|ha\s+preso|si\s+è\s+pres[oa]|hat)"
    r"\s+(?:\w+\s+)?(?:toutes|todas|todos|tutte|alle)\s+(?:ses|sus|seus|suas|le\s+sue|seine|ihre)\s+"
    r"(?:pilules|pastillas|comprimidos|comprimés|médicaments|pastiglie|pillole|tabletten|pillen|"
    r"remédios|cachets)\b",
    # Someone close purging ("meine Tochter erbricht heimlich nach dem Essen", "mon coloc vomit
    # après chaque repas").
    _SOMEONE_CLOSE_ML
    + r"\b[^.?!]{0,40}\b(?:vomita|vomite|vomit|erbricht|kotzt|übergibt\s+sich|se\s+fait\s+"
    r"vomir|se\s+provoca\s+el\s+vómito|si\s+fa\s+vomitare|provoca\s+o\s+vômito)\b[^.?!]{0,40}\b(?:"
    r"heimlich|escondid\w+|en\s+cachette|di\s+nascosto|às\s+escondidas|(?:después|depois|après|dopo|nach)"
    r"\s+(?:de\s+|d[ie]\s+)?(?:cada|chaque|ogni|jede\w*|comer|las\s+comidas|les\s+repas|i\s+pasti|dem\s+"
    r"essen|refeiç\w+|manger|mangiare)|todos\s+los\s+días|todo\s+dia|tous\s+les\s+jours|ogni\s+giorno|"
    r"jeden\s+tag)\b",
    # Written from the misses of a blind training set (tg, eighth session), narrowed after a
    # review's probes.
    # A last word sent by someone close and then silence ("meu filho mandou 'obrigado por tudo
    # mãe, desculpa' e o celular tá desligado", "un gars … a posté 'c'était cool les gars, adieu'
    # et il donne plus de nouvelles"; not the writer's own goodbye, not a phone dead on a flight).
    r"^(?![\s\S]*\b(?:festival|concert|curro|lo\s+dej[óo]|quit|new\s+year|20\d\d|milano|madrid|paris|"
    r"berlin|lisboa|roma|london|ciudad|citt[àa]|ville|stadt|cidade|"
    r"battery|bater[íi]a|batterie|left\s+the\s+(?:club|gym|team)|new\s+job|on\s+(?:a|the)"
    r"\s+(?:plane|flight)|flight|boarding|vuela|en\s+el\s+avi[óo]n|no\s+avi[ãa]o|in\s+aereo|im\s+flugzeug|en\s+croisi[èe]re)"
    r"\b)(?=[\s\S]*\b(?:sent|texted|posted|wrote|said|messaged|mandou|mand[óo]|escribi[óo]|escreveu|"
    r"a\s+post[ée]|a\s+[ée]crit|m'a\s+[ée]crit|(?:mi\s+)?ha\s+scritto|hat\s+(?:\w+\s+)?geschrieben|schrieb|"
    r"schickte|puso|p[ôo]s)\b)(?=[\s\S]*\b(?:thanks?\s+for\s+everything|thank\s+you\s+for\s+everything|"
    r"sorry\s+for\s+everything|love\s+you\s+all|obrigad[oa]\s+por\s+tudo|gracias\s+por\s+todo|merci\s+"
    r"pour\s+tout|grazie\s+(?:di|per)\s+tutto|danke\s+f[üu]r\s+alles|perd[óo]n\s+por\s+todo|desculpa\s+"
    r"por\s+tudo|pardon\s+pour\s+tout|scusa\s+per\s+tutto|adieu|adi[óo]s|addio|adeus|goodbye)\b)"
    r"(?=[\s\S]*(?:\b(?:his|her|their)\s+phone'?s?\s+(?:is\s+)?(?:off|dead)\b|\bphone\s+(?:is\s+)?off\b(?<!"
    r"my\sphone\sis\soff)(?<!my\sphone\soff)|\bstraight\s+to\s+voicemail\b|\b(?:celular|telefone|"
    r"tel[ée]fono|m[óo]vil|cellulare|telefonino|portable|t[ée]l[ée]phone|telefono|handy)\s+(?:\w+\s+)"
    r"{0,2}?(?:desligado|apagado|spento|[ée]teint|aus|ausgeschaltet)\b|\b(?:not|isn'?t|hasn'?t\s+been|"
    r"won'?t|stopped)\s+(?:be\s+)?(?:answering|picking\s+up|responding|replying)\b|\bno\s+(?:contesta|"
    r"responde)\b|\bn[ãa]o\s+(?:responde|atende)\b|\bnon\s+risponde\b|\bne\s+r[ée]pond\s+(?:plus|pas)\b|"
    r"\bdonne\s+plus\s+de\s+nouvelles\b|\bgeht\s+nicht\s+(?:ran|ans)\b|\bnicht\s+erreichbar\b|\bmeldet\s+"
    r"sich\s+nicht\b))(?=[\s\S]*(?:"
    + _SOMEONE_CLOSE_ML
    + r"|\b(?:my|our)\s+(?:\w+\s+)?(?:son|daughter|brother|sister|friend|mate|"
    r"buddy|partner|husband|wife|"
    r"boyfriend|girlfriend|bf|gf|dad|mum|mom|father|mother|kid|child|client|athlete|teammate|"
    r"roommate|flatmate|student|cousin)\b|\b(?:un\s+gars|a\s+(?:friend|guy)|someone|somebody)\b))",
    # Someone close sitting with a gun ("Mein Mann sitzt seit einer Stunde mit seinem
    # Jagdgewehr im Keller"; not a massage gun, not at the range).
    r"^(?:(?=[\s\S]*\b(?:no\s+(?:contesta|responde)|ne\s+r[ée]pond\s+(?:pas|plus)|non\s+risponde|"
    r"n[ãa]o\s+(?:responde|atende)|antwortet\s+nicht|won'?t\s+(?:answer|talk|come\s+out)|not\s+"
    r"answering|for\s+an\s+hour|crying|drinking|llorando|pleure|piange|chorando|weint|ya\s+no\s+puede\s+"
    r"m[áa]s|n'en\s+peut\s+plus|non\s+ce\s+la\s+fa|n[ãa]o\s+aguenta|h[äa]lt\s+es\s+nicht)\b)|"
    r"(?![\s\S]*\b(?:range|shooting\s+(?:club|range)|clay|competition|schie[ßs]stand|"
    r"sch[üu]tzenverein|stand\s+de\s+tir|pol[ií]gono|deer\s+stand|blind|hunt\w*|cleaning\s+it|limpi\w*|"
    r"patos|ducks?|deer|caza|chasse|jagd|caccia|esperando|hochsitz|ansitz|tattoo|tatuaje|tatouage|spear\w*|"
    r"sous-marin\w*|subacque\w*|submarin\w*)\b))[\s\S]*"
    r"\b(?:sitting|sits|sat|sitzt|hockt|sa[ßs]|encerrad[oa]|enferm[ée]e?|chius[oa]|eingeschlossen|"
    r"locked|trancad[oa]|est[áa]\s+sentad[oa]|(?:sta|[èe])\s+sedut[oa]|est\s+"
    r"assise?|t[áa]\s+sentad[oa])\b[^.?!]{0,50}\b(?:with|mit|con|com|avec)\s+(?:his|her|their|seinem|"
    r"ihrem|su|sua|seu|son|sa|la|el|le|il|a|o|the|der|dem|einem|la\s+sua|il\s+suo|una?)\s+(?:\w+\s+)?"
    r"(?<!massage\s)(?<!nail\s)(?<!glue\s)(?<!heat\s)(?<!nerf\s)(?<!water\s)(?<!masaje\s)"
    r"(?:gun|rifle|shotgun|pistol|\w*gewehr|pistole|waffe|fucile|pistola|escopeta|espingarda|fusil|"
    r"revolver|rev[óo]lver)\b(?!\s+de\s+(?:masaje|agua|silicona|massagem))",
    # Someone who asked which medicines are dangerous to mix ("mi ha chiesto quali farmaci da
    # banco sono più pericolosi da mischiare"; not supplements).
    r"\b(?!asked\s+(?:her|his|their|the|a)\s+(?:pharmacist|doctor|gp|nurse))(?:asked|keeps\s+asking|"
    r"wanted\s+to\s+know|ha\s+chiesto|me\s+pregunt[óo]|quer[íi]a\s+saber|me\s+"
    r"perguntou|m'a\s+demand[ée]|voulait\s+savoir|hat\s+(?:mich\s+)?gefragt|wollte\s+wissen)\b"
    r"(?![^.?!]{0,70}\b(?:supplements?|creatin\w*|caffeine|caf[ée]|koffein|whey|pre-?workout|"
    r"suplementos?|integratori|compl[ée]ments|protein\w*)\b)[^.?!]{0,70}\b(?:pills|tablets|meds|"
    r"medicines?|painkillers|farmaci|f[áa]rmacos|medicamentos|m[ée]dicaments|medikamente|"
    r"antidepressants?|antidepresivos|antidepressivi|antid[ée]presseurs|antidepressiva|"
    r"tabletten|pastillas|pastiglie|comprimidos|comprim[ée]s|rem[ée]dios)\b[^.?!]{0,40}\b(?:pericolos\w*|"
    r"peligros\w*|perigos\w*|dangereu\w*|gef[äa]hrlich\w*|dangerous|deadly|lethal|letal\w*|mortal\w*|"
    r"t[öo]dlich\w*)\b[^.?!]{0,30}\b(?:mix|mixing|mischiare|mezclar|misturar|m[ée]langer|mischen|"
    r"combine|together|insieme|juntos|ensemble|zusammen)\b",
    # Someone who hurts themself: hitting, cutting, burning, punishing (with the exercise), "ele
    # se corta", "si taglia", "ritzt sich" (a person named before the reflexive; not hair, nails,
    # milk that curdles or bread, not cutting themself some slack).
    r"\b(?:hitting|punching|hurting|cutting|burning|scratching|punishing|starving)\s+(?:him|her|them)"
    r"sel(?:f|ves)\b(?!\s+(?:shaving|by\s+accident|accidentally|out|some\s+slack|a\s+(?:slice|piece)|"
    r"doing|while|on\s+the|cooking|in\s+the\s+kitchen|chopping|with\s+(?:a|the)\s+(?:knife|razor)\s+"
    r"(?:while|when)|raw\s+from|in\s+the\s+(?:thigh|chest)\s+to|to\s+psych))|\b(?:cuts|burns|punishes|hits|punches|hurts|starves|scratches|slices)\s+"
    r"(?:him|her|them)sel(?:f|ves)\b(?!\s+(?:shaving|by\s+accident|accidentally|out|some\s+slack|a\s+"
    r"(?:slice|piece)|doing|while|on\s+the|raw\s+from|in\s+the\s+(?:thigh|chest)\s+to|to\s+psych))"
    r"|\b(?:uses?|using)\s+(?:exercise|training|running|the\s+"
    r"gym)\s+to\s+punish\s+(?:him|her|them)sel(?:f|ves)\b|"
    + _SOMEONE_NAMED_ML
    + r"[^.?!]{0,30}\b(?:se\s+(?:corta|cortaba|cortando|scarifie|mutile|"
    r"autolesiona|coupe\s+(?:les?|"
    r"ses)\s+(?:bras|poignets|cuisses))|si\s+(?:taglia|tagliava|fa\s+del\s+male|autolesiona|ferisce)|"
    r"se\s+fait\s+du\s+mal|s'automutile|ritzt\s+sich|schneidet\s+sich)\b(?!\s+(?:solo\s+|sola\s+|s[óo]\s+)?"
    r"(?:da\s+sol[oa]\s+|ella\s+misma\s+|[ée]l\s+mismo\s+|beim\s+\w+\s+)?(?:el|o|les?|i|die|las|"
    r"os|a|la|in\s+den|en\s+el|au|nel|no)\s+(?:pelo|cabelo|cheveux|capelli|haare|u[ñn]as|unhas|ongles|"
    r"unghie|barba|barbe|puntas|n[äa]gel|finger|dedo|doigt|dito|schiena|espalda|dos|r[üu]cken|costas|"
    r"genou|rodilla|knie|ginocchio|joelho|spalla|hombro|[ée]paule|schulter|mani|manos|m[ãa]os|mains|"
    r"h[äa]nde))"
    r"(?![^.?!]{0,30}\b(?:cocinando|cozinhando|en\s+cuisinant|cucinando|kochen|afeit\w*|rasier\w*|"
    r"fazendo\s+a\s+barba|con\s+la\s+(?:barra|sbarra)|com\s+a\s+barra|meal\s+prep|stacchi|gemüse\w*|"
    r"barbear|se\s+rasant|radendosi|cortando\s+(?:cebolla|pan)|en\s+la\s+cocina|na\s+cozinha)\b)",
    # Cuts seen on someone's thighs or arms ("bei meiner Teamkollegin hab ich in der Umkleide
    # Schnitte an den Oberschenkeln gesehen"; the writer's own cuts are the self-harm rules').
    r"^(?=[\s\S]*\b(?:gesehen|visto|vi|vu|vue|notei|notado|not[ée]|seen|saw|bemerkt|notato|notado|"
    r"remarqu[ée]e?|noticed|notice)\b)"
    r"[\s\S]*\b(?:schnitte|narben|schnittwunden|cortes|cicatrices|cicatrizes|coupures|entailles|tagli|"
    r"cicatrici|marcas|rayas)\b[^.?!]{0,30}\b(?:an\s+den\s+(?:oberschenkeln|armen|handgelenken|"
    r"unterarmen)|am\s+arm|en\s+(?:los|sus)\s+(?:muslos|brazos|mu[ñn]ecas|antebrazos)|n[ao]s\s+(?:coxas|"
    r"bra[çc]os|pulsos)|sur\s+(?:les|ses)\s+(?:cuisses|bras|poignets|avant-bras)|sulle\s+(?:cosce|"
    r"braccia)|sui\s+polsi)\b(?![^.?!]{0,40}\b(?:operaci[óo]n|operation|cirug[íi]a|zarzas|ronces|"
    r"spinato|quemadura|accident\w*|tattoo|tatuaje|ventosas|cupping|fisio\w*|physio\w*|kinesio\w*|"
    r"unfall|motorrad\w*|\w+unfall)\b)",
    # Someone close who took out a gun, with words of not going on, or burns themself
    # ("mi padre sacó la escopeta y está encerrado en el garaje diciendo que ya no puede más",
    # "ho scoperto che mio figlio si brucia le braccia con l'accendino").
    r"\b(?:sac[óo]|took\s+out|got\s+out|a\s+sorti|ha\s+(?:preso|tirato\s+fuori)|pegou|tirou|holte|"
    r"hat\s+\w*\s*geholt)\s+(?:la|el|su|his|her|the|son|le|il|o|a|seu|sua|sein\w*|das|die)\s+(?:\w+\s+)?"
    r"(?:gun|rifle|shotgun|pistol|escopeta|pistola|arma|fusil|fucile|gewehr|\w+gewehr|waffe|pistole|"
    r"rev[óo]lver)\b",
    _SOMEONE_NAMED_ML + r"[^.?!]{0,30}\b(?:si\s+brucia|se\s+quema|se\s+br[ûu]le|se\s+queima|"
    r"verbrennt\s+sich|se\s+las\s+"
    r"hace\s+(?:[ée]l|ella))\b(?![^.?!]{0,30}\b(?:cocinando|cucinando|sol|sole|soleil|sonne|plancha|"
    r"horno|forno|four|ofen)\b)",
    # Someone close who says they have lived long enough ("Mein Vater sagt seit der Pension
    # dauernd 'I hab lang gnua g'lebt'"; not "long enough to know").
    r"\b(?:says?|said|keeps\s+saying|sagt|meint|dice|diz|vive\s+dizendo|dit|ripete|repite|repete)\b[^.?!]{0,40}"
    r"(?:\blived\s+long\s+enough|\blang\s+(?:genug|gnua|gnuag)\s+g'?e?lebt|\bhe\s+vivido\s+(?:lo\s+)?"
    r"suficiente|\bho\s+vissuto\s+abbastanza|\bj'ai\s+assez\s+v[ée]cu|\bj[áa]\s+vivi\s+(?:o\s+)?"
    r"(?:suficiente|demais)|\bvivi[óo]\s+(?:lo\s+)?suficiente|\bviveu\s+(?:o\s+)?(?:suficiente|demais)|"
    r"\bha\s+vissuto\s+(?:abbastanza|troppo)|\ba\s+assez\s+v[ée]cu|\bhat\s+(?:lang\s+)?genug\s+gelebt|"
    r"\bha\s+vivido\s+(?:bastante|suficiente)|\bhad\s+enough\s+years)\b"
    r"(?!,?\s+(?:to|para|pour|per|um)\b)",
    # Someone close who won't be there any more and gave their things away ("ya no va a estar
    # para la competencia … le regaló su cinturón"; not a move).
    r"^(?![\s\S]*\b(?:se\s+muda|d[ée]m[ée]nage|moving|trasferisce|zieht\s+um|se\s+mudou|en\s+el\s+equipo|"
    r"el\s+a[ñn]o\s+que\s+viene|next\s+(?:year|season)|temporada|saison|stagione|porque|nuev[oa]s?)\b)"
    r"(?=[\s\S]*\b(?:ya\s+no\s+va\s+a\s+estar|no\s+va\s+a\s+estar|n[ãa]o\s+vai\s+(?:mais\s+)?estar|non\s+"
    r"ci\s+sar[àa]|ne\s+sera\s+(?:plus\s+)?l[àa]|nicht\s+mehr\s+da\s+sein|won'?t\s+be\s+there)\b)"
    r"(?=[\s\S]*\b(?:regal[óo]\s+(?:su|sus)|regalou\s+(?:o\s+seu|a\s+sua|os\s+seus|as\s+suas|tudo)|deu\s+"
    r"(?:as|os|suas|seus|tudo)|ha\s+regalato\s+(?:il\s+suo|la\s+sua|i\s+suoi|le\s+sue|tutto)|a\s+(?:tout\s+)?"
    r"donn[ée]\s+(?:son|sa|ses|tout)|verschenkt|gave\s+away|given\s+away)\b)",
]

P_THIRD = compile_all(THIRD)

# Signs that someone else's risk is acute: things given away, a goodbye, pills taken, not
# answering, a plan, a time (es/pt/it/fr/de too).
THIRD_ACUTE = re.compile(
    r"\b(?:gave|giving|given)\s+(?:me\s+)?(?:away|(?:his|her|their)\s+\w+)|goodbye|bye\s+everyone|"
    r"regal(?:ato|ó|ou)|deu-me|m'a\s+donné|verschenkt|adiós|addio|adeus|adieu|abschied\w*|"
    r"(?:not|isn'?t|hasn'?t\s+been|stopped)\s+answering|no\s+(?:contesta|responde)|non\s+risponde|"
    r"não\s+(?:atende|responde)|ne\s+répond\s+(?:pas|plus)|répond\s+(?:pu|plus)|no\s+atiende|"
    r"pistolet|fusil|waffe|pistole|strick|veneno|veleno|arma|soga|corde|geht\s+nicht\s+(?:ran|ans)|"
    r"took\s+(?:all|a\s+bunch|a\s+handful)|se\s+tom[oó]|tomou|ha\s+preso|a\s+pris|genommen|"
    r"ya\s+sé\s+cómo|no\s+me\s+busques|(?:acabar\s+com|en\s+finir|farla\s+finita)[^.?!]{0,20}\b(?:hoje|"
    r"aujourd'hui|oggi|stasera)|n'en\s+aura\s+plus\s+besoin|"
    r"tonight|right\s+now|heute\s+nacht|esta\s+noche|stanotte|ce\s+soir|hoje\s+à\s+noite|stasera|"
    r"esta\s+noite|hoje\s+acaba|hoy\s+acaba|hoy\s+lo\s+hace|va\s+le\s+faire|a\s+avalé|avalou|ha\s+ingoiato|"
    r"se\s+tragó|geschluckt|lettere|cartas\s+de\s+despedida|lettres\s+d'adieu|"
    r"abschiedsbrief\w*|si\s+butta|se\s+tira|se\s+jette|springt|springt|plans?\s+to|a\s+plan|un\s+plan|uno?\s+piano|einen\s+plan|gun|pistol|"
    r"bleeding|blutet|sangra|sanguina|saigne|fainted|passed\s+out|collapsed|"
    r"desmay\w*|desmai\w*|svenut\w*|évanoui\w*|ohnmächtig|"
    # a phone switched off after a goodbye, a gun held, a no-show after a lethal question
    r"phone'?s?\s+(?:is\s+)?(?:off|dead)|(?:celular|telefone|teléfono|móvil|cellulare|portable|handy)\s+"
    r"(?:\w+\s+){0,2}?(?:desligado|apagado|spento|éteint|aus)|donne\s+plus\s+de\s+nouvelles|"
    r"\w*gewehr|rifle|shotgun|escopeta|espingarda|fucile|non\s+si\s+è\s+presentat[oa]|"
    r"hoy\s+no\s+(?:vino\s+al?\s+\w+|apareci[óo])|a\s+tout\s+donn[ée]|ne\s+sera\s+plus\s+l[àa]|(?:dangerous|deadly|lethal|pericolos\w*|peligros\w*|perigos\w*|"
    r"dangereu\w*|gefährlich\w*|letal\w*|mortal\w*|tödlich\w*)\s+(?:\w+\s+){0,2}?(?:to\s+mix|da\s+"
    r"mischiare|(?:de|para)\s+mezclar|de\s+misturar|à\s+mélanger|zu\s+mischen)"
)
