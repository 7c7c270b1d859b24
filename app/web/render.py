"""The web app's HTML: our domain objects rendered as page fragments, every piece of document text escaped.

Document text reaches the page only through `esc` (html.escape): a `<script>` or a markdown link in a
document shows as typed. Nothing here calls the Assistant or gradio; app.web.actions and app.web.page do.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from typing import Protocol

from app import places
from app.domain import (
    Answer,
    DocumentInfo,
    IndexReport,
    Language,
    Outline,
    Requirement,
    RequirementChanges,
    Review,
    ReviewItem,
    Status,
)
from app.labels import ALL_DISTRICTS, STATUS_LABELS, show_date
from app.review.checklist import ADDRESSED, NEEDS_DISTRICT, PARTLY, SEMANTIC_WEIGHT, summarize
from app.web import texts as T

APP_TITLE = T.APP_TITLE
LABELS = T.LABELS
STATUSES = {status: (label, T.STATUS_CSS[status]) for status, label in STATUS_LABELS.items()}
OPEN_CHANGES = 8  # a district's list of changed requirements starts folded when it is longer than this
_NEEDS_DISTRICT_HEAD = NEEDS_DISTRICT.partition("{")[0]  # the review's own request for the district


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


def answer_message(answer: Answer) -> str:
    """The final answer as a chat message (plain text with its [n] markers), notice first, hint last."""
    labels = LABELS.get(answer.language, LABELS[Language.VI])
    text = answer.text.strip()
    if not answer.found and answer.passages:
        text += "\n\n" + labels["see_related"]
    if answer.notice:
        text = f"({answer.notice})\n\n{text}"
    return chat_text(text)


def sources_html(answer: Answer | None) -> str:
    """The sources panel: each citation with its quote marked inside its paragraph, or related passages."""
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
                f"<div class='source' data-n='{c.n}'><div class='source-head'><span class='n'>[{c.n}]</span>"
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


# ---- Góp ý dự thảo -----------------------------------------------------------------------------------


def status_label(status: Status) -> str:
    """A review status as people read it."""
    return STATUSES.get(status, (status, "other"))[0]


def status_badge(status: Status) -> str:
    label, css = STATUSES.get(status, (status, "other"))
    return f"<span class='badge {css}'>{esc(label)}</span>"


def review_summary_text(review: Review) -> str:
    """The summary people read, on screen and in both downloads: one line per status with its count, then
    the missing requirements in full; it counts the user's verdicts. A review without items keeps its
    message (an empty draft, no guidance)."""
    return summarize(review.items) if review.items else review.summary


def review_notices(review: Review) -> list[str]:
    """The review's notices, but for its request for the district: the page asks in its own words."""
    lines = (review.notice or "").splitlines()
    return [
        n for n in lines if n.strip() and not (review.needs_district and n.startswith(_NEEDS_DISTRICT_HEAD))
    ]


def _summary_lines_html(text: str) -> str:
    """The summary text as HTML: its "- " lines as a bulleted list, the others as lines."""
    out: list[str] = []
    bullets: list[str] = []
    for line in text.splitlines():
        if line.startswith("- "):
            bullets.append(f"<li>{esc(line[2:])}</li>")
            continue
        if bullets:
            out.append(f"<ul class='missing-list'>{''.join(bullets)}</ul>")
            bullets = []
        out.append(f"<div class='summary-line'>{esc(line)}</div>")
    if bullets:
        out.append(f"<ul class='missing-list'>{''.join(bullets)}</ul>")
    return "".join(out)


def review_summary_html(review: Review) -> str:
    """Whose draft, the summary as a list, what the user marked by hand, and any notice."""
    out = ["<div class='review-summary'>"]
    if review.needs_district:
        out.append(f"<div class='warn choose-district'>{T.CHOOSE_DISTRICT}</div>")
    head = T.REVIEW_DISTRICT.format(district=esc(review.district)) if review.district else T.REVIEW_GENERAL
    out.append(f"<div class='review-head'>{head}</div>")
    text = review_summary_text(review)
    if text:
        out.append(f"<div class='summary'>{_summary_lines_html(text)}</div>")
    marked = sum(i.overridden for i in review.items)
    if marked:
        out.append(f"<div class='muted'>{esc(T.OVERRIDDEN_COUNT.format(n=marked))}</div>")
    out.extend(f"<div class='notice'>{esc(n)}</div>" for n in review_notices(review))
    out.append("</div>")
    return "".join(out)


def _number(value: float) -> str:
    return f"{value:.2f}".replace(".", ",")


def _percent(value: float) -> str:
    return f"{round(value * 100)}%"


def why_html(item: ReviewItem) -> str:
    """Why an item got its status: the scored status and score against the thresholds, the closest draft
    passage, the similarity and coverage the score is made of, and the user's verdict."""
    lines = [
        T.WHY_SCORE.format(
            label=esc(status_label(item.status)),
            score=_number(item.score),
            addressed=_number(ADDRESSED),
            addressed_label=esc(status_label(Status.ADDRESSED)),
            partly=_number(PARTLY),
            partly_label=esc(status_label(Status.PARTLY)),
        )
    ]
    if item.draft_quote:
        lines.append(T.WHY_PASSAGE.format(quote=esc(shorten(item.draft_quote, 400))))
    else:
        lines.append(T.WHY_NO_PASSAGE)
    lines.append(
        T.WHY_PARTS.format(
            similarity=_percent(item.similarity),
            coverage=_percent(item.coverage),
            semantic=_percent(SEMANTIC_WEIGHT),
            lexical=_percent(1 - SEMANTIC_WEIGHT),
        )
    )
    if (
        item.status == Status.PARTLY and item.score >= ADDRESSED
    ):  # a list of points, not enough of them stated
        lines.append(T.WHY_LIST.format(label=esc(status_label(Status.PARTLY))))
    if item.overridden:
        lines.append(T.WHY_USER.format(label=esc(status_label(item.verdict))))
    body = "".join(f"<div>{line}</div>" for line in lines)
    return f"<details class='why'><summary>{T.WHY}</summary>{body}</details>"


def verdict_buttons(n: int, item: ReviewItem) -> str:
    """Buttons to mark item n (its place in review.items) addressed or missing, or to undo the mark."""
    buttons: list[tuple[str, str]] = []
    if item.verdict != Status.ADDRESSED:
        buttons.append((Status.ADDRESSED, T.MARK_ADDRESSED))
    if item.verdict != Status.MISSING:
        buttons.append((Status.MISSING, T.MARK_MISSING))
    if item.overridden:
        buttons.append(("", T.MARK_UNDO))
    return (
        "<div class='verdicts'>"
        + "".join(
            f"<button type='button' class='verdict' data-n='{n}' data-verdict='{v}'>{esc(label)}</button>"
            for v, label in buttons
        )
        + "</div>"
    )


def _review_row(n: int, item: ReviewItem) -> str:
    r = item.requirement
    suggestion = (
        f"<div class='suggestion'>{text_html(T.SUGGESTION.format(text=item.suggestion))}</div>"
        if item.suggestion
        else ""
    )
    if not item.draft_quote:
        draft = f"<i class='muted'>{T.NOT_IN_DRAFT}</i>"
    elif item.status == Status.MISSING:  # the closest passage, which does not meet the requirement
        closest = shorten(item.draft_quote, 240)
        draft = f"<span class='muted'><i>{T.CLOSEST}</i> “{esc(closest)}”</span>"
    else:
        draft = f"“{esc(item.draft_quote)}”"
    by_hand = f"<div class='by-hand'>{T.BY_HAND}</div>" if item.overridden else ""
    return (
        f"<tr class='status-{esc(item.verdict)}' data-n='{n}'><td>{status_badge(item.verdict)}{by_hand}"
        f"{verdict_buttons(n, item)}</td>"
        f"<td>{esc(r.text)}{suggestion}</td><td>{draft}{why_html(item)}</td>"
        f"<td>“{esc(r.quote)}”<div class='cite'>{cite_html(r, show_file=False)}</div></td></tr>"
    )


def review_groups(review: Review) -> list[tuple[str | None, list[tuple[int, ReviewItem]]]]:
    """The province's remarks for this district first, then those for every district (reviewer's order kept),
    each item with its place in review.items. A single group gets no title.
    """
    numbered = list(enumerate(review.items))
    own = [(n, i) for n, i in numbered if i.requirement.districts]
    general = [(n, i) for n, i in numbered if not i.requirement.districts]
    if not own or not general:
        return [(None, own or general)]
    name = district_label(review.district, capital=False) if review.district else T.THIS_DISTRICT
    return [(T.OWN_GROUP.format(name=name), own), (T.GENERAL_GROUP, general)]


def ordered_items(review: Review) -> list[ReviewItem]:
    return [item for _, items in review_groups(review) for _, item in items]


def checklist_html(review: Review) -> str:
    """The checklist: status (with buttons to correct it), requirement, what the draft says and why the
    status, what the guidance says (with citation)."""
    if not review.items:
        return f"<div class='muted'>{T.NO_REQUIREMENTS}</div>"
    rows = []
    for title, items in review_groups(review):
        if title:
            rows.append(f"<tr class='group'><th colspan='4'>{esc(title)}</th></tr>")
        rows.extend(_review_row(n, item) for n, item in items)
    heads = "".join(f"<th>{h}</th>" for h in T.CHECKLIST_HEADS)
    return (
        f"<div class='muted mark-hint'>{T.MARK_HINT}</div>"
        "<table class='checklist'><colgroup><col style='width:12%'><col style='width:22%'>"
        "<col style='width:34%'><col style='width:32%'></colgroup>"
        f"<thead><tr>{heads}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


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
        embedded=report.chunks_embedded,
    )
    out = [f"<div>{updated}</div>"]
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
