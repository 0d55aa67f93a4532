"""Suicide, elevated tier: the wish to be dead or not to exist, and passive ideation — death
welcomed by accident or in one's sleep, not caring if a car hits, dying as a rest, envy of the
dead (six languages, dialects)."""

from __future__ import annotations

# A message that names a vehicle, from its start (the car a wish not to care is about).
_A_VEHICLE = (
    r"^(?=[\s\S]*\b(?:coche|carro|auto\w*|camión|bus|tren|moto|macchina|camion|voiture|train|wagen|"
    r"lkw|zug|ônibus|caminhão|tram|tranvía|metro|truck|car)\b)[\s\S]*?"
)

WISH = [
    # Thoughts of being dead as a habit ("I think about not existing most days", "the gym is
    # the only place I don't think about being dead"), no future pictured ("I don't see myself
    # making it to 20", "can't picture myself at 30"), life as a lease not renewed.
    r"\bthink\w*\s+(?:about|of)\s+(?:being\s+dead|not\s+existing|not\s+being\s+(?:here|alive|around)|"
    r"dying|killing\s+myself|ending\s+(?:it|things|my\s+life))\b[^.?!]{0,40}\b(?:most\s+days|every\s+day|"
    r"all\s+the\s+time|a\s+lot|constantly|daily|more\s+and\s+more)\b|\bonly\s+(?:place|time|thing)\s+"
    r"(?:where\s+|when\s+)?i\s+(?:don'?t|do\s+not)\s+think\s+about\s+(?:being\s+dead|dying|killing\s+"
    r"myself|not\s+existing|ending\s+it)\b",
    r"\b(?:don'?t|do\s+not|can'?t|cannot)\s+(?:see|picture|imagine)\s+(?:myself|me)\s+(?:making\s+it\s+"
    r"(?:to|past)|reaching|getting\s+to|living\s+(?:to|past))\s+(?:\d{2}|next\s+(?:year|summer|"
    r"christmas)|my\s+next\s+birthday)\b",
    # Wish to be dead or not to exist: "don't want to live", "wish I was dead", "rather not
    # exist", not waking up, disappearing for good (es/pt/it/fr/de too).
    r"\b(?:don'?t|do\s+not|no\s+longer|never)\s+(?:really\s+)?want\s+to\s+"
    r"(?:be\s+alive|live|exist|be\s+here|wake\s+up|go\s+on|be\s+around)\b",
    r"\b(?:don'?t|do\s+not|no\s+longer)\s+(?:want|wish)\s+to\s+(?:wake\s+up|be\s+alive|exist|be\s+here|"
    r"keep\s+going|carry\s+on|continue)\b|\b(?:tired|done)\s+of\s+(?:trying|fighting|everything)\s*"
    r"[.!]?\s*$",
    r"\b(?:want|wanting|wanted|wish)\w*\s+(?:to\s+)?(?:just\s+)?(?:die|be\s+dead|disappear\s+forever|not\s+exist"
    r"|just\s+not\s+exist|fade\s+out|stop\s+existing|never\s+wake\s+up)\b",
    r"\bwish\s+i\s+(?:was|were)\s+(?:dead|never\s+born|gone)\b|\bwish(?:ing)?\s+i\s+(?:didn'?t|"
    r"did\s+not)\s+exist\b|\bwish(?:ing)?\s+(?:you|i)\s+(?:just\s+)?didn'?t\s+exist\b",
    r"\b(?:rather|prefer)\s+(?:not\s+exist|be\s+dead|not\s+be\s+(?:here|alive))\b",
    r"\b(?:want|wanted|wanna|wish|rather|prefer)\w*\s+(?:to\s+)?(?:just\s+)?(?:disappear|vanish|"
    r"be\s+gone|not\s+be\s+here|not\s+be\s+around|sleep\s+forever|fall\s+asleep\s+and\s+(?:never|"
    r"not)|go\s+to\s+sleep\s+and\s+(?:never|not))\b",
    r"\bslipping\s+under\s+and\s+staying\b|\bnot\s+wake\s+up\b|\bnever\s+wake\s+up\b",
    r"\b(?:wish|wishes|hope)\s+i\s+(?:just\s+)?(?:wouldn'?t|won'?t|didn'?t|don'?t)\s+wake\s+up\b",
    r"\b(?:hope|hoping|pray\w*)\s+(?:that\s+)?(?:i\s+)?(?:don'?t|do\s+not|won'?t|never)\s+(?:grow"
    r"\s+old|wake|make\s+it\s+to|get\s+old|see\s+(?:another|next))\b",
    r"\b(?:stopped|stop|don'?t|no\s+longer)\s+car(?:e|ing)\s+(?:whether|if)\s+i\s+(?:wake|live|"
    r"die|make\s+it|am\s+alive)\b",
    # (German says the "not" after the verb: "ich will nicht mehr leben", not "ich will weiter
    # leben")
    r"\bich\s+will\s+(?:\w+\s+)?(?:nicht|nie)\s+(?:mehr\s+)?(?:so\s+)?(?:leben|aufwachen|"
    r"existieren)\b",
    r"\b(?:no\s+quiero|não\s+quero|non\s+voglio|je\s+ne\s+veux)\s+(?:\w+\s+){0,2}"
    r"(?:vivir|viviendo|viver|vivendo|vivere|vivre|leben|despertar|acordar|svegliarmi|exister|"
    r"existir)\b(?!\s+(?:con|com|de|en|em|in|a|à|avec|mit|bei|chez|aqui|aquí|acá|ici|qui|hier|lá|allí)\b)",
    # life itself no longer bearable: "não aguento mais viver", "no aguanto más la vida"
    r"\b(?:no\s+aguanto|não\s+aguento|nao\s+aguento|non\s+sopporto|je\s+(?:ne\s+)?supporte\s+plus)\s+"
    r"(?:\w+\s+){0,2}?(?:vivir|viver|vivere|vivre|la\s+vida|a\s+vida|la\s+vita|la\s+vie|estar\s+"
    r"viv[oa])\b(?!\s+(?:con|com|avec|mit|sin|sem|senza|sans|ohne|sedentari\w*|sédentaire|de|di|da|en|in|"
    r"em|à|a)\b)|\bich\s+ertrage\s+(?:das\s+|mein\s+)?leben\s+nicht\s+mehr\b",
    r"\b(?:plus\s+envie\s+de\s+vivre|keine\s+lust\s+mehr\s+zu\s+leben|nicht\s+mehr\s+leben|"
    r"nicht\s+mehr\s+aufwachen|mejor\s+sin\s+mí|melhor\s+sem\s+mim|meglio\s+senza\s+di\s+me|"
    r"mieux\s+sans\s+moi|besser\s+dran\s+ohne\s+mich|ohne\s+mich\s+(?:wären|wäre)|quiero\s+morir|"
    r"quero\s+morrer|voglio\s+morire|veux\s+(?:aussi\s+)?mourir|will\s+(?:auch\s+|einfach\s+|nur\s+noch\s+)?sterben|morirme|morrer|sparire\s+per\s+sempre)",
    # The wish to die said with a conditional or a wish word ("vorrei morire", "quisiera
    # morirme", "j'aimerais mourir", "ich möchte sterben"; not "morir de risa"), the wish not
    # to wake up in the subjunctive ("ojalá no despertara"), "daran denken, mich umzubringen".
    r"\b(?:quisiera|quería|queria|me\s+gustaría|vorrei|je\s+voudrais|j'aimerais|ich\s+möchte|"
    r"ich\s+wünschte|gostaria\s+de|queria|ojalá|oxalá)\s+(?:\w+\s+){0,2}?(?:morir(?:me)?|morrer|"
    r"morire|mourir|sterben|tot\s+sein|estar\s+muert[oa]|essere\s+mort[oa])\b(?!\s+d[eia]\s)",
    r"\b(?:ojalá|oxalá|spero\s+di|j'espère|hoffentlich)\s+(?:\w+\s+){0,2}?(?:no\s+despert(?:ara|"
    r"ase|e|arme)|não\s+acord(?:ar|e|asse)|non\s+svegliarmi|ne\s+pas\s+me\s+réveiller|"
    r"nicht\s+mehr\s+aufwache)\b|\bmich\s+umzubringen\b",
    r"\b(?:no\s+despertar|dormir\w*\s+y\s+no\s+despertar|não\s+acordar|dormir\s+e\s+não\s+acordar|"
    r"non\s+svegliarmi\s+più|ne\s+plus\s+me\s+réveiller|nicht\s+mehr\s+(?:auf)?(?:zu)?wachen)\b",
    r"\b(?:quiero|quisiera|quería|queria|me\s+gustaría|vorrei|voglio|je\s+veux|j'aimerais|envie\s+de"
    r"|ich\s+will|ich\s+möchte|quero|gostaria\s+de)\s+(?:\w+\s+){0,2}(?:desaparecer|sumir|sparire|"
    r"disparaître|verschwinden)\b",
    r"\b(?:no\s+estar\s+(?:más\s+)?aquí|não\s+estar\s+mais\s+aqui|non\s+esserci\s+più|ne\s+plus\s+"
    r"exister|ne\s+plus\s+être\s+là|nicht\s+mehr\s+(?:da\s+)?(?:sein|existieren)|lebensmüde)\b",
    r"\b(?:sumir|desaparecer|sparire|disparaître)\s+de\s+vez\b|\bsumir\s+para\s+sempre\b",
    # Passive ideation said sideways: "wouldn't be the worst thing if the bar slipped", a bus
    # hitting me, walking into the sea, swerving into traffic, joining someone who died.
    r"\b(?:hope|wish|want|pray)\w*\b[^.?!]{0,30}\bcrush(?:ed|es)?\s+me\b|\bnot\s+(?:the\s+)?"
    r"worst\s+thing\s+if\s+(?:i|the\s+bar)\b",
    r"\bwouldn'?t\s+be\s+the\s+worst\s+thing\s+if\b|\bjust\s+sit\s+there\s+wishing\b",
    # Death by accident welcomed: "it'd be fine if my heart just stopped", "if I tore my aorta
    # I'd be okay with that", "I don't care if I get crushed at this point", "if something
    # goes wrong it goes wrong" (lifting alone), "I'd rather the plane went down".
    r"\b(?:fine|okay|ok|alright|a\s+relief|relieved|peaceful|wouldn'?t\s+mind)\s+(?:\w+\s+){0,2}?if\s+"
    r"(?:my\s+heart|i|the\s+bar|it\s+all)\s+(?:just\s+)?(?:stopped|gave\s+out|died|didn'?t\s+wake\s+up|"
    r"never\s+woke\s+up|crushed\s+me|ended)\b",
    r"\bif\s+(?:i|my\s+heart|the\s+bar)\b[^.?!]{0,60}\b(?:died|die|stopped|tore|crushed|didn'?t\s+"
    r"wake|never\s+woke|killed)\b[^.?!]{0,40}\b(?:i'?d|i\s+would)\s+(?:\w+\s+){0,2}?(?:be\s+)?"
    r"(?:(?:okay|ok|fine|alright|at\s+peace)\s+with\s+(?:that|it|this)|relieved|not\s+mind)\b",
    r"\b(?:don'?t|do\s+not|stopped|no\s+longer)\s+(?:even\s+|really\s+)?car(?:e|ing)\s+(?:anymore\s+)?"
    r"(?:if|whether)\s+i\s+(?:get\s+|got\s+)?(?:crushed|killed|die|dead)\b|\b(?:don'?t|do\s+not)\s+"
    r"(?:even\s+|really\s+)?care\s+if\s+i\s+get\s+(?:hurt|injured)\s+(?:at\s+this\s+point|anymore|any"
    r"\s+more)\b",
    r"\bif\s+(?:something|anything|it)\s+goes\s+wrong,?\s+(?:it\s+goes\s+wrong|so\s+be\s+it)\b",
    r"\b(?:i'?d|i\s+would)\s+(?:honestly\s+|really\s+)?rather\s+(?:the\s+(?:plane|car|bus|train)\s+"
    r"(?:went\s+down|crashed)|(?:just\s+)?(?:be\s+dead|not\s+wake\s+up|not\s+be\s+(?:here|alive|"
    r"around)|die)\b(?!\s+than))",
    r"\b(?:if\s+the\s+bar\s+slipped|if\s+i\s+didn'?t\s+wake\s+up|a\s+crash)\b[^.?!]{0,50}\b(?:wouldn'?t"
    r"\s+be\s+(?:so|that|the\s+worst|too)|not\s+(?:be\s+)?(?:so|that)\s+bad|wouldn'?t\s+mind|fine\s+by"
    r"\s+me)",
    r"\bdying\s+(?:wouldn'?t|would\s+not)\s+be\s+(?:so\s+|that\s+|too\s+)?bad\b|\b(?:wouldn'?t|"
    r"would\s+not|won'?t)\s+(?:step|get|move|jump)\s+out\s+of\s+the\s+way\b|\b(?:hit|run\s+over|"
    r"knocked\s+down)\s+by\s+a\s+(?:bus|car|truck|lorry|train)\b[^.?!]{0,40}\b(?:relieved|wouldn'?t"
    r"\s+mind|be\s+(?:fine|okay|ok|good))\b",
    r"\b(?:bus|car|truck|lorry|train)\s+(?:hit|hits|ran\s+over|runs\s+over|killed)\s+me\b[^.?!]"
    r"{0,60}\b(?:relieved|wouldn'?t\s+mind|be\s+(?:fine|okay|ok|good))\b",
    r"\bwalk(?:ing)?\s+into\s+the\s+(?:sea|ocean|river|lake|traffic)\b|\bswerv\w*\s+into\s+(?:the\s+"
    r")?(?:central\s+reservation|oncoming|a\s+(?:tree|wall|truck|lorry)|traffic)\b",
    r"\bwouldn'?t\s+have\s+to\s+keep\s+(?:trying|going|fighting)\b|\b(?:drove|drive|driving|crash\w*)"
    r"\s+into\s+a\s+(?:tree|wall|pole|bridge)\b",
    r"\b(?:passed|died|lost|death)\b[\s\S]{0,160}\b(?:join|be\s+with)\s+(?:her|him|them)\b(?!\s+"
    r"(?:at|in|for|on|old|new|gym|class|team))",
    # Hoping to be taken in one's sleep; not to be alive by a date.
    r"\b(?:hope|pray|wish)\w*\s+(?:that\s+)?(?:the\s+lord|god|he|death)\s+(?:would\s+|will\s+)?takes?\s+me\b",
    r"\btakes?\s+me\s+in\s+my\s+sleep\b",
    r"\b(?:part\s+of\s+me|i)\s+(?:\w+\s+){0,3}?(?:wants?|want)\s+(?:to\s+)?not\s+(?:to\s+)?(?:be\s+alive|"
    r"exist|be\s+here|wake\s+up)\b",
    # Envy of the dead.
    r"\b(?:who|that)\s+(?:didn'?t\s+make\s+it|died|are\s+dead|passed)\b[^.?!]{0,50}\b(?:better\s+deal|"
    r"lucky\s+ones|luckier|better\s+off|got\s+off\s+easy)\b",
    # The wish to die or not to exist as a longing ("j'ai envie de mourir", "vontade de não
    # existir", "ganas de morirme", "keinen Bock mehr zu leben"; not "vontade de sumir com essa
    # barriga").
    r"(?<!pas\s)(?<!plus\s)\b(?:envie|besoin)\s+de\s+(?:mourir|crever|disparaître|ne\s+plus\s+(?:exister|"
    r"être\s+là|vivre))\b(?!\s+(?:jeune|de\s+\w+|d'\w+))|\bvontade\s+de\s+(?:morrer|não\s+existir|nao\s+existir|sumir|desaparecer)\b(?!\s+com\b)|"
    r"(?<!no\stengo\s)\bganas\s+de\s+(?:morir\w*|no\s+existir|desaparecer|no\s+vivir)\b(?!\s+(?:con|de\s+"
    r"(?:risa|vergüenza|aburrimiento|hambre|sed|calor|frío|cansancio|sueño))\b)|(?<!non\sho\s)\bvoglia\s+di\s+(?:morire|non\s+esistere|sparire|non\s+vivere)\b(?!\s+(?:con|"
    r"dal|dalla|di|da)\b)|\bkeinen?\s+bock\s+mehr\s+(?:zu\s+leben|auf\s+(?:das\s+|mein\s+)?leben)\b|"
    r"\b(?:sehnsucht|lust)\s+(?:nach\s+dem\s+tod|zu\s+sterben)\b(?!\s+vor\b)",
    # Not caring if a car hits me, either order, or wishing it ("si me choca un carro tampoco me
    # importaría", "me da igual si me atropella un coche", "ojalá me atropelle un coche").
    _A_VEHICLE
    + r"\b(?:me\s+(?:choca|choque|atropell\w+|atropel\w+)|mi\s+(?:investe|investisse|investa)|me\s+"
    r"(?:renvers\w+|percut\w+)|mich\s+(?:\w+\s+){0,2}(?:überfährt|überfahren))\b[^.?!]{0,50}\b(?:no\s+"
    r"me\s+importar\w*|tampoco\s+me\s+importar\w*|me\s+da(?:ría)?\s+igual|nem\s+ligo|não\s+me\s+importar\w*|"
    r"tanto\s+faz|non\s+mi\s+(?:importer\w*|dispiacer\w*)|ça\s+m'irait|je\s+m'en\s+fich\w*|wär\w*\s+mir\s+"
    r"(?:\w+\s+)?egal)|" + _A_VEHICLE + r"\b(?:me\s+da(?:ría)?\s+"
    r"igual|no\s+me\s+importar\w*|tanto\s+faz|non\s+mi\s+"
    r"importer\w*|je\s+m'en\s+fich\w*|wär\w*\s+mir\s+(?:\w+\s+)?egal)\b[^.?!]{0,20}\b(?:si|se|wenn|que|che)\s+(?:"
    r"me\s+(?:choca|atropell\w+|atropel\w+|renvers\w+)|mi\s+investe|mich\s+(?:\w+\s+)?überfährt)|\b(?:"
    r"ojalá|oxalá|magari|hoffentlich|j'espère\s+qu')\s+(?:\w+\s+){0,2}?(?:me\s+atropell\w+|me\s+atropel\w+|"
    r"mi\s+investa|me\s+renverse|überfährt\s+mich|mich\s+\w+\s+überfährt)",
    # Easier to disappear or die ("¿no sería más fácil desaparecer y ya?"; not "far sparire la
    # pancia").
    r"\b(?:más|mais|più|plus)\s+(?:fácil|facile|simple)\s+(?:simplemente\s+|só\s+|solo\s+|juste\s+)?"
    r"(?:desaparecer|morir\w*|sumir|morrer|sparire|morire|disparaître|mourir|no\s+existir|não\s+existir)"
    r"\b(?!\s+(?:con|com|la|el|a|o|il|le)\b)|\beinfacher\s+(?:\w+\s+)?(?:zu\s+verschwinden|zu\s+sterben|"
    r"tot\s+zu\s+sein)\b",
    # Wanting to die as something the writer knows ("¿sabés lo que es querer morirte todos los
    # días? yo sí", "non è normale voler morire a 22 anni, vero? io ci penso sempre").
    r"\b(?:querer\s+morir\w*|quer(?:er)?\s+morrer|voler\s+morire|vouloir\s+mourir|sterben\s+(?:zu\s+)?"
    r"wollen)\b[^.!]{0,60}\b(?:yo\s+sí|yo\s+si|eu\s+sim|io\s+(?:sì|si|ci\s+penso)|ci\s+penso|moi\s+oui|"
    r"j'y\s+pense|ich\s+schon|todos\s+los\s+días|todo\s+dia|tutti\s+i\s+giorni|tous\s+les\s+jours|"
    r"jeden\s+tag)\b",
    # Rather dead or not existing ("ich wär lieber tot", "preferiría no existir", "je préférerais
    # mourir"; not "lieber tot als Cardio").
    r"\blieber\s+(?:tot|nicht\s+mehr\s+da|gar\s+nicht\s+(?:mehr\s+)?da)\b(?!\s+als\b)|\b(?:preferiría|"
    r"preferiria|prefiero|prefiro|preferia|preferirei|preferisco|je\s+préfér\w+)\s+(?:no\s+existir|não\s+"
    r"existir|non\s+esistere|ne\s+plus\s+exister|ne\s+pas\s+exister|mourir|morir(?:me)?|morrer|morire|"
    r"estar\s+muert[oa]|estar\s+mort[oa]|essere\s+mort[oa]|être\s+mort\w*)\b(?!\s+(?:de|di|da)\s+"
    r"(?:risa|rir|ridere|rire|vergüenza|vergonha|vergogna|honte))(?!\s+(?:que|than|als|che|plutôt|"
    r"piuttosto)\b)",
    # Relief in not waking up ("magari domani non mi sveglio, sarebbe un sollievo", "ojalá no me
    # despierte mañana", "ich hoffe, ich wache morgen nicht auf"; not "si no me despierto a las 6").
    r"\b(?:non\s+mi\s+sveglio|no\s+me\s+despierto|não\s+acordo|je\s+ne\s+me\s+réveille\s+pas|ich\s+wach\w*\s+"
    r"(?:\w+\s+)?nicht\s+(?:mehr\s+)?auf)\b[^.?!]{0,50}\b(?:sollievo|alivio|alívio|soulagement|"
    r"erleichterung|sería\s+mejor|sarebbe\s+meglio|seria\s+melhor|ce\s+serait\s+mieux|wäre\s+besser)\b|"
    r"\b(?:ojalá|oxalá|magari)\s+(?:\w+\s+){0,2}?(?:no\s+me\s+despiert[ea]|não\s+acorde|non\s+mi\s+"
    r"svegli)\b|\bich\s+hoffe,?\s+(?:dass\s+)?ich\s+(?:wach\w*\s+(?:\w+\s+)?nicht\s+(?:mehr\s+)?auf|"
    r"(?:\w+\s+)?nicht\s+(?:mehr\s+)?aufwache)\b",
    # More of the same said in other orders ("Ich habe keine Lust mehr auf das Leben", "es wäre
    # einfacher, nicht mehr da zu sein", "sería mejor para todos que yo no estuviera", "non ho
    # più voglia di niente, nemmeno di vivere", "ich sehne mich nach dem Tod", "mi vida no tiene
    # sentido").
    r"\bkein\w*\s+(?:lust|bock)\s+mehr\s+(?:\w+\s+){0,4}?(?:auf\s+(?:das|mein)\s+leben|aufs\s+leben|zu\s+"
    r"leben)\b|\beinfacher,?\s+nicht\s+mehr\s+(?:da\s+)?zu\s+sein\b|\bplus\s+simple\s+si\s+je\s+n'existais\s+"
    r"plus\b|\b(?:mejor|melhor|meglio|mieux|besser)\s+(?:para|pra|per|pour|für)\s+(?:todos|todo\s+(?:o\s+)?"
    r"mundo|tutti|tout\s+le\s+monde|alle)\s+(?:que|che)\s+(?:yo\s+|eu\s+|io\s+|je\s+)?(?:no\s+estuviera|"
    r"não\s+estivesse|non\s+ci\s+fossi|disparaisse|ne\s+sois\s+plus\s+là|sparissi|morissi|muriera|"
    r"morresse)\b|\b(?:für\s+alle\s+besser|besser\s+für\s+alle),?\s+wenn\s+ich\s+(?:tot|weg|nicht\s+mehr\s+"
    r"da)\s+wäre\b|\b(?:nemmeno|neanche|nicht\s+einmal|ni\s+siquiera|nem\s+mesmo|même\s+pas)\s+(?:di\s+|de\s+|"
    r"zu\s+)?(?:vivere|vivir|viver|vivre|leben)\b|\bsehne\s+mich\s+nach\s+dem\s+tod\b|\b(?:mi|minha|la\s+mia|"
    r"ma)\s+vi[dt]a\s+(?:ya\s+)?(?:no|não|non|n')\s*(?:tiene|tem|ha|a)\s+(?:mais\s+|más\s+|più\s+|plus\s+)?"
    r"(?:jeito|sentido|senso|de\s+sens)\b",
    # Dialect: Swiss German "nümme läbe", Bavarian "i mog nimma leben".
    r"\b(?:i|ich)\s+(?:\w+\s+)?(?:mog|mag|will|wett|wott|möcht)\s+(?:\w+\s+)?(?:nümme|nüm|nimma|nimmer)"
    r"\s+(?:\w+\s+)?(?:läbe|leben|lebe)\b",
    # Dying as a rest ("so tired of everything that dying sounds like a nap"; not a game's death
    # sound).
    r"\b(?:dying|being\s+dead|not\s+existing|not\s+waking\s+up)\s+sounds\s+(?:like\s+)?(?:nice|good|"
    r"peaceful|restful|like\s+(?:a\s+)?(?:\w+\s+){0,2}?(?:nap|rest|relief|break|holiday|vacation|sleep))"
    r"\b|\bdeath\s+(?:sounds|seems)\s+like\s+(?:a\s+)?(?:\w+\s+){0,2}?(?:nap|rest|relief|break|sleep)\b|"
    r"\b(?:morir\s+(?:me\s+)?suena\s+a|mourir,?\s+[çc]a\s+ressemble\s+[àa]|sterben\s+klingt\s+(?:\w+\s+)?"
    r"(?:wie|nach)|morrer\s+(?:me\s+)?parece|morire\s+(?:mi\s+)?sembra)\s+(?:\w+\s+){0,2}?(?:descanso|"
    r"sieste|repos|nickerchen|ruhe|riposo|alivio|al[íi]vio|soulagement|sollievo|erl[öo]sung)\b",
]
