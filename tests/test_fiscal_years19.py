"""Issue 21, years19: an era-less year in a text that fixes no era at all, read against the run's reference year
(context/elided_years.py `latest_era`), and a year a sum is carried over FROM (fiscal_scope.json carried_from_after).
Variants in other wordings, eras and numbers; near misses."""
from __future__ import annotations

import pytest

from extract.context.elided_years import unanchored_base
from extract.mentions import extract_lines_outline
from extract.rules.engine import RuleContext

from .helpers import amounts_by_text, lines_of


def _amounts(*texts: str, as_of_year: int | None) -> dict[str, object]:
    mentions, _ = extract_lines_outline("t", lines_of(texts), RuleContext(deck_year=None, as_of_year=as_of_year))
    return {m.text: m for m in mentions if m.kind == "amount"}


@pytest.mark.parametrize("years, reference, base", [
    ({27, 26, 16}, 2026, 1988),  # 2027 is past the reference: 平成
    ({28}, 2026, 1988),
    ({35, 40}, 2026, None),      # past 平成's 31 years and 令和's: never 昭和 (a plan's target `35年度までに`)
    ({5, 27}, 2026, 1988),       # 令和27 is past the reference: the era that holds both
    ({31}, 2026, 1988),
    ({18}, 2026, None),          # near miss: 平成18 or 2018, the text does not say
    ({5}, 2026, None),           # 令和5 or 2005
    ({70}, 2026, None),          # no era holds it (昭和 ended at 64)
    ({27}, None, None),
])
def test_unanchored_base(years, reference, base):
    assert (unanchored_base(years, reference) if reference is not None else None) == base


@pytest.mark.parametrize("lines, figure, fy", [
    # a publisher's digest: the year era-less in its headline and story, the figures in running text
    (["28 年度 私立大学等経常費補助金 総額3,153 億円を交付 教育情報センター 28 年 4 月",
      "28 年度の私立大学等経常費補助金は、総額3,153 億円が交付された。"], "3,153 億円", 2016),
    (["ニュース解説 29年度の地方交付税は16兆2,000億円となった。"], "16兆2,000億円", 2017),
    (["30年度の県立病院事業会計予算は 212億円で、前年度より4億円の増額。"], "212億円", 2018),
])
def test_an_eraless_text_reads_in_the_latest_era_not_past_the_run(lines, figure, fy):
    assert _amounts(*lines, as_of_year=2026)[figure].fy == fy


@pytest.mark.parametrize("lines, figure", [
    (["26 年度の私立大学等経常費補助金は、総額3,184 億円が交付された。"], "3,184 億円"),
])
def test_with_no_reference_year_an_eraless_text_stays_unread(lines, figure):
    assert _amounts(*lines, as_of_year=None)[figure].fy is None


@pytest.mark.parametrize("lines, figure", [
    # a plan's target with no era: 平成 ends at 31, 令和35 is past the run: no older era is guessed
    (["〇〇株式会社 中期経営計画", "35年度までに設備投資として総額120億円を投じる。"], "120億円"),
])
def test_an_eraless_target_past_the_two_latest_eras_stays_unread(lines, figure):
    assert _amounts(*lines, as_of_year=None)[figure].fy is None


@pytest.mark.parametrize("lines, figure", [
    # a paper's story writing 2018 as `18年度`: the 2000s hold its years as an era does, no guess
    (["町の当初予算は37億円。", "▼樋門改修工事【900万円】18年度からの3カ年事業。"], "900万円"),
    (["市の予算は", "12年度の市税収入は 45億円の見込み。"], "45億円"),
])
def test_an_eraless_text_the_2000s_also_hold_stays_unread(lines, figure):
    assert _amounts(*lines, as_of_year=2026)[figure].fy is None
@pytest.mark.parametrize("lines, figure, fy", [
    # near misses: a text that writes one era or one four-digit year reads its era-less years under it, not the run's
    (["平成元年4月 広報", "3年度の地方交付税は15兆9,000億円となった。"], "15兆9,000億円", 1991),
    (["2019年の記事", "30年度の予算は 212億円で、前年度より4億円の増額。"], "212億円", 2018),
])
def test_a_written_era_wins_over_the_run(lines, figure, fy):
    assert _amounts(*lines, as_of_year=2026)[figure].fy == fy


@pytest.mark.parametrize("lines, figure, fy", [
    # a year a sum is carried over FROM: the figure is the receiving year's
    (["令和3年度財政状況の公表", "令和3年度予算の9月末現在の執行状況です。",
      "令和2年度から繰り越した予算の主なものは、市道改良事業(3億1,200万円)です。"], "3億1,200万円", 2021),
    (["平成27年度上半期の財政事情", "平成27年度の予算現額(当初予算額に補正予算額及び平成26年度繰越事業費を加えた額)は、"
      "412億5,600万円です。"], "412億5,600万円", 2015),
    (["令和6年度 下半期財政状況", "令和6年度予算の執行状況は次のとおりです。",
      "令和5年度よりの繰越額は、2億3,000万円です。"], "2億3,000万円", 2024),
])
def test_a_carried_from_year_is_no_figures_year(lines, figure, fy):
    assert amounts_by_text(*lines, deck_year=None)[figure].fy == fy


@pytest.mark.parametrize("lines, figure, fy", [
    # near misses: the year's own carry-forward appropriation, a carry-over TO a later year, a year the figure is of
    (["令和5年度補正予算の概要", "令和5年度繰越明許費 3億円"], "3億円", 2023),
    (["令和5年度決算の概要", "令和6年度への繰越額は1億2,000万円です。"], "1億2,000万円", 2023),
    (["令和4年度の予算現額は25億円です。"], "25億円", 2022),
])
def test_near_misses_of_a_carried_from_year(lines, figure, fy):
    assert amounts_by_text(*lines, deck_year=None)[figure].fy == fy


@pytest.mark.parametrize("n, anchor, spans, year", [
    (30, (2021, 2000), [(2021, 2030)], 2030),  # a plan's span written with its start in four digits holds the reading
    (33, (2024, 2000), [(2024, 2033)], 2033),
    (29, (2025, 2000), [], 2029),              # a run of years `2025年度 26年度 … 29年度`: no era's reading is near
    (26, (2025, 2000), [], 2026),              # within a document's reach: the century's
    (29, (2020, 2000), [], 2017),              # near miss: `2020年` then `29年度決算`: 平成29, nearer than 2029
    (28, (2019, 2000), [], 2016),
    (5, (2024, 2000), [], 2023),               # `2024年5月` then `5年度補正`: 令和5
])
def test_an_era_less_year_under_a_four_digit_year(n, anchor, spans, year):
    from extract.context.elided_years import _reading

    assert _reading(n, anchor, spans) == year


@pytest.mark.parametrize("lines, figure, fy", [
    # near miss: a past year written era-less under a four-digit year with no span is read in its era
    (["2020年 決算の概要", "29年度決算で積み立てた基金は5億円でした。"], "5億円", 2017),
    (["2019年10月 財政だより", "28年度補正予算の残額3億2,000万円を充てる。"], "3億2,000万円", 2016),
    # the shape the century reading is meant for
    (["市中期財政計画(2031年度~40年度)", "基金残高は39年度に8億円まで減る見込み。"], "8億円", 2039),
])
def test_the_century_reading_keeps_to_a_plans_span(lines, figure, fy):
    assert amounts_by_text(*lines)[figure].fy == fy


@pytest.mark.parametrize("lines, figure, fy", [
    # a year keyed to its figure stands apart; a number that ends a word is a label's (`ケース2 = 3億円`)
    (["実施計画(2027年度から29年度)を公表した。", "▽道路改良 28=2億9000万円"], "2億9000万円", 2028),
    (["財政見通し(2027年度から29年度)", "試算ケース28 = 3億円の赤字"], "3億円", None),
    (["財政見通し(2027年度から29年度)", "区分28=5億円"], "5億円", None),
])
def test_a_key_that_ends_a_word_is_no_year(lines, figure, fy):
    assert amounts_by_text(*lines, deck_year=None)[figure].fy == fy


@pytest.mark.parametrize("lines, figure, fy", [
    # a speech's era-less year in kanji numerals, read under the era the minutes' date fixes
    (["2000-08-08 第149回国会 委員会", "十三年度要求額総額は六百九十二億二千万円ということに相なります。"], "六百九十二億二千万円", 2001),
    (["平成9年3月 予算委員会", "九年度予算額は四十二億円でございます。"], "四十二億円", 1997),
    (["1978年2月 分科会", "五十三年度の予算額は百二十億円を計上しております。"], "百二十億円", 1978),
])
def test_a_kanji_eraless_year(lines, figure, fy):
    assert amounts_by_text(*lines, deck_year=None)[figure].fy == fy


@pytest.mark.parametrize("lines, figure, fy", [
    # near misses: a count of years in kanji (`十年度ぶり`, `過去三年度`), a kanji year too far from the anchor
    (["2000-08-08 委員会", "十年度ぶりに予算額は六十億円となった。"], "六十億円", None),
    (["2000-08-08 委員会", "過去三年度の平均で四十億円となった。"], "四十億円", None),
    (["2000-08-08 委員会", "四十年度の予算額は三十億円であった。"], "三十億円", None),
])
def test_near_misses_of_a_kanji_eraless_year(lines, figure, fy):
    assert amounts_by_text(*lines, deck_year=None)[figure].fy == fy


@pytest.mark.parametrize("lines, figure, fy", [
    # a section's lead sentence names the settlement or budget its figures are computed from: their year
    (["令和5年度上半期 財政状況の公表", "■令和5年度予算の執行状況", "一般会計の予算現額は120億円です。",
      "■市民1人当たりの金額", "令和4年度決算を基に1人当たりに置き換えてみました。", "●市民1人当たりの税金…115,954円"],
     "115,954円", 2022),
    (["平成30年度 財政のあらまし", "■町民一人当たりでみると", "平成29年度普通会計決算に基づき算出しています。",
      "・町民一人当たりの借金 612,300円"], "612,300円", 2017),
    (["令和7年度予算の概要", "■一世帯当たりの予算", "令和7年度当初予算から試算しました。", "・一世帯当たり 1,234,000円"],
     "1,234,000円", 2025),
])
def test_a_sections_basis_year(lines, figure, fy):
    assert amounts_by_text(*lines, deck_year=None)[figure].fy == fy


@pytest.mark.parametrize("lines, figure, fy", [
    # near misses: a settlement told as an event's cause or a comparison base is no basis; a lead after the figure
    (["令和5年度 予算の概要", "■基金の積立", "令和4年度決算で生じた剰余金を積み立てます。", "・財政調整基金 3億2,000万円"],
     "3億2,000万円", 2023),
    (["令和5年度 予算の概要", "■市税", "令和4年度決算と比べ増加を見込みます。", "・市民税 45億6,000万円"], "45億6,000万円", 2023),
    (["令和5年度 予算の概要", "■市税", "・市民税 45億6,000万円", "令和4年度決算を基に見込みました。"], "45億6,000万円", 2023),
])
def test_near_misses_of_a_basis_year(lines, figure, fy):
    assert amounts_by_text(*lines, deck_year=None)[figure].fy == fy


@pytest.mark.parametrize("line, years", [
    # a letter and number quoted alone is a name (a rocket, a model, a code), no year
    ("文部科学省が新型基幹ロケット「H3」の開発費などに同27・2%増の1926億円", []),
    ("愛称『R2』の車両の導入に3億円", []),
    # near misses: a letter era year standing free, bracketed as a gloss, or with its stage word stays a year
    ("H29 予算額 3億円", [2017]),
    ("(H29) 3億円", [2017]),
    ("R5補正 3億円", [2023]),
    ("H29年度予算の概要", [2017]),
])
def test_a_quoted_letter_and_number_is_no_year(line, years):
    from .helpers import text_deck_outline

    found, _ = text_deck_outline(["(2017/9/14 05:00)", line], deck_year=2017)
    assert [m.min for m in found if m.kind == "fiscal_year"] == years


def test_positional_kanji_digits_are_not_read_as_an_eraless_year():
    # `一一年度` beside `二〇一二年度` (a paper's short Western year in kanji digits): left unread, as before
    found = amounts_by_text("厚生労働省は、二〇一二年度予算の概算要求を提示した。", "一般会計の総額は一一年度当初予算比4・3%増の",
                            "二十九兆五千八百八十二億円。", "子ども手当は一一年度の国と地方の負担原則に従い、",
                            "国の負担分一兆三千四百十六億円を要求。", deck_year=None)
    assert found["一兆三千四百十六億円"].fy == 2012


@pytest.mark.parametrize("lines, figure, fy", [
    # near misses of the basis: a report's month, a survey's year, a heading a sub-heading overrides
    (["令和5年度上半期 財政状況の公表", "令和5年10月末現在", "■一般会計", "予算現額は 98億7,000万円です。"], "98億7,000万円", 2023),
    (["令和6年度 予算の概要", "■市民1人当たりの予算", "令和2年国勢調査の人口を基に算出しました。", "・1人当たり 412,000円"],
     "412,000円", 2024),
    (["令和6年度 事業報告", "■令和5年度決算に基づく繰越事業", "・道路改良 2,400万円"], "2,400万円", 2023),
])
def test_near_misses_of_a_reports_dates(lines, figure, fy):
    assert amounts_by_text(*lines, deck_year=None)[figure].fy == fy


@pytest.mark.parametrize("lines, figure, fy", [
    # a quoted title's era year left open over a line break (no mention): written with its era, read so
    (["○政府委員 お手元に「昭和三十五年度", "予算要求額主要事項別調」を差し上げてございます。",
      "予防費は千四百十五万九千円を計上しております。"], "千四百十五万九千円", 1960),
    (["○説明員 お配りした「平成九年度", "要求の概要」のとおり、", "施設整備費は四十二億円でございます。"], "四十二億円", 1997),
])
def test_an_open_quoted_era_year_in_a_text_of_no_anchor(lines, figure, fy):
    assert _amounts(*lines, as_of_year=2026)[figure].fy == fy
