"""Issue 21's long tail, session 13 (`bench/results/issue21_tail16.md`): each rule that missed a figure of fresh11a-c,
generalised, with variants in other issuers' wordings and eras and its near misses."""
from __future__ import annotations

import pytest

from extract.context.qualifiers import rounded_floor
from extract.mentions import extract_lines
from extract.model import Line
from extract.normalize import normalize
from extract.rules.engine import RuleContext

Row = tuple[str, str, object, object]


def found(*texts: str, year: int = 2024) -> list[Row]:
    lines = [Line(text=t, page=None, line=i + 1, index=i) for i, t in enumerate(texts)]
    return [(m.kind, m.text, m.min, m.max) for m in extract_lines("t", lines, RuleContext(deck_year=year))]


def quals(*texts: str) -> list[tuple[str, list[str]]]:
    lines = [Line(text=t, page=None, line=i + 1, index=i) for i, t in enumerate(texts)]
    return [(m.text, m.qualifiers) for m in extract_lines("t", lines, RuleContext(deck_year=2024))]


# -- a table's money unit stated in its header reaches its cells written with 億 / 兆 ------------------------------

@pytest.mark.parametrize("header, cells, expected", [
    # one cell a line, the digits after 億 counted in the header's 万円 (a town's execution report)
    ("予算執行状況(単位:万円)", ["一般 |", "100億 437 |", "44億1,472 |", "44.1% |", "9,161 |"],
     [("amount", "100億 437", 10004370000, 10004370000), ("amount", "44億1,472", 4414720000, 4414720000),
      ("percent", "44.1%", 44.1, 44.1)]),
    # 千円 with a second unit in the label; a cell without digits after 億 is 億円 whatever the header
    ("歳入歳出決算額（単位：千円、％）", ["1億2,345 |", "2億 |"],
     [("amount", "1億2,345", 102345000, 102345000), ("amount", "2億", 200000000, 200000000)]),
    # 百万円, a cell with 兆: the digits after 兆 are millions
    ("基金残高 (単位：百万円)", ["1兆2,345 |"], [("amount", "1兆2,345", 1002345000000, 1002345000000)]),
    # 円: a cell with 万 (and 億) is completed by 円 alone
    ("補助金交付額 (単位：円)", ["1,234万5,678 |", "3万 |", "1億2,345万6,789 |"],
     [("amount", "1,234万5,678", 12345678, 12345678), ("amount", "3万", 30000, 30000),
      ("amount", "1億2,345万6,789", 123456789, 123456789)]),
    ("決算額（単位：億円）", ["1兆2,345 |"], [("amount", "1兆2,345", 1234500000000, 1234500000000)]),
    ("町債の状況 (単位:万円)", ["下水道 |", "26億5,941", "1億 363"],
     [("amount", "26億5,941", 2659410000, 2659410000), ("amount", "1億 363", 103630000, 103630000)]),
])
def test_header_unit_reaches_cells_with_oku(header: str, cells: list[str], expected: list[Row]) -> None:
    assert [r for r in found(header, *cells) if r[0] != "fiscal_year"] == expected


@pytest.mark.parametrize("lines", [
    ["(単位：人)", "1億2,345 |"],  # a unit of people: no money
    ["(単位:万円)", "事業費の内訳は次のとおりである。", "1億2,000 |"],  # a sentence ended the table
    ["(単位:万円)", "5万 |"],  # no multiplier larger than the header's: nothing to read
    ["(単位:万円)", "市の人口は1億2,000 |"],  # a cell holds its figure alone
    ["1億2,345 |"],  # no header
    ["(単位:千円)", "3億人 |"],  # a count keeps its counter
    ["(単位:千円)", "1万2,345 |"],  # 2,345千 is more than 1万: no cell the header completes
    ["(単位:千円)", "5万 |"],  # 5万 of thousands or of yen: left
])
def test_header_unit_near_misses(lines: list[str]) -> None:
    assert [r for r in found(*lines) if r[0] == "amount"] == []


def test_header_unit_leaves_a_figure_that_ends_a_line_of_prose() -> None:
    # the figure goes on below (`3 億 9,042` / `万 3 千円`): no cell, the header's 千円 is not its unit
    got = found("歳入の状況 (単位:千円)", "使用料及び手数料が 3 億 9,042", "万 3 千円 (11.69%) となっています。")
    assert ("amount", "3 億 9,042", 390423000, 390423000) in got
    # a row of cells between bars is read
    assert ("amount", "44億1,472", 4401472000, 4401472000) in found("(単位:千円)", "一般 | 100億 437 | 44億1,472 |")


def test_header_unit_ends_at_a_new_page() -> None:
    lines = [Line(text="(単位:万円)", page=1, line=1, index=0), Line(text="1億2,000 |", page=2, line=2, index=1)]
    assert [m for m in extract_lines("t", lines, RuleContext(deck_year=2024)) if m.kind == "amount"] == []


# -- a figure glued between two labels under a money label is a cell, not a count of the next label --------------

@pytest.mark.parametrize("line, counts", [
    ("予算計画(単位:百万円)収入運営費交付金29,331 施設整備費補助金43情報通信利用促進支援事業費補助金350事業収入73受託収入", []),
    ("収支予算（単位：千円）補助金収入1,200事業収入300雑収入", []),
    # near misses: a true counter still counts, so does a count after a particle, and without a money label
    ("(単位:千円) 施設43棟を整備", ["43棟"]),
    ("(単位:千円) 全国で12市町村が参加", ["12市町村"]),
    ("(単位：人) 補助金350事業収入", ["350事業収入"]),
])
def test_glued_cell_is_no_count(line: str, counts: list[str]) -> None:
    assert [r[1] for r in found(line) if r[0] == "count"] == counts


# -- a floor inside a figure (余 before its last multiplier) and 余 / 強 after one --------------------------------------

@pytest.mark.parametrize("line, expected", [
    ("歳入は二十二億三千二百余万円、", ("二十二億三千二百余万円", 2232000000, None, ["at_least"])),
    ("歳出は四千五百四十二億八百余万円であります。", ("四千五百四十二億八百余万円", 454208000000, None, ["at_least"])),
    ("一千五十一億一千八百余万円", ("一千五十一億一千八百余万円", 105118000000, None, ["at_least"])),
    ("補助金3,200余万円を計上", ("3,200余万円", 32000000, None, ["at_least"])),
    ("予算5千余万円", ("5千余万円", 50000000, None, ["at_least"])),
    ("市税収入を395億4000万円余と見込む", ("395億4000万円", 39540000000, None, ["at_least"])),
    ("補正予算においても13億円強を計上", ("13億円", 1300000000, None, ["at_least"])),
    # near misses: 余剰 / 強化 are words of their own, no bound
    ("基金の5億円余剰金", ("5億円", 500000000, 500000000, [])),
    ("1億円強化枠", ("1億円", 100000000, 100000000, [])),
    ("予算が300万円余ったため、追加募集を行う。", ("300万円", 3000000, 3000000, [])),  # the verb 余る: left over
    ("工事費が50万円余分にかかった。", ("50万円", 500000, 500000, [])),
])
def test_floor_in_and_after_a_figure(line: str, expected: tuple[str, object, object, list[str]]) -> None:
    lines = [Line(text=line, page=None, line=1, index=0)]
    got = [(m.text, m.min, m.max, m.qualifiers) for m in extract_lines("t", lines, RuleContext(deck_year=1965))
           if m.kind == "amount"]
    assert got == [expected]


@pytest.mark.parametrize("text, start, end, rounded", [
    ("22億3200余万円、", 0, 10, True), ("36億円余りが", 0, 4, True), ("13億円強を", 0, 4, True),
    ("1億円以上", 0, 3, False), ("300万円超", 0, 5, False), ("5億円余剰金", 0, 3, False), ("3億円、", 0, 3, False),
])
def test_rounded_floor(text: str, start: int, end: int, rounded: bool) -> None:
    assert rounded_floor(text, start, end) is rounded


@pytest.mark.parametrize("line, text, quals_", [
    ("平成14年度に160億円を少し超える予算規模", "160億円", ["at_least"]),
    ("総額は1兆円をわずかに超え、", "1兆円", ["at_least"]),
    ("100万円を上限とする", "100万円", ["at_most"]),
    ("5億円を計上", "5億円", []),  # near miss: を and a verb of no bound
])
def test_bound_verb_after_an_adverb(line: str, text: str, quals_: list[str]) -> None:
    assert (text, quals_) in quals(line)


# -- normalize: kanji figures that shrink and grow on one line keep their spans -----------------------------------

@pytest.mark.parametrize("line, text", [
    ("事業に百七十五億円、附帯工事に四億八千七百万円、街路", "四億八千七百万円"),
    ("総額は二千八百十一万一千円となっております。", "二千八百十一万一千円"),
])
def test_kanji_spans_when_lengths_even_out(line: str, text: str) -> None:
    assert text in [r[1] for r in found(line, year=1965)]
    n = normalize(line)
    assert len(n.src) == len(n.text)


@pytest.mark.parametrize("line, expected", [
    ("予算は千百万円を計上", [("amount", "千百万円", 11000000, 11000000)]),
    ("総額約百億円を", [("amount", "百億円", 10000000000, 10000000000)]),
    ("最大百万円", [("amount", "百万円", None, 1000000)]),
    # near misses: a lone place word before 円 is a unit (a table's label, a rounding note) or a word
    ("(単位：千円)", []), ("百万円単位で四捨五入", []), ("補助金百万円", []), ("十億円の", []), ("千代田区で千円", []),
])
def test_figures_of_place_words_only(line: str, expected: list[Row]) -> None:
    assert found(line, year=1965) == expected


# -- years: four kanji digits, and a span's second end without its era ---------------------------------------------

@pytest.mark.parametrize("line, expected", [
    ("二〇一二年度予算", [("fiscal_year", "二〇一二年度", 2012, 2012)]),
    ("一九六五年の", [("date", "一九六五年", "1965", "1965")]),
    ("平成29年度から30年度にかけて実施する", [("fiscal_year", "平成29年度", 2017, 2017), ("fiscal_year", "30年度", 2018, 2018)]),
    ("令和5年度より7年度まで", [("fiscal_year", "令和5年度", 2023, 2023), ("fiscal_year", "7年度", 2025, 2025)]),
    ("昭和四十一年度から四十三年度まで", [("fiscal_year", "昭和四十一年度", 1966, 1966), ("fiscal_year", "四十三年度", 1968, 1968)]),
    # older eras, named in old speeches and reports (no letter: T, M name other things)
    ("大正十四年に", [("date", "大正十四年", "1925", "1925")]),
    ("明治40年の創立", [("date", "明治40年", "1907", "1907")]),
    ("大正14年度", [("fiscal_year", "大正14年度", 1925, 1925)]),
    ("T14年度", []),
    # a four-digit first end's two-digit second end is in its century (gold fresh16a, fresh13b's audit:
    # `2010年度から18年度まで` -> 2018; tail26); near misses: a second end before the first is none; numerals
    # inside words stay words
    ("2017年度から18年度", [("fiscal_year", "2017年度", 2017, 2017), ("fiscal_year", "18年度", 2018, 2018)]),
    ("平成30年度から2年度", [("fiscal_year", "平成30年度", 2018, 2018)]),
    ("三重県の十日町", []),
    ("一二年度", []),
])
def test_years(line: str, expected: list[Row]) -> None:
    assert found(line) == expected


# -- other shapes ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("line, expected", [
    ("総額(R6.3.31現在)", [("date", "R6.3.31", "2024-03-31", "2024-03-31")]),
    ("H30.4.1から", [("date", "H30.4.1", "2018-04-01", "2018-04-01")]),
    ("令和6.3.31", [("date", "令和6.3.31", "2024-03-31", "2024-03-31")]),
    ("R6.3版", []),  # no day and a label's word after it: a version (a bare `H28.3` is a month: fresh17a/fresh12a gold)
    ("第R6.3", []),
    ("R6.13.40", []),
    ("投資的経費は2番目に大きな規模", [("rank", "2番目", 2, 2)]),
    ("3番目に小さな町", [("rank", "3番目", 3, 3)]),
    ("寄附分を含む3か年度分を計上", [("duration", "3か年度", 3, 3)]),
    ("3カ年度にわたり", [("duration", "3カ年度", 3, 3)]),
    ("対象となるのは317の宿泊施設で", [("count", "317の宿泊施設", 317, 317)]),
    ("配分を11対9とすることが決まった", []),  # a ratio, no pairs counted
    ("受付期間は12月上旬～1月下旬の予定", [("date", "12月上旬～1月下旬", "2024-12", "2025-01")]),
    ("毎年4月中旬～5月下旬", []),  # near miss: a yearly season, no date
    ("095千円", []),  # a zero-led number: a repeated tail or a code
    ("0.5億円", [("amount", "0.5億円", 50000000, 50000000)]),
    ("0円", [("amount", "0円", 0, 0)]),
])
def test_other_shapes(line: str, expected: list[Row]) -> None:
    assert found(line) == expected


def test_bare_oku_in_a_long_sentence_naming_its_budget() -> None:
    line = ("この予算規模なのですけど、4年連続過去最大を更新するような形で、予想は、事前にやっているときは、"
            "800億をまさか超えるとは思っていなかったのですけれども、800億を超えた815億ということで")
    assert [r[1] for r in found(line) if r[0] == "amount"] == ["800億", "800億", "815億"]
    # near miss: no money word in the sentence
    assert [r for r in found("人口は1億2千万で推移しており、減少が続いている") if r[0] == "amount"] == []
