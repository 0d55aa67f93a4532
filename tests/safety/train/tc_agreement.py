#!/usr/bin/env python3
"""Agreement between the writer (c.jsonl) and the blind second reader
(c_second_reader.jsonl) for training set tc. Usage: python3 tc_agreement.py [--json]

The checks and figures live in tests/safety/settools.py (stdlib only); this file names only
what is particular to training set tc.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from settools import message_agreement

HERE = Path(__file__).resolve().parent

if __name__ == "__main__":
    sys.exit(message_agreement(HERE / "c.jsonl", HERE / "c_second_reader.jsonl"))
