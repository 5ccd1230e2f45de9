"""Two blind-round categories of false durations and counts (issue 21 tail, bench/results/issue21_tail28.md):
an era-less two-digit `N年` near the deck's own year is that year, no span (rules/short_years.py, durations.json
short_year), and a per-unit figure of a price is a rate, no count or span (rules/filters.py per_unit, per_use_price,
rate_period). Paraphrases of other issuers' news, reports and fee tables; the near misses keep spans and counts."""
from __future__ import annotations

import pytest

from .helpers import mentions


def _has(text: str, span: str, kind: str, deck_year: int | None) -> bool:
    return span in [m.text for m in mentions(text, deck_year=deck_year) if m.kind == kind]


@pytest.mark.parametrize("text, span, deck_year, is_span", [
    # a year's share, a table's column years, a programme named by its year, a year something was done
    ("市選管は、政治資金規正法に基づく23年分の収支報告書を公表した。", "23年", 2011, False),  # 平成23
    ("区分 | 24年支出額 | 23年支出額 | 増減 |", "24年", 2012, False),
    ("区分 | 24年支出額 | 23年支出額 | 増減 |", "23年", 2012, False),
    ("26年朝ドラの舞台となる県内では、観光客の増加が見込まれる。", "26年", 2025, False),
    ("町は「公共施設再配置計画」を19年に改定し、", "19年", 2021, False),
    ("後援会は22年は全て期限内に提出した。", "22年", 2023, False),
    ("21年の県外客の宿泊者数は、前年を上回った。", "21年", 2022, False),
    # the end of a range whose start has four digits: a year, in any deck
    ("2015~19年に開かれた大会の来場者を合計した。", "19年", None, False),
    # near misses: a span's word before or after it keeps a span, and so does a number far from the deck's year
    ("築25年が経過した体育館を改修する。", "25年", 2024, True),
    ("過去20年で最も多い申請件数となった。", "20年", 2020, True),
    ("合併から18年の節目にあたり、記念式典を開く。", "18年", 2023, True),
    ("2001年の開館から早20年!", "20年", 2021, True),
    ("今後15年以内に建て替える。", "15年", 2014, True),
    ("地権者と25年の借地契約を結んだ。", "25年", 2024, True),
    ("20年後には半数の橋が建設後50年を迎える。", "20年", 2019, True),
    ("償還期間は40年とする。", "40年", 2016, True),
    ("23年の売上は前年を上回った。", "23年", None, True),  # no deck year: nothing to read the year by
    # a number near the deck's year is no year by itself: it needs a sign that it names one
    ("開業30年を祝う記念式典を開いた。", "30年", 2031, True),  # a word glued before, no noun after: an anniversary
    ("外壁の耐用年数は27年と見込む。", "27年", 2026, True),  # a span's topic
    ("貸付期間は、21年に改めた。", "21年", 2022, True),
    ("在職22年の元職員に感謝状を贈った。", "22年", 2024, True),
    ("発足からまる23年となる。", "23年", 2024, True),
    # a tenure noun glued after it is the span's own measure, no year's name (the budget book's 退職手当 table header)
    ("区 分 20年勤続の者（月分） 25年勤続の者（月分）", "20年", 2024, True),
    ("25年勤続の者（月分）", "25年", 2024, True),
    ("居住20年以上の世帯", "20年", 2024, True),
    ("同組合は10年に1度の大改修を行う。", "10年", 2012, True),  # a frequency stays a span
    # the signs of a year: N年分, N年は, a noun glued after it, a clause then a particle, a name's end
    ("24年分の寄附金収支を公表した。", "24年", 2025, False),
    ("協会は25年に4億1000万円を集めた。", "25年", 2026, False),
    ("同会は19年に3位だった。", "19年", 2020, False),
    ("新庁舎を、23年に着工した。", "23年", 2024, False),
    ("来場者は21年は減ったが、", "21年", 2022, False),
    ("18年の30人から19年には45人に増えた。", "19年", 2020, False),
    ("県の「みどり創生プラン 20 年(前期)」に沿って", "20 年", 2019, False),
])
def test_a_two_digit_year_near_the_decks_year(text, span, deck_year, is_span):
    assert _has(text, span, "duration", deck_year) is is_span


@pytest.mark.parametrize("lines, span, kind, kept", [
    # a per-unit denominator past a bracket or an alternative unit
    (("村は、2施設につ", "いて説明した。"), "2施設", "count", True),  # につ⏎いて: about, no rate
    (("1世帯(1口座)につき上限5,000円を補助する。",), "1口座", "count", False),
    (("1台または1組あたり300円",), "1台", "count", False),
    # a price's period or use
    (("駐車料金は、12時間毎に200円です。",), "12時間", "duration", False),
    (("1回ごとに50円の手数料がかかる。",), "1回", "count", False),
    (("1回利用の料金は大人300円です。",), "1回", "count", False),
    # near misses: counts and spans stay
    (("3年ごとに見直しを行う。",), "3年", "duration", True),
    (("2年毎に計画を改定する。",), "2年", "duration", True),
    (("保険料は3年ごとに見直し、基準額は月額5,600円とした。",), "3年", "duration", True),  # a price later: no rate
    (("袋は10枚入り2組で販売します。",), "2組", "count", True),
    (("昨年度は5回利用した。",), "5回", "count", True),
    (("3社(4事業所)が参加した。",), "3社", "count", True),
])
def test_a_rate_is_no_count_or_span(lines, span, kind, kept):
    assert (span in [m.text for m in mentions(*lines) if m.kind == kind]) is kept


@pytest.mark.parametrize("text, floors", [
    # a building's height: each level before 建て counts (rules/count.py floors)
    ("新館は地下2階地上5階建てで、延べ床面積は8200平方メートル。", ["2階", "5階"]),
    ("RC造6階建ての庁舎を建設する。", ["6階"]),
    ("木造平屋(一部2階)建ての交流施設", ["2階"]),
    ("鉄骨造平屋一部3階建て延べ約1800平方メートル", ["3階"]),
    ("地上4階・地下1階建ての新校舎", ["4階", "1階"]),
    # near misses: a floor named by its number
    ("1階には総合窓口を置く。", []),
    ("会場は市役所本庁舎7階の大会議室", []),
    ("図書館(SRC造、3階、延べ4124平方メートル)", []),
    ("2階以上の部分を改修する。", []),
])
def test_a_buildings_floors_are_counted(text, floors):
    assert [m.text for m in mentions(text) if m.kind == "count" and m.unit == "階"] == floors


@pytest.mark.parametrize("text, span, is_span", [
    # N日のみ with no month before it: one day only, a span (durations.json day_only_bounds)
    ("臨時会の会期は、本日1日のみと決定した。", "1日", True),
    ("説明会は2日のみの開催となる。", "2日", True),
    # near misses: the day of a written date stays a date's
    ("窓口は4月1日のみ開設する。", "1日", False),
    ("毎月15日のみ受け付ける。", "15日", False),
])
def test_a_day_only_span(text, span, is_span):
    assert (span in [m.text for m in mentions(text) if m.kind == "duration"]) is is_span

