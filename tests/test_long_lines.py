"""A deck written as one long line (issue 17 #1): `context` is a bounded window around each mention,
so what a run publishes grows linearly with the deck, not with (mentions on a line) x (line length).
The runs happen in a child process under an address-space limit, so a regression fails the test
instead of taking the machine down."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from extract.mentions import CONTEXT_CHARS, context_window

from .conftest import ROOT

#: the run's whole address space (Python, pandas, pyarrow, DuckDB, Great Expectations and their threads)
MEMORY_LIMIT_MB = 4096

RUNS = r"""
import json, resource, sys
from pathlib import Path

limit = int(sys.argv[1]) * 2**20
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

from extract.options import RunOptions
from extract.run import run

if __name__ == "__main__":
    for base in sys.argv[2:]:
        outcome = run(RunOptions(raw=Path(base) / "raw", out_dir=Path(base) / "out", settle_seconds=0))
        print(json.dumps([[d["doc"], d["status"], d["mentions"]] for d in outcome.decks]))
"""

TABLE_SUFFIXES = (".csv", "_excel.csv", ".json", ".parquet", ".duckdb")


def one_line_deck(n: int) -> str:
    """`n` amounts on one line, and nothing else: the worst case for a per-line `context`."""
    return "予算額 " + "、".join(f"{i % 900 + 100}万円" for i in range(n)) + "\n"


def published_bytes(out: Path) -> int:
    """The size of the published tables (the report's fixed assets left out)."""
    gen = (out / "current").resolve()
    return sum(p.stat().st_size for p in gen.iterdir() if p.is_file() and p.name.endswith(TABLE_SUFFIXES))


@pytest.mark.slow
def test_a_one_line_deck_publishes_output_linear_in_its_size_under_a_memory_limit(tmp_path):
    sizes = {}
    for n in (500, 2000):
        (tmp_path / str(n) / "raw").mkdir(parents=True)
        (tmp_path / str(n) / "raw" / "long.txt").write_text(one_line_deck(n), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": f"{ROOT / 'src'}{os.pathsep}{ROOT}"}
    proc = subprocess.run([sys.executable, "-c", RUNS, str(MEMORY_LIMIT_MB), str(tmp_path / "500"), str(tmp_path / "2000")],
                          env=env, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    decks = [json.loads(line) for line in proc.stdout.splitlines() if line.startswith("[")]
    assert decks == [[["long", "published", 500]], [["long", "published", 2000]]]
    for n in (500, 2000):
        deck = tmp_path / str(n) / "raw" / "long.txt"
        sizes[n] = (deck.stat().st_size, published_bytes(tmp_path / str(n) / "out"))
    (in_small, out_small), (in_big, out_big) = sizes[500], sizes[2000]
    # four times the input, about four times the output (a whole-line context made it ~16 times)
    assert out_big / out_small < 1.25 * in_big / in_small, sizes
    # and a bounded cost per input byte: each mention's rows, in five formats, with at most
    # 2 x CONTEXT_CHARS of context (the line's own context would be ~24 KB per mention here)
    assert out_big < 600 * in_big, sizes


@pytest.mark.parametrize("text, a, b, expected", [
    ("  予算額 11億円  ", 6, 10, "予算額 11億円"),  # a short line is the whole line, stripped as before
    ("予算額 11億円\r=cmd|' /C calc'!A0", 4, 8, "予算額 11億円 =cmd|' /C calc'!A0"),  # one line, always
    ("a\u2028b\u2029c\x85d\x0be\x0cf 5円", 12, 14, "a b c d e f 5円"),
    ("x" * 300 + "5円" + "y" * 300, 300, 302, "…" + "x" * CONTEXT_CHARS + "5円" + "y" * CONTEXT_CHARS + "…"),
    ("x" * 10 + "5円" + "y" * 300, 10, 12, "x" * 10 + "5円" + "y" * CONTEXT_CHARS + "…"),
    ("x" * 300 + "5円 ", 300, 302, "…" + "x" * CONTEXT_CHARS + "5円"),
])
def test_context_is_a_bounded_window_on_one_line(text, a, b, expected):
    assert context_window(text, a, b) == expected
    assert text[a:b] in expected


def test_the_window_keeps_the_whole_mention_however_long():
    text = "x" * 500 + "1" * 400 + "円" + "x" * 500
    got = context_window(text, 500, 901)
    assert "1" * 400 + "円" in got and len(got) == 401 + 2 * CONTEXT_CHARS + 2


def test_the_schema_states_the_window():
    from extract.schema import TABLES

    (context,) = [c for c in TABLES["mentions"].columns if c.name == "context"]
    assert f"{CONTEXT_CHARS} characters each side" in context.description


def _rules_seconds(line: str) -> float:
    """The fastest of three runs of the rules and context on one line, in CPU seconds of this process (the machine
    is shared: another test worker or a helper on the other core must not count)."""
    import time

    from extract.mentions import extract_lines
    from extract.model import Line
    from extract.rules.engine import RuleContext

    best = float("inf")
    for _ in range(3):
        t0 = time.process_time()
        extract_lines("long", [Line(text=line, page=None, line=1, index=0)], RuleContext(deck_year=2024))
        best = min(best, time.process_time() - t0)
    return best


@pytest.mark.slow
@pytest.mark.parametrize("unit", ["1億円 ", "予算額 3億円（2億円）", "令和6年度 5人 ",
                                  "上限額 1億円、", "(2)交付上限額 国費:2億円 3億円。 ", "50万円 費の下限 ",
                                  "「令和5年度事業計画」により3億円、",
                                  "道路と橋梁にそれぞれ4億円、2億円。",
                                  # a passive grant's clause, a label after a paragraph's topic, a ceiling's list (issue 20 review)
                                  "交付金として3億円が交付され、", "水道料金の軽減事業は継続。事業費は1億円を計上。",
                                  "債務負担行為は、A事業に1億円、B工事に2億円、"])
def test_rules_on_one_long_line_grow_linearly(unit):
    # issue 24 #11: 12.5k/25k/50k/100k characters of `1億円 ` took 1.9/5.3/24/125 s (each mention's role
    # rebuilt its line's lists). Four times the text may cost about four times the time, not sixteen.
    _rules_seconds(unit * 10)  # warm: patterns, Sudachi
    small, big = (_rules_seconds((unit * 40000)[:n]) for n in (10_000, 40_000))
    assert big < 7 * small + 0.05, (small, big)


def _own_day_seconds(n: int) -> float:
    """The fastest of three runs of the own-day pass (context/status_dates.py own_year) over every figure of one line
    of `n` status-dated balances, in CPU seconds of this process."""
    import time

    from extract.context import status_dates
    from extract.context.labels import LineInfo
    from extract.mentions import extract_lines
    from extract.model import Line
    from extract.rules.engine import RuleContext

    line = "".join(f"令和6年3月{i % 28 + 1}日現在の残高 {i % 900 + 100}円 基金残高{i % 90 + 10}万円 " for i in range(n))
    found = extract_lines("long", [Line(text=line, page=None, line=1, index=0)], RuleContext(deck_year=2024))
    amounts = [m for m in found if m.kind == "amount"]
    best = float("inf")
    for _ in range(3):
        info = LineInfo(norm=line, mentions=found)  # (fresh: the pass keeps its per-line lists in the line's memo)
        t0 = time.process_time()
        years = [status_dates.own_year(info, prev.end if prev else 0, a.start) for prev, a in zip([None, *amounts], amounts)]
        best = min(best, time.process_time() - t0)
    assert years[0] == 2023, years[:4]
    return best


@pytest.mark.slow
def test_the_own_day_of_each_figure_on_one_long_line_grows_linearly():
    # fixy25 (review of years32): each figure scanned every mention of its line for its own day; 800 -> 1,600
    # `令和6年3月N日現在 N円 残高N万円` items took a run from 13.0 to 37.3 s. Each figure now bisects the line's days.
    _own_day_seconds(20)  # warm: patterns, Sudachi
    small, big = (_own_day_seconds(n) for n in (200, 800))
    assert big < 7 * small + 0.05, (small, big)


@pytest.mark.slow
@pytest.mark.parametrize("head", ["一般枠 500万円", "補助率 1/2 上限 300万円", "予算額 19億円（前年度 18億円）",
                                  "交付金として3億円", "保険料は月額6,300円"])
@pytest.mark.parametrize("blank", [" ", "\u3000", "・"])
def test_a_long_run_of_blanks_after_a_figure_costs_no_more_than_a_short_one(head, blank):
    # session 26: `一般枠 500万円` + 400 spaces + `x` (a PDF's padded column) took 10.8 s to read, 800 spaces 109 s: rules
    # with optional marks between blanks (`\s*[)）]?\s*の`) backtracked over every split of the run. The rules now see
    # at most normalize.MAX_BLANKS in a row, so 400 blanks cost what 100 do.
    _rules_seconds(head + " x")  # warm: patterns, Sudachi
    small, big = (_rules_seconds(head + blank * n + "x") for n in (100, 400))
    assert big < 4 * small + 0.05, (small, big)
