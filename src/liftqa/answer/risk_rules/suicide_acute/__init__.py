"""Suicide, acute tier (the C-SSRS's intent, plan, preparatory acts and acts): `risk` reads a
match of any of these rules as suicide, acute tier. One module per concept:

- `intent`: the act announced — intent with a time or a decision, a plan, a means and a time;
- `edge`: at the edge or there to do it — a roof, a bridge, the tracks, a jump announced;
- `means`: means gathered, kept or at hand (and `MEANS_AT_HAND`, read with suicidal thoughts);
- `acts`: acts taken — an overdose, medicine swallowed, an attempt;
- `farewells`: notes and letters, goodbyes, things given away, a phone off for good;
- `questions`: method and lethality questions, whatever the framing.

The rules of all six are read together (any match decides), so their order carries no meaning.
"""

from __future__ import annotations

from liftqa.answer.risk_rules.blocks import compile_all
from liftqa.answer.risk_rules.suicide_acute.acts import ACTS
from liftqa.answer.risk_rules.suicide_acute.edge import EDGE
from liftqa.answer.risk_rules.suicide_acute.farewells import FAREWELLS
from liftqa.answer.risk_rules.suicide_acute.intent import INTENT
from liftqa.answer.risk_rules.suicide_acute.means import MEANS, MEANS_AT_HAND
from liftqa.answer.risk_rules.suicide_acute.questions import QUESTIONS

SUICIDE_ACUTE = [*INTENT, *EDGE, *MEANS, *ACTS, *FAREWELLS, *QUESTIONS]
P_SUICIDE_ACUTE = compile_all(SUICIDE_ACUTE)

__all__ = ["MEANS_AT_HAND", "P_SUICIDE_ACUTE", "SUICIDE_ACUTE"]
