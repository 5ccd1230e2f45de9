"""The last fy fallback (issue 21, session 21; context/deck_years.py `opening`): a budget's or a grant's figure that every
scope left with no year takes the one fiscal year the deck's opening two lines write as money's (a headline, a lead
sentence: `都議会の2017年度分の政務活動費が公開されました`), chosen leave-one-round-out on nine rounds' blind-time outputs
(bench/results/issue21_fy_fallback.md). Lines written for these tests in the style of council blogs, village notices and
grant lists (other bodies, other numbers than the gold's), with near misses: two years or a span in the opening, a year
only compared with, a year below the opening, a year that names no money (activities, a field, a result), a rate, a
previous year's figure."""
from __future__ import annotations

import pytest

from .helpers import boxed_lines, mentions, mentions_of

_REPORT = "今回の報告では会派ごとの支出をまとめています。"


def fy_of(lines: tuple[str, ...], text: str) -> int | None:
    found = [m for m in mentions(*lines) if m.kind == "amount" and m.text == text]
    assert found, text
    return found[0].fy


@pytest.mark.parametrize("lines, text, fy", [
    # the opening's one year dates the grant figures below it that nothing else dated
    (("町議会の令和3年度分の政務活動費が公開されました。", _REPORT, "調査研究費 42万円"), "42万円", 2021),
    (("村は平成29年度分の地域活動補助金の交付結果を公表しました。", "各団体の状況は次のとおりです。", "調査研究費 42万円"),
     "42万円", 2017),
    (("昨日、市議会の2023年度分の政務活動費が公開されました。", "議員1人あたり毎月15万円の会派運営費を負担しています。",
      "会派運営費180万円"), "180万円", 2023),
    # any role: a rent paid from the year's fund, a line of a grant list the role pass read as `other`
    (("町議会の令和3年度分の政務活動費が公開されました。", _REPORT, "事務所の家賃 42万円"), "42万円", 2021),
    (("町は令和6年度の補助金の交付先を発表した。", "内訳は次のとおり。", "・公民館の家賃 42万円"), "42万円", 2024),
    (("財団は4月、2024年度の助成先の選考結果を公表した。", "内訳は次のとおり。", "調査研究費 42万円"), "42万円", 2024),
    # an earlier year between the opening and the figure (last year's total, compared) does not stop it
    (("町は令和6年度の補助金の交付先を発表した。", "令和5年度は総額900万円だった。", "・公民館の家賃 42万円"), "42万円", 2024),
    # a title the scopes read already keeps its year (the fallback does not run over it)
    (("令和5年度 市民活動助成 交付一覧", "", "A会 25万円"), "25万円", 2023),
])
def test_the_openings_one_year_dates_figures_left_with_none(lines, text, fy):
    assert fy_of(lines, text) == fy


@pytest.mark.parametrize("lines, text", [
    # two years in the opening, or a span over years (a plan's period): no one year
    (("町議会の令和3年度分と令和4年度分の政務活動費が公開されました。", _REPORT, "調査研究費 42万円"), "42万円"),
    (("町議会の政務活動費(令和元〜3年度分)が公開されました。", _REPORT, "調査研究費 42万円"), "42万円"),
    # the opening's year only a comparison base; a year only below the opening; no year at all
    (("町議会の政務活動費が公開されました。", "令和3年度と比べ件数は増えました。", "調査研究費 42万円"), "42万円"),
    (("町議会の政務活動費が公開されました。", _REPORT, "令和3年度の報告は別に掲載します。", "調査研究費 42万円"), "42万円"),
    (("町議会の政務活動費が公開されました。", _REPORT, "調査研究費 42万円"), "42万円"),
    # an event's year (a fund set up); below a line that writes a later year (a plan, a carry-over's use)
    (("本会の積立金は平成元年度に設置された基金です。", "現在の残高は 8,200,000円です。"), "8,200,000円"),
    (("町は令和6年度の補助金の交付先を発表した。", "残る300万円は令和7年度の事業に充てる。", "・公民館の家賃 42万円"), "42万円"),
    # a rate (a per, a per-unit word) and a figure whose own words name the previous year stay with none
    (("町議会の令和3年度分の政務活動費が公開されました。", _REPORT, "調査研究費 月額4万円"), "4万円"),
    (("昨日、市議会の2023年度分の政務活動費が公開されました。", "議員1人あたり毎月15万円の会派運営費を負担しています。",
      "会派運営費180万円"), "15万円"),
    (("町議会の令和3年度分の政務活動費が公開されました。", "議員1人あたり調査研究費 42万円"), "42万円"),
    (("区議会の令和4年度分の政務活動費が公開されました。", "区の人口は12万人、一人あたりの経費は300円です。"), "300円"),
    (("町議会の令和3年度分の政務活動費が公開されました。", "昨年度の調査研究費 42万円"), "42万円"),
    # the opening's year names no money: a year of activities, an event's, a field's, a result's
    (("町議会は令和3年度の活動を振り返りました。", _REPORT, "調査研究費 42万円"), "42万円"),
    (("財団だより", "みどり財団は、2021年度の活動を振り返った。", "- 地域活動助成 3億2000万円(120件)"), "3億2000万円"),
    (("町議会の政務活動費", "開始年度: 令和3年度", _REPORT, "調査研究費 42万円"), "42万円"),
    (("町議会の政務活動費", "採択件数（令和3年度実績）12件", "調査研究費 42万円"), "42万円"),
])
def test_no_year_from_the_opening(lines, text):
    assert fy_of(lines, text) is None


#: a notice whose lead sentence only the fallback reads (no title or lead-in year above it): its listed grant takes the year
_NOTICE = ("おしらせ", "南川町は、令和5年度の助成金の交付実績をお知らせします。", "・南川子ども会 27万円")


@pytest.mark.parametrize("line, text", [
    ("・南川子ども会 27万円", "27万円"),
    # near misses of the words below: a programme's name that says 将来 or 平均 is still the year's grant
    ("- 将来性のある若手選手の育成助成 2億6,000万円(40件)", "2億6,000万円"),
    ("・平均台の更新(南川体操クラブ) 31万円", "31万円"),
])
def test_a_notices_listed_grant_takes_its_year(line, text):
    assert fy_of((*_NOTICE, line), text) == 2023


@pytest.mark.parametrize("line, text", [
    # a fee or a price someone pays (roles.json fee_labels)
    ("体験教室の受講料は700円です。", "700円"),
    ("交流会の参加費は1人800円です。", "800円"),
    # an average or a statistic of others
    ("県内市町村の平均は2,400万円です。", "2,400万円"),
    # a future plan, a target (its words before the figure or after it in its sentence)
    ("将来的には3億円の基金を積み立てます。", "3億円"),
    ("いずれ5億円規模の基金をめざします。", "5億円"),
    ("10年後に4億円の基金造成を目標とします。", "4億円"),
    # a figure whose own words name a later year (next year's, the year after next)
    ("来年度は1,500万円に増やす予定です。", "1,500万円"),
    ("再来年度には2,000万円を見込みます。", "2,000万円"),
])
def test_a_figure_the_openings_words_do_not_cover_keeps_none(line, text):
    assert fy_of((*_NOTICE, line), text) is None


@pytest.mark.parametrize("pages", [None, (1, 1, 2)])
def test_a_pdfs_opening_dates_no_figure(pages):
    """A PDF's page is its own scope: the first two lines of page 1 date no figure (on their page or the next)."""
    lines = boxed_lines(_NOTICE, page=None if pages else 1, pages=pages)
    found = [m for m in mentions_of(lines) if m.kind == "amount" and m.text == "27万円"]
    assert found and found[0].fy is None
