"""Serve the liftqa chat app (builds the index first if it is missing): python app.py."""

import sys

from liftqa.app.ui import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
