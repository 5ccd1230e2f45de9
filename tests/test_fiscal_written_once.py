"""A year written once and then left implicit (issue 21; context/elided_years.py, context/topics.py, roles.py): an
era-less year read in the era or century the text fixed (`令和6年度` … `5年度補正`), a sentence's topic label framing
every figure listed after it, a `(同 N)` bracket repeating the label of the bracket before it, and `対前年度…N増` as a
change of the year's, not last year's figure. Lines written for these tests in the styles of news articles, a
prefecture's summary and a ministry's overview; each with variants and near misses."""
from __future__ import annotations

import pytest

from .helpers import mentions


def _amount(lines: tuple[str, ...], text: str) -> tuple[str | None, int | None]:
    found = [m for m in mentions(*lines, deck_year=None) if m.kind == "amount" and m.text == text]
    assert len(found) == 1, [m.text for m in mentions(*lines, deck_year=None)]
    return found[0].role, found[0].fy


NEWS_R6 = "県の令和6年度当初予算案がまとまった。"
NEWS_2026 = "市の2026年度予算案は総額812億円となった。"
TITLE_R7 = "令和7年度当初予算の概要"


@pytest.mark.parametrize("lines, text, role, fy", [
    # the era written once, then only the year's digits: each figure takes the year its own words name
    ((NEWS_R6, "河川改修に6年度予算2億円、5年度補正1億5千万円を計上した。"), "2億円", "budget", 2024),
    ((NEWS_R6, "河川改修に6年度予算2億円、5年度補正1億5千万円を計上した。"), "1億5千万円", "supplementary_budget", 2023),
    # the century written once (`2026年度`), then two digits
    ((NEWS_2026, "25年度補正予算では、防災無線の更新に3億円が計上された。"), "3億円", "supplementary_budget", 2025),
    ((NEWS_2026, "うち、子育て支援に26年度予算24億円を充てる。"), "24億円", "budget", 2026),
    # a four-digit year written first, then an era's year (a local notice dated in the Western calendar)
    (("2024年5月 市議会だより", "5年度補正予算では、学校給食費の支援に1億円を計上しました。"), "1億円", "supplementary_budget", 2023),
    # near miss: nothing fixes the era (no year written with its era or four digits): no year
    (("町の骨格予算がまとまった。", "18年度からの3カ年事業として水路改修に2億円を計上した。"), "2億円", None, None),
    # near miss: a reading far from the year written (`13年度の完成` after `令和6年度`) is no year of the figure
    ((NEWS_R6, "13年度の完成を目指し、新庁舎の設計費として5億円を計上した。"), "5億円", "budget", 2024),
    # near miss: an ordinal of years and a count of years are no year
    ((NEWS_R6, "計画の第3年度として施設整備に4億円を計上した。"), "4億円", "budget", 2024),
    ((NEWS_R6, "過去3年度の平均で年4億円を要しており、同額を計上した。"), "4億円", None, 2024),
    ((NEWS_R6, "改修には3年度分の費用として6億円を見込む。"), "6億円", None, 2024),
    # a ministry's note, 令和 dropped on both years of one programme; 平成's last year
    (("令和5年度予算の概要", "次期衛星の整備等に5年度予算7億円、4年度補正614億円を計上。"), "614億円", "supplementary_budget", 2022),
    (("令和5年度予算の概要", "次期衛星の整備等に5年度予算7億円、4年度補正614億円を計上。"), "7億円", "budget", 2023),
    (("平成31年度予算の概要", "堤防の強化に30年度補正3億円を計上。"), "3億円", "supplementary_budget", 2018),
    # near misses: counts of years (words as data, fiscal_scope.json elided_counts) are no year: the title's stays
    ((TITLE_R7, "事業開始から5年度目の予算 2億円"), "2億円", "budget", 2025),
    ((TITLE_R7, "6年度ぶりの増額予算 1億円を計上"), "1億円", "budget", 2025),
    ((TITLE_R7, "町は5年度連続で増額した予算 3億円を計上した。"), "3億円", "budget", 2025),
    ((TITLE_R7, "一般会計は過去5年度で最大の予算 312億円となった。"), "312億円", None, 2025),
])
def test_an_era_less_year_reads_in_the_era_the_text_fixed(lines, text, role, fy):
    got = _amount(lines, text)
    assert got == (role or got[0], fy)  # role None: the year alone is asked


def test_an_era_less_year_is_never_published():
    found = mentions(NEWS_R6, "河川改修に6年度予算2億円、5年度補正1億5千万円を計上した。", deck_year=None)
    assert [m.text for m in found if m.kind == "fiscal_year"] == ["令和6年度"]


TOTALS = "令和7年度予算の概算要求を公表した。"


@pytest.mark.parametrize("line, text, role, fy", [
    # `(同 N)` repeats the label of the bracket before it on the line
    ("一般会計が1兆2,000億円(前年度予算1兆1,500億円)、特別会計が2兆円(同1兆9,000億円)を要求。", "1兆9,000億円", "previous_budget", 2024),
    ("一般会計が1兆2,000億円(前年度予算1兆1,500億円)、特別会計が2兆円(同1兆9,000億円)を要求。", "2兆円", "budget", 2025),
    # near miss: a ditto of a change is a change
    ("一般会計が1兆2,000億円(前年度比500億円増)、特別会計が2兆円(同300億円増)を要求。", "300億円", "other", 2025),
])
def test_a_ditto_bracket_repeats_the_label_before_it(line, text, role, fy):
    assert _amount((TOTALS, line), text) == (role, fy)


@pytest.mark.parametrize("line, text, fy", [
    # `対前年度…N増`: a change of this year's figure, the year's
    ("保護観察の充実を図る経費として71.2億円(対前年度当初予算2.6億円増)を計上している。", "2.6億円", 2025),
    ("施設整備費として30億円(対前年度予算額4億円減)を計上。", "4億円", 2025),
    # near miss: last year's budget itself is the year before
    ("前年度当初予算は70億円であった。", "70億円", 2024),
])
def test_a_change_against_last_year_is_the_years(line, text, fy):
    assert _amount(("令和7年度予算の概要", line), text)[1] == fy
