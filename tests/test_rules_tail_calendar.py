"""Issue 23, counts, durations and dates on decks nobody annotated: periods written with calendar words
(`６月以内`, `１８月`, `１年６ヶ月`), year-less months in sentences, months anchored by `一昨年`, counters after
a space, and words after a number that are no counter. Lines written for these tests in the style of real
decks: each phenomenon in several spellings, with the near misses that must stay as they are."""
from __future__ import annotations

import pytest

from .helpers import mentions


def found(*texts: str, kind: str, year: int | None = 2024) -> list[tuple[str, object, object, object]]:
    return [(m.text, m.min, m.max, m.unit) for m in mentions(*texts, deck_year=year) if m.kind == kind]


# ---- periods written with calendar words ------------------------------------------------------------------

@pytest.mark.parametrize("line, expected", [
    # a bare 月 or 日 before a quantity's bound word is a span (a date takes まで/以降)
    ("発表から６月以内に出願", [("６月", None, 6, "month")]),
    ("優先権主張をし、12月以内に外国出願", [("12月", None, 12, "month")]),
    ("１月以上１年未満の契約の雇用者", [("１月", 1, None, "month"), ("１年", None, 1, "year")]),
    ("イタリアでは21日以上の滞在者", [("21日", 21, None, "day")]),
    ("通知から30日以内に提出", [("30日", None, 30, "day")]),
    # a month number no year has
    ("国際公開（１８月）", [("１８月", 18, 18, "month")]),
    ("（出願から３０月）", [("３０月", 30, 30, "month")]),
    # years then months: one period in months
    ("第１国出願より１年６ヶ月で出願公開", [("１年６ヶ月", 18, 18, "month")]),
    ("2年3か月間の延長", [("2年3か月間", 27, 27, "month")]),
    # near misses: dates, a month's share, and months that are no period
    ("4月以降に実施", []),
    ("10月までに提出", []),
    ("令和５年12月以内に", []),
    ("12月31日", []),
    ("令和5年6月分", []),
    ("2024年6か月", [("6か月", 6, 6, "month")]),
    ("１年１２か月", [("１年", 1, 1, "year"), ("１２か月", 12, 12, "month")]),
    # a number of fiscal years (no era before it)
    ("更改周期が概ね５年度程度である", [("５年度", 5, 5, "year")]),
    ("3年度間の計画", [("3年度", 3, 3, "year")]),
    ("令和５年度程度", []),
    ("R5年度分", []),
    ("5年度に実施", []),
    ("在庁検査は、4年度分の計算書", []),  # an era-less fiscal year's share, no span
    ("2年度分の事業費", []),
    # a measure's name glued to its span is a name; a plan carried out over the span keeps it
    ("「防災・減災、国土強靱化のための5か年加速化対策」", []),
    ("国土強靱化３か年緊急対策に対応した防災・減災事業", []),
    ("防災・減災のための3か年集中対策", []),
    ("観光10か年戦略を策定", []),
    ("計画期間は5か年", [("5か年", 5, 5, "year")]),
    ("3年間で対策を講じる", [("3年間", 3, 3, "year")]),
    ("沿線を5か年計画で再整備", [("5か年", 5, 5, "year")]),
    ("東京都は3か年にわたり", [("3か年", 3, 3, "year")]),
])
def test_periods_written_with_calendar_words(line, expected):
    assert found(line, kind="duration") == expected


# ---- year-less months in a sentence take the deck's year; anchored months -----------------------------------

@pytest.mark.parametrize("line, expected", [
    ("4月の町議会定例会において、この予算が可決", [("4月", "2024-04", "2024-04")]),
    ("その総合計画も、この3月で終了し", [("3月", "2024-03", "2024-03")]),
    ("単独世帯の状況、５月中の家計支出総額", [("５月", "2024-05", "2024-05")]),
    ("設備判断は、6月末の見込みで上昇", [("6月", "2024-06", "2024-06")]),
    ("一昨年９月時点の４自治体", [("一昨年９月", "2022-09", "2022-09")]),
    ("再来年度 4月から", [("再来年度 4月", "2026-04", "2026-04")]),
    # near misses: a year the text leaves open, every year, a rate, a term, a share, a table axis
    ("同年3月の大統領令を受け、", []),
    ("事業計画期間中、毎年、3月時点の最低賃金が", []),
    ("達成すべき最低賃金 3月の事業所内最低賃金（実績）", []),
    ("その3月に", []),
    ("毎年4月に実施", []),
    ("1月に1回", []),
    ("３月期決算は", []),
    ("4月分の手当", []),
    ("4月 5月 6月", []),
])
def test_year_less_months_in_sentences(line, expected):
    assert [(t, lo, hi) for t, lo, hi, _ in found(line, kind="date")] == expected


def test_a_year_less_month_needs_the_decks_year():
    assert found("4月の町議会", kind="date", year=None) == []


# ---- counters after a space, and words after a number that are no counter ----------------------------------------

@pytest.mark.parametrize("line, expected", [
    ("※ 従業者4 人以上の事業所。", [("4 人", 4, None, "人")]),
    ("従業者4人以上", [("4人", 4, None, "人")]),
    ("定員 30 名", [("30 名", 30, 30, "名")]),
    ("世帯票 60,791 世帯 40,526 世帯", [("60,791 世帯", 60791, 60791, "世帯"), ("40,526 世帯", 40526, 40526, "世帯")]),
    ("各層に 7,830 票となった。", [("7,830 票", 7830, 7830, "票")]),
    ("会員 1,234 人 (前年 1,200 人)", [("1,234 人", 1234, 1234, "人"), ("1,200 人", 1200, 1200, "人")]),
    ("合 計 60,791 世帯", [("60,791 世帯", 60791, 60791, "世帯")]),
    ("採択件数 令和5年度 12 件 令和6年度 15 件 計 27 件", [("12 件", 12, 12, "件"), ("15 件", 15, 15, "件"),
                                                   ("27 件", 27, 27, "件")]),
    # a counter after a figure written with 万 reads as after a plain one (Sudachi tags 口 a noun after 3万)
    ("寄附は約3万口、30万口を目標", [("3万口", 30000, 30000, "口"), ("30万口", 300000, 300000, "口")]),
    # a change written with its sign: ▲/△ and a hyphen no figure stands before are minus signs
    ("人口 6,437人 (-12人)", [("6,437人", 6437, 6437, "人"), ("-12人", -12, -12, "人")]),
    ("(-4世帯)", [("-4世帯", -4, -4, "世帯")]),
    ("前年比▲12人", [("▲12人", -12, -12, "人")]),
    ("△3件の減", [("△3件", -3, -3, "件")]),
    ("3-12人", [("3-12人", 3, 12, "人")]),  # near miss: a hyphen after a figure joins a range
    ("①-2リスク評価 5人", [("5人", 5, 5, "人")]),  # a list number's hyphen
    # a flattened table's labels spaced out letter by letter around its cells: one kanji is a letter, no counter
    ("※根拠となる法令 1,898 事 業 費(千円)", []),
    ("予 備 計 費 366,196 費 6,886,300 費 26,12", []),
    ("歳 出 合 計 12,345 円 款 項", []),
    # near misses: the counter's character begins the next word; an address; a unit; a name; 数 ending a word
    ("※１ 本調査の対象", []),
    ("6,723 6,747 400 32.6", []),
    ("出荷額 1,200 東京都", []),
    ("東京都千代田区霞が関２丁目１番２号", []),
    ("やまなし４パーミル・イニシアチブ", []),
    ("優れた繊維産業企業200選を対外発信", []),
    ("調査客体数 回収客体数", []),
    ("人口密度 1,234 人/km²", []),
    ("人口密度は 6,402人/km2 で", []),
])
def test_counters_and_what_is_no_counter(line, expected):
    assert found(line, kind="count") == expected


@pytest.mark.parametrize("line, expected", [
    ("今後数年で", [("数年", None, None, "year")]),
    ("数 年", [("数 年", None, None, "year")]),
])
def test_vague_quantities_keep_their_own_word(line, expected):
    assert found(line, kind="duration") == expected


# ---- a year's part before a deadline or start word -----------------------------------------------------------

@pytest.mark.parametrize("line, expected", [
    ("2023年半ばまでに、FSBは勧告案を最終化。", [("2023年", None, "2023", ["at_most"])]),
    ("FSBは、2025年末までにレビュー。", [("2025年", None, "2025", ["at_most"])]),
    ("令和7年末まで", [("令和7年", None, "2025", ["at_most"])]),
    ("2030年初め以降", [("2030年", "2030", None, ["at_least"])]),
    # near misses: a version label, a year's end that is no deadline
    ("2022年末バージョン", []),
    ("2024年末の残高", []),
])
def test_a_years_part_before_a_deadline(line, expected):
    assert [(m.text, m.min, m.max, m.qualifiers) for m in mentions(line) if m.kind == "date"] == expected


# ---- a month of a named fiscal year; the day-only end of XからYまで ---------------------------------------------

@pytest.mark.parametrize("line, expected", [
    ("令和６年度４月１日以降の講座において", [("令和６年度４月１日", "2024-04-01", None)]),
    ("2024年度 2月10日の報告", [("2024年度 2月10日", "2025-02-10", "2025-02-10")]),
    ("予算が、3月7日から18日まで開会された", [("3月7日", "2024-03-07", "2024-03-07"), ("18日", "2024-03-18", "2024-03-18")]),
    ("2023年3月7日（火）から18日まで", [("2023年3月7日", "2023-03-07", "2023-03-07"), ("18日", "2023-03-18", "2023-03-18")]),
    # near misses: a fiscal year's share, a period after a date, a day before the first, a span after an event
    ("令和6年度4月分", []),
    ("平成30年度2月補正予算について", []),
    ("3月7日から5日間", [("3月7日", "2024-03-07", "2024-03-07")]),
    ("3月27日から2日まで", [("3月27日", "2024-03-27", "2024-03-27")]),
    ("会議から18日後", []),
])
def test_fiscal_months_and_day_only_ends(line, expected):
    assert [(m.text, m.min, m.max) for m in mentions(line) if m.kind == "date"] == expected


@pytest.mark.parametrize("line, expected", [
    ("主要五か国の近年の出願件数", [("五か国", 5, 5, "か国")]),
    ("主要五か国各国への他の四か国からの出願", [("五か国", 5, 5, "か国"), ("四か国", 4, 4, "か国")]),
    ("同時に二つ以上のことを処理する", [("二つ", 2, None, "つ")]),
    # near misses: a kanji numeral inside a word
    ("統一か所", []),
    ("唯一つの方法", []),
    ("二地域居住の推進", []),
])
def test_kanji_numerals_before_kana_led_counters(line, expected):
    assert found(line, kind="count") == expected


@pytest.mark.parametrize("line, expected", [
    ("(2011‐2019)", [("2011‐2019", "2011", "2019")]),
    ("（2017～2021）", [("2017～2021", "2017", "2021")]),
    ("資料：文部科学省「大学等における状況」（2024年2月公表）", [("2024年2月", "2024-02", "2024-02")]),
    # near misses: no span, no years, a report's name on a source line
    ("(2019-2019)", []),
    ("(1234-5678)", []),
    ("資料： 令和２年度商取引・サービス環境の適正化に係る事業", []),
])
def test_bracketed_year_spans_and_dated_sources(line, expected):
    assert [(m.text, m.min, m.max) for m in mentions(line) if m.kind == "date"] == expected


@pytest.mark.parametrize("line, expected", [
    # a year glued to the name of an event or a defined goal is part of the name (GUIDE: numbers inside names)
    ("2027年国際園芸博覧会において", []),
    ("地方自治体による2050年カーボンニュートラルの決意", []),
    ("平成28年熊本地震", []),
    # near misses: a particle between year and name keeps the date
    ("2050年にカーボンニュートラルを実現", [("2050年", "2050", "2050")]),
    ("2050年までにカーボンニュートラル", [("2050年", None, "2050")]),
    ("平成28年4月の熊本地震", [("平成28年4月", "2016-04", "2016-04")]),
])
def test_years_in_names_of_events_and_goals(line, expected):
    assert [(m.text, m.min, m.max) for m in mentions(line) if m.kind == "date"] == expected


@pytest.mark.parametrize("line, kind, expected", [
    ("少なくとも100か所の脱炭素先行地域", "count", [("100か所", 100, None, ["at_least"])]),
    ("最低でも3年", "duration", [("3年", 3, None, ["at_least"])]),
    ("回収数上限を50票と設定する。", "count", [("50票", None, 50, ["at_most"])]),
    # near misses: no bound word before the figure; a vehicle class is no count
    ("100か所の脱炭素先行地域", "count", [("100か所", 100, 100, [])]),
    ("上限額 50票", "count", [("50票", 50, 50, [])]),
    ("商用車や二輪車等についても", "count", []),
    ("重点テーマ４　地域福祉の推進", "count", []),
    ("パート2 3地域の取組", "count", [("3地域", 3, 3, [])]),
])
def test_bound_words_before_a_figure(line, kind, expected):
    assert [(m.text, m.min, m.max, m.qualifiers) for m in mentions(line) if m.kind == kind] == expected


@pytest.mark.parametrize("line, expected", [
    ("増加率 2013（平成25）年 2014（ 26）年 2015（ 27）年",
     [("2013（平成25）年", "2013", "2013"), ("2014（ 26）年", "2014", "2014"), ("2015（ 27）年", "2015", "2015")]),
    ("2019（ 元）年", [("2019（ 元）年", "2019", "2019")]),
    # near misses: a bracketed number that is no era year of that year (a note mark, a count)
    ("2014（3）年", []),
])
def test_a_row_of_years_with_the_era_written_once(line, expected):
    assert [(m.text, m.min, m.max) for m in mentions(line) if m.kind == "date"] == expected


@pytest.mark.parametrize("line, expected", [
    ("例：RT-1（35Mパラメータ，", [("35Mパラメータ", 35_000_000, 35_000_000, "パラメータ")]),
    ("13台で130K軌道，", [("13台", 13, 13, "台"), ("130K軌道", 130_000, 130_000, "軌道")]),
    ("例：RT-2（12B/55Bパラメータ，",
     [("12B", 12_000_000_000, 12_000_000_000, "パラメータ"), ("55Bパラメータ", 55_000_000_000, 55_000_000_000, "パラメータ")]),
    ("1.5Bトークン", [("1.5Bトークン", 1_500_000_000, 1_500_000_000, "トークン")]),
    # near misses: a resolution, a building's label, a letter with no counted noun
    ("4K放送の普及", []),
    ("3B棟の前", []),
    ("340B", []),
])
def test_counts_with_a_letter_multiplier(line, expected):
    assert found(line, kind="count") == expected


@pytest.mark.parametrize("line, expected", [
    ("「平成の20年代という時代が終わり、平成30年代という新しい年代が幕を開けた。」",
     [("平成の20年代", "2008", "2017"), ("平成30年代", "2018", "2027")]),
    ("平成10年代", [("平成10年代", "1998", "2007")]),
    # near misses: years inside quoted titles stay out
    ("「２０２５年の崖」", []),
    ("「令和2年度調査報告書」によれば", []),
])
def test_decades_and_quoted_sentences(line, expected):
    assert [(m.text, m.min, m.max) for m in mentions(line) if m.kind == "date"] == expected


@pytest.mark.parametrize("line, expected", [
    ("43件 45(38)団体", [("43件", 43, 43, "件"), ("45", 45, 45, "団体"), ("38", 38, 38, "団体")]),
    ("交付件数 120（98）件", [("120", 120, 120, "件"), ("98", 98, 98, "件")]),
    # near misses: a year in brackets, words in the bracket, a bracket with no counter after it
    ("令和5年(2023)年", []),
    ("参加者 30(うち女性12)人", []),
    ("45(38)", []),
    ("（２）校務系・学習系ネットワークの統合", []),
    ("（１） 地域共生・裨益型の再エネ", []),
    ("の方向性 ・・・９（２）校務系・学習系", []),
])
def test_a_count_and_its_bracketed_second_count(line, expected):
    assert found(line, kind="count") == expected


@pytest.mark.parametrize("lines", [
    # a row's last cell, then the next row's numbering and name: the bracket pair is the next line's (fresh12d)
    ["d 連絡橋耐震補強事業 100 124 0 ▲124 100", "(8) 地域鉄道における安全対策(国土交通省) 29,009"],
    ["2 防犯灯の整備 35", "(3) 団体の育成支援 12"],
])
def test_near_miss_no_bracket_pair_across_a_line_break(lines):
    assert [m for m in mentions(*lines) if m.kind == "count"] == []


# ---- budget labels, anchors with の, open starts in brackets (fresh7a/7b/8b shapes, other issuers' wording) ----

@pytest.mark.parametrize("line, expected", [
    # a month before 補正 names a budget (GUIDE: 2月補正額 is no date), anchored or not, and 分 a share
    ("(前年度2月補正額 749,079 千円の増額)", []),
    ("前年度6月補正後予算額との比較", []),
    ("昨年12月補正予算で計上済み", []),
    ("昨年4月分の給与", []),
    # near misses: the same anchors before a month that is a date
    ("今年度4月から運用を開始", [("今年度4月", "2024-04", "2024-04", None)]),
    ("昨年の5月8日から5類に移行しました。", [("昨年の5月8日", "2023-05-08", "2023-05-08", None)]),
    ("来年の2月に竣工予定です。", [("来年の2月", "2025-02", "2025-02", None)]),
    ("来年度の2月に竣工予定です。", []),  # a fiscal year's word with の stays open, as 前年度の3月定例会 does
    # a month alone in brackets with a wave dash: the start of a measure, open-ended
    ("第2子以降の保育料を無償化(9月~)", [("9月~", "2024-09", None, None)]),
    ("・おむつ定期便事業(10月~)", [("10月~", "2024-10", None, None)]),
    ("確定検査(4月)", [("4月", "2024-04", "2024-04", None)]),
])
def test_month_labels_anchors_and_open_starts(line: str, expected: list[tuple[str, object, object, object]]) -> None:
    assert found(line, kind="date") == expected


@pytest.mark.parametrize("line, expected", [
    # a written year, then slashed months and days: one date (a range runs into the next year past December)
    ("市議会11月定例会が令和7年11/13(木)~12/15(月)に開かれる",
     [("11月", "2024-11", "2024-11", None), ("令和7年11/13(木)~12/15", "2025-11-13", "2025-12-15", None)]),
    ("令和6年12/27~1/5は休館", [("令和6年12/27~1/5", "2024-12-27", "2025-01-05", None)]),
    ("説明会 2025年4/25(金)", [("2025年4/25(金)", "2025-04-25", "2025-04-25", None)]),
    # near misses: a fiscal year before a rate stays a fiscal year; a year-less M/D alone is the schedule rule's
    ("令和6年度 1/2補助", []),
])
def test_a_written_year_before_slashed_dates(line: str, expected: list[tuple[str, object, object, object]]) -> None:
    assert found(line, kind="date") == expected


@pytest.mark.parametrize("line, expected", [
    ("24年ごろにIR開設とされていました。", []),  # an era-less year with ごろ is a time, not a span
    ("2030年頃に実現", []),
    ("3年程度で完了", [("3年", 3, 3, "year")]),  # near miss: 程度 keeps the span
])
def test_a_year_with_goro_is_no_span(line: str, expected: list[tuple[str, object, object, object]]) -> None:
    assert found(line, kind="duration") == expected
