"""The chat app arrives with the Gradio UI; until then this points to the CLI."""

import sys

if __name__ == "__main__":
    print(
        "The Gradio app is not built yet. Ask from the terminal instead:\n"
        '  liftqa ask "Does strength training help with anxiety?"   (or: make ask Q="...")'
    )
    sys.exit(0)
