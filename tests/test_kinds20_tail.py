"""The long tail of dates, durations and counts (kinds20): a bulletin's issue date, a chart's axis of bracketed years,
the first 31 March after a birthday and every year's March (no dates), an anniversary and a law's revision year (no
durations), 法人 as a counter. Paraphrases in other issuers' wording, and the near misses that must stay mentions."""
from __future__ import annotations

import pytest

from extract.mentions import deck_date, extract_lines
from extract.model import Deck, Line
from extract.rules.engine import RuleContext

from .helpers import lines_of


def read(text: str, kind: str, year: int = 2024) -> list[tuple[str, object, object]]:
    lines = [Line(text=text, page=None, line=1, index=0)]
    return [(m.text, m.min, m.max) for m in extract_lines("t", lines, RuleContext(deck_year=year)) if m.kind == kind]


@pytest.mark.parametrize("line, expect", [
    # a bulletin's issue names the issue, not a day (GUIDE: edition labels)
    ("市報さくら 令和6年5月1日号", []),
    ("広報みなと 2023年12月15日号 特集:予算", []),
    ("議会だより 2022年 8月号", []),
    # near misses: the same date as a day something happens, a law number's 号 is no issue either way
    ("広報紙は2015年1月15日に発行した。", [("2015年1月15日", "2015-01-15", "2015-01-15")]),
    ("令和6年5月1日から号外を配布", [("令和6年5月1日", "2024-05-01", "2024-05-01")]),
])
def test_a_bulletin_issue_is_no_date(line, expect):
    assert read(line, "date") == expect


@pytest.mark.parametrize("line, expect", [
    # a chart's axis: a run of bracketed years, spaced or glued
    ("(年度)(2015)(2020) (2025)(2030)(2035)", []),
    ("費用推計 (2020) (2030) (2040) (2050)", []),
    # near misses: author-year citations, one at a time, stay dates
    ("文部科学省(2021)によれば、OECD (2023)も同じ", [("2021", "2021", "2021"), ("2023", "2023", "2023")]),
    ("田中(2019)、鈴木(2020)を参照", [("2019", "2019", "2019"), ("2020", "2020", "2020")]),
])
def test_a_run_of_bracketed_years_is_an_axis(line, expect):
    assert read(line, "date") == expect


@pytest.mark.parametrize("line, expect", [
    # the first 31 March after a birthday: whichever year that is
    ("18歳に達する日以後の最初の3月31日までの児童", []),
    ("15歳到達後最初の3月31日まで支給します。", []),
    # every year's March: a recurring window, no date
    ("毎年、3月1日~31日に申請してください", []),
    ("受付は毎年4月1日~30日", []),
    # near misses: the deck's own March, a written year
    ("申請は3月1日~31日です。", [("3月1日~31日", "2024-03-01", "2024-03-31")]),
    ("令和7年3月31日までに申請", [("令和7年3月31日", None, "2025-03-31")]),
])
def test_a_recurring_or_open_month_day_is_no_date(line, expect):
    assert read(line, "date") == expect


@pytest.mark.parametrize("line, expect", [
    # an anniversary (GUIDE: 50周年) and the year a law was revised are no spans
    ("明治維新150年記念事業に40万円", []),
    ("市制施行70年記念式典", []),
    ("22年改正刑法により創設", []),
    # near misses: spans of years stay durations
    ("記念事業は3年かけて行う", [("3年", 3, 3)]),
    ("計画期間は5年です。改正は毎年行う", [("5年", 5, 5)]),
])
def test_an_anniversary_or_revision_year_is_no_duration(line, expect):
    assert [(t, float(a), float(b)) for t, a, b in read(line, "duration")] == expect


@pytest.mark.parametrize("line, expect", [
    ("国立86大学・4研究機構(90 法人)に交付", [("90 法人", 90)]),
    ("対象は独立行政法人等 12法人", [("12法人", 12)]),
    ("計 7 法人が応募した", [("7 法人", 7)]),
    # near misses: 法人 in a name, no number before it
    ("社会福祉法人の数が増えた", []),
    ("国立大学法人運営費交付金", []),
])
def test_corporations_are_counted(line, expect):
    assert [(t, v) for t, v, _ in read(line, "count") if "法人" in t] == expect


def lead(text: str, ctx: RuleContext) -> list[tuple[str, object]]:
    lines = [Line(text=text, page=None, line=1, index=0)]
    return [(m.text, m.min) for m in extract_lines("t", lines, ctx) if m.kind == "date"]


_FEB = RuleContext(deck_year=2023, lead_month=2)


@pytest.mark.parametrize("line, expect", [
    # a news item's lead: an office, a body or a post, は, the day it acted, a comma
    ("大津市は15日、新年度の当初予算案を発表した。", [("15日", "2023-02-15")]),
    ("政府は3日、概要を自民党の部会に示した", [("3日", "2023-02-03")]),
    ("西川町(佐藤町長)は9日、予算の概要を示した", [("9日", "2023-02-09")]),
    ("町長は二十一日、役場で記者会見を開いた", [("二十一日", "2023-02-21")]),
    # near misses: a span's or a deadline's は, a day with its month, a day without a comma after it
    ("研修期間は3日、午前は講義", []),
    ("年次休暇は20日、特別休暇は5日", []),
    ("締切は10日、必着です", []),
    ("市は1日当たり3000食を提供", []),
])
def test_a_news_leads_day_takes_the_announced_month(line, expect):
    assert [(t, v) for t, v in lead(line, _FEB) if t != "2023年"] == expect


def test_a_news_leads_day_without_its_month():
    # no date of the deck's own and no budget announced in a known month: still a date, valued with the deck's year
    # (docs/judgement_calls.md, call 1); no year known at all: no value to write, no date
    assert lead("政府は3日、概要を示した", RuleContext(deck_year=2023)) == [("3日", "2023")]
    assert lead("政府は3日、概要を示した", RuleContext()) == []
    # the deck's own date (the 20th) puts a later day in the month before
    dated = RuleContext(deck_year=2025, deck_month=2, deck_day=20, lead_month=2)
    assert lead("宇都宮市は18日、懇話会を開いた", dated) == [("18日", "2025-02-18")]
    assert lead("宇都宮市は28日、懇話会を開いた", dated) == [("28日", "2025-01-28")]


@pytest.mark.parametrize("texts, month", [
    # a local initial budget is announced in February: a news item about one dates its days there
    (("令和6年度当初予算概要発表", "天栄村の村長は二十九日、会見を行った。"), 2),
    (("榛東村は14日、2022年度当初予算を示した。",), 2),
    # a deck's own date wins
    (("2025年2月20日 建設新聞", "2025年度当初予算の規模は"), 2),
    (("2024年11月5日 市報", "2025年度当初予算の編成方針"), 11),
    # near misses: a supplementary, a budget's run-up (概算要求), no fiscal year: no month to date a day by
    (("令和4年度補正予算案を発表", "市は10日、"), None),
    (("令和7年度概算要求を公表", "省は29日、"), None),
    (("当初予算案を発表した",), None),
])
def test_the_month_a_leads_day_falls_in(texts, month):
    deck = Deck(doc="t", path="t", sha256="", source_type="txt", pages=1, lines=lines_of(texts))
    assert deck_date(deck).lead_month == month


@pytest.mark.parametrize("line, expect", [
    # an item's reference number before its noun, each of a numbered item's conditions: no counts
    ("1の事業活動収支の部のうち、運営費として", []),
    ("別表1の対象経費に限る", []),
    ("4の各条件を満たすこと", []),
    # one per resident is per capita (as 1人当たり)
    ("●町民1人が納めた税金…98,000円", []),
    ("実質的な県民1人の借金は140,377円", []),
    # a school term, an area: no counts
    ("2学期始業に合わせて開所", []),
    ("面積は1,197.32ヘクタール", []),
    # near misses: counted nouns and residents above one stay counts
    ("5の区分試験を実施", [("5の区分試験", 5)]),
    ("12の重点分野に配分", [("12の重点分野", 12)]),
    ("町民3人が参加した", [("3人", 3)]),
    ("参加者1人が辞退", [("1人", 1)]),
    ("その1つの要因", [("1つ", 1)]),
])
def test_reference_numbers_and_per_capita_are_no_counts(line, expect):
    assert [(t, v) for t, v, _ in read(line, "count")] == expect


@pytest.mark.parametrize("line, expect", [
    # a span of days only (限り after 日), and a rate's time unit (no span)
    ("会期は本日1日限りとすることに決定", [("1日", 1, 1)]),
    ("臨時会の会期は2日限りと決めた", [("2日", 2, 2)]),
    ("1時間あたり利用料金 | 市内 | 市外", []),
    ("一人当たり 1年あたり100,000円以内", []),
    ("3日につき1回の点検", []),
    # near misses: the end of a month (a date), a span before a bound word, a span with 間
    ("3月限りで終了する。", []),
    ("21日以上の休業", [("21日", 21, None)]),
    ("1年間で3回実施", [("1年間", 1, 1)]),
])
def test_a_day_only_span_and_a_rates_time_unit(line, expect):
    got = [(t, float(a) if a is not None else None, float(b) if b is not None else None)
           for t, a, b in read(line, "duration")]
    assert got == expect


@pytest.mark.parametrize("line, expect", [
    ("(b)1団体に対する助成額は10万円~20万円", []),
    ("会員1人に対する補助額は5千円", []),
    # near misses: more than one is a count, and so is the one a verb goes to
    ("在学生1人に対し資金を貸し付けた", [("1人", 1)]),
    ("3団体に対する助成を決定", [("3団体", 3)]),
    ("参加した1人に話を聞いた", [("1人", 1)]),
])
def test_one_before_ni_taisuru_is_a_denominator(line, expect):
    assert [(t, v) for t, v, _ in read(line, "count")] == expect


@pytest.mark.parametrize("line, expect", [
    # a recurring schedule's months: every year's, no dates
    ("年6回、偶数月(2月、4月、6月、8月、10月、12月)の支給となります。", []),
    ("奇数月(1月・3月・5月)に納付してください。", []),
    ("従来の6月・10月・2月の年3回の支給から変わります。", []),
    ("納期は7月、12月の年2回です。", []),
    # near misses: a list a written year opens, a month then a rate elsewhere in the sentence
    ("令和6年6月・10月の年2回", [("令和6年6月", "2024-06"), ("10月", "2024-10")]),
    ("6月に開催し、年2回の会合を持つ。", [("6月", "2024-06")]),
    ("3月、6月に開催した。", [("3月", "2024-03"), ("6月", "2024-06")]),
])
def test_a_recurring_schedules_months_are_no_dates(line, expect):
    assert [(t, a) for t, a, _ in read(line, "date")] == expect


@pytest.mark.parametrize("line, expect", [
    # an event's note opening a bracket with its day
    ("・記念式典(10/5町民体育館で式典を開催)", [("10/5", "2024-10-05")]),
    ("・体験イベント(11/16公民館で開催予定)", [("11/16", "2024-11-16")]),
    # near misses: a page counter, a rate in brackets, a fraction glued to a word
    ("事業の概要(2/5)", []),
    ("補助率(2/3)", []),
    ("(1/2補助)", []),
    ("全体の3/5を占める", []),
])
def test_a_bracketed_notes_day(line, expect):
    assert [(t, a) for t, a, _ in read(line, "date")] == expect
