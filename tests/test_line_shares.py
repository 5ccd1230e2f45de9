"""A long deck's lines read by the line rules in two processes (issue 25, `mentions/line_shares.py`): the same
mentions, roles, years, programmes, links and outline as one process reading every line in order, on decks whose
pages carry state from line to line (timelines, era axes, a mention's tail on the next line, dates moved into a
run-up deck's fiscal year, an era name ending a page); the lines are cut where a page begins, and a deck that
cannot be cut there, a short deck and a process with threads are read in one process."""
from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from extract.mentions.line_shares import MIN_LINES, _cut
from extract.model import Line
from extract.rules.engine import RuleContext

DATA = Path(__file__).parent / "data"

#: one page of a run-up deck (概算要求): year-less months moved into its fiscal year, a timeline's headings and a
#: slashed date under them, an era axis, an amount whose unit is on the next line, an era name ending the page
#: (the next page starts `令和7年度`: the name above is forgotten at the page's start)
RUN_UP_PAGE = ["令和7年度予算の概算要求", "事業スケジュール：4月公募開始、6月採択、8月交付決定", "2022年11", "月", "12月",
               "2023年1月", "2月", "説明会 12/5 開催 {p}", "昭和", "35年", "40年", "事業費 1,{p:03d}", "百万円を計上",
               "令和6年度予算額 {p}億円（前年度予算額 18億円）", "補助率 1/2 補助上限 {p}00万円", "令和"]
#: another issuer's page: a settled-accounts table's rows, a programme's schedule over two lines, vertical text, a
#: timeline of other months
ACCOUNTS_PAGE = ["第{p}款 民生費", "（単位：千円）", "区分 本年度 前年度 比較", "子育て支援事業 {p},210 1,980 230",
                 "令和5年度決算 {p}億2千万円", "期間：2024年4月1日から", "2025年3月31日まで", "令", "和", "６年度",
                 "対象 {p}0世帯（前年度 25世帯）", "2024年4", "月", "5月", "6月", "5/20 締切"]


def lines_of(pages: list[list[str]]) -> list[Line]:
    return [Line(text=t, page=p, line=None, index=0) for p, texts in enumerate(pages, 1) for t in texts]


def numbered(lines: list[Line]) -> list[Line]:
    return [replace(line, index=i) for i, line in enumerate(lines)]


def deck_pages(template: list[str], n_pages: int) -> list[Line]:
    return numbered(lines_of([[t.format(p=p) for t in template] for p in range(1, n_pages + 1)]))


def in_fresh_process(fn, *args):
    """In a new single-threaded process: the second share is forked only from one (the deck's child in a run)."""
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        return pool.submit(fn, *args).result()


def read_both(lines: list[Line], ctx: RuleContext) -> tuple[bool, dict[int, Any]]:
    """Whether this process may fork, and for 1 and 2 workers: the records, links and outline, and what the reader
    gathered for the deck's passes (dates, year-less M/D dates, moved dates, timeline years)."""
    from extract.ingest.page_readers import can_fork
    from extract.mentions import lines_outline
    from extract.mentions.line_shares import read_lines
    from extract.mentions.lines import LineReader
    from extract.run.reading import _links

    forks, out = can_fork(), {}
    for workers in (1, 2):
        found, tree, later = lines_outline("t", lines, ctx, workers, lambda: (os.getpid(), len(lines)))
        assert later is not None and later()[1] == len(lines)  # the work beside the rules, done once
        reader = LineReader("t", lines, ctx)
        read_lines(reader, workers)
        assert reader.timeline is not None
        gathered = ([(m.record(), own) for m, own in reader.dates], [m.record() for m in reader.slashed],
                    sorted(k for k, (m, _) in enumerate(reader.dates) if id(m) in reader.moved), reader.timeline.years)
        out[workers] = ([m.record() for m in found], _links(found), tree.rows("t"), gathered)
    return forks, out


@pytest.mark.parametrize("template, n_pages, ctx", [
    (RUN_UP_PAGE, 180, RuleContext(deck_year=2024, fiscal_start=True)),
    (RUN_UP_PAGE, 131, RuleContext(deck_year=2025, deck_month=8, fiscal_start=True)),
    (ACCOUNTS_PAGE, 200, RuleContext(deck_year=2024)),
    (ACCOUNTS_PAGE, 170, RuleContext(deck_year=None, as_of_year=2026)),
])
def test_two_processes_read_a_long_deck_as_one(template, n_pages, ctx):
    lines = deck_pages(template, n_pages)
    assert len(lines) >= MIN_LINES and _cut(lines) is not None  # the deck is cut: the comparison is not vacuous
    forks, got = in_fresh_process(read_both, lines, ctx)
    assert forks
    records, links, outline, (dates, slashed, moved, years) = got[1]
    assert records and dates and years  # the state carried from line to line is there to be merged
    assert bool(slashed) is (ctx.deck_year is not None)  # a year-less `M/D` waits for a heading's year: of a known deck year
    assert got[2] == got[1]
    if ctx.fiscal_start and ctx.deck_month is None:
        assert moved  # dates moved into the run-up deck's fiscal year, by position after the merge


def test_a_deck_of_real_pages_reads_the_same_in_two_processes():
    """The table decks' lines as read from their PDFs (boxes, columns, vertical text), one after another until
    past MIN_LINES, their pages numbered on."""
    from extract.ingest import read_deck

    pages: list[Line] = []
    while len(pages) < MIN_LINES:
        for pdf in sorted((DATA / "decks" / "tables").glob("*.pdf")):
            first = (pages[-1].page or 0) if pages else 0
            pages += [Line(text=ln.text, page=(ln.page or 1) + first, line=None, index=0, boxes=ln.boxes)
                      for ln in read_deck(pdf).lines]
    lines = numbered(pages)
    forks, got = in_fresh_process(read_both, lines, RuleContext(deck_year=2026))
    assert forks and _cut(lines) is not None and got[1][0]
    assert got[2] == got[1]


def page_lines(sizes: list[tuple[int, int]]) -> list[Line]:
    """(page, characters) per line."""
    return numbered([Line(text="x" * n, page=p, line=None, index=0) for p, n in sizes])


@pytest.mark.parametrize("sizes, cut", [
    ([(1, 10), (1, 10), (2, 10), (2, 10)], 2),  # half the characters at the second page's start
    ([(1, 30), (2, 10), (3, 10), (4, 10)], 1),  # past half on the first page: the first page's end
    ([(1, 5), (2, 5), (3, 5), (3, 50)], 2),  # the page where half is reached begins later: the last start before
    ([(1, 10), (1, 10), (1, 10)], None),  # one page: nowhere to cut
    ([(None, 10), (None, 10), (None, 10)], None),  # a text deck: no pages
    ([(None, 10), (1, 10), (1, 10)], 1),  # the page after lines without one (the reader starts over there too)
])
def test_the_cut_falls_where_a_page_begins(sizes, cut):
    assert _cut(page_lines(sizes)) == cut


def shares_read(lines: list[Line], workers: int, threaded: bool) -> tuple[int, set[int], int]:
    """This pid, the pids that read the lines (the rules' reading of one line noted by pid) and the pid that did the
    work beside them."""
    import threading

    from extract.mentions import lines as lines_mod
    from extract.mentions.line_shares import read_lines
    from extract.mentions.lines import LineReader

    read = lines_mod.LineReader.read

    def noting(self, i):  # the pids come back with the mentions: a mention's doc is its reader's pid
        found, info, names = read(self, i)
        for m in found:
            m.doc = str(os.getpid())
        return found, info, names

    lines_mod.LineReader.read = noting
    stop = threading.Event()
    t = threading.Thread(target=stop.wait) if threaded else None
    if t is not None:
        t.start()
    try:
        (mentions, _, _), later = read_lines(LineReader("t", lines, RuleContext(deck_year=2024)), workers, os.getpid)
        assert later is not None
        beside = later()
    finally:
        stop.set()
        if t is not None:
            t.join()
    return os.getpid(), {int(m.doc) for m in mentions}, beside


SHORT = MIN_LINES // len(RUN_UP_PAGE) - 1


@pytest.mark.parametrize("n_pages, workers, threaded, readers, beside_elsewhere", [
    (180, 2, False, 2, True),  # long, two cores, one thread: the later pages, then the work beside, in a fork
    (180, 1, False, 1, False),  # one core
    (180, 2, True, 1, False),  # another thread runs: no fork
    (SHORT, 2, False, 1, True),  # too short to be worth a fork for the lines: the work beside is forked still
    (SHORT, 1, False, 1, False),
])
def test_where_the_lines_are_read(n_pages, workers, threaded, readers, beside_elsewhere):
    me, pids, beside = in_fresh_process(shares_read, deck_pages(RUN_UP_PAGE, n_pages), workers, threaded)
    assert me in pids and len(pids) == readers
    assert (beside != me) is beside_elsewhere
    if readers == 2:
        assert beside in pids  # done by the process that read the later lines, after them
