#!/usr/bin/env python3
"""Agreement between the writer (messages.jsonl) and the blind second reader
(second_reader.jsonl) for set v10 (written as training set tf).
Usage: python3 agreement.py [--json]

The checks and figures live in tests/safety/settools.py (stdlib only); this file names only
what is particular to set v10 (written as training set tf).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from settools import message_agreement

HERE = Path(__file__).resolve().parent

if __name__ == "__main__":
    sys.exit(message_agreement(HERE / "messages.jsonl", HERE / "second_reader.jsonl"))
