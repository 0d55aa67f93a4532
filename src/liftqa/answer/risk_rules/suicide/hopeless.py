"""Suicide, elevated tier: hopelessness and entrapment — no point or reason to live, can't go
on, no way out, no future seen or planned, tired of living, life not worth living (six
languages)."""

from __future__ import annotations

HOPELESS = [
    # Not renewing one's "lease on life".
    r"\b(?:not\s+renewing|won'?t\s+renew|ending)\s+my\s+lease\s+on\s+life\b",
    # Hopelessness and entrapment: no point or reason to live, not worth living, can't go on,
    # no way out (from clinical practice), no future, tired of living, the only reason I'm still
    # here (es/pt/it/fr/de too).
    r"\bno\s+(?:point|reason)\s+(?:in\s+|to\s+)?(?:living|live|going\s+on|being\s+alive"
    r"|to\s+live|to\s+go\s+on|in\s+life|anymore)\b",
    # "some days i don't see the point of being alive", "can't see any reason to go on" (a
    # new-user test, 2026-11-24: inside a training question it got only the check-in line).
    r"\b(?:don'?t|do\s+not|can'?t|cannot|no\s+longer)\s+see\s+(?:the\s+|any\s+|a\s+)?(?:point|"
    r"reason)\s+(?:of|in|to|for)\s+(?:being\s+alive|being\s+here|living|life|going\s+on|go\s+on|"
    r"existing|waking\s+up|carrying\s+on|it\s+all|any\s+of\s+it|staying\s+alive|anything(?=\s*"
    r"(?:any\s?more|at\s+all|lately|these\s+days|$|[.!?,;])))\b",
    # "nothing matters anymore", "not that much matters anymore" (tconv1: said in passing after
    # a line about sleep, it got an ordinary answer); not the calm of a set ("when i'm lifting
    # nothing matters anymore")
    r"(?:^|(?<=[.!?])\s*)(?![^.!?]*\b(?:under\s+the\s+bar|in\s+the\s+gym|at\s+the\s+gym|gym|gimnasio|"
    r"palestra|salle|lifting|training|deadlift\w*|squat\w*|bench|except|when\s+i|once\s+i|while\s+i|"
    r"cuando\s+estoy|me\s+encanta)\b)[^.!?]*?"
    r"(?<!ing\s)(?<!ing,\s)\b(?:nothing|not\s+(?:that\s+)?much|not\s+a\s+lot)\s+(?:really\s+)?"
    r"(?:matters|seems\s+to\s+matter)\s+(?:to\s+me\s+)?(?:any\s?more|at\s+all\s+any\s?more)\b"
    r"|(?:^|(?<=[.!?])\s*)(?![^.!?]*\b(?:gimnasio|palestra|salle|gym|academia|fitnessstudio|cuando|"
    r"quando|quand|wenn|me\s+encanta|j'adore)\b)[^.!?]*?\b(?:ya\s+nada\s+importa|nada\s+importa\s+ya|nada\s+(?:mais\s+)?importa\s+mais|plus\s+rien\s+"
    r"n'a\s+d'importance|rien\s+n'a\s+plus\s+d'importance|nichts\s+(?:ist|spielt)\s+mehr\s+(?:wichtig|"
    r"eine\s+rolle)|niente\s+ha\s+più\s+(?:importanza|senso)|non\s+importa\s+più\s+niente)\b",
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
    # No point in going on, said of one's own days or mornings; why keep existing.
    r"\b(?:can'?t|cannot|don'?t|do\s+not)\s+(?:really\s+)?see\s+(?:the\s+point\s+(?:of|in)\s+(?:many\s+"
    r"more|more|another|going\s+on|carrying\s+on|living|existing|being\s+here|waking\s+up|any\s+of\s+it)|"
    r"why\s+i'?d?\s+(?:would\s+|should\s+)?(?:keep|go\s+on|carry\s+on|bother))",
    r"\bwhy\s+(?:i'?d|i\s+would|i\s+should|should\s+i|would\s+i|i)\s+(?:keep|bother|go\s+on|carry\s+on|"
    r"continue)\s+(?:existing|living|being\s+alive|waking\s+up|being\s+here)\b",
    # Not being around for what is coming "anyway".
    r"\b(?:won'?t|wont|will\s+not)\s+be\s+(?:around|here|alive)\b[^.?!]{0,40}\banyway\b",
    # Tired of this life, no reason to get up (fr/es/pt/it/de).
    r"\bj'?en\s+peux\s+plus\s+de\s+(?:cette\s+|la\s+|ma\s+)?vie\b|\bpourquoi\s+je\s+continue\b|"
    r"\bno\s+(?:puedo|aguanto)\s+más\s+(?:con\s+)?(?:esta|mi)\s+vida\b|\bpara\s+qu[eé]\s+sigo\b|"
    r"\bnão\s+aguento\s+mais\s+(?:essa|esta|minha)\s+vida\b|\bnon\s+ce\s+la\s+faccio\s+più\s+a\s+vivere\b|"
    r"\bperché\s+continuo\b|\bwozu\s+(?:noch\s+)?weiter(?:machen|leben)\b|\bwarum\s+ich\s+(?:überhaupt\s+)?"
    r"noch\s+(?:aufstehe|lebe|weitermache)\b",
    # No way out; being one too many in this world; giving up on being alive.
    r"\bno\s+hay\s+salida\b|\bestoy\s+de\s+más\s+en\s+este\s+mundo\b|\bnão\s+há\s+saída\b|\bnon\s+c'è\s+"
    r"via\s+d'uscita\b|\bil\s+n'y\s+a\s+pas\s+d'issue\b|\bkein\s+ausweg\b",
    r"\bgive\s+up\s+on\s+(?:[\w,]+\s+){0,3}?(?:being\s+alive|living|life|existing)\b",
    # Said the way people say it in es/pt/it/fr/de (the multilingual probe set, tml).
    # Life not worth living ("non vale la pena vivere", "ya no vale la pena vivir", "la vida no
    # vale la pena", "ça ne vaut plus la peine de vivre", "das Leben lohnt sich nicht mehr").
    r"\b(?:no|não|nao|non|ne)\s+(?:\w+\s+)?(?:vale|vaut)\s+(?:plus\s+|più\s+|mais\s+)?(?:la|a)\s+"
    r"(?:pena|peine)\s+(?:de\s+|di\s+)?(?:vivir|viver|vivere|vivre|seguir\s+viv\w+)\b(?!\s+(?:en|em|"
    r"in|a|à|ad|au|con|com|avec|mit|de|da|di|sin|sem|senza|sans|ohne)\b)|"
    r"\b(?:la\s+vida|vivir|a\s+vida|viver|la\s+vita|vivere|la\s+vie|vivre)\s+(?:ya\s+|já\s+|ne\s+)?(?:no\s+|"
    r"não\s+|nao\s+|non\s+)?(?:vale|vaut)\s+(?:plus\s+|più\s+|mais\s+|pas\s+)?(?:la|a)\s+(?:pena|peine)\b|"
    r"\b(?:das\s+leben|leben)\s+lohnt\s+sich\s+(?:\w+\s+)?nicht\b|\blohnt\s+sich\s+nicht\s+(?:mehr\s+)?"
    r"zu\s+leben\b",
    # No point in living ("ça sert à rien de vivre", "à quoi bon vivre").
    r"\b(?:(?:ça\s+)?(?:ne\s+)?sert\s+à\s+rien\s+de\s+vivre|à\s+quoi\s+bon\s+vivre|no\s+sirve\s+de\s+nada\s+"
    r"vivir|não\s+adianta\s+(?:nada\s+)?viver|non\s+serve\s+a\s+(?:niente|nulla)\s+vivere|(?:es\s+)?hat\s+"
    r"keinen\s+sinn\s+(?:mehr\s+)?zu\s+leben|sinnlos\s+(?:zu\s+)?leben)\b",
    # No future seen ("je me vois même pas là dans deux ans", "I don't see much ahead"; not a move,
    # a new gym or a job one wants to leave).
    r"\b(?:je\s+(?:ne\s+)?me\s+vois\s+(?:même\s+)?pas|j'me\s+vois\s+pas|no\s+me\s+veo|n[ãa]o\s+me\s+vejo|"
    r"non\s+mi\s+vedo|ich\s+sehe\s+mich)\s+(?:\w+\s+)?(?:vivante?|viv[oa]|(?:l[àa]|ici|aqu[íi]|aqui|qui)"
    r"\b(?![^.?!]{0,60}\b(?:mudo|me\s+mudo|d[ée]m[ée]nag\w*|changer|salle|box|palestra|studio|trabajo|"
    r"job|compta|trasferisco|quero\s+abrir|coach|club|gym|lavoro|citt[àa]|ciudad|cidade|ville|stadt|"
    r"interc[âa]mbio|exchange|arbeitgeber|empresa|azienda|entreprise|firma|universi\w*|curso|corso|"
    r"cours|kurs|prossimo\s+anno)\b))(?!\s+(?:sin|sans|without|senza|sem|ohne)\b)|\bdon'?t\s+see\s+(?:much|anything|a\s+"
    r"future|any\s+future)\s+(?:ahead|for\s+me)\b(?!\s+(?:for\s+me\s+)?in\s+(?:this|the|\w+ing))|\bno\s+me\s+veo\s+"
    r"llegando\s+a\b|\bn[ãa]o\s+(?:consigo\s+)?me\s+ver\s+viv[oa]\b(?!\s+(?:sem|sin)\b)|\bvedermi\s+viv[oa]\b|\bich\s+sehe\s+"
    r"mich\s+nicht\s+mehr\s+in\s+(?:\w+\s+)?jahren\b(?![^.?!]{0,30}\b(?:studio|gym|job|firma|verein|"
    r"arbeitgeber|bei\s+\w+))",
    # Life's run its course, enough life had, not imagining being alive next year (a second
    # review's probes).
    r"\blife'?s\s+run\s+its\s+course\b|\bready\s+to\s+be\s+(?:finished|done)\s+with\s+(?:it|life)\b|"
    r"\b(?:he|ya\s+he)\s+tenido\s+bastante\s+vida\b|\bho\s+(?:gi[àa]\s+)?vissuto\s+(?:fin\s+)?troppo\b|"
    r"\bcan'?t\s+imagine\s+(?:still\s+)?(?:being\s+)?(?:around|alive|here)\s+(?:at|by|in|next)\b|"
    r"\bnicht\s+vorstellen,?\s+(?:\w+\s+){0,3}?noch\s+am\s+leben\s+zu\s+sein\b",
    # Lived long enough, said of oneself ("I've lived long enough", "j'ai assez vécu"; not
    # "long enough to know", not having lived in a city).
    r"\b(?:i'?ve|i\s+have)\s+lived\s+(?:long\s+)?enough\b(?=\s*(?:[.,;!?]|$|and\b|but\b|now\b|i\s+think|"
    r"honestly|already))|\b(?:he\s+vivido\s+"
    r"(?:lo\s+)?suficiente|ya\s+viv[íi]\s+(?:lo\s+)?suficiente|ho\s+vissuto\s+abbastanza|j'ai\s+assez\s+"
    r"v[ée]cu|j[áa]\s+vivi\s+(?:o\s+)?(?:suficiente|demais)|hab\w*\s+(?:lang\s+)?(?:genug|gnua)\s+"
    r"g'?e?lebt)\b(?=\s*(?:[.,;!?]|$|y\b|e\b|et\b|und\b|ya\b|j[áa]\b|gi[àa]\b|pero\b|mais\b|ma\b|aber\b))"
    r"(?!,?\s+(?:para|pour|per|um|en|em|a|in|to)\b)",
]
