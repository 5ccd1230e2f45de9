"""The caption year read once per (scope, line) (context/dated_scopes.py Leads): the same answers as the old scan of
every child of each scope above each figure, on generated sections (long flat runs, captions between rows, status
dates, items, nested headings, several figures on a line). The old scan is kept here as the reference."""
from __future__ import annotations

import random
from collections.abc import Sequence

import pytest

from extract.context import dated_scopes
from extract.context import outline as ol
from extract.context.labels import LineInfo
from extract.mentions.lines import LineReader
from extract.model import Mention
from extract.rules.engine import RuleContext

from .helpers import lines_of


def _old_lead(n: ol.Node, m: Mention, infos: Sequence[LineInfo], outline: ol.Outline, status: bool,
              leads: dated_scopes.Leads) -> int | None:
    """The scan before Leads (captioned's loop body): every child of the scope, then its last 40 before the figure's line,
    each read after the caption the outline hung under it as its last line (Leads._hung, years31: the part of the lead
    that is not the scan)."""
    lead = [c for c in n.children if outline.nodes[c].line_index < m.line_index]
    for c in reversed(lead[-dated_scopes._CAPTION_REACH:]):
        for s in leads._hung(c, m.line_index):
            if (y := dated_scopes._caption(s, infos, status)) is not None:
                return y
    return None


_ROWS = ("道路維持費 {n}千円", "・公園管理委託 {n}万円", "補助金 {n}円 負担金 {m}円", "(1) 施設修繕 {n}千円",
         "人件費 {n}万円", "| 区分 | {n}千円 |")
_CAPTIONS = ("令和{y}年度 助成金交付一覧", "{y}年度", "(令和{y}年4月1日現在)", "平成{y}年度事業", "■ 令和{y}年度の実績",
             "第{y}章 事業の概要", "令和{y}年度から令和{z}年度の計画")


def _section(seed: int, rows: int) -> list[str]:
    rnd = random.Random(seed)
    out = ["財政状況の報告"]
    for _ in range(rows):
        if rnd.random() < 0.08:
            y = rnd.randint(1, 9)
            out.append(rnd.choice(_CAPTIONS).format(y=y, z=y + 2))
        else:
            out.append(rnd.choice(_ROWS).format(n=rnd.randint(10, 99_999), m=rnd.randint(1, 999)))
    return out


@pytest.mark.parametrize("seed, rows", [(1, 60), (2, 150), (3, 150), (4, 400), (5, 90)])
def test_leads_give_the_old_scans_answers(seed: int, rows: int) -> None:
    lines = lines_of(_section(seed, rows))
    reader = LineReader("t", lines, RuleContext(deck_year=None))
    infos = [reader.read(i)[1] for i in range(len(lines))]
    outline = ol.build(lines, [[ol.Span(m.raw_start, m.raw_start + len(m.text), m.kind) for m in info.mentions]
                               for info in infos])
    leads = dated_scopes.Leads(infos, outline)
    figures = [m for info in infos for m in info.amounts]
    assert len(figures) > rows // 2
    seen = set()
    for status in (False, True):
        for m in figures:
            for n in dated_scopes._scopes_above(m, outline):
                old = _old_lead(n, m, infos, outline, status, leads)
                assert leads.year(n, m.line_index, status) == old, (m.line_index, m.text, n.text, status)
                seen.add(old)
    assert len(seen) > 1  # (the sections do give captions' years, not only None)
