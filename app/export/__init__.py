"""Exports: our domain objects as files people take away — an outline and a conversation, as Markdown
(markdown.py) and as Word with real footnotes (docx.py). Both formats carry the same content and the same
footnote numbers, which content.py builds once. May import the index, the catalogue, documents and the
foundation; never answers, review, service, web or cli.
"""

from app.export.content import citation_note, requirement_note, source_location
from app.export.docx import conversation_docx, outline_docx
from app.export.markdown import conversation_markdown, outline_markdown

__all__ = [
    "citation_note",
    "conversation_docx",
    "conversation_markdown",
    "outline_docx",
    "outline_markdown",
    "requirement_note",
    "source_location",
]
