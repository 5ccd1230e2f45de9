"""The review page's decks table, a row per deck (issue 25): each row is rendered once and kept in a cache
beside the output (`RowCache`, `<out>/.cache/report/deck_rows.json`) under a key that hashes all the row
shows and the code that renders it (`page.section_key`); the next run renders only the rows whose key
changed (the changed decks, and those whose `action` did) and takes the others' markup from the cache. A
row's markup depends on its own key's data alone, so the page is the one a whole rendering gives (tested).
The part on programmes across decks (every programme's chart) is kept the same way, as one part."""
from __future__ import annotations

import html
import json
from collections.abc import Callable, Mapping, Sequence
from functools import partial
from pathlib import Path
from typing import Any

from ..fileio import write_atomic
from .page import _cell, _macros, _markup, section_key

ROWS_FILE = "deck_rows.json"


class RowCache:
    """The rows of the last page, `{doc: [key, markup]}`, read from `path` (none when it is missing or not
    readable), and the rows of this page, written back by `save` (only this page's: the cache does not grow)."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.old: dict[str, Any] = {}
        self.new: dict[str, list[str]] = {}
        self.rendered = 0
        if path is not None:
            try:
                got = json.loads(path.read_text(encoding="utf-8"))
                self.old = got if isinstance(got, dict) else {}
            except (OSError, ValueError):
                self.old = {}

    def get(self, name: str, key: str, render: Callable[[], str]) -> str:
        """The part `name` (a deck's row: its doc) under `key`: the cached markup, else `render()`."""
        got = self.old.get(name)
        if isinstance(got, list) and len(got) == 2 and got[0] == key and isinstance(got[1], str):
            html = got[1]
        else:
            html = render()
            self.rendered += 1
        self.new[name] = [key, html]
        return html

    def save(self) -> None:
        if self.path is not None:
            write_atomic(self.path, json.dumps(self.new, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))


def render_row(shown: Mapping[str, Any]) -> str:
    """One row of the decks table (`deck_row` in macros.html)."""
    return str(_macros().deck_row(shown))


def _cell_key(summary: Mapping[str, Any] | None) -> tuple[Any, ...]:
    """What a check's cell shows: five numbers (the same five, the same cell)."""
    if not summary:
        return (None,)
    # one repr of the five (a repr tells 1 from 1.0 and True, which render differently; equality does not)
    return (repr((summary.get("passed"), summary.get("failed"), summary.get("warnings"), summary.get("docs_page"),
                  summary.get("rows"))),)


def deck_rows(decks: Sequence[Mapping[str, Any]], validation: Mapping[str, Mapping[str, Mapping[str, Any]]],
              tables: Sequence[str], budgets: Mapping[str, int], held: Mapping[str, int] | None,
              cache: RowCache | None = None) -> list[Any]:
    """The decks table's rows as markup, in the decks' order: per deck its row, its number of budget
    figures (`budgets`) and of rows held back (`held`; None: the page has no held-back table, "-")."""
    cells: dict[tuple[Any, ...], Any] = {}  # a check's cell: rendered once per distinct five numbers
    out = []
    for d in decks:
        v = validation.get(d["doc"], {})
        keys = [_cell_key(v.get(t)) for t in tables]
        n_budgets, n_held = budgets.get(d["doc"], 0), held.get(d["doc"], 0) if held is not None else "-"
        # a row's cells are rendered only when the row is: a row taken from the cache needs its key alone
        row = partial(_render_row, d, n_budgets, n_held, [(k, v.get(t)) for t, k in zip(tables, keys)], cells)
        if cache is None:
            out.append(_markup(row()))
            continue
        # cached with its action's cell as a slot, filled here: every kept deck's action changes once (from
        # `extracted` to `unchanged`, the run after the one that read it), the rest of its row does not; keyed
        # on its fields by name (the next run reads the row back from the published table in another order)
        slotted = {**d, "action": ACTION_SLOT}
        key = section_key("deck_row", sorted(slotted.items()), n_budgets, n_held, keys)
        got = cache.get(str(d["doc"]), key, partial(_render_row, slotted, n_budgets, n_held,
                                                    [(k, v.get(t)) for t, k in zip(tables, keys)], cells))
        out.append(_markup(got.replace(ACTION_SLOT, html.escape(str(d.get("action") or "")))))
    return out


#: what stands for a row's action in its cached markup (no doc, file name or number holds a NUL)
ACTION_SLOT = "\x00action\x00"


def _render_row(d: Mapping[str, Any], n_budgets: Any, n_held: Any, checks: list[tuple[tuple[Any, ...], Any]],
                cells: dict[tuple[Any, ...], Any]) -> str:
    """The row of deck `d` (`render_row`) with its checks' cells, each rendered once per distinct key."""
    for k, summary in checks:
        if k not in cells:
            cells[k] = _markup(_cell(summary))
    return render_row({"deck": d, "budgets": n_budgets, "held": n_held, "cells": [cells[k] for k, _ in checks]})


#: the programmes part's name in the cache (no deck's doc holds a NUL)
PROGRAMMES = "\x00programmes"


def programmes_part(histories: Sequence[tuple[str, str, Any]], cross_deck: Sequence[str], cache: RowCache | None = None) -> str:
    """The page's part on programmes across decks (`page._programmes_section`), taken from the cache while
    its charts (by their tokens: a cached chart's file names the hash of its rows) and findings are the same."""
    from .page import _programmes_section, _token

    if cache is None:
        return _programmes_section(list(histories), list(cross_deck))
    key = section_key("programmes", [(pid, name, _token(svg)) for pid, name, svg in histories], list(cross_deck))
    return cache.get(PROGRAMMES, key, partial(_programmes_section, list(histories), list(cross_deck)))
