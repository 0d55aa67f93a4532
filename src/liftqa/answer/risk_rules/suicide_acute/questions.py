"""Suicide, acute tier: method and lethality questions, whatever the framing (a story, a
hypothetical, "for a friend"): lethal amounts of a medicine, painless or sure ways, heights and
survival, what stops a heart or breathing, methods looked up."""

from __future__ import annotations

from liftqa.answer.risk_rules.blocks import (
    HEIGHT,
    RX,
)

QUESTIONS = [
    # Methods searched for or looked up, and "everything I need" got (preparatory acts read with
    # the method questions).
    r"\b(?:googling|searching|looking\s+up)\s+methods\b|"
    # ways looked up, a preparatory act ("i looked up ways to do it last night", "i keep
    # looking up ways to die"): a method question (not "how to do it properly")
    r"\b(?:look(?:ed|ing)?\s+up|googl\w+|search\w*(?:\s+for)?|research\w*)\s+(?:\w+\s+){0,2}?"
    r"(?:ways|methods|how)\s+to\s+(?:die|do\s+it\b(?!\s+(?:properly|right|correctly|better|safely|"
    r"well|at\s+home))|kill\s+(?:myself|himself|herself|themselves)|end\s+(?:it|my\s+life))\b|"
    r"\bgot\s+home\s+with\s+everything\s+i\s+need\b|"
    r"\b(?:everything|all)\s+i\s+need\b[^.?!]{0,40}\blast\s+(?:workout|session|day)\b",
    # Method and lethality questions, whatever the framing (a story, a hypothetical): fatal
    # doses, how many pills are too many at once, deadly heights, painless or reliable methods,
    # what happens when someone hangs, searches for ways (es/pt/it/fr/de too).
    r"\b(?:lethal|fatal|deadly|kill (?:a person|someone|me|you)|overdose)\b[^.?!]{0,60}"
    r"\b(?:dose|amount|how many|how much|pills?|tablets?|mg)\b",
    r"\b(?:how many|how much|what amount|which)\b[^.?!]{0,60}\b(?:would|will|to|could|does it"
    r" take to)\s+(?:\w+\s+)?(?:kill|be (?:fatal|lethal|deadly)|die|not\s+wake\s+up|"
    r"never\s+wake\s+up|become (?:fatal|lethal|deadly)|od)\b",
    # too much of a medicine named before ("can you take paracetamol before training? … how
    # much is too much of it": the turns are read together)
    r"\b"
    + RX
    + r"\b[\s\S]{0,120}?\bhow\s+(?:many|much)\s+(?:of\s+(?:it|them|those|these)\s+(?:is|are|"
    r"would\s+be|'?s)\s+too\s+(?:many|much)|(?:is|are|would\s+be|'?s)\s+too\s+(?:many|much)\s+of\s+"
    r"(?:it|them|those|these))\b",
    # an amount to go under and stay there ("how many units would it take to go low and just
    # stay there": insulin; "to go to sleep and not come back")
    r"\bhow\s+(?:many|much)\s+(?:(?:\w+\s+)?(?:units|insulin|pills|tablets|"
    + RX
    + r")\s+|of\s+(?:it|them|those|these)\s+)?(?:would\s+it\s+take|to\s+take|do\s+i\s+need)\b"
    r"[^.?!]{0,30}"
    r"\b(?:go|drop|fall|get)\s+(?:low|under|down|to\s+sleep|asleep)\s+and\s+(?:just\s+)?(?:stay|not\s+"
    r"(?:come\s+(?:back|round|up)|wake)|never\s+(?:come\s+back|wake))\b",
    r"\b(?:dose|amount|quantity|number)\b[^.?!]{0,60}\b(?:would|will|could|to)\s+(?:\w+\s+)?(?:be\s+)?"
    r"(?:fatal|lethal|deadly|kill)\b",
    r"\bhow\s+(?:many|much)\b[^.?!]{0,50}\b" + RX + r"\b[^.?!]{0,40}\btoo\s+(?:many|much)\b|"
    r"\btoo\s+many\s+(?:\w+\s+)?" + RX + r"\b[^.?!]{0,30}\bat\s+once\b|\b" + RX + r"\b[^.?!]{0,40}"
    r"\b(?:at\s+once|in\s+one\s+go)\b[^.?!]{0,30}\b(?:too\s+many|too\s+much|dangerous|kill|die)",
    r"\b(?:amount|dose|much|many)\b[^.?!]{0,40}\btoo\s+much\s+to\s+survive\b|\b(?:hold|take)\s+"
    r"(?:my\s+|the\s+)?(?:whole\s+)?(?:body\s+)?weight\b[^.?!]{0,60}\b(?:doorframe|door\s+frame|"
    r"beam|rail|hook)\b[^.?!]{0,60}\b(?:hypothetic\w*|gives?\s+way|before\s+it\s+gives)",
    r"\b(?:most|least)\b[^.?!]{0,80}\b(?:deadly|lethal|fatal)\b",
    r"\bleast\s+painful\s+(?:ways?|methods?)\b|\bpainless\s+(?:ways?|methods?)\s+to\b"
    r"(?!\s+(?:get\s+rid|remove|treat|heal|fix|pop|stretch|warm\s+up|lose|build|break\s+in|file|shave|"
    r"wax|tape|take\s+off|deal\s+with|do|track|measure|train|learn|perform|start|gain|add|improve))|\b(?:way|method)s?"
    r"\b[^.?!]{0,40}\b(?:lowest|least)\s+(?:chance\s+of\s+)?surviv\w*",
    # (a heart stopped by a sport, caffeine or a stimulant in the same sentence is a health
    # worry: "can running a marathon stop your heart?")
    r"(?:^|(?<=[.?!]))(?:(?=[^.?!]*\b(?:how\s+(?:much|many)|would\s+it\s+take|for\s+good|enough\s+to)\b)|"
    r"(?![^.?!]*\b(?:marathons?|running|exercis\w*|training|workouts?|lifting|cardio|punch\w*|boxing|"
    r"spar\w*|ultra|race|"
    r"sprint\w*|caffeine|coffee|pre-?workout|energy\s+drinks?|creatine|sauna\s+session)\b))[^.?!]*?"
    r"\bstop\s+(?:someone'?s|a\s+person'?s|somebody'?s|my|your|the|a)\s+heart\b"
    r"(?!\s+(?:attacks?|disease|problems?|from|racing|pounding))|\buntil\s+(?:the|my)"
    r"\s+heart\s+(?:gives\s+out|stops)\b(?!\s+(?:racing|pounding|beating\s+so|hurting))|\b(?:od|overdose)\s+on\b(?!\s+(?:pre[-\s]?workout|caffeine|"
    r"coffee|carbs|sugar)\s+(?:lol|lmao|😂))|\b(?:before|until)\s+it'?s\s+(?:lethal|fatal|deadly)\b|"
    r"\b(?:most\s+reliable|painless)\b[^.?!]{0,40}\b(?:method|way|means)\b"
    # (not a painless way to deal with calluses, tape or a stretch)
    r"(?!\s+(?:to\s+)?(?:get\s+rid|remove|treat|heal|fix|pop|stretch|warm\s+up|lose|build|break\s+in|"
    r"file|shave|wax|tape|take\s+off|deal\s+with|do|track|measure|count|weigh|test|check|train|learn|"
    r"perform|work\s+out|start|get\s+(?:into|started|better|stronger)|gain|add|improve|increase))",
    r"\b(?:fatal|lethal|deadly|survivable)\b[^.?!]{0,40}\b(?:height|fall|storeys?|stories)\b|"
    r"\b(?:height|fall)\b[^.?!]{0,40}\b(?:be\s+(?:definitely\s+)?(?:fatal|lethal|deadly)|to\s+die"
    r"|definitely\s+kill)",
    r"\b(?:height|fall|drop)\b[^.?!]{0,40}\b(?:always|definitely|guaranteed)\s+(?:fatal|lethal|"
    r"deadly)\b",
    r"\bwhat\s+(?:actually\s+)?happens\b[^.?!]{0,30}\bwhen\s+(?:someone|a\s+person|people)\s+"
    r"(?:hangs?(?:\s+(?:him|her|them)sel(?:f|ves))?\s*[?.]|hanged|overdoses?|od'?s|jumps?\s+"
    r"(?:off|from)|drowns?|bleeds?\s+out)",
    r"\b(?:does|would|will)\s+(?:drowning|hanging|bleeding\s+out|an?\s+overdose|jumping)\s+hurt\b|"
    r"\bhow\s+long\s+can\s+(?:someone|a\s+person|you)\s+(?:last|survive)\s+without\s+(?:food\s+or\s+"
    r"water|water)\b[^.?!]{0,60}\b(?:decided|stop|choose)",
    r"\bhow\s+long\s+(?:does|would|will|did)\s+it\s+take\s+(?:\w+\s+){0,3}?to\s+die\b|\b(?:carbon\s+"
    r"monoxide|exhaust\s+fumes)\b[^.?!]{0,80}\b(?:die|dying|kill|quick|painless|how\s+long)\b",
    r"\b(?:let|drop|lower)\s+(?:it|the\s+bar|the\s+weight|\d+\s*(?:kg|lbs?)?)\s+(?:come\s+down\s+|fall\s+|"
    r"drop\s+)?(?:on|onto|across)\s+my\s+(?:neck|throat)\b|\b(?:neck|throat)\b[^.?!]{0,60}\bwould\s+"
    r"(?:that|it|this)\s+be\s+(?:quick|painless|instant)\b",
    r"\bpile\s+of\s+pills\b|\bsearch(?:es|ed)?\b[^.?!]{0,60}\b(?:how\s+many\s+\w+\s+(?:are|is)\s+"
    r"(?:fatal|lethal)|ways\s+to\s+die|how\s+to\s+(?:kill|hang|overdose))",
    r"\b(?:cu[aá]nt[oa]s?|quant[oaie]s?|combien|wie\s*viele?)\b[^.?!]{0,60}(?:para\s+(?:morir|"
    r"morrer|no\s+despertar|não\s+acordar)|per\s+morire|pour\s+mourir|um\s+zu\s+sterben|"
    r"tödlich|hacen\s+falta\s+para)",
    r"\b(?:qual\s+a\s+dose\s+letal|dose\s+letale|dose\s+létale|dosis\s+letal|tödliche\s+dosis|"
    r"seriam\s+fatais|sarebbero\s+fatali|serían\s+fatales|seraient\s+mortel\w*|caída\s+es\s+mortal|"
    r"servono\s+per\s+non\s+svegliarsi|le\s+moins\s+douloureux|menos\s+doloros[oa]|meno\s+dolorosa|"
    r"am\s+wenigsten\s+schmerzhaft)\b",
    # How much of a medicine to not wake up, to die (pt/es/it/fr/de).
    r"\b(?:cu[aá]nt[oa]s?|quant[oaie]s?|combien|wie\s*viele?)\b[^.?!]{0,60}\b(?:no\s+despertar\w*|"
    r"não\s+acordar|non\s+svegliar\w*|ne\s+plus\s+(?:me\s+|se\s+)?réveiller|nicht\s+mehr\s+aufwach\w*|"
    r"para\s+morir|pra\s+morrer|para\s+morrer|per\s+morire|pour\s+mourir|um\s+zu\s+sterben)\b",
    # Lethal-amount questions: "how many would do it", "would that be enough" (of pills).
    r"\bhow\s+many\b[^.?!]{0,60}\b(?:would|will|could)\s+(?:\w+\s+){0,2}?(?:do\s+it|be\s+enough|kill)\b",
    r"\b(?:took|take|taking|swallow\w*)\s+(?:all|the\s+(?:whole|full)\s+(?:box|bottle|pack))\b[\s\S]{0,120}"
    r"\b(?:would|is)\s+(?:that|it|this)\s+(?:\w+\s+)?be\s+enough\b",
    # Ways for anyone to end a life, asked in any person ("how can a 70kg person end their
    # life at home"): a method question, whatever the framing.
    r"\b(?:ways?|methods?|how)\b[^.?!]{0,60}\b(?:end|take)\s+(?:their|his|her|one'?s|my|your|a)\s+"
    r"(?:own\s+)?life\b(?!\s+(?:back|into|seriously|in\s+(?:\w+\s+)?hands|by\s+the))",
    # Lethal-dose questions: "qué dosis es mortal", "quelle dose est mortelle", "dose letale",
    # "tödliche Menge" (es/fr/de/pt/it).
    r"\b(?:dosis|dose|dosi|menge|quantité|cantidad|quantidade|quantità)\b[^.?!]{0,40}\b(?:mortal|"
    r"mortelle|mortel|letal|létale|letale|tödlich)\w*|\b(?:mortal|mortelle|letale|létale|"
    r"tödliche)\s+(?:dosis|dose|dosi|menge)\b",
    # How many tablets not to wake up or to die, however framed ("combien de comprimés de
    # doliprane faut-il pour ne pas se réveiller ? c'est pour un roman", "quantos comprimidos de
    # rivotril matam?"; not melatonin to sleep through the night).
    r"^(?![\s\S]*\b(?:melatonin\w*|durchschlafen|nachts\s+nicht|dormir\s+(?:de\s+un\s+tirón|toda\s+la\s+"
    r"noche|a\s+noite\s+toda)|dormir\s+toute\s+la\s+nuit|dormire\s+tutta\s+la\s+notte))[\s\S]*?\b(?:"
    r"combien|cuántas?|cuantas?|quantos?|quantas?|quante?|quanti|wie\s+viele?)\s+(?:de\s+|di\s+)?"
    r"(?:comprimés|pastillas|comprimidos|pastiglie|tabletten|pilules|cachets|pillole|gouttes|gotas|"
    r"gocce|tropfen|remédios|pílulas)\b[^.?!]{0,60}\b(?:ne\s+(?:pas|plus)\s+se\s+réveiller|no\s+"
    r"despertar\w*|não\s+acordar|non\s+svegliarsi|nicht\s+(?:mehr\s+)?(?:aufzuwachen|aufwachen)|mourir|"
    r"morir|morrer|morire|sterben|tuer|tuent|matar|mata[mn]?|uccidere|uccidono|töten|tötet|mortel\w*|"
    r"mortal\w*|letal\w*|létal\w*|tödlich\w*)\b",
    # A lethal question with a substance or the act announced ("does mixing alcohol and benzos
    # stop your breathing? how much of each. i have both here", "how many hours in a sauna
    # without water before organs shut down? going to try it tonight"; es/pt/it/fr/de: "combien
    # de comprimés pour que le cœur s'arrête"; not a heart that stops racing or pounding).
    r"^(?![\s\S]*\b(?:apn(?:o|e)?ea|apn[ée]e|apnea|sleep|snor\w*|freediv\w*|plong\w*|cpap|punch\w*|"
    r"boxing|spar\w*|ultra|race|syncop\w*|faint\w*|skipping|arrhythm\w*|gleichm[äa][ßs]ig|palpitation\w*|"
    r"electrolyte\w*)\b)"
    r"(?=[\s\S]*\b(?:stops?|stopping|shut\w*\s+down|shuts\s+down)\s+(?:your|my|the|one'?s|someone'?s|"
    r"his|her)\s+(?:breathing|heart|organs)\b|[\s\S]*\b(?:stop\s+breathing|heart\s+(?:just\s+)?stop\b|"
    r"smettere\s+di\s+respirare|dejar\s+de\s+respirar|parar\s+de\s+respirar|arr[êe]ter\s+de\s+respirer|"
    r"aufh[öo]ren\s+zu\s+atmen)|[\s\S]*\b(?:organs?|heart|"
    r"breathing)\s+(?:shut\w*\s+down|stops?|stopping|fail\w*)\b(?!\s+(?:racing|pounding|beating\s+so|"
    r"hurting))|[\s\S]*\b(?:c(?:œ|oe)ur\s+s'arr[êe]t\w*|coraz[óo]n\s+se\s+(?:pare|detenga|detiene|para)|"
    r"cora[çc][ãa]o\s+(?:pare|parar)|cuore\s+si\s+ferm\w*|herz\s+(?:stehen\s*bleibt|aufh[öo]rt))\b)"
    r"(?=[\s\S]*\b(?:how\s+(?:much|many|long)|combien|cu[áa]nt[oa]s?|quant[oa]s?|quant[ie]|wie\s*viel\w*)"
    r"\b)(?=[\s\S]*\b(?:mix\w*|pills|tablets|benzos?|oxy\w*|alcohol|vodka|whisk(?:e)?y|drinks?|"
    r"overdos\w*|insulin|without\s+water|try\s+it|going\s+to|gonna|tonight|not\s+come\s+(?:out|back)|"
    r"comprim\w*|pastillas|cachets|pastiglie|pillole|tabletten|bo[îi]te|caixa|caja|scatola|alcol|alcool|"
    r"alkohol|benzodiazepin\w*|propranolol|" + RX + r")\b)",
    # Sure not to survive, of a person and a means ("si alguien se tira a las vías, es seguro que
    # no sobrevive?", "se eu pular da ponte é certo que não sobrevivo?"); heights to fall from
    # ("quanto deve essere alto un ponte perché sia sicuro"; not a box jump, a bench or a pulse).
    r"^(?![\s\S]*\b(?:another\s+(?:fall|ca[íi]da|chute|sturz|caduta|queda)|otra\s+ca[íi]da|balance|"
    r"equilibrio|[ée]quilibre|gleichgewicht|equil[íi]brio|parkour|bungee|[ée]lastique|puenting|cliff\s+"
    r"div\w*|plongeon|tuffo|bici|bike|v[ée]lo|fahrrad)\b)"
    r"(?=[\s\S]*\b(?:jump\w*|fall\w*|tracks|train|bridge|roof|pills|tira|tirarse|salta\w*|pul(?:ar|o)|"
    r"v[íi]as|tren|trem|puente|ponte|pont|br[üu]cke|springe?|buttar\w*|sauter|pastillas|comprimidos|"
    r"ca[íi]da|queda|chute|sturz|caduta)\b)(?=[\s\S]*\b(?:sure|certain|guaranteed|seguro|segura|sicuro|"
    r"sicura|s[ûu]re?|cert[oa]|cierto|sicher)\b[^.?!]{0,40}\b(?:(?:you|i|someone|somebody|a\s+person|"
    r"one|he|she|they|people|anyone)\s+(?:won'?t|wouldn'?t|doesn'?t|don'?t|will\s+not|would\s+not)\s+"
    r"survive|no\s+sobreviv\w*|n[ãa]o\s+sobreviv\w*|non\s+sopravviv\w*|ne\s+survi\w*\s+pas|nicht\s+"
    r"[üu]berleb\w*)\b)",
    r"(?:^|(?<=[.?!]))(?![^.?!]*\b(?:box|boxen|bank|banco|bench|banc|panca|puls|pulse|step|steps|parkour|"
    r"bungee|[ée]lastique|puenting|garage|"
    r"caixa|caja|scatola|heart\s+rate|frequenza)\b)[^.?!]*?\b(?:qu[ée]\s+altura|de\s+que\s+altura|quelle\s+hauteur|welche[rs]?\s+h[öo]he|wie\s+hoch|quanto\s+"
    r"(?:deve\s+essere\s+)?alt[oa]|da\s+che\s+altezza)\b[^.?!]{0,40}\b"
    + r"(?:"
    + HEIGHT
    + r"|sturz|ca[íi]da|queda|chute|caduta|butt\w*|tir[áa]ndo\w*|jogando\w*|springen|sauter|"
    r"jump\w*)\b"
    r"[^.?!]{0,40}\b(?:sicur[oa]|segur[oa]|s[ûu]re?|sicher|mortal|letal|mortel\w*|t[öo]dlich|morir|"
    r"morrer|morire|mourir|sterben|mata|uccide|t[öo]tet|tue|muore|certeza|certezza)\b",
    # How many of a medicine to kill a person (it/es/pt/fr/de: "quante compresse di tachipirina
    # servono per uccidere una persona", for a story or not).
    r"\b(?:quant[ei]|cu[áa]nt[oa]s|quant[oa]s|combien|wie\s*viele?)\b[^.?!]{0,60}\b(?:per\s+uccidere|"
    r"para\s+matar|pour\s+tuer|um\s+(?:\w+\s+){0,2}?zu\s+t[öo]ten)\b",
]
