"""Suicide, acute tier: at the edge or there to do it — a roof, a bridge, a ledge, the tracks, a
train or a drop, a jump announced from a height, no way back ("won't need the ticket home")."""

from __future__ import annotations

from liftqa.answer.risk_rules.blocks import (
    HEIGHT,
    JUMP,
)

# A jump announced (es/pt/it/fr/de and English).
_JUMP_SAID = (
    r"(?:voy\s+a\s+(?:saltar|tirarme)|vou\s+(?:pular|me\s+jogar|saltar)|je\s+vais\s+sauter|"
    r"mi\s+butto|salto\s+giù|mi\s+lancio|ich\s+(?:werde\s+)?spring\w*|(?:going\s+to|gonna|i'?ll|"
    r"i\s+will)\s+" + JUMP + r")"
)

EDGE = [
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
    # A jump announced from a height ("voy a saltar" on the roof; es/pt/it/fr/de and English).
    r"\b"
    + _JUMP_SAID
    + r"\b[\s\S]{0,120}\b"
    + HEIGHT
    + r"\b|\b"
    + HEIGHT
    + r"\b[\s\S]{0,120}\b"
    + _JUMP_SAID
    + r"\b",
    # A jump announced from a height, in dialect or with the pronoun after the verb ("amanhã
    # atiro-me da ponte", "morgen spring i von da bruckn", "je vais me jeter par la fenêtre";
    # not "me tiro al suelo y hago el puente de glúteos").
    r"\b(?:atiro-me|me\s+atiro|me\s+tiro|me\s+butto|mi\s+butto|spring\s+i|springe?\s+ich|je\s+me\s+jette|"
    r"me\s+jeter|me\s+jogo|jogo-me|mi\s+lancio)\s+(?:\w+\s+){0,2}?(?:de|del|desde|da|do|dal|dalla|dallo|"
    r"giù\s+dal|'a\s+coppa|von|vom|du|de\s+la|par|aus|from|off)\s+(?:[\w']+\s+){0,3}?(?:ponte|puente|pont|"
    r"brücke|bruck\w*|brugg\w*|tetto|techo|telhado|toit|dach|edificio|prédio|palazzo|fenêtre|fenster|"
    r"ventana|finestra|janela|azotea|balcón|balcone|varanda|balcon|balkon)\b",
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
    # Going onto the tracks ("stasera vado sui binari", "heute Nacht gehe ich auf die Gleise"),
    # throwing oneself under a train (said of oneself or reported: "elle allait se jeter sous un
    # train ce soir").
    r"\b(?:vado|voy|vou|je\s+vais|ich\s+gehe|gehe\s+ich|i'?m\s+going|going|gonna|i'?ll\s+go)\s+"
    r"(?:\w+\s+){0,2}?"
    r"(?:sui\s+binari|a\s+las\s+v[íi]as|(?:a|pa)\s+la\s+v[íi]a|aos\s+trilhos|pros\s+trilhos|sur\s+les\s+"
    r"voies|sur\s+les\s+rails|auf\s+die\s+gleise|(?:on|onto)\s+the\s+(?:tracks|railway|line))\b",
    r"\b(?:se\s+jeter|me\s+jeter|tirarse|tirarme|jogar-?se|me\s+jogar|buttarsi|buttarmi|sich|mich)\s+"
    r"(?:sous|debajo\s+de|bajo|delante\s+de|embaixo\s+d[eo]|na\s+frente\s+d[eo]|sotto|davanti\s+a|vor)\s+"
    r"(?:un|el|le|um|o|il|un|einen|den|the|a)\s+(?:train|tren|trem|treno|zug|camion|cami[óo]n|"
    r"caminh[ãa]o|tir|lkw|bus|autob[úu]s|[ôo]nibus)\b|\b(?:throw(?:ing)?|jump(?:ing)?)\s+(?:my|him|her|"
    r"them)sel(?:f|ves)\s+(?:under|in\s+front\s+of)\s+(?:a|the)\s+(?:train|truck|lorry|bus)\b",
    # A survival question asked from a height ("sono sul cornicione, dal settimo piano si muore?";
    # a second review's probes, eighth session).
    r"^(?=[\s\S]*\b(?:piso|parking|viaduto|viaducto|ponte|puente|pont|cornicione|palazzo|toit|immeuble|"
    r"[ée]tages?|floors?|storeys?|roof|bridge|dach|br[üu]cke|stockwerk|andar(?:es)?|azotea|terrazza|"
    r"balc[óo]n|ledge)\b)(?=[\s\S]*\b(?:sobreviv\w*|survi\w*|sopravviv\w*|[üu]berleb\w*|si\s+muore|se\s+"
    r"muere|se\s+morre|morre)\b)(?=[\s\S]*\?)(?=[\s\S]*\b(?:estoy|estou|t[ôo]|sono|je\s+suis|ich\s+bin|"
    r"i'?m|desde\s+aqu[íi]|daqui|da\s+qui|d'ici|von\s+hier|from\s+here)\b)",
]
