"""Answer stage: safety, conversation, quote selection, the answer as data and its one
renderer, optional LLM wording, and the asker over an immutable snapshot. Never imports
chromadb or gradio (import-linter checks it)."""
