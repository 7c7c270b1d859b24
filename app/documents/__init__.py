"""Documents: a file's bytes → a Document of numbered paragraphs with structure and metadata → chunks.

Owns the readers (one per format), structure (letterhead, headings, items, section paths, districts per
paragraph), ingest (corpus files, limits, chunking) and planted-instruction flags. May import only the
foundation (domain, errors, settings, text, places, lexicon, labels).
"""
