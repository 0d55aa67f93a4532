#!/usr/bin/env python3
"""Validate tests/safety/conv7/conversations.jsonl.

Usage: python3 validate.py [conversations.jsonl] [--texts texts.jsonl]; exits 1 on any failure.

The checks and figures live in tests/safety/settools.py (stdlib only); this file names only
what is particular to conv7 (the cv7- prefix and the es+en code-switched language).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from settools import LANGS, validate_conversations

HERE = Path(__file__).resolve().parent

if __name__ == "__main__":
    sys.exit(validate_conversations(HERE / "conversations.jsonl", "cv7-", langs=(*LANGS, "es+en")))
