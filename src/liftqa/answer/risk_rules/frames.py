"""Frames that change a reading: risk as a topic, a research or writing question, someone
else's medicine, a resolved history, gym slang."""

from __future__ import annotations

import re

from liftqa.answer.risk_rules.blocks import OTHER, PAST_YEAR, accent_free

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
# A research, study or writing frame (essays, novels, statistics); accents optional.
RESEARCH = re.compile(
    accent_free(
        r"\b(?:research|studies|study|evidence|statistics|(?<!at\sthis\s)rates?|risk\s+factors?|does\s+exercise|"
        r"can\s+exercise|can\s+lifting|how\s+does|is\s+there|prevalence|literature|meta-analys\w*|"
        r"protective|neurochemical|risk|lower|reduce|documented|guidance|policy|data|veterans|"
        r"for\s+my\s+(?:essay|class|thesis|course)|effective\s+for|warning\s+signs|relationship\s+"
        r"between|why\s+do\s+people|studied|psychology\s+class|understand\s+it|how\s+common|"
        r"dissertation|assignment|homework|paper|studien|estudios|études|studi|estudos|"
        r"writing\s+a\s+(?:short\s+)?(?:story|novel|screenplay|script)|in\s+my\s+(?:novel|story|book|"
        r"screenplay)|main\s+character|clinically|difference\s+between|journalist|reporting\s+on|safe\s+"
        r"messaging|proportion|percentage|classif\w*|criteria|textbook|osfed|dsm|trabajo\s+de\s+(?:máster|fin\s+de\s+"
        r"grado)|tesis|tesina|mémoire|thèse|tesi|dissertação|masterarbeit|hausarbeit|prévention|prevención|"
        r"prevenzione|prevenção|prävention|recommandations|moderat\w+|campaign|campagne|exposé|"
        r"relação\s+entre|relación\s+entre|relation\s+entre|relazione\s+tra|zusammenhang\s+zwischen|risco\s+de|"
        r"riesgo\s+de|risque\s+de|rischio\s+di|suizidrisiko|monografia|tcc|\w+prävention|metaanaly\w*|méta-?analys\w*|meta-?análisis|metanálise\w*|meta-?analisi|"
        r"revisión\s+sistemática|revisão\s+sistemática|"
        r"facteurs\s+de\s+risque|factores\s+de\s+riesgo|fattori\s+di\s+rischio|fatores\s+de\s+risco|"
        r"risikofaktoren|investigaci[oó]n|investigaciones|forschung|ricerca|ricerche|pesquisas?|"
        r"estadísticas|statistiques|statistiken|statistiche|estatísticas|"
        # questions about the topic in general, in six languages: myths, signs, the difference
        # between two things, whether asking makes it more likely
        r"myths?|mitos|mythes|mythen|miti|diferencia\s+entre|"
        r"différence\s+entre|unterschied\s+zwischen|differenza\s+tra|diferença\s+entre|señales\s+de|"
        r"signes\s+d|sinais\s+de|segnali\s+di|anzeichen|warnzeichen|en\s+général|en\s+general|"
        r"em\s+geral|in\s+generale|im\s+allgemeinen|in\s+general|"
        # how professionals screen for or respond to it ("how do clinicians screen for self-harm
        # in adolescent athletes?"), a guideline or protocol being written
        r"how\s+(?:do|should|can)\s+(?:clinicians|doctors|coaches|trainers|therapists|teachers|schools|"
        r"clubs|gyms|staff|nurses|gps|professionals)\s+(?:screen|assess|ask|identify|spot|detect|"
        r"respond|handle|support|refer)|(?:writ\w+|draft\w*|develop\w*|prepar\w*|design\w*)\s+(?:a|an|"
        r"our|the)\s+(?:\w+\s+)?(?:guidelines?|protocol|policy)|writing\s+(?:about|on)|(?:an\s+)?"
        r"interventions?\s+for)\b"
    )
)
# A resolved history: years ago, recovered, in remission, clean for months; accents optional.
HISTORY = re.compile(
    accent_free(
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
        r"it\s+in\s+therapy|(?:\w+\s+)?years?\s+back|(?:all\s+)?resolved|long\s+(?:gone|past|behind\s+me)|got\s+"
        r"help|well\s+supported|hace\s+(?:muchos\s+)?años|il\s+y\s+a\s+(?:des|quelques)\s+années|vor\s+(?:vielen\s+)?"
        r"jahren|anni\s+fa|há\s+(?:muitos\s+)?anos|(?:hoy|ahora)\s+estoy\s+bien|c'est\s+fini\s+depuis|anos\s+atrás|\w+\s+years?\s+(?:today\s+)?since\s+i\b|that'?s\s+(?:all\s+)?over\s+now\b[^.?!]{0,40}\b(?:help|"
        r"therapy|treatment|support)|(?:closed|finished|completed|ended)\s+(?:my\s+)?(?:treatment|therapy)|"
        r"da\s+(?:ragazzin[ao]|adolescente|piccol[ao])|"
        r"quando\s+ero\s+(?:piccol[ao]|ragazz[ao]|giovane)|ora\s+ho\s+\d+\s+anni|de\s+adolescente|cuando\s+era\s+"
        r"(?:niñ[ao]|joven|adolescente)|ahora\s+tengo\s+\d+\s+años|na\s+adolescência|quando\s+era\s+"
        r"(?:adolescente|mais\s+nov[ao])|hoje\s+tenho\s+\d+\s+anos|quand\s+j'étais\s+(?:ado|jeune|petite?)|"
        r"à\s+l'adolescence|maintenant\s+j'ai\s+\d+\s+ans|als\s+(?:teenager|jugendliche[r]?)|in\s+meiner\s+"
        r"jugend|jetzt\s+bin\s+ich\s+\d+|parei\s+(?:faz|há)\s+(?:muito\s+)?tempo|"
        r"dejé\s+de\s+hacerlo\s+hace|ho\s+smesso\s+da\s+(?:anni|tempo)|j'ai\s+arrêté\s+depuis|"
        r"vor\s+jahren\s+aufgehört|"
        r"(?:ya|já)\s+(?:lo\s+)?(?:superé|superei)|è\s+finita\s+da|seit\s+jahren\s+vorbei|in\s+"
        + PAST_YEAR
        + r")\b"
    )
)
# Gym slang and jokes removed before reading: "kill this set", "cutting phase", "deadlifts",
# "suicide sprints", "I want to die lol".
SLANG_SAFE = re.compile(
    # someone or something else "will kill me" (a coach, a programme: "ce coach va me tuer avec
    # ses burpees", "der Trainer will mich umbringen mit seinen Supersätzen"), a drill that is
    # "a suicide", a gym "to die for" (es/pt/it/fr/de)
    r"\b(?:coach|trainer|trainerin|entraîneur|entrenador|entrenadora|treinador|treinadora|"
    r"allenatore|allenatrice|prof|programm|programme|programa|programma|training|séance|sesión|"
    r"sessão|burpees|cardio|workout|entreno|treino|allenamento)\s+(?:\w+\s+)?(?:va|vont|veut|will|"
    r"wird|me\s+va\s+a|vai|vuole|me\s+quiere|me\s+vai|mi\s+vuole)\s+(?:me\s+|mich\s+|mi\s+)?"
    r"(?:tuer|umbringen|matar|ammazzare|uccidere)\b|\b(?:burpees|sprints?|fractionnés|intervalles|"
    r"series|séries|serie|sätze|sentadillas|agachamentos|squats?|circuitos?|circuits?|drills?|hiit|"
    r"tabatas?|entreno|treino|workout|training|allenamento|séance|wods?|piernas|pernas|gambe|jambes|"
    r"beine|leg\s+day|cardio)\s+(?:\w+\s+)?(?:son|es|sont|est|sind|ist|são|é|sono|è)\s+(?:un|une|ein|um|"
    r"uno)\s+(?:suicidio|suicide|selbstmord|suicídio)\b|\b(?:é|era|est)\s+"
    r"(?:mesmo\s+)?(?:de\s+morrer|à\s+mourir)\b|\bje\s+me\s+tue\s+au\s+boulot\b|"
    r"\b(?:pr|lift|set|attempt|workout|session|leg\s+day|squats?|deadlifts?|bench|burpees?|cardio|"
    r"wod)\b[^.?!]{0,40}\b(?:suicidal|killing\s+me|kill\s+me|kill\s+myself|going\s+to\s+die)\b[^.?!]{0,20}"
    r"(?:😭|😂|🤣|💀|\blol\b|\blmao\b|haha)|\bkill\s+myself\s+if\s+i\s+(?:miss|fail|don'?t\s+hit)\s+(?:this|my|"
    r"the)\s+(?:pr|lift|set|rep|squat|bench|deadlift|total)\b[^.?!]{0,20}(?:😭|😂|🤣|💀|\blol\b|\blmao\b|haha)|"
    r"\b(?:i'?d\s+)?rather\s+die\s+than\s+(?:do|doing|skip|run|go|eat)\b|"
    # A lift, a meet or an early alarm, not a life: "end it... this bulk, I mean", "see you on
    # the other side of the platform", "don't want to wake up at 5am", "want to die (in the fun
    # way)", "vou me matar de treinar" (pt/fr idioms of working oneself hard).
    r"\bend\s+it\W{0,6}(?:(?:i\s+mean|like)\W{0,3})?(?:this|my|the)\s+(?:bulk|cut|diet|program\w*|season|"
    r"block|streak|deload)\b|\b(?:see\s+you\s+on\s+)?the\s+other\s+side\s+of\s+(?:the\s+|this\s+)?"
    r"(?:platform|meet|comp\w*|bar|block|season|deload)\b|\b(?:don'?t|do\s+not)\s+want\s+to\s+wake\s+up"
    r"\s+(?:at\s+\d|early|before|for\s+(?:the\s+)?(?:gym|training|work))|\bwant\s+to\s+die\s*\(?\s*in\s+"
    r"(?:a|the)\s+(?:fun|good)\s+way\b|\bme\s+mat(?:ar|o|ando)\s+de\s+(?:treinar|treino|trabalhar|"
    r"trabalho|estudar|rir)\b|\bje\s+me\s+tue\s+à\s+(?:l'entraînement|m'entraîner|la\s+salle)\b|"
    r"\b(?:me\s+muero|quiero\s+morir\w*|want\s+to\s+die|wanna\s+die|voglio\s+morire|je\s+veux\s+mourir|"
    r"quero\s+morrer|ich\s+will\s+sterben)\s+(?:en|con|in|on|at|with|a|à|em|bei)\s+(?:cada|este|esta|every|"
    r"each|this|ogni|questo|chaque|ce|cette|cada|jede[mnr]?)\s+(?:sentadilla|serie|rep\w*|set|squat|"
    r"leg\s+day|workout|entreno|squat|série|agachamento|treino|satz|kniebeuge|burpee)\w*(?=[^.?!]{0,30}"
    r"(?:😭|😂|🤣|💀|\blol\b|\blmao\b|haha|jaja\w*|jeje|kkk+|mdr|ahah\w*))|(?:😭|😂|🤣|💀|\blol\b|\blmao\b|"
    r"haha|jaja\w*|jeje|kkk+|mdr|ahah\w*)[^.?!]{0,20}\b(?:quiero\s+morir\w*|me\s+quiero\s+morir|quero\s+"
    r"morrer|voglio\s+morire|je\s+veux\s+mourir|ich\s+will\s+sterben)\s+(?:en|con|em|a|à|bei)\s+(?:cada|"
    r"ogni|chaque|jede[mnr]?)\s+\w+|"
    r"(?:want\s+to\s+die|wanna\s+die|quiero\s+morir\w*|me\s+quiero\s+morir|kill\s+me)\b[^.?!]{0,50}"
    r"(?:😭|😂|🤣|💀|\blol\b|\blmao\b|haha|of\s+embarrassment|de\s+(?:la\s+)?verg[uü]enza)|\bif\s+i\s+"
    r"die\s+(?:on|during|under)\s+(?:the\s+)?\w+[^.?!]{0,60}(?:😂|🤣|💀|\blol\b|\blmao\b|haha)|"
    r"\boverdosed\s+on\s+(?:pre[-\s]?workout|caffeine|coffee|carbs|sugar|cardio)\b|\bsuicide\s+(?:grip|sprints?|squats?|runs?|drills?|shuttles?|sets?|push-?ups?|burpees?)\b|\bcrushed\s+me\s+on\b|"
    r"\b(?:killer|killing\s+it|killed\s+it|kill\s+(?:the|this|that|my)\s+(?:workout|set|session|"
    r"lights|music|pump|leg\s+day|gains)|dead\s*(?:lift|hang|bug)s?|cutting\s+(?:phase|season|"
    r"cycle|diet|weight|for|and\s+bulking)|(?:on|in)\s+a\s+cut|cut\s+(?:the\s+sleeves|down\s+on|back"
    r"\s+on)|leg\s+day\s+killed|dying\s+(?:to|for|of\s+laughter)|to\s+failure|take\s+it\s+all\s+"
    r"(?:in|the\s+way|back)|rather\s+die\s+than\s+skip|mi\s+(?:voglio\s+|vado\s+ad?\s+)?ammazz(?:o|are)\s+"
    r"(?:di\s+(?:lavoro|fatica|allenamento|palestra)|in\s+palestra)|me\s+(?:quiero\s+|tengo\s+que\s+|"
    r"voy\s+a\s+)?mat(?:o|ar)\s+(?:trabajando|a\s+trabajar|entrenando|en\s+el\s+gym)|je\s+me\s+tue\s+(?:au\s+travail|à\s+la\s+tâche)|morrer\s+de\s+rir|morir\s+de\s+risa|"
    r"morire\s+dal(?:le)?\s+ris\w+|mourir\s+de\s+rire|totlachen|i'?m\s+dead\b[^.?!]{0,5}(?:😭|😂|lol|lmao))"
)

# --- whose risk is it ------------------------------------------------------------------------
# Someone other than the writer, named in any of the six languages ("my roommate", "a guy at
# my gym", "one of the girls", "minha amiga", "mi hermana", "mio padre", "meine
# Mitbewohnerin", "mon petit frère", "someone in our group chat").
OTHER_PERSON = re.compile(
    rf"\b{OTHER}\b|\b(?:someone|somebody|one\s+of\s+(?:the|my|our)\s+\w+|a\s+(?:guy|girl|kid|lad|"
    r"boy|woman|man|patient|client|student|member|friend|colleague)|(?:guy|girl|kid|lad|woman|man"
    r")\s+(?:at|in|from)\s+(?:my|our|the)\s+\w+)\b|"
    r"\b(?:mi|mis|nuestr[oa]|un|una)\s+(?:\w+\s+)?(?:amig[oa]s?|herman[oa]s?|hij[oa]s?|padre|madre|"
    r"papá|mamá|novi[oa]|espos[oa]|marido|mujer|compañer[oa]s?|prim[oa]|pareja|paciente|cliente|"
    r"alumn[oa])\b|"
    r"\b(?:meu|minha|meus|minhas|nosso|nossa|um|uma)\s+(?:\w+\s+)?(?:amig[oa]s?|irmão|irmã|filh[oa]|pai|mãe|"
    r"namorad[oa]|marido|esposa|mulher|colega|prim[oa]|paciente|cliente|alun[oa])\b|"
    r"\b(?:mio|mia|miei|mie|nostro|nostra|un|una)\s+(?:\w+\s+)?(?:amic[oa]|amici|fratello|sorella|figli[oa]|padre|"
    r"madre|papà|mamma|ragazz[oa]|marito|moglie|compagn[oa]|collega|cugin[oa]|paziente|cliente)\b|"
    r"\b(?:mon|ma|mes|notre|nos|un|une)\s+(?:\w+\s+)?(?:ami|amie|amis|copain|copine|frère|sœur|soeur|fils|"
    r"fille|père|mère|mari|femme|collègue|cousin|cousine|patient|patiente|client|cliente|coloc\w*)\b|"
    r"\b(?:mein|meine|meinen|meinem|meiner|unser|unsere|unseren|unserem|unserer|ein|eine)\s+(?:\w+\s+)?"
    r"(?:freund|freundin|bruder|schwester|sohn|tochter|vater|mutter|mann|frau|kollegin|kollege|cousine?|"
    r"patientin|patient|mitbewohner|mitbewohnerin|partnerin|partner|kind)\b(?:\s+von\s+mir\b)?|\bkumpel\b|\b(?:lads?|guys?)\s+in\s+my\s+\w+(?:\s+\d+)?\s+class\b|"
    # named by a pronoun as the one who told the writer ("she texted me 'i can't do this
    # anymore'", "he told me he's going to end it tonight"): only the pronoun is the person
    r"\b(?:he|she)(?=\s+(?:just\s+|literally\s+|then\s+|also\s+|finally\s+)?(?:told|texted|messaged|"
    r"wrote|sent|dm'?d|snapped)\s+(?:me|us)\b)|"
    # or as the one whose words the writer quotes ("he said 'if I crashed the car nobody would
    # notice'", "he took a handful and said 'i don't care if I wake up'", "he posted '…'")
    r"\b(?:he|she)(?=\s[^.?!'\"“]{0,60}\b(?:said|says|posted|wrote|typed|put)\b[^.?!'\"“]{0,20}['\"“])"
)
# The other person as the one who says or does it: a third-person subject, a report of what
# they said or posted, a third-person reflexive ("se tomó", "hat sich geschnitten", "si è
# tagliata", "s'est coupée").
THIRD_VOICE = re.compile(
    r"\b(?:he|she|they)(?:'s|'re|'d|'ll|\s+'?(?:is|are|was|were|has|have|had|keeps?|kept|says?|said|"
    r"told|tells|wants?|wanted|wishes|wished|plans?|planned|posted|posts|texted|typed|hasn'?t|"
    r"haven'?t|won'?t|doesn'?t|don'?t|can'?t|just|sometimes|never|always|been|might|may|will|"
    r"would|could|thinks?|feels?|talks?|looks?|seems?|gets?|got|goes|went|cries|cried|covers?|took|"
    r"takes|gave|gives|left|leaves|sent|wrote))\b|"
    r"\b(?:told|tells)\s+me\b|\b(?:keeps?|kept)\s+(?:posting|saying|talking|making|texting)\b|"
    rf"\b{OTHER}\s+(?:has|is|was|wants?|keeps?|does|says|said|thinks|feels|won'?t|doesn'?t|hasn'?t|isn'?t|"
    r"barely|only|just|started|stopped)\b|"
    r"\b(?:posted|texted|typed|messaged)\b|"
    r"\b(?:ella|él|ellos|ellas|dice|dijo|me\s+dijo|acaba\s+de\s+decirme|se\s+\w+(?:ó|aba|ía)|\w{2,}ó)\b|"
    r"\b(?:ela|ele|eles|elas|anda\s+\w+ndo|diz|disse|falou|se\s+\w+(?:ou|ava|ia)|"
    r"(?!sou\b|vou\b|estou\b|dou\b)\w{2,}ou)\b|\bha\s+\w+(?:ato|ito|uto)\b|\bse\s+(?:fait|met|coupe|prive)\b|"
    r"\b(?:nimmt|isst|trinkt|ritzt|hungert|kotzt|erbricht)\b|\btold\s+(?:a|his|her|the|their)\s+\w+\b|"
    r"\b(?:lui|lei|dice|ha\s+detto|ripete|continua\s+a\s+dire|si\s+è\s+\w+)\b|"
    r"\b(?:il|elle|ils|elles)\s+(?:\w+\s+)?(?:dit|a|est|veut|ne|n'|se|s')|\bs'est\b|"
    r"\b(?:er|sie)\s+(?:hat|ist|sagt|will|schreibt|meint)\b|\bhat\s+sich\b|\b(?:sagt|schreibt)\b"
)
# What another person said, quoted, after they are named as saying it ("she texted me 'i took
# all my pills'", "my brother said: 'i can't do this'"): their words, not the writer's (not
# "i told her 'i want to die'", where the writer quotes themself).
QUOTED_BY_ANOTHER = re.compile(
    rf"\b(?:he|she|they|{OTHER})\s+(?:just\s+|literally\s+|then\s+|also\s+|finally\s+)?(?:said|says|"
    r"told\s+\w+|texted\s+\w+|messaged\s+\w+|wrote(?:\s+\w+)?|sent\s+\w+|posted)\s*[:,]?\s*"
    r"(?:'(?:[^']|'(?=\w)){0,120}'|\"[^\"]{0,120}\"|“[^”]{0,120}”)"
)
# The writer as the one at risk, in a clause: "I", "me", "my" (not "told me", not "my
# roommate"), in the six languages.
FIRST_VOICE = re.compile(
    r"\b(?:i|i'm|i've|i'd|i'll|im|ive|me|my|myself|mine)\b|\bbetter\s+off\b(?!\s+dead)|\blife\s+"
    r"insurance\b|"
    r"\b(?:yo|me|mi|quiero|estoy|tengo|voy|puedo)\b|\b(?:eu|me|meu|minha|quero|estou|tô|vou|"
    r"posso)\b|\b(?:io|mi|voglio|sono|ho|vado|posso)\b|\b(?:je|j|me|moi|mon|ma|veux|suis|vais)\b|"
    r"\b(?:ich|mich|mir|mein|meine|bin|habe|hab)\b"
)
# What a worried writer says of themself: not their own risk ("I'm scared", "what do I do",
# "tô preocupada", "told me", "I barely know him").
HELPER_WORDS = re.compile(
    # what the other person said, quoted ("texted me 'i can't do this anymore'": an apostrophe
    # inside a word does not close the quote)
    r"\b(?:said|says|saying|told\s+\w+|texted\s+\w+|messaged\s+\w+|wrote(?:\s+\w+)?|sent\s+\w+|"
    r"posted)\s*[:,]?\s*(?:'(?:[^']|'(?=\w)){0,120}'|\"[^\"]{0,120}\"|“[^”]{0,120}”)|\b(?:told|tells|sent|texted|messaged|showed|asked|wrote\s+to|dm'?d)\s+me\b|\b(?:hat\s+mir|hat\s+mich|m'a|mi\s+ha|me\s+(?:mandó|"
    r"envió|mandou|escribió|escreveu|dijo|disse|contó|contou))\b|\bi\s+(?:think|guess|suspect|noticed|"
    r"saw|heard|found|coach|teach|train|run|manage|work\s+with|can\s+hear|caught)\b|\b(?:i'?m|i\s+am|i\s+feel|i\s+was)\s+(?:so\s+|"
    r"really\s+|very\s+)?(?:scared|worried|terrified|freaking\s+out|panicking|lost|confused|not\s+"
    r"sure)\b|\bwhat\s+(?:do|should|can)\s+i\b|\bhow\s+(?:do|should|can)\s+i\b|"
    r"\b(?:do|should|must|can)\s+i\s+(?:have\s+to\s+|need\s+to\s+|just\s+)?(?:tell|call|ring|say|ask|"
    r"raise|bring|talk|speak|text|message|contact|report|leave|wait|stay|go\s+round)\b|\bi\s+(?:don'?t|"
    r"do\s+not)\s+know\s+(?:how|what|where|if|whether)\b|\bi\s+(?:barely|"
    r"don'?t|do\s+not)\s+know\s+(?:him|her|them|what)\b|\bi'?m\s+\d+\s+too\b|\b(?:my|our|at\s+my|in\s+"
    r"my|in\s+our)\s+(?:\w+\s+){0,2}?(?:gym|club|team|class|school|group(?:\s+chat)?|uni|work|office|server)\b|"
    r"\b(?:tô|estou|estoy|sono|je\s+suis|ich\s+bin)\s+(?:preocupad[oa]|preoccupat[oa]|inquiet\w*|"
    r"besorgt)\b|\b(?:je\s+fais\s+quoi|qué\s+hago|que\s+faço|cosa\s+faccio|was\s+soll\s+ich)\b|"
    r"\b(?:llamo|chamo|chiamo|j'appelle|rufe)\b"
)
