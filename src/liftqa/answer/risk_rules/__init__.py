"""The safety layer's rules, as data: the regular expressions `liftqa.answer.risk` reads a
message with. They match the normalised text (`risk.normalise`: lower case; leetspeak,
textspeak and hidden characters folded), case-insensitively, in English and in Spanish,
Portuguese, Italian, French and German.

One module per class, each list defined once:

- `blocks`: fragments the rules share (`ME`, `SELF`, `OTHER`, `MEDS`, `DRUG`, `RX`, `BODY`,
  `WHEN`, `WEAPON`, ...) and `compile_all`;
- `suicide_acute`, a package with one module per concept (`SUICIDE_ACUTE` joins them):
  `intent` (the act announced, with a time or a plan), `edge` (at the edge: heights, bridges,
  tracks), `means` (gathered, kept, at hand; and `MEANS_AT_HAND`), `acts` (taken),
  `farewells`, `questions` (method and lethality);
- `suicide`, elevated or passive, a package with one module per concept (`SUICIDE` joins
  them): `named` (suicide named, euphemisms, ways read about), `wish` (to be dead or not to
  exist, passive ideation), `burden`, `hopeless` (no point, no way out, no future),
  `preparations` (without a time);
- `self_harm` (`SELF_HARM`, and `SELF_HARM_ACUTE` for its acute tier);
- `eating`: eating disorder (`ED`) and its acute signs (`ED_ACUTE`);
- `third_party`: someone else at risk (`THIRD`);
- `frames`: what changes a reading: risk as a topic (`TOPIC`), research or writing
  (`RESEARCH`), someone else's medicine (`OWNED_MEANS`), a resolved history (`HISTORY`),
  gym slang (`SLANG_SAFE`);
- `red_flags`: red flags for exercise (`RED_URGENT`, `RED_CONDITION`);
- `medication`: `MED_RE`, `MED_CHANGE`, `MED_ACTION`, `NOT_A_MEDICINE`.

Each class module compiles its own lists (`P_SUICIDE_ACUTE`, `P_SUICIDE`, ...); this package
re-exports what `risk` and `safety` read. Inside a list the rules are grouped by meaning,
one comment per family. A list is read with `any()`, so the order inside it does not matter.

To add a rule: write the meaning, not the example (any body part, any medicine, any
weekday, the other languages where they say it the same way); put it in its class's family
(or start a family with a comment); check it against the hard negatives of `tests/safety`
(gym slang, training talk: "kill this set", "cutting phase", "burn in my legs"); and add one
test for it in `tests/test_risk.py`."""

from liftqa.answer.risk_rules.blocks import MEDS, PAST_YEAR
from liftqa.answer.risk_rules.eating import P_ED, P_ED_ACUTE
from liftqa.answer.risk_rules.frames import (
    FIRST_VOICE,
    HELPER_WORDS,
    HISTORY,
    OTHER_PERSON,
    OWNED_MEANS,
    QUOTED_BY_ANOTHER,
    RESEARCH,
    SLANG_SAFE,
    THIRD_VOICE,
    TOPIC,
)
from liftqa.answer.risk_rules.medication import MED_ACTION, MED_CHANGE, MED_RE, NOT_A_MEDICINE
from liftqa.answer.risk_rules.red_flags import BODY_OR_SYMPTOM, P_RED, P_RED_URGENT
from liftqa.answer.risk_rules.self_harm import P_SELF_HARM, SELF_HARM_ACUTE
from liftqa.answer.risk_rules.suicide import P_SUICIDE
from liftqa.answer.risk_rules.suicide_acute import MEANS_AT_HAND, P_SUICIDE_ACUTE
from liftqa.answer.risk_rules.third_party import P_THIRD, THIRD_ACUTE

__all__ = [
    "BODY_OR_SYMPTOM",
    "FIRST_VOICE",
    "HELPER_WORDS",
    "HISTORY",
    "MEANS_AT_HAND",
    "MEDS",
    "MED_ACTION",
    "MED_CHANGE",
    "MED_RE",
    "NOT_A_MEDICINE",
    "OTHER_PERSON",
    "OWNED_MEANS",
    "PAST_YEAR",
    "P_ED",
    "P_ED_ACUTE",
    "P_RED",
    "P_RED_URGENT",
    "P_SELF_HARM",
    "P_SUICIDE",
    "P_SUICIDE_ACUTE",
    "P_THIRD",
    "QUOTED_BY_ANOTHER",
    "RESEARCH",
    "SELF_HARM_ACUTE",
    "SLANG_SAFE",
    "THIRD_ACUTE",
    "THIRD_VOICE",
    "TOPIC",
]
