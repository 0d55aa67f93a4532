"""Suicide, acute tier: means gathered, kept or at hand — medicine saved up or kept instead of
taken, a rope, a gun or a blade ready, means bought or to be bought, fumes set up. Also
`MEANS_AT_HAND`, which makes a message with suicidal thoughts acute."""

from __future__ import annotations

import re

from liftqa.answer.risk_rules.blocks import (
    DRUG,
    PILLS_ML,
    RX,
    SUPPLY,
    WEAPON,
)

# A medicine one could save up: the prescription words, not "tablet's" (the device).
_SAVED_RX = (
    r"(?:"
    + RX
    + r"|oxy\w*)\b(?!'s)(?!\s+(?:cool|list|app|schedule|info|needles|supplies|pouch|case))"
)

MEANS = [
    # Means gathered or at hand: pills saved, counted, lined up or collected from different
    # pharmacies ("enough now"); a rope bought; a rope, gun or blade ready or looked at.
    r"\b(?:have|got|saved|saving|stockpil\w*|counted|collected|bought|ready)\b[^.?!]{0,30}"
    r"\b(?:pills|tablets|meds|(?<!jump\s)(?<!skipping\s)(?<!battle\s)rope|the stuff|a gun|the gun|"
    r"blade)\b"
    r"[^.?!]{0,40}"
    r"\b(?:tonight|take|end|die|ready|all of them|for when|for tonight|to do it)\b",
    r"\b(?:\d{2,3}|twenty|thirty|forty|fifty)\s+(?:of\s+)?(?:my\s+)?" + DRUG + r"\b[^.?!]{0,60}"
    r"\b(?:lined\s+up|vodka|whisky|whiskey|alcohol|tonight|the\s+night|enough\s+(?:now|to))",
    r"\b\d{2,4}\s+of\s+my\s+(?:\w+\s+){0,2}?" + DRUG + r"\b[^.?!]{0,40}\benough\b",
    r"\b(?:enough|sufficient)\b[^.?!]{0,25}\bto\s+(?:do\s+it|die|end\s+it|not\s+wake|kill\s+"
    r"(?:me|myself)|go\s+to\s+sleep\s+forever)\b",
    r"\b(?:bought|got|getting|collect\w*|sav\w*|hoard\w*|stock\w*)\b[^.?!]{0,60}\b(?:from\s+"
    r"(?:a\s+)?different\s+(?:pharmac\w*|chemists?|doctors?)|so\s+(?:they|nobody|no\s+one)\s+"
    r"(?:wouldn'?t|won'?t|would\s+not)\s+(?:notice|know))",
    r"\bi\s+have\s+enough\s+now\b",
    # Saving pills "just in case", counting them: a preparatory act whatever the question around it.
    r"\b(?:saving|saved|stockpil\w*|hoard\w*|stash\w*)\s+(?:up\s+)?(?:my\s+|some\s+|all\s+(?:my\s+)?)?"
    r"(?:pills|tablets|meds|medication|sleeping\s+pills|painkillers)\b(?!\s+(?:list|app|schedule|info|"
    r"reminders?|for\s+(?:the\s+)?recycl\w*))",
    r"\b(?:pills|tablets|meds)\b[^.?!]{0,40}\b(?:and|then)\s+count\s+them\b|\bcount(?:ing)?\s+(?:the|my)\s+"
    r"(?:pills|tablets)\b",
    # Means laid out, bought, held or looked at: pills out on the table or lined up, a rope
    # bought, a blade or a gun in hand, a weapon in the car or under the bed (es/fr/it/de too).
    r"\b"
    + SUPPLY
    + r"(?:'s|\s+is|\s+are)?\s+(?:(?:all\s+)?out\s+on\s+the\s+(?:table|desk|bed|counter)|"
    r"(?:lined|counted|set)\s+(?:up|out)|ready\s+(?:for\s+tonight|to\s+go))\b|\bgot\s+the\s+bottle\s+of"
    r"\s+(?:my|his|her)\s+\w+'?s?\s+\w+\s+in\s+my\b",
    r"\b(?:bought|got|ordered)\s+(?:a|some)\s+rope\b|\b(?:acheté|compré|comprei|comprato|gekauft)"
    r"\b[^.?!]{0,30}\b(?:corde|cuerda|soga|corda|seil|strick)\b|\b(?:une|la)\s+corde\b[^.?!]{0,40}"
    r"\b(?:acheté|aujourd'hui)\b",
    r"\bholding\s+(?:the|a)\s+(?:blade|knife|razor|gun|rope)\b",
    r"(?<!jump\s)(?<!skipping\s)(?<!climbing\s)\b(?:rope|noose|gun|pistol|razor|blade)\b[^.?!]{0,60}"
    r"\b(?:keep\s+(?:going\s+out\s+to\s+look|looking\s+at|thinking\s+about|staring\s+at)|"
    r"is\s+tied)\b",
    r"\b"
    + WEAPON
    + r"(?:'s|\s+is|\s+are)?\s+(?:on\s+the\s+(?:table|desk|bed)|in\s+the\s+(?:garage|"
    r"car|shed|drawer)|in\s+my\s+(?:gym\s+)?(?:bag|pocket|car)|under\s+my\s+bed|ready)\b",
    r"\b(?:coltello|pillole|pastiglie|couteau|cachets|cuchillo|pastillas|messer|tabletten)\b[^.?!]{0,40}"
    r"\b(?:sul\s+comodino|sur\s+la\s+table|en\s+la\s+mesa|auf\s+dem\s+tisch|pronte|prêts|listas)\b",
    # Means acquired or put in place (a rope bought, charcoal and tape with the car in the
    # garage, pills or a gun hidden and ready; es/pt/it/fr/de too).
    r"\b(?:bought|ordered|got|picked\s+up)\s+(?:a\s+|the\s+|some\s+)?(?<!jump\s)(?<!skipping\s)(?<!battle\s)"
    r"(?<!climbing\s)(?:rope|noose|charcoal|helium|"
    r"bullets|ammo)\b[^.?!]{0,40}\b(?:already|ready|today|yesterday|wardrobe|closet|car|garage)\b",
    r"\b(?:rope|noose|charcoal|gun|pistol|rifle)\s+(?:is|are|'s)\s+(?:already\s+)?(?:hidden|ready|"
    r"loaded|in\s+(?:my|the)\s+\w+|at\s+the\s+back\s+of|under\s+my)\b",
    r"\b(?:carbone|carbón|carvão|charbon|grillkohle|holzkohle|charcoal)\b[^.?!]{0,80}\b(?:nastro|cinta|"
    r"fita|scotch|klebeband|tape|garage|garaje|garagem|macchina|auto|car|voiture|coche|carro)\b",
    r"\b(?:compr(?:é|ei)|ho\s+comprato|j'ai\s+acheté|hab\w*\s+(?:mir\s+)?(?:ein|eine|einen)?)\s*"
    r"(?:una?\s+|la\s+|o\s+|a\s+|une\s+|du\s+)?(?:cuerda|corda|corde|seil|strick|soga)\b",
    # Everything needed bought ("ho comprato tutto quello che serve", "bought everything I need").
    r"\b(?:ho\s+comprato|compr[eé]|comprei|j'ai\s+acheté|hab\w*\s+(?:\w+\s+)?gekauft|bought|got)\s+"
    r"(?:tutto|todo|tudo|tout|alles|everything)\s+(?:quello\s+che\s+serve|lo\s+que\s+(?:necesito|hace\s+"
    r"falta)|o\s+que\s+preciso|ce\s+qu'il\s+faut|was\s+ich\s+brauche|i\s+need)\b",
    # Exhaust fumes: a hose taped to the car, the engine running in the garage.
    r"\bhose\b[^.?!]{0,60}\b(?:taped|exhaust|garage|window)\b|\bengine\s+(?:is\s+)?running\b[^.?!]{0,60}"
    r"\bgarage\b|\bgarage\b[^.?!]{0,60}\bengine\s+(?:is\s+)?running\b",
    # A rope bought, said in German word order ("hab ich mir heute einen Strick gekauft").
    r"\b(?:strick|seil|schlinge)\b[^.?!]{0,40}\bgekauft\b|\bgekauft\b[^.?!]{0,30}\b(?:strick|"
    r"schlinge)\b",
    # Means to be bought ("voy a comprar veneno y esta noche se acaba"; not rat poison or a jump
    # rope), a loaded gun, a weapon to be turned on oneself.
    r"\b(?:voy\s+a\s+comprar|vou\s+comprar|vado\s+a\s+comprare|je\s+vais\s+acheter|ich\s+kauf\w*\s+mir)\s+"
    r"(?:\w+\s+)?(?:veneno|veleno|poison|gift|pistola|arma|pistolet|waffe|soga|cuerda|corda|corde|strick)\b"
    r"(?!\s+(?:para|per|pour|für|de|zum)\s+(?:ratas|ratones|cucarachas|topi|rats|souris|ratten|mäuse|saltar|"
    r"sauter|pular|saltare|springen))",
    r"\b(?:pistola|arma|revólver|pistolet|waffe|pistole)\s+(?:\w+\s+)?(?:cargad[oa]|carregad[oa]|carica|"
    r"caricata|chargée?|geladen)\b",
    r"\b(?:usar(?:la|lo)?|usá-la|usa-la)\s+(?:\w+\s+)?(?:en|em|contra|su\s+di|nela)\s+(?:mí|mim|me)\b|"
    r"\bl'utiliser\s+contre\s+moi\b|\bgegen\s+mich\s+(?:zu\s+)?(?:richten|verwenden)\b",
    # Written from the misses of a blind training set (tg, eighth session), narrowed after a
    # review's probes (389 messages that share their words).
    # A medicine saved up, with a time, an amount or "instead of taking" ("been saving my
    # sertraline for a month … I have enough", "a month of quetiapine saved up", "tô guardando
    # os remédios da minha vó faz um mês. acho que já dá"; not a tablet's videos, iron tablets
    # for after training or paracetamol for the gym's first-aid box).
    r"^(?![\s\S]*\b(?:trip|travel\w*|viaje|voyage|viagem|viaggio|reise|dispos\w*|expired|caducad\w*|"
    r"vencid\w*|p[ée]rim\w*|scadut\w*|abgelaufen\w*|return\s+them|take\s+(?:them\s+)?back|pharmacy|"
    r"cool\s+bag|empty|bottles|in\s+case\s+the\s+pain|migraine\w*|headaches?|anticonceptiv\w*|"
    r"contracepti\w*|birth\s+control|descart\w*|smalti\w*|entsorg\w*|farmacia|pharmacie|apotheke|"
    r"vac[íi]os|screws|taquilla|die\s+abgelaufen)\b)[\s\S]*?(?:"
    r"\b(?:saving|saved|stockpil\w*|hoard\w*|stash\w*|putting\s+aside|put\s+aside|keeping|kept)\s+"
    r"(?:up\s+)?(?:every\s+|all\s+(?:of\s+)?)?(?:my\s+|the\s+|some\s+)?(?:\w+\s+)?"
    + _SAVED_RX
    + r"(?=[^.?!]{0,60}\b(?:enough|weeks?|months?|since|instead\s+of\s+taking|now)\b)|\b(?:weeks?|"
    r"months?|\d{2,3})\s+(?:worth\s+)?of\s+(?:my\s+)?(?:\w+\s+)?"
    + _SAVED_RX
    + r"\s+(?:saved|stashed|hoarded|stockpiled|put\s+aside)\b|"
    r"\b(?=[\s\S]{0,100}\b(?:(?:hace|faz|h[áa]|"
    r"depuis|seit|da|desde|per|for|pendant|durante|por)\s+(?:\w+\s+){0,2}?(?:mes|meses|m[êe]s|semanas?|"
    r"mois|semaines?|monat\w*|wochen|mese|mesi|settiman\w*)|suficientes?|bastantes?|assez|genug|"
    r"abbastanza|j[áa]\s+d[áa]|ya\s+(?:es|son|tengo)|en\s+lugar\s+de\s+tomar\w*|au\s+lieu\s+de\s+les\s+"
    r"prendre|em\s+vez\s+de\s+(?:os\s+)?tomar|invece\s+di\s+prender\w*|statt\s+sie\s+zu\s+nehmen)\b)"
    r"(?:guardando|juntando|acumulando|"
    r"guardé|junté|guardei|juntei|acumulé|acumulei|tenho\s+guardado|tengo\s+guardad[oa]s|"
    r"mettendo\s+da\s+parte|messo\s+da\s+parte|accumulando|accumulato|conservato|mets\s+de\s+côté|"
    r"mis\s+de\s+côté|j'accumule|garde|stocke|sammle|gesammelt|horte|gehortet|gebunkert|bunkere|"
    r"hebe)\s+(?:\w+\s+){0,3}?(?:\w*tabletten|"
    + PILLS_ML
    + r")\b(?![^.?!]{0,40}\b(?:magnesi\w*|magnésium|fer|ferro|eisen|vitamin\w*|blister|recycl\w*|"
    r"botiquín|vendas|para\s+levar|pra\s+levar|pour\s+les\s+prendre\s+après)\b))",
    # A gun in the house, knowing where its ammunition is, and thinking of it or being alone
    # ("mon père a un fusil de chasse dans le garage et je sais où sont les cartouches. j'y pense
    # à chaque série. ce week-end je serai seul"; not a massage gun, not a hunting trip).
    r"^(?![\s\S]*\b(?:farm|foxes|vermin|licen[cs]e|season|course|lesson|because\s+(?:i|we)\s+(?:want|"
    r"need|have))\b)(?=[\s\S]*(?<!massage\s)(?<!nail\s)(?<!glue\s)(?<!heat\s)(?<!nerf\s)(?<!water\s)\b(?:gun|rifle|"
    r"shotgun|pistol|fusil|escopeta|espingarda|fucile|gewehr|\w+gewehr|pistole|waffe|revolver|"
    r"rev[óo]lver)\b)(?=[\s\S]*\b(?:i\s+know\s+where|je\s+sais\s+o[ùu]|s[ée],?\s+d[óo]nde|sei\s+onde|"
    r"so\s+dove|wei[ßs],?\s+(?:ich\s+)?wo)\s+(?:\w+\s+){0,4}?(?:cartouches|munitions|balles|balas|"
    r"cartuchos|munici[óo]n|muni[çc][ãa]o|proiettili|cartucce|munition|patronen|shells|bullets|ammo|"
    r"ammunition)\b)(?=[\s\S]*\b(?:j'y\s+pense|i\s+(?:keep\s+)?think(?:ing)?\s+about\s+(?:it|that|"
    r"them)|can'?t\s+stop\s+thinking|tempt\w*|lo\s+pienso|penso\s+nisso|ci\s+penso|denke\s+(?:\w+\s+)?"
    r"dran|alone\s+this|je\s+serai\s+seule?|estar[ée]\s+sol[oa]|vou\s+estar\s+sozinh[oa]|sar[òo]\s+"
    r"sol[oa]|bin\s+(?:\w+\s+)?allein)\b)",
    # Pills collected, said in German word order ("ich hab seit Wochen Tabletten gesammelt").
    r"\b(?:\w*tabletten|pillen|medikamente)\s+(?:\w+\s+)?(?:gesammelt|gehortet|gebunkert|"
    r"zur[üu]ckgelegt)\b(?![^.?!]{0,30}\b(?:recycl\w*|blister|leere|abgelaufen\w*|entsorg\w*)\b)",
    # From a second review's fresh probes (eighth session): medicine not taken and kept ("I
    # pretend to take my zopiclone and put it in a tin … three weeks' worth", "da un mese
    # nascondo le pastiglie invece di prenderle. ormai ne ho abbastanza").
    r"^(?=[\s\S]*\b(?:instead(?:\s+of\s+taking)?|en\s+vez\s+de\s+tom\w*|em\s+vez\s+de\s+tom\w*|invece\s+di\s+"
    r"prender\w*|au\s+lieu\s+de\s+les\s+prendre|statt\s+sie\s+zu\s+nehmen|pretend\s+to\s+take|sin\s+"
    r"tom[áa]rme\w*|je\s+ne\s+(?:les\s+)?prends\s+plus|escondo|nascondo|je\s+les\s+mets\s+de\s+c[ôo]t[ée]|"
    r"la\s+voy\s+metiendo)\b)(?=[\s\S]*\b(?:enough|worth|bastantes?|suficientes?|abbastanza|assez|genug|"
    r"n[ãa]o\s+acordar|no\s+despertar|non\s+svegliarmi)\b)(?=[\s\S]*\b(?:"
    + RX
    + r"|"
    + PILLS_ML
    + r"|somn[ií]f\w*|quetiapina|zopiclone|pastiglie|pastillas)\b)",
    # A gun taken, loaded or with "I can't go on" (a second review's probes, eighth session).
    r"\b(?:peguei|tom[ée]|cog[íi]|saqu[ée]|i\s+took|i\s+got|i\s+have|j'ai\s+pris|ho\s+preso|tengo|tenho|"
    r"hab\w*\s+\w*\s*geholt)\s+(?:\w+\s+){0,3}?(?:arma|pistola|escopeta|gun|rifle|pistol|fusil|fucile|"
    r"gewehr|waffe)\b[\s\S]{0,80}\b(?:carregad\w*|cargad\w*|loaded|charg[ée]\w*|caric\w*|geladen|n[ãa]o\s+"
    r"aguento|no\s+quiero\s+seguir|ya\s+no\s+puedo|can'?t\s+(?:go\s+on|do\s+this)|je\s+n'en\s+peux\s+plus|"
    r"non\s+ce\s+la\s+faccio)\b",
]

# Means at hand or kept ready (pills saved or hidden, a rope or gun in the house; es/pt/it/fr/de
# too): with suicidal thoughts in the same message, the reading is acute.
MEANS_AT_HAND = re.compile(
    r"\b(?:have|got|kept|keep|keeping|saved|saving|stockpil\w*|hoard\w*|hidden|hid|hide|stashed)\s+"
    r"(?:\w+\s+){0,3}?(?:pills|tablets|meds|(?<!jump\s)(?<!skipping\s)(?<!battle\s)rope|gun|pistol|"
    r"blade|razor)\b|\b(?:pills|tablets|meds|gun|pistol|rope|blade|razor)\s+(?:is|are)\s+(?:\w+\s+)?"
    r"(?:in\s+(?:my|the)|under\s+my|hidden|ready|loaded)\b|"
    r"\b(?:tengo|guardo|tenho|ho|j'ai|hab\w*)\s+(?:\w+\s+){0,2}?(?:pastillas|comprimidos|pastiglie|"
    r"cachets|comprimés|tabletten)\s+(?:\w+\s+)?(?:guardad[oa]s|escondid[oa]s|nascost[ei]|conservat[ei]|"
    r"cachés|cachées|versteckt|gesammelt|juntad[oa]s|acumulad[oa]s|en\s+el\s+cajón|no\s+armário|"
    r"nel\s+cassetto|dans\s+le\s+tiroir|in\s+der\s+schublade)|"
    # a gun at hand (es/pt/it/fr/de: "tengo la pistola en el cajón", "tenho a arma aqui")
    r"\b(?:tengo|tenho|ho|j'ai|hab\w*)\s+(?:la|el|a|o|l'|die|eine?n?|una?|uma|um)\s*(?:arma|pistola|"
    r"revólver|arme|pistolet|waffe|pistole)\s+(?:aqu[ií]|acá|qui|ici|hier|en\s+el\s+cajón|no\s+armário|"
    r"nel\s+cassetto|dans\s+le\s+tiroir|in\s+der\s+schublade|cargad[oa]|carregad[oa]|carica|chargée?|"
    r"geladen)\b"
)
