"""A giving verb is the verb, not a noun that begins with it (`交付税`, `補助金`, `交付対象`: given_verb_noun_tails in
roles.json), while a verb compound (`交付予定`, `支給決定`) still gives its figure to each recipient (context/grant_frame.py)."""
from __future__ import annotations

import pytest

from .helpers import text_deck_outline


def _roles(*texts: str) -> dict[str, str | None]:
    mentions, _ = text_deck_outline(texts)
    return {m.text: m.role for m in mentions if m.kind == "amount"}


@pytest.mark.parametrize("line, figure, support", [
    ("残りの2兆4,000億円を交付税特別会計へ繰り入れる。", "2兆4,000億円", False),
    ("残る5億円を補助金の財源に充てる。", "5億円", False),
    ("うち1億円を交付対象の見直しに充てる。", "1億円", False),
    # the verb itself, alone or as a verb compound, gives the figure to each recipient
    ("子育て世帯に5万円を給付する。", "5万円", True),
    ("被災した事業者に20万円を交付予定です。", "20万円", True),
    ("申請のあった農家に8万円を支給決定した。", "8万円", True),
])
def test_a_giving_verb_is_no_noun(line: str, figure: str, support: bool) -> None:
    assert (_roles("お知らせ", line)[figure] == "support") is support

