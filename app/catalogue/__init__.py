"""The requirement catalogue: every requirement of the guidance, with its scope and theme, and what changed
between two catalogues. May import documents and the foundation; never the index or anything above it.
"""
