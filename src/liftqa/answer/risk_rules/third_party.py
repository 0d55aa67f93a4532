"""Someone else at risk: a friend, relative, client or athlete."""

from __future__ import annotations

import re

from liftqa.answer.risk_rules.blocks import ED_SIGN, OTHER, RESTRICTING, compile_all

# A friend, relative, client or athlete at risk: `risk` reads these as third party unless the
# message is also about the writer.
THIRD = [
    # Someone named with a risk word (suicide, self-harm, purging, a bridge, giving things
    # away, cuts on them; es/pt/it/fr/de too).
    OTHER + r"\b[^.?!]{0,80}\b(?:suicid\w*|kill\s+(?:him|her|them)sel(?:f|ves)|"
    r"wants?\s+to\s+die|want\s+to\s+die|end\s+(?:his|her|their)\s+life|tak(?:e|ing)\s+(?:his|her|"
    r"their)\s+(?:own\s+)?life|self[-\s]?harm\w*|"
    r"cutting|cuts|making\s+(?:him|her|them)sel(?:f|ves)\s+sick|starving|throwing\s+up|purging|"
    r"laxatives|better\s+off\s+without|goodbye|took\s+a\s+bunch|pills|ready\s+to\s+go|"
    r"railing|ledge|bridge|won'?t\s+come\s+down|kill\s+myself|means\s+it|periods?\s+(?:have\s+)?"
    r"stopped|only\s+(?:eats?\s+)?salad|\w+\s+classes\s+a\s+day|"
    r"hurting\s+(?:him|her|them)sel)",
    OTHER + r"\b[^.?!]{0,80}\b(?:giv(?:en|ing)\s+away|barely\s+eats|hiding\s+food|won'?t\s+eat|"
    r"stopped\s+eating|searches)\b",
    # Someone named eating almost nothing with a second sign of an eating disorder (training or
    # running it off, weighing, weight lost, hiding the body, fainting), either order: "my
    # sister is barely eating and runs twice a day", "one of my athletes has lost a lot of
    # weight and faints at practice" (not "skipping meals because of exams" alone).
    OTHER
    + r"\b[^.?!]{0,80}\b(?:(?:"
    + RESTRICTING
    + r")\b[^.?!]{0,60}\b(?:"
    + ED_SIGN
    + r")|(?:"
    + ED_SIGN
    + r")\b[^.?!]{0,60}\b(?:"
    + RESTRICTING
    + r"))",
    r"\b(?:mi|mein|meine|minha|meu|ma|mon|mia|mio)\s+\w+\b[^.?!]{0,60}\b(?:quiere\s+morir\w*|"
    r"abschied\w*|suicid\w*|se\s+corta|si\s+taglia|si\s+fa\s+(?:dei\s+)?tagli|se\s+hace\s+cortes|"
    r"ritzt\s+sich|se\s+coupe|quer\s+morrer|vuole\s+morire|non\s+ha\s+più\s+senso\s+vivere|"
    r"veut\s+mourir|will\s+sterben|sich\s+(?:das\s+leben\s+zu\s+nehmen|umzubringen|etwas\s+anzutun)|"
    r"quitarse\s+la\s+vida|suicidarse|se\s+matar|tirar\s+a\s+própria\s+vida|togliersi\s+la\s+vita|"
    r"uccidersi|se\s+suicider|mettre\s+fin\s+à\s+ses\s+jours|se\s+tuer|"
    # reflexive forms with a verb between or in the progressive ("se quiere matar", "will sich
    # umbringen", "se está cortando", "tá se cortando", "si sta tagliando"; not hair or nails)
    r"se\s+(?:quiere|quer|va\s+a|vai|vuole|veut)\s+(?:matar|suicidar|tuer|suicider)|"
    r"sich\s+(?:umbringen|töten|ritzen)|se\s+scarifi\w*|se\s+taillad\w*|(?:se\s+est[aá]|"
    r"est[aá]\s+se|t[aá]\s+se|si\s+sta)\s+(?:cortando|tagliando|quemando|queimando|lastimando|"
    r"machucando)(?!\s+(?:el|la|o|a|i|le|les)\s+(?:pelo|cabelo|capelli|cheveux|barba|uñas|unhas|"
    r"unghie|ongles))|est[aá]\s+cort[aá]ndose)",
    r"\b(?:mi|mein|meine|minha|meu|ma|mon|mia|mio)\s+\w+\b[^.?!]{0,80}\b(?:pastillas|"
    r"tabletten|pastiglie|comprimidos)\b[^.?!]{0,40}\b(?:adiós|adeus|addio|tschüss)\b|\b(?:er|sie)\b[^.?!]{0,60}\bspringt\b",
    r"\b(?:kid|student|athlete|player|client|member|one\s+of\s+(?:my|the))\b[^.?!]{0,60}\b(?:has\s+"
    r"cuts|cuts\s+on|scars\s+on|burns\s+on)\b",
    r"\b(?:tiene|tem|ha|a)\s+(?:cortes|marcas\s+de\s+corte|tagli|des\s+coupures)\b|\b(?:mandarme|"
    r"m'envoyer|mandou|mandato|geschrieben)\b[^.?!]{0,60}\b(?:despidi\w*|adieu|adeus|addio|"
    r"tabletten\s+genommen)\b",
    # A client, athlete or teammate who pays for food with exercise, writes about not wanting to
    # exist, does not care if he gets hurt.
    r"\b(?:one|a|my|our)\s+(?:of\s+(?:my|our|the)\s+)?(?:clients?|athletes?|patients?|members?|"
    r"students?|lifters?|trainees?|players?|lads|girls|guys|teammates?)\b[^.?!]{0,80}\b(?:pay\w*\s+for\s+"
    r"(?:dinner|food|meals?|lunch)|not\s+wanting\s+to\s+(?:exist|live|be\s+alive)|(?:doesn'?t|does\s+"
    r"not)\s+care\s+if\s+(?:he|she|they)\s+gets?\s+(?:hurt|killed|injured))",
    r"\b(?:client|patient|athlete|member|friend|mate)\b[^.?!]{0,60}\b(?:doesn'?t|does\s+not)\s+see"
    r"\s+the\s+point\s+(?:anymore|any\s+more)\b",
    # What they said or did: texted goodbye, said they're a burden, gave things away,
    # stockpiling their medication, not eating for days.
    r"\b(?:my|our)\s+\w+(?:\s+\w+)?\s+(?:said|says|texted|posted|messaged|wrote)\b[^.?!]{0,60}\b(?:"
    r"goodbye|won'?t\s+be\s+(?:here|around)|end\s+it|kill\s+(?:him|her|them)sel\w*|not\s+worth\s+"
    r"living|better\s+off\s+without|sorry\s+for\s+everything)",
    r"\b(?:he|she|they)\s+(?:gave|has\s+given|is\s+giving|have\s+given)\s+away\b|\b(?:he|she|they)"
    r"(?:'?s|\s+is|\s+are|'?re)\s+(?:saying|talking\s+about)\s+(?:goodbye|dying|not\s+being\s+(?:here|"
    r"around)|ending\s+it)",
    r"\b(?:he|she|they|"
    + OTHER
    + r")\b[^.?!]{0,20}\b(?:saying|talking\s+about|thinking\s+about|talks\s+about)\s+"
    r"(?:dying|not\s+being\s+(?:here|around)|ending\s+(?:it|things|his\s+life|her\s+life|their\s+"
    r"lives?))\b",
    r"\b(?:keeps?|kept)\s+saying\s+(?:he|she|they)(?:'?s|'?re|\s+is|\s+are)\s+(?:a\s+burden|"
    r"worthless|better\s+off\s+dead)",
    r"\b(?:she|he|they)\s+(?:has|have|had)\s+been\s+(?:stockpiling|saving|hoarding|collecting)\s+"
    r"(?:her|his|their)\s+(?:medication|meds|pills|tablets)",
    r"\b(?:she|he|they)\s+(?:hasn'?t|hadn'?t|haven'?t)\s+(?:eaten|been\s+eating)\s+(?:for|in)\s+"
    r"(?:days|a\s+week|\d+\s+days)",
    # A relative who has taken their pills (es/pt/it/fr/de).
    r"\b(?:mi|mein|meine|minha|meu|ma|mon|mia|mio)\s+\w+\b[^.?!]{0,60}\b(?:se\s+tom[oó]|tomou|ha\s+preso|"
    r"a\s+pris|a\s+avalé|hat\s+(?:\w+\s+){0,3}genommen)\b[^.?!]{0,30}\b(?:pastillas|comprimidos|pastiglie|"
    r"cachets|comprimés|médicaments|tabletten|pills)\b",
    # A relative who hardly eats any more (fr/es/pt/it/de).
    r"\b(?:mon|ma|mi|meu|minha|mio|mia|mein|meine)\s+\w+(?:\s+\w+)?\b[^.?!]{0,60}\b(?:ne\s+mange\s+"
    r"(?:presque\s+)?plus|no\s+come\s+(?:casi\s+)?nada|não\s+come\s+(?:quase\s+)?nada|non\s+mangia\s+"
    r"(?:quasi\s+)?più|isst\s+(?:fast\s+)?nichts\s+mehr)\b",
    # Someone else using a means on themself, hitting themself (it/es/pt/fr/de), very thin and
    # training for hours, an essay about not being around.
    r"\b(?:he|she|they)(?:'s|\s+is|\s+has)\s+(?:got\s+)?(?:a\s+)?(?:knife|blade|gun|pills)\b[^.?!]{0,80}"
    r"\b(?:on\s+(?:him|her|them)sel(?:f|ves)|kill\s+(?:him|her|them)sel\w*)\b",
    r"\bsi\s+dà\s+(?:dei\s+)?pugni\b|\bse\s+(?:golpea|pega)\b|\bse\s+bate\b|\bse\s+frappe\b|\bschlägt\s+sich\b",
    r"\b(?:my|our)\s+(?:gf|girlfriend|bf|boyfriend|wife|husband|partner|daughter|son|sister|brother|friend)"
    r"\b[^.?!]{0,60}\bhours\s+of\s+cardio\b[\s\S]{0,80}\b(?:thin|cries|skinny)\b",
    r"\b(?:essay|poem|post|story)\s+about\b[^.?!]{0,60}\bnot\s+wanting\s+to\s+'?be\s+around\b",
]

P_THIRD = compile_all(THIRD)

# Signs that someone else's risk is acute: things given away, a goodbye, pills taken, not
# answering, a plan, a time (es/pt/it/fr/de too).
THIRD_ACUTE = re.compile(
    r"\b(?:gave|giving|given)\s+(?:me\s+)?(?:away|(?:his|her|their)\s+\w+)|goodbye|bye\s+everyone|"
    r"regal(?:ato|ó|ou)|deu-me|m'a\s+donné|verschenkt|adiós|addio|adeus|adieu|abschied\w*|"
    r"(?:not|isn'?t|hasn'?t\s+been|stopped)\s+answering|no\s+(?:contesta|responde)|non\s+risponde|"
    r"não\s+(?:atende|responde)|ne\s+répond\s+(?:pas|plus)|geht\s+nicht\s+(?:ran|ans)|"
    r"took\s+(?:all|a\s+bunch|a\s+handful)|se\s+tom[oó]|tomou|ha\s+preso|a\s+pris|genommen|"
    r"tonight|right\s+now|heute\s+nacht|esta\s+noche|stanotte|ce\s+soir|hoje\s+à\s+noite|springt|plans?\s+to|a\s+plan|un\s+plan|uno?\s+piano|einen\s+plan|gun|pistol|"
    r"bleeding|blutet|sangra|sanguina|saigne|fainted|passed\s+out|collapsed|"
    r"desmay\w*|desmai\w*|svenut\w*|évanoui\w*|ohnmächtig"
)
