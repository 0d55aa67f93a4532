"""Medication: a medicine named with something done to it (stop, taper, combine, dose)."""

from __future__ import annotations

import re

from liftqa.answer.risk_rules.blocks import MEDS

# A medicine named with something done to it (stop, taper, combine, dose): the medication route.
MED_RE = re.compile(rf"\b(?:{MEDS})\b")
# Medicine words that name no medicine: "the antidepressant effect of training", "exercise
# prescription", "prescription parameters" (clinicians' questions about training, not drugs).
NOT_A_MEDICINE = re.compile(
    r"\banti-?depressant\s+(?:and\s+anxiolytic\s+)?(?:effects?|responses?|actions?|benefits?|"
    r"propert\w+|potential|efficacy|outcomes?|mechanisms?)\b|\b(?:exercise|training|strength|"
    r"resistance)\s+prescriptions?\b|\bprescriptions?\s+(?:parameters?|guidelines?|variables?|"
    r"for\s+(?:exercise|training|resistance|strength))\b"
)
# Changing a medicine: stopping, tapering, skipping, raising or lowering it.
_MED_CHANGE = (
    r"stop|stopping|quit|quitting|replace|replacing|come\s+off|coming\s+off|get\s+off"
    r"|taper\w*|wean\w*|instead\s+of|reduce|reducing|cut\s+down|cut\s+back|skip\w*|ditch"
    r"|drop|lower|increase|raise|up\s+my|double\w*|halve"
)
MED_CHANGE = re.compile(rf"\b(?:{_MED_CHANGE}|swap\w*|switch\w*)\b")
MED_ACTION = re.compile(
    rf"\b(?:{_MED_CHANGE}"
    r"|combine|combining|mix|mixing|with\s+my|add|adding"
    r"|on\s+top\s+of|together|interact\w*|safe\s+(?:with|on)|okay\s+(?:with|on)|ok\s+(?:with|on)"
    r"|while\s+on|i'?m\s+on|cancel\s+out|forgot|missed|enough|too\s+much|mg|dose\w*|"
    r"how\s+(?:much|many)|timing|before\s+or\s+after|\d+\s*(?:mg|mcg|ml)?\b)"
)
