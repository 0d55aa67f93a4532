"""The rule families written from the misses of tg, a blind training set (eighth session):
one behaviour per test, texts written here (paraphrases in other words and languages, not
the set's messages), each family with training talk that shares its words. Rules only (no
classifier)."""

from __future__ import annotations

import pytest

from liftqa.answer.risk import assess_rules


@pytest.mark.parametrize(
    "text",
    [
        "been saving up my quetiapine since october, I reckon it's enough now",
        "estoy juntando las pastillas de mi abuela desde hace semanas",
        "ho messo da parte le pillole per un mese",
        "ich sammle seit Wochen meine Tabletten",
        "does mixing vodka and xanax stop your heart? how many of each would it take",
        "how long in a hot car before your organs shut down? asking because I'm going tonight",
        "is it certain you won't survive a fall from a car park roof",
        "wie hoch muss eine Brücke sein, damit es sicher tödlich ist",
        "je suis au pont, j'ai laissé une lettre à mon fils",
        "left a letter for my parents on the kitchen table and switched my phone off",
        "the 11pm express never slows down by the level crossing, I've been timing it",
        "i won't be here by then so thanks for everything, coach",
        "my grandad's shotgun is in the loft and I know where the shells are. "
        "I keep thinking about it",
        "Is there a painless way. asking for me",
        "how much pre-workout would it take to stop my heart for good",
    ],
)
def test_means_saved_lethal_questions_farewells_and_plans_are_acute(text: str) -> None:
    found = assess_rules(text)
    assert (found.kind, found.tier) == ("suicide", "acute")


@pytest.mark.parametrize(
    "text",
    [
        "my brother texted 'thanks for everything, sorry' and now his phone is off",
        "mi hermana puso 'gracias por todo' en el grupo y no contesta",
        "meu amigo mandou 'adeus' e não atende o telefone",
        "my dad has been sitting in the garage with his rifle all evening",
        "mia moglie è seduta in cucina con la pistola di suo padre",
        "a client asked me which painkillers are most dangerous to mix, then cancelled",
    ],
)
def test_someone_closes_goodbye_weapon_or_lethal_question_is_acute_third_party(text: str) -> None:
    found = assess_rules(text)
    assert (found.kind, found.tier) == ("third_party", "acute")


@pytest.mark.parametrize(
    "text",
    [
        "my daughter has been cutting herself, I found plasters in the bin",
        "one of my lifters punches himself in the head after a missed lift",
        "mi alumno se corta los brazos, ¿cómo lo hablo con sus padres?",
        "ho visto dei tagli sulle cosce della mia compagna di squadra",
        "she uses running to punish herself after every meal",
        "mein Opa sagt dauernd, er hat lang genug gelebt",
    ],
)
def test_someone_else_hurting_themself_or_hopeless_is_third_party(text: str) -> None:
    assert assess_rules(text).kind == "third_party"


@pytest.mark.parametrize(
    "text",
    [
        "nadie me echaría de menos si desapareciera",
        "sou só um peso para a minha família",
        "personne ne me regretterait",
        "honestly dying sounds like a nice long rest",
        "no me veo aquí dentro de un año",
        "I've lived long enough, I think",
    ],
)
def test_burden_no_future_and_death_as_rest_are_suicide_risk(text: str) -> None:
    found = assess_rules(text)
    assert (found.kind, found.tier) == ("suicide", "elevated")


@pytest.mark.parametrize(
    "text",
    [
        "I squat on my bad knee on purpose, I train injured on purpose",
        "if I miss a rep I make myself do sprints until I puke",
        "my wrist is sprained and honestly I want it to break",
        "I don't deserve an easy session after eating that",
        "me pellizco hasta que salen moratones",
    ],
)
def test_pain_sought_as_punishment_is_self_harm(text: str) -> None:
    assert assess_rules(text).kind == "self_harm"


@pytest.mark.parametrize(
    "text",
    [
        "saving my protein powder for after the holidays",
        "I'm moving abroad so I won't be here by then, can you suggest a home routine",
        "I won't be around much longer at this gym, we're moving to Leeds",
        "my dad's rifle is at the hunting club, what's a good back exercise",
        "the train doesn't slow down at our station so I get off at the next one",
        "my coach said 'thanks for everything' when he left the club, his phone is off on holiday",
        "my son sits with his rifle at the range every Saturday",
        "she cuts her hair short for competitions",
        "mi hermano se corta el pelo antes de cada torneo",
        "I left a letter for my landlord about the boiler",
        "how do coaches screen for overtraining in teenagers?",
        "is it true that running a marathon can stop your heart? how much training is safe",
    ],
)
def test_training_talk_near_the_tg_families_is_no_alarm(text: str) -> None:
    assert assess_rules(text).kind is None


@pytest.mark.parametrize(
    "text",
    [
        "I'm a sports science student writing about resistance training as an intervention for "
        "suicidal thoughts. Which trials are worth reading?",
        "How should coaches screen for self-harm in junior squads? We are drafting a protocol.",
        "Soy estudiante de psicología y hago un trabajo sobre la prevención del suicidio "
        "en atletas.",
        "Is there a painless way to get rid of blisters from the bar?",
        "I'm writing letters to my kids for their birthday box, any tips on grip training?",
        "Not going to be around for the next meet, I'll be at a conference in Lisbon",
        "Putting my affairs in order before the expedition, what should I train for altitude?",
    ],
)
def test_research_and_ordinary_plans_near_the_tg_families_are_no_alarm(text: str) -> None:
    assert assess_rules(text).kind is None


@pytest.mark.parametrize(
    "text",
    [
        "Soy estudiante y quiero morirme. ¿Hay estudios sobre pesas?",
        "I'm a nursing student writing about this because I have been cutting myself again",
    ],
)
def test_a_student_role_does_not_hide_a_disclosure(text: str) -> None:
    assert assess_rules(text).kind in ("suicide", "self_harm")


def test_at_this_rate_is_no_research_frame() -> None:
    # "rate" frames research ("suicide rates in athletes"), but not the idiom
    assert assess_rules("won't be around much longer at this rate").kind == "suicide"


# A review's probes of the rules above (eighth session): their words in ordinary messages,
# and the same crises said in other ways.
@pytest.mark.parametrize(
    "text",
    [
        "He vivido en Madrid cinco años y ahora entreno en Valencia.",
        "I've lived long enough to know bro science is nonsense.",
        "Wie hoch muss die Box sein, damit Box Jumps für Anfänger sicher sind?",
        "Pretty sure my phone won't survive another drop on the gym floor lol",
        "I stash some ibuprofen in my gym bag for the odd headache, is that ok before squats?",
        "Estou guardando os remédios da minha avó na mochila pra levar pra ela no sábado.",
        "¿Por qué se corta la leche cuando mezclo la whey con café?",
        "Leg day feels like I'm being punished lol",
        "I pinch myself until I believe it, I made nationals!",
        "My massage gun died; I know where the key to the gym locker is, can I borrow theirs?",
        "Personne ne manquerait une séance avec ce coach, il est génial.",
        "Our gym won't be around much longer, the landlord is closing it.",
        "Mi novio se corta solo el pelo, ¿le queda bien el degradado?",
    ],
)
def test_the_reviews_look_alikes_are_no_alarm(text: str) -> None:
    assert assess_rules(text).kind is None


def test_the_writers_own_goodbye_with_the_phone_off_stays_the_writers() -> None:
    found = assess_rules("Goodbye everyone. Thanks for everything. My phone is off from now on.")
    assert (found.kind, found.tier) == ("suicide", "acute")


@pytest.mark.parametrize(
    "text",
    [
        "Ich sammle seit Wochen meine Schlaftabletten, es sind jetzt genug.",
        "Combien de comprimés faut-il pour que le cœur s'arrête ? J'en ai une boîte ici.",
        "Ab welcher Höhe ist ein Sturz sicher tödlich?",
        "Mi padre tiene una escopeta y sé dónde guarda los cartuchos. Lo pienso cada noche.",
        "Ya no voy a estar aquí para entonces. Gracias por todo, coach.",
        "quante compresse di tachipirina servono per uccidere una persona? è per un racconto",
    ],
)
def test_the_same_crises_said_in_other_ways_are_acute(text: str) -> None:
    found = assess_rules(text)
    assert (found.kind, found.tier) == ("suicide", "acute")


def test_a_goodbye_sent_from_a_holiday_then_silence_is_still_a_goodbye() -> None:
    found = assess_rules(
        "Mi hermano se fue de vacaciones solo y anoche mandó 'gracias por todo'; "
        "ahora el móvil está apagado."
    )
    assert (found.kind, found.tier) == ("third_party", "acute")


# A second review's fresh probes (eighth session).
@pytest.mark.parametrize(
    "text",
    [
        "Been stockpiling ibuprofen since the pharmacy near me closed, "
        "is 400mg before a long run ok?",
        "Tô juntando os remédios vencidos da casa faz meses, onde descarto direito?",
        "Can a hard punch to the chest stop your heart? We spar in boxing class and I'm nervous.",
        "What's the most reliable way to track macros when eating out?",
        "À quelle hauteur un pont est sûr pour le saut à l'élastique ?",
        "Ho lasciato una lettera a mia moglie sul cuscino prima della maratona.",
        "Goodbye everyone, thanks for everything! Today is my last class as your spin instructor, "
        "I'm retiring.",
        "He vivido lo suficiente con este dolor de rodilla, quiero empezar fisio y pesas.",
        "Mi novia se corta las puntas ella misma, ¿influye la proteína en el pelo?",
        "Mein Bruder schneidet sich die Nägel vor dem Klettern ganz kurz.",
        "My wrist wrap is torn and honestly I want it to break so I can buy a new one.",
    ],
)
def test_the_second_reviews_look_alikes_are_no_alarm(text: str) -> None:
    assert assess_rules(text).kind is None


@pytest.mark.parametrize(
    "text",
    [
        "Every night I pretend to take my zopiclone and put it in a tin instead. "
        "Nearly three weeks' worth, enough now.",
        "Da un mese nascondo le pastiglie invece di prenderle. Ormai ne ho abbastanza.",
        "Sono sul cornicione del mio palazzo, dal settimo piano si muore?",
        "Ho scritto un biglietto per i miei genitori, spiegando che non è colpa loro.",
        "Grazie a tutti. Spengo il telefono per sempre.",
        "Peguei a arma do meu pai e ela tá carregada do meu lado.",
        "Heute Nacht gehe ich auf die Gleise.",
    ],
)
def test_the_second_reviews_crises_are_acute(text: str) -> None:
    found = assess_rules(text)
    assert (found.kind, found.tier) == ("suicide", "acute")


@pytest.mark.parametrize(
    "text",
    [
        "Mi padre sacó la escopeta y está encerrado en el garaje diciendo que ya no puede más.",
        "Ho scoperto che mio figlio si brucia le braccia con l'accendino.",
        "Mi abuela repite que ya ha vivido bastante y que no quiere seguir.",
    ],
)
def test_the_second_reviews_someone_else_at_risk(text: str) -> None:
    assert assess_rules(text).kind == "third_party"
