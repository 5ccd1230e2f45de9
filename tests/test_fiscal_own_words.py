"""The fiscal year a figure's own words give (issue 21; context/fiscal_scope.py, context/fiscal_kinds.py,
context/fiscal_document.py, rules/fiscal_year.py): a comparison base or a change is the scope year's whatever the
role; a bare supplementary takes the deck's one supplementary label's year; a year naming one part of a sum leaves
the sum no year; an era-less year that dates an event is not the money's; a glossed year is one year. Lines written
for these tests in the style of town newsletters, agency summaries and news pieces (none copied from a deck), each
shape with variants and near misses."""
from __future__ import annotations

import pytest

from .helpers import mentions
from .test_fiscal_scope import SHEET

LEAD = "令和6年度予算は、「次の10年への挑戦」をテーマに掲げ、重点を置いた予算編成を行いました。"


def fy_of(lines: tuple[str, ...], text: str) -> int | None:
    found = [m for m in mentions(*lines, deck_year=None) if m.kind == "amount" and m.text == text]
    assert len(found) == 1
    return found[0].fy


@pytest.mark.parametrize("line, text, fy", [
    # the previous year named only as a comparison's base: the figure is the scope year's
    ("町税は、前年度と同額の12億円を見込んでいます。", "12億円", 2024),
    ("使用料は昨年度並みの8千万円を計上しました。", "8千万円", 2024),
    ("市債は前年度を2億円上回る18億円です。", "2億円", 2024),
    ("市債は前年度を2億円上回る18億円です。", "18億円", 2024),
    # the base of a ratio (`前年度予算額の1.2倍`) is a comparison's base too
    ("前年度予算額の1.2倍にあたる24億円を計上しました。", "24億円", 2024),
    ("国からは昨年度交付金額の1.5倍を目安とする通知があり、本市への配分額は12億円程度と見込んでいます。", "12億円", 2024),
    # an increase or decrease after the figure makes it a change, the year's
    ("地方交付税は前年度から2億円減少し、30億円となりました。", "2億円", 2024),
    ("総額は前年度と比べ5.1%(3億2千万円)の減少となりました。", "3億2千万円", 2024),
    ("繰入金は昨年度から1億5千万円の増となっています。", "1億5千万円", 2024),
    # a previous-year word that dates an event earlier in the sentence does not label the figure
    ("昨年度から始めた見守り事業に、450万円を計上しました。", "450万円", 2024),
    ("昨年に引き続き、夏祭りの補助に600万円を計上しました。", "600万円", 2024),
    ("前年度に策定した計画に基づき、緑地の整備に3億円を計上しました。", "3億円", 2024),
    # near misses: the previous year's own figure
    ("前年度予算額は10億円でした。", "10億円", 2023),
    ("前年度は、除雪に2億円を要しました。", "2億円", 2023),
    ("前年度決算で、病院事業は12億円の赤字となりました。", "12億円", 2023),
    ("昨年度予算では、同事業に1億円を計上していました。", "1億円", 2023),
    ("・子育て支援 3億円（昨年度 2億5千万円）", "2億5千万円", 2023),
    ("市債は18億円で、前年度の16億円から増えました。", "16億円", 2023),
])
def test_a_comparison_or_a_change_is_the_scope_years(line, text, fy):
    assert fy_of((LEAD, "■予算の規模", line), text) == fy


@pytest.mark.parametrize("line, text, fy", [
    # a request's `昨年度の N`: the budget it is compared with, the year before the requested one
    ("昨年度の3,000千円から増額して要求する。", "3,000千円", 2009),
    ("昨年度並みの3,000千円を要求する。", "3,000千円", 2010),
    # near miss: `昨年度に/は` dates what happened, last year from the writer of the request
    ("昨年度に3,000千円の交付を受けた。", "3,000千円", 2008),
    ("昨年度末の積立金残高は3,000千円である。", "3,000千円", 2008),
])
def test_a_requests_last_year(line, text, fy):
    assert fy_of(SHEET + ("これまでの取組状況", line), text) == fy


@pytest.mark.parametrize("lines, text, fy", [
    # a bare supplementary in a deck of the next year's budget: the year of the deck's one supplementary label
    (("令和8年度予算案の概要", "■主な事業", "・道路維持事業に当初3億円、補正2億円を計上", "※令和7年度補正予算と一体で編成"), "2億円", 2025),
    (("■令和9年度当初予算のポイント", "令和8年度第2次補正予算と合わせ切れ目なく対応します。", "◇防災対策",
      "・河川改修に当初1億円、補正予算で4億円"), "4億円", 2026),
    # near miss: the initial figure beside it keeps the deck's year
    (("令和8年度予算案の概要", "■主な事業", "・道路維持事業に当初3億円、補正2億円を計上", "※令和7年度補正予算と一体で編成"), "3億円", 2026),
    # near miss: a correction that is no supplementary budget (`補正係数`) leaves the deck's year
    (("令和7年度予算の概要", "令和6年度補正予算と一体で編成しました。", "■歳入",
      "地方交付税は補正係数の見直しにより5億円の減となりました。"), "5億円", 2025),
    # the figure's own clause names it a bare supplementary: a year written in an earlier clause is not its own
    (("令和8年度 9月補正予算の概要", "■主な事業", "令和7年度補正予算で整備した施設の修繕に、補正で400万円を追加した。"), "400万円", 2026),
    # near miss: a supplementary named further back as the source of funds is not the figure's label
    (("令和8年度予算案の概要", "※令和7年度補正予算と一体で編成", "■主な事業", "・国の補正予算を活用し、道路整備に1億円を計上"),
     "1億円", 2026),
    # near miss: a supplementary its own words date to the year before (`前年度補正`)
    (("令和6年度第3次補正予算案の概要", "■主な内容", "・防災対策 120億円", "・前年度補正 100億円"), "100億円", 2023),
    # near miss: a supplementary deck's own figures are its year's
    (("令和7年度12月補正予算の概要", "■主な事業", "・除雪対策事業 補正額 5千万円"), "5千万円", 2025),
])
def test_a_bare_supplementary_takes_the_decks_supplementary_year(lines, text, fy):
    assert fy_of(lines, text) == fy


@pytest.mark.parametrize("lines, text, fy", [
    # a sum of another year's supplementary and the deck's budget: no single year
    (("令和8年度当初予算の概要", "一般会計は120億円で、令和7年度補正予算と合わせた総額は135億円です。"), "135億円", None),
    (("令和8年度予算のポイント", "令和7年度補正との合計では2,400億円となる。"), "2,400億円", None),
    (("令和8年度予算のポイント", "令和7年度補正予算と合わせて、防災対策に総額900億円を計上。"), "900億円", None),
    # the sum verb in another spelling (roles.json sum_words, shared with the role pass)
    (("令和8年度当初予算の概要", "令和7年度補正予算と併せて、港湾整備に総額40億円を計上。"), "40億円", None),
    # near miss: the sum's clause is not the figure's: a year written after it is the figure's own
    (("令和8年度当初予算の概要", "令和7年度補正予算と合わせ、令和8年度当初予算では橋りょうの点検に9億円を計上した。"), "9億円", 2026),
    (("県の予算", "同県は令和8年度当初予算案を発表した。", "7年度補正と合わせ、8年度は漁港整備に11億円を計上した。"), "11億円", 2026),
    # near miss: the same year's initial budget and its supplementary: the year's
    (("令和7年度9月補正予算の概要", "今回の補正額は3億円で、令和7年度当初予算と合わせた総額は123億円です。"), "123億円", 2025),
])
def test_a_sum_over_two_years_has_no_year(lines, text, fy):
    assert fy_of(lines, text) == fy


@pytest.mark.parametrize("lines, text, fy", [
    # an era-less year that dates an event (a completion, a commissioning) is not the money's
    (("令和7年度補正予算の概要", "■主な事業", "・新たに9年度完成予定の庁舎整備に12億円"), "12億円", 2025),
    (("令和7年度補正予算の概要", "■主な事業", "・8年度就航予定の連絡船1隻に7億円"), "7億円", 2025),
    # near misses: an era-less year that labels a budget, or stands right before the figure, is its year
    (("令和7年度予算の概要", "■主な事業", "・6年度補正予算で措置した3億円"), "3億円", 2024),
    (("令和7年度予算の概要", "■主な事業", "・6年度 3億円"), "3億円", 2024),
    (("令和7年度予算の概要", "■これまでの取組", "6年度は、道路補修に3億円を充てました。"), "3億円", 2024),
])
def test_an_eraless_year_of_an_event_is_not_the_figures(lines, text, fy):
    assert fy_of(lines, text) == fy


@pytest.mark.parametrize("lines, text, fy", [
    # a dated lead-in that writes its budgets' years: the date's fiscal year does not overrule them
    (("来年度(2026(令和8)年度)予算概算要求をまとめ、9月1日に提出した。総額は1兆円で、今年度比3%の増。",
      ("防災・減災のための対策や経済連携協定の関連政策に関する経費は、従来と同じく金額を示さない事項要求とし、今年度(令和7年度)補正予算の編成も"
       "視野に入れて予算編成過程で検討するとした。"),
      "(2025年9月1日取材)"), "1兆円", 2026),
    # a dated request named by a relative year: the year after the date's, the current budget only its base
    (("2025年8月29日", "文部科学省は来年度予算の概算要求を発表した。総額は6兆円で、今年度当初予算から8%増えた。", "■大学関係",
      "大学関係の要求額は1兆1000億円。"), "6兆円", 2026),
    # near miss: years of past events in the lead-in (`…に引き続き`) say nothing of its budget: the date's fiscal year
    (("2025年7月8日 町長記者会見", "7月補正予算案の概要", "令和5年度、令和6年度に引き続き、燃料費の高騰対策を行います。", "■主な事業",
      "○ 公共交通の運行支援 1,200万円"), "1,200万円", 2025),
    # a lead-in's one year that labels no budget (a source of funds, a past event's start): the date names the budget's
    (("2025年10月3日", "10月補正予算案の概要", "令和6年度の繰越金などを財源とします。", "■主な事業", "○ 橋りょう補修 4,000万円"),
     "4,000万円", 2025),
    (("2025年6月2日", "6月補正予算案の概要", "令和4年度から続く燃料費高騰への対応として、", "■主な事業", "○ 路線バスの運行支援 900万円"),
     "900万円", 2025),
    # near miss: a settlement deck's lead-in year stays the deck's (no budget the date would name)
    (("2025年9月20日", "令和6年度決算の概要をお知らせします。", "■歳出", "○ 歳出総額 98億円"), "98億円", 2024),
    # near miss: a dated lead-in of an in-year supplementary that writes no year: the date's fiscal year
    (("2025.10.06 議会だより", "追加補正予算案が可決されました。", "■主な内容", "・道路補修 2千万円"), "2千万円", 2025),
])
def test_a_dated_lead_in_that_writes_its_years(lines, text, fy):
    assert fy_of(lines, text) == fy


@pytest.mark.parametrize("lines, text, fy", [
    # a council newsletter: the session's year once at the top, the supplementary named by the heading it opens onto
    (("議会だより 第45号", "令和6年第4回定例会（12月）", "■一般会計補正予算（第5号）", "補正額 8,500万円を追加しました。"),
     "8,500万円", 2024),
    # a March session's supplementary closes the fiscal year that began the April before
    (("議会だより 第46号", "令和7年第1回定例会（3月）", "■一般会計補正予算（第8号）", "補正額 2,300万円を減額しました。"),
     "2,300万円", 2024),
    # near miss: an initial budget debated in March is the year that starts in April
    (("議会だより 第46号", "令和7年第1回定例会（3月）", "■一般会計当初予算", "予算総額 48億円を可決しました。"), "48億円", 2025),
    # near miss: no year written anywhere: no year
    (("議会だより", "第4回定例会", "■一般会計補正予算（第5号）", "補正額 8,500万円を追加しました。"), "8,500万円", None),
])
def test_a_dated_lead_in_and_the_heading_it_opens(lines, text, fy):
    assert fy_of(lines, text) == fy


@pytest.mark.parametrize("text, found, year", [
    ("来年度(2026(令和8)年度)予算", "2026(令和8)年度", 2026),
    ("令和8(2026)年度の計画", "令和8(2026)年度", 2026),
    ("R8(2026)年度当初", "R8(2026)年度", 2026),
    ("令和８（２０２６）年度", "令和８（２０２６）年度", 2026),
    # near miss: a bracket that names another year is no gloss: the era year alone
    ("令和8(2025)年度", "令和8", 2026),
])
def test_a_glossed_fiscal_year_is_one_year(text, found, year):
    fys = [m for m in mentions(text, deck_year=None) if m.kind == "fiscal_year"]
    assert [(m.text, m.min, m.max) for m in fys][:1] == [(found, year, year)]
