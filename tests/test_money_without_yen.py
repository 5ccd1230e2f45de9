"""Issue 21: money said without 円. A figure whose multiplier is 万, 億 or 兆 (kanji or Arabic) with no counter after
it is yen where its clause says money: a money noun before it in its sentence (予算, 価格, 所得, 歳入, a word ending
in 金/費/税), a money verb after it (計上, 落札, 支出), the sentence begun on the lines above, or a list's heading.
Variants in wordings and eras no dev set uses, and the near misses that must stay as they are."""
from __future__ import annotations

import pytest

from extract.mentions import extract_lines
from extract.model import Line
from extract.normalize import normalize
from extract.rules.engine import RuleContext


def read(*texts: str, year: int = 2024) -> list[tuple[str, str, object]]:
    lines = [Line(text=t, page=None, line=i + 1, index=i) for i, t in enumerate(texts)]
    return [(m.kind, m.text, m.min) for m in extract_lines("t", lines, RuleContext(deck_year=year))]


def amounts(*texts: str) -> list[tuple[str, object]]:
    return [(t, v) for k, t, v in read(*texts) if k == "amount"]


@pytest.mark.parametrize("line, expect", [
    # a speech's kanji figures after a money noun (other eras' and bodies' wording than any dev deck's)
    ("平成九年度の歳入見込みは八千七百五十億でございます", [("八千七百五十億", 875_000_000_000)]),
    ("県民所得は三兆二千四百億、前年に比べて", [("三兆二千四百億", 3_240_000_000_000)]),
    ("繰越金が百二十億ありまして", [("百二十億", 12_000_000_000)]),
    ("人件費は四十五億、物件費は十二億", [("四十五億", 4_500_000_000), ("十二億", 1_200_000_000)]),
    ("基金の残高は七百万となった", [("七百万", 7_000_000)]),
    # Arabic figures: a price, a money verb glued after or after one particle
    ("契約価格 2億1500万", [("2億1500万", 215_000_000)]),
    ("委託料として450万計上しております", [("450万", 4_500_000)]),
    ("A社が12億で落札した", [("12億", 1_200_000_000)]),
    ("町は3800万を支出した", [("3800万", 38_000_000)]),
    ("十億の増税となる", [("十億", 1_000_000_000)]),
])
def test_a_bare_figure_in_a_clause_about_money_is_yen(line, expect):
    assert amounts(line) == expect


@pytest.mark.parametrize("line", [
    # counters and units after the figure, a glued noun, people and things in a money sentence
    "予算の説明で人口十二万の市と申しましたが",
    "予算は据え置き、来場者は約5万",
    "事業費を削り、部数は10万部",
    "歳出のうち処理量は5万トン",
    "予算で整備する面積は2万平方メートル",
    "予算で3億人分のワクチン",
    "補助金の申請は1万件を超えた",
    "一億総活躍の予算",
    "経費の万一の不足に備え",
    "予算の編成は億劫だ",
    "三万二千番地の土地の価格",
    "登録者は3万に達した。予算は別",
])
def test_near_misses_stay_no_amount(line):
    assert amounts(line) == []


@pytest.mark.parametrize("text, expect", [
    ("予算に比べまして三千九百三十億の増", "予算に比べまして3930億の増"),
    ("所得十兆四千六百億、", "所得10兆4600億、"),
    ("補助金六百万計上", "補助金600万計上"),
    ("一億か二億", "1億か2億"),
    # near misses keep their kanji: a noun glued after the multiplier, a figure running into an address
    ("三万世帯", "三万世帯"),
    ("三万二千番地", "三万二千番地"),
    ("一億総活躍", "一億総活躍"),
    ("万一の場合", "万一の場合"),
    ("二千二十四年", "二千二十四年"),
])
def test_a_kanji_figure_ending_on_its_multiplier_is_read_as_digits(text, expect):
    assert normalize(text).text == expect


def test_a_sentence_begun_on_the_lines_above_says_money():
    # minutes broken at their words: the money noun stands on a line above, the clause left open (、 or a kana)
    assert amounts("前年度の剰余金でありますが、三百億で、", "合計いたしますと一兆二千億でありまするが") == [
        ("三百億", 30_000_000_000), ("一兆二千億", 1_200_000_000_000)]
    assert amounts("令和三年度の決算では、歳出の", "総額が九百八十億となりまして") == [("九百八十億", 98_000_000_000)]


def test_a_sentence_begun_above_near_misses():
    # the line above closes its sentence, or ends on a noun (a title): its money word frames nothing below
    assert amounts("予算の説明を終わります。", "人口は十二万でありまして") == []
    assert amounts("令和6年度予算の概要", "利用者数は約3万に") == []
    assert amounts("歳入の説明は以上です。", "次に登録者が二万あり") == []


def test_a_list_under_a_heading_that_says_money():
    # `label  figure` lines under a heading naming what they are: bids, contract prices, each with no 円
    got = amounts("以下、各社の入札価格(税込)", "A建設  12億3000万", "B工業  11億9800万", "C組  13億")
    assert got == [("12億3000万", 1_230_000_000), ("11億9800万", 1_198_000_000), ("13億", 1_300_000_000)]


def test_a_list_under_another_heading_is_no_money():
    # near misses: a list of visitors or of people under its heading, a list with a unit header that is no money
    assert amounts("各会場の来場者数", "東京会場  5万", "大阪会場  3万") == []
    assert amounts("(単位:人)", "東京  12万", "大阪  8万") == []


def test_a_line_ending_on_a_multiplier_is_no_counted_noun_broken_by_the_break():
    # `予定価格 34億2700万` above `最低制限価格 …`: the next line's label is no counter of the figure
    got = read("予定価格 3億2700万", "最低制限価格 2億8000万")
    assert [k for k, _, _ in got] == ["amount", "amount"]
    # a counted noun broken by the break still reads as one (`６万１千世` / `帯`)
    assert [(k, v) for k, _, v in read("対象は全国で６万１千世", "帯にのぼる")] == [("count", 61000)]


def test_two_figures_said_as_either_end_of_a_guess_are_a_range():
    assert [(k, t, v) for k, t, v in read("経費は毎年大体三億か四億ぐらい、", "売上は3億~5億の見込み") if k == "amount"] == [
        ("amount", "三億か四億", 300_000_000), ("amount", "3億~5億", 300_000_000)]
    # near miss: people said the same way stay no amount
    assert amounts("予算は別として、人口は1万か2万") == []
