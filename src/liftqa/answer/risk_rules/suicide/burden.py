"""Suicide, elevated tier: being a burden — "better off without me", "nobody would miss me",
"would anyone notice if I was gone" (six languages)."""

from __future__ import annotations

BURDEN = [
    # Burden and "better off without me": "I'm a burden", "nobody would miss me", "they'd be
    # happier", the family would get the insurance (es/pt/it/fr/de too).
    r"\bnot\s+be\s+(?:anyone|everyone|any\s*one)'?s\s+(?:problem|burden)\b|\bfinally\s+(?:be\s+)?free\b",
    r"\bbetter\s+off\s+(?:dead|without\s+me|if\s+i\s+(?:was|were)n'?t|with\s+me\s+gone)\b",
    r"\b(?:be|been|am|are)\s+better\s+off\s+without\s+me\b",
    r"\b(?:lighter|better|happier|easier|simpler|calmer)\s+(?:off\s+)?(?:without\s+me|if\s+i\s+"
    r"(?:was|were)\s+(?:gone|dead)|if\s+i\s+(?:wasn'?t|weren'?t|was\s+not|were\s+not)\s+(?:here|"
    r"around)(?!\s+(?:on|for|at|during|this|next|when|while|until|till|in|the|my|all)\b))\b|\b(?:cope|manage|do)\s+better\s+if\s+i\s+(?:wasn'?t|weren'?t|was\s+not|were\s+not)"
    r"\b",
    # the same with words between: "how much simpler things would be for my wife and kids if i
    # wasnt around" (tconv3; not "if I wasn't around on fridays" or "around the house")
    r"\b(?:lighter|better|happier|easier|simpler|calmer)\b[^.?!]{0,50}?\bif\s+i\s+(?:just\s+)?"
    r"(?:wasn'?t|wasnt|weren'?t|werent|was\s+not|were\s+not)\s+(?:here|around|alive)\b(?!\s+(?:on|for|"
    r"at|during|this|next|when|while|until|till|in|as\s+much|the|my|all)\b)",
    # one's life insurance worth more than oneself ("the policy on me is worth more than the farm
    # … they would come out ahead", "worth more dead")
    r"\bworth\s+more\s+dead\b|\b(?:insurance|policy|payout)\s+on\s+(?:me|my\s+life)\b[\s\S]{0,120}"
    r"\b(?:come\s+out\s+ahead|better\s+off|worth\s+more)\b",
    r"\b(?:they|everyone|everybody|people|my\s+family)\s+would\s+be\s+(?:happier|better|fine|"
    r"relieved)\s+(?:off\s+)?(?:if\s+i\s+(?:was|were)\s+gone|without\s+me)",
    r"\beveryone'?s\s+better\s+off\b|\bwould\s+manage\s+(?:fine|better)\s+if\s+i\s+(?:wasn'?t|weren'?t)"
    r"\b|\bshort-term'?s\s+all\s+i'?ve\s+got\b|\bwon'?t\s+need\s+the\s+\d+\s+week\b",
    r"\b(?:i'm|i am|feel\s+like)\s+(?:just\s+)?a\s+burden\b|\beveryone'?s?\s+burden\b",
    r"\bburden\s+(?:to|on)\s+(?:everyone|my\s+family|everybody|all\s+of\s+them)\b|\ball(?:en)?\s+nur"
    r"\s+eine\s+last\b",
    r"\b(?:nobody|no\s*one|no-one)\s+would\s+(?:even\s+|really\s+|ever\s+|actually\s+)?(?:notice|care|"
    r"miss\s+me|come\s+to\s+my\s+funeral)\b|(?<!gym\s)(?<!code\s)(?<!rack\s)(?<!offer\s)(?<!deal\s)(?<!sale\s)(?<!place\s)(?<!shop\s)"
    r"(?<!knees\s)(?<!knee\s)(?<!back\s)(?<!joints\s)(?<!shoulders\s)(?<!body\s)(?<!car\s)"
    r"(?<!it\s)(?<!this\s)(?<!that\s)\bwon'?t\s+be\s+(?:around|here)\s+(?:much\s+longer|for\s+long)\b"
    # (not at a gym, a job or a town one is leaving)
    r"(?![^.?!]{0,40}\b(?:(?:at|in)\s+(?:this|the)\s+(?:gym|club|job|school|company|town|city)|moving|"
    r"relocat\w*|cancer|terminal|hospice|palliative|dementia))",
    r"\b(?:nobody|no\s+one|no-one)\s+(?:is\s+going\s+to|will|would)\s+miss\s+(?:me|it)\b|\bgoing\s+to"
    r"\s+make\s+it\s+much\s+longer\b|\bjust\s+waiting\s+(?:for\s+it\s+to\s+(?:end|be\s+over)|to\s+"
    r"(?:die|go|not\s+be\s+here))|\bi'?m\s+(?:honestly\s+)?just\s+waiting\b[.!]?$",
    r"\b(?:won'?t|will\s+not|wouldn'?t)\s+have\s+to\s+worry\s+about\s+me\b|\beveryone\s+(?:will|would)"
    r"\s+move\s+on\b|\bsoon\s+(?:it\s+)?(?:won'?t|will\s+not)\s+matter\b|\bnot\s+(?:going\s+to|gonna)\s+"
    r"be\s+(?:around|here)\s+(?:for|to\s+see|much)\b"
    # (not away at a wedding, on holiday, working or injured)
    r"(?![\s\S]{0,80}\b(?:wedding|holiday|vacation|trip|conference|surgery|moving|travel\w*|company|"
    r"work|job|sending\s+me|business|posted\s+to|deploy\w*|"
    r"i'?ll\s+be\s+(?:at|in|away|abroad|working))\b)",
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
    # Would anyone notice if I was gone (es/it/fr/de/pt too); better without me (de/fr/es/it/pt).
    r"\b(?:notice|care|miss\s+me)\b[^.?!]{0,20}\bif\s+i\s+(?:wasn'?t|weren'?t|was\s+gone|disappeared|"
    r"died|didn'?t\s+exist|was\s+not)\b|\bif\s+i\s+(?:wasn'?t|weren'?t)\s+in\s+it\b",
    r"\b(?:se\s+daría\s+cuenta|notaría|echaría\s+de\s+menos)\b[^.?!]{0,30}\bsi\s+(?:desapareciera|me\s+"
    r"muriera|no\s+estuviera)\b|\bse\s+non\s+ci\s+fossi\s+più\b|\bsi\s+je\s+n'étais\s+plus\s+là\b|\bwenn\s+"
    r"ich\s+(?:nicht\s+mehr\s+da\s+wäre|weg\s+wäre)\b|\bse\s+eu\s+(?:sumisse|não\s+estivesse\s+aqui)\b",
    r"\bohne\s+mich\s+(?:besser|leichter)\b|\bmieux\s+sans\s+moi\b|\bmejor\s+sin\s+mí\b|\bmeglio\s+senza\s+"
    r"di\s+me\b|\bmelhor\s+sem\s+mim\b",
    # Nobody would notice or care if I died or vanished, either order ("si je crevais demain
    # personne le remarquerait", "si me muero mañana, a nadie le importaría", "wenn ich morgen
    # sterbe, merkt es keiner", "personne ne remarquerait si je mourais").
    r"\b(?:si\s+(?:\w+\s+)?je\s+(?:crevais|mourais|disparaissais)|si\s+(?:yo\s+)?(?:me\s+muriera|me\s+muero|muriera|"
    r"desapareciera|desaparezco)|se\s+eu\s+(?:morresse|sumisse|desaparecesse|morrer|sumir)|se\s+(?:\w+\s+)?"
    r"(?:morissi|sparissi|morissi)|wenn\s+ich\s+(?:\w+\s+)?(?:sterbe|sterben\s+würde|tot\s+wäre|weg\s+wäre|"
    r"verschwinde|verschwinden\s+würde)|ich\s+(?:könnt|könnte)\s+(?:\w+\s+)?verschwinden|(?:könnt|"
    r"könnte)\s+ich\s+(?:\w+\s+)?verschwinden)\b[^.?!]{0,60}\b(?:"
    r"personne|nadie|ninguém|ninguem|nessuno|niemand\w*|keine[mr]?)\b|\b(?:personne|nadie|ninguém|"
    r"nessuno|niemand|keiner)\b[^.?!]{0,40}\b(?:si\s+je\s+(?:mourais|disparaissais|crevais)|si\s+me\s+"
    r"(?:muriera|muero)|se\s+eu\s+(?:morresse|sumisse)|se\s+(?:morissi|sparissi)|wenn\s+ich\s+(?:\w+\s+)?"
    r"(?:sterbe|tot\s+wäre|weg\s+wäre))\b",
    # Everyone better off without me ("sarebbe meglio per tutti se nn ci fossi", "estarían todos
    # mejor si me muriera"; not "… si no estuviera tan lleno el gimnasio").
    r"\b(?:meglio\s+per\s+tutti|mejor\s+para\s+todos|melhor\s+(?:para|pra)\s+todo\s+(?:mundo|o\s+mundo)|"
    r"mieux\s+pour\s+tout\s+le\s+monde|besser\s+für\s+alle|(?:estarían|estariam|starebbero|seraient|"
    r"wären)\s+(?:todos|tutti|tous|alle)\s+(?:mejor|melhor|meglio|mieux|besser))\b[^.?!]{0,30}\b(?:se\s+"
    r"(?:nn|non)\s+ci\s+fossi|se\s+non\s+esistessi|se\s+(?:morissi|sparissi)|si\s+no\s+(?:estuviera|"
    r"existiera)|si\s+me\s+muriera|se\s+eu\s+(?:não\s+estivesse|não\s+existisse|morresse|sumisse)|si\s+"
    r"(?:je\s+n'étais|j'étais)\s+(?:pas|plus)\s+là|si\s+je\s+(?:mourais|disparaissais)|wenn\s+ich\s+"
    r"(?:\w+\s+)?nicht\s+(?:mehr\s+)?(?:da|hier)\s+wäre|wenn\s+ich\s+(?:weg|tot)\s+wäre|wenn\s+es\s+mich\s+"
    r"nicht\s+(?:mehr\s+)?gäbe)\b(?!\s+(?:tan|tão|così|si|so|el|la|lo|il|le|der|die|das|aqui|aquí|qui|ici|hier)\b)",
    # Written from the misses of a blind training set (tg, eighth session), narrowed after a
    # review's probes.
    # Nobody would miss me, a burden to everyone (es/pt/fr/it/de): "siento que sobro en todas
    # partes y que nadie me echaría de menos", "sinto que sou um peso pra todo mundo" (not a
    # team one would leave, a relay of five).
    r"\bnadie\s+me\s+(?:echar[íi]a|va\s+a\s+echar|echar[áa])\s+de\s+menos\b(?![^.?!]{0,30}\b(?:en\s+el\s+"
    r"(?:equipo|club|gimnasio)|clase|si\s+(?:me\s+(?:cambio|voy\s+(?:a|al|del?)\s+\w+)|falto)))|\bnadie\s+me\s+"
    r"extra[ñn]ar[íi]a\b|\bningu[ée]m\s+(?:ia|iria|vai|sentiria|sentir[áa])\s+sentir\s+(?:a\s+)?minha\s+"
    r"falta\b|\bningu[ée]m\s+(?:sentiria|sentir[áa])\s+(?:a\s+)?minha\s+falta\b|\bje\s+ne\s+manquerais\s+"
    r"[àa]\s+personne\b|\bpersonne\s+ne\s+me\s+regretterait\b(?!\s+\w)|\bnessuno\s+sentirebbe\s+la\s+mia\s+"
    r"mancanza\b|\ba\s+nessuno\s+mancherei\b|\bniemand\s+w[üu]rde\s+mich\s+vermissen\b|\bmich\s+w[üu]rde\s+"
    r"(?:niemand|keiner)\s+vermissen\b|\b(?:sou|soy|sono|je\s+suis|ich\s+bin)\s+(?:s[óo]\s+|solo\s+|juste\s+|"
    r"nur\s+)?(?:um|una?|un|une|eine?)\s+(?:peso|carga|fardo|fardeau|poids|fardello|last|belastung)\s+"
    r"(?:pra|para|per|pour|f[üu]r)\s+(?:a\s+|la\s+)?(?:todo\s+(?:o\s+)?mundo|todos|tutti|tout\s+le\s+monde|"
    r"alle|mi\s+familia|minha\s+fam[íi]lia|ma\s+famille|la\s+mia\s+famiglia|meine\s+familie)\b"
    r"(?![^.?!]{0,40}\b(?:barco|remo|relais|relay|seilschaft|equipo|time|team|squadra|[ée]quipe|"
    r"mannschaft|clase|class|lent[oa]|lente|slow|langsam|klettere)\b)|\bme\s+"
    r"siento\s+una\s+carga\b|\b(?:siento|sinto)\s+que\s+sobro\s+(?:en\s+todas\s+partes|em\s+todo\s+lugar|"
    r"en\s+este\s+mundo|neste\s+mundo|no\s+mundo|en\s+casa|em\s+casa|en\s+la\s+vida|na\s+vida)\b",
]
