"""The elements of a plan (the C-SSRS's plan: a means, a place, a time, preparations), said
in any of the six languages. Alone they say nothing about risk ("tomorrow I'll do legs", "the
bridge on my running route"); in a conversation where the writer has already disclosed
suicidal thoughts or self-harm, a later turn that names one and that the classifier is
worried about is a plan taking shape ("Morgen bin ich allein am Dach, sechster Stock", "mi
tío guarda una pistola en el closet"): `Asker._escalated` reads it as the acute tier when it
names lethal means or a drop (`LETHAL_MEANS`), or when the classifier reads it as acute."""

from __future__ import annotations

import re

from liftqa.answer.risk_rules.blocks import (
    DRUG,
    HEIGHT,
    PILLS_ML,
    RX,
    WEAPON,
    WHEN,
    WHEN_ML,
    accent_free,
)

# Guns, poisons and gases, cliffs and railway tracks in the other languages: means and places
# for a plan (`PLAN_CUE`) that are lethal ones too (`LETHAL_MEANS`).
_GUNS_ML = r"arma|pistola|escopeta|revólver|fucile|fusil|pistolet|waffe|gewehr|pistole"
_POISON_GAS = (
    r"veneno|chumbinho|veleno|poison|helium|charcoal|carbón|carvão|carbone|charbon|holzkohle"
    r"|exhaust"
)
_CLIFFS = r"cliffs?|acantilado|falésia|scogliera|falaises?|klippe"
_RAILS_ML = r"vías\s+del\s+tren|trilhos|binari|voies\s+ferrées|gleise"

# A day or a date set: a weekday (six languages), tonight, tomorrow, "the 15th", "il 15".
_TIME = (
    WHEN
    + "|"
    + WHEN_ML
    + r"|lunes|martes|miércoles|jueves|viernes|sábado|domingo|segunda|terça|quarta|quinta|sexta"
    r"|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|lundi|mardi|mercredi|jeudi"
    r"|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag"
    r"|(?:the|il|el|le|dia|o)\s+\d{1,2}(?:st|nd|rd|th)?(?!\s*(?:kg|lbs?|reps?|sets?|min\w*|%|\d))"
    r"|am\s+\d{1,2}\.(?!\d)"
)
# A means: medicine, a weapon, a rope, a poison, a gas (six languages).
_MEANS = (
    RX
    + "|"
    + DRUG
    + "|"
    + PILLS_ML
    + "|"
    + WEAPON
    + "|"
    + _GUNS_ML
    + r"|cuerda|soga|corda|corde(?!\s+à\s+sauter)|seil|strick|"
    + _POISON_GAS
    + r"|potassium|potasio|potássio|potassio|kalium"
)
# A place to fall or be hit from: a height, a cliff, a floor, the tracks, a train, a pillar.
_PLACE = (
    HEIGHT
    + "|"
    + _CLIFFS
    + r"|floors?|storeys?|piso|andar|piano|étage|stock(?:werk)?|tracks|"
    + _RAILS_ML
    + r"|trains?|tren|trem|treno|zug|pillar|pilar|pilastro|pilier|pfeiler|crossing"
)
# Preparations: papers, a will, letters, keys left with someone, being alone or unseen.
_PREPARED = (
    r"(?:my|a|the)\s+will|testament\w*|testamento|papers|papeles|papéis|carte|papiere|letters?"
    r"|cartas?|lettere|lettres?|briefe?|keys|llaves|chaves|chiavi|clefs|clés|schlüssel|alone"
    r"|sozinh[oa]|seule?|allein|without\s+telling|sin\s+avisar|sem\s+avisar|senza\s+dirlo"
    r"|sans\s+prévenir|ohne\s+bescheid|nobody\s+would\s+know"
)
PLAN_CUE = re.compile(
    accent_free(r"\b(?:" + _TIME + "|" + _MEANS + "|" + _PLACE + "|" + _PREPARED + r")\b"),
    re.IGNORECASE,
)
# Lethal means and drops only (a weapon, a rope, a poison, a gas; a roof, a cliff, the tracks),
# not medicine or a bridge, a floor or a train, which training talk names every day ("glute
# bridge", "the gym on the 4th floor", "creatine with my sertraline"): with suicidal thoughts
# disclosed, such means at hand are acute (the tiers: plan, means, intent or an act).
LETHAL_MEANS = re.compile(
    accent_free(
        r"\b(?:"
        + WEAPON
        + "|"
        + _GUNS_ML
        + r"|cuerda|soga|corde(?!\s+à\s+sauter)|seil|strick|"
        + _POISON_GAS
        + r"|roof|rooftop|azotea|telhado|tetto|toit|dach|"
        + _CLIFFS
        + r"|ledge|cornicione|(?:train|railway|railroad)\s+tracks|the\s+tracks|"
        + _RAILS_ML
        + r"|railway\s+line|level\s+crossing|pillar)\b"
    ),
    re.IGNORECASE,
)

# Training words in six languages: a question about sets, a routine or a supplement is no plan,
# whatever day or place it names ("¿el puente de glúteos en el suelo sirve igual?").
TRAINING_WORDS = re.compile(
    accent_free(
        r"\b(?:sets?|reps?|routine|program\w*|workouts?|exercis\w*|squat\w*|deadlift\w*|bench"
        r"|glutes?|cardio|creatine|protein|stretch\w*|split|warm-?up|rutina|ejercicio\w*|entren\w*"
        r"|series|repeticiones|glúteos?|sentadilla\w*|estiramiento\w*|calentamiento|creatina"
        r"|proteína|treino\w*|exercício\w*|séries|repetições|agachamento\w*|alongamento\w*"
        r"|academia|allenamento\w*|esercizi\w*|serie|ripetizioni|stretching|palestra|glutei"
        r"|entraînement\w*|exercices?|répétitions|étirements?|muscu\w*|créatine|übung\w*|sätze"
        r"|wiederholungen|kniebeuge\w*|dehn\w*|kreatin|training\w*)\b"
    ),
    re.IGNORECASE,
)
