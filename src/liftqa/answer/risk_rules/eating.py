"""Eating disorders described as one's own, and the signs that make a reading acute."""

from __future__ import annotations

from liftqa.answer.risk_rules.blocks import ED_SIGN, ME, NOT_EATING, SELF, compile_all

# Purging said in es/pt/it/fr/de: done (counted) or a habit, and after meals.
_PURGED_ML = (
    r"(?:vomit[ée]|he\s+vomitado|vomitei|ho\s+vomitato|j'ai\s+vomi|(?:hab|habe)\s+mich\s+(?:\w+\s+){0,3}?"
    r"übergeben|(?:hab|habe)\s+(?:\w+\s+){0,3}?(?:gekotzt|erbrochen))"
)
_PURGING_ML = (
    r"(?:vomito|je\s+vomis|ich\s+(?:kotz\w*|erbrech\w*|übergeb\w*\s+mich)|me\s+provoco\s+el\s+"
    r"vómito|me\s+fa[çc]o\s+vomitar|mi\s+faccio\s+vomitare|je\s+me\s+fais\s+vomir)"
)
_AFTER_MEALS_ML = (
    r"(?:después\s+de\s+(?:cada\s+comida|comer|las\s+comidas)|depois\s+de\s+(?:cada\s+refeição|comer|"
    r"comer\s+qualquer\s+coisa)|après\s+(?:chaque\s+repas|les\s+repas|avoir\s+mangé|manger)|dopo\s+"
    r"(?:ogni\s+pasto|i\s+pasti|aver\s+mangiato|mangiato)|nach\s+(?:jedem|dem)\s+essen|nach\s+jeder\s+"
    r"mahlzeit)"
)
# Being ill, not purging: food poisoning, a stomach bug, a hangover, pregnancy, travel.
_ILL_ML = (
    r"^(?![\s\S]*\b(?:mal\s+estado|intoxica\w*|gastro\w*|virus|magen-darm|grippe|gripe|influenza|"
    r"norovirus|resaca|hangover|kater|borrach\w*|ubriac\w*|bêbad\w*|schwanger|embarazada|grávida|incinta|"
    r"enceinte|mareo|seasick|reisekrank|avariat\w*|estragad\w*|verdorben\w*|malade|enferm[oa]|doente|"
    r"malat[oa]|krank|virose|por\s+causa|a\s+causa|wegen|à\s+cause|beim\s+\w+training|sprint\w*|"
    r"cómo\s+evit\w*|como\s+evit\w*|come\s+evit\w*|comment\s+évit\w*|wie\s+vermeid\w*))[\s\S]*?"
)

# Disordered eating described as one's own: `risk` reads it as an eating disorder, elevated
# tier unless an `ED_ACUTE` sign is there too.
ED = [
    # Eating almost nothing said of oneself, with a second sign (running or training it off,
    # weighing, weight lost, hiding the body, fainting), either order: "i'm barely eating and
    # run twice a day" (not "barely eating since the breakup" alone).
    r"\b(?:i'?m|i\s+am|i'?ve\s+been|i\s+have\s+been|i)\s+(?:(?:still|basically|kinda|pretty\s+much)\s+)?(?:"
    + NOT_EATING
    + r")\b[^.?!]{0,60}\b(?:"
    + ED_SIGN
    + r")",
    # The disorder named as one's own, pro-ana content, or its signs (a very low BMI, periods
    # stopped).
    r"\b" + ME + r"\b(?!\s+(?:\w+\s+)?(?:read|heard|saw|learn\w*|studied|study)\s+"
    r"(?:that|about|somewhere))[^.?!]{0,30}\b(?:anorexi\w*|bulimi\w*|binge[-\s]?(?:eat\w*|and\s+purg\w*)|eating\s+disorder)",
    r"\bpro[-\s]?ana\b|\bpro[-\s]?mia\b|\bthinspo\b|\bana\s+tips\b",
    r"\bbmi\s*(?:of\s+)?(?:1[0-7](?:\.\d)?)\b|\b(?:period|periods)\s+(?:has\s+|have\s+)?stopped\b"
    r"[^.?!]{0,60}\b(?:eat|eating|food|train|lean|weight)\w*",
    # Periods gone with weight loss or training in the same message, either order.
    r"\b(?:lose|losing|lost|weight|lean\w*|cut|eat\w*|food|calories|athletes?|toning)\b[\s\S]{0,200}"
    r"\bperiods?'?s?\s+(?:has\s+|have\s+)?(?:been\s+)?(?:stopped|gone|missing|disappeared)\b",
    r"\bperiods?'?s?\s+(?:has\s+|have\s+)?(?:been\s+)?(?:gone|missing|disappeared)\b[\s\S]{0,200}\b(?:lose|"
    r"losing|lost|weight|lean\w*|cut|eat\w*|food|calories|athletes?|toning)\b",
    # Purging: making oneself sick, vomiting after meals, laxatives, diuretics, ipecac, chewing
    # and spitting, binge and purge (es/pt/it/fr/de too).
    r"\bstarv(?:e|ing)\s+" + SELF + r"\b|\bmak(?:e|ing)\s+" + SELF + r"\s+(?:throw\s+up|vomit|sick|"
    r"puke)\b",
    r"\bmak(?:e|ing|in'?)\s+myself\s+(?:sick|throw\s+up|vomit|puke)\b|\b(?:have\s+to|need\s+to|"
    r"make\s+myself)\s+throw\s+(?:it\s+|them\s+|this\s+)?up\b|\bthrow\s+up\b[^.?!]"
    r"{0,60}\b(?:make\s+me\s+fat|fat|weight|calories)\b",
    r"\bthrow(?:ing)?\s+up\s+after\s+(?:eating|meals?|i\s+eat|dinner|lunch|breakfast)\b|\bpurg(?:e|ing)\b",
    # Purged, sicked up, got rid of a binge: said in the past (not a closet or an inbox purged).
    r"\b(?:i|i'?ve|i\s+have|been)\s+(?:\w+\s+)?purged\b(?!\s+(?:my|the|all|our|old)\s+(?:\w+\s+)?"
    r"(?:closet|wardrobe|files?|inbox|emails?|cache|room|stuff|house|photos?|clothes|drafts?|playlists?))|"
    r"\bsick(?:ing|ed)?\s+(?:it\s+|them\s+|half\s+of\s+it\s+|\w+\s+)?up\b[^.?!]{0,60}\b(?:fat|weight|"
    r"calories|scale|bulk|meal|eat\w*)\b|\b(?:binge\w*|atrac[oó]n|abbuffat\w*|fressattack\w*|"
    r"compulsão|crise\s+de\s+boulimie)\b[^.?!]{0,80}\b(?:got\s+rid\s+of\s+it|threw\s+(?:it\s+)?up|"
    r"sicked\s+(?:it\s+)?up|vomit\w*)\b",
    r"\b(?:vomitando|vomitar|vomiting|throwing\s+up)\s+(?:después|after|depois|dopo|après)\b",
    r"\b(?:purg\w*|throw(?:ing)?\s+up|vomit\w*|laxatives?)\b[^.?!]{0,40}\b(?:after\s+(?:every|each|"
    r"most)\s+(?:meal|time)|every\s+day|daily|again)\b",
    r"\bbefore\s+throwing\s+up\b|\bso\s+i\s+(?:don'?t|do\s+not)\s+eat\b|\bspitting\s+in\s+a\s+bottle\b",
    r"\bbinge\w*\s+(?:and|then)\s+(?:\w+\s+){0,2}(?:starve|purge|fast)\w*|\bchew\w*\s+(?:\w+\s+){0,3}"
    r"and\s+spit\w*|\bspit\w*\s+it\s+out\b[^.?!]{0,40}\bcalories\b",
    r"\blaxatives?\b|\bdiuretics?\b|\bwater\s+(?:pills|tablets)\b|\b(?:furosemide|lasix|"
    r"bendroflumethiazide|hydrochlorothiazide)\b",
    r"\b(?:thrown|threw|throw(?:ing)?)\s+up\s+(?:\d+|two|three|four|five|six|several|many)\s+times\b",
    r"\bipecac\b|\b(?:entwässerungstabletten|diuréticos?|diurétiques?|diuretici)\b|\bnothing\s+but\s+"
    r"(?:black\s+)?(?:coffee|water|gum)\b|\b(?:cancel|burn|zerar|queimar\s+tudo)\b[^.?!]{0,40}\b(?:out\s+)?"
    r"(?:a\s+sandwich|what\s+i\s+ate|x-burguer|the\s+meal|it\s+off)\b",
    r"\b(?:vomitar|vómito|vomito|vomir|erbrechen|kotze\w*|me\s+provoco|me\s+faço\s+vomitar|mi\s+faccio"
    r"\s+vomitare|me\s+faire\s+vomir|mich\s+übergeben)\b",
    r"\b(?:laxantes?|laxatifs?|lassativi|abführmittel)\b",
    # Restriction: not eating for days, fasting, skipping meals, one food a day, hiding food,
    # fear of food, can't stand feeling full (es/pt/it/fr/de too).
    r"\b(?:haven'?t|have\s+not|didn'?t|not)\s+(?:eaten|eat)\s+(?:anything\s+)?(?:in|for)\s+(?:days|\d+\s+days|"
    r"two\s+days|three\s+days|four\s+days|a\s+week)\b|\b\d+\s+days\s+(?:no|without)\s+food\b|"
    r"\bday\s+\d+\s+of\s+(?:water\s+only|no\s+food|fasting)\b",
    r"\b(?:not|stopped|barely)\s+eating\s+(?:for\s+days|at\s+all|anything)\b",
    r"\b(?:only|just)\s+(?:had|drunk|drank|been\s+(?:having|drinking))\s+(?:water|black\s+coffee|"
    r"diet\s+coke)\s+since\b|\b(?:haven'?t|have\s+not)\s+eaten\s+(?:anything\s+)?since\b",
    r"\b(?:scared|terrified|afraid)\s+of\s+(?:carbs|food|eating|calories)\b|\bhaven'?t\s+eaten\s+"
    r"any\s+\w+\s+in\s+\d+\s+(?:months|weeks)\b",
    r"\b(?:skipp?(?:ing|ed)?\s+(?:all\s+)?(?:my\s+)?meals|fasting|not\s+eating)\b[^.?!]{0,40}\b(?:for\s+"
    r"(?:\d+|two|three|four|five|several)\s+days|all\s+week|since\s+(?:monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|last\s+week))\b",
    r"\bskip\s+(?:breakfast|meals)\s+and\s+(?:lunch|dinner)\b",
    r"\bonly\s+(?:eat|eating|had)\s+(?:one|an?|1)\s+(?!meal\b)\w+(?:\s+\w+)?\s+a\s+day\b|\bhid(?:e|ing)"
    r"\s+(?:my\s+)?(?:food|lunch|meals|dinner)\b|\b(?:don'?t|won'?t)\s+eat\s+(?:the\s+next\s+day|for\s+"
    r"(?:a|two|\d+)\s+days?)\b|\b(?:want\s+to\s+)?stop\s+eating\s+so\b",
    r"\bonly\s+eat\s+(?:one|an?)\s+(?:apple|meal|yogurt|banana)\s+a\s+day\b",
    # Terms of the illness itself: safe foods, body checking, restricting after a bad look; not
    # eating hidden behind a story ("I tell my family I'm fasting", "I told mum I'd eaten").
    r"\b(?:my|only|eat|eating)\s+(?:my\s+)?safe\s+foods?\b|\bbody[-\s]?check(?:ing|s)?\b|\brestrict\w*"
    r"\s+(?:the\s+next\s+day|again|harder|for\s+(?:days|a\s+week))\b",
    r"\b(?:tell|told|telling)\s+(?:my\s+)?(?:family|parents|mum|mom|dad|friends|everyone|people)\b"
    r"[^.?!]{0,40}\b(?:i'?m\s+fasting|i'?ve\s+(?:already\s+)?eaten|i\s+(?:already\s+)?ate|i'?d\s+eaten)\b",
    r"\bcan'?t\s+stand\s+feeling\s+full\b|\bhaven'?t\s+kept\s+(?:food|anything)\s+down\b",
    r"\b(?:sin\s+comer|sem\s+comer|senza\s+mangiare|sans\s+manger|nichts\s+gegessen|fast\s+nichts)\b",
    r"\b(?:non\s+mangio\s+da|no\s+como\s+desde|não\s+como\s+há|je\s+ne\s+mange\s+(?:plus|pas)\s+depuis|"
    r"ess\w*\s+seit\s+\w+\s+\w+\s+nur|hab\s+seit\s+\w+\s+nix\s+gegessen)\b",
    # Calories under a threshold: "under 800", "500 a day", "down to 600" (not a surplus or a
    # deficit; es/pt/it/fr/de too).
    r"\bcalories\s+(?:under|below)\s+\d{3,4}\b|\bif\s+i\s+eat\b[^.?!]{0,40}\b(?:cardio|run|burn|"
    r"treadmill)\b|"
    r"\b(?:under|below|less\s+than)\s+\d{3}\s*(?:cal|kcal|calories)\b|\b\d{3}\s*(?:cal|kcal|calories)\s+a\s+day\b",
    r"\b(?:calories|cals|kcal)\s+(?:around|at|under|below)\s+\d{3}\b",
    r"\b\d{3}\s*(?:cal|kcal|calories|cals)\s+(?:max|maximum|tops|total|per\s+day|daily|or\s+less|for\s+"
    r"(?:\d+|two|three|four|a)\s+(?:days|weeks?|months?))\b|\bmax(?:imum)?\s+(?:of\s+)?\d{3}\s*(?:cal|"
    r"kcal|calories|cals)\b",
    r"\b(?:at|on)\s+\d{3}\s+(?:a\s+day|calories|cals|kcal)\b[^.?!]{0,40}\b(?:still|fat|more|lower"
    r"|less)\b|\blowest\s+calor\w*\b",
    r"\beat(?:ing)?\s+(?:maybe|only|about|around|like|just|under)?\s*\d{3}\s*(?:cal|kcal|calories)"
    r"\b(?!\s*(?:surplus|deficit|above|below|over|under|more|less|extra))|\b(?:already\s+at|down\s+"
    r"to|going\s+down\s+to)\s+\d{3}\s*(?:cal|kcal|calories)?\b(?!\s*(?:surplus|deficit|above|below|"
    r"over|under|more|less|extra|kg|lbs?|g\b|grams))",
    r"\b(?:meno\s+di|menos\s+de|moins\s+de|unter)\s+\d{3}\s+(?:calorie|calorías|calorias|calories|kalorien)",
    r"\b(?:como|comer)\s+(?:solo\s+)?\d{3}\s+calor\w*|\b(?:si\s+como|se\s+como|se\s+mangio|"
    r"si\s+je\s+mange|quand\s+je\s+mange|wenn\s+ich\s+(?:was\s+)?esse)\b[^.?!]{0,60}\b(?:devo|"
    r"tengo\s+que|tenho\s+que|je\s+dois|muss|vomit\w*)",
    # Compensation: earning food, burning off what was eaten, "if I eat I have to run" (the
    # other languages too).
    r"\b(?:burn|burning)\s+off\s+(?:every|each|all)\b|\b(?:earn|compensate)\b[^.?!]{0,20}\b(?:food|"
    r"eating|meal|calories)\b",
    # "pay for dinner with two hours of cardio", "only eat once I've burned 1000", "two hours on
    # the stairmaster after every meal", "if I go over I do fasted cardio", "every time I eat
    # off plan I make myself do 100 pushups" (es/de too).
    r"\bpay\w*\s+for\s+(?:dinner|food|meals?|lunch|breakfast|snacks?|eating|what\s+(?:she|he|i|they)"
    r"\s+eats?)\s+with\b|\b(?:haven'?t|hasn'?t|not)\s+earned\s+(?:it|food|dinner|a\s+meal|my\s+\w+)\b|"
    r"\bnicht\s+verdient\b|\bno\s+me\s+lo\s+merezco\b",
    r"\b(?:only|don'?t|won'?t|can'?t)\s+eat\s+(?:until|unless|after|once|before)\s+i(?:'?ve|\s+have)?\s+"
    r"(?:burn\w*|done|run|ran|worked\s+out)|\besse\s+erst,?\s+wenn\s+ich\b[^.?!]{0,40}\bverbrannt",
    r"\b(?:\d+|two|three|four)\s+hours?\b[^.?!]{0,40}\bafter\s+(?:every|each)\s+(?:meal|time\s+i\s+eat|"
    r"snack)\b",
    r"\bif\s+i\s+(?:go\s+over|overeat|eat\s+too\s+much|slip\s+up|binge|mess\s+up)\b[^.?!]{0,60}\b(?:cardio|"
    r"run|burn|hours?|fast\w*|skip|restrict\w*)|\bsi\s+me\s+paso\b[^.?!]{0,40}\b(?:cardio|horas|ayunas|"
    r"corro)",
    r"\b(?:every\s+time|whenever|if|when)\s+i\s+(?:eat|ate|have\s+eaten)\b[^.?!]{0,60}\bmake\s+myself\b",
    r"\b(?:after|when)\s+i\s+binge\b[^.?!]{0,60}\b(?:erase|burn|make\s+up\s+for|undo|cancel|"
    r"compensate|hours?)\b",
    r"\bif\s+i\s+(?:eat|ate)\b[^.?!]{0,60}\b(?:have\s+to|must|need\s+to|make\s+myself)\s+"
    r"(?:\w+\s+){0,2}(?:burn|run|cardio|throw\s+up|purge|work\s+it\s+off|train\s+it\s+off)|"
    r"\b(?:burn|burned)\s+(?:off\s+)?(?:all|everything)\s+(?:i\s+eat|i\s+ate)\b",
    r"\b(?:feel|felt)\s+(?:so\s+)?(?:disgusting|gross|fat)\s+(?:after|when)\s+(?:i\s+)?eat\w*\b[^.?!]"
    r"{0,60}\b(?:so\s+i|and\s+then\s+i|have\s+to|make\s+myself)\b",
    r"\b(?:übergebe\s+mich|esse\s+nur\s+(?:noch\s+)?(?:einen|eine|ein)|si\s+je\s+ne\s+brûle|"
    r"brûle\s+(?:pas\s+)?tout\s+ce\s+que\s+je\s+mange)\b",
    # Training to burn off or make up for what was eaten (es/pt/it/fr/de): "si como pizza corro
    # dos horas para quemarla", "j'ai mangé, je cours pour compenser".
    r"\b(?:como|comí|comer|comi|mange|mangé|manger|mangio|mangiato|esse|gegessen|"
    r"essen)\b[^.?!]{0,80}\b(?:para|pra|pour|per|um)\s+(?:\w+\s+)?(?:quemarl[oa]s?|quemar(?:lo|"
    r"la)?\s+todo|queimar\s+tudo|queimá-l[oa]|le\s+brûler|la\s+brûler|les\s+brûler|tout\s+brûler|"
    r"bruciarl[oa]|bruciare\s+tutto|compensar|compenser|compensare|es\s+abzutrainieren|"
    r"es\s+(?:wieder\s+)?zu\s+verbrennen)\b",
    # Eating (almost) nothing on purpose or for days (es/pt/it/fr/de): "je mange presque rien
    # depuis une semaine", "no como casi nada a propósito", "esse seit Tagen fast nichts".
    r"\b(?:mange|mangé|como|comí|mangio|mangiato|esse|comi)\s+(?:\w+\s+){0,2}?(?:rien|nada|"
    r"niente|nulla|nichts)\b(?!\s+(?:de|di|d'|du|des|da|do)\b)[^.?!]{0,40}\b(?:exprès|"
    r"a\s+propósito|de\s+propósito|apposta|absichtlich|(?:depuis|desde\s+hace|hace|há|faz|da|"
    r"seit)\s+(?:\w+\s+)?(?:jours|semaines?|días|semanas?|dias|giorni|settimane?|tagen|"
    r"wochen?))\b|\bseit\s+(?:\w+\s+)?(?:tagen|wochen?)\s+(?:\w+\s+)?(?:fast\s+)?nichts\b",
    # Days without food; living on coffee, water or gum.
    r"\b(?:\d+|two|three|four|five|six|seven|several)\s+days?\s+(?:with\s+)?(?:zero|no|without)\s+"
    r"(?:food|eating|calories|meals)\b",
    r"\b(?:live|living|lived|survive|surviving|existing)\s+(?:only\s+|just\s+|basically\s+)?on\s+(?:nothing\s+"
    r"but\s+)?(?:black\s+)?(?:coffee|water|gum|diet\s+(?:coke|soda)|air|cigarettes)\s+and\s+(?:gum|water|"
    r"coffee|cigarettes|diet\s+\w+|air)\b|\b(?:only|just|nothing\s+but)\s+(?:black\s+)?coffee\s+and\s+gum\b",
    # Insulin left out to lose weight (diabulimia).
    r"\b(?:skip\w*|miss\w*|cut\w*\s+back\s+on|restrict\w*|withh[eo]ld\w*|under-?dos\w*|leave\s+out|"
    r"don'?t\s+take)\s+(?:my\s+)?insulin\b[^.?!]{0,60}\b(?:weight|lose|drop|thin|fat|weigh\w*|kg|lbs?)\b",
    # Weighing oneself many times a day; meals skipped by a rule of the scale or the mirror.
    r"\b(?:mi\s+peso|me\s+peso|me\s+pèse|wiege\s+mich|weigh\s+myself)\b[^.?!]{0,40}\b(?:\d+|cinque|cinco|"
    r"cinq|fünf|five|six|seis|sei|ten|dieci|diez|dez)\s+(?:volte|veces|vezes|fois|mal|times)\s+(?:al|a|"
    r"por|par|am|per)\s+(?:giorno|día|dia|jour|tag|day)\b",
    r"\b(?:if|unless)\s+i\s+(?:can'?t|don'?t|cannot)\s+see\s+(?:my\s+)?(?:abs|ribs|hip\s*bones|"
    r"collarbones|thigh\s+gap)\b[^.?!]{0,40}\b(?:no|skip|don'?t\s+eat|not\s+eat)\b",
    # Food only when earned by exercise (es/pt/it/fr/de too).
    r"\b(?:no\s+me\s+dejo|não\s+me\s+deixo|non\s+mi\s+permetto\s+di|je\s+ne\s+m'autorise\s+pas\s+à|ich\s+"
    r"erlaube\s+mir\s+(?:kein|nicht)|(?:don'?t|won'?t|can'?t)\s+(?:let|allow)\s+myself\s+(?:to\s+)?)\s*"
    r"(?:cenar|comer|jantar|almoçar|mangiare|cenare|manger|dîner|essen|abendessen|eat|have\s+(?:dinner|"
    r"lunch|breakfast|food))\b",
    # Compensating for food with exercise until late or until it is burned off (code-switching).
    r"\b(?:after\s+eating|after\s+i\s+eat|après\s+(?:avoir\s+)?mang\w+|después\s+de\s+comer|depois\s+de\s+"
    r"comer|dopo\s+(?:aver\s+)?mangiato|nach\s+dem\s+essen)\b[^.?!]{0,60}\b(?:squats?|burpees?|crunches|"
    r"abdos|sentadillas|agachamentos|run\w*|cardio)\b[^.?!]{0,30}\b(?:until|till|jusqu'?à|hasta|até|"
    r"fino\s+a|bis)\s+(?:midnight|minuit|medianoche|meia-noite|mezzanotte|mitternacht|\d+\s*(?:am|pm|h|"
    r"uhr)|i\s+(?:collapse|puke|throw\s+up|can'?t)|it'?s\s+(?:burn\w*|gone))",
    r"\bate\s+(?:a|an|one|the|some|\w+)\s+\w+[^.?!]{0,40}\b(?:till|until)\s+(?:it'?s|it\s+is)\s+"
    r"(?:burn(?:ed|t)|worked)\s+off\b",
    # Very low intake for a long time: "for months around 800 kcal".
    r"\b(?:seit|for|desde\s+hace|há|da|depuis)\s+(?:\w+\s+)?(?:monaten|months|meses|mesi|mois|wochen|"
    r"weeks|semanas|settimane|semaines)\b[^.?!]{0,30}\b[2-9]\d{2}\s*(?:kcal|cal\w*|kalorien)\b",
    # Eating and throwing up part of it, to feel less fat.
    r"\bthrow\w*\s+(?:half|most|some|all)\s+(?:of\s+it\s+)?up\b|\bthrow\w*\s+(?:it\s+)?up\s+because\s+i\s+"
    r"(?:feel|felt|am)\s+(?:fat|huge|disgusting)\b",
    # Pro-ana slang; diet pills, laxative brands; days without food (es/pt/it/fr/de).
    r"\b(?:ana\s+mode|pro-?ana|ana\s+buddy|ed\s*twt|meanspo|meanie\s+pls|bonespo|ugw|gw)\b",
    r"\bdiet\s+pills\b|\b(?:\d+|twenty|thirty)\s+(?:dulcolax|senokot|ex-?lax|bisacodyl|senna)\b",
    r"\bno\s+he\s+comido\s+(?:nada\s+)?en\s+\d+\s+días\b|\bnão\s+(?:como|comi)\s+(?:nada\s+)?há\s+\d+\s+dias\b|"
    r"\bnon\s+mangio\s+da\s+\d+\s+giorni\b|\bje\s+n'ai\s+rien\s+mangé\s+depuis\s+\d+\s+jours\b|\bseit\s+\d+\s+"
    r"tagen\s+nichts\s+gegessen\b",
    # Very low intake a day; fasting or running to undo food; no food as payback.
    r"\beating\s+(?:basically\s+|about\s+|around\s+|like\s+|only\s+)?[2-9]\d{2}\s+(?:a|per)\s+day\b",
    r"\b(?:jejum|ayuno|digiuno|jeûne|fasten|fast)\s+(?:de\s+|of\s+)?\d+\s*h\b[^.?!]{0,60}\b(?:depois|después|"
    r"dopo|après|nach|after)\b",
    r"\bafter\s+(?:every|each)\s+'?bad'?\s+meal\b|\b(?:run|work|burn)\s+it\s+off\s+at\s+(?:midnight|\d)",
    r"\b(?:didn'?t|don'?t|won'?t)\s+eat\b[^.?!]{0,40}\bas\s+(?:payback|punishment)\b",
    r"\bhasta\s+que\s+'?lo\s+quem\w+\b|\bday\s+\d+\s+of\s+(?:my\s+)?(?:water\s+)?fast\b",
    # Said the way people say it in es/pt/it/fr/de (the multilingual probe set, tml).
    # Vomiting counted ("ya vomité tres veces hoy", "hab mich heute 5 mal übergeben") or after
    # meals ("ich kotz nach jedem essen").
    _ILL_ML
    + r"\b"
    + _PURGED_ML
    + r"\b[^.?!]{0,30}\b(?:\d+|dos|tres|cuatro|cinco|duas|três|quatro|due|tre|"
    r"quattro|cinque|deux|trois|quatre|cinq|zwei|drei|vier|fünf)\s*(?:veces|vezes|volte|fois|mal)\b|"
    + _ILL_ML
    + r"\b(?:\d+|dos|tres|duas|três|due|tre|deux|trois|zwei|drei|vier|fünf)\s*(?:veces|vezes|volte|"
    r"fois|"
    r"mal)\b[^.?!]{0,30}\b(?:vomit\w*|übergeben|gekotzt|erbrochen)\b",
    _ILL_ML + r"\b(?:" + _PURGING_ML + r"|" + _PURGED_ML + r")\b[^.?!]{0,20}\b" + _AFTER_MEALS_ML,
    # Days without food said as a count ("seit 6 tagen nix gegessen", "ça fait 5 jours que je
    # mange rien", "sono 5 giorni che non mangio", "llevo 4 días sin comer").
    r"\bseit\s+(?:\d+|\w+)\s+tag\w*\s+(?:\w+\s+)?(?:nix|nichts)\s+(?:mehr\s+)?gegessen\b|\bseit\s+(?:\d+|"
    r"\w+)\s+tag\w*\s+ess\w*\s+ich\s+(?:nix|nichts)\b|\b(?:\d+|\w+)\s+"
    r"tage?\s+(?:nix|nichts)\s+gegessen\b|\bça\s+fait\s+(?:\d+|\w+)\s+jours?\s+que\s+je\s+(?:ne\s+)?"
    r"mange\s+(?:rien|pas|plus)\b(?!\s+(?:de|d'|du|des)\b)|\brien\s+mangé\s+depuis\s+(?:\d+|\w+)\s+jours\b|\bsono\s+(?:\d+|\w+)\s+"
    r"giorni\s+che\s+non\s+mangio\b(?!\s+(?:dolci|carne|pane|pasta|zucchero|carboidrati|fritt\w*|junk))|"
    r"\bnon\s+mangio\s+(?:niente\s+|nulla\s+)?da\s+(?:\d+|\w+)\s+giorni\b|\bsin\s+probar\s+bocado\b|\b(?:llevo|hace)\s+"
    r"(?:\d+|\w+)\s+días\s+sin\s+comer\b|\b(?:estou|tô|to)\s+(?:há\s+)?(?:\d+|\w+)\s+dias\s+sem\s+comer\b|"
    r"\bnão\s+como\s+(?:há\s+)?(?:\d+|\w+)\s+dias\b",
    # A few hundred calories a day and still feeling fat ("300 kcal am Tag, und fühl mich immer
    # noch zu fett", "mangio 400 kcal e mi vedo ancora grassa"; not a deficit of 300 kcal).
    r"\b[1-7]\d{2}\s*(?:kcal|calor\w*|kalorien)\b(?!\s+(?:de\s+)?(?:defizit|déficit|deficit|unter|menos|"
    r"sotto|de\s+moins|below|less))[^.?!]{0,60}\b(?:me\s+(?:veo|siento|vejo|sinto)|mi\s+(?:vedo|sento)|"
    r"je\s+me\s+(?:vois|trouve|sens)|fühl\w*\s+mich|(?:immer\s+)?noch\s+zu|still\s+(?:feel|look)|ancora|"
    r"todavía|ainda|encore|viéndome|vendo-me|me\s+acho|mi\s+trovo)\s+(?:\w+\s+){0,2}(?:fett|dick|grass[ao]|"
    r"gord[ao]|gross?e?|fat)\b",
    # Every calorie to be burnt off ("si como algo tengo q correr hasta quemar cada caloría",
    # "tenho que queimar tudo o que como", "ich muss alles wieder abtrainieren").
    r"\b(?:tengo\s+q(?:ue)?|tenho\s+que|devo|je\s+dois|ich\s+muss|necesito|preciso|hasta|até)\b"
    r"[^.?!]{0,40}\b(?:quemar|queimar|bruciare|brûler|verbrennen)\s+(?:hasta\s+|até\s+)?(?:cada|toda|"
    r"todas\s+las|todas\s+as|ogni|chaque|toutes\s+les|jede)\s+(?:\w+\s+)?calor\w*\b(?!\s+(?:del|della|"
    r"de|di|du|des|der|einer|eines|da|do|dell')\b)|\b(?:quemar|"
    r"queimar|bruciare|brûler)\s+(?:todo\s+|tout\s+|tutto\s+|tudo\s+)?(?:lo|o|quello|ce)\s+(?:que|che)"
    r"\s+(?:je\s+)?(?:como|comí|comi|mangio|mange|ho\s+mangiato|j'ai\s+mangé)\b|\bich\s+muss\s+(?:\w+\s+)?"
    r"alles\s+(?:\w+\s+)?(?:wieder\s+)?abtrainieren\b|\b(?:verbrennen|abtrainieren),?\s+was\s+ich\s+(?:esse|gegessen)|"
    r"\bich\s+muss\s+(?:jede|alle)\s+kalorie\w*\s+(?:wieder\s+)?(?:verbrennen|abtrainieren)",
    # Fingers down the throat after eating ("me meto los dedos después de comer", "ich steck mir
    # nach dem Essen den Finger in den Hals").
    r"\b(?:me\s+meto\s+los\s+dedos|me\s+meto\s+el\s+dedo|(?:enfio|meto)\s+o\s+dedo\s+na\s+garganta|"
    r"dedos?\s+(?:en\s+la|na)\s+garganta|mi\s+infilo\s+le\s+dita|dita\s+in\s+gola|je\s+me\s+mets\s+les"
    r"\s+doigts|doigts\s+dans\s+la\s+gorge|finger\s+in\s+den\s+hals)\b",
    # Pro-ana talk ("gibts hier ana-buddies?", "alguien q sea ana y me pase tips").
    r"\bpro[-\s]?(?:ana|mia)\b|\bana[-\s]?(?:buddies|buddy|coach|tipps?|tips)\b|\b(?:alguien|alguém|"
    r"qualcuno|quelqu'un|jemand)\s+(?:q|que|che|qui|der|die)\s+(?:sea|seja|sia|soit|ist)\s+ana\b|"
    r"\bthinspo\b|\bmit\s+mir\s+hungert\b",
]


# --- eating disorder, acute -----------------------------------------------------------------------
# Signs that make an eating-disorder reading acute (medical danger now).
ED_ACUTE = [
    # Medical danger: fainting or nearly fainting, blood, a racing or fluttering heart.
    r"\b(?:faint\w*|passed\s+out|blacked\s+out|collapsed|desmai\w*|desmay\w*|svenut\w*|"
    r"ohnmächtig|évanoui\w*|vision\s+goes\s+(?:grey|gray|black))\b",
    r"\b(?:nearly|almost)\s+(?:passed\s+out|fainted|collapsed|blacked\s+out)\b",
    r"\bblood\b|\b(?:heart|chest)\b[^.?!]{0,30}\b(?:flutter\w*|racing|pound\w*|skip\w*|irregular|"
    r"weird|funny)\b|\bpalpitations\b",
    # Electrolytes: cramps, dizziness after purging, diuretics or days without food.
    r"\b(?:cramp\w*|dizzy|dizziness|light-?headed)\b",
    # Extreme frequency or methods: purging several times a day, spitting, a bin bag or a sauna
    # suit.
    r"\b(?:\d|six|seven|eight|five)\s+(?:or\s+\d\s+)?times\s+a\s+day\b",
    r"\bspitting\s+in\s+a\s+bottle\b|\bbin\s+bag\b|\bsauna\s+suit\b",
    # Vision going grey on standing, blacking out (any tense).
    r"\b(?:goes?|going|went)\s+(?:grey|gray|black|dark)\s+when\s+i\s+stand\b|\bblacking\s+out\b",
    # Blood in vomit (es/fr/pt/it/de), ketones, dark urine, the room spinning.
    r"\b(?:sang|sangre|sangue|blut)\b|\bketone\w*\b|\bkeep\s+throwing\s+up\b|\bdark\s+brown\b|"
    r"\broom\s+is\s+spinning\b|"
    r"\bgoing\s+to\s+pass\s+out\b|\bpass\s+out\s+again\b|\bme\s+desmayé\b",
    # Said the way people say it in es/pt/it/fr/de (the multilingual probe set, tml).
    # The heart racing, chest pain, dizziness or a collapse (es/pt/it/fr/de).
    r"\b(?:corazón\s+a\s+mil|coração\s+(?:a\s+mil|acelerado|disparado)|cuore\s+che\s+batte\s+(?:\w+\s+)?"
    r"(?:fort\w*|veloc\w*|all'impazzata)|cœur\s+(?:qui\s+)?(?:bat\s+(?:très\s+)?(?:vite|fort)|s'emballe)|herz\s+"
    r"(?:rast|stolpert)|herzrasen|me\s+duele\s+el\s+pecho|dor\s+no\s+peito|dolore\s+al\s+petto|mal\s+à\s+"
    r"la\s+poitrine|brustschmerz\w*|schwindlig|mareado|mareada|tontura|tête\s+qui\s+tourne|"
    r"vertig\w*|gira\s+la\s+testa|umgekippt|zusammengebrochen|me\s+desmayé|desmaiei|sono\s+svenut[oa]|"
    r"je\s+me\s+suis\s+évanoui\w*)\b",
]

P_ED = compile_all(ED)
P_ED_ACUTE = compile_all(ED_ACUTE)
