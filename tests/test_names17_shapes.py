"""Programme names, ministries and no-programme figures of white papers' and bills' shapes (issue 21, names17): a table
row label's ministry column read into the name (`…整備事業(国土交通省)`), a sub-row's letter (`a …`, `B．…`), a measure's
budget label alone on the line above its figure, a table flattened one cell a line (the row's later columns under its
label), a bill's `第N項` classes and a sentence that looks at a field's aggregate. Written in wordings no dev set uses
(other ministries, fields, units and eras), each with its near misses."""
from __future__ import annotations

import re

import pytest

from extract.context import column_sums, row_cells

from .test_roles_shapes import amount, rows, run

_PLAN = "令和7年度予算の主要事項"


@pytest.mark.parametrize("line, figure, name, ministry", [
    ("(1) 河川環境整備事業(国土交通省) 12億円", "12億円", "河川環境整備事業", "国土交通省"),
    ("○ 学校施設耐震化推進事業（文部科学省） 3,400百万円", "3,400百万円", "学校施設耐震化推進事業", "文部科学省"),
    ("・災害医療体制強化事業【厚労省】 5億円", "5億円", "災害医療体制強化事業", "厚生労働省"),
    ("② 消防団装備充実事業(消防庁) 8億円", "8億円", "消防団装備充実事業", "消防庁"),
    ("○ 子育て世帯住宅支援事業（こども家庭庁・国土交通省） 40億円", "40億円", "子育て世帯住宅支援事業", "こども家庭庁・国土交通省"),
])
def test_a_ministry_bracket_closing_a_row_label_goes_to_ministry(line, figure, name, ministry):
    m = amount(run(_PLAN, line), figure)
    assert (m.program, m.ministry) == (name, ministry)


@pytest.mark.parametrize("line, figure, kept", [
    ("○ 地球規模課題対応協力事業（SATREPS） 19億円", "19億円", "（SATREPS）"),  # an acronym is part of the name
    ("○ 地域交通確保事業(鳥取市) 3億円", "3億円", "(鳥取市)"),  # a local body: no ministry
])
def test_near_misses_a_bracket_that_names_no_ministry_stays(line, figure, kept):
    m = amount(run(_PLAN, line), figure)
    assert m.ministry is None and m.program is not None and m.program.endswith(kept)


@pytest.mark.parametrize("line, figure, name", [
    ("a 橋梁耐震補強事業 2億円", "2億円", "橋梁耐震補強事業"),
    ("B．港湾施設改良事業 3億円", "3億円", "港湾施設改良事業"),
    ("c) 駅舎バリアフリー化事業 1億円", "1億円", "駅舎バリアフリー化事業"),
    ("ｄ　空港保安対策事業 4億円", "4億円", "空港保安対策事業"),
])
def test_a_sub_rows_letter_is_no_part_of_the_name(line, figure, name):
    found = run(_PLAN, "(3) 交通基盤の安全対策", line)
    assert amount(found, figure).program == name


@pytest.mark.parametrize("line, figure, name", [
    ("eラーニング推進事業 5億円", "5億円", "eラーニング推進事業"),  # a letter glued to its word
    ("Society5.0推進事業 6億円", "6億円", "Society5.0推進事業"),  # Latin words
])
def test_near_misses_a_letter_inside_a_name_stays(line, figure, name):
    assert amount(run(_PLAN, line), figure).program == name


@pytest.mark.parametrize("heading, label, figure, name", [
    ("(1)地域防災力の向上", "令和7年度予算額", "45百万円", "地域防災力の向上"),
    ("①海岸保全の推進", "予算額", "3億円", "海岸保全の推進"),
    ("(2)男女共同参画社会の形成促進経費", "7年度予算額", "210百万円", "男女共同参画社会の形成促進経費"),
])
def test_a_budget_label_alone_above_its_figure_is_named_by_the_measure_heading(heading, label, figure, name):
    found = run("令和7年版 白書 第3部 令和7年度の計画", heading, "各府省においては、関係機関と連携して取組を推進する。",
                label, figure, "6年度予算額", "40 ")
    assert amount(found, figure).program == name


def test_near_miss_a_section_heading_over_a_label_names_no_programme():
    found = run("令和7年版 白書 第3部 令和7年度の計画", "(1)事業の概要", "令和7年度予算額", "45百万円")
    assert amount(found, "45百万円").program != "事業の概要"


class _Figure:
    def __init__(self, start: int, end: int) -> None:
        self.start, self.end = start, end


class _Info:
    """The fields of a LineInfo the row reader reads: the line, its mentions (here all amounts: digit runs outside a
    list number's brackets)."""

    def __init__(self, norm: str) -> None:
        self.norm = norm
        self.mentions = [_Figure(x.start(), x.end()) for x in re.finditer(r"(?<![(（0-9,])[0-9][0-9,]*(?![)）0-9,])", norm)]
        self.amounts = self.mentions


def _row_labels(*lines: str) -> list[str | None]:
    infos = [_Info(t) for t in lines]
    return [row_cells.row_label(infos, i, info.amounts[0]) if info.amounts else None  # type: ignore[arg-type]
            for i, info in enumerate(infos)]


@pytest.mark.parametrize("lines, labels", [
    # envelopes broken over lines, two columns under the row's label
    (("(1) 地域安全推進事業(警察庁) 2,400", "百万円", "の内数", "2,600", "百万円", "の内数"),
     [None, None, None, "地域安全推進事業(警察庁)", None, None]),
    # a sub-row's letter, the unit and the envelope's words broken anywhere
    (("b 港湾施設改良事業(国土交通省) 310", "百万円の", "内数※", "330"), [None, None, None, "港湾施設改良事業(国土交通省)"]),
    # figures alone, one a line, with their unit
    (("② 消費者教育推進事業 1,200", "1,350 百万円", "▲150"), [None, "消費者教育推進事業", "消費者教育推進事業"]),
])
def test_a_flattened_tables_later_columns_take_the_rows_label(lines, labels):
    assert _row_labels(*lines) == labels


@pytest.mark.parametrize("lines", [
    ("(1) 地域安全推進事業 2,400", "本事業は地域の防犯活動を支援する。", "2,600"),  # a sentence between ends the row
    ("(1) 地域安全推進事業", "百万円", "2,600"),  # a label without a figure of its own is no row of cells
    ("2,400", "2,600"),  # no label above at all
])
def test_near_misses_no_row_label(lines):
    assert _row_labels(*lines)[-1] is None


_BILL = ("議案第12号 令和7年度○○町水道事業会計予算", "第3条 収益的収入及び支出の予定額は、次のとおりと定める。", "支 出")


@pytest.mark.parametrize("lines, figures", [
    (("第1款 水道事業費用 980,000 千円", "第1項 営業費用", "900,000 千円", "第2項 予備費", "5,000 千円"),
     ("900,000 千円", "5,000 千円")),
    (("第一款 簡易水道事業費用 120,000 千円", "第一項 営業外費用", "12,000 千円", "第二項 特別損失", "800 千円"),
     ("12,000 千円", "800 千円")),
])
def test_a_bills_numbered_class_is_no_programme(lines, figures):
    found = run(*_BILL, *lines)
    assert not set(figures) & set(rows(found))


def test_near_miss_a_bills_main_work_stays_a_row():
    found = run(_BILL[0], "第2条 業務の予定量は、次のとおりとする。", "(4) 主要な建設改良事業", "・配水管更新事業",
                "120,000 千円")
    assert "120,000 千円" in rows(found)


@pytest.mark.parametrize("line, figure", [
    ("国の防犯関係予算を見ると、令和6年度においては3,210億円となっている。", "3,210億円"),
    ("男女共同参画関連予算は、令和5年度で9兆円に上る。", "9兆円"),
    ("これらの施策に係る関係予算については、令和7年度に1兆2,000億円を計上している。", "1兆2,000億円"),
])
def test_a_sentence_looking_at_a_fields_aggregate_states_no_programme(line, figure):
    found = run("第1章 令和7年度の施策の実施状況", line)
    assert figure not in rows(found)


def test_near_miss_a_programme_named_after_the_aggregate_stays_a_row():
    found = run(_PLAN, "関係予算では、通学路安全対策事業に12億円を計上した。")
    assert amount(found, "12億円").program == "通学路安全対策事業"


@pytest.mark.parametrize("field", ["<事業名>", "【事業名】", "〈事業名〉"])
@pytest.mark.parametrize("label", ["予算額", "令和7年度予算額"])
def test_a_name_field_in_brackets_names_the_sheets_figure(field, label):
    found = run("報道発表資料", "令和7年6月2日", f"{field}地域見守り推進事業 高齢者の見守りに向けた", "担当 福祉課",
                label, "12,000千円", "事業概要")
    assert amount(found, "12,000千円").program == "地域見守り推進事業"


def test_near_miss_a_bracketed_field_that_is_no_name_field():
    found = run("報道発表資料", "令和7年6月2日", "【事業概要】高齢者の見守り体制を整える", "予算額", "12,000千円")
    assert amount(found, "12,000千円").program != "高齢者の見守り体制を整える"


@pytest.mark.parametrize("row, figure, name", [
    ("| (4) | 配水施設更新事業 | 320,000千円 |", "320,000千円", "配水施設更新事業"),
    ("| ③ | 下水道長寿命化事業 | 5億円 |", "5億円", "下水道長寿命化事業"),
    ("| 12 | 市営住宅改修事業 | 4,500万円 |", "4,500万円", "市営住宅改修事業"),
])
def test_a_tables_numbering_column_is_no_row_label(row, figure, name):
    found = run("令和7年度 ○○市一般会計予算の主な事業", row)
    assert amount(found, figure).program == name



class _Cell(_Figure):
    def __init__(self, start: int, end: int, text: str) -> None:
        super().__init__(start, end)
        self.max, self.role, self.total_of = int(text.replace(",", "")), "budget", None


class _Row(_Info):
    """A table's line with budget figures (as the roles would leave a table row's cells)."""

    def __init__(self, norm: str) -> None:
        self.norm = norm
        self.mentions = [_Cell(x.start(), x.end(), x.group())  # (three digits at least: a list number is no figure)
                         for x in re.finditer(r"(?<![(（0-9,])(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]{3,})(?![)）0-9,])", norm)]
        self.amounts = self.mentions


def _totals(*lines: str) -> list[str | None]:
    infos = [_Row(t) for t in lines]
    column_sums.apply(infos)  # type: ignore[arg-type]
    return [info.amounts[0].total_of if info.amounts else None for info in infos]


@pytest.mark.parametrize("lines, total", [
    # a pillar over its rows, one envelope row that adds nothing (`…の内数`), the next pillar ends the group
    (("1 地域の安全確保 5,300 5,100 4,900", "(1) 防犯カメラ設置促進事業(警察庁) 2,100 2,000 1,900",
      "(2) 通学路安全対策事業(文部科学省) 12,000", "百万円", "の内数", "(3) 地域防犯活動支援交付金(総務省) 3,200 3,100 3,000",
      "2 犯罪被害者支援 800 780 760", "(1) 被害者相談体制整備事業(法務省) 800 780 760"), "1 地域の安全確保"),
    # sub-rows lettered under an item, the envelope's words broken over two lines, an envelope written on its row
    (("1 交通基盤の整備 950 900", "a 港湾保安対策事業(国土交通省) 600 580", "b 空港保安設備整備事業(国土交通省) 4,200",
      "百万円の", "内数", "c 道路防災事業(国土交通省) 350 320", "d 鉄道防災事業(国土交通省) 2,000百万円の内数 1,900"),
     "1 交通基盤の整備"),
])
def test_a_numbered_row_its_rows_add_up_to_is_their_total(lines, total):
    assert _totals(*lines)[0] == total


@pytest.mark.parametrize("lines", [
    # the rows add up to less: no total
    ("1 地域の安全確保 5,400 5,100", "(1) 防犯カメラ設置促進事業(警察庁) 2,100 2,000", "(2) 地域防犯活動支援交付金(総務省) 3,200 3,100"),
    # one row alone under it: a programme over its one measure, no group
    ("1 地域の安全確保 2,100 2,000", "(1) 防犯カメラ設置促進事業(警察庁) 2,100 2,000"),
    # the parts stand under the next pillar: the group ends at it
    ("1 地域の安全確保 5,300 5,100", "2 犯罪被害者支援 2,100 2,000", "(1) 被害者相談体制整備事業(法務省) 3,200 3,100"),
    # a row of one figure (no table's columns): item lists keep their own rules (totals.sums)
    ("1 地域の安全確保 5,300", "(1) 防犯カメラ設置促進事業 2,100", "(2) 地域防犯活動支援交付金 3,200"),
])
def test_near_misses_no_column_total(lines):
    assert _totals(*lines)[0] is None


_ENTERPRISE = ("議案第8号 令和7年度○○市工業用水道事業会計予算", "第3条 収益的収入及び支出の予定額は、次のとおりと定める。", "支 出")


@pytest.mark.parametrize("lines, figures", [
    # a `|` table with the class's rank in its own column
    (("| 第1款 | 工業用水道事業費用 | 640,000千円 |", "| 第1項 | 営業費用 | 600,000千円 |", "| 第2項 | 予備費 | 2,000千円 |"),
     ("640,000千円", "600,000千円", "2,000千円")),
    # each class's line right above its figure, ranks in kanji
    (("第一款 工業用水道事業費用", "640,000 千円", "第一項 営業費用", "600,000 千円", "第二項 特別損失", "38,000 千円"),
     ("600,000 千円", "38,000 千円")),
])
def test_a_class_named_by_its_rank_column_or_its_line_above_is_no_programme(lines, figures):
    found = run(*_ENTERPRISE, *lines)
    for m in found:
        if m.text in figures and m.role in ("budget", "supplementary_budget"):
            assert m.total_of, m.text
    assert not set(figures) & set(rows(found))


@pytest.mark.parametrize("lines, figure, name", [
    # a work's name in the cell after a numbering column stays a row
    (("| 1 | 浄水場更新事業 | 85,000千円 |",), "85,000千円", "浄水場更新事業"),
    # a work's line (no class) right above its figure: not read as a class
    (("(4) 主要な建設改良事業", "・配水池耐震化事業", "85,000 千円"), "85,000 千円", "配水池耐震化事業"),
])
def test_near_misses_a_work_beside_a_rank_or_above_a_figure_stays_a_row(lines, figure, name):
    found = run(_ENTERPRISE[0], "第2条 業務の予定量は、次のとおりとする。", *lines)
    m = amount(found, figure)
    assert m.program == name and m.total_of is None
