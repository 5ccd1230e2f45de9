"""One programme, two budgets in one sentence (`…の整備等に5年度予算7億円、4年度補正614億円を計上`): the year's budget and the
last year's supplementary, each labelled by a year written without its era (context/elided_years.py), the second named only by
its label, so it takes the programme of the figure before it (mentions/label_names.py); a year's budget named after the work
before `に` is that work's, no envelope (context/totals.py). Near misses: a label alone with no figure before it in its
sentence, a figure before it in another sentence, a bare number that is no year near the text's own, a named envelope."""
from __future__ import annotations

import pytest

from extract.mentions.label_names import label_only, without_label
from extract.tables import budget_records

from .helpers import mentions


def _amount(found: list, text: str):  # type: ignore[no-untyped-def]
    return next(m for m in found if m.kind == "amount" and m.text == text)


@pytest.mark.parametrize("line, text, expected", [
    # a ministry's news note, 令和 dropped
    ("防災庁の令和7年度予算は、避難所の環境改善に7年度予算12億円、6年度補正30億円を計上した。", "30億円",
     ("supplementary_budget", 2024, "避難所の環境改善")),
    ("防災庁の令和7年度予算は、避難所の環境改善に7年度予算12億円、6年度補正30億円を計上した。", "12億円",
     ("budget", 2025, "避難所の環境改善")),
    # a trade paper, the century dropped (`24年度`)
    ("同省の2025年度予算案では、港湾の耐震化に25年度予算8億円、24年度補正5億円を盛り込んだ。", "5億円",
     ("supplementary_budget", 2024, "港湾の耐震化")),
])
def test_two_budgets_of_one_programme(line: str, text: str, expected: tuple[str, int, str]) -> None:
    m = _amount(mentions("予算の概要", line), text)
    assert (m.role, m.fy, m.program) == expected


@pytest.mark.parametrize("name, only, cut", [
    ("4年度補正", True, "4年度補正"),
    ("令和6年度当初予算額は", True, "令和6年度当初予算額は"),
    ("3月補正予算計上額", True, "3月補正予算計上額"),
    ("次期衛星の整備等に5年度予算", False, "次期衛星の整備等"),
    ("港湾の耐震化に令和7年度予算", False, "港湾の耐震化"),
    # near misses: names that hold a label word but name work
    ("補正予算対応事業", False, "補正予算対応事業"),
    ("予算編成支援システム整備", False, "予算編成支援システム整備"),
    ("町に予算", False, "町に予算"),  # too short a work before `に` to cut (2 characters at least)
])
def test_label_names(name: str, only: bool, cut: str) -> None:
    assert (label_only(name), without_label(name)) == (only, cut)


def test_near_miss_label_alone_in_its_own_sentence() -> None:
    """A figure named only by a label, with the figure before it in another sentence, takes no programme from it."""
    found = mentions("予算の概要", "避難所の環境改善に7年度予算12億円を計上。6年度補正30億円。")
    assert _amount(found, "30億円").program != "避難所の環境改善"


@pytest.mark.parametrize("texts, expected", [
    # a ministry's points: the figure named by its label alone, under no item naming a work, is the ministry's whole
    # budget, no programme's row
    (("ポイント", "・2026年度予算案額は5,120億円で、前年度比1.2%増"), []),
    # near miss: a programme's item with its label and figure: the programme's row
    (("令和6年度予算の概要", "○ 港湾施設整備事業 令和6年度予算額 3億円"), ["港湾施設整備事業"]),
    # the commonest ministry box: a label alone under the item that names the work is that work's budget, a row
    (("令和7年度予算の概要", "○ 学校施設環境改善交付金", "・令和7年度予算額 682億円(前年度 690億円)"), ["学校施設環境改善交付金"]),
    (("令和7年度予算の概要", "(3) 地域公共交通確保維持事業", "・令和7年度予算額 3億円"), ["地域公共交通確保維持事業"]),
    (("令和7年度予算の概要", "■ 中小企業の賃上げ支援", "・当初予算額 5億円"), ["中小企業の賃上げ支援"]),
])
def test_a_figure_named_by_its_label_alone_is_the_item_s_or_the_whole(texts: tuple[str, ...], expected: list[str]) -> None:
    assert [r["program"] for r in budget_records([m.record() for m in mentions(*texts)])] == expected
