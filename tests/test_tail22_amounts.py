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
    # a figure's groups, not a list: a `000`, an odd group, or falling groups
    ("助成総額 1, 234, 567円", [("1, 234, 567円", 1_234_567)]),
    ("決算額 300, 200, 100 円", [("300, 200, 100 円", 300_200_100)]),
    ("委託料 12, 500, 000円", [("12, 500, 000円", 12_500_000)]),
])
def test_a_spaced_thousands_comma_is_one_figure(line, expect):
    assert amounts(line) == expect


@pytest.mark.parametrize("line, expect", [
    # a list of numbers, not one figure's groups: the groups after the comma are no three digits, or no 円 closes them
    ("対象は1, 2, 3円の硬貨", "1, 2, 3円"),
    ("10, 200 件の申請", "10, 200 件"),
    ("令和元年, 120 円", "令和元年, 120 円"),
    ("12, 3456 円", "12, 3456 円"),
    # a list of round prices rising, each one standing alone (no `000` or odd group of one figure), or no figure leading
    ("料金は100, 200, 300円の3種類です。", "100, 200, 300円"),
    ("コースは50, 150, 250, 500円から選べる", "50, 150, 250, 500円"),
    ("1234, 567円", "1234, 567円"),
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
    "予算案をめぐる住民投票に3万の投票があった。",
])
def test_an_act_tallied_after_a_bare_figure_is_no_money(line):
    assert [t for t, _ in amounts(line) if "円" not in t] == []


def counts(*texts: str) -> list[tuple[str, object, object]]:
    lines = [Line(text=t, page=None, line=i + 1, index=i) for i, t in enumerate(texts)]
    return [(m.text, m.min, m.unit) for m in extract_lines("t", lines, RuleContext(deck_year=2024)) if m.kind == "count"]


@pytest.mark.parametrize("line, expect", [
    # GUIDE: no counter written, the counted noun is the unit (`10の政策分野`); with 万/億 likewise
    ("条例の制定を求める4万の署名が市長に手渡された。", ("4万", 40_000, "署名")),
    ("新制度の愛称募集には1.2万の応募が寄せられた。", ("1.2万", 12_000, "応募")),
    ("特設サイトは公開初月で3万のアクセスを集めた。", ("3万", 30_000, "アクセス")),
])
def test_an_act_tallied_after_a_bare_figure_counts_it(line, expect):
    assert counts(line) == [expect]


@pytest.mark.parametrize("line, value", [
    # near misses: requests, consultations and answers may be of money (a grant's 申請, a wage offer's 回答)
    ("本年度の交付金には、総額3億の申請があった。", 300_000_000),
    ("賃上げの要求に対し、経営側は人件費総額で5億の回答を示した。", 500_000_000),
    ("基金の活用について、総額1億の相談が寄せられた。", 100_000_000),
])
def test_a_request_or_answer_after_a_bare_figure_stays_money(line, value):
    assert [v for _, v in amounts(line)] == [value] and counts(line) == []


@pytest.mark.parametrize("texts", [
    # an average's header cell over a flattened table's total: the total is no yearly figure
    ("行革による効果額", "項目 年平均", "合計", "約620億円"),
    ("効果額（年平均）", "総計", "約480億円"),
    ("月平均", "累計 約12億円"),
])
def test_an_average_heading_lines_above_gives_no_per(texts):
    assert [p for k, _, _, p in read(*texts) if k == "amount"] == [None]


@pytest.mark.parametrize("line, per", [
    ("削減効果は年平均22.8億円を見込む", "year"),  # the average on the figure's own line
    ("利用料収入 月平均 350万円", "month"),
])
def test_an_average_on_the_figure_line_gives_its_per(line, per):
    assert [p for k, _, _, p in read(line) if k == "amount"] == [per]


def test_an_average_column_of_a_bar_table_gives_its_per():
    got = read("東町 施設更新費の試算", "| 種別 | 30年間の総額 | 年平均 |", "|---|---|---|", "| 学校施設 | 450億円 | 15億円 |")
    assert [(t, p) for k, t, _, p in got if k == "amount"] == [("450億円", None), ("15億円", "year")]


@pytest.mark.parametrize("line, value", [
    ("補正予算で3億の整備を行う。", 300_000_000),  # an activity money is spent on
    ("予算は5億の事業となる。", 500_000_000),
])
def test_a_figure_before_what_money_is_spent_on_stays_yen(line, value):
    assert [v for _, v in amounts(line)] == [value]
