"""Follow-ups ("Còn Nam Sách thì sao?") → questions that stand on their own.

With an LLM the condense prompt rewrites the follow-up from the last turns; without one, or when the model
fails, a rule carries the previous question's topic and swaps the district (`condense`).
"""

from __future__ import annotations

from collections.abc import Sequence

from app import lexicon, places
from app.domain import ChatModel, Turn
from app.prompts import load_prompt
from app.text import fold, syllables

_FOLLOW_UP_FILLER = set(fold(" ".join(lexicon.words("follow_up_filler"))).split())


def condense_with_llm(model: ChatModel, question: str, history: Sequence[Turn]) -> str:
    """The follow-up as the model rewrites it from the last three turns; the question itself if it says
    nothing."""
    transcript = "\n".join(f"Q: {t.question}\nA: {t.answer[:500]}" for t in history[-3:])
    prompt = load_prompt("condense").format(history=transcript, question=question)
    reply = model.invoke(prompt)
    # the first line is the question; models may quote it and explain it on the lines after
    lines = [line.strip().strip('"“”').strip() for line in str(getattr(reply, "content", reply)).splitlines()]
    return next((line for line in lines if line), question)


def condense(question: str, history: Sequence[Turn]) -> str:
    """Without an LLM: carry the previous question's topic and swap the district.

    "Còn Nam Sách thì sao?" after "…Kim Thành… giao thông?" → the previous question with Nam Sách.
    A follow-up that names a topic but no district keeps the previous district.
    """
    if not history:
        return question
    previous = history[-1].question
    new_districts = places.find(question)
    old_districts = places.find(previous)
    rest = [w for w in places.strip(syllables(fold(question))) if w not in _FOLLOW_UP_FILLER]
    elliptical = len(rest) <= 1
    if new_districts and elliptical:
        return _swap_districts(previous, old_districts, new_districts)
    if not new_districts and old_districts and len(syllables(question)) <= 10:
        return f"{question.rstrip(' ?')} ({', '.join(old_districts)})?"
    return question


def _swap_districts(previous: str, old: Sequence[str], new: Sequence[str]) -> str:
    if not old:
        return f"{previous.rstrip(' ?')} — {', '.join(new)}?"
    text = previous
    for district in old:
        text = places.replace(text, district, new[0])
    return text
