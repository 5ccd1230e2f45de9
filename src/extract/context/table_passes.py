"""The passes over a deck's tables that scope.apply runs after every figure's own scopes: cells and shares, the columns'
kinds and roles, then the years by scope and the roles that follow from them (context/scope.py keeps the order)."""
from __future__ import annotations

from collections.abc import Sequence

from . import (
    column_kinds,
    elided_years,
    fiscal_roles,
    fiscal_scope,
    flat_cells,
    header_blocks,
    label_columns,
    pair_legends,
    role_tables,
    shares,
    stacked_legends,
    year_strips,
)
from . import outline as ol
from .comparisons import signed_changes
from .labels import LineInfo


def cells_and_shares(infos: Sequence[LineInfo], kind: str | None) -> None:
    flat_cells.apply(infos)  # a flattened table's figures paired with its account names
    role_tables.apply(infos, kind)  # an enterprise's 款項 table, a programme table
    signed_changes(infos)  # `一般会計 214億円 (対前年度 +8億円)`: a signed figure is a change, whatever read it a budget
    shares.apply(infos)  # `(うち…対策分 …)`: a purpose share is its whole's kind of money; a financing split is other


def columns(infos: Sequence[LineInfo]) -> None:
    label_columns.apply(infos)  # `| 事業名 | 予算額 | 前年度予算額 | 比較増減 |`: each column's role
    column_kinds.apply(infos)  # `事業名 補正前の額 補正額 補正後の額`, `事業名 要求額 査定額`: which figure each column holds


def years(infos: Sequence[LineInfo], outline: ol.Outline, title_year: int | None) -> None:
    elided_years.add_broken(infos)  # `三十` / `年度一千五十一億`: a year broken over a line break dates, names no role
    fiscal_roles.apply(*fiscal_scope.settle(list(infos), outline))  # fy by scope; then the roles that follow from it
    year_strips.apply(infos, title_year)  # `当初予算 1,200千円 1,350千円 1,500千円` under three years: the sheet's year's row
    header_blocks.apply(infos)  # a figure with no label on its line: its column's header block, its label cell above
    pair_legends.apply(infos)  # `16年度 (15年度当初予算額)` over `…6,770億円( 7,211億円)`: the legend's two columns
    stacked_legends.apply(infos)  # `上段` / `中段` / `下段` over a cell's stacked figures; labels stacked right above them
