"""Suicide, elevated or passive: `risk` reads a match of any of these rules as suicide, elevated
tier (unless an acute rule matched). One module per concept:

- `named`: suicide named, its euphemisms, thoughts of dying and ways read about;
- `wish`: the wish to be dead or not to exist, passive ideation;
- `burden`: being a burden, "better off without me";
- `hopeless`: hopelessness, entrapment, no future;
- `preparations`: preparations and farewells without a time.

The rules of all five are read together (any match decides), so their order carries no meaning.
"""

from __future__ import annotations

from liftqa.answer.risk_rules.blocks import compile_all
from liftqa.answer.risk_rules.suicide.burden import BURDEN
from liftqa.answer.risk_rules.suicide.hopeless import HOPELESS
from liftqa.answer.risk_rules.suicide.named import NAMED
from liftqa.answer.risk_rules.suicide.preparations import PREPARATIONS
from liftqa.answer.risk_rules.suicide.wish import WISH

SUICIDE = [*NAMED, *WISH, *BURDEN, *HOPELESS, *PREPARATIONS]
P_SUICIDE = compile_all(SUICIDE)

__all__ = ["P_SUICIDE", "SUICIDE"]
