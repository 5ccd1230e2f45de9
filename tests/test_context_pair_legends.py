"""A column legend over `X(Y)` rows (issue 21, context/pair_legends.py): a line with no figure naming two columns, the
second in brackets, by year and or budget label; the rows under it hold the first column's figure and the second's in
brackets. Variants in wordings and layouts no set uses (other eras, units, spacing, a third column's box, rows split
over lines); near misses (no budget column, two budgets of one year, a sentence, a signed change) keep their reading.
Also comparisons._budget_label: a budget named as a comparison's base (`…予算比`) is no label of the signed change."""
from __future__ import annotations

import pytest

from .helpers import mentions


def _roles(*texts: str) -> dict[str, tuple[str, int | None]]:
    return {m.text.strip(): (m.role, m.fy) for m in mentions(*texts) if m.kind == "amount"}


_LEAD = ["令和7年度防災関係予算概算要求額について", "令和6年度当初予算額(1,200億円)と比べ、80億円の増。", "3. 内訳"]


@pytest.mark.parametrize("legend", [
    "7年度 (6年度当初予算額)",  # era-less years, read in the lead's era
    "令和7年度概算要求額(令和6年度当初予算額)",
    "7年度(上記に係る令和6年度当初予算額)",
    "令和7年度要求額（前年度予算額） 【対前年度増減額】",  # a third column's box
])
def test_rows_under_a_pair_legend_take_its_two_columns(legend: str) -> None:
    got = _roles(*_LEAD, legend, "(1) 地震対策・・・・・・640億円(  590億円)", "(2) 風水害対策", "・・・520億円 (530億円)",
                 "(注) 上記の額には独立行政法人への交付金を含まない。")
    assert got["640億円"] == ("budget", 2025)
    assert got["590億円"] == ("previous_budget", 2024)
    assert got["520億円"] == ("budget", 2025)
    assert got["530億円"] == ("previous_budget", 2024)


def test_a_row_closing_with_its_figure_alone_is_the_first_column() -> None:
    got = _roles(*_LEAD, "令和7年度概算要求額(令和6年度当初予算額) 【対前年度増減額】", "(1)地震対策・・・・・・・・640億円")
    assert got["640億円"] == ("budget", 2025)  # the box names a third column: no heading of changes over the row


def test_western_years_and_million_yen_cells() -> None:
    got = _roles("2025年度 文化関係経費の要求について", "2025年度要求額(2024年度予算額)", "文化財保護 3,120百万円(2,980百万円)")
    assert got["3,120百万円"] == ("budget", 2025)
    assert got["2,980百万円"] == ("previous_budget", 2024)


@pytest.mark.parametrize("legend", [
    "令和7年度予算額(令和7年度補正予算額)",  # a supplementary beside: no request and last year's
    "令和7年度予算額(令和5年度予算額)",  # years apart
    "令和7年度予算額(決算額)",  # a settlement's column
    "地震対策(内閣府)",  # a name, no legend
])
def test_near_misses_are_no_pair_legend(legend: str) -> None:
    found = [m for m in mentions(*_LEAD, legend, "(1) 地震対策・・・・・・640億円(  590億円)") if m.kind == "amount"]
    assert [m.role_source for m in found if m.line_index == 4] and all(m.role_source != "legend" for m in found)


def test_a_sentence_and_a_signed_change_under_the_legend_keep_their_reading() -> None:
    got = _roles(*_LEAD, "7年度 (6年度当初予算額)", "(1) 地震対策・・・・・・640億円(+50億円)",
                 "なお、令和5年度決算額は580億円であった。")
    assert got["+50億円"][0] == "other"
    assert got["580億円"][0] != "budget"


def test_another_years_heading_ends_the_legend() -> None:
    found = [m for m in mentions(*_LEAD, "7年度 (6年度当初予算額)", "(1) 地震対策・・・・・・640億円(  590億円)",
                                 "令和5年度決算の状況", "(1) 地震対策・・・・・・570億円") if m.kind == "amount"]
    assert {m.text: m.role_source for m in found}["570億円"] != "legend"


@pytest.mark.parametrize("line", [
    "令和7年度概算要求の総額は2兆1,149億円で、令和6年度当初予算比10.3%の増(+1,972億円)となりました。",
    "要求総額は980億円(前年度予算対比+40億円)。",
])
def test_a_signed_change_against_a_named_budget_is_no_budget(line: str) -> None:
    signed = [m for m in mentions(line) if m.kind == "amount" and m.text.lstrip()[:1] == "+"]
    assert signed and all(m.role == "other" for m in signed)


def test_a_signed_figure_its_own_budget_label_names_stays_a_budget() -> None:
    got = {m.text.strip(): m.role for m in mentions("令和7年度補正予算の概要", "一般会計補正予算額 +48.2億円")
           if m.kind == "amount"}
    assert got["+48.2億円"] in ("budget", "supplementary_budget")


@pytest.mark.parametrize("note", ["*従来ベースでの要求額での比較", "※旧区分による要求額"])
def test_a_figure_under_a_notes_own_line_is_no_row(note: str) -> None:
    found = [m for m in mentions(*_LEAD, "7年度 (6年度当初予算額)", "(1) 地震対策・・・・・・640億円(  590億円)", note,
                                 "・・・610億円") if m.kind == "amount"]
    got = {m.text.strip(): m for m in found}
    assert got["640億円"].role_source == "legend" and got["610億円"].role_source != "legend"
