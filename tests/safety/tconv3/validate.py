#!/usr/bin/env python3
"""Validate tconv3/conversations.jsonl (tuning set).

Usage: python3 validate.py [conversations.jsonl] [--texts texts.jsonl]; exits 1 on any failure.

The checks and figures live in tests/safety/settools.py (stdlib only); this file names only
what is particular to tconv3.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from settools import LANGS, validate_conversations

HERE = Path(__file__).resolve().parent

if __name__ == "__main__":
    sys.exit(validate_conversations(HERE / "conversations.jsonl", "tc3-", langs=(*LANGS, "es+en")))
