"""The long tail of years that recurs across rounds' blind sets (issue 21, bench/results/issue21_tail_categories.md):
a Gregorian range whose second end keeps only its last two digits (`2015~19年度`, `2012~18年`), and era-labelled
columns written one per line (`H27` then `H28`). Paraphrases in other issuers' wording, with the near misses that
must not change."""
from __future__ import annotations

import pytest

from extract.mentions import extract_lines
from extract.rules.engine import RuleContext
from extract.rules.eras import short_end

from .helpers import lines_of


def read(texts: list[str], kind: str, year: int = 2024) -> list[tuple[int | None, str, object, object]]:
    found = extract_lines("t", lines_of(texts), RuleContext(deck_year=year))
    return [(m.line, m.text, m.min, m.max) for m in found if m.kind == kind]


def one_line(line: str, kind: str) -> list[tuple[str, object, object]]:
    """A line's mentions of `kind` as (text, min, max)."""
    return [(t, a, b) for _, t, a, b in read([line], kind)]


@pytest.mark.parametrize("first, last_two, year", [
    (2015, "19", 2019), (2021, "41", 2041), (2017, "56", 2056), (1998, "02", 2002), (1990, "99", 1999),
])
def test_a_short_second_end_takes_the_first_ends_century(first, last_two, year):
    assert short_end(first, last_two) == year


@pytest.mark.parametrize("line, expect", [
    # a plan's fiscal years, the second end's century left out (news and council wording)
    ("第6次行政改革(2015~19年度)の成果", [("2015~19年度", 2015, 2019)]),
    ("事業期間は2021〜41年度の20年間", [("2021〜41年度", 2021, 2041)]),
    ("開催経費(2007-16年度、決算見込み)", [("2007-16年度", 2007, 2016)]),
    ("計画期間 1998~02年度", [("1998~02年度", 1998, 2002)]),
    # near misses: both ends written in full, an era range, a single year's edition label, a span of fiscal years
    ("2020~2025年度の5か年", [("2020~2025年度", 2020, 2025)]),
    ("令和3～4年度に実施", [("令和3～4年度", 2021, 2022)]),
    ("2012年度版の手引き", []),
    ("2015~19か年度の計画", []),
])
def test_a_fiscal_year_range_with_a_short_second_end(line, expect):
    assert one_line(line, "fiscal_year") == expect


@pytest.mark.parametrize("line, expect", [
    # XからY with a four-digit first end and the second's last two digits (GUIDE: the two ends are two points)
    ("実施計画(2024年度から26年度)を公表した", [("2024年度", 2024, 2024), ("26年度", 2026, 2026)]),
    ("2010年度から18年度までの総事業費", [("2010年度", 2010, 2010), ("18年度", 2018, 2018)]),
    ("1998年度より02年度にかけて", [("1998年度", 1998, 1998), ("02年度", 2002, 2002)]),
    # near misses: an era first end (its era), a second end in full, a count of years, no year in the next century
    ("平成29年度から30年度にかけて", [("平成29年度", 2017, 2017), ("30年度", 2018, 2018)]),
    ("2017年度から2018年度まで", [("2017年度", 2017, 2017), ("2018年度", 2018, 2018)]),
    ("2024年度から3年度分を計上", [("2024年度", 2024, 2024)]),
    ("2024年度から05年度", [("2024年度", 2024, 2024)]),
])
def test_the_second_end_of_a_gregorian_kara_range(line, expect):
    assert one_line(line, "fiscal_year") == expect


@pytest.mark.parametrize("line, expect", [
    # calendar years: a broadcast run, a biennium of pledges
    ("2012~18年に放映された大河ドラマ", [("2012~18年", "2012", "2018")]),
    ("2020 – 21年の 2 年間で拠出した", [("2020 – 21年", "2020", "2021")]),
    ("1995-97年に整備した施設", [("1995-97年", "1995", "1997")]),
    # near misses: both ends in full stay as they were; a span of years, a fiscal year range, a phone number are no date
    ("2009-2011年の平均", [("2009-2011年", "2009", "2011")]),
    ("2012~18年間の推移", []),
    ("2015~19年度の計画", []),
    ("お問合せ 0120-12年中無休", []),
])
def test_a_calendar_year_range_with_a_short_second_end(line, expect):
    assert one_line(line, "date") == expect


@pytest.mark.parametrize("texts, expect", [
    # era-labelled columns, one a line (a table's header read down), each a fiscal year (GUIDE)
    (["H16", "H17", "1.5"], [(1, "H16", 2004, 2004), (2, "H17", 2005, 2005)]),
    (["年度", "H27", "H28", "H29"], [(2, "H27", 2015, 2015), (3, "H28", 2016, 2016), (4, "H29", 2017, 2017)]),
    (["H30", "R1", "R2"], [(1, "H30", 2018, 2018), (2, "R1", 2019, 2019), (3, "R2", 2020, 2020)]),
    # near misses: a letter era on a line with its words stays one year; a rocket's name split over lines is none
    (["R2", "FY予算"], [(1, "R2", 2020, 2020)]),
    (["H2", "Aロケット"], []),
])
def test_era_labelled_columns_one_a_line(texts, expect):
    assert read(texts, "fiscal_year") == expect


@pytest.mark.parametrize("texts, kind, expect", [
    # a number closing a line still joins the next line's digits with a space and its unit directly
    (["2025", "4/25 説明会"], "date", [(1, "2025", "2025-04-25", "2025-04-25")]),
    (["総額10", "億円"], "amount", [(1, "10", 1000000000, 1000000000)]),
    # full-width digits too: a budget book's header cell `令和６．３` over `１.市 税` stays a date (fuji_r6 p.16)
    (["議決年月日 令和６．３", "１.市 税"], "date", [(1, "令和６．３", "2024-03", "2024-03")]),
])
def test_line_joins_that_must_not_change(texts, kind, expect):
    assert read(texts, kind) == expect


@pytest.mark.parametrize("line, expect", [
    # a year after a copyright mark or a record's year field: a date though no 年 is written
    ("© 2019 国立研究開発法人 科学技術振興機構", [("2019", "2019", "2019")]),
    ("Copyright 2008 Ministry of Finance Japan. All rights reserved.", [("2008", "2008", "2008")]),
    ("COPYRIGHT(C) 2020 Okayama Prefecture", [("2020", "2020", "2020")]),
    ("© Copyright 2023 SlideDoc", [("2023", "2023", "2023")]),
    ("© 2014-2022 北海道", [("2014-2022", "2014", "2022")]),
    # near misses: a bare year without its label, a scraped page's year field, a dotted date, a reversed span
    ("2019 国立研究開発法人", []),
    ("Academic year: 2021", []),
    ("Copyright 2017.4 更新", [("2017.4", "2017-04", "2017-04")]),
    ("© 2022-2014 北海道", []),
])
def test_a_labelled_year_is_a_date(line, expect):
    assert one_line(line, "date") == expect


@pytest.mark.parametrize("line, kind, expect", [
    # a (c) mark counts beside a copyright label, before or after it
    ("(c) Copyright 2020 Shizuoka Prefecture", "date", [("2020", "2020", "2020")]),
    ("Copyright(c)2018 鳥取県", "date", [("2018", "2018", "2018")]),
    # near misses: (c)/(C) alone is a list marker; the year after it is a fiscal year's or a name's, not a date
    ("(c) 2026 年度の主な取組", "date", []),
    ("(c) 2026 年度の主な取組", "fiscal_year", [("2026 年度", 2026, 2026)]),
    ("(C) 2027 国際園芸博覧会の準備", "date", []),
    ("(c) 2019 年に策定した計画", "date", [("2019 年", "2019", "2019")]),
    # a copyright label before a letter-spaced 年度 or 年 leaves the year to the fiscal year and plain year rules
    ("© 2025 年度版 事業概要", "date", []),
    ("Copyright 2023 年 3 月改訂", "date", [("2023 年 3 月", "2023-03", "2023-03")]),
])
def test_a_list_marker_c_is_no_copyright_label(line, kind, expect):
    assert one_line(line, kind) == expect


@pytest.mark.parametrize("line, expect", [
    # decades written with a short second end name no span the reading could give (2030~50年代 runs to 2059): none
    ("2030~50年代に普及が見込まれる", []),
    ("1960～70年代に整備された橋梁", []),
    ("2040-60 年代の人口推計", []),
    # near misses: a short second end without 代 stays a range; a single decade and full four-digit ends are as before
    ("2030~50年に段階的に導入", [("2030~50年", "2030", "2050")]),
    ("2030年代に普及", [("2030年代", "2030", "2039")]),
    ("1970年代から1980年代", [("1970年代", "1970", "1979"), ("1980年代", "1980", "1989")]),
])
def test_decades_after_a_short_second_end_are_no_range(line, expect):
    assert one_line(line, "date") == expect
