"""Index stage: embedders (the only sentence-transformers/onnxruntime import), the store (the
only chromadb import), index generations on disk, lexical search and hybrid retrieval."""
