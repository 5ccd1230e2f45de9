"""A budget figure said in prose belongs to the work its sentence gives it to (issue 21, context/owned_figures.py): the
TARGET of the money is a work's verbal noun (`…の運営に`, `…の設置に`, `…への対応として`: Sudachi サ変可能), a figure ends
the name of the one before it (a list flattened with spaces), a name may stand glued to its figure with no particle
(`八幡川護岸工事三十三万六千円`). Written for these tests in the wording of several issuers and eras (a village head's
statement, a town's news item, a prefecture's press release, a city's council minutes) with the near misses that must
stay what they were: a cost, a market, a target, a change, a contract, a donation, a cap, a per-recipient size."""
from __future__ import annotations

import pytest

from .helpers import amounts_by_text

_TOWN = "令和6年度一般会計当初予算案の概要"
_VILLAGE = "昭和四十一年度予算編成方針"
_PREFECTURE = "平成29年度当初予算(案)の発表"


def _found(*texts: str) -> dict[str, tuple[str | None, str | None]]:
    return {t: (m.role, m.program) for t, m in amounts_by_text(*texts).items()}


@pytest.mark.parametrize("title, line, figures", [
    # a town's news item: items flattened with spaces, each a work's verbal noun and its figure (the figure before ends
    # the next one's name)
    (_TOWN, "主な新規事業は、子ども食堂の運営に850万円 放課後児童支援員の配置に420万円 などとなっています。",
     {"420万円": "放課後児童支援員の配置"}),
    # a prefecture's release: commas, `として`
    (_PREFECTURE, "主な事業は、県立病院の電子カルテ更新に3億2,000万円、物価高騰への対応として12億円を計上した。",
     {"3億2,000万円": "県立病院の電子カルテ更新", "12億円": "物価高騰への対応"}),
    # a village head's statement (kanji numerals): a name glued to its figure, no particle
    (_VILLAGE, "八幡川護岸工事三十三万六千円、港湾整備事業百二十二万円、計百五十五万六千円。",
     {"三十三万六千円": "八幡川護岸工事", "百二十二万円": "港湾整備事業"}),
    (_VILLAGE, "消防ポンプ購入事業四十五万円、庁舎修繕工事十二万円を計上。",
     {"四十五万円": "消防ポンプ購入事業", "十二万円": "庁舎修繕工事"}),
    # a city's minutes: the target after a relative clause, and a compound ending in a verbal noun (`新規雇用`)
    (_TOWN, "継続事業として、ごみ処理施設の維持管理委託に1億2,000万円、地域おこし協力隊の新規雇用に900万円などを盛り込んだ。",
     {"1億2,000万円": "ごみ処理施設の維持管理委託", "900万円": "地域おこし協力隊の新規雇用"}),
])
def test_a_works_target_makes_a_named_budget(title, line, figures):
    found = _found(title, line)
    assert {f: found[f] for f in figures} == {f: ("budget", name) for f, name in figures.items()}


@pytest.mark.parametrize("title, line, figure", [
    (_TOWN, "新しい市民会館の建設に60億円がかかる見込みだ。", "60億円"),  # a cost the work takes, nothing put in
    (_TOWN, "観光市場の拡大に1兆円を見込む。", "1兆円"),  # a market's size, a change of the world
    (_PREFECTURE, "県は目標の達成に100億円を見込む。", "100億円"),  # a target
    (_TOWN, "工事の契約に3億円を要した。", "3億円"),  # a contract price
    (_TOWN, "ふるさと納税による寄附の受入に5億円となった。", "5億円"),  # a donation
    (_TOWN, "住宅の改修に上限50万円を補助する。", "50万円"),  # a cap
    (_PREFECTURE, "子育て世帯の支援に1世帯当たり3万円を給付する。", "3万円"),  # a per-recipient size
])
def test_near_misses_of_a_works_target_stay_what_they_were(title, line, figure):
    role, _ = _found(title, line)[figure]
    assert role != "budget"


@pytest.mark.parametrize("title, line, figure", [
    (_VILLAGE, "総事業費一億二千万円のうち、本年度分を計上。", "一億二千万円"),  # a whole project's cost, glued
    (_TOWN, "うち国庫補助金2億円を充てる。", "2億円"),  # money coming in, glued
])
def test_near_misses_of_a_glued_name_stay_what_they_were(title, line, figure):
    role, _ = _found(title, line)[figure]
    assert role != "budget"


@pytest.mark.parametrize("line, figure", [
    ("防衛省の宇宙領域関連経費は前年度比12%増の1,140億円。", "1,140億円"),  # a level after its change
    ("国の補正予算に伴う経費として566億4,700万円の増額補正を行う。", "566億4,700万円"),  # a slice of a budget
    ("国土交通省の防災関係経費は、前年度比8%増の320億円となった。", "320億円"),
])
def test_near_misses_a_level_after_its_change_or_a_budgets_slice_names_no_programme(line, figure):
    m = amounts_by_text("令和8年度予算案の概要", line)[figure]
    assert m.program is None
