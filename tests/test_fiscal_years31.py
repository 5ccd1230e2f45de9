"""Captions in the layouts the outline breaks (issue 21, session 24, years31; context/dated_scopes.py): a caption closed
by its bracketed year, a caption the outline hung under the list entry above it, a record of fields at the top level
with its year field. Lines written for these tests in other issuers' wording (a furusato report, a tourism body's
accounts, a forest-tax page, a park plan, a housing grant), with the near misses each must leave alone: a bracket that
names a meeting or a span, a line that is the entry's own text, a balance or a price under a year that is not its year,
a deck with no year, a multi-year table."""
from __future__ import annotations

import pytest

from .helpers import mentions


def _fy(lines: tuple[str, ...], text: str) -> int | None:
    found = [m for m in mentions(*lines, deck_year=None) if m.kind == "amount" and m.text == text]
    assert len(found) == 1, [m.text for m in mentions(*lines, deck_year=None)]
    return found[0].fy


@pytest.mark.parametrize("lines, text, fy", [
    # a name closed by its one fiscal year in brackets captions the block under it
    (("ふるさと納税のご報告", "寄附金の活用実績(令和4年度)", "・子育て支援 1,250千円"), "1,250千円", 2022),
    (("観光協会だより", "収支決算書（2023年度分）", "会費収入 60万円"), "60万円", 2023),
    (("森林環境譲与税", "使途の状況【令和6年度実績】", "・間伐事業 3,400千円"), "3,400千円", 2024),
    # near misses: the bracket names a meeting or a document, or a span over years
    (("事業の説明", "資料3(令和5年度評価委員会)", "全体事業費 12.5億円"), "12.5億円", None),
    (("事業の説明", "整備計画(令和3年度～令和7年度)", "事業費 3億円"), "3億円", None),
])
def test_a_caption_closed_by_its_bracketed_year(lines, text, fy):
    assert _fy(lines, text) == fy


_TRANSFERS = ("交付額の推移", "・令和4年度 33,326千円", "・令和5年度 35,100千円", "活用した事業", "令和5年度",
              "・意向調査事業", "金額:144千円")
_YEAR_ROWS = ("年度ごとの交付額と使途", "令和2年度 29,210", " 〇 意向調査委託(2,319千円)", "令和3年度 31,000",
              " 〇 林道修繕事業(2,051千円)")
_PARK = ("北浜町 公園の整備について", "令和11年度までの整備計画は次のとおりです。", "・遊具更新 2,000万円", "",
         "令和7年度の修繕実績は次のとおりです。", "・ベンチ修繕 85万円")


@pytest.mark.parametrize("lines, text, fy", [
    # a bare year line after a list of yearly entries heads the projects after it, not the entry above it
    (_TRANSFERS, "144千円", 2023),
    (_TRANSFERS, "33,326千円", 2022),
    # a multi-year list: each year's row with its total (no unit) heads the projects under it
    (_YEAR_ROWS, "2,319千円", 2020),
    (_YEAR_ROWS, "2,051千円", 2021),
    # a lead sentence after a blank line captions the list under it; the plan's end year above dates nothing
    (_PARK, "85万円", 2025),
    (_PARK, "2,000万円", None),
    # near misses: the line is the entry's own text (indented under it, or a clause its year opens)
    (("事業一覧", "・地域見守り事業 50万円", "  令和4年度", "・子育て支援事業 100万円"), "100万円", None),
    (("事業一覧", "・地域見守り事業 50万円", "令和4年度から実施", "・子育て支援事業 100万円"), "100万円", None),
])
def test_a_caption_hung_under_the_entry_above_it(lines, text, fy):
    assert _fy(lines, text) == fy


@pytest.mark.parametrize("lines, text, fy", [
    # a record of fields at the top of a page: its year field dates the money fields after it
    (("・対象年度:令和5年度", "・対象事業:給食費無償化事業", "・事業に費やした総費用:2,761万円"), "2,761万円", 2023),
    (("・実施年度:令和7年度", "・事業名:空き家改修補助", "・補助総額:1,840万円"), "1,840万円", 2025),
    # near misses: a period over years is no year; a record with no year stays with none
    (("・実施期間:令和3年度～令和5年度", "・総事業費:3億円"), "3億円", None),
    (("・対象事業:給食費無償化", "・総費用:2,400万円"), "2,400万円", None),
    # near misses: a start, founding, completion or period field dates no money (several layouts)
    (("・事業名:デマンド交通運行", "・開始年度:平成28年度", "・事業費:2,400万円"), "2,400万円", None),
    (("・施設名:ふれあい農園", "・設置年度 平成15年度", "・維持管理費 540万円"), "540万円", None),
    (("・事業名:下水道長寿命化", "・完了年度：令和4年度", "・総事業費：5億円"), "5億円", None),
    (("・名称:子ども未来基金", "・創設:令和2年度", "・事業費:800万円"), "800万円", None),
    (("・事業名:橋梁補修", "・事業期間:令和6年度", "・概算事業費:1.2億円"), "1.2億円", None),
    # the record's own year field above a founding field still dates the money
    (("・対象年度:令和5年度", "・事業開始年度:平成30年度", "・総費用:2,761万円"), "2,761万円", 2023),
])
def test_a_top_level_record_takes_its_year_field(lines, text, fy):
    assert _fy(lines, text) == fy


def _hung(note: str) -> tuple[str, ...]:
    return ("事業一覧", "・地域見守り事業 50万円", note, "・子育て支援事業 100万円")


@pytest.mark.parametrize("note, fy", [
    # a line that closes on when the entry above started, ended or was founded is that entry's note
    ("令和5年度開始", None),
    ("（令和4年度完了）", None),
    ("平成15年度創設", None),
    ("令和6年度新規", None),
    ("(令和3年度終了予定)", None),
    # near misses: a bare year, or a year heading a caption of new projects, captions the entries after it
    ("令和5年度", 2023),
    ("令和5年度 新規事業", 2023),
])
def test_a_hung_note_of_a_start_or_end_captions_nothing(note, fy):
    assert _fy(_hung(note), "100万円") == fy


@pytest.mark.parametrize("lines, text, fy", [
    # a price or a balance under a year that is not its year stays with none
    (("■令和6年度末の市債残高", "市債残高 250億円", "■ごみ袋の価格", "1枚50円"), "50円", None),
    (("■ごみ処理手数料", "令和7年度から改定しました。", "指定袋1枚 40円"), "40円", None),
    (("財政調整基金について", "本基金は平成29年度に創設しました。", "基金残高 1億2,000万円"), "1億2,000万円", None),
    # a deck with no year
    (("事業の概要", "・地域の見守り活動", "・事業費 500万円"), "500万円", None),
    # a multi-year table: each column's year
    (("区分 令和4年度 令和5年度", "事業費 120万円 150万円"), "120万円", 2022),
    (("区分 令和4年度 令和5年度", "事業費 120万円 150万円"), "150万円", 2023),
])
def test_what_no_caption_rule_may_date(lines, text, fy):
    assert _fy(lines, text) == fy
