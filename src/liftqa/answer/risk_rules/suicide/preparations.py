"""Suicide, elevated tier: preparations and farewells without a time — affairs in order, a will,
subscriptions cancelled, things given away, thanks for everything, a last workout "ever"."""

from __future__ import annotations

from liftqa.answer.risk_rules.blocks import NO_MOVE, REASON

PREPARATIONS = [
    # Preparations and farewells without a time: affairs in order, a will, pets rehomed,
    # passwords left, accounts deleted, stuff given away, "thank you for everything ... goodbye",
    # a farewell letter or pills for tonight in another language.
    r"\b(?:my\s+affairs\s+(?:are\s+)?in\s+order(?![\s\S]{0,60}\b(?:trip|expedition|everest|climb\w*|"
    r"surgery|operation|deployment|travel\w*|baby|birth|moving|retirement)\b)|(?:wrote|written|updated|made|finished)\s+(?:my|a)\s+"
    r"will\b[^.?!]{0,60}\b(?:just\s+in\s+case|ready|done|now|sorted)|(?:rehom\w*|found\s+a\s+(?:new\s+)?"
    r"home\s+for)\s+my\s+(?:dog|cat|pets?|rabbit|bird)\b|(?:left|wrote\s+down|sent)\s+(?:\w+\s+)?(?:my\s+)?"
    r"passwords?\b)",
    r"\b(?:cancel\w*|deleted?|deleting)\s+(?:\w+\s+){0,2}(?:subscriptions|accounts|photos|"
    r"pictures)\b[\s\S]{0,80}\b(?:cleaner|lighter|ready|tidy|sell|give)\w*",
    NO_MOVE
    + r"\b(?:giv(?:e|ing)|gave|given)\s+(?:\w+\s+){0,4}away\b[^.?!]{0,80}(?:won'?t\s+need"
    + REASON
    + r"|where\s+i'?m"
    r"\s+going|tidying\s+up|sorting\s+things|won'?t\s+be\s+around|not\s+sure\s+why)|\bwho\s+should\s+"
    r"i\s+give\s+my\s+\w+\s+to\b[^.?!]{0,80}\bwon'?t\s+be\b",
    r"\b(?:gave|giving|given)\s+away\s+(?:my\s+)?(?:dog|cat|pets?|rabbit|bird|hamster|all\s+(?:my\s+)?"
    r"(?:stuff|things|belongings)|my\s+(?:stuff|things|belongings|possessions)|everything)\b",
    r"\b(?:giving|gave|given)\s+(?:\w+\s+){0,2}stuff\s+away\b|\bdon'?t\s+see\s+(?:much|any)\s+"
    r"(?:reason|point)\s+(?:to|in)\s+(?:carry\w*\s+on|go\w*\s+on|living|keep\w*\s+going)\b",
    r"\bthank\s+you\s+for\s+everything\b[^.?!]{0,40}(?:goodbye|bye|sorry|for\s+the\s+last\s+time)|"
    r"\bsorry\s+for\s+everything\b[^.?!]{0,60}(?:goodbye|bye|love\s+you|won'?t)",
    r"\b(?:abschiedsbrief|abschiedsnachricht|carta\s+de\s+despedida|lettera\s+d'addio|"
    r"lettre\s+d'adieu|une\s+lettre\s+à\s+mes\s+parents)\b",
    r"\b(?:pastillas|comprimidos|pastiglie|cachets|médicaments|tabletten)\b[^.?!]{0,50}"
    r"\b(?:todas|todos|tutte|tous|alle|esta\s+noche|hoje|stanotte|ce\s+soir|heute)\b",
    # A last workout "ever" or "anyway".
    r"\b(?:my\s+)?last\s+(?:workout|session|training|lift|run|class|game)\s+(?:ever|anyway)\b",
]
