"""The web app's HTML: our domain objects rendered as page fragments, every piece of document text escaped.

Document text reaches the page only through `esc` (html.escape): a `<script>` or a markdown link in a
document shows as typed. Nothing here calls the Assistant or gradio; app.web.actions and app.web.page do.
The review tab's summary and checklist are app.web.review_html's.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from typing import Protocol

from app import markers, places
from app.domain import Answer, DocumentInfo, IndexReport, Language, Outline, Requirement, RequirementChanges
from app.labels import ALL_DISTRICTS, embedded_counts, hidden_skipped, show_date
from app.web import texts as T

APP_TITLE = T.APP_TITLE
LABELS = T.LABELS
OPEN_CHANGES = 8  # a district's list of changed requirements starts folded when it is longer than this


class Located(Protocol):
    """Where a text comes from: what a Citation, a Chunk and a Requirement all say about their source."""

    @property
    def source(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def date(self) -> str | None: ...
    @property
    def paragraph(self) -> int: ...
    @property
    def section(self) -> str: ...
    @property
    def page(self) -> int | None: ...


# ---- text → safe HTML ------------------------------------------------------------------------------


def esc(text: str | None) -> str:
    """HTML-escaped text: markup and markdown in documents show as typed, never as links or scripts."""
    return html.escape(text or "", quote=True)


def text_html(text: str | None) -> str:
    """Escaped text with its line breaks kept."""
    return esc((text or "").strip()).replace("\r\n", "\n").replace("\n", "<br>")


def chat_text(text: str | None) -> str:
    """A chat message: escaped, otherwise plain, so the copy button copies what the reader sees.

    The chatbot renders neither markdown nor (after this) HTML; its CSS keeps the line breaks.
    """
    return html.escape((text or "").strip(), quote=False)


def shorten(text: str, limit: int) -> str:
    """At most about `limit` characters, cut at a word, with an ellipsis when cut."""
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def fmt_date(iso: str | None) -> str:
    """2020-03-12 → 12/03/2020 (as dates are written in Vietnam); other forms unchanged."""
    if not iso:
        return ""
    return show_date(iso) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", iso) else iso


def district_label(name: str, capital: bool = True) -> str:
    """'Kim Thành' → 'Huyện Kim Thành' (its kind from the gazetteer); 'TP Chí Linh' says what it is."""
    text = places.label(name)
    return text[:1].upper() + text[1:] if capital else text


def highlight(paragraph: str, quote: str) -> str:
    """The paragraph, escaped, with the quote marked; a quote not found in it is shown marked above it."""
    paragraph, quote = paragraph or "", (quote or "").strip()
    if not quote:
        return esc(paragraph)
    start = paragraph.find(quote)
    end = start + len(quote)
    if start < 0:
        # the quote may differ from the paragraph only in spacing or case
        pattern = r"\s+".join(re.escape(word) for word in quote.split())
        found = re.search(pattern, paragraph, re.IGNORECASE)
        if found is None:
            return f"<mark>{esc(quote)}</mark><br><span class='context'>{esc(paragraph)}</span>"
        start, end = found.span()
    return f"{esc(paragraph[:start])}<mark>{esc(paragraph[start:end])}</mark>{esc(paragraph[end:])}"


def cite_html(where: Located, language: Language = Language.VI, show_file: bool = True) -> str:
    """Title, date, section path, page (PDF) or paragraph, and the file (a tooltip when not shown)."""
    labels = LABELS.get(language, LABELS[Language.VI])
    parts = [f"<b>{esc(where.title)}</b>"]
    if where.date:
        parts.append(esc(fmt_date(where.date)))
    if where.section:
        parts.append(f"<span class='cite-section'>{esc(where.section)}</span>")
    if where.page is not None:
        parts.append(f"{labels['page']} {where.page}")
    else:
        parts.append(f"{labels['paragraph']} {where.paragraph}")
    line = f"<span class='cite-line' title='{esc(where.source)}'>{' · '.join(parts)}</span>"
    return line + (f"<span class='cite-file'>{esc(where.source)}</span>" if show_file else "")


def header_html(notice: str | None, with_logout: bool) -> str:
    """The app's title bar, the logout link when there are logins, and the access notice."""
    logout = f"<a class='logout' href='/logout'>{T.LOGOUT}</a>" if with_logout else ""
    note = re.sub(r"`([^`]+)`", r"<code>\1</code>", esc(notice)) if notice else ""
    note = f"<div class='access'>{note}</div>" if note else ""
    return (
        f"<div class='app-header'><div><h1>{T.APP_TITLE}</h1><div class='subtitle'>{T.SUBTITLE}"
        f"</div></div>{logout}</div>{note}"
    )


# ---- Hỏi đáp -----------------------------------------------------------------------------------------


def source_anchor(turn: int, n: int) -> str:
    """The id of source [n] of the conversation's `turn`-th answer in the sources panel: an earlier answer's
    markers never lead to a later answer's sources."""
    return f"nguon-{turn}-{n}"


def answer_message(answer: Answer, turn: int = 1) -> str:
    """The final answer as a chat message (plain text whose [n] markers link to their sources in the panel),
    notice first, hint last."""
    labels = LABELS.get(answer.language, LABELS[Language.VI])
    text = answer.text.strip()
    if not answer.found and not answer.citations and answer.passages:
        text += "\n\n" + labels["see_related"]
    if answer.notice:
        text = f"({answer.notice})\n\n{text}"
    title = esc(labels["go_to_source"])

    def link(m: re.Match[str]) -> str:  # every marker has its citation (domain.Answer), so its entry
        return f"<a class='cite-ref' href='#{source_anchor(turn, int(m[1]))}' title='{title}'>{m[0]}</a>"

    return markers.MARKER.sub(link, chat_text(text))


def sources_html(answer: Answer | None, turn: int = 1) -> str:
    """The sources panel: exactly the answer's citations, each with its quote marked inside its paragraph
    and the id its markers link to; related passages when it cites none."""
    if answer is None:
        return f"<div class='sources empty'>{LABELS[Language.VI]['empty']}</div>"
    labels = LABELS.get(answer.language, LABELS[Language.VI])
    out = ["<div class='sources'>"]
    if answer.standalone_question and answer.standalone_question != answer.question:
        out.append(
            f"<div class='understood'>{labels['understood']}: “{esc(answer.standalone_question)}”</div>"
        )
    if answer.citations:
        out.append(f"<h3>{labels['sources']}</h3>")
        for c in answer.citations:
            out.append(
                f"<div class='source' id='{source_anchor(turn, c.n)}' data-n='{c.n}'>"
                f"<div class='source-head'><span class='n'>[{c.n}]</span>"
                f"{cite_html(c, answer.language)}</div>"
                f"<blockquote>{highlight(c.passage_text or c.quote, c.quote)}</blockquote>"
                + ("" if c.supported else f"<div class='warn'>{labels['unverified']}</div>")
                + "</div>"
            )
    else:
        out.append(f"<div class='not-found'>{labels['not_found']}</div>")
        if answer.passages:
            out.append(f"<h3>{labels['related']}</h3>")
            for p in answer.passages[:3]:
                out.append(
                    f"<div class='source related'><div class='source-head'>"
                    f"{cite_html(p.chunk, answer.language)}</div>"
                    f"<blockquote>{esc(p.chunk.text)}</blockquote></div>"
                )
    if answer.unsupported:
        items = "".join(f"<li>{esc(s)}</li>" for s in answer.unsupported)
        out.append(f"<div class='warn'>{labels['unsupported']}:<ul>{items}</ul></div>")
    out.append("</div>")
    return "".join(out)


# ---- Dàn ý báo cáo -----------------------------------------------------------------------------------


def own_label(r: Requirement, district: str) -> str:
    """'riêng Kim Thành' for a requirement the guidance gives that district alone; '' for a general one."""
    if not r.districts:
        return ""
    names = [district] if district in r.districts else list(r.districts)
    return T.OWN.format(names=", ".join(names))


def outline_html(outline: Outline) -> str:
    """The outline: the report's sections in order, each requirement with its verbatim quote and source."""
    name = district_label(outline.district)
    count = sum(len(s.requirements) for s in outline.sections)
    if not count:
        return f"<div class='outline muted'>{esc(T.OUTLINE_EMPTY.format(name=name))}</div>"
    out = [
        "<div class='outline'>",
        f"<div class='outline-head'>{T.OUTLINE_HEAD.format(name=esc(name), count=count)}</div>",
        f"<div class='muted'>{T.OUTLINE_INTRO}</div>",
    ]
    for section in outline.sections:
        out.append(f"<h3>{esc(section.title)}</h3><ol class='outline-items'>")
        for r in section.requirements:
            own = own_label(r, outline.district)
            badge = f" <span class='badge own'>{esc(own)}</span>" if own else ""
            out.append(
                f"<li><div class='req'>{esc(r.text)}{badge}</div>"
                f"<blockquote>“{esc(r.quote)}”</blockquote>"
                f"<div class='cite'>{cite_html(r, show_file=False)}</div></li>"
            )
        out.append("</ol>")
    out.append("</div>")
    return "".join(out)


# ---- Tài liệu ----------------------------------------------------------------------------------------


def documents_table(docs: Sequence[DocumentInfo], rejected: dict[str, str]) -> str:
    """The indexed documents as a table, then the files that could not be read."""
    rows = "".join(
        f"<tr><td><div class='doc-title'>{esc(d.title)}</div><div class='cite-file'>{esc(d.source)}</div>"
        + (
            f"<div class='muted'>{esc(T.DUPLICATES.format(names=', '.join(d.duplicates)))}</div>"
            if d.duplicates
            else ""
        )
        + f"</td><td>{esc(T.DOC_TYPES.get(d.doc_type, d.doc_type))}</td>"
        f"<td>{esc(fmt_date(d.date)) or '—'}</td>"
        f"<td class='num'>{d.paragraphs}</td><td class='num'>{d.chunks}</td></tr>"
        for d in docs
    )
    title, kind, day, paragraphs, chunks = T.DOC_HEADS
    out = [
        f"<div class='doc-count'>{T.DOC_COUNT.format(n=len(docs))}</div>",
        f"<table class='documents'><thead><tr><th>{title}</th><th>{kind}</th><th>{day}</th>"
        f"<th class='num'>{paragraphs}</th><th class='num'>{chunks}</th></tr></thead>"
        f"<tbody>{rows}</tbody></table>",
    ]
    if rejected:
        items = "".join(
            f"<li><b>{esc(path)}</b>: {esc(reason)}</li>" for path, reason in sorted(rejected.items())
        )
        out.append(f"<div class='warn'>{T.UNREADABLE_IN_CORPUS}<ul>{items}</ul></div>")
    flagged = [d for d in docs if d.planted]
    if flagged:
        items = "".join(
            f"<li><b>{esc(d.source)}</b>: " + "; ".join(f"“{esc(s)}”" for s in d.planted) + "</li>"
            for d in flagged
        )
        out.append(f"<div class='warn planted'>{T.PLANTED_IN_CORPUS}<ul>{items}</ul></div>")
    return "".join(out)


def index_report_html(report: IndexReport) -> str:
    """What a rebuild did, in a sentence, the files it could not read, and how the requirements changed."""
    c = report.counts()
    updated = T.INDEX_UPDATED.format(
        added=c["added"],
        updated=c["updated"],
        removed=c["removed"],
        total=report.chunks_total,
        embedded=embedded_counts(report.chunks_embedded, report.sentences_embedded),
    )
    out = [f"<div>{updated}</div>"]
    if report.hidden:
        out.append(f"<div class='muted'>{esc(hidden_skipped(report.hidden))}</div>")
    if report.rejected:
        items = "".join(f"<li><b>{esc(path)}</b>: {esc(reason)}</li>" for path, reason in report.rejected)
        out.append(f"<div class='warn'>{T.UNREADABLE}<ul>{items}</ul></div>")
    if report.warnings:
        items = "".join(f"<li><b>{esc(path)}</b>: {esc(message)}</li>" for path, message in report.warnings)
        out.append(f"<div class='warn'>{T.WARNINGS}<ul>{items}</ul></div>")
    out.append(requirement_changes_html(report))
    return "".join(out)


def _change_source(r: Requirement) -> str:
    return f"<div class='cite'>{cite_html(r, show_file=False)}</div>"


def _district_changes(change: RequirementChanges) -> str:
    who = district_label(change.district) if change.district else ALL_DISTRICTS
    counts = [
        f"{label} {len(getattr(change, kind))}" for label, kind in T.CHANGE_COUNTS if getattr(change, kind)
    ]
    rows = [
        f"<li class='added'><span class='sign'>+</span> {esc(r.text)}{_change_source(r)}</li>"
        for r in change.added
    ]
    rows += [
        f"<li class='removed'><span class='sign'>−</span> {esc(r.text)}{_change_source(r)}</li>"
        for r in change.removed
    ]
    rows += [
        f"<li class='changed'><span class='sign'>~</span> <span class='before'>{esc(before.text)}</span>"
        f" → <span class='after'>{esc(after.text)}</span>{_change_source(after)}</li>"
        for before, after in change.changed
    ]
    opened = " open" if len(rows) <= OPEN_CHANGES else ""
    return (
        f"<details class='change'{opened}><summary><b>{esc(who)}</b>: {', '.join(counts)}</summary>"
        f"<ul>{''.join(rows)}</ul></details>"
    )


def requirement_changes_html(report: IndexReport) -> str:
    """Requirements a rebuild added (+), removed (−) and changed (before → after), per district."""
    out = [
        f"<div class='requirement-changes'><h3>{T.CHANGES_TITLE}</h3>",
        f"<div class='muted'>{T.CATALOGUE_SIZE.format(n=report.requirements_total)}</div>",
    ]
    if not report.requirement_changes:
        out.append(f"<div class='muted'>{T.NO_CHANGES}</div>")
    out.extend(_district_changes(change) for change in report.requirement_changes)
    out.append("</div>")
    return "".join(out)
