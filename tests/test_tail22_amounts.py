"""The long tail of amounts (issue 21's "no kind's F1 drops"): a thousands comma a PDF printed with a space after it
(`120, 000, 000 円`), money nouns that end like one (`年俸`, `負債`, `純利益`), and bare 億/兆 figures under a yen
figure above them (a reform plan's yearly effects). Paraphrases in other issuers' wording, and their near misses."""
from __future__ import annotations

import pytest

from extract.mentions import extract_lines
from extract.model import Line
from extract.normalize import normalize
from extract.rules.engine import RuleContext


def read(*texts: str, year: int = 2024) -> list[tuple[str, str, object, object]]:
    lines = [Line(text=t, page=None, line=i + 1, index=i) for i, t in enumerate(texts)]
    return [(m.kind, m.text, m.min, m.per) for m in extract_lines("t", lines, RuleContext(deck_year=year))]


def amounts(*texts: str) -> list[tuple[str, object]]:
    return [(t, v) for k, t, v, _ in read(*texts) if k == "amount"]


@pytest.mark.parametrize("line, expect", [
    ("基金の額  250, 000, 000 円", [("250, 000, 000 円", 250_000_000)]),
    ("年度末現在高  4, 518, 207 円     うち預金  1, 200, 000 円",
     [("4, 518, 207 円", 4_518_207), ("1, 200, 000 円", 1_200_000)]),
    ("寄附金 30, 000円を積み立てた", [("30, 000円", 30_000)]),
    ("貸付額 2, 400千円", [("2, 400千円", 2_400_000)]),
    ("償還額 815，　000円", [("815，　000円", 815_000)]),
])
def test_a_spaced_thousands_comma_is_one_figure(line, expect):
    assert amounts(line) == expect


@pytest.mark.parametrize("line, expect", [
    # a list of numbers, not one figure's groups: the groups after the comma are no three digits, or no 円 closes them
    ("対象は1, 2, 3円の硬貨", "1, 2, 3円"),
    ("10, 200 件の申請", "10, 200 件"),
    ("令和元年, 120 円", "令和元年, 120 円"),
    ("12, 3456 円", "12, 3456 円"),
])
def test_a_spaced_comma_between_other_numbers_stays(line, expect):
    assert normalize(line).text == line and expect in line


@pytest.mark.parametrize("line, value", [
    ("A選手の年俸は3億で、球団最高となった。", 300_000_000),
    ("同法人の負債は12億に上る。", 1_200_000_000),
    ("同社の純利益は45億で、増益となった。", 4_500_000_000),
    ("為替差損による損失は7億と見込まれる。", 700_000_000),
])
def test_a_noun_ending_like_money_makes_a_bare_figure_yen(line, value):
    assert [v for _, v in amounts(line)] == [value]


@pytest.mark.parametrize("line", [
    "同社の社員は3万で、前期を上回った。",
    "青年の人口は2万で、前期を上回った。",
    "公益通報は1万件に達した。",
])
def test_a_noun_naming_no_money_stays_no_amount(line):
    assert amounts(line) == []


def test_bare_figures_under_a_yen_figure_above_take_its_unit():
    got = read("第3次行財政改革", "効果額:8億円", "年度ごとの推移", "令和元年度 3.5億", "令和2年度 4億",
               "令和3年度 1兆2,000億")
    assert [(t, v) for k, t, v, _ in got if k == "amount"] == [
        ("8億円", 800_000_000), ("3.5億", 350_000_000), ("4億", 400_000_000), ("1兆2,000億", 1_200_000_000_000)]


def test_a_neutral_line_between_keeps_the_unit_above():
    assert amounts("事業費 3億円", "(参考)", "令和2年度 1.5億") == [("3億円", 300_000_000), ("1.5億", 150_000_000)]


def test_an_average_under_its_total_is_yen_per_year():
    got = read("●経費削減計画", "実施期間:令和2年度~令和6年度", "95億円", "(年平均19億)")
    assert [(t, v, p) for k, t, v, p in got if k == "amount"] == [("95億円", 9_500_000_000, None),
                                                                  ("19億", 1_900_000_000, "year")]


@pytest.mark.parametrize("texts", [
    # (a neutral line between: a list's heading reads its own figures, rules/amount.py) the figure's own label names
    # another measure, the 億 figure above is a count, no yen figure stands above, or the figure is a 万 one
    ("事業費 3億円", "(参考)", "世界人口 80億"),
    ("事業費 3億円", "(参考)", "利用者数は延べ1.2億"),
    ("延べ利用者 1億人", "(参考)", "令和2年度 1.5億"),
    ("効果の推移", "(参考)", "令和元年度 3.5億", "令和2年度 4億"),
    ("事業費 3億円", "(参考)", "令和2年度 5万"),
    ("事業費 3億円", "(参考)", "物価対策分が5億ということであります。"),  # prose: its own clause decides
])
def test_bare_figures_with_no_yen_figure_above_stay_bare(texts):
    assert [t for t, _ in amounts(*texts)] == [t for t in ("3億円",) if t in texts[0]]


@pytest.mark.parametrize("line", [
    "予算案に反対する8万の署名が集まり、町は総額20億円の計画を見直した。",
    "補助金の募集に1万の応募があった。",
    "予算について2万の回答が寄せられた。",
])
def test_an_act_tallied_after_a_bare_figure_is_no_money(line):
    assert [t for t, _ in amounts(line) if "円" not in t] == []


@pytest.mark.parametrize("line, value", [
    ("補正予算で3億の整備を行う。", 300_000_000),  # an activity money is spent on
    ("予算は5億の事業となる。", 500_000_000),
])
def test_a_figure_before_what_money_is_spent_on_stays_yen(line, value):
    assert [v for _, v in amounts(line)] == [value]
