#!/usr/bin/env python3
"""Validate tests/safety/v9/messages.jsonl. Usage: python3 validate.py [messages.jsonl]

Prints counts; exits 1 on any failure.

The checks and figures live in tests/safety/settools.py (stdlib only); this file names only
what is particular to v9.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from settools import validate_messages

HERE = Path(__file__).resolve().parent

if __name__ == "__main__":
    sys.exit(validate_messages(HERE / "messages.jsonl", "v10-"))
