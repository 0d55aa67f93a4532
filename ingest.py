"""Build or update the index from corpus/ (same as `liftqa ingest`)."""

import sys

from liftqa.app.cli import main

if __name__ == "__main__":
    sys.exit(main(["ingest", *sys.argv[1:]]))
