"""Issue 23, amounts, percents and fiscal years on municipal and ministry decks: figures read by myriads
(`5千6百45万円`), figures after a dot leader, a middle dot as a decimal point before %, a bracketed figure
glossing a word, an era name read down a column of vertical text. Lines written for these tests in the style
of real decks, each with variants and the near misses that must stay as they are."""
from __future__ import annotations

from decimal import Decimal

import pytest

from extract.mentions import extract_lines
from extract.model import Line, Mention
from extract.numbers import parse_compound
from extract.rules.engine import RuleContext


def mentions(*texts: str, year: int = 2024) -> list[Mention]:
    lines = [Line(text=t, page=1, line=i + 1, index=i) for i, t in enumerate(texts)]
    return extract_lines("t", lines, RuleContext(deck_year=year))


def found(*texts: str, kind: str | None = None) -> list[tuple[str, str, object, object, list[str]]]:
    return [(m.kind, m.text, m.min, m.max, m.qualifiers) for m in mentions(*texts) if kind in (None, m.kind)]


# ---- figures read by myriads: 千/百/十 add up inside a 万, 億 or 兆 ------------------------------------------

@pytest.mark.parametrize("text, value, last", [
    ("5千6百45万", 56_450_000, "万"),
    ("8億2千37万", 820_370_000, "万"),
    ("2億2千9百38万", 229_380_000, "万"),
    ("170億7千3百万", 17_073_000_000, "百万"),
    ("524万2千", 5_242_000, "千"),
    ("524 万 2 千", 5_242_000, "千"),
    ("八五億二二九万五千", 8_502_295_000, "千"),
    # the GUIDE's own multipliers read the same way
    ("15百万", 15_000_000, "百万"), ("1,950百万", 1_950_000_000, "百万"), ("3億5千万", 350_000_000, "千万"),
    ("40兆9,056億", 40_905_600_000_000, "億"), ("1,234千", 1_234_000, "千"), ("1.5千万", 15_000_000, "千万"),
    ("二百三十", 230, "十"), ("十五", 15, None), ("六三", 63, None),
    ("数千万", None, "千万"), ("数億", None, "億"),
])
def test_figures_add_up_by_myriads(text, value, last):
    got, mult = parse_compound(text)
    assert (got, mult) == ((Decimal(value) if value is not None else None), last)


@pytest.mark.parametrize("line, expect", [
    ("学習支援事業に5千6百45万円を計上", [("amount", "5千6百45万円", 56_450_000, 56_450_000, [])]),
    ("整備工事等に8億2千37万円計上", [("amount", "8億2千37万円", 820_370_000, 820_370_000, [])]),
    ("各種事業などに2億2千9百38万円", [("amount", "2億2千9百38万円", 229_380_000, 229_380_000, [])]),
    ("一般会計 170億7千3百万円", [("amount", "170億7千3百万円", 17_073_000_000, 17_073_000_000, [])]),
    # a range: the lower end takes the part of the upper end's multiplier it leaves out
    ("3千～5千万円", [("amount", "3千～5千万円", 30_000_000, 50_000_000, [])]),
    ("15百万～30百万円", [("amount", "15百万～30百万円", 15_000_000, 30_000_000, [])]),
    ("100～200万円", [("amount", "100～200万円", 1_000_000, 2_000_000, [])]),
    # near misses: a lower end with its own unit keeps it; 百 before a counter is no money
    ("5千～1万円", [("amount", "5千～1万円", 5_000, 10_000, [])]),
    ("5百万円～1億円", [("amount", "5百万円～1億円", 5_000_000, 100_000_000, [])]),
    ("定員3百人", []),
])
def test_amounts_with_place_words(line, expect):
    assert found(line, kind="amount") == expect


# ---- a dot leader before a figure: a list item's value, no decimal point ------------------------------------

@pytest.mark.parametrize("lines, expect", [
    (["・がけ地近接等危険住宅移転…519万円"], [("amount", "519万円", 5_190_000, 5_190_000, [])]),
    (["・県営ため池等整備……300万円"], [("amount", "300万円", 3_000_000, 3_000_000, [])]),
    (["・地域防災拠点施設整備・・・8,907万円"], [("amount", "8,907万円", 89_070_000, 89_070_000, [])]),
    (["・充足率…12.5%"], [("percent", "12.5%", 12.5, 12.5, [])]),
    # near misses: a table of contents' page fused with the next word is no count; a decimal stays one number
    (["はじめに……3事業者の取組"], []),
    (["伸び率1.5%"], [("percent", "1.5%", 1.5, 1.5, [])]),
])
def test_figures_after_a_dot_leader(lines, expect):
    assert found(*lines) == expect


# ---- a middle dot between digits before %: a decimal point ---------------------------------------------------

@pytest.mark.parametrize("line, expect", [
    ("率にして13・0%の増", [("percent", "13・0%", 13, 13, [])]),
    ("総務費が全体の25・2%を占め", [("percent", "25・2%", 25.2, 25.2, [])]),
    ("68億円(1・7%)の増", [("amount", "68億円", 6_800_000_000, 6_800_000_000, []), ("percent", "1・7%", 1.7, 1.7, [])]),
    ("１・８％の減", [("percent", "１・８％", 1.8, 1.8, [])]),
    # near misses: no % after it (a list of grades, of items), or each number with its own %
    ("1・2年生が対象", []),
    ("第1・2四半期", []),
    ("５％・10％", [("percent", "５％", 5, 5, []), ("percent", "10％", 10, 10, [])]),
])
def test_a_middle_dot_before_percent_is_a_decimal_point(line, expect):
    assert [f for f in found(line) if f[0] in ("percent", "amount")] == expect


# ---- a figure in brackets glossing the word before it: the bound after the bracket is the word's -------------

@pytest.mark.parametrize("line, expect", [
    ("平均所得金額（524万2千円）以下の割合", (5_242_000, 5_242_000, [])),
    ("平均所得金額（524 万 2 千円）以下の割合", (5_242_000, 5_242_000, [])),
    ("基準額(300万円)未満の世帯", (3_000_000, 3_000_000, [])),
    # near misses: the bound inside the bracket, or right after the figure, or a note bracket closing a cap
    ("上限額(500万円以内)", (None, 5_000_000, ["at_most"])),
    ("所得が524万円以下の割合", (None, 5_240_000, ["at_most"])),
    ("（500万円）以下", (None, 5_000_000, ["at_most"])),
])
def test_a_bracketed_gloss_takes_no_bound_from_after_the_bracket(line, expect):
    (m,) = [m for m in mentions(line) if m.kind == "amount"]
    assert (m.min, m.max, m.qualifiers) == expect


# ---- an era name read down a column of vertical text -------------------------------------------------------

@pytest.mark.parametrize("lines, expect", [
    (["令", "和 ６ 年", "度", "( 2", ". 1", ")"], [("fiscal_year", "令", 2024, 2024, [])]),
    (["平", "成 30 年", "度"], [("fiscal_year", "平", 2018, 2018, [])]),
    # near misses: a word that ends in an era's first character, a character that starts no era year
    (["前回の令", "和５年 10～12 月期以来"], []),
    (["令", "状"], []),
])
def test_an_era_name_down_a_column(lines, expect):
    assert [f for f in found(*lines) if f[0] in ("fiscal_year", "date")] == expect


@pytest.mark.parametrize("lines, expect", [
    (["令", "和", "６ 年", "度", "全"], [("fiscal_year", "令", 2024, 2024, [])]),
    (["令", "和 ６", "年", "３", "月"], [("date", "令", "2024-03", "2024-03", [])]),
    # near miss: a column read only as far as its year (the month's digits spaced apart) is no date
    (["令", "和", "６ 年", "1 2 月 末"], []),
])
def test_an_era_column_read_to_its_unit(lines, expect):
    assert [f for f in found(*lines) if f[0] in ("fiscal_year", "date")] == expect


# ---- an open ～ and a subtitle in wave dashes; 余り -------------------------------------------------------

@pytest.mark.parametrize("line, expect", [
    ("・一般会計 416 億 5,438 万 2 千円 ～復興事業の進捗に伴い関連事業費が収れん傾向～", (41_654_382_000, 41_654_382_000, [])),
    ("企業会計 41億円 ～病院事業は大幅増～ ⑵ 未来のために", (4_100_000_000, 4_100_000_000, [])),
    # near misses: an open bucket stays open, before a line end or another bucket
    ("年収 250万円～", (2_500_000, None, [])),
    ("250万円～ 300万円未満", (2_500_000, 3_000_000, [])),
    # 余り: a little over (a floor); the adverb あまり (not much) starting the next item is none
    ("総額3億円余りの事業", (300_000_000, None, ["at_least"])),
    ("147億円余りあります", (14_700_000_000, None, ["at_least"])),
])
def test_open_tilde_and_a_floor_after_the_figure(line, expect):
    m = [m for m in mentions(line) if m.kind == "amount"][0]
    assert (m.min, m.max, m.qualifiers) == expect


@pytest.mark.parametrize("lines", [
    ["やや効果を感じている 50.6%", "あまり効果を感じていない 21.6%"],
    ["やや効果を感じている 50.6%あまり効果を感じていない"],
])
def test_the_adverb_amari_is_no_floor(lines):
    assert found(*lines, kind="percent")[0] == ("percent", "50.6%", 50.6, 50.6, [])


# ---- two regions interleaved line by line: a mention goes on under its own column ---------------------------

def _placed(text: str, x: float, top: float, size: float = 10.0, gap_at: int | None = None, gap: float = 0.0) -> list:
    """One box per character, left to right from x; a wider gap before character `gap_at` (a second column)."""
    boxes, left = [], x
    for k, ch in enumerate(text):
        if k == gap_at:
            left += gap
        boxes.append(None if ch == " " else (left, top, left + size, top + size))
        left += size
    return boxes


def _page(*rows: tuple[str, float, float, int | None, float]) -> list[Line]:
    return [Line(text=t, page=1, line=k + 1, index=k, boxes=tuple(_placed(t, x, top, gap_at=g, gap=gp)))
            for k, (t, x, top, g, gp) in enumerate(rows)]


@pytest.mark.parametrize("rows, expect", [
    # right column ends `平均211,089`, the left column's line is read next, then the right column's `円と…`
    ([("期の旅行支出は平均211,089", 300, 100, None, 0), ("出に、パッケージツアー", 50, 105, None, 0), ("円と推計され", 300, 120, None, 0)],
     [("amount", "211,089", 211_089, 211_089, [])]),
    # three lines of the left column between the end and its continuation
    ([("（それぞれ860億円、289億円、1,575", 300, 100, None, 0), ("ぞれ8.9万円、7.0万円）", 50, 110, None, 0),
      ("ビス費」はオーストラリア", 50, 120, None, 0), ("「買物代」は中国", 50, 130, None, 0), ("億円）、「飲食費」", 300, 140, None, 0)],
     [("amount", "860億円", 86_000_000_000, 86_000_000_000, []), ("amount", "289億円", 28_900_000_000, 28_900_000_000, []),
      ("amount", "1,575", 157_500_000_000, 157_500_000_000, []), ("amount", "8.9万円", 89_000, 89_000, []),
      ("amount", "7.0万円", 70_000, 70_000, [])]),
    # a line spanning both columns: its end goes on under the right column
    ([("地域別にみ 前述の上位5か国合計で1兆", 50, 100, 6, 200), ("ると、①中国", 50, 120, None, 0),
      ("1,807億円を占める", 310, 120, None, 0)],
     [("amount", "1兆", 180_700_000_000 + 1_000_000_000_000, 180_700_000_000 + 1_000_000_000_000, [])]),
    # near misses: the line between overlaps the column (an indented item), or the third line starts elsewhere
    ([("期の旅行支出は平均211,089", 300, 100, None, 0), ("・出に", 320, 110, None, 0), ("円と推計され", 300, 120, None, 0)], []),
    ([("期の旅行支出は平均211,089", 300, 100, None, 0), ("出に、パッケージツアー", 50, 105, None, 0),
      ("円と推計され", 100, 120, None, 0)], []),
    # a chart's label is no running text: its unit beside it goes on with it (`8.6` / `兆円`)
    ([("2019年 8.6", 60, 100, 6, 30), ("兆円", 181, 102, None, 0), ("2021年", 152, 120, None, 0)],
     [("amount", "8.6", 8_600_000_000_000, 8_600_000_000_000, [])]),
])
def test_a_mention_goes_on_under_its_own_column(rows, expect):
    ms = extract_lines("t", _page(*rows), RuleContext(deck_year=2024))
    assert [(m.kind, m.text, m.min, m.max, m.qualifiers) for m in ms if m.kind == "amount"] == expect


@pytest.mark.parametrize("text, name", [
    ("・がけ地近接等危険住宅移転…", "がけ地近接等危険住宅移転"),
    ("・地域防災拠点施設整備……", "地域防災拠点施設整備"),
    ("・県営ため池等整備・・・ ", "県営ため池等整備"),
    ("・子ども医療費無償化の拡大...", "子ども医療費無償化の拡大"),
    # near misses: a middle dot inside a name, a name without a leader
    ("・不育症検査費・治療費助成…", "不育症検査費・治療費助成"),
    ("・竜光寺公園の改修", "竜光寺公園の改修"),
])
def test_a_dot_leader_is_no_part_of_the_item_name(text, name):
    from extract.context.programs import clean_name

    assert clean_name(text) == name


@pytest.mark.parametrize("line, expected", [
    # a cap or floor named alone in brackets right after the figure bounds it, as 最大 before it does
    ("◦ 総合型: 1件当たり7億2,000万円(上限)。", [("amount", "7億2,000万円", None, 720000000, ["at_most"])]),
    ("補助金 500万円（最大）", [("amount", "500万円", None, 5000000, ["at_most"])]),
    ("自己負担 1万円(下限)", [("amount", "1万円", 10000, None, ["at_least"])]),
    # near misses: other words in brackets bound nothing; a bound after a note bracket still does
    ("事業費 500万円(新規)", [("amount", "500万円", 5000000, 5000000, [])]),
    ("事業費 500万円(上限額の引上げ)", [("amount", "500万円", 5000000, 5000000, [])]),
    ("事業費 500万円(税抜)以内", [("amount", "500万円", None, 5000000, ["at_most"])]),
])
def test_a_bound_named_in_brackets_after_the_figure(line: str, expected: list[tuple[str, str, object, object, list[str]]]) -> None:
    assert found(line, kind="amount") == expected


@pytest.mark.parametrize("line, expected", [
    # 千億 is one multiplier, after a number or after 兆 and its number
    ("3,170億円と減額されたが、3千億円の大台を突破した。", [("3,170億円", 317_000_000_000), ("3千億円", 300_000_000_000)]),
    ("税収は前年度を上回る78兆4千億円を見込んでおります", [("78兆4千億円", 78_400_000_000_000)]),
    # a figure with a multiplier and no 円 after a money word or a yen figure in its sentence
    ("必要額として別に23億6,000万の国の補助金が見込まれており", [("23億6,000万", 2_360_000_000)]),
    ("VJCに87億円 受け入れ整備は2億", [("87億円", 8_700_000_000), ("2億", 200_000_000)]),
    ("市債は前年度から12億の減", [("12億", 1_200_000_000)]),
    # near misses: people, and no money in the sentence
    ("人口は1億2千万", []),
    ("3千億人の利用", []),
    ("87億円を計上した。利用者は2億", [("87億円", 8_700_000_000)]),
    ("価 値 8 万 ,0 円 00 7,500", []),  # a chart's figure split by the text layer is no 8万
])
def test_thousand_oku_and_yen_left_out_in_a_money_sentence(line: str, expected: list[tuple[str, object]]) -> None:
    assert [(m.text, m.min) for m in mentions(line) if m.kind == "amount"] == expected


@pytest.mark.parametrize("line, expected", [
    # passing a mark is more than it (GUIDE: floors are at_least)
    ("3千億円の大台を突破した。", [("amount", "3千億円", 300_000_000_000, None, ["at_least"])]),
    ("売上高が100億円を突破", [("amount", "100億円", 10_000_000_000, None, ["at_least"])]),
    ("総額が1兆円の大台を超えた", [("amount", "1兆円", 1_000_000_000_000, None, ["at_least"])]),
    # near miss: reaching is no floor
    ("総額が1兆円に達した", [("amount", "1兆円", 1_000_000_000_000, 1_000_000_000_000, [])]),
])
def test_passing_a_mark_is_a_floor(line: str, expected: list[tuple[str, str, object, object, list[str]]]) -> None:
    assert found(line, kind="amount") == expected
