"""One budget split by the ministries that hold it, the label written once (`令和5年度当初予算案:400億円(国土交通省)` /
`1,350億円(環境省)`): the bare `figure(box)` lines under the labelled one take its role and year (issue 21,
context/box_lines.py). Variants; near misses."""
from __future__ import annotations

import pytest

from .helpers import amounts_by_text


def roles(*texts: str) -> dict[str, tuple[str | None, int | None]]:
    return {t: (m.role, m.fy) for t, m in amounts_by_text(*texts).items()}


@pytest.mark.parametrize("lines, figures, role, fy", [
    (["住宅省エネ2024キャンペーン", "令和5年度補正予算:2,100億円(国土交通省)", " 令和5年度当初予算案:400億円(国土交通省)",
      "1,350億円(環境省)", "580億円(経済産業省)"], ["1,350億円", "580億円"], "budget", 2023),
    (["GX関連予算の概要", "令和6年度補正予算額 3,200億円【経済産業省】", "1,100億円【環境省】"], ["1,100億円"],
     "supplementary_budget", 2024),
])
def test_the_ministries_lines_under_a_labelled_figure_share_its_label(lines, figures, role, fy):
    found = roles(*lines)
    assert all(found[f] == (role, fy) for f in figures)


@pytest.mark.parametrize("lines, figure", [
    # a line with words before its figure is no continuation
    (["住宅省エネ2024キャンペーン", "令和5年度当初予算案:400億円(国土交通省)", "うち断熱改修分 150億円(環境省)"], "150億円"),
    # a blank-free prose line between them ends the list
    (["住宅省エネ2024キャンペーン", "令和5年度当初予算案:400億円(国土交通省)", "詳しくは各省のホームページへ。",
      "1,350億円(環境省)"], "1,350億円"),
    # a bracketed note is no ministry's box: last year's figure, an execution estimate
    (["住宅省エネ2024キャンペーン", "令和6年度予算案:400億円(国土交通省)", "350億円(前年度予算額)"], "350億円"),
    (["住宅省エネ2024キャンペーン", "令和6年度予算案:400億円(国土交通省)", "320億円(執行見込み)"], "320億円"),
])
def test_near_misses_are_no_box_lines(lines, figure):
    assert amounts_by_text(*lines)[figure].role_source != "box_line"
