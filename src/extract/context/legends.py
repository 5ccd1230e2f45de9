"""A deck's own legend of its label boxes (`※【補正】:平成26年度補正予算の額。【当初】:平成27年度当初予算案の額`): each box
it explains names a budget and its year, so a figure written right after that box (`【当初】30億円`, `【補正】20億円`) is
that budget's figure of that year, as if the label were written out beside it (GUIDE "A label line applies to every
item under it"; a legend is the deck's way of writing it once). The legend's shape is data (roles.json `box_legend`).

A note does the same for the figures it marks (`16.4兆円` / `(注)` … `(注)上記の計数は前年度予算額であり、…`): the mark
stands for the budget the note names (roles.json `note_legend`), of the note's year, or of the scope's when it writes
none (`前年度`: the year before the document's, settled by fiscal_scope.py).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..dictionary import load
from ..model import Mention
from .fiscal_marks import comparison_base, single
from .labels import BUDGET_ROLES, LineInfo, label_role


@lru_cache(maxsize=1)
def _legend() -> re.Pattern[str]:
    return re.compile(load("roles")["box_legend"])


@lru_cache(maxsize=1)
def _note() -> re.Pattern[str]:
    return re.compile(load("roles")["note_legend"].replace("{mark}", load("roles")["note_mark"]))


@lru_cache(maxsize=1)
def _mark_after() -> re.Pattern[str]:
    return re.compile(r"\s*(" + load("roles")["note_mark"] + ")")


@lru_cache(maxsize=1)
def _note_tail() -> re.Pattern[str]:
    """What may follow the budget a note names (`前年度予算額であり`, `…当初予算の額である`), no more."""
    return re.compile(load("roles")["note_tail"])


def _mark(text: str) -> str:
    return re.sub(r"\s", "", text)


def read(infos: Sequence[LineInfo]) -> dict[str, tuple[str, int]]:
    """Every box the deck's legends explain, with the (role, fy) it stands for (a box explained twice alike or once)."""
    out: dict[str, tuple[str, int]] = {}
    seen: set[str] = set()
    for info in infos:
        if "】" not in info.norm:
            continue
        for e in _legend().finditer(info.norm):
            found = label_role(e.group("what"))
            years = {y for f in info.fiscal_years if e.start("what") <= f.start < e.end("what")
                     and (y := single(f)) is not None and not comparison_base(info, f)}
            box = re.sub(r"\s", "", e.group("box"))
            if found is None or found[0] not in BUDGET_ROLES or len(years) != 1 or box in seen and out.get(box) != (found[0], min(years)):
                out.pop(box, None)  # a box explained two ways, or as no budget of one year: it says nothing
                seen.add(box)
                continue
            seen.add(box)
            out[box] = (found[0], years.pop())
    return out


def keyed(info: LineInfo, m: Mention, keys: dict[str, tuple[str, int]]) -> tuple[str, int] | None:
    """(role, fy) of the legend's box written right before the figure (`【当初】30億円`), else None."""
    if not keys:
        return None
    head = info.norm[max(0, m.start - 16):m.start].rstrip()
    close = head.rfind("】")
    if close < 0 or close != len(head) - 1:
        return None
    opening = head.rfind("【", 0, close)
    return keys.get(re.sub(r"\s", "", head[opening:close + 1])) if opening >= 0 else None


def _note_keys(infos: Sequence[LineInfo]) -> dict[str, tuple[str, int | None]]:
    """Every note mark whose note names one budget (`(注)上記の計数は前年度予算額であり`), with its (role, fy); fy None
    when the note writes no year. A mark two notes explain two ways says nothing."""
    out: dict[str, tuple[str, int | None]] = {}
    seen: set[str] = set()
    for info in infos:
        if (e := _note().match(info.norm)) is None:
            continue
        part = "what" if e.group("what") is not None else "bare"
        what = e.group(part)
        found = label_role(what)
        if found is None or found[0] not in BUDGET_ROLES or not _note_tail().fullmatch(what[found[1]:]):
            continue  # a note of rounding or of sources (`※金額は千円未満を四捨五入`): no budget's legend
        years = {y for f in info.fiscal_years if e.start(part) <= f.start < e.end(part)
                 and (y := single(f)) is not None and not comparison_base(info, f)}
        if len(years) > 1:
            continue
        mark, key = _mark(e.group("mark")), (found[0], years.pop() if years else None)
        if mark in seen and out.get(mark) != key:
            out.pop(mark, None)
        elif mark not in seen:
            out[mark] = key
        seen.add(mark)
    return out


def noted(infos: Sequence[LineInfo]) -> dict[int, tuple[str, int | None]]:
    """(role, fy) of each figure (by id) written with the mark of a note that names its budget: the mark right after it
    (`16.4兆円(注)`), or alone on the line after a line of the figure alone (a slide's text layer, one cell a line)."""
    keys = _note_keys(infos)
    if not keys:
        return {}
    out: dict[int, tuple[str, int | None]] = {}
    lines = [i for i, info in enumerate(infos) if info.norm.strip()]
    following = dict(zip(lines, lines[1:]))
    for i, info in enumerate(infos):
        for m in info.amounts:
            after = _mark_after().match(info.norm, m.end)
            if after is None and info.is_bare_amount(paren=False) and i in following:
                after = _mark_after().fullmatch(infos[following[i]].norm.strip())
            if after is not None and (key := keys.get(_mark(after.group(1)))) is not None:
                out[id(m)] = key
    return out
