"""Ingest stage: corpus files → Articles (parse, citations, chunk, corpus reading, hostile
content) and the indexer that writes them to the index (lock, generations, plan/apply/prune)."""
