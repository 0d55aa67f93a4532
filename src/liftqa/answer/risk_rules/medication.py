"""Medication: a medicine named with something done to it (stop, taper, combine, dose)."""

from __future__ import annotations

import re

from liftqa.answer.risk_rules.blocks import MEDS, RX

# Medicines by class and by stem, so a medicine nobody has listed is still read as one.
MED_CLASSES = (
    # Heart and blood pressure: beta blockers (-olol), ACE inhibitors (-pril, not "april"),
    # sartans, calcium-channel blockers (-dipine), statins, diuretics named as blood-pressure
    # pills, and the class names in the six languages.
    r"\w+olol\w*|(?!april\b)\w{3,}pril[aeo]?|\w*sartan\w*|\w+dipin\w*|\w*statin\w*|"
    r"b[eê]ta[-\s]?(?:bloc\w*|bloq\w*|blocc\w*)|betablocker\w*|ace[-\s]inhibitors?|"
    # Anticoagulants and antiplatelets.
    r"warfarin\w*|varfarin\w*|apixaban|eliquis|rivaroxaban|xarelto|dabigatran|pradaxa|"
    r"edoxaban|heparin\w*|heparin|enoxaparin\w*|clopidogrel|marcoumar|sintrom|"
    r"anti-?coagula\w*|blood\s+thinners?|"
    # Corticosteroids (not "steroids" alone: in a gym that is anabolic steroids).
    r"predniso\w*|dexametason\w*|dexamethason\w*|hydrocortison\w*|cortison\w*|"
    r"corticoster\w*|corticoid\w*|kortison\w*|"
    # Diabetes, weight and thyroid.
    r"insulin\w*|metformin\w*|\w+gliptin\w*|\w+gliflozin\w*|semaglutid\w*|tirzepatid\w*|"
    r"liraglutid\w*|ozempic|wegovy|mounjaro|saxenda|levothyrox\w*|thyrox\w*|euthyrox|"
    r"synthroid|l-thyroxin\w*|"
    # Mood, sleep and seizures: SSRIs and SNRIs by stem and in the other languages' spellings,
    # tricyclics, antipsychotics, mood stabilisers and antiepileptics, benzodiazepines
    # (-azepam, -azolam) and Z-drugs.
    r"\w*oxetin\w*|\w*ox[eé]tin\w*|\w*se?r?tralin\w*|\w*citalopram\w*|\w*faxin\w*|"
    r"\w*triptyl\w*|\w*triptil\w*|bupropion\w*|mirtazapin\w*|quetiapin\w*|qu[eé]tiapin\w*|"
    r"\w+zapin\w*|risperidon\w*|aripiprazol\w*|haloperidol|anti-?psych\w*|antipsic\w*|"
    r"neurolettic\w*|neurolepti\w*|lit(?:h)?io|l[ií]tio|lithium|lamotrigin\w*|valpro\w*|"
    r"levetiracetam|carbamazepin\w*|topiramat\w*|gabapentin\w*|pregabalin\w*|"
    r"anti-?epilep\w*|anti-?convuls\w*|\w+azepam|\w+azolam|rivotril|zopiclon\w*|zolpidem|"
    r"anti-?depresiv\w*|antidepressiv\w*|antid[eé]presseur\w*|antidepressivo\w*|"
    # Opioids and stimulants.
    r"opioid\w*|opiace\w*|opi[aá]ce\w*|codein\w*|code[ií]n\w*|tramadol|oxycodon\w*|morphin\w*|"
    r"fentanyl|elvanse|lisdexamf\w*|methylphenidat\w*|metilfenidat\w*|modafinil|"
    # Herbal medicines that interact (St John's wort in the other languages).
    r"johanniskraut|hierba\s+de\s+san\s+juan|erva[-\s]de[-\s]s[aã]o[-\s]jo[aã]o|"
    r"erba\s+di\s+san\s+giovanni|millepertuis|iperico|hip[eé]rico|"
    # The generic words for a medicine in the other languages.
    r"medicamentos?|medicinas?|rem[eé]dios?|f[aá]rmacos?|farmac[oi]|medicinal[ei]|"
    r"comprimid[oa]s?|comprim[eé]s?|cachets?|pastillas?|pastiglie|pastiglia|p[ií]lulas?|"
    r"p[ií]ldoras?|pillol[ae]|tabletten?|pillen|arznei\w*"
)
# A medicine named: the shared list (`MEDS`) and the classes and stems above.
MED_RE = re.compile(rf"\b(?:{MEDS}|{MED_CLASSES})\b")
# Medicine words that name no medicine: "the antidepressant effect of training", "exercise
# prescription", "prescription parameters" (clinicians' questions about training, not drugs).
NOT_A_MEDICINE = re.compile(
    r"\banti-?depressant\s+(?:and\s+anxiolytic\s+)?(?:effects?|responses?|actions?|benefits?|"
    r"propert\w+|potential|efficacy|outcomes?|mechanisms?)\b|\b(?:exercise|training|strength|"
    r"resistance)\s+prescriptions?\b|\bprescriptions?\s+(?:parameters?|guidelines?|variables?|"
    r"for\s+(?:exercise|training|resistance|strength))\b"
    # a pre-workout alone is a drink, not a medicine (a medicine named with it still counts);
    # "the pill" is the contraceptive, not a dose question (a medicine with it still counts);
    r"|\bpre-?\s?workouts?\b|\bthe\s+(?:contraceptive\s+)?pill\b"
    # a treatment compared with medicines ("works as well as antidepressants", "lifting equals
    # antidepressants"), not a question about one's own medicine ("instead of my meds" counts)
    r"|\b(?![\s\S]*\b(?:stop\w*|quit\w*|come\s+off|coming\s+off|taper\w*|replace|instead|reduc\w*|cut\s+down|"
    r"skip\w*|drop\w*|lower|switch\w*|wean\w*|mine|my\s+(?:meds|medication|pills|dose))\b)"
    r"(?:as\s+(?:well|good|effective|much)\s+as|equals?|equal\s+to|versus|vs\.?|compared\s+(?:to|with)|"
    r"better\s+than|comparable\s+to|on\s+par\s+with)\s+(?:taking\s+)?(?:anti-?depressants?|medications?|"
    r"meds|ssris?|drugs|pills)\b"
    # "remedio" as a way out ("no tengo remedio", "qué remedio"), "medicina" as a field
    # ("medicina deportiva", "estudio medicina")
    r"|\b(?:no\s+(?:hay|tengo|tiene|tienes)|sin|qu[eé]|n[aã]o\s+tem|sem)\s+rem[eé]dio\b"
    r"|\bremedios?\s+caseros?\b|\bmedicina\s+(?:deportiva|del\s+deporte|dello\s+sport|do\s+"
    r"esporte|sportiva|esportiva)\b|\b(?:estud\w*|studi\w*|(?:de|di)\s+la|facultad\s+de|"
    r"facolt[aà]\s+di)\s+medicina\b"
    # "pills" that are supplements: "my pills are just fish oil and vitamin D"
    r"|\bpills?\b(?=[^.?!]{0,30}\b(?:fish\s+oil|vitamins?|omega|multivitamins?|zinc|iron)\b)"
)
# Changing a medicine: stopping, tapering, skipping, raising or lowering it.
_MED_CHANGE = (
    r"stop|stopping|quit|quitting|replace|replacing|come\s+off|coming\s+off|get\s+off"
    r"|taper\w*|wean\w*|instead\s+of|reduce|reducing|cut\s+down|cut\s+back|skip\w*|ditch"
    r"|drop|lower|increase|raise|up\s+my|double\w*|halve"
)
MED_CHANGE = re.compile(rf"\b(?:{_MED_CHANGE}|swap\w*|switch\w*)\b")
# What is asked about a medicine in the other languages: taking it, stopping or changing
# it, combining it, its dose, a forgotten dose, its time of day, alcohol, heat and fluids.
_MED_ACTION_OTHER = (
    # Spanish and Portuguese.
    r"tomar\w*|tomo|tomando|tomei|dej(?:ar|o)|parar|larg(?:ar|o)|junto\s+con|junto\s+com|"
    r"con\s+mi|com\s+(?:o\s+|a\s+)?m(?:eu|inha)|mezcl\w*|mistur\w*|dosis|dose|olvid\w*|"
    r"esqueci\w*|saltar(?:me)?|pular|alcohol|[aá]lcool|cervez\w*|cervej\w*|beber|"
    # Italian.
    r"prend(?:ere|o)|smett\w*|insieme|con\s+(?:il|la|i)\s+mi[oae]|dimentica\w*|alcol|birr\w*|"
    r"bere|dimezz\w*|"
    # French.
    r"prend(?:re|s)|arr[eê]t\w*|avec\s+m(?:on|a|es)|m[eé]lang\w*|oubli\w*|sauter|alcool|"
    r"bi[eè]re|boire|"
    # German.
    r"nehme\w*|absetz\w*|aufh[oö]r\w*|zusammen\s+mit|mit\s+meine\w*|kombinier\w*|dosis|"
    r"vergess\w*|alkohol|bier|trinken|vertr[aä]g\w*|abends|morgens"
)
# A medicine proper, not a supplement: the new actions below count only when one is named,
# so "creatine in the morning or evening?" stays training talk.
_REAL_MEDICINE = (
    rf"{MED_CLASSES}|{RX}|medicines?|drugs?|prescriptions?|ssris?|snris?|maois?|prozac|zoloft|"
    r"beta[-\s]?blockers?|adderall|ritalin|methylphenidate|vyvanse|concerta|stimulants?|"
    r"st\.?\s*john'?s\s+wort|metformin|levothyroxine|birth\s+control|m[eé]dicament\w*|medikament\w*"
)
MED_ACTION = re.compile(
    rf"\b(?:{_MED_CHANGE}"
    r"|combine|combining|mix|mixing|with\s+my|add|adding"
    r"|on\s+top\s+of|together|interact\w*|safe\s+(?:with|on)|okay\s+(?:with|on)|ok\s+(?:with|on)"
    r"|while\s+on|i'?m\s+on|cancel\s+out|forgot|missed|enough|too\s+much|mg|dose\w*|"
    r"how\s+(?:much|many)|timing|before\s+or\s+after|\d+\s*(?:mg|mcg|ml)?\b)"
    rf"|^(?=[\s\S]*\b(?:{_REAL_MEDICINE})\b)[\s\S]*?(?:\+|\b(?:"
    # Taking it with something, or at another time: "take creatine with sertraline", "take it
    # in the evening", "take it now or skip it", "alongside", "interfere with".
    r"take\w*\b[^.?!]{0,40}\b(?:with|alongside|before|after|later|earlier|evening|morning|"
    r"night|now)|alongside|along\s+with|interfer\w*"
    # Alcohol, heat and fluids on a medicine: "drinking on prednisone", "a beer with".
    r"|drink\w*\s+on|drinking\s+(?:alcohol|heavily|a\s+lot)|i\s+drink|alcohol|beers?|wine|booze"
    r"|drunk|hungover|same\s+time|sauna|heat|fluids?|hydrat\w*|sweat\w*"
    # Starting or changing it with a prescriber ("started me on", "upped", "switch me from"),
    # and what it does to training ("affect my heart rate", "make me weaker", "side effects").
    rf"|start(?:ed|ing)\s+(?:taking\s+)?(?:{MED_CLASSES}|{RX})\b"
    r"|start(?:ed|ing)?\s+(?:me\s+)?on|(?:put|wants?)\s+me\s+on|prescribed|upped|go\s+up\s+on"
    r"|swap\w*|switch\w*|affect\w*|side[-\s]?effects?|make\s+me|heart[-\s]?rate\w*"
    r"|what\s+time|when\s+(?:should|do|can)\s+i\s+take"
    # Another substance with it: caffeine, coffee, melatonin, fish oil, protein, painkillers.
    r"|plus|caffeine|coffee|melatonin|magnesium|fish\s+oil|turmeric|protein|whey"
    r"|energy\s+drinks?|ibuprofen|paracetamol|zus[aä]tzlich|caf[eé][ií]na|caffeina|caf[eé]ine"
    r"|koffein\w*|melatonin\w*|m[eé]latonine"
    rf"|{_MED_ACTION_OTHER})\b)"
)
