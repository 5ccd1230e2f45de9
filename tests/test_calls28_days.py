"""A news lead's day whose month the deck does not fix is a date of the deck's year (docs/judgement_calls.md, call 1):
other issuers' wording of the lead shape, and the near misses that stay no date (spans, rates, deadlines, recurring days)."""
from __future__ import annotations

import datetime as dt

import pytest

from extract.mentions import extract_deck, extract_lines, name_year
from extract.model import Deck, Line
from extract.rules.engine import RuleContext

from .helpers import mentions

_NO_MONTH = RuleContext(deck_year=2021)


def dates(text: str, ctx: RuleContext = _NO_MONTH) -> list[tuple[str, object, object]]:
    lines = [Line(text=text, page=None, line=1, index=0)]
    return [(m.text, m.min, m.max) for m in extract_lines("t", lines, ctx) if m.kind == "date"]


@pytest.mark.parametrize("line, text", [
    # a body, a post or a council, は or が, the day it acted, a comma (paraphrases, not gold lines)
    ("盛岡市は12日、新しい庁舎の基本設計を公表した。", "12日"),
    ("県教育委員会は30日、学校施設の長寿命化計画をまとめた。", "30日"),
    ("国土交通省は7日、補助事業の採択結果を発表した。", "7日"),
    ("北見市議会は25日、定例会を開き、補正予算を可決した。", "25日"),
    ("環境相は2日、閣議後の記者会見で述べた。", "2日"),
    # the day right before a public act, no subject before it
    ("補正予算案を18日に発表した。", "18日"),
    ("新年度予算案が9日発表された。", "9日"),
])
def test_a_leads_day_takes_the_decks_year(line, text):
    assert (text, "2021", "2021") in dates(line)


@pytest.mark.parametrize("line", [
    "研修期間は3日、午前は講義",          # a span's は
    "締切は10日、必着です",               # a deadline's は
    "給食センターは1日当たり3000食を調理する",  # a rate per day
    "会期は本日1日限りと決定した",          # a session's length
    "統計は毎月10日に公表している",          # a recurring day
    "申請は同25日に発表された",             # 同: the month of a date written before, not the item's
])
def test_near_misses_stay_no_date(line):
    assert [d for d in dates(line) if d[0] != "2021年"] == []


def test_no_year_no_date():
    # nothing fixes the deck's year: no value can be written
    assert dates("盛岡市は12日、新しい庁舎の基本設計を公表した。", RuleContext()) == []


def test_a_known_month_still_wins():
    # a budget announced in a known month (lead_month) dates the day fully, as before
    feb = RuleContext(deck_year=2021, lead_month=2)
    assert ("12日", "2021-02-12", "2021-02-12") in dates("盛岡市は12日、当初予算案を公表した。", feb)


@pytest.mark.parametrize("line, expect", [
    ("財務相は14日、閣議後の会見で述べた。", [("14日", "2021", "2021")]),
    ("事件の真相は3日、明らかになった。", []),   # 真相 (the truth) is no minister
])
def test_a_minister_by_his_title(line, expect):
    assert [d for d in dates(line) if d[0] != "2021年"] == expect


@pytest.mark.parametrize("line", [
    "県選管は28日、政治資金収支報告書を公表した。",
    "市教委は5日、学校給食費の改定案を示した。",
    "野党は11日、修正案を提出した。",
    "総合研究所は3日、経済効果の試算を発表した。",
    "県社会福祉協議会は17日、助成先を決めた。",
])
def test_bodies_by_short_or_generic_names(line):
    assert any(v == "2021" for _, v, _ in dates(line))


@pytest.mark.parametrize("doc, year", [
    ("mura_kankokyokai_h22_soukai_blog", 2010),   # an era letter and its year, a word of the name
    ("sabae_kouiki_2021_gomi_dbo", 2021),         # four digits
    ("kosaka_r7_bukka_rinji_hosei", 2025),
    ("ebina_s63_keikaku", 1988),
    ("wako_sogo_taiikukan_sentei_kekka", None),   # no year word
    ("lab_h2o_report", None),                     # letters and digits that are no era year
    ("tokyo_2020olympic_keihi", None),            # digits inside a longer word
])
def test_the_year_word_of_a_decks_name(doc, year):
    assert name_year(doc) == year


@pytest.mark.parametrize("doc, year", [
    # a word that reads like an era year but dates no recent document: a section's or part's label, no year
    ("kouminkan_s3_oshirase", None),          # 昭和3
    ("gikai_h45_dayori", None),               # no 平成45
    ("shiryo_r9_bessi", None),                # 令和9 is past the as-of date's 令和8
    ("keikaku_1890_kaitei", None),            # four digits too old for a document of ours
    ("keikaku_2031_kaitei", None),            # four digits past the year after the as-of date
    # the plausible ones still read (the first plausible word wins over a label before it)
    ("part_s3_kosaka_r7_hosei", 2025),
    ("ebina_s50_keikaku", 1975),
    ("choshi_h31_yosan", 2019),
    ("town_r8_news", 2026),
    ("plan_2027_draft", 2027),
])
def test_a_name_word_must_be_a_plausible_year(doc, year):
    assert name_year(doc, dt.date(2026, 12, 6)) == year


def _deck_dates(doc: str, *lines: str) -> list[tuple[str, object]]:
    deck = Deck(doc=doc, path=f"{doc}.txt", sha256="", source_type="txt", pages=1,
                lines=[Line(text=t, page=None, line=i + 1, index=i) for i, t in enumerate(lines)])
    return [(m.text, m.min) for m in extract_deck(deck, dt.date(2026, 3, 1)) if m.kind == "date"]


@pytest.mark.parametrize("doc, lines, expect", [
    # the weekdays agree with the name's year: the name dates the deck (2025-06-13 is a Friday)
    ("kosaka_r7_koza", ("町民講座のご案内", "6月13日（金） 午後2時から"), [("6月13日", "2025-06-13")]),
    # a name year its weekdays refute: the weekdays date it, one day enough, none past the as-of date (2020-04-10, Fri)
    ("kosaka_r5_koza", ("町民講座のご案内", "4月10日（金） 午後2時から"), [("4月10日", "2020-04-10")]),
    # a part label that is no year (s3): the weekdays, not 昭和3 (2025-06-13 is a Friday; 1928's was a Wednesday)
    ("kouminkan_s3_oshirase", ("公民館だより", "6月13日（金） 受付開始"), [("6月13日", "2025-06-13")]),
    # no weekday on the days: the name's plausible year, as call 2 says
    ("kosaka_r7_koza", ("町民講座のご案内", "ことし3月から8月まで"), [("3月", "2025-03"), ("8月", "2025-08")]),
])
def test_a_names_year_and_the_weekdays(doc, lines, expect):
    assert _deck_dates(doc, *lines) == expect


@pytest.mark.parametrize("line, expect", [
    # a deck dated by its name reads more year-less M/D: the GUIDE's fractions must stay fractions
    ("・国補助総額:60百万円(200百万円 × 3/10)", []),            # a factor of a product
    ("【費用負担】3:1(県:9/12、市:3/12)", []),                   # payers' shares under a rate word
    ("負担割合は国:2/3、申請期限:6/30", [("6/30", "2021-06-30")]),  # a schedule step after the rate: a date
    ("日程 説明会:4/15、締切:5/20", [("4/15", "2021-04-15"), ("5/20", "2021-05-20")]),
])
def test_slashed_shares_and_factors_are_no_dates(line, expect):
    assert [(t, v) for t, v, _ in dates(line) if "/" in t] == expect


@pytest.mark.parametrize("lines, text, fy", [
    # a lead's day valued with the deck's year alone writes no calendar year: the report year still dates the money
    (("県選管は28日、2016年分の政治資金収支報告書を公表した。収入総額は24億9442万円だった。",), "24億9442万円", 2016),
    (("市選管は9日、令和3年分の収支報告書を公表し、支出総額は3億1200万円だった。",), "3億1200万円", 2021),
])
def test_a_leads_day_is_no_calendar_year_of_the_money(lines, text, fy):
    assert [m.fy for m in mentions(*lines) if m.kind == "amount" and m.text == text] == [fy]
