"""The index: `CorpusIndex` (corpus.py), the facade the answers read, and what it is made of: the build plan,
the builder, generations on disk (snapshot), lexical segments, the Chroma store, the vector caches.
May import the catalogue, documents and the foundation; never answers, review, service or anything above.
"""
