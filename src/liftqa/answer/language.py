"""Which language a question is written in, roughly: the articles are in English, so a
question in Spanish, French, German, Portuguese or Italian is told so, and searched for in
the articles' words (`crosslingual`); safety reads those languages itself."""

from __future__ import annotations

import re

# Short function words that are common in each language and rare in the others' questions
# (and the commonest words of a short message about how one feels: "ya no quiero vivir"),
# and never English words ("as", "do", "die", "was", "come", "per" are left out: "is lifting
# as good as therapy" is English).
_WORDS: dict[str, frozenset[str]] = {
    lang: frozenset(words.split())
    for lang, words in {
        "en": "the and is are does do what how can for with my of to it in",
        "es": "el la los las es con por para qué cómo que ayuda mi mis una del pesas quiero estoy "
        "tengo pero muy nada más ya todo puedo vida porque hoy siempre nunca también soy",
        "fr": "le la les est avec pour que quoi comment mon ma mes une des du aide je veux suis "
        "pas plus peux mais très rien tout ça moi vie aujourd toujours jamais aussi ai",
        "de": "der das ist mit für und wie mein meine ein eine bei hilft ich nicht bin habe mehr "
        "kann will aber sehr nichts alles mich mir leben heute immer nie auch",
        "pt": "o os é com para que como meu minha uma da ajuda pesos eu não estou tenho quero mas "
        "muito nada mais já tudo posso vida hoje sempre nunca também sou",
        "it": "il lo gli le è con che mio mia una del della aiuta pesi io non sono ho voglio molto "
        "niente più già tutto posso vita perché oggi sempre mai anche di mi ti ci sto questo cosa",
    }.items()
}
# The library's own topics in each language, and words a short question in it uses, none of
# them English words: a keyword question ("Hilft Krafttraining gegen Angst?") has few
# function words. ("angst" is English too: an English writer's "so much angst" stays English.)
_TOPIC_WORDS: dict[str, frozenset[str]] = {
    lang: frozenset(words.split())
    for lang, words in {
        "es": "ansiedad depresión depresion entrenamiento entrenar ejercicio ejercicios fuerza "
        "ánimo animo estrés sueño ayudar sirve levantar semana",
        "fr": "musculation muscu dépression anxiété anxiete entraînement entrainement humeur "
        "sommeil contre semaine aider âgés ans",
        "de": "gegen krafttraining stimmung übungen schlaf woche gewichte hanteln helfen "
        "eigentlich meinem meiner alle welche welcher welches sollte wird werden sind gibt "
        "bedeutet artikel zitiert bei muskelaufbau hanteltraining",
        "pt": "ansiedade depressão depressao musculação musculacao treino exercícios força "
        "semana ajudar treinar treinando vezes quantas pra tô tá né você ainda",
        "it": "ansia depressione allenamento esercizi forza umore sonno settimana aiutare palestra "
        "quale quali viene articolo articoli quando faccio schiena stacchi pericoloso",
    }.items()
}
_TOKEN = re.compile(r"[^\W\d_]+", re.UNICODE)
# Letters only one of the languages writes (a word with one counts as one function word):
# ç with ã/õ, or ão (pt); ñ (es); ß, ä, ö, ü (de); œ (fr); and Spanish's opening ¿ ¡.
_MARKS: dict[str, re.Pattern[str]] = {
    "pt": re.compile(r"[ãõ]|ção|ções"),
    "es": re.compile(r"ñ"),
    "de": re.compile(r"[ßäöü]"),
    "fr": re.compile(r"œ"),
}
_SPANISH_OPENERS = re.compile(r"[¿¡]")
# Markup and addresses are no language: "<img src=x alt='la de'>" in an English question.
_MARKUP = re.compile(r"<[^>]*>|\b\w+://\S+|\]\([^)]*\)")


def language(text: str) -> str:
    """ "en", "es", "fr", "de", "pt" or "it": the language whose function words the text
    uses most; English when none stands out (short or keyword questions)."""
    plain = _MARKUP.sub(" ", text)
    tokens = [t.lower() for t in _TOKEN.findall(plain)]
    counts = {
        lang: sum(t in words or t in _TOPIC_WORDS.get(lang, ()) for t in tokens)
        for lang, words in _WORDS.items()
    }
    for lang, marks in _MARKS.items():  # "musculação", "¿cuántas": one more sign each
        counts[lang] += sum(1 for t in tokens if marks.search(t))
    counts["es"] += len(_SPANISH_OPENERS.findall(plain))
    best = max(counts, key=lambda lang: (counts[lang], lang == "en"))
    return best if best != "en" and counts[best] >= 2 and counts[best] > counts["en"] else "en"
