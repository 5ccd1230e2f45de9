"""The programme charts of the review page are drawn from one split of the history table by programme
(issue 25: filtering the whole table once per programme was quadratic in the number of decks): each
chart must be the one drawn from the whole table, whatever the programmes' rows are interleaved with."""
from __future__ import annotations

from pathlib import Path

import pytest

from extract.linking import program_tables
from extract.report.history import charted_programs, history_chart_svg, history_charts

NAMES = ["図書館魅力向上推進事業", "海外特別研究員事業", "ものづくり補助事業"]


def interleaved(years: int, single: bool, previous: bool = False) -> list[dict]:
    """Rows of several programmes, year after year, one programme's rows between another's; with
    `previous`, each later deck also states the year before (two rows of one programme, role and year)."""
    rows = []
    for fy in range(2019, 2019 + years):
        for k, name in enumerate(NAMES):
            rows.append({"doc": f"deck_{fy}", "program": name, "fy": fy, "role": "budget",
                         "budget_yen": (k + 1) * 1_000_000 * (fy - 2017),
                         "previous_budget_yen": (k + 1) * 1_100_000 * (fy - 2018) if previous and fy > 2019 else None,
                         "line": k + 1, "text": f"{(k + 1) * (fy - 2017)},000 千円"})
    if single:  # a programme with one year only: no chart
        rows.append({"doc": "deck_2019", "program": "単年度事業", "fy": 2019, "role": "budget",
                     "budget_yen": 5_000_000, "line": 9, "text": "5,000 千円"})
    return rows


@pytest.mark.parametrize(("years", "single", "previous", "charts"),
                         [(2, False, False, 3), (4, True, False, 3), (4, False, True, 3), (1, True, False, 0)])
@pytest.mark.parametrize("cached", [False, True])
def test_each_chart_is_the_one_drawn_from_the_whole_table(tmp_path: Path, years: int, single: bool, previous: bool,
                                                          charts: int, cached: bool) -> None:
    hist = program_tables(interleaved(years, single, previous)).budget_history
    cache = tmp_path / "charts" if cached else None
    got = history_charts(hist, cache)
    assert len(got) == charts
    assert [pid for pid, _, _ in got] == charted_programs(hist)
    for pid, name, svg in got:  # a cached chart is given as its file (read when its text is asked for)
        assert str(svg) == history_chart_svg(hist, pid) and name in NAMES and name in str(svg)


@pytest.mark.parametrize("change", ["figure", "year", "none"])
def test_a_cached_chart_is_drawn_again_when_its_programmes_rows_change(tmp_path: Path, change: str) -> None:
    """The cache's key covers every row of the programme: a second run over changed rows gets their chart,
    never the one cached for the old rows (and over unchanged rows, the cached one, unchanged)."""
    cache = tmp_path / "charts"
    history_charts(program_tables(interleaved(3, False)).budget_history, cache)
    rows = interleaved(3, False)
    if change == "figure":
        rows[4]["budget_yen"] += 1_000
    elif change == "year":
        rows[4]["fy"] = 2030
    hist = program_tables(rows).budget_history
    got = history_charts(hist, cache)
    assert [str(svg) for _, _, svg in got] == [history_chart_svg(hist, pid) for pid in charted_programs(hist)]
    assert len(list(cache.iterdir())) == 3 + (change != "none")
