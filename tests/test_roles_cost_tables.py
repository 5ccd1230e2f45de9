"""A one-programme sheet's cost table (issue 21, fix28b, context/cost_tables.py): a header line naming its columns
(`事業費(A) 人件費(B) トータルコスト`) over rows of stages; only the adopted row's programme cost is the budget, the
staff cost and the total with staff `other`, a request's row `other` beside the adopted one, and a budget figure with
another value further down the sheet a step or a part. Variants; near misses: no header, a header of one kind only, no
adopted row, a restatement of the adopted figure. And a legend line is no title of a benefit guide."""
from __future__ import annotations

import pytest

from .helpers import text_deck_outline

HEAD = ["平成19年度予算", "事業名:", "松くい虫等防除事業", "トータルコスト"]


def amounts(*texts: str) -> list[tuple[int, str, str | None, int | None]]:
    """(line, text, role, fy) of every amount, in reading order."""
    found, _ = text_deck_outline(texts)
    return [(m.line or 0, m.text, m.role, m.fy) for m in found if m.kind == "amount"]


def roles_on(found: list[tuple[int, str, str | None, int | None]], line: int) -> list[str | None]:
    return [r for n, _, r, _ in found if n == line]


@pytest.mark.parametrize("header", ["  事業費(A) 人件費(B) トータルコスト", "事業費 人件費 トータルコスト", "事業費(A) 人件費(B)"])
def test_only_the_programmes_cost_column_is_its_budget(header):
    cells = "201,174千円 19,497千円 220,671千円" if "トータル" in header else "201,174千円 19,497千円"
    found = amounts(*HEAD, header, "(A+B)", "正職員 非常勤職員", f"19年度予算計上額 {cells} 2.38人 2.14人")
    assert roles_on(found, 8)[0] == "budget"
    assert set(roles_on(found, 8)[1:]) == {"other"}


@pytest.mark.parametrize("adopted", ["19年度予算計上額", "21年度当初予算額(最終)"])
def test_a_request_row_beside_the_adopted_one_is_an_earlier_stage(adopted):
    found = amounts(*HEAD, "  事業費(A) 人件費(B) トータルコスト", "(A+B)",
                    f"{adopted} 6,272千円 911千円 7,183千円", "19年度予算要求額 6,300千円 1,261千円 7,561千円")
    assert roles_on(found, 7) == ["budget", "other", "other"]
    assert roles_on(found, 8) == ["other", "other", "other"]


def test_the_previous_years_row_keeps_its_budget_and_gives_its_year_to_its_cells():
    found = amounts("平成19年度予算", "事業名:災害復旧事業連絡調整費", "  事業費(A) 人件費(B) トータルコスト", "(A+B)",
                    "19年度予算計上額 6,272千円 911千円 7,183千円", "18年度予算額 6,759千円 5,989千円 7,421千円")
    row = [(r, fy) for n, _, r, fy in found if n == 6]
    assert row[0] == ("previous_budget", 2006)
    assert row[1:] == [("other", 2006), ("other", 2006)]


def test_budget_figures_further_down_are_parts_unless_they_restate_the_budget():
    found = amounts(*HEAD, "  事業費(A) 人件費(B) トータルコスト", "(A+B)", "19年度予算計上額 6,272千円 911千円 7,183千円",
                    "事業費", "要求額:6,272千円  財源:単県", "課長査定:計上   計上額:6,272千円", "2 所要経費",
                    "(1)報酬 1,805千円", "(2)共済費 258千円")
    assert roles_on(found, 10) == ["budget"]  # the adopted figure restated
    assert roles_on(found, 12) == ["other"] and roles_on(found, 13) == ["other"]


def test_an_adjustments_stage_figures_are_parts_of_the_programme():
    found = amounts(*HEAD, "  事業費(A) 人件費(B) トータルコスト", "(A+B)", "19年度予算計上額 201,174千円 19,497千円 220,671千円",
                    "事業費", "要求額:2,063千円    財源:単県", "課長査定:計上   計上額:2,063千円")
    assert roles_on(found, 7)[0] == "budget"
    assert roles_on(found, 9) == ["other"] and roles_on(found, 10) == ["other"]


def test_near_miss_no_adopted_row_keeps_the_request_as_the_budget():
    found = amounts(*HEAD, "  事業費(A) 人件費(B) トータルコスト", "(A+B)", "31年度当初予算要求額 70,949千円 794千円 71,743千円",
)
    assert roles_on(found, 7)[0] == "budget" and roles_on(found, 7)[1:] == ["other", "other"]


@pytest.mark.parametrize("header", ["事業費 財源内訳", "区分 事業費 人件費", "人件費 トータルコスト", "事業費 予算額"])
def test_near_miss_a_header_that_is_no_cost_table_reads_nothing(header):
    found, _ = text_deck_outline((*HEAD, header, "19年度予算計上額 201,174千円 19,497千円 220,671千円"))
    assert all(m.role_source != "cost_table" for m in found)


def test_near_miss_a_header_with_no_rows_under_it_reads_nothing():
    found, _ = text_deck_outline((*HEAD, "事業費(A) 人件費(B) トータルコスト", "1 目的", "2 内容", "3 効果", "4 その他",
                                  "5 備考", "6 経費", "7 計 201,174千円 19,497千円"))
    assert all(m.role_source != "cost_table" for m in found)


@pytest.mark.parametrize("legend", ["・補助金等…国庫支出金・県支出金・分担金など", "※補助金等は国庫支出金など",
                                    "・一般財源...市税・地方消費税交付金など"])
def test_a_legend_line_is_no_title_of_a_benefit_guide(legend):
    found, _ = text_deck_outline((legend, "○コミュニティバス運行事業…5,024万円", "〔継続〕(市民1人当たり約1,894円)"))
    assert all(not m.role_source.startswith("kind:") for m in found if m.kind == "amount")


def test_near_miss_a_guides_own_title_still_makes_it_a_benefit_guide():
    found, _ = text_deck_outline(("災害見舞金のご案内", "全焼世帯 40,000円", "半焼世帯 20,000円"))
    assert {m.role for m in found if m.kind == "amount"} == {"support"}


STACKED = ["トータルコスト", "|", "事業費(A) |", "人件費(B) |", "トータルコスト (A+B) |", "正職員 |", "非常勤職員 |"]


def test_the_table_one_cell_a_line():
    found = amounts(*STACKED, "21年度当初予算額(最終) |", "23,296千円 |", "39,768千円 |", "63,064千円 |", "4.8人 |", "1.0人 |",
                    "21年度当初予算要求額 |", "24,867千円 |", "39,768千円 |", "64,635千円 |", "4.8人 |", "1.0人 |",
                    "20年度当初予算額 |", "19,814千円 |", "36,538千円 |", "56,352千円 |", "4.8人 |", "1.0人 |",
                    "事業費", "要求額:24,867千円 (前年度予算額 19,814千円) 財源:単県", "課長査定:一部計上 計上額:23,067千円")
    role = {t: r for _, t, r, _ in found}
    assert role["23,296千円"] == "budget" and role["39,768千円"] == "other" and role["63,064千円"] == "other"
    assert role["24,867千円"] == "other" and role["64,635千円"] == "other"
    assert role["19,814千円"] == "previous_budget" and role["56,352千円"] == "other"
    assert role["23,067千円"] == "other"  # the 課長査定's figure, below the adopted 当初予算額(最終)


def test_near_miss_stacked_cells_of_one_kind_are_no_cost_table():
    found, _ = text_deck_outline(("事業費 |", "計 |", "令和6年度予算額 |", "23,296千円 |", "39,768千円 |"))
    assert all(m.role_source != "cost_table" for m in found)


BOX = ["平成19年度予算", "事業名:文化観光局管理運営費"]


def test_the_table_as_a_box_of_labelled_lines():
    found = amounts(*BOX, "トータルコスト要求額73,504千円 (前年度:59,161千円)",
                    "事業費要求額22,975千円 (前年度予算額 11,971千円)   源:単県", "課長査定:計上   計上額:22,975千円",
                    "2 経費", "  ・芸術文化活動支援事業費補助金 1,500千円", "  ・委託料  3,018千円(平成18年度:同額)")
    role = {(n, t): (r, fy) for n, t, r, fy in found}
    assert role[(3, "73,504千円")][0] == "other" and role[(3, "59,161千円")] == ("other", 2006)
    assert role[(4, "11,971千円")][0] == "previous_budget"
    assert role[(5, "22,975千円")][0] == "budget"
    assert role[(7, "1,500千円")][0] == "other" and role[(8, "3,018千円")][0] == "other"


def test_near_miss_a_total_cost_line_with_no_cost_line_beside_it_keeps_its_role():
    found, _ = text_deck_outline(("令和6年度予算", "トータルコスト 73,504千円", "1 目的", "2 内容", "3 経費", "事業費 22,975千円"))
    assert all(m.role_source != "cost_table" for m in found)


def test_near_miss_no_adopted_stage_in_the_box_leaves_the_parts_alone():
    found, _ = text_deck_outline((*BOX, "トータルコスト要求額73,504千円", "事業費要求額22,975千円", "要求内容:",
                                  "  ・委託料  3,018千円"))
    assert {m.text: m.role_source for m in found if m.kind == "amount"}["3,018千円"] != "cost_table"


@pytest.mark.parametrize("line", ["1 道路防災費(維持的建設) 0千円 要求どおり 0千円", "(合計) 150,000千円 (合計) 0千円",
                                  "  (2) 道路防災費(単独) 0千円   0千円"])
def test_a_zero_figure_is_no_budget(line):
    found, _ = text_deck_outline(("平成30年度当初予算 道路防災費", "要求額の内訳", "査定額の内訳", line))
    assert all(m.role != "budget" for m in found if m.kind == "amount" and m.max == 0)


def test_near_miss_a_zero_previous_budget_and_a_figure_beside_a_zero_keep_their_roles():
    found = amounts("令和6年度当初予算", "○ 新規事業 500万円(前年度予算額 0円)")
    assert [r for _, _, r, _ in found] == ["budget", "previous_budget"]


def test_the_terms_of_a_worked_cost_below_the_adopted_one_are_no_grants():
    found = amounts(*HEAD, "  事業費(A) 人件費(B) トータルコスト", "(A+B)", "19年度予算計上額 201,174千円 19,497千円 220,671千円",
                    "3 所要経費", "(1)報酬 1,805千円", "  月額 130千円×12月=1,560千円", "  通勤割増 15千円×12月=180千円",
                    "  1,805千円 × 142.53/1000 =258千円")
    assert all(r == "other" for n, _, r, _ in found if n > 7)


def test_near_miss_a_grants_size_with_no_cost_table_above_keeps_its_role():
    found = amounts("令和6年度予算", "事業名:住宅改修支援事業", "補助額 20万円×2件=40万円")
    assert found[0][1:3] == ("20万円", "support")


def test_near_miss_a_zero_in_a_rounded_unit_is_a_small_budget():
    found, _ = text_deck_outline(("2026年度予算案", "▽内閣府237億円▽宮内庁1億円▽デジタル庁0億円▽総務省149億円"))
    assert all(m.role_source != "cost_table" for m in found)


def test_the_next_programmes_sheet_ends_the_reach_of_the_sheet_before():
    """rev31: two sheets in one deck; the second's budget is no step of the first's (its name label, its header)."""
    found = amounts("鳥羽県 令和8年度 予算事業シート", "事業名 地域医療連携推進事業", "事業費(A) 人件費(B) トータルコスト",
                    "8年度予算計上額 201,174千円 19,497千円 220,671千円", "事業名 森林環境保全事業",
                    "事業費(A) 人件費(B) トータルコスト", "8年度予算計上額 88,400千円 12,300千円 100,700千円")
    assert roles_on(found, 4)[0] == "budget"
    assert roles_on(found, 7) == ["budget", "other", "other"]


def test_an_assessment_page_of_several_boxes_keeps_each_programmes_budget():
    """rev31: `事業費要求額 X` over `査定額 Y` for several programmes: each 査定額 its programme's budget."""
    found = amounts("北浦市 令和8年度当初予算 査定状況", "■道路維持補修事業", "事業費要求額 5,000万円", "査定額 4,200万円",
                    "■公園遊具更新事業", "事業費要求額 1,800万円", "査定額 1,500万円")
    assert roles_on(found, 4) == ["budget"]
    assert roles_on(found, 7) == ["budget"]
