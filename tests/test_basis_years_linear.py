"""context/basis_years.py reads a section's lead once (one pass per section), not once per figure under it: on generated
sections (headings, lead sentences that state a basis or only mention a year, figures before and after them) every
figure's year is the one a scan of the section's lines before the figure gives (the reference below, the former code)."""
from __future__ import annotations

from collections.abc import Sequence

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract.context import basis_years, fiscal_scope
from extract.context import outline as ol
from extract.context.labels import LineInfo

from .helpers import text_deck_outline


def _scan(section: ol.Node, figure_line: int, infos: Sequence[LineInfo], outline: ol.Outline) -> int | None:
    """The reference: every body child before the figure's line, scanned again for each figure."""
    if section.kind not in ("heading", "label", "page_title"):
        return None
    years: set[int] = set()
    for c in section.children:
        n = outline.nodes[c]
        if n.line_index >= figure_line:
            break
        if n.kind == "body":
            years |= basis_years._line_basis(infos[n.line_index], n)
    return years.pop() if len(years) == 1 else None


_HEADINGS = ["■市民1人当たりの金額", "●一世帯当たりの負担", "■基金の積立", "◆町民一人当たりでみると"]
_LEADS = ["令和{y}年度決算を基に1人当たりに置き換えてみました。", "令和{y}年度当初予算から試算しました。",
          "令和{y}年度普通会計決算に基づき算出しています。", "令和{y}年度決算で生じた剰余金を積み立てます。",
          "令和{y}年度決算と比べ増加を見込みます。", "詳しくは町のホームページをご覧ください。",
          # a lead that states its basis and a figure on one line: the basis reaches the lines after it, not its own
          "令和{y}年度決算を基に算出すると、1人当たり{n}5,000円です。"]
_FIGURES = ["●市民1人当たりの税金…{n},954円", "・一世帯当たり {n},234,000円", "・財政調整基金 {n}億2,000万円",
            "・町民一人当たりの借金 {n}12,300円",
            # figures in the section's own prose, before or after its lead (a body line, as the lead is)
            "市民1人当たりの税金は{n}15,954円です。", "一世帯当たりでは{n}34,000円になります。"]

#: a section: its heading, then lead sentences and figures in any order (prose figures and items)
_section = st.tuples(st.sampled_from(_HEADINGS), st.lists(st.sampled_from([*_LEADS, *_FIGURES]), min_size=1, max_size=6))


def _texts(sections: list[tuple[str, list[str]]], years: list[int]) -> list[str]:
    out, k = ["令和6年度 財政のあらまし"], 0
    for heading, lines in sections:
        out.append(heading)
        for text in lines:
            out.append(text.format(y=years[k % len(years)], n=1 + k % 9))
            k += 1
    return out


def _years(texts: list[str]) -> list[tuple[str, int | None]]:
    mentions, _ = text_deck_outline(texts, deck_year=None)
    return [(m.text, m.fy) for m in mentions if m.kind == "amount"]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(_section, min_size=1, max_size=3), st.lists(st.integers(1, 6), min_size=1, max_size=3))
def test_one_pass_per_section_gives_the_scans_years(monkeypatch: pytest.MonkeyPatch, sections, years):
    texts = _texts(sections, years)
    linear = _years(texts)
    with monkeypatch.context() as m:
        m.setattr(fiscal_scope, "basis_year", _scan)
        scanned = _years(texts)
    assert linear == scanned


def test_the_generated_sections_reach_a_basis_year():
    # the generator's shapes do exercise the rule: a lead stating a basis gives the figures after it its year, not a
    # figure of the section's prose before it
    texts = ["令和6年度 財政のあらまし", "■市民1人当たりの金額", "一世帯当たりでは234,000円になります。",
             "令和4年度決算を基に1人当たりに置き換えてみました。", "●市民1人当たりの税金…115,954円", "・一世帯当たり 1,234,000円"]
    assert _years(texts) == [("234,000円", 2024), ("115,954円", 2022), ("1,234,000円", 2022)]
