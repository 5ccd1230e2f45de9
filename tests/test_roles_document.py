"""Amount role and fy from the document (GUIDE, *Conventions settled on more real documents*): the
title and label lines cover the item lines under them. Lines written for these tests."""
from __future__ import annotations

import pytest

from .helpers import boxed_lines, mentions, mentions_of


def amounts(*texts: str) -> list:
    return [m for m in mentions(*texts) if m.kind == "amount"]


def first(*texts: str):
    found = amounts(*texts)
    assert found, texts
    return found[0]


@pytest.mark.parametrize("title, role, fy", [
    ("令和5年度補正予算（案）の概要", "supplementary_budget", 2023),
    ("令和５年度　第１次補正予算（案）の概要", "supplementary_budget", 2023),
    ("港湾局 令和6年度 補正予算案", "supplementary_budget", 2024),
    ("平成31年度当初予算案", "budget", 2019),
    ("○○市 平成３１年度当初予算案", "budget", 2019),
    ("△△県 令和2年度 予算案関係資料", "budget", 2020),
    ("令和7年度概算要求の概要", "budget", 2025),
])
@pytest.mark.parametrize("item", [
    "○ 港湾施設整備事業　1,200百万円",
    "○  港湾施設整備事業 1,200百万円",
    "・港湾施設整備事業：1,200百万円",
])
def test_the_title_gives_every_item_its_role_and_year(title, role, fy, item):
    m = first(title, "", item)
    assert (m.role, m.fy) == (role, fy)
    assert "draft" not in m.qualifiers  # （案） in the title is not written next to the amount


@pytest.mark.parametrize("title", ["令和6年度当初予算案", "令和６年度 当初予算（案）"])
def test_a_pair_under_the_title_is_budget_and_previous_year(title):
    cur, prev = amounts(title, "○ 企業誘致活動事業　5,604,000 千円（前年度 5,607,000 千円）")
    assert (cur.role, cur.fy, prev.role, prev.fy) == ("budget", 2024, "previous_budget", 2023)


def test_a_label_line_covers_the_items_under_it_until_the_next_label():
    found = amounts("資料２", "令和４年度補正予算額", "○ 海洋観測事業　50億円", "○ 防災研究事業　30億円",
                    "", "令和５年度予算額", "○ 海洋観測事業　12億円")
    assert [(m.role, m.fy) for m in found] == [("supplementary_budget", 2022), ("supplementary_budget", 2022),
                                             ("budget", 2023)]


def test_the_title_label_does_not_need_to_be_the_first_line():
    m = first("資料１－２", "令和6年度当初予算案の概要", "○ 子育て支援事業費　4,275千円")
    assert (m.role, m.fy) == ("budget", 2024)


@pytest.mark.parametrize("lines", [
    # a description line under an item: a cap, a rate, a sentence
    ("平成31年度当初予算案", "○ 不妊検査助成事業費　1,000千円", "費用について、2万円を上限に助成"),
    ("平成31年度当初予算案", "○ 中小企業支援事業　1,000千円", "補助上限 200万円"),
    ("平成31年度当初予算案", "○ 留学支援事業　1,000千円", "一人あたり月額 10万円を支給する"),
])
def test_amounts_that_are_not_items_do_not_take_the_title(lines):
    found = amounts(*lines)
    # both amounts found (an empty tail would pass any all()), the item's a budget, the description's not
    assert [m.role == "budget" for m in found] == [True, False], [(m.text, m.role) for m in found]


@pytest.mark.parametrize("lines", [
    # 予算 inside a department's name, or in a sentence, is no label
    ("平成31年度当初予算案", "（土木部監理課予算Ｇ）", "○ 河川調査事業　120,000 千円"),
    ("平成31年度当初予算案", "経費の一部は、補正予算で計上済み", "○ 建設機械整備費　53,826千円"),
])
def test_budget_words_that_are_not_labels_leave_the_title_in_force(lines):
    m = first(*lines)
    assert (m.role, m.fy) == ("budget", 2019)


@pytest.mark.parametrize("title, fy", [("国際連携・協力を取り巻く状況", None), ("令和6年度の取組について", 2024), ("予算の使い方", None)])
def test_a_title_that_is_no_budget_label_gives_items_no_role(title, fy):
    m = first(title, "", "○ 港湾施設整備事業　1,200百万円")
    # (a dated title still dates its figures, whatever the document's kind: context/dated_scopes.py)
    assert m.role not in ("budget", "supplementary_budget") and m.fy == fy


def test_a_total_and_its_named_shares_keep_their_roles_under_a_title():
    found = amounts("令和4年度補正予算の概要", "令和4年度第2次補正予算 50,050百万円", "JST :44,000百万円", "AMED: 6,050百万円")
    assert [(m.role, m.fy) for m in found] == [("supplementary_budget", 2022), ("other", 2022), ("other", 2022)]


@pytest.mark.parametrize("lines, role, fy", [
    (("※このほか、令和5年度予算にて基金補助金", "として１億円を計上。"), "budget", 2023),
    (("※このほか、令和５年度補正予算において", "基金に３億円を積み増し。"), "supplementary_budget", 2023),
])
def test_a_label_in_a_sentence_wrapped_over_two_lines_reaches_its_amount(lines, role, fy):
    m = first(*lines)
    assert (m.role, m.fy) == (role, fy)


def pdf_amounts(row: list[tuple[str, float, float, int]]) -> list:
    """Amounts of PDF lines from (text, x0, top, page): 10 pt characters, each line its own text box."""
    texts, xs, tops, pages = zip(*row)
    return [m for m in mentions_of(boxed_lines(texts, pages=pages, x=xs, top=tops, size=10.0), deck_year=2025) if m.kind == "amount"]


def test_pdf_a_year_in_a_row_header_sets_the_fy_of_the_amounts_in_its_row():
    found = pdf_amounts([("2025年度", 30, 250, 1), ("2026年度", 30, 320, 1),
                         ("1,080 円 +35 円", 160, 252, 1), ("1,150 円 +35 円", 160, 322, 1)])
    assert [(m.text, m.fy) for m in found] == [("1,080 円", 2025), ("+35 円", 2025), ("1,150 円", 2026), ("+35 円", 2026)]


def test_pdf_a_year_in_a_column_header_sets_the_fy_of_the_amounts_below_it():
    found = pdf_amounts([("令和5年度", 100, 100, 1), ("令和6年度", 200, 100, 1),
                         ("300万円", 100, 115, 1), ("450万円", 200, 115, 1)])
    assert [(m.text, m.fy) for m in found] == [("300万円", 2023), ("450万円", 2024)]


@pytest.mark.parametrize("row", [
    [("2025年度", 30, 250, 1), ("1,080 円", 160, 252, 2)],  # another page
    [("2025年度", 300, 250, 1), ("1,080 円", 160, 252, 1)],  # to the right, not a row header
    [("2025年度の目標", 30, 250, 1), ("1,080 円", 160, 252, 1)],  # a sentence, not a header cell
    [("2025年度", 100, 100, 1), ("1,080 円", 100, 300, 1)],  # far below: another block
])
def test_pdf_years_that_head_no_row_or_column_set_no_fy(row):
    (m,) = pdf_amounts(row)
    assert m.fy is None


@pytest.mark.parametrize("line", ["うち国費　40億円", "（うち JST 44億円）", "内訳：設備費 10億円", "合計　120億円", "総額 120億円"])
def test_shares_and_totals_under_a_title_are_not_items(line):
    found = amounts("令和6年度当初予算案", "○ 港湾施設整備事業　120億円", line)
    assert found[-1].role not in ("budget", "supplementary_budget"), (line, found[-1].role)
