"""The review tab's HTML: the summary of a review, and the checklist, each item with its status (and
buttons to correct it), the requirement, what the draft says, why the status, and what the guidance says.

Like app.web.render, whose helpers it uses, it escapes every piece of document and draft text and calls
neither the Assistant nor gradio.
"""

from __future__ import annotations

from app.domain import Review, ReviewItem, Status
from app.labels import STATUS_LABELS
from app.review.checklist import ADDRESSED, NEEDS_DISTRICT, PARTLY, SEMANTIC_WEIGHT, summarize
from app.web import texts as T
from app.web.render import cite_html, district_label, esc, shorten, text_html

STATUSES = {status: (label, T.STATUS_CSS[status]) for status, label in STATUS_LABELS.items()}
_NEEDS_DISTRICT_HEAD = NEEDS_DISTRICT.partition("{")[0]  # the review's own request for the district


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
