#!/usr/bin/env python3
"""Agreement between the tconv3 writer (conversations.jsonl) and the blind second reader
(second_reader.jsonl), turn by turn. Usage: python3 agreement.py [writer] [reader] [--json]

The checks and figures live in tests/safety/settools.py (stdlib only); this file names only
what is particular to tconv3.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from settools import conversation_agreement

HERE = Path(__file__).resolve().parent

if __name__ == "__main__":
    sys.exit(conversation_agreement(HERE / "conversations.jsonl", HERE / "second_reader.jsonl"))
