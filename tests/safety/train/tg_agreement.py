#!/usr/bin/env python3
"""Agreement between the writer (g.jsonl) and the blind second reader
(g_second_reader.jsonl) for training set tg. Usage: python3 tg_agreement.py [--json]

The checks and figures live in tests/safety/settools.py (stdlib only); this file names only
what is particular to training set tg.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from settools import message_agreement

HERE = Path(__file__).resolve().parent

if __name__ == "__main__":
    sys.exit(message_agreement(HERE / "g.jsonl", HERE / "g_second_reader.jsonl"))
