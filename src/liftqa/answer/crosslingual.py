"""A question in Spanish, French, German, Portuguese or Italian, searched for in English.

The articles are in English and so are the embedding model and the lexical index: a
question in another language found nothing and the library abstained. `in_english` renders
what such a question asks in the articles' own words, from a small glossary of this
library's domain (training, conditions, outcomes, amounts, safety, what a question asks
for): "¿cuántas veces por semana hay que entrenar fuerza para la ansiedad?" → "how often
per week strength training anxiety". It is not a translator: words it does not know are
left out, and a question that names nothing of the domain stays as it was (and is
answered, or not, as before). The quotes stay verbatim English; the answer says what was
searched for. Safety never reads this rendering: risk is read on the raw text, in all six
languages, before anything else (`liftqa.answer.risk`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# (pattern over lowercase, accent-free text, the articles' words): where two patterns match
# overlapping stretches of a question, the longer match wins, then the one listed first.
_Entry = tuple[str, str]

_COMMON: tuple[_Entry, ...] = (
    (r"meta-?anal\w*", "meta-analysis"),
    (r"rcts?", "randomized controlled trials"),
    (r"tept|tspt|ptbs|ptsd|dpts", "PTSD"),
    (r"tdah|adhs|adhd", "ADHD"),
    (r"bdnf", "BDNF"),
    (r"cortisol\w*", "cortisol"),
    (r"endorfin\w*|endorphin\w*", "endorphins"),
    (r"serotonin\w*", "serotonin"),
    (r"dopamin\w*", "dopamine"),
    (r"cardio", "aerobic exercise"),
    (r"crossfit", "high-intensity training"),
    (r"gym|gimnasio|palestra|academia|fitnessstudio|salle de sport|salle de muscu", "gym"),
    (r"squats?|sentadillas?|agachamentos?|accosciate|kniebeugen", "squats"),
    (r"deadlifts?|peso muerto|levantamento terra|stacchi|kreuzheben|souleve de terre", "deadlift"),
    (
        r"sertral\w*|fluoxetin\w*|escitalopram\w*|citalopram\w*|paroxetin\w*|venlafaxin\w*",
        "antidepressants",
    ),
    (r"propranolol\w*|beta-?bloq\w*|betabloc\w*|betablocker\w*|beta-?blocc\w*", "beta-blockers"),
    (r"lithi?[ou]m?|litio", "lithium"),
    (r"(?:[6-9]\d) (?:anos|anos de idade|ans|jahre|anni)", "older adults"),
    (r"effect size", "effect size"),
    (r"%?1rm", "one-repetition maximum intensity"),
    (r"barra|barre|bilanciere|langhantel", "barbell"),
)

_ES: tuple[_Entry, ...] = (
    (
        r"cuantas veces (?:a|por) la semana|cuantos dias (?:a|por) (?:la )?semana",
        "how often per week",
    ),
    (r"cuantas veces|con que frecuencia|cada cuanto", "how often"),
    (r"cuanto tiempo|cuantas semanas|cuando (?:voy a )?not\w*", "how long until"),
    (r"cuantas series|cuantas repeticiones", "how many sets reps"),
    (r"cuanto peso|que peso", "how heavy load"),
    (r"es (?:seguro|peligroso)|hay (?:algun )?riesgo", "is it safe risks"),
    (r"por que|como es que", "why"),
    (r"como (?:empiezo|empezar|comienzo|comenzar)", "how to start"),
    (
        r"entren\w* de (?:fuerza|pesas|resistencia)|ejercicios? de (?:fuerza|resistencia)",
        "strength training",
    ),
    (
        r"entrenar (?:la )?fuerza|levant\w* (?:de )?pesas|hacer pesas|musculacion",
        "lifting weights strength training",
    ),
    (r"pesas|mancuernas", "weights"),
    (r"entren\w*", "training"),
    (r"ejercicio\w*", "exercise"),
    (r"estado de animo|animo", "mood"),
    (r"ansiedad|ansios[oa]s?|nervios\w*", "anxiety"),
    (r"ataques? de panico|panico", "panic attacks"),
    (r"depresi\w*|deprimid[oa]s?|baj[oa] de animo|tristeza", "depression"),
    (r"estres|estresad[oa]s?", "stress"),
    (r"autoestima", "self-esteem"),
    (r"confianza|segurida?d en mi mism[oa]", "confidence"),
    (r"imagen corporal", "body image"),
    (r"insomnio|dormir|sueno", "sleep insomnia"),
    (r"memoria|cognici\w*|concentraci\w*", "cognitive function memory"),
    (r"cerebro", "brain"),
    (r"trauma\w*", "trauma"),
    (r"soledad", "loneliness"),
    (r"ayuda\w*|sirve\w*|funciona\w*|mejora\w*", "help improve"),
    (r"beneficios?", "benefits"),
    (r"efectos? secundarios?|efectos? adversos?|desventajas?", "side effects"),
    (r"riesgos?|peligros?", "risks"),
    (r"lesion\w*|lastim\w*", "injury"),
    (r"series", "sets"),
    (r"repeticiones", "repetitions reps"),
    (r"intensidad", "intensity"),
    (r"por semana|a la semana|semanal\w*", "per week"),
    (r"semanas", "weeks"),
    (r"minutos", "minutes"),
    (r"principiantes?|novat[oa]s?", "beginner"),
    (r"en casa", "at home"),
    (r"antidepresivos?", "antidepressants"),
    (r"medicamentos?|medicaci\w*|pastillas", "medication"),
    (r"psicoterapia|terapia|psicolog\w*", "therapy"),
    (r"psiquiatra|medic[oa]|doctor\w*", "doctor"),
    (r"personas mayores|adultos mayores|gente mayor|ancian[oa]s|tercera edad", "older adults"),
    (r"embaraz\w*", "pregnancy"),
    (r"adolescentes?|jovenes", "adolescents"),
    (r"mujeres", "women"),
    (r"hipertension|presion arterial|tension alta", "high blood pressure"),
    (r"corazon|cardiac\w*", "heart"),
    (
        r"estudios?|investigaci\w*|evidencia|pruebas cientificas|ciencia",
        "research evidence studies",
    ),
    (r"aerobic\w*|correr|caminar", "aerobic exercise"),
    (r"comparad[oa] con|mejor que", "compared with"),
    (r"motivaci\w*|ganas", "motivation"),
    (r"barreras|obstaculos", "barriers"),
    (r"supervis\w*|entrenador\w*", "supervised trainer"),
    (r"mecanismos?", "mechanisms"),
    (r"dolor", "pain"),
    (r"cita\w*(?=[^.?!]{0,60}(?:\d{4}|et al))|citad[oa]s?", "cites"),
    (r"articulos?", "article"),
    (r"hallazgos?|resultados?", "finding"),
    (r"se basa\w*|basad[oa] en", "based on"),
    (r"afirmaci\w*", "claim"),
    (r"tamano del efecto", "effect size"),
    (r"desviaci\w* estandar", "standard deviation"),
    (r"porcentaje", "percentage"),
    (r"tratamiento\w*", "treatment"),
    (r"inflamaci\w*", "inflammation"),
    (r"metabolic\w*", "metabolic"),
    (r"neurologic\w*", "neurological"),
    (r"enfermedad(?:es)? fisicas?|enfermedad(?:es)? cronicas?", "chronic physical illness"),
    (r"prescripci\w*", "prescription"),
    (r"recomiend\w*|recomendad\w*", "recommended"),
    (r"sobrecarga progresiva", "progressive overload"),
    (r"pesos? ligeros?|poco peso", "light weights low intensity"),
    (r"mucho peso|pesad[oa]s?", "heavy"),
    (r"sin energia|cansancio|agotad[oa]", "fatigue energy"),
    (r"obligarme|motivarme", "motivation"),
    (r"espalda|lumbar(?:es)?", "back pain injury"),
    (r"duele|dolor(?:es)?", "pain"),
    (
        r"trastornos? (?:alimentari[oa]s?|de la conducta alimentaria)|anorexia|bulimia",
        "eating disorder",
    ),
    (r"mi cuerpo|cuerpo", "body image"),
    (r"provocar\w*|desencaden\w*", "trigger"),
    (r"sentirme mejor|sentirse mejor", "feel better mood"),
    (r"calmar\w*|relajar\w*", "calm"),
    (r"bajon|decaid[oa]", "low mood depression"),
    (r"sesi(?:on|ones)", "session"),
    (r"jovenes|adultos jovenes", "young adults"),
    (r"consulta medica|autorizaci\w* medica", "medical clearance"),
    (r"resistencia", "resistance"),
    (r"que articulo|cual articulo|que articulos", "which article"),
)

_FR: tuple[_Entry, ...] = (
    (r"combien de fois par semaine|combien de seances par semaine", "how often per week"),
    (r"combien de fois|a quelle frequence|tous les combien", "how often"),
    (r"combien de temps|au bout de combien|combien de semaines", "how long until"),
    (r"combien de series|combien de repetitions", "how many sets reps"),
    (r"quel poids|combien de poids", "how heavy load"),
    (
        r"est-ce (?:que c'est )?(?:sans danger|dangereux|risque)|est-ce sur|c'est dangereux",
        "is it safe risks",
    ),
    (r"pourquoi", "why"),
    (r"comment (?:commencer|debuter|je commence)", "how to start"),
    (
        r"entrainement (?:de|en) (?:force|resistance)|renforcement musculaire|musculation|muscu",
        "strength training",
    ),
    (r"soulever des (?:poids|charges)|lever (?:de la fonte|des poids)|la fonte", "lifting weights"),
    (r"halteres|poids", "weights"),
    (r"entrain\w*", "training"),
    (r"exercices?|sport|activite physique", "exercise"),
    (r"humeur|moral", "mood"),
    (r"anxi\w*|angoiss\w*|stresse|nervos\w*", "anxiety"),
    (r"crises? (?:de panique|d'angoisse)|panique", "panic attacks"),
    (r"depress\w*|deprime\w*|deprim\w*|tristesse|cafard|deprime", "depression"),
    (r"estime de soi", "self-esteem"),
    (r"confiance(?: en soi)?", "confidence"),
    (r"image (?:du|de mon|de son) corps|image corporelle", "body image"),
    (r"insomnie|sommeil|dormir", "sleep insomnia"),
    (r"memoire|cognit\w*|concentration", "cognitive function memory"),
    (r"cerveau", "brain"),
    (r"traumat\w*", "trauma"),
    (r"solitude", "loneliness"),
    (r"aide\w*|aider|ca marche|fonctionne|ameliore\w*|efficace", "help improve"),
    (r"bienfaits?|avantages?|benefices?", "benefits"),
    (r"effets? secondaires?|effets? indesirables?|inconvenients?", "side effects"),
    (r"risques?|dangers?", "risks"),
    (r"bless\w*", "injury"),
    (r"series", "sets"),
    (r"repetitions|reps", "repetitions reps"),
    (r"intensite", "intensity"),
    (r"par semaine|hebdomadaire\w*", "per week"),
    (r"semaines", "weeks"),
    (r"minutes", "minutes"),
    (r"debutant\w*", "beginner"),
    (r"a la maison|chez moi|a domicile", "at home"),
    (r"antidepresseurs?", "antidepressants"),
    (r"medicaments?|traitement", "medication"),
    (r"psychotherapie|therapie|psy\b", "therapy"),
    (r"psychiatre|medecin|docteur", "doctor"),
    (r"personnes agees|seniors?", "older adults"),
    (r"enceinte|grossesse", "pregnancy"),
    (r"adolescents?|ados?", "adolescents"),
    (r"femmes", "women"),
    (r"hypertension|tension (?:arterielle|elevee)", "high blood pressure"),
    (r"coeur|cardiaque\w*", "heart"),
    (r"etudes?|recherches?|preuves?|donnees|science", "research evidence studies"),
    (r"aerobie|course a pied|courir|marche rapide|la marche|marcher", "aerobic exercise walking"),
    (r"compare\w* (?:a|au|avec)|mieux que|plutot que", "compared with"),
    (r"motivation", "motivation"),
    (r"obstacles|freins", "barriers"),
    (r"supervis\w*|coach|entraineur", "supervised trainer"),
    (r"mecanismes?", "mechanisms"),
    (r"douleurs?", "pain"),
    (r"cite\w*(?=[^.?!]{0,60}(?:\d{4}|et al))", "cites"),
    (r"articles?", "article"),
    (r"resultats?|conclusions?", "finding"),
    (r"(?:se )?base\w* sur|repose sur|fonde\w* sur", "based on"),
    (r"affirmation", "claim"),
    (r"taille d'effet|ampleur de l'effet", "effect size"),
    (r"ecart-type|ecart type", "standard deviation"),
    (r"pourcentage", "percentage"),
    (r"traitements?", "treatment"),
    (r"inflammat\w*", "inflammation"),
    (r"metabolique\w*", "metabolic"),
    (r"neurologique\w*", "neurological"),
    (r"maladies? (?:physiques?|chroniques?)", "chronic physical illness"),
    (r"recommand\w*", "recommended"),
    (r"surcharge progressive", "progressive overload"),
    (r"charges? legeres?|poids legers?", "light weights low intensity"),
    (r"lourd\w*", "heavy"),
    (r"sans energie|aucune energie|fatigue\w*|creve\w*", "fatigue energy"),
    (r"me forcer|me motiver", "motivation"),
    (r"(?:bas du )?dos|lombaire\w*", "back pain injury"),
    (r"(?<!du )mal (?:au|aux|a la|a l')|douleurs?", "pain"),
    (
        r"troubles? (?:alimentaires?|du comportement alimentaire)|anorexie|boulimie",
        "eating disorder",
    ),
    (r"mon corps|corps", "body image"),
    (r"declench\w*|provoqu\w*", "trigger"),
    (r"me sentir mieux|se sentir mieux|mieux dans (?:ma|sa) tete", "feel better mood"),
    (r"calme\w*|apais\w*", "calm"),
    (r"a cran|stress\w*", "stress"),
    (r"seances?", "session"),
    (r"exos?", "exercise"),
    (r"(?:aller )?a la salle", "gym"),
    (r"jeunes(?: adultes)?", "young adults"),
    (r"avis medical|feu vert medical|consultation medicale", "medical clearance"),
    (r"resistance", "resistance"),
    (r"quel article|quels articles", "which article"),
)

_DE: tuple[_Entry, ...] = (
    (
        r"wie oft (?:pro|die|in der) woche|wie viele (?:tage|einheiten) (?:pro|die) woche",
        "how often per week",
    ),
    (r"wie oft|wie haufig", "how often"),
    (r"wie lange|nach wie vielen wochen|wann merke", "how long until"),
    (r"wie viele satze|wie viele wiederholungen", "how many sets reps"),
    (r"wie schwer|welches gewicht", "how heavy load"),
    (r"ist (?:es|das) (?:sicher|gefahrlich|riskant)|gefahrlich", "is it safe risks"),
    (r"warum|wieso|weshalb", "why"),
    (r"wie (?:fange|starte) ich|wie anfangen|einsteigen", "how to start"),
    (r"krafttraining\w*|kraftsport|widerstandstraining|muskeltraining", "strength training"),
    (r"gewichte (?:heben|stemmen)|gewichtheben|pumpen", "lifting weights"),
    (r"gewichte|hanteln", "weights"),
    (r"training|trainier\w*", "training"),
    (r"sport|bewegung|ubung\w*", "exercise"),
    (r"stimmung|laune", "mood"),
    (r"angststorung\w*|angst\w*|angstlich\w*|nervos\w*", "anxiety"),
    (r"panikattacke\w*|panik\w*", "panic attacks"),
    (r"depression\w*|depressiv\w*|niedergeschlagen\w*|traurig\w*", "depression"),
    (r"stress\w*", "stress"),
    (r"selbstwert\w*", "self-esteem"),
    (r"selbstvertrauen|selbstbewusstsein", "confidence"),
    (r"korperbild|korpergefuhl", "body image"),
    (r"schlaflosigkeit|schlaf\w*", "sleep insomnia"),
    (r"gedachtnis|kognit\w*|konzentration", "cognitive function memory"),
    (r"gehirn|hirn", "brain"),
    (r"trauma\w*", "trauma"),
    (r"einsamkeit", "loneliness"),
    (r"hilft|helfen|hilfreich|wirkt|wirksam\w*|verbesser\w*|bringt", "help improve"),
    (r"vorteile?|nutzen", "benefits"),
    (r"nebenwirkung\w*|nachteile?", "side effects"),
    (r"risik\w*|gefahr\w*", "risks"),
    (r"verletz\w*", "injury"),
    (r"satze", "sets"),
    (r"wiederholungen", "repetitions reps"),
    (r"intensitat", "intensity"),
    (r"pro woche|wochentlich|die woche", "per week"),
    (r"wochen", "weeks"),
    (r"minuten", "minutes"),
    (r"anfanger\w*|einsteiger\w*", "beginner"),
    (r"zu hause|zuhause|daheim", "at home"),
    (r"antidepressiva|antidepressivum", "antidepressants"),
    (r"medikament\w*|tabletten", "medication"),
    (r"psychotherapie|therapie", "therapy"),
    (r"psychiater\w*|arzt|arztin", "doctor"),
    (r"altere\w*|senior\w*", "older adults"),
    (r"schwanger\w*", "pregnancy"),
    (r"jugendliche\w*|teenager", "adolescents"),
    (r"frauen", "women"),
    (r"bluthochdruck|hoher blutdruck|blutdruck", "high blood pressure"),
    (r"herz(?!lich)\w*", "heart"),
    (r"studie\w*|forschung|evidenz|belege|wissenschaft\w*", "research evidence studies"),
    (r"ausdauer\w*|joggen|laufen", "aerobic exercise"),
    (r"im vergleich zu|verglichen mit|besser als|oder lieber", "compared with"),
    (r"motivation", "motivation"),
    (r"hurden|hindernisse", "barriers"),
    (r"betreu\w*|trainer\w*|angeleitet", "supervised trainer"),
    (r"mechanism\w*", "mechanisms"),
    (r"schmerz\w*", "pain"),
    (r"zitier\w*(?=[^.?!]{0,60}(?:\d{4}|et al))", "cites"),
    (r"artikel\w*", "article"),
    (r"befund\w*|ergebnis\w*", "finding"),
    (r"beruht|basiert|stutzt sich", "based on"),
    (r"behauptung|aussage", "claim"),
    (r"effektstarke\w*", "effect size"),
    (r"standardabweichung\w*", "standard deviation"),
    (r"prozent\w*|anteil", "percentage"),
    (r"behandlung\w*", "treatment"),
    (r"entzundung\w*", "inflammation"),
    (r"stoffwechsel\w*|metabolisch\w*", "metabolic"),
    (r"neurologisch\w*", "neurological"),
    (r"(?:korperliche|chronische)\w* (?:erkrankung|krankheit)\w*", "chronic physical illness"),
    (r"verschreibung\w*|trainingsvorgaben", "prescription"),
    (r"empfohlen\w*|empfehl\w*", "recommended"),
    (r"progressive\w* uberlastung|progressive overload", "progressive overload"),
    (r"leichte\w* gewicht\w*", "light weights low intensity"),
    (r"schwere\w* gewicht\w*|schwer heben|richtig schwer", "heavy"),
    (r"keine energie|antriebslos\w*|mude|erschopft", "fatigue energy"),
    (r"aufraffen|motivier\w*", "motivation"),
    (r"rucken\w*|lendenwirbel\w*", "back pain injury"),
    (r"tut weh|weh\b", "pain"),
    (r"essstorung\w*|magersucht|bulimie|anorexie", "eating disorder"),
    (r"mein\w* korper|korperbild", "body image"),
    (r"auslos\w*", "trigger"),
    (r"besser fuhlen", "feel better mood"),
    (r"beruhig\w*", "calm"),
    (r"einheit\w*", "session"),
    (r"junge\w* erwachsene\w*|jugend\w*", "young adults"),
    (r"arztliche\w* (?:abklarung|freigabe|untersuchung)", "medical clearance"),
    (r"welche\w* artikel", "which article"),
    (r"arztliche\w* rucksprache|arztlich abklaren|abklaren", "medical clearance"),
    (r"erkrankung\w*|krankheit\w*", "conditions"),
    (r"\w*zuwachs\w*|\w*zuwachse", "strength gains"),
    (r"messbar\w*", "measurable"),
    (r"psychisch\w*", "mental health"),
    (r"besser geht|besser fuhl\w*", "feel better mood"),
    (r"dranbleiben|durchhalten", "adherence motivation"),
    (r"trainingsparameter|trainingsplan\w*", "training prescription"),
    (r"korperliche\w* (?:aktivitat|betatigung)", "physical activity exercise"),
    (r"schwere\w* depression\w*", "severe depression"),
    (r"muskelaufbau", "muscle strength training"),
    (r"hantel\w*", "weights"),
    (r"\w+training\w*", "training"),
    (r"trainingseinheit\w*", "session"),
)

_PT: tuple[_Entry, ...] = (
    (r"quantas vezes por semana|quantos dias por semana", "how often per week"),
    (r"quantas vezes|com que frequencia", "how often"),
    (r"quanto tempo|quantas semanas|quando (?:vou )?(?:notar|sentir)", "how long until"),
    (r"quantas series|quantas repeticoes", "how many sets reps"),
    (r"quanto peso|que peso", "how heavy load"),
    (r"e seguro|e perigoso|tem (?:algum )?risco", "is it safe risks"),
    (r"por que|por qu[eê]", "why"),
    (r"como (?:comecar|comeco|iniciar)", "how to start"),
    (
        r"treino de (?:forca|resistencia)|treinamento de (?:forca|resistencia)|musculacao",
        "strength training",
    ),
    (r"levantar pesos?|levantamento de pesos?|puxar ferro", "lifting weights"),
    (r"pesos|halteres", "weights"),
    (r"trein\w*", "training"),
    (r"exercicios?|atividade fisica", "exercise"),
    (r"humor", "mood"),
    (r"ansiedade|ansios[oa]s?|nervos\w*", "anxiety"),
    (r"ataques? de panico|crises? de panico|panico", "panic attacks"),
    (r"depress\w*|deprimid[oa]s?|pra baixo|tristeza", "depression"),
    (r"estresse|stress", "stress"),
    (r"autoestima", "self-esteem"),
    (r"confianca|autoconfianca", "confidence"),
    (r"imagem corporal", "body image"),
    (r"insonia|dormir|sono", "sleep insomnia"),
    (r"memoria|cogni\w*|concentracao", "cognitive function memory"),
    (r"cerebro", "brain"),
    (r"trauma\w*", "trauma"),
    (r"solidao", "loneliness"),
    (r"ajuda\w*|serve\w*|funciona\w*|melhora\w*", "help improve"),
    (r"beneficios?", "benefits"),
    (r"efeitos? colaterais|efeitos? adversos|desvantagens?", "side effects"),
    (r"riscos?|perigos?", "risks"),
    (r"lesa\w*|lesoes|machuc\w*", "injury"),
    (r"series", "sets"),
    (r"repeticoes", "repetitions reps"),
    (r"intensidade", "intensity"),
    (r"por semana|semanal\w*", "per week"),
    (r"semanas", "weeks"),
    (r"minutos", "minutes"),
    (r"iniciantes?|principiantes?", "beginner"),
    (r"em casa", "at home"),
    (r"antidepressivos?", "antidepressants"),
    (r"remedios?|medicamentos?|medicacao", "medication"),
    (r"psicoterapia|terapia|psicolog\w*", "therapy"),
    (r"psiquiatra|medic[oa]", "doctor"),
    (r"idosos?|terceira idade", "older adults"),
    (r"gravid\w*", "pregnancy"),
    (r"adolescentes?", "adolescents"),
    (r"mulheres", "women"),
    (r"hipertensao|pressao alta|pressao arterial", "high blood pressure"),
    (r"coracao|cardiac\w*", "heart"),
    (r"estudos?|pesquisas?|evidencias?|ciencia", "research evidence studies"),
    (r"aerobic\w*|correr|corrida|caminhada", "aerobic exercise"),
    (r"comparad[oa] (?:a|com)|melhor (?:do )?que", "compared with"),
    (r"motivacao|vontade", "motivation"),
    (r"barreiras|obstaculos", "barriers"),
    (r"supervis\w*|personal|treinador\w*", "supervised trainer"),
    (r"mecanismos?", "mechanisms"),
    (r"dor\b|dores", "pain"),
    (r"cita\w*(?=[^.?!]{0,60}(?:\d{4}|et al))", "cites"),
    (r"artigos?", "article"),
    (r"achados?|resultados?", "finding"),
    (r"se baseia|basead[oa] em", "based on"),
    (r"afirma\w*", "claim"),
    (r"tamanho de efeito|tamanho do efeito", "effect size"),
    (r"desvio-padrao|desvio padrao", "standard deviation"),
    (r"porcentagem|percentual", "percentage"),
    (r"tratamentos?", "treatment"),
    (r"inflama\w*", "inflammation"),
    (r"metabolic\w*", "metabolic"),
    (r"neurologic\w*", "neurological"),
    (r"doencas? (?:fisicas?|cronicas?)", "chronic physical illness"),
    (r"prescri\w*", "prescription"),
    (r"recomend\w*", "recommended"),
    (r"sobrecarga progressiva", "progressive overload"),
    (r"peso leve|pesos leves", "light weights low intensity"),
    (r"peso pesado|pesad[oa]s?", "heavy"),
    (r"sem energia|cansad[oa]|exaust[oa]", "fatigue energy"),
    (r"me obrigar|me motivar", "motivation"),
    (r"costas|lombar", "back pain injury"),
    (r"doendo|doi\b|dores?", "pain"),
    (r"transtornos? alimentar(?:es)?|anorexia|bulimia", "eating disorder"),
    (r"meu corpo|corpo", "body image"),
    (r"desencade\w*|provoca\w*", "trigger"),
    (r"me sentir melhor|sentir melhor", "feel better mood"),
    (r"acalm\w*|relax\w*", "calm"),
    (r"pra baixo|desanimad[oa]", "low mood depression"),
    (r"sess(?:ao|oes)", "session"),
    (r"jovens|adultos jovens", "young adults"),
    (r"avaliacao medica|liberacao medica", "medical clearance"),
    (r"(?:treinamento|treino|exercicio) resistido", "resistance training"),
    (r"resistencia", "resistance"),
    (r"qual artigo|quais artigos|que artigo", "which article"),
)

_IT: tuple[_Entry, ...] = (
    (
        r"quante volte (?:a|alla|per) settimana|quanti giorni (?:a|alla) settimana",
        "how often per week",
    ),
    (r"quante volte|ogni quanto|con che frequenza", "how often"),
    (r"quanto tempo|dopo quanto|quante settimane", "how long until"),
    (r"quante serie|quante ripetizioni", "how many sets reps"),
    (r"quanto peso|che peso|quanto carico", "how heavy load"),
    (r"e sicuro|e pericoloso|ci sono rischi", "is it safe risks"),
    (r"perche|come mai", "why"),
    (r"come (?:inizio|iniziare|comincio|cominciare)", "how to start"),
    (
        r"allenamento (?:di|con i) (?:forza|pesi)|"
        r"allenamento contro resistenza|pesistica|sala pesi",
        "strength training",
    ),
    (r"sollevare (?:i )?pesi|sollevamento pesi|fare pesi", "lifting weights"),
    (r"pesi|manubri", "weights"),
    (r"allen\w*", "training"),
    (r"esercizi\w*|attivita fisica|sport", "exercise"),
    (r"umore", "mood"),
    (r"ansia|ansios[oia]|agitazione", "anxiety"),
    (r"attacchi di panico|attacco di panico|panico", "panic attacks"),
    (r"depress\w*|giu di morale|tristezza", "depression"),
    (r"stress\w*", "stress"),
    (r"autostima", "self-esteem"),
    (r"fiducia in (?:me|se) stess[oa]|sicurezza in (?:me|se)", "confidence"),
    (r"immagine corporea", "body image"),
    (r"insonnia|dormire|sonno", "sleep insomnia"),
    (r"memoria|cognit\w*|concentrazione", "cognitive function memory"),
    (r"cervello", "brain"),
    (r"trauma\w*", "trauma"),
    (r"solitudine", "loneliness"),
    (r"aiuta\w*|aiutare|serve\w*|funziona\w*|miglior\w*", "help improve"),
    (r"benefici\w*|vantaggi", "benefits"),
    (r"effetti collaterali|effetti avversi|svantaggi", "side effects"),
    (r"rischi\w*|pericol\w*", "risks"),
    (r"infortun\w*|lesion\w*", "injury"),
    (r"serie", "sets"),
    (r"ripetizioni", "repetitions reps"),
    (r"intensita", "intensity"),
    (r"a settimana|alla settimana|per settimana|settimanal\w*", "per week"),
    (r"settimane", "weeks"),
    (r"minuti", "minutes"),
    (r"principiant\w*", "beginner"),
    (r"a casa", "at home"),
    (r"antidepressiv\w*", "antidepressants"),
    (r"farmac\w*|medicin\w*|pastiglie", "medication"),
    (r"psicoterapia|terapia|psicolog\w*", "therapy"),
    (r"psichiatra|medico|dottore", "doctor"),
    (r"anziani|terza eta", "older adults"),
    (r"incinta|gravidanza", "pregnancy"),
    (r"adolescenti|ragazzi", "adolescents"),
    (r"donne", "women"),
    (r"ipertensione|pressione alta|pressione arteriosa", "high blood pressure"),
    (r"cuore|cardiac\w*", "heart"),
    (r"studi\b|studio|ricerc\w*|evidenz\w*|prove|scienza", "research evidence studies"),
    (r"aerobic\w*|corsa|correre|camminare", "aerobic exercise"),
    (r"rispetto a|confrontat\w* con", "compared with"),
    (r"motivazione|voglia", "motivation"),
    (r"ostacoli|barriere", "barriers"),
    (r"supervision\w*|supervisionat\w*|personal trainer|istruttore", "supervised trainer"),
    (r"meccanism\w*", "mechanisms"),
    (r"dolor\w*", "pain"),
    (r"cita\w*(?=[^.?!]{0,60}(?:\d{4}|et al))", "cites"),
    (r"articol[oi]", "article"),
    (r"risultat[oi]|scopert\w*", "finding"),
    (r"si basa\w*|basat[oa] su", "based on"),
    (r"affermazione", "claim"),
    (r"dimensione dell'effetto|entita dell'effetto", "effect size"),
    (r"deviazione standard", "standard deviation"),
    (r"percentuale", "percentage"),
    (r"trattament[oi]", "treatment"),
    (r"infiammazion\w*", "inflammation"),
    (r"metabolic\w*", "metabolic"),
    (r"neurologic\w*", "neurological"),
    (r"malattia? (?:fisica|cronica)|malattie (?:fisiche|croniche)", "chronic physical illness"),
    (r"prescrizion\w*", "prescription"),
    (r"raccomandat\w*|consigliat\w*", "recommended"),
    (r"sovraccarico progressivo", "progressive overload"),
    (r"pesi leggeri|carichi leggeri", "light weights low intensity"),
    (r"caricare tanto|pesant\w*", "heavy"),
    (r"(?:non ho|senza) energi\w*|stanc[oa]", "fatigue energy"),
    (r"convincermi|motivarmi", "motivation"),
    (r"schiena|lombar\w*", "back pain injury"),
    (r"fa male|fanno male", "pain"),
    (
        r"disturb[oi] (?:alimentar[ei]|del comportamento alimentare)|anoressia|bulimia",
        "eating disorder",
    ),
    (r"il mio corpo|corpo", "body image"),
    (r"scaten\w*|provoc\w*", "trigger"),
    (r"stare meglio|sentirmi meglio", "feel better mood"),
    (r"calm\w*|rilass\w*", "calm"),
    (r"giu\b", "low mood depression"),
    (r"session[ei]", "session"),
    (r"giovani(?: adulti)?", "young adults"),
    (r"consulto medico|visita medica", "medical clearance"),
    (r"contro resistenza", "resistance"),
    (r"quale articolo|quali articoli|che articolo", "which article"),
)

GLOSSARY: dict[str, tuple[_Entry, ...]] = {
    "es": _ES,
    "fr": _FR,
    "de": _DE,
    "pt": _PT,
    "it": _IT,
}
_COMPILED: dict[str, list[tuple[re.Pattern[str], str]]] = {
    lang: [(re.compile(rf"(?<!\w)(?:{p})(?!\w)"), en) for p, en in (*entries, *_COMMON)]
    for lang, entries in GLOSSARY.items()
}
# The domain's own words: a rendering must name at least one of them ("how often" alone is
# no question for this library; "¿qué hora es en Madrid?" names nothing of it).
_DOMAIN = re.compile(
    r"\b(?:training|weights|lifting|exercise|gym|squats|deadlift|barbell|anxiety|depression|stress|"
    r"mood|panic|self-esteem|confidence|sleep|cognitive|brain|trauma|PTSD|ADHD|loneliness|"
    r"body image|medication|antidepressants|beta-blockers|lithium|therapy|pregnancy|older adults|"
    r"adolescents|young adults|blood pressure|heart|injury|side effects|meta-analysis|randomized|"
    r"BDNF|cortisol|endorphins|serotonin|dopamine|aerobic|mechanisms|beginner|sets|repetitions|"
    r"intensity|session|progressive overload|eating disorder|inflammation|effect size|"
    r"prescription|one-repetition)\b"
)
# A citation question names the domain by a study: "which article cites Lee et al. (2020)".
_CITATION = re.compile(r"\b(?:cites|article)\b")
# Kept as written, in place: names, titles and acronyms ("Lee et al. (2020)", "Translational
# Psychiatry", "HPA", "GAD") and anything with a digit ("%1RM", "2018") — the same in any
# language, and what a citation question asks about.
_OPENS_SENTENCE = re.compile(r"(?:^|(?<!\bDr)(?<!\bal)(?<!\bvs)[.!?¿¡:;]|\n)[\s\"'«(¿¡]*$")
# What follows a name in a citation: a year, "et al", another capitalised word.
_NAMED = re.compile(r"[\s,(]*(?:(?:19|20)\d\d\b|et\s+al\b|[A-Z])")
_STUDY = re.compile(r"\d{4}|et al")
_STUDY_AFTER = re.compile(r"[\s,(]*(?:(?:19|20)\d\d\b|et\s+al\b)")
_KEPT = re.compile(r"\b[A-Z][\w'-]*\b|\b\w*\d\w*\b|\bet al\b\.?")


_LIGATURES = {"œ": "oe", "æ": "ae", "ß": "ss"}


def fold(text: str) -> str:
    """Lowercase without accents ("Depresión" → "depresion"), what the glossary matches."""
    return _folded(text)[0]


def _folded(text: str) -> tuple[str, list[int]]:
    """`fold(text)`, and for each of its characters the offset in `text` it came from (a
    ligature becomes two letters, so offsets do not line up otherwise)."""
    chars: list[str] = []
    origin: list[int] = []
    for i, c in enumerate(text):
        lowered = c.lower()
        lowered = _LIGATURES.get(lowered, lowered)
        for d in unicodedata.normalize("NFD", lowered):
            if not unicodedata.combining(d):
                chars.append(d)
                origin.append(i)
    return "".join(chars), origin


def in_english(text: str, lang: str) -> str | None:
    """What the question asks, in the articles' words, in the order it says it; None when
    `lang` has no glossary or the question names nothing of the library's domain."""
    patterns = _COMPILED.get(lang)
    if patterns is None:
        return None
    folded, origin = _folded(text)
    found = [
        (m.start(), m.end(), order, english)
        for order, (pattern, english) in enumerate(patterns)
        for m in pattern.finditer(folded)
        if m.end() > m.start()
    ]
    # the longest stretch first ("marche rapide" before "marche"), then the table's order
    claimed: list[tuple[int, int, str]] = []
    for start, end, _, english in sorted(found, key=lambda f: (f[0] - f[1], f[2])):
        if not any(start < e and s < end for s, e, _ in claimed):
            claimed.append((start, end, english))
    rendered = " ".join(_dedupe(english for _, _, english in sorted(claimed)))
    spans = [(origin[start], origin[end - 1] + 1) for start, end, _ in claimed]
    kept = _dedupe(
        m.group(0)
        for m in _KEPT.finditer(text)
        if not any(start <= m.start() < end for start, end in spans) and _a_name(m, text, lang)
    )
    cited = _CITATION.search(rendered) and any(_STUDY.search(k) for k in kept)
    if not (_DOMAIN.search(rendered) or cited):
        return None
    return " ".join([rendered, *kept]) if kept else rendered


def _a_name(m: re.Match[str], text: str, lang: str) -> bool:
    """A capitalised word is a name, unless it only opens a sentence ("¿Qué …", "Est-ce")
    or is a German noun, where a year, "et al" or another capital does not follow it; an
    acronym or a number always counts."""
    word = m.group(0)
    if not word[0].isupper() or word.isupper():
        return True
    if (_STUDY_AFTER if lang == "de" else _NAMED).match(text, m.end()):
        return True  # (every German noun has a capital: only a year or "et al" names)
    return not (lang == "de" or _OPENS_SENTENCE.search(text[: m.start()]))


def _dedupe(words: Iterable[str]) -> list[str]:
    out: list[str] = []
    for word in words:
        if word not in out:
            out.append(word)
    return out
