"""Suicide, elevated tier: suicide named (killing, hanging oneself, an overdose, a jump, in six
languages), its euphemisms ("lights out for good", "permanent solution"), thoughts of dying
and ways read about, suicidal thoughts owned after a research question."""

from __future__ import annotations

from liftqa.answer.risk_rules.blocks import KILL_SELF_ML, SELF

NAMED = [
    # Suicide named; killing oneself, hanging oneself, ending one's life, jumping off (en,
    # es/pt/it/fr/de).
    r"\bsu+i?c+i?d(?:e|al|ality)\b",
    r"\bkill(?:ing)?\s+" + SELF + r"\b",
    r"\b(?:end|ending)\s+(?:my\s+(?:own\s+)?life|it\s+all)\b|\btak(?:e|ing)\s+my\s+(?:own\s+)?life\b(?!\s+(?:back|into|seriously|in\s+(?:\w+\s+)?hands))",
    r"\bhang(?:ing)?\s+" + SELF + r"\b|\boverdos(?:e|ing)\b",
    r"\b(?:jump|jumping)\s+(?:off|from|in\s+front)\b",
    r"\b(?:suicid(?:arme|arse|io|ar|e|er|armi|ário)|suicídio|selbstmord|suizid\w*)\b",
    r"\b" + KILL_SELF_ML + r"\b",
    r"\b(?:buttarmi|tirarme|jogar-me|me\s+jeter|mich\s+stürzen)\s+(?:dal|del|de|da|du|vom)\b|"
    r"\bsmettere\s+di\s+esistere\b|\bdejar\s+de\s+existir\b|\bparar\s+de\s+existir\b|\bcesser\s+"
    r"d'exister\b|\baufhören\s+zu\s+existieren\b|\bnon\s+ce\s+la\s+faccio\s+più\b",
    # Euphemisms: "permanent solution", "lights out for good", "the long nap", "unalive",
    # "kms", "tap out" (from clinical practice and the training-only sets).
    r"\b(?:lights?\s+(?:off|out)\s+for\s+good|turn(?:ing)?\s+(?:the\s+)?lights\s+off\s+for\s+good|"
    r"check(?:ing)?\s+out\s+for\s+good|tap(?:ping)?\s+out\s+for\s+good|the\s+long\s+nap)\b",
    r"\b(?:permanent\s+solution|end\s+the\s+pain\s+for\s+good|make\s+(?:it|the\s+pain)\s+stop\s+for"
    r"\s+good|want\s+(?:the|this)\s+pain\s+to\s+(?:stop|end)\s+(?:for\s+good|forever)|sleep\s+"
    r"forever|never\s+wake|unalive\w*|kms)\b",
    r"\b(?:might|gonna|going\s+to|want\s+to)\s+(?:just\s+)?tap\s+out\b(?!\s+(?:of|on)\b)|\bswap\s+places"
    r"\s+with\s+(?:anyone|someone)\s+in\s+a\s+coffin\b|\b(?:pricing|planning|plan)\s+(?:out\s+)?(?:my|"
    r"what\s+my)\s+funeral\b|\brun\s+out\s+of\s+reasons\b|\bif\s+i'?m\s+not\s+around\s+(?:anymore|any"
    r"\s+more)\b|\bthe\s+last\s+one\s*(?:🙃|\.|$)|\bi\s+just\s+want\s+it\s+(?:all\s+)?to\s+stop\b",
    # Thoughts of dying and looking into ways: thinking about dying, "how people do it",
    # searching for ways.
    r"\b(?:think|thinking|thought|thoughts)\s+(?:about|of)\s+(?:dying|death|not\s+waking\s+up|ending\s+"
    r"(?:it|my\s+life|things|it\s+all)"
    r"|not\s+being\s+here|killing\s+" + SELF + r")\b",
    r"\bthoughts?\s+of\s+(?:ending\s+things|ending\s+it|dying|not\s+being\s+here)\b[^.?!]{0,60}"
    r"\b(?:every\s+day|daily|all\s+the\s+time|always|constantly|yes|only)\b",
    r"\bhow\s+people\s+do\s+it\b|\breading\s+about\s+(?:ways|how)\s+to\s+die\b",
    # (not "looked up ways to do a muscle up", "… to end my gym contract", "… to go faster",
    # "ways out of my plateau")
    r"\b(?:google|googled|googling|search\w*|look\w*\s+up)\s+(?:for\s+)?ways\b(?!\s+(?:to|of|for)\s+"
    r"(?!die|dying|do\s+it\b(?!\s+(?:properly|right|correctly|better|safely))|end\s+(?:it|my\s+life|"
    r"things|everything|myself)\b|kill|go\s*(?:[.,!?]|$)|not\s+wake|make\s+it\s+(?:quick|painless)|"
    r"disappear))(?!\s+out\s+of\s+(?:a|my|this|the)\s+(?:plateau|rut|slump|funk|contract|lease))|"
    r"\bways\s+to\s+(?:die\b|go\s*(?:[.,!?]|$)|end\s+it\b|not\s+wake\b)",
    # Thoughts of swallowing all one's pills.
    r"\b(?:think|thought|thinking|fantasi[sz]\w*|dream\w*)\s+(?:about|of)\s+(?:\w+\s+){0,2}?(?:swallowing|"
    r"taking|downing|overdosing\s+on)\s+(?:all|every|the\s+whole|a\s+(?:bunch|handful))\b",
    # Ending one's life said with quitting ("end my life and quit").
    r"\bend\s+my\s+life\s+and\s+quit\b",
    # Suicidal thoughts asked about as research, then owned ("y a-t-il des études … ? parce que
    # moi j'en ai tous les jours", "pq eu tenho muito", "perché io ne ho tutti i giorni").
    r"\b(?:idées\s+suicidaires|pensées\s+suicidaires|ideação\s+suicida|ideacao\s+suicida|pensamentos\s+"
    r"suicidas|pensieri\s+suicid\w+|ideazione\s+suicid\w+|pensamientos\s+suicidas|ideas\s+suicidas|"
    r"ideación\s+suicida|suizidgedanken|suizidale\s+gedanken)\b[^.!]{0,80}\b(?:j'en\s+ai|eu\s+tenho|eu\s+"
    r"tive|eu\s+também|io\s+ne\s+ho|ne\s+ho|ce\s+l'ho|yo\s+(?:los|las)\s+tengo|(?:los|las)\s+tengo|yo\s+"
    r"tengo|yo\s+también|também\s+tenho|j'en\s+ai\s+aussi|ich\s+(?:habe?|hab)\s+(?:sie|welche|die)|hab\s+(?:sie|welche)|ich\s+auch)\b"
    r"(?=\s*(?:[.?!,;]|$)|\s+(?:todos|tous|tutti|jeden|casi|quase|quasi|presque|fast|muito|mucho|muchos|molt\w*|beaucoup|aussi|"
    r"também|anche|anch'io|también|auch|oft|a\s+veces|parfois|às\s+vezes|a\s+volte|manchmal|cada|"
    r"chaque|ogni|sempre|siempre|toujours|immer|direto|seit|desde|depuis|da\s+\w+|ultimamente|"
    r"últimamente|dernièrement|ultimamente|in\s+letzter))",
]
