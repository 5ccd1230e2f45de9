"""A table flattened to text one cell per line, its names first and its figures after (`一般会計 |`, `国民健康保険 特別会計 |`,
`老人保健 特別会計 |`, then `47億円 |`, `21億円 |`, `405万円 |`): the k-th figure is the k-th name's. A figure paired so
with an account's name (`…会計`) is that account's budget, as `一般会計 47億円` on one line is (README: an account's
name alone before its figure); it sums the account (`total_of`), no programme's row. So does a public enterprise's
spending side (`収益的支出 |`, `資本的支出 |`: the standard budget format of a local public enterprise; roles.json
account_spending_cells); its income side (`収益的収入`) is revenue and stays `other`.

Web pages of municipalities flatten their HTML tables so (a village's accounts table; a city's `name |` / `figure |`
alternating cells, where the pairing is one to one already). Only figures left open by every other rule are read.
"""
from __future__ import annotations

from collections.abc import Sequence

from ..dictionary import load
from .labels import LineInfo


def _cell(info: LineInfo) -> str | None:
    """A flattened cell's content (`一般会計 |` -> `一般会計`), else None."""
    text = info.norm.strip()
    if not text.endswith(("|", "｜")) or text.count("|") + text.count("｜") != 1:
        return None
    return text.rstrip("|｜ 　").strip()


def _figure_cell(info: LineInfo) -> bool:
    text = _cell(info)
    return text is not None and len(info.amounts) == 1 and text == info.amounts[0].text.strip()


def _runs(infos: Sequence[LineInfo]) -> list[tuple[list[int], list[int]]]:
    """(name lines, figure lines) of every run of name cells followed directly by as many figure cells."""
    out: list[tuple[list[int], list[int]]] = []
    names: list[int] = []
    i = 0
    while i < len(infos):
        info = infos[i]
        if info.page is not None:
            return out  # PDFs: the cells' boxes pair them (ingest/tables.py)
        if _figure_cell(info) and names:
            figures = []
            while i < len(infos) and _figure_cell(infos[i]):
                figures.append(i)
                i += 1
            if len(figures) == len(names):
                out.append((names, figures))
            names = []
            continue
        cell = _cell(info)
        names = names + [i] if cell and not info.mentions else []
        i += 1
    return out


def apply(infos: Sequence[LineInfo]) -> None:
    """Give each figure left open that a run pairs with an account's name that account's budget (module docstring)."""
    ends = (*load("roles")["account_sides"]["account_ends"], *load("roles")["account_spending_cells"])
    for names, figures in _runs(infos):
        for n, f in zip(names, figures):
            name = "".join((_cell(infos[n]) or "").split())
            m = infos[f].amounts[0]
            if not name.endswith(ends) or m.text.lstrip()[:1] in "+＋△▲-":
                continue
            if m.role == "other" and m.role_source == "fallback":
                m.role, m.role_source, m.total_of = "budget", "scope", name
            elif m.role == "budget" and m.total_of and "".join(m.total_of.split()).endswith(ends):
                m.total_of = name  # the name cell right above is another account's: the run pairs them
