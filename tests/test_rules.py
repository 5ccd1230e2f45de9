"""Each kind's rules, table-driven from GUIDE.md's own examples and the sample deck's hard lines."""
from __future__ import annotations

import pytest

from .helpers import mentions


def only(text: str, kind: str, deck_year: int | None = 2024):
    found = [m for m in mentions(text, deck_year=deck_year) if m.kind == kind]
    assert len(found) == 1, [(m.kind, m.text) for m in mentions(text, deck_year=deck_year)]
    return found[0]


@pytest.mark.parametrize("text, span, lo, hi, quals", [
    ("1,950百万円", "1,950百万円", 1_950_000_000, 1_950_000_000, []),
    ("支援額：5百万円～1億円/課題・年", "5百万円～1億円", 5_000_000, 100_000_000, []),
    ("40兆9,056億円", "40兆9,056億円", 40_905_600_000_000, 40_905_600_000_000, []),
    ("9.2億円", "9.2億円", 920_000_000, 920_000_000, []),
    ("15百万～30百万円／年・課題", "15百万～30百万円", 15_000_000, 30_000_000, []),
    ("5百万円~10百万円", "5百万円~10百万円", 5_000_000, 10_000_000, []),
    ("事業規模 数千万～1億円/年・課題程度", "数千万～1億円", None, 100_000_000, ["approx"]),
    ("支援規模 最大100百万円／年・課題程度", "100百万円", None, 100_000_000, ["at_most", "approx"]),
    ("②最大3千万円／年・課題×5年間", "3千万円", None, 30_000_000, ["at_most"]),
    ("令和5年度補正予算額 654億円の内数", "654億円", 65_400_000_000, 65_400_000_000, ["part_of"]),
    ("包括連携契約（10年で100億円＋α）", "100億円", 10_000_000_000, None, ["at_least"]),
    ("１５０万円", "１５０万円", 1_500_000, 1_500_000, []),
    ("5,000千円", "5,000千円", 5_000_000, 5_000_000, []),
])
def test_amounts(text, span, lo, hi, quals):
    m = only(text, "amount")
    assert (m.text, m.min, m.max, m.unit) == (span, lo, hi, "yen")
    assert sorted(m.qualifiers) == sorted(quals)


@pytest.mark.parametrize("text, per", [
    ("35百万円程度／年・課題", "project_year"),
    ("5百万円～1億円/課題・年", "project_year"),
    ("（別途JICAが60百万円／年を上限に支援）", "year"),
    ("支援額 500万円／課題", "project"),
    ("2百万円（1年間）", None),
])
def test_per(text, per):
    assert only(text, "amount").per == per


@pytest.mark.parametrize("lines, expect", [
    # (role, fy, draft) of each amount in order
    (["令和6年度予算額（案） 19億円", "（前年度予算額 19億円）"], [("budget", 2024, True), ("previous_budget", 2023, False)]),
    (["令和4年度第2次補正予算 50,050百万円", "JST  :44,000百万円", "", "AMED: 6,050百万円"],
     [("supplementary_budget", 2022, False), ("other", 2022, False), ("other", 2022, False)]),
    (["令和4年度第2次補正予算額 501億円", "（JST：440億円 AMED：61億円）"],
     [("supplementary_budget", 2022, False), ("other", 2022, False), ("other", 2022, False)]),
    (["1,950百万円（1,878百万円）"], [("budget", None, False), ("previous_budget", None, False)]),
    (["令和6年度予算（案） 9.2億円", "", "3.2億円", "（2.9億円）"],
     [("budget", 2024, True), ("budget", 2024, False), ("previous_budget", 2023, False)]),
    (["支援額:     最大32百万円／年×5年間"], [("support", None, False)]),
    (["東京大学Kavli IPMUは米国カブリ財団からの22.5億円の寄附により基金を造成"], [("other", None, False)]),
])
def test_roles_and_fiscal_years(lines, expect):
    got = [(m.role, m.fy, "draft" in m.qualifiers) for m in mentions(*lines) if m.kind == "amount"]
    assert got == expect


@pytest.mark.parametrize("text, span, lo, hi, unit", [
    ("支援期間 原則５年", "５年", 5, 5, "year"),
    ("３～５年間", "３～５年間", 3, 5, "year"),
    ("渡航期間 3か月～1年", "3か月～1年", 3, 12, "month"),
    ("受入期間 約1～3週間", "1～3週間", 1, 3, "week"),
    ("CSTPが9年ぶり13回目となる閣僚級会合", "9年", 9, 9, "year"),
    ("支援期間 2年以内", "2年", None, 2, "year"),
    ("10開庁日", "10開庁日", 10, 10, "day"),
])
def test_durations(text, span, lo, hi, unit):
    m = only(text, "duration")
    assert (m.text, m.min, m.max, m.unit) == (span, lo, hi, unit)


@pytest.mark.parametrize("text, span, lo, hi, unit", [
    ("件 数：31か国（令和4年度）", "31か国", 31, 31, "か国"),
    ("中に調査対象地域に住む子供約１万人への", "１万人", 10_000, 10_000, "人"),
    ("世界の留学生数は2000年に160万人", "160万人", 1_600_000, 1_600_000, "人"),
    ("各国が１～２チームで実施", "１～２チーム", 1, 2, "チーム"),
    ("10の政策分野を特定", "10の政策分野", 10, 10, "政策分野"),
    ("これまで42カ国と", "42カ国", 42, 42, "か国"),
    ("３つのミッション", "３つ", 3, 3, "つ"),
])
def test_counts(text, span, lo, hi, unit):
    m = only(text, "count")
    assert (m.text, m.min, m.max, m.unit) == (span, lo, hi, unit)


@pytest.mark.parametrize("text, kind, span, lo, hi, quals", [
    ("外国人教員割合：55％", "percent", "55％", 55, 55, []),
    ("外国人研究者割合は約３割以上", "percent", "３割", 30, None, ["approx", "at_least"]),
    ("（PD・院生が約8割）", "percent", "8割", 80, 80, ["approx"]),
    ("前年比▲0.4%", "percent", "▲0.4%", -0.4, -0.4, []),
    ("概ね20～25％", "percent", "20～25％", 20, 25, ["approx"]),
    ("QSランキング：１位", "rank", "１位", 1, 1, []),
    ("10位以内に欧米諸国はなく", "rank", "10位", None, 10, ["at_most"]),
    ("1位と2位以降に大きな差", "rank", "2位", 2, None, ["at_least"]),
])
def test_percent_and_rank(text, kind, span, lo, hi, quals):
    found = [m for m in mentions(text) if m.kind == kind]
    m = found[-1]
    assert (m.text, m.min, m.max) == (span, lo, hi)
    assert sorted(m.qualifiers) == sorted(quals)


@pytest.mark.parametrize("text, span, lo, hi", [
    ("令和6年度", "令和6年度", 2024, 2024),
    ("平成元年度", "平成元年度", 1989, 1989),
    ("事業開始時期 昭和57年度", "昭和57年度", 1982, 1982),
    ("H26年度新規", "H26年度", 2014, 2014),
    ("R5年度", "R5年度", 2023, 2023),
    ("WPI開始（2007年度）から", "2007年度", 2007, 2007),
    ("令和3年度～令和4年度 0", "令和3年度～令和4年度", 2021, 2022),
    ("事業期間：平成21年度～", "平成21年度～", 2009, None),
])
def test_fiscal_years(text, span, lo, hi):
    m = only(text, "fiscal_year")
    assert (m.text, m.min, m.max) == (span, lo, hi)


@pytest.mark.parametrize("text, span, lo, hi", [
    ("令和６年５月９日", "令和６年５月９日", "2024-05-09", "2024-05-09"),
    ("OECD閣僚理事会＠パリ（2024年５月）", "2024年５月", "2024-05", "2024-05"),
    ("４月10～11日 岸田総理訪米", "４月10～11日", "2024-04-10", "2024-04-11"),
    ("2024年4月23日（火）～24日（水）＠OECD本部", "2024年4月23日（火）～24日", "2024-04-23", "2024-04-24"),
    ("位置は、2009-2011 年の日本のランク", "2009-2011 年", "2009", "2011"),
    ("令和６年３～１１月頃 審査", "令和６年３～１１月", "2024-03", "2024-11"),
    ("集計日：R4年8月~12月", "R4年8月~12月", "2022-08", "2022-12"),
    ("2023年10月から2024年9月までの間", "2023年10月から2024年9月", "2023-10", "2024-09"),
    ("(12/29～1/3を除く)", "12/29～1/3", "2024-12-29", "2025-01-03"),
    ("採択公表 10月下旬頃", "10月", "2024-10", "2024-10"),
    ("電子申請受付：2025年7月1日（火）17:00～", "2025年7月1日", "2025-07-01", None),
    # an open ～ before an ordinal (the next round's call), and after a longer note in brackets
    ("受入環境整備事業:2024年7月19日〜2次募集開始", "2024年7月19日", "2024-07-19", None),
    ("2024年3月29日(一部の事業は翌週から)~予算上限に達するまで", "2024年3月29日", "2024-03-29", None),
    ("令和6年4月1日～3回目以降の募集", "令和6年4月1日", "2024-04-01", None),
    # near miss: a number after ～ that is no ordinal closes the range
    ("2024年7月19日～8月2日", "2024年7月19日～8月2日", "2024-07-19", "2024-08-02"),
])
def test_dates(text, span, lo, hi):
    m = only(text, "date")
    assert (m.text, m.min, m.max) == (span, lo, hi)


def test_a_cap_after_a_bracketed_note_applies_to_both_amounts():
    ms = [m for m in mentions("総額で500 万円（税抜き。グローバル枠の場合は、1,000 万円）までを補助上限額とします。") if m.kind == "amount"]
    assert [(m.min, m.max, m.qualifiers) for m in ms] == [(None, 5_000_000, ["at_most"]), (None, 10_000_000, ["at_most"])]


def test_year_less_date_needs_the_deck_year():
    assert [m for m in mentions("９月19日 G20研究大臣会合", deck_year=None) if m.kind == "date"] == []
    assert only("９月19日 G20研究大臣会合", "date").min == "2024-09-19"


def test_mention_broken_by_a_line_break_starts_on_its_first_line():
    ms = mentions("日本国籍を持たない者。2012年7", "月に新しい在留管理制度が導入")
    (m,) = [m for m in ms if m.kind == "date"]
    assert (m.line, m.text, m.min) == (1, "2012年7", "2012-07")


# GUIDE "What is not a mention", and the sample deck's traps
@pytest.mark.parametrize("text", [
    "G7科学技術大臣会合", "COVID-19の影響", "TOP10%論文における", "Top10%論文数", "P35",
    "第2次補正", "第６回「教育未来創造会議」", "13回目となる", "友好協力50周年を迎え", "資料１－１",
    "科学研究のベンチマーキング 2023", "2022年末バージョン", "64 72 83", "補助率１／２", "100/1000",
    "額の確定を8年2月に受けた場合", "０歳６か月", "1人あたり", "①②③", "Society 5.0", "第6期科学技術",
    "2600km", "新規輸出１万者支援プログラム", "10:00～17:00", "2/3 51人以上", "毎年4月", "決算月が3月",
    "補助対象 県内の団体  10/10  定額", "1件の金額が一定以上の物品",
])
def test_not_mentions(text):
    found = [(m.kind, m.text) for m in mentions(text) if not (text == "2/3 51人以上" and m.text == "51人")]
    assert found == []
