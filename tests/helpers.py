"""The one way tests turn lines written for them into mentions (the library's own path: extract_lines).

Before this module, eleven tests each built `Line`s from strings and called `extract_lines` with a
copy of the same three lines; a change to `Line` or `RuleContext` now has one place to follow.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from extract.mentions import extract_lines
from extract.model import Line, Mention
from extract.rules.engine import RuleContext

from .conftest import SAMPLE_GOLD, load_scorer

Box = tuple[float, float, float, float]


def lines_of(texts: Sequence[str], *, page: int | None = None, pages: Sequence[int] | None = None,
             boxes: Sequence[tuple[Box | None, ...] | None] | None = None) -> list[Line]:
    """Lines in reading order. By default a text deck's (numbered from 1, no page); `page` puts them all
    on one PDF page (still numbered); `pages` gives each its own page, as PDF lines are (no line number)."""
    return [Line(text=t, page=pages[i] if pages else page, line=None if pages else i + 1, index=i,
                 boxes=boxes[i] if boxes else None) for i, t in enumerate(texts)]


def boxed_lines(texts: Sequence[str], *, pages: Sequence[int] | None = None, page: int | None = 1,
                x: Sequence[float] | None = None, top: Sequence[float] | None = None, size: float = 8.0) -> list[Line]:
    """PDF lines with one `size`-pt box a character; line i starts at x[i] (0) and top[i] (i * (size + 2))."""
    boxes = [tuple(((x[i] if x else 0.0) + k * size, top[i] if top else i * (size + 2),
                    (x[i] if x else 0.0) + (k + 1) * size, (top[i] if top else i * (size + 2)) + size) for k in range(len(t)))
             for i, t in enumerate(texts)]
    return lines_of(texts, page=page, pages=pages, boxes=boxes)


def mentions_of(lines: list[Line], *, deck_year: int | None = 2024, doc: str = "t") -> list[Mention]:
    """Every mention the rules and the context find in `lines`."""
    return extract_lines(doc, lines, RuleContext(deck_year=deck_year))


def mentions(*texts: str, deck_year: int | None = 2024, page: int | None = None) -> list[Mention]:
    """Every mention of the lines `texts` (a text deck's, or all on PDF page `page`)."""
    return mentions_of(lines_of(texts, page=page), deck_year=deck_year)


# ---- the sample deck's mentions scored against its gold, instead of counting them ----------------------

#: the floor the sample deck's own test holds the rules to (test_sample_deck.py): below it, two scores being
#: equal says nothing (a library that finds nothing scores the same as a run that publishes nothing)
SAMPLE_F1_FLOOR = 0.97


def gold_score(records: Iterable[dict[str, Any]], gold_path: Path = SAMPLE_GOLD) -> dict[str, Any]:
    """The project's scorer on the records of the gold's deck (other decks' records left out)."""
    gold = [json.loads(x) for x in gold_path.read_text(encoding="utf-8").splitlines() if x.strip()]
    docs = {g["doc"] for g in gold}
    result, _ = load_scorer().score(gold, [r for r in records if r.get("doc") in docs])
    return result


def assert_scores_like_the_library(records: Iterable[dict[str, Any]], library: dict[str, Any]) -> None:
    """What a stage hands on scores against the gold exactly as the library's own mentions do: a rule that
    adds a right mention moves both, a stage that drops, adds or changes one moves only this side."""
    assert library["all"]["f1"] >= SAMPLE_F1_FLOOR, library["all"]
    got = gold_score(records)
    assert got == library, {k: (got.get(k), v) for k, v in library.items() if got.get(k) != v}


def text_deck_outline(texts: Sequence[str], *, deck_year: int | None = 2025) -> tuple[list[Mention], Any]:
    """A text deck's mentions (numbered lines, no page) with its outline, as extract_lines_outline gives them."""
    from extract.mentions import extract_lines_outline

    return extract_lines_outline("t", lines_of(texts), RuleContext(deck_year=deck_year))


def amounts_by_text(*texts: str, deck_year: int | None = 2025) -> dict[str, Mention]:
    """A text deck's amounts by their text, with the roles, years and programmes the outline gives them."""
    mentions, _ = text_deck_outline(texts, deck_year=deck_year)
    return {m.text: m for m in mentions if m.kind == "amount"}
