"""What a programme sheet's own legend or stage columns say its figures are (issue 21, fix28b,
context/programme_sheets.py): a note naming the programmes' cost over a city's list of main programmes makes each item's
lone figure its budget; `内示` / `調整要求` columns over a sheet's sum row make the adopted sum the budget and the rest
`other`. Variants; near misses: no note, a note naming no cost, an item line with more words after its figure, a
stage header with no request column under it."""
from __future__ import annotations

import pytest

from .helpers import text_deck_outline

NOTE = "※「市民1人当たり金額」は事業費を令和6年3月31日現在の人口(26,528人)で割った金額です。"


def roles(*texts: str) -> dict[str, str | None]:
    found, _ = text_deck_outline(texts)
    return {m.text: m.role for m in found if m.kind == "amount"}


@pytest.mark.parametrize("item", ["○コミュニティバス運行事業…5,024万円", "●道路メンテナンス事業(橋梁等長寿命化修繕事業)…5,024万円",
                                  "◎史跡保存活用事業 5,024万円"])
def test_a_note_naming_the_programmes_cost_makes_each_items_figure_its_budget(item):
    found = roles("・補助金等…国庫支出金・県支出金・分担金など", NOTE, "◆ひと、もの、情報の流れをささえるまちづくり", item,
                  "〔継続〕(市民1人当たり約1,894円)")
    assert found["5,024万円"] == "budget"
    assert found["1,894円"] == "other"


@pytest.mark.parametrize("note", ["", "※数値は広報誌用に端数を処理しています。", "事業費は人口で割った金額です。"])
def test_near_miss_no_note_naming_the_cost_leaves_the_items_alone(note):
    found, _ = text_deck_outline((note, "◆まちづくり", "○コミュニティバス運行事業…5,024万円"))
    assert all(m.role_source != "programme_sheet" for m in found)


def test_near_miss_an_item_line_with_words_after_its_figure_is_left_alone():
    found, _ = text_deck_outline((NOTE, "○コミュニティバス運行事業…5,024万円の見込み"))
    assert all(m.role_source != "programme_sheet" for m in found)


SHEET = ["平成30年度当初予算 土砂災害対策費()", "細々事業名 :土砂災害対策施設整備事業(公共)【建設】", "要求額の内訳"]


@pytest.mark.parametrize("header", [["内示", "調整要求"], ["内示 |", "|||", "調整要求 |"], ["査定額", "要求額"]])
def test_the_adopted_columns_sum_is_the_sheets_budget(header):
    found, _ = text_deck_outline((*SHEET, *header, "1 大阪府内の水害・土砂災害対策の推進 150,000千円", "150,000,000円= 150,000",
                                  "(仮置節計) 150,000千円 (仮置節計) 0千円", "(合計) 150,000千円 (合計) 0千円"))
    by_line = {(m.line, m.text): m.role for m in found if m.kind == "amount"}
    assert by_line[(len(SHEET) + len(header) + 4, "150,000千円")] == "budget"
    assert all(r != "budget" for (n, _), r in by_line.items() if n != len(SHEET) + len(header) + 4)


def test_near_miss_a_stage_header_with_no_request_column_reads_nothing():
    found, _ = text_deck_outline((*SHEET, "内示", "備考", "(合計) 150,000千円 (合計) 0千円"))
    assert all(m.role_source != "programme_sheet" for m in found)


def test_near_miss_no_sum_row_under_the_stage_columns_reads_nothing():
    found, _ = text_deck_outline((*SHEET, "内示", "調整要求", "(仮置節計) 150,000千円 (仮置節計) 0千円"))
    assert all(m.role_source != "programme_sheet" for m in found)


@pytest.mark.parametrize("note", ["※補助対象となる事業費の2分の1以内を補助します。", "※事業費の3分の2を助成します。"])
def test_near_miss_a_grants_note_naming_the_cost_is_no_legend_of_the_items(note):
    """rev31: a grant page's note on its rate names the 事業費 too; its ○ lines (a fee, a share) stay no budget."""
    found, _ = text_deck_outline(("松原町 令和8年度 まちづくり活動補助金のご案内", note, "○申請手数料　1,000円"))
    assert all(m.role_source != "programme_sheet" for m in found)
