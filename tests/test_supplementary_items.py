"""A supplementary budget's summary (補正予算(案)の概要, the trade press's 補正予算案 reports): its item figures take the title's
kind where the page writes the item's name in a way the outline did not read as owning the figure (issue 21, fresh27a):
a web list's heading with an attachment link, a flattened table's rows, a quoted name right before its figure, a numbered
list run into a wrapped sentence. Lines in the style of ministries' pages and the trade press."""
from __future__ import annotations

import pytest

from extract.normalize import normalize

from .helpers import amounts_by_text

TITLE = "令和5年度第2次補正予算(案)について"


@pytest.mark.parametrize("heading, tag", [
    ("1.循環型社会形成推進交付金", "[PDF 390KB]"),
    ("2.子どもの健康と環境に関する全国調査", "［PDF：350KB］"),
    ("(1)地域脱炭素移行推進交付金", "(PDF形式:1.2MB)"),
    ("3.生物多様性条約拠出金等", "[Excel]"),
])
def test_a_headings_figure_under_its_attachment_link(heading, tag):
    found = amounts_by_text(TITLE, "環境省", f"{heading} {tag}", "120億円", "既存の施設の老朽化に対応する。")
    assert (found["120億円"].role, found["120億円"].fy) == ("supplementary_budget", 2023)


@pytest.mark.parametrize("tag", ["(うち国費)", "[新]", "(PDF 1号)"])
def test_near_miss_a_segment_that_is_no_link(tag):
    from extract.context.cell_lines import link_tag

    assert not link_tag(tag)


@pytest.mark.parametrize("rows", [
    ("| ○総合環境学習ゾーン・モデル事業 | 7.5億円 | |", "| ○ダイオキシン類精密実態調査 | 2.7億円 | |"),
    ("| ・総合環境学習ゾーン・モデル事業 | 7.5億円 |", "| ・ダイオキシン類精密実態調査 | 2.7億円 |"),
])
def test_a_flattened_tables_row_names_its_figure(rows):
    found = amounts_by_text("第3次補正予算(案)の概要", "1.地球環境問題に対応する経済社会への転換", *rows)
    assert found["7.5億円"].role == found["2.7億円"].role == "supplementary_budget"


@pytest.mark.parametrize("row", ["| 土木費 | 橋りょう長寿命化事業 | 124,000千円 |", "| 2款 総務費 | 456,000千円 |"])
def test_near_miss_a_row_with_no_items_marker(row):
    from extract.context.figure_lines import cell_row
    from extract.context.labels import LineInfo

    found = amounts_by_text(TITLE, row)
    m = next(iter(found.values()))
    assert not cell_row(LineInfo(row, [m]), m)


def test_near_miss_a_rows_cap_is_a_grants_size():
    found = amounts_by_text(TITLE, "| ○補助上限額 | 500万円 |")
    assert found["500万円"].role != "supplementary_budget"


@pytest.mark.parametrize("cells", [
    ("水田リノベーション事業 輸出用米・麦・大豆など需要のある作物の低コスト生産を支援 |", "420億円 |",
     "畜産クラスター事業 地域の収益性向上に必要な機械導入・施設整備を支援 |", "617億円 |"),
    ("水田リノベーション事業 |", "420億円 |", "麦・大豆収益性・生産性向上プロジェクト |", "617億円 |"),
])
def test_a_table_flattened_one_cell_a_line_alternating(cells):
    found = amounts_by_text("補正予算の主な内容 |", "総額8,795億円 |", *cells)
    assert found["420億円"].role == found["617億円"].role == "supplementary_budget"


def test_near_miss_a_lone_pair_under_a_title_is_no_row():
    # no figure cell above the name: not this table's alternating rows (an enterprise's revenue side stays a revenue)
    found = amounts_by_text("令和8年度 水道事業会計予算の概要", "収益的収入 |", "51億3,000万円 |")
    assert found["51億3,000万円"].role == "other"


@pytest.mark.parametrize("line", [
    "TPP関連の補正においては、「農地の更なる大区画化・汎用化の推進」370億円(農地の大区画化を支援)などがある。",
    "「農地の更なる大区画化・汎用化の推進」370億円、「森林整備事業」171億円などがある。",
    "「農地の更なる大区画化・汎用化の推進」(370億円)などがある。",
])
def test_a_quoted_name_right_before_its_figure(line):
    found = amounts_by_text("農林水産省の令和5年度補正予算(案)", line)
    assert (found["370億円"].role, found["370億円"].fy) == ("supplementary_budget", 2023)


def test_a_quoted_name_closing_the_line_before():
    found = amounts_by_text("農林水産省の令和5年度補正予算(案)", "、「水産物輸出拡大緊急対策事業」",
                            "55億円(大規模拠点漁港の荷捌き所等の整備)などがある。")
    assert found["55億円"].role == "supplementary_budget"


def test_near_miss_a_quote_then_words_before_the_figure():
    found = amounts_by_text("農林水産省の令和5年度補正予算(案)", "「農地の大区画化」の面積は平均で1人当たり5万円の助成となる。")
    assert found["5万円"].role != "supplementary_budget"


@pytest.mark.parametrize("lines", [
    ("防災・減災対策等の推進では①災害復旧等事業(農地・林道・漁港等の災害", "復旧)158億円、②農業農村整備事業(農業水利施設の対策)",
     "50億円、③治山事業(山地災害対策等)49億円などが盛り込まれている。"),
    ("防災・減災対策等の推進では①災害復旧等事業158億円、②農業農村整備事業50億円、③治山事業49億円などがある。",),
    ("防災・減災対策等の推進では(1)災害復旧等事業158億円、(2)農業農村整備事業50億円、(3)治山事業49億円などがある。",),
])
def test_a_numbered_list_run_into_a_wrapped_sentence(lines):
    found = amounts_by_text("農林水産省の令和5年度補正予算(案)", *lines)
    assert all(found[t].role == "supplementary_budget" for t in ("158億円", "50億円", "49億円"))


def test_near_miss_an_outline_flattened_onto_one_line():
    found = amounts_by_text("令和8年度 経済産業省予算案の概要 計 1兆2,000億円 第1 GX投資の促進 4,500億円 (1)水素の普及 800億円 "
                            "(2)水素市場 3兆円 (3)蓄電池の量産 1,200億円")
    assert found["3兆円"].role == "other"


def test_near_miss_one_number_is_no_list():
    from extract.context.inline_items import numbered_item
    from extract.context.labels import LineInfo

    found = amounts_by_text("農林水産省の令和5年度補正予算(案)", "①補助上限額は1人当たり5万円となる。")
    m = found["5万円"]
    assert not numbered_item([LineInfo("①補助上限額は1人当たり5万円となる。", [m])], 0, m)


@pytest.mark.parametrize("raw, text", [
    ("公共事業の補正額1、446億円、災害復旧等に158億円", "公共事業の補正額1,446億円、災害復旧等に158億円"),
    ("大人1、000円", "大人1,000円"),
    ("12、345、678円", "12,345,678円"),
    # near misses: a list of round prices, of numbers, a count
    ("料金は300、500円", "料金は300、500円"),
    ("1、2、3円", "1、2、3円"),
    ("10、20年", "10、20年"),
    ("1、446件", "1、446件"),
])
def test_an_ideographic_comma_as_the_thousands_separator(raw, text):
    assert normalize(raw).text == text


def test_an_ideographic_comma_figure_reads_as_written():
    found = amounts_by_text("農林水産省の令和5年度補正予算(案)", "公共事業の補正額1、446億円、災害復旧等に158億円を計上")
    assert found["1、446億円"].min == 144_600_000_000


@pytest.mark.parametrize("line, text", [
    ("国土交通省の予算規模は国費総額3395億円で、災害復旧費を計上した。", "3395億円"),
    ("主な項目毎の予算としては、○中小企業の資金繰り支援:1,380.0億円となっている。", "1,380.0億円"),
    ("主な予算額のうち、公共土木施設等の災害復旧費に1920億6500万円を投入する。", "1920億6500万円"),
])
def test_a_generic_budget_word_under_a_supplementarys_title(line, text):
    found = amounts_by_text("【国土交通省補正予算案】 災害復旧中心に", "政府の2023年度補正予算案が15日に閣議決定された。", line)
    assert found[text].role == "supplementary_budget"


@pytest.mark.parametrize("line, text", [
    ("当初予算額は3395億円となっている。", "3395億円"),  # another stage named
    ("補正後の予算額は3395億円となる。", "3395億円"),  # the budget as it stands
    ("- 最終予算 3395億円(うち一般財源 872億円)", "3395億円"),  # the year's last budget
    ("来年度の概算要求の予算額は3395億円となる。", "3395億円"),  # a request
])
def test_near_miss_a_sentence_naming_another_budget(line, text):
    found = amounts_by_text("【国土交通省補正予算案】 災害復旧中心に", "政府の2023年度補正予算案が15日に閣議決定された。", line)
    assert found[text].role != "supplementary_budget"


def test_near_miss_a_generic_word_under_an_initial_budgets_title():
    found = amounts_by_text("令和5年度当初予算の概要", "主な予算額のうち、公共土木施設等の整備に20億円を投入する。")
    assert found["20億円"].role != "supplementary_budget"


def test_near_miss_a_row_of_column_figures_is_the_headers():
    found = amounts_by_text("平成25年度一般会計 予算編成状況 土木費", "土木費 | 予算要求額 | 中間調整額 | 最終調整額 |",
                            "---|---|---|---|", "事業経費 | 3,195,500千円 | 2,729,917千円 | 2,973,197千円 |")
    assert found["2,729,917千円"].role != "budget"


@pytest.mark.parametrize(("raw", "kept"), [("それぞれ112、125、138億円", "112、125、138億円"), ("245、261、287億円", "245、261、287億円")])
def test_near_miss_a_list_sharing_its_unit_keeps_its_ideographic_commas(raw, kept):
    """rev31: a lead of three digits is a list's first number (`それぞれ112、125、138億円`), no thousands."""
    assert kept in normalize(raw).text


def test_near_miss_a_years_budget_named_under_a_supplementary_is_that_years():
    """rev31: `（参考）令和8年度予算額 45億円` under a supplementary's title names another budget than the supplementary."""
    found = amounts_by_text("国土交通省 令和7年度補正予算（案）の概要", "○地域交通の維持確保事業　120億円",
                            "（参考）令和8年度予算額　45億円")
    assert found["120億円"].role == "supplementary_budget"
    assert found["45億円"].role != "supplementary_budget"


@pytest.mark.parametrize("line", ["2019度予算額が2972億円", "2019年度予算額が2972億円"])
def test_near_miss_next_years_budget_in_a_supplementary_article_is_no_supplementary(line):
    """fresh10b, fresh9a: a trade paper's supplementary article also gives next year's budget (a year before the word)."""
    found = amounts_by_text("2次補正予算案の厚労省分 総額1346億円", line)
    assert all(m.role != "supplementary_budget" for t, m in found.items() if t in line)
