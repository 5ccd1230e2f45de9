"""Numbers, years, names and ministries of budget figures written in ways earlier rules missed (issue 21, the shapes of
fresh8a/b and of government-wide compilations): a decimal typed with a middle dot (`40・8億円`), a letter era glued to a
name's katakana on its own line (`H3ロケット`), a ministry's label box in round brackets beside a programme, and the words
a sentence sets before a programme's name. Lines written for these tests in several issuers' styles, each with the near
misses that must not change."""
from __future__ import annotations

import pytest

from .helpers import amounts_by_text, mentions


def _found(*texts: str) -> dict[str, tuple[int | float | None, str | None, int | None]]:
    return {t: (m.min, m.role, m.fy) for t, m in amounts_by_text(*texts).items()}


# a middle dot between digits before a myriad's multiplier and 円 is a decimal point (as the percent rule reads `4・1%`)
@pytest.mark.parametrize("line, text, value", [
    ("観光振興事業に40・8億円を計上した。", "40・8億円", 4_080_000_000),
    ("施設整備費として3・2兆円を充てる。", "3・2兆円", 3_200_000_000_000),
    ("前年度比で12・5億円の増額となった。", "12・5億円", 1_250_000_000),
    ("補助金は1・25万円", "1・25万円", 12_500),
])
def test_a_middle_dot_between_digits_before_a_multiplier_is_a_decimal_point(line, text, value):
    assert _found("令和7年度予算", line)[text][0] == value


@pytest.mark.parametrize("line, text, value", [
    ("子育て支援策・8億円を計上。", "8億円", 800_000_000),  # a list's dot after a word: no number before it
    ("平成27・28年度の事業費は5億円", "5億円", 500_000_000),  # a list of two years
    ("第1・2号補正で3億円", "3億円", 300_000_000),
    ("1・2年生の給食費に500万円", "500万円", 5_000_000),
    ("総額40・800円", "800円", 800),  # no multiplier: a list, never a decimal of yen
])
def test_a_middle_dot_in_a_list_is_no_decimal_point(line, text, value):
    assert _found("令和7年度予算", line)[text][0] == value


# a letter era and its number glued to katakana on the line's own text is a name, no year of the figure on its line
@pytest.mark.parametrize("line, figure", [
    ("【文】H3ロケットの開発・運用 312億円", "312億円"),
    ("・H3ロケット開発事業に120億円を計上。", "120億円"),
    ("○R2ロボット実証事業 8億円", "8億円"),
])
def test_a_names_letter_and_number_is_no_fiscal_year(line, figure):
    assert _found("令和8年度 宇宙関係予算について（案）", line)[figure][1:] == ("budget", 2026)


@pytest.mark.parametrize("lines, year", [
    (("区分 R8 R9", "モデルケース 12億円"), 2027),  # a year closing its line before the next line's katakana stays a year
    (("R5当初予算 3億円",), 2023),  # a year before a label
    (("R6 モデル事業 2億円",), 2024),  # set apart from the katakana by a space
])
def test_a_letter_era_off_a_name_is_still_a_year(lines, year):
    years = [m.min for m in mentions("宇宙関係予算について", *lines) if m.kind == "fiscal_year"]
    assert year in years
